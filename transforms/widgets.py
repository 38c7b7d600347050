"""Page widgets and small print saved with a story's text, each by an exact syntax (before the
line model): a stock ticker's quotes, a gallery's counters and a credit repeated alone under
its caption, pull quotes that repeat a sentence of the body, the legal small print under a
sign-up form (the terms agreed to, the use made of the address), a metered paywall's count and
a Creative Commons republishing note.

    >>> kept, removed = drop_widget_lines(["In This Article:", "^DJI +0.71%", "NVDA +4.12%", "Stocks rose."])
    >>> kept, [removal.text for removal in removed]
    (['Stocks rose.'], ['In This Article:', '^DJI +0.71%', 'NVDA +4.12%'])
    >>> drop_widget_lines(["Stocks mentioned:", "AAPL", "+1.20%", "TSLA", "-0.85%", "Stocks fell."])[0]
    ['Stocks fell.']

What stays: a story's own figures ("S&P 500: 6,102.77, up 38.91 (+0.64%)", "CPI +0.3%"
alone), a fraction alone ("1/2"), a quote said once, a sentence about someone agreeing to
terms, a sentence about a licence.
"""

from __future__ import annotations

import re
from collections import Counter

from transforms.article import Removal, RemovalKind

# --- a stock ticker: "NVDA +4.12%", "^DJI +0.71%", "BRK.B 412.10 -0.35%" ----------------------
# A quote widget prints a symbol in capitals and the day's change with its sign and two
# decimals; a story writes "+0.3%" or a sentence. One quote alone is a ticker only when
# its symbol is an index's ("^DJI"); otherwise two or more in a row make the widget. A
# page's text saves each part of a quote on a line of its own as often as on one line:
# "^DJI", then "+0.71%" (the price, when shown, between them).
_SYMBOL = r"(?P<caret>\^)?[A-Z][A-Z0-9]{0,5}(?:[.=-][A-Z]{1,2})?"
_PRICE = r"\d[\d,]*\.\d{2}"
_CHANGE = r"[+\-−]\d{1,4}\.\d{2}\s?%"
TICKER_RE = re.compile(rf"^{_SYMBOL}(?:\s+{_PRICE})?\s+{_CHANGE}$")
SYMBOL_RE = re.compile(rf"^{_SYMBOL}$")
PRICE_RE = re.compile(rf"^{_PRICE}$")
CHANGE_RE = re.compile(rf"^{_CHANGE}$")
# A quote's line, or any part of it, is short: "BRK.B 412.10 -0.35%" is 19 characters.
MAX_QUOTE_CHARS = 40
# The widget's label right above it: a few words closed by ":" ("In This Article:", "Stocks mentioned:").
MAX_TICKER_LABEL_WORDS = 4


def _quotes(lines: list[str]) -> list[tuple[int, int, bool]]:
    """Each quote's lines (start, end) and whether its symbol is an index's: a quote on one
    line, or its symbol, price and change on lines of their own."""
    quotes = []
    index = 0
    while index < len(lines):
        if len(lines[index]) > MAX_QUOTE_CHARS:  # a paragraph: no regex
            index += 1
            continue
        match = TICKER_RE.match(lines[index])
        end = index + 1
        if match is None and (match := SYMBOL_RE.match(lines[index])) is not None:
            if end < len(lines) and PRICE_RE.match(lines[end]):
                end += 1
            if end < len(lines) and CHANGE_RE.match(lines[end]):
                end += 1
            else:
                match, end = None, index + 1
        if match is not None:
            quotes.append((index, end, match.group("caret") is not None))
        index = end
    return quotes


def _ticker_lines(lines: list[str]) -> set[int]:
    quotes = _quotes(lines)
    found: set[int] = set()
    for at, (start, end, index_symbol) in enumerate(quotes):
        beside = (at > 0 and quotes[at - 1][1] == start) or (
            at + 1 < len(quotes) and quotes[at + 1][0] == end
        )
        # Under the widget's label, one quote is the widget too ("In This Article:", "TSM", "+2.40%").
        if beside or index_symbol or (start > 0 and _is_ticker_label(lines[start - 1])):
            found.update(range(start, end))
    for index in sorted(found):
        above = index - 1
        if above >= 0 and above not in found and _is_ticker_label(lines[above]):
            found.add(above)
    return found


