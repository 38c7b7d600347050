"""Synthetic training dumps: real article bodies with junk lines written here inserted.

The corpora label only the junk their pages happened to hold; these lines add
the junk a scraper meets on other sites (calls to action, also written as
sentences to the reader, captions, share bars, scroll prompts, closing bios,
date lines, a repeated standfirst). Every junk line is built from the
templates below; no corpus text is copied.

`RealText` adds junk and body made from the training articles themselves, at
training time: other stories' headlines as teasers (in capitals, behind
"Watch:"), real sentences with a photo credit as captions, and paragraphs
split into one-sentence paragraphs, so that the model meets short real
sentences as body and prose-shaped lines as junk.
"""

from __future__ import annotations

import bisect
import hashlib
import random
import re
from dataclasses import dataclass

NAMES = (
    "Anna Keller",
    "Brian O'Neill",
    "Carla Mendes",
    "David Osei",
    "Elena Petrova",
    "Frank Wu",
    "Grace Lindholm",
    "Hector Ruiz",
    "Irene Falk",
    "James Tuttle",
    "Keiko Sato",
    "Liam Novak",
    "Marta Jovanovic",
    "Nathan Price",
    "Olga Berg",
    "Paul Rinaldi",
    "Rachel Adair",
    "Sam Ortega",
)
OUTLETS = (
    "The Daily Ledger",
    "Metro Herald",
    "Channel 9 News",
    "Valley Courier",
    "The Tribune",
    "NewsNow",
    "Coastal Times",
    "The Morning Post",
    "Capital Report",
    "WKTR",
)
AGENCIES = ("AP Photo", "Getty Images", "Reuters", "AFP via Getty Images", "EPA", "Shutterstock", "File")
TOPICS = (
    "Politics",
    "World",
    "Business",
    "Sports",
    "Health",
    "Technology",
    "Local News",
    "Opinion",
    "Entertainment",
    "Science",
    "Weather",
    "Crime",
    "Education",
    "Travel",
)
SUBJECTS = (
    "city council",
    "school board",
    "governor",
    "senate",
    "stock market",
    "housing prices",
    "wildfire",
    "storm",
    "election",
    "hospital",
    "police",
    "union",
    "airline",
    "court",
    "quarterback",
    "coach",
    "pop star",
    "tech giant",
    "central bank",
    "mayor",
)
VERBS = (
    "approves",
    "rejects",
    "delays",
    "faces backlash over",
    "sues over",
    "vows to fight",
    "warns about",
    "unveils plan for",
    "cuts",
    "doubles",
    "reverses course on",
    "probes",
)
OBJECTS = (
    "new budget",
    "tax hike",
    "stadium deal",
    "merger",
    "rate cut",
    "ban",
    "lawsuit",
    "curfew",
    "contract",
    "pipeline",
    "recall vote",
    "price cap",
    "trade talks",
    "vaccine rule",
)
PLACES = (
    "Denver",
    "the Capitol",
    "downtown Atlanta",
    "Kyiv",
    "a rally in Ohio",
    "Madrid",
    "the White House",
    "Lagos",
    "the stadium",
    "Seoul",
    "a press conference",
    "the courthouse",
    "Phoenix",
)
MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _headline(rng: random.Random) -> str:
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.3:
        text += f" in {rng.choice(PLACES)}"
    if rng.random() < 0.3:
        text += f", {rng.choice(('but', 'as', 'after', 'while'))} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} "
        text += f"{rng.choice(OBJECTS)}"
    style = rng.random()
    if style < 0.35:
        return text.upper()
    if style < 0.7:
        return " ".join(word[:1].upper() + word[1:] for word in text.split())
    return text[:1].upper() + text[1:]


def _date(rng: random.Random) -> str:
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2005, 2025)}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('a.m.', 'p.m.', 'AM', 'PM'))}"


def promo(rng: random.Random) -> list[str]:
    """A teaser, a call to read more, an app promo, or a related list with its header."""
    kind = rng.random()
    if kind < 0.3:
        header = rng.choice(
            (
                "Related",
                "Related Stories",
                "RELATED COVERAGE",
                "More from " + rng.choice(TOPICS),
                "You might also like",
                "Most Popular",
                "Trending Now",
                "Recommended for you",
                "Read more:",
                "Top Stories",
                "More on this story",
                "What to read next",
            )
        )
        return [header] + [_headline(rng) for _ in range(rng.randint(2, 5))]
    if kind < 0.55:
        prefix = rng.choice(
            (
                "READ MORE:",
                "Read more:",
                "MORE:",
                "RELATED:",
                "SEE ALSO:",
                "WATCH:",
                "Also read:",
                "Related:",
                "LISTEN:",
                "PHOTOS:",
            )
        )
        return [f"{prefix} {_headline(rng)}"]
    if kind < 0.75:
        return [
            rng.choice(
                (
                    f"Download the {rng.choice(OUTLETS)} app for breaking news alerts",
                    f"CLICK HERE TO GET THE {rng.choice(OUTLETS).upper()} APP",
                    f"Get the latest {rng.choice(TOPICS).lower()} news on the go: download our free app.",
                    f"Click here for more {rng.choice(TOPICS).lower()} coverage",
                    f"Watch the full interview on {rng.choice(OUTLETS)}+",
                    f"For more {rng.choice(TOPICS)} news, visit our homepage.",
                    f"Tap here to follow our live coverage of the {rng.choice(SUBJECTS)}.",
                )
            )
        ]
    return [_headline(rng)]


def boilerplate(rng: random.Random) -> list[str]:
    outlet = rng.choice(OUTLETS)
    return [
        rng.choice(
            (
                "Advertisement",
                "ADVERTISEMENT",
                "Advertisement - Scroll to continue",
                "Scroll to continue with content",
                "Story continues below advertisement",
                "Article continues below this ad",
                "Share this article",
                "Share",
                "Facebook Twitter Email",
                "Share on Facebook | Share on Twitter | Email",
                "Tweet Share Pin Email",
                "Copy link",
                "Print this page",
                "Comments (" + str(rng.randint(0, 300)) + ")",
                f"Sign up for the {outlet} newsletter to get the day's top stories delivered to your inbox.",
                "Subscribe to our daily newsletter",
                "Enter your email address",
                "Thank you for signing up!",
                f"Follow {outlet} on Twitter and Instagram",
                f"Follow us @{outlet.replace(' ', '')}",
                f"© {rng.randint(2005, 2025)} {outlet}. All rights reserved.",
                "This material may not be published, broadcast, rewritten or redistributed.",
                f"Copyright {rng.randint(2005, 2025)} {outlet}",
                "Have a news tip? Email us at tips@example.com",
                "Post a comment",
                "You must be logged in to post a comment.",
                "Show comments",
                "Report an error",
                f"Image {rng.randint(1, 9)} of {rng.randint(10, 30)}",
                "Photos: " + _headline(rng),
                f"Updated {_time(rng)} ET, {rng.choice(DAYS)} {_date(rng)}",
                f"Published {_date(rng)}",
                f"Posted: {_date(rng)} {_time(rng)}",
                f"Last updated {_date(rng)} at {_time(rng)}",
                "Editor's picks",
                "Sponsored content",
                "Paid post",
                "Loading...",
                "Close",
                "Skip Ad",
                "Story highlights",
                "Listen to this article",
                f"{rng.randint(2, 9)} min read",
            )
        )
    ]


CTA_OPENINGS = (
    "Subscribe now",
    "Subscribe today",
    "Sign up today",
    "Sign up for our {topic} newsletter",
    "Get unlimited digital access for ${price} a month",
    "Get the {outlet} app",
    "Support local journalism",
    "Become a member",
    "Join {outlet} Plus",
    "Download our free app",
    "Follow us on Facebook, X and Instagram",
    "Tell us what you think",
    "Send us your photos and videos",
    "Already a subscriber? Log in",
    "Don't miss a story",
    "Want more {topic} news?",
    "Enjoying this article?",
    "Like what you're reading?",
)
CTA_CLOSINGS = (
    "",
    " to keep reading",
    " and get the top stories delivered to your inbox every morning",
    " for breaking news alerts",
    " to unlock every story",
    " to support our newsroom",
    " and never miss an update",
    " and cancel anytime",
)


def cta_sentence(rng: random.Random) -> list[str]:
    """A call to action written as prose: one or two sentences to the reader."""

    def one() -> str:
        opening = rng.choice(CTA_OPENINGS).format(
            topic=rng.choice(TOPICS).lower(), outlet=rng.choice(OUTLETS), price=rng.randint(1, 15)
        )
        if opening.endswith("?"):
            return opening
        return opening + rng.choice(CTA_CLOSINGS) + rng.choice((".", ".", "!"))

    return [" ".join(one() for _ in range(rng.randint(1, 2)))]


def caption(rng: random.Random) -> list[str]:
    name = rng.choice(NAMES)
    agency = rng.choice(AGENCIES)
    scene = f"{rng.choice(NAMES)} speaks at {rng.choice(PLACES)} on {rng.choice(DAYS)}"
    return [
        rng.choice(
            (
                f"{scene}. ({agency}/{name})",
                f"{scene}, {_date(rng)}. REUTERS/{name}",
                f"FILE - {scene}. ({agency}/{name}, File)",
                f"(Photo by {name}/{agency})",
                f"Photo: {name} / {agency}",
                f"{rng.choice(SUBJECTS).capitalize()} officials gather in {rng.choice(PLACES)}. {agency}",
                f"Credit: {name}",
                f"{rng.choice(NAMES)} reports on the {rng.choice(SUBJECTS)} and its {rng.choice(OBJECTS)}.",
                f"Video: {_headline(rng)}",
                f"{scene} (Image credit: {agency})",
            )
        )
    ]


def bio(rng: random.Random) -> list[str]:
    name = rng.choice(NAMES)
    first = name.split()[0]
    pronoun = rng.choice(("She", "He"))
    return [
        rng.choice(
            (
                f"{name} is a reporter for {rng.choice(OUTLETS)} covering {rng.choice(TOPICS).lower()}. "
                f"Follow {pronoun.lower() if pronoun == 'He' else 'her'} on Twitter @{first.lower()}.",
                f"{name} is a senior correspondent based in {rng.choice(PLACES)}. "
                f"{pronoun} can be reached at "
                f"{first.lower()}@example.com.",
                f"{name} has covered {rng.choice(TOPICS).lower()} for {rng.choice(OUTLETS)} since "
                f"{rng.randint(1995, 2020)}.",
                f"About the author: {name} writes about {rng.choice(TOPICS).lower()} "
                f"and {rng.choice(SUBJECTS)}s.",
            )
        )
    ]


PLATFORMS = ("X", "Twitter", "Facebook", "Instagram", "TikTok", "YouTube", "Threads", "WhatsApp", "LinkedIn")
FOLLOW_TAILS = (
    "",
    " for the latest news",
    " for breaking news and updates",
    " to stay up to date",
    " for more stories like this",
    " and never miss a story",
    " for live updates",
)


def follow_line(rng: random.Random) -> list[str]:
    """An invitation to follow the outlet elsewhere, in the many ways sites word it."""
    first, second = rng.sample(PLATFORMS, 2)
    where = rng.choice((first, f"{first} and {second}", f"{first}, {second} and {rng.choice(PLATFORMS)}"))
    who = rng.choice(("us", rng.choice(OUTLETS), f"@{rng.choice(OUTLETS).replace(' ', '')}"))
    verb = rng.choice(("Follow", "Follow", "Like", "Find", "Join", "Connect with"))
    text = f"{verb} {who} on {where}{rng.choice(FOLLOW_TAILS)}"
    if rng.random() < 0.2:
        text = f"Join our {first} {rng.choice(('group', 'community', 'page'))}{rng.choice(FOLLOW_TAILS)}"
    if rng.random() < 0.2:
        text = (
            rng.choice(("Stay connected: ", "Stay informed: ", "Don't miss out: "))
            + text[0].lower()
            + text[1:]
        )
    return [text + rng.choice(("", "", ".", "!"))]


# Navigation and sign-off words of French, German, Spanish, Italian and Portuguese pages.
FOREIGN_LABELS = (
    "Lire aussi", "À lire aussi", "Voir aussi", "Sur le même sujet", "À lire également", "Lire la suite",
    "Lesen Sie auch", "Mehr zum Thema", "Auch interessant", "Weiterlesen", "Zum Thema", "Mehr dazu",
    "Lea también", "Lee también", "Leer más", "Te puede interesar", "Noticias relacionadas",
    "Leggi anche", "Potrebbe interessarti", "Articoli correlati", "Leia também", "Saiba mais",
)  # fmt: skip
# Share and sign-up buttons of several words: a one-word line of another script (a
# paragraph of Japanese holds no space) is no button.
FOREIGN_BOILERPLATE = (
    "Partager sur Facebook", "Auf Facebook teilen", "Compartir en Twitter", "Jetzt abonnieren",
    "Abonnez-vous à la newsletter", "Suscríbete al boletín", "Kommentare anzeigen", "Voir les commentaires",
)  # fmt: skip
AGENCY_SIGNOFFS = (
    "Avec AFP", "Avec Reuters", "Avec agences", "Mit dpa", "Mit Material von AFP", "Con EFE",
    "Con información de EFE", "With AP", "With wire services", "(AFP)", "(dpa)",
)  # fmt: skip


