"""The written L3S label fixes (`training/label_fixes.py`), on rows written here."""

from __future__ import annotations

from training.label_fixes import fixed_label, fixed_row

NOTICE = "Copyright 2008 The Valley Courier. All rights reserved."
PROSE = "The council voted on Tuesday to keep the library open late during exams."
# A body sentence about copyright law is no notice.
ABOUT_COPYRIGHT = (
    "The court ruled that the band's copyright had expired decades ago, and the judge said that all rights "
    "reserved by the original label had passed to the estate, which plans to reissue the albums next year "
    "with new liner notes."
)


def _row(lines: list[tuple[str, str]]) -> dict:
    return {
        "id": "case-1",
        "lines": [{"text": "A title", "label": "title"}, {"text": "", "label": "subtitle"}]
        + [{"text": text, "label": label} for text, label in lines],
        "expected": {"body": "\n".join(text for text, label in lines if label == "body")},
    }


def test_a_notice_labelled_body_becomes_boilerplate_and_leaves_the_expected_body() -> None:
    row = _row([(PROSE, "body"), (NOTICE, "body"), ("Print", "body")])
    fixed = fixed_row(row, "l3s-dev", ("copyright", "page_tools"))
    assert [line["label"] for line in fixed["lines"][2:]] == ["body", "boilerplate", "boilerplate"]
    assert fixed["expected"]["body"] == PROSE
    assert row["lines"][3]["label"] == "body"  # the corpus row itself is untouched


def test_each_fix_applies_alone() -> None:
    assert fixed_label(NOTICE, "body", "l3s-dev", ("page_tools",)) == "body"
    assert fixed_label(NOTICE, "body", "l3s-dev", ("copyright",)) == "boilerplate"
    assert fixed_label("Advertisement", "body", "l3s-dev", ("advertisement",)) == "boilerplate"
    assert fixed_label("Advertisement", "body", "l3s-dev", ()) == "body"


def test_prose_and_other_corpora_keep_their_labels() -> None:
    every = ("advertisement", "copyright", "page_tools")
    assert fixed_label(ABOUT_COPYRIGHT, "body", "l3s-dev", every) == "body"
    assert (
        fixed_label("Print edition sales rose for the first time in a decade.", "body", "l3s-dev", every)
        == "body"
    )
    row = _row([(NOTICE, "body")])
    assert fixed_row(row, "dumps-dev", every) is row


def test_a_byline_becomes_a_byline_whatever_it_was_labelled() -> None:
    fixes = ("byline",)
    assert fixed_label("By HELENA MARSH, Business Writer", "body", "l3s-dev", fixes) == "byline"
    assert fixed_label("By Tom Reyes", "boilerplate", "l3s-dev", fixes) == "byline"
    # A sentence opening with "By" is prose, and the rule reads the capitals of names.
    assert fixed_label("By the end of the day, the storm had passed.", "body", "l3s-dev", fixes) == "body"


def test_a_separator_becomes_residue_and_leaves_the_expected_body() -> None:
    row = _row([(PROSE, "body"), ("___", "body"), (PROSE.replace("Tuesday", "Friday"), "body")])
    fixed = fixed_row(row, "l3s-dev", ("separator",))
    assert [line["label"] for line in fixed["lines"][2:]] == ["body", "residue", "body"]
    assert "___" not in fixed["expected"]["body"].split("\n")
    assert fixed_label("-", "body", "l3s-dev", ("separator",)) == "body"  # a lone dash: a list's bullet


def test_share_tools_credits_and_post_signatures() -> None:
    assert fixed_label("Digg it", "body", "l3s-dev", ("share_tools",)) == "boilerplate"
    assert fixed_label("Article continues", "body", "l3s-dev", ("share_tools",)) == "boilerplate"
    credit = "(Reporting by Jane Roe; Editing by Sam Ortega)"
    assert fixed_label(credit, "body", "l3s-dev", ("reporting_credit",)) == "contributor"
    source = "Source: Harbour Wire (www.example.org) (Reporting by Jane Roe; Editing by Sam Ortega)"
    assert fixed_label(source, "body", "l3s-dev", ("reporting_credit",)) == "contributor"
    # A paragraph of prose closed by the credit stays body.
    assert fixed_label(f"{PROSE} {credit}", "body", "l3s-dev", ("reporting_credit",)) == "body"
    signature = "Posted by Jane Roe at December 29, 2007 12:03 PM"
    assert fixed_label(signature, "body", "l3s-dev", ("posted_by",)) == "byline"
    assert fixed_label("Posters went up across town on Monday.", "body", "l3s-dev", ("posted_by",)) == "body"


def test_a_line_of_markup_only_becomes_residue_text_with_markup_stays() -> None:
    ad_code = '<div class="ad-slot"><a href="http://ads.example.net/click?id=42&amp;slot=mpu"></a></div>'
    escaped = '&lt;a href="http://ads.example.net/click?id=42"&gt;&lt;/a&gt;'
    assert fixed_label(ad_code, "body", "l3s-dev", ("markup",)) == "residue"
    assert fixed_label(escaped, "boilerplate", "l3s-dev", ("markup",)) == "residue"
    assert fixed_label("Prices rose <b>5%</b> &amp; more", "body", "l3s-dev", ("markup",)) == "body"
    assert fixed_label("Shares of AT&T fell 2%.", "body", "l3s-dev", ("markup",)) == "body"


