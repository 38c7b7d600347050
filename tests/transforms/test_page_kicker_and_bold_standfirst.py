"""A page's kicker shown in its <h1>, and its standfirst shown again in bold above the byline.

The <h1> may show a topic word before the headline ("Klima Stadtrat beschließt ...") that
the JSON-LD headline and og:title lack: the title is the metadata's headline and the kicker
is the affix removed. A standfirst the page repeats as a bold paragraph between the
headline and the byline, equal to the meta description, is the subtitle, not body; a bold
lede under the byline, and a plain one the description copies, stay body.

Every page here is written for this file; the outlets are made up.
"""

from __future__ import annotations

import json

from transforms.article import RemovalKind
from transforms.html import parse_html_page

HEADLINE = "Stadtrat beschließt neuen Hochwasserplan für die Altstadt"
DEK = "Nach zwei Jahren Streit hat der Rat den Plan verabschiedet. Die Deiche sollen bis 2030 erhöht werden."
PROSE = [
    "Der Stadtrat hat am Donnerstag den neuen Hochwasserplan beschlossen. 41 Ratsmitglieder stimmten dafür, "
    "zwölf dagegen.",
    "Der Plan sieht vor, die Deiche entlang des Flusses um bis zu einen Meter zu erhöhen. "
    "Die Kosten werden auf 80 Millionen Euro geschätzt.",
    "Anwohner der Altstadt hatten nach dem Hochwasser im vergangenen Jahr schnellere Maßnahmen gefordert.",
]


def _page(h1: str, first: str, head_title: str = HEADLINE) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": head_title})
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f'<html lang="de"><head><meta property="og:title" content="{head_title}">'
        f'<meta name="description" content="{DEK}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        f"<body><main><article><h1>{h1}</h1>{first}{paragraphs}</article></main></body></html>"
    )


def test_a_kicker_the_metadata_lack_leaves_the_title() -> None:
    h1 = f'<span class="topline">Klima</span> <span class="headline">{HEADLINE}</span>'
    article = parse_html_page(_page(h1, ""), source="k.html")
    assert article.title == HEADLINE
    assert (RemovalKind.TITLE_AFFIX, "Klima") in [(r.kind, r.text) for r in article.removed]


def test_a_headline_longer_than_a_kicker_before_the_metadata_title_stays() -> None:
    h1 = f"Nach langem Streit zwischen Rat und Anwohnern: {HEADLINE}"
    article = parse_html_page(_page(h1, ""), source="k.html")
    assert article.title == h1


def test_a_bold_standfirst_above_the_byline_is_the_subtitle() -> None:
    first = f"<p><strong>{DEK}</strong></p><p>Von Anna Weber, Rathausredaktion</p>"
    article = parse_html_page(_page(HEADLINE, first), source="s.html")
    assert article.subtitle == DEK
    assert DEK not in article.paragraphs
    assert article.paragraphs[-3:] == PROSE


def test_a_bold_lede_under_the_byline_stays() -> None:
    first = f"<p>Von Anna Weber, Rathausredaktion</p><p><strong>{DEK}</strong></p>"
    article = parse_html_page(_page(HEADLINE, first), source="s.html")
    assert DEK in article.paragraphs


def test_a_plain_lede_copied_into_the_description_stays() -> None:
    first = f"<p>{DEK}</p><p>Von Anna Weber, Rathausredaktion</p>"
    article = parse_html_page(_page(HEADLINE, first), source="s.html")
    assert DEK in article.paragraphs
