"""A site's calls and small print the cleaning kept on sites nobody tuned for (stop 34), and
the story's sentences of the same shape, which stay.

Written for this file, modelled on the shapes of junk a blind held-out set showed we keep,
not on its lines nor on corpus text: calls to follow a site on WhatsApp or Google News or to
sign up for its newsletter in six languages, share buttons and comment counters, a related
story's label over its headline, premium teasers, a video widget's lines, relative datelines
and notices of rights, funding and a third party's embed. Each is inserted into an invented
story in its language, between paragraphs and at the end, and must leave the body of a dump
and of a page.
"""

from __future__ import annotations

import pytest

from tests.transforms.inserted_lines import Story
from tests.transforms.test_stranger_service_lines import STORIES as SERVICE_STORIES

NL = Story(
    "Dijk bij Zwolle verzwakt na dagen van regen",
    "Bewoners van de lage wijken wordt gevraagd te vertrekken",
    (
        "Brandweer en vrijwilligers hebben de hele nacht van donderdag op vrijdag gewerkt om de dijk te "
        "versterken die ongeveer 4000 woningen beschermt, meldt de gemeente.",
        "Het water in de IJssel bereikte vrijdagochtend een hoogte van zes meter, een meter boven het "
        "niveau waarbij de lage wijken onderlopen.",
        "'Zo snel hebben we het water nog nooit zien stijgen', zei een bewoonster die al dertig jaar aan "
        "de rivier woont.",
        "De provincie heeft 200 extra militairen gestuurd en er staan er meer klaar als de regen in het "
        "weekend aanhoudt.",
        "De scholen in de getroffen wijken blijven tot maandag dicht en er zijn twee opvanglocaties geopend.",
    ),
    "https://ijssel.example/zwolle/dijk",
)
SV = Story(
    "Älven svämmar över i Karlstad efter veckor av regn",
    "Boende i de låglänta kvarteren uppmanas lämna sina hem",
    (
        "Räddningstjänsten arbetade hela natten mot fredagen för att förstärka vallarna som skyddar "
        "omkring 4 000 bostäder, uppger kommunen.",
        "Vattnet i Klarälven nådde på fredagsmorgonen sex meter, en meter över nivån då de lägre "
        "kvarteren översvämmas.",
        "– Vi har aldrig sett vattnet stiga så snabbt, säger en kvinna som har bott vid älven i trettio år.",
        "Länsstyrelsen har skickat 200 extra soldater och fler står redo om regnet fortsätter under helgen.",
        "Skolorna i de drabbade stadsdelarna håller stängt till måndag och två "
        "evakueringsplatser har öppnats.",
    ),
    "https://klaralven.example/karlstad/oversvamning",
)
STORIES = {**SERVICE_STORIES, "nl": NL, "sv": SV}
# Between paragraphs and at the end of the body.
POSITIONS = (2, 5)

