"""Page furniture a held-out test on dumps from sites we never tuned on kept in the body.

Every line here is invented for this file, after the shapes the held-out dumps showed:
cookie banners and their buttons in five languages, share and comment buttons in other
languages, author boxes, a recipe blog's calls, a newsletter's consent small print, topic
lists and a publisher's funding note. Each class is taken by an exact-syntax rule in the
module that owns that kind of rule, so every line of it must go, in a text dump and in a
page; each comes with near misses, real sentences of the same words that must stay.
"""

from __future__ import annotations

import html

import pytest

from transforms.article import Article
from transforms.html import parse_html_page
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "Harbor city council delays vote on library branch closures"
SUBTITLE = "Residents packed the chamber to oppose cutting hours at three neighbourhood branches"
BODY = [
    "The Harbor city council on Tuesday put off a vote on closing three library branches after more "
    "than two hundred residents filled the chamber and the hallway outside to speak against the plan.",
    "The proposal, drafted by the finance office, would save about $1.4 million a year by shutting the "
    "Eastside, Millbrook and Pier Street branches and moving their staff to the central library.",
    '"These rooms are where kids do homework when there is no quiet place at home," said Dolores '
    "Akande, a retired teacher who has volunteered at the Eastside branch for eleven years.",
    "Council member Ray Tillman said the city faced a deficit of nearly $9 million and that every "
    "department had been asked to find savings before the budget is adopted in June.",
    "Several speakers suggested cutting evening hours instead, or sharing buildings with the parks "
    "department, which runs community centres a few blocks from two of the branches.",
    "The council asked the library director to return in three weeks with other options, including "
    "a plan to keep the branches open four days a week.",
    "A petition to keep all three branches open has gathered more than 6,000 signatures since it "
    "was posted on the library's website last month.",
    "The next council meeting is scheduled for March 14.",
]
MIDDLE, END = 4, len(BODY)


def dump(inserted: list[str], at: int) -> str:
    lines = list(BODY)
    lines[at:at] = inserted
    return "\n".join([TITLE, SUBTITLE, *lines])


def page(inserted: list[str], at: int) -> str:
    lines = list(BODY)
    lines[at:at] = inserted
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
        f"<p class='dek'>{SUBTITLE}</p>{paragraphs}</article></body></html>"
    )


def cleaned_dump(inserted: list[str], at: int) -> Article:
    return clean(parse_text_dump(dump(inserted, at), source="test.txt"))


def cleaned_page(inserted: list[str], at: int) -> Article:
    return clean(parse_html_page(page(inserted, at), "https://harbor.example/news/library-vote"))


def kept_lines(inserted: list[str], at: int) -> dict[str, list[str]]:
    """The inserted lines each cleaning kept, for a dump and for a page."""
    return {
        "dump": [line for line in inserted if line in cleaned_dump(inserted, at).paragraphs],
        "page": [line for line in inserted if line in cleaned_page(inserted, at).paragraphs],
    }


def assert_removed(lines: list[str], positions: tuple[int, ...] = (MIDDLE, END)) -> None:
    for line in lines:
        for at in positions:
            assert kept_lines([line], at) == {"dump": [], "page": []}, (line, at)


def assert_kept(lines: list[str], positions: tuple[int, ...] = (MIDDLE, END)) -> None:
    for line in lines:
        for at in positions:
            assert kept_lines([line], at) == {"dump": [line], "page": [line]}, (line, at)


# --- 1. cookie and consent banners, and their buttons ---------------------------------------

CONSENT_NOTICES = [
    "We use cookies and similar tools to remember your settings, count visits and show ads that suit you.",
    "Utilizamos cookies propias y de terceros para medir las visitas y ofrecerte anuncios según tus "
    "intereses.",
    "Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.",
    "Nous utilisons des cookies pour mesurer l'audience du site et vous proposer des contenus adaptés.",
    "Wir verwenden Cookies und ähnliche Technologien, um unser Angebot für Sie zu verbessern.",
    "Diese Website nutzt Cookies, um die Nutzung zu analysieren und Werbung anzuzeigen.",
    "Utilizziamo i cookie per personalizzare i contenuti e analizzare il nostro traffico.",
]
CONSENT_BUTTONS = [
    "Accept and continue",
    "Agree and close",
    "Reject all",
    "Manage Settings",
    "Aceptar y continuar",
    "Rechazar todo",
    "Configurar cookies",
    "Tout accepter",
    "Gérer mes choix",
    "Continuer sans accepter",
    "Alle akzeptieren",
    "Einstellungen verwalten",
    "Accetta tutti",
    "Gestisci preferenze",
]
CONSENT_NEAR_MISSES = [
    "Regulators said the site uses cookies to track readers across other websites without asking them.",
    "We use cookies from the bakery on Dock Street as prizes for the summer reading club, Ms. Akande said.",
    "La agencia de protección de datos multó al diario porque utiliza cookies sin pedir permiso a sus "
    "lectores.",
    "Selon la CNIL, nous utilisons des cookies publicitaires sans le consentement des internautes, a déclaré "
    "le plaignant.",
    "Wir verwenden Cookies nur für die Anmeldung, sagte eine Sprecherin des Verlags am Dienstag.",
    "Alle akzeptieren das Urteil des Gerichts, auch wenn die Stadt noch Berufung prüft.",
    "Accept and continue to pay the fees, the finance office told the branches in a memo.",
    "Tout accepter sans discuter n'est pas une option pour les bibliothécaires de la ville.",
]


