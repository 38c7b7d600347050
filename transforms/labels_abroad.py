"""The short labels, buttons and prompts a site prints around its story, as data per language:
an ad slot's read-on line, a comment thread's label, call, count and closure, and a cookie
banner's buttons. `transforms.notices` (the ad slot's and the thread's lines) and
`transforms.site_notes` (the banner's buttons) read them.

    >>> fold_label("  Artiklen fortsætter efter annoncen.")
    'artiklen fortsætter efter annoncen'
    >>> "artiklen fortsætter efter annoncen" in AD_READ_ON_LINES
    True
    >>> sorted(expand_phrases("{a|the} {b|}c"))
    ['a bc', 'a c', 'the bc', 'the c']

A site prints each of these the same way on every page, alone on its line, in a few words that
no sentence of a story is: "Juttu jatkuu mainoksen jälkeen", "Yorumlar (24)", "Keskustelu on
suljettu.", "Godta alle". So each is a phrase looked up whole, after its case, its spaces and
the marks at its ends are folded away: a sentence that opens with the same words ("Comentariile
ministrului au ...", "Reklama telewizyjna kosztowała ...") goes on past them, and is no phrase
of the set. Each language's phrases are written as templates, "{a|b}" for one of the words
(and "{a|}" for a word that may be left out), and expanded into every combination.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import product

# The marks around a label on its line: bullets, dashes, quotes, a closing colon, full stop
# or exclamation mark ("Szólj hozzá!", "Keskustelu on suljettu."). Brackets stay: a count
# in brackets is read apart (`split_count`).
LABEL_EDGE_MARKS = " \t-–—|•·*»›>:.!¡¿…\"“”„'‘’«▶►"
_ALTERNATIVES_RE = re.compile(r"\{([^{}]*)\}")


def _unaccented(text: str) -> str:
    """Greek written in capitals drops its accents ("ΣΧΟΛΙΑ", "ΔΙΑΦΗΜΙΣΗ"): folded, it reads
    "σχολια", where the phrase is written "σχόλια"."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


def _with_variants(phrase: str) -> set[str]:
    """The phrase as pages spell it: Romanian's comma letters also with the cedillas older fonts
    used ("ș"/"ş", "ț"/"ţ"), Greek also without its accents."""
    variants = {phrase, phrase.replace("ș", "ş").replace("ț", "ţ")}
    if any("\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff" for char in phrase):
        variants.add(_unaccented(phrase))
    return variants


def expand_phrases(*templates: str) -> frozenset[str]:
    """Every phrase the templates write, folded as `fold_label` folds a line."""
    phrases: set[str] = set()
    for template in templates:
        parts = _ALTERNATIVES_RE.split(template)
        # Even parts are literal text, odd ones the alternatives of one place.
        choices = [[part] if index % 2 == 0 else part.split("|") for index, part in enumerate(parts)]
        for combination in product(*choices):
            phrase = " ".join("".join(combination).casefold().split())
            phrases.update(_with_variants(phrase))
    return frozenset(phrases)


def fold_label(line: str) -> str:
    """The line as the phrase sets hold it: no marks at its ends, one space between words, folded case."""
    return " ".join(line.strip(LABEL_EDGE_MARKS).casefold().split())


# A count with the label: "(24)", "[3]", ": 12" after it, or "12" before it.
_COUNT_AFTER_RE = re.compile(r"^(?P<label>\D+?)\s*(?:[(\[]\s*\d{1,6}\s*[)\]]|:\s*\d{1,6})$")
_COUNT_BEFORE_RE = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*\s+(?P<label>\D+)$")


def split_count(folded: str) -> tuple[str, str]:
    """The label of a folded line and where its count stands ("after", "before"), or the line
    and "" when it holds no count.

    >>> split_count("yorumlar (24)"), split_count("12 yorum"), split_count("yorumlar")
    (('yorumlar', 'after'), ('yorum', 'before'), ('yorumlar', ''))
    """
    if folded[-1:] in ")]" or folded[-1:].isdigit():
        if (match := _COUNT_AFTER_RE.match(folded)) is not None:
            return match.group("label"), "after"
    elif folded[:1].isdigit() and (match := _COUNT_BEFORE_RE.match(folded)) is not None:
        return match.group("label"), "before"
    return folded, ""


