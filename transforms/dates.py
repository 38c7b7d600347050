"""Publication dates from metadata values into timezone-aware UTC datetimes."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil import parser as date_parser
from dateutil.tz import tzoffset

from transforms.text_units import is_label_line

# Dates outside this range are parse accidents ("0001-01-01", epoch typos).
EARLIEST_YEAR = 1800
LATEST_YEAR = 2200
MAX_DATE_CHARS = 100

# A month's names in the languages of the pages we meet first (en, de, fr, es, it, pt, nl), by number.
_WESTERN_MONTH_NAMES = (
    ("january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"),
    ("february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"),
    ("march", "mar", "märz", "mars", "marzo", "março", "maart"),
    ("april", "apr", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio", "mei"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
    ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
    ("august", "aug", "août", "aout", "agosto", "augustus"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
    ("october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DateWords:
    """How one language's pages stamp a story's date: the labels of its published and updated
    dates ("Publisert:", "Sist oppdatert"), its months by number (each with the forms a date
    writes: "marzec", "marca"), its weekdays, and the words between a date's parts ("kl.",
    "klo", "o", "pukul"). Lower case; a label's words are matched with any space between them."""

    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    months: tuple[tuple[str, ...], ...] = ()
    weekdays: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()  # between a label and its date: "Publicat pe", "Diterbitkan pada"


