"""Fetch pages over HTTP politely and safely: one `Fetcher` per run.

What a request goes through, in order:

1. Only http and https; no user:password in the URL.
2. The host must resolve to public addresses only (no loopback, private,
   link-local, multicast, reserved or unspecified ones) unless private hosts
   are allowed; the connection itself checks the address it reached again,
   so a DNS answer that changes between check and connect (DNS rebinding)
   gets nowhere.
3. robots.txt of the origin, fetched once per run (RFC 9309: a 4xx means
   everything is allowed, a 5xx or no answer means nothing is).
4. The host's gate: at most N requests at once per host and a minimum delay
   between the end of one request and the start of the next (the larger of
   ours and the site's Crawl-delay); a Retry-After or a backoff delays the
   whole host, not only the URL that got it.
5. The request, streamed: redirects followed by hand (each hop goes through
   1-4 again; a URL seen twice is a loop), the Content-Type checked before the
   body is read, and the body cut off past the size cap (counted after gzip
   decoding, so a gzip bomb stops there too).

Connection errors, timeouts, 429 and 5xx are retried with exponential backoff
and jitter, honouring Retry-After up to a cap. Retries are ours rather than
urllib3's `Retry`: urllib3 would retry inside the connection pool, past the
host gate, so a retry could land closer to the previous request than the
site's Crawl-delay allows.

Cookies are neither stored nor sent, and the environment's proxies and
.netrc credentials are not used, so nothing secret reaches a log or a dump.
"""

from __future__ import annotations

import ipaddress
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http.cookiejar import DefaultCookiePolicy
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import LocationParseError, ReadTimeoutError

from flows.io.inputs import RawInput
from flows.io.responses import PAGE_FORMAT, PAGE_TYPES, Response, page_input, refusal_for_type
from flows.web import DEFAULT_USER_AGENT
from transforms.feeds import normalize_url

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressCheck = Callable[[IPAddress], bool]
Log = logging.Logger | logging.LoggerAdapter[logging.Logger]

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ALLOWED_SCHEMES = frozenset({"http", "https"})
READ_CHUNK = 64 * 1024
# RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt.
ROBOTS_MAX_BYTES = 512 * 1024
# The sitemap protocol allows 50 MB (uncompressed) per sitemap file.
DISCOVERY_MAX_BYTES = 50 * 1024 * 1024
ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """The knobs of fetching, with defaults that suit a few news sites per run."""

    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_redirects: int = 5
    # A news page is rarely above a few MB even with inline scripts (the
    # same cap as `ReadLimits` for files).
    max_page_bytes: int = 10 * 1024 * 1024
    # Retries after the first attempt, for connection errors, timeouts, 429, 5xx.
    retries: int = 3
    # Backoff before retry n is backoff_factor * 2**(n-1) seconds (1, 2, 4 by
    # default), plus up to `backoff_jitter` of itself at random so that
    # threads hit by the same outage do not come back in step.
    backoff_factor: float = 1.0
    backoff_jitter: float = 0.5
    backoff_max: float = 60.0
    # A server asking to wait longer than this (Retry-After) is left alone for
    # the rest of the run; its URLs are tried again next run.
    max_retry_after: float = 120.0
    # Minimum gap between two requests to one host, from the end of one to
    # the start of the next; a robots.txt Crawl-delay can only make it longer.
    per_host_delay: float = 1.0
    per_host_concurrency: int = 1
    # Requests in flight at once over all hosts.
    concurrency: int = 8
    allow_private_hosts: bool = False

    @property
    def robots_token(self) -> str:
        """The product token robots.txt groups are matched on: 'article-etl'."""
        return self.user_agent.split("/", 1)[0].split()[0]


@dataclass(frozen=True, slots=True)
class Expect:
    """What a caller accepts: media types (None = any) and a body size cap."""

    types: frozenset[str] | None
    max_bytes: int
    refusal_reason: str = "not_html"


