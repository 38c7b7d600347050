"""Remote filesystems (s3://, gs://, abfs://, hdfs://, fsspec+...): open them, and
retry their transient failures.

Local paths never come through here: the local sink and reader keep their own
rename-based code. A location is remote when it has a URI scheme other than
`file`; pyarrow's `FileSystem.from_uri` opens it, so its credentials and
endpoint come from the usual places (for S3: `AWS_ACCESS_KEY_ID`... and
`AWS_ENDPOINT_URL` in the environment, `~/.aws/`, or URI query options such as
`?endpoint_override=127.0.0.1:9000&scheme=http`).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

import pyarrow as pa
import pyarrow.fs as pafs

T = TypeVar("T")

# A scheme of two letters or more: "C:/data" (a Windows drive) is not a URI.
URI_SCHEME_RE = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]+)://")
CREDENTIALS_RE = re.compile(r"^(?P<scheme>[^:/]+://)[^@/]+@")

# Seconds to wait before each retry of a remote read or write: three retries
# over about twenty seconds ride out a throttled request or a dropped
# connection, and a store that is really down fails the run within a minute.
IO_RETRY_DELAYS: tuple[float, ...] = (1.0, 5.0, 15.0)

logger = logging.getLogger(__name__)


class StorageError(Exception):
    """A remote location cannot be opened or used: the run fails with this message."""


def is_remote(location: object) -> bool:
    """True for a URI with a scheme other than file://.

    >>> is_remote("s3://bucket/dataset"), is_remote("output"), is_remote("file:///tmp/x"), is_remote("C:/x")
    (True, False, False, False)
    """
    match = URI_SCHEME_RE.match(str(location))
    return bool(match) and match["scheme"].lower() != "file"


def display_uri(uri: str) -> str:
    """The URI without credentials or query options, for logs and reports.

    >>> display_uri("s3://KEY:SECRET@bucket/out/?endpoint_override=127.0.0.1:9000")
    's3://bucket/out'
    """
    return CREDENTIALS_RE.sub(r"\g<scheme>", uri).split("?", 1)[0].rstrip("/")


def display_location(location: object) -> str:
    """A local path as given, a remote URI without its credentials."""
    return display_uri(str(location)) if is_remote(location) else str(location)


def open_filesystem(uri: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and the path inside it (`bucket/prefix` for S3), without a
    trailing slash."""
    try:
        filesystem, path = pafs.FileSystem.from_uri(uri)
    except (pa.ArrowException, OSError, ValueError) as error:
        raise StorageError(f"cannot open {display_uri(uri)!r}: {error}") from None
    return filesystem, path.rstrip("/")


def retry_io(action: Callable[[], T], what: str, delays: Sequence[float] = IO_RETRY_DELAYS) -> T:
    """Run `action`, retrying on OSError (how pyarrow reports network and store
    errors) after each of `delays` seconds; the last error propagates.

    Only for I/O that may succeed a moment later. Cleaning is deterministic and
    never goes through here.
    """
    for attempt, delay in enumerate((*delays, None), start=1):
        try:
            return action()
        except OSError as error:
            if delay is None:
                raise
            _log().warning(
                "%s failed (attempt %d of %d): %s; retrying in %.0f s",
                what,
                attempt,
                len(delays) + 1,
                error,
                delay,
            )
            time.sleep(delay)
    raise AssertionError("unreachable")


def _log() -> logging.Logger | logging.LoggerAdapter[logging.Logger]:
    """The run logger inside a flow or task run (so retries show in the UI), else
    this module's logger."""
    from prefect.exceptions import MissingContextError
    from prefect.logging import get_run_logger

    try:
        return get_run_logger()
    except MissingContextError:
        return logger
