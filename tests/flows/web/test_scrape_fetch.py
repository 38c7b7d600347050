"""The fetcher against a real HTTP server on 127.0.0.1: politeness, retries,
limits, encodings and the address guard. No Prefect here: `Fetcher` is plain
Python, so these tests cost what their requests cost."""

from __future__ import annotations

import doctest
import ipaddress
import itertools
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from werkzeug import Response

import flows.io.responses
import flows.io.warc
import flows.web.discover
import flows.web.fetch
import flows.web.fetch_state
from flows.batch import clean_inputs
from flows.web.fetch import Fetcher, FetchJob, HostGate, Validators, is_public_address
from web.scrape_helpers import PROSE, Site, article_page, gzipped_page, local_options

PAGE = article_page("Ferry terminal delayed again")


def fetch(site: Site, path: str, **options: object):
    with Fetcher(local_options(**options)) as fetcher:
        return fetcher.fetch_page(FetchJob(site.url(path)))


def test_doctests_of_the_scrape_modules_pass() -> None:
    for module in (
        flows.web.fetch,
        flows.web.fetch_state,
        flows.io.responses,
        flows.io.warc,
        flows.web.discover,
    ):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed, module.__name__


def test_page_becomes_a_raw_input_with_its_http_facts(site: Site) -> None:
    site.page("/news/ferry", PAGE, headers={"ETag": '"v1"'})
    outcome = fetch(site, "/news/ferry")
    raw = outcome.raw
    assert raw is not None and raw.reject_reason is None
    assert raw.data == PAGE.encode() and raw.source_format == "html"
    assert (raw.url, raw.final_url, raw.http_status) == (site.url("/news/ferry"),) * 2 + (200,)
    assert raw.declared_charset == "utf-8"
    assert raw.fetched_at is not None and raw.fetched_at.tzinfo is UTC
    assert outcome.response is not None and outcome.response.header("etag") == '"v1"'
    user_agent = site.hits_for("/news/ferry")[0].headers["User-Agent"]
    assert user_agent.startswith("article-etl/") and "+https://" in user_agent


def test_robots_disallowed_path_is_never_requested(site: Site) -> None:
    site.robots("User-agent: *\nDisallow: /private/\n\nUser-agent: article-etl\nDisallow: /drafts/\n")
    site.page("/drafts/story", PAGE)
    site.page("/private/story", PAGE)
    site.page("/news/story", PAGE)
    with Fetcher(local_options()) as fetcher:
        drafts = fetcher.fetch_page(FetchJob(site.url("/drafts/story")))
        public = fetcher.fetch_page(FetchJob(site.url("/news/story")))
    assert drafts.raw is not None and drafts.raw.reject_reason == "robots_disallowed"
    assert public.raw is not None and public.raw.reject_reason is None
    # Our group names us, so the * group's /private/ rule does not apply to us.
    assert site.paths() == ["/robots.txt", "/news/story"]


def test_robots_txt_fetched_once_per_run(site: Site) -> None:
    site.robots("User-agent: *\nAllow: /\n")
    for number in range(3):
        site.page(f"/a{number}", PAGE)
    with Fetcher(local_options()) as fetcher:
        for number in range(3):
            fetcher.fetch_page(FetchJob(site.url(f"/a{number}")))
    assert site.paths().count("/robots.txt") == 1


def test_robots_5xx_means_nothing_is_fetched(site: Site) -> None:
    site.raw("/robots.txt", b"down", {"Content-Type": "text/plain"}, status=503)
    site.page("/a", PAGE)
    outcome = fetch(site, "/a", retries=0)
    assert outcome.raw is not None and outcome.raw.reject_reason == "robots_disallowed"
    assert not outcome.raw.permanent
    assert "/a" not in site.paths()


def test_429_with_retry_after_then_200(site: Site) -> None:
    site.robots("")
    site.sequence(
        "/busy",
        [
            lambda: Response("slow down", status=429, headers={"Retry-After": "1"}),
            lambda: Response(PAGE, headers={"Content-Type": "text/html"}),
        ],
    )
    outcome = fetch(site, "/busy")
    assert outcome.raw is not None and outcome.raw.reject_reason is None
    first, second = site.hits_for("/busy")
    assert second.at - first.at >= 0.95  # Retry-After: 1, measured on the server


