"""The scrape-articles flow: news pages fetched over HTTP, cleaned into Parquet.

    article-etl scrape --feed URL [--sitemap URL] [--urls FILE] --output DIR

The story of a run: read the feeds, sitemaps and URL lists; keep the URLs
that pass the filters and that no earlier run fetched (or that are due for
a conditional revalidation); fetch them in batches, politely, one Prefect
task per batch with a few threads inside (the next batch is fetched while
the flow cleans and writes this one); keep each batch's pages in a WARC file;
clean them with the same `clean_batch` task and write them with the same
`DatasetSink` as `clean_articles`; record what was fetched; report.

As with `clean_articles`, the flow's function alone, `scrape_articles.fn(...)`,
runs the same code without the Prefect engine: discovery and fetch batches are
the tasks' functions (fetching on one plain thread, as in a flow run), logs go
to the standard logger LOGGER_NAME, and no run report is published. The CLI
does that when no server is configured, to spare a temporary server's 10-20 s.
"""

from __future__ import annotations

import time
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal

from flows.settings import apply_prefect_defaults, refuse_script_arguments

if __name__ == "__main__":  # a script: Prefect reads its settings once, when first imported
    apply_prefect_defaults()

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from pydantic import Field

from flows.dask_runner import DaskAddress, check_dask_options
from flows.io.inputs import RawInput
from flows.io.sink import DatasetSink
from flows.io.warc import write_warc
from flows.report import outcome_text, plural, publish_run_report
from flows.runs import (
    BatchFuture,
    EnginelessRunner,
    InputBatch,
    RunLogger,
    RunSummary,
    api_shared_with_workers,
    batched,
    clean_batch,
    count_and_skip_handled,
    cpu_count,
    fail_if_batches_died,
    in_flow_run,
    make_task_runner,
    result_or_rejects,
    run_logger,
    workers_stopped_if_a_batch_died,
)
from flows.web.discover import Candidate, Discovery, Filters, discover, interleave_by_host
from flows.web.fetch import (
    DEFAULT_USER_AGENT,
    Fetcher,
    FetchJob,
    FetchOptions,
    FetchOutcome,
    Refusal,
    Validators,
)
from flows.web.fetch_state import FetchState, due

ScrapeTaskRunner = Literal["local", "processes", "dask"]
# A fetch batch on its way: a Prefect task run, or a plain future without the engine.
FetchFuture = PrefectFuture[list[FetchOutcome]] | Future[list[FetchOutcome]]
SOFTWARE = "article-etl scrape (warcio)"
# The logger of runs without the Prefect engine (`scrape_articles.fn`), which
# the CLI prints to stderr; in a flow run, lines go to the run's logger.
LOGGER_NAME = "article_etl.scrape"


class ScrapeError(Exception):
    """The run cannot go on: nothing to discover, or every source failed."""


