"""Credit lines of Chinese and Japanese news: "记者 王晓明", "（责任编辑：张华）".

A role word, a colon or a space, then one to four names of two to four Han or
kana characters, and nothing else on the line (an opening and closing bracket
aside). A reporter (记者, 記者) is an author, as "By X" is; an editor (责任编辑,
编辑, 編集) or a correspondent (通讯员) is a contributor, as "Editing by X" is.
Prose that names a reporter ("记者王晓明在现场看到……") goes on past the
name, and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.article import Article, Contributor, Removal, RemovalKind, join_paragraphs, split_paragraphs

_NAME = r"[\u4e00-\u9fff\u3041-\u30ff]{2,4}"
CJK_CREDIT_RE = re.compile(
    r"^[（(【\[]?\s*(?P<role>本报记者|本報記者|特约记者|特約記者|记者|記者|责任编辑|責任編輯|责编|責編|编辑|編輯|編集"
    r"|通讯员|通訊員)\s*(?:[：:]\s*|\s+)"
    rf"(?P<names>{_NAME}(?:\s*[、，,\s]\s*{_NAME}){{0,3}})\s*(?:报道|報道)?\s*[)）】\]]?$"
)
# A name that ends in a verb of saying is the start of a sentence: "记者 王明说".
_SAYING = ("说", "說", "称", "稱", "表示", "指出", "报道", "報道")
AUTHOR_ROLES = frozenset({"本报记者", "本報記者", "特约记者", "特約記者", "记者", "記者"})
CORRESPONDENT_ROLES = frozenset({"通讯员", "通訊員"})
# Characters one of the role words holds: a body without any of them has no credit line.
_ROLE_CHARS = ("记", "記", "编", "編", "通")


def parse_cjk_credit(line: str) -> tuple[str, tuple[str, ...]] | None:
    """The role ("author", "editing", "correspondent") and names of a credit line, or None.

    >>> parse_cjk_credit("（责任编辑：张华）")
    ('editing', ('张华',))
    >>> parse_cjk_credit("本报记者 王晓明 李娜")
    ('author', ('王晓明', '李娜'))
    >>> parse_cjk_credit("記者 山田太郎")
    ('author', ('山田太郎',))
    >>> parse_cjk_credit("记者王晓明在现场看到，码头上的集装箱已经堆到三层。") is None
    True
    """
    match = CJK_CREDIT_RE.match(line.strip())
    if match is None:
        return None
    names = tuple(name for name in re.split(r"[、，,\s]+", match["names"]) if name)
    if any(name.endswith(_SAYING) for name in names):
        return None
    role = match["role"]
    if role in AUTHOR_ROLES:
        return "author", names
    return ("correspondent" if role in CORRESPONDENT_ROLES else "editing"), names


def extract_cjk_credits(article: Article) -> Article:
    """Move CJK reporter lines into `authors` and editor lines into `contributors`."""
    if article.body.isascii() or not any(char in article.body for char in _ROLE_CHARS):
        return article  # every article in a language without these characters (isascii: O(1))
    authors = dict.fromkeys(article.authors)
    contributors = dict.fromkeys(article.contributors)
    kept: list[str] = []
    removed: list[Removal] = []
    for line in split_paragraphs(article.body):
        credit = parse_cjk_credit(line) if len(line) <= 40 else None
        if credit is None:
            kept.append(line)
            continue
        role, names = credit
        if role == "author":
            removed.append(Removal(RemovalKind.BYLINE, line))
            if not article.authors:  # the page's metadata wins, as for "By X"
                authors.update(dict.fromkeys(names))
        else:
            removed.append(Removal(RemovalKind.CONTRIBUTOR, line))
            contributors.update(dict.fromkeys(Contributor(name, role=role) for name in names))
    if not removed:
        return article
    sources = article.metadata_sources
    if tuple(authors) != article.authors:
        sources += (("authors", "text"),)
    return replace(
        article,
        body=join_paragraphs(kept),
        authors=tuple(authors),
        contributors=tuple(contributors),
        removed=article.removed + tuple(removed),
        metadata_sources=sources,
    )
