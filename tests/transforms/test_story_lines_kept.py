"""Real body lines of shapes the line model took for junk on dumps from sites nobody tuned for
(issue 10, stop 33): results and line-ups, the story's sentences after a call's label, subheads
in capitals with a colon in other languages, and short German sentences in a row.

Every line here is invented for this file. Each class comes with the junk of its shape, which
stays removed: a link's headline after "Read more:", a teaser in capitals, a list of tags.
Only `clean` and `parse_text_dump` are used, so each test runs on an older checkout too.
"""

from __future__ import annotations

import pytest

from transforms.parse import parse_text_dump
from transforms.pipeline import clean


def kept(title: str, subtitle: str, body: list[str]) -> list[str]:
    """The paragraphs the cleaning of a text dump of these lines keeps."""
    return list(clean(parse_text_dump("\n".join([title, subtitle, *body]), source="story.txt")).paragraphs)


# --- 1. results and line-ups ----------------------------------------------------------------

HOCKEY_TITLE = "Kings rally late to beat Blackhawks in overtime"
HOCKEY_SUBTITLE = "Adrian Kempe scored 1:12 into the extra period."
HOCKEY_LEDE = (
    "Adrian Kempe scored 1:12 into overtime and the Los Angeles Kings beat the Chicago Blackhawks 3-2 on "
    "Thursday night for their fourth win in five games."
)
HOCKEY_CLOSE = "Chicago lost its sixth straight road game and has not won in Los Angeles since 2019."


@pytest.mark.parametrize(
    "lines",
    [
        # A line-up between two paragraphs.
        ["Lines: Kopitar - Kempe - Fiala; Byfield - Danault - Moore"],
        ["Starting XI: Neuer; Kimmich, Upamecano, Kim, Davies; Goretzka, Musiala; Sane, Muller, Coman; Kane"],
        ["Aufstellung Bayern: Neuer - Kimmich, Upamecano, Kim, Davies - Goretzka - Sané, Müller - Kane"],
        ["Alineación del Madrid: Courtois; Carvajal, Militão, Rüdiger, Mendy; Valverde; Vinícius"],
        ["Line-ups: Oilers: Skinner; Ekholm, Bouchard; McDavid, Draisaitl, Hyman"],
    ],
)
def test_a_line_up_inside_the_story_stays(lines: list[str]) -> None:
    paragraphs = kept(HOCKEY_TITLE, HOCKEY_SUBTITLE, [HOCKEY_LEDE, *lines, HOCKEY_CLOSE])
    assert [line for line in lines if line not in paragraphs] == []


def test_results_under_their_heading_at_the_story_end_stay() -> None:
    results = ["Resultados:", "Real Madrid 2, Barcelona 1", "Atlético 3, Sevilla 0"]
    body = [
        HOCKEY_LEDE,
        "Kings 3, Blackhawks 2 (OT)",
        "Related: Kopitar reaches 1,300 points",
        "Bedard had a goal and an assist for Chicago, which has lost six straight on the road.",
        "Ergebnisse:",
        "Bayern 2, Dortmund 1",
        "Leipzig 3, Freiburg 0",
        *results,
    ]
    paragraphs = kept("Kings edge Blackhawks", "Kempe scores in overtime.", body)
    assert [line for line in results if line not in paragraphs] == []


@pytest.mark.parametrize("heading", ["Scores", "Around the league", "Ergebnisse"])
def test_a_heading_over_two_results_stays_with_them(heading: str) -> None:
    results = [heading, "Bruins 4, Rangers 1", "Canucks 2, Jets 0"]
    body = [
        HOCKEY_LEDE,
        "Bedard had a goal and an assist for Chicago, which has lost six straight on the road.",
    ]
    paragraphs = kept("Kings edge Blackhawks", "Kempe scores in overtime.", [*body, *results])
    assert [line for line in results if line not in paragraphs] == []