# (story, lines): junk the cleaning kept, by class; a related story's label with its headline
# on the lines under it is inserted as one block.
FOLLOW_CALLS = [
    (
        "fr",
        [
            "Recevez chaque matin l'essentiel de l'actualité de la Loire : abonnez-vous "
            "gratuitement à notre newsletter."
        ],
    ),
    ("fr", ["Pour ne rien manquer de l'actualité orléanaise, suivez-nous sur Google Actualités."]),
    ("fr", ["Rejoignez la chaîne WhatsApp de La République du Loiret pour suivre l'info en direct"]),
    ("it", ["Ricevi ogni mattina le notizie del territorio: iscriviti alla nostra newsletter gratuita."]),
    ("de", ["Folgen Sie der Elbe-Zeitung auch auf Google News und verpassen Sie keine Nachricht mehr."]),
    ("de", ["Aktuelle Nachrichten aus Dresden direkt aufs Handy: Abonnieren Sie unseren WhatsApp-Kanal."]),
    (
        "de",
        [
            "Sie wollen keine Nachricht aus Sachsen verpassen? Dann melden Sie sich hier für unseren "
            "kostenlosen Newsletter an."
        ],
    ),
    (
        "nl",
        [
            "Meld je aan voor de gratis nieuwsbrief en ontvang elke ochtend het "
            "belangrijkste nieuws uit Zwolle."
        ],
    ),
    ("nl", ["Meld je aan voor onze nieuwsbrief"]),
    ("sv", ["Prenumerera på vårt nyhetsbrev och få de viktigaste nyheterna från Värmland varje morgon."]),
    ("sv", ["Följ Värmlandsnytt på Google Nyheter"]),
    ("sv", ["Gå med i vår WhatsApp-kanal och få nyheterna direkt i mobilen"]),
]
BUTTONS = [
    ("es", ["Comparte esta noticia"]),
    ("en", ["Join the conversation (112)"]),
    ("pl", ["Dodaj komentarz (23)"]),
    ("de", ["Jetzt kommentieren (4)"]),
]
RELATED = [
    (
        "de",
        [
            "Lesen Sie auch",
            "Wie sich die Dörfer an der Elbe nach der großen Flut von 2002 für das nächste Hochwasser "
            "gerüstet haben",
        ],
    ),
    (
        "de",
        [
            "Mehr zum Thema",
            "Pegelstände an der Elbe: Wo das Wasser jetzt am höchsten steht und was die Prognosen sagen",
            "Katastrophenschutz in Sachsen: Was Anwohner an der Elbe jetzt wissen müssen",
        ],
    ),
    ("es", ["Te recomendamos", "Así se preparan los pueblos de la Vega Baja para la próxima riada"]),
    ("en", ["ALSO IN FIELDNOTES: Why river towns keep rebuilding in the floodplain, and what it costs them"]),
    (
        "nl",
        [
            "Lees ook",
            "Waterschap sluit de stormvloedkering bij Kampen na de hoogste waterstand in twintig jaar",
        ],
    ),
]
PREMIUM = [
    ("nl", ["Dit is een premium artikel"]),
    (
        "nl",
        ["Dit is een premium artikel van de Stentor. Lees verder met een abonnement vanaf 1 euro per maand."],
    ),
]
VIDEO = [
    ("en", ["Crews pile sandbags along the levee in Millbrook (Source: WMBK, 1:48)"]),
    ("en", ["Crews pile sandbags along the levee in Millbrook [Source: Storyful | 1 min 48 sec]"]),
    (
        "en",
        [
            "Play Video. Duration: 2 minutes 5 seconds",
            "Residents wade through flooded streets in Millbrook [Source: Storyful, 0:58]",
        ],
    ),
]
DATELINES = [
    ("nl", ["vandaag, 07:15"]),
    ("nl", ["gisteren om 18:40"]),
    ("en", ["15:47, 7 Mar 2026Updated 16:02"]),
    ("de", ["heute, 07:15 Uhr"]),
    ("es", ["hoy, 07:15"]),
]
NOTICES = [
    ("sv", ["Materialet är skyddat enligt upphovsrättslagen och får inte kopieras utan tillstånd."]),
    ("sv", ["Det är förbjudet att kopiera innehållet utan medgivande."]),
    ("en", ["We acknowledge the financial support of the Government of Canada."]),
    (
        "en",
        [
            "We acknowledge the financial support of the Government of Canada through the "
            "Canada Periodical Fund."
        ],
    ),
    ("en", ["This content is provided by Flourish. Enable cookies to view it."]),
    (
        "en",
        ["This content is provided by Instagram, which may be using cookies. To view it, enable cookies."],
    ),
]
# Written after the rules, as a check of their reach: each was kept on main.
SECOND_LOOK = [
    ("sv", ["Anmäl dig till vårt nyhetsbrev här"]),
    ("en", ["ALSO ON RIVERWATCH: The levee that held, and the one that didn't"]),
    ("nl", ["Dit is een premium artikel. Lees verder voor 1 euro."]),
    ("en", ["Play Video. Duration: 48 seconds"]),
    ("en", ["Firefighters rescue a dog from a flooded basement (Source: KWTX, 0:52)"]),
    ("nl", ["gisteren, 22:05"]),
    ("it", ["oggi alle 07:15"]),
    ("fr", ["aujourd'hui à 07:15"]),
    (
        "sv",
        [
            "Allt material på sajten är skyddat av upphovsrättslagen och får inte kopieras eller spridas "
            "utan tillstånd."
        ],
    ),
    ("en", ["We acknowledge the support of the Government of Canada."]),
    ("en", ["This content is hosted by YouTube. To view it, please enable cookies."]),
]
JUNK = FOLLOW_CALLS + BUTTONS + RELATED + PREMIUM + VIDEO + DATELINES + NOTICES + SECOND_LOOK

