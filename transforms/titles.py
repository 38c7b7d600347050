"""Headlines: drop the site name some pages append (" - The New York Times")."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from transforms.contributors import looks_like_organization
from transforms.patterns import NON_ALNUM_RE, SECTION_WORDS

TITLE_SEPARATOR_RE = re.compile(r"(?<!\s)\s+(?:[|\-–—•·»:]|::)\s+")
TRAILING_SEPARATOR_RE = re.compile(r"(?:(?<!\s)\s+)?(?:[|\-–—•·»:]|::)\s*+$")
MAX_SUFFIX_WORDS = 5
# Fewer words than this left in front of the suffix, and the "suffix" was
# part of the headline ("Spider-Man - Far From Home").
MIN_HEADLINE_WORDS = 3


def strip_site_suffix(title: str, site: str | None = None, url: str | None = None) -> str:
    """Drop a trailing " | Site" / " - Site" when it names the site.

    With no site name or URL to compare with (a text dump), a suffix counts
    as the site when it reads as a news organization.

    >>> strip_site_suffix("Big news today | Example Times", "Example Times")
    'Big news today'
    >>> strip_site_suffix("Big news - BBC News", url="https://www.bbc.co.uk/news/1")
    'Big news'
    >>> strip_site_suffix("Sean Hannity Told Trump: ‘No More’ - The New York Times")
    'Sean Hannity Told Trump: ‘No More’'
    >>> strip_site_suffix("Rust - a language we like", "Blog")
    'Rust - a language we like'
    """
    parts = TITLE_SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    suffix = parts[-1]
    if len(suffix.split()) > MAX_SUFFIX_WORDS:
        return title
    head = TRAILING_SEPARATOR_RE.sub("", title[: title.rfind(suffix)]).strip()
    if not head:
        return title
    if _names_site(suffix, site, url):
        return head
    separator = title[len(head) : title.rfind(suffix)]
    guessed = site is None and url is None and _reads_as_site_name(suffix, separator)
    return head if guessed and len(head.split()) >= MIN_HEADLINE_WORDS else title


# A web address as a name ("tagesschau.de", "Example.com").
DOMAIN_NAME_RE = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|fr|es|it|at|ch|uk|nl|be|br|pt|co|io|info)$", re.IGNORECASE
)
# A name's words: capitalised ("Gadget Lab", "Folha de S.Paulo"), with the particles names hold.
NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÝÄÖÜ][\w.’'&-]*|de|da|do|di|del|der|des|du|la|le|of|the|and|&)$")


# A kind of piece named in two words, a kicker and a kind ("Match Report", "Weekend
# Guide", "Morning Briefing"): the same kinds after a name ("Bleacher Report", "Tom's
# Guide") are sites.
PIECE_KICKERS = frozenset(
    {"match", "weekend", "morning", "evening", "daily", "weekly", "gift", "buying", "news", "week", "special",
     "player", "season", "live", "race", "game", "film", "book", "album", "product"}
)  # fmt: skip
PIECE_KINDS = frozenset(
    {"report", "guide", "briefing", "roundup", "preview", "ratings", "review", "recap", "blog", "digest"}
)


def _names_a_kind_of_piece(words: list[str]) -> bool:
    """
    >>> [_names_a_kind_of_piece(x.split()) for x in ("Match Report", "Bleacher Report", "Weekend Guide")]
    [True, False, True]
    """
    return len(words) == 2 and words[0].casefold() in PIECE_KICKERS and words[1].casefold() in PIECE_KINDS


# A US station's call sign, the name its site signs a headline with: "KTVZ", "WXYZ",
# "KOMO-TV". Four letters: "- WHO", "- CDC" close headlines as their source.
BROADCAST_CALL_SIGN_RE = re.compile(r"^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$")


# One word spelled as a brand, never as a kicker: letters and figures ("News24", "France24")
# or a capital inside the word ("TechCrunch", "HuffPost").
BRAND_WORD_RE = re.compile(r"^(?:[A-Z][a-z][A-Za-z]{2,}\d{2,3}|[A-Z][a-z]+(?:[A-Z][a-z]+)+)$")


def _reads_as_site_name(suffix: str, separator: str) -> bool:
    """A suffix reads as the site's name: a news organisation's, or after a bar
    (" | ", where headlines put their site) a web address or two to four
    capitalised name words that name no kind of piece.

    >>> [_reads_as_site_name(s, " | ") for s in ("Gadget Lab", "tagesschau.de", "Folha de S.Paulo")]
    [True, True, True]
    >>> [_reads_as_site_name(s, " | ") for s in ("Live Updates", "Analysis", "what we know", "COVID19", "P2")]
    [False, False, False, False, False]
    >>> [_reads_as_site_name(s, " | ") for s in ("News24", "TechCrunch")]
    [True, True]
    >>> _reads_as_site_name("Gadget Lab", " - "), _reads_as_site_name("KTVZ", " - ")
    (False, True)
    """
    if looks_like_organization(suffix) or BROADCAST_CALL_SIGN_RE.match(suffix):
        return True
    if separator.strip() != "|":
        return False
    if DOMAIN_NAME_RE.match(suffix) or BRAND_WORD_RE.match(suffix):
        return True
    words = suffix.split()
    return (
        2 <= len(words) <= 4
        and all(NAME_WORD_RE.match(word) for word in words)
        and words[0][:1].isupper()
        and not any(word.casefold() in SECTION_WORDS for word in words)
        and not _names_a_kind_of_piece(words)
    )


def _names_site(suffix: str, site: str | None, url: str | None) -> bool:
    compact_suffix = NON_ALNUM_RE.sub("", suffix).lower()
    if not compact_suffix:
        return False
    if site:
        compact_site = NON_ALNUM_RE.sub("", site).lower()
        if compact_site and (compact_site in compact_suffix or compact_suffix in compact_site):
            return True
    host = host_of(url)
    if host:
        labels = [label for label in host.split(".") if len(label) > 2]
        if labels and (labels[0] in compact_suffix or compact_suffix in labels[0]):
            return True
    return False


def host_of(url: str | None) -> str | None:
    """The host of a URL without "www.".

    >>> host_of("https://www.example.com/a?b=1")
    'example.com'
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


