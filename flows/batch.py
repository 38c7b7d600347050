"""One batch of raw inputs into article and reject tables (CPU only, no I/O).

This is the work a Prefect task does on a worker: decode the bytes, parse them
by format, run the cleaning pipeline, and build the Arrow tables. One bad
input never stops the batch: it becomes a reject row with its reason.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass, fields
from datetime import UTC, datetime

from flows.io.decode import DecodeError, decode_bytes
from flows.io.inputs import RawInput
from flows.io.schema import InputContext, article_row, articles_table, reject_row, rejects_table
from flows.io.sink import BatchResult
from transforms.article import Article, updated
from transforms.parse import parse_text_dump, split_lines
from transforms.pipeline import MIN_BODY_WORDS, clean, rejection_reason
from transforms.records import RecordError, parse_json_record
from transforms.text_units import word_count

logger = logging.getLogger(__name__)

# A paragraph of a text dump longer than this is not prose but a dumped blob
# (minified script, base64, a whole book on one line).
MAX_PARAGRAPH_CHARS = 100_000
# A JSON escape can spell half a UTF-16 surrogate pair ("\ud800"); Python
# decodes it to a lone surrogate, which no UTF-8 writer (Parquet) accepts, so
# one such record would sink its whole batch. Paired escapes decode to one
# character; whatever surrogate is left after decoding is lone.
SURROGATE_ESCAPE_RE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
LONE_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Rejected:
    reason: str
    detail: str | None = None


def article_id_for(raw: RawInput, url: str | None) -> str:
    """Stable id: from the article's URL when it has one, else from its bytes.

    The same input gets the same id on every rerun, wherever the file lives.
    """
    basis = f"url:{url}" if url else f"input:{raw.input_key}"
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


def article_from_input(raw: RawInput, min_words: int = MIN_BODY_WORDS) -> Article | Rejected:
    """Decode, parse and clean one raw input."""
    return cleaned_input(raw, parse_input(raw), min_words)


def cleaned_input(
    raw: RawInput, parsed: tuple[str, Article] | Rejected, min_words: int = MIN_BODY_WORDS
) -> Article | Rejected:
    """The parsed input (`parse_input`) cleaned, or why it is rejected."""
    if isinstance(parsed, Rejected):
        return parsed
    # `updated`, not `dataclasses.replace`: the same copy in a third of the time.
    article = clean(updated(parsed[1], article_id=article_id_for(raw, parsed[1].url or raw.url)))
    reason = rejection_reason(article, min_words)
    return Rejected(reason, reject_detail(reason, article, min_words)) if reason else article


def parse_input(raw: RawInput) -> tuple[str, Article] | Rejected:
    """Decode and parse one raw input, not yet cleaned: its text and its article
    (`explain` shows cleaning from here, on the very article `clean` gets)."""
    if raw.reject_reason is not None:
        return Rejected(raw.reject_reason, raw.reject_detail)
    if not raw.data.strip():
        return Rejected("empty_input", "no bytes" if not raw.data else "only whitespace")
    try:
        text = decode_bytes(
            raw.data, raw.declared_charset, sniff_markup=raw.source_format in {"html", "warc"}
        ).text
    except DecodeError as error:
        return Rejected(error.reason, error.detail)
    if not text.strip():
        return Rejected("empty_input", "only whitespace once decoded")
    parsed = _parse(raw, text)
    return parsed if isinstance(parsed, Rejected) else (text, parsed)


def _parse(raw: RawInput, text: str) -> Article | Rejected:
    if raw.source_format == "jsonl":
        try:
            record = load_json(text)
        except (json.JSONDecodeError, RecursionError) as error:
            return Rejected("invalid_json", str(error)[:200])
        try:
            return parse_json_record(record, raw.source)
        except RecordError as error:
            return Rejected(error.reason, error.detail)
    if raw.source_format in {"html", "warc"}:
        # Imported on the first page: a worker cleaning text dumps never loads
        # the HTML stack (lxml, htmldate: ~0.1 s of each worker's start).
        from transforms.html import parse_html_page

        return parse_html_page(text, raw.source, url=raw.url)
    # No line is longer than the text: most dumps are spared a split of every line.
    longest = max(map(len, split_lines(text)), default=0) if len(text) > MAX_PARAGRAPH_CHARS else 0
    if longest > MAX_PARAGRAPH_CHARS:
        return Rejected(
            "line_too_long", f"a {longest}-character line; text dumps hold one paragraph per line"
        )
    return parse_text_dump(text, raw.source)


def load_json(text: str) -> object:
    """Decode one JSON record, dropping lone surrogates as the HTML parser does.

    >>> load_json('{"title": "Kyiv \\\\ud800", "emoji": "\\\\ud83d\\\\ude00"}')
    {'title': 'Kyiv ', 'emoji': '😀'}
    """
    record = json.loads(text)
    if SURROGATE_ESCAPE_RE.search(text) is None:
        return record
    dumped = json.dumps(record, ensure_ascii=False)
    if LONE_SURROGATE_RE.search(dumped) is None:
        return record
    return json.loads(LONE_SURROGATE_RE.sub("", dumped))


def reject_detail(reason: str, article: Article, min_words: int = MIN_BODY_WORDS) -> str:
    """Why a cleaned article is a reject, in words (the reject's `detail`)."""
    if reason == "no_body":
        kinds = Counter(str(removal.kind) for removal in article.removed)
        listed = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common())
        return f"nothing left after cleaning (removed: {listed or 'nothing'})"
    if reason == "too_short":
        # The threshold too: 22 words is short only against the minimum in force.
        return f"{word_count(article.body)} words left after cleaning, fewer than --min-words {min_words}"
    return reason