# The story's sentences of the same shapes, which stay.
SENTENCES = [
    (
        "fr",
        "La mairie a lancé une newsletter pour informer les habitants des quartiers bas "
        "de l'évolution de la crue.",
    ),
    (
        "es",
        "Los vecinos se organizaron en un grupo de WhatsApp para avisar de la subida del "
        "agua durante la noche.",
    ),
    ("es", "«Síguenos en WhatsApp», pidió el alcalde a los vecinos de los barrios bajos durante la noche."),
    (
        "it",
        "Molti residenti hanno seguito gli aggiornamenti sul canale WhatsApp del Comune, "
        "che ha inviato avvisi.",
    ),
    (
        "de",
        "Die Stadt verschickt seit Donnerstag einen Newsletter mit den aktuellen "
        "Pegelständen an alle Anwohner.",
    ),
    ("nl", "De gemeente stuurt bewoners via WhatsApp berichten over de waterstand en de opvanglocaties."),
    ("sv", "Kommunen skickar ut ett nyhetsbrev varje kväll med de senaste vattennivåerna till de boende."),
    ("en", "Share prices of the county's water utility fell on Friday as the river rose."),
    (
        "de",
        "Kommentare aus der Nachbarschaft fielen am Freitag deutlich schärfer aus als noch vor einer Woche.",
    ),
    ("en", "Comments from residents at Thursday's meeting were sharp (see the minutes for the full list)."),
    ("de", "Mehr zum Thema Hochwasserschutz will die Landesregierung in der kommenden Woche vorstellen."),
    ("es", "Te recomendamos que no salgan de casa hasta que baje el agua, dijo el alcalde a los vecinos."),
    ("en", "Also in the report, engineers warned that the floodwall would need repairs within five years."),
    ("nl", "Dit is een premie die de provincie al jaren uitkeert aan boeren langs de rivier."),
    ("en", "The pumps ran for a duration of 2 minutes 5 seconds before the power failed, the engineer said."),
    ("en", "The council met on Tuesday to hear the engineers' report (Source: minutes of the meeting)"),
    ("nl", "Vandaag, zei de burgemeester, is de dijk nog sterk genoeg."),
    ("sv", "Det är förbjudet att beträda vallarna, skriver räddningstjänsten i ett pressmeddelande."),
    (
        "en",
        "The mayor said the city acknowledges the financial support of the province, "
        "which paid for the pumps.",
    ),
    ("en", "Follow-up inspections of the levee are planned for next week, the county said."),
    ("it", "Oggi alle 7:15 il fiume ha superato la soglia di guardia, ha detto il sindaco."),
    ("de", "Die Zeitung teilt mit, dass ihr WhatsApp-Kanal inzwischen 40.000 Abonnenten hat."),
    (
        "en",
        "The cookies were provided by a bakery on Main Street, whose owner has fed the volunteers all week.",
    ),
]


def _kept(story: str, lines: list[str]) -> dict[str, list[int]]:
    """The positions at which a dump and a page kept any of the lines."""
    kept: dict[str, list[int]] = {"dump": [], "page": []}
    for at in POSITIONS:
        for form, found in STORIES[story].kept_lines(lines, at).items():
            if found:
                kept[form].append(at)
    return kept


@pytest.mark.parametrize(("story", "lines"), JUNK, ids=lambda value: str(value)[:40])
def test_the_sites_line_leaves_the_body(story: str, lines: list[str]) -> None:
    assert _kept(story, lines) == {"dump": [], "page": []}


@pytest.mark.parametrize(("story", "line"), SENTENCES, ids=lambda value: value[:40])
def test_the_sentence_of_the_same_shape_stays(story: str, line: str) -> None:
    assert _kept(story, [line]) == {"dump": list(POSITIONS), "page": list(POSITIONS)}


@pytest.mark.parametrize("story", ["nl", "sv"])
def test_the_invented_stories_stay_whole(story: str) -> None:
    assert STORIES[story].cleaned_dump([], 0).paragraphs == list(STORIES[story].body)
