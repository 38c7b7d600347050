"""Deterministic synthetic news dumps (and HTML pages) for benchmarks.

    python benchmarks/corpus.py OUT --count 100000 [--format txt|jsonl|html] [--seed 0] [--workers 2]

Every article is built from templates written for this file (no text from
`../shared/corpora` is used): a headline, a standfirst, body paragraphs, and the
junk a naive scraper keeps, in about the proportions of the labelled dev dumps
(`../shared/corpora/dumps-dev.jsonl`, 23 dumps, ~27 lines and ~4.7 KB each):

    per article   body 19 lines (0.7 subheads, 0.35 embedded tweets), promo 3.2
                  (ALL-CAPS teasers, app promos, related lists), boilerplate 2.7
                  (share and follow lines, captions, video captions, ads,
                  newsletters, highlights), residue 0.17, contributor 0.57,
                  byline or bio 0.13; line 2 empty in a third of the dumps.

Article `i` of seed `s` depends on (s, i) alone, so shards can be made in any
order, in parallel, and a run at 1M articles holds one article at a time.
Outputs are sharded (at most 1000 files per folder, or 1000 records per
`.jsonl.gz` file) because the source walker sorts each folder in memory.
A folder that already holds the requested corpus (same `.corpus.json`: hidden, so no input) is reused.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import os
import random
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = "1"
SHARD_SIZE = 1000
FORMATS = ("txt", "jsonl", "html")

# --- vocabulary (invented names, places and outlets) -------------------------------


def _phrases(text: str) -> tuple[str, ...]:
    """Template pools are written "a | b | c" to keep this file short."""
    return tuple(part.strip() for part in text.split("|"))


FIRST_NAMES = _phrases(
    "Maria | Daniel | Priya | Tomas | Aisha | Oliver | Hannah | Mateo | Grace | Samuel | Lena | "
    "Victor | Chloe | Ibrahim | Nora | Felix | Rosa | Elliot | Mei | Jonah | Clara | Rafael | Ingrid "
    "| Marcus | Zoe | Anton | Leila | Hugo | Esther | Kwame | Sofia | Dmitri | Ruth | Omar | Alma | "
    "Theo | Yara | Silas | Greta | Idris"
)
LAST_NAMES = _phrases(
    "Halvorsen | Okafor | Brennan | Castellano | Whitfield | Nakamura | Delacroix | Pemberton | "
    "Adeyemi | Lindqvist | Marchetti | Abernathy | Kowalski | Fairbanks | Oyelaran | Thornbury | "
    "Vasquez | Holloway | Ferreira | Sandoval | McAllister | Rosenthal | Achterberg | Donnelly | "
    "Szymanski | Beaumont | Quintero | Hargreave | Ellison | Moreau | Ashworth | Petrakis | Calloway "
    "| Lindgren | Obuya | Rutherford | Esposito | Kincaid | Valdivia | Whitlock"
)
ROLES = _phrases(
    "the mayor | a spokesperson for the agency | the company's chief executive | a senior analyst | "
    "the state's attorney general | an economist at the regional bank | the union's president | a "
    "professor of public policy | the committee chair | a former diplomat | the fire chief | a local "
    "business owner"
)
ORGS = _phrases(
    "the Harbor Authority | Northwind Energy | the State Department of Transportation | Calder "
    "Biotech | the Federal Reserve Bank of Eastport | the city council | Meridian Airlines | the "
    "National Weather Service | Lakeshore Health | the Port Workers Union | Brightline Retail | the "
    "Ministry of Finance | the county school board | Atlas Freight | the European Commission"
)
PLACES = _phrases(
    "Eastport | Riverton | Millbrook | Cedar Falls | Port Ellery | Granite City | Westhaven | Kessler"
    " County | Ashford | Brightwater | the capital | Northgate"
)
STATES = _phrases("Ohio | Texas | Oregon | Maine | Georgia | Arizona | Michigan | Virginia")
WEEKDAYS = _phrases("Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday")
MONTHS = _phrases("January | February | March | April | May | June | July | August | September")
OUTLETS = _phrases(
    "Daily Ledger | Metro Wire | Eastport Herald | Business Courier | News Network | Evening Post"
)
SHOWS = _phrases("The Closing Bell | Morning Ledger | Evening Edition | Market Hour | The Briefing")
TOPICS = _phrases(
    "the proposed budget | rising fuel prices | the port strike | the new transit line | interest "
    "rates | the housing shortage | the drought | the merger talks | school funding | the trade "
    "agreement | hospital staffing | the storm recovery | wildfire season | the tax overhaul | supply"
    " chain delays"
)
SUBJECTS = _phrases(
    "Officials | Analysts | Residents | Lawmakers | Investors | Union leaders | Emergency crews | "
    "Shipping companies | Economists | Parents | Regulators | Farmers"
)
VERBS_PAST = _phrases(
    "warned | said | argued | noted | acknowledged | predicted | reported | estimated | confirmed | suggested"
)
CLAUSES = _phrases(
    "the plan would take at least {n} years to complete | costs had risen by {pct} since last spring "
    "| {topic} could weigh on growth through the end of the year | the agency had received more than "
    "{big} complaints | talks would resume on {day} after a weekend of meetings | the decision was "
    "not final and could still be reversed | about {pct} of households in {place} had been affected |"
    " the project was already {n} months behind schedule | {org} would review the contract before the"
    " next vote | prices in {place} remained well above the national average | the shortage had eased"
    " slightly since {month} | nobody had been seriously hurt, though {n} people were treated at the "
    "scene | the numbers were better than expected but still worrying | {topic} had become the main "
    "issue in the race"
)
EXTRA_SENTENCES = _phrases(
    "The vote is expected {when}. | It was not immediately clear how many people would be affected. |"
    " {org} did not respond to a request for comment. | The figures have not been independently "
    "verified. | Shares of {org_name} fell {pct} in early trading. | The measure passed {n} to {m}, "
    "with two members absent. | A final report is due {when}. | Some {subject_lower} said the changes"
    " came too late. | Traffic was backed up for nearly {n} miles on the main highway into {place}. |"
    " The {n}-page filing lists {big} creditors."
)
QUOTES = _phrases(
    "We are doing everything we can to get people back on their feet | This is not the end of the "
    "conversation, it is the beginning | Nobody expected the numbers to move this quickly | We have "
    "been asking for this for years | The cost of doing nothing is higher than the cost of acting | I"
    " have never seen anything like it in my {n} years here | People deserve straight answers, and "
    "they deserve them now | We will keep pushing until the job is done"
)
HEADLINE_VERBS = _phrases(
    "weighs | delays | approves | rejects | expands | faces | cuts | unveils | pauses | defends"
)
HEADLINE_OBJECTS = _phrases(
    "plan to rebuild waterfront after flooding | new limits on overnight freight traffic | budget as "
    "deficit concerns grow | deal with striking dock workers | rate hike amid signs of cooling "
    "inflation | school closures ahead of winter storm | pipeline project despite local opposition | "
    "hospital merger after months of talks | tax break for first-time home buyers | emergency funding"
    " for wildfire recovery | contract for new light rail cars | review of airport security lines"
)
TEASER_TAILS = ("", "", ": REPORT", ": LIVE UPDATES", ", SOURCES SAY", ": WHAT TO KNOW")
SHARE_BARS = _phrases(
    "Share this: Facebook Twitter Email | Share Facebook Twitter LinkedIn Email Print | Facebook | "
    "Twitter | Email | Copy link | Share on WhatsApp | Print"
)
SOCIAL_LINES = _phrases(
    "Like us on Facebook Follow us on Twitter & Instagram | Follow {first} {last} on Twitter "
    "@{handle} | + Follow{outlet} on Facebook | Follow us on Instagram @{handle}"
)
ADS = _phrases(
    "Advertisement | Advertisement - story continues below | Story continues below advertisement | "
    "ADVERTISEMENT"
)
NEWSLETTERS = _phrases(
    "Sign up for our {topic_title} newsletter to get the latest in your inbox. | Get the morning "
    "briefing in your inbox: sign up for the {outlet} newsletter. | Subscribe to our {topic_title} "
    "newsletter."
)
APP_PROMOS = _phrases(
    "CLICK HERE TO GET THE {OUTLET} APP | GET {OUTLET} ON THE GO BY CLICKING HERE | CLICK HERE TO "
    "READ MORE ON {OUTLET} | CLICK HERE TO SIGN UP FOR OUR NEWSLETTER"
)
RELATED_HEADERS = _phrases("Related Stories | More from {outlet}: | Most Read Business Stories | Read more:")
CAPTION_CREDITS = _phrases(
    "(AP Photo/{first} {last}) | (Photo by {first} {last}/Getty Images) | (iStock) | (Reuters/{first}"
    " {last}) | ({outlet})"
)
SUBHEADS_CAPS = _phrases(
    "WHAT HAPPENS NEXT? | THE BIGGER PICTURE | WHO PAYS | A LONG ROAD | WHAT IT MEANS FOR YOU"
)
SUBHEADS_MIXED = _phrases(
    "What comes next | A familiar fight | Back to the table | The numbers | Why it matters"
)
RESIDUE = _phrases("___ | __ | -- | More | {{#rendered}} {{/rendered}} | * * *")


@dataclass(frozen=True, slots=True)
class Proportions:
    """Expected lines per article of each kind (from the labelled dev dumps)."""

    body_paragraphs: float = 20.0  # plus subheads and tweets
    subheads: float = 0.7
    tweets: float = 0.35
    caps_teasers: float = 1.6
    app_promo: float = 0.35
    related_block: float = 0.26  # a header and 2-5 headlines
    share_group: float = 0.12  # several share-button lines together
    share_single: float = 0.25
    social: float = 0.22
    captions: float = 0.55
    video_intro: float = 0.35  # a video title and its description before the story
    video_caption: float = 0.1
    ads: float = 0.26
    newsletter: float = 0.13
    highlights: float = 0.05
    residue: float = 0.17
    contributor: float = 0.57
    byline: float = 0.05
    bio: float = 0.08
    no_subtitle: float = 0.35
    inline_promo: float = 0.1  # "(RELATED: ...)" closing a paragraph
    non_breaking_space: float = 0.3  # share of paragraphs with an NBSP


DEFAULT_PROPORTIONS = Proportions()


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    index: int
    title: str
    subtitle: str  # "" when the dump has none
    lines: tuple[tuple[str, str], ...]  # (text, label) after the two header lines

    def dump(self) -> str:
        """The raw text dump: title, subtitle (or empty), then one line per paragraph."""
        return "\n".join([self.title, self.subtitle, *(text for text, _ in self.lines)])

    @property
    def body(self) -> list[str]:
        return [text for text, label in self.lines if label == "body"]


class _Writer:
    """Fills templates from one article's random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.outlet = self.pick(OUTLETS)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return options[int(self.rng.random() * len(options))]

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def count(self, expected: float) -> int:
        """A small count with the given mean (whole part plus a Bernoulli remainder)."""
        whole = int(expected)
        return whole + (1 if self.rng.random() < expected - whole else 0)

    def name(self) -> str:
        return f"{self.pick(FIRST_NAMES)} {self.pick(LAST_NAMES)}"

    def fill(self, template: str) -> str:
        rng = self.rng
        first, last = self.pick(FIRST_NAMES), self.pick(LAST_NAMES)
        topic = self.pick(TOPICS)
        org = self.pick(ORGS)
        return template.format(
            n=rng.randint(2, 40),
            m=rng.randint(1, 9),
            pct=f"{rng.randint(2, 60)}.{rng.randint(0, 9)}%",
            big=f"{rng.randint(1, 90)},{rng.randint(100, 999)}",
            topic=topic,
            topic_title=topic.removeprefix("the ").title(),
            day=self.pick(WEEKDAYS),
            month=self.pick(MONTHS),
            place=self.pick(PLACES),
            org=org,
            org_name=org.removeprefix("the "),
            when=f"on {self.pick(WEEKDAYS)}" if self.chance(0.5) else f"in {self.pick(MONTHS)}",
            subject_lower=self.pick(SUBJECTS).lower(),
            first=first,
            last=last,
            handle=f"{first[0].lower()}{last.lower()}",
            outlet=self.outlet,
            OUTLET=self.outlet.upper(),
        )

    def headline(self) -> str:
        subject = self.pick(ORGS).removeprefix("the ")
        return f"{subject[0].upper()}{subject[1:]} {self.pick(HEADLINE_VERBS)} {self.pick(HEADLINE_OBJECTS)}"

    def sentence(self) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            person = self.chance(0.5)
            who = self.name() if person else self.pick(SUBJECTS)
            if person and self.chance(0.6):
                who = f"{who}, {self.pick(ROLES)},"
            clause = self.fill(self.pick(CLAUSES))
            return f"{who} {self.pick(VERBS_PAST)} on {self.pick(WEEKDAYS)} that {clause}."
        if roll < 0.65:
            quote = self.fill(self.pick(QUOTES))
            return f"“{quote},” {self.name()} said."
        if roll < 0.75:
            return (
                f"In {self.pick(PLACES)}, {self.fill(self.pick(CLAUSES))} — a point {self.name()} made twice."
            )
        text = self.fill(self.pick(EXTRA_SENTENCES))
        return text[0].upper() + text[1:]

    def paragraph(self, nbsp: float) -> str:
        sentences = [self.sentence() for _ in range(1 + self.count(1.4))]
        text = " ".join(sentences)
        if self.chance(nbsp):
            # Scrapers keep the page's non-breaking spaces (and doubled spaces).
            space = text.find(" ", len(text) // 2)
            if space > 0:
                text = f"{text[:space]}\u00a0{text[space + 1 :]}"
        return text

    def caps_teaser(self) -> str:
        words = f"{self.headline()} in {self.pick(PLACES)}".upper()
        return words + self.pick(TEASER_TAILS)

    def caption(self) -> str:
        what = f"{self.name()} speaks to reporters in {self.pick(PLACES)}, {self.pick(STATES)}"
        credit = self.fill(self.pick(CAPTION_CREDITS))
        return f"{what}, on {self.pick(MONTHS)} {self.rng.randint(1, 28)}. {credit}"

    def video_caption(self) -> str:
        verb = self.pick(("discusses", "weighs in on", "breaks down", "reacts to"))
        who = f"{self.pick(ROLES).capitalize()} {self.name()}"
        return f"{who} {verb} {self.pick(TOPICS)} on ‘{self.pick(SHOWS)}.’"

    def contributor(self) -> str:
        roll = self.rng.random()
        if roll < 0.45:
            return f"{self.outlet}' {self.name()} and {self.name()} contributed to this report."
        if roll < 0.75:
            return "The Associated Press contributed to this report."
        if roll < 0.9:
            return f"{self.name()} contributed reporting."
        return f"{self.outlet}’s {self.name()} contributed to this story"

    def bio(self) -> str:
        name = self.name()
        return (
            f"{name} is a reporter for {self.outlet} covering {self.pick(TOPICS)} and "
            f"{self.pick(TOPICS)}. Follow {self.pick(('him', 'her'))} on Twitter @{name.split()[1].lower()}"
        )

    def tweet(self) -> str:
        name = self.name()
        return (
            f"{self.fill(self.pick(QUOTES))} pic.twitter.com/{self.rng.randrange(16**8):08x}"
            f" — {name} (@{name.split()[1].lower()}) {self.pick(MONTHS)} {self.rng.randint(1, 28)}, 2024"
        )


def generate_article(index: int, seed: int = 0, mix: Proportions = DEFAULT_PROPORTIONS) -> GeneratedArticle:
    """Article `index` of corpus `seed`: the same on every machine and every run."""
    w = _Writer(random.Random(seed * 1_000_003 + index))
    title = w.headline()
    if w.chance(0.05):
        title = f"{title} - The {w.outlet}"
    subtitle = "" if w.chance(mix.no_subtitle) else w.paragraph(0.0).split(". ")[0].rstrip(".") + "."
    head: list[tuple[str, str]] = []
    if w.chance(mix.video_intro):
        head += [(w.headline(), "boilerplate"), (w.video_caption(), "boilerplate")]
    if w.chance(mix.ads):
        head.append((w.pick(ADS), "boilerplate"))
    if w.chance(mix.byline):
        head.append((f"By {w.name()} | {w.outlet}", "byline"))
    if w.chance(mix.highlights):
        head += [("Story highlights", "boilerplate")] + [(w.headline(), "boilerplate") for _ in range(2)]

    body: list[tuple[str, str]] = []
    paragraphs = max(4, int(w.rng.lognormvariate(0, 0.5) * mix.body_paragraphs * 0.89))
    for number in range(paragraphs):
        text = w.paragraph(mix.non_breaking_space)
        if number == 0 and head and head[-1][0].startswith("Story"):
            text = f"{w.pick(PLACES).upper()} ({w.outlet}) — {text}"
        if w.chance(mix.inline_promo / paragraphs):
            text = f"{text} (RELATED: {w.headline()})"
        body.append((text, "body"))
    inserts: list[tuple[str, str]] = []
    inserts += [(w.caps_teaser(), "promo") for _ in range(w.count(mix.caps_teasers))]
    inserts += [(w.caption(), "boilerplate") for _ in range(w.count(mix.captions))]
    inserts += [(w.video_caption(), "boilerplate") for _ in range(w.count(mix.video_caption))]
    inserts += [
        (w.pick(SUBHEADS_CAPS if w.chance(0.5) else SUBHEADS_MIXED), "body")
        for _ in range(w.count(mix.subheads))
    ]
    inserts += [(w.tweet(), "body") for _ in range(w.count(mix.tweets))]
    inserts += [(w.pick(ADS), "boilerplate") for _ in range(w.count(mix.ads * 0.5))]
    inserts += [(w.fill(w.pick(NEWSLETTERS)), "boilerplate") for _ in range(w.count(mix.newsletter))]
    for line in inserts:
        # Between two paragraphs, never before the first one.
        body.insert(1 + int(w.rng.random() * len(body)), line)

    tail: list[tuple[str, str]] = []
    if w.chance(mix.residue):
        tail.append((w.pick(RESIDUE), "residue"))
    if w.chance(mix.app_promo):
        tail.append((w.fill(w.pick(APP_PROMOS)), "promo"))
    if w.chance(mix.contributor):
        tail.append((w.contributor(), "contributor"))
    if w.chance(mix.bio):
        tail.append((w.bio(), "byline"))
    if w.chance(mix.related_block):
        tail.append((w.fill(w.pick(RELATED_HEADERS)), "promo"))
        tail += [(w.headline(), "promo") for _ in range(2 + w.rng.randint(0, 3))]
    if w.chance(mix.share_group):
        tail += [(w.pick(SHARE_BARS), "boilerplate") for _ in range(3 + w.rng.randint(0, 4))]
    elif w.chance(mix.share_single):
        tail.append((w.pick(SHARE_BARS), "boilerplate"))
    if w.chance(mix.social):
        tail.append((w.fill(w.pick(SOCIAL_LINES)), "boilerplate"))
    return GeneratedArticle(index, title, subtitle, tuple(head + body + tail))


# --- HTML pages ---------------------------------------------------------------------

_PAGE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{outlet}">
<meta name="description" content="{subtitle}">
<script type="application/ld+json">{jsonld}</script>
<script>window.__config = {{"ads": true, "sections": ["news", "business", "sport"], "id": {index}}};</script>
<style>body{{font-family:serif}} .share a{{margin:0 4px}}</style>
</head><body>
<header class="site-header"><a href="/">{outlet}</a><nav><ul>{nav}</ul></nav></header>
<main><article class="story">
<h1>{title}</h1>
<p class="standfirst">{subtitle}</p>
<div class="byline">By <a href="/authors/{handle}">{author}</a></div>
"""
_PAGE_TAIL = """</article>
<aside class="related"><h3>Related Stories</h3><ul>{related}</ul></aside>
</main>
<footer><p>&copy; 2024 {outlet}. All rights reserved.</p><ul>{nav}</ul></footer>
</body></html>
"""
_NAV = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ("News", "Business", "Sport", "Opinion"))


def render_html(article: GeneratedArticle) -> str:
    """A page for the article: metadata, navigation, figures, share bar, related list."""
    esc = html.escape
    rng = random.Random(article.index)
    author = f"{FIRST_NAMES[article.index % len(FIRST_NAMES)]} {LAST_NAMES[article.index % len(LAST_NAMES)]}"
    outlet = OUTLETS[article.index % len(OUTLETS)]
    jsonld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "datePublished": f"2024-0{1 + article.index % 9}-{1 + article.index % 28:02d}T10:00:00Z",
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": outlet},
        }
    )
    parts = [
        _PAGE_HEAD.format(
            title=esc(article.title),
            subtitle=esc(article.subtitle),
            outlet=outlet,
            jsonld=jsonld,
            index=article.index,
            nav=_NAV,
            author=author,
            handle=author.lower().replace(" ", "-"),
        )
    ]
    related: list[str] = []
    for text, label in article.lines:
        if label == "body":
            parts.append(f"<p>{esc(text)}</p>\n")
        elif label == "boilerplate" and text.endswith(")"):
            image = f'<img src="/img/{rng.randrange(10**6)}.jpg">'
            parts.append(f"<figure>{image}<figcaption>{esc(text)}</figcaption></figure>\n")
        elif label == "promo" and text.isupper():
            parts.append(f'<p><a href="/story/{rng.randrange(10**6)}"><strong>{esc(text)}</strong></a></p>\n')
        elif label == "promo":
            related.append(f'<li><a href="/story/{rng.randrange(10**6)}">{esc(text)}</a></li>')
        elif label == "boilerplate":
            parts.append(f'<div class="share-bar"><a href="#">{esc(text)}</a></div>\n')
        elif label in {"contributor", "byline"}:
            parts.append(f"<p><em>{esc(text)}</em></p>\n")
    parts.append(_PAGE_TAIL.format(related="".join(related), outlet=outlet, nav=_NAV))
    return "".join(parts)


# --- writing a corpus to disk ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CorpusSpec:
    count: int
    fmt: str = "txt"
    seed: int = 0

    def manifest(self) -> dict[str, object]:
        return {
            "generator_version": GENERATOR_VERSION,
            "count": self.count,
            "format": self.fmt,
            "seed": self.seed,
        }


def shard_path(root: Path, spec: CorpusSpec, shard: int) -> Path:
    if spec.fmt == "jsonl":
        return root / f"part-{shard:05d}.jsonl.gz"
    return root / f"{shard:05d}"


def write_shard(root: Path, spec: CorpusSpec, shard: int) -> int:
    """Write shard `shard` (articles shard*1000 .. +999); returns bytes of raw text."""
    first = shard * SHARD_SIZE
    indexes = range(first, min(spec.count, first + SHARD_SIZE))
    target = shard_path(root, spec, shard)
    written = 0
    if spec.fmt == "jsonl":
        temporary = target.with_name(target.name + ".tmp")
        # Level 1: compression speed matters more than size for a benchmark corpus.
        with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=1) as handle:
            for index in indexes:
                text = generate_article(index, spec.seed).dump()
                written += len(text.encode())
                handle.write(
                    json.dumps({"id": f"synthetic-{index}", "text": text}, ensure_ascii=False) + "\n"
                )
        temporary.replace(target)
        return written
    target.mkdir(parents=True, exist_ok=True)
    suffix = ".html" if spec.fmt == "html" else ".txt"
    for index in indexes:
        article = generate_article(index, spec.seed)
        data = (render_html(article) if spec.fmt == "html" else article.dump()).encode()
        (target / f"{index:07d}{suffix}").write_bytes(data)
        written += len(data)
    return written


def ensure_corpus(root: Path, spec: CorpusSpec, workers: int = 1, log: bool = True) -> Path:
    """Generate the corpus into `root` unless it is already there; returns `root`."""
    manifest_path = root / ".corpus.json"
    if manifest_path.exists() and json.loads(manifest_path.read_text()) == spec.manifest():
        return root
    if root.exists() and any(root.iterdir()):
        raise SystemExit(f"{root} holds something else; remove it or pick another folder")
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    shards = range((spec.count + SHARD_SIZE - 1) // SHARD_SIZE)
    total = 0
    if workers > 1 and len(shards) > 1:
        with ProcessPoolExecutor(workers) as pool:
            total = sum(pool.map(write_shard, [root] * len(shards), [spec] * len(shards), shards))
    else:
        total = sum(write_shard(root, spec, shard) for shard in shards)
    manifest_path.write_text(json.dumps(spec.manifest()))
    if log:
        seconds = time.perf_counter() - started
        size = f"{total / 1e6:,.0f} MB"
        print(
            f"generated {spec.count:,} {spec.fmt} articles ({size}) in {root} in {seconds:.0f} s",
            file=sys.stderr,
        )
    return root


def iter_articles(count: int, seed: int = 0) -> Iterator[GeneratedArticle]:
    for index in range(count):
        yield generate_article(index, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to fill (reused if it holds the same corpus)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--format", choices=FORMATS, default="txt")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--print", type=int, metavar="I", help="print article I's dump and labels, then exit")
    args = parser.parse_args(argv)
    if args.print is not None:
        article = generate_article(args.print, args.seed)
        print(f"[title] {article.title}\n[subtitle] {article.subtitle}")
        for text, label in article.lines:
            print(f"[{label}] {text}")
        return
    ensure_corpus(args.out, CorpusSpec(args.count, args.format, args.seed), args.workers)


if __name__ == "__main__":
    main()
