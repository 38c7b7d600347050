"""The reader's calls alone on their line (`transforms/site_notes.py`, READER_CALL_RE).

A paywall's or a sign-up's call written as prose or in another language, a bare button,
a call for news tips and a reader-funded site's appeal are the site's, whatever outlet
prints them: they go before the model. A sentence of the story about subscriptions,
sign-ups, donations or tips stays: it reports (", the club said"), reads on, or names
none of the calls.

Every line here is written for this file; the outlets are made up.
"""

from __future__ import annotations

import pytest

from transforms.site_notes import drop_site_notes, is_signup_call

CALLS = [
    "Sign up here.",
    "Subscribe now",
    "Sign in or create a Harbor Ledger account to join the conversation.",
    "Log in or create a free account to keep reading.",
    "Log in to comment.",
    "We're glad you're here. Subscribe today for unlimited access from $1 a week.",
    "Make a donation",
    "Donate now",
    "Independent journalism costs money to produce. Help us keep it free for everyone.",
    "Do you have a news tip? Send it to the Valley Ledger on WhatsApp.",
    "Got a story tip? Email newsroom@ledger.example",
    "Il vous reste 74,5 % de cet article à lire. La suite est réservée aux abonnés.",
    "Cet article est réservé aux abonnés.",
    "Inscrivez-vous à notre infolettre quotidienne pour recevoir nos articles.",
    "Suscríbete para continuar leyendo",
    "Leé sin límites",
    "Este contenido es exclusivo para suscriptores.",
    "Regístrate gratis a nuestro boletín semanal de economía.",
    "Assine para continuar lendo.",
    "Receba as notícias da cidade no seu e-mail toda manhã.",
    "Jetzt weiterlesen mit Ledger Plus",
    "Melden Sie sich jetzt für unseren Newsletter an.",
    "Abbonati per continuare a leggere",
]

STORY_LINES = [
    "Subscribers will pay $5 more a month from January.",
    "Sign up here for the marathon, the organisers said on Monday.",
    "Join the club, she told the new recruits.",
    "Good journalism costs money, the union said, and the cuts will hurt.",
    "Do you have a plan for the winter? Most residents surveyed said they did not.",
    "Make a donation to the hospital fund was the last thing on his list.",
    "Il vous reste trois jours pour vous inscrire sur les listes électorales.",
    "La suite du procès aura lieu en janvier.",
    "Lee Sin, 34, was named captain on Tuesday.",
    "El contenido de la ley se conocerá la próxima semana.",
    "Receba quem quiser, disse o prefeito.",
    "Dieser Artikel der Verfassung wurde 1994 geändert.",
    "Questo articolo della legge è stato abrogato.",
    "Donated organs saved 40 lives in the region last year.",
    # The police's appeal for information is the story's.
    "Have a tip? Call Crime Stoppers at 800-555-0100.",
    "We spoke to dozens of readers who had cancelled their subscriptions.",
]


@pytest.mark.parametrize("line", CALLS)
def test_reader_calls_go(line: str) -> None:
    assert is_signup_call(line)
    kept, removed = drop_site_notes(["The council met on Monday to discuss the budget.", line])
    assert kept == ["The council met on Monday to discuss the budget."]
    assert [r.text for r in removed] == [line]


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_lines_about_subscriptions_and_donations_stay(line: str) -> None:
    assert not is_signup_call(line)
    assert drop_site_notes([line]) == ([line], [])