def _is_ticker_label(line: str) -> bool:
    """A few words closed by ":" and no figure: "In This Article:", "Stocks mentioned:"."""
    return (
        line.endswith(":")
        and len(line.split()) <= MAX_TICKER_LABEL_WORDS
        and not any(map(str.isdigit, line))
    )


# --- a gallery's counter: "1 / 8", "Photo 3 of 12" -------------------------------------------
GALLERY_COUNTER_RE = re.compile(
    r"^(?:(?P<first>\d{1,3})\s+/\s+(?P<total>\d{1,3})"
    r"|(?:photo|image|picture|slide)\s+(?P<first2>\d{1,3})\s*(?:of|/)\s*(?P<total2>\d{1,3}))$",
    re.IGNORECASE,
)


def is_gallery_counter(line: str) -> bool:
    """
    >>> [is_gallery_counter(x) for x in ("1 / 8", "Photo 3 of 12", "Slide 2/5")]
    [True, True, True]
    >>> [is_gallery_counter(x) for x in ("1/2", "9 / 8", "1 / 1", "Chapter 1 of 3", "3 of 4")]
    [False, False, False, False, False]
    """
    match = GALLERY_COUNTER_RE.match(line)
    if match is None:
        return False
    first = int(match.group("first") or match.group("first2"))
    total = int(match.group("total") or match.group("total2"))
    return 1 <= first <= total and total >= 2


# --- a credit repeated alone: "Marc Lester / ADN" under "... (Marc Lester / ADN)" -------------
BRACKETED_CREDIT_RE = re.compile(r"\(([^()]{3,60})\)\W*$")
MAX_CREDIT_WORDS = 8


def _repeated_credits(lines: list[str]) -> set[int]:
    """Lines that are exactly the credit another line of the body closes with in brackets."""
    credits = set()
    for line in lines:
        if line.endswith(")") or line.endswith(")."):
            match = BRACKETED_CREDIT_RE.search(line)
            if match is not None and "/" in match.group(1):
                credits.add(match.group(1).strip())
    if not credits:
        return set()
    return {
        index
        for index, line in enumerate(lines)
        if line.strip() in credits and len(line.split()) <= MAX_CREDIT_WORDS
    }


# --- a pull quote: a quote alone that repeats a sentence of the body ---------------------------
_OPEN_QUOTES = "\"“„«‘'"
_CLOSE_QUOTES = "\"”“»’'"
_QUOTE_CHARS = str.maketrans({char: '"' for char in "“”„«»"} | {"‘": "'", "’": "'"})
MIN_PULL_QUOTE_WORDS = 4
MAX_PULL_QUOTE_WORDS = 40
_TRAILING = " .,!?;:…—–-"
_SENTENCE_ENDS = ".!?…"


_QUOTE_PAIRS = (*((char, '"') for char in "“”„«»"), ("‘", "'"), ("’", "'"))


def _normalized(text: str) -> str:
    """The text's words in lower case, one space apart, its curly quotes straight: what
    `str.translate(_QUOTE_CHARS)` gives, by a `replace` per quote the text holds (translate
    looks each character up in a dict, ~10 x slower on a body's text)."""
    for char, straight in _QUOTE_PAIRS:
        if char in text:
            text = text.replace(char, straight)
    return " ".join(text.split()).lower()


