"""The furniture of old blogs and small sites the line model keeps on sites it never saw, and a
press office's contact lines (stop 37): a trackback section (transforms/blog_furniture.py), a
lone comment under its label or with its date and time on its header, a hit counter
(transforms/stray_lines.py), a contact block under a label with no colon and an international
phone number with an area code of one digit (transforms/release_notes.py,
transforms/contact_details.py).

Every line is written for this file (invented sites, people and stories, several engines and
languages). Each class comes with the story's sentences in its words, which must stay: a
writer quoted ("Smith wrote on Twitter that ..."), a count of hits or views in a sentence, a
phone number in a sentence.
"""

from __future__ import annotations

import pytest

from transforms.blog_furniture import (
    blog_furniture_lines,
    comment_thread,
    is_comment_header,
    is_trackback_furniture,
    is_wrote_header,
)
from transforms.contact_details import PHONE_DIGITS_RE, PHONE_RE
from transforms.parse import parse_text_dump
from transforms.pipeline import clean
from transforms.release_notes import release_furniture
from transforms.stray_lines import (
    MAX_SHORT_STRAY_CHARS,
    drop_stray_lines,
    is_contact_detail,
    is_hit_counter,
    may_be_stray,
)

TITLE = "Ferry timetable changes anger island commuters"
STORY = [
    "Commuters on Kestrel Island say the new winter timetable leaves them with no ferry between 9:40 in "
    "the morning and 3:15 in the afternoon, cutting them off from the mainland for most of the working day.",
    "The operator, Blue Gull Ferries, said the change was needed because one of its two boats is out of "
    "service for an engine overhaul that will last until March.",
    '"We were told about this two days before it started," said Ruth Ambrose, who runs a bakery on the '
    'island and crosses four times a week. "Nobody asked us."',
    "A spokesman for the operator said a relief vessel had been chartered and would run extra crossings "
    "on Fridays from next month.",
]


def _cleaned(lines: list[str]) -> list[str]:
    article = clean(parse_text_dump("\n".join([TITLE, "", *lines]), source="blog.txt"))
    return article.body.split("\n\n")


# --- a trackback section ------------------------------------------------------------------------

TRACKBACK_LINES = [
    "TrackBack (0)",
    "TrackBacks (2)",
    "Trackbacks",
    "TrackBack URL for this entry:",
    "Trackback URL for this post: http://islandnotes.example.net/mt/mt-tb.cgi/2231",
    "Trackback-URL für diesen Beitrag:",
    "URL de trackback pour ce billet :",
    "http://islandnotes.example.net/mt/mt-tb.cgi/2231",
    "https://kestrelwatch.typepad.example/services/trackback/6a00d83451b3c669e2010536",
    "http://ferryblog.example.org/2008/01/timetable-anger/trackback/",
    "Listed below are links to weblogs that reference Ferry timetable changes anger island commuters:",
    "Listed below are links to blogs that reference this entry: Ferry timetable.",
    "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or "
    "trackback from your own site.",
    "Both comments and pings are currently closed.",
]
NOT_TRACKBACK_LINES = [
    "Trackbacks were how blogs of the 2000s told each other that they had linked to a post.",
    "Listed below are the crossings the relief vessel will run on Fridays:",
    "http://ferryblog.example.org/2008/01/timetable-anger/",
    "http://ferryblog.example.org/2008/01/islanders-fight-back/",
    "The trackback spam got so bad that the island's blog turned the feature off in 2009.",
    "You can follow the ferry's position on the operator's website.",
]


@pytest.mark.parametrize("line", TRACKBACK_LINES)
def test_trackback_furniture(line: str) -> None:
    assert is_trackback_furniture(line)


@pytest.mark.parametrize("line", NOT_TRACKBACK_LINES)
def test_sentences_about_trackbacks_and_lone_links_stay(line: str) -> None:
    assert not is_trackback_furniture(line)


def test_a_movable_type_trackback_section_goes_under_the_story() -> None:
    section = [
        "Posted by Hal Brenner at 10:12 AM | Permalink",
        "TrackBack",
        "TrackBack URL for this entry:",
        "http://islandnotes.example.net/mt/mt-tb.cgi/2231",
        "Listed below are links to weblogs that reference Ferry timetable changes anger island commuters:",
    ]
    assert _cleaned(STORY + section) == STORY


def test_a_story_about_trackbacks_stays() -> None:
    lines = [*STORY[:2], NOT_TRACKBACK_LINES[0], NOT_TRACKBACK_LINES[3], *STORY[2:]]
    assert blog_furniture_lines(lines, [True] * len(lines)) == set()


