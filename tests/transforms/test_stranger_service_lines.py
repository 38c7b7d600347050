"""Junk lines the cleaning kept on sites nobody tuned for (issue 10, stop 33), and their look-alikes.

Written for this file, modelled on the shapes of held-out dumps, not on their lines nor on
corpus text: a video's caption led by its length, a widget's attribution, a photo's credit
closing its caption, tag lists and reservations of rights in other languages, a paywall's
teaser and a podcast's sponsor read. Each is inserted into an invented story in its own
language, between paragraphs and at the end, and must leave the body of a dump and of a
page; the sentences of the same shape must stay.
"""

from __future__ import annotations

import pytest

from tests.transforms.inserted_lines import Story

EN = Story(
    "Floodwaters rise along the Millbrook river as crews race to shore up levees",
    "Residents in three counties were told to prepare for evacuation",
    (
        "Emergency crews worked through the night on Thursday to reinforce a levee that protects about "
        "4,000 homes in the low-lying neighbourhoods of Millbrook, officials said.",
        "The river crested at 31 feet early Friday, two feet above the level at which the old floodwall "
        "starts to leak, according to the county's emergency management office.",
        '"We have never seen it come up this fast," said Martha Ellison, who has lived on River Road for '
        '40 years. "By noon the water was at the mailbox."',
        "The state has sent 200 National Guard troops, and more are on standby if the rain continues into "
        "the weekend, the governor said at a briefing on Friday afternoon.",
        "Schools in the district will stay closed through Monday, and the county has opened two shelters "
        "at the fairground and the community college.",
    ),
    "https://millbrook.example/news/levee-flood",
)
DE = Story(
    "Hochwasser an der Elbe: Helfer stapeln Sandsäcke in Dresden",
    "Die Pegel steigen weiter, die Stadt ruft den Katastrophenfall aus",
    (
        "Seit Donnerstagabend arbeiten Hunderte Helfer daran, die Deiche entlang der Elbe zu verstärken, "
        "wie die Stadtverwaltung am Freitag mitteilte.",
        "Der Pegel in Dresden lag am Freitagmorgen bei 6,80 Metern, knapp einen Meter über dem Wert, ab "
        "dem die Altstadt gefährdet ist.",
        "„So schnell ist das Wasser noch nie gestiegen“, sagte eine Anwohnerin, die seit 30 Jahren am "
        "Ufer wohnt.",
        "Die Landesregierung hat zusätzliche Kräfte des Technischen Hilfswerks angefordert, die am "
        "Wochenende eintreffen sollen.",
        "Die Schulen in den betroffenen Stadtteilen bleiben bis Montag geschlossen, zwei Notunterkünfte "
        "sind eingerichtet.",
    ),
    "https://elbe.example/dresden/hochwasser",
)
ES = Story(
    "Las lluvias desbordan el río Segura a su paso por Murcia",
    "Protección Civil pide a los vecinos que no salgan de casa",
    (
        "Los servicios de emergencia trabajaron durante toda la noche del jueves para reforzar los diques "
        "que protegen a unas 4.000 viviendas, según informó el ayuntamiento.",
        "El río alcanzó los cinco metros de altura el viernes por la mañana, un metro por encima del nivel "
        "a partir del cual se inundan los barrios bajos.",
        '"Nunca habíamos visto subir el agua tan rápido", dijo una vecina que vive junto al cauce desde '
        "hace 30 años.",
        "El gobierno regional ha enviado 200 efectivos de la Unidad Militar de Emergencias y hay más "
        "preparados si la lluvia continúa durante el fin de semana.",
        "Los colegios de la zona permanecerán cerrados hasta el lunes y se han habilitado dos albergues.",
    ),
    "https://segura.example/murcia/lluvias",
)
FR = Story(
    "Inondations : la Loire sort de son lit à Orléans",
    "Les habitants des quartiers bas sont invités à quitter leur domicile",
    (
        "Les pompiers ont travaillé toute la nuit de jeudi à vendredi pour renforcer les digues qui "
        "protègent environ 4 000 logements, a indiqué la préfecture.",
        "Le fleuve a atteint cinq mètres vendredi matin, un mètre au-dessus du niveau à partir duquel les "
        "quartiers bas sont inondés.",
        "« Nous n'avons jamais vu l'eau monter aussi vite », a déclaré une habitante qui vit au bord du "
        "fleuve depuis trente ans.",
        "La préfecture a mobilisé 200 militaires supplémentaires et d'autres sont prêts à intervenir si la "
        "pluie continue ce week-end.",
        "Les écoles des quartiers touchés resteront fermées jusqu'à lundi et deux gymnases accueillent "
        "les sinistrés.",
    ),
    "https://loire.example/orleans/inondations",
)
IT = Story(
    "Maltempo, il Po esonda nel Piacentino: evacuate cento famiglie",
    "La Protezione civile invita i residenti a non uscire di casa",
    (
        "I vigili del fuoco hanno lavorato tutta la notte tra giovedì e venerdì per rinforzare gli argini "
        "che proteggono circa 4.000 abitazioni, ha riferito il Comune.",
        "Il fiume ha raggiunto i sei metri venerdì mattina, un metro sopra il livello oltre il quale si "
        "allagano i quartieri più bassi.",
        "«Non avevamo mai visto l'acqua salire così in fretta», ha detto una residente che vive vicino al "
        "fiume da trent'anni.",
        "La Regione ha inviato 200 volontari in più e altri sono pronti a intervenire se la pioggia "
        "continuerà nel fine settimana.",
        "Le scuole della zona resteranno chiuse fino a lunedì e sono stati allestiti due centri di "
        "accoglienza.",
    ),
    "https://po.example/piacenza/maltempo",
)
PL = Story(
    "Powódź na Odrze: mieszkańcy Wrocławia układają worki z piaskiem",
    "Służby apelują o pozostanie w domach",
    (
        "Strażacy przez całą noc z czwartku na piątek wzmacniali wały chroniące około 4 tys. domów, "
        "poinformował urząd miasta.",
        "Poziom rzeki w piątek rano przekroczył sześć metrów, o metr więcej niż stan, przy którym zalewane "
        "są niżej położone osiedla.",
        "- Nigdy nie widzieliśmy, żeby woda podnosiła się tak szybko - powiedziała mieszkanka, która od "
        "trzydziestu lat mieszka nad rzeką.",
        "Wojewoda skierował do pomocy dodatkowych 200 żołnierzy, a kolejni są w gotowości, jeśli deszcz "
        "nie ustanie w weekend.",
        "Szkoły w zalanych dzielnicach pozostaną zamknięte do poniedziałku, otwarto też dwa punkty "
        "noclegowe.",
    ),
    "https://odra.example/wroclaw/powodz",
)
PODCAST = Story(
    "How a small town rebuilt its library after the flood",
    "A conversation with the librarian who saved the archive",
    (
        "HOST: Welcome back to the show. Today we are talking with Ruth Adler, who ran the town library "
        "in Millbrook for twenty years before the flood of 2019 wiped out most of its collection.",
        "ADLER: When the water came in, the first thing I thought about was the local history room, "
        "because those papers exist nowhere else in the world.",
        "HOST: And you managed to get most of them out before the water reached the second floor, is "
        "that right? Tell us how that happened over that night.",
        "ADLER: We had a chain of volunteers on the stairs, passing boxes hand to hand, and by three in "
        "the morning we had moved almost everything to the attic of the church next door.",
        "HOST: That is an incredible story. Ruth Adler, thank you for joining us today on the program "
        "and for everything you did.",
    ),
    "https://radio.example/podcasts/library-flood",
)
STORIES = {"en": EN, "de": DE, "es": ES, "fr": FR, "it": IT, "pl": PL, "podcast": PODCAST}
# Between paragraphs and at the end of the body.
POSITIONS = (2, 5)