def _pull_quotes(lines: list[str]) -> set[int]:
    """Lines that are wholly one quoted sentence of `MIN_PULL_QUOTE_WORDS` words or more,
    standing alone once, whose words stand in a longer line of the body (the quote the story
    reports, with its speaker)."""
    candidates = []
    for index, line in enumerate(lines):
        text = line.strip()
        if len(text) < 8 or text[0] not in _OPEN_QUOTES:
            continue
        inner = text.rstrip(_TRAILING)
        if not inner or inner[-1] not in _CLOSE_QUOTES:
            # "“Not now.”" ends on its quote; a stop after the quote is also the quote's.
            continue
        inner = inner[1:-1].strip()
        if inner[-1:] not in _SENTENCE_ENDS:
            continue  # a phrase in quotes heads a section ("‘We need to listen’"): a subhead
        inner = inner.rstrip(_TRAILING)
        if any(char in inner for char in '"“”„«»'):
            continue  # two quotes, or a quote with its speaker: a paragraph of the story
        count = len(inner.split())
        if MIN_PULL_QUOTE_WORDS <= count <= MAX_PULL_QUOTE_WORDS:
            candidates.append((index, _normalized(inner)))
    if not candidates:
        return set()
    # A line said again and again on its own is dialogue ("I would prefer not to."): a pull
    # quote stands alone once.
    alone = Counter(said for _, said in candidates)
    candidates = [(index, said) for index, said in candidates if alone[said] == 1]
    # The body normalized as one text is its lines' normalized texts joined by spaces: a quote
    # another line holds is found in it more often than in its own line. Most quotes are not
    # (found in C), and spare normalizing every line and the walk over them.
    body = _normalized("\n".join(lines))
    candidates = [
        (index, said)
        for index, said in candidates
        if body.count(said) > _normalized(lines[index]).count(said)
    ]
    if not candidates:
        return set()
    normalized = [_normalized(line) for line in lines]
    return {
        index
        for index, said in candidates
        if any(
            other != index and len(normalized[other]) > len(said) + 2 and said in normalized[other]
            for other in range(len(lines))
        )
    }


# --- small print and the paywall's count --------------------------------------------------------
# Under a sign-up form: "By submitting your information you agree to the Terms & Conditions and
# Privacy Policy", "By providing an email address. I agree to the Terms of Use ...": the act of
# signing up, the reader's agreement, and the site's terms or privacy policy by their names; the
# same in Spanish, French, German and Italian ("Al suscribirte aceptas nuestra política de
# privacidad", "En vous inscrivant, vous acceptez ...", "Mit Ihrer Anmeldung akzeptieren Sie ...").
SMALL_PRINT_RE = re.compile(
    r"^\W{0,3}(?:by\s+(?:submitting|providing|entering|signing\s+up|clicking|registering|subscribing"
    r"|creating\s+an?\s+account|tapping)"
    r"|al\s+(?:suscribirte|suscribirse|registrarte|registrarse|hacer\s+clic)|en\s+(?:vous\s+(?:inscrivant|abonnant)|cliquant)"
    r"|mit\s+(?:ihrer|deiner|der)\s+(?:anmeldung|registrierung)|(?:iscrivendoti|registrandoti|cliccando))\b",
    re.IGNORECASE,
)
# What the site does with the reader's sign-up, under the same form: "We use your sign-up to provide
# content in ways you've consented to ...", "We will use your email address only to send you our
# newsletter ...": its use of the address, in its own voice, to send or provide what was signed up for.
SIGNUP_USE_RE = re.compile(
    r"^\W{0,3}we\s+(?:will\s+|may\s+|only\s+)?(?:use|process|store)\s+(?:your\s+)?(?:sign-?ups?|e-?mail(?:\s+address)?"
    r"|details|registration|personal\s+(?:data|information))\s+(?:only\s+)?(?:to|for)\s+(?:send|provide|deliver"
    r"|sending|providing|delivering|improv)",
    re.IGNORECASE,
)
_AGREEMENT_RE = re.compile(
    r"\b(?:agree|accept|consent|acknowledge|acept|akzeptier|stimm|accett|consenti)", re.IGNORECASE
)
_TERMS_RE = re.compile(
    r"\b(?:terms\s+(?:of\s+(?:use|service)|(?:&|and)\s+conditions)|privacy\s+(?:policy|notice|statement)"
    r"|pol[ií]tica\s+de\s+privacidad|t[ée]rminos\s+y\s+condiciones|politique\s+de\s+confidentialit[ée]"
    r"|conditions\s+g[ée]n[ée]rales|datenschutz\w*|nutzungsbedingungen|informativa\s+(?:sulla\s+)?privacy"
    r"|termini\s+e\s+condizioni)\b",
    re.IGNORECASE,
)
# "You have 2 free articles remaining this month.", "This is your last free article.",
# "You've reached your free article limit": the paywall's count of what is left to read.
PAYWALL_COUNT_RE = re.compile(
    r"^\W{0,3}(?:you\s+have\s+(?:\d{1,2}|no|one|two|three|four|five)\s+(?:more\s+)?(?:free\s+)?"
    r"(?:articles?|stories|story|views?|reads?)\s+(?:left|remaining)\b"
    r"|this\s+is\s+your\s+(?:last|final)\s+free\s+(?:article|story)\b"
    r"|you(?:['’]ve|\s+have)\s+reached\s+(?:your|the)\s+(?:\w+\s+)?(?:free\s+)?(?:article|story|reading)\s+limit\b)",
    re.IGNORECASE,
)
# "This story is republished under a Creative Commons license": the licence the site gives
# its story, in its own voice, with or without the newsroom's line before it.
_REPUBLISH_RE = re.compile(
    r"\brepublish(?:ed|ing)?\b.{0,80}\bcreative\s+commons\b|\bcreative\s+commons\b.{0,80}\brepublish"
    r"|\b(?:this|our)\s+(?:story|article|work)\s+(?:is|was)\s+(?:licensed|published|available)\s+under\s+"
    r"(?:an?\s+)?creative\s+commons\b",
    re.IGNORECASE,
)
# A sentence about a note (", the company said") reports it.
_REPORTED_RE = re.compile(
    r"\b(?:said|says|told|according\s+to|reported|wrote|ruled|argued|claimed"
    r"|dijo|afirmó|a\s+(?:dit|déclaré|affirmé|expliqué)|sagte|erklärte|ha\s+detto)\b",
    re.IGNORECASE,
)
MAX_SMALL_PRINT_WORDS = 60


