"""Real body lines the cleaning removed on sites nobody tuned for (stop 35): a how-to's step
headings in other languages, advice that opens with a call's verb but names someone else's
mail, and the long items of a list a sentence announces (spec lines, a table's rows).

Every line here is invented for this file. Each class comes with the junk of its shape, which
stays removed: the site's own sign-up calls, numbered links, a row of the site's links under
a list, prose that closes a list.
"""

from __future__ import annotations

import pytest

from transforms.line_model import LineVerdict, announced_items, is_long_list_item
from transforms.parse import parse_text_dump
from transforms.pipeline import (
    FOREIGN_ARTICLE_RE,
    NUMBERED_HEADING_RE,
    _is_heading_line,
    _kept_subhead_count,
    announced_lists,
    clean,
    keep_announced_lists,
    keep_lone_subheads,
    keep_numbered_headings,
)
from transforms.site_notes import is_signup_call


def kept(title: str, subtitle: str, body: list[str]) -> list[str]:
    """The paragraphs the cleaning of a text dump of these lines keeps."""
    return list(clean(parse_text_dump("\n".join([title, subtitle, *body]), source="story.txt")).paragraphs)


BODY, JUNK = LineVerdict("body", 0.05), LineVerdict("promo", 0.93)

# --- 1. a how-to's step headings, each over its paragraph --------------------------------------

STEP_RUNS = {
    "de": [
        "Schritt 1: Den Verbrauch ermitteln",
        "Auf der letzten Jahresabrechnung steht, wie viele Kilowattstunden der Haushalt verbraucht hat.",
        "Schritt 2: Tarife vergleichen",
        "Vergleichsportale zeigen die Angebote, die in der eigenen Postleitzahl verfügbar sind.",
        "Schritt 3: Den neuen Vertrag abschließen",
        "Der neue Anbieter kündigt in der Regel den alten Vertrag, der Strom fließt weiter.",
    ],
    "fr": [
        "Étape 1 : rassembler les justificatifs",
        "Il faut le dernier avis d'imposition, un justificatif de domicile et une pièce d'identité.",
        "Étape 2 : remplir le formulaire en ligne",
        "Le formulaire se trouve sur le site de la caisse et prend une vingtaine de minutes à remplir.",
        "Étape 3 : suivre le dossier",
        "Une réponse arrive en général sous deux mois, par courrier ou dans l'espace personnel.",
    ],
    "es": [
        "Paso 1. Elegir la tarifa",
        "Las comercializadoras publican sus precios en la web del regulador, que permite compararlos.",
        "Paso 2. Pedir el cambio",
        "Basta con llamar a la nueva compañía con el código de suministro que figura en la factura.",
        "Paso 3. Revisar la primera factura",
        "Conviene comprobar que la potencia contratada y el precio coinciden con lo acordado.",
    ],
    "nl": [
        "Stap 1 - Kies een leverancier",
        "Op vergelijkingssites staan alle leveranciers met een vergunning en hun actuele tarieven.",
        "Stap 2 - Vergelijk de kosten",
        "Let niet alleen op de prijs per kilowattuur, maar ook op de vaste leveringskosten per maand.",
        "Stap 3 - Zeg niets zelf op",
        "De nieuwe leverancier regelt de opzegging bij de oude, zonder dat u zonder stroom komt te zitten.",
    ],
    "en": [
        "Step 1 — Gather your documents",
        "You will need your W-2 forms, any 1099 forms and last year's return to check your income.",
        "Step 2 — Check whether you qualify",
        "The free program is open to households earning up to $79,000 a year, the agency says.",
        "Step 3 — Submit and track your refund",
        "Most refunds arrive within three weeks of the confirmation email, officials said.",
    ],
}
STEP_LEDE = "Switching takes less than an hour if the latest bill is at hand, and most households save money."


@pytest.mark.parametrize("run", STEP_RUNS.values(), ids=STEP_RUNS.keys())
def test_step_headings_by_their_word_are_kept_by_the_pass(run: list[str]) -> None:
    lines = [STEP_LEDE, *run]
    verdicts = [BODY] + [JUNK if index % 2 == 0 else BODY for index in range(len(run))]
    assert [v.kind for v in keep_numbered_headings(lines, verdicts)] == ["body"] * len(lines)


def test_german_step_headings_stay_in_the_cleaned_story() -> None:
    paragraphs = kept(
        "Wie Sie Ihren Stromanbieter wechseln",
        "Ein Wechsel spart vielen Haushalten mehrere hundert Euro im Jahr",
        [
            "Wer seinen Stromanbieter seit Jahren nicht gewechselt hat, zahlt oft deutlich zu viel. Die "
            "Verbraucherzentralen raten, die Tarife jedes Jahr zu vergleichen.",
            *STEP_RUNS["de"],
            "Die Bundesnetzagentur meldet so viele Wechsel wie nie zuvor.",
        ],
    )
    assert [line for line in STEP_RUNS["de"] if line not in paragraphs] == []


