"""Reading raw inputs and writing datasets: files, object stores, WARC, Parquet.

Imports only `transforms/` and itself; the tasks and flows above build on it.
"""
