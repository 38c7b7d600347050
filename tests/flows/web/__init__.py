"""Tests of the scrape path: discovery, fetching, WARC files and the scrape flow."""