@pytest.mark.parametrize(
    "lines",
    [
        # Step words over links on consecutive lines, no paragraph between: a widget's list.
        [STEP_LEDE, "Schritt 1: Jetzt registrieren", "Schritt 2: Tarif wählen", "Schritt 3: Sparen"],
        # Two step headings only: fewer than a listicle's run.
        [STEP_LEDE, "Step 1: Sign up", "Take the tour of the site.", "Step 2: Get the app", "It is free."],
    ],
)
def test_step_words_over_a_widget_s_links_stay_removed(lines: list[str]) -> None:
    verdicts = [BODY] + [JUNK if NUMBERED_HEADING_RE.match(line) else BODY for line in lines[1:]]
    assert keep_numbered_headings(lines, verdicts) == verdicts


@pytest.mark.parametrize(
    "line", ["Step 3 of 5", "Stepan 1: the early years", "Schrittweise 2: Plan", "Step 12 Days of Deals"]
)
def test_a_step_word_needs_its_number_and_a_separator(line: str) -> None:
    assert NUMBERED_HEADING_RE.match(line) is None


# --- 2. advice that opens with a call's verb ---------------------------------------------------

ADVICE = [
    "Subscribe to alerts from your bank so you know when a payment leaves your account.",
    "Sign up for text alerts from your airline so you hear about delays as soon as they are announced.",
    "Sign up for fraud alerts from the state attorney general before the holiday shopping starts.",
    "Register for email updates from a local group that tracks the river level in spring.",
    "Sign up for fraud alerts with your card issuer so a purchase abroad is not blocked.",
    "Subscribe to the weekly updates by the county health department if you care for an older relative.",
]


@pytest.mark.parametrize("sentence", ADVICE)
def test_advice_to_sign_up_for_someone_else_s_mail_is_no_call(sentence: str) -> None:
    assert not is_signup_call(sentence)


@pytest.mark.parametrize(
    "call",
    [
        "Sign up for our newsletter from the editors",
        "Get our alerts from the newsroom, straight to your phone",
        "Sign up for breaking news alerts from The Ledger.",
        "Sign up for alerts from The Ledger.",
        "Sign up for KTVN 7 breaking news alerts delivered straight to your inbox.",
        "Subscribe to our daily updates with the day's top stories",
        "Sign up for news alerts from WXYZ",
    ],
)
def test_the_site_s_own_calls_are_still_calls(call: str) -> None:
    assert is_signup_call(call)


def test_advice_sentences_stay_in_the_cleaned_story() -> None:
    paragraphs = kept(
        "Scammers are targeting holiday shoppers. Here is how to protect yourself",
        "Consumer groups say fraud reports rise every December",
        [
            "Reports of payment fraud climb every year in the weeks before the holidays, according to the "
            "Federal Trade Commission, and older shoppers lose the most money.",
            "There are simple steps that cut the risk, consumer advocates say.",
            *ADVICE[:2],
            "Follow the instructions on the recall notice and return the charger for a full refund.",
            "Download the form from the county website and mail it by Friday to have the charge reversed.",
            "Shoppers who think they have been targeted can report it to the FTC online or by phone.",
        ],
    )
    assert [line for line in ADVICE[:2] if line not in paragraphs] == []


# --- 3. a list's long items under the sentence that announces it -------------------------------

SPEC_INTRO = (
    "Kestrel has shown its first electric pickup ahead of next month's auto show, and says it will "
    "undercut its larger rivals by several thousand dollars. Among the highlights:"
)
SPEC_ITEMS = [
    "Battery choices: 82 kWh (270 miles), 105 kWh (340 miles), 120 kWh (390 miles) on the top trim",
    "Cloth seats, with vinyl floor mats for the work trim",
    "Wireless charging pad, two USB-C ports",
    "Heated steering wheel",
]
TABLE_ITEMS = [
    "Adams County: Miller 54,312 (54.1%), Ortiz 44,100 (43.9%), Lee 2,013 (2.0%), 96 of 96 precincts",
    "Brown County: Miller 31,870 (48.2%), Ortiz 33,050 (50.0%), Lee 1,190 (1.8%), 71 of 74 precincts",
    "Clark County",
]
CLOSE = (
    "The company said deliveries would begin in the Midwest in April, with the rest of the country by summer."
)


@pytest.mark.parametrize(
    "items",
    [SPEC_ITEMS, TABLE_ITEMS],
    ids=["specs", "table"],
)
def test_the_items_under_a_long_first_item_are_kept(items: list[str]) -> None:
    intro = SPEC_INTRO if items is SPEC_ITEMS else "Here is how the candidates polled in each county:"
    lines = [intro, *items, CLOSE]
    verdicts = [BODY, BODY, *[JUNK] * (len(items) - 1), BODY]
    assert [v.kind for v in keep_announced_lists(lines, verdicts)] == ["body"] * len(lines)