@pytest.mark.parametrize(
    "junk",
    [
        "Tags: Kopitar; Kempe; Fiala; Los Angeles Kings; Chicago Blackhawks; NHL",
        "Topics: Kings - Blackhawks - NHL - Hockey - Los Angeles",
        "Read more: Kings trade for veteran defenceman",
    ],
)
def test_a_list_of_tags_or_a_link_in_the_same_place_goes(junk: str) -> None:
    paragraphs = kept(HOCKEY_TITLE, HOCKEY_SUBTITLE, [HOCKEY_LEDE, HOCKEY_CLOSE, junk])
    assert junk not in paragraphs


# --- 2. the story's sentence after a call's label -------------------------------------------

COLD_TITLE = "City opens warming centres as cold snap arrives"
COLD_SUBTITLE = "Temperatures are expected to fall below minus 20 overnight."
COLD_BODY = [
    "The city opened six warming centres on Monday as an Arctic air mass moved into the region.",
    "Officials said the centres would stay open around the clock until Thursday at least.",
    "{line}",
    "Buses will run on a weekend schedule on Wednesday, and schools will open two hours late.",
    "The storm is expected to move east by Friday morning, forecasters said.",
]


def _cold(line: str) -> list[str]:
    return kept(COLD_TITLE, COLD_SUBTITLE, [x.format(line=line) for x in COLD_BODY])


@pytest.mark.parametrize(
    "sentence",
    [
        "Read more: officials have posted the full schedule on the city website.",
        "Lire aussi : les horaires complets ont été publiés sur le site de la mairie, a précisé l'adjoint.",
        "Leia também: os horários completos foram publicados no site da prefeitura, disse o secretário.",
        "Read more: The city has posted the full schedule of the centres on its website.",
        "Lesen Sie auch: Die Stadtwerke haben den Fahrplan für Weihnachten veröffentlicht, sagte er.",
    ],
)
def test_a_sentence_after_a_call_stays(sentence: str) -> None:
    assert sentence in _cold(sentence)


@pytest.mark.parametrize(
    "link",
    [
        "Read more: Mayor announces budget",
        "Lire aussi : Le maire présente son budget",
        "Lesen Sie auch: Bürgermeister stellt Haushalt vor",
        "Read more: the full schedule is on our website.",
        "Read more: click here for the full list of warming centres.",
    ],
)
def test_a_link_or_a_site_call_after_the_label_goes(link: str) -> None:
    assert link not in _cold(link)


# --- 3. a subhead in capitals with a colon ----------------------------------------------------

