"""Notes in a site's own voice with an exact syntax: syndication notes, affiliate notices naming
the site, cookie-consent banners and calls to sign up for the site's mail.

    >>> is_site_note("This article originally appeared on The Valley Courier.")
    True
    >>> is_site_note("Circuit may earn a commission when you buy through links on our site.")
    True
    >>> is_site_note("The story first appeared in the Ledger in 1998, when the mayor was elected.")
    False

A syndication note says where the text was first published ("This story was
originally published by X.", "A version of this article first appeared in X.",
"Republished with permission from X."); an affiliate notice names the money the
site earns from its links ("X may earn a commission when you buy through links
on our site.", or in its own voice: "We may earn ..."; `is_affiliate_notice`,
which `transforms.notices` uses too, where a first-person notice is looked for
among the other notices). Both are boilerplate wherever they stand; a sentence that reports on a note (", the
editor said") or reads on past it (", when ...") stays.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.labels_abroad import (
    CONSENT_BUTTONS,
    CONSENT_WEAK_BUTTONS,
    MAX_BUTTON_CHARS,
    WHITESPACE,
    fold_label,
)
from transforms.line_model import PROSE_WORDS

MAX_SYNDICATION_WORDS = 30
MAX_AFFILIATE_WORDS = 40
# Characters: a note of 40 words is ~300; a paragraph longer than this is prose.
MAX_NOTE_CHARS = 400
_PIECE = r"(?:article|story|post|piece|report|essay|column|interview|content|video)"
_APPEARED = r"(?:appeared|appears|published|posted|ran|aired)"
SYNDICATION_RE = re.compile(
    r"^\W{0,3}(?:"
    # "This article originally appeared on X", "This story was first published by X"
    rf"(?:this|the\s+above)\s+{_PIECE}\s+(?:was\s+|is\s+|has\s+been\s+)?(?:originally|first)\s+{_APPEARED}\b"
    # "A version of this story first appeared in X", "Portions of this article were published in X"
    rf"|(?:an?\s+(?:\w+\s+)?version|portions|parts)\s+of\s+this\s+{_PIECE}\s+(?:was\s+|were\s+)?"
    rf"(?:originally\s+|first\s+)?{_APPEARED}\b"
    # "This article appears in the December 2026 issue of X", "This story appeared in print":
    # where the magazine or the paper ran it.
    rf"|(?:this|the\s+above)\s+{_PIECE}\s+(?:also\s+)?(?:appeared|appears|ran|was\s+published)\s+in\s+"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:print|issue|edition)\b"
    # "(Except for the headline, this story has not been edited by NDTV staff and is published
    # from a syndicated feed.)": wire copy run as it came.
    rf"|(?:except\s+for\s+the\s+headline,\s+)?this\s+{_PIECE}\s+has\s+not\s+been\s+edited\s+by\b"
    # "Originally published on X", "Originally appeared in X"
    rf"|originally\s+{_APPEARED}\s+(?:on|in|at|by)\b"
    # "This article is republished from X under ...", "Republished with permission from X"
    rf"|(?:this\s+{_PIECE}\s+(?:is|was|has\s+been)\s+)?republished\s+(?:here\s+)?(?:with\s+permission\s+)?"
    r"(?:from|of|by|under)\b"
    # "This story was produced by X", "... in partnership with X"
    rf"|this\s+{_PIECE}\s+was\s+produced\s+(?:by|in\s+partnership\s+with|in\s+collaboration\s+with)\b"
    # Who paid for it: "This story was produced with support from the X Fund", "This reporting is
    # supported by a grant from X", "Our coverage of Y is made possible in part by X".
    rf"|(?:this|our)\s+(?:{_PIECE}|coverage|reporting|series|journalism)\s+(?:of\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}?\s+)?"
    r"(?:is|was|has\s+been)\s+(?:(?:produced|reported|written|published|funded|made\s+possible)\s+with\s+(?:the\s+)?"
    r"(?:generous\s+)?(?:financial\s+)?(?:support|funding|a\s+grant)\s+(?:from|of)"
    r"|(?:supported|funded|underwritten|made\s+possible)\s+(?:in\s+part\s+)?(?:by|through|with))\b"
    # A partnership's note: "This article is part of a collaboration between the Ledger and Coastal
    # Radio", "This story is a partnership with X" (as "was produced in partnership with X" above).
    rf"|this\s+{_PIECE}\s+is\s+(?:part\s+of\s+)?(?:a|an)\s+(?:[\w-]+\s+)?(?:collaboration|partnership)\s+"
    r"(?:between|with)\b"
    # A series' note with its call to read the rest: "This article is part of our Extreme Life series.
    # Read the rest of the series here.", "This story is part of Deep Water, a series on rivers; read
    # more here", "Este artículo forma parte de la serie X. Lee el resto aquí.", "Cet article fait
    # partie de notre série X. Retrouvez tous les épisodes ici.", "Dieser Artikel ist Teil unserer Serie
    # X. Alle Folgen lesen Sie hier.": the call to read on makes it the site's promo; what a story says
    # it is part of, with no such call, stays.
    rf"|(?:this\s+{_PIECE}\s+is\s+(?:part|one)\s+of|este\s+(?:artículo|reportaje)\s+forma\s+parte\s+de"
    r"|cet\s+article\s+fait\s+partie\s+d|dieser\s+(?:artikel|beitrag)\s+ist\s+teil"
    r"|questo\s+articolo\s+fa\s+parte\s+d)[^.;!?]{3,120}[.;:!]\s+"
    r"(?:(?:you\s+can\s+)?(?:read|see|find|explore|discover|catch\s+up\s+on)|lee|lea|descubre|encuentra"
    r"|retrouvez|lisez|découvrez|(?:alle|weitere)\s+(?:folgen|teile|artikel)|lesen\s+sie|leggi|scopri)\b"
    r"[^.!?]{0,60}?\b(?:here|series|below|aquí|serie|ici|série|hier|folgen|qui)\b"
    # Who paid for the piece: "This article is sponsored by Harbor Bank.", "This content was paid for by X",
    # "Dieser Artikel wurde gesponsert von X", "Este artículo está patrocinado por X".
    rf"|this\s+{_PIECE}\s+(?:is|was|has\s+been)\s+(?:sponsored|paid\s+for|brought\s+to\s+you)\s+by\b"
    r"|dieser\s+(?:artikel|beitrag)\s+(?:wurde|ist)\s+(?:gesponsert|bezahlt)\s+von\b"
    r"|este\s+(?:artículo|contenido)\s+(?:está|es|fue)\s+patrocinado\s+por\b"
    # A disclosure under its label: "Disclosure: The author holds shares in no company mentioned.",
    # "Full disclosure: ...", "Transparenzhinweis: ..."; a sentence names no label and a colon first.
    r"|(?:full\s+)?disclosures?\s*:\s+\S|transparenzhinweis\s*:\s+\S"
    # "Source: www.myjoyonline.com": the site the text was taken from, by its address alone.
    r"|source\s*:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?\W{0,3}$"
    r")",
    re.IGNORECASE,
)
# In its own voice: "We may earn a commission when you buy through links on our site.", "This post may contain
# affiliate links.", "As an Amazon Associate I earn from qualifying purchases.": the site's
# disclosure, in its own voice, naming the links or purchases it is paid for. Reported speech
# ("..., the FTC said") is a sentence about such links, not the disclosure.
OWN_VOICE_AFFILIATE_RE = re.compile(
    r"^\W{0,3}(?:(?:we|i|this\s+(?:post|article|page|story|site|content|guide|review))"
    r"\s+(?:may|might|will|can|could)\s+(?:earn|receive|get|contain)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:commissions?|compensation|affiliate|links?|a\s+share)\b"
    r"|as\s+an\s+amazon\s+associate\b"
    # "If you buy something from a Verge link, Vox Media may earn a commission": whose link.
    r"|if\s+you\s+(?:buy|purchase|shop\s+for)\s+(?:something|anything|a\s+product)\s+(?:from|through|via|using)\s+"
    r"(?:a|an|one\s+of\s+(?:our|the))\s+(?:[\w'’-]+\s+){0,3}?links?\b)",
    re.IGNORECASE,
)
_PAID_LINK_RE = re.compile(
    r"\baffiliate\b|\blinks?\b|\bwhen\s+you\s+(?:buy|shop|purchase|click|subscribe)\b|\bqualifying\s+purchases\b",
    re.IGNORECASE,
)
# What the money is: "a commission", "an affiliate commission", "compensation", "a share of sales".
COMMISSION_RE = re.compile(
    r"\b(?:earns?|receives?|gets?|collects?|makes?)\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?"
    r"(?:commissions?|compensation|(?:a\s+)?share\s+of\s+(?:the\s+)?(?:sales|revenue))\b",
    re.IGNORECASE,
)
# Whose links: the site's own ("links on our site", "links in this article", "our links").
SITE_LINKS_RE = re.compile(
    r"\blinks?\b.{0,50}\b(?:on|in|from)\s+(?:our|this)\s+(?:site|website|page|article|post|story|newsletter)\b"
    r"|\b(?:through|via|from)\s+(?:our|these)\s+(?:affiliate\s+)?links\b",
    re.IGNORECASE,
)
# A cookie-consent banner saved with the text: the site's notice that it uses cookies,
# its "By continuing to use this site ..." and its buttons alone on a line, in the
# languages of the pages we meet ("Utilizamos cookies propias y de terceros ...", "Nous
# utilisons des cookies ...", "Wir verwenden Cookies ...", "Utilizziamo i cookie ...";
# "Accept and continue", "Aceptar y continuar", "Gérer mes choix", "Alle akzeptieren").
MAX_CONSENT_WORDS = 60
CONSENT_RE = re.compile(
    r"^\W{0,3}(?:"
    r"(?:this|our)\s+(?:web)?site\s+uses\s+cookies\b"
    r"|we(?:\s+and\s+our\s+(?:partners|vendors))?\s+use\s+cookies\b"
    r"|by\s+(?:continuing\s+to\s+(?:use|browse)|using|browsing)\s+(?:this|our)\s+(?:web)?site\b"
    r"|(?:accept|reject|allow|decline|manage)\s+(?:all\s+|my\s+)?(?:cookie\s+)?(?:cookies|settings|preferences)\W{0,3}$"
    r"|cookie\s+(?:settings|preferences|policy|consent)\W{0,3}$"
    # The notice in the site's voice in Spanish, French, German and Italian: "we use" or "this
    # site uses", then cookies within a few words ("Utilizamos cookies propias y de terceros").
    r"|(?:(?:utilizamos|usamos|empleamos)|(?:este|nuestro)\s+sitio(?:\s+web)?\s+(?:utiliza|usa)"
    r"|(?:esta|nuestra)\s+(?:página|web)(?:\s+web)?\s+(?:utiliza|usa)"
    r"|nous\s+utilisons|(?:ce|notre)\s+site(?:\s+web)?\s+utilise"
    r"|wir\s+(?:verwenden|nutzen|setzen)|(?:diese|unsere)\s+(?:website|webseite|seite)\s+(?:verwendet|nutzt|setzt)"
    r"|(?:noi\s+)?(?:utilizziamo|usiamo)|(?:questo|il\s+nostro)\s+sito(?:\s+web)?\s+(?:utilizza|usa))"
    r"\s+(?:[\w'’]+\s+){0,3}?cookies?\b"
    # The banner's buttons alone: accept or refuse, with or without "all" or "and continue",
    # or the link to the choices.
    r"|(?:(?:accept|agree)(?:\s+(?:all|and\s+(?:continue|close)))|(?:reject|decline|refuse|allow)\s+all"
    r"|manage\s+(?:options|choices|consent)"
    r"|aceptar(?:\s+(?:y\s+(?:continuar|cerrar)|todo|todas))|rechazar(?:\s+(?:y\s+(?:continuar|cerrar)|todo|todas))"
    r"|(?:configurar|gestionar|personalizar)\s+(?:las\s+)?(?:cookies|preferencias|opciones)"
    r"|tout\s+(?:accepter|refuser)|(?:accepter|refuser)\s+et\s+(?:continuer|fermer)|continuer\s+sans\s+accepter"
    r"|(?:gérer|paramétrer|personnaliser)\s+(?:mes|les)\s+(?:choix|préférences|cookies)"
    r"|alle\s+(?:akzeptieren|ablehnen|zulassen)|(?:akzeptieren|zustimmen)\s+und\s+(?:weiter|schließen)"
    r"|(?:cookie-)?einstellungen\s+(?:verwalten|anpassen)|nur\s+notwendige(?:\s+cookies)?"
    r"|(?:accetta|rifiuta)\s+(?:tutti|tutto|e\s+(?:continua|chiudi))"
    r"|gestisci\s+(?:le\s+)?(?:preferenze|opzioni|cookie))\W{0,3}$"
    # An embed's stand-in where consent was refused: "Deze inhoud kan helaas niet worden getoond
    # omdat je geen cookies hebt geaccepteerd.", "This content cannot be displayed because you
    # have not accepted cookies." Cookies close the reason within a few words.
    r"|(?:deze\s+inhoud\s+(?:kan|wordt)\s+(?:helaas\s+)?niet\s+(?:worden\s+)?(?:getoond|weergegeven)"
    r"|this\s+content\s+(?:is\s+not\s+available|cannot\s+be\s+(?:displayed|shown)|can['’]t\s+be\s+(?:displayed|shown)))"
    r"\s+(?:omdat|because|as)\s+(?:[\w'’]+\s+){0,6}?cookies?\b"
    r")",
    re.IGNORECASE,
)
# The same notice in the languages CONSENT_RE does not read: the site, in its own voice, says
# it uses cookies ("Vi bruker informasjonskapsler ...", "Acest site folosește cookie-uri ...",
# "Bu sitede çerezler kullanılmaktadır ...", "Ez a weboldal sütiket használ ..."). The line opens
# with who uses them, "we" or "this site" (`_COOKIE_USER`), and names the cookies somewhere
# (`COOKIE_WORDS`); or it opens "by continuing to use the site" and says the reader agrees
# (`_CONTINUING`, `_READER_AGREES_RE`). A story's sentence about cookies names someone else
# ("Datatilsynet sier at informasjonskapsler ...", "Nettstedet bruker informasjonskapsler i strid
# med loven").
# Each opening by its first word (lower case): the line's first word picks the few openings
# to try, where one pattern of them all tried its eighty alternatives on every line.
_COOKIE_USER: tuple[tuple[str, str], ...] = (
    # Norwegian, Danish, Swedish.
    ("vi", r"vi\s+(?:bruker|benytter(?:\s+oss\s+av)?|bruger|anvender|använder|nyttjar)"),
    ("dette vårt", r"(?:dette|vårt)\s+nettstedet?"),
    ("denne", r"denne\s+nettsiden"),
    ("nettstedet nettsiden", r"nettstedet\s+vårt|nettsiden\s+vår"),
    ("denne vores", r"(?:denne|vores)\s+(?:hjemmeside|webside|side|website|portal)"),
    ("den denna vår", r"(?:den\s+här|denna|vår)\s+(?:webbplats|sajt|sida)\w*"),
    # Finnish.
    ("käytämme", "käytämme"),
    ("tämä sivustomme palvelumme", r"(?:tämä|sivustomme|palvelumme)\s+(?:verkko)?(?:sivusto\s+)?käyttää"),
    ("tämä", r"tämä\s+(?:verkko)?sivusto"),
    (
        "tällä sivustollamme palvelussamme",
        r"(?:tällä|sivustollamme|palvelussamme)\s+(?:(?:verkko)?sivustolla\s+)?käytetään",
    ),
    # Romanian.
    ("folosim utilizăm utilizam", r"folosim|utiliz[ăa]m"),
    (
        "acest site-ul",
        r"(?:acest|site-ul\s+nostru|acest\s+site\s+web)\s+(?:site\s+)?(?:folose[șşs]te|utilizeaz[ăa])",
    ),
    # Turkish: the site, then the cookies and the verb last.
    # The site alone opens a sentence about it too ("Bu sitede yayımlanan haberler ..."): "use" must follow.
    ("bu", r"bu\s+(?:web\s+)?site(?:de|miz|mizde)?(?=.*kullan)"),
    ("web internet sitemiz sitemizde", r"(?:web\s+|internet\s+)?sitemiz(?:de)?(?=.*kullan)"),
    ("çerez çerezler çerezleri", r"çerez\w*\s+(?:\w+\s+){0,3}?kullanıyoruz"),
    # Hungarian: the same order.
    ("ez", r"ez\s+a\s+(?:web)?(?:oldal|honlap)(?=.*használ)"),
    ("weboldalunk oldalunk honlapunk", r"(?:(?:web)?oldalunk|honlapunk)(?=.*használ)"),
    ("sütiket cookie-kat", r"(?:sütiket|cookie-kat)\s+(?:\w+\s+){0,2}?használunk"),
    # Czech, Slovak, Polish.
    ("používáme využíváme používame využívame", "používáme|využíváme|používame|využívame"),
    ("tento náš", r"(?:tento|náš)\s+(?:web|portál|server)"),
    ("tato táto", r"(?:tato|táto)\s+(?:webová\s+)?stránka"),
    ("używamy wykorzystujemy stosujemy korzystamy", r"używamy|wykorzystujemy|stosujemy|korzystamy\s+z"),
    ("ta nasza", r"(?:ta|nasza)\s+(?:strona|witryna)"),
    ("ten nasz", r"(?:ten|nasz)\s+serwis"),
    # Greek, Indonesian, Portuguese, Dutch.
    ("χρησιμοποιούμε", "χρησιμοποιούμε"),
    ("αυτός ο", r"(?:αυτός\s+ο|ο)\s+ιστότοπος(?:\s+μας)?"),
    ("αυτή η", r"(?:αυτή\s+η|η)\s+ιστοσελίδα(?:\s+μας)?"),
    ("kami", r"kami\s+menggunakan"),
    ("situs website laman", r"(?:situs|website|laman|situs\s+web)\s+(?:ini|kami)\s+menggunakan"),
    ("este o", r"(?:este|o\s+nosso)\s+(?:site|sítio|portal)"),
    ("wij we", r"(?:wij|we)\s+(?:gebruiken|maken\s+gebruik\s+van|plaatsen)"),
    ("deze onze", r"(?:deze|onze)\s+(?:web)?site"),
)
# "By continuing to use the site ...": its opening in those languages.
_CONTINUING: tuple[tuple[str, str], ...] = (
    ("ved", r"ved\s+å\s+(?:fortsette|bruke)|ved\s+at\s+(?:fortsætte|bruge|klikke)"),
    ("genom", r"genom\s+att\s+(?:fortsätta|använda|klicka)"),
    ("jatkamalla käyttämällä", "jatkamalla|käyttämällä"),
    ("continuând continuand prin", r"continu[âa]nd|prin\s+continuarea"),
    ("sitemizi siteyi web", r"(?:sitemizi|siteyi|web\s+sitemizi)\s+kullan"),
    ("az", r"az\s+oldal(?:unk)?\s+(?:további\s+)?használatával"),
    ("a", r"a\s+(?:honlap|weboldal)\s+(?:további\s+)?(?:használatával|böngészésével)"),
    ("pokračováním používáním dalším", r"pokračováním|používáním|dalším\s+procházením"),
    ("korzystając kontynuując", "korzystając|kontynuując"),
    ("συνεχίζοντας", "συνεχίζοντας"),
    ("dengan", r"dengan\s+(?:melanjutkan|menggunakan)"),
    ("ao", r"ao\s+(?:continuar|utilizar|usar|navegar)"),
    ("door", r"door\s+(?:verder|gebruik)"),
)


def _consent_openings() -> dict[str, re.Pattern[str]]:
    """One pattern per first word: the openings it may begin, those in the site's voice named `user`."""
    users: dict[str, list[str]] = {}
    continuing: dict[str, list[str]] = {}
    for table, by_word in ((_COOKIE_USER, users), (_CONTINUING, continuing)):
        for words, opening in table:
            for word in words.split():
                by_word.setdefault(word, []).append(opening)
    patterns: dict[str, re.Pattern[str]] = {}
    for word in sorted(users.keys() | continuing.keys()):
        alternatives = [f"(?P<user>{'|'.join(users[word])})"] if word in users else []
        alternatives += ["|".join(continuing[word])] if word in continuing else []
        patterns[word] = re.compile(rf"^(?:{'|'.join(alternatives)})\b", re.IGNORECASE)
    return patterns


