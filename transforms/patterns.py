r"""Compiled patterns and word lists, kept apart from the rules that use them.

Every pattern here must run in linear time on adversarial input (long runs of
capitals, braces or spaces): repetitions are bounded or cannot overlap, and
nothing nests an unbounded quantifier inside another. Two habits keep runs of
whitespace linear: a lazy group followed by `\s+` ends in `\S` (so it cannot
end at each space of a run, each time rescanning the rest of it), and a
pattern that starts with whitespace starts it with `(?:(?<!\s)\s+)?` (so it is
tried at the first space of a run only). `benchmarks/regex_guard.py` checks them all.
"""

from __future__ import annotations

import re

# --- lines ----------------------------------------------------------------------

# A dump line ends at a newline in any platform's convention, or at U+2029
# PARAGRAPH SEPARATOR. str.splitlines() also breaks at \x0b, \x0c, \x1c-\x1e,
# \x85 and U+2028, which sit inside paragraphs (Word writes its soft line break
# as \x0b): breaking there cuts sentences into fragments the promo rules drop.
LINE_BREAK_RE = re.compile("\r\n|[\r\n\u2029]")

# --- template residue -------------------------------------------------------

# Unrendered template syntax: Mustache/Handlebars ({{x}}, {{{x}}}, {{#a}} {{/a}}),
# Jinja/Liquid ({% x %}, {{ x }}, {# x #}), ERB/ASP (<% x %>), JS/shell ${x}.
# Bounded lengths keep a line full of unmatched "{{" linear.
TEMPLATE_TAG_RE = re.compile(
    r"\{\{\{[^{}\n]{0,200}\}\}\}"
    r"|\{\{[^{}\n]{0,200}\}\}"
    r"|\{%[^%\n]{0,300}%\}"
    r"|\{#[^#\n]{0,300}#\}"
    r"|<%[^%\n]{0,300}%>"
    r"|\$\{[^{}\n]{0,200}\}"
)

# What is left of a template tag cut by a line break or longer than the caps
# above: an opener on its own, or "}}". Prose never holds these pairs ("%}"
# and "%>" stay: "5%}" is rare, but a percent sign is not).
STRAY_TEMPLATE_DELIMITER_RE = re.compile(r"\{\{|\}\}|\{%|<%|\$\{")

# WordPress shortcodes (and forum BBCode) a scrape saved unrendered: a closing tag
# ("[/caption]"), an opening tag with attributes ('[caption id="attachment_12" width="300"]',
# "[url=https://...]") or with a player's id ("[jwplayer Hk2LmQ8v-default]"). A bare word in
# brackets ("[sic]", "[Laughter]", "[1]") is an editor's or a transcript's, not a tag: it goes
# only with a closing tag of its name in the same line (`residue.cut_shortcodes`).
_SHORTCODE_NAME = r"[a-z][a-z0-9]{0,30}(?:[_-][a-z0-9]{1,30}){0,4}"
_SHORTCODE_VALUE = r"(?:\"[^\"\]\n]{0,300}\"|'[^'\]\n]{0,300}'|[^\s\]\"']{1,300})"
SHORTCODE_RE = re.compile(
    rf"\[/{_SHORTCODE_NAME}\]"
    rf"|\[{_SHORTCODE_NAME}(?:={_SHORTCODE_VALUE}|(?:\s{{1,3}}[\w-]{{1,30}}={_SHORTCODE_VALUE}){{1,20}})\s{{0,3}}/?\]"
    # An id: one token of letters and digits, both, as players and embeds name a clip.
    rf"|\[{_SHORTCODE_NAME}\s(?=[\w-]{{0,40}}\d)(?=[\w-]{{0,40}}[A-Za-z])[\w-]{{6,40}}\]"
)
# What WordPress's own media shortcodes enclose is the medium and its caption, no prose:
# '[caption id="attachment_7" ...]<img ...> The bridge at dawn.[/caption]' goes whole.
MEDIA_SHORTCODE_RE = re.compile(
    r"\[(caption|wp_caption|embed|video|audio|gallery|playlist)(?:[\s=][^\]\n]{0,400})?\][^\[\n]{0,1000}\[/\1\]"
)

