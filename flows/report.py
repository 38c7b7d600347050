"""The run report: a Prefect Markdown artifact saying what a flow run did.

It is what an operator opens first after a scheduled run (UI: the flow run's
Artifacts tab; CLI: `prefect artifact inspect clean-articles-summary`), so it
holds every count of the run summary, the duration and rate, and the files
written (the first ones, when a large run wrote thousands).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING
from uuid import UUID

from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger

if TYPE_CHECKING:
    from flows.runs import RunSummary

# A run of a million inputs writes about a thousand files: list enough to find
# the output, not a page nobody scrolls.
MAX_FILES_LISTED = 20


def publish_run_report(
    summary: RunSummary, key: str, details: Mapping[str, str] | None = None
) -> UUID | None:
    """Publish the summary as the artifact `key` (one version per run).

    The data is written by then: a report that cannot be published is logged,
    and the run still completes.
    """
    try:
        return create_markdown_artifact(
            key=key,
            markdown=summary_markdown(summary, details),
            description="What this flow run did: counts, rejects, lines removed, files, duration and rate",
        )
    except Exception as error:
        get_run_logger().warning("could not publish the run report %r: %s", key, error)
        return None


def summary_markdown(summary: RunSummary, details: Mapping[str, str] | None = None) -> str:
    """The run summary as Markdown tables.

    >>> from flows.runs import RunSummary
    >>> s = RunSummary("dumps/", "out", inputs_seen=3, articles_written=2, rejected=1, seconds=2.0,
    ...                rejects_by_reason={"empty_input": 1}, files_written=["articles/a.parquet"])
    >>> print(summary_markdown(s, {"task runner": "local"}))  # doctest: +ELLIPSIS
    | metric | value |
    |---|---|
    | source | `dumps/` |
    | output | `out` |
    | task runner | local |
    | inputs seen | 3 |
    | articles written | 2 |
    | rejected | 1 |
    ...
    | duration | 2.0 s |
    | rate | 1.5 inputs/s, 1.0 articles/s |
    | accounting | balanced |
    <BLANKLINE>
    ### Rejects by reason
    <BLANKLINE>
    | reason | count |
    |---|---|
    | `empty_input` | 1 |
    ...
    ### Files written (1)
    <BLANKLINE>
    - `articles/a.parquet`
    """
    articles_per_second = summary.articles_written / summary.seconds if summary.seconds else 0.0
    rows = [
        ("source", _code(summary.source)),
        ("output", _code(summary.output)),
        *((name, _cell(value)) for name, value in (details or {}).items()),
        ("inputs seen", f"{summary.inputs_seen:,}"),
        ("articles written", f"{summary.articles_written:,}"),
        ("rejected", f"{summary.rejected:,}"),
        ("already processed (skipped)", f"{summary.already_processed:,}"),
        ("duplicate articles (skipped)", f"{summary.duplicates_skipped:,}"),
        ("duration", f"{summary.seconds:,.1f} s"),
        ("rate", f"{_rate(summary.inputs_per_second)} inputs/s, {_rate(articles_per_second)} articles/s"),
        ("accounting", "balanced" if summary.balanced else "**does not balance**"),
    ]
    sections = [
        _table(("metric", "value"), rows),
        "### Rejects by reason\n\n"
        + _table(("reason", "count"), ((_code(r), f"{n:,}") for r, n in summary.rejects_by_reason.items())),
        "### Lines removed by kind\n\n"
        + _table(("kind", "count"), ((_code(k), f"{n:,}") for k, n in summary.removed_by_kind.items())),
        f"### Files written ({len(summary.files_written):,})\n\n" + _file_list(summary.files_written),
    ]
    return "\n\n".join(sections)


def plural(count: int, noun: str) -> str:
    """A count and its noun, agreeing.

    >>> plural(1, "article"), plural(2_000, "article"), plural(0, "duplicate")
    ('1 article', '2,000 articles', '0 duplicates')
    """
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def counts_by_name(counts: Mapping[str, int]) -> str:
    """A parenthesized breakdown, or nothing for an empty one.

    >>> counts_by_name({"no_body": 3, "empty_input": 1}), counts_by_name({})
    (' (no_body: 3, empty_input: 1)', '')
    """
    return " (" + ", ".join(f"{name}: {count:,}" for name, count in counts.items()) + ")" if counts else ""


def outcome_text(summary: RunSummary) -> str:
    """Where the inputs of a run went, in the words of the log and the CLI.

    >>> from flows.runs import RunSummary
    >>> outcome_text(RunSummary("d", "o", inputs_seen=3, articles_written=1, duplicates_skipped=2))
    '3 inputs seen: 1 article written, 0 rejected, 0 already processed, 2 duplicates skipped'
    """
    return (
        f"{plural(summary.inputs_seen, 'input')} seen: "
        f"{plural(summary.articles_written, 'article')} written, "
        f"{summary.rejected:,} rejected{counts_by_name(summary.rejects_by_reason)}, "
        f"{summary.already_processed:,} already processed, "
        f"{plural(summary.duplicates_skipped, 'duplicate')} skipped"
    )


def run_summary_line(summary: RunSummary) -> str:
    """The last line a clean run logs.

    >>> from flows.runs import RunSummary
    >>> print(run_summary_line(RunSummary("d", "o", inputs_seen=2, articles_written=1, rejected=1,
    ...       rejects_by_reason={"empty_input": 1}, removed_by_kind={"promo": 2}, seconds=1.25)))
    ... # doctest: +ELLIPSIS
    Done in 1.2 s: 2 inputs seen: 1 article written, 1 rejected (empty_input: 1), ...: promo: 2
    """
    removed = ", ".join(f"{kind}: {count:,}" for kind, count in summary.removed_by_kind.items()) or "none"
    return f"Done in {summary.seconds:.1f} s: {outcome_text(summary)}; lines removed by kind: {removed}"


def progress_line(summary: RunSummary, files_read: int, total_files: int, elapsed: float) -> str:
    """A clean run's progress after a batch is written. Files are read ahead of
    the cleaning (a few batches per worker), so the line says both how far
    reading got and how many of the inputs read so far are handled.

    >>> from flows.runs import RunSummary
    >>> print(progress_line(RunSummary("d", "o", inputs_seen=40, articles_written=9, rejected=1,
    ...       already_processed=10), 8, 8, 2.0))
    8 of 8 files read, 40 inputs: 20 handled (9 articles, 1 rejected, 10 skipped), 10 inputs/s
    """
    skipped = summary.already_processed + summary.duplicates_skipped
    handled = summary.articles_written + summary.rejected + skipped
    return (
        f"{files_read:,} of {total_files:,} files read, {plural(summary.inputs_seen, 'input')}: "
        f"{handled:,} handled ({plural(summary.articles_written, 'article')}, {summary.rejected:,} rejected, "
        f"{skipped:,} skipped), {_rate(handled / elapsed if elapsed else 0.0)} inputs/s"
    )


def _rate(per_second: float) -> str:
    """Whole numbers, but a decimal below 10 (a short run is not "0 inputs/s").

    >>> _rate(1234.5), _rate(0.36), _rate(0)
    ('1,234', '0.4', '0')
    """
    return f"{per_second:.1f}" if 0 < per_second < 10 else f"{per_second:,.0f}"


def _table(header: tuple[str, str], rows: Iterable[tuple[str, str]]) -> str:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    return "\n".join(lines) if len(lines) > 2 else "none"


def _file_list(files: list[str]) -> str:
    if not files:
        return "none"
    lines = [f"- {_code(name)}" for name in files[:MAX_FILES_LISTED]]
    if len(files) > MAX_FILES_LISTED:
        lines.append(f"- ... and {len(files) - MAX_FILES_LISTED:,} more")
    return "\n".join(lines)


def _cell(text: str) -> str:
    """Text safe inside a table cell: a pipe or a newline would break the row."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def _code(text: str) -> str:
    # A backtick would end the code span early.
    return "`" + _cell(text.replace("`", "'")) + "`"
