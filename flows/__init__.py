"""Prefect flows and the I/O tasks around the pure transforms.

Importing this package sets quiet, offline-friendly Prefect defaults (only
where the environment does not set them already) before Prefect is imported:
no telemetry, and a start-up timeout for the temporary local server long
enough for small 2-core machines.
"""

import os

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # The default 20 s times out on 2-core machines about one run in six.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "DASK_LOGGING__DISTRIBUTED": "warning",
}
for _name, _value in PREFECT_DEFAULTS.items():
    os.environ.setdefault(_name, _value)
