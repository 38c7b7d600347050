"""Run the cleaning batches on Dask: a local cluster of processes, or an existing
cluster by its scheduler address.

Cleaning is CPU-bound pure Python, so threads gain nothing (the GIL): a local
cluster has one single-threaded worker process per core. Every Dask worker
must be able to import this project (`pip install article-etl` in the workers'
environment, same version as the flow) and reach the Prefect API the flow
reports to, since each batch is a Prefect task run reporting its own state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Annotated

from pydantic import AfterValidator, WithJsonSchema

if TYPE_CHECKING:  # the CLI checks options with this module before Prefect loads
    from prefect.task_runners import TaskRunner

# "tcp://10.0.0.5:8786", "tls://scheduler.example:8786", "10.0.0.5:8786"
DASK_ADDRESS_RE = re.compile(
    r"^(?:(?:tcp|tls|ws|wss|ucx)://)?[\w.\-]+:\d{1,5}$|^(?:tcp|tls)://\[[0-9a-fA-F:]+\]:\d{1,5}$"
)


def check_dask_address(address: str) -> str:
    """Refuse what is not a scheduler address, with an example of one.

    >>> check_dask_address("tcp://10.0.0.5:8786")
    'tcp://10.0.0.5:8786'
    >>> check_dask_address("http://dask-ui:8787/status")
    Traceback (most recent call last):
    ValueError: 'http://dask-ui:8787/status' is not a Dask scheduler address such as tcp://10.0.0.5:8786
    """
    if not DASK_ADDRESS_RE.match(address):
        raise ValueError(f"{address!r} is not a Dask scheduler address such as tcp://10.0.0.5:8786")
    return address


# The pattern also goes into the deployment's parameter schema, so that the
# server refuses a bad address at `prefect deployment run`, before any run.
DaskAddress = Annotated[
    str,
    AfterValidator(check_dask_address),
    WithJsonSchema({"type": "string", "pattern": DASK_ADDRESS_RE.pattern}),
]


def check_dask_options(task_runner: str, dask_address: str | None) -> None:
    """Fail at once when a scheduler address is given to a runner that is not Dask.

    >>> check_dask_options("dask", "tcp://10.0.0.5:8786"), check_dask_options("local", None)
    (None, None)
    >>> check_dask_options("processes", "tcp://10.0.0.5:8786")
    Traceback (most recent call last):
    ValueError: dask_address is for task_runner 'dask', not 'processes'
    """
    if dask_address and task_runner not in {"auto", "dask"}:
        raise ValueError(f"dask_address is for task_runner 'dask', not {task_runner!r}")


def dask_task_runner(workers: int, address: str | None = None) -> TaskRunner:
    """A DaskTaskRunner on the cluster at `address`, or on a new local cluster of
    `workers` single-threaded processes listening on 127.0.0.1 only."""
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": workers,
            "processes": True,
            "threads_per_worker": 1,
            # Reachable from this machine only; no dashboard (nobody looks at it,
            # and it would open one more port).
            "host": "127.0.0.1",
            "dashboard_address": None,
        },
    )


def cluster_threads(runner: TaskRunner) -> int | None:
    """Threads across the workers of a Dask runner's cluster, to size the number of
    batches kept in flight; None for other runners or a cluster with no workers yet."""
    client = getattr(runner, "client", None)
    if client is None or not hasattr(client, "nthreads"):
        return None
    return sum(client.nthreads().values()) or None