_HTML_TAG_NAMES = (
    "a|abbr|article|aside|b|blockquote|body|br|button|center|cite|code|dd|del|div|dl|dt|em|"
    "embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|"
    "ins|label|li|link|main|mark|meta|nav|noscript|object|ol|option|p|picture|pre|q|s|script|"
    "section|select|small|source|span|strike|strong|style|sub|sup|svg|table|tbody|td|textarea|"
    "tfoot|th|thead|time|title|tr|u|ul|video"
)
# Only real HTML element names count as stray tags, so prose such as
# "a <b and c> d" or "x < y" is not mistaken for markup. A comment ends before
# another "<!--" (HTML does not nest them), so a line of openers is scanned once.
HTML_TAG_RE = re.compile(
    rf"</?(?:{_HTML_TAG_NAMES})(?:\s[^<>\n]{{0,400}})?/?>|<!--(?:(?!<!--)[^\n]){{0,400}}?-->",
    re.IGNORECASE,
)
HTML_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# An ampersand escaped again and again ("&amp;amp;lt;" is "&lt;" escaped twice):
# collapsed in one step rather than one level per round.
ESCAPED_AMPERSAND_RE = re.compile(r"&(?:amp;)+", re.IGNORECASE)

# UI words left behind by a scraper, with nothing else on the line.
UI_WORDS = frozenset(
    {
        "more",
        "close",
        "menu",
        "skip",
        "next",
        "previous",
        "prev",
        "back",
        "back to top",
        "loading",
        "loading...",
        "show more",
        "show less",
        "see more",
        "expand",
        "collapse",
        "toggle",
        "open",
        "search",
        "home",
        "continue",
        "top",
    }
)

# --- contributors and bylines -----------------------------------------------