CONSENT_OPENINGS_ABROAD = _consent_openings()
# The first two characters of a line each opening begins, as a line writes them (either case; a
# one-letter word with any space after it): one set lookup of the line's head spares most lines
# the rest. A banner's notice opens with its first word, no mark before it.
CONSENT_HEADS_ABROAD = frozenset(
    first + second
    for word in CONSENT_OPENINGS_ABROAD
    for first in {word[0], word[0].upper()}
    for second in ({word[1], word[1].upper()} if len(word) > 1 else WHITESPACE)
)
# The reader's consent a "by continuing" line asks for: "godtar du", "accepterer du", "hyväksyt",
# "sunteți de acord", "kabul etmiş olursunuz", "hozzájárul", "souhlasíte", "wyrażasz zgodę" ...
_READER_AGREES_RE = re.compile(
    r"\b(?:godtar\s+du|samtykker\s+du|accepterer\s+du|godkänner\s+du|accepterar\s+du|samtycker\s+du|hyväksyt"
    r"|(?:sunteți|sunteţi|ești|eşti)\s+de\s+acord|acceptați|accepți|kabul\s+etmiş\s+olursunuz|kabul\s+edersiniz"
    r"|hozzájárul|elfogadja|beleegyezik|souhlasíte|súhlasíte|(?:wyrażasz|wyrażają)\s+zgodę|akceptujesz|zgadzasz\s+się"
    r"|αποδέχεστε|συμφωνείτε|anda\s+(?:menyetujui|setuju|menerima)|concorda|aceita|(?:ga\s+je|gaat\s+u)\s+akkoord"
    r"|stem\s+je\s+in|stemt\s+u\s+in|accepteer\s+je|accepteert\s+u)",
    re.IGNORECASE,
)
# The cookies, as each language names them (lower case): "cookie" in most ("cookie-uri",
# "cookie-kat", "plików cookie"), and the words of their own.
COOKIE_WORDS = (
    "cookie", "informasjonskapsl", "kakor", "eväste", "çerez", "süti", "ciasteczk",
)  # fmt: skip
# Reported speech in those languages: a quote or a report of the notice is the story's.
_REPORTED_CONSENT_RE = re.compile(
    r"\b(?:sier|sa\s+hun|sa\s+han|mener|siger|säger|sade|skriver|sanoo|sanoi|kertoo|kertoi|a\s+declarat|a\s+spus"
    r"|susține|dedi|söyledi|açıkladı|mondta|közölte|uvedl\w*|řekl\w*|uviedol|powiedział\w*|twierdzi|uznał\w*"
    r"|δήλωσε|είπε|ανέφερε|kata|ujar|menurut|disse|afirmou|segundo|zei|zegt|volgens|ifølge|enligt|według)\b",
    re.IGNORECASE,
)


