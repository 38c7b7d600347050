"""Page furniture a site leaves anywhere in a story, each by an exact syntax, in the languages
of the pages we meet: a print edition's note, a tag block, a video's
description under its player, a market ticker, a player's and a reader's buttons, a
paywall's call to read on and an agency's name alone on its line.

    >>> lines = ["Rain fell all day.", "Lesezeit: 4 Minuten", "Video afspelen 01:42", "ANP", "It stopped."]
    >>> kept, removed = drop_stray_lines(lines)
    >>> kept, [removal.text for removal in removed]
    (['Rain fell all day.', 'It stopped.'], ['Lesezeit: 4 Minuten', 'Video afspelen 01:42', 'ANP'])

- A print edition's note: "A version of this article appears in print on March 3, 2024,
  Section A, Page 12 of the New York edition with the headline: ...", "Dieser Artikel erschien
  in der Printausgabe vom ...", "Cet article est paru dans l'édition du ...". The note opens
  the line; the headline it quotes is the paper's and is not counted in its length. "A
  reporter who appears in print every week" does not open with the note's words.
- An ad's label alone with its own buttons ("Ad Feedback") is `notices.is_ad_label`'s.
- A tag block: its label alone on a line ("Filed under", "Tags", "Themen", "Argomenti"), then
  two to eight short lines of one tag each, none a sentence.
- A video's description under its player: an outlet's possessive, its people's names and a
  show's verb in the present tense, one short sentence ("Fox News' Jane Doe reports on the
  latest from the border.", "USA TODAY Sports' A and B break down the trade deadline."). A
  story tells what its own reporters found in the past tense or without the outlet's name.
- A market ticker on one line: index names and figures with their changes, no words of a
  sentence ("DJIA 38,996.39 +0.23% S&P 500 5,137.08 +0.80%"). A markets story writes its
  numbers into sentences ("The Dow rose 0.2% to 38,996.39").
- A player's and a reader's buttons alone on a line: "Video afspelen 01:42", "Play video",
  "Ascolta l'articolo", "Artikel anhören"; the reading time ("Lesezeit: 4 Minuten", "Leggi in
  3 minuti"); a paywall's call to subscribe and read on ("Jetzt abonnieren und weiterlesen",
  "Subscribe to continue reading", "Abbonati per continuare a leggere").
- A picture's credit alone, the photographer and the picture's owner after a slash ("Photos by
  Elena Lacey/The Washington Post"): a caption's credit, not a contributor's. One the credit
  rules meet leaves before the model, as it did as a contributor's (`pipeline.extract_contributors`).
- A page's hit counter alone on its line: "Hits: 1882", "Read 512 times", "You are visitor
  number 004719", "Zobrazeno: 512×", "Gelesen: 1.204 mal". A count in a sentence is the story's.
- A news agency's name alone on a line inside the story ("dpa", "EFE", "ANP"): the credit of a
  photo or a clip. One closing the story or over its date is read before as the story's
  source (`pipeline.extract_contributors`); one over the story, as its first line, is its
  source tag as a dateline's "(AFP)" is, and stays; one named in a sentence is the story's.

They run after the line model, which has seen few of these words on the sites it learned
from, and take only the lines it kept. Every rule reads one line (a tag block, the few after
its label), behind a gate on its length or its first characters, so most lines pass none.
A tag block is dropped before the model (`drop_tag_blocks`): the model may take its label for
a related list's and drop the label and the first tags only.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.contact_details import EMAIL, EMAIL_RE, PHONE_DIGITS, PHONE_DIGITS_RE
from transforms.contributors import agency_alone
from transforms.notices import is_reading_time
from transforms.service_notes import REPORTED_SPEECH_RE, TAG_LABELS
from transforms.site_notes import (
    CALL_ABROAD_OPENINGS,
    CALL_MARKS_ABROAD,
    MAX_PREMIUM_MARKER_CHARS,
    is_call_abroad,
    is_marked_for_subscribers,
    is_paywall_read_on,
    is_premium_marker,
)
from transforms.story_lines import MIN_TABLE_BARS, table_runs

# --- a print edition's note ---------------------------------------------------------------------
_PIECE = r"(?:article|story|review|column|essay|report|piece)"
PRINT_NOTE_RE = re.compile(
    # "A version of this article appears in print on ...", "This story appeared in the print edition".
    rf"^\W{{0,3}}(?:(?:an?\s+(?:\w+\s+)?version\s+of\s+)?this\s+{_PIECE}\s+(?:also\s+)?(?:appears|appeared|ran)\s+"
    r"in\s+(?:the\s+)?(?:print|\w+\s+print\s+edition)\b"
    # "Dieser Artikel erschien in der Printausgabe vom ...", "Erschienen in der gedruckten Ausgabe".
    r"|(?:dieser\s+(?:artikel|beitrag|text)\s+)?(?:erschien|ist\s+(?:zuerst\s+)?erschienen|erschienen)\s+"
    r"(?:zuerst\s+|auch\s+)?in\s+der\s+(?:[\w-]+\s+){0,3}?(?:print\w*|\w*ausgabe)\b"
    # "Cet article est paru dans l'édition du 3 mars", "Article paru dans Le Monde daté du 3 mars".
    r"|(?:cet\s+article\s+(?:est\s+paru|a\s+été\s+publié)|article\s+paru)\s+dans\s+[^.]{0,60}?"
    r"(?:[ée]dition|num[ée]ro|dat[ée]\s+du|\bdu\s+\d)"
    # "Este artículo se publicó en la edición impresa", "Publicado en la edición impresa del ...".
    r"|(?:este\s+(?:art[íi]culo|texto|reportaje)\s+(?:se\s+public[óa]|fue\s+publicado|apareci[óo])|publicado)\s+"
    r"(?:originalmente\s+)?en\s+la\s+edici[óo]n\s+(?:impresa|de\s+papel|en\s+papel)"
    # "Questo articolo è stato pubblicato nell'edizione cartacea", "Articolo pubblicato sul giornale del ...".
    r"|(?:questo\s+articolo\s+(?:[èe]\s+stato\s+pubblicato|[èe]\s+uscito)|articolo\s+pubblicato)\s+"
    r"(?:nell['’]\s*edizione|sul\s+(?:giornale|quotidiano|numero|cartaceo))"
    # "Dit artikel verscheen ook in de krant van 3 maart", "Een versie van dit artikel verscheen in de
    # papieren krant".
    r"|(?:een\s+versie\s+van\s+)?dit\s+(?:artikel|stuk|verhaal)\s+(?:verscheen|is\s+verschenen)\s+(?:ook\s+)?"
    r"(?:in\s+de\s+(?:papieren\s+)?(?:krant|editie)|op\s+papier)"
    # "Este artigo foi publicado na edição impressa", "Publicado na versão impressa de ...".
    r"|(?:este\s+(?:artigo|texto)\s+foi\s+publicado|publicado)\s+na\s+(?:edi[çc][ãa]o|vers[ãa]o)\s+impressa)",
    re.IGNORECASE,
)
# The note's own words, the headline it quotes apart ("... with the headline: X"): a sentence or two.
MAX_PRINT_NOTE_WORDS = 40
# The headline quoted after its label, and the page's links after it (Order Reprints | Today's Paper).
MAX_PRINT_NOTE_CHARS = 400
_HEADLINE_LABEL_RE = re.compile(
    r"\b(?:with\s+the\s+headline|under\s+the\s+headline|unter\s+der\s+[ÜU]berschrift|sous\s+le\s+titre"
    r"|con\s+el\s+t[íi]tulo|con\s+il\s+titolo|onder\s+de\s+kop|com\s+o\s+t[íi]tulo)\s*:",
    re.IGNORECASE,
)
# The first letters of the note's openings, lower case: one lookup spares every other line.
_PRINT_NOTE_OPENINGS = frozenset(
    {"a v", "an ", "thi", "die", "ers", "cet", "art", "est", "pub", "que", "een", "dit"}
)

# --- a tag block ------------------------------------------------------------------------------
# A tag list's labels (`service_notes.TAG_LABELS`), and those a block of one tag per line
# stands under: "Filed under", "More on".
_TAG_BLOCK_LABELS = TAG_LABELS | {"filed under", "tagged in", "more on", "mehr zum thema", "tag"}
MIN_TAGS = 2
MAX_TAGS = 8
MAX_TAG_WORDS = 4
MAX_TAG_CHARS = 40
_LABEL_MARKS = " \t:•*»›>#-–—|"

# --- a video's description --------------------------------------------------------------------
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|da|del|di|la|le)){1,3}"
# The show's verbs, in the present tense: what a clip does, not what a story's reporter found.
_SHOW_VERB = (
    r"(?:reports?|breaks?\s+down|discuss(?:es)?|explains?|has\s+(?:the\s+)?(?:latest|more|details|the\s+story)"
    r"|have\s+(?:the\s+)?(?:latest|more|details)|joins?|looks?\s+(?:at|back|ahead|into)|speaks?\s+(?:to|with)"
    r"|talks?\s+(?:to|with|about)|takes?\s+a\s+look|gives?|shares?|weighs?\s+in|analy[sz]es?|recaps?"
    r"|previews?|details?|examines?|reacts?|sits?\s+down|brings?|tells?|answers?|delivers?|digs?\s+into"
    r"|unpacks?|walks?\s+(?:us\s+)?through|goes?\s+(?:inside|behind|over)|catches?\s+up|checks?\s+in"
    r"|debates?|predicts?|ranks?|reviews?|highlights?)"
)
VIDEO_DESCRIPTION_RE = re.compile(
    # The outlet with its possessive: "Fox News'", "USA TODAY Sports'", "CNN's", "NBC News'".
    r"^(?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3}(?:['’]s|s['’]|['’])\s+"
    # The people: one name, or a list of them ("A, B and C").
    rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|&)\s+{_NAME})?\s+"
    rf"{_SHOW_VERB}\b[^.!?]*[.!?]?$"
)
# One sentence under a player: short.
MAX_VIDEO_DESCRIPTION_WORDS = 30

# --- a market ticker --------------------------------------------------------------------------
# A figure: a level ("38,996.39", "5,137.08") or its change ("+0.23%", "-12.4", "▲1.2%").
_FIGURE_RE = re.compile(r"^[(\[]?[+\-−▲▼↑↓]?\$?\d[\d,.]*%?[)\]]?$")
_CHANGE_RE = re.compile(r"^[(\[]?(?:[+\-−▲▼↑↓]\$?\d[\d,.]*%?|\$?\d[\d,.]*%)[)\]]?$")
# A ticker's small words in lower case: its units and the arrows' words, no sentence's.
_TICKER_WORDS = frozenset({"pts", "pt", "bps", "bp", "yr", "up", "down", "unch", "vol", "oz", "bbl"})
MIN_TICKER_FIGURES = 4
MIN_TICKER_CHANGES = 2
MAX_TICKER_CHARS = 300

# --- a player's and a reader's buttons, a paywall's call to read on -------------------------------
BUTTON_RE = re.compile(
    r"^\W{0,3}(?:"
    # A video player's button, with the clip's length or not.
    r"(?:play|watch)\s+(?:the\s+)?video|video\s+(?:afspelen|abspielen|ansehen|bekijken|starten)"
    r"|(?:reproducir|ver)\s+(?:el\s+)?v[íi]deo|riproduci\s+(?:il\s+)?video|guarda\s+il\s+video"
    r"|(?:lire|regarder)\s+la\s+vid[ée]o|(?:assistir\s+(?:ao\s+)?|reproduzir\s+(?:o\s+)?)v[íi]deo|speel\s+video\s+af"
    # A reader's button, the article read aloud.
    r"|listen\s+to\s+(?:this|the)\s+(?:article|story)|artikel\s+(?:anh[öo]ren|vorlesen|beluisteren)"
    r"|(?:[ée]couter|[ée]coutez)\s+(?:cet\s+)?article|escuchar?\s+(?:este\s+|el\s+)?(?:art[íi]culo|noticia)"
    r"|ascolta\s+(?:l['’]\s*)?articolo|ou[çc]a\s+(?:este\s+|o\s+)?(?:artigo|texto|mat[ée]ria)"
    r"|luister\s+naar\s+(?:dit|het)\s+artikel|voorlezen"
    r")\s*[(\[|·•:–—-]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\.?)?"
    r"\s*[)\]]?\W{0,2}$",
    re.IGNORECASE,
)
MAX_BUTTON_CHARS = 60

# --- the site's calls to its app, its ads and its player, a contact's details -----------------------
# A call to get the site's app: "Download the News24 app", "Get the app", "Listen on the ABC listen
# app", "Descarga la app de X", "Pobierz aplikację X": the verb opens the line, the app closes it or
# an offer follows ("... for breaking news alerts", "... to stay up to date"). A story's advice
# names what the app is for in its own words ("Download the app to report potholes") and stays.
APP_CALL_RE = re.compile(
    r"^\W{0,3}(?:(?:download|get|install|try|open)\s+(?:the\s+|our\s+|a\s+)?(?:free\s+)?"
    r"|(?:listen|watch|stream|read)\s+(?:on|in|with|via)\s+(?:the\s+|our\s+)?)(?:[\w'’.&+-]+\s+){0,4}?apps?"
    r"(?:\s+(?:now|today|here|for\s+free))?"
    r"(?:\s+(?:for\s+(?:free|ios|android|iphone|ipad|your|breaking|the\s+latest|live|all|more|news|alerts|updates)"
    r"|to\s+(?:get|receive|stay|watch|listen|follow|read|see|keep|never)|and\s+(?:get|receive|stay|watch|listen|follow"
    r"|read|never|be)|on\s+(?:your|ios|android|the\s+app\s+store|google\s+play)|from\s+(?:the\s+)?(?:app\s+store|google"
    r"\s+play))\b[^.!?]{0,80})?[.!]?\W{0,3}$"
    # The same call in other languages: the verb, the app within a few words.
    r"|^\W{0,3}(?:descarga|descargue|baixe|baixa|descarregue|téléchargez|télécharger|scarica|lade|laden\s+sie"
    r"|download|ladda\s+ner|hent|hämta|last\s+ned|pobierz|stáhněte\s+si|lataa|instalează|indir)\s+"
    r"(?:[\w'’.&+-]+\s+){0,4}?"
    r"(?:la\s+|o\s+|l['’]\s*)?(?:app|appen|application|applicazione|aplicación|aplicativo|aplicação|aplikację|aplikaci"
    r"|sovellu\w*|aplicația|uygulama\w*)\b(?:\s+(?:vår|vores|vårt))?"
    # Whose app: "... la app de El País", "... die App der Zeitung"? Only a name in capitals after it.
    r"(?:\s+(?:de|do|da|di|del|della|von|van|från|fra|z|ze|od|of|du|des)\s+(?-i:[A-ZÄÅÖÆØÉŁŚŻ])[\w.'’-]*"
    r"(?:\s+(?-i:[A-ZÄÅÖÆØÉŁŚŻ])[\w.'’-]*){0,2})?"
    # Its offer after "and": news to get, read or not miss ("... och få de senaste nyheterna", "... en mis
    # geen nieuws", "... i czytaj wiadomości"); a story's advice names another use ("... i zgłoś usterkę").
    r"(?:\s+(?:(?:och|og|ja|i|a|e|en|et|und|y|ve)|for\s+å|för\s+att|for\s+at)\s+(?:få|saat|saa|czytaj|otrzymuj|bądź|mějte|čtěte|získejte|mis"
    r"|ontvang|blijf|lees|receba|fique|leia|recibe|lee|sigue|recevez|suivez|lisez|ne\s+manquez|erhalten"
    r"|verpassen|lesen|bleiben|primește|citește|fii|kapsam|olvassa|értesül)\b[^.!?]{0,80})?[.!]?\W{0,3}$",
    re.IGNORECASE,
)
MAX_APP_CALL_WORDS = 20
# A call to advertise with the site: "Advertise in the Sentinel! Call 555-0142", "Advertise with us",
# "Werben Sie bei uns", "Anúnciate con nosotros": the verb opens the line, then the site (a name in
# capitals or "us") and at most its contact. "Advertise in local papers, the guide says" names none.
ADVERTISE_CALL_RE = re.compile(
    r"^\W{0,3}(?:(?i:advertise|advertising|place\s+(?:an|your)\s+ad)\s+(?i:with|in|on)\s+(?:(?i:us)|(?:the\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})|(?i:werben\s+sie\s+bei\s+uns|anúnciate\s+con\s+nosotros"
    r"|anuncie\s+(?:conosco|aqui)|annoncez\s+(?:avec|chez)\s+nous|adverteren\s+bij\s+ons|adverteer\s+bij\s+ons"
    r"|annonsera\s+hos\s+oss|annoncér\s+hos\s+os|annonser\s+hos\s+oss|reklamuj\s+się\s+u\s+nas|pubblicizza\s+con\s+noi))"
    r"(?:\s+(?i:today|now))?\s*(?:[!.:,–—-]\s*(?i:call|contact|email|e-mail|phone|reach|visit|write|ring|rufen"
    r"|llame|ligue|appelez|bel|ring|zadzwoń)\b[^!?]{0,80})?\W{0,3}$"
)
MAX_ADVERTISE_CALL_CHARS = 160
# A local TV site's call to its player: "Click on the video to see the full report.", "Watch the video
# above", "Mira el video arriba", "Regardez la vidéo ci-dessus". A story that goes on to say what
# the video shows past a comma ("Watch the video above, which police released ...") is left be.
VIDEO_CALL_RE = re.compile(
    r"^\W{0,3}(?:(?:click|tap|press)\s+(?:on\s+)?(?:the\s+)?(?:video|player|play(?:\s+button)?)(?:\s+(?:above|below))?"
    r"\s+(?:to|for)\s+(?:see|watch|view|hear|play|learn|find|get|more)\b"
    r"|(?:watch|see|view|hear)\s+(?:the\s+|our\s+|this\s+)?(?:full\s+|complete\s+|related\s+|original\s+)?"
    r"(?:video|report|story|segment|interview|clip|coverage|broadcast|newscast)\s+(?:above|below)\b"
    r"|haz\s+clic\s+en\s+el\s+v[íi]deo|(?:mira|vea|ve)\s+el\s+v[íi]deo\s+(?:arriba|abajo|a\s+continuaci[óo]n)"
    r"|(?:cliquez\s+sur|regardez)\s+la\s+vid[ée]o(?:\s+ci-(?:dessus|dessous))?\b"
    r"|(?:sehen\s+sie\s+(?:das|im)\s+video\s+(?:oben|unten)|im\s+video\s+(?:oben|unten))\b"
    r"|(?:bekijk|klik\s+op)\s+de\s+video\s+(?:hierboven|hieronder)?\b"
    r"|guarda\s+il\s+video\s+(?:qui\s+)?(?:sopra|sotto)|(?:assista|veja)\s+(?:ao|o)\s+v[íi]deo\s+(?:acima|abaixo))"
    r"[^,;!?]{0,100}[.!]?\W{0,3}$",
    re.IGNORECASE,
)
MAX_VIDEO_CALL_WORDS = 20
_CALL_OPENINGS = frozenset(
    ("dow", "get", "ins", "try", "ope", "lis", "wat", "str", "rea", "des", "bai", "tél", "sca", "lad", "hen",
     "häm", "pob", "stá", "lat", "ind", "adv", "pla", "wer", "anú", "anu", "ann", "rek", "pub", "cli", "tap",
     "pre", "see", "vie", "hea", "haz", "mir", "vea", "ve ", "reg", "seh", "im ", "bek", "kli", "gua", "ass",
     "vej", "las")
)  # fmt: skip
# A press office's contact under a university's story or a release: its label, then a name, a
# phone or an e-mail on the same line ("Media contact: Jane Roe, 555-0100, jroe@example.edu").
CONTACT_LINE_RE = re.compile(
    r"^\W{0,3}(?:(?:media|press|news|university|investor)\s+(?:relations\s+)?contacts?|contact\s+for\s+(?:the\s+)?"
    r"(?:media|press)|press\s+(?:office|inquiries|enquiries)|pressekontakt|medienkontakt|contacto\s+(?:de\s+)?prensa"
    r"|contact\s+(?:presse|m[ée]dias?)|perscontact|persvoorlichting|mediakontakt|pressekontakt|kontakt\s+dla\s+medi[óo]w"
    r"|contatto\s+stampa|contacto\s+para\s+(?:a\s+)?imprensa|assessoria\s+de\s+imprensa)\s*[:–—-]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The labels' first three letters, lower case.
_CONTACT_OPENINGS = frozenset(("med", "pre", "new", "uni", "inv", "con", "per", "kon", "ass"))
MAX_CONTACT_LINE_WORDS = 24
# Figures alone that a phone's pattern takes too: a date ("12.03.2024", "2024-03-12", "10/03/2024")
# and a number grouped by thousands ("1.500.000", "2,400,000").
_NOT_A_PHONE = r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,3}(?:[.,]\d{3})+)"
# A contact's details alone on a line: an e-mail address or a phone number, with its label at most
# ("555-0100", "jroe@example.edu", "Tel. +49 30 1234567"); read only under the story's last paragraph.
CONTACT_DETAIL_RE = re.compile(
    r"^\W{0,3}(?:(?:e-?mail|tel|phone|telefon|téléphone|teléfono|telefone|tlf|puh|mob|mobile|cell|fax)\.?\s*[:.]?\s*)?"
    rf"(?:{EMAIL}|(?!{_NOT_A_PHONE}\W{{0,2}}$){PHONE_DIGITS})"
    r"\W{0,2}$",
    re.IGNORECASE,
)
MAX_CONTACT_DETAIL_CHARS = 60
# The lines after a contact's details that still let it close the story: the site's short lines.
MAX_CLOSING_LINE_CHARS = 80

# --- a picture's credit alone, in a caption's form ------------------------------------------------
# "Photos by Elena Lacey/The Washington Post", "Photo by Jo Roe/AP via Harbor Ledger": the
# photographer and, after a slash, who owns the picture: a caption's credit, not a contributor
# (`contributors._parse_credit_segments`). A credit line's "Photos by Jane Doe", with no owner,
# names who made the story's pictures and stays a contributor's.
PICTURE_CREDIT_RE = re.compile(
    r"^\W{0,3}(?i:photos?|photographs?|photography|pictures?|images?|fotos?)\s+(?i:by|von|por|di|de|door)\s+"
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|di|la)){0,4}\s*/\s*"
    r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,6}\W{0,2}$"
)
MAX_PICTURE_CREDIT_CHARS = 120

# --- a page's hit counter ----------------------------------------------------------------------
# An old CMS's or a small site's count of the page's readers alone on its line: "Hits: 1882", "Views:
# 3,412", "Read 512 times", "You are visitor number 004719", "This page has been viewed 1,203 times",
# "Zobrazeno: 512×", "Gelesen: 1.204 mal". A story gives its counts inside a sentence ("The clip had
# 3,412 views by Friday"): the whole line must be the counter.
_COUNT = r"(?:\d{1,3}(?:[.,\s\u00a0’']\d{3})+|\d+)"
# Not visitors or visits: a fact box counts those ("Visitors: 120,000", "Besucher: 45.000").
_COUNTER_NOUNS = (
    r"(?:hits|views|page\s*views|reads|aufrufe|zugriffe|gelesen|zobrazeno|přečteno"
    r"|zobrazení|visualizzazioni|letture|visualizaciones|lecturas|leído|vues|lectures|weergaven"
    r"|bekeken|gelezen|wyświetle\w*|odsłon\w*|просмотр\w*|visninger|visningar|läst|lukukerrat)"
)
_TIMES = r"(?:times|mal|×|x|krát|fois|volte|veces|vezes|keer|razy|раз|ganger|gånger)"
HIT_COUNTER_RE = re.compile(
    rf"^\W{{0,3}}(?:{_COUNTER_NOUNS}\s*[:：]\s*{_COUNT}(?:\s*{_TIMES})?"
    rf"|{_COUNT}\s+(?:{_COUNTER_NOUNS}|times\s+(?:read|viewed)|mal\s+(?:gelesen|aufgerufen))"
    rf"|(?:read|viewed|visited|gelesen|aufgerufen|zobrazeno|přečteno|lu|vu|letto|visto|leído|lido|gelezen|bekeken)"
    rf"\s+{_COUNT}\s*{_TIMES}"
    rf"|(?:you\s+are|you['’]re)\s+(?:the\s+)?visitor\s*(?:number|no\.?|nr\.?|#)?\s*:?\s*{_COUNT}"
    rf"|(?:this|the)\s+(?:page|article|story|post|entry|site)\s+has\s+been\s+(?:viewed|read|visited|accessed)"
    rf"\s+{_COUNT}\s+times"
    rf"|(?:diese[rs]?)\s+(?:seite|artikel|beitrag)\s+wurde\s+(?:bereits\s+)?{_COUNT}\s*(?:mal|x)\s+"
    r"(?:aufgerufen|gelesen|angesehen)"
    rf"|(?:visitor\s+counter|besucherzähler|contador\s+de\s+visitas|compteur\s+de\s+visites)\s*:?\s*{_COUNT})"
    r"(?:\s+(?:since|seit|depuis|desde|dal)\s+[^.!?]{1,40})?\W{0,2}$",
    re.IGNORECASE,
)
MAX_HIT_COUNTER_CHARS = 90
_DIGIT_RE = re.compile(r"\d")

# --- an agency's name alone -------------------------------------------------------------------
MAX_AGENCY_CHARS = 40


def is_print_note(line: str) -> bool:
    """
    >>> is_print_note("A version of this article appears in print on March 3, 2024, Section A, Page 12 of "
    ...               "the New York edition with the headline: Senate Passes Bill. Order Reprints")
    True
    >>> is_print_note("Dieser Artikel erschien in der Printausgabe vom 3. März 2024.")
    True
    >>> is_print_note("A reporter who appears in print every week said the deal was a surprise.")
    False
    """
    if len(line) > MAX_PRINT_NOTE_CHARS or line.lstrip(_LABEL_MARKS)[:3].lower() not in _PRINT_NOTE_OPENINGS:
        return False
    if PRINT_NOTE_RE.match(line) is None:
        return False
    label = _HEADLINE_LABEL_RE.search(line)
    note = line[: label.start()] if label else line
    return (
        len(note.split(None, MAX_PRINT_NOTE_WORDS)) <= MAX_PRINT_NOTE_WORDS
        and REPORTED_SPEECH_RE.search(note) is None
    )


def tag_block_end(lines: list[str], label: int) -> int:
    """The index after the tag block whose label is `lines[label]`, or `label` when none is:
    its label alone, then `MIN_TAGS` to `MAX_TAGS` short lines of one tag each.

    >>> tag_block_end(["Filed under", "congress", "government shutdown", "Senate"], 0)
    4
    >>> tag_block_end(["Topics", "The senate met on Friday and voted for the bill."], 0)
    0
    """
    if " ".join(lines[label].strip(_LABEL_MARKS).casefold().split()) not in _TAG_BLOCK_LABELS:
        return label
    end = label + 1
    while end < len(lines) and end - label <= MAX_TAGS and _reads_as_tag(lines[end]):
        end += 1
    # More short lines than a tag block holds: a list of the story's, not its tags.
    if end - label - 1 < MIN_TAGS or (end < len(lines) and _reads_as_tag(lines[end])):
        return label
    return end


def _reads_as_tag(line: str) -> bool:
    text = line.strip(" \t•*·#,|")
    return (
        0 < len(text) <= MAX_TAG_CHARS
        and len(text.split(None, MAX_TAG_WORDS)) <= MAX_TAG_WORDS
        and text[-1:] not in '.!?:;"”'
        and text[:1].isalnum()
    )


def is_video_description(line: str) -> bool:
    """
    >>> is_video_description("Fox News' Jane Doe reports on the latest from the border.")
    True
    >>> is_video_description("USA TODAY Sports' Jeff Zillgitt and Mark Medina break down the trade deadline.")
    True
    >>> is_video_description("Fox News' Jane Doe reported Tuesday that the senator would resign.")
    False
    >>> is_video_description("CBS News reports on the deal were later confirmed by the team.")
    False
    """
    # The outlet's possessive first: its apostrophe is in few lines (a substring test, in C), where
    # counting the words split every line the model kept.
    return (
        ("'" in line or "’" in line)
        and len(line.split(None, MAX_VIDEO_DESCRIPTION_WORDS)) <= MAX_VIDEO_DESCRIPTION_WORDS
        and VIDEO_DESCRIPTION_RE.match(line) is not None
        and REPORTED_SPEECH_RE.search(line) is None
    )


def is_market_ticker(line: str) -> bool:
    """
    >>> is_market_ticker("DJIA 38,996.39 +0.23% S&P 500 5,137.08 +0.80% Nasdaq 16,274.94 +1.14%")
    True
    >>> is_market_ticker("The Dow rose 0.23% to 38,996.39, and the S&P 500 gained 0.80% to 5,137.08.")
    False
    """
    if len(line) > MAX_TICKER_CHARS or line.rstrip()[-1:] == ".":
        return False  # most lines end a sentence: no token is read
    figures = changes = 0
    for token in line.split():
        if _FIGURE_RE.match(token):
            figures += 1
            changes += _CHANGE_RE.match(token) is not None
        elif token[:1].islower() and token.strip(".,:;()") not in _TICKER_WORDS:
            return False  # a word of a sentence
    return figures >= MIN_TICKER_FIGURES and changes >= MIN_TICKER_CHANGES


def is_button(line: str) -> bool:
    """
    >>> [is_button(x) for x in ("Video afspelen 01:42", "Ascolta l'articolo", "Leggi in 3 minuti",
    ...     "Jetzt abonnieren und weiterlesen", "Lesezeit: 4 Minuten")]
    [True, True, True, True, True]
    >>> is_button("Watch the video of the vote, the mayor urged residents.")
    False
    """
    if len(line) > MAX_BUTTON_CHARS:
        return False
    return BUTTON_RE.match(line) is not None or is_paywall_read_on(line) or is_reading_time(line)


def is_app_or_player_call(line: str) -> bool:
    """A call to get the site's app, to advertise with it, or to watch its player's video (not
    `site_calls.is_site_call`: the follow, share and funding lines of a story's head and foot).

    >>> [is_app_or_player_call(x) for x in ("Download the News24 app", "Get the app",
    ...     "Listen on the ABC listen app", "Advertise in the Sentinel! Call 555-0142",
    ...     "Click on the video to see the full report.", "Watch the video above")]
    [True, True, True, True, True, True]
    >>> [is_app_or_player_call(x) for x in ("Click fraud costs advertisers billions a year.",
    ...     "Download the app to report potholes and broken lights.", "Advertise in local papers, she said.")]
    [False, False, False]
    """
    if line.lstrip(_LABEL_MARKS)[:3].lower() not in _CALL_OPENINGS:
        return False
    words = len(line.split(None, MAX_APP_CALL_WORDS))
    if words <= MAX_APP_CALL_WORDS and APP_CALL_RE.match(line) and REPORTED_SPEECH_RE.search(line) is None:
        return True
    if len(line) <= MAX_ADVERTISE_CALL_CHARS and ADVERTISE_CALL_RE.match(line):
        return True
    return (
        words <= MAX_VIDEO_CALL_WORDS
        and VIDEO_CALL_RE.match(line) is not None
        and REPORTED_SPEECH_RE.search(line) is None
    )


def is_contact_line(line: str) -> bool:
    """A press office's contact on one line: its label, then a phone number or an e-mail address.

    >>> is_contact_line("Media contact: Jane Roe, 555-0100, jroe@example.edu")
    True
    >>> is_contact_line("Press office: the ministry declined to comment on Friday.")
    False
    """
    if line.lstrip(_LABEL_MARKS)[:3].lower() not in _CONTACT_OPENINGS:
        return False
    match = CONTACT_LINE_RE.match(line)
    if match is None:
        return False
    rest = match.group("rest")
    return len(rest.split(None, MAX_CONTACT_LINE_WORDS)) <= MAX_CONTACT_LINE_WORDS and (
        EMAIL_RE.search(rest) is not None or PHONE_DIGITS_RE.search(rest) is not None
    )


def is_contact_detail(line: str) -> bool:
    """
    >>> [is_contact_detail(x) for x in ("555-0100", "jroe@example.edu", "Tel. +49 30 1234567")]
    [True, True, True]
    >>> is_contact_detail("2026"), is_contact_detail("Call 555-0100 for tickets.")
    (False, False)
    >>> [is_contact_detail(x) for x in ("12.03.2024", "2024-03-12", "10/03/2024", "1.500.000", "2,400,000")]
    [False, False, False, False, False]
    """
    return len(line) <= MAX_CONTACT_DETAIL_CHARS and CONTACT_DETAIL_RE.match(line) is not None


def is_hit_counter(line: str) -> bool:
    """
    >>> [is_hit_counter(x) for x in ("Hits: 1882", "Read 512 times", "You are visitor number 004719",
    ...     "Zobrazeno: 512×", "Gelesen: 1.204 mal", "This page has been viewed 1,203 times since May 2004")]
    [True, True, True, True, True, True]
    >>> [is_hit_counter(x) for x in ("The clip had 3,412 views by Friday.", "Views: the council's and ours",
    ...     "Hits: the songs of the summer")]
    [False, False, False]
    """
    return (
        len(line) <= MAX_HIT_COUNTER_CHARS
        and _DIGIT_RE.search(line) is not None
        and HIT_COUNTER_RE.match(line) is not None
    )


def is_lone_agency(line: str) -> bool:
    """
    >>> [is_lone_agency(x) for x in ("dpa", "EFE", "(ANP)", "© Reuters")]
    [True, True, True, True]
    >>> is_lone_agency("Wie die dpa berichtet, stimmt der Bundesrat im Dezember ab.")
    False
    """
    return len(line) <= MAX_AGENCY_CHARS and agency_alone(line) is not None


def is_picture_credit(line: str) -> bool:
    """
    >>> is_picture_credit("Photograph by Tom Ade/Reuters via The Harbor Ledger.")
    True
    >>> is_picture_credit("Photos by Jane Doe"), is_picture_credit("Photos by the dozen lined the hall.")
    (False, False)
    """
    return len(line) <= MAX_PICTURE_CREDIT_CHARS and PICTURE_CREDIT_RE.match(line) is not None


# The marks `is_call_abroad`, `is_app_or_player_call` and `is_contact_line` strip before their openings'.
_CALL_MARKS = "".join(sorted(set(_LABEL_MARKS) | set(CALL_MARKS_ABROAD)))
_ANY_CALL_OPENINGS = CALL_ABROAD_OPENINGS | _CALL_OPENINGS | _CONTACT_OPENINGS


# The longest line an agency's name, a button, a picture's credit or a hit counter can be.
MAX_SHORT_STRAY_CHARS = max(
    MAX_AGENCY_CHARS, MAX_BUTTON_CHARS, MAX_PICTURE_CREDIT_CHARS, MAX_HIT_COUNTER_CHARS
)


def may_be_stray(line: str) -> bool:
    """False only for a line `_stray_kind` finds no kind for: a paragraph longer than every
    short form that ends a sentence (no ticker does) can only be a video's description, whose
    outlet's possessive opens it (its pattern fails at the first words of nearly every other
    line), or a print note or a call (to subscribe, to the site's app, a press contact), whose
    first letters say so. Most lines of a story are such paragraphs: they are spared the
    tests (the description's reads every line's first 30 words). A new stray form that may be
    a long sentence must be let through here (tests/transforms/test_stray_gate.py passes a long
    line of each form).

    >>> may_be_stray("The council voted on Monday to close the bridge for repairs, and the work "
    ...              "should take three months, the mayor told reporters at city hall.")
    False
    """
    return (
        len(line) <= MAX_SHORT_STRAY_CHARS
        or line.rstrip()[-1:] != "."
        or VIDEO_DESCRIPTION_RE.match(line) is not None
        or (
            len(line) <= MAX_PRINT_NOTE_CHARS
            and line.lstrip(_LABEL_MARKS)[:3].lower() in _PRINT_NOTE_OPENINGS
        )
        or line.lstrip(_CALL_MARKS)[:3].lower() in _ANY_CALL_OPENINGS
    )


def _stray_kind(line: str) -> RemovalKind | None:
    """The kind of a stray line of page furniture, or None for a line of the story
    (behind `may_be_stray` in `drop_stray_lines`)."""
    if len(line) <= MAX_AGENCY_CHARS and is_lone_agency(line):
        return RemovalKind.CAPTION
    if is_video_description(line) or is_picture_credit(line):
        return RemovalKind.CAPTION
    if is_button(line) or is_print_note(line) or is_market_ticker(line) or is_hit_counter(line):
        return RemovalKind.BOILERPLATE
    # One lookup of the line's head for the three families of calls below (each gates on its own
    # openings again, behind marks this strip takes too: it lets through every line one of them does).
    if line.lstrip(_CALL_MARKS)[:3].lower() in _ANY_CALL_OPENINGS and (
        is_call_abroad(line) or is_app_or_player_call(line) or is_contact_line(line)
    ):
        return RemovalKind.BOILERPLATE
    return None


def drop_tag_blocks(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop each tag block, its label and its tags (exact syntax). It runs before the line
    model, which may take a block's label for a related list's and leave the tags after the
    first two (`pipeline.fill_read_also_headlines`)."""
    found: list[int] = []
    index = 0
    while index < len(lines):
        end = tag_block_end(lines, index) if len(lines[index]) <= MAX_TAG_CHARS else index
        found.extend(range(index, end))
        index = max(end, index + 1)
    if not found:
        return lines, []
    taken = set(found)
    kept = [line for index, line in enumerate(lines) if index not in taken]
    return kept, [Removal(RemovalKind.BOILERPLATE, lines[index]) for index in found]


def drop_stray_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop print notes, video descriptions, tickers, buttons, pictures' credits and
    lone agency names, wherever the line model kept them (exact syntax)."""
    found = {
        index: kind
        for index, line in enumerate(lines)
        if may_be_stray(line) and (kind := _stray_kind(line)) is not None
    }
    if lines and found.get(0) is RemovalKind.CAPTION and is_lone_agency(lines[0]):
        del found[0]  # an agency's name over the story is its source tag (a dateline's), not a photo's credit
    found.update(dict.fromkeys(_premium_markers(lines), RemovalKind.BOILERPLATE))
    found.update(dict.fromkeys(_closing_contact_details(lines), RemovalKind.BOILERPLATE))
    if not found:
        return lines, []
    tickers = [at for at in found if lines[at].count("|") >= MIN_TABLE_BARS and is_market_ticker(lines[at])]
    if tickers:
        rows = _table_rows(lines)
        for index in tickers:
            if index in rows:
                del found[index]  # a table's row in the story ("S&P 500 | 5,308.15 | +1.17%"), no ticker
    kept = [line for index, line in enumerate(lines) if index not in found]
    return kept, [Removal(found[index], lines[index]) for index in sorted(found)]


def _table_rows(lines: list[str]) -> set[int]:
    return {index for run in table_runs(lines) for index in run}


# A list's item: a line this short next to a premium marker's form makes it one of a list
# ("Netflix", "Disney+", "Apple TV+"), not the paper's marker between paragraphs.
MAX_LIST_ITEM_CHARS = 40


def _premium_markers(lines: list[str]) -> list[int]:
    """The premium markers among `lines`: "SZ Plus", "F+" between longer lines (or at an end),
    or one that says so in brackets ("Z+ (abo)") wherever it stands."""
    found = []
    for index, line in enumerate(lines):
        if len(line) > MAX_PREMIUM_MARKER_CHARS or not is_premium_marker(line):
            continue
        neighbours = lines[max(index - 1, 0) : index] + lines[index + 1 : index + 2]
        if is_marked_for_subscribers(line) or all(len(each) > MAX_LIST_ITEM_CHARS for each in neighbours):
            found.append(index)
    return found


def _closing_contact_details(lines: list[str]) -> list[int]:
    """A contact's phone numbers and e-mail addresses alone on their lines under the story's
    last paragraph, with the name and the label over them the model removed ("Media contact" /
    "Jane Roe" / "555-0100" / "jroe@example.edu"): the lines after them are short too.

    >>> _closing_contact_details(["The hall opens at nine and closes at five.", "Jane Roe", "555-0100"])
    [2]
    >>> _closing_contact_details(["The hall opens at nine. For tickets, call the box office:", "555-0100"])
    []
    """
    found = []
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if len(line) > MAX_CLOSING_LINE_CHARS:
            break
        # A number under a sentence that announces it ("... call the tip line:") is the story's.
        if is_contact_detail(line) and not (index and lines[index - 1].rstrip().endswith(":")):
            found.append(index)
    return found
