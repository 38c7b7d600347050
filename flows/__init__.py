"""Prefect flows and the I/O tasks around the pure transforms.

Importing this package (or any module in it) changes nothing: the entry points
call `flows.settings.apply_prefect_defaults()` before Prefect is imported.
"""
