"""Prefect flows and the I/O tasks around the pure transforms."""
