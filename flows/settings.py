"""What the entry points do first: quiet, offline-friendly Prefect defaults.

Prefect reads its settings once, when it is first imported, so
`apply_prefect_defaults()` must run before that: the CLI's `main`, each flow
module run as a script, tests/conftest.py and the benchmarks call it first
thing. Importing `flows` (or this module) changes nothing. Deployments get the
same values from the `env` of their work pool in prefect.yaml, and
scripts/serve-deployments exports them (`python -m flows.settings` prints
them as shell `export` lines).
"""

from __future__ import annotations

import os
import shlex
import sys

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The default 20 s times out on 2-core machines about one run in six.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "DASK_LOGGING__DISTRIBUTED": "warning",
}


def apply_prefect_defaults() -> None:
    """Set each default the environment does not set already: no telemetry,
    and a start-up timeout for the temporary server long enough for small
    machines. Call it before Prefect is imported; it has no effect on a
    Prefect already loaded in this process."""
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)


def export_lines() -> str:
    """The defaults the environment lacks, as shell `export` lines.

    >>> "export DO_NOT_TRACK=1" in export_lines() or "DO_NOT_TRACK" in os.environ
    True
    """
    return "".join(
        f"export {name}={shlex.quote(value)}\n"
        for name, value in PREFECT_DEFAULTS.items()
        if name not in os.environ
    )


def refuse_script_arguments(command: str) -> None:
    """A flow module run as a script runs its flow with the defaults, Prefect
    style; arguments are the CLI's job (it imports the flows, never the
    reverse), so they are refused with a pointer to it (exit code 2)."""
    if sys.argv[1:]:
        print(f"{sys.argv[0]}: takes no arguments; use: python -m flows.cli {command} ...", file=sys.stderr)
        raise SystemExit(2)


if __name__ == "__main__":
    print(export_lines(), end="")
