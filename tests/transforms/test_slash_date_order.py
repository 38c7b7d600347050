"""A slash date in the metas is read in the order the page's own printed date confirms.

Class found where newspaper4k read the date and we did not (metadata-dev, half A of the
sites): a German page whose CMS writes `<meta name="date" content="11/01/2023 12:43:42">`
in a US server's month-first order while the article prints "Erstellt am: 01.11.2023".
"""

from __future__ import annotations

from datetime import date

from transforms.html import parse_html_page
from transforms.pipeline import clean

PROSE = (
    "<p>Am Samstag warnte die Gemeinde vor belastetem Leitungswasser im Ortsteil. Das Wasser sollte "
    "ohne vorheriges Abkochen nicht getrunken werden, bis die Proben wieder sauber sind.</p>"
    "<p>Die Ursache der Verschmutzung ist noch unklar; die Gemeinde informiert, sobald neue "
    "Ergebnisse aus dem Labor vorliegen und das Netz gespült worden ist.</p>"
)


def german_page(meta_date: str | None, printed: str) -> str:
    meta = f'<meta name="date" content="{meta_date}">' if meta_date else ""
    return (
        f'<html lang="de"><head><title>Trinkwasser belastet</title>{meta}</head><body>'
        f"<h1>Trinkwasser belastet</h1><article>{printed}{PROSE}</article></body></html>"
    )


def published(html: str) -> date | None:
    return clean(
        parse_html_page(html, source="test", url="https://zeitung.example.ch/a/43157.html")
    ).published_date


def test_the_printed_date_settles_the_order_of_a_slash_date_in_the_metas() -> None:
    html = german_page("11/01/2023 12:43:42", "<p>Erstellt am: 01.11.2023</p>")

    assert published(html) == date(2023, 11, 1)


def test_without_a_printed_date_the_page_s_language_sets_the_order() -> None:
    # Look-alike: the same meta with nothing printed: a German page writes the day first.
    assert published(german_page("11/01/2023 12:43:42", "")) == date(2023, 1, 11)


def test_a_printed_date_that_agrees_with_the_language_changes_nothing() -> None:
    html = german_page("11/01/2023 12:43:42", "<p>Erstellt am: 11.01.2023</p>")

    assert published(html) == date(2023, 1, 11)


def test_a_slash_date_whose_order_is_plain_is_not_swapped() -> None:
    # Look-alike: "25/01/2023" can only be the 25th of January, whatever the text prints.
    html = german_page("25/01/2023 12:43:42", "<p>Erstellt am: 01.11.2023</p>")

    assert published(html) == date(2023, 1, 25)


def test_a_created_on_label_gives_the_date_of_a_page_without_metas() -> None:
    html = german_page(None, "<p>Erstellt am: 01.11.2023</p>")

    assert published(html) == date(2023, 11, 1)
