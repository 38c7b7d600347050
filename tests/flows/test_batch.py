"""One batch of raw inputs into article and reject tables (`flows.batch`).

The contract: every input becomes exactly one article row or one reject row
with a snake_case reason and a detail; one bad input never sinks the batch.
"""

from __future__ import annotations

import codecs
import doctest
import json
import pickle
import random
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_cjk_text import JA_BODY, JA_SUBTITLE, JA_TITLE

import flows.batch
import flows.io.decode
import flows.io.sources
from flows.batch import (
    MAX_PARAGRAPH_CHARS,
    InputBatch,
    Rejected,
    article_from_input,
    article_id_for,
    clean_inputs,
)
from flows.io.inputs import RawInput
from flows.io.sink import removed_kinds
from transforms.article import Article, RemovalKind
from transforms.pipeline import MIN_BODY_WORDS
from transforms.text_units import word_count

INGESTED_AT = datetime(2022, 3, 23, 14, 5, tzinfo=UTC)
SEED = Path(__file__).resolve().parents[2] / "samples" / "fox-news-blinken-war-crimes.txt"

HEADLINE = "Kyiv café owners reopen as shelling eases — “we had no choice”"
STANDFIRST = "Owners say customers returned within days of the ceasefire announcement"
PARAGRAPHS = (
    "Owners of a café near the Maidan said on Tuesday that they reopened after three weeks, once the "
    "sirens had been quiet for several nights and the power came back to most of the street.",
    "“We had no choice,” said Olena, who runs the café with her brother, adding that prices rose 5%.",
    "{{#rendered}} {{/rendered}}",
    "BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES",
    "A customer reads in the café on March 16, 2022. (AP Photo/Jane Doe)",
    "The city council said it would review curfew rules next week, officials told reporters, and "
    "that bakeries and pharmacies on the square would be the first allowed to open until nine.",
    "CLICK HERE TO GET THE FOX NEWS APP",
    "Fox News' Caitlin McFall and Paul Best contributed to this report.",
)
DUMP = "\n".join([HEADLINE, STANDFIRST, *PARAGRAPHS]) + "\n"
KEPT = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[5]]


def text_input(data: bytes, name: str = "dump.txt") -> RawInput:
    return RawInput(name, "text", data=data).with_key()


def json_input(record: object | bytes, name: str = "export.jsonl#L1") -> RawInput:
    data = record if isinstance(record, bytes) else json.dumps(record).encode()
    return RawInput(name, "jsonl", data=data).with_key()


def rejected(raw: RawInput) -> Rejected:
    outcome = article_from_input(raw)
    assert isinstance(outcome, Rejected), f"expected a reject, got {outcome!r}"[:500]
    assert outcome.reason.isidentifier() and outcome.reason == outcome.reason.lower()
    assert outcome.detail, "a reject must say why"
    return outcome


def accepted(raw: RawInput, min_words: int = MIN_BODY_WORDS) -> Article:
    outcome = article_from_input(raw, min_words)
    assert isinstance(outcome, Article), f"expected an article, got {outcome!r}"
    return outcome


# --- bad inputs become rejects with a clear reason -------------------------------------


def test_a_too_short_reject_names_the_words_left_and_the_threshold() -> None:
    words = len(accepted(text_input(DUMP.encode()), min_words=0).body.split())

    outcome = article_from_input(text_input(DUMP.encode()), min_words=words + 1)

    assert isinstance(outcome, Rejected) and outcome.reason == "too_short"
    assert outcome.detail == f"{words} words left after cleaning, fewer than --min-words {words + 1}"


def test_a_japanese_article_counts_its_words_as_the_minimum_content_check_does() -> None:
    """The `word_count` column and a too_short reject count CJK words as the check
    does (a pair of characters a word): a whitespace count gives one per paragraph."""
    dump = "\n".join([JA_TITLE, JA_SUBTITLE, *JA_BODY]).encode()
    result = clean_inputs([text_input(dump, "ja.txt")], INGESTED_AT)
    (row,) = result.articles.to_pylist()
    counted = row["word_count"]

    assert counted == word_count(row["body"]) and counted > 10 * len(JA_BODY)
    outcome = article_from_input(text_input(dump, "ja.txt"), min_words=counted + 1)
    assert isinstance(outcome, Rejected) and outcome.detail.startswith(f"{counted} words left")


