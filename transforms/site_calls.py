"""A site's own calls and small print, each by an exact syntax, in the languages of the pages
we meet: a call to follow or sign up, a share button, a comment counter, a premium teaser,
a video widget's lines, a relative dateline and a rights or funding notice.

    >>> lines = ["Rain fell all day.", "Síguenos en Google News", "Kommentare (4)"]
    >>> kept, removed = drop_site_calls(lines)
    >>> kept, [removal.text for removal in removed]
    (['Rain fell all day.'], ['Síguenos en Google News', 'Kommentare (4)'])

- A call to follow the site or sign up for its mail, a channel and the site's imperative on
  one short line ("Abonnez-vous à notre newsletter", "Iscriviti al nostro canale WhatsApp",
  "Följ oss på Google Nyheter"). A story's sentence about a newsletter or a WhatsApp group
  has no imperative ("La mairie a lancé une newsletter ...") or reports it ("..., dijo").
- A share button ("Partager sur Facebook", "Comparte esta noticia") and a comment counter,
  a call or label and a number in brackets, nothing else ("Join the conversation (112)",
  "Dodaj komentarz (23)", "Kommentare (4)").
- A premium teaser: "Dit is een premium artikel ...", "RB+ Exklusiv: ...".
- A notice of rights or funding: a ban on copying the site's material in Swedish ("Materialet
  ... får inte kopieras"), a Canadian publisher's acknowledgement of the government's
  funding ("We acknowledge the financial support of the Government of Canada").

Those stand where a page's services do, among the first `HEAD_LINES` and the last
`FOOT_LINES` lines the model kept (as in `transforms.service_notes`), and only those meet
the gates. Three are looked for everywhere, each behind a test of one or two characters:

- a video widget's lines: its player's button and length ("Play Video. Duration: 1 minute 48
  seconds") and a clip's caption closed by its source and length in brackets ("Crews fill
  sandbags (Source: WMBK, 1:48)"), the caption's last character a bracket;
- a relative dateline alone on its line ("vandaag, 07:15", "heute, 07:15 Uhr", a date and
  time run into its update "15:47, 7 Mar 2026Updated 16:02"), its first letters a day's word
  or a digit;
- a third party's embed notice ("This content is provided by X, which may be using cookies.
  To view it, enable cookies."), the line opening "This" or "The" and holding "ookie".

They run after the line model, which has seen few of these words: it keeps them on sites
nobody tuned for.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind

# The lines the site's calls are looked for in: the head and the foot of the kept body, where
# a page's services stand (the same lines as theirs).
from transforms.service_notes import FOOT_LINES, HEAD_LINES, REPORTED_SPEECH_RE

# A call, a button, a teaser or a notice is a sentence or two, never a paragraph: most of a
# story's paragraphs are longer, and are spared the gates by their length.
MAX_SITE_CALL_CHARS = 160

# --- a call to follow the site or sign up for its mail ------------------------------------
# The channel: the site's mail, its WhatsApp or Telegram channel, its Google News page.
_CHANNEL_RE = re.compile(
    r"newsletter|nieuwsbrief|nyhetsbrev|bolet[íi]n|whats\s*app|telegram"
    r"|google\s+(?:news|actualit[ée]s|noticias|notizie|nieuws|nyheter|nachrichten)",
    re.IGNORECASE,
)
# What the gate looks for in a short line of the head or foot, lowered, before the patterns:
# one search for the channels' words, the premium teasers' and the copying bans' (the share
# buttons, comment counters and funding notices are gated by their first or last characters).
_HINT_RE = re.compile(
    r"newsletter|nieuwsbrief|nyhetsbrev|bolet[íi]n|whatsapp|telegram|google\s"
    r"|premium|\+|exklusiv|kopier|återge|mångfald|upphovsr"
)
# The site's imperative (or its "you" form), a word of its own: a story reports a newsletter
# ("a lancé", "verschickt") and never tells its reader to follow one.
_CALL_VERB_RE = re.compile(
    r"\b(?:subscribe|sign\s+up|follow\s+us|join\s+(?:our|us)"
    r"|abonnez-vous|inscrivez-vous|suivez(?:-nous)?|rejoignez|recevez|abonne-toi|inscris-toi"
    r"|suscr[íi]bete|suscr[íi]base|s[íi]guenos|s[íi]ganos|[úu]nete|ap[úu]ntate|recibe"
    r"|iscriviti|seguici|unisciti|ricevi"
    r"|folgen\s+sie|folge\s+uns|abonnieren\s+sie|melden\s+sie\s+sich|abonniere|abonnieren[!.]"
    r"|volg|meld\s+je\s+aan|abonneer|schrijf\s+je\s+in|ontvang"
    r"|prenumerera|följ|gå\s+med|anmäl\s+dig)\b",
    re.IGNORECASE,
)

# --- a share button and a comment counter --------------------------------------------------
SHARE_BUTTON_RE = re.compile(
    r"^\W{0,3}(?:share|partager|partagez|compart(?:e|ir)|condividi|teilen|deel|dela|udostępnij|compartilhe)"
    r"(?:\s+(?:on|sur|en|su|auf|op|på|na|no|via|par|per|this|cet(?:te)?|ce|esta|este|questo|dit|diesen|den"
    r"|l['’]\s*articolo|artikeln)){0,2}"
    r"\s+(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|bluesky|threads|article|artikel|articolo|art[íi]culo"
    r"|noticia|nota|story|bericht|beitrag|notizia|artigo)\b[^.!?]{0,50}$",
    re.IGNORECASE,
)
_SHARE_OPENINGS = ("share", "parta", "compa", "condi", "teile", "deel ", "dela ", "udost")
_MARKS = "•*»›>#-–—| "  # a button's marks before its word
MAX_SHARE_WORDS = 10
# A call or label of up to four words, then the count in brackets: "Join the conversation
# (112)", "Dodaj komentarz (23)", "Kommentare (4)", "Comments (3 replies)".
COMMENT_COUNTER_RE = re.compile(
    r"^\W{0,3}(?:[^\W\d_][\w'’-]*\s+){0,3}?"
    r"(?:comments?|conversation|discussion|kommentar(?:e|er)?|kommentieren|komentarz[ey]?|komentarzy"
    r"|comentarios?|commenti|commento|commentaires?|reacties|reactie|reageer|reacciones|opiniones)"
    r"\s*[(\[]\s*\d{1,6}(?:\s+[^\W\d_]+)?\s*[)\]]\W{0,2}$",
    re.IGNORECASE,
)
MAX_COUNTER_CHARS = 60

# --- a premium teaser ------------------------------------------------------------------------
PREMIUM_TEASER_RE = re.compile(
    r"^\W{0,3}(?:(?:dit\s+is\s+een|this\s+is\s+an?|c['’]est\s+un|questo\s+[èe]\s+un|este\s+es\s+un"
    r"|das\s+ist\s+ein)\s+(?:premium|plus|exclusief|exclusive)[\s-]?"
    r"(?:artikel|article|articolo|art[íi]culo|story|verhaal|stuk|beitrag|bericht)\b"
    # A site's paid tier by its initials and a plus: "RB+ Exklusiv: ...", "SZ+ Premium".
    r"|(?-i:[A-Z]{1,4})\s?\+\s*(?:exklusiv|premium|exclusive)\b)",
    re.IGNORECASE,
)

# --- a notice of rights or funding -----------------------------------------------------------
# A Swedish ban on copying: the site's material "får inte kopieras" (may not be copied), or
# "det är förbjudet att kopiera" it; a story's ban on something else names no copying.
COPY_BAN_RE = re.compile(
    r"(?:får\s+inte\s+(?:kopieras|återges|mångfaldigas|spridas)|förbjudet\s+att\s+(?:kopiera|återge|mångfaldiga))"
    r"|upphovsrätts?lagen",
    re.IGNORECASE,
)
# A Canadian publisher's acknowledgement of the government's funding, in English or French.
FUNDING_NOTICE_RE = re.compile(
    r"^\W{0,3}(?:we\s+acknowledge\s+the\s+(?:financial\s+)?support\s+of\s+the\s+government\s+of\s+canada"
    r"|nous\s+reconnaissons\s+l['’]appui\s+(?:financier\s+)?du\s+gouvernement\s+du\s+canada)\b",
    re.IGNORECASE,
)
_FUNDING_OPENINGS = ("we acknowledge", "nous reconnaissons")

# --- looked for everywhere ---------------------------------------------------------------------
# A video player's button with the clip's length: "Play Video. Duration: 1 minute 48 seconds".
PLAYER_BUTTON_RE = re.compile(
    r"^\W{0,3}play\s+video\W{1,3}(?:duration|length|dauer|durée|duración|durata)\s*:?\s*"
    r"(?:\d{1,2}\s+(?:minutes?|minuten|minuti|minutos)"
    r"(?:\s+(?:and\s+)?\d{1,2}\s+(?:seconds?|sekunden|secondi|segundos))?"
    r"|\d{1,2}\s+(?:seconds?|sekunden|secondi|segundos)|\d{1,2}:\d{2})\W{0,2}$",
    re.IGNORECASE,
)
# A clip's caption closed by its source and length in brackets: "(Source: WMBK, 1:48)",
# "[Source: Storyful | 1 min 48 sec]". A quote's source in brackets gives no length.
SOURCED_CLIP_RE = re.compile(
    r"\S\s*[(\[]\s*(?:source|quelle|fuente|fonte|bron|källa|video)\s*:\s*[^()\[\]\d]{1,40}?\s*[,|·/–—-]\s*"
    r"(?:\d{1,2}:\d{2}|\d{1,2}\s*min(?:utes?|\.)?(?:\s*\d{1,2}\s*s(?:ec(?:onds?)?)?\.?)?)\s*[)\]]$",
    re.IGNORECASE,
)
_CLIP_TAIL_CHARS = 70
_PLAY = ("Play", "play", "PLAY")
# A relative day with the time ("vandaag, 07:15", "heute, 07:15 Uhr", "hoy a las 07:15"), or
# a date and time run into its update ("15:47, 7 Mar 2026Updated 16:02"), alone on its line.
_RELATIVE_DAY = (
    r"today|yesterday|vandaag|gisteren|heute|gestern|hoy|ayer|aujourd['’]hui|hier|oggi|ieri|idag|igår"
    r"|dzisiaj|dziś|wczoraj|hoje|ontem"
)
RELATIVE_DATELINE_RE = re.compile(
    rf"^(?:{_RELATIVE_DAY})\s*,?\s*(?:om|um|à|a\s+las|alle|kl\.?|o|at|às|,)?\s*"
    r"\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|h|am|pm|a\.m\.|p\.m\.))?$"
    r"|^\d{1,2}:\d{2},?\s+\d{1,2}\s+[^\W\d_]{3,9}\.?\s+\d{4}\s*(?:updated|aktualisiert|mis\s+à\s+jour"
    r"|actualizado|aggiornato|bijgewerkt|uppdaterad)\s*:?\s*\d{1,2}:\d{2}$",
    re.IGNORECASE,
)
# A relative dateline's first three letters, lower case, or a digit's.
_DATELINE_OPENINGS = frozenset(
    word[:3] for word in _RELATIVE_DAY.replace("['’]", "'").split("|")
) | frozenset({"auj"})
MAX_DATELINE_CHARS = 48
# A third party's embed, held back until the reader allows its cookies.
EMBED_NOTICE_RE = re.compile(
    r"^\W{0,3}(?:this|the\s+following)\s+(?:content|embed|video|post)\s+is\s+(?:provided|hosted|supplied)\s+by\s+"
    r"[^.]{1,80}[.,;].{0,200}\bcookies?\b",
    re.IGNORECASE,
)
_EMBED_OPENINGS = ("This ", "this ", "The ", "the ", "THIS ")


def is_follow_call(line: str) -> bool:
    """
    >>> [is_follow_call(x) for x in ("Abonnez-vous à notre newsletter", "Síguenos en Google News",
    ...     "Iscriviti al nostro canale WhatsApp", "Volg ons op Google Nieuws", "Följ oss på Google Nyheter")]
    [True, True, True, True, True]
    >>> [is_follow_call(x) for x in ("La mairie a lancé une newsletter pour les habitants.",
    ...     "«Síguenos en WhatsApp», pidió el alcalde, según la radio local.")]
    [False, False]
    """
    return (
        _CHANNEL_RE.search(line) is not None
        and _CALL_VERB_RE.search(line) is not None
        and REPORTED_SPEECH_RE.search(line) is None
    )


def is_share_or_comment_button(line: str) -> bool:
    """
    >>> [is_share_or_comment_button(x) for x in ("Partager sur Facebook", "Comparte esta noticia",
    ...     "Join the conversation (112)", "Dodaj komentarz (23)", "Kommentare (4)")]
    [True, True, True, True, True]
    >>> [is_share_or_comment_button(x) for x in ("Share prices fell on Friday.",
    ...     "Comments from residents were sharp (see page 4)")]
    [False, False]
    """
    if line[-1:] in ")]" and len(line) <= MAX_COUNTER_CHARS and COMMENT_COUNTER_RE.match(line):
        return True
    return (
        line.lstrip(_MARKS)[:5].lower().startswith(_SHARE_OPENINGS)
        and len(line.split(None, MAX_SHARE_WORDS)) <= MAX_SHARE_WORDS
        and SHARE_BUTTON_RE.match(line) is not None
    )


def is_copy_ban(line: str) -> bool:
    """
    >>> is_copy_ban("Materialet är skyddat enligt upphovsrättslagen och får inte kopieras.")
    True
    >>> is_copy_ban("Det är förbjudet att beträda vallarna, skriver räddningstjänsten.")
    False
    """
    return COPY_BAN_RE.search(line) is not None and REPORTED_SPEECH_RE.search(line) is None


def is_site_call(line: str) -> bool:
    """A call to follow or sign up, a share button or comment counter, a premium teaser, or a
    notice of rights or funding: the lines looked for in the head and the foot, behind gates.

    >>> is_site_call("Dit is een premium artikel"), is_site_call("Dit is een premie voor boeren.")
    (True, False)
    """
    if len(line) > MAX_SITE_CALL_CHARS:
        return False
    if line[-1:] in ")]" or line.lstrip(_MARKS)[:5].lower().startswith(_SHARE_OPENINGS):
        if is_share_or_comment_button(line):
            return True
    elif line[:18].lower().startswith(_FUNDING_OPENINGS):
        return FUNDING_NOTICE_RE.match(line) is not None
    folded = line.lower()
    if _HINT_RE.search(folded) is None:
        return False  # most lines of the head and the foot
    return is_follow_call(line) or PREMIUM_TEASER_RE.match(line) is not None or is_copy_ban(line)


def is_video_widget(line: str) -> bool:
    """
    >>> [is_video_widget(x) for x in ("Play Video. Duration: 1 minute 48 seconds",
    ...     "Crews pile sandbags along the levee (Source: WMBK, 1:48)")]
    [True, True]
    >>> is_video_widget("The council met on Tuesday (Source: minutes of the meeting)")
    False
    """
    if line.startswith(_PLAY):
        return PLAYER_BUTTON_RE.match(line) is not None
    tail = max(0, len(line) - _CLIP_TAIL_CHARS)
    return line[-1:] in ")]" and SOURCED_CLIP_RE.search(line, tail) is not None


def is_relative_dateline(line: str) -> bool:
    """
    >>> [is_relative_dateline(x) for x in ("vandaag, 07:15", "heute, 07:15 Uhr",
    ...     "15:47, 7 Mar 2026Updated 16:02")]
    [True, True, True]
    >>> is_relative_dateline("Vandaag, zei de burgemeester, is de dijk nog sterk.")
    False
    """
    return (
        len(line) <= MAX_DATELINE_CHARS
        and (line[:1].isdigit() or line[:3].lower() in _DATELINE_OPENINGS)
        and RELATIVE_DATELINE_RE.match(line) is not None
    )


def is_embed_notice(line: str) -> bool:
    """
    >>> is_embed_notice("This content is provided by Flourish, which may use cookies. Enable them to view.")
    True
    >>> is_embed_notice("The cookies were provided by a bakery on Main Street.")
    False
    """
    return line.startswith(_EMBED_OPENINGS) and "ookie" in line and EMBED_NOTICE_RE.match(line) is not None


def drop_site_calls(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop the site's calls and small print (exact syntax): the calls, buttons, teasers and
    notices in the head and the foot; video widgets, relative datelines and embed notices
    anywhere."""
    count = len(lines)
    foot = max(HEAD_LINES, count - FOOT_LINES)
    found: dict[int, RemovalKind] = {}
    dateline, openings = MAX_DATELINE_CHARS, _DATELINE_OPENINGS
    for index, line in enumerate(lines):
        # The cheap tests first: a line's last or first characters, its length, its place.
        if (line[-1:] in ")]" or line.startswith(_PLAY)) and is_video_widget(line):
            found[index] = RemovalKind.CAPTION
        elif (
            (
                len(line) <= dateline
                and (line[:1].isdigit() or line[:3].lower() in openings)
                and is_relative_dateline(line)
            )
            or (line.startswith(_EMBED_OPENINGS) and is_embed_notice(line))
            or ((index < HEAD_LINES or index >= foot) and is_site_call(line))
        ):
            found[index] = RemovalKind.BOILERPLATE
    if not found:
        return lines, []
    kept = [line for index, line in enumerate(lines) if index not in found]
    return kept, [Removal(kind, lines[index]) for index, kind in found.items()]