RELEASE_ABOUT = "About Kestrel Optics"
RELEASE_BOILERPLATE = "Kestrel Optics makes lenses for industrial cameras and is based in Rochester."


def test_press_release_furniture_labelled_body_becomes_boilerplate_with_the_release_fix() -> None:
    # The row fix reads a line with its neighbours: the heading, and the paragraph naming the company.
    row = _row([(PROSE, "body"), (RELEASE_ABOUT, "body"), (RELEASE_BOILERPLATE, "body")])
    fixed = fixed_row(row, "l3s-dev", ("release",))
    assert [line["label"] for line in fixed["lines"][2:]] == ["body", "boilerplate", "boilerplate"]
    assert fixed["expected"]["body"] == PROSE
    assert fixed_row(row, "l3s-dev", ("copyright",)) == row


def test_a_company_paragraph_inside_the_story_is_not_fixed() -> None:
    row = _row([(RELEASE_ABOUT, "body"), (RELEASE_BOILERPLATE, "body"), (PROSE, "body")])
    assert fixed_row(row, "l3s-dev", ("release",))["expected"]["body"] == row["expected"]["body"]


def test_a_line_the_credit_rule_reads_whole_becomes_contributor() -> None:
    photo = "Photo by Jane Roe/Harbour Photo Agency via The Daily Ledger."
    assert fixed_label(photo, "body", "l3s-dev", ("credit_line",)) == "contributor"
    assert fixed_label(
        "(Writing by Jane Roe; Editing by Sam Ortega)", "body", "l3s-dev", ("credit_line",)
    ) == ("contributor")
    # Prose that merely mentions a photo or a contribution stays body.
    assert (
        fixed_label("The photo was taken by a neighbour on Tuesday.", "body", "l3s-dev", ("credit_line",))
        == "body"
    )
    assert fixed_label(PROSE, "body", "l3s-dev", ("credit_line",)) == "body"


def test_a_storys_highlights_under_their_heading_become_boilerplate_up_to_the_prose() -> None:
    lead = "Negotiators for the railroads and four unions left the talks on Thursday without a deal in sight."
    row = _row(
        [
            ("Story Highlights", "body"),
            ("NEW: Unions plan to poll their members this weekend", "body"),
            ("Carriers say their offer of one sick day is final", "body"),
            (lead, "body"),
            ("Highlights of the deal were not made public", "body"),
        ]
    )
    fixed = fixed_row(row, "l3s-dev", ("highlights",))
    # The heading is `page_tools`' line, not this fix's; a line after the prose is the story's.
    assert [line["label"] for line in fixed["lines"][2:]] == [
        "body",
        "boilerplate",
        "boilerplate",
        "body",
        "body",
    ]
    assert fixed["expected"]["body"].split("\n") == [
        "Story Highlights",
        lead,
        "Highlights of the deal were not made public",
    ]


# A data table inside the story, one cell a line as the L3S blocks give it (written here).
STATS = [
    "Season statistics", "Category", "Total", "Rank", "Goals", "14", "T3", "Assists", "9", "12",
    "Shots on goal", "61", "T8",
]  # fmt: skip
MENU = ["Home", "News", "Sport", "Weather", "Business", "Opinion", "Video", "Contact us", "Archive"]


def test_a_data_table_labelled_junk_becomes_body_in_order() -> None:
    row = _row([(PROSE, "body"), *((cell, "boilerplate") for cell in STATS), (ABOUT_COPYRIGHT, "body")])
    fixed = fixed_row(row, "l3s-dev", ("data_table",))
    assert {line["label"] for line in fixed["lines"][2:]} == {"body"}
    assert fixed["expected"]["body"] == "\n".join([PROSE, *STATS, ABOUT_COPYRIGHT])
    assert row["lines"][3]["label"] == "boilerplate"  # the corpus row itself is untouched


def test_a_menu_a_short_table_and_other_corpora_keep_their_labels() -> None:
    lines = [(PROSE, "body"), *((cell, "boilerplate") for cell in MENU)]
    assert [line["label"] for line in fixed_row(_row(lines), "l3s-dev", ("data_table",))["lines"][3:]] == [
        "boilerplate"
    ] * len(MENU)
    short = [(PROSE, "body"), *((cell, "boilerplate") for cell in STATS[:7])]
    assert fixed_row(_row(short), "l3s-dev", ("data_table",))["lines"][3]["label"] == "boilerplate"
    row = _row([(PROSE, "body"), *((cell, "boilerplate") for cell in STATS)])
    assert fixed_row(row, "dumps-dev", ("data_table",)) is row


def test_a_line_fix_inside_a_table_wins_over_the_table() -> None:
    # A lone "Print" under the table stays the page tool the `page_tools` fix reads.
    row = _row([(PROSE, "body"), *((cell, "boilerplate") for cell in STATS), ("Print", "body")])
    fixed = fixed_row(row, "l3s-dev", ("data_table", "page_tools"))
    assert fixed["lines"][-1]["label"] == "boilerplate"
    assert fixed["lines"][3]["label"] == "body"
