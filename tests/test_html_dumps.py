"""Training dumps made from saved pages (`training/html_dumps.py`, `training/pseudo_dumps.py`),
on a page and a reference written here."""

from __future__ import annotations

import gzip
from pathlib import Path

from training.html_dumps import dev_dump_group, gold_row, page_dump, site_of
from training.pseudo_dumps import page_dump as pseudo_page_dump

PROSE = [
    "The county board voted on Tuesday to keep the Riverside branch library open until midnight "
    "during the two weeks of final exams, after students packed the last three meetings.",
    "Board chair Ruth Ellison said the late hours would cost about $40,000 a year, paid from a "
    "reserve fund that had been set aside for repairs that are no longer needed.",
    "Librarians will staff the building in shifts, and the county will add two security guards "
    "on the nights when the branch stays open past ten.",
]
SOURCE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta property="og:description" content="Students asked for late hours at exam time.">
<script>var tracking = "<p>not text</p>";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<h1>Library to stay open late during exams</h1>
<div class="story">
  <p>{PROSE[0]}</p>
  <div class="photo"><img src="a.jpg"><p class="photo-caption">Students study at the Riverside branch.
  (Valley Courier)</p></div>
  <p class="newsletter-signup">Get the morning briefing in your inbox</p>
  <p>{PROSE[1]}</p>
  <p><a href="/x">[Read: How the county balanced its budget]</a></p>
  <p>{PROSE[2]}</p>
  <p>___</p>
  <p>Related</p>
  <ul><li><a href="/a">Bus routes change next month</a></li><li><a href="/b">Pool reopens</a></li></ul>
  <p>Dana Whitfield is a reporter for the Valley Courier covering schools and libraries.</p>
</div></body></html>"""
# What Readability kept: the story's paragraphs, its caption, the teasers and the bio.
EXPECTED = f"""<div><p>{PROSE[0]}</p><p>Students study at the Riverside branch.
(Valley Courier)</p><p>{PROSE[1]}</p><p><a href="/x">[Read: How the county
balanced its budget]</a></p><p>{PROSE[2]}</p><p>Related</p><ul><li>Bus routes change next
month</li><li>Pool reopens</li></ul><p>Dana Whitfield is a reporter for the Valley Courier
covering schools and libraries.</p></div>"""


def _page(folder: Path) -> Path:
    folder.mkdir()
    (folder / "source.html").write_text(SOURCE, encoding="utf-8")
    (folder / "expected.html").write_text(EXPECTED, encoding="utf-8")
    return folder


def test_the_naive_dump_takes_the_story_container_and_labels_each_line(tmp_path: Path) -> None:
    dump = page_dump(_page(tmp_path / "courier-1"))
    assert dump is not None
    lines = dump.raw.split("\n")
    assert lines[:2] == [
        "Library to stay open late during exams",
        "Students asked for late hours at exam time.",
    ]
    labelled = dict(zip(lines[2:], dump.labels, strict=True))
    assert [labelled[text] for text in PROSE] == ["body", "body", "body"]
    assert labelled["Get the morning briefing in your inbox"] == "boilerplate"  # newsletter class
    assert labelled["[Read: How the county balanced its budget]"] == "promo"  # a bracketed link
    assert labelled["___"] == "residue"
    # A "Related" header and its run of links are promo, though Readability kept them.
    assert [labelled[t] for t in ("Related", "Bus routes change next month", "Pool reopens")] == ["promo"] * 3
    assert labelled[lines[-1]] == "byline"  # the closing bio
    assert "Home" not in labelled  # navigation outside the container is not in the dump
    assert not any("not text" in line for line in lines)


def test_a_photo_caption_is_a_caption_and_boilerplate_for_the_scorer(tmp_path: Path) -> None:
    dump = page_dump(_page(tmp_path / "courier-1"))
    assert dump is not None
    row = gold_row(dump)
    caption = next(line for line in row["lines"] if line["text"].startswith("Students study"))
    assert (caption["label"], caption["sub"]) == ("boilerplate", "caption")
    assert row["expected"]["body"].split("\n") == PROSE


def test_pages_of_dev_outlets_share_their_outlets_group() -> None:
    assert site_of("nytimes-3") == "dumps-dev:The New York Times"
    assert site_of("wapo-1") == site_of("wapo-2") == "dumps-dev:The Washington Post"
    assert site_of("medium-2") == site_of("keep-images") == "readability:medium"
    assert dev_dump_group("breitbart") == "dumps-dev:oth-10"
    assert dev_dump_group("nytimes-3") is None


def test_the_block_models_verdicts_label_the_same_dump(tmp_path: Path) -> None:
    path = tmp_path / "courier.html.gz"
    path.write_bytes(gzip.compress(SOURCE.encode()))
    dump = pseudo_page_dump(path, "https://www.courier.example/news/library")
    assert dump is not None
    assert dump.site == "metadata-dev:courier.example"
    labelled = dict(zip(dump.raw.split("\n")[2:], dump.labels, strict=True))
    assert [labelled[text] for text in PROSE] == ["body", "body", "body"]
    assert labelled["Get the morning briefing in your inbox"] == "boilerplate"
    assert labelled["[Read: How the county balanced its budget]"] == "promo"
    assert labelled["Pool reopens"] == "promo"
