"""Site menus with an exact syntax: pipe-separated link menus, type-size tools, lone page tools.

    >>> is_pipe_menu("Schedules: Eastern | Western")
    True
    >>> is_pipe_menu("Statistics | Roster | Depth Chart")
    True
    >>> is_pipe_menu("Revenue | $142.6 | $106.4")
    False
    >>> is_pipe_menu("The mayor said the plan | as written | would fail in court, and he was right.")
    False

A page's section menu comes into a text dump as a line of link labels joined
by "|" ("Scores | Standings | Teams", "Schedules: East | West"): a few words
per label, no figures, nothing ending a sentence. A table row has figures in
its cells (`transforms.line_model` reads those runs as body); a table's header
row has none, so a menu line beside a row with figures is left to the model.
The type-size tools ("Font:", "Text size", a lone "A" one per line, one per
size) are labels and letters a story never writes alone. Both are junk on every
site, so they are rules. So are the page tools alone on a line ("Print", "E-mail",
"RSS", "Read more...", "Story continues below") and the comment counters
("Comments (3)", "142 Comments", "Join the conversation", in a few languages:
"Kommentare (14)", "Artikel teilen", "Copiar enlace", "Zu den Kommentaren"), an author box's
heading ("About the author", "Sobre la firma") and a rating widget's
stars with their count of votes: a sentence that opens with
"Read more" or "Share" goes on past the label, and stays. So does a link's own call,
"Click here to ..." or "Click here for ..." alone on its line (a widget's "Loading..."
before it or none): a story tells its readers where to look in a sentence that goes on. They run after the
line model, as the credited-caption rule does: the model still learns menus
from these lines (they teach it the furniture around them), and the rule takes
the ones it kept.
"""

from __future__ import annotations

import re

from transforms.article import Removal, RemovalKind
from transforms.notices import READ_ON_PROMPT

