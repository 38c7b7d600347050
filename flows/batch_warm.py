"""Imported by the fork server of a flow run's process pool (`flows.runs.start_fork_server`).

Importing this module cleans a made-up dump (`flows.batch.warm_up`): the
fork server has then built every table cleaning compiles on first use, and
each worker forked from it inherits them instead of building its own while
its first batch waits.
"""

from flows.batch import warm_up

warm_up()
