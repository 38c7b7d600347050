"""Text dumps and JSON records into articles: headline, standfirst, body lines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.parse import parse_text_dump
from transforms.records import RecordError, parse_json_record
from transforms.titles import strip_site_suffix


def test_line_two_is_the_standfirst() -> None:
    article = parse_text_dump("Headline\nThe standfirst.\nBody one.\nBody two.", "a.txt")
    assert (article.title, article.subtitle, article.paragraphs) == (
        "Headline",
        "The standfirst.",
        ["Body one.", "Body two."],
    )


def test_an_empty_line_two_means_no_standfirst() -> None:
    article = parse_text_dump("Headline\n\nBody one.", "a.txt")
    assert article.subtitle is None and article.paragraphs == ["Body one."]


def test_residue_on_line_two_is_not_a_standfirst_and_is_recorded() -> None:
    article = parse_text_dump("Headline\n{{#rendered}} {{/rendered}}\nBody one.", "a.txt")
    assert article.subtitle is None
    assert "{{#rendered}} {{/rendered}}" in article.paragraphs  # removed (and recorded) by cleaning


def test_a_dateline_on_line_two_is_body_not_standfirst() -> None:
    article = parse_text_dump("Headline\nMOSCOW (AP) — A cargo ship broke up over Siberia.\nMore.", "a.txt")
    assert article.subtitle is None and article.paragraphs[0].startswith("MOSCOW (AP)")


@pytest.mark.parametrize("line", ["By Sam Writer", "BY NORA QUILL AND ANA ROE", "Por Ana Pérez y Luis Gómez"])
def test_a_byline_on_line_two_is_body_for_the_byline_rule_not_standfirst(line: str) -> None:
    article = parse_text_dump(f"Headline\n{line}\nFirst paragraph.", "a.txt")
    assert article.subtitle is None
    assert article.paragraphs == [line, "First paragraph."]


STANDFIRSTS_OPENING_WITH_BY = ["By the end of the year, the port will double its capacity", "By-election set"]


@pytest.mark.parametrize("line", STANDFIRSTS_OPENING_WITH_BY)
def test_a_standfirst_opening_with_by_is_still_the_standfirst(line: str) -> None:
    assert parse_text_dump(f"Headline\n{line}\nFirst paragraph.", "a.txt").subtitle == line


def test_windows_line_endings_and_leading_blank_lines() -> None:
    article = parse_text_dump("\r\n\r\nHeadline\r\nStandfirst.\r\nBody.\r\n", "a.txt")
    assert (article.title, article.subtitle, article.paragraphs) == ("Headline", "Standfirst.", ["Body."])


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Headline\n\n"
        "The council met on Tuesday to discuss the\nbudget, which was approved late at night.\n\n"
        "Residents who spoke at the meeting said they\nwere worried about the cost of the new bridge.\n"
    )
    article = parse_text_dump(text, "wrapped.txt")
    assert article.paragraphs == [
        "The council met on Tuesday to discuss the budget, which was approved late at night.",
        "Residents who spoke at the meeting said they were worried about the cost of the new bridge.",
    ]


HEADLINE = "Ferry fares rise for the first time in a decade"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sean Hannity Told Trump: No More - The New York Times", "Sean Hannity Told Trump: No More"),
        ("Oil climbs for a third day | Fox Business", "Oil climbs for a third day"),
        ("Spider-Man - Far From Home review", "Spider-Man - Far From Home review"),
        ("Mayor: we will rebuild", "Mayor: we will rebuild"),
        # After a bar: a web address, or a few capitalised name words, is the site ...
        (f"{HEADLINE} | harbourpost.co.uk", HEADLINE),
        (f"{HEADLINE} | Jornal de S.Vicente", HEADLINE),
        (f"{HEADLINE} | Kitchen Lab", HEADLINE),
        # ... but not the kind of piece, nor name words after a dash.
        (f"{HEADLINE} | Live Updates", f"{HEADLINE} | Live Updates"),
        (f"{HEADLINE} | Analysis", f"{HEADLINE} | Analysis"),
        ("Rovers 2-1 United | Match Report", "Rovers 2-1 United | Match Report"),
        (f"{HEADLINE} | Weekend Guide", f"{HEADLINE} | Weekend Guide"),
        (f"{HEADLINE} | Morning Briefing", f"{HEADLINE} | Morning Briefing"),
        # The same kinds after a name are sites.
        (f"{HEADLINE} | Bleacher Report", HEADLINE),
        (f"{HEADLINE} | Tom's Guide", HEADLINE),
        (f"{HEADLINE} - Kitchen Lab", f"{HEADLINE} - Kitchen Lab"),
    ],
)
def test_site_suffix_is_dropped_only_when_it_names_a_site(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


def test_json_record_with_title_uses_text_as_body() -> None:
    article = parse_json_record(
        {
            "url": "https://news.example.com/a",
            "title": "Headline",
            "text": "Para one.\nPara two.",
            "published_at": "2024-03-01T09:30:00-05:00",
            "authors": ["Jane Doe", "John Roe"],
        },
        "export.jsonl#L1",
    )
    assert article.title == "Headline" and article.paragraphs == ["Para one.", "Para two."]
    assert article.published_at == datetime(2024, 3, 1, 14, 30, tzinfo=UTC)
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.source_format == "text"


def test_json_record_site_is_its_own_field_else_the_urls_host() -> None:
    """As for a page (README, `site`): the site's name, else the host of the URL."""
    text = "Ferry fares rise\nThe harbour board voted on Tuesday."
    with_url = {"url": "https://www.harbortimes.example/local/ferry", "text": text}
    named = {**with_url, "site_name": "The Harbor Times"}
    assert parse_json_record(with_url, "export.jsonl#L1").site == "harbortimes.example"
    assert parse_json_record(named, "export.jsonl#L2").site == "The Harbor Times"
    assert parse_json_record({"text": text}, "export.jsonl#L3").site is None


