"""Fitted models shipped with the package (JSON, read with importlib.resources)."""