# --- an ad slot's read-on line --------------------------------------------------------------
# What a page prints over or under an ad slot in the story: the story goes on after the ad
# ("Artikkelen fortsetter under annonsen", "Článek pokračuje pod reklamou", "Haberin devamı
# reklamdan sonra"), or the reader is told to read on below it ("Lanjutkan membaca artikel di
# bawah"). The ad's label alone is `notices.AD_LABEL`'s.
AD_READ_ON_LINES = expand_phrases(
    # Danish, Norwegian, Swedish.
    "{artiklen|historien|teksten} fortsætter {efter|under} {annoncen|reklamen}",
    "læs videre {efter|under} {annoncen|reklamen}",
    "{artikkelen|saken|teksten} fortsetter {under|etter} {annonsen|reklamen}",
    "les videre {under|etter} {annonsen|reklamen}",
    "{artikeln|texten} fortsätter {efter|under} {annonsen|reklamen}",
    "läs vidare {efter|under} annonsen",
    # Finnish.
    "{juttu|artikkeli|uutinen|teksti} jatkuu mainoksen {jälkeen|alla}",
    # Czech and Slovak.
    "{článek|text} pokračuje {pod reklamou|za reklamou|po reklamě}",
    "{pokračování|zbytek} článku {|najdete |si přečtete }{pod reklamou|za reklamou|po reklamě}",
    "{článok|text} pokračuje pod reklamou",
    "pokračovanie článku {|je }pod reklamou",
    # Polish.
    "{dalsza część|ciąg dalszy} {artykułu|tekstu|materiału} {pod reklamą|po reklamie}",
    "{czytaj dalej|artykuł jest kontynuowany|tekst jest kontynuowany} {pod reklamą|po reklamie}",
    # Romanian.
    "{articolul|textul|știrea} continuă {după|sub} {reclamă|publicitate}",
    "continuarea {articolului|textului|știrii} {după|sub} {reclamă|publicitate}",
    "{citește|citiți} continuarea după {reclamă|publicitate}",
    # Hungarian.
    "{a |}{cikk|cikkünk|írás} a hirdetés {után|alatt} folytatódik",
    "{a |}{cikk|cikkünk} folytatása a hirdetés {után|alatt}",
    "a hirdetés után folytatjuk",
    # Turkish.
    "{haberin|yazının|makalenin|içeriğin} devamı {reklamdan sonra|reklamın altında|reklamın ardından}",
    "{haber|yazı} reklamdan sonra devam ediyor",
    # Greek.
    "{|η }συνέχεια {μετά|κάτω από} {τη|την} διαφήμιση",
    "το {άρθρο|κείμενο} συνεχίζεται {μετά|κάτω από} {τη|την} διαφήμιση",
    # Indonesian.
    "lanjutkan membaca {artikel|berita} {di bawah|di bawah ini|berikut|berikut ini}",
    "{scroll|gulir} {ke bawah |}untuk {melanjutkan|lanjut} {membaca|}",
    "{artikel|berita} berlanjut setelah iklan",
    # Italian, Spanish, Portuguese, Dutch, German, French (English: `notices.AD_LABEL_RE`, `menus`).
    "{continua a leggere|l'articolo continua|l’articolo continua|l'articolo prosegue"
    "|l’articolo prosegue|prosegue|continua} {dopo|sotto} la pubblicità",
    "{el artículo|la noticia|el texto} {continúa|sigue} {después de|tras|debajo de} la publicidad",
    "{sigue|continúa} leyendo {después de|tras|debajo de} la publicidad",
    "{o artigo|a notícia|o texto|continue a ler|continue lendo|continua} {após a|depois da} publicidade",
    "{o artigo|a notícia|o texto|continue a ler|continue lendo|continua} {após o|depois do} anúncio",
    "{het artikel|het verhaal|de tekst|dit artikel} gaat verder {onder|na} de advertentie",
    "{lees verder|het artikel loopt door|de tekst loopt door} {onder|na} de advertentie",
    "{der artikel|der text|der beitrag} {geht|wird} {nach|unter} der {anzeige|werbung} {weiter|fortgesetzt}",
    "lesen sie nach der {anzeige|werbung} weiter",
    "{l'article|l’article} continue {après|sous} {la|cette} publicité",
)