MENU_MAX_CHARS = 90
MENU_CELL_MAX_WORDS = 3
MENU_MIN_CELLS = 2
# A cell's words are labels: letters, dots of abbreviations ("A.F.C."), "&", "/", "-" and one colon.
_MENU_CELL_RE = re.compile(r"^[^\W\d_][\w.&/'’-]*:?(?:\s+[^\W\d_&][\w.&/'’-]*:?){0,2}$|^[&/-]$")
_DIGIT_RE = re.compile(r"\d")
# A local station's name leading its menu: call letters or a network with the channel
# number ("WKRN 2", "FOX 5", "KTVN 2 News"), or "News 9", "Channel 4"; not "Chapter 1".
_STATION_RE = re.compile(r"^(?:[A-Z]{2,5}|News|Channel)(?:\s+(?:News|TV))?\s+\d{1,2}(?:\s+News)?$")
# "Font:", "Text size", "Type size:", "Font size -": the label of the type-size buttons.
TYPE_SIZE_LABEL_RE = re.compile(
    r"^(?:font|(?:font|text|type|print)\s+size|(?:change|adjust|resize)\s+(?:the\s+)?(?:font|text)(?:\s+size)?)"
    r"\s*[:\-–]?$",
    re.IGNORECASE,
)
# One button of the type-size tools: "A", "A+", "A-", "a".
_SIZE_BUTTON_RE = re.compile(r"^[Aa][+\-–]?$")
MAX_TOOL_CHARS = 24
# A comment label, in other languages too: "Comments", "Kommentare", "Commentaires",
# "Comentarios", "Comentários", "Commenti", "Reacties".
_COMMENT_WORD = (
    r"(?:comments?|talkbacks?|kommentare?|commentaires?|comentarios?|coment[aá]rios?|commenti|reacties"
    # Polish and Swedish: "Komentarze (47)", "12 komentarzy", "Kommentarer (3)".
    r"|komentarz[ey]?|kommentarer)"
)
# A page tool's label alone: "Print", "E-mail this story", "RSS", "Read more...", "Story continues below",
# an ad slot's "Scroll to continue with content" without its "Advertisement".
_TOOL = (
    r"(?:(?:print|e-?mail|share)(?:\s+this(?:\s+(?:article|story|page|post))?)?|rss|read\s+more"
    rf"|{READ_ON_PROMPT}|(?:post\s+a\s+|add\s+a\s+|read\s+|view\s+)?{_COMMENT_WORD}"
    r"|rate\s+this(?:\s+(?:article|story|post|recipe|product))?"
    # The feedback widget under a story, with its buttons: "Was this article helpful? Yes No", "War dieser
    # Artikel hilfreich?", "Czy ten artykuł był pomocny?", "¿Te resultó útil este artículo?". A question that
    # goes on ("... helpful to the defence?") is a sentence.
    r"|(?:was\s+this\s+(?:article|story|page|post|information)\s+(?:helpful|useful)"
    r"|war\s+(?:dieser\s+artikel|diese\s+seite)\s+hilfreich|czy\s+(?:ten\s+artykuł|ta\s+strona)\s+(?:był|była)\s+pomocn[ya]"
    r"|(?:te|le)\s+(?:ha\s+)?(?:resultado|resultó|pareció|ha\s+parecido)\s+útil\s+(?:este\s+artículo|esta\s+(?:noticia|información)))"
    r"\s*\??(?:\s*(?:yes|no|ja|nein|tak|nie|sí|si)\b){0,2}"
    # The links to the newsroom under a story: "Report a technical issue", "Report an editorial error".
    r"|report\s+(?:an?\s+)?(?:(?:editorial|technical|factual)\s+)?(?:error|typo|issue|problem|correction|mistake)"
    r"|(?:submit|suggest)\s+a\s+correction"
    # The same tools on sites in German, French, Spanish, Portuguese and Italian (and Dutch comments).
    r"|(?:artikel\s+|beitrag\s+|seite\s+)?(?:teilen|drucken|versenden)|kommentieren"
    r"|partager(?:\s+(?:cet\s+article|l['’]article))?|imprimer|r[ée]agir"
    # A player's button: "Listen to this article", "Artikel anhören", "Écouter cet article".
    r"|listen\s+to\s+this\s+(?:article|story)|(?:artikel\s+)?(?:anh[öo]ren|vorlesen)|[ée]couter\s+(?:cet\s+)?article"
    r"|compartir(?:\s+(?:este\s+art[ií]culo|esta\s+noticia))?|compartilhe|imprimir|condividi|stampa"
    # A share button's link copier, in English and the same languages: "Copy link", "Copiar enlace",
    # "Copier le lien", "Link kopieren", "Copia link"; and its note once clicked, "Link copied".
    r"|copy\s+(?:the\s+)?(?:article\s+|story\s+|page\s+)?(?:link|url)|(?:link|url)\s+copied"
    r"|copiar\s+(?:el\s+|o\s+)?(?:enlace|link|v[ií]nculo)|copier\s+(?:le\s+)?lien|(?:link|url)\s+kopieren"
    r"|copia\s+(?:il\s+)?(?:link|collegamento)"
    # The jump to the thread, and the bare call to comment: "Go to comments", "Ir a los comentarios",
    # "Aller aux commentaires", "Zu den Kommentaren", "Vai ai commenti", "Commenta", "Comentar".
    rf"|(?:go|jump|skip)\s+to\s+(?:the\s+)?{_COMMENT_WORD}|ir\s+a\s+(?:los\s+)?comentarios|ir\s+para\s+os\s+comentários"
    r"|aller\s+aux\s+commentaires|zu\s+den\s+kommentaren|vai\s+ai\s+commenti|commenta|comenta|comentar|commenter"
    # The comment form's button and a closed thread's note, alone: "Leave a comment", "Comments are closed",
    # "Deja tu comentario", "Laissez un commentaire", "Réagissez à cet article", "Kommentar schreiben",
    # "Lascia un commento", "Deixe seu comentário", "Laat een reactie achter". A verb, "a" or "your", then
    # the noun, in any of these languages: one branch, as each branch costs every short line a try.
    r"|(?:leave|post|add|write|submit|deja|dejar|escribe|escribir|añade|publica|laissez|laisser|ajoutez|ajouter"
    r"|écrire|écrivez|postez|poster|publier|schreiben\s+sie|lascia|scrivi|aggiungi|deixe|escreva|plaats|laat)"
    r"\s+(?:a|your|tu|un|su|votre|einen|seu|o\s+seu|um|een)\s+"
    r"(?:comment|reply|comentario|commentaire|kommentar|commento|comentário|reactie)(?:\s+achter)?"
    # The thread closed: "Comments are closed", "Los comentarios están cerrados", "Die Kommentarfunktion ist
    # deaktiviert", "I commenti sono chiusi".
    r"|(?:(?:los|les|die|i|os)\s+)?(?:comments|commenting|comentarios|commentaires|kommentare|kommentarfunktion"
    r"|commenti|comentários)(?:\s+(?:are|is|have\s+been|has\s+been|están|sont|ist|sind|sono|estão))?\s+(?:now\s+)?"
    r"(?:closed|disabled|turned\s+off|cerrados|fermés|clos|désactivés|geschlossen|deaktiviert|chiusi|fechados"
    r"|encerrados)(?:\s+(?:for|on)\s+this\s+(?:article|story|post))?"
    r"|(?:(?:réagissez|réagir)\s+à|commentez)\s+(?:cet\s+article|l['’]article)"
    r"|kommentar\s+(?:schreiben|verfassen|hinzufügen|abgeben)"
    # An author box's heading, over the bio a dump closes with: "About the author", "Sobre la firma",
    # "À propos de l'auteur", "Über den Autor", "Sull'autore".
    r"|(?:about|meet)\s+the\s+(?:authors?|writers?|reporters?|contributors?)"
    r"|(?:sobre|acerca\s+de)\s+(?:el|la|los|las)\s+(?:autor(?:a|es|as)?|firmas?|periodistas?)|acerca\s+del\s+autor"
    r"|à\s+propos\s+de\s+l['’]aut(?:eur|eure|rice)|über\s+(?:den|die)\s+(?:autor(?:in|en|innen)?|verfasser(?:in)?)"
    r"|sull['’]autore|sull['’]autrice|sobre\s+(?:o|a)\s+autor(?:a)?)"
)
# A counter after a comment label: "Comments (3)", "Talkbacks for this article: 18".
_COUNT = r"(?:\s+for\s+this\s+(?:article|story|post))?\s*(?::\s*\d{1,5}|\(\d{1,5}\))"
# Or before it, as a comment thread's header counts: "142 Comments", "3 talkbacks".
_COUNTED = rf"\d{{1,3}}(?:[,.]\d{{3}})*\s+{_COMMENT_WORD}"
# A thread's invitation: "Join the conversation", "Join the discussion".
_JOIN = r"join\s+the\s+(?:conversation|discussion)"
PAGE_TOOL_RE = re.compile(
    rf"^\W{{0,2}}(?:{_TOOL}(?:{_COUNT})?|{_COUNTED}|{_JOIN})[\s.:»›>…]{{0,4}}$", re.IGNORECASE
)
# A rating widget: stars and the count of votes behind them ("★★★★★ 4.8 from 212 votes",
# "★★★★☆ (1,024 ratings)"); stars alone may be a review's own verdict, and stay.
RATING_WIDGET_RE = re.compile(
    r"^(?:[★☆⭐✩✭✮]\ufe0f?\s*){3,}[\d.,/\s]*(?:out\s+of\s+5\s*)?(?:from\s+|\(|-\s*)?\d{1,3}(?:,\d{3})*\s+"
    r"(?:votes?|ratings?|reviews?)\)?\s*$",
    re.IGNORECASE,
)
MAX_PAGE_TOOL_CHARS = 48
# A link's call alone on its line: "Click here to get the app", "CLICK HERE for more headlines!",
# "Loading...Click here for news menu". One clause: a second sentence after it is a story's.
CLICK_PROMPT_RE = re.compile(
    r"^\W{0,2}(?:loading\.{0,3}\s*)?click\s+here\s+(?:to|for)\s+[^.!?]+(?:[.!?…]+|\.{3})?\s*$",
    re.IGNORECASE,
)
CLICK_PROMPT_MAX_WORDS = 15
# A live blog's refresh button and its note, in the languages of the pages we meet: "Refresh
# this page for the latest updates.", "Refresh for updates", "Auto-refresh is on", "Show 3 new
# posts", "Seite aktualisieren für die neuesten Updates", "Automatische Aktualisierung ist an",
# "Actualiza esta página para ver las últimas noticias", "Actualisez la page pour voir les
# dernières mises à jour". The call ends with what it shows; a sentence that goes on ("Refresh
# the page, the bank told customers locked out, ...") is the story's.
_SWITCH = (
    r"(?:\s*(?::\s*|is\s+|ist\s+|est\s+|está\s+)?(?:on|off|enabled|disabled|paused|an|aus|ein|aktiviert"
    r"|deaktiviert|activ[ée]e?|d[ée]sactiv[ée]e?|activa|(?:des)?activad[oa]))?"
)
REFRESH_NOTE_RE = re.compile(
    r"^\W{0,2}(?:"
    r"(?:please\s+)?(?:refresh|reload)(?:\s+(?:this|the)\s+page(?=\s*(?:for|to|[.!…]?$)))?"
    r"(?:\s+(?:for|to\s+(?:see|get|view|load|read))(?:\s+(?:the\s+)?(?:latest|newest|new|more|all))?"
    r"(?:\s+(?:updates?|posts?|news|entries|coverage|developments))?|(?<=page))"
    rf"|(?:(?:turn|switch)\s+(?:on|off)\s+)?auto(?:matic)?[-\s]?(?:refresh|reload|updates?){_SWITCH}"
    r"|(?:show|load|see)\s+(?:\d{1,3}\s+)?new\s+(?:posts?|updates?|entries)"
    r"|(?:(?:die\s+)?seite\s+(?:aktualisieren|neu\s+laden)|aktualisieren\s+sie\s+(?:die|diese)\s+seite"
    r"|laden\s+sie\s+(?:die|diese)\s+seite\s+neu)(?:\s*,?\s*(?:für\s+(?:die\s+)?(?:neuesten?|aktuellen?|neuen?)\s+\w+"
    r"|um\s+(?:die\s+)?(?:neuesten?|aktuellen?|neuen?)\s+\w+\s+zu\s+(?:sehen|lesen|laden|erhalten)))?"
    rf"|(?:automatische|auto-?)\s?aktualisierung{_SWITCH}"
    r"|(?:actualiz(?:a|e|ar)|recarg(?:a|ue|ar))\s+(?:esta|la)\s+página(?:\s+para\s+ver\s+(?:las?\s+|los\s+)?"
    r"(?:últimas?|nuevas?|nuevos|más)\s+\w+)?"
    rf"|actualización\s+automática{_SWITCH}"
    r"|(?:actualis(?:ez|er)|rafra[iî]chi(?:ssez|r))\s+(?:cette|la)\s+page(?:\s+pour\s+(?:voir|afficher)\s+les\s+"
    r"(?:derni[eè]res?|nouvelles?|nouveaux)\s+(?:mises\s+à\s+jour|actualités|informations|publications|posts?"
    r"|messages))?"
    rf"|(?:actualisation|mise\s+à\s+jour)\s+automatique{_SWITCH}"
    r")\s*[.!…]?\s*$",
    re.IGNORECASE,
)
MAX_REFRESH_NOTE_CHARS = 80
# The first letters of a refresh note's words: a set lookup spares most short lines the pattern.
_REFRESH_FIRST_CHARS = frozenset("RrPpAaTtSsLlDdMm")