def test_a_text_dumps_site_is_the_name_cut_from_its_title() -> None:
    dump = "Ferry fares rise on Monday - The Harbor Times\n\nThe harbour board voted on Tuesday."
    article = parse_text_dump(dump, "ferry.txt")
    assert (article.title, article.site) == ("Ferry fares rise on Monday", "The Harbor Times")
    assert dict(article.metadata_sources)["site"] == "title"
    assert parse_text_dump("Ferry fares rise on Monday\n\nThe board voted.", "b.txt").site is None
    # In a record with a URL the host comes first, as for a page.
    record = {"url": "https://www.harbortimes.example/ferry", "text": dump}
    from_record = parse_json_record(record, "export.jsonl#L1")
    assert from_record.site == "harbortimes.example"
    assert "site" not in dict(from_record.metadata_sources)
    assert parse_json_record({"text": dump}, "export.jsonl#L2").site == "The Harbor Times"


def test_json_record_without_title_is_a_whole_dump() -> None:
    article = parse_json_record({"text": "Headline\nStandfirst.\nBody."}, "export.jsonl#L2")
    assert (article.title, article.subtitle, article.paragraphs) == ("Headline", "Standfirst.", ["Body."])


def test_json_record_with_html_goes_through_the_page_extractor() -> None:
    html = (
        "<html><head><title>Page title</title></head><body><article>"
        "<p>The first paragraph of the story is long enough to count as prose here.</p>"
        "<p>A second paragraph follows with more words about the same story.</p>"
        "</article></body></html>"
    )
    article = parse_json_record({"html": html, "url": "https://news.example.com/b"}, "export.jsonl#L3")
    assert article.source_format == "html" and article.title == "Page title"
    assert article.paragraphs[0].startswith("The first paragraph")


@pytest.mark.parametrize(
    ("record", "reason"),
    [([1, 2], "not_an_object"), ({"title": "x"}, "no_text"), ({"text": "  "}, "no_text")],
)
def test_unusable_json_record_says_why(record: object, reason: str) -> None:
    with pytest.raises(RecordError) as error:
        parse_json_record(record, "export.jsonl#L9")
    assert error.value.reason == reason


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Water main break floods downtown Bend streets | KTVZ",
            "Water main break floods downtown Bend streets",
        ),
        (
            "First snow of the season blankets metro Detroit - WXYZ",
            "First snow of the season blankets metro Detroit",
        ),
        (
            "Ferry service resumes after the storm passes | KOMO-TV",
            "Ferry service resumes after the storm passes",
        ),
    ],
)
def test_a_stations_call_sign_after_a_headline_is_its_site(title: str, expected: str) -> None:
    assert strip_site_suffix(title) == expected


@pytest.mark.parametrize(
    "title",
    [
        "Vote count in the Senate race stalls | Kansas",  # a place, no call sign
        "The team clinches the title after a long season | K9",
        "Schools reopen across the valley on Monday | Kwik",
        # An agency or a body the headline quotes: three letters.
        "Global measles cases surge for third year - WHO",
        "Flu season arrives early across the South - CDC",
    ],
)
def test_a_short_word_that_is_no_call_sign_stays_in_the_title(title: str) -> None:
    assert strip_site_suffix(title) == title