TITLE_PREFIX_RE = re.compile(r"^(?P<prefix>[^|\-–—•·»:]{2,60}?)\s*(?:[|\-–—•·»:]|::)\s+(?P<rest>\S.*)$")
WORD_KEY_RE = re.compile(r"[\W_]+")
# The headline among the page's <h1>s: at least this many words when no
# metadata title contains it (a lone word is a logo or a section name).
MIN_UNCONFIRMED_HEADING_WORDS = 2


def strip_site_affix(title: str, site: str | None = None, url: str | None = None) -> tuple[str, str | None]:
    """The title without a site-name suffix or prefix, and the part removed.

    >>> strip_site_affix("Example Times | Big news today", "Example Times")
    ('Big news today', 'Example Times |')
    >>> strip_site_affix("Big news today - Example Times", "Example Times")
    ('Big news today', '- Example Times')
    >>> strip_site_affix("Big news today")
    ('Big news today', None)
    """
    stripped = strip_site_suffix(title, site, url)
    if stripped != title:
        return stripped, title[len(stripped) :].strip()
    match = TITLE_PREFIX_RE.match(title)
    if (
        match
        and len(match.group("rest").split()) >= MIN_HEADLINE_WORDS
        and _names_site(match.group("prefix"), site, url)
    ):
        rest = match.group("rest").strip()
        return rest, title[: title.rfind(rest)].strip()
    return title, None


# A separator inside a removed affix: at its start or end, or between spaces.
AFFIX_SEPARATOR_RE = re.compile(r"(?:^|\s)(?:[|\-–—•·»:]|::)(?:\s|$)")


def site_in_title_affix(affix: str) -> str | None:
    """The site name at the end of an affix cut from a title: the words after
    its last separator (a kicker before the headline is no site name).

    >>> site_in_title_affix("| The Daily Ledger"), site_in_title_affix("Climate: | Daily Example")
    ('The Daily Ledger', 'Daily Example')
    >>> site_in_title_affix("The Daily Ledger |"), site_in_title_affix("Climate:")
    (None, None)
    """
    parts = AFFIX_SEPARATOR_RE.split(affix)
    name = parts[-1].strip() if len(parts) > 1 else ""
    return name if name and len(name.split()) <= MAX_SUFFIX_WORDS else None


def _key(text: str) -> str:
    return " ".join(WORD_KEY_RE.sub(" ", text.casefold()).split())