def test_two_503s_then_200(site: Site) -> None:
    site.robots("")
    unavailable = lambda: Response("busy", status=503)  # noqa: E731
    site.sequence("/flaky", [unavailable, unavailable, lambda: Response(PAGE, content_type="text/html")])
    outcome = fetch(site, "/flaky", retries=2)
    assert outcome.raw is not None and outcome.raw.reject_reason is None
    assert len(site.hits_for("/flaky")) == 3


def test_5xx_after_the_last_retry_is_a_retryable_reject(site: Site) -> None:
    site.robots("")
    site.raw("/down", b"down", {"Content-Type": "text/html"}, status=502)
    outcome = fetch(site, "/down", retries=1)
    assert outcome.raw is not None and outcome.raw.reject_reason == "http_502"
    assert outcome.raw.permanent is False and outcome.raw.http_status == 502
    assert len(site.hits_for("/down")) == 2


def test_404_is_not_retried(site: Site) -> None:
    site.robots("")
    site.raw("/gone", b"no", {"Content-Type": "text/html"}, status=404)
    outcome = fetch(site, "/gone")
    assert outcome.raw is not None and outcome.raw.reject_reason == "http_404" and outcome.raw.permanent
    assert len(site.hits_for("/gone")) == 1


def test_read_timeout_is_a_transient_reject(site: Site) -> None:
    site.robots("")

    def slow(_request: object) -> Response:
        time.sleep(1.0)
        return Response(PAGE, content_type="text/html")

    site.route("/slow", slow)
    started = time.monotonic()
    outcome = fetch(site, "/slow", read_timeout=0.3, retries=1)
    assert outcome.raw is not None and outcome.raw.reject_reason == "timeout"
    assert outcome.raw.permanent is False
    assert len(site.hits_for("/slow")) == 2  # retried once, then given up
    assert time.monotonic() - started < 3


def test_redirects_are_followed_and_loops_refused(site: Site) -> None:
    site.robots("")
    site.raw("/old", b"", {"Location": "/new"}, status=301)
    site.page("/new", PAGE)
    site.raw("/loop-a", b"", {"Location": "/loop-b"}, status=302)
    site.raw("/loop-b", b"", {"Location": site.url("/loop-a")}, status=302)
    moved = fetch(site, "/old")
    assert moved.raw is not None and moved.raw.reject_reason is None
    assert moved.raw.url == site.url("/old") and moved.raw.final_url == site.url("/new")
    loop = fetch(site, "/loop-a")
    assert loop.raw is not None and loop.raw.reject_reason == "redirect_loop"
    assert site.paths().count("/loop-a") == 1 and site.paths().count("/loop-b") == 1


def test_too_many_redirects(site: Site) -> None:
    site.robots("")
    for number in range(4):
        site.raw(f"/hop{number}", b"", {"Location": f"/hop{number + 1}"}, status=302)
    outcome = fetch(site, "/hop0", max_redirects=2)
    assert outcome.raw is not None and outcome.raw.reject_reason == "too_many_redirects"


def test_body_over_the_cap_is_cut_off_while_streaming(site: Site) -> None:
    site.robots("")
    chunk = b"<p>" + b"x" * 8192 + b"</p>"

    def endless(_request: object) -> Response:
        # A generator body is sent chunked, with no Content-Length to check first.
        return Response((chunk for _ in range(1000)), content_type="text/html")

    site.route("/huge", endless)
    site.raw("/declared", b"x" * 70_000, {"Content-Type": "text/html"})
    streamed = fetch(site, "/huge", max_page_bytes=64 * 1024)
    declared = fetch(site, "/declared", max_page_bytes=64 * 1024)
    assert streamed.raw is not None and streamed.raw.reject_reason == "too_large"
    assert "stopped reading" in (streamed.raw.reject_detail or "")
    assert declared.raw is not None and declared.raw.reject_reason == "too_large"
    assert "Content-Length" in (declared.raw.reject_detail or "")


