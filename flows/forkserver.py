"""The fork server of a flow run's process pool, startable before Prefect is imported.

A flow run's pool workers fork from a server that has imported the batch code
and cleaned a made-up dump (`flows.batch_warm`): ~1-1.5 s of one core. The
sooner it starts, the more of that overlaps with what the flow's process does
meanwhile (importing Prefect, creating the flow run, listing and reading the
source) instead of delaying the first batch. This module imports nothing but
`multiprocessing`, so the CLI can start the server before its own import of
Prefect (`flows.cli`), as soon as the arguments say the run is a flow run on
the process pool.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.forkserver

# What the server imports before it forks any worker: the batch code (the
# clean-batch task's function, `flows.batch.clean_batch`; no Prefect), then the
# warm-up, which cleans a made-up dump so that every lazily built table exists.
PRELOAD = ("flows.batch", "flows.batch_warm")


def fork_server_available() -> bool:
    """Whether this platform has the `forkserver` start method (POSIX, not macOS's default)."""
    return "forkserver" in multiprocessing.get_all_start_methods()


def start_fork_server() -> None:
    """Start the server the flow run's pool workers fork from, in the background,
    if it is not running yet (`flows.runs.PooledTaskRunner`).

    The server imports the batch code once (not Prefect: see `flows.batch`)
    and cleans a made-up dump (`flows.batch_warm`, the tables cleaning
    compiles on first use), and every worker forks from it ready to clean at
    full speed. Returns at once: the server's imports run beside the caller.
    """
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(PRELOAD))
    multiprocessing.forkserver.ensure_running()