def _first_word(line: str) -> str:
    """The line's first word, lower case (from its head only: a split of the whole line would copy it)."""
    words = line[:40].split(None, 1)
    return words[0].lower() if words else ""


def is_consent_notice_abroad(line: str) -> bool:
    """A cookie banner's notice in the languages CONSENT_RE does not read.

    >>> [is_consent_notice_abroad(x) for x in (
    ...     "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
    ...     "Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună.",
    ...     "Bu sitede çerezler kullanılmaktadır.", "Ez a weboldal sütiket használ.")]
    [True, True, True, True]
    >>> [is_consent_notice_abroad(x) for x in ("Datatilsynet sier at informasjonskapsler må godkjennes.",
    ...     "Vi bruker informasjonskapsler bare til statistikk, sier redaktøren.",
    ...     "Korzystając z plików cookie, firma śledziła użytkowników, uznał sąd.")]
    [False, False, False]
    """
    opening = CONSENT_OPENINGS_ABROAD.get(_first_word(line))
    match = opening.match(line) if opening is not None else None
    if match is None or len(line.split(None, MAX_CONSENT_WORDS)) > MAX_CONSENT_WORDS:
        return False
    folded = line.casefold()
    if not any([word in folded for word in COOKIE_WORDS]):
        return False
    if match.groupdict().get("user") is None and _READER_AGREES_RE.search(line) is None:
        return False
    return _REPORTED_CONSENT_RE.search(line) is None


# Every consent line holds one of these: "cookie" (in any language), or a button's verb.
_CONSENT_HINTS = (
    "ookie", "y continuing to", "references", "ccept", "gree", "eject", "ecline", "efuse", "llow",
    "anage", "ceptar", "echaz", "onfigur", "estion", "ersonal", "efuser", "érer", "aramétr", "kzeptier",
    "blehn", "ulassen", "ustimm", "instellung", "otwendig", "ccett", "ifiut", "estisc",
)  # fmt: skip
# A sign-up call in the site's voice: an imperative to sign up for the site's own mail, sent
# to the reader ("Sign up for KTVN 7 breaking news alerts delivered straight to your inbox.",
# "Subscribe to our newsletter"). A sentence about someone's sign-up is no call: it names
# neither "our" mail nor "your inbox".
MAX_SIGNUP_WORDS = 30
_MAIL = r"(?:newsletters?|alerts|e-?mails|updates|headlines|news|stories)"
# The verb, then its object within a few words: "Sign up for [KTVN 7 breaking] news ...",
# "Subscribe to our [weekly politics] newsletter", "Get the [day's top] headlines ...".
# "Subscribe to the newsletter" is as often a sentence about someone else's mail, and so is
# mail sent by someone the sentence names in common words, the reader's or a body's: advice
# ("Subscribe to alerts from your bank so you know when a payment leaves your account", "Sign
# up for text alerts from the airline"). The site names itself ("alerts from KTVN") or "our".
_OTHERS_SENDER = r"\s+(?:from|by|with|through)\s+(?:your\b|(?:the|an?)\s+(?-i:[a-z]))"
SIGNUP_CALL_RE = re.compile(
    r"^\W{0,3}(?:(?:sign\s+up\s+(?:for|to)|subscribe\s+to|register\s+for)\s+(?!the\b|your\b)(?P<our>our\s+)?"
    rf"|get\s+(?:(?P<get_our>our)|the)\s+)(?:[\w'’-]+\s+){{0,4}}?{_MAIL}\b"
    rf"(?!\s+(?:page|site|section|desk)\b|(?(our)(?!)|(?(get_our)(?!)|{_OTHERS_SENDER})))",
    re.IGNORECASE,
)
# "Get football news sent straight to your phone", "Get breaking news alerts delivered to
# your inbox": news sent to the reader's own device is the site's offer.
_DELIVERED_CALL_RE = re.compile(
    r"^\W{0,3}get\s+(?:[\w'’-]+\s+){1,5}?(?:sent|delivered)\s+(?:straight\s+|directly\s+|right\s+)?to\s+your\s+"
    r"(?:phone|inbox|device|mobile|e-?mail|whatsapp)\b",
    re.IGNORECASE,
)
# The paywall's call: "Log in, register or subscribe to save articles for later", "Subscribe to
# News24 for access to our exclusive insights", "Subscribe for unlimited access".
PAYWALL_CALL_RE = re.compile(
    r"^\W{0,3}(?:(?:log\s*in|sign\s+in)(?:\s*,\s*|\s+or\s+)(?:(?:register|sign\s+up|create\s+an?\s+account)"
    r"(?:\s*,\s*|\s+or\s+))?(?:or\s+)?subscribe\s+to\s+(?:save|read|continue|keep|access|comment|unlock)\b"
    r"|subscribe\s+(?:to\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}\s+)?(?:for|to\s+(?:get|unlock|continue|keep))\s+"
    r"(?:unlimited\s+|full\s+|unrestricted\s+|digital\s+|complete\s+)?(?:access|reading)\b)",
    re.IGNORECASE,
)
# A paywall's call to subscribe (or sign in) and read on, and nothing else: "Jetzt abonnieren
# und weiterlesen", "Subscribe to continue reading", "Abbonati per continuare a leggere". Read
# after the line model, on the lines it kept (`stray_lines.is_button`): before it, the calls of
# READER_CALL_RE that open a longer line go.
PAYWALL_READ_ON_RE = re.compile(
    r"^\W{0,3}(?:(?:jetzt|now|agora|ahora|ora|nu)\s+)?"
    r"(?:abonnieren|abonniere|abonnez-vous|abonne-toi|abbonati|assine|suscr[íi]bete|subscribe|word\s+abonnee"
    r"|neem\s+een\s+abonnement|sign\s+up|log\s+in|anmelden|registrieren|inscrivez-vous|iscriviti|reg[íi]strate)"
    r"\s+(?:(?:now|jetzt|ahora|agora|ora)\s+)?(?:und|et|per|para|pour|to|and|e|y|en|om)\s+"
    r"(?:weiter\s*lesen|weiterlesen|lire\s+la\s+suite|continuer\s+(?:à|de)\s+lire|continuare\s+a\s+leggere"
    r"|leggere\s+(?:tutto|l['’]articolo)|continuar\s+(?:lendo|leyendo|a\s+ler)|seguir\s+leyendo|ler\s+(?:mais|tudo)"
    r"|keep\s+reading|continue\s+reading|read\s+(?:on|more|the\s+(?:full\s+)?(?:story|article))"
    r"|verder\s+te\s+lezen|lees\s+verder|verder\s+lezen)\W{0,3}$",
    re.IGNORECASE,
)


def is_paywall_read_on(line: str) -> bool:
    """A paywall's call to subscribe and read on, alone on its line.

    >>> [is_paywall_read_on(x) for x in ("Jetzt abonnieren und weiterlesen", "Subscribe to continue reading")]
    [True, True]
    >>> is_paywall_read_on("Subscribe to continue reading the council's minutes, the clerk said.")
    False
    """
    return PAYWALL_READ_ON_RE.match(line) is not None