def test_gzip_bomb_stops_at_the_cap(site: Site) -> None:
    site.robots("")
    bomb, headers = gzipped_page("<p>" + "a" * 5_000_000 + "</p>")
    site.raw("/bomb", bomb, headers)
    outcome = fetch(site, "/bomb", max_page_bytes=100_000)
    assert len(bomb) < 100_000  # small on the wire, large once decoded
    assert outcome.raw is not None and outcome.raw.reject_reason == "too_large"


def test_non_html_content_type_is_refused_before_the_body(site: Site) -> None:
    site.robots("")
    site.raw("/report.pdf", b"%PDF-1.7 ...", {"Content-Type": "application/pdf"})
    outcome = fetch(site, "/report.pdf")
    assert outcome.raw is not None and outcome.raw.reject_reason == "not_html"
    assert outcome.raw.http_status == 200 and outcome.raw.permanent


def test_gzip_encoded_page_is_decoded(site: Site) -> None:
    site.robots("")
    data, headers = gzipped_page(PAGE)
    site.raw("/zipped", data, headers)
    outcome = fetch(site, "/zipped")
    assert outcome.raw is not None and outcome.raw.data == PAGE.encode()
    assert "gzip" in site.hits_for("/zipped")[0].headers["Accept-Encoding"]


def test_windows_1252_page_without_charset_header_cleans_right(site: Site) -> None:
    site.robots("")
    quote = "“We are délighted,” said the café owner, who has waited since 2019 – five years."
    page = article_page("Café owners cheer", (quote, *PROSE[:3]), charset_meta=None)
    site.raw("/cafe", page.encode("cp1252"), {"Content-Type": "text/html"})
    outcome = fetch(site, "/cafe")
    assert outcome.raw is not None and outcome.raw.declared_charset is None
    result = clean_inputs([outcome.raw.with_key()], datetime.now(UTC))
    body = result.articles.column("body").to_pylist()[0]
    assert quote in body
    assert result.articles.column("title").to_pylist()[0] == "Café owners cheer"


def test_charset_header_wins_over_meta(site: Site) -> None:
    site.robots("")
    page = article_page("Stra\u00dfe reopened", charset_meta="utf-8")
    site.raw("/latin", page.encode("iso-8859-1"), {"Content-Type": "text/html; charset=ISO-8859-1"})
    outcome = fetch(site, "/latin")
    result = clean_inputs([outcome.raw.with_key()], datetime.now(UTC))
    assert result.articles.column("title").to_pylist() == ["Stra\u00dfe reopened"]


def test_private_address_refused_without_opt_in(site: Site) -> None:
    site.page("/a", PAGE)
    with Fetcher(local_options(allow_private_hosts=False)) as fetcher:
        outcome = fetcher.fetch_page(FetchJob(site.url("/a")))
        localhost = fetcher.fetch_page(FetchJob(site.url("/a").replace("127.0.0.1", "localhost")))
    assert outcome.raw is not None and outcome.raw.reject_reason == "private_address"
    assert "127.0.0.1" in (outcome.raw.reject_detail or "")
    assert localhost.raw is not None and localhost.raw.reject_reason == "private_address"
    assert site.paths() == []  # not even robots.txt was asked for