def foreign_navigation(rng: random.Random) -> list[tuple[str, str]]:
    """A label of another language's page: alone, or before another story's headline (promo);
    a share or ad word (boilerplate); an agency sign-off (byline)."""
    kind = rng.random()
    if kind < 0.6:
        # As written: in capitals they would teach that a short line in capitals is
        # junk, and a subhead in capitals is body.
        label = rng.choice(FOREIGN_LABELS)
        if rng.random() < 0.5:
            return [(label + rng.choice(("", "", ":", " :")), "promo")]
        return [(f"{label}{rng.choice((':', ' :', ' -'))} {_headline(rng)}", "promo")]
    if kind < 0.8:
        return [(rng.choice(FOREIGN_BOILERPLATE), "boilerplate")]
    return [(rng.choice(AGENCY_SIGNOFFS), "byline")]


def residue(rng: random.Random) -> list[str]:
    return [rng.choice(("___", "* * *", "--", "|", "»", "Next", "Previous", "More", "Back to top", "Menu"))]


JUNK_MAKERS = {
    "promo": promo,
    "boilerplate": boilerplate,
    "cta": cta_sentence,
    "caption": caption,
    "byline": bio,
    "residue": residue,
}


# A sentence ends at ". " after a lower-case word of 3+ letters, before a capital:
# "Mr. Smith", "U.S. officials" and "Jan. 5" are not ends.
_SENTENCE_END_RE = re.compile(r"(?<=[a-z]{3}[.!?])\s+(?=[A-Z\"“])")
TEASER_PREFIXES = ("Watch:", "WATCH:", "Video:", "READ MORE:", "Read more:", "Related:", "MORE:", "See also:")
PHOTO_OUTLETS = (*OUTLETS, "AP Photo", "Getty Images", "Reuters", "AFP")


# How often a synthetic copy gets a list inside its body, a follow line, a foreign navigation line.
LIST_SHARE = 0.3
FOLLOW_SHARE = 0.3
FOREIGN_SHARE = 0.5


def split_sentences(paragraph: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_END_RE.split(paragraph) if part.strip()]


def _ring_position(text: str) -> float:
    """Where a text sits on the pick ring: a hash of the text alone, in [0, 1)."""
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big") / 2**64


def _ring(texts: list[str]) -> tuple[tuple[str, ...], tuple[float, ...]]:
    placed = sorted((_ring_position(text), text) for text in texts)
    return tuple(text for _, text in placed), tuple(position for position, _ in placed)


def _pick(rng: random.Random, texts: tuple[str, ...], positions: tuple[float, ...]) -> str:
    # One draw, whatever the pool's size, and the first text at or after it on the ring:
    # a text added to or taken from the pool (another dump's label, a dump held out)
    # changes only the picks that fell next to it, not every pick after it.
    return texts[bisect.bisect_left(positions, rng.random()) % len(texts)]


@dataclass(frozen=True)
class RealText:
    """Headlines and short sentences of the training articles (read at training time, never stored).

    Kept in hash order (a ring), picked by `title` and `sentence`: the order
    of the dumps and the pool's other texts do not move a pick.
    """

    titles: tuple[str, ...]
    sentences: tuple[str, ...]
    title_positions: tuple[float, ...] = ()
    sentence_positions: tuple[float, ...] = ()

    @classmethod
    def of(cls, titles: list[str], bodies: list[list[str]]) -> RealText:
        sentences = [
            sentence
            for body in bodies
            for paragraph in body
            for sentence in split_sentences(paragraph)
            if 4 <= len(sentence.split()) <= 20 and sentence[-1] in ".!?"
        ]
        kept_titles, title_positions = _ring([title for title in titles if 4 <= len(title.split()) <= 20])
        kept_sentences, sentence_positions = _ring(sentences)
        return cls(kept_titles, kept_sentences, title_positions, sentence_positions)

    def title(self, rng: random.Random) -> str:
        return _pick(rng, self.titles, self.title_positions)

    def sentence(self, rng: random.Random) -> str:
        return _pick(rng, self.sentences, self.sentence_positions)


def dump_key(corpus: str, case_id: str, raw: str) -> str:
    """A dump's stable id: its corpus, its id and its text, not its place in the list."""
    return hashlib.blake2b(f"{corpus}\0{case_id}\0{raw}".encode(), digest_size=8).hexdigest()


def copy_stream(seed: int, key: str, copy: int, stream: str) -> random.Random:
    """The random stream of one synthetic copy of one dump (`dump_key`) for one class of lines.

    Each dump's copies draw from streams of their own: a label, a rule before
    the model or the order of the dumps changes only the copies of the dumps it
    touches (and the picks of real text next to a text it adds or removes, see
    `RealText`), not every copy after it.
    """
    return random.Random(f"{seed}:{key}:{copy}:{stream}")


def real_teaser(rng: random.Random, real: RealText) -> list[str]:
    """Another story's headline in capitals, or behind a label ("Watch:").

    Never as printed: a mixed-case headline between paragraphs is shaped like
    a subhead, which is body, and nothing on the line tells them apart.
    Capitals only for headlines of 7 words or more, for the same reason
    ("THE COST OF WAITING" is a subhead more often than a teaser).
    """
    title = real.title(rng)
    if len(title.split()) >= 7 and rng.random() < 0.5:
        return [title.upper()]
    return [f"{rng.choice(TEASER_PREFIXES)} {title}"]


def real_caption(rng: random.Random, real: RealText) -> list[str]:
    """A real sentence with a photo credit: a caption reads like prose, the credit gives it away."""
    sentence, name, outlet = real.sentence(rng), rng.choice(NAMES), rng.choice(PHOTO_OUTLETS)
    return [
        rng.choice(
            (
                f"{sentence} ({outlet}/{name})",
                f"{sentence} ({outlet}/{name}, File)",
                f"{sentence} (Photo by {name}/{outlet})",
                f"{sentence} {outlet.upper()}/{name}",
                f"{sentence} (Photo: {name}/{outlet})",
            )
        )
    ]


LIST_BULLETS = ("", "", "- ", "• ", "* ", "— ")
LIST_NOUNS = (
    "homes",
    "cases",
    "ground piles",
    "shelters",
    "schools",
    "arrests",
    "beds",
    "votes",
    "stations",
    "permits",
    "claims",
    "wells",
    "buses",
    "flights",
    "trucks",
    "complaints",
    "sites",
    "units",
)
LIST_VERBS = ("move to", "merge with", "close for", "reopen in", "transfer to", "share space with")
LIST_INTROS = (
    "The figures, by county, were:",
    "Under the plan, the changes are as follows:",
    "The list released on {day} includes:",
    "Here is where things stand:",
    "Officials gave these numbers:",
    "According to the report:",
    "The final results were:",
    "Among the changes:",
)


def _proper_nouns(real: RealText, rng: random.Random, count: int) -> list[str]:
    """Capitalised words of the training articles' own sentences, as place and team names."""
    found: list[str] = []
    for _ in range(count * 6):
        words = real.sentence(rng).split()[1:]
        names = [word.strip(".,;:\"'“”‘’()") for word in words if word[:1].isupper() and word[1:].islower()]
        names = [name for name in names if len(name) > 2]
        if names:
            found.append(rng.choice(names))
        if len(found) == count:
            break
    return found


