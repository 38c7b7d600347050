"""Publication dates from metadata strings into timezone-aware UTC datetimes."""

from __future__ import annotations

from datetime import UTC, datetime

from dateutil import parser as date_parser

# Dates outside this range are parse accidents ("0001-01-01", epoch typos).
EARLIEST_YEAR = 1800
LATEST_YEAR = 2200
MAX_DATE_CHARS = 100


def parse_datetime(value: object) -> datetime | None:
    """Parse an ISO 8601 or human date, or a Unix timestamp; naive means UTC.

    >>> parse_datetime("2022-03-23T14:05:00-04:00")
    datetime.datetime(2022, 3, 23, 18, 5, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("March 23, 2022")
    datetime.datetime(2022, 3, 23, 0, 0, tzinfo=datetime.timezone.utc)
    >>> parse_datetime("not a date") is None
    True
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = date_parser.parse(text, fuzzy=False)
        except (ValueError, OverflowError, TypeError):
            return None
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _from_timestamp(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds since the epoch, as JavaScript writes them
        seconds /= 1000
    try:
        parsed = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return parsed if EARLIEST_YEAR <= parsed.year <= LATEST_YEAR else None