# --- after the model (`stray_lines`): a paywall's and a newsletter's calls abroad --------------
# The calls of national sites in the languages READER_CALL_RE does not read (Dutch, the
# Scandinavian ones, Finnish, Polish, Czech, Portuguese of Portugal, Romanian, Hungarian,
# Turkish), each alone on its line in the middle of a story: the call to subscribe and read on,
# the note that the story is for subscribers, a shop's lone button ("Kup teraz", "Köp",
# "Tilaa"), a premium marker ("SZ Plus", "F+", "Z+ (abo)") and a call to sign up for the
# newsletter ("Subscreva a newsletter ..."). Each opens with its verb or its marker; a sentence
# about subscribing ("Subscribers to the service will pay ...") opens otherwise.
_NOW = r"(?:jetzt|now|nu|nå|nyt|teraz|nyní|agora|já|acum|ahora|ora|hier|här|her|tästä|today)"
_SUBSCRIBE_VERB_ABROAD = (
    r"(?:word\s+abonnee|abonneer(?:\s+je|\s+nu)?|neem\s+een\s+abonnement"
    r"|bli\s+(?:prenumerant|abonnent)|bliv\s+abonnent|köp\s+(?:en\s+)?prenumeration|prenumerera"
    r"|køb\s+(?:et\s+)?abonnement|tegn\s+(?:et\s+)?abonnement|kjøp\s+(?:et\s+)?abonnement"
    r"|tilaa(?:\s+[\w-]+){0,2}?|kirjaudu(?:\s+sisään)?"
    r"|(?:kup|wykup)\s+(?:dostęp|subskrypcję|prenumeratę|abonament)(?:\s+[\w-]+){0,2}?|zaloguj\s+się"
    r"|předplaťte\s+si(?:\s+[\w-]+){0,2}?|přihlaste\s+se|subscreva|abonează-te|fizessen\s+elő|abone\s+olun)"
)
_READ_ON_ABROAD = (
    r"(?:om\s+(?:verder\s+te\s+lezen|het\s+(?:hele\s+)?artikel\s+te\s+lezen)|en\s+lees\s+verder"
    r"|för\s+att\s+(?:läsa|fortsätta)|och\s+läs\b|for\s+at\s+(?:læse|fortsætte)|og\s+læs\b"
    r"|for\s+å\s+(?:lese|fortsette)|og\s+les\b|ja\s+(?:lue|jatka)\b"
    r"|(?:i|aby|by|żeby)\s+(?:czytać|czytaj|przeczytać)\b|(?:a|abyste)\s+(?:čtěte|číst|si\s+přečt)"
    r"|(?:para|e)\s+(?:continu(?:ar|e)\s+a\s+ler|ler\b)|pentru\s+a\s+citi|și\s+citește)"
)
PAYWALL_CALL_ABROAD_RE = re.compile(
    rf"^\W{{0,3}}(?:{_NOW}\s+)?{_SUBSCRIBE_VERB_ABROAD}(?:\s+{_NOW})?\s*,?\s+{_READ_ON_ABROAD}[^.!?,;]{{0,60}}[.!]?\W{{0,3}}$"
    # "Dit artikel is alleen voor abonnees", "Artikeln är endast för prenumeranter", "Artykuł
    # dostępny tylko dla subskrybentów", "Tento článek je jen pro předplatitele": the story, then
    # that it is for subscribers only, and nothing after.
    r"|^\W{0,3}(?:dit\s+|deze\s+|this\s+|denne\s+|dette\s+|tämä\s+|ten\s+|tento\s+|este\s+)?"
    r"(?:artikel|artikeln|artikkelen|artiklen|artikkeli|artykuł|tekst|článek|artigo|inhoud|innehållet|indholdet"
    r"|innholdet|sisältö|treść|obsah)\s+(?:(?:is|är|er|on|jest|je|é)\s+)?(?:(?:beschikbaar|tillgänglig|tilgængelig"
    r"|tilgjengelig|saatavilla|dostępny|dostępna|dostępne|dostupný|disponível)\s+)?"
    r"(?:alleen|enkel|exclusief|uitsluitend|endast|bara|kun|bare|vain|tylko|wyłącznie|pouze|jen|jenom|apenas|só"
    r"|exclusivo)\s+(?:(?:voor|för|for|dla|pro|para)\s+)?(?:abonnees|prenumeranter|abonnenter|tilaajille"
    r"|subskrybentów|prenumeratorów|abonentów|předplatitele|assinantes)\W{0,3}$",
    re.IGNORECASE,
)
# A shop's or a paywall's button alone: "Kup teraz", "Köp", "Tilaa", "Jetzt abonnieren", "Word abonnee".
SUBSCRIBE_BUTTON_RE = re.compile(
    rf"^\W{{0,3}}(?:{_NOW}\s+)?(?:abonnieren|abonneer|abonnez-vous|word\s+abonnee|bli\s+(?:prenumerant|abonnent)"
    r"|bliv\s+abonnent|köp|kjøp|køb|kup|wykup\s+dostęp|tilaa|předplatit|předplaťte\s+si|subscreva|assine"
    rf"|abonează-te|abone\s+ol(?:un)?|fizessen\s+elő|prenumerera)(?:\s+{_NOW})?\W{{0,3}}$",
    re.IGNORECASE,
)
MAX_SUBSCRIBE_BUTTON_CHARS = 30
# A premium marker over or inside a story: a paper's short name with its "+" or "Plus" ("SZ
# Plus", "F+", "WELTplus", "SPIEGEL+"), "(abo)" after it or not, or "Premium" alone. A streaming
# service's name in a list ("Disney+", "ESPN+") has the same form: its neighbours tell them apart
# (`stray_lines`).
PREMIUM_MARKER_RE = re.compile(
    r"^\W{0,2}(?:[A-ZÄÖÜ][A-Za-zÄÖÜäöüß.]{0,11}\s?(?:\+|Plus|PLUS|plus)|Premium|PREMIUM)"
    r"(?:\s*[(\[]?\s*(?:abo|Abo|ABO|Abo\+|premium|Premium|exklusiv|Exklusiv)\s*[)\]]?)?\W{0,2}$"
)
MAX_PREMIUM_MARKER_CHARS = 24
# "(abo)" after the marker says what it is, whatever stands around it.
_MARKED_FOR_SUBSCRIBERS_RE = re.compile(r"[(\[]\s*(?i:abo\+?|premium)\s*[)\]]")
# The call to sign up for the newsletter: its verb, then the newsletter within a few words.
_NEWSLETTER_WORD = (
    r"(?:newsletter\w*|nieuwsbrie[fv]\w*|nyhetsbrev\w*|nyhedsbrev\w*|uutiskirje\w*|hírlevel\w*)"
)
NEWSLETTER_CALL_ABROAD_RE = re.compile(
    rf"^\W{{0,3}}(?:{_NOW}\s+)?(?:subscreva|inscreva-se|registe-se|schrijf\s+je(?:\s+nu)?\s+in|meld\s+je(?:\s+nu)?\s+aan"
    r"|abonneer\s+je|prenumerera|anmäl\s+dig|registrera\s+dig|tilmeld\s+dig|meld\s+deg|abonner|tilaa"
    r"|přihlaste\s+se|odebírejte|zapisz\s+się|abonează-te|iratkozz(?:on|ál)?\s+fel)\b"
    rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:[\w'’-]+-)?{_NEWSLETTER_WORD}"
    # Turkish puts the verb last: "Bültenimize abone olun"; German: "Newsletter abonnieren".
    r"|^\W{0,3}(?:e-?)?bülten\w*\s+abone\s+ol|^\W{0,3}(?:jetzt\s+)?(?:(?:den|unseren)\s+)?(?:[\w-]+-)?newsletter"
    r"\s+(?:abonnieren|bestellen)\W{0,3}$",
    re.IGNORECASE,
)
MAX_NEWSLETTER_CALL_WORDS = 30
# A sentence that reports the call ("..., zei de uitgever", "..., disse o autarca") in the calls'
# languages: the call is quoted, not the site's.
_REPORTED_ABROAD_RE = re.compile(
    r"\b(?:said|says|told|zei|zegt|säger|sade|sagde|siger|sier|sanoi|kertoo|kertoi|powiedział\w*|mówi|"
    r"twierdzi|řekl\w*|uvedl\w*|disse|diz|afirmou|segundo|a\s+spus|mondta|dedi|sagte|laut|volgens|enligt|ifølge)\b",
    re.IGNORECASE,
)
# The first three letters (lower case) of every call above, behind its marks: one set lookup
# spares the other lines (`stray_lines` looks them up with its own calls').
CALL_MARKS_ABROAD = " »›>•*-–—\"“'‘(["
CALL_ABROAD_OPENINGS = frozenset(
    ("wor", "abo", "nee", "bli", "köp", "pre", "køb", "teg", "kjø", "til", "kir", "kup", "wyk", "zal", "pře",
     "při", "sub", "fiz", "dit", "dez", "thi", "den", "det", "täm", "ten", "art", "tek", "člá", "ins", "inn",
     "sis", "tre", "obs", "est", "jet", "now", "nu ", "nå ", "nyt", "ter", "nyn", "ago", "já ", "acu", "aho",
     "ora", "hie", "här", "her", "täs", "tod", "ass", "reg", "sch", "mel", "anm", "odb", "zap", "ira",
     "bül", "e-b", "ebü", "new", "unt")
)  # fmt: skip


def is_call_abroad(line: str) -> bool:
    """A national site's paywall or newsletter call alone on its line, in a language
    READER_CALL_RE does not read (after the model: `stray_lines`).

    >>> [is_call_abroad(x) for x in ("Word abonnee om verder te lezen", "Kup teraz", "Tilaa",
    ...     "Subscreva a newsletter do Público e receba as notícias no seu email.",
    ...     "Artikeln är endast för prenumeranter")]
    [True, True, True, True, True]
    >>> is_call_abroad("Subscribers to the service will pay 40 euros a month from January.")
    False
    """
    if line.lstrip(CALL_MARKS_ABROAD)[:3].lower() not in CALL_ABROAD_OPENINGS:
        return False
    if len(line) <= MAX_SUBSCRIBE_BUTTON_CHARS and SUBSCRIBE_BUTTON_RE.match(line):
        return True
    if PAYWALL_CALL_ABROAD_RE.match(line):
        return _REPORTED_ABROAD_RE.search(line) is None
    return (
        NEWSLETTER_CALL_ABROAD_RE.match(line) is not None
        and len(line.split(None, MAX_NEWSLETTER_CALL_WORDS)) <= MAX_NEWSLETTER_CALL_WORDS
        and _REPORTED_ABROAD_RE.search(line) is None
    )


def is_premium_marker(line: str) -> bool:
    """A premium marker's form: "SZ Plus", "F+", "Z+ (abo)", "Premium".

    >>> [is_premium_marker(x) for x in ("SZ Plus", "F+", "Z+ (abo)", "WELTplus")]
    [True, True, True, True]
    >>> is_premium_marker("Plus, the council voted.")
    False
    """
    return len(line) <= MAX_PREMIUM_MARKER_CHARS and PREMIUM_MARKER_RE.match(line) is not None


def is_marked_for_subscribers(line: str) -> bool:
    """A premium marker that says so in brackets ("Z+ (abo)"): no streaming service's name."""
    return is_premium_marker(line) and _MARKED_FOR_SUBSCRIBERS_RE.search(line) is not None


# The reader's calls that stand alone on their line, in any of the languages we meet: the
# paywall's ("Sign in or create a free Ledger account to join the conversation", "Il vous reste
# 62% de cet article à lire", "Suscríbete para seguir leyendo", "Lee sin límites", "Weiterlesen
# mit Ledger+"), a bare button ("Sign up here.", "Make a donation"), a sign-up for the site's own
# mail in French, Spanish, Portuguese or German ("Abonnez-vous à notre infolettre ..."), a call
# for news tips ("Do you have a news tip? Send it to ..."), a reader-funded site's appeal
# ("Good journalism costs a lot of money."). A sentence about a subscription names none of them.
READER_CALL_RE = re.compile(
    r"^\W{0,3}(?:"
    # English: a button alone, the paywall's account call, access for subscribers.
    r"(?:sign\s+up|subscribe|register|join)(?:\s+(?:here|now|today|for\s+free))?\W{0,3}$"
    r"|(?:sign|log)\s*in\s+or\s+(?:create|register|open|sign\s+up\s+for)\s+(?:an?\s+|your\s+)?(?:free\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?account\b"
    r"|(?:sign|log)\s*in(?:\s+or\s+(?:register|sign\s+up|subscribe))?\s+to\s+(?:comment|post\s+a\s+comment"
    r"|join\s+the\s+(?:conversation|discussion|debate)|continue\s+reading|keep\s+reading|read\s+(?:more|on|the\s+full))\b"
    r"|(?:sign\s+up|subscribe|join)\s+(?:today|now)\s+(?:to|for)\s+(?:get\s+|enjoy\s+)?"
    r"(?:unlimited|full|unrestricted|digital|complete)\s+access\b"
    r"|(?:make|give)\s+a\s+(?:one-off\s+|one-time\s+|monthly\s+)?donation\W{0,3}$|donate(?:\s+(?:now|today))?\W{0,3}$"
    r"|(?:good|quality|independent|real|local|serious)\s+journalism\s+(?:costs|is\s+expensive|isn['’]t\s+free"
    r"|is\s+not\s+free)\b"
    r"|(?:do\s+you\s+have|have\s+you\s+got|got|have)\s+an?\s+(?:news\s+tip|story\s+(?:tip|idea)|news\s+story)\s*\?"
    # A comment thread's calls: "Have your say in the comments below.", "Let us know what you think in the
    # comments", "Join the conversation. Log in to comment." (a quote's '"Have your say," the mayor
    # told residents' goes on past the call, and stays).
    r"|have\s+your\s+say(?:\s+(?:in|on)\s+the\s+comments?(?:\s+section)?(?:\s+below)?|\s+below)?\W{0,3}$"
    r"|let\s+us\s+know(?:\s+what\s+you\s+think)?\s+in\s+the\s+comments?(?:\s+section)?(?:\s+below)?\W{0,3}$"
    r"|join\s+the\s+(?:conversation|discussion|debate)\W{1,3}(?:(?:sign|log)\s*in|register|sign\s+up"
    r"|create\s+an?\s+(?:free\s+)?account)\b"
    # The log-in to comment in German, French, Spanish, Italian and Portuguese: "Melden Sie sich an, um
    # zu kommentieren.", "Connectez-vous pour réagir", "Inicia sesión para comentar", "Accedi per commentare".
    r"|(?:melden|loggen)\s+sie\s+sich\s+(?:an|ein)\W{1,3}um\s+(?:zu\s+kommentieren|mitzudiskutieren"
    r"|(?:einen\s+)?kommentare?\s+zu\s+(?:schreiben|verfassen))"
    r"|(?:connectez|identifiez|inscrivez)-vous\s+pour\s+(?:commenter|réagir|laisser\s+un\s+commentaire)"
    r"|(?:inicia\s+sesión|regístrate|identifícate)\s+para\s+(?:comentar|dejar\s+(?:un|tu)\s+comentario)"
    r"|(?:accedi|registrati)\s+per\s+(?:commentare|lasciare\s+un\s+commento)"
    r"|(?:faça\s+login|cadastre-se)\s+para\s+comentar"
    # The thanks once the sign-up form is sent: "Thank you for subscribing!", "Thanks for signing up".
    r"|(?:thank\s+you|thanks)\s+(?:so\s+much\s+)?for\s+(?:subscribing|signing\s+up|registering|your\s+subscription)\b"
    # A recipe blog's calls under its recipe: "Pin this recipe for later!", "Did you make this recipe?
    # Tag @site on Instagram", "Tried this recipe? Leave a comment and rating below".
    r"|(?:pin|save|print)\s+this\s+recipe(?:\s+for\s+later)?\W{0,3}$"
    r"|(?:did\s+you\s+(?:make|try|cook|bake)|have\s+you\s+(?:made|tried)|made|tried)\s+this\s+recipe\s*\?"
    # French.
    r"|il\s+vous\s+reste\s+\d{1,3}(?:[.,]\d+)?\s*%\s+de\s+(?:cet|l['’])\s*article\s+à\s+lire"
    r"|la\s+suite\s+(?:de\s+(?:cet\s+article|l['’]article)\s+)?est\s+réservée\s+aux\s+abonnés"
    r"|(?:cet\s+article|ce\s+contenu)\s+est\s+réservé\s+aux\s+abonnés"
    r"|abonnez-vous\s+pour\s+(?:lire|continuer|poursuivre|accéder)"
    r"|(?:abonnez|inscrivez)-vous\s+(?:gratuitement\s+)?à\s+(?:notre|nos)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:infolettres?|newsletters?|lettres?\s+d['’]information)"
    r"|merci\s+(?:pour\s+votre\s+(?:inscription|abonnement)|de\s+vous\s+être\s+(?:inscrit|abonné)e?)\b"
    # Spanish.
    r"|(?:suscríbete|suscribite|suscríbase|hazte\s+suscriptor)\s+(?:para|y)\s+(?:seguir|continuar)\s+leyendo"
    r"|le[eé]\s+sin\s+límites\W{0,3}$"
    r"|(?:este|el)\s+(?:artículo|contenido)\s+es\s+(?:exclusivo\s+)?(?:para|de)\s+suscriptores"
    r"|(?:suscríbete|suscribite|regístrate|apúntate)\s+(?:gratis\s+)?a\s+nuestr[oa]s?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:boletín|boletines|newsletters?)"
    r"|gracias\s+por\s+(?:suscribirte|suscribirse|registrarte|registrarse|tu\s+suscripción)\b"
    # Portuguese.
    r"|(?:assine|cadastre-se)\s+(?:para|e)\s+(?:continuar|seguir)\s+(?:lendo|a\s+ler)"
    r"|(?:conteúdo|matéria|reportagem)\s+exclusiv[oa]\s+para\s+assinantes"
    r"|receba\s+(?:[\w'’-]+\s+){1,6}?no\s+seu\s+(?:e-?mail|celular|whatsapp)\b"
    # "Assine a nossa newsletter e receba ..." (with the article, as in Portugal).
    r"|(?:assine(?:\s+a)?|cadastre-se\s+(?:n|em\s+)?[ao])\s+nossa\s+newsletter"
    # Polish: "Zapisz się do (naszego) newslettera", "Zapisz się na newsletter".
    r"|zapisz\s+się\s+(?:do|na)\s+(?:nasz(?:ego|)\s+)?(?:[\w-]+\s+){0,2}?newslett?er(?:a|u)?\b"
    # German and Italian.
    r"|(?:jetzt\s+)?weiterlesen\s+mit\s+\S+(?:\s+\S+)?\W{0,3}$"
    r"|(?:dieser\s+artikel|dieser\s+inhalt)\s+ist\s+(?:nur\s+)?(?:für\s+abonnenten|exklusiv\s+für)"
    r"|(?:melden\s+sie\s+sich|abonnieren\s+sie)\s+(?:jetzt\s+)?(?:für\s+|zu\s+)?unseren?\s+(?:[\w-]+\s+){0,2}?newsletter"
    r"|(?:vielen\s+)?dank(?:e)?\s+für\s+(?:ihre|deine)\s+(?:anmeldung|registrierung)\b"
    r"|grazie\s+per\s+(?:esserti\s+iscritt[oa]|l['’]iscrizione|esserti\s+abbonat[oa])\b"
    r"|abbonati\s+per\s+(?:continuare\s+a\s+leggere|leggere)"
    r"|(?:questo\s+articolo|questo\s+contenuto)\s+è\s+riservato\s+agli\s+abbonati"
    r")",
    re.IGNORECASE,
)
MAX_READER_CALL_WORDS = 40
# A call's first two letters, its verb's (a set lookup spares most lines the regex; "She", "Some"
# and "Residents" open many more lines than the calls do); then those of READER_CALL_RE's openings.
_SIGNUP_OPENINGS = frozenset(
    opening
    for verb in (
        "si", "su", "re", "ge", "lo", "jo", "ma", "gi", "do", "go", "qu", "in", "se", "ha", "il", "la",
        "ce", "ab", "le", "es", "el", "ap", "as", "ca", "co", "je", "we", "di", "me",
    )
    for opening in (verb, verb.capitalize(), verb.upper())
) | frozenset(
    # Added at stop 30: READER_CALL_RE's log-in to comment, "Identifiez-vous", "Accedi", "Faça login".
    opening for verb in ("id", "ac", "fa") for opening in (verb, verb.capitalize(), verb.upper())
) | frozenset(
    # Added at stop 32: READER_CALL_RE's Polish call, "Zapisz się do newslettera".
    opening for verb in ("za",) for opening in (verb, verb.capitalize(), verb.upper())
)
# A sentence about a note, or one that reads on past it.
_REPORTED_RE = re.compile(
    r"\b(?:said|says|told|according\s+to|reported|recalled|recalls|noted|added|wrote|explained|joked"
    # and in the other languages of the notes ("según" or "selon" alone may be a banner's "según
    # tus intereses"): "dijo", "a déclaré", "sagte", "ha detto".
    r"|dijo|afirmó|a\s+(?:dit|déclaré|affirmé|expliqué)|sagte|erklärte|ha\s+detto)\b",
    re.IGNORECASE,
)
_READS_ON_RE = re.compile(r",\s*(?:and|but|which|when|where|after|before|prompting|leading)\b|\bwhen\s+the\b")
# Every note holds one of these (case-sensitive substrings, C speed): most lines fail at once.
_HINTS = (
    "riginally", "irst appeared", "irst published", "epublished", "ersion of this", "was produced", " print",
    " issue", " edition", "not been edited", "ource", "OURCE", "upport", "unded", "nderwritten",
    "ade possible",
    # A series' or a partnership's note: "is part of", "forma parte", "fait partie", "ist Teil", "fa parte".
    " part of", "a parte", "partie", " Teil", "ollaboration", "artnership",
    # Stop 32: a sponsor's note ("sponsored by", "paid for by", "gesponsert", "patrocinado") and a disclosure.
    "ponsored by", "aid for by", "rought to you by", "esponsert", "atrocinado", "isclosure",
    "ransparenzhinweis",
)  # fmt: skip
# An affiliate notice's money, or a reader-funded site's appeal for it (SUPPORT_CALL_RE): anywhere in a line.
_MONEY_HINTS = (
    "ommission", "ompensation", "share of", "upport", "onsider becoming", "onat", "eceives funding",
    "olely responsible",
    # Stop 30: a question to the reader before a call ("Sie wollen keine Nachricht verpassen? Abonnieren
    # Sie ..."), read by is_signup_call: one scan of the body for its "?" (any space may follow it), where
    # a gate alternative for a question anywhere in the opening sentence scanned every line.
    "?",
)  # fmt: skip
# FOREIGN_SUPPORT_CALL_RE's verbs: a line the gate let through holds one (its opening).
_FOREIGN_APPEAL_HINTS = ("outenez", "nterstützen", "poya", "poye", "poie", "ostieni")
# The thanks for a sign-up and a recipe blog's calls (READER_CALL_RE), whose verbs' first letters
# ("Th", "Pi", "Tr") open too many other lines to join _SIGNUP_OPENINGS.
_THANKS_HINTS = (
    "for subscribing", "for signing up", "for registering", "or your subscription", "this recipe",
    "racias por", "erci pour", "erci de vous", "ank für", "anke für", "razie per",
)  # fmt: skip
_ALL_HINTS = (*_HINTS, *_MONEY_HINTS, *_CONSENT_HINTS, *_THANKS_HINTS, *_FOREIGN_APPEAL_HINTS)


def is_syndication_note(line: str) -> bool:
    """
    >>> is_syndication_note("This story was originally published by WKTR.")
    True
    >>> is_syndication_note("This story was originally published by WKTR, the station said.")
    False
    >>> is_syndication_note("This article appears in the December 2026 issue of Harbor Monthly.")
    True
    >>> is_syndication_note("A version of this article appears in print on Nov. 28, 2026, Section A, Page 1.")
    True
    >>> is_syndication_note("Source: www.harborherald.com"), is_syndication_note("Source: Bank of Ghana")
    (True, False)
    >>> is_syndication_note("(Except for the headline, this story has not been edited by NDTV staff and is "
    ...                     "published from a syndicated feed.)")
    True
    """
    return _note_in_own_voice(line, SYNDICATION_RE, MAX_SYNDICATION_WORDS)


def _note_in_own_voice(line: str, opening: re.Pattern[str], max_words: int, reads_on: bool = False) -> bool:
    """A short line that `opening` matches, which neither reports the note (", the
    editor said") nor, unless `reads_on`, reads on past it (", when ...")."""
    return (
        opening.match(line) is not None
        and len(line.split(None, max_words)) <= max_words
        and _REPORTED_RE.search(line) is None
        and (reads_on or _READS_ON_RE.search(line) is None)
    )


def is_affiliate_notice(line: str) -> bool:
    """The site's notice of what its links earn it, in its own voice or naming itself.

    >>> is_affiliate_notice("We may earn a commission when you buy through links on our site.")
    True
    >>> is_affiliate_notice("Homebase may receive compensation for some links to products on this website.")
    True
    >>> is_affiliate_notice("We may get a commission from the sale, the owner joked.")
    False
    >>> is_affiliate_notice("Salespeople often earn a commission when you buy an extended warranty.")
    False
    """
    # Its patterns all name one of `_AFFILIATE_WORDS`: a line naming none (most that reach
    # here hold only a "?" of the money gate) is spared their searches and `_REPORTED_RE`'s.
    if not _holds_any(line, _AFFILIATE_WORDS):
        return False
    if len(line.split(None, MAX_AFFILIATE_WORDS)) > MAX_AFFILIATE_WORDS or _REPORTED_RE.search(line):
        return False
    own_voice = OWN_VOICE_AFFILIATE_RE.match(line) is not None and _PAID_LINK_RE.search(line) is not None
    return own_voice or (COMMISSION_RE.search(line) is not None and SITE_LINKS_RE.search(line) is not None)


# A word every match of OWN_VOICE_AFFILIATE_RE or COMMISSION_RE holds (lower case): the money
# ("commissions?", "compensation", "a share"), the links ("affiliate", "links?"), "amazon associate".
_AFFILIATE_WORDS = ("commission", "compensation", "share", "affiliate", "link", "amazon")


def is_consent_notice(line: str) -> bool:
    """A cookie-consent banner's text or one of its buttons.

    >>> is_consent_notice("This site uses cookies. By continuing to browse you agree to our use of cookies.")
    True
    >>> is_consent_notice("Manage preferences"), is_consent_notice("Accept all cookies")
    (True, True)
    >>> is_consent_notice("We use cookies to follow readers around the web, the complaint says.")
    False
    >>> is_consent_notice("By continuing to fund the project, the council agreed to pay $2 million more.")
    False
    """
    # A banner goes on past its first clause ("..., and our partners use them to ...").
    return _note_in_own_voice(line, CONSENT_RE, MAX_CONSENT_WORDS, reads_on=True)


def is_signup_call(line: str) -> bool:
    """The site's call to sign up for its own mail.

    >>> is_signup_call("Sign up for KTVN 7 breaking news alerts delivered straight to your inbox.")
    True
    >>> is_signup_call("Subscribe to our weekly politics newsletter")
    True
    >>> is_signup_call("Sign up for the city's flood alerts at the library, officials said.")
    False
    >>> is_signup_call("Subscribe to your county's emergency alerts if you live in the warning area.")
    False
    >>> is_signup_call("Get your inbox under control: three rules from a productivity coach.")
    False
    >>> is_signup_call("Get the day's biggest economic stories, explained, in your inbox every weekday.")
    True
    >>> is_signup_call("Get football news sent straight to your phone")
    True
    >>> is_signup_call("Log in, register or subscribe to save articles for later.")
    True
    >>> is_signup_call("Subscribe to News24 for access to our exclusive insights, analysis, and more.")
    True
    >>> is_signup_call("Subscribe to the idea that growth will last, and you will be disappointed.")
    False
    >>> is_signup_call("Get a note from our correspondents on the news. Sign up for our weekly newsletter.")
    True
    >>> is_signup_call("Get out while you can, he told them. Sign up for our newsletter.")
    False
    """
    if _note_in_own_voice(line, SIGNUP_CALL_RE, MAX_SIGNUP_WORDS):
        return True
    if _note_in_own_voice(line, _DELIVERED_CALL_RE, MAX_SIGNUP_WORDS):
        return True
    if _note_in_own_voice(line, PAYWALL_CALL_RE, MAX_SIGNUP_WORDS, reads_on=True):
        return True
    if _note_in_own_voice(line, READER_CALL_RE, MAX_READER_CALL_WORDS, reads_on=True):
        return True
    if _offers_then_calls(line):
        return True
    # Mail sent to "your inbox" is the site's offer, whatever verb it holds ("... stories,
    # explained, in your inbox every weekday").
    return (
        SIGNUP_CALL_RE.match(line) is not None
        and len(line.split(None, MAX_SIGNUP_WORDS)) <= MAX_SIGNUP_WORDS
        and _YOUR_INBOX_RE.search(line) is not None
    )


def _offers_then_calls(line: str) -> bool:
    """The offer, then the call, in a short line in the site's voice ("Get a note from our
    correspondents on the week's news. Sign up for our weekly newsletter."): `is_signup_call`'s
    reading of a line that no call opens."""
    # A sentence's end before a capital first (a scan for its first character, in C): without
    # one the split below gives the line alone, and its look-behind is tried at every character.
    if _SENTENCE_BREAK_RE.search(line) is None:
        return False
    # The count first (in C): a long line is spared the split's look-behind at every character.
    short = len(line.split(None, MAX_SIGNUP_WORDS)) <= MAX_SIGNUP_WORDS
    parts = _LAST_SENTENCE_RE.split(line.rstrip()) if short else ()
    if len(parts) > 1:
        offer, call = " ".join(parts[:-1]), parts[-1]
        if (_SITE_VOICE_RE.search(offer) or _READER_QUESTION_RE.match(offer)) and (
            _note_in_own_voice(call, SIGNUP_CALL_RE, MAX_SIGNUP_WORDS)
            or _note_in_own_voice(call, READER_CALL_RE, MAX_SIGNUP_WORDS)
        ):
            return True
    return False


_YOUR_INBOX_RE = re.compile(r"\b(?:in|to)\s+your\s+inbox\b", re.IGNORECASE)
_LAST_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# Where `_LAST_SENTENCE_RE` can split: the same places, found by a search that skips to a mark.
_SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+[A-Z]")
_SITE_VOICE_RE = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)
# Or one question to the reader, as sites in other languages open the call: "Vous souhaitez recevoir
# chaque matin l'essentiel de l'actualité ? Inscrivez-vous à notre newsletter.", "¿Quieres recibir las
# noticias cada mañana? Suscríbete a nuestro boletín.", "Sie wollen keine Nachricht verpassen?
# Abonnieren Sie unseren Newsletter." (a story's question is followed by its own sentence, no call).
_READER_QUESTION_RE = re.compile(r"^[^.!?]{3,160}\?$")

