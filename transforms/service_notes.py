"""Lines a site's services leave in a story, each by an exact syntax: a tag list, a widget's
attribution, a paywall's teaser and a podcast's sponsor read.

    >>> lines = ["Rain fell all day.", "Tags: flooding, weather", "Scores powered by StatsBox"]
    >>> kept, removed = drop_service_notes(lines)
    >>> kept, [removal.text for removal in removed]
    (['Rain fell all day.'], ['Tags: flooding, weather', 'Scores powered by StatsBox'])

- A tag list: its label and a colon, then short items split by commas or bars ("Tags:
  flooding, levees", "Schlagwörter: Hochwasser, Elbe", "Mots-clés : inondations, Loire"). A
  label followed by a sentence ("Themen: Die Koalition streitet ...") is the story's.
- A widget's attribution: what the widget shows, then who supplies it, and nothing else
  ("Game recap powered by StatsBox", "Translation provided by LinguaBridge"); the player's
  button with the article's reading length ("Audio: listen to this article (4 min)").
- A paywall's teaser: a call to read on, or what the content is, bound to a subscription
  or a subscriber at the line's end ("Read the full story with a subscription", "Lesen Sie
  mehr mit Ihrem Abo", "Czytaj więcej w wydaniu Premium", "Contenido exclusivo para
  suscriptores"). A sentence that goes on past it ("Subscribers can read the report online")
  stays.
- A podcast's sponsor read, opening with the show's own words ("This episode is brought to
  you by X.", "Support for this podcast comes from X."); "This episode of flooding is the
  third this year" names no sponsor and stays.

They are junk on sites nobody tuned for, where the line model has seen none of their
wording, so they are rules. They run after the model, as the credited-caption rule does:
they take only the lines it kept, and but for a tag list only the first `HEAD_LINES` and the
last `FOOT_LINES` of them: a page's services stand at the head or the foot of its story (a player's button
and a translator's note over it; tags, a recap's supplier, the paywall's teaser and the
credits under it; a sponsor read before or after the show), and the cost stays flat. Every
pattern sits behind a gate on its line (a colon near the head, a short line's words or its
last characters, the opening words).
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind

# --- a tag list ---------------------------------------------------------------------------
# The labels of a tag list in the languages of the pages we meet, lower case, each spelling
# (with and without its accents). A short list on purpose: the label is what sets the list
# apart from a sentence after a colon. The gate looks the head before the colon up here; the
# pattern is built from the same list.
TAG_LABELS = frozenset(
    {
        "tags", "tagged", "tagged with", "topics", "related topics", "keywords", "etiquetas", "temas",
        "palabras clave", "schlagwörter", "schlagworter", "schlagworte", "stichwörter", "stichworter",
        "themen", "mots-clés", "mots-cles", "mots clés", "mots cles", "étiquettes", "etiquettes", "sujets",
        "argomenti", "parole chiave", "tagi", "tematy", "słowa kluczowe", "slowa kluczowe", "trefwoorden",
        "onderwerpen", "assuntos", "tópicos", "topicos",
        # The Nordic languages, Finnish, Czech, Romanian, Turkish, Hungarian (not "tema": a Spanish,
        # Italian or Scandinavian line may head its topic so, "Tema: la vivienda").
        "emner", "ämnen", "nyckelord", "stikord", "stikkord", "nøkkelord", "aiheet", "avainsanat", "tagit",
        "témata", "štítky", "klíčová slova", "etichete", "cuvinte cheie", "etiketler", "anahtar kelimeler",
        "címkék", "kulcsszavak",
    }
)  # fmt: skip
_LONGEST_FIRST = sorted(TAG_LABELS, key=lambda label: (-len(label), label))  # in one order every run
_TAG_LABEL = "(?:{})".format("|".join(re.escape(label).replace(r"\ ", r"\s+") for label in _LONGEST_FIRST))
# An item is a few words (a name, a place, a theme), with no sentence mark in it.
_TAG_ITEM = r"#?[^\W_][\w'’.&+#-]*(?:[ \t]+[\w'’.&+#-]+){0,3}"
TAG_LIST_RE = re.compile(
    rf"^\W{{0,3}}{_TAG_LABEL}\s*:\s*{_TAG_ITEM}(?:\s*[,;|·•/]\s*{_TAG_ITEM})*\s*[,;.]?$", re.IGNORECASE
)
# A tag list's line is short; the head holds its label and colon.
MAX_TAG_LIST_CHARS = 300
_TAG_HEAD_CHARS = 24

# --- a widget's attribution ---------------------------------------------------------------
# "<what> powered by <Supplier>": the widget's words, a supplier's verb in lower case (a
# headline in title case writes "Powered By"), the supplier's name capitalised, and nothing
# after it. A sentence ends with its mark; the attribution does not.
_SUPPLIED = (
    r"(?:powered|provided|supplied|generated|brought\s+to\s+you)\s+by|bereitgestellt\s+von|präsentiert\s+von"
    r"|proporcionad[oa]s?\s+por|fourni[es]{0,2}\s+par|fornit[oa]\s+da|a\s+cura\s+di|dostarczon[eya]\s+przez"
    r"|fornecid[oa]s?\s+por"
)
ATTRIBUTION_RE = re.compile(
    rf"^\W{{0,3}}[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_SUPPLIED})\s+"
    r"[A-Z0-9][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}[^\w.!?]{0,2}$"
)
# A player's button with the length of the article read aloud: "Audio: listen to this article
# (4 min)", "Listen to this story · 5 min", "Artikel anhören (3 Min.)", "Écouter cet article 4 min".
_LISTEN = (
    r"(?:listen\s+to\s+(?:this|the)\s+(?:article|story)|artikel\s+anh[öo]ren|[ée]couter\s+(?:cet\s+)?article"
    r"|escuchar?\s+(?:este\s+)?(?:art[íi]culo|noticia)|ascolta\s+(?:l['’]\s*)?articolo"
    r"|pos[łl]uchaj\s+(?:tego\s+)?artyku[łl]u|ou[çc]a\s+(?:este\s+)?(?:artigo|texto))"
)
LISTEN_BUTTON_RE = re.compile(
    rf"^\W{{0,3}}(?:audio\s*[:|·–—-]\s*)?{_LISTEN}\s*[(\[|·•–—-]?\s*"
    r"(?:\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minut)\.?|\d{1,2}:\d{2})\s*[)\]]?\W{0,2}$",
    re.IGNORECASE,
)
# A transcript or recording kept for members: "Transcript available for members".
MEMBERS_ONLY_RE = re.compile(
    r"^\W{0,3}(?:full\s+)?(?:transcripts?|audio|recording|video)\s+(?:is\s+|are\s+)?(?:only\s+)?available\s+"
    r"(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:paid\s+|premium\s+|paying\s+)?(?:members|subscribers)\W{0,3}$",
    re.IGNORECASE,
)
MAX_ATTRIBUTION_WORDS = 10

# --- a paywall's teaser -------------------------------------------------------------------
# Its opening: a call to read on, or what is kept back ("This content", "Exclusive").
_TEASER_OPENING = (
    r"(?:read|continue\s+reading|keep\s+reading|unlock|get|(?:this|the)\s+(?:full\s+)?(?:story|article|content|piece)"
    r"|exclusive|premium|subscriber|only|available"
    r"|lesen\s+sie|weiterlesen|jetzt|(?:dieser\s+)?(?:artikel|inhalt|beitrag)|exklusiv|nur"
    r"|lire|lisez|la\s+suite|(?:cet\s+)?article|(?:ce\s+)?contenu|r[ée]serv[ée]"
    r"|lee|leer|sigue\s+leyendo|(?:este\s+|el\s+)?(?:art[íi]culo|contenido)|exclusivo|s[óo]lo"
    r"|leggi|continua\s+a\s+leggere|(?:questo\s+|l['’]\s*)?(?:articolo|contenuto)|riservato|esclusivo"
    r"|czytaj|przeczytaj|(?:ten\s+)?artyku[łl]|tre[śs][ćc]|tylko|dost[ęe]pn[ey])"
)
# What closes it: the subscription or the subscriber the rest is kept for.
_SUBSCRIPTION = (
    r"(?:(?:with|through)\s+(?:a|an|your)\s+(?:[\w-]+\s+)?(?:subscription|membership)"
    r"|(?:for|to)\s+(?:our\s+)?(?:paid\s+|premium\s+|paying\s+|digital\s+)?(?:subscribers|members)"
    r"|mit\s+(?:ihrem\s+|einem\s+|deinem\s+)?[\w-]*abo(?:nnement)?|mit\s+\S+\s+(?:plus|\+)|f[üu]r\s+abonnent(?:en|innen)"
    r"|(?:aux|pour\s+les)\s+abonn[ée]s|avec\s+(?:un|votre)\s+abonnement"
    r"|(?:para|a)\s+(?:los\s+)?suscriptores|con\s+(?:tu|una|su)\s+suscripci[óo]n"
    r"|(?:agli|per\s+gli|per)\s+abbonati|con\s+(?:l['’]\s*|un\s+|il\s+tuo\s+)abbonamento"
    r"|(?:para|a)\s+(?:os\s+)?assinantes|com\s+(?:a\s+|sua\s+)?assinatura"
    r"|[wz]\s+(?:wydaniu\s+|wersji\s+|serwisie\s+)?premium|dla\s+(?:subskrybent[óo]w|prenumerator[óo]w|abonent[óo]w)"
    r"|z\s+(?:prenumerat[ąa]|subskrypcj[ąa]))"
)
# One clause: at most 60 characters between the opening and the subscription, no sentence's end.
PAYWALL_TEASER_RE = re.compile(
    rf"^\W{{0,3}}{_TEASER_OPENING}\b(?:[^.!?]{{0,60}}?\s)?{_SUBSCRIPTION}\W{{0,3}}$", re.IGNORECASE
)

# --- a podcast's sponsor read -------------------------------------------------------------
SPONSOR_READ_RE = re.compile(
    r"^\W{0,3}(?:(?:this|today['’]s)\s+(?:episode|podcast|show|programme|program|segment)\s+(?:is|was)\s+"
    r"(?:brought\s+to\s+you|sponsored)\s+(?:in\s+part\s+)?by"
    r"|support\s+for\s+(?:this|the|today['’]s)\s+(?:podcast|episode|show|programme|program)\s+"
    r"(?:comes|is\s+provided)\s+(?:from|by)"
    r"|(?:dieser\s+podcast|diese\s+folge|diese\s+episode)\s+wird\s+(?:unterst[üu]tzt|pr[äa]sentiert|gesponsert)\s+von"
    r"|(?:este\s+episodio|este\s+podcast)\s+(?:est[áa]\s+|es\s+)?(?:patrocinado|presentado)\s+por"
    r"|(?:cet\s+[ée]pisode|ce\s+podcast)\s+est\s+(?:pr[ée]sent[ée]|sponsoris[ée]|parrain[ée])\s+par"
    r"|(?:questo\s+episodio|questo\s+podcast)\s+[èe]\s+(?:offerto|sponsorizzato)\s+da)\s+\S",
    re.IGNORECASE,
)
# A sponsor read is ad copy: a few sentences at most.
MAX_SPONSOR_READ_WORDS = 80
# Words that report what someone said: a call or a teaser quoted in a story is the story's.
REPORTED_SPEECH_RE = re.compile(
    r"\b(?:said|says|told|urged|asked|wrote|according\s+to|dijo|pidió|según|a\s+d[ée]clar[ée]|a\s+demand[ée]"
    r"|selon|sagte|forderte|laut|ha\s+detto|ha\s+chiesto|secondo|zei|zegt|vroeg|volgens|säger|sade|uppmanade)\b",
    re.IGNORECASE,
)

# The lines looked at: the first and the last of the body the line model kept.
HEAD_LINES = 3
FOOT_LINES = 5
# The gates, each a set lookup or a few substring tests of a short string: every pattern
# needs its line to pass one, and most lines pass none.
# The longest line any of them takes: a sponsor read of 80 words; a tag list, 300 characters.
MAX_SERVICE_NOTE_CHARS = 700
# An attribution (10 words) and a teaser (its opening, 60 characters and the subscription) are
# short: a paragraph is spared their gates and patterns by its length.
MAX_SHORT_NOTE_CHARS = 160
# A word each attribution holds (lower case): the supplier's verb (not its preposition: "by" is
# in too many short lines), the player's verb, "available". A set: one lookup per word, in C.
_ATTRIBUTION_WORDS = frozenset(
    {"powered", "provided", "supplied", "generated", "brought", "bereitgestellt", "präsentiert",
     "proporcionado", "proporcionada", "proporcionados", "proporcionadas", "fourni", "fournie", "fournis",
     "fournies", "fornito", "fornita", "cura", "dostarczone", "dostarczony", "dostarczona", "fornecido",
     "fornecida", "fornecidos", "fornecidas", "listen", "anhören", "anhoren", "écouter", "ecouter",
     "escuchar", "escucha", "ascolta", "posłuchaj", "posluchaj", "ouça", "ouca", "available"}
)  # fmt: skip
# What the teaser's subscription holds (lower case), searched in its last characters only: a
# search over a whole line, or in any case, would try every word at every character.
_SUBSCRIPTION_HINT_RE = re.compile(
    r"subscri|member|abo|suscri|abbona|premium|assina|subskry|prenumer|plus|\+"
)
_TEASER_TAIL_CHARS = 40
# How a sponsor read opens, as a line writes it ("This", "THIS", "Support"): one `startswith`.
_SPONSOR_OPENINGS = tuple(
    opening
    for word in ("this ", "today", "support for ", "dieser ", "diese ", "este ", "cet ", "ce ", "questo ")
    for opening in (word, word.capitalize(), word.upper())
)
_LABEL_STRIP = " \t•*»›>#-–—|"


def is_tag_list(line: str) -> bool:
    """
    >>> [is_tag_list(x) for x in ("Tags: flooding, Millbrook, weather", "Schlagwörter: Hochwasser, Elbe",
    ...     "Mots-clés : inondations, Loire", "Etiquetas: Murcia | lluvias", "Argomenti: maltempo")]
    [True, True, True, True, True]
    >>> [is_tag_list(x) for x in ("Emner: Miljø, Politik", "Aiheet: Liikenne, Helsinki",
    ...     "Témata: Brno, doprava", "Etiketler: ekonomi, enflasyon", "Címkék: Budapest, közlekedés")]
    [True, True, True, True, True]
    >>> is_tag_list("Emner som skolemad og trivsel fylder meget i debatten.")
    False
    >>> is_tag_list("Themen: Die Koalition streitet seit Wochen über die Rente und die Pflege.")
    False
    >>> is_tag_list("The tags on the cattle were read by scanners.")
    False
    """
    colon = line.find(":", 0, _TAG_HEAD_CHARS)
    return (
        colon > 0
        and len(line) <= MAX_TAG_LIST_CHARS
        and " ".join(line[:colon].strip(_LABEL_STRIP).casefold().split()) in TAG_LABELS
        and TAG_LIST_RE.match(line) is not None
    )


def is_attribution(line: str) -> bool:
    """
    >>> [is_attribution(x) for x in ("Game recap powered by StatsBox", "Translation provided by LinguaBridge",
    ...     "Audio: listen to this article (4 min)", "Transcript available for members")]
    [True, True, True, True]
    >>> [is_attribution(x) for x in ("Most of the town is powered by coal.", "Homes Powered By Wind",
    ...     "Homes here are powered by wind", "The water was provided by the Red Cross, volunteers said.")]
    [False, False, False, False]
    """
    if len(line.split(None, MAX_ATTRIBUTION_WORDS)) > MAX_ATTRIBUTION_WORDS:
        return False
    return (
        ATTRIBUTION_RE.match(line) is not None
        or LISTEN_BUTTON_RE.match(line) is not None
        or MEMBERS_ONLY_RE.match(line) is not None
    )


def is_paywall_teaser(line: str) -> bool:
    """
    >>> [is_paywall_teaser(x) for x in ("Read the full story with a subscription",
    ...     "Lesen Sie mehr mit Ihrem Abo", "Czytaj więcej w wydaniu Premium",
    ...     "Contenido exclusivo para suscriptores", "Ce contenu est réservé aux abonnés")]
    [True, True, True, True, True]
    >>> [is_paywall_teaser(x) for x in ("Subscribers can read the report online.",
    ...     "Only members voted for the plan, which the board backed.")]
    [False, False]
    """
    return PAYWALL_TEASER_RE.match(line) is not None and REPORTED_SPEECH_RE.search(line) is None


def is_sponsor_read(line: str) -> bool:
    """
    >>> is_sponsor_read("This episode is brought to you by Acme Mattress. Visit acme.com/podcast for 20% off")
    True
    >>> is_sponsor_read("Support for this podcast comes from the Wallace Foundation.")
    True
    >>> is_sponsor_read("This episode of flooding is the third this year.")
    False
    """
    return (
        len(line.split(None, MAX_SPONSOR_READ_WORDS)) <= MAX_SPONSOR_READ_WORDS
        and SPONSOR_READ_RE.match(line) is not None
        and REPORTED_SPEECH_RE.search(line) is None
    )


def is_service_note(line: str) -> bool:
    """A tag list, a widget's attribution, a paywall's teaser or a sponsor read, behind the gates.

    >>> is_service_note("Tags: flooding, weather"), is_service_note("Rain fell all day.")
    (True, False)
    """
    size = len(line)
    if size > MAX_SERVICE_NOTE_CHARS:
        return False
    # A colon near the head (a C search of a few characters) before the tag list's test.
    if line.find(":", 0, _TAG_HEAD_CHARS) > 0 and is_tag_list(line):
        return True
    if size <= MAX_SHORT_NOTE_CHARS:
        folded = line.lower()
        # Ten words at most have nine spaces between them: a count before the split.
        if (
            folded.count(" ") < MAX_ATTRIBUTION_WORDS
            and not _ATTRIBUTION_WORDS.isdisjoint(folded.split())
            and is_attribution(line)
        ):
            return True
        if _SUBSCRIPTION_HINT_RE.search(folded, size - _TEASER_TAIL_CHARS) and is_paywall_teaser(line):
            return True
    return line.startswith(_SPONSOR_OPENINGS) and is_sponsor_read(line)


def drop_service_notes(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop tag lists, widget attributions, paywall teasers and sponsor reads (exact syntax)."""
    # A tag list anywhere (a colon near a line's head is a cheap test, and a fold's model may keep
    # the list among other junk above the foot); the rest only in the story's head and foot:
    # where a page's services put them, and a cost that does not grow with the story. A
    # paragraph there can be only a sponsor read (its opening): tested here, it is spared the call.
    count = len(lines)
    window = range(max(HEAD_LINES, count - FOOT_LINES), count)
    short, head, openings = MAX_SHORT_NOTE_CHARS, _TAG_HEAD_CHARS, _SPONSOR_OPENINGS
    notes = [
        index
        for index, line in enumerate(lines)
        if (":" in line[:head] and is_tag_list(line))
        or (
            (index < HEAD_LINES or index in window)
            and (len(line) <= short or line.startswith(openings))
            and is_service_note(line)
        )
    ]
    if not notes:
        return lines, []
    taken = set(notes)
    kept = [line for index, line in enumerate(lines) if index not in taken]
    # Boilerplate, as the paywall's calls and the sponsor notes of `transforms.site_notes` are.
    return kept, [Removal(RemovalKind.BOILERPLATE, lines[index]) for index in notes]