# "<who> contributed to this report." and its variants. The tail must be one of
# the credit phrases, or the line must end right after "contributed", so that
# "The doctors contributed money" never matches.
CONTRIBUTED_RE = re.compile(
    r"^(?P<who>[^\n]{1,399}?\S)\s+(?:also\s+)?contributed"
    r"(?:\s+(?P<what>(?:additional\s+)?(?:reporting|research|writing|reports?)))?"
    r"(?:\s+(?:to|for)\s+(?:this|the|that)\s+(?:report|story|article|piece|post|coverage|dispatch|(?:live\s*)?blog))?"
    r"(?:\s+(?:from|in)\s+[A-Z][^.\n]{0,80})?"
    r"\s*+[.!]?\s*+$",
    re.IGNORECASE,
)
# "Contributing: Kristine Phillips", "Contributing reporters: A and B".
CONTRIBUTING_RE = re.compile(
    r"^contributing(?:\s+(?:reporting|writers?|reporters?|editors?|correspondents?))?"
    r"\s*(?::|by)\s*(?P<who>[^\n]{1,399}?\S)\s*+\.?\s*+$",
    re.IGNORECASE,
)
# Wire-style credits: "Reporting by X; Editing by Y", "Additional reporting by Z".
# The roles are one list, read by the regex and by `may_hold_credit`, its shortcut.
CREDIT_ROLES = (
    "reporting",
    "writing",
    "editing",
    "research",
    "compiled",
    "graphics",
    "photos",
    "photo",
    "video",
    "recipe",
    "food styling",
    "styling",
    "illustrations",
    "illustration",
    "design",
)
# Bloomberg-style, closing a story: "--With assistance from Jane Roe and Tom Li." (a help's
# credit names its people after "from", where a role's names follow "by"; a dash may lead).
CREDIT_SEGMENT_RE = re.compile(
    rf"^\s*(?:[-–—]{{1,2}}\s*)?(?P<role>(?:additional\s+|with\s+)?(?:{'|'.join(CREDIT_ROLES)})(?=\s+by\s)"
    r"|with\s+(?:additional\s+)?assistance(?=\s+from\s))"
    r"\s+(?:by|from)\s+(?P<who>[^;\n]{1,299}?[^;\s])\s*+\.?\s*+$",
    re.IGNORECASE,
)
# The word every "contributed" / "Contributing:" credit holds (CONTRIBUTED_RE, CONTRIBUTING_RE).
CONTRIBUTION_STEM = "contribut"
# "By Jane Doe", "By Jane Doe and John Roe | Fox News", "By JANE DOE, Reuters".
BYLINE_RE = re.compile(
    r"^by\s+(?P<who>[^|\n]{1,199}?[^|\s])(?:\s*[|•·/]\s*(?P<org>[^|\n]{1,59}?[^|\s]))?\s*$",
    re.IGNORECASE,
)
# Dates and times glued to a byline ("By X Updated 3:12 PM ET, Tue March 1").
BYLINE_TAIL_RE = re.compile(
    r"(?:[,|–—-]\s*)?\b(?:updated|published|posted|last updated|on)\b.{0,120}$"
    r"|(?:[,|–—-]\s*|(?<!\s)\s*)\b\d{1,2}[:/.]\d{1,2}.{0,80}$",
    re.IGNORECASE,
)
# Possessive outlet prefix: "Fox News' Caitlin McFall and Paul Best".
POSSESSIVE_ORG_RE = re.compile(r"^(?P<org>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,4})['’]s?\s+(?P<rest>\S.*)$")
# "Marc Smith of FOX Business Network"
OF_ORG_RE = re.compile(r"^(?P<name>.*?\S)\s+(?:of|for)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’\- ]{1,60})$")
# "Marcia Dunn in Cape Canaveral, Florida" -> the location is dropped.
LOCATION_RE = re.compile(
    r"(?<!\s)\s+(?:in|from|at)\s+[A-Z][^,;]{0,60}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?$"
)
NAME_LIST_SPLIT_RE = re.compile(r"(?:(?<!\s)\s+)?(?:,\s*(?:and\s+)?|&\s*|;\s*)|(?<!\s)\s+and\s+")
# A role in front of the names: "Aerospace Writer Marcia Dunn",
# "Associated Press writers Jane Doe and John Roe".
ROLE_PREFIX_RE = re.compile(
    r"^(?P<pre>(?:[A-Z][\w&.'’\-]*\s+){0,4}?)(?P<role>(?:staff\s+|senior\s+|chief\s+)?"
    r"(?:writers?|reporters?|correspondents?|editors?|producers?|photographers?|researchers?|interns?|fellows?|"
    # The rest opens a name, not a conjunction ("KWTX Staff and The Associated Press": an outlet's
    # staff, then a second credit; IGNORECASE lets [A-Z] take the "a" of "and").
    r"journalists?|staff))\s+(?P<rest>(?!(?:and|und|et|y|e|&)\s)[A-Z].*)$",
    re.IGNORECASE,
)
# The capitals a name may open with beyond ASCII's: Latin, Greek and Cyrillic ("Émilie",
# "Øyvind", "Łukasz", "Ólafur", "Şebnem", "Željko"), as `str.isupper` reads them.
_UPPER_LETTERS = "A-Z" + "".join(char for char in map(chr, range(0xC0, 0x530)) if char.isupper())
NAME_TOKEN_RE = re.compile(
    rf"^(?:[{_UPPER_LETTERS}][\w'’.\-]*|[{_UPPER_LETTERS}]\."
    r"|(?:de|da|del|della|der|di|du|van|von|la|le|bin|al|el|dos|ten|ter|y)"
    rf"|(?:Jr|Sr|II|III|IV)\.?|[\w'’\-]+-[{_UPPER_LETTERS}][\w'’\-]*)$",
)
# Words that mark a credited name as an organisation, not a person: the one list
# for credits in text dumps ("Fox News' Jane Doe") and bylines of pages ("dpa",
# "Redaktion Wirtschaft"). Text dumps look up whitespace-separated words, folded
# and stripped of ".,'’" (`looks_like_organization`); pages search the regex
# below, whole words case-insensitively, where a dot inside a word may be left
# out or followed by a space ("e.V.", "e. V.").
ORGANIZATION_WORDS = frozenset(
    {
        # agencies and outlets
        "afp", "agence", "agencies", "agency", "ap", "apa", "associated", "axios", "bbc", "bloomberg",
        "cnn", "dpa", "npr", "politico", "reuters", "upi",
        # words of outlet names
        "business", "channel", "daily", "gazette", "guardian", "herald", "insider", "journal",
        "magazin", "magazine", "media", "network", "news", "online", "post", "press", "radio",
        "telegraph", "television", "times", "today", "tribune", "tv", "wire", "wires", "zeitung",
        "advertiser", "bulletin", "chronicle", "courant", "courier", "dispatch", "enquirer", "examiner",
        "inquirer", "ledger", "observer", "register", "sentinel",
        # desks and teams
        "bureau", "contributors", "desk", "editor", "editorial", "editors", "newsroom", "redacción",
        "redaktion", "redazione", "rédaction", "service", "services", "staff", "team",
        "redação", "redacao", "redactie", "redakcja", "redaksi", "toimitus", "redaksjonen", "redaktionen",
        # companies and groups
        "ag", "company", "corp", "e.v", "gmbh", "group", "gruppe", "inc", "llc", "ltd", "verlag",
        # institutions that sign their own news: a university's news office, a ministry
        "association", "college", "council", "department", "foundation", "institute", "ministry",
        "office", "university",
    }
)  # fmt: skip
ORGANIZATION_WORD_RE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(word).replace(r"\.", r"\.?\s?") for word in sorted(ORGANIZATION_WORDS))
    + r")\b",
    re.I,
)

