"""Junk lines of national and foreign sites that the cleaner kept, and the agencies' credits it did
not read (stop 36): a paywall's and a newsletter's calls in the middle of a story (premium markers,
"Subscreva a newsletter ...", subscribe-to-read calls and a shop's lone buttons in Dutch, the
Scandinavian languages, Finnish, Polish and Czech), read-also labels in more languages, calls to
get the site's app, to advertise with it or to watch its player's video, a press office's contact,
and an agency alone as the story's credit ("/TT/", "(ritzau)", "– NTB", "dpa/AFP", "Fonte: Lusa").

Every line here is written for this file, modelled on the shapes of several outlets in each class;
the real sentences that look like them are asserted beside them and must stay.
"""

from __future__ import annotations

import pytest

from tests.transforms.test_stray_lines import BODIES as STRAY_BODIES
from tests.transforms.test_stray_lines import MIDDLE, cleaned
from transforms.article import RemovalKind
from transforms.contributors import agency_alone, is_reading_time, parse_contributor_line
from transforms.pipeline import is_read_also_line
from transforms.site_notes import is_call_abroad, is_paywall_read_on, is_premium_marker
from transforms.stray_lines import drop_stray_lines, is_app_or_player_call, is_contact_detail, is_contact_line

BODIES = {
    **STRAY_BODIES,
    "sv": (
        "Kommunen bygger om den översvämmade hamnpromenaden",
        "Projektet kostar omkring 400 miljoner kronor",
        [
            "Kommunfullmäktige röstade på tisdagen för att bygga om hamnpromenaden, som förstördes när "
            "vattnet steg i våras, efter flera månader av debatt om kostnaderna.",
            "Kajen ska höjas med en meter och fiskmarknaden flyttas längre från vattnet. Projektet "
            "betalas med statliga bidrag och ett lån som kommunen tar upp under året.",
            "Oppositionen menar att handlarna på kajen aldrig tillfrågades innan ritningarna togs fram, "
            "något som kommunen tillbakavisar och hänvisar till flera möten.",
            "Arbetet ska börja i sommar och pågå i två år. Under tiden är promenaden stängd för "
            "allmänheten, uppger stadsbyggnadskontoret.",
        ],
    ),
    "pl": (
        "Rada miasta zdecydowała o przebudowie nabrzeża",
        "Inwestycja ma kosztować około 180 milionów złotych",
        [
            "Radni zagłosowali we wtorek za przebudową promenady nad zatoką, którą wiosną zniszczyła "
            "powódź, kończąc kilkumiesięczny spór o koszty inwestycji.",
            "Nabrzeże zostanie podniesione o metr, a targ rybny przeniesiony dalej od wody. Pieniądze "
            "mają pochodzić z dotacji rządowej i kredytu zaciągniętego przez miasto.",
            "Opozycja twierdzi, że handlarzy z nabrzeża nikt nie pytał o zdanie przed przygotowaniem "
            "projektu, czemu urzędnicy zaprzeczają, powołując się na konsultacje.",
            "Prace mają ruszyć latem i potrwać dwa lata. W tym czasie promenada będzie zamknięta dla "
            "spacerowiczów, poinformował wydział inwestycji.",
        ],
    ),
}


def dump(language: str, lines: list[str], at: int) -> str:
    title, subtitle, body = BODIES[language]
    return "\n".join([title, subtitle, *body[:at], *lines, *body[at:]])


def assert_removed(language: str, lines: list[str]) -> None:
    for at in MIDDLE:
        article = cleaned(dump(language, lines, at))
        assert article.paragraphs == BODIES[language][2], (lines, at)


def assert_kept(language: str, line: str) -> None:
    for at in MIDDLE:
        assert line in cleaned(dump(language, [line], at)).paragraphs, (line, at)


def dropped_by_stray_lines(language: str, line: str) -> bool:
    body = BODIES[language][2]
    kept, removed = drop_stray_lines([*body[:1], line, *body[1:]])
    return kept == body and [removal.text for removal in removed] == [line]


# --- 1. a paywall's and a newsletter's calls abroad ---------------------------------------------------