@pytest.mark.parametrize(
    ("data", "reason", "detail"),
    [
        (b"", "empty_input", "no bytes"),
        (b" \n\t\r\n   \n", "empty_input", "only whitespace"),
        (codecs.BOM_UTF16_LE + " \n \n".encode("utf-16-le"), "empty_input", "only whitespace once decoded"),
    ],
    ids=["empty", "whitespace", "utf16-whitespace"],
)
def test_empty_and_blank_files_are_rejected_as_empty_input(data: bytes, reason: str, detail: str) -> None:
    outcome = rejected(text_input(data))

    assert (outcome.reason, outcome.detail) == (reason, detail)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        b"%PDF-1.7\n" + bytes(range(256)) * 8,
        random.Random(5).randbytes(4096),
    ],
    ids=["png", "pdf", "random"],
)
def test_binary_files_named_txt_are_rejected_as_binary_input(data: bytes) -> None:
    assert rejected(text_input(data, "photo.txt")).reason == "binary_input"


def test_damaged_utf8_is_rejected_as_invalid_utf8() -> None:
    data = DUMP.encode().replace("café".encode(), b"caf\xc3\xc3", 1)

    assert rejected(text_input(data)).reason == "invalid_utf8"


def test_a_ten_megabyte_single_line_dump_is_rejected_as_line_too_long() -> None:
    blob = ("A" * 1000 + " ") * 10_000  # 10 MB without a newline

    outcome = rejected(text_input(f"Headline\n{blob}".encode()))

    assert outcome.reason == "line_too_long"
    assert "10010000-character line" in (outcome.detail or "")