# (story, line): junk the cleaning kept, by class.
VIDEO_CAPTIONS = [
    ("en", "Duration 2:45 Firefighters battle a blaze in a warehouse on the east side of Millbrook."),
    ("en", "Video duration 1:02 Drone footage shows the flooded fields north of the city."),
    ("en", "0:45 WATCH: Residents wade through flooded streets in Millbrook"),
    ("de", "Dauer 3:10 Feuerwehrleute sichern einen Deich bei Pirna."),
    ("it", "Durata 1:25 I volontari riempiono i sacchi di sabbia lungo l'argine."),
    ("pl", "Czas trwania 2:05 Strażacy wzmacniają wał przy ulicy Kozanowskiej."),
]
ATTRIBUTIONS = [
    ("en", "Game recap powered by StatsBox"),
    ("en", "Scores powered by FieldPulse"),
    ("en", "Translation provided by LinguaBridge"),
    ("en", "Transcript available for members"),
    ("en", "Odds provided by BetLine"),
    ("de", "Artikel anhören (3 Min.)"),
    ("de", "Übersetzung bereitgestellt von DeepText"),
    ("es", "Traducción proporcionada por LinguaBridge"),
]
CREDITED_CAPTIONS = [
    ("en", "Volunteers sort sandbags near the levee on Friday. Credit: Reef Lab / J. Osei"),
    ("en", "A rescue boat passes a submerged car on Main Street. Photo: J. Osei/Millbrook Gazette"),
    ("pl", "Wolontariusze napełniają worki z piaskiem przy wale w piątek. Fot. UM Wrocław"),
    ("pl", "Strażacy na wale przy ulicy Kozanowskiej. fot. Jan Kowalski / Gazeta Odrzańska"),
]
TAGS_AND_RIGHTS = [
    ("fr", "Mots-clés : inondations, Loire, Orléans"),
    ("fr", "Étiquettes : crue, Loiret, météo"),
    ("it", "Parole chiave: maltempo, Po"),
    ("en", "Tags: flooding, Millbrook, levees"),
    ("es", "Etiquetas: Murcia, lluvias, río Segura"),
    ("de", "Schlagwörter: Hochwasser, Elbe, Dresden"),
    ("pl", "Tagi: powódź, Odra, Wrocław"),
    ("it", "Riproduzione riservata ©"),
    ("pl", "Wszelkie prawa zastrzeżone"),
]
PAYWALL_TEASERS = [
    ("pl", "Czytaj więcej w wydaniu Premium"),
    ("en", "This story is only available to subscribers"),
    ("pl", "Treść dostępna tylko dla subskrybentów"),
    ("es", "Contenido exclusivo para suscriptores"),
    ("it", "Contenuto riservato agli abbonati"),
    ("it", "Leggi l'articolo completo con l'abbonamento"),
    ("fr", "Contenu réservé aux abonnés"),
]
SPONSOR_READS = [
    ("podcast", "This episode is brought to you by Acme Mattress. Visit acme.example/podcast for 20% off."),
    ("podcast", "Support for this podcast comes from the Wallace Foundation, which supports libraries."),
    ("podcast", "Today's episode is sponsored by Fernway Bank, member FDIC."),
]
JUNK = VIDEO_CAPTIONS + ATTRIBUTIONS + TAGS_AND_RIGHTS + PAYWALL_TEASERS + SPONSOR_READS