@pytest.mark.parametrize(
    "tail",
    [
        # Prose closes the list: the line under it is no item.
        [CLOSE, "Most read"],
        # A row of the site's links, however short its pieces.
        ["About us | Contact | Privacy policy | Terms of use | Advertise with us | Careers", "Most read"],
    ],
)
def test_lines_past_the_list_s_end_stay_removed(tail: list[str]) -> None:
    lines = [SPEC_INTRO, SPEC_ITEMS[0], *tail]
    verdicts = [BODY, BODY, BODY if tail[0] == CLOSE else JUNK, JUNK]
    assert [v.kind for v in keep_announced_lists(lines, verdicts)][2:] == [verdicts[2].kind, "promo"]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        (SPEC_ITEMS[0], True),
        (TABLE_ITEMS[0], True),
        (CLOSE, False),
        ("Follow us on Facebook | Instagram | X | TikTok | YouTube for the latest from the newsroom", False),
        (" ".join(["word"] * 25), False),
    ],
)
def test_a_long_item_ends_no_sentence_and_is_no_row_of_links(line: str, item: bool) -> None:
    assert is_long_list_item(line) is item


def test_the_model_s_list_feature_still_closes_at_a_long_line() -> None:
    lines = [SPEC_INTRO, SPEC_ITEMS[0], SPEC_ITEMS[1]]
    counts = [20, 13, 9]
    assert announced_items(lines, counts, 3) == [False, False, False]
    assert announced_items(lines, counts, 3, long_items=True) == [False, True, True]
    assert announced_lists(lines)[2] == [False, True, True]


def test_spec_lines_stay_in_the_cleaned_story() -> None:
    paragraphs = kept(
        "First look: the new Kestrel electric pickup",
        "The truck goes on sale in the spring with a starting price under $45,000",
        [
            SPEC_INTRO,
            *SPEC_ITEMS,
            "Power tailgate with a built-in step",
            "Over-the-air software updates",
            CLOSE,
        ],
    )
    assert [line for line in SPEC_ITEMS if line not in paragraphs] == []


# --- 4. a report's sentences of votes and quotes ------------------------------------------------


def test_sentences_of_votes_and_quotes_stay() -> None:
    votes = [
        'The bill passed 52-47, with two Republicans joining Democrats. "It is a good day," Smith said.',
        'The amendment failed 45-55. "We will try again next session," said Sen. Mark Ruiz, its sponsor.',
        "The committee voted 7-4 to send the bill to the floor, with one member abstaining.",
    ]
    paragraphs = kept(
        "Senate passes infrastructure bill after late-night vote",
        "The measure now heads to the House, where its fate is uncertain",
        [
            "WASHINGTON — The Senate approved a sweeping infrastructure package early Wednesday after a "
            "session that ran past midnight.",
            *votes,
            "Supporters say the package would create 800,000 jobs over a decade; critics call it too costly.",
        ],
    )
    assert [line for line in votes if line not in paragraphs] == []


# --- 5. the first of a page's short subheads, where the page has kept others -------------------

SECTION_PAGES = {
    "de": [
        "Der Bundestag hat am Freitag die Rentenreform beschlossen. Für das Gesetz stimmten 368 Abgeordnete.",
        "Die Reform sieht vor, dass das Rentenniveau bis 2031 bei 48 Prozent festgeschrieben wird.",
        "Die Reaktion der Opposition",
        "Die Union kritisierte das Gesetz scharf und kündigte Widerstand im Bundesrat an.",
        "Was sich für Rentner ändert",
        "Für Menschen, die bereits Rente beziehen, ändert sich zunächst wenig, sagt das Ministerium.",
        "Kritik der Wirtschaft",
        "Arbeitgeberverbände warnten vor steigenden Lohnnebenkosten in den kommenden Jahren.",
    ],
    "fr": [
        "L'Assemblée nationale a adopté mardi soir la loi sur les retraites, par 289 voix contre 262.",
        "Le gouvernement s'est félicité d'un vote qu'il juge indispensable pour l'équilibre du système.",
        "Ce que dit la loi",
        "Le texte relève progressivement l'âge légal de départ de 62 à 64 ans, de trois mois par an.",
        "La colère des syndicats",
        "Les syndicats ont appelé à une nouvelle journée de mobilisation jeudi dans toute la France.",
        "Le Conseil constitutionnel saisi",
        "Les députés de l'opposition ont annoncé qu'ils saisiraient le Conseil constitutionnel.",
    ],
    "es": [
        "El Congreso aprobó este jueves la ley de vivienda con 176 votos a favor y 167 en contra.",
        "La norma permitirá a las comunidades declarar zonas tensionadas para limitar los alquileres.",
        "Qué dice el gobierno",
        "La ministra de Vivienda defendió que la ley protege a las familias y notará sus efectos pronto.",
        "Las críticas de la oposición",
        "El principal partido de la oposición anunció que recurrirá la ley ante el Tribunal Constitucional.",
        "Los próximos pasos",
        "El texto pasa ahora al Senado, donde se espera que sea aprobado sin cambios antes del verano.",
    ],
}
UNSURE = LineVerdict("boilerplate", 0.88)


