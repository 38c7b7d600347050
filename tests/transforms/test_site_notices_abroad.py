"""A site's notices on sites abroad the cleaning kept as body (stop 37): cookie banners and
their buttons, ad slots' read-on lines and labels, paywall notes, comment threads' labels,
counts, calls and closed notes, in fifteen languages; and the story's sentences of the same
words, which stay.

Written for this file, on invented stories and invented lines modelled on what such sites
print (not on corpus text). Each junk line is inserted between paragraphs and at the end of a
story in its language, and must leave the body of a dump and of a page; each near miss is
inserted the same way and must stay in both.
"""

from __future__ import annotations

import pytest

from tests.transforms.foreign_notice_stories import STORIES
from transforms.labels_abroad import (
    AD_READ_ON_LINES,
    COMMENT_LINES,
    CONSENT_ACCEPT_VERBS,
    CONSENT_BUTTONS,
    COUNTED_LABELS_ONLY,
    PAYWALL_NOTES,
    may_be_label,
)
from transforms.site_notes import (
    CONSENT_HEADS_ABROAD,
    CONSENT_OPENINGS_ABROAD,
    _consent_lines_abroad,
    is_consent_notice_abroad,
)

POSITIONS = (2, 5)

CONSENT_NOTICES = [
    ("nb", "Vi bruker informasjonskapsler for å forbedre brukeropplevelsen og vise relevant innhold."),
    ("nb", "Dette nettstedet bruker informasjonskapsler. Les mer i vår personvernerklæring."),
    ("da", "Vi bruger cookies til at huske dine valg og til at måle trafikken på siden."),
    ("sv", "Den här webbplatsen använder kakor för att ge dig en bättre upplevelse."),
    ("sv", "Vi använder cookies för statistik och för att anpassa annonser."),
    ("fi", "Käytämme evästeitä sivuston toiminnan varmistamiseen ja mainonnan kohdentamiseen."),
    ("fi", "Tämä sivusto käyttää evästeitä. Jatkamalla selaamista hyväksyt evästeiden käytön."),
    ("ro", "Acest site folosește cookie-uri pentru a îmbunătăți experiența de navigare."),
    ("ro", "Folosim cookie-uri pentru a analiza traficul și a personaliza reclamele."),
    ("tr", "Bu sitede çerezler kullanılmaktadır. Detaylı bilgi için çerez politikamızı inceleyebilirsiniz."),
    ("tr", "Web sitemizde size daha iyi hizmet sunabilmek için çerezler kullanıyoruz."),
    ("hu", "Ez a weboldal sütiket használ a látogatottság méréséhez."),
    ("hu", "Sütiket használunk a tartalmak és hirdetések személyre szabásához."),
    ("cs", "Tento web používá k poskytování služeb a analýze návštěvnosti soubory cookies."),
    ("cs", "Používáme cookies, abychom vám zajistili co nejlepší zážitek z našeho webu."),
    ("pl", "Ta strona korzysta z plików cookie w celu realizacji usług."),
    ("pl", "Używamy plików cookies, aby dostosować serwis do Twoich potrzeb."),
    ("el", "Αυτός ο ιστότοπος χρησιμοποιεί cookies για να βελτιώσει την εμπειρία σας."),
    ("el", "Χρησιμοποιούμε cookies για τη λειτουργία του ιστότοπου και για στατιστικούς σκοπούς."),
    ("id", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."),
    ("id", "Kami menggunakan cookie untuk memastikan Anda mendapatkan pengalaman terbaik."),
    ("pt", "Este site utiliza cookies para melhorar a sua experiência de navegação."),
    ("nl", "Wij gebruiken cookies om de site goed te laten werken en om advertenties te tonen."),
    ("nl", "Deze website maakt gebruik van cookies om je een betere ervaring te bieden."),
    ("da", "Ved at fortsætte med at bruge siden accepterer du vores brug af cookies."),
    ("pl", "Korzystając z serwisu wyrażasz zgodę na używanie plików cookie."),
]
CONSENT_BUTTON_LINES = [
    ("nb", "Godta alle"),
    ("nb", "Avvis alle"),
    ("da", "Tillad alle cookies"),
    ("sv", "Godkänn alla kakor"),
    ("fi", "Hyväksy kaikki evästeet"),
    ("ro", "Accept toate"),
    ("ro", "Acceptă toate cookie-urile"),
    ("tr", "Tümünü kabul et"),
    ("tr", "Kabul et"),
    ("hu", "Összes elfogadása"),
    ("hu", "Elfogadom"),
    ("cs", "Přijmout vše"),
    ("pl", "Zaakceptuj wszystkie"),
    ("el", "Αποδοχή όλων"),
    ("el", "ΑΠΟΔΟΧΗ ΟΛΩΝ"),
    ("id", "Terima semua"),
    ("pt", "Aceitar todos"),
    ("nl", "Alles accepteren"),
]
AD_LINES = [
    ("ro", "PUBLICITATE"),
    ("el", "ΔΙΑΦΗΜΙΣΗ"),
    ("id", "Iklan"),
    ("da", "Artiklen fortsætter efter annoncen"),
    ("nb", "Artikkelen fortsetter under annonsen"),
    ("sv", "Artikeln fortsätter efter annonsen"),
    ("fi", "Juttu jatkuu mainoksen jälkeen"),
    ("cs", "Článek pokračuje pod reklamou"),
    ("cs", "Pokračování článku pod reklamou"),
    ("pl", "Dalsza część artykułu pod reklamą"),
    ("ro", "Articolul continuă după publicitate"),
    ("hu", "A cikk a hirdetés után folytatódik"),
    ("tr", "Haberin devamı reklamdan sonra"),
    ("el", "Συνέχεια μετά τη διαφήμιση"),
    ("id", "Lanjutkan membaca artikel di bawah"),
    ("it", "Continua a leggere dopo la pubblicità"),
    ("nl", "Het artikel gaat verder onder de advertentie"),
]
PAYWALL_LINES = [
    ("nb", "Denne artikkelen er for abonnenter"),
    ("sv", "Den här artikeln är för prenumeranter"),
    ("fi", "Tämä artikkeli on vain tilaajille"),
    ("cs", "Tento článek je pouze pro předplatitele"),
    ("tr", "Bu içerik abonelere özeldir"),
    ("ro", "Acest articol este disponibil doar pentru abonați"),
    ("el", "Το άρθρο είναι διαθέσιμο μόνο για συνδρομητές"),
    ("id", "Artikel ini khusus untuk pelanggan"),
    ("nb", "Allerede abonnent? Logg inn"),
    ("fi", "Oletko jo tilaaja? Kirjaudu sisään"),
]
COMMENT_LINES_KEPT = [
    ("tr", "Yorumlar (24)"),
    ("tr", "12 yorum"),
    ("tr", "Yorum yap"),
    ("fi", "Kommentoi"),
    ("fi", "Keskustelu on suljettu."),
    ("fi", "Kommentit (3)"),
    ("cs", "Komentáře (3)"),
    ("cs", "Diskuse (15)"),
    ("cs", "Napište komentář"),
    ("hu", "Hozzászólások (5)"),
    ("hu", "Szólj hozzá!"),
    ("ro", "Comentarii"),
    ("ro", "Lasă un comentariu"),
    ("ro", "Comentariile sunt închise."),
    ("el", "Σχόλια (7)"),
    ("el", "ΣΧΟΛΙΑ"),
    ("id", "Komentar"),
    ("id", "Tulis komentar"),
    ("sv", "Kommentera"),
    ("sv", "Lämna en kommentar"),
    ("pl", "Dodaj komentarz"),
    ("nb", "Kommentarfeltet er stengt."),
    ("pt", "Os comentários estão fechados."),
    ("nl", "Reageer"),
]
JUNK = CONSENT_NOTICES + CONSENT_BUTTON_LINES + AD_LINES + PAYWALL_LINES + COMMENT_LINES_KEPT

# The story's sentences with the same words, and lines a story may hold alone, which stay.
NEAR_MISSES = [
    ("nb", "Datatilsynet sier at informasjonskapsler bare kan brukes når leseren har sagt ja."),
    ("nb", "Vi bruker informasjonskapsler bare til statistikk, sier redaktør Åse Lindvik."),
    ("nb", "Nettstedet bruker informasjonskapsler i strid med loven, mener Datatilsynet."),
    ("pl", "Reklama telewizyjna kosztowała miasto ponad dwa miliony złotych."),
    ("pl", "Korzystając z plików cookie, firma śledziła użytkowników bez ich zgody, uznał sąd."),
    ("ro", "Comentariile ministrului au stârnit nemulțumirea primarilor din județ."),
    ("tr", "Bu sitede yayımlanan haberler, belediyenin çerez satışlarını da ele aldı."),
    ("sv", "Artikeln fortsätter att väcka debatt i kommunen, där annonsen om tjänsten drogs tillbaka."),
    ("da", "Denne artikel er skrevet af praktikanter på avisen, der er abonnenter selv."),
    # The banner's openings in a story's sentence: no cookies, or no reader asked to agree.
    ("nb", "Vi bruker mer penger på skolebygg enn noen gang før, og det merkes i budsjettet."),
    ("tr", "Bu sitede kullanılan fotoğrafların tamamı belediyenin arşivinden alındı."),
    ("da", "Ved at fortsætte med at bruge cookies uden samtykke risikerer firmaet en bøde på en million."),
]


# Lines a story may hold alone, as a subhead or a reply, between its paragraphs (at its foot a
# lone word is the model's to judge).
LONE_WORDS = [
    ("cs", "Diskuse"),
    ("fi", "Keskustelu"),
    ("hu", "– Elfogadom."),
    ("id", "Setuju"),
    ("pl", "Reklamy"),
]


def _kept(story: str, lines: list[str], at: int) -> dict[str, list[str]]:
    return STORIES[story].kept_lines(lines, at)


@pytest.mark.parametrize("at", POSITIONS)
@pytest.mark.parametrize(("story", "line"), JUNK, ids=lambda value: str(value)[:40])
def test_the_sites_notice_leaves_the_body(story: str, line: str, at: int) -> None:
    # A banner's notice goes with a button beside it (a story may say a site used cookies).
    banner = [line, "OK"] if is_consent_notice_abroad(line) else [line]
    assert _kept(story, banner, at) == {"dump": [], "page": []}


@pytest.mark.parametrize(
    ("story", "line"),
    [
        ("nb", "Vi bruker informasjonskapsler i strid med loven, innrømmet sjefen for nettstedet i retten."),
        ("tr", "Bu site, kullanıcıların çerezlerini izinsiz kullandığı için 2 milyon lira ceza aldı."),
        ("hu", "Ez a weboldal sütiket használt a látogatók engedélye nélkül, állapította meg a hatóság."),
    ],
    ids=lambda value: str(value)[:30],
)
def test_a_sentence_on_a_sites_cookies_with_no_button_stays(story: str, line: str) -> None:
    assert _kept(story, [line], 2) == {"dump": [line], "page": [line]}


@pytest.mark.parametrize("at", POSITIONS)
@pytest.mark.parametrize(("story", "line"), NEAR_MISSES, ids=lambda value: str(value)[:40])
def test_the_storys_line_of_the_same_words_stays(story: str, line: str, at: int) -> None:
    assert _kept(story, [line], at) == {"dump": [line], "page": [line]}


@pytest.mark.parametrize(("story", "line"), LONE_WORDS, ids=lambda value: str(value)[:40])
def test_a_lone_word_of_the_story_stays(story: str, line: str) -> None:
    assert _kept(story, [line], 2) == {"dump": [line], "page": [line]}


@pytest.mark.parametrize(
    ("story", "banner"),
    [
        ("nb", ["Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.", "Innstillinger", "OK"]),
        ("id", ["Setuju", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda."]),
        ("nl", ["Wij gebruiken cookies om de site goed te laten werken.", "Akkoord"]),
    ],
)
def test_a_banners_bare_buttons_go_with_it(story: str, banner: list[str]) -> None:
    assert _kept(story, banner, 2) == {"dump": [], "page": []}


def test_a_bare_button_beyond_the_banners_reach_stays() -> None:
    lines = [
        "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse.",
        "Godta alle",
        "a",
        "b",
        "c",
        "OK",
    ]
    assert _consent_lines_abroad(lines) == [0, 1]


@pytest.mark.parametrize("at", POSITIONS)
def test_the_invented_stories_stay_whole(at: int) -> None:
    for story in STORIES.values():
        assert story.cleaned_dump([], at).paragraphs == list(story.body)


def test_every_phrase_passes_the_head_gate_in_any_case() -> None:
    phrases = AD_READ_ON_LINES | COMMENT_LINES | CONSENT_BUTTONS | CONSENT_ACCEPT_VERBS | PAYWALL_NOTES
    phrases |= COUNTED_LABELS_ONLY
    for phrase in phrases:
        for written in (phrase, phrase.upper(), phrase.capitalize(), phrase.title()):
            if written.casefold() == phrase:  # a letter whose capital folds otherwise ("İ") is no phrase's
                assert may_be_label(written), written


def test_every_consent_opening_passes_its_head_gate() -> None:
    for word in CONSENT_OPENINGS_ABROAD:
        for written in (word, word.upper(), word.capitalize()):
            assert (written + " x")[:2] in CONSENT_HEADS_ABROAD, written