CALLS_ABROAD = [
    ("nl", "Word abonnee om verder te lezen"),
    ("nl", "Dit artikel is alleen voor abonnees"),
    ("nl", "Schrijf je in voor onze nieuwsbrief en ontvang elke ochtend het nieuws."),
    ("sv", "Bli prenumerant för att läsa vidare"),
    ("sv", "Köp"),
    ("sv", "Artikeln är endast för prenumeranter"),
    ("sv", "Prenumerera på vårt nyhetsbrev"),
    ("sv", "Tilmeld dig vores nyhedsbrev"),
    ("sv", "Kjøp abonnement for å lese videre"),
    ("sv", "Tilaa"),
    ("sv", "Tilaa Sanomat ja lue koko juttu"),
    ("pl", "Kup teraz"),
    ("pl", "Kup dostęp, aby czytać dalej"),
    ("pl", "Artykuł dostępny tylko dla subskrybentów"),
    ("pl", "Předplaťte si Deník a čtěte dál"),
    ("pl", "Přihlaste se k odběru newsletteru"),
    ("pt", "Subscreva a newsletter do Correio e receba as notícias no seu email."),
    ("pt", "Subscreva e continue a ler"),
    ("de", "Jetzt abonnieren"),
    ("de", "Newsletter abonnieren"),
]


@pytest.mark.parametrize(("language", "line"), CALLS_ABROAD)
def test_a_paywall_or_newsletter_call_abroad_is_removed(language: str, line: str) -> None:
    assert is_call_abroad(line)
    assert dropped_by_stray_lines(language, line)


@pytest.mark.parametrize(
    ("language", "line"), [("de", "Jetzt abonnieren"), ("sv", "Köp"), ("pl", "Kup teraz")]
)
def test_a_lone_button_between_paragraphs_is_removed(language: str, line: str) -> None:
    # Short lines between paragraphs that a subhead rule would keep.
    assert_removed(language, [line])


@pytest.mark.parametrize("marker", ["SZ Plus", "F+", "Z+ (abo)", "WELTplus", "SPIEGEL+"])
def test_a_premium_marker_between_paragraphs_is_removed(marker: str) -> None:
    assert is_premium_marker(marker)
    assert dropped_by_stray_lines("de", marker)


def test_a_streaming_service_in_a_list_is_no_premium_marker() -> None:
    body = BODIES["en"][2]
    services = ["Netflix", "Disney+", "Apple TV+", "ESPN+"]
    kept, removed = drop_stray_lines(
        [body[0], "The services that raised prices this year:", *services, body[1]]
    )
    assert removed == [] and all(service in kept for service in services)


def test_a_marker_that_says_it_is_for_subscribers_goes_even_in_a_list() -> None:
    _, removed = drop_stray_lines(["Netflix", "Z+ (abo)", "Disney+"])
    assert [removal.text for removal in removed] == ["Z+ (abo)"]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Subscribers to the service will pay 12 dollars a month from January, the company said."),
        ("sv", "Prenumeranter på tidningen får rabatt på biljetterna till konserten i hamnen i sommar."),
        ("pl", "Kupujący mieszkania nad zatoką muszą liczyć się z wyższymi cenami, twierdzą eksperci."),
        ("nl", "Abonnees van de krant konden vorig jaar al meepraten over het ontwerp van de kade."),
        ("pt", "Os assinantes da revista receberam a edição especial com uma semana de atraso."),
        ("de", "Plus, so die Stadt, kämen noch Kosten für die Verlegung der Leitungen hinzu."),
        # A call quoted in the story: who said it follows.
        ("nl", "Word abonnee om verder te lezen, zegt de uitgever tegen wie de paywall te duur vindt."),
        ("pt", "Subscreva a newsletter do município, disse o autarca aos moradores na sessão pública."),
        ("sv", "Bli prenumerant för att läsa vidare säger tidningen numera till sju av tio besökare."),
    ],
)
def test_a_sentence_about_subscribing_or_buying_stays(language: str, line: str) -> None:
    assert not is_call_abroad(line) and not is_premium_marker(line)
    assert_kept(language, line)


def test_a_paywall_read_on_call_has_one_owner() -> None:
    # stray_lines reads site_notes' pattern: "Jetzt abonnieren und weiterlesen".
    assert is_paywall_read_on("Jetzt abonnieren und weiterlesen")
    assert dropped_by_stray_lines("de", "Jetzt abonnieren und weiterlesen")


def test_a_reading_time_with_its_verb_is_a_reading_time() -> None:
    assert is_reading_time("Leggi in 3 minuti") and is_reading_time("Lees in 4 min")
    assert not is_reading_time("Read in 1987, the letter changed the case.")


# --- 2. read-also labels in more languages ------------------------------------------------------------

READ_ALSO = [
    "Läs mer: Kommunen höjer skatten nästa år",
    "Læs også: Regeringen vil sænke afgiften på benzin",
    "Les også: Slik blir været i helgen",
    "Lue myös: Hallitus esittää veronkevennyksiä",
    "Czytaj także: Sejm zajmie się ustawą o podatkach",
    "Čtěte také: Vláda schválila rozpočet",
    "Citește și: Guvernul a aprobat bugetul",
    "Ayrıca okuyun: Meclis bütçeyi onayladı",
    "Olvassa el ezt is: A kormány elfogadta a költségvetést",
    "Lees ook: Kabinet wil accijns op benzine verlagen",
    "Läs mer:",
]


