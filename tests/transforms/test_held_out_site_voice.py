"""Lines in a site's own voice a held-out test on dumps from sites we never tuned on kept in the body.

Every line here is invented for this file, after the shapes the held-out dumps showed: a comment
thread's calls and buttons, a newsletter's call opened by a question to the reader, a series' note
with its call to read the rest and a partnership's note, a support appeal closed by a subscription
offer, and a dateline's place and date with the time of the update. Each class is taken by an
exact-syntax rule in the module that owns its kind (`transforms.site_notes`, `transforms.menus`,
`transforms.notices`), so every line of it must go, in a text dump and in a page, in the middle of
the story and at its end; each comes with near misses, real sentences of the same words that stay.
"""

from __future__ import annotations

import pytest
from test_held_out_furniture import BODY, END, MIDDLE, assert_kept, assert_removed, cleaned_dump

from transforms.menus import is_page_tool
from transforms.notices import is_notice_line
from transforms.site_notes import is_signup_call, is_site_note, is_site_note_line

# --- 1. a comment thread's calls, and its buttons alone ----------------------------------------

COMMENT_CALLS = [
    "Have your say in the comments section below.",
    "Have your say below",
    "Let us know what you think in the comments.",
    "Join the discussion: sign in or register to comment.",
    "Join the debate. Create a free account to take part.",
    "Loggen Sie sich ein, um einen Kommentar zu schreiben.",
    "Connectez-vous pour réagir.",
    "Inicia sesión para comentar",
    "Accedi per commentare",
    "Faça login para comentar",
]
COMMENT_BUTTONS = [
    "Post your comment",
    "Write a comment",
    "Comments are now closed for this story.",
    "Commenting has been disabled.",
    "Escribe tu comentario",
    "Los comentarios están cerrados",
    "Ajoutez votre commentaire",
    "Réagir à l'article",
    "Les commentaires sont fermés.",
    "Kommentar verfassen",
    "Die Kommentarfunktion ist deaktiviert.",
    "Scrivi un commento",
    "I commenti sono chiusi",
    "Deixe um comentário",
    "Plaats een reactie",
]
COMMENT_NEAR_MISSES = [
    '"Have your say," the mayor told residents at the start of the hearing.',
    "Have your say at the public hearing on March 14, the council urged residents in a flyer.",
    "Leave a comment with the clerk before Friday if you want to speak at the meeting.",
    "Comments are closed to the public until the hearing opens, the clerk explained.",
    # Short enough for a page tool, but a sentence that goes on past the button's words.
    "Leave a comment card at the front desk.",
    "Comments are closed until the April hearing.",
    "Let us know in the comments, the library's post asked, and hundreds of readers did.",
    "Join the conversation about the branches at the Eastside community centre on Thursday evening.",
    "Melden Sie sich an, um im Rat zu sprechen, sagte die Bürgermeisterin am Dienstag.",
    "Melden Sie sich an, um einen Platz im Saal zu bekommen; die Plätze im Rathaus sind begrenzt.",
    "Deja tu comentario en el buzón de la biblioteca, pidió la concejala a los vecinos.",
    "Laissez un commentaire sur le registre de la mairie avant vendredi, a conseillé le maire.",
]

# --- 2. a newsletter's call opened by a question to the reader ---------------------------------

QUESTION_CALLS = [
    "Vous voulez suivre l'actualité de votre ville ? Abonnez-vous à notre newsletter quotidienne.",
    "¿No quieres perderte nada? Apúntate a nuestra newsletter semanal.",
    "Möchten Sie jeden Morgen informiert sein? Melden Sie sich für unseren Newsletter an.",
    "Want the day's top stories every morning? Sign up for our newsletter.",
    "Quer receber as principais notícias do dia? Assine nossa newsletter.",
]
QUESTION_NEAR_MISSES = [
    "Why did the council wait so long? Residents asked the question again and again on Tuesday.",
    "Vous souhaitez recevoir les comptes rendus du conseil ? La mairie les publie chaque semaine.",
    "Sie wollen keine Sitzung verpassen? Der Rat überträgt alle Sitzungen live im Internet.",
    "¿Quién pagará la obra? Suscríbete a nuestro boletín, dijo el alcalde entre risas.",
]

# --- 3. a series' note with its call to read the rest, and a partnership's note ----------------

SERIES_NOTES = [
    "This story is part of The Long Drought, our series on water in the West. Read the rest of the series "
    "here.",
    "This report is part of Borderlands, a Ledger series on frontier towns; you can read every installment "
    "here.",
    "Este reportaje forma parte de la serie «Costas en peligro». Lee el resto de entregas aquí.",
    "Cet article fait partie de notre série « Les oubliés du rail ». Retrouvez tous les épisodes ici.",
    "Dieser Beitrag ist Teil unserer Serie „Stadt im Wandel“. Alle Folgen lesen Sie hier.",
    "Questo articolo fa parte della serie «Città d'acqua». Leggi tutte le puntate qui.",
    "This story is a collaboration between the Harbor Ledger and Bayside Public Radio.",
    "This article is part of a reporting partnership with the Coastal Investigative Network.",
]
SERIES_NEAR_MISSES = [
    "This article is part of the evidence the council reviewed before the vote, the clerk said.",
    "This story is part of a larger fight over public space in Harbor, which has lost two parks since 2019.",
    "The closure is part of a series of cuts; read the finance office's report for the details.",
    "This report is part of the budget packet the council received. Residents can find it at the library "
    "here.",
    "This project is a collaboration between the library and the parks department, officials said.",
    "This story is a collaboration of memories from people who used the Pier Street branch as children.",
]