def test_a_line_of_exactly_the_maximum_length_is_kept() -> None:
    sentence = "Officials said the strike hit the theater. "
    line = (sentence * (MAX_PARAGRAPH_CHARS // len(sentence) + 1))[:MAX_PARAGRAPH_CHARS]

    assert isinstance(article_from_input(text_input(f"Headline\n\n{line}".encode())), Article)
    assert rejected(text_input(f"Headline\n\n{line}x".encode())).reason == "line_too_long"


def test_a_dump_of_residue_only_is_rejected_with_what_was_removed() -> None:
    outcome = rejected(text_input(b"{{#rendered}} {{/rendered}}\n* * *\n<div>\n"))

    assert outcome.reason == "no_body"
    assert "residue" in (outcome.detail or "")


def test_a_headline_without_a_body_is_rejected_as_no_body() -> None:
    assert rejected(text_input(b"Just a headline\n")).reason == "no_body"


def test_a_reader_reject_passes_through_with_its_reason() -> None:
    raw = RawInput("gone.txt", "text", reject_reason="missing", reject_detail="No such file", permanent=False)

    assert article_from_input(raw) == Rejected("missing", "No such file")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{not json", "invalid_json"),
        (b'{"title": "Cut off", "text": "The rec', "invalid_json"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid_json"),
        (b'["a", "list"]', "not_an_object"),
        (b'"a string"', "not_an_object"),
        (b"42", "not_an_object"),
        (b"null", "not_an_object"),
        (b'{"title": "No text field"}', "no_text"),
        (b'{"title": "Blank text", "text": "  \\n "}', "no_text"),
        (b'{"title": "Text is a number", "text": 5}', "no_text"),
        (b'{"title": "Text is a list", "text": ["a"]}', "no_text"),
    ],
    ids=[
        "not-json",
        "truncated",
        "too-deep",
        "array",
        "string",
        "number",
        "null",
        "no-text",
        "blank-text",
        "numeric-text",
        "list-text",
    ],
)
def test_malformed_json_lines_are_rejected_with_their_reason(data: bytes, reason: str) -> None:
    assert rejected(json_input(data)).reason == reason


# --- awkward but valid inputs become articles, text intact ---------------------------------


def test_a_clean_utf8_dump_keeps_its_story_and_drops_the_furniture() -> None:
    article = accepted(text_input(DUMP.encode()))

    assert article.title == HEADLINE
    assert article.subtitle == STANDFIRST
    assert article.paragraphs == KEPT
    assert [c.name for c in article.contributors] == ["Caitlin McFall", "Paul Best"]
    kinds = Counter(removal.kind for removal in article.removed)
    assert kinds == {
        RemovalKind.RESIDUE: 1,
        RemovalKind.PROMO: 2,
        RemovalKind.CAPTION: 1,
        RemovalKind.CONTRIBUTOR: 1,
    }


@pytest.mark.parametrize("codec", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_legacy_and_bom_encodings_give_the_same_article_as_utf8(codec: str) -> None:
    text = DUMP.replace("“", '"').replace("”", '"').replace("—", "-") if codec == "latin-1" else DUMP
    expected = accepted(text_input(text.encode("utf-8")))

    article = accepted(text_input(text.encode(codec)))

    assert (article.title, article.subtitle, article.body) == (
        expected.title,
        expected.subtitle,
        expected.body,
    )
    assert "café" in article.body


def test_nul_bytes_inside_text_are_dropped_not_kept_or_fatal() -> None:
    data = DUMP.replace("reopened after", "reopened\x00 after").encode()

    article = accepted(text_input(data))

    assert "\x00" not in article.body
    assert article.paragraphs == KEPT


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\x1c", "\x85", "\u2028"])
def test_a_soft_line_break_inside_a_paragraph_keeps_the_paragraph_whole(separator: str) -> None:
    data = DUMP.replace("reopened after three", f"reopened after{separator}three").encode()

    article = accepted(text_input(data))

    assert article.paragraphs == KEPT


def test_windows_line_endings_give_the_same_article() -> None:
    unix = accepted(text_input(DUMP.encode()))
    windows = accepted(text_input(DUMP.replace("\n", "\r\n").encode()))

    assert (windows.title, windows.subtitle, windows.body) == (unix.title, unix.subtitle, unix.body)


def test_a_json_record_becomes_an_article_with_its_metadata() -> None:
    record = {
        "url": "https://example.com/kyiv-cafe",
        "title": HEADLINE,
        "text": "\n".join(PARAGRAPHS),
        "authors": ["Jane Doe", "John Roe"],
        "date_publish": "2022-03-23T10:05:00-04:00",
        "language": "en",
    }

    article = accepted(json_input(record))

    assert (article.title, article.url, article.authors, article.language) == (
        HEADLINE,
        "https://example.com/kyiv-cafe",
        ("Jane Doe", "John Roe"),
        "en",
    )
    assert article.published_at == datetime(2022, 3, 23, 14, 5, tzinfo=UTC)
    assert article.paragraphs == KEPT
    assert article.article_id == article_id_for(json_input(record), record["url"])


def test_a_json_record_with_lone_surrogate_escapes_is_kept_without_them() -> None:
    data = (
        b'{"title": "Kyiv \\ud800caf\\u00e9", "text": "Owners reopened \\udfff the caf\\u00e9 on Tuesday.",'
        b' "authors": ["Jane \\ud83d\\ude00 Doe"]}'
    )

    article = accepted(json_input(data), min_words=0)

    assert article.title == "Kyiv café"
    assert article.body == "Owners reopened the café on Tuesday."
    assert article.authors == ("Jane 😀 Doe",)


# --- article ids -------------------------------------------------------------------------


def test_the_article_id_is_the_same_on_every_rerun_and_for_every_copy() -> None:
    first = accepted(text_input(DUMP.encode(), "/data/2022/a.txt"))
    copy = accepted(text_input(DUMP.encode(), "/elsewhere/b.txt"))
    other = accepted(text_input((DUMP + "One more sentence of the story, said an official.\n").encode()))

    assert first.article_id == copy.article_id != other.article_id
    assert len(first.article_id) == 32


def test_records_with_the_same_url_share_an_article_id() -> None:
    one = json_input({"url": "https://example.com/a", "title": "A", "text": "First version of the body."})
    two = json_input({"url": "https://example.com/a", "title": "A", "text": "Second version, updated."})

    assert accepted(one, min_words=0).article_id == accepted(two, min_words=0).article_id


# --- a whole batch -------------------------------------------------------------------------


def _mixed_batch() -> list[RawInput]:
    return [
        text_input(DUMP.encode(), "good.txt"),
        text_input(b"", "empty.txt"),
        text_input(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "image.txt"),
        text_input(DUMP.encode("cp1252"), "legacy.txt"),
        json_input({"title": "Record", "text": "A record with a body sentence."}, "e.jsonl#L1"),
        json_input(b"{broken", "e.jsonl#L2"),
        json_input(b'{"title": "Surrogate \\ud800", "text": "Body of the record."}', "e.jsonl#L3"),
        RawInput("secret.txt", "text", reject_reason="unreadable", reject_detail="denied", permanent=False),
        text_input(b"{{#rendered}} {{/rendered}}\n", "residue.txt"),
    ]


def test_a_batch_accounts_for_every_input_exactly_once() -> None:
    batch = [raw.with_key() for raw in _mixed_batch()]

    result = clean_inputs(batch, INGESTED_AT)

    articles = result.articles.to_pylist()
    rejects = result.rejects.to_pylist()
    assert result.articles.num_rows + result.rejects.num_rows == len(batch)
    assert sorted(row["source"] for row in articles + rejects) == sorted(raw.source for raw in batch)
    assert {row["source"]: row["reason"] for row in rejects} == {
        "empty.txt": "empty_input",
        "image.txt": "binary_input",
        "e.jsonl#L2": "invalid_json",
        "secret.txt": "unreadable",
        "residue.txt": "no_body",
        # one-sentence records: below the minimum word count
        "e.jsonl#L1": "too_short",
        "e.jsonl#L3": "too_short",
    }
    keys = {raw.source: raw.input_key for raw in batch}
    assert all(row["input_sha256"] == keys[row["source"]] for row in articles + rejects)
    assert all(row["ingested_at"] == INGESTED_AT for row in articles + rejects)


def test_only_rejects_that_may_go_away_are_retryable() -> None:
    result = clean_inputs([raw.with_key() for raw in _mixed_batch()], INGESTED_AT)

    retryable = {row["source"] for row in result.rejects.to_pylist() if row["retryable"]}

    assert retryable == {"secret.txt"}


def test_removed_lines_are_counted_by_kind_for_the_run_summary() -> None:
    result = clean_inputs([text_input(DUMP.encode())], INGESTED_AT)

    assert removed_kinds(result.articles) == {"residue": 1, "promo": 2, "caption": 1, "contributor": 1}
    assert removed_kinds(result.articles.slice(0, 0)) == {}


def test_a_crash_in_one_input_becomes_a_retryable_internal_error_and_spares_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No rule is known to crash (that would be a bug to fix), so a parser that raises stands in."""
    real_parse = flows.batch.parse_text_dump

    def parse_or_crash(text: str, source: str, article_id: str = "") -> Article:
        if source == "crash.txt":
            raise ValueError("boom")
        return real_parse(text, source, article_id)

    monkeypatch.setattr(flows.batch, "parse_text_dump", parse_or_crash)

    result = clean_inputs([text_input(DUMP.encode(), "crash.txt"), text_input(DUMP.encode())], INGESTED_AT)

    assert result.articles.column("source").to_pylist() == ["dump.txt"]
    (reject,) = result.rejects.to_pylist()
    assert (reject["source"], reject["reason"], reject["retryable"]) == ("crash.txt", "internal_error", True)
    assert reject["detail"] == "ValueError: boom"


def test_the_seed_dump_cleans_into_one_row() -> None:
    result = clean_inputs([text_input(SEED.read_bytes(), str(SEED))], INGESTED_AT)

    (row,) = result.articles.to_pylist()
    assert row["title"] == "US Secretary of State Blinken says Russia is committing war crimes in Ukraine"
    assert [c["name"] for c in row["contributors"]] == ["Caitlin McFall", "Paul Best"]
    assert "{{" not in row["body"]
    assert "LIVE UPDATES" not in row["body"]
    assert "‘дети’" in row["body"]
    assert row["word_count"] == len(row["body"].split())


@pytest.mark.parametrize("module", [flows.batch, flows.io.decode, flows.io.sources], ids=lambda m: m.__name__)
def test_flows_doctests_pass(module: object) -> None:
    """pyproject's testpaths cover transforms/ only; the examples in flows/ must hold too."""
    failures, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]

    assert failures == 0
    assert attempted >= 0


def test_a_batch_reaches_a_worker_with_every_field_of_every_input() -> None:
    inputs = [
        RawInput(str(SEED), "text", data=SEED.read_bytes()).with_key(),
        RawInput("feed.jsonl#L2", "jsonl", data=b'{"text": "x"}', url="https://a.example/x").with_key(),
        RawInput(
            "https://b.example/page",
            "html",
            data=b"<p>x</p>",
            declared_charset="latin-1",
            final_url="https://b.example/page?x=1",
            http_status=200,
            fetched_at=INGESTED_AT,
        ).with_key(),
        RawInput("gone.txt", "text", reject_reason="missing", reject_detail="No such file", permanent=False),
    ]

    assert pickle.loads(pickle.dumps(InputBatch(inputs))).inputs == inputs
    assert pickle.loads(pickle.dumps(InputBatch([]))).inputs == []