# --- a paywall's notes ----------------------------------------------------------------------
# The note that the story is kept for subscribers, in the languages `site_notes.READER_CALL_RE`
# and `site_notes.PAYWALL_CALL_ABROAD_RE` do not read or read only with "only" ("Denne
# artikkelen er for abonnenter", "Bu içerik abonelere özeldir", "Artikel ini khusus untuk
# pelanggan"), and the log-in offered to those who are ("Allerede abonnent? Logg inn").
PAYWALL_NOTES = expand_phrases(
    "{denne |}{artikkelen|saken} er {|kun |bare }for abonnenter",
    "{kun |bare |}for abonnenter",
    "{denne |}{artikel|artiklen} er {|kun |forbeholdt }{for |}abonnenter",
    "{den här |denna |}{artikeln|texten} är {|endast |bara }för prenumeranter",
    "{endast |bara |}för prenumeranter",
    "{tämä |}{artikkeli|juttu|sisältö} on {|vain |ainoastaan }tilaajille",
    "vain tilaajille",
    "{tento |}{článek|obsah} je {|pouze |jen |určen }pro předplatitele",
    "{pouze |jen |exkluzivně }pro předplatitele",
    "{tento |}článok je {|iba |len }pre predplatiteľov",
    "{iba |len }pre predplatiteľov",
    "{ten |}{artykuł|materiał|tekst} {jest |}{dostępny |}{tylko |wyłącznie }"
    "dla {prenumeratorów|subskrybentów}",
    "{tylko|wyłącznie} dla {prenumeratorów|subskrybentów}",
    "{acest |}{articol|conținut} {este |}{disponibil |}{doar|numai|exclusiv} pentru abonați",
    "{doar|numai|exclusiv} pentru abonați",
    "bu {içerik|haber|makale|yazı} {sadece |yalnızca |}abonelere özel{|dir}",
    "{sadece |yalnızca |}abonelere özel{| içerik}",
    "{ez a |}{cikk|tartalom} {csak|kizárólag} {előfizetőknek|előfizetőink számára|előfizetők számára}"
    " {érhető el|elérhető}",
    "{csak|kizárólag} előfizetőknek",
    "előfizetőknek szóló tartalom",
    "{το |αυτό το |}{άρθρο|περιεχόμενο} {είναι |}{διαθέσιμο |}{μόνο|αποκλειστικά} {για|στους} συνδρομητές",
    "{μόνο|αποκλειστικά} για συνδρομητές",
    "{artikel|konten|berita} {ini |}{khusus|hanya} {untuk |}{pelanggan|pelanggan premium|member|anggota}",
    "{este |}{artigo|conteúdo} {é |}{exclusivo|apenas|só} para assinantes",
    "{exclusivo|apenas|só} para assinantes",
    "{dit |}artikel is {alleen |exclusief |}voor abonnees",
    "{alleen|exclusief} voor abonnees",
    # Already a subscriber? Log in.
    "{er du |}allerede abonnent? {logg inn|log ind}",
    "{är du |}redan prenumerant? logga in",
    "{oletko|onko} jo tilaaja? kirjaudu{| sisään}",
    "{jste již|jste už|již jste} předplatitel? přihlaste se",
    "masz już {subskrypcję|prenumeratę|konto}? zaloguj się",
    "{ești|sunteți} deja abonat? {autentifică-te|conectează-te|autentificați-vă}",
    "zaten abone {misiniz|misin}? giriş {yapın|yap}",
    "már előfizető{| vagy}? {jelentkezzen be|lépjen be|jelentkezz be}",
    "είστε ήδη συνδρομητής{;|?} συνδεθείτε",
    "sudah {berlangganan|jadi pelanggan}? {masuk|login}",
    "já é assinante? {faça login|entre|inicie sessão}",
    "{al abonnee|ben je al abonnee|bent u al abonnee}? log in",
    "ya eres suscriptor? inicia sesión",
    "sei già abbonato? accedi",
    "{sie sind |}bereits abonnent? {|hier |jetzt }anmelden",
    "déjà abonné{ |}? {se connecter|connectez-vous}",
)