@pytest.mark.parametrize("line", READ_ALSO)
def test_a_read_also_label_abroad_is_read(line: str) -> None:
    assert is_read_also_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more widely, the report says, and the pattern repeats across dozens of cities.",
        "Les mers du Sud sont plus chaudes cette année, selon les chercheurs.",
        "Lue tästä syystä hakemus huolellisesti ennen kuin allekirjoitat sen.",
    ],
)
def test_a_sentence_opening_with_the_words_is_no_read_also_label(line: str) -> None:
    assert not is_read_also_line(line)


def test_a_read_also_label_with_its_headline_goes_in_the_middle() -> None:
    assert_removed("sv", ["Läs mer: Kommunen höjer skatten nästa år"])
    assert_removed("pl", ["Czytaj także: Sejm zajmie się ustawą o podatkach"])


def test_a_short_foreign_body_line_with_a_colon_stays() -> None:
    assert_kept("pl", "Wniosek: miasto musi działać szybciej, jeśli chce zdążyć przed kolejną zimą.")


# --- 3. the site's app, its ads, its player, its press office -------------------------------------------

SITE_CALLS = [
    "Download the News24 app",
    "Get the app",
    "Listen on the ABC listen app",
    "Download the WXYZ 7 app for breaking news alerts",
    "Get the Ledger app to stay up to date",
    "Advertise in the Sentinel! Call 555-0142",
    "Advertise with us",
    "Click on the video to see the full report.",
    "Watch the video above",
    "Watch the full interview above.",
    "Descarga la app de El Diario",
    "Pobierz aplikację",
]


@pytest.mark.parametrize("line", SITE_CALLS)
def test_a_call_to_the_sites_app_ads_or_player_is_removed(line: str) -> None:
    assert is_app_or_player_call(line)
    assert dropped_by_stray_lines("en", line)


@pytest.mark.parametrize(
    "line",
    [
        "Click fraud costs advertisers billions of dollars a year, according to the industry group.",
        "Download the app to report potholes and broken street lights, the city says.",
        "Download the app to report potholes and broken street lights on your street.",
        "Advertise in local papers first and only then pay for the online ads.",
        # A small business guide's advice, short: no site named in capitals.
        "Advertise on local radio.",
        "Get the app right and the riders will come back to the buses within a year.",
        "Advertise in local papers first, the guide recommends, before paying for online ads.",
        "Watch the video above the fireplace, which the family kept for decades, was the last gift.",
        "The agency Lusa reported that the vote was watched closely by officials in the capital.",
    ],
)
def test_a_sentence_about_apps_ads_or_videos_stays(line: str) -> None:
    assert not is_app_or_player_call(line)
    assert_kept("en", line)


# The app's call with its offer after "and" (stop 36's review): news to get, read or not miss.
APP_CALLS_WITH_AN_OFFER = [
    "Ladda ner appen och få nyheterna före alla andra.",
    "Hent appen og få besked, når der sker noget i din by.",
    "Last ned appen vår for å få siste nytt rett på mobilen.",
    "Lataa sovelluksemme ja saat tärkeimmät uutiset heti.",
    "Pobierz aplikację i czytaj nas także w drodze do pracy.",
    "Stáhněte si aplikaci a získejte zprávy jako první.",
    "Download onze app en ontvang het laatste nieuws als eerste.",
    "Descarregue a app e receba os alertas da redação.",
]


@pytest.mark.parametrize("line", APP_CALLS_WITH_AN_OFFER)
def test_an_app_call_with_its_offer_is_removed(line: str) -> None:
    assert is_app_or_player_call(line)
    assert dropped_by_stray_lines("en", line)


@pytest.mark.parametrize(
    "line",
    [
        # A story's advice: the app for another use, after the same "and".
        "Ladda ner appen och anmäl skadan direkt till försäkringsbolaget.",
        "Last ned appen og registrer deg som frivillig før fristen går ut.",
        "Pobierz aplikację i zgłoś usterkę oświetlenia w swojej dzielnicy.",
        "Lataa sovellus ja ilmoita kuopasta suoraan kaupungille.",
    ],
)
def test_an_app_for_another_use_stays(line: str) -> None:
    assert not is_app_or_player_call(line)


