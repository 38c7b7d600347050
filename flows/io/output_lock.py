"""The output folder's lock: one run writes into a folder at a time.

The sink holds it for a whole run (`flows.io.sink.DatasetSink`); the CLI looks
at it first, before anything heavy is imported, so a second run into a busy
folder is refused in about a second rather than after Prefect's import.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

STATE_FOLDER = "_state"
LOCK_NAME = "lock"
MANIFEST_NAME = "manifest.sqlite"  # in OUTPUT/_state (or the remote output's state folder)


def busy_message(location: str) -> str:
    return f"another run is writing into {location!r}; wait for it to finish"


def is_locked(output: Path) -> bool:
    """Whether another process holds the lock of the local output folder `output`."""
    try:
        handle = os.open(output / STATE_FOLDER / LOCK_NAME, os.O_RDWR)
    except OSError:
        return False  # no lock file: no run has written here yet
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(handle)  # and with it the lock, if this process just took it
    return False


def cleans_from_scratch(output: str) -> bool:
    """Whether OUTPUT is a local folder no run has written yet (no manifest): then
    every input a run reads is cleaned or rejected, none skipped as handled by an
    earlier run. A remote output is not known to be new (its state is elsewhere)."""
    from flows.io.storage import is_remote

    return not is_remote(output) and not (Path(output).expanduser() / STATE_FOLDER / MANIFEST_NAME).exists()