@dataclass
class ScrapeSummary(RunSummary):
    """What a scrape run did. Of the URLs discovered, each was filtered out,
    skipped as fetched before, left over the per-run limit, or to fetch; of
    those to fetch, each was requested (`fetched`) or refused before any
    request (`not_requested`: robots.txt, a private address, a bad URL, a host
    backed off). Each URL to fetch was then not modified (304) or became an
    input, which the clean summary accounts for (inputs_seen)."""

    discovered: int = 0
    filtered_out: int = 0
    skipped_fetched_before: int = 0
    over_limit: int = 0
    to_fetch: int = 0
    revalidated: int = 0  # of `to_fetch`: fetched before, asked again with a conditional request
    fetched: int = 0
    not_requested: int = 0
    not_modified: int = 0
    discovery_errors: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        planned = self.filtered_out + self.skipped_fetched_before + self.over_limit + self.to_fetch
        return (
            super().balanced
            and planned == self.discovered
            and self.to_fetch == self.fetched + self.not_requested
            and self.to_fetch == self.not_modified + self.inputs_seen
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
    logger = run_logger(LOGGER_NAME)
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
        candidates = discover_candidates(fetcher, url_lists, feed_urls, summary)
        jobs = plan_fetches(candidates, filters, state, revalidate_after, max_articles, summary)
        logger.info("%s", plan_line(summary))
        with (
            api_shared_with_workers(),
            make_task_runner(task_runner, workers or cpu_count(), dask_address) as clean_runner,
            workers_stopped_if_a_batch_died(summary, clean_runner),
        ):
            fetch_and_clean(jobs, fetcher, clean_runner, sink, state, summary, batch_size, ingested_at)

    summary.seconds = round(time.perf_counter() - started, 3)
    _report(summary, logger)
    fail_if_batches_died(summary)
    return summary


def discover_candidates(
    fetcher: Fetcher, url_lists: list[str], feed_urls: list[str], summary: ScrapeSummary
) -> list[Candidate]:
    """The URLs the lists, feeds and sitemaps name; fails the run only when
    every source failed (the errors of the others go into the summary)."""
    # A task run in a flow run; without the engine, the task's function.
    discover_task = discover_urls if in_flow_run() else discover_urls.fn
    discovery = discover_task(fetcher, url_lists, feed_urls)
    summary.discovery_errors = discovery.errors
    if discovery.all_failed:
        raise ScrapeError("no source could be read: " + "; ".join(discovery.errors))
    return discovery.candidates


def fetch_and_clean(
    jobs: list[FetchJob],
    fetcher: Fetcher,
    clean_runner: TaskRunner | EnginelessRunner,
    sink: DatasetSink,
    state: FetchState,
    summary: ScrapeSummary,
    batch_size: int,
    ingested_at: datetime,
) -> None:
    """Fetch the jobs in batches, keep each batch's pages as a WARC file, clean
    it on `clean_runner` and write it. One batch cleans while the next one is
    fetched; writing waits for the older one, so output order follows fetch order."""
    sink.raw_dir.mkdir(parents=True, exist_ok=True)
    in_flight: deque[_Cleaning] = deque()
    progress = _Progress()
    # Fetching always runs in the flow's process: one polite fetcher, one thread of tasks.
    with _fetch_runner() as fetch_runner:
        batches = _fetch_ahead(fetch_runner, fetcher, jobs, batch_size)
        for number, (jobs_done, outcomes) in enumerate(batches, start=1):
            cleaning = _start_cleaning(clean_runner, sink, summary, number, jobs_done, outcomes, ingested_at)
            in_flight.append(cleaning)
            if len(in_flight) > 1:
                _write_oldest(in_flight, sink, state, summary, ingested_at, progress)
        while in_flight:
            _write_oldest(in_flight, sink, state, summary, ingested_at, progress)


def _fetch_runner() -> ThreadPoolTaskRunner | EnginelessRunner:
    """One thread for the fetch tasks: Prefect task runs in a flow run, else
    the task's function on a plain thread (the same overlap of fetching and
    cleaning, and the same fetcher with its per-host politeness)."""
    return ThreadPoolTaskRunner(max_workers=1) if in_flow_run() else EnginelessRunner(1, threads=True)


def _start_cleaning(
    clean_runner: TaskRunner | EnginelessRunner,
    sink: DatasetSink,
    summary: ScrapeSummary,
    number: int,
    jobs_done: list[FetchJob],
    outcomes: list[FetchOutcome],
    ingested_at: datetime,
) -> _Cleaning:
    """Keep the batch's pages as OUTPUT/raw/<run>-<n>.warc.gz, skip the inputs an
    earlier run handled, and submit the rest to the clean task."""
    raw_file = keep_raw(outcomes, sink.raw_dir / f"{sink.run_tag}-{number:05d}.warc.gz")
    if raw_file:
        summary.note_files([f"raw/{raw_file.name}"])
    raws = [outcome.raw for outcome in outcomes if outcome.raw is not None]
    inputs = list(count_and_skip_handled(raws, sink, summary))
    future = clean_runner.submit(clean_batch, {"batch": InputBatch(inputs), "ingested_at": ingested_at})
    cleaning = _Cleaning(future, inputs, outcomes, _sent_validators(jobs_done))
    cleaning.already_there = len(raws) - len(inputs)
    return cleaning


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
    summary.to_fetch = len(jobs)
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
    future: BatchFuture
    inputs: list[RawInput]
    outcomes: list[FetchOutcome]
    validators: dict[str, Validators | None]
    already_there: int = 0  # inputs skipped as handled by an earlier run


@dataclass(slots=True)
class _Progress:
    """Counts of the batches written so far. The summary's input counts run
    ahead (the next batch is fetched and keyed while this one is written), so
    the progress line adds up what is written."""

    urls: int = 0
    already_there: int = 0


def _fetch_ahead(
    runner: ThreadPoolTaskRunner | EnginelessRunner, fetcher: Fetcher, jobs: list[FetchJob], size: int
) -> Iterator[tuple[list[FetchJob], list[FetchOutcome]]]:
    """Fetched batches in order; batch n+1 is already fetching while the
    caller keeps and cleans batch n."""
    ahead: tuple[list[FetchJob], FetchFuture] | None = None
    for batch in batched(jobs, size):
        future = runner.submit(fetch_batch, {"fetcher": fetcher, "jobs": batch})
        if ahead is not None:
            yield ahead[0], _outcomes_or_failures(*ahead)
        ahead = (batch, future)
    if ahead is not None:
        yield ahead[0], _outcomes_or_failures(*ahead)


def _outcomes_or_failures(jobs: list[FetchJob], future: FetchFuture) -> list[FetchOutcome]:
    """The batch's outcomes; if the task itself died, each URL a retryable reject."""
    try:
        return future.result()
    except Exception as error:
        run_logger(LOGGER_NAME).exception("fetch batch of %d URLs failed; tried again next run", len(jobs))
        refusal = Refusal("fetch_failed", f"{type(error).__name__}: {error}"[:500], permanent=False)
        return [FetchOutcome(job.url, refusal.as_input(job.url)) for job in jobs]


def _sent_validators(jobs: Iterable[FetchJob]) -> dict[str, Validators | None]:
    return {job.url: job.validators for job in jobs}


def _write_oldest(
    in_flight: deque[_Cleaning],
    sink: DatasetSink,
    state: FetchState,
    summary: ScrapeSummary,
    ingested_at: datetime,
    progress: _Progress,
) -> None:
    """Write the oldest cleaned batch, then record its URLs as fetched: a run
    killed in between fetches them again, and the manifest skips the copies."""
    cleaning = in_flight.popleft()
    logger = run_logger(LOGGER_NAME)
    result = result_or_rejects(cleaning.future, cleaning.inputs, ingested_at, logger)
    summary.add(result, sink.write(result, [raw.input_key for raw in cleaning.inputs]))
    state.record(cleaning.outcomes, cleaning.validators)
    summary.fetched += sum(outcome.requested for outcome in cleaning.outcomes)
    summary.not_requested += sum(not outcome.requested for outcome in cleaning.outcomes)
    summary.not_modified += sum(outcome.raw is None for outcome in cleaning.outcomes)
    progress.urls += len(cleaning.outcomes)
    progress.already_there += cleaning.already_there
    logger.info("%s", progress_line(summary, progress))


def plan_line(summary: ScrapeSummary) -> str:
    """Where the URLs discovered went before any page is fetched.

    >>> print(plan_line(ScrapeSummary("feed", "out", discovered=15, filtered_out=1, to_fetch=14,
    ...       revalidated=12)))  # doctest: +NORMALIZE_WHITESPACE
    15 URLs discovered: 14 to fetch (12 of them fetched before, asked again with a conditional request),
    1 filtered out, 0 fetched before and skipped, 0 over the per-run limit
    """
    again = f" ({summary.revalidated:,} of them fetched before, asked again with a conditional request)"
    return (
        f"{plural(summary.discovered, 'URL')} discovered: {summary.to_fetch:,} to fetch"
        f"{again if summary.revalidated else ''}, {summary.filtered_out:,} filtered out, "
        f"{summary.skipped_fetched_before:,} fetched before and skipped, "
        f"{summary.over_limit:,} over the per-run limit"
    )


def progress_line(summary: ScrapeSummary, progress: _Progress) -> str:
    """After each batch: the URLs done so far and where they went.

    >>> print(progress_line(ScrapeSummary("feed", "out", to_fetch=6, fetched=4, not_requested=1,
    ...       articles_written=1, rejected=2, not_modified=1), _Progress(urls=5, already_there=1)))
    ... # doctest: +NORMALIZE_WHITESPACE
    5 of 6 URLs done: 4 requested, 1 refused before any request; 1 article, 2 rejected,
    1 not modified, 1 already there
    """
    already_there = progress.already_there + summary.duplicates_skipped
    return (
        f"{progress.urls:,} of {plural(summary.to_fetch, 'URL')} done: {summary.fetched:,} requested, "
        f"{summary.not_requested:,} refused before any request; "
        f"{plural(summary.articles_written, 'article')}, {summary.rejected:,} rejected, "
        f"{summary.not_modified:,} not modified, {already_there:,} already there"
    )


def _as_utc(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _report(summary: ScrapeSummary, logger: RunLogger) -> None:
    logger.info("%s", done_line(summary))
    if not summary.balanced:
        logger.error("accounting does not balance: %s", asdict(summary))
    if in_flow_run():  # an artifact needs the API; without the engine the summary is the report
        publish_run_report(summary, key="scrape-articles-summary", details=scrape_details(summary))


def done_line(summary: ScrapeSummary) -> str:
    """The last line a scrape run logs."""
    return (
        f"Done in {summary.seconds:.1f} s: {plural(summary.discovered, 'URL')} discovered, "
        f"{summary.to_fetch:,} to fetch: {summary.fetched:,} requested, {summary.not_requested:,} refused "
        f"before any request, {summary.not_modified:,} not modified; {outcome_text(summary)}"
    )


def scrape_details(summary: ScrapeSummary) -> dict[str, str]:
    """The rows a scrape run adds to the run report: where its URLs went."""
    details = {
        "URLs discovered": f"{summary.discovered:,}",
        "filtered out": f"{summary.filtered_out:,}",
        "fetched before (skipped)": f"{summary.skipped_fetched_before:,}",
        "over the per-run limit": f"{summary.over_limit:,}",
        "to fetch": f"{summary.to_fetch:,}",
        "conditional requests (fetched before, asked again)": f"{summary.revalidated:,}",
        "requested": f"{summary.fetched:,}",
        "refused before any request (robots.txt, address, URL)": f"{summary.not_requested:,}",
        "not modified (304)": f"{summary.not_modified:,}",
    }
    if summary.discovery_errors:
        details["discovery errors"] = "; ".join(summary.discovery_errors)
    return details


if __name__ == "__main__":
    refuse_script_arguments("scrape")
    scrape_articles()