def is_small_print(line: str) -> bool:
    """The site's small print: terms agreed to by signing up, the paywall's count, a
    Creative Commons republishing note.

    >>> is_small_print("By submitting your details you agree to the Terms & Conditions and Privacy Policy.")
    True
    >>> is_small_print("By signing the lease, tenants agreed to the terms of the contract.")
    False
    >>> is_small_print("We use your sign-up to provide content in ways you've consented to.")
    True
    >>> is_small_print("We use your feedback to improve the paper, the editor said.")
    False
    >>> is_small_print("You have 2 free articles remaining this month. Subscribe now for just 99¢.")
    True
    >>> is_small_print("You have two options left, the coach told him.")
    False
    >>> is_small_print("The Ledger: this story is republished under a Creative Commons licence.")
    True
    >>> is_small_print("The museum put 2,000 images under a Creative Commons license, its director said.")
    False
    """
    # The anchored patterns first: they fail at a line's first words, and most lines fail them.
    if SMALL_PRINT_RE.match(line):
        if _AGREEMENT_RE.search(line) is None or _TERMS_RE.search(line) is None:
            return False
    elif (
        not PAYWALL_COUNT_RE.match(line)
        and not SIGNUP_USE_RE.match(line)
        and not ("ommons" in line and _REPUBLISH_RE.search(line))
    ):
        return False
    words = len(line.split(None, MAX_SMALL_PRINT_WORDS))
    return words <= MAX_SMALL_PRINT_WORDS and not _REPORTED_RE.search(line)


# The first two letters, lower case, of SMALL_PRINT_RE's, PAYWALL_COUNT_RE's and
# SIGNUP_USE_RE's openings ("by submitting", "al suscribirte", "en vous inscrivant", "mit
# Ihrer Anmeldung", "iscrivendoti", "registrandoti", "cliccando", "we use", "you have",
# "this is your"): a set test spares most lines the patterns (first letters alone let
# every line opening "The", "A", "In", "We" ... through).
_SMALL_PRINT_OPENINGS = frozenset({"by", "al", "en", "mi", "is", "re", "cl", "we", "yo", "th"})