@dataclass(frozen=True, slots=True)
class Validators:
    """What the last fetch of a URL said about its version, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class Refusal:
    """A URL that gave no usable response, and why (a snake_case reason)."""

    reason: str
    detail: str
    permanent: bool = True
    status: int | None = None
    # False when no request for the page went out (robots.txt, a private
    # address, a bad URL, a host backed off): the run does not count it fetched.
    requested: bool = True

    def as_input(self, url: str) -> RawInput:
        safe_url = redact_url(url)
        return RawInput(
            source=safe_url,
            source_format=PAGE_FORMAT,
            reject_reason=self.reason,
            reject_detail=self.detail,
            permanent=self.permanent,
            url=safe_url,
            http_status=self.status,
        )


@dataclass(frozen=True, slots=True)
class FetchJob:
    url: str
    validators: Validators | None = None


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """One page fetch: the input to clean (None after a 304 Not Modified) and
    the final response when there was one (kept in the WARC file when 2xx)."""

    url: str
    raw: RawInput | None
    response: Response | None = None
    requested: bool = True  # a request for the page (or a hop of its redirects) went out

    @property
    def not_modified(self) -> bool:
        return self.response is not None and self.response.status == 304


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str
    status: int


@dataclass(frozen=True, slots=True)
class _Failure:
    """An attempt that got no final response; `retry_now` for transient ones."""

    refusal: Refusal
    retry_now: bool = False


class PrivateAddressError(Exception):
    """Raised by a connection that reached an address private hosts may not have."""


class HostDeferredError(Exception):
    def __init__(self, host: str, seconds: float) -> None:
        super().__init__(f"{host} asked to wait {seconds:.0f} s")
        self.seconds = seconds


# --- addresses ---------------------------------------------------------------------------


def is_public_address(address: IPAddress) -> bool:
    """True for globally routable unicast addresses only.

    >>> addresses = ("93.184.216.34", "127.0.0.1", "10.1.2.3", "169.254.169.254", "::ffff:127.0.0.1")
    >>> [is_public_address(ipaddress.ip_address(address)) for address in addresses]
    [True, False, False, False, False]
    """
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not address.is_multicast


def resolve_addresses(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (raises socket.gaierror when none)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]


def redact_url(url: str) -> str:
    """The URL without user:password, for logs and output.

    >>> redact_url("https://user:secret@news.example/a?b=1")
    'https://news.example/a?b=1'
    """
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def _guarded_pool_classes(allowed: AddressCheck) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pools whose sockets refuse a peer address `allowed` rejects."""

    def check_peer(sock: socket.socket, host: str) -> None:
        address = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
        if not allowed(address):
            sock.close()
            raise PrivateAddressError(f"{host} connected to non-public address {address}")

    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            check_peer(sock, self.host)
            return sock

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            sock = super()._new_conn()
            check_peer(sock, self.host)
            return sock

    class GuardedHTTPConnectionPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return {"http": GuardedHTTPConnectionPool, "https": GuardedHTTPSConnectionPool}


class _GuardedAdapter(HTTPAdapter):
    def __init__(self, allowed: AddressCheck | None, **kwargs: Any) -> None:
        self._allowed = allowed
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        if self._allowed is not None:
            self.poolmanager.pool_classes_by_scheme = _guarded_pool_classes(self._allowed)


# --- politeness ----------------------------------------------------------------------------


@dataclass
class _HostState:
    slots: threading.BoundedSemaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_allowed: float = 0.0
    deferred_until: float = 0.0


class HostGate:
    """Per-host concurrency limit and minimum delay, shared by all threads."""

    def __init__(
        self,
        delay: float,
        per_host: int,
        max_deferral: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._delay = delay
        self._per_host = per_host
        self._max_deferral = max_deferral
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _HostState] = {}
        self._lock = threading.Lock()

    def _state(self, host: str) -> _HostState:
        with self._lock:
            state = self._hosts.get(host)
            if state is None:
                state = _HostState(threading.BoundedSemaphore(self._per_host), self._delay)
                self._hosts[host] = state
            return state

    def slow_down(self, host: str, delay: float) -> None:
        """Raise the host's minimum delay (a robots.txt Crawl-delay); never
        lowers it. It counts from now too: robots.txt was the last request."""
        state = self._state(host)
        with state.lock:
            state.delay = max(state.delay, delay)
            state.next_allowed = max(state.next_allowed, self._clock() + state.delay)

    def defer(self, host: str, seconds: float) -> None:
        """Keep every thread off `host` for `seconds` (Retry-After or a backoff)."""
        state = self._state(host)
        with state.lock:
            state.deferred_until = max(state.deferred_until, self._clock() + seconds)

    @contextmanager
    def slot(self, host: str) -> Iterator[float]:
        """Wait for a free slot and the host's delay, then hold the slot; gives
        the time (on the gate's clock) the request was allowed to start.

        Raises HostDeferredError when the host asked us to stay away for
        longer than the deferral cap.
        """
        state = self._state(host)
        with state.slots:
            with state.lock:
                now = self._clock()
                if state.deferred_until - now > self._max_deferral:
                    raise HostDeferredError(host, state.deferred_until - now)
                start = max(now, state.next_allowed, state.deferred_until)
                state.next_allowed = start + state.delay
            if start > now:
                self._sleep(start - now)
            try:
                yield start
            finally:
                with state.lock:
                    state.next_allowed = max(state.next_allowed, self._clock() + state.delay)


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """robots.txt of one origin; `refusal` set when robots.txt itself said no."""

    parser: Protego | None = None
    refusal: Refusal | None = None

    def check(self, url: str, token: str) -> Refusal | None:
        if self.refusal is not None:
            return self.refusal
        if self.parser is None or self.parser.can_fetch(url, token):
            return None
        return Refusal("robots_disallowed", f"robots.txt disallows {urlsplit(url).path or '/'} for {token}")