def test_a_press_offices_contact_on_one_line_is_removed() -> None:
    assert is_contact_line("Media contact: Jane Roe, 555-0100, jroe@example.edu")
    assert is_contact_line("Pressekontakt: Anna Berger, presse@example.de")
    assert not is_contact_line("Press office: the ministry declined to comment on Friday.")


def test_a_contacts_details_under_the_story_go_and_a_hotline_in_it_stays() -> None:
    body = BODIES["en"][2]
    kept, removed = drop_stray_lines([*body, "555-0100", "jroe@example.edu"])
    assert kept == body and len(removed) == 2
    hotline = [body[0], "Anyone with information can call the tip line:", "555-0100", *body[1:]]
    assert drop_stray_lines(hotline) == (hotline, [])
    # Between paragraphs: not under the story's last one.
    inside = [body[0], "555-0100", *body[1:]]
    assert drop_stray_lines(inside) == (inside, [])
    announced = [*body, "Anyone with information can call the tip line:", "555-0100"]
    assert drop_stray_lines(announced) == (announced, [])
    assert not is_contact_detail("2026") and not is_contact_detail("Call 555-0100 for tickets.")


# --- 4. agencies alone as the story's credit ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "agencies"),
    [
        ("/TT/", ["TT"]),
        ("(ritzau)", ["ritzau"]),
        ("– NTB", ["NTB"]),
        ("PAP", ["PAP"]),
        ("STT", ["STT"]),
        ("ČTK", ["ČTK"]),
        ("Agerpres", ["Agerpres"]),
        ("(ANSA)", ["ANSA"]),
        ("EFE", ["EFE"]),
        ("MTI", ["MTI"]),
        ("Belga", ["Belga"]),
        ("APA", ["APA"]),
        ("Keystone-SDA", ["Keystone-SDA"]),
        ("AA", ["AA"]),
        ("dpa/AFP", ["dpa", "AFP"]),
        ("(AFP/dpa)", ["AFP", "dpa"]),
        ("© NTB", ["NTB"]),
    ],
)
def test_an_agency_alone_closing_the_story_is_its_contributor(tag: str, agencies: list[str]) -> None:
    title, subtitle, body = BODIES["de"]
    article = cleaned("\n".join([title, subtitle, *body, tag]))
    assert [(c.name, c.organization) for c in article.contributors] == [(a, a) for a in agencies]
    assert article.paragraphs == body
    assert (RemovalKind.CONTRIBUTOR, tag) in [(removal.kind, removal.text) for removal in article.removed]


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Fonte: Lusa", "Lusa"),
        ("Fonte: Agência Lusa", "Agência Lusa"),
        ("Kilde: ritzau", "ritzau"),
        ("Källa: TT", "TT"),
        ("Lähde: STT", "STT"),
        ("Źródło: PAP", "PAP"),
        ("Zdroj: ČTK", "ČTK"),
        ("Sursa: Agerpres", "Agerpres"),
        ("Forrás: MTI", "MTI"),
        ("Kaynak: AA", "AA"),
    ],
)
def test_an_agency_named_as_the_source_is_a_contributor(line: str, agency: str) -> None:
    assert [c.name for c in parse_contributor_line(line) or agency_alone(line) or ()] == [agency]
    title, subtitle, body = BODIES["pt"]
    assert [c.name for c in cleaned("\n".join([title, subtitle, *body, line])).contributors] == [agency]


@pytest.mark.parametrize(
    "line",
    [
        "The agency Lusa reported that the vote was watched closely.",
        "Tt",
        "Aa",
        "Fonte: o município",
        "Kilde: kommunens egne tal",
        "dpa/the city",
        # A photo's credit names the agency too: a caption's, not the story's source.
        "Foto: AFP",
        "Photo: Reuters",
    ],
)
def test_an_agency_in_prose_or_a_lookalike_is_no_credit(line: str) -> None:
    assert agency_alone(line) is None and parse_contributor_line(line) is None


def test_a_price_line_in_a_shopping_story_stays() -> None:
    title = "Fem robotdammsugare i test: här är vinnaren"
    lines = [
        "Vi har testat fem robotdammsugare i olika prisklasser under en månad i en lägenhet med två katter "
        "och mycket damm.",
        "Vinnaren är tyst, hittar hem till laddstationen varje gång och klarar mattor utan att fastna.",
        "Pris: 1 299 kr",
        "Tvåan är billigare men missar hörnen och behöver tömmas oftare än de andra i testet.",
        "Pris: 899 kr",
        "Alla modellerna går att styra med en app, men bara två av dem fungerar utan internet.",
    ]
    article = cleaned("\n".join([title, *lines]))
    assert "Pris: 1 299 kr" in article.paragraphs and "Pris: 899 kr" in article.paragraphs
