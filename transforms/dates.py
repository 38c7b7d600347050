"""Publication dates from metadata values into timezone-aware UTC datetimes."""

from __future__ import annotations

import warnings
from datetime import UTC, datetime, tzinfo

from dateutil import parser as date_parser
from dateutil.tz import tzoffset

# Dates outside this range are parse accidents ("0001-01-01", epoch typos).
EARLIEST_YEAR = 1800
LATEST_YEAR = 2200
MAX_DATE_CHARS = 100

# US and European zone abbreviations that dateutil does not know; without
# them it would drop the offset and we would store a wrong instant.
TZINFOS: dict[str, tzinfo] = {
    "UTC": UTC,
    "GMT": UTC,
    "Z": UTC,
    "EST": tzoffset("EST", -5 * 3600),
    "EDT": tzoffset("EDT", -4 * 3600),
    "CST": tzoffset("CST", -6 * 3600),
    "CDT": tzoffset("CDT", -5 * 3600),
    "MST": tzoffset("MST", -7 * 3600),
    "MDT": tzoffset("MDT", -6 * 3600),
    "PST": tzoffset("PST", -8 * 3600),
    "PDT": tzoffset("PDT", -7 * 3600),
    "BST": tzoffset("BST", 3600),
    "CET": tzoffset("CET", 3600),
    "CEST": tzoffset("CEST", 2 * 3600),
}


def parse_datetime(value: object) -> datetime | None:
    """Parse an ISO 8601 or human date, or a Unix timestamp; naive means UTC.

    >>> parse_datetime("2022-03-23T14:05:00-04:00").isoformat()
    '2022-03-23T18:05:00+00:00'
    >>> parse_datetime("March 23, 2022").isoformat()
    '2022-03-23T00:00:00+00:00'
    >>> parse_datetime("Wed, 14 Jan 2015 10:55:00 EST").isoformat()
    '2015-01-14T15:55:00+00:00'
    >>> parse_datetime(1647957600).isoformat()
    '2022-03-22T14:00:00+00:00'
    >>> parse_datetime("not a date") is None
    True
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return _from_timestamp(float(value))
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > MAX_DATE_CHARS or not any(char.isdigit() for char in text):
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # dateutil warns on unknown zone names
                parsed = date_parser.parse(text, tzinfos=TZINFOS)
        except (ValueError, OverflowError, TypeError):
            return None
    return _in_utc(parsed)


def _in_utc(parsed: datetime) -> datetime | None:
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _from_timestamp(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds since the epoch, as JavaScript writes them
        seconds /= 1000
    try:
        parsed = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _in_utc(parsed)
