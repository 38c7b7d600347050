"""The scrape-articles flow: news pages fetched over HTTP, cleaned into Parquet.

    article-etl scrape --feed URL [--sitemap URL] [--urls FILE] --output DIR

The story of a run: read the feeds, sitemaps and URL lists; keep the URLs
that pass the filters and that no earlier run fetched (or that are due for
a conditional revalidation); fetch them in batches, politely, one Prefect
task per batch with a few threads inside (the next batch is fetched while
the flow cleans and writes this one); keep each batch's pages in a WARC file;
clean them with the same `clean_batch` task and write them with the same
`DatasetSink` as `clean_articles`; record what was fetched; report.
"""

from __future__ import annotations

import sys
import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import ThreadPoolTaskRunner
from pydantic import Field

from flows.batch import BatchResult
from flows.dask_runner import DaskAddress, check_dask_options
from flows.discover import Candidate, Discovery, Filters, discover, interleave_by_host
from flows.fetch import DEFAULT_USER_AGENT, Fetcher, FetchJob, FetchOptions, FetchOutcome, Refusal, Validators
from flows.fetch_state import FetchState, due
from flows.report import publish_run_report
from flows.runs import (
    InputBatch,
    RunLogger,
    RunSummary,
    api_shared_with_workers,
    batched,
    clean_batch,
    count_and_skip_handled,
    cpu_count,
    fail_if_batches_died,
    make_task_runner,
    result_or_rejects,
    workers_stopped_if_a_batch_died,
)
from flows.sink import DatasetSink
from flows.sources import RawInput
from flows.warc import write_warc

ScrapeTaskRunner = Literal["local", "processes", "dask"]
SOFTWARE = "article-etl scrape (warcio)"


class ScrapeError(Exception):
    """The run cannot go on: nothing to discover, or every source failed."""


@dataclass
class ScrapeSummary(RunSummary):
    """What a scrape run did. Of the URLs discovered, each was filtered out,
    skipped as fetched before, left over the per-run limit, or fetched; of
    those fetched, each was not modified (304) or became an input, which the
    clean summary accounts for (inputs_seen)."""

    discovered: int = 0
    filtered_out: int = 0
    skipped_fetched_before: int = 0
    over_limit: int = 0
    fetched: int = 0
    revalidated: int = 0
    not_modified: int = 0
    discovery_errors: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        planned = self.filtered_out + self.skipped_fetched_before + self.over_limit + self.fetched
        return (
            super().balanced
            and planned == self.discovered
            and self.fetched == self.not_modified + self.inputs_seen
        )


@task(name="discover", cache_policy=NO_CACHE)
def discover_urls(fetcher: Fetcher, url_lists: list[str], feeds: list[str]) -> Discovery:
    """Read the URL lists, feeds and sitemaps (fetched politely like pages)."""
    return discover(fetcher, url_lists, feeds)


@task(name="fetch-batch", cache_policy=NO_CACHE)
def fetch_batch(fetcher: Fetcher, jobs: list[FetchJob]) -> list[FetchOutcome]:
    """Fetch a batch of pages on a few threads. Network errors are retried per
    request inside the fetcher (with backoff, through the host's gate), never
    by re-running the whole batch; what still fails becomes a reject."""
    workers = max(1, min(fetcher.options.concurrency, len(jobs)))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
        return list(pool.map(fetcher.fetch_page, jobs))