# The words that name a kind of piece or a page section, never a site or a person
# ("| Live Updates", "Video").
SECTION_WORDS = frozenset(
    {
        "live", "updates", "update", "video", "videos", "photos", "photo", "gallery", "analysis", "opinion",
        "review", "reviews", "interview", "podcast", "explainer", "comment", "column", "recap", "highlights",
        "watch", "listen",
    }
)  # fmt: skip

# The labels a site writes over its lists of links or tags ("Tags: ...", "Related", "Share:
# Facebook", "Themen: ..."), lower case: one vocabulary for the story's lines
# (`story_lines`: no line-up, no results heading) and the page's fields (`pipeline`).
SITE_LIST_LABELS = frozenset(
    {"tags", "tag", "topics", "topic", "keywords", "categories", "category", "sections", "filed", "related",
     "more", "share", "follow", "menu", "themen", "schlagwörter", "temas", "sujets", "argomenti", "etiquetas",
     "mots-clés", "stichworte", "see", "also", "trending", "popular", "latest", "read",
     "watch", "video", "photos"}
)  # fmt: skip

# The agencies a note of their material credits ("Mit Material von dpa und AFP"): whole
# names, only these, so "Avec Marie" is no credit.
NEWS_AGENCIES = frozenset(
    {
        "dpa", "afp", "ap", "reuters", "efe", "ansa", "apa", "kna", "epd", "sda", "ats", "belga", "anp",
        "tass", "xinhua", "kyodo", "yonhap", "bloomberg", "associated press", "the associated press",
        "agence france-presse", "europa press", "lusa", "dts", "ddp", "sid", "upi", "pa", "pap", "ctk",
        "aap", "australian associated press", "cp", "the canadian press", "pti", "ians", "ani",
        "press trust of india", "indo-asian news service", "asian news international",
        "united press international", "deutsche presse-agentur", "agence france presse",
        "reuters news agency", "kyodo news", "anadolu agency",
        # The national agencies of the world's wires, by their short names and their own
        # (not those that are words or names too: "MAP", "APP", "SPA", "Sana", "Petra").
        "gna", "ghana news agency", "nan", "news agency of nigeria", "wam", "emirates news agency",
        "qna", "qatar news agency", "kuna", "kuwait news agency", "bna", "mena", "irna", "wafa",
        "bernama", "antara", "pna", "philippine news agency", "vna", "vietnam news agency",
        "central news agency", "kcna", "bss", "unb", "uni", "united news of india", "ria novosti",
        "interfax", "ukrinform", "unian", "belta", "tasr", "mti", "bta", "tanjug", "stt",
        "ntb", "ritzau", "agerpres", "ana-mpa", "keystone-sda", "agi", "adnkronos", "askanews",
        "agenzia nova", "notimex", "télam", "telam", "prensa latina", "agencia efe", "sapa",
        "african news agency", "nzpa",
        # Stop 36: the Nordic, Czech and Turkish wires by their short names (two letters: in
        # capitals only, `contributors.agency_alone`) and their own: "TT", "ČTK", "AA".
        "tt", "tt nyhetsbyrån", "čtk", "aa", "anadolu", "anadolu ajansı", "agência lusa", "ritzau scanpix",
        "dpa-afx", "keystone-ats", "efe agency",
        # Stop 37: the Greek wire by its own name (ANA-MPA's "ΑΠΕ-ΜΠΕ").
        "απε-μπε", "απε",
    }
)  # fmt: skip

# --- captions ----------------------------------------------------------------

# A photo credit closing a caption: "(Jane Roe/Reuters)", "(Getty Images)", "Photo: Tom Sample",
# "Photograph: Yui Mok/PA", "Photo by X / Outlet", "Foto: X/dpa". A bracket opens on a name
# ("(16-of-34/eighth in Pac-10)" is a statistic); prose after the credit word ends no caption.
PHOTO_CREDIT_END_RE = re.compile(
    r"\([A-Z][^()]{0,60}(?:/|\b(?:photos?|images?|pictures?|foto|bild)\b)[^()]{0,60}\)\W*$"
    r"|\b(?:photo|photograph|picture|image|foto|bild)s?\s*(?:credit\s*)?(?::|/|by\b|courtesy\b)[^.!?]{0,60}$",
    re.I,
)