def is_refresh_note(line: str) -> bool:
    """A live blog's refresh button or note alone on its line.

    >>> [is_refresh_note(x) for x in ("Refresh this page for the latest updates.", "Refresh for updates",
    ...     "Auto-refresh is on", "Seite aktualisieren für die neuesten Updates")]
    [True, True, True, True]
    >>> [is_refresh_note(x) for x in ("Refresh the page, the bank told its customers.", "Refresh",
    ...     "Actualiza esta página el ministerio cada mañana.")]
    [False, False, False]
    """
    return (
        len(line) <= MAX_REFRESH_NOTE_CHARS
        and (line[:1] in _REFRESH_FIRST_CHARS or not line[:1].isalnum())
        and REFRESH_NOTE_RE.match(line) is not None
    )


# A shop button under a product: "Check prices and availability on Booking.com", "Buy now at
# Best Buy", "See price at Amazon". The shop's name is capitalised.
_SHOP = r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}"
SHOP_BUTTON_RE = re.compile(
    rf"^(?i:(?:check|see|view|compare)\s+(?:the\s+)?(?:latest\s+)?(?:prices?|deals?)(?:\s+and\s+availability)?"
    rf"|(?:buy|shop)(?:\s+it)?(?:\s+now)?)\s+(?i:at|on)\s+{_SHOP}$"
)


