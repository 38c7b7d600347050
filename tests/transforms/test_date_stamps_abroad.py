"""The date and update stamps of sites in the languages beyond the first seven (stop 37): a label
and a date ("Publisert: 12. desember 2023 kl. 14:30", "Päivitetty 15.1.2024 10:40", "Güncelleme:
12.03.2024 10:15"), a date then its update ("13. září 2023 15:44, aktualizováno 17:02"), a date
alone with its weekday and time ("Tiistai 12.3.2024 klo 10.15", "2023. június 9., péntek 10:32").
They are removed as the English ones are, from the words of `transforms.dates.DATE_WORDS_BY_LANGUAGE`,
and their dates read into the row. Real sentences that open with the same words or hold a date stay.

Every line here is written for this file, modelled on the shapes of several outlets in each
language; the real sentences that look like them are asserted beside them and must stay.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.transforms.test_foreign_site_lines import BODIES as FOREIGN_BODIES
from transforms.article import Article
from transforms.dates import (
    DATE_WORDS_BY_LANGUAGE,
    LABEL_LANGUAGES,
    LABEL_OPENING_RE,
    NEXT_LABEL_RE,
    find_stated_dates,
    has_label_word,
    parse_labelled_date,
)
from transforms.notices import _may_open_notice, is_notice_line
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

BODIES = {
    **FOREIGN_BODIES,
    "nb": (
        "Bystyret vedtok ny havnepromenade etter flommen",
        "Prosjektet skal koste rundt 400 millioner kroner",
        [
            "Bystyret stemte tirsdag for å bygge opp igjen havnepromenaden som ble ødelagt da vannet "
            "steg i fjor vår, etter flere måneder med strid om kostnadene.",
            "Kaia skal heves med en meter, og fiskemarkedet flyttes lenger unna vannet. Prosjektet "
            "betales med statlige midler og et lån kommunen tar opp i år.",
            "Opposisjonen mener handelsfolkene på kaia aldri ble spurt før tegningene ble laget, noe "
            "kommunen avviser med henvisning til flere folkemøter.",
            "Arbeidet skal starte til sommeren og vare i to år, og promenaden holdes stengt for "
            "publikum så lenge, opplyser etaten.",
        ],
    ),
    "fi": (
        "Valtuusto hyväksyi rantakadun uudistuksen",
        "Hanke maksaa noin 40 miljoonaa euroa",
        [
            "Kaupunginvaltuusto hyväksyi tiistaina suunnitelman tulvassa tuhoutuneen rantakadun "
            "rakentamisesta uudelleen, kun kustannuksista oli kiistelty kuukausia.",
            "Laituria korotetaan metrillä ja kalatori siirretään kauemmas vedestä. Hanke rahoitetaan "
            "valtion avustuksella ja kaupungin ottamalla lainalla.",
            "Oppositio arvosteli sitä, ettei laiturin kauppiaita kuultu ennen suunnitelman laatimista, "
            "mutta kaupunki viittasi useisiin asukastilaisuuksiin.",
            "Työt alkavat kesällä ja kestävät kaksi vuotta, ja rantakatu on sinä aikana suljettu "
            "jalankulkijoilta, kertoo rakennusvirasto.",
        ],
    ),
    "cs": (
        "Zastupitelstvo schválilo obnovu nábřeží",
        "Projekt má stát zhruba miliardu korun",
        [
            "Zastupitelé v úterý schválili plán na obnovu nábřeží, které loni na jaře zničila povodeň, "
            "a ukončili tak několikaměsíční spor o náklady.",
            "Nábřežní zeď se zvýší o metr a rybí trh se přesune dál od vody. Stavba bude placena ze "
            "státní dotace a z úvěru, který si město vezme.",
            "Opozice kritizuje, že se radnice obchodníků z nábřeží před přípravou projektu neptala, "
            "město to odmítá a odkazuje na veřejná projednání.",
            "Práce mají začít v létě a potrvat dva roky, po tu dobu bude nábřeží pro chodce uzavřené, "
            "uvedl stavební odbor.",
        ],
    ),
    "tr": (
        "Belediye meclisi sahil yolunun yenilenmesini onayladı",
        "Projenin maliyeti yaklaşık 40 milyon avro",
        [
            "Belediye meclisi salı günü, geçen bahar selde yıkılan sahil yolunun yeniden yapılması "
            "planını aylarca süren maliyet tartışmasının ardından onayladı.",
            "Rıhtım bir metre yükseltilecek ve balık hali sudan uzağa taşınacak. Proje devlet desteği "
            "ve belediyenin alacağı krediyle finanse edilecek.",
            "Muhalefet, rıhtımdaki esnafa proje hazırlanmadan önce danışılmadığını söyledi; belediye "
            "ise yapılan halk toplantılarını hatırlattı.",
            "Çalışmaların yazın başlaması ve iki yıl sürmesi bekleniyor, bu süre boyunca sahil yolu "
            "yayalara kapalı kalacak.",
        ],
    ),
    "id": (
        "DPRD setujui pembangunan ulang kawasan pantai",
        "Proyek itu diperkirakan menelan biaya Rp 600 miliar",
        [
            "Dewan kota pada Selasa menyetujui rencana pembangunan ulang kawasan pantai yang rusak "
            "diterjang banjir musim lalu, setelah perdebatan panjang soal biaya.",
            "Tanggul akan ditinggikan satu meter dan pasar ikan dipindahkan menjauhi air. Proyek ini "
            "dibiayai dana pemerintah pusat dan pinjaman pemerintah kota.",
            "Pihak oposisi menilai para pedagang di dermaga tidak pernah diajak bicara sebelum desain "
            "dibuat, sesuatu yang dibantah oleh pemerintah kota.",
            "Pekerjaan dijadwalkan mulai pertengahan tahun dan berlangsung dua tahun, selama itu "
            "kawasan pantai ditutup untuk umum, kata dinas pekerjaan umum.",
        ],
    ),
}
# Where a stamp is put: under the headline, and between the story's paragraphs.
PLACES = (0, 1, 2)


def dump(language: str, lines: list[str], at: int) -> str:
    title, subtitle, body = BODIES[language]
    return "\n".join([title, subtitle, *body[:at], *lines, *body[at:]])


def cleaned(language: str, lines: list[str], at: int) -> Article:
    return clean(parse_text_dump(dump(language, lines, at), source="stamps.txt"))


def assert_removed(language: str, lines: list[str]) -> None:
    for at in PLACES:
        article = cleaned(language, lines, at)
        assert article.paragraphs == BODIES[language][2], (lines, at)


def assert_kept(language: str, line: str) -> None:
    for at in PLACES:
        assert line in cleaned(language, [line], at).paragraphs, (line, at)


# (body's language, stamp): the body a stamp is put in is in its language where this file has
# one, else in a neighbour's (the rule reads the stamp's words alone).
LABELLED_STAMPS = [
    ("nb", "Publisert: 12. desember 2023 kl. 14:30"),
    ("nb", "Oppdatert 13.12.2023 08:02"),
    ("nb", "Sist oppdatert: 4. mars 2024 kl. 09.15"),
    ("nb", "Publisert 12.12.2023 14:30 Oppdatert 13.12.2023 08:02"),
    ("nb", "Opdateret 13. december 2023 kl. 08.02"),  # Danish
    ("nb", "Publiceret den 3. marts 2024 kl. 11:20"),  # Danish
    ("sv", "Publicerad 13 december 2023 kl. 08.02"),
    ("sv", "Uppdaterad 14 december 2023 16:45"),
    ("sv", "Publicerad 2024-03-04 07:30 | Uppdaterad 2024-03-04 09:10"),
    ("fi", "Päivitetty 15.1.2024 10:40"),
    ("fi", "Julkaistu 14.1. 9:05"),
    ("fi", "Julkaistu 3.3.2024 klo 18.02 | Päivitetty 4.3.2024 klo 7.45"),
    ("cs", "Aktualizováno 17. září 2023 8:12"),
    ("cs", "Publikováno: 5. března 2024, 14:20"),
    ("cs", "Aktualizované 13. septembra 2023 o 15:44"),  # Slovak
    ("pl", "Opublikowano: 12 marca 2024, 10:15"),
    ("pl", "Aktualizacja: 12.03.2024 10:15"),
    ("pl", "Ostatnia aktualizacja: 3 kwietnia 2024 o 18:05"),
    ("cs", "Publikálva: 2023.06.09. 10:32"),  # Hungarian
    ("cs", "Frissítve: 2024. március 4. 08:15"),  # Hungarian
    ("it", "Publicat: 12 martie 2024, 10:15"),  # Romanian
    ("it", "Ultima actualizare: 13 martie 2024, ora 08:40"),  # Romanian
    ("tr", "Yayınlanma: 12.03.2024 10:15"),
    ("tr", "Güncelleme: 13.03.2024 - 08:40"),
    ("tr", "Son güncelleme: 4 Nisan 2024 Perşembe 17:22"),
    ("en", "Δημοσίευση: 12/03/2024 10:15"),  # Greek
    ("en", "Ενημέρωση: 13 Μαρτίου 2024, 08:40"),  # Greek
    ("id", "Diterbitkan: Selasa, 12 Maret 2024 10:15 WIB"),
    ("id", "Diperbarui: 13 Maret 2024, 08:40 WIB"),
    ("id", "Diterbitkan 12 Maret 2024 pukul 10.15 WIB"),
    ("pt", "Atualizado em 12/03/2024 10h15"),
]
DATE_THEN_UPDATE_STAMPS = [
    ("cs", "13. září 2023 15:44, aktualizováno 17:02"),
    ("cs", "5. března 2024 9:30, aktualizováno 5. března 2024 11:02"),
    ("pl", "12 marca 2024, 10:15 | aktualizacja: 12 marca 2024, 12:40"),
]
BARE_STAMPS = [
    ("fi", "Tiistai 12.3.2024 klo 10.15"),
    ("fi", "15. tammikuuta 2024 klo 10.40"),
    ("cs", "2023. június 9., péntek 10:32"),  # Hungarian, the year first
    ("cs", "středa 13. září 2023, 15:44"),
    ("pl", "piątek, 15 marca 2024 10:05"),
    ("nb", "mandag 11. desember 2023 kl. 21.15"),
    ("tr", "12 Mart 2024 Salı 10:15"),
    ("id", "Selasa, 12 Maret 2024 10:15 WIB"),
    ("it", "martedì 12 marzo 2024 ore 10:15"),
    ("it", "luni, 11 martie 2024, ora 09:30"),  # Romanian
    ("nl", "dinsdag 12 maart 2024 10:15"),
    ("pt", "terça-feira, 12 de março de 2024 10:15"),
]


@pytest.mark.parametrize(("language", "line"), LABELLED_STAMPS + DATE_THEN_UPDATE_STAMPS + BARE_STAMPS)
def test_a_date_stamp_abroad_is_a_notice(language: str, line: str) -> None:
    assert is_notice_line(line), line


@pytest.mark.parametrize(("language", "line"), LABELLED_STAMPS + DATE_THEN_UPDATE_STAMPS + BARE_STAMPS)
def test_a_date_stamp_abroad_is_removed(language: str, line: str) -> None:
    assert_removed(language, [line])


def test_a_stamp_pair_on_two_lines_is_removed() -> None:
    assert_removed("nb", ["Publisert: 12. desember 2023 kl. 14:30", "Oppdatert: 13. desember 2023 kl. 08:02"])
    assert_removed("fi", ["Julkaistu 14.1.2024 9:05", "Päivitetty 15.1.2024 10:40"])


# Sentences that open with a label's word, or hold a date, or open with a weekday and a date.
NEAR_MISSES = [
    ("nb", "Publisert materiale viser at kommunen visste om problemet allerede i 2023."),
    ("nb", "Oppdatert informasjon kommer i morgen."),
    ("nb", "Mandag 11. desember 2023 møttes bystyret for siste gang før jul."),
    ("sv", "Uppdaterad statistik publiceras den 13 december 2023 av kommunen."),
    ("fi", "Tiistaina 12.3.2024 valtuusto päätti asiasta yksimielisesti."),
    ("fi", "Julkaistu raportti osoittaa, että tulvat yleistyvät."),
    ("cs", "Aktualizováno bylo také 13. září 2023 nařízení o dopravě na nábřeží."),
    ("cs", "Publikováno bylo jen 5. března 2024, tedy po hlasování."),
    ("pl", "Aktualizacja systemu zaplanowana jest na 12 marca 2024 r."),
    ("pl", "Opublikowano je dopiero 12 marca 2024, po głosowaniu."),
    ("it", "Il 12 marzo 2024 il consiglio ha votato a favore del progetto."),
    ("it", "Martedì 12 marzo 2024 il consiglio si è riunito fino a tarda sera."),
    ("tr", "Güncelleme 12.03.2024 tarihinde yürürlüğe girdi."),
    ("tr", "Yayınlanma tarihi belli olmayan rapor meclise sunuldu."),
    ("id", "Diperbarui setiap hari, data tersebut menunjukkan kenaikan harga."),
    ("id", "Selasa, 12 Maret 2024, dewan kota menggelar rapat paripurna."),
    ("cs", "2023. június 9-én a képviselő-testület döntött a felújításról."),  # Hungarian
    ("it", "Publicat pentru prima dată în 2023, raportul a fost actualizat."),  # Romanian
]


@pytest.mark.parametrize(("language", "line"), NEAR_MISSES)
def test_a_sentence_with_a_stamps_words_is_no_notice(language: str, line: str) -> None:
    assert not is_notice_line(line), line


def test_an_update_note_after_its_date_is_no_stamp() -> None:
    # Words after the date: the editor's note of what changed, not a stamp (the line model judges it).
    assert not is_notice_line("Oppdatert 13.12.2023: kommunen har nå svart på kritikken fra handelsstanden.")
    assert not is_notice_line("Päivitetty 15.1.2024: kaupunki vastasi kritiikkiin.")


@pytest.mark.parametrize(("language", "line"), NEAR_MISSES)
def test_a_sentence_with_a_stamps_words_stays(language: str, line: str) -> None:
    assert_kept(language, line)


def at(year: int, month: int, day: int, hour: int, minute: int, offset_hours: int = 0) -> datetime:
    """The instant of a local time `offset_hours` east of UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=UTC) - timedelta(hours=offset_hours)


