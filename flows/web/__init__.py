"""Fetching pages over HTTP, politely: robots.txt, rate limits, feeds and sitemaps.

Builds on `flows.io` (raw inputs, responses); the scrape flow builds on it.
"""

# Here, not in `fetch`: the CLI names the default in every command's help, and `fetch`
# imports requests and the feed parsers (0.3-0.5 s a command that fetches nothing).
PROJECT_URL = "https://github.com/article-etl/article-etl"
DEFAULT_USER_AGENT = f"article-etl/0.1 (+{PROJECT_URL})"
