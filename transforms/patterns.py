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
    r"(?:\s+(?:to|for)\s+(?:this|the|that)\s+(?:report|story|article|piece|post|coverage|dispatch))?"
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
CREDIT_SEGMENT_RE = re.compile(
    r"^\s*(?P<role>(?:additional\s+|with\s+)?reporting|writing|editing|research|"
    r"compiled|graphics|photos?|video)\s+by\s+(?P<who>[^;\n]{1,299}?[^;\s])\s*+\.?\s*+$",
    re.IGNORECASE,
)
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
OF_ORG_RE = re.compile(r"^(?P<name>.*?\S)\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’\- ]{1,60})$")
# "Marcia Dunn in Cape Canaveral, Florida" -> the location is dropped.
LOCATION_RE = re.compile(
    r"(?<!\s)\s+(?:in|from)\s+[A-Z][^,;]{0,60}(?:,\s*[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?$"
)
NAME_LIST_SPLIT_RE = re.compile(r"(?:(?<!\s)\s+)?(?:,\s*(?:and\s+)?|&\s*|;\s*)|(?<!\s)\s+and\s+")
# A role in front of the names: "Aerospace Writer Marcia Dunn",
# "Associated Press writers Jane Doe and John Roe".
ROLE_PREFIX_RE = re.compile(
    r"^(?P<pre>(?:[A-Z][\w&.'’\-]*\s+){0,4}?)(?P<role>(?:staff\s+|senior\s+|chief\s+)?"
    r"(?:writers?|reporters?|correspondents?|editors?|producers?|photographers?|researchers?|"
    r"journalists?|staff))\s+(?P<rest>[A-Z].*)$",
    re.IGNORECASE,
)
NAME_TOKEN_RE = re.compile(
    r"^(?:[A-Z][\w'’.\-]*|[A-Z]\.|(?:de|da|del|della|der|di|du|van|von|la|le|bin|al|el|dos|ten|ter|y)"
    r"|(?:Jr|Sr|II|III|IV)\.?|[\w'’\-]+-[A-Z][\w'’\-]*)$",
)
# Words that mark an organization rather than a person.
ORG_WORDS = frozenset(
    {
        "press",
        "news",
        "network",
        "reuters",
        "ap",
        "afp",
        "upi",
        "bloomberg",
        "cnn",
        "bbc",
        "npr",
        "agency",
        "agence",
        "times",
        "post",
        "journal",
        "tribune",
        "herald",
        "daily",
        "staff",
        "wire",
        "wires",
        "media",
        "group",
        "business",
        "magazine",
        "gazette",
        "telegraph",
        "guardian",
        "television",
        "radio",
        "channel",
        "bureau",
        "service",
        "services",
        "newsroom",
        "desk",
        "today",
        "insider",
        "politico",
        "axios",
        "inc",
        "inc.",
        "llc",
        "corp",
        "corp.",
        "company",
    }
)

# --- boilerplate --------------------------------------------------------------