# (lines at the top of a dump, the published instant, the updated instant): read by the labels'
# words and the months' names of the stamp's language.
STATED = [
    (["Publisert: 12. desember 2023 kl. 14:30", "Oppdatert: 13. desember 2023 kl. 08:02"],
     at(2023, 12, 12, 14, 30), at(2023, 12, 13, 8, 2)),
    (["Publicerad 13 december 2023 kl. 08.02"], at(2023, 12, 13, 8, 2), None),
    (["Julkaistu 14. tammikuuta 2024 klo 9.05", "Päivitetty 15.1.2024 10:40"],
     at(2024, 1, 14, 9, 5), at(2024, 1, 15, 10, 40)),
    (["13. září 2023 15:44, aktualizováno 13. září 2023 17:02"],
     at(2023, 9, 13, 15, 44), at(2023, 9, 13, 17, 2)),
    (["Opublikowano: 12 marca 2024, 10:15"], at(2024, 3, 12, 10, 15), None),
    (["2023. június 9., péntek 10:32"], at(2023, 6, 9, 10, 32), None),
    (["Publicat: 12 martie 2024, 10:15", "Actualizat: 13 martie 2024, 08:40"],
     at(2024, 3, 12, 10, 15), at(2024, 3, 13, 8, 40)),
    (["Yayınlanma: 12.03.2024 10:15", "Güncelleme: 13.03.2024 08:40"],
     at(2024, 3, 12, 10, 15), at(2024, 3, 13, 8, 40)),
    (["Δημοσίευση: 12 Μαρτίου 2024, 10:15"], at(2024, 3, 12, 10, 15), None),
    (["Diterbitkan: Selasa, 12 Maret 2024 10:15 WIB"], at(2024, 3, 12, 10, 15, offset_hours=7), None),
    (["Diperbarui pada 13 Maret 2024 pukul 08.40 WIB"], None, at(2024, 3, 13, 8, 40, offset_hours=7)),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "published", "updated"), STATED)