TEASER = "BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES"
CAPS_STORIES = {
    "it": (
        "Regione approva il piano per i nuovi ospedali",
        "Il documento prevede 1.200 posti letto in più entro il 2030.",
        [
            "La giunta regionale ha approvato martedì il piano di riorganizzazione della rete ospedaliera.",
            "Il testo passa ora al consiglio, che dovrà votarlo entro la fine di marzo.",
            "I NUMERI: POSTI LETTO E REPARTI",
            "Il piano prevede 1.200 posti letto in più e quattro nuovi reparti di terapia intensiva.",
            "Gli investimenti ammontano a 480 milioni di euro in cinque anni.",
            TEASER,
            "L'assessore ha detto che i primi cantieri partiranno in autunno.",
        ],
    ),
    "de": (
        "Land beschließt Plan für neue Kliniken",
        "Bis 2030 sollen 1.200 zusätzliche Betten entstehen.",
        [
            "Die Landesregierung hat am Dienstag den Klinikplan beschlossen, der nun in den Landtag geht.",
            "Hinzu kommen laufende Kosten für rund 900 zusätzliche Pflegekräfte.",
            "DIE KRITIK: KOMMUNEN FÜHLEN SICH ÜBERGANGEN",
            "Mehrere Landräte kritisierten, sie seien nicht ausreichend beteiligt worden.",
            "DIE ZAHLEN: WAS DER PLAN KOSTET",
            "Der Plan sieht Investitionen von 480 Millionen Euro in fünf Jahren vor, meist für Neubauten.",
            TEASER,
            "Die ersten Bauarbeiten sollen im Herbst beginnen, sagte der Gesundheitsminister.",
        ],
    ),
    "fr": (
        "La région adopte son plan hospitalier",
        "Le texte prévoit 1 200 lits supplémentaires d'ici à 2030.",
        [
            "Le conseil régional a adopté mardi le plan de réorganisation des hôpitaux, après un long débat.",
            "Le texte doit encore être examiné par l'agence régionale de santé avant la fin du mois de mars.",
            "LES CHIFFRES : CE QUE COÛTE LE PLAN",
            "Le plan prévoit 480 millions d'euros d'investissements sur cinq ans, la moitié pour du neuf.",
            "Il faudra aussi recruter environ 900 soignants, selon la région.",
            "LES RÉACTIONS : LES SYNDICATS DIVISÉS",
            "La CGT juge le plan insuffisant, tandis que la CFDT salue un premier pas.",
            TEASER,
            "Les premiers chantiers doivent démarrer à l'automne, selon le président de région.",
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(CAPS_STORIES))
def test_a_subhead_in_capitals_with_a_colon_stays_and_the_teaser_goes(language: str) -> None:
    title, subtitle, body = CAPS_STORIES[language]
    paragraphs = kept(title, subtitle, body)
    subheads = [line for line in body if line != TEASER and line.isupper()]
    assert subheads and [line for line in subheads if line not in paragraphs] == []
    assert TEASER not in paragraphs


@pytest.mark.parametrize(
    "teaser",
    [
        "THE LATEST: STORM KNOCKS OUT POWER TO 40,000",
        "EXCLUSIVE: GOVERNOR TO SIGN HOSPITAL BILL",
    ],
)
def test_a_teaser_in_capitals_with_a_site_label_goes(teaser: str) -> None:
    title, subtitle, body = CAPS_STORIES["de"]
    assert teaser not in kept(title, subtitle, [*body[:2], teaser, *body[2:]])


# --- 5. short German sentences in a row ------------------------------------------------------

FIRE = [
    "In einer Lagerhalle im Gewerbegebiet Nord ist in der Nacht zum Dienstag ein Feuer ausgebrochen.",
    "Die Stadt hat am Montag sechs Wärmestuben eröffnet.",
    "Mehr dazu: Die Stadtwerke haben den vollständigen Fahrplan auf ihrer Website veröffentlicht.",
    "Abonnieren Sie die Warnmeldungen, sagte die Bürgermeisterin, bevor der Sturm kommt.",
    "Lesen Sie auch: Bürgermeister stellt Haushalt vor",
    "Die Busse fahren am Mittwoch nach dem Sonntagsfahrplan.",
    "Achten Sie auf Glatteis auf Brücken, teilte die Polizei mit.",
    "Der Sturm soll bis Freitagmorgen nach Osten abziehen.",
]


def test_short_german_sentences_stay_and_the_link_goes() -> None:
    paragraphs = kept(
        "Stadt öffnet Wärmestuben wegen Kältewelle",
        "In der Nacht werden bis zu minus 20 Grad erwartet.",
        FIRE,
    )
    link = "Lesen Sie auch: Bürgermeister stellt Haushalt vor"
    assert [line for line in FIRE if line != link and line not in paragraphs] == []
    assert link not in paragraphs


def test_a_site_call_in_german_at_the_story_end_goes() -> None:
    call = "Die vollständigen Ergebnisse finden Sie hier zum Download."
    body = [
        "Die Stadt hat am Montag sechs Wärmestuben eröffnet, die bis Donnerstag geöffnet bleiben.",
        "Der Sturm soll bis Freitagmorgen nach Osten abziehen, teilte der Wetterdienst mit.",
        call,
    ]
    assert call not in kept("Stadt öffnet Wärmestuben", "In der Nacht werden minus 20 Grad erwartet.", body)
