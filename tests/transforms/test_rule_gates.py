"""The rule steps' cheap gates (issue 10, speed) give what the plain rules give.

Each gate stands for a rule run over every line: it may pass lines the rule
then rejects, never hold back one the rule takes. Checked against the plain
computation on generated lines made of the pieces the rules read (their
openings in every case, bullets, the hints) and on the dev dumps;
`benchmarks/output_digest.py` checks the same end to end.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SHARED_CORPORA, needs_corpora
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.article import Removal, RemovalKind, join_lines, split_paragraphs
from transforms.notices import NOTICE_OPENING_RE, _may_open_notice
from transforms.site_notes import (
    _AFFILIATE_WORDS,
    _ALL_HINTS,
    _APPEAL_WORDS,
    _DELIVERED_CALL_RE,
    _NOTE_OPENING_RE,
    _NOTE_OPENINGS,
    _SIGNUP_OPENINGS,
    CALL_MARKS_ABROAD,
    COMMISSION_RE,
    CONSENT_RE,
    FOREIGN_SUPPORT_CALL_RE,
    MAX_NOTE_CHARS,
    OWN_VOICE_AFFILIATE_RE,
    PAYWALL_CALL_RE,
    READER_CALL_RE,
    SIGNUP_CALL_RE,
    SUPPORT_CALL_RE,
    SYNDICATION_RE,
    _holds_any,
    _may_open_note,
    drop_site_notes,
    is_signup_call,
    is_site_note,
)

FAST = settings(max_examples=1000, deadline=None)

# Words and marks that open or fill the notes, in several cases, with the
# characters a line may open with (bullets, quotes, dashes).
NOTE_PIECES = st.sampled_from(
    [
        " ", "  ", "\t", "\xa0", "“", "\"", "»", "•", "-", "—", "(", "[", "#", "…", "*", ".",
        "This", "this", "THIS", "the", "The", "above", "article", "story", "was", "is", "originally",
        "Originally", "first", "appeared", "published", "Republished", "republished", "with", "permission",
        "from", "A", "a", "An", "version", "of", "Portions", "parts", "produced", "by", "By", "BY",
        "continuing", "to", "use", "site", "website", "uses", "cookies", "Cookie", "cookie", "settings",
        "We", "we", "WE", "our", "Our", "and", "partners", "Accept", "all", "Reject", "Manage", "preferences",
        "Allow", "Decline", "Sign", "sign", "SIGN", "up", "for", "Subscribe", "subscribe", "Register",
        "Get", "get", "newsletter", "alerts", "may", "earn", "a", "commission", "compensation", "share of",
        "sales", "when", "you", "buy", "through", "links", "on", "said", ",", "ſign", "ſubscribe",
        "Source", "source:", ":", "www.ledger.example", "ledger.com", "https://", "/",
    ]
)  # fmt: skip
# The opening of each kind of note, in any case, after a bullet or not, then anything.
NOTE_OPENINGS = st.sampled_from(
    [
        "This article originally appeared on", "The above story was first published by",
        "A version of this story first appeared in", "An earlier version of this article was published in",
        "Portions of this article were published in", "Parts of this story first ran in",
        "Originally published on", "Republished with permission from", "This story was produced by",
        "This site uses cookies", "Our website uses cookies", "We use cookies",
        "We and our partners use cookies",
        "By continuing to use this site", "Accept all cookies", "Reject all", "Allow cookies",
        "Decline cookies", "Manage preferences", "Cookie settings", "Sign up for our newsletter",
        "Sign up to breaking news alerts", "Subscribe to our newsletter", "Register for email updates",
        "Get our newsletter", "Get the headlines", "We may earn a commission",
        "As an Amazon Associate", "Except for the headline, this story has not been edited by",
        "This article appears in the", "Get football news sent straight to your phone",
        "Log in, register or subscribe to save", "Subscribe to News24 for access",
        "Sign in or subscribe to read", "Source: www.ledger.example", "Source:", "source : ledger.com",
        "Sign up here.", "Sign in or create a free Ledger account to join the conversation",
        "Log in to comment",
        "Subscribe now to get unlimited access", "Make a donation", "Donate", "Good journalism costs",
        "Do you have a news tip?", "Got a story tip?", "Il vous reste 40% de cet article à lire",
        "La suite est réservée aux abonnés", "Cet article est réservé aux abonnés", "Abonnez-vous pour lire",
        "Inscrivez-vous à notre infolettre", "Suscríbete para seguir leyendo", "Lee sin límites",
        "Este artículo es exclusivo para suscriptores", "Regístrate a nuestro boletín",
        "Assine para continuar lendo",
        "Conteúdo exclusivo para assinantes", "Receba as notícias no seu e-mail", "Assine nossa newsletter",
        "Jetzt weiterlesen mit Ledger+", "Dieser Artikel ist nur für Abonnenten",
        "Abonnieren Sie unseren Newsletter",
        "Abbonati per continuare a leggere", "Questo articolo è riservato agli abbonati",
        "We'd love you to subscribe. Sign up today for full access",
        "Utilizamos cookies propias", "Este sitio web utiliza cookies", "Nous utilisons des cookies",
        "Ce site utilise des cookies", "Wir verwenden Cookies", "Diese Website nutzt Cookies",
        "Utilizziamo i cookie", "Questo sito utilizza cookie", "Accept and continue", "Agree and close",
        "Manage choices", "Aceptar y continuar", "Rechazar todo", "Configurar cookies", "Tout accepter",
        "Continuer sans accepter", "Gérer mes choix", "Alle akzeptieren", "Cookie-Einstellungen verwalten",
        "Nur notwendige Cookies", "Accetta tutti", "Gestisci le preferenze",
        "Thank you for subscribing", "Thanks so much for signing up", "Pin this recipe for later",
        "Print this recipe", "Did you make this recipe?", "Tried this recipe?", "Have you made this recipe?",
        "Gracias por suscribirte", "Merci de vous être inscrit", "Vielen Dank für Ihre Anmeldung",
        "Danke für deine Registrierung", "Grazie per esserti iscritta",
        "This story was produced with support from", "This reporting is supported by",
        "Our coverage of local housing is made possible in part by",
        "This series was funded with a grant from",
        # Stop 30: a comment thread's calls, a series' and a partnership's notes.
        "Have your say in the comments below", "Have your say", "Let us know what you think in the comments",
        "Join the conversation. Log in to comment", "Join the debate: register",
        "Melden Sie sich an, um zu kommentieren", "Loggen Sie sich ein, um mitzudiskutieren",
        "Connectez-vous pour réagir", "Identifiez-vous pour commenter", "Inscrivez-vous pour commenter",
        "Inicia sesión para comentar", "Identifícate para comentar", "Regístrate para dejar tu comentario",
        "Accedi per commentare", "Registrati per lasciare un commento", "Faça login para comentar",
        "Cadastre-se para comentar",
        "This article is part of a collaboration between", "This story is a partnership with",
        "This story is part of our Deep Water series. Read the rest here",
        "This article is one of Borderlands, a series; you can read more here",
        "Este artículo forma parte de la serie X. Lee el resto aquí",
        "Cet article fait partie de notre série X. Retrouvez les épisodes ici",
        "Dieser Artikel ist Teil unserer Serie X. Alle Folgen lesen Sie hier",
        "Questo articolo fa parte della serie X. Leggi tutto qui",
        "Soutenez un journalisme indépendant. Abonnez-vous", "Unterstützen Sie unabhängigen Journalismus",
        "Apoya el periodismo independiente", "Apoie o jornalismo", "Sostieni il nostro giornalismo",
    ]
)  # fmt: skip
CASES = st.sampled_from([str, str.lower, str.upper, str.title, str.swapcase])
NOTE_LINES = (
    st.lists(NOTE_PIECES, min_size=1, max_size=14).map(" ".join)
    | st.lists(NOTE_PIECES, min_size=1, max_size=14).map("".join)
    | st.builds(
        lambda bullet, case, opening, rest: f"{bullet}{case(opening)} {' '.join(rest)}",
        st.sampled_from(["", "“", "• ", "- ", "(", "…", "#", "» ", "—", "*  "]),
        CASES,
        NOTE_OPENINGS,
        st.lists(NOTE_PIECES, max_size=10),
    )
)


@FAST
@given(NOTE_LINES)
def test_the_note_opening_takes_every_line_a_note_pattern_opens(line: str) -> None:
    patterns = (
        SYNDICATION_RE,
        CONSENT_RE,
        SIGNUP_CALL_RE,
        _DELIVERED_CALL_RE,
        PAYWALL_CALL_RE,
        READER_CALL_RE,
        FOREIGN_SUPPORT_CALL_RE,
    )
    if any(pattern.match(line) for pattern in patterns):
        assert _NOTE_OPENING_RE.match(line)
    if _NOTE_OPENING_RE.match(line):
        assert _may_open_note(line)


def _plain_drop_site_notes(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """drop_site_notes as it read before its opening gate: every hint searched in the text."""
    short = [index for index, line in enumerate(lines) if len(line) <= MAX_NOTE_CHARS]
    text = "\n".join([lines[index] for index in short])
    hints = [hint for hint in _ALL_HINTS if hint in text]
    notes = {
        index
        for index in short
        if lines[index].lstrip(CALL_MARKS_ABROAD)[:2] in _SIGNUP_OPENINGS and is_signup_call(lines[index])
    }
    if hints:
        notes.update(
            index
            for index in short
            if any([hint in lines[index] for hint in hints]) and is_site_note(lines[index])
        )
    kept = [line for index, line in enumerate(lines) if index not in notes]
    return kept, [Removal(RemovalKind.BOILERPLATE, lines[index]) for index in sorted(notes)]


# Stop 30: a question to the reader, then a call (`is_signup_call` reads the call behind it):
# "¿Quieres recibir las noticias? Suscríbete a nuestro boletín."
QUESTIONS = st.sampled_from(
    [
        "Want the news?", "¿Quieres recibir las noticias cada mañana?",
        "Vous souhaitez recevoir l'essentiel ?", "Sie wollen keine Nachricht verpassen?", "Why?",
        "Who pays? The city.", "What next ?", "A?",
    ]
)  # fmt: skip
CALLS = st.sampled_from(
    [
        "Sign up for our newsletter.", "Suscríbete a nuestro boletín.", "Inscrivez-vous à notre newsletter.",
        "Abonnieren Sie unseren Newsletter.", "Subscribe now", "Log in to comment.", "The council met.",
        "sign up for our newsletter", "Get our newsletter", "Assine nossa newsletter",
    ]
)  # fmt: skip
QUESTION_LINES = st.builds(
    lambda bullet, question, space, call: f"{bullet}{question}{space}{call}",
    st.sampled_from(["", "“", "• ", "- ", "¿"]),
    QUESTIONS,
    st.sampled_from([" ", "  ", "\xa0", "\t"]),
    CALLS,
)


@FAST
@given(QUESTION_LINES)
def test_every_question_before_a_call_passes_the_gate(line: str) -> None:
    # Through the body's hints (its "?"), not an opening: drop_site_notes takes what is_signup_call takes.
    if is_signup_call(line):
        assert drop_site_notes([line]) == ([], [Removal(RemovalKind.BOILERPLATE, line)])


@FAST
@given(st.lists(NOTE_LINES.map(str.strip).filter(bool) | QUESTION_LINES, max_size=6))
def test_dropping_site_notes_is_the_plain_rule(lines: list[str]) -> None:
    assert drop_site_notes(lines) == _plain_drop_site_notes(lines)


@needs_corpora
@pytest.mark.parametrize("corpus", ["dumps-dev.jsonl", "l3s-dev/dumps.jsonl"])
def test_the_rules_are_their_plain_selves_on_the_dev_dumps(corpus: str) -> None:
    for row in (SHARED_CORPORA / corpus).read_text(encoding="utf-8").splitlines():
        lines = split_paragraphs(json.loads(row)["raw"])
        assert drop_site_notes(lines) == _plain_drop_site_notes(lines)


# Characters a line's head is made of: printable ASCII (the gate's own reading), and what it
# leaves to the regex: whitespace other than a space, curly quotes, accented letters and the
# letters the regex's case folding equates with ASCII ones ("ſ" with "s", "ı" and "İ" with "i",
# the Kelvin sign with "k").
HEAD_CHARS = st.characters(min_codepoint=32, max_codepoint=126) | st.sampled_from(
    list("\t\x0b\x1c\xa0\u2003“’éíúüçÜÇſıİ\u212a")
)


@FAST
@given(st.data())
def test_the_opening_gate_passes_every_line_an_opening_matches(data: st.DataObject) -> None:
    opening, _ = data.draw(st.sampled_from(_NOTE_OPENINGS))
    pattern = re.compile(rf"\A\W{{0,3}}(?:{opening})", re.IGNORECASE)
    line = data.draw(st.from_regex(pattern, alphabet=HEAD_CHARS))
    assert _NOTE_OPENING_RE.match(line)
    assert _may_open_note(line)


# The letters the regex's case folding equates with an ASCII letter that `str.lower` does not.
FOLDED = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a"}


@pytest.mark.parametrize("opening", sorted({text for _, texts in _NOTE_OPENINGS for text in texts}))
def test_the_opening_gate_passes_each_opening_text_in_every_case_and_folding(opening: str) -> None:
    for case in (str, str.upper, str.title, str.swapcase):
        line = case(opening) + "x "
        variants = [line, *(line.replace(ascii, folded) for ascii, folded in FOLDED.items())]
        for variant in variants:
            for marks in ("", "“", "• ", "(\"'"):
                if _NOTE_OPENING_RE.match(marks + variant + " version use. Sign up"):
                    assert _may_open_note(marks + variant + " version use. Sign up")


# What an alternative reads after its opening text, in the alternatives' order.
OPENING_RESTS = (
    "", " ", "x", "article", " above", " for the headline", "the headline", "version", " version",
    "x version", ":", " use", "in", "up", " continuing", "ing", "o", "coverage", "site",
)  # fmt: skip


def test_each_opening_text_opens_a_line_its_alternative_matches() -> None:
    # The texts are the alternatives' openings, not words of their own: each, followed by what
    # the alternative reads next, is matched by it.
    for opening, texts in _NOTE_OPENINGS:
        for text in texts:
            assert any(re.match(opening, text + rest, re.IGNORECASE) for rest in OPENING_RESTS), (
                opening,
                text,
            )


# Lines as a dump's are split: any character but a newline, blank ones among them.
DUMP_CHARS = st.sampled_from(list("ab Z9 \t\xa0\u2003\x0b\x1c\x85\r{}"))
DUMP_LINES = st.lists(st.text(alphabet=DUMP_CHARS, max_size=12))


@FAST
@given(DUMP_LINES)
def test_a_parsed_body_splits_into_what_the_plain_split_gives(lines: list[str]) -> None:
    lines = [line.replace("\r", "") for line in lines]  # a dump's lines hold no line break
    body = join_lines(lines)
    assert body == "\n".join(lines)
    assert split_paragraphs(body) == [line.strip() for line in body.split("\n") if line.strip()]


# Stop 33 (speed): the notice opening's two-letter gate and the words that gate the affiliate and
# appeal patterns. Lines drawn from the patterns themselves, in any case and folding.


@FAST
@given(st.from_regex(NOTICE_OPENING_RE, alphabet=HEAD_CHARS | st.sampled_from(list("©–—|•·*"))))
def test_the_notice_opening_gate_passes_every_line_the_opening_matches(line: str) -> None:
    if NOTICE_OPENING_RE.match(line):
        assert _may_open_notice(line)


@FAST
@given(st.data())
def test_the_affiliate_and_appeal_words_are_in_every_line_their_patterns_match(data: st.DataObject) -> None:
    pattern, words = data.draw(
        st.sampled_from(
            [
                (OWN_VOICE_AFFILIATE_RE, _AFFILIATE_WORDS),
                (COMMISSION_RE, _AFFILIATE_WORDS),
                (SUPPORT_CALL_RE, _APPEAL_WORDS),
            ]
        )
    )
    line = data.draw(st.from_regex(pattern, alphabet=HEAD_CHARS))
    if pattern.search(line):
        assert _holds_any(line, words)


@needs_corpora
@pytest.mark.parametrize("corpus", ["dumps-dev.jsonl", "l3s-dev/dumps.jsonl"])
def test_the_speed_gates_pass_every_dev_dump_line_their_patterns_take(corpus: str) -> None:
    for row in (SHARED_CORPORA / corpus).read_text(encoding="utf-8").splitlines():
        for line in split_paragraphs(json.loads(row)["raw"]):
            if NOTICE_OPENING_RE.match(line):
                assert _may_open_notice(line)
            if OWN_VOICE_AFFILIATE_RE.match(line) or COMMISSION_RE.search(line):
                assert _holds_any(line, _AFFILIATE_WORDS)
            if SUPPORT_CALL_RE.search(line):
                assert _holds_any(line, _APPEAL_WORDS)