AD_LINE_RE = re.compile(
    r"^(?:advertisements?|ads?|sponsored(?:\s+content)?|paid\s+content|promoted(?:\s+content)?|"
    r"(?:advertisement\s*[-–—:]?\s*)?(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:ad|advertisement))?|"
    r"scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?)\s*[.:]?$",
    re.IGNORECASE,
)
# Share and social buttons: a line made only of these words.
SHARE_WORDS = frozenset(
    {
        "share",
        "shares",
        "sharing",
        "share this",
        "share this:",
        "share on",
        "tweet",
        "tweets",
        "email",
        "e-mail",
        "mail",
        "print",
        "facebook",
        "twitter",
        "x",
        "google",
        "google+",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "stumbleupon",
        "delicious",
        "tumblr",
        "messenger",
        "flipboard",
        "telegram",
        "copy",
        "link",
        "copy link",
        "comments",
        "comment",
        "save",
        "more",
        "this",
        "this:",
        "on",
        "via",
        "sms",
        "gift",
        "article",
        "+",
        "|",
    }
)
SHARE_TOKEN_RE = re.compile(r"[\w+:|\-]+")
# Calls to action at the start of a short line. Group `promo` sends the reader
# to other content (a promo); group `boilerplate` asks for a sign-up, a follow
# or a share, or is a legal or syndication note.
CTA_START_RE = re.compile(
    r"^(?:\+\s*)?(?:(?P<promo>click\s+here|tap\s+here|download\s+(?:the|our|now)\b|"
    r"get\s+(?:the|our)\s+[^.]{0,40}\bapp\b|read\s+more\b|continue\s+reading|keep\s+reading|"
    r"watch(?:\s+the)?\s+(?:full\s+|latest\s+)?(?:video|clip|segment|live)|watch\s+now|"
    r"listen\s+(?:now|to\s+the)|(?:don'?t|never)\s+miss\s+(?:a|an|the)\b)|"
    r"(?P<boilerplate>sign\s+up\b|subscribe\b|register\s+(?:now|for|here)|"
    r"follow\s*(?:us|@|\S+(?:\s+\S+){0,3}\s+on\s+(?:twitter|facebook|instagram|x|threads|tiktok|linkedin))|"
    r"like\s+us\s+on|join\s+us\s+on|find\s+us\s+on|share\s+(?:this|on|via|your)|"
    r"to\s+(?:get|receive)\s+[^.]{0,50}(?:newsletter|alerts|updates)|"
    r"(?:this|the)\s+(?:article|story|post)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)|"
    r"(?:originally|first)\s+published\s+(?:on|in|at|by)|"
    r"all\s+rights\s+reserved|copyright\s+(?:©|\(c\)|\d{4})|©|"
    r"have\s+a\s+(?:news\s+)?tip|send\s+us\s+(?:a\s+tip|your)|got\s+a\s+(?:news\s+)?tip))",
    re.IGNORECASE,
)
# Calls to action anywhere in a short line ("Nightcap: ... | Sign up",
# "Please share your videos ... at iReport.", "Follow him on Twitter @x").
CTA_ANYWHERE_RE = re.compile(
    r"(?P<promo>\bclick(?:ing)?\s+here\b|\btap\s+here\b)|\|\s*(?:sign\s+up|subscribe)\b|"
    r"\bsign\s+up\s+(?:for|to)\s+(?:our|the|my|a)\s+[^.]{0,40}\bnewsletters?\b|"
    r"\bsubscribe\s+to\s+(?:our|the)\s+[^.]{0,30}\b(?:newsletters?|channel|podcast)\b|"
    r"\bplease\s+share\s+your\b|\bshare\s+your\s+(?:photos|videos|pictures|stories)\b|"
    r"\bfollow\s+(?:him|her|them|us)\s+on\s+(?:twitter|facebook|instagram|x)\b|"
    r"\b(?:in|to)\s+your\s+inbox\b",
    re.IGNORECASE,
)
# Words that turn an ALL-CAPS line into a call to action whatever its length:
# "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "SIGN UP FOR OUR NEWSLETTER".
CAPS_CTA_RE = re.compile(
    r"\b(?:CLICK(?:ING)?|TAP|ON THE GO|APP|SIGN UP|SUBSCRIBE|NEWSLETTERS?|DOWNLOAD|READ MORE|"
    r"WATCH|LISTEN|FOLLOW US)\b"
)

# --- captions -----------------------------------------------------------------

# A credit in parentheses closing the line: "(AP Photo/Michael Sohn)",
# "(Photo by Kevin Mazur/Getty Images)", "(iStock)", "(Reuters)".
CREDIT_PAREN_RE = re.compile(
    r"\(\s*(?:[^()\n]{0,120}?\b(?:photos?|images?|getty|reuters|ap|afp|epa|istock|istockphoto|"
    r"shutterstock|credit|courtesy|file|pool|handout|screenshot|screengrab|video|via|"
    r"upi|bloomberg|alamy|dpa|ansa|xinhua|tass|sipa|wireimage|filmmagic|ap\s+photo)\b[^()\n]{0,120}|"
    r"[^()\n/]{0,80}[A-Za-z.]/\s?[A-Z][^()\n.]{0,80})\)\s*$",
    re.IGNORECASE,
)
# A line that is nothing but a short parenthetical name: "(Trading Economics)".
PAREN_ONLY_RE = re.compile(r"^\(\s*[A-Z][^()\n]{0,60}\)$")
# A short label with a parenthetical source: "S&P 500 Index (Google Finance )".
LABEL_WITH_SOURCE_RE = re.compile(r"^[^.!?\n]{1,90}\(\s*[A-Z][\w&.'’ \-]{0,50}\)$")
# Photo credit lines without parentheses: "Photo: Jane Doe/AP", "Image credit: ...".
CREDIT_LINE_RE = re.compile(
    r"^(?:photo|photograph|image|picture|video|credit|illustration|graphic)s?"
    r"(?:\s+(?:credit|courtesy))?\s*(?::|by\b)\s*[^.\n]{1,80}$",
    re.IGNORECASE,
)
# A TV-segment description as video captions read: "<who> discusses X on
# 'Kudlow.'" The show name closing the line is checked first (cheap, on the
# tail only), then a present-tense verb of a segment description.
VIDEO_SHOW_TAIL_RE = re.compile(r"\s(?:on|to)\s+['‘\"“][A-Z][^'’\"”\n]{1,60}[.,!?]?['’\"”]\s*\.?$")
VIDEO_VERB_RE = re.compile(
    r"\b(?:discuss(?:es)?|weighs?\s+in|reacts?|provides?|breaks?\s+down|joins?|explains?|"
    r"analyzes?|offers?|argues?|warns?|details?|sounds?\s+off|previews?|examines?|"
    r"comments?|gives?|slams?|shares?|talks?|says)\b"
)
VIDEO_HEADLINES_RE = re.compile(
    r"^here\s+(?:are|is)\s+(?:your|the|today'?s)\s+[^.\n]{0,60}\b(?:headlines|stories|news)\b",
    re.IGNORECASE,
)

# --- promos -------------------------------------------------------------------