# A reader-funded site's appeal: "If you value our reporting, please consider becoming a
# supporter", "Support independent local journalism", "Please consider supporting our work"; and
# a publisher's note of who funds it: "The Associated Press receives support from several private
# foundations for coverage of water and the environment. The AP is solely responsible for all content."
SUPPORT_CALL_RE = re.compile(
    r"(?:^\W{0,3}|[.!?]\s+)(?:if\s+you\s+(?:value|like|enjoy|appreciate|rely\s+on)\s+(?:our|this)\s+(?:\w+\s+)?"
    r"(?:reporting|journalism|work|coverage)"
    r"|please\s+consider\s+(?:becoming\s+a\s+(?:\w+\s+)?(?:supporter|member|subscriber|patron|donor)"
    r"|supporting\s+(?:us|our)\b|(?:making\s+a\s+)?donat(?:e|ing|ion))"
    r"|thank\s+you\s+for\s+supporting\s+(?:our|independent|local)\s+(?:\w+\s+)?(?:journalism|newsroom|reporting)"
    r"|support\s+(?:independent|our|nonprofit|non-profit|reader-funded)\s+(?:\w+\s+){0,2}?(?:journalism|newsroom|reporting)"
    # alone, or followed by its offer: "Support independent science journalism. Subscribe to Field & Lab
    # today from just £4.99 a month."
    r"(?:\W{0,3}$|\s*[.!:]\s+(?:subscribe|become\s+a|donate|join|sign\s+up|give|make\s+a)\b)"
    # The funder's note: who pays, for which coverage; or the newsroom's word that it alone answers for it.
    # A name's words and the spaces between them are bounded: a run of "&", letters or spaces is tried
    # a few times, not back from each of its characters.
    r"|(?:the\s{1,3})?[\w.&'’-]{1,40}(?:\s{1,3}[\w.&'’-]{1,40}){0,5}?\s{1,3}receives?\s{1,3}(?:financial\s{1,3})?"
    r"(?:support|funding)\s{1,3}from\s{1,3}[^.]{3,120}?\s{1,3}(?:for|to\s{1,3}(?:support|expand|fund))\s{1,3}"
    r"(?:its\s{1,3}|their\s{1,3})?(?:coverage|reporting|journalism)\b"
    r"|(?:the\s{1,3})?[\w.&'’-]{1,40}(?:\s{1,3}[\w.&'’-]{1,40}){0,5}?\s{1,3}(?:is|are)\s{1,3}solely\s{1,3}responsible"
    r"\s{1,3}for\s{1,3}(?:all\s{1,3})?(?:its\s{1,3}|the\s{1,3}|this\s{1,3})?content\W{0,3}$)",
    re.IGNORECASE,
)
MAX_APPEAL_WORDS = 60
# The same appeal in French, German, Spanish, Portuguese and Italian, opening its line ("Soutenez un
# journalisme indépendant. Abonnez-vous ...", "Unterstützen Sie unabhängigen Journalismus"), alone or
# with its offer. Its verbs open the line, so the note gate (`_NOTE_OPENING_RE`) finds it: looking
# for them anywhere, as the money hints are, would scan every body for each verb.
FOREIGN_SUPPORT_CALL_RE = re.compile(
    r"^\W{0,3}(?:soutenez\s+(?:le\s+|un\s+|notre\s+)?journalisme|unterstützen\s+sie\s+(?:\w+\s+)?journalismus"
    r"|apoy[ae]\s+(?:el\s+|al\s+|nuestro\s+)?periodismo|apoie\s+o\s+(?:nosso\s+)?jornalismo"
    r"|sostieni\s+(?:il\s+)?(?:nostro\s+)?giornalismo)(?:\s+[\w'’-]+){0,3}?"
    r"(?:\W{0,3}$|\s*[.!:]\s+(?:abonnez|faites\s+un\s+don|jetzt\s+abonnieren|abonnieren|werden\s+sie"
    r"|suscríbete|hazte|assine|abbonati))",
    re.IGNORECASE,
)


