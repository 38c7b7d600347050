"""The one value that flows through every cleaning step: `Article`.

Steps never mutate an article; they return a new one with `dataclasses.replace`,
so a test can compare before and after, and `removed` keeps an audit trail of
every line a rule dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from enum import StrEnum


class RemovalKind(StrEnum):
    """Why a line left the body. Stored as text in the `removed` column."""

    RESIDUE = "residue"  # template syntax, stray tags, separators, UI words
    PROMO = "promo"  # teasers to other stories, calls to action, related lists
    BOILERPLATE = "boilerplate"  # ads, share and follow buttons, newsletters
    CAPTION = "caption"  # photo and video captions and credits
    CONTRIBUTOR = "contributor"  # "X contributed to this report"
    BYLINE = "byline"  # "By X", author bios
    TITLE_AFFIX = "title_affix"  # the site name or kicker cut from the title (" - The Daily Ledger")


@dataclass(frozen=True, slots=True)
class Removal:
    kind: RemovalKind
    text: str
    # The line it came from: 0 the title, then the subtitle (when there is one),
    # then the body paragraphs in order. Set by `clean`.
    position: int | None = None


def _removal_init(self: Removal, kind: RemovalKind, text: str, position: int | None = None) -> None:
    # The slots' own setters: the generated frozen __init__ goes through
    # object.__setattr__ by name, and the steps and `clean` make ~15 removals an
    # article. Same signature and defaults; the instance is as frozen as before.
    _set_kind(self, kind)
    _set_text(self, text)
    _set_position(self, position)


_set_kind = Removal.kind.__set__  # type: ignore[attr-defined]
_set_text = Removal.text.__set__  # type: ignore[attr-defined]
_set_position = Removal.position.__set__  # type: ignore[attr-defined]
# A class compiled to native code (mypyc) takes no new attributes: it keeps its own __init__.
with suppress(AttributeError, TypeError):
    Removal.__init__ = _removal_init  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class Contributor:
    """One person (or organization) credited for reporting.

    `name` is the person, or the organization where no person is named;
    `role` says what they did ("contributor", "reporting", "editing", ...).
    """

    name: str
    organization: str | None = None
    role: str = "contributor"


@dataclass(frozen=True, slots=True)
class Article:
    """An article on its way from raw dump to Parquet row.

    `body` holds paragraphs separated by one blank line ("\\n\\n"); a
    paragraph never contains a newline once cleaned.
    """

    article_id: str  # derived from the input, the same on every rerun
    source: str  # file path (with record locator) or URL
    source_format: str  # how the body was read: "text" (a dump's lines) or "html" (a page)
    title: str
    subtitle: str | None
    body: str
    url: str | None = None
    site: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[Contributor, ...] = ()
    published_at: datetime | None = None  # timezone-aware (UTC) or None
    language: str | None = None
    removed: tuple[Removal, ...] = field(default=())
    published_date: date | None = None  # the calendar day the page states (publisher's zone)
    # How far published_at can be trusted: "instant", "local_time" or "date" (dates.Precision).
    published_precision: str | None = None
    modified_at: datetime | None = None  # timezone-aware (UTC) or None
    # (field, source) pairs: where title, authors, published_at... came from,
    # e.g. ("published_at", "json-ld"), ("authors", "byline"), ("title", "h1").
    metadata_sources: tuple[tuple[str, str], ...] = ()
    # The body paragraphs a page sets as headings (<h2>-<h6>) inside its story: what the
    # cleaning knows of the page's structure, which a line of text no longer shows. Not
    # stored; a text dump has none.
    headings: frozenset[str] = frozenset()

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.body)


# What cleaning reads and the row does not hold: a page's headings.
UNSTORED_FIELDS = frozenset({"headings"})

# The fields of an Article in order.
_FIELDS = tuple(item.name for item in fields(Article))


def _make_updated() -> Callable[..., Article]:
    """`updated`, made from source as dataclasses makes `__init__`: one keyword
    argument a field, each slot of the copy set by its setter in straight-line code
    (a loop over the fields, or a dict of them, costs twice as much)."""
    names = {f"set_{name}": getattr(Article, name).__set__ for name in _FIELDS}
    names |= {"Article": Article, "new": object.__new__, "UNSET": _UNSET, "__name__": __name__}
    source = (
        f"def updated(article, /, *, {', '.join(f'{name}=UNSET' for name in _FIELDS)}):\n"
        "    copy = new(Article)\n"
        + "".join(
            f"    set_{name}(copy, article.{name} if {name} is UNSET else {name})\n" for name in _FIELDS
        )
        + "    return copy\n"
    )
    exec(source, names)  # our own field names, no outside text
    return names["updated"]  # type: ignore[no-any-return]


def _make_init() -> Callable[..., None]:
    """Article's `__init__` with each slot set by its setter, not through
    `object.__setattr__` by name as the frozen dataclass's does (half the cost: every
    parsed article makes one). The same parameters and defaults."""
    names: dict[str, object] = {f"set_{name}": getattr(Article, name).__set__ for name in _FIELDS}
    names["__name__"] = __name__
    parameters = []
    for item in fields(Article):
        if item.default is not MISSING:
            names[f"default_{item.name}"] = item.default
            parameters.append(f"{item.name}=default_{item.name}")
        else:
            assert item.default_factory is MISSING, "a default factory needs the dataclass's own __init__"
            parameters.append(item.name)
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "".join(
        f"    set_{name}(self, {name})\n" for name in _FIELDS
    )
    exec(source, names)  # our own field names, no outside text
    init = names["__init__"]
    init.__qualname__ = "Article.__init__"  # type: ignore[attr-defined]
    return init  # type: ignore[return-value]


with suppress(AttributeError, TypeError):  # see Removal.__init__
    Article.__init__ = _make_init()  # type: ignore[method-assign]
_UNSET = object()
# `dataclasses.replace(article, **changes)` in a third of the time: every cleaning
# step makes one, and Article has 16 fields. The new article's slots are filled
# directly; Article has no `__post_init__` to skip, and the copy is as frozen as one
# `replace` makes. A name that is no field is a TypeError, as in `replace`.
updated = _make_updated()


PARAGRAPH_SEPARATOR = "\n\n"

# The body last split or joined, with its paragraphs. Cleaning steps split the
# body one after the other, and most hand the next step the very string they
# were given, or one `join_paragraphs` just made: that split is a list copy.
# Keyed by identity: the string is held here, so its id cannot be reused.
_last_split: tuple[str, tuple[str, ...]] = ("", ())


def split_paragraphs(body: str) -> list[str]:
    """Split a body into its non-empty paragraphs.

    >>> split_paragraphs("One.\\n\\nTwo.\\n")
    ['One.', 'Two.']
    """
    last = _last_split
    if last[0] is body:
        return list(last[1])
    # filter(None, map(...)) iterates in C: every cleaning step splits the body.
    paragraphs = list(filter(None, map(str.strip, body.split("\n"))))
    _remember_split(body, paragraphs)
    return paragraphs


def join_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    # Paragraphs as `split_paragraphs` gives them (non-empty, stripped, no
    # newline) are what splitting the body gives back; checked in C, not trusted.
    if (
        all(paragraphs)
        and list(map(str.strip, paragraphs)) == list(paragraphs)
        and body.count("\n") == 2 * (len(paragraphs) - 1)
    ):
        _remember_split(body, paragraphs)
    return body


def join_split_paragraphs(paragraphs: list[str] | tuple[str, ...]) -> str:
    """`join_paragraphs` of paragraphs made as `split_paragraphs` makes them
    (non-empty, stripped, no newline): some of one split's, kept in order, or
    lines normalized by `normalize_paragraphs`. Splitting the body gives them
    back, so they are remembered without `join_paragraphs`' checks, which cost
    four times the join (the steps that drop lines call this).

    >>> split_paragraphs(join_split_paragraphs(["One.", "Two."]))
    ['One.', 'Two.']
    """
    body = PARAGRAPH_SEPARATOR.join(paragraphs)
    _remember_split(body, paragraphs)
    return body


def join_lines(lines: list[str]) -> str:
    """`"\\n".join(lines)` of lines holding no newline (a dump's lines, as
    `transforms.parse.split_lines` gives them), remembering the paragraphs
    `split_paragraphs` finds in it: cleaning splits the parsed body first.

    >>> body = join_lines(["One. ", "", " Two."])
    >>> body, split_paragraphs(body)
    ('One. \\n\\n Two.', ['One.', 'Two.'])
    """
    body = "\n".join(lines)
    # What splitting the body gives: its lines are `lines`, stripped, the empty ones dropped.
    _remember_split(body, list(filter(None, map(str.strip, lines))))
    return body


def _remember_split(body: str, paragraphs: list[str] | tuple[str, ...]) -> None:
    global _last_split
    _last_split = (body, tuple(paragraphs))  # one assignment: a thread reads the old pair or the new
