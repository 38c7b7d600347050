"""What earlier scrape runs fetched: `OUTPUT/_state/fetch.sqlite`.

One row per URL asked for: the last HTTP status, the validators (ETag,
Last-Modified) for a conditional request, when it was fetched, and whether
it is done. A URL is done when its outcome will not change by asking again
soon: a page, a 304, a 404, a page too large or not HTML. Timeouts, 429 and
5xx are not done, so the next run tries them again. Refusals that never
reached the server (robots.txt, private addresses) are not recorded: they
depend on rules and options that may change by the next run.

Only the flow's thread touches the database, after each batch is written,
so a run killed mid-batch fetches that batch again (the manifest then skips
pages whose bytes it already holds).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

from flows.web.fetch import FetchOutcome, Validators, response_validators


@dataclass(frozen=True, slots=True)
class Seen:
    """The last fetch of one URL."""

    status: int | None
    validators: Validators | None
    fetched_at: datetime
    done: bool


class FetchState:
    """SQLite index of fetched URLs; survives restarts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    def __enter__(self) -> Self:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.executescript(
            """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            CREATE TABLE IF NOT EXISTS fetched (
                url TEXT PRIMARY KEY,
                status INTEGER,
                etag TEXT,
                last_modified TEXT,
                final_url TEXT,
                fetched_at TEXT NOT NULL,
                done INTEGER NOT NULL
            ) WITHOUT ROWID;
            """
        )
        return self

    def __exit__(self, *_: object) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("FetchState used outside its `with` block")
        return self._db

    def seen(self, url: str) -> Seen | None:
        row = self.db.execute(
            "SELECT status, etag, last_modified, fetched_at, done FROM fetched WHERE url = ?", (url,)
        ).fetchone()
        if row is None:
            return None
        status, etag, last_modified, fetched_at, done = row
        validators = Validators(etag, last_modified) if etag or last_modified else None
        return Seen(status, validators, datetime.fromisoformat(fetched_at), bool(done))

    def record(self, outcomes: Iterable[FetchOutcome], previous: dict[str, Validators | None]) -> int:
        """Record the outcomes of one batch in one transaction; returns rows written."""
        rows = [row for row in (_row(outcome, previous.get(outcome.url)) for outcome in outcomes) if row]
        self.db.execute("BEGIN")
        try:
            self.db.executemany(
                """
                INSERT INTO fetched (url, status, etag, last_modified, final_url, fetched_at, done)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (url) DO UPDATE SET
                    status = excluded.status, etag = excluded.etag,
                    last_modified = excluded.last_modified, final_url = excluded.final_url,
                    fetched_at = excluded.fetched_at, done = excluded.done
                """,
                rows,
            )
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return len(rows)


def _row(outcome: FetchOutcome, previous: Validators | None) -> tuple[object, ...] | None:
    response = outcome.response
    status = response.status if response is not None else (outcome.raw.http_status if outcome.raw else None)
    if status is None:
        return None  # never reached the server, or no answer: nothing learned about the URL
    validators = response_validators(response, previous)
    done = outcome.raw is None or outcome.raw.permanent
    fetched_at = response.fetched_at if response is not None and response.fetched_at else datetime.now(UTC)
    return (
        outcome.url,
        status,
        validators.etag if validators else None,
        validators.last_modified if validators else None,
        response.final_url if response is not None else None,
        fetched_at.isoformat(),
        int(done),
    )


def due(seen: Seen | None, revalidate_after: timedelta | None, now: datetime) -> bool:
    """Whether a URL is to be fetched this run.

    >>> when = datetime(2024, 1, 1, tzinfo=UTC)
    >>> page = Seen(200, None, when, done=True)
    >>> due(None, None, when), due(page, None, when), due(page, timedelta(hours=1), when + timedelta(hours=2))
    (True, False, True)
    >>> due(Seen(503, None, when, done=False), None, when)
    True
    """
    if seen is None or not seen.done:
        return True
    return revalidate_after is not None and now - seen.fetched_at >= revalidate_after