@flow(name="scrape-articles", validate_parameters=True)
def scrape_articles(
    output: str = "output",
    urls: list[str] | None = None,
    feeds: list[str] | None = None,
    sitemaps: list[str] | None = None,
    match: str | None = None,
    published_after: datetime | None = None,
    max_articles: Annotated[int, Field(ge=1)] | None = None,
    revalidate_after_hours: Annotated[float, Field(ge=0)] | None = None,
    user_agent: Annotated[str, Field(min_length=1)] = DEFAULT_USER_AGENT,
    concurrency: Annotated[int, Field(ge=1, le=256)] = 8,
    per_host_concurrency: Annotated[int, Field(ge=1, le=64)] = 1,
    per_host_delay: Annotated[float, Field(ge=0)] = 1.0,
    connect_timeout: Annotated[float, Field(gt=0)] = 10.0,
    read_timeout: Annotated[float, Field(gt=0)] = 30.0,
    max_redirects: Annotated[int, Field(ge=0, le=30)] = 5,
    max_page_mb: Annotated[float, Field(gt=0, le=1024)] = 10.0,
    retries: Annotated[int, Field(ge=0, le=10)] = 3,
    backoff_factor: Annotated[float, Field(ge=0)] = 1.0,
    max_retry_after: Annotated[float, Field(ge=0)] = 120.0,
    allow_private_hosts: bool = False,
    batch_size: Annotated[int, Field(ge=1, le=10_000)] = 50,
    task_runner: ScrapeTaskRunner = "local",
    workers: Annotated[int, Field(ge=1, le=256)] | None = None,
    dask_address: DaskAddress | None = None,
) -> ScrapeSummary:
    """Fetch news pages and clean them into Parquet, politely and incrementally.

    Args:
        output: dataset folder: OUTPUT/articles, OUTPUT/rejects, OUTPUT/raw
            (WARC files of the fetched pages) and OUTPUT/_state.
        urls: files listing one URL per line (# comments allowed).
        feeds: RSS or Atom feed URLs (a sitemap works too).
        sitemaps: sitemap, sitemap index or Google News sitemap URLs.
        match: keep only URLs in which this regular expression is found.
        published_after: keep only URLs dated after this (from the feed or
            sitemap; undated URLs are kept); a naive value means UTC.
        max_articles: fetch at most this many URLs this run.
        revalidate_after_hours: URLs fetched before are skipped; with this,
            those fetched at least this long ago are asked again with a
            conditional request (0: every run). A 304 writes nothing.
        user_agent: the User-Agent sent; name the project and a contact URL.
        concurrency: requests in flight at once, over all hosts.
        per_host_concurrency: requests in flight at once to one host.
        per_host_delay: seconds between requests to one host (robots.txt
            Crawl-delay can make it longer, never shorter).
        connect_timeout, read_timeout: seconds.
        max_redirects: redirects followed per URL.
        max_page_mb: pages larger than this (decoded) are rejected as too_large.
        retries: retries after the first attempt on connection errors,
            timeouts, 429 and 5xx, with exponential backoff and jitter.
        backoff_factor: the first retry waits this many seconds, then 2x, 4x...
        max_retry_after: a Retry-After longer than this leaves the host alone
            for the rest of the run; its URLs are tried next run.
        allow_private_hosts: fetch hosts on loopback or private networks
            (refused by default, as a guard against server-side request forgery).
        batch_size: URLs per fetch task and per clean task.
        task_runner: where cleaning runs: "local" (a thread), "processes", or
            "dask" (a local Dask cluster, or the one at `dask_address`).
            Fetching always runs in the flow's process, one polite fetcher.
        workers: processes for cleaning with task_runner="processes" or "dask".
        dask_address: scheduler of an existing Dask cluster (tcp://host:8786)
            for task_runner="dask"; its workers need this project installed.
    """
    logger = get_run_logger()
    check_dask_options(task_runner, dask_address)
    started = time.perf_counter()
    ingested_at = datetime.now(UTC)
    url_lists, feed_urls = list(urls or []), [*(feeds or []), *(sitemaps or [])]
    if not url_lists and not feed_urls:
        raise ScrapeError("nothing to scrape: give at least one of urls, feeds or sitemaps")
    summary = ScrapeSummary(source=", ".join([*url_lists, *feed_urls]), output=str(output))
    options = FetchOptions(
        user_agent=user_agent,
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        max_redirects=max_redirects,
        max_page_bytes=int(max_page_mb * 1024 * 1024),
        retries=retries,
        backoff_factor=backoff_factor,
        max_retry_after=max_retry_after,
        per_host_delay=per_host_delay,
        per_host_concurrency=per_host_concurrency,
        concurrency=concurrency,
        allow_private_hosts=allow_private_hosts,
    )
    filters = Filters(match, _as_utc(published_after))
    revalidate_after = timedelta(hours=revalidate_after_hours) if revalidate_after_hours is not None else None
    run_tag = f"{ingested_at:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"

    with (
        DatasetSink(Path(output), run_tag) as sink,
        FetchState(sink.state_dir / "fetch.sqlite") as state,
        Fetcher(options, log=logger) as fetcher,
    ):
        discovery = discover_urls(fetcher, url_lists, feed_urls)
        summary.discovery_errors = discovery.errors
        if discovery.all_failed:
            raise ScrapeError("no source could be read: " + "; ".join(discovery.errors))
        jobs = plan_fetches(discovery.candidates, filters, state, revalidate_after, max_articles, summary)
        logger.info(
            "%d URLs discovered, %d to fetch (%d filtered out, %d fetched before, %d over the limit)",
            summary.discovered,
            summary.fetched,
            summary.filtered_out,
            summary.skipped_fetched_before,
            summary.over_limit,
        )
        sink.raw_dir.mkdir(parents=True, exist_ok=True)
        with (
            api_shared_with_workers(),
            ThreadPoolTaskRunner(max_workers=1) as fetch_runner,
            make_task_runner(task_runner, workers or cpu_count(), dask_address) as clean_runner,
            workers_stopped_if_a_batch_died(summary),
        ):
            in_flight: deque[_Cleaning] = deque()
            for number, (jobs_done, outcomes) in enumerate(
                _fetch_ahead(fetch_runner, fetcher, jobs, batch_size), start=1
            ):
                raw_file = keep_raw(outcomes, sink.raw_dir / f"{run_tag}-{number:05d}.warc.gz")
                if raw_file:
                    summary.note_files([f"raw/{raw_file.name}"])
                inputs = list(count_and_skip_handled(_inputs_of(outcomes, summary), sink, summary))
                future = clean_runner.submit(
                    clean_batch, {"batch": InputBatch(inputs), "ingested_at": ingested_at}
                )
                in_flight.append(_Cleaning(future, inputs, outcomes, _sent_validators(jobs_done)))
                # One batch cleans while the next one is fetched; writing
                # waits for the older one, so output order follows fetch order.
                if len(in_flight) > 1:
                    _write_oldest(in_flight, sink, state, summary, ingested_at)
            while in_flight:
                _write_oldest(in_flight, sink, state, summary, ingested_at)

    summary.seconds = round(time.perf_counter() - started, 3)
    _report(summary, logger)
    fail_if_batches_died(summary)
    return summary