# --- a comment thread's lines ----------------------------------------------------------------
# The thread's label, alone or with its count after it ("Yorumlar (24)", "Komentáře: 3"); the
# words that name a discussion ("Diskuse", "Keskustelu") only with a count: alone, either may
# head a section of the story.
COMMENT_LABELS = expand_phrases(
    "kommentarer",
    "kommentarfeltet",
    "kommentarfelt",
    "kommentit",
    "komentáře",
    "komentáre",
    "komentarze",
    "comentarii",
    "comentariile",
    "yorumlar",
    "hozzászólások",
    "kommentek",
    "σχόλια",
    "komentar",
    "comentários",
    "commenti",
    "comentarios",
    "reacties",
    "kommentare",
    "commentaires",
    "{|vis |se |les }kommentarer",
    "{visa|läs} kommentarer",
    "{lue|näytä} kommentit",
    "{zobrazit|zobraziť} {komentáře|komentáre|diskusi|diskusiu}",
    "{pokaż|zobacz} komentarze",
    "przejdź do komentarzy",
    "vezi comentariile",
    "{yorumları göster|tüm yorumlar}",
    "hozzászólások megtekintése",
    "δείτε τα σχόλια",
    "lihat komentar",
    "ver comentários",
    "bekijk reacties",
    "{lees|bekijk} de reacties",
    "{mostra|leggi} i commenti",
    "ver comentarios",
)
COUNTED_LABELS_ONLY = expand_phrases(
    "diskuse", "diskuze", "diskusia", "keskustelu", "debatt", "debat", "dyskusja"
)
# The count before its noun, in the noun's counted form: "12 yorum", "5 hozzászólás", "3 kommenttia".
COUNTED_NOUNS = expand_phrases(
    "kommentarer",
    "kommentar",
    "kommenttia",
    "kommentti",
    "komentář",
    "komentáře",
    "komentářů",
    "komentár",
    "komentáre",
    "komentárov",
    "komentarz",
    "komentarze",
    "komentarzy",
    "comentarii",
    "comentariu",
    "de comentarii",
    "yorum",
    "hozzászólás",
    "komment",
    "σχόλια",
    "σχόλιο",
    "komentar",
    "comentários",
    "comentário",
    "commenti",
    "commento",
    "comentarios",
    "comentario",
    "reacties",
    "reactie",
    "kommentare",
    "commentaires",
    "commentaire",
    "réactions",
)
# The thread's calls: "Kommentoi", "Lämna en kommentar", "Dodaj komentarz", "Yorum yap", "Szólj hozzá!".
COMMENT_CALLS = expand_phrases(
    "kommenter",
    "kommentér",
    "kommenter {artikkelen|saken|artiklen}",
    "{skriv|legg igjen|legg til|skriv din} {en |}kommentar",
    "{tilføj|efterlad|skriv} en kommentar",
    "kommentera",
    "kommentera {artikeln|texten}",
    "{lämna|skriv|lägg till} en kommentar",
    "kommentoi",
    "kommentoi {juttua|artikkelia|uutista}",
    "{jätä|kirjoita|lisää} {kommentti|kommenttisi}",
    "{napište|napiš|přidat|přidejte|vložit} komentář",
    "komentovat",
    "vstoupit do {diskuse|diskuze}",
    "{pridať|napíšte} komentár",
    "vstúpiť do diskusie",
    "{dodaj|napisz} komentarz",
    "skomentuj",
    "{lasă|adaugă|scrie} un comentariu",
    "comentează",
    "yorum {yap|yapın|yaz|yazın|ekle}",
    "yorumunuzu yazın",
    "ilk yorumu {sen yap|siz yapın|yapan siz olun}",
    "szólj hozzá",
    "hozzászólok",
    "írj hozzászólást",
    "hozzászólás írása",
    "kommentelj",
    "{γράψτε|γράψε|αφήστε|αφήστε μας|προσθέστε} ένα σχόλιο",
    "σχολιάστε",
    "σχολίασε",
    "προσθήκη σχολίου",
    "{tulis|kirim|beri|berikan|tambahkan} komentar{| anda}",
    "comentar",
    "comente",
    "{deixe|escreva} {um|o seu|seu} comentário",
    "adicionar comentário",
    "reageer",
    "reageer op dit {artikel|bericht}",
    "{plaats|schrijf} een reactie",
    "laat een reactie achter",
    "commenta",
    "{lascia|scrivi} un commento",
    "deja {un|tu} comentario",
    "escribe un comentario",
    "kommentieren",
    "kommentar schreiben",
    "commenter",
    "laisser un commentaire",
)
# A closed thread's note: "Keskustelu on suljettu.", "Kommentarfeltet er stengt", "Yorumlar kapatılmıştır".
COMMENT_CLOSURES = expand_phrases(
    "kommentarfeltet er {stengt|lukket}{| for denne saken| for denne artikkelen| for denne artikel}",
    "{kommentarerne|kommentarsporet|debatten} er lukket",
    "der er lukket for kommentarer",
    "kommentarsfältet är stängt",
    "kommentarerna är stängda",
    "kommentarsfunktionen är {stängd|avstängd}",
    "{|tämä }{keskustelu|kommentointi} on {suljettu|päättynyt}{| tästä jutusta| tästä artikkelista}",
    "{diskuse|diskuze} {|k článku |k tomuto článku }{byla|je} uzavřena",
    "komentáře jsou {uzavřeny|vypnuty}",
    "diskusia {bola|je} uzavretá",
    "komentáre sú vypnuté",
    "komentarze {zostały|są} {wyłączone|zamknięte}",
    "możliwość komentowania {została|jest} wyłączona",
    "dyskusja {została|jest} zamknięta",
    "comentariile {sunt|au fost} {închise|dezactivate}",
    "secțiunea de comentarii este închisă",
    "yorumlar {kapatılmıştır|kapalıdır|kapalı|kapatıldı}",
    "bu {habere|içeriğe|yazıya} yorum {yapılamaz|yapılamıyor}",
    "{haber|içerik} yorumlara kapalıdır",
    "yorumlara kapalı",
    "a hozzászólások le vannak zárva",
    "a hozzászólás {le van zárva|lezárva}",
    "hozzászólások lezárva",
    "a kommentelés {le van zárva|lezárult|ki van kapcsolva}",
    "τα σχόλια {είναι κλειστά|έχουν κλείσει|έχουν απενεργοποιηθεί}",
    "ο σχολιασμός {είναι κλειστός|έχει κλείσει}",
    "{komentar|kolom komentar} {ditutup|dinonaktifkan|telah ditutup}",
    "{os |}comentários {estão |}{fechados|encerrados|desativados}",
    "{i |}commenti {sono |}{chiusi|disabilitati}",
    "{los |}comentarios {están |}{cerrados|desactivados}",
    "{reacties zijn|reageren is} {gesloten|uitgeschakeld}",
    "reageren is niet meer mogelijk",
    "{kommentare sind|die kommentarfunktion ist} {geschlossen|deaktiviert}",
    "les commentaires sont fermés",
)
COMMENT_LINES = COMMENT_LABELS | COMMENT_CALLS | COMMENT_CLOSURES
# The longest line any of them is.
MAX_LABEL_ABROAD_CHARS = 72