def test_a_banner_with_its_buttons_under_it_is_removed_whole() -> None:
    banner = [CONSENT_NOTICES[1], "Aceptar y continuar", "Configurar cookies"]
    assert kept_lines(banner, END) == {"dump": [], "page": []}


# --- 2. share and comment buttons in other languages ------------------------------------------

SHARE_BUTTONS = [
    "Copy link",
    "Link copied",
    "Copiar enlace",
    "Ir a los comentarios",
    "Copier le lien",
    "Aller aux commentaires",
    "Link kopieren",
    "Zu den Kommentaren",
    "Copia link",
    "Commenta",
    "Vai ai commenti",
    "Go to comments",
]
SHARE_NEAR_MISSES = [
    "Copy the link to the petition into a browser to sign it, the organisers told residents.",
    "Comenta el alcalde que la obra de la biblioteca central terminará antes del verano.",
    "Commenter la décision du conseil n'est pas son rôle, a-t-il ajouté devant la presse.",
    "Zu den Kommentaren der Anwohner wollte sich die Stadtverwaltung nicht äußern.",
]


# --- 3. author boxes: their heading alone, and the bio closing the story ------------------------

AUTHOR_BOX_HEADINGS = [
    "About the Author",
    "Meet the reporter",
    "Sobre la firma",
    "Sobre el autor",
    "À propos de l'auteur",
    "Über den Autor",
    "Über die Autorin",
    "Sull'autore",
]
CLOSING_BIOS = [
    "Laura Quintana es redactora de la sección de Economía de La Voz del Puerto desde 2019.",
    "Mathilde Roussel est journaliste au service Société du Courrier de la Baie.",
    "Jonas Albrecht ist Redakteur im Ressort Lokales und schreibt über Verkehr und Wohnen.",
    "Chiara Lombardi è giornalista della redazione cronaca del Corriere del Porto.",
]
BIO_NEAR_MISSES = [
    # A name and the verb, no newsroom role: the story's last paragraph.
    "Ana Belén Torres es portavoz del sindicato y dijo que las protestas seguirán hasta junio.",
    "Pierre Lagarde est le maire de la ville depuis 2014 et brigue un troisième mandat.",
    # A role noun, but no name opening the line.
    "La redactora jefa del diario municipal declinó hacer comentarios sobre el cierre.",
]
BIO_HEADING_NEAR_MISSES = [
    "About the author of the closure plan, little is known beyond his years at the finance office.",
    "Über den Autor des Gutachtens wurde im Rat lange gestritten.",
]


@pytest.mark.parametrize("bio", CLOSING_BIOS)
def test_a_bio_closing_the_story_in_another_language_is_removed(bio: str) -> None:
    # With its heading above it, or alone: the text path's closing-bio rule.
    boxed = cleaned_dump(["Sobre la firma", bio], END).paragraphs
    assert "Sobre la firma" not in boxed and bio not in boxed
    assert bio not in cleaned_dump([bio], END).paragraphs
    assert BODY[-1] in cleaned_dump([bio], END).paragraphs


def test_bios_in_the_middle_and_near_misses_at_the_end_stay() -> None:
    for bio in CLOSING_BIOS:
        assert bio in cleaned_dump([bio], MIDDLE).paragraphs
    for line in BIO_NEAR_MISSES:
        assert line in cleaned_dump([line], END).paragraphs, line


# --- 4. the thanks for a sign-up, and a recipe blog's calls ----------------------------------

READER_CALLS = [
    "Thank you for subscribing!",
    "Thanks for signing up!",
    "Thank you so much for registering.",
    "¡Gracias por suscribirte!",
    "Merci pour votre inscription !",
    "Vielen Dank für Ihre Anmeldung!",
    "Grazie per esserti iscritto!",
    "Pin this recipe for later!",
    "Save this recipe",
    "Did you make this recipe? Tag @harborkitchen on Instagram and hashtag it #harborkitchen",
    "Tried this recipe? Leave a comment and a star rating below, we love hearing from you!",
    "Have you made this recipe? Let us know in the comments.",
]
READER_CALL_NEAR_MISSES = [
    "Thanks for signing up so many volunteers, the library director wrote to the Friends group.",
    "Dolores Akande tried this recipe for the branch's bake sale and sold out in an hour.",
    "Save this recipe for the holidays, her grandmother told her, and she never forgot it.",
    "Did you make this recipe up yourself, the judge asked the youngest baker at the fair.",
]


# --- 5. a newsletter's consent small print ----------------------------------------------------

