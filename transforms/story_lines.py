"""Lines of a story that the line model takes for a page's junk, kept by their shape and place.

The line model reads one line and its neighbours' shapes. Four kinds of body line
share a shape with junk it learned from the dev dumps (issue 10, stop 33), and each
has a syntax a teaser or a menu lacks:

- a result, "Kings 3, Blackhawks 2 (OT)": two sides with a score each, the model's
  "no verb, capitals, a comma" of a teaser; and the short heading over a run of them
  ("Final scores", "Resultados:");
- a line-up, "Lines: Smith - Jones - Brown; Lee - Park - Diaz", "Starting XI: Neuer;
  Kimmich, ...": a label and five or more names, grouped by ";" or " - ", which the model
  reads as a label over a list of links;
- a section's subhead in capitals, "DIE ZAHLEN: WAS DER PLAN KOSTET", "LES CHIFFRES : CE QUE
  COÛTE LE PLAN": a short label led by an article, then a colon; a teaser in capitals drops
  its articles and puts its own label last ("... UKRAINE SUMMIT: LIVE UPDATES");
- a short sentence in another language, "Der Sturm soll bis Freitagmorgen nach Osten
  abziehen.": the model's sentence features count English function words and verbs only, and
  the shipped model is not retrained here; a finite verb of the sentence's own language and a
  full stop tell it from a menu's or a teaser's line.

Each is kept only inside the story: kept prose before it, and the line above it kept.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

from transforms.dates import MONTH_NAMES
from transforms.line_model import _FINITE_WORDS, _STRIP, LineVerdict, is_prose
from transforms.menus import is_page_tool
from transforms.patterns import SITE_LIST_LABELS

# "Oilers 5, Flames 4 (SO)", "Real Madrid 2, Barcelona 1", "Bayern 2, Dortmund 1 n.V.": a side
# is one to four words, its score a number of one to three figures; a note of how it was won
# may close it. A table of scores has the same cells on separate lines; those are the table
# features' matter.
SCORE_LINE_RE = re.compile(
    r"^[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,3} \d{1,3}, [^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,3} \d{1,3}"
    r"(?: ?\((?:\d?OT|SO|OT/SO|aet|a\.e\.t\.|pens?\.?|n\.V\.|i\.E\.|n\.P\.|pr\.|t\.a\.b\.?|F)\)"
    r"| n\.V\.| i\.E\.)?$"
)
SCORE_LINE_MAX_CHARS = 70
# A heading over results: a few words, or a list's intro ("Die Ergebnisse des Spieltags:").
RESULTS_HEADING_MAX_WORDS = 5
MIN_RESULT_RUN = 2

_KIND = itemgetter(0)  # a verdict's kind
_SCORE_ENDS = frozenset("0123456789).")  # how a result's line ends: its score, or a note of it
# A German quote closes with "“" („So ist es.“).
_CANDIDATE_ENDS = _SCORE_ENDS | frozenset("\"'”’»“")

# A line-up: a label of up to four words, a colon, then the names.
ROSTER_LABEL_MAX_WORDS = 4
MIN_ROSTER_NAMES = 5
ROSTER_NAME_MAX_WORDS = 3
_ROSTER_SPLIT_RE = re.compile(r"\s*(?:;|,|\s[-–—]\s)\s*")
# Lowercase particles of names: "van Dijk", "de Jong", "dos Santos".
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "dos", "das", "di", "du", "del", "la", "le", "ter"}
)
# A subhead in capitals: an article, one or two more words, a colon, then a few words.
CAPS_HEAD_MAX_WORDS = 10
_ARTICLES = frozenset(
    {"THE", "DIE", "DER", "DAS", "LE", "LA", "LES", "IL", "I", "GLI", "LO", "EL", "LOS", "LAS", "O", "OS",
     "A", "AS", "HET", "DE"}
)  # fmt: skip
# The site's words in a label: "THE LATEST: ...", "THE BIG PICTURE" is the story's, "LIVE" is not.
_CAPS_SITE_WORDS = frozenset(
    {"LATEST", "LIVE", "NEWS", "VIDEO", "WATCH", "UPDATES", "UPDATE", "BREAKING", "EXCLUSIVE", "MORE", "READ",
     "ALSO", "RELATED", "PHOTOS", "PODCAST", "OPINION", "ANALYSIS", "NEUESTE", "DIRECT", "DIRETTA", "DIRECTO"}
)  # fmt: skip


# Function words and finite verbs of German, French, Spanish, Italian and Portuguese: a short
# sentence of one of these ("Der Sturm soll bis Freitagmorgen nach Osten abziehen.") has none
# of the English ones the line model's sentence features count (`line_model._STOP_WORDS`,
# `_FINITE_WORDS`), reads to it as a menu's or a teaser's line, and a run of them at a story's
# end was removed (issue 10, stop 33). Left out: words English spells too ("die", "war", "hat",
# "also", "will", "den", "per", "non", "con", "do", "un", "et") and words of names in English
# news ("El Paso", "Los Angeles", "Las Vegas", "Des Moines", "Le Pen", "La Liga").
_FOREIGN_STOP_WORDS = frozenset(
    {
        "der", "das", "dem", "und", "mit", "auf", "von", "für", "zum", "zur", "im", "nicht", "sich",
        "bei", "nach", "aus", "wie", "noch", "ein", "eine", "einer", "einem", "einen", "dass", "oder",
        "aber", "über", "les", "du", "une", "dans", "pour", "sur", "avec", "qui", "pas", "aux",
        "cette", "leur", "del", "una", "por", "para", "que", "sus", "según", "pero", "como", "más",
        "il", "della", "delle", "degli", "che", "nel", "nella", "alla", "gli", "anche", "uma", "não",
        "dos", "pelo", "pela", "mais", "também",
    }
)  # fmt: skip
_FOREIGN_FINITE_WORDS = frozenset(
    {
        "ist", "sind", "waren", "wurde", "wurden", "wird", "werden", "hatte", "hatten",
        "haben", "kann", "soll", "sollen", "muss", "sagte", "teilte", "sei", "est", "sont", "était",
        "ont", "avait", "sera", "doit", "peut", "fue", "son", "está", "están", "era", "han", "había",
        "será", "dijo", "è", "sono", "hanno", "sarà", "stato", "foi", "são", "tem", "disse",
    }
)  # fmt: skip
_SENTENCE_FINITE_WORDS = _FINITE_WORDS | _FOREIGN_FINITE_WORDS
_FOREIGN_WORDS = _FOREIGN_STOP_WORDS | _FOREIGN_FINITE_WORDS
# Punctuation read as a space, so that a word's set lookup finds "mit." and "l'horaire"'s parts.
_PUNCTUATION_TO_SPACE = str.maketrans(dict.fromkeys("\"'“”‘’«»()[]{}.,:;!?|*•·", " "))
# A sentence of the story: up to this many words. Long ones too: the model, counting English
# words only, removed German, French and Spanish sentences of 30 words and more (stop 34).
SHORT_SENTENCE_MAX_WORDS = 80
# At most this share of its words capitalised: German capitalises nouns, a headline every word.
SHORT_SENTENCE_MAX_CAPITALS = 0.6
# The site's calls in those languages' words and English ones: "finden Sie hier", "cliquez ici".
_SITE_CALL_WORDS = frozenset(
    {"here", "click", "hier", "klicken", "ici", "cliquez", "aquí", "clic", "qui:", "clique", "newsletter",
     "download", "abonnieren", "abonnez-vous", "suscríbase", "assine", "cookies"}
)  # fmt: skip


# A quote's marks in the languages above: "...", “...”, „...“, « ... », «...», ‚...‘.
_OPENING_QUOTES = "\"'“„«‘‚ "
_CLOSING_QUOTES = "\"'”’“‘»"
_CLOSING_MARKS = _CLOSING_QUOTES + ")] "
# A quote the line above introduces ("He said:", "Merz sagte:", "Il a déclaré :"): a
# sentence of this many words or more, wholly in quotes.
MIN_QUOTE_WORDS = 4
INTRO_MAX_WORDS = 25


def is_quoted_sentence(line: str) -> bool:
    """A sentence wholly in quotes: a quote's mark first, a sentence's end inside the closing one.

    >>> [is_quoted_sentence(x) for x in ("„Wir haben keine andere Wahl.“", "«Es un día para la historia».")]
    [True, True]
    >>> [is_quoted_sentence(x) for x in ('"Storm hits coast"', "Wir haben keine andere Wahl.")]
    [False, False]
    """
    # «Es un día histórico».: Spanish puts the stop after the quote.
    stopped_after = line[-1:] == "." and line[-2:-1] in _CLOSING_QUOTES
    quote = line[:-1] if stopped_after else line
    return (
        quote[:1] in _OPENING_QUOTES
        and quote[-1:] in _CLOSING_QUOTES
        and (stopped_after or quote.rstrip(_CLOSING_MARKS)[-1:] in ".!?…")
        and len(line.split(None, MIN_QUOTE_WORDS)) > MIN_QUOTE_WORDS
    )


def introduces_a_quote(line: str) -> bool:
    """Whether a line ends with a colon that hands over to a speaker's words: two words or
    more, a sentence's length at most, not opened by a label of the site's lists ("Tags:",
    "Read more:").

    >>> [introduces_a_quote(x) for x in ("He said:", "Il a déclaré :", "The statement read:")]
    [True, True, True]
    >>> [introduces_a_quote(x) for x in ("Related stories:", "Read more:", "Quote:")]
    [False, False, False]
    """
    words = line.split()
    return (
        line[-1:] == ":"
        and 2 <= len(words) <= INTRO_MAX_WORDS
        # "Read more:" is the site's; "The statement read:" hands over.
        and words[0].strip(":,.'’").lower() not in SITE_LIST_LABELS
        and not is_page_tool(line)
    )


def reads_as_a_sentence(words: list[str]) -> bool:
    """Whether words hold a finite verb, in English or another language of the lists above
    ("has", "sagte", "ont", "fue"): a clause, not a headline's noun phrase.

    >>> reads_as_a_sentence("Die Stadtwerke haben den Fahrplan veröffentlicht.".split())
    True
    >>> reads_as_a_sentence("Mayor announces budget".split())
    False
    """
    return not _SENTENCE_FINITE_WORDS.isdisjoint([word.strip(_STRIP).lower() for word in words])


def is_short_foreign_sentence(line: str) -> bool:
    """A sentence in German, French, Spanish, Italian or Portuguese: a capital first (after
    a quote's opening mark: „Wir schaffen das.“), a full stop last, a finite verb of those
    languages or two of their function words, at
    most `SHORT_SENTENCE_MAX_CAPITALS` of its words capitalised, no label before a colon and
    none of the site's calls.

    >>> [is_short_foreign_sentence(x) for x in ("Der Sturm soll bis Freitagmorgen nach Osten abziehen.",
    ...                                          "Les bus circuleront selon l'horaire du dimanche.")]
    [True, True]
    >>> is_short_foreign_sentence("„Das ist ein guter Tag für Deutschland und für Europa.“")
    True
    >>> [is_short_foreign_sentence(x) for x in ("Die Ergebnisse finden Sie hier zum Download.",
    ...                                         "The storm moved east.", "Lesen Sie auch: Wie es geht.")]
    [False, False, False]
    """
    words = line.split()
    if not 3 <= len(words) <= SHORT_SENTENCE_MAX_WORDS or not line.lstrip(_OPENING_QUOTES)[:1].isupper():
        return False
    if line.rstrip(_CLOSING_MARKS)[-1:] != "." or line.endswith("..") or ":" in " ".join(words[:3]):
        return False
    lowered = line.lower().translate(_PUNCTUATION_TO_SPACE).split()  # in C: no call per word
    if _FOREIGN_WORDS.isdisjoint(lowered) or not _SITE_CALL_WORDS.isdisjoint(lowered):
        return False  # an English line, most often
    if _FOREIGN_FINITE_WORDS.isdisjoint(lowered) and len(_FOREIGN_STOP_WORDS.intersection(lowered)) < 2:
        return False
    return sum(word[:1].isupper() for word in words) <= SHORT_SENTENCE_MAX_CAPITALS * len(words)


def is_score_line(line: str) -> bool:
    """A result of a game: two sides, each with its score.

    >>> [is_score_line(x) for x in ("Oilers 5, Flames 4 (SO)", "Real Madrid 2, Betis 1", "Bayern 2, Mainz 1")]
    [True, True, True]
    >>> [is_score_line(x) for x in ("Page 2, Section 3 of the report", "Top 10, ranked", "Call 911, wait")]
    [False, False, False]
    """
    return (
        len(line) <= SCORE_LINE_MAX_CHARS
        and (line[-1].isdigit() or line[-1] in ").")  # most lines end otherwise: no pattern
        and ", " in line
        and SCORE_LINE_RE.match(line) is not None
    )


def is_roster_line(line: str) -> bool:
    """A line-up: a short label, a colon, and five or more names grouped by ";" or " - ".

    >>> is_roster_line("Lines: Smith - Jones - Brown; Lee - Park - Diaz")
    True
    >>> is_roster_line("Starting XI: Neuer; Kimmich, Upamecano, Kim, Davies; Goretzka, Musiala; Kane")
    True
    >>> [is_roster_line(x) for x in ("Tags: Oilers; Flames; NHL; Calgary; Edmonton", "Lines: a - b - c - d")]
    [False, False]
    >>> is_roster_line("Schedule: Monday - rest; Tuesday - practice at the rink; Wednesday - travel")
    False
    """
    label, colon, names = line.partition(":")
    if not colon or not (";" in names or " - " in names or " – " in names):
        return False
    label_words = label.split()
    if not 0 < len(label_words) <= ROSTER_LABEL_MAX_WORDS:
        return False
    if any(word.strip(".,'’-").lower() in SITE_LIST_LABELS for word in label_words):
        return False
    items = [item for item in _ROSTER_SPLIT_RE.split(names.strip()) if item]
    if len(items) < MIN_ROSTER_NAMES:
        return False
    # Each a name: one to three words, each capitalised or a name's particle; the last
    # item may carry a closing stop.
    for item in items:
        words = item.rstrip(".").split()
        if not 0 < len(words) <= ROSTER_NAME_MAX_WORDS:
            return False
        if not all(word[:1].isupper() or word in _NAME_PARTICLES for word in words):
            return False
    return True


def is_caps_section_head(line: str) -> bool:
    """A subhead in capitals: an article and one or two words, a colon, then at most a few
    words more ("I NUMERI: POSTI LETTO E REPARTI"); not a teaser, which drops its articles
    ("BIDEN HEADS TO EUROPE ...: LIVE UPDATES"), nor a label of the site's ("THE LATEST: ...").

    >>> [is_caps_section_head(x) for x in ("DIE ZAHLEN: WAS DER PLAN KOSTET", "LES CHIFFRES : CE QUE COÛTE")]
    [True, True]
    >>> is_caps_section_head("BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES")
    False
    >>> [is_caps_section_head(x) for x in ("THE LATEST: STORM HITS COAST", "The numbers: what it costs")]
    [False, False]
    """
    label, colon, rest = line.partition(":")
    if not colon:
        return False
    label_words, rest_words = label.split(), rest.split()
    return (
        2 <= len(label_words) <= 3
        and len(rest_words) > 0
        and len(label_words) + len(rest_words) <= CAPS_HEAD_MAX_WORDS
        and label_words[0] in _ARTICLES
        and line.upper() == line
        and sum(map(str.isalpha, line)) > 5
        and _CAPS_SITE_WORDS.isdisjoint(word.strip(".,!?'’") for word in [*label_words, *rest_words])
    )


# --- a line led by a label: a sentence or a price ---------------------------------------------
# A label and a colon open lines of every language's news: the story's own ("Wniosek: sąd nie
# dopatrzył się naruszeń prawa.", "Fazit: der Akku hält zwei Tage.", "Pris: 1 299 kr") and the
# page's ("Czytaj także: Nowy most w Tarnowie", "Tags: flooding, levees", "Foto: jan nowak").
# The line model learned a weight for the labels of the dev dumps only ("lab:watch"); a label
# it never saw weighs as labels do on the whole, mostly junk, and such lines were removed from
# stories in Polish and Swedish (stop 36). What tells the story's apart needs no label list:
# after a label of one or two words, a clause that goes on in lower case (a headline after a
# call's label opens with a capital, a tag list is mostly commas), or a price and nothing else
# (a shop's button names the shop, a ticker its change).
LABEL_MAX_WORDS = 2
LABELLED_CLAUSE_MIN_WORDS = 4
# A label's word that names the page's or the wire's furniture, in the languages of the rules:
# a note, a correction, a photo's or a source's credit, whatever follows in lower case.
_FURNITURE_LABELS = frozenset(
    {"note", "notes", "editor's", "editor’s", "update", "updated", "correction", "disclaimer", "source",
     "sources", "photo", "photos", "foto", "fot", "fotos", "credit", "credits", "image", "bild", "caption",
     "quelle", "fuente", "fonte", "źródło", "källa", "kilde", "bron", "advertisement", "anzeige", "sponsored",
     "ad", "anm", "ndlr", "nota", "hinweis", "uwaga", "obs"}
)  # fmt: skip
PRICE_MAX_WORDS = 6
PRICE_LABEL_MAX_WORDS = 3  # "Price as tested: $48,950", "Pris från start: 1 299 kr"
PRICE_OTHER_WORDS = 2
# A currency after or before the figure: "1 299 kr", "49,99 €", "$1,299", "1.299 zł", "R$ 99".
_CURRENCY_WORDS = frozenset(
    {"kr", "kr.", ":-", "sek", "nok", "dkk", "kronor", "kroner", "kronur", "€", "eur", "euro", "euros", "$",
     "usd", "dollars", "£", "gbp", "pounds", "zł", "zl", "pln", "złotych", "kč", "czk", "chf", "fr.", "ft",
     "huf", "lei", "ron", "lv", "bgn", "¥", "yen", "jpy", "₹", "rs", "rs.", "inr", "r$", "brl", "₺", "tl",
     "try", "aud", "cad", "nzd", "mxn", "rand", "zar"}
)  # fmt: skip
_CURRENCY_SIGNS = "€$£¥₹₺"
# A shop's button names where ("$149.99 at Amazon", "1 299 kr hos Elgiganten"): no price of the story's.
_SHOP_WORDS = frozenset({"at", "bei", "hos", "chez", "en", "su", "op", "på", "w", "via", "from", "von", "de"})


def _label_and_value(line: str, most: int = LABEL_MAX_WORDS) -> tuple[list[str], list[str]] | None:
    """A line's label (up to `most` words closed by a colon) and the words after it, or None."""
    words = line.split()
    for position, word in enumerate(words[:most]):
        if word.endswith(":") and len(word) > 1:
            label = [each.strip(_STRIP).lower() for each in words[: position + 1]]
            return label, words[position + 1 :]
        if word == ":" and position:  # French spacing, "Prix : 1 299 €"
            label = [each.strip(_STRIP).lower() for each in words[:position]]
            return label, words[position + 1 :]
    return None


def _names_furniture(label: list[str]) -> bool:
    return not SITE_LIST_LABELS.isdisjoint(label) or not _FURNITURE_LABELS.isdisjoint(label)


def is_labelled_clause(line: str) -> bool:
    """A sentence of the story after a label of one or two words: the words after the colon
    go on in lower case, four or more, and are no list of tags (fewer commas than one in three
    words), no link, no furniture's label ("Foto:", "Tags:", "Note:").

    >>> [is_labelled_clause(x) for x in ("Wniosek: sąd nie dopatrzył się naruszeń prawa.",
    ...                                  "Fazit: der Akku hält locker zwei Tage durch.")]
    [True, True]
    >>> [is_labelled_clause(x) for x in ("Czytaj także: Nowy most w Tarnowie",
    ...                                  "Taggar: flod, regn, storm, väg", "Foto: jan nowak dla gazety")]
    [False, False, False]
    """
    parts = _label_and_value(line)
    if parts is None:
        return False
    label, value = parts
    if len(value) < LABELLED_CLAUSE_MIN_WORDS or not value[0][:1].islower() or _names_furniture(label):
        return False
    return (
        line.count(",") * 3 < len(value)
        and "http" not in line
        and "www." not in line
        and "@" not in line
        and "|" not in line
    )


# An interview's question and answer under their label: "Frage: Wie lange bleibt die Filiale
# zu?", "Fråga: Hur länge blir det stängt?", "Q: How long?". The label is one of these words,
# alone before the colon ("Frage des Tages:" is a poll's); the line is a sentence or a question.
_INTERVIEW_LABELS = frozenset(
    {"q", "a", "question", "answer", "frage", "antwort", "fråga", "svar", "spørsmål", "spørgsmål",
     "pytanie", "odpowiedź", "pregunta", "respuesta", "réponse", "vraag", "antwoord", "domanda",
     "risposta", "pergunta", "resposta", "kysymys", "vastaus"}
)  # fmt: skip
_SENTENCE_ENDS = frozenset(".?!…")


def is_interview_line(line: str) -> bool:
    """An interview's question or answer under its one-word label, two words or more ending a
    sentence.

    >>> [is_interview_line(x) for x in ("Frage: Wie lange bleibt die Filiale zu?", "Svar: Ett år, ungefär.")]
    [True, True]
    >>> [is_interview_line(x) for x in ("Frage des Tages: Wie finden Sie das?",
    ...                                 "Umfrage: Wie finden Sie das?", "Q: Storm coverage")]
    [False, False, False]
    """
    label, colon, value = line.partition(":")
    return (
        bool(colon)
        and label.strip().lower() in _INTERVIEW_LABELS
        and len(value.split(None, 2)) >= 2
        and value.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_ENDS
    )


def _is_figure(word: str) -> bool:
    return any(char.isdigit() for char in word)


def _is_currency(word: str) -> bool:
    bare = word.strip(".,;()").lower()
    return bare in _CURRENCY_WORDS or (bare[:1] in _CURRENCY_SIGNS or bare[-1:] in _CURRENCY_SIGNS)


def is_price_line(line: str) -> bool:
    """A price under its label and nothing else: a figure and its currency, with at most two
    other words in lower case ("från", "per månad"), no shop's name, no change in per cent.

    >>> [is_price_line(x) for x in ("Pris: 1 299 kr", "Preis: ab 49,99 €", "Price: $1,299", "Prix : 899 €")]
    [True, True, True, True]
    >>> [is_price_line(x) for x in ("Pris: 1 299 kr hos Elgiganten", "Price: $149.99 at Amazon",
    ...                             "Bitcoin: $67,412.30 +2.35%", "Kommentare: 14", "Tags: $5, deals")]
    [False, False, False, False, False]
    """
    if "%" in line or "+" in line:
        return False
    parts = _label_and_value(line, PRICE_LABEL_MAX_WORDS)
    if parts is None:
        return False
    label, value = parts
    if not 0 < len(value) <= PRICE_MAX_WORDS or _names_furniture(label):
        return False
    if not any(map(_is_figure, value)) or not any(map(_is_currency, value)):
        return False
    others = [word for word in value if not _is_figure(word) and not _is_currency(word)]
    return len(others) <= PRICE_OTHER_WORDS and all(
        word[:1].islower() and word.lower() not in _SHOP_WORDS for word in others
    )


# A sentence of the story beside a subhead: short ones too ("Il faudra aussi recruter 900
# soignants, selon la région."), but no label or link, which ends without a stop.
SENTENCE_MIN_WORDS = 5


def _is_sentence(line: str) -> bool:
    return (
        line.rstrip("\"'”’)]")[-1:] in ".!?"
        and len(line.split(None, SENTENCE_MIN_WORDS)) >= SENTENCE_MIN_WORDS
    )


def keep_story_lines(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with each junk result, line-up, short sentence in another language and
    subhead in capitals (`is_score_line`, `is_roster_line`, `is_short_foreign_sentence`,
    `is_caps_section_head`) made body where it stands in the story: kept prose before it and
    the line above it kept (a sentence: under a kept sentence, and over a kept line or at the
    end; a subhead: kept sentences on both sides); and the short heading right over a run of
    results ("Final scores") with it.

    >>> body, junk = LineVerdict("body", 0.1), LineVerdict("boilerplate", 0.9)
    >>> prose = "Edmonton beat Calgary in a shootout on Saturday night to win its fourth straight game."
    >>> lines = [prose, "Resultados:", "Real Madrid 2, Barcelona 1", "Betis 1, Valencia 1"]
    >>> [v.kind for v in keep_story_lines(lines, [body, junk, junk, body])]
    ['body', 'body', 'body', 'body']
    >>> [v.kind for v in keep_story_lines(lines[1:], [junk, junk, body])]
    ['boilerplate', 'boilerplate', 'body']
    """
    kinds = list(map(_KIND, verdicts))  # in C
    body = kinds.count("body")
    if not body or body == len(kinds):
        return verdicts  # nothing kept or nothing removed
    last = len(lines) - 1
    filled = verdicts
    first_prose = None  # found once a junk line is a candidate: most are none
    now = kinds.copy()  # the kinds as this rule leaves them, read as the walk goes on
    for index in compress(range(len(kinds)), map("body".__ne__, kinds)):  # the junk lines, in C
        line = lines[index]
        # Inline, before any call (most junk lines stop here): a result, a sentence or a subhead
        # ends with a figure, a bracket, a stop or a quote, or holds a colon; a heading has a
        # result under it (the last line has none: it is read again, and fails again).
        if (
            line[-1] not in _CANDIDATE_ENDS
            and ":" not in line
            and lines[index + 1 - (index == last)][-1] not in _SCORE_ENDS
        ):
            continue
        if not index or now[index - 1] != "body" or now[index] == "body":
            continue  # the line above it went, or a heading kept it with its results
        keep = _kept_with(lines, kinds, index, last)
        if not keep:
            continue
        if first_prose is None:
            first_prose = next(
                (at for at, line in enumerate(lines) if kinds[at] == "body" and is_prose(line)), len(lines)
            )
        if index <= first_prose:
            continue  # above the story's first paragraph: the page's, not the story's
        if filled is verdicts:
            filled = list(verdicts)
        for at in keep:
            filled[at] = LineVerdict("body", verdicts[at].score)
            now[at] = "body"
    return filled


def _kept_with(lines: list[str], kinds: list[str], index: int, last: int) -> range:
    """The lines a junk line at `index` keeps, itself first, if it is one of the story's (an
    empty range if not); the line above it is kept."""
    line = lines[index]
    end = line[-1]
    # A result ends with its score or a note of it; a line-up's label comes first.
    score_shaped = end.isdigit() or end in ")."
    if (score_shaped and is_score_line(line)) or (":" in line[:40] and is_roster_line(line)):
        return range(0) if is_page_tool(line) else range(index, index + 1)
    above = lines[index - 1]
    opens = line[0].isupper() or line[0] in _OPENING_QUOTES
    if end in ".\"'”’»)“" and opens and is_short_foreign_sentence(line):
        # The story's sentence in another language, under a kept sentence of its own or the
        # line that introduces it ("Merz sagte:"), and over another kept line, another such
        # sentence, or nothing: the story's end.
        after = index == last or kinds[index + 1] == "body" or is_short_foreign_sentence(lines[index + 1])
        under = _is_sentence(above) or introduces_a_quote(above)
        return range(index, index + 1) if under and after else range(0)
    if ":" in line[:40] and (
        is_price_line(line)
        or ((is_labelled_clause(line) or is_interview_line(line)) and _kept_or_end(kinds, index, last))
    ):
        # The story's line after a label: a clause in lower case ("Wniosek: sąd nie dopatrzył
        # się ...") or an interview's question ("Frage: Wie lange ...?") under a kept line and
        # over another, or a price ("Pris: 1 299 kr").
        return range(0) if is_page_tool(line) else range(index, index + 1)
    if end in _CANDIDATE_ENDS and is_quoted_sentence(line) and introduces_a_quote(above):
        # A speaker's words, in any language, under the line that hands over to them ("He
        # said:"): a pull quote or a teaser stands between paragraphs, introduced by none.
        return range(index, index + 1)
    if index == last:
        return range(0)
    below = lines[index + 1]
    if end == ":" and introduces_a_quote(line) and _is_sentence(above) and is_quoted_sentence(below):
        # The line that hands over to a quote ("The statement read:"), under a sentence of the
        # story, with the quote under it in its marks; kept with it. A call's label ("Lesen Sie
        # auch:") heads a headline, which no quote's marks close on a stop.
        return range(index, index + 2)
    if ":" in line and line.isupper() and is_caps_section_head(line):
        # A subhead heads the story's next paragraph, under another of its sentences.
        heads = (
            kinds[index + 1] == "body" and _is_sentence(lines[index + 1]) and _is_sentence(lines[index - 1])
        )
        return range(index, index + 1) if heads else range(0)
    if is_score_line(lines[index + 1]) and _is_heading(line):
        # A heading over results ("Final scores", "Resultados:"): kept with them.
        run = index + 2
        while run <= last and is_score_line(lines[run]):
            run += 1
        return range(index, run) if run - index - 1 >= MIN_RESULT_RUN else range(0)
    return range(0)


def _kept_or_end(kinds: list[str], index: int, last: int) -> bool:
    """Whether the line below is kept, or there is none: the story goes on, or ends, there."""
    return index == last or kinds[index + 1] == "body"


def _is_heading(line: str) -> bool:
    """A few words with no sentence's end, or a list's intro closed by a colon."""
    words = line.split()
    return (
        0 < len(words) <= RESULTS_HEADING_MAX_WORDS
        and line[-1] not in ".!?"
        and not is_page_tool(line)
        and not any(word.strip(":").lower() in SITE_LIST_LABELS for word in words)
    )


# --- a schedule: dates, each with where ------------------------------------------------------
# A tour's dates, a season's fixtures, a visit's itinerary written as lines inside the story:
# "May 14 — Philadelphia, PA — Foundry Hall", "Sat Aug 9: Millbrook Town (a), 3pm", "14. Mai –
# Berlin, Columbiahalle", "2 de junio: Sevilla". The model reads each as a dated teaser or a
# dateline (stop 34: six of a tour's lines removed). A run of three or more of them, under a
# kept line of the story and over its next paragraph, is the story's; a dated list of links
# stands under the site's heading, which the model removes.
MIN_SCHEDULE_RUN = 3
SCHEDULE_LINE_MAX_WORDS = 20
_WEEKDAYS = frozenset(
    {"mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
     "friday", "sat", "saturday", "sun", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "samedi",
     "dimanche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lunes",
     "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"}
)  # fmt: skip
_MONTHS = frozenset(name for names in MONTH_NAMES for name in names)
_DATE_DASHES = frozenset({"—", "–", "-"})
# A schedule's first word, lower case: a weekday or a month ("May", "Sept.", "Sat"); or a figure.
_SCHEDULE_OPENINGS = frozenset({*_WEEKDAYS, *_MONTHS, *(f"{name}." for name in (*_WEEKDAYS, *_MONTHS))})
# Their first three letters, and a day's first figure: the gate read in C over the junk lines.
_SCHEDULE_PREFIXES = frozenset(name[:3] for name in _SCHEDULE_OPENINGS)
_DAY_FIGURES = frozenset("0123456789")
_FIRST_THREE = itemgetter(slice(0, 3))
_FIRST_CHAR = itemgetter(slice(0, 1))


def _day_number(word: str) -> bool:
    """ "14", "14.", "14th", "3rd,": a day of the month."""
    day = word.rstrip(".,:").removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    return day.isascii() and day.isdigit() and 1 <= int(day) <= 31  # "²" is a digit too


def schedule_date_words(line: str) -> int:
    """How many words a schedule's leading date takes, its separator included, when a place
    or an event comes after it (0 if the line is no schedule's).

    >>> [schedule_date_words(x) for x in ("May 14 — Philadelphia, PA — Foundry Hall", "Sat Aug 9: Leeds (a)",
    ...                                    "14. Mai – Berlin, Columbiahalle", "2 de junio: Sevilla")]
    [3, 3, 3, 3]
    >>> [schedule_date_words(x) for x in ("May 14, 2026", "May 14 — 7:30 p.m.", "May is the month.", "3 May")]
    [0, 0, 0, 0]
    """
    words = line.split(None, SCHEDULE_LINE_MAX_WORDS)
    if len(words) > SCHEDULE_LINE_MAX_WORDS:
        return 0
    at = 1 if words[0].strip(".,").lower() in _WEEKDAYS else 0
    if len(words) < at + 3:
        return 0
    first, second = words[at].strip(".,").lower(), words[at + 1]
    if first in _MONTHS and _day_number(second):
        at += 2
    elif _day_number(words[at]):
        if second.lower() == "de" and len(words) > at + 3:  # "2 de junio"
            at += 1
        if words[at + 1].strip(".,:").lower() not in _MONTHS:
            return 0
        at += 2
    else:
        return 0
    if at < len(words) and len(year := words[at].rstrip(":,")) == 4 and year.isascii() and year.isdigit():
        at += 1  # the year: "May 14, 2026: Boston"
    if at >= len(words):
        return 0
    if words[at - 1][-1] == ":":
        pass  # "Sat Aug 9: Millbrook Town"
    elif words[at] in _DATE_DASHES:
        at += 1
    else:
        return 0
    # A place or an event after it, not a time: "May 14 — 7:30 p.m." is a dateline.
    return at if at < len(words) and words[at][:1].isupper() else 0


def _opens_with_a_date_word(line: str) -> bool:
    """The cheap test before `schedule_date_words`: a figure or a weekday's or month's name first."""
    return line[:1].isdigit() or line.split(None, 1)[0].rstrip(",:").lower() in _SCHEDULE_OPENINGS


def _names_a_place(line: str, date_words: int) -> bool:
    """Whether a schedule's line names a place with its region: "Philadelphia, PA — Foundry
    Hall", "Jakarta, Indonesia"; an events widget's "Holiday market — Town Square" does not."""
    return "," in line.split(None, date_words)[-1]


def keep_schedule_runs(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with a run of three or more schedule lines (`schedule_date_words`) made
    body where it stands in the story: kept prose above it, the line right above it kept, and
    under it the story's next paragraph kept; or, closing the story, each line naming a place
    with its region ("Boston, MA — The Sinclair").

    >>> body, promo = LineVerdict("body", 0.0), LineVerdict("promo", 0.97)
    >>> prose = "The band will play twelve small clubs on its first tour in six years, the singer said."
    >>> dates = ["May 12 — Boston, MA — The Sinclair", "May 13 — Providence, RI — Fete Hall",
    ...          "May 14 — Philadelphia, PA — Foundry Hall"]
    >>> [v.kind for v in keep_schedule_runs([prose, *dates, prose], [body, promo, promo, promo, body])]
    ['body', 'body', 'body', 'body', 'body']
    >>> listed = ["Upcoming shows", *dates, prose]
    >>> [v.kind for v in keep_schedule_runs(listed, [promo, promo, promo, promo, body])]
    ['promo', 'promo', 'promo', 'promo', 'body']
    """
    junk = list(compress(lines, map("body".__ne__, map(_KIND, verdicts))))  # in C
    if _SCHEDULE_PREFIXES.isdisjoint(map(str.lower, map(_FIRST_THREE, junk))) and _DAY_FIGURES.isdisjoint(
        map(_FIRST_CHAR, junk)
    ):
        return verdicts  # most bodies: no junk line opens with a date's word or a figure (read in C)
    if not any(map(schedule_date_words, filter(_opens_with_a_date_word, junk))):
        return verdicts  # no junk line is a schedule's
    dated = [schedule_date_words(line) if _opens_with_a_date_word(line) else 0 for line in lines]
    filled = verdicts
    index, last = 0, len(lines)
    while index < last:
        if not dated[index]:
            index += 1
            continue
        end = index
        while end < last and dated[end]:
            end += 1
        start, index = index, end
        run = range(start, end)
        if len(run) < MIN_SCHEDULE_RUN or all(verdicts[at].kind == "body" for at in run):
            continue
        if not start or verdicts[start - 1].kind != "body":
            continue  # under the site's heading, or at the top
        if not any(verdicts[at].kind == "body" and is_prose(lines[at]) for at in range(start)):
            continue
        if end < last and verdicts[end].kind == "body":
            if not _is_sentence(lines[end]):
                continue
        elif any(verdicts[at].kind == "body" for at in range(end, last)) or not all(
            _names_a_place(lines[at], dated[at]) for at in run
        ):
            continue  # over more of the page, or dates with a headline or an event each: a page's list
        if filled is verdicts:
            filled = list(verdicts)
        for at in run:
            filled[at] = LineVerdict("body", verdicts[at].score)
    return filled


# A table saved as text: its rows, one per line, cells between bars ("S&P 500 | 5,308.15 | +1.17%").
MIN_TABLE_ROWS = 3
MIN_TABLE_BARS = 2


def table_runs(lines: list[str]) -> list[range]:
    """The runs of MIN_TABLE_ROWS lines or more with the same number of bars (MIN_TABLE_BARS or
    more): a table's rows, its header among them.

    >>> table_runs(["Intro.", "Team | W | L", "Hawks | 9 | 2", "Owls | 7 | 4", "Outro."])
    [range(1, 4)]
    >>> table_runs(["Home | News | Sports", "A story's first paragraph."])
    []
    """
    bars = [line.count("|") for line in lines]
    runs = []
    start = 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and bars[end] == bars[start]:
            end += 1
        if bars[start] >= MIN_TABLE_BARS and end - start >= MIN_TABLE_ROWS:
            runs.append(range(start, end))
        start = end
    return runs


def keep_table_runs(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with every row of a table inside the story made body when the model kept a
    row of it: kept prose above the table and right under it. The model reads a row of names
    and figures ("Diesel locomotive | Jim Kovacs, EMD SD40-2 | N") as a link to another story,
    and the passes after it spread that to the rows around; a table it kept a row of, between
    the story's paragraphs, is the story's. Rows of links under the story keep their verdicts.

    >>> body, promo = LineVerdict("body", 0.0), LineVerdict("promo", 0.9)
    >>> prose = "The contest drew 48 entries this year, up from 31 last year, the judges said."
    >>> rows = ["Steam | Ron Albers | HO", "Diesel | Jim Kovacs | N", "Diorama | Walt S | O"]
    >>> [v.kind for v in keep_table_runs([prose, *rows, prose], [body, promo, body, promo, body])]
    ['body', 'body', 'body', 'body', 'body']
    >>> [v.kind for v in keep_table_runs([prose, *rows], [body, promo, body, promo])]
    ['body', 'promo', 'body', 'promo']
    """
    if not any("|" in line for line, verdict in zip(lines, verdicts, strict=True) if verdict.kind != "body"):
        return verdicts  # most bodies: no junk line holds a bar
    filled = verdicts
    for run in table_runs(lines):
        removed = [at for at in run if verdicts[at].kind != "body"]
        if not removed or len(removed) == len(run):
            continue
        under = run.stop
        if under == len(lines) or verdicts[under].kind != "body" or not is_prose(lines[under]):
            continue  # the story does not go on under it
        if not any(verdicts[at].kind == "body" and is_prose(lines[at]) for at in range(run.start)):
            continue  # no story above it
        if filled is verdicts:
            filled = list(verdicts)
        for at in removed:
            filled[at] = LineVerdict("body", verdicts[at].score)
    return filled