def is_comment_line(line: str, folded: str | None = None) -> bool:
    """A comment thread's label, count, call or closed note, alone on its line (`folded`: the
    line folded, by a caller that found it in no phrase set already).

    >>> [is_comment_line(x) for x in ("Yorumlar (24)", "Kommentoi", "Keskustelu on suljettu.", "12 yorum",
    ...     "Diskuse (15)", "ΣΧΟΛΙΑ")]
    [True, True, True, True, True, True]
    >>> [is_comment_line(x) for x in ("Diskuse", "Comentariile ministrului au stârnit reacții.",
    ...     "2026 yorum")]
    [False, False, False]
    """
    if folded is None:
        folded = fold_label(line)
        if folded in COMMENT_LINES:
            return True
    label, count = split_count(folded)
    if count == "after":
        return label in COMMENT_LABELS or label in COUNTED_LABELS_ONLY
    # A year is no count: "2026 yorum" heads a review of the year.
    return count == "before" and label in COUNTED_NOUNS and len(folded.split(None, 1)[0]) < 4


# --- a cookie banner's buttons --------------------------------------------------------------
# Its buttons alone on their lines, in the languages `site_notes.CONSENT_RE` does not read:
# to accept or refuse them all, to choose, or to take only those needed ("Godta alle",
# "Accept toate", "Tümünü kabul et", "Összes elfogadása"). Each says what it does to the
# cookies: no story's line reads so.
CONSENT_BUTTONS = expand_phrases(
    "{godta|aksepter|avvis|avslå|tillat} alle{| informasjonskapsler| cookies}",
    "godta og {lukk|fortsett}",
    "administrer {innstillinger|valg|informasjonskapsler}",
    "innstillinger for informasjonskapsler",
    "{kun|bare} nødvendige{| informasjonskapsler| cookies}",
    "{accepter|tillad|afvis} alle{| cookies}",
    "accepter og luk",
    "tilpas {indstillinger|cookies}",
    "cookieindstillinger",
    "cookie-indstillinger",
    "tillad {valgte|udvalgte}",
    "{godkänn|acceptera|tillåt|neka|avvisa} alla{| kakor| cookies}",
    "godkänn och stäng",
    "hantera {inställningar|cookies|kakor|val}",
    "cookie-inställningar",
    "inställningar för {kakor|cookies}",
    "endast nödvändiga{| kakor| cookies}",
    "{hyväksy|hylkää|salli} kaikki{| evästeet}",
    "evästeasetukset",
    "hallitse {asetuksia|evästeitä}",
    "{vain|ainoastaan} välttämättömät{| evästeet}",
    "hyväksy valitut",
    "{accept|acceptă|accepta|acceptați|permite|respinge|refuz|refuză} toate{| cookie-urile}",
    "setări {cookie|cookie-uri|pentru cookie-uri}",
    "gestionează {preferințele|opțiunile|cookie-urile}",
    "accept și închid",
    "doar cele necesare",
    "{tümünü|hepsini} {kabul et|reddet}",
    "tüm çerezleri {kabul et|reddet}",
    "çerezleri kabul et",
    "çerez {ayarları|tercihleri}",
    "{ayarları|tercihleri} yönet",
    "kabul et ve kapat",
    "sadece gerekli çerezler",
    "{az |}összes {elfogadása|elutasítása}",
    "mindet {elfogadom|elutasítom}",
    "elfogadom az összeset",
    "mindent elfogadok",
    "{süti|cookie} beállítások",
    "sütibeállítások",
    "beállítások kezelése",
    "csak a szükséges sütik",
    "elfogadom és bezárom",
    "{přijmout|odmítnout|povolit} {vše|všechny|všechny cookies}",
    "souhlasím se vším",
    "nastavení {cookies|souborů cookie}",
    "přijmout a zavřít",
    "spravovat {nastavení|předvolby}",
    "pouze nezbytné{| cookies}",
    "{prijať|odmietnuť} {všetko|všetky}",
    "nastavenia cookies",
    "{zaakceptuj|akceptuję|akceptuj|odrzuć} wszystkie{| cookies| pliki cookie}",
    "zezwól na wszystkie",
    "ustawienia {cookies|plików cookie}",
    "zarządzaj {ustawieniami|preferencjami|zgodami}",
    "akceptuję i przechodzę do serwisu",
    "tylko niezbędne{| pliki cookie}",
    "{αποδοχή|απόρριψη} όλων{| των cookies}",
    "ρυθμίσεις {cookies|cookie}",
    "διαχείριση {επιλογών|ρυθμίσεων|cookies}",
    "αποδοχή και κλείσιμο",
    "μόνο τα απαραίτητα",
    "{terima|tolak|izinkan|setujui} semua{| cookie}",
    "pengaturan cookie",
    "kelola {preferensi|pengaturan|cookie}",
    "{aceitar|aceito|rejeitar|recusar|permitir} {todos|tudo|todos os cookies}",
    "aceitar e {fechar|continuar}",
    "{gerir|gerenciar} {preferências|cookies|opções}",
    "{definições|configurações} de cookies",
    "{alles|alle cookies} {accepteren|weigeren|toestaan}",
    "accepteer alle{| cookies}",
    "{cookie-instellingen|cookie instellingen|cookievoorkeuren}",
    "{voorkeuren|instellingen} beheren",
    "akkoord en {doorgaan|sluiten}",
    "alleen noodzakelijke{| cookies}",
    "aceptar todas las cookies",
    "rechazar todas",
    "accetta tutti i cookie",
    "rifiuta tutti",
)
# A banner's bare verb, which says "accept" in one word ("Elfogadom", "Kabul et"): a button
# on any line that is only it, written as a button is (no dash or quote of a reply before it).
CONSENT_ACCEPT_VERBS = expand_phrases(
    "godta",
    "jeg godtar",
    "aksepter",
    "jeg accepterer",
    "godkänn",
    "acceptera",
    "jag godkänner",
    "hyväksy",
    "hyväksyn",
    "acceptă",
    "acceptați",
    "kabul et",
    "kabul ediyorum",
    "elfogadom",
    "souhlasím",
    "akceptuję",
    "αποδέχομαι",
    "saya setuju",
    "aceito",
    "accepteren",
    "accetto",
    "acepto",
    "j'accepte",
)
# The buttons a single word may also be: kept unless a banner's line stands near.
CONSENT_WEAK_BUTTONS = expand_phrases(
    "ok",
    "okay",
    "got it",
    "i agree",
    "agree",
    "i accept",
    "accept",
    "allow",
    "reject",
    "decline",
    "accepter",
    "avvis",
    "afvis",
    "neka",
    "hylkää",
    "accepta",
    "accept",
    "de acord",
    "sunt de acord",
    "refuz",
    "reddet",
    "tamam",
    "elutasítom",
    "rendben",
    "přijmout",
    "odmítnout",
    "rozumím",
    "zgadzam się",
    "odrzuć",
    "przejdź do serwisu",
    "αποδοχή",
    "απόρριψη",
    "συμφωνώ",
    "setuju",
    "terima",
    "tolak",
    "aceitar",
    "concordo",
    "rejeitar",
    "akkoord",
    "ik ga akkoord",
    "weigeren",
    "accetta",
    "rifiuta",
    "aceptar",
    "rechazar",
    "refuser",
    "akzeptieren",
    "ablehnen",
    "zustimmen",
    "innstillinger",
    "indstillinger",
    "inställningar",
    "asetukset",
    "setări",
    "ayarlar",
    "beállítások",
    "nastavení",
    "ustawienia",
    "ρυθμίσεις",
    "pengaturan",
    "definições",
    "instellingen",
    "impostazioni",
    "configuración",
    "paramètres",
    "einstellungen",
    "settings",
    "more options",
    "learn more",
    "lue lisää",
    "les mer",
    "läs mer",
    "læs mere",
)
MAX_BUTTON_CHARS = 48