def list_run(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A sentence ending in a colon and the short items it announces: body, all of it.

    Items of one list share their shape ("Dell County, with 4 ground piles",
    "- Cedar Park students move to Riverside", "3. Oak Hollow: 120 homes"), and
    are short and headline-like, which without this the model takes for teasers.
    """
    names = _proper_nouns(real, rng, rng.randint(3, 6))
    if len(names) < 3:
        return []
    sentence = real.sentence(rng)
    intro = rng.choice((rng.choice(LIST_INTROS).format(day=rng.choice(DAYS)), sentence[:-1] + ":"))
    bullet, noun, verb = rng.choice(LIST_BULLETS), rng.choice(LIST_NOUNS), rng.choice(LIST_VERBS)
    suffix = rng.choice(("", "County", "District", "Park", "Street"))
    shape = rng.randrange(5)
    items = []
    for number, name in enumerate(names, start=1):
        place = f"{name} {suffix}".strip()
        count = rng.randint(1, 900)
        item = (
            f"{place}, with {count} {noun}",
            f"{place} students {verb} {rng.choice(names)}",
            f"{place}: {count} {noun}",
            f"{count} {noun} in {place}",
            f"{place} ({rng.choice(names)})",
        )[shape]
        items.append(
            f"{number}. {item}" if bullet == "" and shape == 2 and rng.random() < 0.5 else bullet + item
        )
    return [(intro, "body"), *((item, "body") for item in items)]


def split_a_paragraph(lines: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """One body paragraph of several sentences made one paragraph per sentence (body)."""
    candidates = [index for index, (text, kind) in enumerate(lines) if kind == "body" and len(text) > 80]
    if not candidates:
        return lines
    index = rng.choice(candidates)
    parts = split_sentences(lines[index][0])
    if len(parts) < 2:
        return lines
    return [*lines[:index], *((part, "body") for part in parts), *lines[index + 1 :]]


def add_real_text(lines: list[tuple[str, str]], rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """Teasers and captions made of real text inserted, and a paragraph split into sentences."""
    out = list(lines)
    for _ in range(rng.randint(1, 3)):
        out = split_a_paragraph(out, rng)
    makers = [(real_teaser, "promo")] * rng.randint(0, 2) + [(real_caption, "caption")] * rng.randint(0, 1)
    for maker, kind in makers:
        if not (real.titles and real.sentences):
            break
        index = rng.randint(0, len(out))
        out[index:index] = [(text, kind) for text in maker(rng, real)]
    return out


def add_other_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """A list inside the body (body), a follow line, a navigation word of another language.

    Called with an RNG of its own, after `augment`: the other synthetic lines stay
    as they were drawn before these classes came.
    """
    out = list(lines)
    if real.sentences and rng.random() < LIST_SHARE:
        # Inside the body, never first or last: a list closes the sentence before it.
        index = rng.randint(1, max(1, len(out) - 1))
        out[index:index] = list_run(rng, real)
    if rng.random() < FOLLOW_SHARE:
        index = rng.choice((0, len(out), rng.randint(0, len(out))))
        out[index:index] = [(text, "boilerplate") for text in follow_line(rng)]
    if rng.random() < FOREIGN_SHARE:
        index = rng.choice((0, len(out), rng.randint(0, len(out))))
        out[index:index] = foreign_navigation(rng)
    return out


def augment(
    lines: list[tuple[str, str]], subtitle: str | None, rng: random.Random, real: RealText | None = None
) -> tuple[list[tuple[str, str]], str | None]:
    """A copy of a labelled body (text, kind) with junk inserted, and its subtitle."""
    out = add_real_text(lines, rng, real) if real is not None else list(lines)
    for _ in range(rng.randint(1, 4)):
        maker = rng.choice(("promo", "promo", "boilerplate", "boilerplate", "cta", "caption", "residue"))
        # Sign-up and follow prose is boilerplate in the corpora's labels.
        kind = "boilerplate" if maker == "cta" else maker
        block = [(text, kind) for text in JUNK_MAKERS[maker](rng)]
        where = rng.choice(("start", "end", "middle", "middle"))
        index = 0 if where == "start" else len(out) if where == "end" else rng.randint(0, len(out))
        out[index:index] = block
    if rng.random() < 0.25:
        out.extend((text, "byline") for text in bio(rng))
    if rng.random() < 0.15:
        date_line = rng.choice(
            (_date(rng), f"{rng.choice(DAYS)}, {_date(rng)}", f"{_date(rng)} {_time(rng)}")
        )
        out.insert(0, (date_line, "boilerplate"))
    body = [text for text, kind in out if kind == "body"]
    if body and rng.random() < 0.15 and len(body[0].split()) <= 45:
        # The standfirst repeated as the first paragraph.
        subtitle = body[0]
        first = next(index for index, (_, kind) in enumerate(out) if kind == "body")
        out[first] = (body[0], "boilerplate")
    return out, subtitle


# --- Classes the model missed on outlets held out (issue 10): written here, none copied. ---

ROLES = (
    "economist", "chief strategist", "former adviser", "senior analyst", "portfolio manager",
    "retired general", "state senator", "campaign spokesperson", "market strategist", "founder",
    "professor", "former ambassador", "chief executive", "policy director",
)  # fmt: skip
SHOWS = (
    "Morning Markets", "The Evening Report", "Capital Close", "Weekend Briefing", "The Bottom Line",
    "Market Watch Live", "Night Desk", "Sunday Morning Edition", "The Daily Brief", "Making Money",
)  # fmt: skip
CAPTION_VERBS = (
    "discusses", "weighs in on", "reacts to", "breaks down", "explains", "provides insight on",
    "analyzes", "joins to discuss", "gives his take on", "offers her outlook for", "sounds off on",
)  # fmt: skip
CAPS_TAILS = (": REPORT", ": LIVE UPDATES", ": SOURCES", ": POLL", ": STUDY", ": EXPERTS", ": OFFICIALS", "")
CAPS_VERBS = ("BLASTS", "SLAMS", "RIPS", "WARNS", "TORCHES", "DEFENDS", "SUES", "CALLS OUT", "HITS BACK AT")
CAPS_SUBHEADS = (
    "THE COST OF WAITING", "WHAT COMES NEXT", "A DECADE OF DELAYS", "THE ROAD AHEAD", "BY THE NUMBERS",
    "WHO PAYS", "THE BACKSTORY", "LOOKING AHEAD", "THE FINE PRINT", "A DIVIDED BOARD", "THE RUNDOWN",
    "WHAT THE DATA SHOW", "THE OTHER SIDE", "EARLY WARNINGS", "A QUESTION OF TRUST",
)  # fmt: skip
SPEC_LABELS = ("Price", "Weight", "Range", "Battery", "Seats")
STREETS = ("Main", "Oak", "Elm")
PLACE_KINDS = ("Library", "Elementary School", "Community Center")
STATIONS = ("WKTR 7", "KQVX", "WDRN News 4", "Channel 12", "KVAL 9", "WBNT", "NewsCenter 5", "KSTM 2")
SOURCES = (
    "Trading Economics", "Google Finance", "FactSet", "Bloomberg", "Refinitiv", "Statista",
    "Census Bureau", "Labor Department", "company filings", "iStock", "Getty Images", "Reuters",
)  # fmt: skip
BIO_ROLES = (
    "a reporter", "a staff writer", "the editor", "a senior correspondent", "a columnist",
    "Director of Marketing", "a contributing writer", "the chief political correspondent",
    "an associate editor", "a freelance journalist", "the managing editor", "a data reporter",
)  # fmt: skip
BIO_EXTRAS = (
    "With two decades in local news, {pron} writes frequently about {a}, {b} and {c}.",
    "{Pron} previously worked at {outlet} and holds a degree from {place}.",
    "{Pron} is the author of two books on {a}.",
    "Before joining {outlet}, {pron} covered {a} in {place}.",
    "Follow {obj} on Twitter @{handle} or email {obj} at {handle}@example.com.",
    "{Pron} can be reached at {handle}@example.com.",
    "{Pron} lives in {place} with {pos} family.",
)  # fmt: skip
FOREIGN_FOLLOWS = (
    "Suivez-nous sur Facebook et Twitter", "Suivez-nous sur Instagram", "Retrouvez-nous sur Facebook",
    "Folgen Sie uns auf Facebook und Twitter", "Folgen Sie uns auf Instagram", "Folge uns auf X",
    "Volg ons op Facebook en Twitter", "Volg ons op Instagram", "Síguenos en Facebook y Twitter",
    "Síguenos en Instagram", "Seguici su Facebook e Twitter", "Siga-nos no Instagram",
)  # fmt: skip


def _caps_words(real: RealText, rng: random.Random, low: int, high: int) -> str:
    """A few words of a training article's own sentence, in capitals (a quote in a teaser)."""
    words = real.sentence(rng).rstrip(".!?").split()
    start = rng.randint(0, max(0, len(words) - high))
    return " ".join(words[start : start + rng.randint(low, high)]).upper()


def caps_teaser(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """Another story's headline in capitals as teasers print it: attributed, quoted, with a tag."""
    name, other = rng.choice(NAMES).upper(), rng.choice(NAMES).upper()
    subject, obj = rng.choice(SUBJECTS).upper(), rng.choice(OBJECTS).upper()
    shape = rng.randrange(5)
    if shape == 0:
        text = f"{name} {rng.choice(CAPS_VERBS)} {other} OVER '{_caps_words(real, rng, 1, 3)}' CLAIMS"
        text += rng.choice(("", f", SAYS {rng.choice(VERBS).upper()} {obj}"))
    elif shape == 1:
        text = f"{rng.choice(ROLES).upper()} ON {subject} {obj}: '{_caps_words(real, rng, 3, 7)}'"
    elif shape == 2:
        text = f"{subject} {rng.choice(VERBS).upper()} {obj} AMID {rng.choice(OBJECTS).upper()}"
        text += rng.choice(CAPS_TAILS)
    elif shape == 3:
        first, second = rng.sample(OBJECTS, 2)
        text = f"{first.upper()}, {second.upper()} {rng.choice(('SURGE', 'SINK', 'STALL', 'JUMP'))} AS "
        text += f"{subject} {rng.choice(VERBS).upper()} {obj}"
    else:
        title = real.title(rng).rstrip(".").upper()
        text = title + rng.choice(CAPS_TAILS[:-1])
    return [(text, "promo")]


def caps_subhead(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A subhead in capitals (body): a noun phrase or a question, sometimes with a list after a colon."""
    shape = rng.randrange(6)
    if shape in (0, 4):
        return [(rng.choice(CAPS_SUBHEADS), "body")]
    if shape == 1:
        question = rng.choice(("WHY DOES THE", "WILL THE", "COULD THE", "HOW WILL THE", "WHO PAYS FOR THE"))
        verb = rng.choice(("CHANGE", "WIN", "LAST"))
        return [(f"{question} {rng.choice(SUBJECTS).upper()} {verb}?", "body")]
    if shape == 2:
        return [(f"{rng.choice(CAPS_SUBHEADS)}: {rng.choice(OBJECTS).upper()}", "body")]
    if shape == 5:
        return [
            (
                f"THE {rng.choice(SUBJECTS).upper()} {rng.choice(('RESPONDS', 'WEIGHS IN', 'PUSHES BACK'))}",
                "body",
            )
        ]
    return [(f"{rng.choice(PLACES).upper()}'S {rng.choice(('REACTION', 'PLAN', 'PROBLEM', 'BET'))}", "body")]


def headline_list(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """Three to six links to other stories, as printed, under a list label or none (promo)."""
    header = rng.choice(
        (
            None,
            None,
            f"More from {rng.choice(OUTLETS)}:",
            "Most Read",
            f"Most read {rng.choice(TOPICS).lower()} stories",
            "Trending",
            "Related Coverage",
            "Popular now",
            "In case you missed it:",
        )
    )
    items = []
    for _ in range(rng.randint(3, 6)):
        if real.titles and rng.random() < 0.6:
            items.append(real.title(rng).rstrip("."))
        else:
            items.append(_headline(rng))
    return [(text, "promo") for text in ([header] if header else []) + items]


def short_list(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A short label and the list it heads, inside the body (body): results, a roster, specs."""
    names = _proper_nouns(real, rng, rng.randint(3, 5))
    if len(names) < 3:
        return []
    shape = rng.randrange(4)
    header = rng.choice(
        (
            ("Saturday's results", "Final scores"),
            ("The roster", "Team members"),
            ("Key specs", "At a glance"),
            ("Where to vote", "Polling places"),
        )[shape]
    )
    items = []
    for name in names:
        items.append(
            (
                f"{name} {rng.randint(0, 9)}, {rng.choice(names)} {rng.randint(0, 9)}",
                f"{rng.choice(NAMES)} ({name})",
                f"{rng.choice(SPEC_LABELS)}: {rng.randint(2, 900)} {name}",
                f"{name} {rng.choice(PLACE_KINDS)}, {rng.randint(1, 900)} {rng.choice(STREETS)} St.",
            )[shape]
        )
    # With its colon: a short label alone is a menu's or a share bar's more often than a list's.
    return [(header + ":", "body"), *((item, "body") for item in items)]


def long_bio(rng: random.Random) -> list[tuple[str, str]]:
    """A closing author bio as newsrooms print them: two or three sentences, a role, a contact (byline)."""
    name = rng.choice(NAMES)
    pron, obj, pos = rng.choice((("he", "him", "his"), ("she", "her", "her")))
    lead = f"{name} is {rng.choice(BIO_ROLES)} {rng.choice(('for', 'at'))} {rng.choice(OUTLETS)}"
    lead += rng.choice(("", f", covering {rng.choice(TOPICS).lower()}", f" in {rng.choice(PLACES)}"))
    a, b, c = rng.sample(TOPICS, 3)
    extras = [
        extra.format(
            pron=pron, Pron=pron.capitalize(), obj=obj, pos=pos, a=a.lower(), b=b.lower(), c=c.lower(),
            outlet=rng.choice(OUTLETS), place=rng.choice(PLACES), handle=name.split()[0].lower(),
        )
        for extra in rng.sample(BIO_EXTRAS, rng.randint(1, 2))
    ]  # fmt: skip
    return [(" ".join([lead + ".", *extras]), "byline")]


def video_caption(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A video's description as the first line under the subtitle (caption)."""
    who = f"{rng.choice(OUTLETS)} {rng.choice(ROLES)} {rng.choice(NAMES)}"
    if rng.random() < 0.3:
        who += f" and {rng.choice(ROLES)} {rng.choice(NAMES)}"
        verb = rng.choice(("discuss", "react to", "weigh in on", "break down", "debate"))
    else:
        verb = rng.choice(CAPTION_VERBS)
    what = real.title(rng).rstrip(".") if real.titles and rng.random() < 0.5 else _headline(rng)
    what = what[:1].lower() + what[1:] if not what.isupper() else what.lower()
    text = rng.choice(
        (
            f"{who} {verb} {what} on '{rng.choice(SHOWS)}.'",
            f"{who} {verb} {what}.",
            f"Here are your {rng.choice(OUTLETS)} top headlines for {_date(rng).rsplit(',', 1)[0]}.",
        )
    )
    return [(text, "caption")]


def photo_caption(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A photo caption: a long scene with a date and a credit, a source in brackets, a credit line."""
    name, agency = rng.choice(NAMES), rng.choice(AGENCIES)
    scene = f"{rng.choice(NAMES)}, {rng.choice(ROLES)}, {rng.choice(('speaks', 'listens', 'walks'))} "
    scene += f"during a {rng.choice(('news conference', 'hearing', 'rally'))} in {rng.choice(PLACES)} "
    scene += (
        f"on {_date(rng)}, after the {rng.choice(SUBJECTS)} {rng.choice(VERBS)} the {rng.choice(OBJECTS)}."
    )
    sentence = real.sentence(rng)
    # A caption's scene runs as long as a paragraph: two real sentences and a credit.
    long_scene = f"{sentence} {real.sentence(rng)}"
    text = rng.choice(
        (
            f"{scene} (Photo by {name.upper()}/{agency})",
            f"{long_scene} (Photo by {name}/{agency})",
            f"FILE - {long_scene} ({agency}/{name}, File)",
            f"{long_scene} ({name}/{agency} via Getty Images)",
            f"{scene} ({name}/Pool Photo via AP)",
            f"{sentence} ({rng.choice(SOURCES)})",
            f"({rng.choice(SOURCES)})",
            f"(Photo courtesy of {rng.choice((name, rng.choice(OUTLETS)))})",
            f"{sentence} (Photo courtesy of {name})",
            f"Photograph: {name}/{agency}",
            f"Photo illustration: {name}/{rng.choice(OUTLETS)}",
            f"Source: {rng.choice(SOURCES)}",
        )
    )
    return [(text, "caption")]


def station_promo(rng: random.Random) -> list[tuple[str, str]]:
    """A local station's sign-off sending the reader to its channel (promo)."""
    station = rng.choice(STATIONS)
    return [
        (
            rng.choice(
                (
                    f"For the latest news, weather and traffic, head to {station}.",
                    f"For more local news, download the {station} app.",
                    f"Stay with {station} for updates on this developing story.",
                    f"Watch {station} News at 6 for more on this story.",
                    f"Get breaking news and weather alerts from {station} on your phone.",
                )
            ),
            "promo",
        )
    ]


def add_unseen_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """Teasers in capitals and subheads in capitals, runs of links, closing bios, captions.

    Called with an RNG of its own, after `add_other_classes`: the lines drawn
    before these classes came stay as they were.
    """
    out = list(lines)
    if not (real.titles and real.sentences):
        return out

    def insert(block: list[tuple[str, str]], where: str) -> None:
        index = {"start": 0, "end": len(out)}.get(where, rng.randint(1, max(1, len(out) - 1)))
        out[index:index] = block

    for _ in range(rng.choice((1, 1, 2))):
        insert(caps_teaser(rng, real), "middle")
    if rng.random() < 0.3:
        insert(caps_subhead(rng, real), "middle")
    if rng.random() < 0.5:
        insert(headline_list(rng, real), rng.choice(("end", "end", "middle")))
    if rng.random() < 0.15:
        insert(short_list(rng, real), "middle")
    if rng.random() < 0.5:
        insert(video_caption(rng, real), "start")
    if rng.random() < 0.3:
        insert(photo_caption(rng, real), "middle")
    if rng.random() < 0.15:
        insert(station_promo(rng), "end")
    if rng.random() < 0.15:
        insert([(rng.choice(FOREIGN_FOLLOWS) + rng.choice(("", ".", "!")), "boilerplate")], "end")
    if rng.random() < 0.3:
        # A short label between paragraphs is still a menu's more often than a subhead: the
        # short body lines above (list labels, subheads in capitals) must not teach otherwise.
        insert(foreign_navigation(rng), "middle")
    if rng.random() < 0.15:
        # A bio before the links that close a page, as often as at the very end.
        index = len(out) - next((i for i, (_, kind) in enumerate(reversed(out)) if kind == "body"), 0)
        out[index:index] = long_bio(rng)
    return out


# Runs of same-shaped lines: spec lists, tables, numbered and bulleted lists and
# subheads in capitals inside the body (body), and the runs junk makes (share
# bars and menus, "most read" lists, tag lines, section words in capitals).
SPEC_UNITS = (
    ("Display", "{a}.{b}-inch OLED, {c}00 x 1080, 1-120Hz"),
    ("Processor", "eight cores at {a}.{b}GHz"),
    ("RAM / storage", "{a}GB / {c}GB"),
    ("Battery", "{c},{b}00mAh, {d}W wired"),
    ("Camera", "{d}MP main, {a}MP ultrawide"),
    ("Weight", "{c}g"),
    ("Price", "${c}"),
    ("Range", "{c} km"),
    ("Engine", "{a}.{b}-litre, {c} hp"),
    ("Top speed", "{c} km/h"),
    ("Capacity", "{d},000 seats"),
    ("Cost", "${a}.{b} billion"),
    ("Opened", "{year}"),
    ("Founded", "{year}"),
    ("Employees", "{d},{c}"),
    ("Population", "{c},{b}00"),
    ("Area", "{c} square kilometres"),
    ("Height", "{c} metres"),
    ("Length", "{a}.{b} km"),
    ("Turnout", "{d}.{b}%"),
    ("Kapazität", "{d}.000 Tonnen pro Jahr"),
    ("Preis", "{c} Euro"),
    ("Gewicht", "{c} Gramm"),
    ("Akku", "{c}00 mAh"),
    ("Prix", "{c} euros"),
    ("Poids", "{c} g"),
    ("Precio", "{c} euros"),
)
NAME_KEYS = (
    "Director",
    "Architect",
    "Owner",
    "Coach",
    "Author",
    "Publisher",
    "Regie",
    "Autor",
    "Réalisateur",
)
SUBHEAD_WORDS = (
    "DESIGN", "DISPLAY", "CAMERA", "BATTERY", "PERFORMANCE", "SOFTWARE", "VERDICT", "PRICE", "SPECS",
    "RESULTS", "BACKGROUND", "WHAT'S NEXT", "THE DEAL", "OUTLOOK", "REACTION", "THE VOTE", "HISTORY",
    "THE RISKS", "COSTS", "TIMELINE", "THE PLAN", "DEFENSE", "OFFENSE", "INJURIES", "FAZIT", "HINTERGRUND",
    "CONTEXTE", "KEY FACTS", "AT A GLANCE", "THE NUMBERS", "WHY IT MATTERS", "THE BIG PICTURE",
)  # fmt: skip
ROW_LABELS = (
    "Revenue", "Gross profit", "Operating income", "Net income", "Earnings per share", "Cash", "Debt",
    "Orders", "Backlog", "Total", "Turnout", "Seats", "Votes", "Share", "Umsatz", "Gewinn",
    "Chiffre d'affaires",
)  # fmt: skip
NAV_WORDS = (
    "Facebook", "Twitter", "Email", "Print", "Share", "Tweet", "Pin", "WhatsApp", "Copy link", "Home",
    "News", "Sport", "Sports", "Weather", "Business", "Opinion", "Video", "Photos", "Statistics", "Roster",
    "Schedule", "Standings", "Depth Chart", "History", "Next", "Previous", "Comments", "Subscribe", "Log in",
    "Contact us",
)  # fmt: skip
TAG_KEYS = (
    "Tags",
    "Filed under",
    "Topics",
    "Categories",
    "Posted in",
    "Related topics",
    "Keywords",
    "Schlagworte",
)
LIST_HEADERS = (
    "Most Read",
    "Most Popular",
    "Trending",
    "Top Stories",
    "Most viewed",
    "Popular now",
    "MOST READ",
)
LABELS = ("Read more", "See also", "Related", "More on this", "Also read", "Watch", "Recommended")
JUNK_CAPS = ("RELATED", "VIDEO", "PHOTOS", "SHARE", "MORE", "TRENDING", "ADVERTISEMENT", "WATCH", "LISTEN")
STRUCTURE_SHARE = 0.5
JUNK_RUN_SHARE = 0.4


def _numbers(rng: random.Random) -> dict[str, int]:
    return {
        "a": rng.randint(1, 9),
        "b": rng.randint(0, 9),
        "c": rng.randint(100, 999),
        "d": rng.randint(10, 99),
        "year": rng.randint(1890, 2025),
    }


def spec_list(rng: random.Random, real: RealText) -> list[str]:
    """3 to 7 "Key: value" lines, under a subhead in capitals, a sentence ending in ":" or nothing."""
    items = []
    for key, value in rng.sample(SPEC_UNITS, rng.randint(3, 7)):
        items.append(f"{key}: {value.format(**_numbers(rng))}")
    if rng.random() < 0.25:
        items[rng.randrange(len(items))] = f"{rng.choice(NAME_KEYS)}: {rng.choice(NAMES)}"
    head = rng.random()
    if head < 0.3:
        return [rng.choice(("SPECS", "SPECIFICATIONS", "KEY FACTS", "AT A GLANCE", "THE DETAILS")), *items]
    if head < 0.5 and real.sentences:
        return [real.sentence(rng)[:-1] + ":", *items]
    return items


def _cell(rng: random.Random) -> str:
    value = rng.random()
    if value < 0.3:
        return f"${rng.randint(1, 999)}.{rng.randint(0, 9)}"
    if value < 0.6:
        return f"{rng.randint(1, 99)}.{rng.randint(0, 9)}%"
    if value < 0.8:
        return f"{rng.randint(1, 99)},{rng.randint(100, 999)}"
    return f"{rng.choice('+-')}{rng.randint(0, 9)}.{rng.randint(0, 9)}"


def table(rng: random.Random, real: RealText) -> list[str]:
    """Rows of 2 to 5 cells joined by " | ", numbers after a label, often under a header row."""
    columns = rng.randint(2, 5)
    labels = _proper_nouns(real, rng, 6) if rng.random() < 0.5 else list(ROW_LABELS)
    labels = list(dict.fromkeys(labels)) or list(ROW_LABELS)
    rows = []
    for label in rng.sample(labels, min(len(labels), rng.randint(2, 6))):
        if columns == 2 and rng.random() < 0.5:
            key, value = rng.choice(SPEC_UNITS)
            rows.append(f"{key} | {value.format(**_numbers(rng))}")
        else:
            rows.append(" | ".join([label, *(_cell(rng) for _ in range(columns - 1))]))
    if rng.random() < 0.6:
        year = rng.randint(2005, 2025)
        header = rng.choice(("", "(in millions)", "Item", "Ward", "Team", "Country", "Kennzahl"))
        periods = [
            f"Q{rng.randint(1, 4)} {year - n}" if rng.random() < 0.5 else str(year - n) for n in range(3)
        ]
        names = [*periods, "Change", "Share", "Wert", "Total"]
        rows.insert(0, " | ".join([header or "Item", *rng.sample(names, columns - 1)]))
    return rows


def _fragment(rng: random.Random, real: RealText) -> str:
    """The opening words of a real sentence: what a list item says."""
    words = real.sentence(rng).rstrip(".!?").split()
    return " ".join(words[: rng.randint(4, 12)]).rstrip(",;:")


def numbered_list(rng: random.Random, real: RealText) -> list[str]:
    style, lower = rng.choice(("{}. ", "{}) ", "({}) ")), rng.random() < 0.3
    items = []
    for number in range(1, rng.randint(3, 6) + 1):
        text = _fragment(rng, real)
        items.append(style.format(number) + (text[:1].lower() + text[1:] if lower else text))
    if rng.random() < 0.5:
        return [real.sentence(rng)[:-1] + ":", *items]
    return items


def bullet_list(rng: random.Random, real: RealText) -> list[str]:
    bullet = rng.choice(("• ", "- ", "* ", "– ", ""))
    items = []
    for _ in range(rng.randint(3, 5)):
        if rng.random() < 0.5:
            label, amount = rng.choice(ROW_LABELS), rng.randint(1, 999)
            items.append(f"{label} of ${amount}.{rng.randint(0, 9)} million, up {rng.randint(1, 60)}%")
        else:
            items.append(_fragment(rng, real))
    return [bullet + item for item in items]


def add_caps_subheads(lines: list[tuple[str, str]], rng: random.Random) -> list[tuple[str, str]]:
    """Subheads in capitals, one to three words, before 2 to 4 paragraphs of prose (body)."""
    paragraphs = [
        index for index, (text, kind) in enumerate(lines) if kind == "body" and len(text.split()) > 15
    ]
    if len(paragraphs) < 3:
        return lines
    chosen = set(rng.sample(paragraphs[1:], min(len(paragraphs) - 1, rng.randint(2, 4))))
    words = rng.sample(SUBHEAD_WORDS, len(chosen))
    out = []
    for index, line in enumerate(lines):
        if index in chosen:
            out.append((words.pop(), "body"))
        out.append(line)
    return out


def share_bars(rng: random.Random) -> list[str]:
    """One to three rows of one- or two-word buttons joined by " | ", or one button a line."""
    cells = rng.randint(2, 5)
    if rng.random() < 0.3:
        return [
            rng.choice(("Share this:", "Share:", "Follow us:", "Share this story:")),
            *rng.sample(NAV_WORDS, cells),
        ]
    return [" | ".join(rng.sample(NAV_WORDS, cells)) for _ in range(rng.choice((1, 1, 2, 3)))]


def most_read(rng: random.Random, real: RealText) -> list[str]:
    style = rng.choice(("{}. ", "{}) ", "{} "))
    titles = [real.title(rng) for _ in range(rng.randint(3, 6))]
    items = [style.format(number) + title for number, title in enumerate(titles, start=1)]
    return [rng.choice(LIST_HEADERS), *items] if rng.random() < 0.7 else items


def tag_lines(rng: random.Random) -> list[str]:
    lines = []
    for key in rng.sample(TAG_KEYS, rng.choice((1, 1, 2, 3))):
        lines.append(f"{key}: " + ", ".join(rng.sample(TOPICS, rng.randint(1, 4))))
    return lines


def add_structured_runs(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """A run of same-shaped body lines between paragraphs, and a run of junk.

    Called with an RNG of its own, after `add_other_classes`: the lines drawn
    before stay as they were.
    """
    out = list(lines)
    if not (real.sentences and real.titles):
        return out
    if rng.random() < STRUCTURE_SHARE and len(out) >= 2:
        maker = rng.choice((spec_list, table, numbered_list, bullet_list, None))
        if maker is None:
            out = add_caps_subheads(out, rng)
        else:
            index = rng.randint(1, len(out) - 1)  # between paragraphs, never first or last
            out[index:index] = [(text, "body") for text in maker(rng, real)]
    if rng.random() < JUNK_RUN_SHARE:
        choice = rng.random()
        if choice < 0.35:
            block, kind, where = share_bars(rng), "boilerplate", rng.choice(("start", "end", "middle"))
        elif choice < 0.6:
            block, kind, where = most_read(rng, real), "promo", rng.choice(("end", "end", "start"))
        elif choice < 0.75:
            block, kind, where = tag_lines(rng), "boilerplate", rng.choice(("end", "end", "start"))
        elif choice < 0.85:
            block = [rng.choice(JUNK_CAPS), *(real.title(rng) for _ in range(rng.randint(1, 3)))]
            kind, where = "promo", rng.choice(("end", "middle"))
        else:
            # A label alone before prose, as a subhead stands: the subheads above are in capitals.
            block, kind, where = [rng.choice(FOREIGN_LABELS + LABELS)], "promo", "middle"
        index = 0 if where == "start" else len(out) if where == "end" else rng.randint(0, len(out))
        out[index:index] = [(text, kind) for text in block]
    return out


# --- Page furniture between the first and the last paragraph (issue 10, L3S-like pages). ---
# On pages from many sites the junk inside the article's span comes in blocks:
# the tool row beside the photo, a box of links to earlier coverage (often one
# label and a headline per line), the topic tags. Written here, none copied.

PAGE_TOOLS = (
    "Email this", "E-mail this story", "Email to a friend", "Print", "Print this article",
    "Printer-friendly version", "Printable version", "Save this", "Save this article", "Bookmark",
    "Digg this", "del.icio.us", "Reddit", "StumbleUpon", "Text size", "Font size:", "A", "A A A",
    "Enlarge this image", "View larger image", "Enlarge photo", "View gallery", "Order reprints",
    "Reprints", "Licensing", "Read comments", "Add a comment", "Recommend", "Most emailed",
    "Article tools", "Story tools", "Share this", "Subscribe to RSS", "RSS feed", "Add to My Yahoo!",
    "Ads by Google", "Sponsored links", "Continue reading", "Next page", "Back to top",
    "Story continues below", "Article continues below", "Related links", "Photo gallery", "Podcast",
    "Send to a friend", "Discuss", "Yahoo! Buzz", "Permalink", "Trackback", "Hide caption",
)  # fmt: skip
COVERAGE_HEADERS = (
    "From the archives", "Related coverage", "In depth", "Special report", "More coverage",
    "Multimedia", "Videos", "Photo galleries", "Earlier stories", "Complete coverage", "Key stories",
    "Background", "Elsewhere on the web", "Related articles", "Our coverage",
)  # fmt: skip
COVERAGE_LABELS = (
    "Analysis", "Commentary", "Video", "Photos", "Editorial", "Opinion", "Timeline", "Interactive",
    "Profile", "Q&A", "Graphic", "Audio", "Obituary", "Reaction", "Stats", "Blog", "Live", "Explainer",
)  # fmt: skip
TOPIC_HEADERS = ("Topics", "Related topics", "More on", "Keywords", "Explore", "People", "Places")


def page_tools(rng: random.Random) -> list[str]:
    """A row of page tools, one button a line (or a few on one line), with a count or none."""
    tools = rng.sample(PAGE_TOOLS, rng.randint(2, 6))
    if rng.random() < 0.3:
        tools.append(f"Comments ({rng.randint(0, 250)})")
    if rng.random() < 0.2:
        return [rng.choice((" | ", " ", " · ")).join(tools)]
    return tools


def coverage_box(rng: random.Random, real: RealText) -> list[str]:
    """Links to earlier coverage: a header or none, then headlines, behind a label or bare.

    No dek under a link: a short sentence is body far more often (a one-sentence paragraph).
    """
    items: list[str] = []
    labelled = rng.random() < 0.5
    for _ in range(rng.randint(3, 9)):
        title = real.title(rng).rstrip(".")
        items.append(f"{rng.choice(COVERAGE_LABELS)}: {title}" if labelled and rng.random() < 0.8 else title)
    if rng.random() < 0.7:
        items.insert(0, rng.choice(COVERAGE_HEADERS))
    return items


def topic_tags(rng: random.Random, real: RealText) -> list[str]:
    """Topic tags one a line: people, places and organisations of the story, under a header or none."""
    pool = [
        *rng.sample(NAMES, 3),
        *rng.sample([p for p in PLACES if p[0].isupper()], 2),
        *_proper_nouns(real, rng, 4),
        *rng.sample(TOPICS, 2),
    ]
    tags = list(dict.fromkeys(rng.sample(pool, rng.randint(3, min(8, len(pool))))))
    return [rng.choice(TOPIC_HEADERS), *tags] if rng.random() < 0.5 else tags


FURNITURE_SHARE = 0.35


def add_page_furniture(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """Page tools (boilerplate), a box of links to earlier coverage (promo), topic tags
    (boilerplate), each in some copies, mostly between paragraphs: where they sit on a page
    whose dump runs from the first paragraph to the last.

    Called with an RNG of its own, after the other classes: their lines stay as they were.
    """
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out
    makers = (
        (lambda: page_tools(rng), "boilerplate"),
        (lambda: coverage_box(rng, real), "promo"),
        (lambda: topic_tags(rng, real), "boilerplate"),
    )
    for make, kind in makers:
        if rng.random() < FURNITURE_SHARE:
            index = rng.randint(1, len(out) - 1) if rng.random() < 0.8 else len(out)
            out[index:index] = [(text, kind) for text in make()]
    return out


# --- Classes outside testers' own dumps showed (issue 10): written here, none copied. ---
# Body: a short section label over the list it heads (a recipe's "Ingredients", a guide's
# "What you need"), a live blog's key points. Junk: video descriptions in the present tense
# anywhere in the body. (Syndication notes and affiliate notices naming the site are exact
# syntax, taken by `transforms/site_notes.py` before the model: written here as junk they
# taught the model "commission" and "originally" as junk words, and it took sentences
# about commissions.)

SECTION_LABELS = (
    "Ingredients", "Method", "Instructions", "Directions", "Equipment", "You will need", "What you need",
    "For the dressing", "For the topping", "For the sauce", "Notes", "Storage", "Step by step",
    "How to apply", "Eligibility", "Requirements", "Key points", "Key developments", "What we know",
    "What we know so far", "Summary", "Pros", "Cons", "The verdict", "Timeline", "The numbers",
    "Zutaten", "Zubereitung", "Ingrédients", "Préparation", "Ingredientes", "Preparación",
)  # fmt: skip
QUANTITIES = ("1", "2", "3", "1/2", "1/4", "3/4", "1 1/2", "2 1/2", "200g", "150 ml", "1 tbsp", "2 tsp")
UNITS = (
    "cups",
    "cup",
    "teaspoon",
    "teaspoons",
    "tablespoons",
    "grams",
    "large",
    "medium",
    "pinch of",
    "cloves",
)
FOODS = (
    "plain flour", "caster sugar", "unsalted butter, softened", "eggs, beaten", "whole milk", "fine salt",
    "ground ginger", "olive oil", "garlic, crushed", "red onion, finely chopped", "lemon juice",
    "baking powder", "dark chocolate, chopped", "chicken stock", "fresh thyme leaves", "rolled oats",
)  # fmt: skip
STEP_VERBS = (
    "Heat",
    "Whisk",
    "Stir",
    "Fold",
    "Bake",
    "Simmer",
    "Season",
    "Leave",
    "Pour",
    "Add",
    "Check",
    "Fill in",
)


def section_list(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A short section label, in capitals or not, over the items it heads (body, all of it)."""
    label = rng.choice(SECTION_LABELS)
    if rng.random() < 0.35:
        label = label.upper()
    shape = rng.randrange(3)
    numbering, bullet = rng.choice(("{}. ", "Step {}: ", "")), rng.choice(("", "• ", "- "))
    items = []
    for number in range(1, rng.randint(3, 7) + 1):
        if shape == 0:
            unit = rng.choice(("", rng.choice(UNITS) + " "))
            items.append(f"{rng.choice(QUANTITIES)} {unit}{rng.choice(FOODS)}")
        elif shape == 1:
            fragment = _fragment(rng, real)
            step = f"{rng.choice(STEP_VERBS)} {fragment[:1].lower()}{fragment[1:]}."
            items.append(numbering.format(number) + step)
        else:
            # A live blog's key point: one short sentence of the story, bulleted or not.
            items.append(bullet + real.sentence(rng))
    return [(label, "body"), *((item, "body") for item in items)]


SITE_SUFFIXES = ("", "", "", ".com", " Review", " Insider", " Media", " Journal")


def site_name(rng: random.Random, real: RealText) -> str:
    """A site's name made of a proper noun of the training articles: a fixed list of outlets
    would teach their words ("Metro", "Herald") as junk, and an article about the metro is none."""
    names = _proper_nouns(real, rng, 1)
    return (names[0] if names else rng.choice(OUTLETS)) + rng.choice(SITE_SUFFIXES)


REPORTING_VERBS = ("says", "warns", "argues", "notes", "explains", "predicts", "weighs in on", "reacts to")


def present_caption(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A video's description in the present tense, between paragraphs or first (caption)."""
    who = rng.choice(
        (
            f"{rng.choice(ROLES).capitalize()} {rng.choice(NAMES)}",
            f"{site_name(rng, real)} {rng.choice(ROLES)} {rng.choice(NAMES)}",
            f"The {site_name(rng, real)} {rng.choice(ROLES)}",
            f"{rng.choice(NAMES)}, {rng.choice(ROLES)} at {site_name(rng, real)},",
        )
    )
    # What it is about: another story's headline, as a video's description retells it.
    title = real.title(rng).rstrip(".")
    what = title.lower() if title.isupper() else title[:1].lower() + title[1:]
    verb = rng.choice(REPORTING_VERBS)
    tail = rng.choice(("", "", f" on '{rng.choice(SHOWS)}.'"))
    text = f"{who} {verb} {'that ' if verb in ('says', 'warns', 'argues', 'notes') else ''}{what}"
    return [(text + (tail or "."), "caption")]


def add_stranger_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """Section labels over their lists and key points (body); present-tense video
    descriptions (junk). Called with an RNG of its own, after the other classes."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out
    if rng.random() < 0.3:
        index = rng.randint(1, len(out) - 1)
        out[index:index] = section_list(rng, real)
    if rng.random() < 0.3:
        index = rng.choice((0, rng.randint(1, len(out) - 1)))
        out[index:index] = present_caption(rng, real)
    return out


# --- Body classes L3S-like pages hold and the model took for junk (issue 10, q6). ---
# Tables dumped one cell per line (a box score, a poll's crosstabs, a standings table):
# short names, column heads and bare figures in a block between paragraphs. Written
# here from templates and the training articles' own words; none copied.

TABLE_TITLES = ("SCOREBOARD", "RESULTS", "STANDINGS", "Box score", "The poll", "Final results", "Scoring", "")
COLUMN_HEADS = (
    ("W", "L", "Pts"), ("Runs", "Balls"), ("Votes", "%"), ("2007", "2008"), ("Q1", "Q2", "Q3"),
    ("Time",), ("Goals", "Assists"), ("For", "Against"), ("Men", "Women", "All"), ("Seats", "Change"),
)  # fmt: skip
CELL_NOTES = ("not out", "retired", "DNF", "N/A", "OT", "(c)", "Total", "Extras", "pct", "yes", "no")


def _figure(rng: random.Random) -> str:
    """A table's bare figure: "42", "7.5", "58%", "2-0-20-0", "1,204"."""
    shape = rng.random()
    if shape < 0.45:
        return str(rng.randint(0, 120))
    if shape < 0.65:
        return f"{rng.randint(0, 99)}.{rng.randint(0, 9)}"
    if shape < 0.8:
        return f"{rng.randint(1, 99)}%"
    if shape < 0.9:
        return "-".join(str(rng.randint(0, 12)) for _ in range(rng.choice((2, 4))))
    return f"{rng.randint(1, 99)},{rng.randint(100, 999)}"


def cell_table(rng: random.Random, real: RealText) -> list[str]:
    """A table with one cell a line: an optional title and column heads, then rows of a name
    (a proper noun of the training articles or a row label) and figures, a note now and then."""
    heads = rng.choice(COLUMN_HEADS)
    names = list(dict.fromkeys(_proper_nouns(real, rng, rng.randint(3, 7)))) or list(ROW_LABELS[:4])
    lines = [title] if (title := rng.choice(TABLE_TITLES)) else []
    if rng.random() < 0.6:
        lines.extend(heads)
    for name in names:
        if rng.random() < 0.3:
            name = f"{rng.choice(NAMES).split()[0][0]}. {name}"
        lines.append(name)
        for _ in heads:
            lines.append(rng.choice(CELL_NOTES) if rng.random() < 0.1 else _figure(rng))
    return lines


def add_cell_tables(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText, share: float = 0.2
) -> list[tuple[str, str]]:
    """In some copies, a one-cell-a-line table between paragraphs (body); own RNG stream."""
    out = list(lines)
    if not real.sentences or len(out) < 2:
        return out
    if rng.random() < share:
        index = rng.randint(1, len(out) - 1) if rng.random() < 0.7 else len(out)
        out[index:index] = [(text, "body") for text in cell_table(rng, real)]
    return out


# --- Furniture outside testers' dumps of other outlets kept (issue 10, stop 20): written here,
# none copied. Consent banners pasted into a text dump with their buttons, and a site's
# request for news tips (boilerplate); their look-alikes in the body, a story's sentence
# about cookies or consent and a police appeal for information (body). Press-release
# furniture and wire datelines are exact syntax, taken by `transforms/release_notes.py`
# before the model: not written here, so that the model does not learn "contact" or
# "release" as junk words from them.

CONSENT_PURPOSES = (
    "improve your experience", "personalise content and ads", "analyse our traffic",
    "provide social media features", "remember your preferences", "show you relevant advertising",
    "understand how you use our site", "keep our services secure",
)  # fmt: skip
CONSENT_BUTTONS = (
    "Accept all cookies", "Accept all", "Reject all", "Accept", "I agree", "Got it!", "OK",
    "Manage preferences", "Cookie settings", "Manage cookie preferences", "Customise settings",
    "Privacy policy", "Learn more",
    "Continue without accepting", "Your privacy choices", "Do Not Sell or Share My Personal Information",
    "Allow all", "Save my choices", "Necessary cookies only",
)  # fmt: skip
TIP_ASKS = (
    "Do you have a news tip?", "Have a news tip?", "Got a story tip?", "Got a tip?",
    "Know something we should?", "Do you have information about this story?", "Have a story idea?",
    "See something newsworthy?",
    "Do you have a story to share?", "Is there more to this story?",
)  # fmt: skip
TIP_HOWS = (
    "Email us at {mail}", "Contact us at {mail}", "Send it to {mail}", "Let us know.", "Send us a tip.",
    "Contact our newsroom at {mail} or call {phone}.", "Reach our reporters confidentially at {mail}.",
    "Tell us here.", "Submit it here.", "Email {mail} or message us on {platform}.",
)  # fmt: skip
APPEAL_OPENINGS = (
    "Anyone with information is asked to call", "Police asked anyone who saw the crash to contact",
    "Investigators urged witnesses to call", "Detectives asked anyone with dashcam footage to contact",
    "Residents with information about the fire were asked to call",
)  # fmt: skip
APPEAL_TAILS = (
    "the tip line at {phone}.", "Crime Stoppers at {phone}.", "the sheriff's office at {phone}.",
    "the county's anonymous tip line at {phone}, or to email {mail}.",
)  # fmt: skip
COOKIE_STORY = (
    "The regulator fined the retailer for placing advertising cookies on visitors' devices without consent.",
    "Under the new rules, a site must let readers reject cookies as easily as they accept them.",
    "Consumer groups say most cookie banners are designed to push users into clicking 'Accept all'.",
    "The company said it would stop using third-party cookies in its browser by the end of next year.",
    "Privacy campaigners argued that the consent pop-ups had done little to limit tracking.",
)  # fmt: skip


def _mail(rng: random.Random, real: RealText) -> str:
    domain = site_name(rng, real).split()[0].split(".")[0].lower()
    return f"{rng.choice(('tips', 'news', 'newsroom', 'desk'))}@{domain}.com"


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(200, 999)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def consent_banner(rng: random.Random, real: RealText) -> list[str]:
    """A cookie or consent banner: its prose, its buttons, or both (boilerplate)."""
    first, second = rng.sample(CONSENT_PURPOSES, 2)
    prose = rng.choice(
        (
            f"We use cookies to {first} and to {second}.",
            f"We use cookies to {first}. By continuing to browse, you agree to our use of cookies.",
            f"This website uses cookies to {first}. Learn more in our cookie policy.",
            f"We and our partners use cookies and similar technologies to {first} and {second}.",
            f"By clicking 'Accept all', you agree to the storing of cookies on your device to {first}.",
            f"{site_name(rng, real)} uses cookies to {first}. You can change your settings at any time.",
            "We value your privacy",
            f"Your privacy matters to us. We use cookies to {first}.",
        )
    )
    buttons = rng.sample(CONSENT_BUTTONS, rng.randint(1, 3))
    shape = rng.random()
    if shape < 0.4:
        return [prose, *buttons]
    if shape < 0.7:
        return [prose]
    return buttons if rng.random() < 0.5 else [" | ".join(buttons)]


def tip_line(rng: random.Random, real: RealText) -> list[str]:
    """A site's request for news tips (boilerplate)."""
    mail, phone, platform = _mail(rng, real), _phone(rng), rng.choice(PLATFORMS)
    how = rng.choice(TIP_HOWS).format(mail=mail, phone=phone, platform=platform)
    return [f"{rng.choice(TIP_ASKS)} {how}"]


def body_look_alike(rng: random.Random, real: RealText) -> list[str]:
    """A story's own sentence about cookies, or a police appeal for information (body)."""
    if rng.random() < 0.5:
        return [rng.choice(COOKIE_STORY)]
    tail = rng.choice(APPEAL_TAILS).format(phone=_phone(rng), mail=_mail(rng, real))
    return [f"{rng.choice(APPEAL_OPENINGS)} {tail}"]


OUTSIDE_SHARE = 0.25


def add_outside_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """Consent banners and tip requests (boilerplate), at the edges or between paragraphs, and
    their look-alikes in the body. Called with an RNG of its own, after the other classes."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out
    makers = ((consent_banner, "boilerplate"), (tip_line, "boilerplate"), (body_look_alike, "body"))
    for maker, kind in makers:
        if rng.random() < OUTSIDE_SHARE:
            index = rng.choice((0, len(out), rng.randint(1, len(out) - 1)))
            if kind == "body":
                index = rng.randint(1, len(out) - 1)  # a sentence of the story, never at its edges
            out[index:index] = [(text, kind) for text in maker(rng, real)]
    return out


# --- Junk outlet-grouped cross-validation still kept (issue 10, q10): written here, none copied. ---
# Teasers in capitals behind a short kicker and a colon, whose headline after the colon
# has an article or a finite verb ("KICKER: THESE TOWNS ARE ..."): the article and the verb
# read as a subhead's grammar without them. A live blog's controls at the top of the body,
# a site's note on its editorial standards and newsletter prose at the end (boilerplate).

KICKER_NOUNS = (
    "WATCH", "CRISIS", "FALLOUT", "SHOWDOWN", "SQUEEZE", "TURMOIL", "ALERT", "DEBATE", "UPDATE",
    "DIVIDE", "RESCUE", "BACKLASH", "FRENZY", "RECKONING",
)  # fmt: skip
KICKER_PLACES = ("REGIONS", "CITIES", "COUNTIES", "AIRLINES", "RETAILERS", "LENDERS", "SCHOOLS", "TOWNS")
KICKER_THINGS = ("RENTS", "TAXES", "FEES", "WAGES", "FARES", "BILLS", "PREMIUMS", "TUITION COSTS")
KICKER_CLAUSES = (
    "WHERE {things} ARE CLIMBING THE FASTEST",
    "THE {places} THAT COULD FEEL IT FIRST",
    "WHAT THE {object} MEANS FOR YOU",
    "IS A {object} ON THE WAY?",
    "HOW THE {subject} PLANS TO RESPOND",
    "THE BIGGEST JUMP IN A DECADE",
    "EVERYTHING WE KNOW ABOUT THE {object}",
    "WHY THE {object} IS STALLING",
    "A {subject} IS FIGHTING BACK",
    "THE {subject} HAS A NEW PLAN",
    "WHO WILL PAY FOR THE {object}?",
    "{things} COULD DOUBLE BY NEXT YEAR",
)
KICKER_SUBJECTS = ("BUDGET", "HOUSING MARKET", "TOURISM", "FARM BELT", "AUTO INDUSTRY", "JOB MARKET")
KICKER_SETBACKS = ("STUMBLES", "SLOWS", "TAKES A HIT", "STALLS", "LOSES STEAM")


def _kicker(rng: random.Random, real: RealText) -> str:
    names = _proper_nouns(real, rng, 1)
    return f"{(names[0] if names else rng.choice(TOPICS)).upper()} {rng.choice(KICKER_NOUNS)}"


def _kicker_clause(rng: random.Random) -> str:
    return rng.choice(KICKER_CLAUSES).format(
        places=rng.choice(KICKER_PLACES),
        things=rng.choice(KICKER_THINGS),
        object=rng.choice(OBJECTS).upper(),
        subject=rng.choice(SUBJECTS).upper(),
    )


def clause_subhead(rng: random.Random) -> list[tuple[str, str]]:
    """A teaser's headline alone, without its kicker: a subhead in capitals (body). Taught
    only behind a kicker, its words ("WHAT THE ... MEANS") took long subheads in capitals."""
    return [(_kicker_clause(rng), "body")]


def kicker_teaser(rng: random.Random, real: RealText) -> list[tuple[str, str]]:
    """A teaser in capitals: a kicker of two words or a setback, a colon, then a headline with
    an article or a finite verb, or a few words of a training article's sentence (promo)."""
    clause = _kicker_clause(rng)
    if rng.random() < 0.3:
        clause = _caps_words(real, rng, 4, 8)
    if rng.random() < 0.3:
        names = _proper_nouns(real, rng, 1)
        head = f"{(names[0] if names else rng.choice(TOPICS)).upper()}'S {rng.choice(KICKER_SUBJECTS)}"
        return [(f"{head} {rng.choice(KICKER_SETBACKS)}: {clause}", "promo")]
    return [(f"{_kicker(rng, real)}: {clause}", "promo")]


# Only the controls a story never writes: a lone "Live", "Latest" or "See all" is a label
# of many kinds of page, body too (a short line of L3S such as "See above").
LIVE_CONTROLS = (
    "Key events", "Show key events only", "Please turn on JavaScript to use this feature",
    "Load more updates", "Show more updates", "Jump to latest update",
)  # fmt: skip
# No "this story" or "this article" in them: a story's own sentences say it, and taught as
# junk words they took a reporter's contact line that L3S labels body.
STANDARDS_NOTES = (
    "Our Standards: The {site} Trust Principles.",
    "Our standards: The {site} editorial guidelines.",
    "Read more about our editorial standards.",
    "Learn how {site} checks its reporting.",
    "Why you can trust {site}",
    "{site} follows strict editorial standards and a published corrections policy.",
    "Our Standards: How we report the news.",
)
NEWSLETTER_PROSE = (
    "Get the {topic} newsletter for the week's biggest stories, delivered to your inbox every {day}.",
    "Sign up for {site}'s {topic} newsletter, a free weekly guide to what matters in {topic_lower}.",
    "Our {topic} newsletter brings you the day's top stories every weekday morning. It's free.",
    "Want the news before breakfast? The {site} morning newsletter has you covered.",
    "The {topic} Briefing brings the stories you need to know in one email every {day}. Sign up here.",
    "Enjoyed reading? Get more like it in our free {topic} newsletter.",
    "{site} {topic}: a newsletter on {topic_lower}, sent every {day} | Sign up",
)


def live_controls(rng: random.Random) -> list[str]:
    """A live blog's controls above its posts: one to three, in the order a page shows them."""
    return sorted(rng.sample(LIVE_CONTROLS, rng.randint(1, 3)), key=LIVE_CONTROLS.index)


def standards_note(rng: random.Random, real: RealText) -> list[str]:
    return [rng.choice(STANDARDS_NOTES).format(site=site_name(rng, real))]


def newsletter_prose(rng: random.Random, real: RealText) -> list[str]:
    topic = rng.choice(TOPICS)
    text = rng.choice(NEWSLETTER_PROSE).format(
        topic=topic, topic_lower=topic.lower(), site=site_name(rng, real), day=rng.choice(DAYS)
    )
    return [text]


# How often a synthetic copy gets a kicker teaser, and each of the other classes here.
KICKER_SHARE = 0.3
REMAINING_SHARE = 0.2


def add_remaining_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """A kicker teaser in capitals between paragraphs (promo) and a headline of its kind alone
    (body, a subhead); a live blog's controls at the top, a standards note or newsletter prose
    near the end (boilerplate); as many paragraphs split into sentences (body). Own RNG stream."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out
    if rng.random() < KICKER_SHARE:
        index = rng.randint(1, len(out) - 1)
        out[index:index] = kicker_teaser(rng, real)
        index = rng.randint(1, len(out) - 1)
        out[index:index] = clause_subhead(rng)
    if rng.random() < REMAINING_SHARE * 0.5:
        out[0:0] = [(text, "boilerplate") for text in live_controls(rng)]
    for maker in (standards_note, newsletter_prose):
        if rng.random() < REMAINING_SHARE:
            index = rng.choice((len(out), len(out), rng.randint(1, len(out) - 1)))
            out[index:index] = [(text, "boilerplate") for text in maker(rng, real)]
    # As many short real sentences as junk lines added: the copies' share of junk, which the
    # model reads as a prior, stays about as it was (a higher one took borderline short body
    # lines of L3S pages).
    for _ in range(sum(kind != "body" for _, kind in out) - sum(kind != "body" for _, kind in lines)):
        out = split_a_paragraph(out, rng)
    return out


# --- Short subheads in mixed case (issue 10, stop 22): written here, none copied. A story's
# own section heads ("The board's answer", "Costs", "Who is Dana Ortiz?") between its
# paragraphs are body, also where a piece of furniture (an ad label, a share line) sits
# just before or after them: the model met short mixed-case lines almost only as teasers
# and menu words, and removed subheads beside furniture and L3S pages' short subheads.

SUBHEAD_NOUNS = (
    "plan", "deal", "vote", "record", "response", "defense", "numbers", "timeline", "risks", "critics",
    "background", "reaction", "future", "legacy", "costs", "case", "investigation", "season", "market",
)  # fmt: skip
SUBHEAD_FORMS = (
    "{Noun}",
    "The {noun}",
    "{Name}'s {noun}",
    "The {name} {noun}",
    "Who is {name}?",
    "What {name} said",
    "{Noun} and {noun2}",
    "A question of {noun}",
    "Inside the {noun}",
    "{Name} responds",
    "Looking at the {noun}",
    "How the {noun} works",
)
MIXED_SUBHEAD_SHARE = 0.35
FURNITURE_BESIDE_SUBHEAD = 0.35


def mixed_subhead(rng: random.Random, real: RealText) -> str:
    """A short section head in sentence case, from a name of the training articles and a stock noun."""
    names = _proper_nouns(real, rng, 1) or [rng.choice(NAMES).split()[-1]]
    noun, noun2 = rng.sample(SUBHEAD_NOUNS, 2)
    form = rng.choice(SUBHEAD_FORMS)
    return form.format(Noun=noun.capitalize(), noun=noun, noun2=noun2, Name=names[0], name=names[0])


def add_mixed_subheads(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """In some copies, 1 to 3 mixed-case subheads (body) before paragraphs of prose, a piece of
    furniture (boilerplate) beside some of them; own RNG stream."""
    if not real.sentences or rng.random() >= MIXED_SUBHEAD_SHARE:
        return lines
    paragraphs = [
        index for index, (text, kind) in enumerate(lines) if kind == "body" and len(text.split()) > 15
    ]
    if len(paragraphs) < 3:
        return lines
    chosen = set(rng.sample(paragraphs[1:], min(len(paragraphs) - 1, rng.randint(1, 3))))
    out: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        if index in chosen:
            block = [(mixed_subhead(rng, real), "body")]
            if rng.random() < FURNITURE_BESIDE_SUBHEAD:
                furniture = (boilerplate(rng)[0], "boilerplate")
                block = [furniture, *block] if rng.random() < 0.5 else [*block, furniture]
            out.extend(block)
        out.append(line)
    return out


# --- Widgets and teasers an outside tester's own dumps kept (issue 10, stop 23): written
# here, none copied (the tester's dumps are not in ../shared either). Junk: a scoreboard
# widget at the edge of the page (status, then score lines), "Next up:" teasers, shopping
# teasers in capitals, a quotes provider's delay notice, a section label above the story,
# an obituary's guest-book buttons, a reader-comment thread under the story. Their body
# look-alikes: a story's results announced by a sentence, sentences on trading halts,
# funerals and comments, as the story writes them.

TEAMS = (
    "Kings", "Hawks", "Rovers", "Falcons", "Pioneers", "Wolves", "Comets", "Mariners", "Bears",
    "Rangers", "Stallions", "Otters", "Lancers", "Titans", "Storm", "Miners",
)  # fmt: skip
SCORE_STATUS = (
    "Final",
    "FINAL",
    "Final/OT",
    "F/SO",
    "Final (OT)",
    "FT",
    "7:30 PM ET",
    "Q3 4:12",
    "Top 6th",
    "Half",
)
SCOREBOARD_HEADS = ("Scores", "Scoreboard", "Live scores", "NHL Scores", "Latest scores", "Today's games", "")
RESULT_INTROS = (
    "Results on {day}:",
    "{day}'s results:",
    "Elsewhere in the league on {day}:",
    "The other games on {day} ended this way:",
    "Scores from the first round:",
)
NEXT_UP_LABELS = ("Next up:", "Up next:", "NEXT UP:", "Coming up:", "Next story:", "Read next:")
PRODUCTS = (
    "LAPTOP", "TV", "HEADPHONE", "AIR FRYER", "MATTRESS", "ROBOT VACUUM", "SMARTWATCH", "TABLET",
    "GAMING CHAIR", "COFFEE MAKER", "PHONE", "CAMERA", "SOUNDBAR", "TOOL",
)  # fmt: skip
SALE_EVENTS = (
    "BLACK FRIDAY",
    "CYBER MONDAY",
    "PRIME DAY",
    "LABOR DAY",
    "PRESIDENTS' DAY",
    "MEMORIAL DAY",
    "HOLIDAY",
)
SHOPPING_TEASERS = (
    "THE BEST {event} {product} DEALS WE'VE FOUND SO FAR",
    "{event} {product} DEALS YOU CAN STILL SHOP TODAY",
    "OUR FAVORITE {products} ARE UP TO {pct}% OFF RIGHT NOW",
    "SHOP THE {n} BEST {event} {product} SALES",
    "EARLY {event} DEALS: SAVE {pct}% ON {products}",
    "THE {product} WE RECOMMEND IS ON SALE FOR {event}",
    "{n} {product} DEALS WORTH BUYING BEFORE {event} ENDS",
    "DON'T MISS THESE {event} {product} DISCOUNTS",
    "EVERY {event} {product} DEAL WE'D ACTUALLY BUY",
)
QUOTE_PROVIDERS = (
    "FactSet",
    "Morningstar",
    "Refinitiv",
    "ICE Data Services",
    "Dow Jones Market Data",
    "Xignite",
)
DELAY_NOTICES = (
    "Market data delayed by {m} minutes.",
    "Quotes delayed at least {m} minutes.",
    "Market data provided by {provider}. Quotes delayed {m} minutes.",
    "Data delayed {m} minutes unless otherwise indicated.",
    "Prices as of {time}; delayed by at least {m} minutes.",
    "Stock quotes are delayed {m} minutes. Powered by {provider}.",
    "Real-time prices for {exchange} stocks; other quotes delayed {m} min.",
    "All quotes delayed a minimum of {m} minutes. See terms of use.",
)
SECTION_WORDS = (
    "CRIME", "COURTS", "POLITICS", "EDUCATION", "BUSINESS", "HEALTH", "SCIENCE", "WEATHER", "TRAFFIC",
    "ENTERTAINMENT", "ARTS", "CULTURE", "FOOD", "TRAVEL", "LOCAL NEWS", "WORLD", "NATION", "SPORTS",
    "MONEY", "TECH", "ELECTIONS", "ENVIRONMENT", "REAL ESTATE", "PUBLIC SAFETY", "GOVERNMENT", "LIFESTYLE",
)  # fmt: skip
GUEST_BOOK_BUTTONS = (
    "Sign the guest book", "View guest book", "Send flowers", "Share a memory", "Light a candle",
    "Leave a condolence", "Plant a tree", "Offer condolences", "View full obituary", "Send a card",
    "Add a photo", "Share this obituary",
)  # fmt: skip
OBITUARY_SENTENCES = (
    "Visitation will be held from 4 to 7 p.m. {day} at {place} Funeral Home.",
    "Memorial contributions may be made to the {place} Food Bank.",
    "A celebration of life is planned for {day} at {place} Community Church.",
    "She is survived by her husband of 52 years, three children and seven grandchildren.",
    "He was preceded in death by his parents and a brother.",
)
COMMENT_HEADS = (
    "Comments", "{n} Comments", "Join the conversation", "Reader comments ({n})", "Conversation",
    "Comments are closed.", "Show comments", "Most popular comments",
)  # fmt: skip
COMMENT_USERS = (
    "riverrat77",
    "JaneQPublic",
    "truthseeker_22",
    "oldtimer",
    "mkelly",
    "Concerned Citizen",
    "dave_b",
)
COMMENT_META = (
    "{user} · {n} hours ago",
    "{user} wrote:",
    "{user} {n}h",
    "Reply",
    "{n} Likes",
    "Report",
    "Reply · {n}",
)
COMMENT_TEXTS = (
    "This is exactly why nobody trusts the {subject} anymore.",
    "Great article, thanks for covering this!",
    "So who ends up paying for all of this? Us, as usual.",
    "I live near {place} and nobody ever asked us.",
    "lol good luck with that",
    "Finally some common sense.",
    "Same story every year. Nothing changes.",
    "Does anyone actually believe this?",
    "My neighbor went through the same thing last year, it took months.",
    "Well said {name}. Couldn't agree more.",
    "Sad. Just sad.",
    "Typical. Follow the money.",
)
COMMENT_LOOK_ALIKES = (
    "More than 400 residents left comments on the city's website before the vote.",
    "Readers wrote in by the hundreds after the first story ran in {day}'s paper.",
    "Public comment on the plan closes on {day}, the agency said.",
)
TRADING_LOOK_ALIKES = (
    "Trading in the company's shares was halted for {m} minutes after the filing.",
    "The exchange said a glitch delayed the opening bell by {m} minutes.",
    "Data from the regulator showed the delay cost traders about {m} minutes of activity.",
)
WIDGET_SHARE = 0.08
# The classes written into the copies. Tried and left out (stop 23, paired CV at seed 0):
# all seven took 7-9 more L3S body lines than the line model without them (short lines at
# the top or the end, sports results: "See above", "Final Score: X 95, Y 79"), at the same dev
# F1. The scoreboard, the section label, guest-book buttons and comment threads stay
# written here for the next attempt.
WIDGET_CLASSES = ("next_up", "shopping", "delay")


def _team_pair(rng: random.Random) -> tuple[str, str]:
    home, away = rng.sample(TEAMS, 2)
    return home, away


def score_line(rng: random.Random) -> str:
    """One game's score, as a widget or a story's list of results prints it."""
    home, away = _team_pair(rng)
    high = rng.randint(1, 9)
    low = rng.randint(0, high - 1)
    return rng.choice(
        (
            f"{home} {high}, {away} {low}",
            f"{home} {high}, {away} {low} (OT)",
            f"{home} {high}, {away} {low} (SO)",
            f"{home} {high} {away} {low}",
            f"{away} {low}, {home} {high}",
        )
    )


def scoreboard(rng: random.Random) -> list[str]:
    """A scoreboard widget: a head, then games, each with its status beside it or on the
    line above (junk). A bare score line without a status is a story's result: body."""
    out = [rng.choice(SCOREBOARD_HEADS) or "Scores"]
    for _ in range(rng.randint(2, 4)):
        status, game = rng.choice(SCORE_STATUS), score_line(rng)
        out.extend(rng.choice(([status, game], [f"{status}: {game}"], [f"{game} {status}"])))
    return out


def story_results(rng: random.Random) -> list[str]:
    """Results a story announces with a sentence, or one alone between its paragraphs
    (body: results ARE the story here)."""
    if rng.random() < 0.4:
        return [score_line(rng)]
    intro = rng.choice(RESULT_INTROS).format(day=rng.choice(DAYS))
    return [intro, *(score_line(rng) for _ in range(rng.randint(2, 5)))]


def next_up(rng: random.Random, real: RealText) -> list[str]:
    return [f"{rng.choice(NEXT_UP_LABELS)} {real.title(rng)}"]


def shopping_teaser(rng: random.Random) -> list[str]:
    product = rng.choice(PRODUCTS)
    return [
        rng.choice(SHOPPING_TEASERS).format(
            event=rng.choice(SALE_EVENTS),
            product=product,
            products=product + ("ES" if product.endswith("CH") else "S"),
            pct=rng.choice((20, 25, 30, 40, 50, 60)),
            n=rng.randint(5, 40),
        )
    ]


def delay_notice(rng: random.Random) -> list[str]:
    return [
        rng.choice(DELAY_NOTICES).format(
            m=rng.choice((10, 15, 15, 20)),
            provider=rng.choice(QUOTE_PROVIDERS),
            time=_time(rng),
            exchange=rng.choice(("Nasdaq", "NYSE", "Cboe")),
        )
    ]


def section_label(rng: random.Random) -> list[str]:
    """A section's label above the story: "CRIME & COURTS", "POLITICS", "Local News | Traffic"."""
    first, second = rng.sample(SECTION_WORDS, 2)
    label = rng.choice((f"{first} & {second}", first, f"{first} | {second}", f"{first} & {second}"))
    return [label if rng.random() < 0.7 else label.title()]


def guest_book(rng: random.Random) -> list[str]:
    return rng.sample(GUEST_BOOK_BUTTONS, rng.randint(1, 4))


def comment_thread(rng: random.Random, real: RealText) -> list[str]:
    """A reader-comment thread: a head, then comments, each with its user line and buttons."""
    n = rng.randint(2, 140)
    out = [rng.choice(COMMENT_HEADS).format(n=n)]
    names = _proper_nouns(real, rng, 2) or ["Mike"]
    for _ in range(rng.randint(1, 4)):
        user = rng.choice(COMMENT_USERS)
        text = rng.choice(COMMENT_TEXTS).format(
            subject=rng.choice(SUBJECTS), place=rng.choice(PLACES), name=rng.choice(names)
        )
        metas = [meta.format(user=user, n=rng.randint(1, 30)) for meta in rng.sample(COMMENT_META, 2)]
        out.extend([metas[0], text, *metas[1:]] if rng.random() < 0.7 else [text, *metas])
    return out


def widget_look_alikes(rng: random.Random, real: RealText) -> list[str]:
    """Sentences of a story on what the widgets above are about (body)."""
    places = _proper_nouns(real, rng, 1) or [rng.choice(PLACES)]
    template = rng.choice((*OBITUARY_SENTENCES, *COMMENT_LOOK_ALIKES, *TRADING_LOOK_ALIKES))
    return [template.format(day=rng.choice(DAYS), place=places[0], m=rng.choice((10, 15, 20, 45)))]


def add_widget_classes(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """The widgets and teasers above, each in some copies where a page puts them (junk), a
    story's announced results and look-alike sentences between paragraphs (body), and as
    many paragraphs split into sentences as junk lines added. Own RNG stream."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out

    def middle() -> int:
        return rng.randint(1, len(out) - 1)

    def edge() -> int:
        return rng.choice((0, len(out)))

    placed = {
        "scoreboard": (lambda: scoreboard(rng), "boilerplate", edge),
        "next_up": (lambda: next_up(rng, real), "promo", lambda: rng.choice((middle(), len(out)))),
        "shopping": (lambda: shopping_teaser(rng), "promo", lambda: rng.choice((middle(), len(out)))),
        "delay": (
            lambda: delay_notice(rng),
            "boilerplate",
            lambda: rng.choice((len(out), len(out), middle())),
        ),
        "section": (lambda: section_label(rng), "boilerplate", lambda: 0),
        "guest_book": (lambda: guest_book(rng), "boilerplate", lambda: len(out)),
        "comments": (lambda: comment_thread(rng, real), "boilerplate", lambda: len(out)),
    }
    for name in WIDGET_CLASSES:
        make, kind, where = placed[name]
        if rng.random() < WIDGET_SHARE:
            index = where()
            out[index:index] = [(text, kind) for text in make()]
    if "scoreboard" in WIDGET_CLASSES and rng.random() < WIDGET_SHARE * 2:
        index = middle()
        out[index:index] = [(text, "body") for text in story_results(rng)]
    if rng.random() < WIDGET_SHARE * 2:
        index = middle()
        out[index:index] = [(text, "body") for text in widget_look_alikes(rng, real)]
    for _ in range(sum(kind != "body" for _, kind in out) - sum(kind != "body" for _, kind in lines)):
        out = split_a_paragraph(out, rng)
    return out


# --- Video descriptions in a lead's grammar, between paragraphs (issue 10, stop 24). ---
# Held out by outlet, the model kept a video's description that retells the story in a
# lead's words: a named subject with an organisation and a role, a verb in the present,
# then a full clause ("The Harbor Bank chief economist warns the region is heading into
# a downturn."), first under the subtitle or between paragraphs. A report tells the same
# in the past, with the day ("... warned on Monday that ..."): that is the contrast
# taught here, a present verb of captions against a past report of the same clause.
# The clause is a real sentence of the training articles; the verbs are the captions'
# ones (`CAPTION_VERBS` of the line model's caption grammar, less "says": wire copy
# leads with it). Nothing copied from a corpus.
# (singular, plural, what joins the clause): a verb of speech takes it whole ("warns the
# region is ..."), a verb of a show's panel takes it behind "how", "why", "news that".
DESCRIPTION_VERBS = (
    ("warns", "warn", ("", " that")), ("argues", "argue", ("", " that")),
    ("predicts", "predict", ("", " that")), ("explains", "explain", (" why", " how")),
    ("discusses", "discuss", (" how", " why", " reports that")),
    ("weighs in on", "weigh in on", (" news that", " reports that", " whether")),
    ("reacts to", "react to", (" news that", " reports that")),
    ("breaks down", "break down", (" how", " why")),
)  # fmt: skip
REPORT_FORMS = (
    "{who} warned on {day} that {clause}",
    "{who} said {day} that {clause}",
    "{who} told reporters on {day} that {clause}",
    "{who} argued in a note to clients that {clause}",
    "{who} predicted last week that {clause}",
    "{who} said {clause}",
)
VIDEO_DESCRIPTION_SHARE = 0.25


def _speaker(rng: random.Random, real: RealText) -> str:
    """A named subject as a caption or a report names it: organisation, role, name."""
    site, role, name = site_name(rng, real), rng.choice(ROLES), rng.choice(NAMES)
    return rng.choice(
        (
            f"{site} {role} {name}",
            f"The {site} {role}",
            f"{site} {role} {name} and {rng.choice(ROLES)} {rng.choice(NAMES)}",
            f"{role.capitalize()} {name}",
        )
    )


def _clause(real: RealText, rng: random.Random) -> str:
    """A real sentence as a clause: its first letter lower-cased unless a name, no closing stop."""
    sentence = real.sentence(rng).rstrip(".!?")
    first = sentence.split(" ", 1)[0]
    return sentence if first[1:2].isupper() or first in ("I", "U.S.") else sentence[:1].lower() + sentence[1:]


def video_description(rng: random.Random, real: RealText) -> list[str]:
    """A video's description retelling a story's sentence in the present (caption)."""
    who = _speaker(rng, real)
    singular, plural, joins = rng.choice(DESCRIPTION_VERBS)
    verb = plural if " and " in who else singular
    that = rng.choice(joins)
    tail = rng.choice((".", ".", ".", f" on '{rng.choice(SHOWS)}.'"))
    return [f"{who} {verb}{that} {_clause(real, rng)}{tail}"]


def report_of_a_view(rng: random.Random, real: RealText) -> list[str]:
    """The same named subject and clause, told as a report in the past (body)."""
    form = rng.choice(REPORT_FORMS)
    return [form.format(who=_speaker(rng, real), day=rng.choice(DAYS), clause=_clause(real, rng)) + "."]


def add_video_descriptions(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """A video's description in a lead's grammar, first or between paragraphs (caption), a
    report of a view in the past between paragraphs (body), and as many paragraphs split
    into sentences as junk lines added. Own RNG stream."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out
    added = 0
    if rng.random() < VIDEO_DESCRIPTION_SHARE:
        index = rng.choice((0, rng.randint(1, len(out) - 1), rng.randint(1, len(out) - 1)))
        out[index:index] = [(text, "caption") for text in video_description(rng, real)]
        added += 1
    if rng.random() < VIDEO_DESCRIPTION_SHARE:
        index = rng.randint(1, len(out) - 1)
        out[index:index] = [(text, "body") for text in report_of_a_view(rng, real)]
    for _ in range(added):
        out = split_a_paragraph(out, rng)
    return out


# --- Embedded social posts (issue 10, stop 26). ---
# A page's embedded post reaches a paragraph scraper as its text, its picture's link and
# the line that signs it: the story quotes it, so all of it is body (as the dev dumps
# label their embedded tweets). Its text reads like a teaser ("NEW: ...", a headline),
# and it often sits right under a run of links to other stories: the model
# must learn that the post's marks ("post", `embedded_post_features`) outweigh that.
# Every text here is written from the templates of this module; no corpus text.
POST_SHARE = 0.15
POST_OPENINGS = ("NEW: ", "BREAKING: ", "JUST IN: ", "UPDATE: ", "", "", "")
POST_SENTENCES = (
    "Crews are still on the scene near {place}. Please avoid the area tonight.",
    "Huge crowd here in {place} this morning.",
    "What a night in {place}!",
    "Thank you to everyone who came out today. We are not done yet.",
    "Officials say the road near {place} will stay closed until at least {day}.",
    "This is what the line looked like at 6 a.m. in {place}.",
    "We'll have more on this at the top of the hour.",
    "Proud of this team. See you {day}.",
)
POST_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
POST_HANDLE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"
POST_LINK_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _post_handle(rng: random.Random, name: str) -> str:
    base = "".join(char for char in name.lower() if char.isalnum())
    style = rng.random()
    if style < 0.4:
        return base
    if style < 0.7:
        return base[: rng.randint(4, max(4, len(base)))] + "".join(rng.choices(POST_HANDLE_CHARS, k=2))
    return "".join(word[:1].upper() + word[1:] for word in name.split() if word.isalpha()) or base


def _post_link(rng: random.Random) -> str:
    code = "".join(rng.choices(POST_LINK_CHARS, k=10))
    return rng.choice((f"pic.twitter.com/{code}", f"https://t.co/{code}", f"http://t.co/{code}"))


def embedded_post(rng: random.Random) -> list[str]:
    """An embedded post as a scraper takes it: its text (with its picture's link, or not),
    then the line that signs it ("— Name (@handle) March 3, 2021", or an Instagram
    post's "A post shared by ...")."""
    name = rng.choice((*NAMES, *OUTLETS))
    handle = _post_handle(rng, name)
    if rng.random() < 0.5:
        # In sentence case, as posts are written: a post in capitals taught the model that
        # lines in capitals are body, and teasers in capitals stayed (tests/transforms).
        headline = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
        text = rng.choice(POST_OPENINGS) + headline[:1].upper() + headline[1:]
    else:
        text = rng.choice(POST_SENTENCES).format(place=rng.choice(PLACES), day=rng.choice(DAYS))
    month, day, year = rng.choice(POST_MONTHS), rng.randint(1, 28), rng.randint(2010, 2025)
    if rng.random() < 0.2:  # Instagram: no link on the text, the signature under it
        hour, minute = rng.randint(1, 12), rng.randint(0, 59)
        signature = (
            f"A post shared by {name} (@{handle.lower()}) on {month[:3]} {day}, {year}"
            f" at {hour}:{minute:02d}{rng.choice(('am', 'pm'))} {rng.choice(('PST', 'PDT', 'EST', 'EDT'))}"
        )
        return [text, signature]
    links = rng.choice((1, 1, 2, 0))
    text = " ".join([text, *(_post_link(rng) for _ in range(links))])
    signature = f"{rng.choice(('—', '—', '–', '-'))} {name} (@{handle}) {month} {day}, {year}"
    return [text, signature]


def add_embedded_posts(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """An embedded post between paragraphs (body), in half of those copies right under a
    run of links to other stories (promo), and as many paragraphs split into sentences as
    junk lines added. Own RNG stream."""
    out = list(lines)
    if len(out) < 2 or rng.random() >= POST_SHARE:
        return out
    index = rng.randint(1, len(out) - 1)
    post = [(text, "body") for text in embedded_post(rng)]
    run = headline_list(rng, real) if rng.random() < 0.5 else []
    out[index:index] = run + post
    for _ in range(len(run)):
        out = split_a_paragraph(out, rng)
    return out


# --- Calls, labels and teaser labels of a blind tester's dumps (stop 27). ---
# Kept by the model on outlets it never saw: a teaser behind a label it had no example of
# ("ALSO READ: ...", "READ: ...", "Lees ook:" over a headline), a station's or a paper's
# call to the reader at the story's end (where to get more news, where to send a tip, a
# player's "Watch the trailer"), and an event's label in capitals with its year above the
# story. The look-alikes are a story's own schedule (items with a time, under a heading
# that says what to watch) and sentences that ask readers for information in a report's
# voice. Written here, none copied from a corpus or the tester's set.
CALL_SHARE = 0.1
TEASER_LABELS = ("ALSO READ:", "READ:", "READ ALSO:", "Also Read:", "ALSO SEE:", "Lees ook:", "Lees ook")
STATION_PLUGS = (
    "For the latest news, weather and sports, head to {station}.",
    "For more local news and live video, go to {station}.",
    "Stay with {station} for updates on this developing story.",
    "Get the latest headlines and forecasts on the {station} app.",
    "Watch {station} News at 6 for the full story.",
)
TIP_LINES = (
    "Have a story? Send it to us on WhatsApp {phone}",
    "Got a news tip? Email us at {mail}",
    "Seen something newsworthy? Message us on WhatsApp {phone}",
    "Submit {things} to {mail} by {hour} p.m.",
    "Send your {things} to {mail}",
    "Have a tip for our newsroom? Call {phone}",
)
PLAYER_CALLS = (
    "Watch the trailer", "Watch the video", "Where to watch", "Listen to the episode",
    "Watch the full interview", "Listen to the podcast", "Watch: the trailer", "Play the video",
)  # fmt: skip
# A share button's label in the story's language, above or under it (boilerplate).
SHARE_LABELS = (
    "Deel dit artikel", "Deel dit bericht", "Partager cet article", "Condividi questo articolo",
    "Artikel teilen", "Compartir este artículo", "Compartilhe esta notícia", "Share this story",
)  # fmt: skip
SUBMISSIONS = ("scores", "photos", "results", "news tips", "letters", "event listings")
EVENT_LABELS = ("ELECTION", "BUDGET", "WORLD CUP", "WINTER STORM", "PRIMARY", "MIDTERMS", "OLYMPICS", "VOTE")
SCHEDULE_HEADINGS = (
    "What to watch {day}", "Coming up {day}", "On the calendar", "Key events this week",
    "The day ahead", "What's next",
)  # fmt: skip
SCHEDULE_EVENTS = (
    "Jobless claims for the week", "Consumer prices for {month}", "Housing starts for {month}",
    "Council budget hearing", "Fed governor speaks in {place}", "Retail sales for {month}",
    "School board vote on the calendar", "Factory orders for {month}",
)  # fmt: skip
APPEAL_SENTENCES = (
    "Police asked anyone with information to call the tip line at {phone}.",
    "Residents can send comments on the plan to the county by {day}.",
    "The family asked that donations be sent to a food bank in {place}.",
    "Anyone who saw the crash is asked to contact investigators.",
)


def _phone(rng: random.Random) -> str:
    return f"0{rng.randint(700, 799)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def _mail(rng: random.Random) -> str:
    return (
        f"{rng.choice(('news', 'tips', 'sports', 'desk'))}@{rng.choice(OUTLETS).lower().replace(' ', '')}.com"
    )


def teaser_behind_label(rng: random.Random, real: RealText) -> list[str]:
    label = rng.choice(TEASER_LABELS)
    if label.endswith(":") and rng.random() < 0.6:
        return [f"{label} {real.title(rng)}"]
    return [label, real.title(rng)]


def reader_call(rng: random.Random) -> list[str]:
    kind = rng.random()
    if kind < 0.35:
        return [rng.choice(STATION_PLUGS).format(station=rng.choice(STATIONS))]
    if kind < 0.7:
        return [
            rng.choice(TIP_LINES).format(
                phone=_phone(rng), mail=_mail(rng), things=rng.choice(SUBMISSIONS), hour=rng.randint(8, 11)
            )
        ]
    return [rng.choice(PLAYER_CALLS)]


def event_label(rng: random.Random) -> list[str]:
    return [f"{rng.choice(EVENT_LABELS)} {rng.randint(2020, 2030)}"]


def schedule(rng: random.Random) -> list[str]:
    """A story's schedule: a heading, then events with their times (body)."""
    day, month = rng.choice(DAYS), rng.choice(POST_MONTHS)
    out = [rng.choice(SCHEDULE_HEADINGS).format(day=day)]
    for _ in range(rng.randint(2, 4)):
        event = rng.choice(SCHEDULE_EVENTS).format(month=month, place=rng.choice(PLACES))
        out.append(
            rng.choice((f"{event}, {_time(rng)} ET", f"{event} at {_time(rng)} ET", f"{event}, {_time(rng)}"))
        )
    return out


def appeal_sentence(rng: random.Random) -> list[str]:
    return [
        rng.choice(APPEAL_SENTENCES).format(phone=_phone(rng), day=rng.choice(DAYS), place=rng.choice(PLACES))
    ]


def add_reader_calls(
    lines: list[tuple[str, str]], rng: random.Random, real: RealText
) -> list[tuple[str, str]]:
    """Teasers behind labels between paragraphs (promo), calls to the reader near the end
    (promo), an event's label at the top and a share button's label (boilerplate); a
    schedule and an appeal for information between paragraphs (body); and as many
    paragraphs split into sentences as junk lines added. Own RNG stream."""
    out = list(lines)
    if not (real.titles and real.sentences) or len(out) < 2:
        return out

    def middle() -> int:
        return rng.randint(1, len(out) - 1)

    if rng.random() < CALL_SHARE:
        index = middle()
        out[index:index] = [(text, "promo") for text in teaser_behind_label(rng, real)]
    if rng.random() < CALL_SHARE:
        index = rng.choice((len(out), len(out), max(1, len(out) - 1)))
        out[index:index] = [(text, "promo") for text in reader_call(rng)]
    if rng.random() < CALL_SHARE / 2:
        out[0:0] = [(text, "boilerplate") for text in event_label(rng)]
    if rng.random() < CALL_SHARE / 2:
        index = rng.choice((0, 1, len(out)))
        out[index:index] = [(rng.choice(SHARE_LABELS), "boilerplate")]
    if rng.random() < CALL_SHARE:
        index = middle()
        out[index:index] = [(text, "body") for text in appeal_sentence(rng)]
    if rng.random() < CALL_SHARE:
        index = middle()
        out[index:index] = [(text, "body") for text in schedule(rng)]
    for _ in range(sum(kind != "body" for _, kind in out) - sum(kind != "body" for _, kind in lines)):
        out = split_a_paragraph(out, rng)
    return out