SMALL_PRINT = [
    "We use your sign-up to provide content in ways you've consented to and to improve our understanding of "
    "you. This may include adverts from us and 3rd parties based on our understanding.",
    "We will use your email address only to send you the Harbor Morning newsletter.",
    "By signing up you agree to our Privacy Policy and Terms of Use.",
    "Al suscribirte aceptas nuestra Política de Privacidad y los Términos y Condiciones.",
    "En vous inscrivant, vous acceptez notre politique de confidentialité.",
    "Mit Ihrer Anmeldung akzeptieren Sie unsere Datenschutzerklärung.",
    "Iscrivendoti accetti l'informativa sulla privacy.",
]
SMALL_PRINT_NEAR_MISSES = [
    "We use your feedback to decide which branches stay open late, the library director said.",
    "By signing up for the summer reading club, more than 900 children agreed to read at least four books, "
    "a record for the branches.",
    "Al registrarse, los vecinos aceptan las condiciones de préstamo de la biblioteca municipal.",
    "En cliquant sur le lien, les usagers acceptent la politique de confidentialité de la mairie, a "
    "expliqué le directeur.",
]


# --- 6. a list of the site's topic pages under the story -------------------------------------

TOPIC_LISTS = [
    ["Suggested Topics:", "Autos & Transportation", "Energy Policy"],
    ["Related Topics:", "Public Health", "Local Government", "Libraries", "City Budget"],
    ["Topics:", "Harbor City", "Libraries"],
    ["Temas relacionados", "Bibliotecas", "Presupuesto municipal", "Ayuntamiento de Harbor"],
    ["Weitere Themen", "Bibliotheken", "Stadtrat"],
    ["Sujets associés :", "Bibliothèques", "Conseil municipal"],
]
TOPIC_NEAR_MISSES = [
    "Topics discussed at the hearing included parking, the library budget and a new skate park.",
    "Related topics such as branch staffing will come back to the council in April, Mr. Tillman said.",
    "Temas como la vivienda y el transporte dominaron la sesión del martes.",
]


@pytest.mark.parametrize("topics", TOPIC_LISTS, ids=[topics[0] for topics in TOPIC_LISTS])
def test_a_topic_list_closing_the_story_is_removed(topics: list[str]) -> None:
    assert kept_lines(topics, END) == {"dump": [], "page": []}
    assert BODY[-1] in cleaned_dump(topics, END).paragraphs


def test_an_english_topic_list_inside_the_story_is_removed() -> None:
    for topics in TOPIC_LISTS[:3]:
        assert kept_lines(topics, MIDDLE) == {"dump": [], "page": []}


# --- 7. a publisher's funding note closing the story ------------------------------------------

FUNDING_NOTES = [
    "The Associated Press receives support from several private foundations for coverage of water and "
    "the environment. The AP is solely responsible for all content.",
    "The Harbor Ledger receives funding from the Marlow Foundation to expand its coverage of schools.",
    "This story was produced with support from the Harbor Trust for Local News.",
    "This reporting is supported by a grant from the Coastal Journalism Fund.",
    "Our coverage of housing is made possible in part by the Alder Family Foundation.",
    "The Ledger is solely responsible for all content.",
]
FUNDING_NEAR_MISSES = [
    "The library receives support from two private foundations for its literacy classes, the director said.",
    "The branch receives support from the Friends of the Library for its coverage of late-night hours, "
    "Mr. Tillman said.",
    "The project was funded by a state grant, which paid for new shelving and longer hours at Eastside.",
    "This project is funded by the state and the county and should be finished by the end of May.",
    "The council is solely responsible for the content of the budget it adopts in June.",
]


# --- every class: its lines go, in a dump and a page, in the middle and at the end; its near misses stay

JUNK_BY_CLASS = {
    "consent": CONSENT_NOTICES + CONSENT_BUTTONS,
    "share": SHARE_BUTTONS,
    "author box": AUTHOR_BOX_HEADINGS,
    "reader calls": READER_CALLS,
    "small print": SMALL_PRINT,
    "funding": FUNDING_NOTES,
}
NEAR_MISSES_BY_CLASS = {
    "consent": CONSENT_NEAR_MISSES,
    "share": SHARE_NEAR_MISSES,
    "author box": BIO_HEADING_NEAR_MISSES,
    "reader calls": READER_CALL_NEAR_MISSES,
    "small print": SMALL_PRINT_NEAR_MISSES,
    "topics": TOPIC_NEAR_MISSES,
    "funding": FUNDING_NEAR_MISSES,
}


@pytest.mark.parametrize("name", JUNK_BY_CLASS)
def test_the_furniture_of_each_class_is_removed(name: str) -> None:
    assert_removed(JUNK_BY_CLASS[name])


@pytest.mark.parametrize("name", NEAR_MISSES_BY_CLASS)
def test_the_near_misses_of_each_class_stay(name: str) -> None:
    assert_kept(NEAR_MISSES_BY_CLASS[name])