# --- 4. a support appeal closed by its offer, in several languages -----------------------------

SUPPORT_APPEALS = [
    "Support independent local journalism. Become a member of the Valley Courier today.",
    "Support our journalism: subscribe from $1 a week.",
    "Soutenez un journalisme indépendant. Abonnez-vous dès 1 € le premier mois.",
    "Unterstützen Sie unabhängigen Journalismus. Jetzt abonnieren!",
    "Apoya el periodismo independiente. Hazte socio desde 3 euros al mes.",
]
SUPPORT_NEAR_MISSES = [
    "Support independent journalism, the foundation's director urged donors at the gala.",
    "Support for independent journalism has grown, a survey of the city's readers found.",
    "Support independent journalism. That was the message of the foundation's gala on Saturday.",
    "Soutenez le journalisme local, a lancé la maire aux habitants réunis mardi soir.",
]

# --- 5. a dateline's place and date, then the time of the update ------------------------------

PLACED_UPDATES = [
    "Sevilla, 3 feb 2026 - 07:30 Actualizado: 3 feb 2026 - 11:05",
    "Hamburg, 04.02.2026 - 18:20 Uhr Aktualisiert: 05.02.2026 - 09:02 Uhr",
    "Bordeaux, 4 février 2026 à 18h20 Mis à jour le 5 février 2026 à 09h02",
    "Manchester, 4 February 2026 - 18:20 Updated: 5 February 2026 - 09:02",
    "Coimbra, 04/02/2026 - 18:20 Atualizado em 05/02/2026 - 09:02",
]
PLACED_UPDATE_NEAR_MISSES = [
    "Manchester, 4 February 2026 - Updated figures show 300 more families on the waiting list.",
    "Sevilla, 3 feb 2026 - El ayuntamiento actualizó el plan de obras del puerto.",
]

# Each class: its lines, and the near misses that stay (the comment buttons' are the comment calls').
CLASSES: dict[str, tuple[list[str], list[str]]] = {
    "comment calls": (COMMENT_CALLS, COMMENT_NEAR_MISSES),
    "comment buttons": (COMMENT_BUTTONS, []),
    "question calls": (QUESTION_CALLS, QUESTION_NEAR_MISSES),
    "series notes": (SERIES_NOTES, SERIES_NEAR_MISSES),
    "support appeals": (SUPPORT_APPEALS, SUPPORT_NEAR_MISSES),
    "placed updates": (PLACED_UPDATES, PLACED_UPDATE_NEAR_MISSES),
}


@pytest.mark.parametrize("name", CLASSES)
def test_each_class_goes_and_its_near_misses_stay(name: str) -> None:
    # In a dump and a page, in the middle of the story and at its end.
    junk, near_misses = CLASSES[name]
    assert_removed(junk)
    assert_kept(near_misses)


# The rule, not the model, takes each line: with the line model's doubt, a rule that missed would
# still pass the cleaning tests above, and a broken rule would go unnoticed.


@pytest.mark.parametrize(
    "line", [*COMMENT_CALLS, *QUESTION_CALLS, *SERIES_NOTES, *SUPPORT_APPEALS], ids=lambda line: line[:30]
)
def test_the_site_notes_rule_takes_each_call(line: str) -> None:
    assert is_site_note(line) and is_site_note_line(line)


@pytest.mark.parametrize("line", COMMENT_BUTTONS, ids=lambda line: line[:30])
def test_the_page_tools_rule_takes_each_comment_button(line: str) -> None:
    assert is_page_tool(line)


@pytest.mark.parametrize("line", PLACED_UPDATES, ids=lambda line: line[:30])
def test_the_notices_rule_takes_each_placed_update(line: str) -> None:
    assert is_notice_line(line)


@pytest.mark.parametrize(
    "line",
    [*COMMENT_NEAR_MISSES, *QUESTION_NEAR_MISSES, *SERIES_NEAR_MISSES, *SUPPORT_NEAR_MISSES],
    ids=lambda line: line[:30],
)
def test_no_rule_takes_a_near_miss(line: str) -> None:
    assert not is_site_note(line) and not is_page_tool(line) and not is_notice_line(line)


@pytest.mark.parametrize("line", PLACED_UPDATE_NEAR_MISSES, ids=lambda line: line[:30])
def test_the_notices_rule_spares_a_story_after_the_place_and_date(line: str) -> None:
    assert not is_notice_line(line)


def test_a_series_note_without_its_call_is_left_to_the_model() -> None:
    # What a story says it is part of is no promo: only the call to read the rest is.
    assert not is_site_note("This story is part of The Long Drought, our series on water in the West.")


def test_a_question_then_a_call_needs_the_call() -> None:
    assert is_signup_call("¿Quieres recibir las noticias cada mañana? Suscríbete a nuestro boletín.")
    assert not is_signup_call("¿Quieres recibir las noticias cada mañana? El ayuntamiento abre un canal.")
    # Two sentences before the call are no question to the reader.
    assert not is_signup_call("The vote was close. Who will pay? Sign up for our newsletter.")


def test_the_body_around_the_removed_lines_stays() -> None:
    inserted = [COMMENT_CALLS[0], COMMENT_BUTTONS[2], SUPPORT_APPEALS[0]]
    paragraphs = cleaned_dump(inserted, END).paragraphs
    assert all(line in paragraphs for line in BODY)
    assert MIDDLE < END