# --- one comment -------------------------------------------------------------------------------

# A TypePad page with one comment: the label, the comment, its signature under it (or over it).
TYPEPAD_ONE_COMMENT = [
    "Comments",
    "The 9:40 boat was the only one that got my kids to school on time. What now?",
    "Posted by: Marnie K | January 14, 2008 at 07:52 AM",
]
# A news portal's comment: the handle, "wrote on" its date and time, the comment.
PORTAL_ONE_COMMENT = [
    "islandgirl77 wrote on Jan 14, 2008 8:03 AM:",
    "Two days notice is a joke. The operator has known about that engine since summer.",
]


@pytest.mark.parametrize(
    "comment",
    [
        TYPEPAD_ONE_COMMENT,
        [TYPEPAD_ONE_COMMENT[0], TYPEPAD_ONE_COMMENT[2], TYPEPAD_ONE_COMMENT[1]],
        [*TYPEPAD_ONE_COMMENT, "Post a comment"],
        [*PORTAL_ONE_COMMENT, "Post a comment"],
        ["Kestrel Kate said on January 14, 2008 at 8:15 AM", PORTAL_ONE_COMMENT[1], "Leave a Reply"],
        [
            "jürgen_b schrieb am 14.01.2008 um 08:03:",
            "Zwei Tage Vorlauf sind ein Witz.",
            "Kommentar schreiben",
        ],
    ],
    ids=["typepad-under", "typepad-over", "typepad-form", "portal", "said-on", "portal-de"],
)
def test_one_comment_under_the_story_goes(comment: list[str]) -> None:
    lines = STORY + comment
    assert list(comment_thread(lines)) == list(range(len(STORY), len(lines)))


@pytest.mark.parametrize(
    "quoted",
    [
        ["The mayor wrote on Jan. 14, 2008 at 1:10 p.m.:", "The ferry will run again on Monday. I promise."],
        ["Police said at 10:15 p.m.", "A man was arrested near the terminal."],
    ],
)
def test_a_story_closing_on_a_timed_quote_keeps_it(quoted: list[str]) -> None:
    # A timed header alone, with no label, form or TypePad signature, is the story's own quote.
    lines = STORY + quoted
    assert list(comment_thread(lines)) == []


@pytest.mark.parametrize(
    "line",
    [
        "snowdaykid wrote on Dec 9, 2009 5:12 PM:",
        "jürgen_b schrieb am 14.01.2008 um 08:03:",
        "Kestrel Kate said on January 14, 2008 at 8:15 AM",
        "Hal says on 14 January 2008 at 8:15 am:",
    ],
)
def test_dated_comment_headers(line: str) -> None:
    assert is_comment_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "Smith wrote on Twitter that the timetable was a disgrace.",
        "Smith wrote on Twitter:",
        "Lincoln wrote on March 4, 1861:",
        "Ambrose wrote on January 14, 2008:",
        "Ambrose said on Tuesday that she would close the bakery on Mondays.",
        "The operator said on January 14 at 9:30 that the boat was fixed.",
        "Ambrose said on January 14, 2008:",
        "Ambrose said on the 9:40 boat that nobody had warned the island.",
    ],
)
def test_a_writer_quoted_with_a_date_is_no_header(line: str) -> None:
    assert not is_comment_header(line)
    assert not is_wrote_header(line)


def test_a_story_quoting_a_post_on_twitter_stays() -> None:
    lines = [*STORY, "Ambrose wrote on Twitter:", "Two days notice. Two days. Shame on Blue Gull."]
    assert comment_thread(lines) == range(0)


def test_one_typepad_comment_ends_the_cleaned_story() -> None:
    assert _cleaned(STORY + TYPEPAD_ONE_COMMENT) == STORY


def test_the_posts_own_signature_with_no_comment_keeps_the_story() -> None:
    lines = [*STORY, "Posted by Hal Brenner at 10:12 AM"]
    assert comment_thread(lines) == range(0)


# --- a hit counter -----------------------------------------------------------------------------