def choose_headline(
    metadata_titles: list[tuple[str, str]],
    headings: list[str],
    site: str | None = None,
    url: str | None = None,
    subheadings: list[str] | None = None,
) -> tuple[str, str, str | None]:
    """(title, source, removed affix) from the page's metadata titles and `<h1>`s.

    The visible headline wins when a metadata title contains it (the metadata
    then only adds a site name or a kicker, which is recorded as removed);
    then an `<h1>` of two or more words that is not the site's name; then the
    first metadata title without its site affix, or, where an `<h2>` of two or
    more words shows the part of it before a separator, that part (a page with
    no `<h1>` headline: "Was ist Freie Software - MyOOS Community Forum" over
    the heading "Was ist Freie Software").

    >>> choose_headline([("og", "Climate: Rain due all week | Daily Example")], ["Daily Example",
    ...     "Rain due all week"], "Daily Example")
    ('Rain due all week', 'h1', 'Climate: | Daily Example')
    >>> choose_headline([("og", "Rain due | Daily Example")], [], "Daily Example")
    ('Rain due', 'og', '| Daily Example')
    """
    site_key = _key(site or "")
    candidates = [(_key(h), h) for h in headings]
    candidates = [(k, h) for k, h in candidates if len(k) >= 3 and k != site_key]
    best: tuple[float, str, str] | None = None
    for key, heading in candidates:
        for _, meta_title in metadata_titles:
            meta_key = _key(meta_title)
            if meta_key and key in meta_key:
                coverage = len(key) / len(meta_key)
                if best is None or coverage > best[0]:
                    best = (coverage, heading, meta_title)
    if best is not None:
        _, heading, meta_title = best
        affix = meta_title.replace(heading, " ").strip() if heading in meta_title else None
        return heading, "h1", " ".join(affix.split()) if affix else None
    kicked = _headline_after_kicker(metadata_titles, candidates)
    if kicked is not None:
        return kicked
    meta_words = {word for _, meta_title in metadata_titles for word in _key(meta_title).split()}
    for key, heading in candidates:
        words = key.split()
        # An <h1> no metadata title contains still counts when it shares a word
        # with one (an edited headline); one that shares none is a widget
        # ("Navigation", "E-Mail-Abo"), unless the page has no metadata title.
        shares = not meta_words or any(len(word) > 3 and word in meta_words for word in words)
        if (
            len(words) >= MIN_UNCONFIRMED_HEADING_WORDS
            and shares
            and not (site_key and (site_key in key or key in site_key))
        ):
            return heading, "h1", None
    shown = _head_shown_as_heading(metadata_titles, subheadings or [])
    if shown is not None:
        return shown
    for source, meta_title in metadata_titles:
        title, removed = strip_site_affix(meta_title, site, url)
        if title:
            return title, source, removed
    return "", "none", None


# A kicker shown in the <h1> before the headline: a topic in one to three words ("Rente").
MAX_KICKER_WORDS = 3
# The headline the metadata give must be a headline's length on its own.
MIN_KICKED_HEADLINE_WORDS = 4


def _headline_after_kicker(
    metadata_titles: list[tuple[str, str]], candidates: list[tuple[str, str]]
) -> tuple[str, str, str] | None:
    """The JSON-LD or og headline, where the `<h1>` shows it after a kicker the metadata
    lack: the `<h1>` "Rente Bundestag beschließt Rentenpaket" over the og:title "Bundestag
    beschließt Rentenpaket" gives the og:title, and "Rente" is the affix removed.

    >>> _headline_after_kicker([("og", "Council backs new flood plan")],
    ...     [("climate council backs new flood plan", "Climate Council backs new flood plan")])
    ('Council backs new flood plan', 'h1', 'Climate')
    >>> _headline_after_kicker([("og", "Council backs new flood plan")],
    ...     [("the city council backs new flood plan", "The city council backs new flood plan")]) is None
    True
    """
    for key, heading in candidates:
        for source, meta_title in metadata_titles:
            if source not in ("json-ld", "og"):
                continue
            meta_key = _key(meta_title)
            if len(meta_key.split()) < MIN_KICKED_HEADLINE_WORDS or not key.endswith(" " + meta_key):
                continue
            kicker = key[: -len(meta_key)].split()
            if len(kicker) <= MAX_KICKER_WORDS and heading.endswith(meta_title):
                return meta_title, "h1", heading[: -len(meta_title)].strip()
    return None


def _head_shown_as_heading(
    metadata_titles: list[tuple[str, str]], subheadings: list[str]
) -> tuple[str, str, str] | None:
    """The first metadata title's words before its first separator, where a heading shows
    just them ("Q | iPhone | Forum | MacTechNews.de" over the heading "Q").

    >>> _head_shown_as_heading([("html-title", "Rain due all week - Example Forum")], ["Rain due all week"])
    ('Rain due all week', 'h2', '- Example Forum')
    >>> _head_shown_as_heading([("html-title", "Rain - Example Forum")], ["Rain"]) is None
    True
    >>> _head_shown_as_heading([("html-title", "City Desk - Rain due all week in the valley - Example")],
    ...     ["City Desk"]) is None
    True
    """
    if not metadata_titles or not subheadings:
        return None
    meta_title = metadata_titles[0][1]
    separator = TITLE_SEPARATOR_RE.search(meta_title)
    if separator is None:
        return None
    head = meta_title[: separator.start()]
    head_key = _key(head)
    if len(head_key.split()) < MIN_UNCONFIRMED_HEADING_WORDS:
        return None
    # What follows names places (a section, the site), never a headline: a head shown as
    # a heading in "CTV Toronto - OPP says 'enough' after 2 accused - CTV News" is a section.
    rest = TITLE_SEPARATOR_RE.split(meta_title[separator.start() :].strip(" |-–—•·»:"))
    if any(len(part.split()) > MAX_SUFFIX_WORDS for part in rest):
        return None
    for heading in subheadings:
        if _key(heading) == head_key:
            return heading, "h2", " ".join(meta_title[separator.start() :].split())
    return None