def is_support_appeal(line: str) -> bool:
    """
    >>> is_support_appeal("The Echo is free to read but costs money to produce. If you value our "
    ...                   "reporting, please consider becoming a supporter for as little as $5 a month.")
    True
    >>> is_support_appeal("Support independent local journalism")
    True
    >>> is_support_appeal("Please consider donating to the food bank this winter, the mayor said.")
    False
    >>> is_support_appeal("Support for the plan fell to 41 percent, the poll found.")
    False
    >>> is_support_appeal("The Ledger receives support from the Alder Foundation for its coverage of "
    ...                   "schools. The Ledger is solely responsible for all content.")
    True
    >>> is_support_appeal("The board is solely responsible for the content of the collection.")
    False
    """
    # The patterns first, behind their words: the count would split every line that reaches here.
    return (
        (
            (_holds_any(line, _APPEAL_WORDS) and SUPPORT_CALL_RE.search(line) is not None)
            or FOREIGN_SUPPORT_CALL_RE.match(line) is not None
        )
        and len(line.split(None, MAX_APPEAL_WORDS)) <= MAX_APPEAL_WORDS
        and _REPORTED_RE.search(line) is None
    )


# A word every match of SUPPORT_CALL_RE holds (lower case), one for each alternative: "if you
# <value|like|enjoy|appreciate|rely on>", "please consider", "support" (a call, "thank you for
# supporting", "receives support"), "receives funding", "solely responsible". Searching the line
# for each (in C) spares most lines that reach `is_support_appeal` the pattern's search from
# every position.
_APPEAL_WORDS = ("value", "like", "enjoy", "appreciate", "rely", "consider", "support", "receive", "solely")