HIT_COUNTERS = [
    "Hits: 1882",
    "Views: 3,412",
    "Read 512 times",
    "Viewed 1,203 times",
    "You are visitor number 004719",
    "You're visitor #12,044",
    "This page has been viewed 1,203 times",
    "This article has been read 88 times since 1 March 2006",
    "1,882 views",
    "37 views",
    "Zobrazeno: 512×",
    "Přečteno 1 204 krát",
    "Gelesen: 1.204 mal",
    "Aufrufe: 2.310",
    "Dieser Artikel wurde 2.310 mal gelesen",
    "Visualizzazioni: 418",
    "Visualizaciones: 9.021",
    "Vues : 77",
    "Weergaven: 1.204",
]
NOT_HIT_COUNTERS = [
    "Visitors: 120,000",
    "Besucher: 45.000",
    "The timetable video had 3,412 views by Friday, the operator said.",
    "Views: the council's and the islanders'",
    "Hits: the songs that got the island dancing",
    "Read the full timetable on the operator's website.",
    "This page has been viewed as the best guide to the island's ferries.",
    "Visitors to the island fell by 1,203 last winter.",
    "Views 2026",
    "3,412 views in two days, the operator said.",
    "Read 512 times by the ferry's skipper, the letter is now framed at the pier.",
]


@pytest.mark.parametrize("line", HIT_COUNTERS)
def test_hit_counters(line: str) -> None:
    assert is_hit_counter(line)
    assert drop_stray_lines([STORY[0], line, STORY[1]])[0] == STORY[:2]


@pytest.mark.parametrize("line", NOT_HIT_COUNTERS)
def test_counts_in_a_story_stay(line: str) -> None:
    assert not is_hit_counter(line)
    assert drop_stray_lines([STORY[0], line, STORY[1]])[0] == [STORY[0], line, STORY[1]]


def test_a_hit_counter_is_short_for_the_stray_gate() -> None:
    # The gate lets every line shorter than its short forms through: a counter must be one of them.
    longest = "This article has been read 1,203,044 times since 12 September 2006"
    assert is_hit_counter(longest) and len(longest) <= MAX_SHORT_STRAY_CHARS and may_be_stray(longest)


def test_a_hit_counter_under_the_story_goes() -> None:
    assert _cleaned([*STORY, "Hits: 1882"]) == STORY


# --- a press office's contact ------------------------------------------------------------------

INTERNATIONAL_PHONES = ["+61 2 9351 0000", "+44 20 7946 0000", "+33 1 23 45 67 89", "+44 (0)20 7946 0958"]


@pytest.mark.parametrize("phone", INTERNATIONAL_PHONES)
def test_international_phone_numbers(phone: str) -> None:
    assert PHONE_RE.fullmatch(phone) is not None
    assert PHONE_DIGITS_RE.fullmatch(phone) is not None
    assert is_contact_detail(phone)
    assert is_contact_detail(f"Tel: {phone}")


@pytest.mark.parametrize("line", ["+61", "2026", "+33 1", "12.03.2024", "1.500.000"])
def test_figures_alone_are_no_phone(line: str) -> None:
    assert not is_contact_detail(line)


@pytest.mark.parametrize(
    "label",
    ["Media enquiries", "Media contact", "Press contacts", "For more information contact", "MEDIA INQUIRIES"],
)
@pytest.mark.parametrize("phone", INTERNATIONAL_PHONES[:2])
def test_a_contact_block_under_a_bare_label_goes(label: str, phone: str) -> None:
    block = [label, "Dana Whitlock, Blue Gull Ferries", phone, "press@bluegull.example.com.au"]
    assert release_furniture([*STORY, *block]) == set(range(len(STORY), len(STORY) + len(block)))


def test_a_bare_label_over_no_phone_nor_address_stays() -> None:
    # A story's subhead in the label's words, short lines under it: no phone, no address.
    lines = [*STORY[:2], "Media inquiries", "Calls doubled", "Letters tripled", *STORY[2:]]
    assert release_furniture(lines) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "Call the hotline on +44 20 7946 0000 if you see anyone stranded at the pier.",
        "Islanders can reach the operator on +61 2 9351 0000 between nine and five.",
    ],
)
def test_a_phone_number_in_a_sentence_stays(sentence: str) -> None:
    lines = [*STORY, sentence]
    assert drop_stray_lines(lines)[0] == lines
    assert release_furniture(lines) == set()


def test_a_sentence_opening_with_the_labels_words_stays() -> None:
    lines = [
        *STORY,
        "Media inquiries went unanswered",
        "Call the hotline on +44 20 7946 0000 if you see anyone stranded at the pier.",
    ]
    assert release_furniture(lines) == set()


def test_a_contact_block_goes_from_the_cleaned_story() -> None:
    block = ["Media enquiries", "Dana Whitlock", "+61 2 9351 0000", "dana.whitlock@bluegull.example.com.au"]
    assert _cleaned(STORY + block) == STORY