# The date words of the languages beyond the seven of `_WESTERN_MONTH_NAMES` (and the weekdays and
# link words those seven lacked), by their code in dateparser, which reads their dates.
DATE_WORDS_BY_LANGUAGE: dict[str, DateWords] = {
    "nb": DateWords(
        published=("publisert", "først publisert"),
        updated=("oppdatert", "sist oppdatert"),
        months=(("januar",), ("februar",), ("mars",), ("april",), ("mai",), ("juni",), ("juli",),
                ("august",), ("september",), ("oktober",), ("november",), ("desember",)),
        weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        links=("kl", "klokken"),
        prepositions=("den",),
    ),
    "da": DateWords(
        published=("publiceret",),
        updated=("opdateret", "sidst opdateret"),
        months=(("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",),
                ("august",), ("september",), ("oktober",), ("november",), ("december",)),
        weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
        links=("kl", "klokken"),
        prepositions=("den",),
    ),
    "sv": DateWords(
        published=("publicerad", "publicerat"),
        updated=("uppdaterad", "uppdaterat", "senast uppdaterad", "senast uppdaterat"),
        months=(("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",),
                ("augusti",), ("september",), ("oktober",), ("november",), ("december",)),
        weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
        links=("kl", "klockan"),
        prepositions=("den",),
    ),
    "fi": DateWords(
        published=("julkaistu",),
        updated=("päivitetty", "päivitetty viimeksi", "viimeksi päivitetty"),
        # The name and its partitive, as a date writes it: "15. tammikuuta 2024".
        months=(("tammikuu", "tammikuuta"), ("helmikuu", "helmikuuta"), ("maaliskuu", "maaliskuuta"),
                ("huhtikuu", "huhtikuuta"), ("toukokuu", "toukokuuta"), ("kesäkuu", "kesäkuuta"),
                ("heinäkuu", "heinäkuuta"), ("elokuu", "elokuuta"), ("syyskuu", "syyskuuta"),
                ("lokakuu", "lokakuuta"), ("marraskuu", "marraskuuta"), ("joulukuu", "joulukuuta")),
        weekdays=("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
        links=("klo", "kello"),
    ),
    "cs": DateWords(
        published=("publikováno", "zveřejněno"),
        updated=("aktualizováno", "aktualizace"),
        # The name and its genitive: "13. září 2023", "5. března 2024".
        months=(("leden", "ledna"), ("únor", "února"), ("březen", "března"), ("duben", "dubna"),
                ("květen", "května"), ("červen", "června"), ("červenec", "července"), ("srpen", "srpna"),
                ("září",), ("říjen", "října"), ("listopad", "listopadu"), ("prosinec", "prosince")),
        weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
        links=("v",),
        prepositions=("dne",),
    ),
    "sk": DateWords(
        published=("publikované",),
        updated=("aktualizované", "aktualizácia"),
        months=(("január", "januára"), ("február", "februára"), ("marec", "marca"), ("apríl", "apríla"),
                ("máj", "mája"), ("jún", "júna"), ("júl", "júla"), ("august", "augusta"),
                ("september", "septembra"), ("október", "októbra"), ("november", "novembra"),
                ("december", "decembra")),
        weekdays=("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
        links=("o",),
        prepositions=("dňa",),
    ),
    "pl": DateWords(
        published=("opublikowano", "data publikacji"),
        updated=("zaktualizowano", "aktualizacja", "ostatnia aktualizacja"),
        months=(("styczeń", "stycznia"), ("luty", "lutego"), ("marzec", "marca"), ("kwiecień", "kwietnia"),
                ("maj", "maja"), ("czerwiec", "czerwca"), ("lipiec", "lipca"), ("sierpień", "sierpnia"),
                ("wrzesień", "września"), ("październik", "października"), ("listopad", "listopada"),
                ("grudzień", "grudnia")),
        weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
        links=("o", "godz"),
        prepositions=("dnia",),
    ),
    "hu": DateWords(
        published=("publikálva",),
        updated=("frissítve", "utolsó frissítés"),
        months=(("január",), ("február",), ("március",), ("április",), ("május",), ("június",),
                ("július",), ("augusztus",), ("szeptember",), ("október",), ("november",), ("december",)),
        weekdays=("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
    ),
    "ro": DateWords(
        published=("publicat", "data publicării"),
        updated=("actualizat", "actualizare", "ultima actualizare"),
        months=(("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",), ("iulie",),
                ("august",), ("septembrie",), ("octombrie",), ("noiembrie",), ("decembrie",)),
        weekdays=("luni", "marți", "marţi", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
        links=("ora", "la"),
        prepositions=("pe", "la"),
    ),
    "tr": DateWords(
        published=("yayınlanma", "yayınlanma tarihi", "yayınlandı", "yayımlanma", "yayımlandı"),
        updated=("güncelleme", "son güncelleme", "güncellendi", "güncellenme", "güncellenme tarihi"),
        months=(("ocak",), ("şubat",), ("mart",), ("nisan",), ("mayıs",), ("haziran",), ("temmuz",),
                ("ağustos",), ("eylül",), ("ekim",), ("kasım",), ("aralık",)),
        weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
        links=("saat",),
    ),
    "el": DateWords(
        published=("δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε"),
        updated=("ενημέρωση", "ενημερώθηκε", "τελευταία ενημέρωση"),
        # The genitive a date writes ("12 Μαρτίου 2024"), and the name.
        months=(("ιανουαρίου", "ιανουάριος"), ("φεβρουαρίου", "φεβρουάριος"), ("μαρτίου", "μάρτιος"),
                ("απριλίου", "απρίλιος"), ("μαΐου", "μάιος"), ("ιουνίου", "ιούνιος"), ("ιουλίου", "ιούλιος"),
                ("αυγούστου", "αύγουστος"), ("σεπτεμβρίου", "σεπτέμβριος"), ("οκτωβρίου", "οκτώβριος"),
                ("νοεμβρίου", "νοέμβριος"), ("δεκεμβρίου", "δεκέμβριος")),
        weekdays=("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
        links=("ώρα",),
    ),
    "id": DateWords(
        published=("diterbitkan", "dipublikasikan", "terbit"),
        updated=("diperbarui", "diperbaharui"),
        months=(("januari",), ("februari",), ("maret",), ("april",), ("mei",), ("juni",), ("juli",),
                ("agustus",), ("september",), ("oktober",), ("november",), ("desember",)),
        weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"),
        links=("pukul",),
        prepositions=("pada", "tanggal"),
    ),
    # Of the first seven, the weekdays and link words the date lines lacked.
    "it": DateWords(weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica")),
    "pt": DateWords(
        updated=("atualizado",),  # in _UPDATED_WORDS, but a line opening with it was never a notice
        weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                  "domingo"),
        links=("em",),
    ),
    "nl": DateWords(
        weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    ),
}  # fmt: skip

# A month's names in all those languages, by number.
MONTH_NAMES = tuple(
    tuple(dict.fromkeys(names + tuple(name for words in DATE_WORDS_BY_LANGUAGE.values() if words.months
                                      for name in words.months[month])))
    for month, names in enumerate(_WESTERN_MONTH_NAMES)
)  # fmt: skip
# The weekdays and link words of a date line beyond the first seven languages' (`transforms.notices`
# reads a line of date words only as a date).
WEEKDAY_AND_LINK_WORDS = frozenset(
    word for words in DATE_WORDS_BY_LANGUAGE.values() for word in (*words.weekdays, *words.links)
)


def _languages_of_names() -> dict[str, tuple[str, ...]]:
    """The languages of each month's or weekday's name that the first seven languages do not
    write ("září": cs; "sobota": cs, sk, pl): a date line naming one is read in those."""
    western = {name for names in _WESTERN_MONTH_NAMES for name in names}
    languages: dict[str, tuple[str, ...]] = {}
    for language, words in DATE_WORDS_BY_LANGUAGE.items():
        if language in DATE_LINE_LANGUAGES:
            continue  # read anyway
        for name in {name for names in words.months for name in names} | set(words.weekdays):
            if name not in western:
                languages[name] = (*languages.get(name, ()), language)
    return languages


# A text dump states no language: a date line whose month dateutil cannot read
# ("15 aprile 2025", "11 de marzo de 2025") is tried in these, or in the language of a name
# it holds that they do not write (`_LANGUAGES_OF_NAME`).
DATE_LINE_LANGUAGES = ("es", "fr", "de", "it", "pt", "nl")
_LANGUAGES_OF_NAME = _languages_of_names()


# US and European zone abbreviations that dateutil does not know; without
# them it would drop the offset and we would store a wrong instant.
TZINFOS: dict[str, tzinfo] = {
    "UTC": UTC,
    "GMT": UTC,
    "Z": UTC,
    "EST": tzoffset("EST", -5 * 3600),
    "EDT": tzoffset("EDT", -4 * 3600),
    "CST": tzoffset("CST", -6 * 3600),
    "CDT": tzoffset("CDT", -5 * 3600),
    "MST": tzoffset("MST", -7 * 3600),
    "MDT": tzoffset("MDT", -6 * 3600),
    "PST": tzoffset("PST", -8 * 3600),
    "PDT": tzoffset("PDT", -7 * 3600),
    "BST": tzoffset("BST", 3600),
    "CET": tzoffset("CET", 3600),
    "CEST": tzoffset("CEST", 2 * 3600),
    # US newsrooms write the zone without S/D ("6:42 p.m. ET"): the offset
    # then depends on the date, so these are the real DST-aware zones.
    "ET": ZoneInfo("America/New_York"),
    "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"),
    "PT": ZoneInfo("America/Los_Angeles"),
    # The world's newsrooms: without these a "10:15 IST" was stored as 10:15 UTC. Where an
    # abbreviation names two zones, the one news pages mean: IST India's (not Ireland's or
    # Israel's), CST the US one (above), AST left out (Arabia's or the Atlantic's).
    **{
        name: tzoffset(name, round(hours * 3600))
        for name, hours in {
            "WET": 0, "WEST": 1, "MEZ": 1, "MESZ": 2, "EET": 2, "EEST": 3, "MSK": 3,
            "WAT": 1, "CAT": 2, "SAST": 2, "EAT": 3, "GST": 4, "PKT": 5, "IST": 5.5, "NPT": 5.75,
            "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "MYT": 8, "PHT": 8, "AWST": 8, "WITA": 8,
            "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11,
            "NZST": 12, "NZDT": 13, "HST": -10, "AKST": -9, "AKDT": -8, "BRT": -3, "ART": -3,
        }.items()
    },
}  # fmt: skip

# A US zone spelled out at the end of a date ("6:42 p.m. Eastern", "... Pacific
# Daylight Time"), which dateutil does not read as a zone: written as its
# abbreviation ("ET", "PDT") so TZINFOS resolves it.
SPELLED_US_ZONE_RE = re.compile(
    r"\s+(Eastern|Central|Mountain|Pacific)(?:\s+(Standard|Daylight))?(?:\s+Time)?\s*$", re.I
)


def _abbreviate_us_zone(match: re.Match[str]) -> str:
    return f" {match[1][0]}{match[2][0] if match[2] else ''}T".upper()


# A zone abbreviation in brackets after the time ("08:34 (EAT)", "10:15 (IST)"), which
# dateutil does not read: unbracketed when the table knows it.
BRACKETED_ZONE_RE = re.compile(r"\s*\(([A-Z]{1,5})\)\s*$")


def _unbracketed_zone(match: re.Match[str]) -> str:
    return f" {match[1]}" if match[1] in TZINFOS else match[0]


def parse_datetime(value: object) -> datetime | None:
    """Parse an ISO 8601 or human date, or a Unix timestamp; naive means UTC.

    >>> parse_datetime("2022-03-23T14:05:00-04:00").isoformat()
    '2022-03-23T18:05:00+00:00'
    >>> parse_datetime("March 23, 2022").isoformat()
    '2022-03-23T00:00:00+00:00'
    >>> parse_datetime("Wed, 14 Jan 2015 10:55:00 EST").isoformat()
    '2015-01-14T15:55:00+00:00'
    >>> parse_datetime(1647957600).isoformat()
    '2022-03-22T14:00:00+00:00'
    >>> parse_datetime("not a date") is None
    True
    """
    stated = parse_stated_date(value)
    return stated.instant if stated is not None else None


def _in_utc(parsed: datetime) -> datetime | None:
    if not EARLIEST_YEAR <= parsed.year <= LATEST_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _from_timestamp(seconds: float) -> datetime | None:
    if seconds > 1e11:  # milliseconds since the epoch, as JavaScript writes them
        seconds /= 1000
    try:
        parsed = datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
    return _in_utc(parsed)


@dataclass(frozen=True, slots=True)
class StatedDate:
    """A date as a page states it: the instant (UTC) and the calendar day.

    `day` is the day in the zone the page wrote the value in; a value in UTC
    ("...Z") gives the UTC day, except a local midnight written in UTC (see
    `_local_day`). `has_time` is False for a bare date, whose instant is
    midnight UTC by convention; `zoned` is False for a time of day stated with no
    zone or offset, whose instant reads it as UTC.
    """

    instant: datetime
    day: date
    has_time: bool
    in_utc: bool = False  # written in UTC ("Z", "+00:00"): the day may not be the publisher's
    zoned: bool = True

    @property
    def precision(self) -> Precision:
        """How far `instant` can be trusted: see `Precision`."""
        if not self.has_time:
            return Precision.DATE
        return Precision.INSTANT if self.zoned else Precision.LOCAL_TIME


class Precision(StrEnum):
    """What a stated publication date pins down (the `published_precision` column)."""

    INSTANT = "instant"  # a time with its zone or offset: the instant is exact
    LOCAL_TIME = "local_time"  # a time with no zone: read as UTC, off by the outlet's offset
    DATE = "date"  # a day only: midnight UTC by convention


# A bare date, with nothing after the day ("2019-08-02", "02.08.2019").
BARE_DATE_RE = re.compile(r"^\s*(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*$")
YEAR_FIRST_RE = re.compile(r"^\d{4}\b")
DOTTED_DATE_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}\b")
HAS_TIME_RE = re.compile(r"\d{1,2}:\d{2}")
# CMSs that store a date-only value as local midnight east of Greenwich and
# print it in UTC give 21:00-23:00 sharp on the previous day.
LOCAL_MIDNIGHT_UTC_HOURS = frozenset({21, 22, 23})


# The word after a clock time that dateutil does not know ("12:01 Uhr", "10 h").
CLOCK_WORD_RE = re.compile(r"(?<=\d)\s*(?:uhr|h)\b\.?", re.I)


# A weekday that dateutil does not know, before a numeric date ("Di., 25.01.2022", "mardi, 25/01/2022").
WEEKDAY_PREFIX_RE = re.compile(r"^[^\W\d_]{2,12}\.?,\s*(?=\d)")


# "2026年11月28日 18時30分" (Japanese 時, Chinese 时), read as "2026-11-28 18:30".
CJK_DATE_RE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"
    r"(?:\s*[（(](?:星期|周|週)?[一二三四五六日天月火水木金土][)）]|\s*(?:星期|周|週)[一二三四五六日天])?"
    r"(?:\s*(?P<hour>\d{1,2})\s*[時时:：]\s*(?P<minute>\d{1,2})\s*分?(?:\s*\d{1,2}\s*秒)?)?"
)
# "14.52 GMT", "07.00 EDT", "2.30am": a time written with a dot, as British and Australian
# newsrooms write it, where am/pm or a zone the table knows (in capitals) says it is a clock's.
_ZONE_NAMES = "|".join(sorted((zone for zone in TZINFOS if len(zone) > 1), key=len, reverse=True))
DOT_TIME_RE = re.compile(
    rf"(?<![\d.])(\d{{1,2}})\.([0-5]\d)(?=\s*(?:[ap]\.?m\b|(?-i:{_ZONE_NAMES})\b))", re.IGNORECASE
)
# "5 h 00", "17 h 45": a Québec newsroom's clock, spaces around the "h" ("5h00" reads as it is).
SPACED_H_CLOCK_RE = re.compile(r"(?<![\d.,])(\d{1,2})\s+h\s+([0-5]\d)(?!\d)")
# An offset after GMT or UTC: "9:14 AM GMT+1", "UTC+05:30", "GMT-5". dateutil reads "GMT+1" the
# POSIX way, as one hour west of Greenwich: written as an ISO offset ("+01:00") it reads east.
NAMED_OFFSET_RE = re.compile(r"\b(?:GMT|UTC)\s?([+\-−])\s?(\d{1,2})(?::?([0-5]\d))?(?![\d:])")


def _iso_offset(match: re.Match[str]) -> str:
    sign = "-" if match[1] in "-−" else "+"
    return f"{sign}{int(match[2]):02d}:{match[3] or '00'}"


def _iso_cjk_date(match: re.Match[str]) -> str:
    day = f"{match['year']}-{int(match['month']):02d}-{int(match['day']):02d}"
    return f"{day} {int(match['hour']):02d}:{int(match['minute']):02d}" if match["hour"] else day


DASH_BEFORE_TIME_RE = re.compile(r"\s[–—]\s+(?=\d{1,2}(?:[:.]\d{2}|\s*[ap]\.?m\b))", re.IGNORECASE)


def parse_stated_date(value: object, dayfirst: bool = False) -> StatedDate | None:
    """Parse a date value keeping the calendar day it states.

    >>> d = parse_stated_date("2023-11-08T23:30:59-06:00")
    >>> d.instant.isoformat(), d.day.isoformat(), d.has_time
    ('2023-11-09T05:30:59+00:00', '2023-11-08', True)
    >>> parse_stated_date("10.12.2022, 07:00:03", dayfirst=True).day.isoformat()
    '2022-12-10'
    >>> d = parse_stated_date("2022-11-06T23:00:00.000Z")
    >>> d.day.isoformat(), d.instant.isoformat()
    ('2022-11-07', '2022-11-06T23:00:00+00:00')
    >>> parse_stated_date("2019-08-02").has_time
    False
    >>> parse_stated_date("2022-05-04T03:00:00 UTC", dayfirst=True).day.isoformat()
    '2022-05-04'
    >>> parse_stated_date("29.04.2020, 12:01 Uhr", dayfirst=True).instant.isoformat()
    '2020-04-29T12:01:00+00:00'
    >>> parse_stated_date("Di., 04.02.2022 | 13:10", dayfirst=True).instant.isoformat()
    '2022-02-04T13:10:00+00:00'
    >>> parse_stated_date("Nov. 18, 2026 6:42 p.m. ET").instant.isoformat()
    '2026-11-18T23:42:00+00:00'
    >>> parse_stated_date("Fri 27 Nov 2026 17.05 GMT").instant.isoformat()
    '2026-11-27T17:05:00+00:00'
    >>> parse_stated_date("March 15, 2026 — 2.30am").instant.isoformat()
    '2026-03-15T02:30:00+00:00'
    >>> parse_stated_date("2026年11月28日 18時30分").instant.isoformat()
    '2026-11-28T18:30:00+00:00'
    >>> parse_stated_date("05.11.2024").day.isoformat()  # dotted: day first in every language
    '2024-11-05'
    >>> parse_stated_date("November 21, 2026 08:34 (EAT)").instant.isoformat()
    '2026-11-21T05:34:00+00:00'

    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        instant = _from_timestamp(float(value))
        return StatedDate(instant, instant.date(), True, True) if instant else None
    if not isinstance(value, str):
        return None
    # "28 November 2026 — 4:52pm": a spaced dash before a time, like a bar, only sets it
    # apart ("March 3 – 5, 2026" is a range, no date).
    text = " ".join(DASH_BEFORE_TIME_RE.sub(" ", value.replace("|", " ")).split())
    if " h " in text:
        text = SPACED_H_CLOCK_RE.sub(r"\1:\2", text)
    text = CLOCK_WORD_RE.sub("", text)
    if "年" in text:
        text = CJK_DATE_RE.sub(_iso_cjk_date, text)
    text = DOT_TIME_RE.sub(r"\1:\2", text)
    text = WEEKDAY_PREFIX_RE.sub("", text)
    text = SPELLED_US_ZONE_RE.sub(_abbreviate_us_zone, text)
    if "GMT" in text or "UTC" in text:
        text = NAMED_OFFSET_RE.sub(_iso_offset, text)
    if text.endswith(")"):
        text = BRACKETED_ZONE_RE.sub(_unbracketed_zone, text)
    if not text or len(text) > MAX_DATE_CHARS or not any(char.isdigit() for char in text):
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # dateutil warns on unknown zone names
                # A value opening with the year is year-month-day whatever the language;
                # one with dots between its figures ("05.11.2024") is day-month-year.
                dotted = DOTTED_DATE_RE.match(text) is not None
                dayfirst = (dayfirst or dotted) and not YEAR_FIRST_RE.match(text)
                parsed = date_parser.parse(text, tzinfos=TZINFOS, dayfirst=dayfirst, default=_DEFAULT_DAY)
                if not _states_a_whole_day(text, parsed, dayfirst):
                    return None
        except (ValueError, OverflowError, TypeError):
            return None
    return _stated(parsed, text)


def _stated(parsed: datetime, text: str) -> StatedDate | None:
    instant = _in_utc(parsed)
    if instant is None:
        return None
    has_time = not BARE_DATE_RE.match(text) and bool(
        HAS_TIME_RE.search(text) or "T" in text or parsed.time() != datetime.min.time()
    )
    offset = parsed.utcoffset()
    in_utc = offset is not None and not offset
    return StatedDate(instant, _local_day(parsed, has_time), has_time, in_utc, offset is not None)


# Absolute dates only ("vor 2 Stunden" has no day of its own), and a date
# lacking its day, month or year is no date (as in _states_a_whole_day).
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}


def parse_labelled_date(text: str, languages: tuple[str, ...], dayfirst: bool = False) -> StatedDate | None:
    """Parse the date after a label written in `languages` (() for English):
    a page in another language writes the day first, and may name the month
    or the hour in its own words, which dateparser reads.

    >>> parse_labelled_date("05/11/2024 - 10:32", ("es",)).instant.isoformat()
    '2024-11-05T10:32:00+00:00'
    >>> parse_labelled_date("4 novembre 2024 à 10h32", ("fr",)).instant.isoformat()
    '2024-11-04T10:32:00+00:00'
    >>> parse_labelled_date("novembre 2024", ("fr",)) is None
    True
    >>> parse_labelled_date("26 nov. 2026 om 16:30", ()).instant.isoformat()  # "Update:" on a Dutch page
    '2026-11-26T16:30:00+00:00'
    """
    text = _without_closing_bracket(text)
    if not languages:
        # A label English shares with other languages ("Update:") may head a date in theirs.
        return parse_stated_date(text, dayfirst) or _parse_foreign_date_line(text)
    stated = parse_stated_date(text, dayfirst=True)
    if stated is not None or len(text) > MAX_DATE_CHARS:
        return stated
    # Imported here: dateparser takes long to import, and only a page in
    # another language needs it.
    import dateparser

    text = SPACED_H_CLOCK_RE.sub(r"\1:\2", " ".join(_without_link_words(text, languages)))
    parsed = dateparser.parse(
        text,
        languages=list(languages),
        settings=_DATEPARSER_SETTINGS,
    )
    return _stated(parsed, text) if parsed is not None else None


def _without_link_words(text: str, languages: tuple[str, ...]) -> list[str]:
    """The words of a date, but the words between its parts that dateparser does not read in
    `languages` ("kl." before a Scandinavian time: "13 december 2023 kl. 08.02").

    >>> _without_link_words("12. desember 2023 klokken 14.30", ("nb",))
    ['12.', 'desember', '2023', '14.30']
    """
    links = {link for language in languages if language in DATE_WORDS_BY_LANGUAGE
             for link in DATE_WORDS_BY_LANGUAGE[language].links}  # fmt: skip
    return [word for word in text.split() if word.rstrip(".").lower() not in links]


def _without_closing_bracket(text: str) -> str:
    """A date with the bracket that closed its note after it: "28 novembre 2026 | 19:40)"."""
    if text.endswith((")", "]")) and text.count("(") + text.count("[") < text.count(")") + text.count("]"):
        return text[:-1].rstrip()
    return text


def _parse_foreign_date_line(text: str) -> StatedDate | None:
    """
    >>> _parse_foreign_date_line("11 de marzo de 2025 - 13:45").instant.isoformat()
    '2025-03-11T13:45:00+00:00'
    >>> _parse_foreign_date_line("15 aprile 2025").day.isoformat()
    '2025-04-15'
    >>> _parse_foreign_date_line("2023. június 9., péntek 10:32").instant.isoformat()
    '2023-06-09T10:32:00+00:00'
    """
    if text.isascii() and not any(char.isalpha() for char in text):
        return None  # digits only: dateutil has read what can be read
    return parse_labelled_date(text, _languages_named(text) or DATE_LINE_LANGUAGES)


def _languages_named(text: str) -> tuple[str, ...]:
    """The languages of the month's or weekday's names in `text` that the first seven do not write."""
    named = [_LANGUAGES_OF_NAME.get(word.strip(".,;:()").lower(), ()) for word in text.split()]
    return tuple(dict.fromkeys(language for languages in named for language in languages))


# dateutil fills what a value leaves out from a default day: parsed against two
# days that share no year, month or day, a value that states its whole day
# gives the same day both times; "1:39 PM ET" or "November 18" do not.
_DEFAULT_DAY = datetime(2000, 1, 1)
_OTHER_DEFAULT_DAY = datetime(2001, 2, 2)


def _states_a_whole_day(text: str, parsed: datetime, dayfirst: bool) -> bool:
    """
    >>> parse_stated_date("1:39 PM ET") is None, parse_stated_date("November 18") is None
    (True, True)
    >>> parse_stated_date("18 November 2026, 1:39 PM").day.isoformat()
    '2026-11-18'
    """
    other = date_parser.parse(text, tzinfos=TZINFOS, dayfirst=dayfirst, default=_OTHER_DEFAULT_DAY)
    return parsed.date() == other.date()


def _local_day(parsed: datetime, has_time: bool) -> date:
    offset = parsed.utcoffset()
    in_utc = offset is not None and not offset
    if (
        in_utc
        and has_time
        and parsed.hour in LOCAL_MIDNIGHT_UTC_HOURS
        and (parsed.minute, parsed.second, parsed.microsecond) == (0, 0, 0)
    ):
        return (parsed + timedelta(days=1)).date()
    return parsed.date()


def stated_date_of_day(day: date) -> StatedDate:
    """A bare calendar day: midnight UTC, no time of day."""
    return StatedDate(datetime(day.year, day.month, day.day, tzinfo=UTC), day, False)


def _date_labels_abroad() -> list[str]:
    """Every label of `DATE_WORDS_BY_LANGUAGE`, published and updated."""
    return [
        label for words in DATE_WORDS_BY_LANGUAGE.values() for label in (*words.published, *words.updated)
    ]


def _label_alternatives(kind: str) -> str:
    """The labels of one kind ("published" or "updated") of `DATE_WORDS_BY_LANGUAGE` as one regex,
    their shared openings factored ("publi(?:sert|cat)"): a line is tried on each letter once, not
    on every label; a longer label before a shorter one it opens with ("yayınlanma tarihi")."""
    labels = {label for words in DATE_WORDS_BY_LANGUAGE.values() for label in getattr(words, kind)}
    pieces = [tuple(r"\s+" if char == " " else re.escape(char) for char in label) for label in labels]
    return _trie_pattern(pieces)


def _trie_pattern(words: list[tuple[str, ...]]) -> str:
    """Words (each a tuple of regex pieces) as one regex that shares their openings."""
    branches: dict[str, list[tuple[str, ...]]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], []).append(word[1:])
    alternatives = [head + _trie_pattern(rests) for head, rests in sorted(branches.items())]
    optional = () in words  # a word ends here: what goes on is tried first (greedy)
    if len(alternatives) == 1 and not optional:
        return alternatives[0]
    return f"(?:{'|'.join(alternatives)})" + ("?" if optional else "") if alternatives else ""


# The publishing verb that labels a stated date, with its preposition, in the
# languages of the pages we meet: "Published on", "Last updated at", "Mis à jour le",
# "Veröffentlicht am", "Datum:", "Atualizado em". One definition for the date lines read here and the
# datelines transforms.notices removes.
_PUBLISHED_WORDS = (
    r"(?:first\s+|date\s+)?(?:published|posted)|veröffentlicht|datum|publié|publicado|pubblicato|gepubliceerd"
    # Polish newsrooms' "Opublikowano: 14.03.2025, 09:12".
    r"|opublikowano"
    # "Publisert:", "Julkaistu", "Yayınlanma tarihi:" ... (`DATE_WORDS_BY_LANGUAGE`).
    rf"|{_label_alternatives('published')}"
)
_UPDATED_WORDS = (
    r"(?:last\s+)?(?:updated|modified)|(?:zuletzt\s+)?aktualisiert"
    r"|mis\s+à\s+jour|modifié|actualizado|atualizado|aggiornato|modificat[oa]|modifica|bijgewerkt|gewijzigd"
    r"|aangepast|zaktualizowano"
    # "Oppdatert", "Sist oppdatert", "Päivitetty", "Güncelleme:" ... (`DATE_WORDS_BY_LANGUAGE`).
    rf"|{_label_alternatives('updated')}"
    # The noun, as Dutch and English newsrooms head a later version: "Update: 26 nov. 2026 om 16:30";
    # with its colon only, or "Update the app" would be a label.
    r"|update(?=\s*:)"
    # German newsrooms' "Stand: 28.11.2026 15:42 Uhr" (the time of the version shown):
    # with its colon only, or "Standard" and "Stand der Dinge" would be labels.
    r"|stand(?=\s*:)"
)
# The labels of `DATE_WORDS_BY_LANGUAGE` alone, and what a line opening with one opens with (its first
# letter in either case, its first two letters in lower case): `transforms.notices` opens its
# datelines with them, and gates them by those letters.
DATE_LABELS_ABROAD = f"{_label_alternatives('published')}|{_label_alternatives('updated')}"
LABEL_FIRST_CHARS_ABROAD = frozenset(
    char for label in _date_labels_abroad() for char in (label[0], label[0].upper())
)
LABEL_OPENING_PAIRS_ABROAD = frozenset(label[:2] for label in _date_labels_abroad())
_LABEL_PREPOSITIONS = "|".join(
    sorted({word for words in DATE_WORDS_BY_LANGUAGE.values() for word in words.prepositions})
)
# An update's label anywhere in a text: its date is no publication date.
UPDATED_LABEL_RE = re.compile(rf"\b(?:{_UPDATED_WORDS})\b", re.IGNORECASE)
STATED_DATE_LABEL = (
    rf"(?:(?P<published>{_PUBLISHED_WORDS})|(?P<updated>{_UPDATED_WORDS}))"
    rf"(?:\s+(?:on|at|am|le|el|il|op|em|{_LABEL_PREPOSITIONS})\b)?"
)
# Where a second labelled date starts on the line of a first one: "Published X | Updated Y",
# "Publié le X, mis à jour le Y", or with a space alone after the first date's figures:
# "Publicado: 12/11/2026 09:15 Actualizado: 12/11/2026 18:40"; also where a labelled date
# follows an unlabelled one: "27/11/2026 18h04 Atualizado há 2 horas", or opens a bracket
# after it: "28 novembre 2026 (modifica il 28 novembre 2026 | 19:40)"; or after a German time's
# "Uhr": "12.03.2026 - 19:45 Uhr Aktualisiert: 13.03.2026 - 08:10 Uhr".
NEXT_LABEL_RE = re.compile(
    rf"(?:\s*[|·•,;(]\s*|(?:(?<=[\d.)])|(?<=\b[Uu]hr))\s+(?:[-–—]\s+)?)(?=(?:{_PUBLISHED_WORDS}|{_UPDATED_WORDS})\b)",
    re.I,
)


def _languages_of_labels() -> dict[str, tuple[str, ...]]:
    """The languages of `DATE_WORDS_BY_LANGUAGE`'s labels, by each label's first word."""
    languages: dict[str, tuple[str, ...]] = {}
    for language, words in DATE_WORDS_BY_LANGUAGE.items():
        for label in (*words.published, *words.updated):
            first = label.split()[0]
            languages[first] = tuple(dict.fromkeys((*languages.get(first, ()), language)))
    return languages


# The languages of the labels other than English, whose pages write the day
# before the month ("05/11/2024" is 5 November) and name months in their own words.
LABEL_LANGUAGES: dict[str, tuple[str, ...]] = {
    "veröffentlicht": ("de",),
    "datum": ("de",),
    "aktualisiert": ("de",),
    "stand": ("de",),
    "zuletzt": ("de",),
    "publié": ("fr",),
    "mis": ("fr",),
    "modifié": ("fr",),
    "publicado": ("es", "pt"),
    "actualizado": ("es",),
    "atualizado": ("pt",),
    "pubblicato": ("it",),
    "aggiornato": ("it",),
    "modifica": ("it",),
    "modificato": ("it",),
    "modificata": ("it",),
    "gepubliceerd": ("nl",),
    "bijgewerkt": ("nl",),
    "gewijzigd": ("nl",),
    "aangepast": ("nl",),
    "opublikowano": ("pl",),
    "zaktualizowano": ("pl",),
    **_languages_of_labels(),
}


# A piece of every label's word, lower case: substring tests in C spare most lines the
# label regex (tests/transforms/test_shortcuts.py checks every label holds one).
LABEL_HINTS = (
    "publi", "pubbl", "post", "pdat", "modif", "aktuali", "veröff", "datum", "jour", "actualiz",
    "atualiz", "aggiorn", "stand", "gepubl", "bijgew", "gewijz", "aangep",
    # The labels of `DATE_WORDS_BY_LANGUAGE` the pieces above miss: few pieces, each in many labels
    # ("pdat": "Updated", "Oppdatert", "Uppdaterad"; "aktuali": "Aktualisiert", "Aktualizováno");
    # "yayi": "YAYINLANMA" lowered by `str.lower` (its capital I is no dotless ı).
    "julka", "päivi", "zveř", "friss", "yayı", "yayi", "günce", "δημοσ", "ενημ", "terbi", "diper",
)  # fmt: skip


def has_label_word(line: str) -> bool:
    """Whether `line` may hold a date label (never False for one that does)."""
    lowered = line.lower()
    return any([hint in lowered for hint in LABEL_HINTS])  # a list: no generator's frame


def split_labelled_dates(line: str) -> list[str]:
    """A line holding several labelled dates, one part each.

    >>> split_labelled_dates("Publié le 4 novembre 2024, mis à jour le 5 novembre 2024")
    ['Publié le 4 novembre 2024', 'mis à jour le 5 novembre 2024']
    """
    return NEXT_LABEL_RE.split(line)


def label_languages(label: str) -> tuple[str, ...]:
    """The languages a date label is written in; () for English."""
    return LABEL_LANGUAGES.get(label.split(None, 1)[0].lower(), ())


LABEL_OPENING_RE = re.compile(rf"\s*{STATED_DATE_LABEL}", re.I)
# "Published March 3, 2022 10:05am EST", "Updated: 2022-03-03", "Veröffentlicht am 03.03.2022".
PUBLISHED_LINE_RE = re.compile(rf"^\s*{STATED_DATE_LABEL}\s*:?\s*(?P<date>.{{6,60}}?)\s*$", re.I)
# A line that is only a date, with an optional weekday and time ("Monday, 3 March 2022").
DATE_ONLY_MAX_CHARS = 48
# "+" for an offset after the zone: "November 20, 2026 9:14 AM GMT+1".
DATE_ONLY_LINE_RE = re.compile(rf"^[\w.,:/ |–—+-]{{6,{DATE_ONLY_MAX_CHARS}}}$")
# Not \b: in "2026年" the year touches a word character.
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
TOP_LINES = 6
# A pasted page's menu above the byline ("Home", "News", "Local", "Weather") does not
# push its date out of the top: labels of up to this many words with no figure are not
# counted among TOP_LINES, within the first TOP_SCAN_LINES lines.
TOP_LABEL_MAX_WORDS = 2
TOP_SCAN_LINES = 24
# A wire or press-release dateline opening the first paragraph, with its year:
# "LAS VEGAS, Nov. 24, 2026 /PRNewswire/ -- ...", "LONDON, 24 November 2026 (Reuters) - ...".
WIRE_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ ]{1,30})?,\s+"
    r"(?P<date>[\w.,: ]{6,40}?(?:19|20)\d{2})"
    r"\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,40}\))?\s*(?:--|[-–—])\s"
)
# "2026-11-29 10:15 来源：经济日报": a date followed by the source it was taken from.
CJK_SOURCE_RE = re.compile(r"\s+(?:来源|來源|出处|出處|出典)\s*[：:]\s*\S.{0,30}$")
_CJK_SOURCE_WORDS = ("来源", "來源", "出处", "出處", "出典")


@dataclass(frozen=True, slots=True)
class StatedDateLines:
    """The dates stated near the top of a text dump, each with its line's index:
    when it was published (a "Published ..." line, else a line that is only a
    date) and when it was last updated (an "Updated ..." line)."""

    published: tuple[int, StatedDate] | None = None
    updated: tuple[int, StatedDate] | None = None


def find_stated_dates(lines: list[str], dayfirst: bool = False) -> StatedDateLines:
    """The publication and update dates near the top of a text dump.

    An "Updated ..." date says when the story last changed, not when it came
    out: it is never the publication date. A "Published" line wins over a line
    that is only a date.

    >>> dates = find_stated_dates(["By Jane Doe", "Updated 4 March 2022 09:00 GMT", "3 March 2022"])
    >>> dates.published[0], dates.published[1].day.isoformat(), dates.updated[1].instant.isoformat()
    (2, '2022-03-03', '2022-03-04T09:00:00+00:00')
    >>> find_stated_dates(["Updated: 2022-03-04"]).published is None
    True
    """
    published: tuple[int, StatedDate] | None = None
    dateline: tuple[int, StatedDate] | None = None
    updated: tuple[int, StatedDate] | None = None
    for index, line in _top_lines(lines):
        # "Jessica Ng · CBC News · Posted: Mar 12, 2026": each part of a meta line apart.
        parts = META_DOTS_RE.split(line) if "·" in line or "•" in line else [line]
        line_day: date | None = None  # the day the line's first date states
        for match, text in [labelled for part in parts for labelled in _labelled_parts(part)]:
            # The length first: a paragraph of prose is no date, and is not searched for a year.
            if match is None and (len(text) > DATE_ONLY_MAX_CHARS or not DATE_ONLY_LINE_RE.match(text)):
                continue
            if YEAR_RE.search(text) is None:
                # "Nov 28, 2026 | Updated 18:27 IST", "Updated Nov 27, 2026 – 4.36pm, first published
                # at 10.12am": a labelled time alone is a time of the day its line states.
                if match is None or line_day is None or (stated := _time_on(line_day, text)) is None:
                    continue
            elif match is None:
                stated = parse_stated_date(text, dayfirst) or _parse_foreign_date_line(text)
            else:
                label = match.group("published") or match.group("updated")
                stated = parse_labelled_date(text, label_languages(label), dayfirst)
            if stated is None:
                continue
            line_day = line_day or stated.day
            if match is None:
                dateline = dateline or (index, stated)
            elif match.group("published"):
                published = published or (index, stated)
            else:
                updated = updated or (index, stated)
        if published and updated:
            break
        if dateline is None and (wire := WIRE_DATELINE_RE.match(line)):
            stated = parse_stated_date(wire.group("date"), dayfirst)
            dateline = (index, stated) if stated else None
    return StatedDateLines(published or dateline, updated)


# A time of day alone, with am/pm or its minutes and maybe a zone: "18:27 IST", "10.12am", "4pm".
TIME_ALONE_RE = re.compile(
    r"(?:\d{1,2}[:.][0-5]\d\s*(?:(?i:[ap]\.?m)\b\.?)?|\d{1,2}\s*(?i:[ap]\.?m)\b\.?)(?:\s+\(?[A-Z]{2,5}\)?)?"
)


def _time_on(day: date, text: str) -> StatedDate | None:
    """A time alone (`text`) on a day its line stated before it.

    >>> _time_on(date(2026, 11, 28), "18:27 IST").instant.isoformat()
    '2026-11-28T12:57:00+00:00'
    >>> _time_on(date(2026, 11, 27), "10.12am").precision.value, _time_on(date(2026, 11, 27), "2 hours ago")
    ('local_time', None)
    """
    if not TIME_ALONE_RE.fullmatch(text):
        return None
    return parse_stated_date(f"{day.isoformat()} {text}")


META_DOTS_RE = re.compile(r"\s+[·•]\s+")
# A dateline's place before its date: "Madrid - 21 nov 2026", "NEW DELHI, Nov 28, 2026"; or a
# section's label, "of" and the weekday: "Business News of Wednesday, 18 November 2026" (not
# "Minutes of 18 November 2026", a heading).
PLACE_LEAD_RE = re.compile(
    r"^[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}\s*"
    r"(?:\s[-–—|]|,|\sof(?=\s+(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b))\s+(?=\d|[A-Z][a-z]{2})"
)
# A byline with the date after it on its line: "By Priya Raman published November 19, 2026",
# "By Jo Lee | Updated March 3, 2026": the names, then a labelled date.
BYLINE_THEN_LABEL_RE = re.compile(
    r"^(?i:by)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:[A-ZÀ-Ý][\w'’.-]*|and|de|van|von|da|di|del|la|le)){1,5}"
    rf",?(?:\s+[|·•])?\s+(?=(?i:{_PUBLISHED_WORDS}|{_UPDATED_WORDS})\b)"
)

# A blog post's line under its headline, or a comment's header: "Posted by Dave Kessler on March 3,
# 2008 at 9:15 am", "Posted by: Jen | March 11, 2008 03:40 PM", "Comment by Rick — March 4, 2008 @ 8:15
# am", "Geschrieben von X am 3. März 2008 um 16:12": the verb, the author's names (`name`, a few words),
# then the date (`rest`). Its one owner for the dates read here and `transforms.blog_furniture`'s
# signatures and comment headers.
POSTED_VERBS = (
    "posted", "submitted", "written", "comment", "commented", "geschrieben", "verfasst", "publié", "posté",
    "publicado", "escrito", "enviado", "gepost", "geplaatst", "inviato", "scritto", "postado",
)  # fmt: skip
MAX_POSTER_NAME_WORDS = 4
POSTED_BY_RE = re.compile(
    rf"^(?:{'|'.join(POSTED_VERBS)})\s+(?:by|von|par|por|door|da|de)\s*:?\s+"
    rf"(?P<name>[^\s:|]+(?:\s+[^\s:|]+){{0,{MAX_POSTER_NAME_WORDS - 1}}}?)"
    r"\s*(?:\||,|—|–|-|@|\bon\b|\bat\b|\bam\b|\ble\b|\bel\b|\bop\b|\bil\b|\bem\b)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# The date after the names opens with a digit, a month's or a weekday's name.
POSTED_DATE_START_RE = re.compile(
    r"[\w.]*\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
)


def _top_lines(lines: list[str]) -> list[tuple[int, str]]:
    """The first TOP_LINES lines of a body with their indices, menu labels not counted.

    >>> menu = ["Home", "News", "Local", "Sports"]
    >>> [index for index, _ in _top_lines([*menu, "By Jo Lee", "May 2, 2026", "Text."])]
    [0, 1, 2, 3, 4, 5, 6]
    >>> len(_top_lines([f"Sentence {n} of the story." for n in range(10)]))
    6
    >>> len(_top_lines(["Why?", "Money.", "Ok.", "Yes.", "No.", "Fine.", "May 2, 2026"]))  # sentences count
    6
    """
    top: list[tuple[int, str]] = []
    counted = 0
    for index, line in enumerate(lines[:TOP_SCAN_LINES]):
        top.append((index, line))
        if not is_label_line(line, TOP_LABEL_MAX_WORDS):
            counted += 1
        if counted >= TOP_LINES:
            break
    return top


def _labelled_parts(line: str) -> list[tuple[re.Match[str] | None, str]]:
    """Each labelled date of a line, with its label's match; or the line alone, unlabelled."""
    # Every part of a line of labelled dates is labelled, the first one too: a line
    # that opens with no label is not searched for a second (the split is the cost).
    if (
        line[:6].lower() == "posted"
        and (posted := POSTED_BY_RE.match(line))
        and POSTED_DATE_START_RE.match(posted["rest"])
    ):
        # The post's date as a "Posted ..." line states it, its author's names left out.
        dated = PUBLISHED_LINE_RE.match("Posted " + posted["rest"])
        return [(dated, dated.group("date"))] if dated else []
    if not LABEL_OPENING_RE.match(line):
        byline = (
            BYLINE_THEN_LABEL_RE.match(line) if line[:3].lower() == "by " and has_label_word(line) else None
        )
        if byline and (dated := PUBLISHED_LINE_RE.match(line[byline.end() :])):
            return [(dated, dated.group("date"))]
        if (
            len(line) <= 2 * DATE_ONLY_MAX_CHARS
            and has_label_word(line)
            and (inner := NEXT_LABEL_RE.search(line))
        ):
            head, tail = line[: inner.start()].strip(), PUBLISHED_LINE_RE.match(line[inner.end() :])
            if tail and (lead := PLACE_LEAD_RE.match(head)) is not None:
                head = head[lead.end() :]  # "Chennai, Nov 28, 2026 | Updated ...": the dateline's place
            if tail and DATE_ONLY_LINE_RE.match(head) and YEAR_RE.search(head) and _reads_as_date(head):
                return [(None, head), (tail, tail.group("date"))]
        if len(line) <= DATE_ONLY_MAX_CHARS and (lead := PLACE_LEAD_RE.match(line)) is not None:
            line = line[lead.end() :]  # "Madrid - 21 nov 2026 - 13:40 CET": the place before the date
        # The source's label is one of five CJK words: a line holding none (a paragraph with a
        # colon) is not scanned by the pattern.
        has_source = ("：" in line or ":" in line) and any([word in line for word in _CJK_SOURCE_WORDS])
        return [(None, CJK_SOURCE_RE.sub("", line.strip()) if has_source else line.strip())]
    parts = split_labelled_dates(line)
    matches = [PUBLISHED_LINE_RE.match(part) for part in parts]
    if len(parts) > 1 and all(matches):
        return [(match, match.group("date")) for match in matches if match]
    match = matches[0] if len(parts) == 1 else PUBLISHED_LINE_RE.match(line)
    return [(match, match.group("date") if match else line.strip())]


def _reads_as_date(text: str) -> bool:
    return (parse_stated_date(text) or _parse_foreign_date_line(text)) is not None


def find_stated_date_line(lines: list[str], dayfirst: bool = False) -> tuple[int, StatedDate] | None:
    """The dateline or "Published ..." line near the top of a text dump, and its
    date (an "Updated ..." line is no publication date: see find_stated_dates).

    >>> index, stated = find_stated_date_line(["By Jane Doe", "Published March 3, 2022 10:05am EST"])
    >>> index, stated.day.isoformat(), stated.instant.isoformat()
    (1, '2022-03-03', '2022-03-03T15:05:00+00:00')
    >>> find_stated_date_line(["The storm passed on 3 March 2022 at dawn, and the town woke."]) is None
    True
    """
    return find_stated_dates(lines, dayfirst).published
