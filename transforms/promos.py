"""Inline promos: "(RELATED: ...)" teasers inside a paragraph, an exact syntax.

Whole promo lines are the line model's (`transforms/line_model.py`).
"""

from __future__ import annotations

from transforms.patterns import INLINE_PROMO_RE


def cut_inline_promos(line: str) -> tuple[str, list[str]]:
    """Cut "(RELATED: ...)" style teasers out of a paragraph.

    >>> cut_inline_promos("UK won by 8. (RELATED: Forget ISIS, Meet The Flop)")
    ('UK won by 8.', ['(RELATED: Forget ISIS, Meet The Flop)'])
    """
    if ":" not in line or ("(" not in line and "[" not in line):
        return line, []
    cuts = [match.group() for match in INLINE_PROMO_RE.finditer(line)]
    if not cuts:
        return line, []
    return " ".join(INLINE_PROMO_RE.sub(" ", line).split()), cuts