def test_a_stamps_dates_are_read(
    lines: list[str], published: datetime | None, updated: datetime | None
) -> None:
    found = find_stated_dates(["Bystyret vedtok ny havnepromenade", *lines], dayfirst=True)
    assert (found.published[1].instant if found.published else None) == published, lines
    assert (found.updated[1].instant if found.updated else None) == updated, lines


def test_a_date_line_in_a_month_other_languages_share_is_read_in_its_own() -> None:
    # "Juni" is also Norwegian, Swedish and Indonesian: only a name the first seven languages do not
    # write sends a line to the others, so the German weekday is still read.
    found = find_stated_dates(["Mittwoch, 13. Juni 2024, 10:15 Uhr"])
    assert found.published is not None and found.published[1].instant == at(2024, 6, 13, 10, 15)


def test_a_stamps_date_dates_the_row() -> None:
    article = cleaned("nb", ["Publisert: 12. desember 2023 kl. 14:30"], 0)
    assert article.published_at == at(2023, 12, 12, 14, 30)
    assert article.paragraphs == BODIES["nb"][2]


def test_a_time_after_a_scandinavian_kl_is_read() -> None:
    # dateparser reads no "kl." in Swedish: the link word is left out before it parses.
    stated = parse_labelled_date("13 december 2023 kl. 08.02", ("sv",), dayfirst=True)
    assert stated is not None and stated.instant == at(2023, 12, 13, 8, 2)


ALL_LABELS = sorted(
    {label for words in DATE_WORDS_BY_LANGUAGE.values() for label in (*words.published, *words.updated)}
)


@pytest.mark.parametrize("label", ALL_LABELS)
def test_every_label_abroad_passes_the_gates_and_names_its_language(label: str) -> None:
    for written in (label, label.capitalize(), label.title()):
        line = f"{written}: 12.03.2024 10:15"
        assert LABEL_OPENING_RE.match(line), line
        assert NEXT_LABEL_RE.search(f"11.03.2024 09:00 | {line}"), line
        assert has_label_word(line), line
        assert _may_open_notice(line), line
        assert is_notice_line(line), line
    assert LABEL_LANGUAGES[label.split()[0]], label