# "(RELATED: Forget ISIS ...)" or "[READ MORE: ...]" closing or inside a paragraph.
INLINE_PROMO_RE = re.compile(
    r"[(\[]\s*(?:related|read\s+more|read|see\s+also|also\s+read|watch|more|listen|"
    r"click\s+here|video|photos|opinion)\s*:[^()\[\]\n]{1,300}[)\]]",
    re.IGNORECASE,
)
# A whole line in square brackets: "[Read: Why Tunisia ...]".
BRACKETED_LINE_RE = re.compile(r"^\[[^\[\]\n]{3,300}\]$")
# "READ MORE: ...", "RELATED: ...", "WATCH: ..." followed by a teaser.
PROMO_PREFIX_RE = re.compile(
    r"^(?:read\s+more|related(?:\s+(?:story|article|coverage|video))?|watch|listen|see\s+also|"
    r"also\s+read|more|read|video|photos|opinion|latest|must\s+read|don'?t\s+miss|explainer|"
    r"live\s+updates|click\s+here)\s*[:|»>–—-]\s*\S",
    re.IGNORECASE,
)
# Headers of related-story lists: "Related Stories", "Most Read Business Stories",
# "More from AllBusiness.com:", "Read more:", "Trending Stories".
RELATED_HEADER_RE = re.compile(
    r"^(?:related(?:\s+(?:stories|articles|coverage|content|links|reading|news|videos|posts|topics))?|"
    r"read\s+more|more\s+from\s+[^\n]{1,50}|more\s+(?:stories|news|articles|coverage|headlines)"
    r"(?:\s+(?:from|on|about)\s+[^.\n]{1,50})?|more\s+(?:on|about)\s+[^.\n]{1,50}|"
    r"most\s+(?:read|popular|viewed|shared|emailed|watched)(?:\s+[^.\n]{0,40})?|"
    r"trending(?:\s+(?:now|stories|news|articles|videos|topics))?|"
    r"recommended(?:\s+(?:for\s+you|stories|reading|articles|videos))?|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|"
    r"popular\s+(?:stories|now|articles|on\s+[^.\n]{1,40})|editor'?s\s+picks?|see\s+also|also\s+read|"
    r"top\s+(?:stories|headlines|news|videos)|latest\s+(?:news|stories|headlines|videos)|"
    r"(?:other|similar)\s+(?:stories|articles)|what\s+to\s+read\s+next|up\s+next|"
    r"further\s+reading|in\s+case\s+you\s+missed\s+it|story\s+highlights|key\s+(?:points|takeaways))"
    r"\s*[:»>]?$",
    re.IGNORECASE,
)
# Dateline opening the article: "(CNN) --", "MOSCOW (AP) —", "CAIRO —".
DATELINE_RE = re.compile(
    r"^(?:\([A-Z][\w .]{1,20}\)\s*(?:--|[–—-])|"
    r"[A-Z][A-Z.'’\- ]{2,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?(?:(?<!\s)\s+)?(?:\([A-Za-z][\w .]{1,20}\)\s*)?"
    r"(?:--|[–—]))"
)
# A numbered or lettered item or section ("1. Take the blankets off", "Part One:
# The Wars"): a list item or subhead of this article, never a teaser.
ENUMERATED_RE = re.compile(
    r"^(?:\d{1,3}|[ivxlcIVXLC]{1,6}|[A-Za-z])[.):]\s+\S|"
    r"^(?:step|part|chapter|section|no\.|number|day|round|stage|phase|act)\s+[\w-]+\s*[:.)\-–—]",
    re.IGNORECASE,
)
# Two or more numeric tokens (prices, changes, percentages): a stock-ticker or
# table row, never a promo.
NUMERIC_TOKEN_RE = re.compile(r"(?<![\w])[+\-−]?[$€£]?\d[\d,.]*%?(?![\w])")
URLISH_RE = re.compile(r"https?://|www\.|\.com/|pic\.twitter|@\w", re.IGNORECASE)
# Sentence-final punctuation, possibly followed by closing quotes or brackets.
TERMINAL_RE = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”»]$")

# --- bylines and bios -------------------------------------------------------------

# An author bio closing the article: "Lucas Nolan is a reporter for Breitbart
# Tech covering ... Follow him on Twitter", "Brad Shorr is Director of ... he
# writes frequently about ...". The name opens the line; a bio phrase follows.
BIO_START_RE = re.compile(r"^[A-Z][\w.'’\-]+(?:\s+[A-Z][\w.'’\-]+){1,3}\s+(?:is|was|has\s+been)\s")
BIO_SIGNAL_RE = re.compile(
    r"\b(?:he|she|they)\s+(?:\w+\s+)?(?:writes|wrote|covers|reports)\b|"
    r"\b(?:writes|covering|covers)\s+(?:\w+\s+)?(?:about|for|on|issues|the)\b|"
    r"\b(?:follow|email|e-mail|contact|reach)\s+(?:him|her|them)\b|"
    r"\bis\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:reporter|writer|correspondent|columnist|"
    r"journalist|contributor|editor)\s+(?:for|at|with)\b",
    re.IGNORECASE,
)