# The first three characters of every phrase above, each space also as any other whitespace
# `fold_label` makes one: a line whose head (past its marks, in folded case) is none of these,
# and which opens with no count ("12 yorum"), is no phrase of any set (`may_be_label`).
WHITESPACE = [chr(code) for code in range(0x3001) if chr(code).isspace()]
_NOTICE_PHRASES = (
    AD_READ_ON_LINES
    | COMMENT_LINES
    | COUNTED_LABELS_ONLY
    | CONSENT_BUTTONS
    | CONSENT_ACCEPT_VERBS
    | PAYWALL_NOTES
)
_FOLDED_HEADS = {
    "".join(" " if char.isspace() else char for char in phrase[:3]) for phrase in _NOTICE_PHRASES
}


def _written_forms(char: str) -> set[str]:
    """The characters a line may write for one of a folded phrase's: either case, any space."""
    if char == " ":
        return set(WHITESPACE)
    forms = {char, char.upper(), char.title()}
    return forms | {"ς"} if char == "σ" else forms


# The first three characters of every phrase above as a line may write them (either case, any
# space); a line opening otherwise, with no mark or count first, is no phrase (`may_be_label`).
LABEL_HEADS = frozenset(
    "".join(combination) for head in _FOLDED_HEADS for combination in product(*map(_written_forms, head))
)
LABEL_HEAD_CHARS = 3
DIGITS = "0123456789"
# A line opening with one of these is left to the fold: a mark or a space it strips, or a count.
LABEL_OPENING_MARKS = frozenset(LABEL_EDGE_MARKS + DIGITS + "".join(WHITESPACE))


def may_be_label(line: str) -> bool:
    """False only for a line none of the phrase sets holds, folded: its first three characters
    open no phrase in any case, and no mark or count opens it (a set lookup, where the fold
    makes four new strings). Not read: two spaces in a row among the first three characters
    (the fold makes them one), a letter whose folded form is longer ("İ", "ß").

    >>> may_be_label("• Yorumlar (24)"), may_be_label("Rain fell all day."), may_be_label("12 yorum")
    (True, False, True)
    """
    return line[:LABEL_HEAD_CHARS] in LABEL_HEADS or line[:1] in LABEL_OPENING_MARKS