# A price at a shop: "$149.99 at Amazon", "£649 at Currys", "€599 bei MediaMarkt", "599 € chez
# Darty", "₹49,999 at Flipkart". Two or more in a row at different prices are a story's list
# ("$2.79 at Costco", "$2.84 at Sam's Club"); the same price at shop after shop is a row of
# buttons, and so is a price at a shop alone, a review's button under its product.
PRICE_AT_SHOP_RE = re.compile(
    rf"^(?P<price>(?:[$£€₹]|[AC]\$|US\$|Rs\.?\s?)\s?\d[\d,]*(?:\.\d{{2}})?|\d[\d.,]*\s?[€£])"
    rf"\s+(?:at|bei|bij|chez|en|su)\s+{_SHOP}$"
)


# A buying guide puts a price at a shop under two items or more.
MIN_SCATTERED_BUTTONS = 2


def _shop_button_rows(lines: list[str], short: list[int]) -> set[int]:
    """Runs of two lines or more that offer the same price at different shops, or prices in
    different currencies; a price at a shop under each item of a buying guide; and a price
    at a shop alone in the body, unless the line above announces it ("The cheapest gas in
    town on Tuesday:").

    >>> sorted(_shop_button_rows(["Prose.", "$149.99 at Amazon", "$149.99 at Best Buy", "Prose."], [1, 2]))
    [1, 2]
    >>> sorted(_shop_button_rows(["$2.79 at Costco", "$2.84 at Sam's Club"], [0, 1]))
    []
    >>> sorted(_shop_button_rows(["Item.", "$399 at Amazon", "Item.", "$149.90 at Uniqlo"], [1, 3]))
    [1, 3]
    >>> sorted(_shop_button_rows(["Prose.", "£649 at Currys"], [1]))
    [1]
    >>> sorted(_shop_button_rows(["$699 at Amazon", "£649 at Currys", "€599 bei MediaMarkt"], [0, 1, 2]))
    [0, 1, 2]
    >>> sorted(_shop_button_rows(["The cheapest gas in town:", "$2.79 at Costco"], [1]))
    []
    """
    prices = {
        index: match.group("price") for index in short if (match := PRICE_AT_SHOP_RE.match(lines[index]))
    }
    if not prices:
        return set()
    if not any(index + 1 in prices for index in prices):
        if len(prices) >= MIN_SCATTERED_BUTTONS:
            # A price at a shop under each item of a buying guide, never two together: buttons.
            return set(prices)
        # One price at a shop: a review's button, or the one item of a list a line announces.
        return {index for index in prices if index == 0 or not lines[index - 1].endswith(":")}
    # In a row: the same price at shop after shop, or prices in other currencies (a review's
    # buttons for its readers in each country: "$699 at Amazon", "£649 at Currys"); a story's
    # list quotes one currency.
    currencies = {index: price.translate(_NOT_CURRENCY) for index, price in prices.items()}
    return {
        index
        for index, price in prices.items()
        if any(
            near in prices and (prices[near] == price or currencies[near] != currencies[index])
            for near in (index - 1, index + 1)
        )
    }