# Sentences of the same shapes, which stay.
SENTENCES = [
    ("en", "Credit: the city said the grant covers half the cost of the new pumps, with the state paying."),
    ("en", "The tags on the cattle were read by scanners at the fairground before the animals were moved."),
    ("en", "This episode of flooding is the third this year, and the county has asked the state for aid."),
    ("de", "Dauer 1:45 Stunden"),  # a spec line: a unit after the length
    ("en", "Duration 2:14 was the longest the pumps had ever run without a break, the engineer said."),
    ("en", "Most of the town is powered by coal from the plant upstream, which shut on Friday."),
    ("en", "Subscribers to the county's alert service can read the full warning online."),
    ("en", "She showed reporters a photo of the levee taken in 1998, when the last flood hit."),
    ("es", "Todos los derechos reservados, dijo el abogado, no cubren el uso de las imágenes de la calle."),
    ("de", "Themen wie die Deichsanierung und die Pegelmessung stehen seit Jahren auf der Tagesordnung."),
    # A sponsor read the dump ran into the host's first turn: the line is the conversation too.
    (
        "podcast",
        "Support for this podcast comes from the Wallace Foundation. HOST: Welcome back to the show. "
        "Today we are talking with Ruth Adler, who ran the town library in Millbrook for twenty years "
        "before the flood of 2019 wiped out most of its collection, and who spent the night of the "
        "flood carrying boxes of letters, maps and photographs up the stairs of the church next door "
        "with a chain of volunteers, some of whom had never set foot in the library before that night "
        "and have been coming back to read there every week since.",
    ),
    ("pl", "Fotograf z Wrocławia pokazał zdjęcia zalanego osiedla, które zrobił w piątek rano."),
]


def _kept(story: str, line: str) -> dict[str, list[int]]:
    """The positions at which a dump and a page kept the line."""
    kept: dict[str, list[int]] = {"dump": [], "page": []}
    for at in POSITIONS:
        for form, lines in STORIES[story].kept_lines([line], at).items():
            if lines:
                kept[form].append(at)
    return kept


@pytest.mark.parametrize(("story", "line"), JUNK, ids=lambda value: value[:40])
def test_the_junk_line_leaves_the_body(story: str, line: str) -> None:
    assert _kept(story, line) == {"dump": [], "page": []}


@pytest.mark.parametrize(("story", "line"), CREDITED_CAPTIONS, ids=lambda value: value[:40])
def test_the_caption_closed_by_its_credit_leaves_a_dump(story: str, line: str) -> None:
    # A dump's rule (`transforms.captions`); a page's captions are judged by its structure.
    assert _kept(story, line)["dump"] == []


@pytest.mark.parametrize(("story", "line"), SENTENCES, ids=lambda value: value[:40])
def test_the_sentence_of_the_same_shape_stays(story: str, line: str) -> None:
    assert _kept(story, line) == {"dump": list(POSITIONS), "page": list(POSITIONS)}


@pytest.mark.parametrize("story", sorted(STORIES))
def test_the_invented_stories_stay_whole(story: str) -> None:
    cleaned = STORIES[story].cleaned_dump([], 0)
    assert cleaned.paragraphs == list(STORIES[story].body)