def is_site_note(line: str) -> bool:
    """A syndication note, an affiliate notice naming the site, a cookie-consent notice
    or a call to sign up for the site's mail."""
    return _is_site_note(line, signup=True)


def _is_site_note(line: str, signup: bool, money: bool = False) -> bool:
    """`is_site_note`, with the sign-up call left out unless `signup` (a caller that
    found the line no call already), and the money hints not looked for when `money` (a
    caller that found one). Each hint test is a list in C: no generator's frame."""
    # The anchored pattern before the hints: it fails at the first words of most lines, where
    # the hints take a scan of the line each (a match without a hint is still no note).
    if SYNDICATION_RE.match(line) and any([hint in line for hint in _HINTS]) and is_syndication_note(line):
        return True
    if CONSENT_RE.match(line) and any([hint in line for hint in _CONSENT_HINTS]) and is_consent_notice(line):
        return True
    if signup and is_signup_call(line):
        return True
    if (
        not money
        and not any([hint in line for hint in _MONEY_HINTS])
        and not any([hint in line for hint in _FOREIGN_APPEAL_HINTS])
    ):
        return False
    return is_affiliate_notice(line) or is_support_appeal(line)


def drop_site_notes(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop syndication notes, affiliate notices naming the site, cookie-consent notices
    and calls to sign up for the site's mail (exact syntax, before the model)."""
    # The body joined once: a comprehension's condition would join it again for every hint.
    text = "\n".join(lines)
    # Only the money hints the body holds are looked for line by line.
    money = tuple([hint for hint in _MONEY_HINTS if hint in text])
    notes = [index for index, line in enumerate(lines) if is_site_note_line(line, money)]
    if consent := _consent_lines_abroad(lines):
        notes = sorted({*notes, *consent})
    if not notes:
        return lines, []
    taken = set(notes)
    kept = [line for index, line in enumerate(lines) if index not in taken]
    return kept, [Removal(RemovalKind.BOILERPLATE, lines[index]) for index in notes]


def _consent_lines_abroad(lines: list[str]) -> list[int]:
    """A cookie banner's lines in the languages CONSENT_RE does not read: its notice, and the
    buttons a word alone may also be ("OK", "Innstillinger", "Setuju") when they stand within
    `CONSENT_BUTTON_REACH` lines of it (its other buttons go wherever they stand:
    `notices.is_label_abroad`)."""
    heads = CONSENT_HEADS_ABROAD
    notices = [
        index
        for index, line in enumerate(lines)
        if line[:2] in heads and len(line) <= MAX_NOTE_CHARS and is_consent_notice_abroad(line)
    ]
    if not notices:
        return []
    reach = CONSENT_BUTTON_REACH
    buttons_by_notice = {
        index: [
            at
            for at in range(max(0, index - reach), min(len(lines), index + 1 + reach))
            if len(lines[at]) <= MAX_BUTTON_CHARS
            and (fold_label(lines[at]) in CONSENT_WEAK_BUTTONS or fold_label(lines[at]) in CONSENT_BUTTONS)
        ]
        for index in notices
    }
    # A story may say, in any verb, that a site used cookies ("Vi bruker informasjonskapsler i strid
    # med loven, innrømmet ..."): between its paragraphs a notice is the banner's with a button
    # beside it (the button may have left already, `notices.is_label_abroad`) or the reader's consent
    # asked for; above the story's first paragraph or under its last, it is the page's.
    notice_set = set(notices)
    prose = [
        at
        for at, line in enumerate(lines)
        if at not in notice_set and len(line.split(None, PROSE_WORDS)) >= PROSE_WORDS
    ]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    banners = [
        at
        for at in notices
        if at < first or at > last or buttons_by_notice[at] or _READER_AGREES_RE.search(lines[at])
    ]
    return banners + [at for index in banners for at in buttons_by_notice[index]]


# A banner's buttons stand right under its notice, or over it: a few lines either way.
CONSENT_BUTTON_REACH = 3


def is_site_note_line(line: str, money: tuple[str, ...] = _MONEY_HINTS) -> bool:
    """`drop_site_notes`' verdict on one line, behind its cheap gates: only a short line that
    opens as a note (`_NOTE_OPENING_RE`, behind `_may_open_note`: one match, where searching
    for every hint took a dozen scans) or names money (`money`: the hints its body holds) can be one.

    >>> is_site_note_line("Sign up for our morning newsletter"), is_site_note_line("The council met.")
    (True, False)
    """
    if len(line) > MAX_NOTE_CHARS:
        return False
    if _may_open_note(line) and _NOTE_OPENING_RE.match(line) is not None:
        return _is_note(line)
    return bool(money) and any([hint in line for hint in money]) and _is_money_note(line)


def _is_money_note(line: str) -> bool:
    """`_is_note(line, hinted=True)` of a line that opens as no note: none of the anchored
    note patterns (syndication, consent, the four sign-up calls) matches it, since
    `_NOTE_OPENING_RE` matches every line one of them does (tests/transforms/test_rule_gates.py),
    so only a call after an offer, an affiliate notice or a reader's appeal is left to read
    (~40 % of the rule's time went to the patterns that cannot match, on lines with a "?")."""
    return _offers_then_calls(line) or is_affiliate_notice(line) or is_support_appeal(line)


def _is_note(line: str, hinted: bool = False) -> bool:
    """A signup call its first letters announce, or a note one of the hints announces
    (`hinted`: the line holds one, found already)."""
    called = line.lstrip(CALL_MARKS_ABROAD)[:2] in _SIGNUP_OPENINGS
    if called and is_signup_call(line):
        return True
    # A line found no sign-up call above is not tried again.
    return (hinted or any([hint in line for hint in _ALL_HINTS])) and _is_site_note(
        line, signup=not called, money=hinted
    )


# What a syndication note, a consent notice or a signup call opens with: the first words
# of each alternative of SYNDICATION_RE, CONSENT_RE, SIGNUP_CALL_RE, _DELIVERED_CALL_RE,
# PAYWALL_CALL_RE and READER_CALL_RE, after the same `^\W{0,3}`, in the same case-insensitive
# matching. A line it does not match matches none of them; with no money hint either
# (affiliate notices may say so anywhere), it is no note (tests/transforms/test_rule_gates.py
# checks it). Each alternative comes with the lower-case texts a line opening with it starts
# with, in printable ASCII with one space for each run of whitespace (`_may_open_note`).
# The words after "this" in its alternative ("report" opens "reporting").
_THIS_WORDS = (
    "article", "story", "post", "piece", "report", "essay", "column", "interview", "content", "video",
    "website", "site", "coverage", "series", "journalism",
)  # fmt: skip
_NOTE_OPENINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        rf"this\s+(?:{_PIECE}|(?:web)?site|coverage|reporting|series|journalism)",
        tuple(f"this {word}" for word in _THIS_WORDS),
    ),
    (r"our\s+(?:coverage|reporting|series|journalism)", ("our ",)),
    (r"the\s+above", ("the above",)),
    (r"except\s+for\s+the\s+headline", ("except for ",)),
    (r"an?\s+(?:\w+\s+)?version", ("a ", "an ")),
    ("portions", ("portions",)),
    ("parts", ("parts",)),
    ("originally", ("originally",)),
    ("republished", ("republished",)),
    (r"source\s*:", ("source",)),
    # Added at stop 32: a disclosure's label ("Disclosure:", "Full disclosure:", "Transparenzhinweis:").
    (r"(?:full\s+)?disclosure", ("disclosure", "full disclosure")),
    # "Transparenzhinweis:" by its head: the word is longer than the _HEAD_CHARS `_may_open_note` reads.
    ("transparenz", ("transparenz",)),
    (r"our\s+(?:web)?site", ("our ",)),
    # "We use cookies", "We may earn ...", and the site's offer before a call ("We'd love you to
    # subscribe. Sign up today ..."); a quote's "We are ..." is spared the patterns.
    (
        r"we\b(?=.*?(?:\buse\b|\bearn|commission|[.!?]\s+\W{0,3}(?:sign|subscri|regist|get\s|join|log|make|give|donat)))",
        ("we",),
    ),
    (r"by\s+(?:continuing|using|browsing)", ("by continuing", "by using", "by browsing")),
    ("accept", ("accept",)),
    ("reject", ("reject",)),
    ("allow", ("allow",)),
    ("decline", ("decline",)),
    ("manage", ("manage",)),
    (r"cookie\s", ("cookie ",)),
    ("agree", ("agree",)),
    ("refuse", ("refuse",)),
    # CONSENT_RE's in Spanish, French, German and Italian.
    ("utilizamos", ("utilizamos",)),
    ("usamos", ("usamos",)),
    ("empleamos", ("empleamos",)),
    ("nuestr[oa]", ("nuestro", "nuestra")),
    (r"esta\s", ("esta ",)),
    ("aceptar", ("aceptar",)),
    ("rechazar", ("rechazar",)),
    ("configurar", ("configurar",)),
    ("gestionar", ("gestionar",)),
    ("personalizar", ("personalizar",)),
    ("nous", ("nous",)),
    ("notre", ("notre",)),
    ("tout", ("tout",)),
    ("accepter", ("accepter",)),
    ("refuser", ("refuser",)),
    ("continuer", ("continuer",)),
    ("gérer", ("gérer",)),
    ("paramétrer", ("paramétrer",)),
    ("personnaliser", ("personnaliser",)),
    ("wir", ("wir",)),
    ("diese", ("diese",)),
    ("unsere", ("unsere",)),
    ("alle", ("alle",)),
    ("akzeptieren", ("akzeptieren",)),
    ("zustimmen", ("zustimmen",)),
    ("cookie-", ("cookie-",)),
    ("einstellungen", ("einstellungen",)),
    ("nur", ("nur",)),
    ("noi", ("noi",)),
    ("utilizziamo", ("utilizziamo",)),
    ("usiamo", ("usiamo",)),
    ("accetta", ("accetta",)),
    ("rifiuta", ("rifiuta",)),
    ("gestisci", ("gestisci",)),
    # CONSENT_RE's embed notice in Dutch (its English one opens as "this content").
    (r"deze\s", ("deze ",)),
    (r"sign\s+up", ("sign up",)),
    ("subscribe", ("subscribe",)),
    ("register", ("register",)),
    (r"get\s", ("get ",)),
    (r"log\s*in", ("log",)),
    (r"sign\s+in", ("sign in",)),
    # READER_CALL_RE's.
    ("join", ("join",)),
    ("make", ("make",)),
    ("give", ("give",)),
    ("donate", ("donate",)),
    ("good", ("good",)),
    ("quality", ("quality",)),
    ("independent", ("independent",)),
    ("real", ("real",)),
    ("local", ("local",)),
    ("serious", ("serious",)),
    (r"do\s", ("do ",)),
    ("have", ("have",)),
    ("got", ("got",)),
    (r"il\s", ("il ",)),
    (r"la\s", ("la ",)),
    (r"cet?\s", ("ce ", "cet ")),
    ("abonnez", ("abonnez",)),
    ("inscrivez", ("inscrivez",)),
    ("suscr", ("suscr",)),
    ("hazte", ("hazte",)),
    (r"le[eé]\s", ("lee ", "leé ")),
    (r"este\s", ("este ",)),
    (r"el\s", ("el ",)),
    ("regístrate", ("regístrate",)),
    ("apúntate", ("apúntate",)),
    ("assine", ("assine",)),
    ("cadastre", ("cadastre",)),
    ("conteúdo", ("conteúdo",)),
    ("matéria", ("matéria",)),
    ("reportagem", ("reportagem",)),
    ("receba", ("receba",)),
    ("jetzt", ("jetzt",)),
    ("weiterlesen", ("weiterlesen",)),
    ("dieser", ("dieser",)),
    ("melden", ("melden",)),
    ("abonnieren", ("abonnieren",)),
    ("abbonati", ("abbonati",)),
    ("questo", ("questo",)),
    ("zapisz", ("zapisz",)),
    # READER_CALL_RE's thanks and a recipe blog's calls.
    (r"thank\s", ("thank ",)),
    (r"thanks\s", ("thanks ",)),
    (r"pin\s", ("pin ",)),
    (r"save\s", ("save ",)),
    (r"print\s", ("print ",)),
    (r"did\s", ("did ",)),
    (r"made\s", ("made ",)),
    (r"tried\s", ("tried ",)),
    ("gracias", ("gracias",)),
    ("merci", ("merci",)),
    ("vielen", ("vielen",)),
    ("dank", ("dank",)),
    ("grazie", ("grazie",)),
    # Added at stop 30: READER_CALL_RE's comment calls ("Let us know ... in the comments", the log-in
    # to comment in other languages: "Loggen Sie sich ein", "Connectez-vous", "Identifiez-vous",
    # "Inicia sesión", "Accedi", "Registrati", "Faça login") and FOREIGN_SUPPORT_CALL_RE's verbs
    # ("Soutenez", "Unterstützen Sie", "Apoya", "Apoie", "Sostieni").
    (r"let\s+us", ("let us",)),
    ("loggen", ("loggen",)),
    ("connectez", ("connectez",)),
    (r"identif(?:iez|ícate)", ("identifiez", "identifícate")),
    ("inicia", ("inicia",)),
    ("accedi", ("accedi",)),
    (r"apo(?:y[ae]|ie)", ("apoya", "apoye", "apoie")),
    ("registrati", ("registrati",)),
    ("faça", ("faça",)),
    ("soutenez", ("soutenez",)),
    ("sostieni", ("sostieni",)),
    ("unterstützen", ("unterstützen",)),
)
_NOTE_OPENING_RE = re.compile(
    r"^\W{0,3}(?:" + "|".join(opening for opening, _ in _NOTE_OPENINGS) + ")", re.IGNORECASE
)