def plan_fetches(
    candidates: Iterable[Candidate],
    filters: Filters,
    state: FetchState,
    revalidate_after: timedelta | None,
    max_articles: int | None,
    summary: ScrapeSummary,
) -> list[FetchJob]:
    """The URLs to fetch this run, hosts interleaved, each with the validators
    of its last fetch when it is being revalidated."""
    now = datetime.now(UTC)
    jobs: list[FetchJob] = []
    for candidate in interleave_by_host(candidates):
        summary.discovered += 1
        if not filters.keeps(candidate):
            summary.filtered_out += 1
            continue
        seen = state.seen(candidate.url)
        if not due(seen, revalidate_after, now):
            summary.skipped_fetched_before += 1
            continue
        if max_articles is not None and len(jobs) >= max_articles:
            summary.over_limit += 1
            continue
        validators = seen.validators if seen is not None and seen.done else None
        summary.revalidated += validators is not None
        jobs.append(FetchJob(candidate.url, validators))
    summary.fetched = len(jobs)
    return jobs


def keep_raw(outcomes: Sequence[FetchOutcome], path: Path) -> Path | None:
    """Write the batch's fetched pages to a WARC file; None when there were none."""
    pages = [
        outcome.response
        for outcome in outcomes
        if outcome.response is not None and outcome.raw is not None and outcome.raw.reject_reason is None
    ]
    if not pages:
        return None
    write_warc(pages, path, SOFTWARE)
    return path


@dataclass(slots=True)
class _Cleaning:
    future: PrefectFuture[BatchResult]
    inputs: list[RawInput]
    outcomes: list[FetchOutcome]
    validators: dict[str, Validators | None]