# A price's figures and separators, deleted to leave its currency: "$1,299.99" -> "$".
_NOT_CURRENCY = str.maketrans("", "", "0123456789.,  ")


def is_pipe_menu(line: str) -> bool:
    """A line of two or more short link labels joined by "|", with no figure but a
    station's channel number in its first label.

    >>> [is_pipe_menu(line) for line in ("News 9 | Weather | Sports | Watch Live", "Week 3 | 21 | 14")]
    [True, False]
    >>> [is_pipe_menu(line) for line in ("Chapter 1 | The Beginning", "Top10 | News | Sports")]
    [False, False]
    """
    if "|" not in line or len(line) > MENU_MAX_CHARS:
        return False
    cells = [cell.strip() for cell in line.split("|")]
    named = [cell for cell in cells if cell]
    if len(named) < MENU_MIN_CELLS:
        return False
    if _DIGIT_RE.search(line):
        if not _STATION_RE.match(named[0]) or _DIGIT_RE.search(line[line.index("|") :]):
            return False
        named = named[1:]
    return all(_MENU_CELL_RE.match(cell) for cell in named)


def is_page_tool(line: str) -> bool:
    """A page tool's label or a comment counter alone on its line, or several joined by "|".

    >>> [is_page_tool(line) for line in ("Print", "Read more...", "Comment|Read Comments (1)", "RSS")]
    [True, True, True, True]
    >>> [is_page_tool(line) for line in ("Read more about the plan here.", "Share prices fell.", "Comments")]
    [False, False, True]
    >>> [is_page_tool(line) for line in ("142 Comments", "★★★★★ 4.8 from 212 votes", "★★★★☆", "   4 votes")]
    [True, True, False, False]
    >>> [is_page_tool(x) for x in ("See price at Amazon", "Check prices and availability on Booking.com")]
    [True, True]
    >>> [is_page_tool(x) for x in ("Report a technical issue", "Report an editorial error", "Report a typo")]
    [True, True, True]
    >>> [is_page_tool(x) for x in ("Réagir (37)", "Artikel anhören", "Listen to this article")]
    [True, True, True]
    >>> [is_page_tool(x) for x in ("Copiar enlace", "Zu den Kommentaren", "Copy the link to the petition.")]
    [True, True, False]
    >>> [is_page_tool(x) for x in ("About the Author", "Sobre la firma", "Über den Autor des Gutachtens")]
    [True, True, False]
    >>> [is_page_tool(x) for x in ("Shares closed at $14.99.", "Buy now at your risk", "$2.79 at Costco")]
    [False, False, False]
    """
    if len(line) > MAX_PAGE_TOOL_CHARS:
        return False
    if RATING_WIDGET_RE.match(line) or SHOP_BUTTON_RE.match(line):
        return True
    return all(PAGE_TOOL_RE.match(part.strip()) for part in line.split("|"))