def section_verdicts(lines: list[str], first_head: LineVerdict = UNSURE) -> list[LineVerdict]:
    """The model's verdicts on a page of sections: its first subhead (position 2) removed, the rest kept."""
    return [first_head if index == 2 else BODY for index in range(len(lines))]


@pytest.mark.parametrize("lines", SECTION_PAGES.values(), ids=SECTION_PAGES.keys())
def test_the_first_subhead_of_a_page_with_kept_subheads_is_kept(lines: list[str]) -> None:
    assert [v.kind for v in keep_lone_subheads(lines, section_verdicts(lines))] == ["body"] * len(lines)


@pytest.mark.parametrize(
    "teaser",
    [
        "Kanzler Merz reist zum Gipfel nach Brüssel",  # a headline's grammar: a related story
        "Wer wird neuer Finanzminister?",  # a question: as often a link
        "More on the pension reform",  # the site's word
        "Lesen Sie auch: Die Rente mit 70",  # a call with its colon
        "Die wichtigsten Fragen und Antworten zur neuen Rente im Überblick",  # longer than a subhead
    ],
)
def test_a_related_link_between_the_page_s_paragraphs_stays_removed(teaser: str) -> None:
    lines = list(SECTION_PAGES["de"])
    lines[2] = teaser
    assert keep_lone_subheads(lines, section_verdicts(lines))[2].kind == "boilerplate"


def test_a_subhead_the_model_is_sure_of_stays_removed() -> None:
    lines = SECTION_PAGES["de"]
    sure = LineVerdict("boilerplate", 0.97)
    assert keep_lone_subheads(lines, section_verdicts(lines, sure))[2].kind == "boilerplate"


def test_one_kept_subhead_does_not_vouch_for_another() -> None:
    lines = SECTION_PAGES["de"][:6]
    assert keep_lone_subheads(lines, section_verdicts(lines))[2].kind == "boilerplate"


def test_a_german_page_s_first_subhead_stays_in_the_cleaned_story() -> None:
    paragraphs = kept(
        "Bundestag beschließt umstrittene Rentenreform",
        "Die Koalition setzt sich knapp durch, die Opposition kündigt Widerstand an",
        [*SECTION_PAGES["de"], "Der Bundesrat soll sich im März mit dem Gesetz befassen."],
    )
    assert "Die Reaktion der Opposition" in paragraphs


def test_a_kept_subhead_over_a_short_sentence_counts() -> None:
    lines = [*SECTION_PAGES["de"][:6], "Kritik der Wirtschaft", "Die Verbände warnen vor höheren Kosten."]
    assert _kept_subhead_count(lines, ["body"] * len(lines)) == 3


def test_kept_short_lines_between_removed_lines_are_no_subheads() -> None:
    lines = SECTION_PAGES["de"]
    kinds = ["body", "body", "body", "promo", "body", "promo", "body", "promo"]
    assert _kept_subhead_count(lines, kinds) == 0


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Die Reaktion der Opposition", True),
        ("Was sich ändert: die Fristen", False),  # a colon: a label and its value, or a call
        ("und was die Kritiker sagen", False),  # a sentence's tail, in lower case
        ("Les prochaines étapes du texte au Sénat et au Conseil constitutionnel", False),
    ],
)
def test_a_heading_line_is_short_capitalised_and_colonless(line: str, heading: bool) -> None:
    assert _is_heading_line(line) is heading


@pytest.mark.parametrize(
    ("line", "article"),
    [
        ("Ce que dit la loi", True),
        ("Die Reaktion der Opposition", True),
        ("Los próximos pasos", True),
        ("L'avenir du port", True),
        ("Los Angeles wildfire forces thousands to flee", False),
        ("El Paso shooting suspect appears in court", False),
        ("Five die in crash on Route 9", False),
        ("Stocks fall as oil prices jump", False),
        ("Kanzler reist zum Gipfel nach Brüssel", False),
    ],
)
def test_a_foreign_article_is_read_where_it_is_no_english_word(line: str, article: bool) -> None:
    assert (FOREIGN_ARTICLE_RE.search(line) is not None) is article