# --- the fetcher ---------------------------------------------------------------------------


class Fetcher:
    """One HTTP session with its politeness state; safe to share between threads."""

    def __init__(
        self,
        options: FetchOptions,
        address_allowed: AddressCheck = is_public_address,
        log: Log = logger,
    ) -> None:
        self.options = options
        # The flow passes its run logger, so that retries and Crawl-delays
        # show in the run's log whichever thread meets them.
        self.log = log
        self._address_allowed = None if options.allow_private_hosts else address_allowed
        self.page = Expect(PAGE_TYPES, options.max_page_bytes)
        self.discovery = Expect(None, DISCOVERY_MAX_BYTES, refusal_reason="not_a_feed")
        self._robots_expect = Expect(None, ROBOTS_MAX_BYTES)
        self._gate = HostGate(options.per_host_delay, options.per_host_concurrency, options.max_retry_after)
        self._robots: dict[str, RobotsRules] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_guard = threading.Lock()
        self._random = random.Random()
        self.session = self._new_session()

    def _new_session(self) -> requests.Session:
        session = requests.Session()
        session.trust_env = False  # no proxies or .netrc credentials from the environment
        session.cookies.set_policy(DefaultCookiePolicy(allowed_domains=[]))  # store no cookie
        session.headers.update({"User-Agent": self.options.user_agent, "Accept": ACCEPT})
        pool_size = max(self.options.concurrency, 1)
        adapter = _GuardedAdapter(self._address_allowed, pool_connections=pool_size, pool_maxsize=pool_size)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        return session

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def fetch_page(self, job: FetchJob) -> FetchOutcome:
        """Fetch one article page; never raises for anything the network does."""
        try:
            result = self.get(job.url, self.page, job.validators)
        except Exception as error:  # a bug here must cost one URL, not the batch
            self.log.exception("unexpected error fetching %s", redact_url(job.url))
            result = Refusal("fetch_failed", f"{type(error).__name__}: {error}"[:500], permanent=False)
        if isinstance(result, Refusal):
            return FetchOutcome(job.url, result.as_input(job.url), requested=result.requested)
        return FetchOutcome(job.url, page_input(result), result)

    def get(
        self, url: str, expect: Expect, validators: Validators | None = None, *, obey_robots: bool = True
    ) -> Response | Refusal:
        """GET `url`, following redirects by hand; the final response or why none."""
        seen = [url]
        current = url
        while True:
            refusal = self._precheck(current, obey_robots)
            if refusal is not None:
                # Refused on the first hop: nothing was asked of the site.
                return refusal if len(seen) > 1 else replace(refusal, requested=False)
            result = self._with_retries(current, expect, validators)
            if isinstance(result, Response):
                return replace(result, url=url)
            if isinstance(result, Refusal):
                return result if len(seen) == 1 else replace(result, requested=True)
            target = normalize_url(urljoin(current, result.location))
            if target in seen:
                chain = " -> ".join(redact_url(hop) for hop in [*seen, target])
                return Refusal("redirect_loop", chain, status=result.status)
            if len(seen) > self.options.max_redirects:
                return Refusal(
                    "too_many_redirects",
                    f"more than {self.options.max_redirects} redirects",
                    status=result.status,
                )
            seen.append(target)
            current = target

    def _precheck(self, url: str, obey_robots: bool) -> Refusal | None:
        """Scheme, credentials, addresses and robots.txt: all before any request."""
        try:
            parts = urlsplit(url)
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as error:
            return Refusal("invalid_url", str(error))
        if not parts.scheme:  # "not a url", "example.com/a": not a URL at all
            return Refusal("invalid_url", "not an absolute http(s) URL")
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            return Refusal("unsupported_scheme", f"only http and https are fetched, not {parts.scheme!r}")
        if not parts.hostname:
            return Refusal("invalid_url", "no host in the URL")
        if parts.username is not None or parts.password is not None:
            return Refusal("credentials_in_url", "URLs carrying user:password are not fetched")
        refusal = self._check_addresses(parts.hostname, port)
        if refusal is None and obey_robots:
            origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
            refusal = self._robots_for(origin, parts.hostname).check(url, self.options.robots_token)
        return refusal

    def _check_addresses(self, host: str, port: int) -> Refusal | None:
        if self._address_allowed is None:
            return None
        try:
            addresses = resolve_addresses(host, port)
        except (socket.gaierror, UnicodeError) as error:
            return Refusal("dns_error", f"cannot resolve {host}: {error}", permanent=False)
        blocked = [str(address) for address in addresses if not self._address_allowed(address)]
        if blocked:
            return Refusal(
                "private_address",
                f"{host} resolves to non-public address {', '.join(blocked)} (see --allow-private-hosts)",
            )
        return None

    def _robots_for(self, origin: str, host: str) -> RobotsRules:
        """robots.txt of `origin`, fetched by the first thread that needs it."""
        with self._robots_guard:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            rules = self._robots.get(origin)
            if rules is None:
                rules = self._load_robots(origin)
                self._robots[origin] = rules
                delay = rules.parser.crawl_delay(self.options.robots_token) if rules.parser else None
                if delay:
                    applied = max(float(delay), self.options.per_host_delay)
                    message = "%s asks for %s s between requests (Crawl-delay); waiting %s s"
                    self.log.info(message, origin, delay, applied)
                    self._gate.slow_down(host, float(delay))
            return rules

    def _load_robots(self, origin: str) -> RobotsRules:
        result = self.get(f"{origin}/robots.txt", self._robots_expect, obey_robots=False)
        if isinstance(result, Refusal):
            if result.reason in {"too_large", "private_address", "invalid_url"}:
                return RobotsRules(parser=Protego.parse(""))  # nothing to obey; the pages say the rest
            return RobotsRules(refusal=_robots_unreachable(result.detail))
        if 200 <= result.status < 300:
            return RobotsRules(parser=Protego.parse(result.body.decode("utf-8", "replace")))
        if 400 <= result.status < 500 and result.status != 429:
            return RobotsRules(parser=Protego.parse(""))  # RFC 9309 2.3.1.3: unavailable, all allowed
        return RobotsRules(refusal=_robots_unreachable(f"robots.txt answered HTTP {result.status}"))

    def _with_retries(
        self, url: str, expect: Expect, validators: Validators | None
    ) -> Response | _Redirect | Refusal:
        """One hop, retried on transient failures; each attempt waits at the host's gate."""
        host = (urlsplit(url).hostname or "").lower()
        attempts = self.options.retries + 1
        for attempt in range(1, attempts + 1):
            try:
                with self._gate.slot(host):
                    result = self._attempt(url, expect, validators)
            except HostDeferredError as deferred:
                return Refusal(
                    "rate_limited", f"{deferred}; over the retry cap", permanent=False, requested=attempt > 1
                )
            wait = self._retry_wait(result, attempt)
            if wait is None:
                break
            self._gate.defer(host, wait)
            if attempt == attempts or wait > self.options.max_retry_after:
                break
            self.log.info(
                "retrying %s in %.1f s (attempt %d of %d)", redact_url(url), wait, attempt + 1, attempts
            )
        if isinstance(result, _Failure):
            return result.refusal
        return result

    def _retry_wait(self, result: Response | _Redirect | _Failure, attempt: int) -> float | None:
        """Seconds to wait before retrying `result`, or None when it is final."""
        if isinstance(result, _Failure):
            if not result.retry_now:
                return None
            retry_after = None
        elif isinstance(result, Response) and (result.status == 429 or result.status >= 500):
            retry_after = parse_retry_after(result.header("Retry-After"))
        else:
            return None
        if retry_after is not None:
            return retry_after
        backoff = min(self.options.backoff_max, self.options.backoff_factor * 2 ** (attempt - 1))
        return backoff * (1 + self._random.uniform(0, self.options.backoff_jitter))

    def _attempt(
        self, url: str, expect: Expect, validators: Validators | None
    ) -> Response | _Redirect | _Failure:
        """One request: a final response, a redirect, or the failure that stopped it."""
        options = self.options
        fetched_at = datetime.now(UTC)
        try:
            with self.session.get(
                url,
                headers=validators.headers() if validators else None,
                stream=True,
                allow_redirects=False,
                timeout=(options.connect_timeout, options.read_timeout),
            ) as response:
                return self._read(url, response, expect, fetched_at)
        except PrivateAddressError as error:
            return _Failure(Refusal("private_address", str(error)))
        except requests.exceptions.ConnectTimeout:
            return _failed("timeout", f"no connection within {options.connect_timeout} s")
        except requests.exceptions.ReadTimeout:
            return _failed("timeout", f"no data for {options.read_timeout} s")
        except requests.exceptions.SSLError as error:
            return _Failure(Refusal("tls_error", _first_line(error), permanent=False))
        except requests.exceptions.ContentDecodingError as error:
            return _Failure(Refusal("bad_encoding", _first_line(error)))
        except (requests.exceptions.InvalidURL, LocationParseError, UnicodeError) as error:
            return _Failure(Refusal("invalid_url", _first_line(error)))
        except requests.exceptions.ConnectionError as error:
            # A read timeout in the middle of the body comes wrapped this way.
            if error.args and isinstance(error.args[0], ReadTimeoutError):
                return _failed("timeout", f"no data for {options.read_timeout} s")
            return _failed("connection_error", _first_line(error))
        except requests.exceptions.RequestException as error:
            return _failed("connection_error", _first_line(error))

    def _read(
        self, url: str, response: requests.Response, expect: Expect, fetched_at: datetime
    ) -> Response | _Redirect | _Failure:
        status = response.status_code
        location = response.headers.get("Location")
        if status in REDIRECT_STATUSES and location:
            return _Redirect(location, status)
        headers = tuple(response.raw.headers.items())
        final = Response(url, url, status, response.reason or "", headers, b"", fetched_at)
        if not 200 <= status < 300:
            return final  # the status says it all; its error page is not worth the bytes
        content_type = response.headers.get("Content-Type")
        if expect.types is not None:
            refusal = refusal_for_type(content_type, expect.types)
            if refusal is not None:
                return _Failure(Refusal(expect.refusal_reason, refusal, status=status))
        declared = response.headers.get("Content-Length", "")
        if (
            declared.isdigit()
            and int(declared) > expect.max_bytes
            and not response.headers.get("Content-Encoding")
        ):
            return _too_large(f"Content-Length {declared} is over the {expect.max_bytes}-byte cap", status)
        body = bytearray()
        for chunk in response.iter_content(READ_CHUNK):
            body += chunk
            if len(body) > expect.max_bytes:
                return _too_large(f"over the {expect.max_bytes}-byte cap (stopped reading)", status)
        return replace(final, body=bytes(body))