def _opening_texts() -> dict[str, tuple[str, ...]]:
    """The texts of `_NOTE_OPENINGS` by the first two characters of a line that opens with
    them, in any case; every other pair (or lone character) of printable ASCII a word may
    open with, with none."""
    printable = [chr(code) for code in range(32, 127)]
    words = [char for char in printable if char.isalnum() or char == "_"]
    texts: dict[str, tuple[str, ...]] = {first + second: () for first in words for second in ("", *printable)}
    for _, starts in _NOTE_OPENINGS:
        for start in starts:
            # An opening such as "apúntate" keeps its ASCII pair's lines from the lookup; past
            # it, the head outside ASCII leaves the line to the regex.
            for first in {start[0], start[0].upper()}:
                for second in {start[1], start[1].upper()}:
                    if start not in texts.get(first + second, ()):
                        texts[first + second] = (*texts.get(first + second, ()), start)
    return texts


_OPENING_TEXTS = _opening_texts()
# The longest opening text and more: a line's head is read this far.
_HEAD_CHARS = 16


def _may_open_note(line: str) -> bool:
    r"""False only for a line `_NOTE_OPENING_RE` does not match: a dict lookup of its first
    two characters, and for the few lines they open an alternative with a few `startswith`,
    where the regex tries its hundred alternatives one by one (~4 µs a line).

    Past the same `\W{0,3}` (every alternative opens with a letter, so it stops where the
    first word character stands), a head in printable ASCII with no two spaces running is
    matched as the regex matches it: case-insensitively by `lower`, each run of whitespace
    one space. Any other head (a tab, a curly quote, a letter such as "ſ" that the regex's
    case folding equates with "s") is left to the regex.

    >>> _may_open_note("• Sign up for our newsletter"), _may_open_note("The council met.")
    (True, False)
    """
    start = 0
    texts = _OPENING_TEXTS.get(line[:2])
    if texts is None:
        # Marks before the first word character, or a character outside printable ASCII.
        for char in line[:4]:
            if char.isalnum() or char == "_":
                break
            start += 1
        else:
            return False
        texts = _OPENING_TEXTS.get(line[start : start + 2])
        if texts is None:
            return True
    if not texts:
        return False
    head = line[start : start + _HEAD_CHARS].lower()
    read_as_the_regex = head.isascii() and head.isprintable() and "  " not in head
    if not (read_as_the_regex and head.startswith(texts)):
        return not read_as_the_regex
    if head[:2] == "we" and not head.startswith("weiterlesen"):
        # "we\b(?=.*?...)": a word "we" ("were", "week" are none), then the look-ahead's words
        # somewhere on the line. A quote opening "“We ..." would have the regex try them at
        # each of its characters (~30 µs a line); `in` finds them at C speed.
        after = line[start + 2 : start + 3]
        if after.isalnum() or after == "_":
            return False
        return _holds_any(line, _WE_CALL_WORDS)
    if head[:2] in ("a ", "an"):
        # "an?\s+(?:\w+\s+)?version": "A spokesperson said ..." holds no "version".
        return _holds_any(line, ("version",))
    return True


# Each alternative of the look-ahead after "we" holds one of these: "\buse\b", "\bearn",
# "commission", or a call's verb ("sign", "subscri", ..., "get\s").
_WE_CALL_WORDS = (
    "use", "earn", "commission", "sign", "subscri", "regist", "get", "join", "log", "make", "give", "donat",
)  # fmt: skip
# The letters the regex's case folding equates with an ASCII letter that `str.lower` leaves
# outside ASCII ("ſ" with "s", "ı" with "i"; "İ" lowers to "i" and a dot); the Kelvin sign
# lowers to "k" in both.
_FOLDED_TO_ASCII = ("ſ", "ı", "İ")


def _holds_any(line: str, words: tuple[str, ...]) -> bool:
    """False only for a line in which the regex, case-insensitively, finds none of `words`
    (lower-case ASCII)."""
    if not line.isascii() and any([letter in line for letter in _FOLDED_TO_ASCII]):
        return True
    lowered = line.lower()
    return any([word in lowered for word in words])