# --- promos and datelines ---------------------------------------------------

# "(RELATED: Forget ISIS ...)" or "[READ MORE: ...]" closing or inside a paragraph.
INLINE_PROMO_RE = re.compile(
    r"[(\[]\s*(?:related|read\s+more|read|see\s+also|also\s+read|watch|more|listen|"
    r"click\s+here|video|photos|opinion)\s*:[^()\[\]\n]{1,300}[)\]]",
    re.IGNORECASE,
)
# Dateline opening the article: "(CNN) --", "MOSCOW (AP) —", "CAIRO —".
DATELINE_RE = re.compile(
    r"^(?:\([A-Z][\w .]{1,20}\)\s*(?:--|[–—-])|"
    r"[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?(?:(?<!\s)\s+)?(?:\([A-Za-z][\w .]{1,20}\)\s*)?"
    r"(?:--|[–—]))"
)

# A closing author bio: "Jane Doe is a staff writer ...", "Jane Doe covers ...", and the same
# shape in Spanish, French, German, Italian and Portuguese: "Laura Ortega es redactora de ...",
# "Marc Dubois est journaliste ...", "Anna Berger ist Redakteurin ...", "Luca Neri è giornalista".
# Their present only: "war" and "era" are English words ("The Iraq war ...").
_BIO_IS = r"(?:es|est|ist|è|é)"
# "Dana Whitfield has reported on energy markets for 12 years", "... has covered city hall since 2019":
# a bio's perfect, read only after the byline's own name ("She has reported abuse ..." names no author).
BIO_VERB_RE = re.compile(
    r"^\W*(?:is|was|has been|covers|writes|reports|joined|edits"
    rf"|has\s+(?:(?:reported|written)\s+(?:on|about|for)|covered)|{_BIO_IS})\b"
)
MAX_BIO_WORDS = 80
# A newsroom role before a name in a contact line ("Contact reporter Tom Li at ...").
_BIO_ROLE = r"(?:(?:staff|senior|contributing)\s+)?(?:writer|reporter|correspondent|columnist|editor|author)"
# Without a known author, a bio must open with a name and carry a sign of one.
BIO_NAME_START_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+\s+){1,3}"
    rf"(?=(?:is|was|has been|has covered|has written|covers|writes|reports|joined|{_BIO_IS})\b"
    # "Jane Roe can be reached at jroe@example.com": the contact, no bio's verb.
    r"|can be reached (?:at|via|by (?:e-?mail|phone) at) (?:\S+@|\(?\d))"
    # "Reach Peter Akande at pakande@example.com", "Contact Jo Lee at 555-0101": the writer's contact;
    # "Contact reporter Tom Li at ...", "Email staff writer Ann Lee at ...": the role before the name.
    rf"|^(?:[Rr]each|[Cc]ontact|[Ee]-?mail)\s+(?:(?:the\s+)?{_BIO_ROLE}\s+)?(?:[A-Z][\w'’.-]+\s+){{1,3}}"
    r"(?=at\s+\S+@|at\s+\(?\d)"
)
BIO_SIGNAL_RE = re.compile(
    r"\b(?:staff writer|reporter|correspondent|columnist|editor|journalist|contributing writer"
    r"|can be reached|reach (?:him|her|them) at|follow (?:him|her|them)|e-?mail (?:him|her|them)|\S+@\w+\.\w+"
    r"|(?:he|she|they) writes? (?:\w+ )?about|(?:is|the) author of"
    # The newsroom's roles in the languages of `_BIO_IS`.
    r"|redactor(?:a|es|as)?|periodista|corresponsal|columnista|reporter[oa]|editora"
    r"|journaliste|rédact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)|éditorialiste"
    r"|redakteur(?:in)?|korrespondent(?:in)?|journalistin|reporterin|kolumnist(?:in)?"
    r"|giornalista|redattr(?:ice|ore)|corrispondente|editorialista|jornalista|repórter|colunista)\b"
    r"|@\w",
    re.IGNORECASE,
)

# Runs of anything but letters and digits: the separators between words.
NON_ALNUM_RE = re.compile(r"[\W_]+")