# --- a most-read box: "I PIÙ LETTI", then a few headlines -------------------------------------
# The box's heading, alone on its line in any case, in the languages of the dumps. Its words
# are the whole line; "Most read of all was the mayor's letter." is a sentence.
MOST_READ_HEADINGS = frozenset(
    {
        "most read", "most-read", "most read stories", "i più letti", "più letti", "i più letti di oggi",
        "meistgelesen", "meistgelesene artikel", "lo más leído", "lo más leido", "les plus lus",
        "les articles les plus lus", "mais lidas", "as mais lidas", "mais lidas da semana",
        "meest gelezen", "najczęściej czytane", "najchętniej czytane",
    }
)  # fmt: skip
# The longest heading and its marks: a length test spares every paragraph the set lookup.
MAX_MOST_READ_CHARS = 32
# The box's links under it: short lines that end no sentence. Two or more make the list; a
# lone short line under the heading may be the story's subhead, left to the model.
MAX_HEADLINE_WORDS = 14
MIN_LIST_HEADLINES = 2
MAX_LIST_HEADLINES = 10


def is_most_read_heading(line: str) -> bool:
    """
    >>> is_most_read_heading("I PIÙ LETTI"), is_most_read_heading("Most read:")
    (True, True)
    >>> is_most_read_heading("Most read of all was the mayor's letter.")
    False
    """
    return len(line) <= MAX_MOST_READ_CHARS and line.strip(" :•*-–—|").casefold() in MOST_READ_HEADINGS


def _most_read_boxes(lines: list[str]) -> set[int]:
    """The lines of each most-read box: its heading, and the headlines under it when
    two or more short unfinished lines follow it."""
    boxes: set[int] = set()
    for index, line in enumerate(lines):
        if len(line) > MAX_MOST_READ_CHARS or not is_most_read_heading(line):
            continue
        boxes.add(index)
        items: list[int] = []
        for after in range(index + 1, min(len(lines), index + 1 + MAX_LIST_HEADLINES)):
            item = lines[after].rstrip(_CLOSING_MARKS)
            if item[-1:] in _SENTENCE_ENDS or len(item.split(None, MAX_HEADLINE_WORDS)) > MAX_HEADLINE_WORDS:
                break
            items.append(after)
        if len(items) >= MIN_LIST_HEADLINES:
            boxes.update(items)
    return boxes


_CLOSING_MARKS = "\"'”’)] "


def drop_widget_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop ticker widgets, gallery counters, credits repeated alone, pull quotes and the
    site's small print (exact syntax, before the model)."""
    junk: dict[int, RemovalKind] = {}
    # One scan of the joined body tells which rules can match at all (no line holds "\n").
    text = "\n".join(lines) + "\n"
    if "%\n" in text:  # a quote ends with its change
        junk.update(dict.fromkeys(_ticker_lines(lines), RemovalKind.BOILERPLATE))
    # A counter ends with its total.
    junk.update(
        {
            index: RemovalKind.BOILERPLATE
            for index, line in enumerate(lines)
            if line[-1:].isdigit() and is_gallery_counter(line)
        }
    )
    if ")\n" in text or ").\n" in text:
        junk.update(dict.fromkeys(_repeated_credits(lines), RemovalKind.CAPTION))
    junk.update(dict.fromkeys(_pull_quotes(lines), RemovalKind.PROMO))
    junk.update(dict.fromkeys(_most_read_boxes(lines), RemovalKind.PROMO))
    # A Creative Commons note is looked for line by line only in a body that names one.
    commons = "ommons" in text
    openings = [line.lstrip(' "“-–—•*')[:2].lower() for line in lines]
    for index in [
        index
        for index, opening in enumerate(openings)
        if opening in _SMALL_PRINT_OPENINGS or (commons and "ommons" in lines[index])
    ]:
        if is_small_print(lines[index]):
            junk[index] = RemovalKind.BOILERPLATE
    if not junk:
        return lines, []
    kept = [line for index, line in enumerate(lines) if index not in junk]
    return kept, [Removal(junk[index], lines[index]) for index in sorted(junk)]