def test_redirect_to_a_private_address_is_refused_at_the_hop(site: Site) -> None:
    # Pretend 127.0.0.1 is public so the first hop goes through; 127.0.0.2
    # (also loopback) plays the private host the redirect points at.
    def only_first_loopback(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        return str(address) == "127.0.0.1"

    site.robots("")
    port = site.server.port
    site.raw("/jump", b"", {"Location": f"http://127.0.0.2:{port}/admin"}, status=302)
    with Fetcher(local_options(allow_private_hosts=False), address_allowed=only_first_loopback) as fetcher:
        outcome = fetcher.fetch_page(FetchJob(site.url("/jump")))
    assert outcome.raw is not None and outcome.raw.reject_reason == "private_address"
    assert "127.0.0.2" in (outcome.raw.reject_detail or "")


def test_connection_guard_checks_the_address_actually_reached(site: Site) -> None:
    # The pre-connect DNS check passes (it is told 127.0.0.1 is fine), but the
    # socket-level check is given a stricter rule: the connect is refused.
    site.page("/a", PAGE)
    calls: list[str] = []

    def allowed_once(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
        calls.append(str(address))
        return len(calls) == 1  # the DNS check; the socket check then fails

    with Fetcher(
        local_options(allow_private_hosts=False, retries=0), address_allowed=allowed_once
    ) as fetcher:
        result = fetcher.get(site.url("/a"), fetcher.page, obey_robots=False)
    assert getattr(result, "reason", None) == "private_address"
    assert site.paths() == []


def test_other_schemes_and_credentials_are_refused(site: Site) -> None:
    with Fetcher(local_options()) as fetcher:
        ftp = fetcher.fetch_page(FetchJob("ftp://127.0.0.1/file.html"))
        secret = fetcher.fetch_page(FetchJob(site.url("/a").replace("http://", "http://ann:hunter2@")))
        nonsense = fetcher.fetch_page(FetchJob("not a url"))
    assert ftp.raw is not None and ftp.raw.reject_reason == "unsupported_scheme"
    assert nonsense.raw is not None and nonsense.raw.reject_reason == "invalid_url"
    assert secret.raw is not None and secret.raw.reject_reason == "credentials_in_url"
    assert "hunter2" not in secret.raw.source and "hunter2" not in (secret.raw.url or "")


def test_conditional_request_and_304(site: Site) -> None:
    site.robots("")

    def conditional(request: object) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':  # type: ignore[attr-defined]
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(PAGE, content_type="text/html", headers={"ETag": '"v1"'})

    site.route("/story", conditional)
    with Fetcher(local_options()) as fetcher:
        first = fetcher.fetch_page(FetchJob(site.url("/story")))
        again = fetcher.fetch_page(FetchJob(site.url("/story"), Validators(etag='"v1"', last_modified="x")))
    assert first.raw is not None and not first.not_modified
    assert again.raw is None and again.not_modified
    sent = site.hits_for("/story")[1].headers
    assert sent["If-None-Match"] == '"v1"' and sent["If-Modified-Since"] == "x"


def test_no_cookies_are_kept_or_sent(site: Site) -> None:
    site.robots("")
    site.raw("/login", PAGE.encode(), {"Content-Type": "text/html", "Set-Cookie": "session=abc; Path=/"})
    site.page("/next", PAGE)
    with Fetcher(local_options()) as fetcher:
        fetcher.fetch_page(FetchJob(site.url("/login")))
        fetcher.fetch_page(FetchJob(site.url("/next")))
    assert "Cookie" not in site.hits_for("/next")[0].headers


# --- politeness, measured on the server ----------------------------------------------------


def gaps(times: list[float]) -> list[float]:
    ordered = sorted(times)
    return [later - earlier for earlier, later in itertools.pairwise(ordered)]


def planned_starts(fetcher: Fetcher) -> list[float]:
    """The start times the fetcher's host gate allowed, as it hands them out.

    The gate spaces these; between one and the server's log of the request lie
    two threads' scheduling (the client's after its sleep, the server's
    before its handler), which under load can be tens of ms longer for one
    request than the next. So the delay is checked on the plan, exactly, and
    the server's log is checked against the plan: no request arrived before
    the gate allowed it.
    """
    starts: list[float] = []
    slot = fetcher._gate.slot

    @contextmanager
    def recorded(host: str) -> Iterator[float]:
        with slot(host) as start:
            starts.append(start)
            yield start

    fetcher._gate.slot = recorded  # type: ignore[method-assign]
    return starts


def assert_arrivals_follow_the_plan(site: Site, starts: list[float]) -> None:
    # Every request passed the gate, and none reached the server before its
    # start: the k-th arrival is not earlier than the k-th allowed start.
    arrivals = sorted(hit.at for hit in site.hits)
    assert len(arrivals) == len(starts)
    assert all(arrival >= start for arrival, start in zip(arrivals, sorted(starts), strict=True)), (
        arrivals,
        sorted(starts),
    )


def test_per_host_delay_holds_across_threads(site: Site) -> None:
    site.robots("")
    for number in range(6):
        site.page(f"/p{number}", PAGE)
    delay = 0.25
    with Fetcher(local_options(per_host_delay=delay, concurrency=4)) as fetcher:
        from concurrent.futures import ThreadPoolExecutor

        starts = planned_starts(fetcher)
        with ThreadPoolExecutor(max_workers=4) as pool:
            jobs = [FetchJob(site.url(f"/p{number}")) for number in range(6)]
            outcomes = list(pool.map(fetcher.fetch_page, jobs))
    assert all(outcome.raw is not None and outcome.raw.reject_reason is None for outcome in outcomes)
    assert len(site.hits) == 7  # robots.txt + 6 pages
    assert min(gaps(starts)) >= delay - 1e-9, gaps(starts)
    assert_arrivals_follow_the_plan(site, starts)


def test_crawl_delay_from_robots_txt_is_honoured(site: Site) -> None:
    site.robots("User-agent: *\nCrawl-delay: 0.6\n")
    for number in range(3):
        site.page(f"/c{number}", PAGE)
    with Fetcher(local_options(per_host_delay=0.0)) as fetcher:
        starts = planned_starts(fetcher)
        for number in range(3):
            fetcher.fetch_page(FetchJob(site.url(f"/c{number}")))
    assert len(starts) == 4 and min(gaps(starts)) >= 0.6 - 1e-9, gaps(starts)  # robots.txt counts too
    (robots,) = site.hits_for("/robots.txt")
    # The delay counts from robots.txt's answer, so from after the server had its request.
    assert sorted(starts)[1] >= robots.at + 0.6
    assert_arrivals_follow_the_plan(site, starts)


def test_the_log_says_which_delay_a_crawl_delay_leaves(site: Site, caplog: pytest.LogCaptureFixture) -> None:
    # A Crawl-delay shorter than ours never shortens ours: the log says what is waited.
    site.robots("User-agent: *\nCrawl-delay: 0.2\n")
    site.page("/d0", PAGE)
    caplog.set_level(logging.INFO, logger="flows.web.fetch")
    with Fetcher(local_options(per_host_delay=0.5)) as fetcher:
        fetcher.fetch_page(FetchJob(site.url("/d0")))
    (line,) = [record.getMessage() for record in caplog.records if "Crawl-delay" in record.getMessage()]
    assert line.endswith("asks for 0.2 s between requests (Crawl-delay); waiting 0.5 s")


def test_retries_keep_the_per_host_delay(site: Site) -> None:
    site.robots("")
    unavailable = lambda: Response("busy", status=503)  # noqa: E731
    site.sequence("/flaky", [unavailable, lambda: Response(PAGE, content_type="text/html")])
    with Fetcher(local_options(per_host_delay=0.3, backoff_factor=0.01)) as fetcher:
        starts = planned_starts(fetcher)
        fetcher.fetch_page(FetchJob(site.url("/flaky")))
    assert len(site.hits_for("/flaky")) == 2
    assert min(gaps(starts)) >= 0.3 - 1e-9, gaps(starts)
    assert_arrivals_follow_the_plan(site, starts)


def test_retry_after_past_the_cap_leaves_the_host_alone(site: Site) -> None:
    site.robots("")
    site.raw("/a", b"later", {"Retry-After": "3600"}, status=429)
    site.page("/b", PAGE)
    with Fetcher(local_options(max_retry_after=2.0)) as fetcher:
        first = fetcher.fetch_page(FetchJob(site.url("/a")))
        second = fetcher.fetch_page(FetchJob(site.url("/b")))
    assert first.raw is not None and first.raw.reject_reason == "http_429" and not first.raw.permanent
    assert second.raw is not None and second.raw.reject_reason == "rate_limited" and not second.raw.permanent
    assert site.paths() == ["/robots.txt", "/a"]


def test_host_gate_limits_concurrency_per_host() -> None:
    gate = HostGate(delay=0.0, per_host=2, max_deferral=1.0)
    inside = 0
    peak = 0
    import threading

    lock = threading.Lock()

    def visit() -> None:
        nonlocal inside, peak
        with gate.slot("news.example"):
            with lock:
                inside += 1
                peak = max(peak, inside)
            time.sleep(0.05)
            with lock:
                inside -= 1

    threads = [threading.Thread(target=visit) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak == 2


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2606:4700::1111", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("224.0.0.1", False),
        ("::1", False),
        ("fe80::1", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public