def is_click_prompt(line: str) -> bool:
    """A link's call to click, alone on its line.

    >>> [is_click_prompt(x) for x in ("Click here to get the app", "CLICK HERE FOR LIVE SCORES!")]
    [True, True]
    >>> is_click_prompt("Loading...Click here for the video menu")
    True
    >>> [is_click_prompt(x) for x in ("Click here, she said, was all the page told her.", "Click to enlarge")]
    [False, False]
    >>> is_click_prompt("Click here to read the ruling. The court said the law stands.")
    False
    """
    return (
        "lick here" in line[:24].casefold()
        and len(line.split()) <= CLICK_PROMPT_MAX_WORDS
        and CLICK_PROMPT_RE.match(line) is not None
    )


def _beside_figures(lines: list[str], index: int) -> bool:
    """Whether a line next to this one is a row of a table with figures (this one its header)."""
    return any(
        0 <= near < len(lines) and "|" in lines[near] and _DIGIT_RE.search(lines[near]) is not None
        for near in (index - 1, index + 1)
    )


def _type_size_tools(lines: list[str], short: list[int]) -> set[int]:
    """The label of the type-size tools, and its buttons: two or more lone "A" lines in a row.
    `short` holds the indices of the short lines, in order: only they can be either."""
    found: set[int] = set()
    run: list[int] = []
    for index in [*short, -2]:
        line = lines[index] if index >= 0 else ""
        if len(line) <= 2 and _SIZE_BUTTON_RE.match(line) and (not run or run[-1] == index - 1):
            run.append(index)
            continue
        if len(run) >= 2:
            found.update(run)
        run = [index] if len(line) <= 2 and _SIZE_BUTTON_RE.match(line) else []
        if len(line) <= MAX_TOOL_CHARS and TYPE_SIZE_LABEL_RE.match(line):
            found.add(index)
    return found