def _fetch_ahead(
    runner: ThreadPoolTaskRunner, fetcher: Fetcher, jobs: list[FetchJob], size: int
) -> Iterator[tuple[list[FetchJob], list[FetchOutcome]]]:
    """Fetched batches in order; batch n+1 is already fetching while the
    caller keeps and cleans batch n."""
    ahead: tuple[list[FetchJob], PrefectFuture[list[FetchOutcome]]] | None = None
    for batch in batched(jobs, size):
        future = runner.submit(fetch_batch, {"fetcher": fetcher, "jobs": batch})
        if ahead is not None:
            yield ahead[0], _outcomes_or_failures(*ahead)
        ahead = (batch, future)
    if ahead is not None:
        yield ahead[0], _outcomes_or_failures(*ahead)


def _outcomes_or_failures(
    jobs: list[FetchJob], future: PrefectFuture[list[FetchOutcome]]
) -> list[FetchOutcome]:
    """The batch's outcomes; if the task itself died, each URL a retryable reject."""
    try:
        return future.result()
    except Exception as error:
        get_run_logger().exception("fetch batch of %d URLs failed; tried again next run", len(jobs))
        refusal = Refusal("fetch_failed", f"{type(error).__name__}: {error}"[:500], permanent=False)
        return [FetchOutcome(job.url, refusal.as_input(job.url)) for job in jobs]


def _inputs_of(outcomes: Iterable[FetchOutcome], summary: ScrapeSummary) -> Iterator[RawInput]:
    for outcome in outcomes:
        if outcome.raw is None:
            summary.not_modified += 1
        else:
            yield outcome.raw


def _sent_validators(jobs: Iterable[FetchJob]) -> dict[str, Validators | None]:
    return {job.url: job.validators for job in jobs}


def _write_oldest(
    in_flight: deque[_Cleaning],
    sink: DatasetSink,
    state: FetchState,
    summary: ScrapeSummary,
    ingested_at: datetime,
) -> None:
    """Write the oldest cleaned batch, then record its URLs as fetched: a run
    killed in between fetches them again, and the manifest skips the copies."""
    cleaning = in_flight.popleft()
    logger = get_run_logger()
    result = result_or_rejects(cleaning.future, cleaning.inputs, ingested_at, logger)
    summary.add(result, sink.write(result, [raw.input_key for raw in cleaning.inputs]))
    state.record(cleaning.outcomes, cleaning.validators)
    logger.info(
        "%d of %d URLs fetched: %d articles, %d rejects, %d not modified, %d already there",
        summary.inputs_seen + summary.not_modified,
        summary.fetched,
        summary.articles_written,
        summary.rejected,
        summary.not_modified,
        summary.already_processed + summary.duplicates_skipped,
    )


def _as_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _report(summary: ScrapeSummary, logger: RunLogger) -> None:
    logger.info(
        "Done in %.1f s: %d URLs discovered, %d fetched, %d not modified, %d articles written, "
        "%d rejected %s, %d already processed, %d duplicates skipped",
        summary.seconds,
        summary.discovered,
        summary.fetched,
        summary.not_modified,
        summary.articles_written,
        summary.rejected,
        summary.rejects_by_reason or "",
        summary.already_processed,
        summary.duplicates_skipped,
    )
    if not summary.balanced:
        logger.error("accounting does not balance: %s", asdict(summary))
    publish_run_report(summary, key="scrape-articles-summary", details=scrape_details(summary))


def scrape_details(summary: ScrapeSummary) -> dict[str, str]:
    """The rows a scrape run adds to the run report: where its URLs went."""
    details = {
        "URLs discovered": f"{summary.discovered:,}",
        "filtered out": f"{summary.filtered_out:,}",
        "fetched before (skipped)": f"{summary.skipped_fetched_before:,}",
        "over the per-run limit": f"{summary.over_limit:,}",
        "fetched": f"{summary.fetched:,}",
        "conditional requests": f"{summary.revalidated:,}",
        "not modified (304)": f"{summary.not_modified:,}",
    }
    if summary.discovery_errors:
        details["discovery errors"] = "; ".join(summary.discovery_errors)
    return details


if __name__ == "__main__":
    from flows.cli import main

    raise SystemExit(main(["scrape", *sys.argv[1:]]))
