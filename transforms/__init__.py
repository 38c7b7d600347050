"""Pure cleaning and extraction: no Prefect, no network, no disk, no clock."""