def menu_lines(lines: list[str]) -> set[int]:
    """The indices of the menu, type-size tool and page tool lines of a body.

    >>> sorted(menu_lines(["Prose.", "Scores | Standings", "A", "A", "Font:", "A cat sat."]))
    [1, 2, 3, 4]
    >>> sorted(menu_lines(["Team | Coach | City", "Lions | Ray Dunn | 1998", "A", "Prose."]))
    []
    >>> sorted(menu_lines(["A", "Prose.", "A", "A", "Prose.", "A"]))
    [2, 3]
    """
    # Every candidate is short: one length test a line spares the paragraphs of prose.
    short = [index for index, line in enumerate(lines) if len(line) <= MENU_MAX_CHARS]
    if not short:
        return set()
    found = {
        index
        for index in short
        if "|" in lines[index] and is_pipe_menu(lines[index]) and not _beside_figures(lines, index)
    }
    # The refresh pattern itself, without a call of `is_refresh_note` a line: it fails most at their
    # first characters, and no note is longer than a short line.
    refresh = REFRESH_NOTE_RE.match
    found.update(index for index in short if is_click_prompt(lines[index]) or refresh(lines[index]))
    tools = [index for index in short if len(lines[index]) <= MAX_PAGE_TOOL_CHARS]
    if tools:
        found |= _type_size_tools(lines, tools)
        found.update(index for index in tools if is_page_tool(lines[index]))
        found |= _shop_button_rows(lines, tools)
    return found


def drop_menu_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop pipe-separated menus, the type-size tools and lone page tools (exact syntax, after the model)."""
    return _without(lines, menu_lines(lines))


def drop_page_tool_lines(lines: list[str]) -> tuple[list[str], list[Removal]]:
    """Drop lone page tools ("Print", "Teilen:", "3 Kommentare") and rows of shop buttons,
    for page text: its menus and tables were told apart by the page's tags already, so the
    pipe rule is not for it.

    >>> drop_page_tool_lines(["The vote passed.", "Talkbacks (4)", "Teilen:"])[0]
    ['The vote passed.']
    >>> drop_page_tool_lines(["Buds.", "$129 at Amazon", "$129 at Best Buy", "Sound."])[0]
    ['Buds.', 'Sound.']
    """
    short = [index for index, line in enumerate(lines) if len(line) <= MAX_PAGE_TOOL_CHARS]
    tools = {index for index in short if is_page_tool(lines[index])}
    notes = [index for index, line in enumerate(lines) if len(line) <= MAX_REFRESH_NOTE_CHARS]
    tools.update(index for index in notes if is_refresh_note(lines[index]))
    return _without(lines, tools | _shop_button_rows(lines, short))


def _without(lines: list[str], found: set[int]) -> tuple[list[str], list[Removal]]:
    """The lines but those at `found`, and those as boilerplate removals."""
    if not found:
        return lines, []
    return [line for index, line in enumerate(lines) if index not in found], [
        Removal(RemovalKind.BOILERPLATE, lines[index]) for index in sorted(found)
    ]