def clean_inputs(
    batch: list[RawInput], ingested_at: datetime, min_words: int = MIN_BODY_WORDS
) -> BatchResult:
    """Turn a batch of raw inputs into article and reject tables."""
    article_rows: list[dict[str, object]] = []
    reject_rows: list[dict[str, object]] = []
    for raw in batch:
        context = InputContext(
            input_sha256=raw.input_key,
            ingested_at=ingested_at,
            final_url=raw.final_url,
            http_status=raw.http_status,
            fetched_at=raw.fetched_at,
        )
        try:
            outcome = article_from_input(raw, min_words)
        except Exception as error:  # a bug in a rule must not sink the batch
            logger.exception("unexpected error cleaning %s", raw.source)
            outcome = Rejected("internal_error", f"{type(error).__name__}: {error}"[:500])
        if isinstance(outcome, Rejected):
            # An internal error is our bug: once fixed, the input deserves another try.
            retryable = not raw.permanent or outcome.reason == "internal_error"
            reject_rows.append(
                reject_row(
                    raw.source, raw.source_format, outcome.reason, outcome.detail, context, raw.url, retryable
                )
            )
            continue
        article_rows.append(article_row(outcome, context))
    return BatchResult(
        articles=articles_table(article_rows),
        rejects=rejects_table(reject_rows),
    )


class InputBatch:
    """A batch of raw inputs, passed to the clean-batch task as one value.

    Task runners walk a task's parameters object by object: Prefect looks
    through every list, dict and dataclass for futures and states to resolve
    (three walks per batch: once in the flow, twice in the worker), and Dask
    hashes them for the task's key. Over every field of a thousand inputs that
    cost about as much CPU as cleaning them. Wrapped, a batch is a single
    object to Prefect, and Dask hashes it by its inputs' keys.
    """

    __slots__ = ("inputs",)

    def __init__(self, inputs: list[RawInput]) -> None:
        self.inputs = inputs

    def __len__(self) -> int:
        return len(self.inputs)

    def __dask_tokenize__(self) -> tuple[str, ...]:
        return tuple(raw.input_key or raw.source for raw in self.inputs)

    def __reduce__(self) -> tuple[object, tuple[list[object], ...]]:
        # Pickled as one list per field, not as a thousand dataclass objects:
        # half the CPU on each side of the hand-off to a worker (~5 us an input).
        return _batch_of_columns, tuple([getattr(raw, name) for raw in self.inputs] for name in RAW_FIELDS)


RAW_FIELDS = tuple(field.name for field in fields(RawInput))


def _batch_of_columns(*columns: list[object]) -> InputBatch:
    """The batch `InputBatch.__reduce__` pickled, from its columns."""
    return InputBatch([RawInput(*values) for values in zip(*columns, strict=True)])  # type: ignore[arg-type]


def clean_batch(
    batch: InputBatch | list[RawInput], ingested_at: datetime, min_words: int = MIN_BODY_WORDS
) -> BatchResult:
    """Decode, parse and clean a batch of raw inputs (the clean-batch task's
    function, see `flows.runs.clean_batch`). Pure CPU: never retried."""
    return clean_inputs(batch.inputs if isinstance(batch, InputBatch) else batch, ingested_at, min_words)


# A made-up dump with the usual furniture around a few paragraphs: cleaning it
# once builds every lazily compiled table (the line model's, ~0.15 CPU-s).
WARM_UP_DUMP = "\n".join(
    [
        "Council approves new bus lanes for the harbour district",
        "By Jane Doe, city reporter",
        "Updated 9:41 AM",
        "The city council voted 7-2 on Tuesday to add dedicated bus lanes along Harbour Road,"
        " a plan first proposed three years ago.",
        "Supporters said the lanes would cut peak-hour journey times by up to ten minutes and make"
        " services more reliable for the 40,000 people who ride them each day.",
        '"This is the most important change to our streets in a decade," said the transport'
        " committee chair, who led the push for the plan.",
        "Opponents argued that the loss of parking would hurt small shops along the route, and"
        " asked the council to review the effect after a year.",
        "Construction is expected to begin in the spring and to last about six months.",
        "Sign up for our morning newsletter",
        "Share this article",
        "",
    ]
)


def warm_up() -> None:
    """Clean a made-up dump once, so that a process forked from this one
    cleans its first batch at full speed: the fork server of a flow run's
    pool does this once (`flows.batch_warm`), instead of each worker on its
    first batch while the others wait for work."""
    clean_inputs([RawInput("warm-up.txt", "text", WARM_UP_DUMP.encode()).with_key()], datetime.now(UTC))
