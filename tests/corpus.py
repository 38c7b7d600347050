"""A small mixed corpus for the scale-out, remote-storage and deployment tests:
text dumps (the seed and the golden dumps), an HTML page, gzipped JSON Lines,
a duplicate article and two bad inputs. Small on purpose: these tests check
that the same rows come out wherever the work runs, not the cleaning itself.
"""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.fs as pafs

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = TESTS_DIR.parent
SEED_DUMP = PROJECT_ROOT / "samples" / "fox-news-blinken-war-crimes.txt"
PAGE = TESTS_DIR.parent / "samples" / "pages" / "harbor-ferry.html"  # the bundled sample page

# seed + 4 golden dumps + seed copy + page + 2 JSON lines + empty + binary
INPUTS = 11
ARTICLES = 7
DUPLICATES = 1
REJECTS = 3  # empty_input, binary_input, invalid_json
ROW_COLUMNS = ["article_id", "title", "body", "content_sha256"]


def write_corpus(folder: Path) -> Path:
    (folder / "text").mkdir(parents=True)
    (folder / "pages").mkdir()
    shutil.copy(SEED_DUMP, folder / "text" / "seed.txt")
    for dump in sorted((TESTS_DIR / "golden").glob("*.txt")):
        if dump.name != "seed.txt":
            shutil.copy(dump, folder / "text" / dump.name)
    # The seed again with one more residue line: other bytes, the same article.
    (folder / "text" / "seed-copy.txt").write_text(
        SEED_DUMP.read_text(encoding="utf-8") + "\n{{/rendered}}\n", encoding="utf-8"
    )
    shutil.copy(PAGE, folder / "pages" / "ferry.html")
    record = {
        "url": "https://news.example.com/rates",
        "title": "Central bank holds rates steady",
        "text": "The central bank left its main rate unchanged on Wednesday, as expected.\n"
        "Policymakers said inflation was easing but remained above their target.\n"
        "Markets had priced in a hold, and the decision left bond yields little changed, while the "
        "currency slipped against the dollar as traders pushed back their bets on a first cut.",
    }
    with gzip.open(folder / "records.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n{this is not json\n")
    (folder / "text" / "empty.txt").write_bytes(b"")
    (folder / "text" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    return folder


def article_rows(path: str | Path, filesystem: pafs.FileSystem | None = None) -> list[dict[str, object]]:
    """The articles of a dataset, in a stable order, without the run columns."""
    table = ds.dataset(str(path), filesystem=filesystem, format="parquet").to_table(columns=ROW_COLUMNS)
    return sorted(table.to_pylist(), key=lambda row: str(row["article_id"]))
