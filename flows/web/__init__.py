"""Fetching pages over HTTP, politely: robots.txt, rate limits, feeds and sitemaps.

Builds on `flows.io` (raw inputs, responses); the scrape flow builds on it.
"""