def _failed(reason: str, detail: str) -> _Failure:
    return _Failure(Refusal(reason, detail, permanent=False), retry_now=True)


def _too_large(detail: str, status: int) -> _Failure:
    return _Failure(Refusal("too_large", detail, status=status))


def _robots_unreachable(detail: str) -> Refusal:
    # RFC 9309 2.3.1.4: robots.txt unreachable means assume everything is disallowed.
    return Refusal(
        "robots_disallowed", f"robots.txt unreachable, so nothing is fetched: {detail}", permanent=False
    )


def _first_line(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text.splitlines()[0][:300]


def parse_retry_after(
    value: str | None, now: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> float | None:
    """Seconds a Retry-After header asks to wait: delta-seconds or an HTTP date.

    >>> parse_retry_after("3"), parse_retry_after("soon")
    (3.0, None)
    >>> nine_thirty = datetime(2024, 1, 2, 9, 30, tzinfo=UTC)
    >>> parse_retry_after("Tue, 02 Jan 2024 09:30:10 GMT", now=lambda: nine_thirty)
    10.0
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now()).total_seconds())


def response_validators(response: Response | None, previous: Validators | None = None) -> Validators | None:
    """ETag and Last-Modified of a response, falling back to the ones sent
    (a 304 need not repeat them)."""
    if response is None:
        return previous
    etag = response.header("ETag")
    last_modified = response.header("Last-Modified")
    if response.status == 304 and previous is not None:
        etag = etag or previous.etag
        last_modified = last_modified or previous.last_modified
    if not etag and not last_modified:
        return None
    return Validators(etag, last_modified)
