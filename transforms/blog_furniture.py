"""A small site's furniture around a post: its reader comment thread, the post's own
signature and tool lines, its sidebar and its footer, by their shapes, in the styles of
the blog engines and newspaper systems of the late 2000s (WordPress, Movable Type,
Blogger, TypePad, vBulletin, a local paper's CMS).

    >>> lines = ["The board voted 5-2 on Tuesday to approve the budget for next year.",
    ...     "2 Responses to “Board approves budget”", "Jim Peters says:", "About time.",
    ...     "Sandra says: March 3, 2008 at 8:02 pm", "I will vote against the levy.", "Leave a Reply"]
    >>> sorted(blog_furniture_lines(lines, [True] * len(lines)))
    [1, 2, 3, 4, 5, 6]

- A reader comment thread: from a thread's label ("3 Responses to “Title”", "Comments (3)",
  "7 comments:") or a comment's header ("Name says:", "Anonymous said...", "Posted by: Name |
  March 3, 2008 4:12 PM", "Posted by name on March 3, 2008 at 9:12 a.m.", vBulletin's "Re:
  Title" and "Originally Posted by name") through the short blocks after it to the end of the
  page. One comment alone makes a thread under its label ("Comments", "1 comment:") or with its
  date and time on its header ("Posted by: Dave | June 30, 2007 at 11:42 AM" under or over it,
  "snowdaykid wrote on Dec 9, 2009 5:12 PM:", "Dave said on DATE at TIME"), when it ends the page
  under the form's label or with its time (a story's quote of a writer has neither). A comment
  is a sentence: it is junk because of where it is, so the rule reads the thread's shape,
  never a comment's words: two comment headers at least, each comment at most
  `MAX_COMMENT_LINES` lines of at most `MAX_COMMENT_WORDS` words between them, a paragraph of
  prose before the thread, and after it only the last comment and short lines (the comment
  form, the sidebar, the footer). A story quoting a reader ("A reader who posted on our site
  wrote that ...") has no header's shape; "Posted" or "says:" inside a sentence is no header.
- The post's signature and tools: "Posted by X on DATE at TIME", "Posted by X at 9:14 PM",
  "March 03, 2008 in Trade Shows | Permalink", a line of tools alone ("Permalink | Comments (2)
  | TrackBack (0)"), the previous/next links ("« Older post | Main | Newer post »"), a search
  box's label ("Search this site:"); the trackback section ("TrackBack (0)", "TrackBack URL for
  this entry:", the trackback's address alone, "Listed below are links to weblogs that reference
  ...") and WordPress's note on it ("You can follow any responses to this entry through ...").
- The sidebar: an archive's months ("March 2008", "► February (5)", three in a row or more,
  with their heading), and below the story's last paragraph a sidebar's heading ("Blogroll",
  "Recent Entries", "Categories") with the short links under it, "Powered by X".
- The footer: a copyright notice inside a short line ("All contents © 2008 The Daily Herald.
  All rights reserved."), the site's street address with its phone number on one line.

They run after the line model, which learned from news pages that rarely show a blog's
furniture: it keeps these lines on the small sites nobody tuned for.
"""

from __future__ import annotations

import re

from transforms.article import RemovalKind
from transforms.contact_details import PHONE_RE
from transforms.dates import POSTED_BY_RE, POSTED_VERBS
from transforms.line_model import LineVerdict, is_prose
from transforms.notices import MONTH_WORDS, is_date_only_line, is_time_stamp

# A comment is a short block: a few lines, none a long article paragraph.
MAX_COMMENT_LINES = 5
MAX_COMMENT_WORDS = 150
# Below the last comment: the form, the sidebar and the footer, short lines all.
MAX_TAIL_WORDS = 40
# A thread has two comments at least: one header alone may be the post's own signature.
MIN_THREAD_HEADERS = 2
MIN_THREAD_COMMENTERS = 2
# A header, a label, a signature, a footer's line is short: a longer line is spared every pattern.
MAX_FURNITURE_CHARS = 250
# A comment's header is a name, a verb and a date: "Mike T. says: March 4, 2008 at 9:15 am".
MAX_HEADER_CHARS = 100
# A commenter's name or handle: a few words ("Mike T.", "Oakside Resident", "Anonymous").
MAX_NAME_WORDS = 4
# A sidebar's link is a few words; an archive is three months or more in a row.
MAX_SIDEBAR_ITEM_WORDS = 6
MIN_ARCHIVE_MONTHS = 3
# A short line that holds a copyright mark is the footer's notice (a longer one must reserve rights).
MAX_FOOTER_MARK_WORDS = 16
MAX_FOOTER_WORDS = 30
# Without "All rights reserved": a short line, the mark after a few words at most ("All contents ©").
MAX_MARK_WORDS = 12
MAX_WORDS_BEFORE_MARK = 3

_NAME = rf"(?P<name>[^\s:|]+(?:\s+[^\s:|]+){{0,{MAX_NAME_WORDS - 1}}}?)"
# The verbs a comment's header puts after the name, in the engines' languages. Not "wrote:": an
# author quoting his mail ("Various people wrote:") and answering it writes the body.
_SAYS = r"(?:says|said|sagt|meint|dit|a\s+dit|dice|dijo|zegt|diz|disse)"
# "Jim Peters says:", "Anonymous said...", "Becky said…", "Jim Said," "Marie a dit :", with a date after
# or before the verb ("Jim on March 3, 2008 at 4:12 pm said:"), tested apart.
# The verb may stand before the date and time with no mark ("Dave said on June 30, 2007 at 11:42 AM",
# `_is_says_on_date`): a story's "Smith said on Tuesday that ..." has no time and goes on.
SAYS_HEADER_RE = re.compile(
    rf"^{_NAME}\s+{_SAYS}(?:\s*(?P<mark>:|\.\.\.|…|,)|\s+(?=(?:on|at|am|le|el|op|il|em)\s))\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# A header with no verb, a name then when: WordPress's "Dave on November 4th, 2007 at 9:12 am", "Maria
# Lopez | 12 March 2009 at 18:04", "jim_k on 04.11.2008 um 21:15", a modern thread's "user123 · 2 hours
# ago". What follows the name must be a date with its time, or an age (`_is_stamp`).
STAMP_HEADER_RE = re.compile(
    r"^(?P<name>[^\s:|·•]+(?:\s+[^\s:|·•]+){0,3}?)\s*(?:[|·•—–@,]|\s-|\s(?:on|am|le|el|op|il|em)\b)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# A forum's quote or reply: "OldConductor wrote:", "jim_k schrieb:", "Marie a écrit :"; a portal's
# comment with its date and time: "snowdaykid wrote on Dec 9, 2009 5:12 PM:", "jim_k schrieb am
# 09.12.2009 um 17:12:" (`is_wrote_header` reads the date).
WROTE_HEADER_RE = re.compile(
    rf"^{_NAME}\s+(?:wrote|writes|schrieb|a\s+écrit|escribió|escribio|ha\s+scritto|schreef|escreveu)"
    r"(?:\s+(?P<rest>(?:on|at|am|um|le|el|op|il|em|the)\s+.+?))?\s*:$",
    re.IGNORECASE,
)

# A clock time inside a date: "9:12 am", "18:04", "21h15", "9 a.m.".
CLOCK_RE = re.compile(r"\d[:.h]\d\d\b|\d\s*[ap]\.?m\b", re.IGNORECASE)
# "Posted by: Jen | March 11, 2008 03:40 PM", "Posted by farmgirl on March 3, 2008 at 9:12 a.m.":
# `transforms.dates.POSTED_BY_RE`, which dates the post by it.
# "Posted by Hank at 9:14 PM" has its time only; the date stands above the post.
# A forum's headers: "Re: Title" over each reply, "Originally Posted by X" over a quote.
FORUM_HEADER_RE = re.compile(
    r"^(?:re|aw|antw|rép|resp)\s*:\s*\S|^originally\s+posted\s+by\s+\S", re.IGNORECASE
)
# A forum's furniture beside each post: the member's rank, join date, post count and buttons.
FORUM_FURNITURE_RE = re.compile(
    r"^(?:(?:junior|senior|new|registered|regular|super|banned)?\s*member|moderator|administrator|guest"
    r"|join\s+date\s*:.*|posts\s*:\s*[\d,.]+|location\s*:.*|reply\s+with\s+quote|quote\s*:?|reply|report\s+abuse"
    r"|recommend(?:ed)?|\d+\s+recommendations?)$",
    re.IGNORECASE,
)
_COUNT = r"(?:\d+|one|two|three|no|ein|eine|un|une|uno|una|een)"
_THREAD_NOUNS = (
    r"(?:responses?|comments?|replies|reactions?|trackbacks?|pingbacks?|kommentare?|antworten|commentaires?"
    r"|réponses?|comentarios?|comentários?|respuestas?|reacties?|commenti|risposte)"
)
# "3 Responses to “Title”", "Comments (3)", "7 comments:", "Comments", "One Response", "Reader comments",
# and the comment form's heading: "Leave a Reply", "Post a Comment", "Laisser un commentaire".
THREAD_LABEL_RE = re.compile(
    rf"^(?:{_COUNT}\s+|reader\s+|readers'?\s+|your\s+)?{_THREAD_NOUNS}(?:\s*\(\d+\))?"
    r"(?:\s+(?:to|on|for|zu|à|sur|a|en|op|su|para)\s+.{1,200})?\s*:?$"
    r"|^(?:leave|post|add|write|submit)\s+(?:a|your|new)\s+(?:reply|comment|response)\b.{0,40}$"
    r"|^(?:kommentar\s+(?:schreiben|verfassen)|laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario"
    r"|deixe\s+(?:um|seu)\s+comentário|lascia\s+un\s+commento|geef\s+een\s+reactie|reageer)\b.{0,40}$"
    # A modern thread's call over it and its buttons under it: "Join the discussion", "Load more comments",
    # "Comments are closed.", "Kommentare sind geschlossen".
    r"|^(?:join\s+the\s+(?:conversation|discussion)|rejoignez\s+la\s+discussion|diskutieren\s+sie\s+mit"
    r"|(?:load|show|view|see)\s+(?:all\s+|more\s+|\d+\s+)*(?:comments|replies)"
    r"|(?:comments|kommentare|commentaires|comentarios|commenti)\s+(?:are|sind|sont|están|sono)\s+(?:now\s+)?"
    r"(?:closed|geschlossen|fermés|cerrados|chiusi))\W{0,3}$",
    re.IGNORECASE,
)

# The post's tools, items of a line joined by bars or dots ("Permalink | Comments (2) | TrackBack (0)").
_POST_TOOL = (
    rf"(?:permalink|permanent\s+link|{_THREAD_NOUNS}\s*(?:\(\d+\))?|{_COUNT}\s+{_THREAD_NOUNS}(?:\s*»)?|trackbacks?"
    r"\s*(?:\(\d+\))?|e-?mail\s+(?:this|it)(?:\s+(?:post|entry|story))?|print(?:\s+this)?|share(?:\s+this)?"
    r"|digg(?:\s+(?:this|it))?|del\.icio\.us|reddit|stumbleupon|bookmark(?:\s+this)?|main|home|links\s+to\s+this\s+post"
    r"|newer\s+posts?|older\s+posts?|reply|quote|report\s+abuse|recommend|edit|tweet(?:\s+this)?"
    # A modern thread's buttons under each comment: "Reply · Like · 3", "Antworten", "Répondre".
    r"|like(?:\s*\(\d+\))?|flag|report|antworten|répondre|responder|rispondi|beantwoorden)"
)
POST_TOOL_RE = re.compile(rf"^{_POST_TOOL}$", re.IGNORECASE)
# A line that opens with a tool and a separator: the only line whose tools can make it a signature.
POST_TOOL_HEAD_RE = re.compile(rf"^\s*{_POST_TOOL}\s+[|·•-]\s", re.IGNORECASE)
_SEPARATOR_CHARS = frozenset("|·•-")
TOOL_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+|\s+-\s+")
# The previous and next post: "« Older post | Main | Newer post »", "← Previous Entry", "Next post →".
POST_NAVIGATION_RE = re.compile(
    r"^(?:«|‹|←|<<)[^|]{1,120}\|(?:[^|]{1,120}\|)?[^|]{1,120}(?:»|›|→|>>)$"
    r"|^(?:«|‹|←|<<)?\s*(?:previous|next|older|newer)\s+"
    r"(?:post|entry|entries|posts|article|story)\s*(?:»|›|→|>>)?$",
    re.IGNORECASE,
)
# "March 03, 2008 in Trade Shows | Permalink": TypePad's post footer, a date, the category and tools.
POSTED_IN_RE = re.compile(
    r"^(?:(?:(?:posted|filed)\s+(?:in|under)|abgelegt\s+unter|veröffentlicht\s+in|kategorie|classé\s+dans"
    r"|publié\s+dans|publicado\s+en|archivado\s+en|geplaatst\s+in|pubblicato\s+in)\s*:?\s+(?P<labelled>[^|!?]{1,80})"
    r"|(?P<date>.+?)\s+in\s+(?P<category>[^|!?]{1,60}))"
    r"(?P<tools>(?:\s*\|\s*[^|]+)*)$",
    re.IGNORECASE,
)
# A category's name or a list of them is a few words: "Education, Local News".
MAX_CATEGORY_WORDS = 8
# A post's date before "in": "March 03, 2008", "Monday, March 3, 2008 at 4:12 PM".
MAX_HEADER_WORDS = 8
SEARCH_LABEL_RE = re.compile(
    r"^(?:search(?:\s+(?:this|the|our)\s+(?:site|blog|weblog|archives?|website))?|search\s+for|suche(?:n)?"
    r"|rechercher|buscar|pesquisar|cerca|zoeken)\s*:?$",
    re.IGNORECASE,
)
# An archive's entry: "March 2008", "► February (5)", "▼ 2008 (14)", "March 2008 (12)".
_ARCHIVE_MARKS = "►▼▶▸»•·*-– \t"
# No month's name is longer than 12 letters: its year, its count and marks add 15 at most.
MAX_ARCHIVE_ENTRY_CHARS = 40
ARCHIVE_ENTRY_RE = re.compile(r"^(?P<month>[^\W\d_]+\.?)?\s*(?P<year>(?:19|20)\d{2})?\s*(?:\(\d+\))?$")
ARCHIVE_HEADING_RE = re.compile(
    r"^(?:(?:blog|monthly|the)\s+)?(?:archives?|archiv|archives\s+du\s+blog|archivo(?:\s+del\s+blog)?"
    r"|arquivo(?:\s+do\s+blog)?|archief|archivio)\s*:?$",
    re.IGNORECASE,
)
# A sidebar's heading over its links, below the story.
SIDEBAR_HEADING_RE = re.compile(
    r"^(?:blog\s*roll|links|my\s+links|friends|other\s+blogs|blogs\s+i\s+read|recent\s+(?:entries|posts|comments)"
    r"|categories|meta|about\s+me|about\s+this\s+blog|pages|syndicate(?:\s+this\s+site)?|subscribe(?:\s+to\s+this\s+blog)?"
    r"|contributors|followers|labels|topics|neueste\s+beiträge|kategorien|catégories|articles\s+récents"
    r"|categorías|entradas\s+recientes)\s*:?$",
    re.IGNORECASE,
)
POWERED_BY_RE = re.compile(r"^(?:proudly\s+)?powered\s+by\s+\S.{0,60}$", re.IGNORECASE)

# A copyright mark and its year anywhere in the line: "All contents © 2008 X", "Copyright ©2000 - 2008".
FOOTER_MARK_RE = re.compile(
    r"©|\(c\)\s*(?:19|20)\d{2}|\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d{2}", re.IGNORECASE
)
RIGHTS_RE = re.compile(
    r"\brights\s+reserved\b|\bmay\s+not\s+be\s+(?:re)?(?:published|reproduced)", re.IGNORECASE
)
# A phone number (`contact_details.PHONE_RE`) has three digits in a row.
_THREE_DIGITS_RE = re.compile(r"\d\d\d")
# A street address or a postal code: "24 Main St.", "112 Main Street", "P.O. Box 210", "KY 40831".
STREET_RE = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln"
    r"|highway|hwy|way|place|pl|court|ct|parkway|pkwy|square|sq|route|pike)\b\.?|\bp\.?\s?o\.?\s+box\s+\d+"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b",
    re.IGNORECASE,
)


def is_comment_header(line: str) -> bool:
    """A comment's header: a name and the verb of saying, or "Posted by" a name and a date, and
    nothing after them but a date or time; a forum reply's "Re: Title".

    >>> [is_comment_header(x) for x in ("Jim Peters says:", "Anonymous said...",
    ...     "Posted by: Jen | March 11, 2008 03:40 PM", "Mike T. says: March 4, 2008 at 9:15 am")]
    [True, True, True, True]
    >>> [is_comment_header(x) for x in ("The mayor says: we will rebuild.", "Posted by the city on Tuesday, "
    ...     "the video shows the crash.", "Here is what the chief of the county police said:")]
    [False, False, False]
    """
    if FORUM_HEADER_RE.match(line):
        return len(line.split()) <= MAX_TAIL_WORDS // 2
    match = SAYS_HEADER_RE.match(line)
    if match and match["mark"] is None:
        return _is_says_on_date(match)
    if match:
        return _is_name_then_date(match["name"]) and _is_date_or_nothing(match["rest"])
    match = POSTED_BY_RE.match(line)
    if match:
        return _is_name(match["name"]) and _is_date_or_nothing(match["rest"])
    return is_stamp_header(line) or is_wrote_header(line)


def _is_says_on_date(match: re.Match[str]) -> bool:
    """A header whose verb stands before its date and time: "Dave said on June 30, 2007 at 11:42 AM".

    >>> [_is_says_on_date(SAYS_HEADER_RE.match(x)) for x in ("Dave said on June 30, 2007 at 11:42 AM",
    ...     "Smith said on Tuesday that the vote would wait.", "Smith said on March 3, 2009:",
    ...     "The mayor said on May 2 at 9:30")]
    [True, False, False, False]
    """
    rest = match["rest"].rstrip(": ")
    return _is_name(match["name"]) and CLOCK_RE.search(rest) is not None and _is_date_or_nothing(rest)


def is_stamp_header(line: str) -> bool:
    """A comment's header with no verb: a commenter's name, then the date with its time or an age.

    >>> [is_stamp_header(x) for x in ("Dave on November 4th, 2007 at 9:12 am", "user123 · 2 hours ago",
    ...     "Maria Lopez | 12 March 2009 at 18:04", "jim_k on 04.11.2008 um 21:15")]
    [True, True, True, True]
    >>> [is_stamp_header(x) for x in ("The vote on November 4, 2007 at 9 a.m.", "Polls closed on "
    ...     "November 4, 2007 at 9 a.m.", "Harlan | March 3, 2008", "Dave on Tuesday")]
    [False, False, False, False]
    """
    if _DIGIT_RE.search(line) is None:
        return False  # a date, a time or an age has its digits: most lines end here
    match = STAMP_HEADER_RE.match(line)
    if match is None or not _is_handle(match["name"]):
        return False
    rest = match["rest"]
    if is_time_stamp(rest):
        return True
    # A date with its time: a dateline's date alone is a news page's, a clock alone a live blog's.
    return (
        CLOCK_RE.search(rest) is not None
        and CLOCK_ALONE_RE.fullmatch(rest.strip(" |,.-–—@")) is None
        and _is_date_or_nothing(rest)
    )


def is_wrote_header(line: str) -> bool:
    """A forum's quote or reply header: a member's handle or name, then "wrote:".

    >>> [is_wrote_header(x) for x in ("OldConductor wrote:", "Max Weber schrieb:", "Several readers wrote:",
    ...     "snowdaykid wrote on Dec 9, 2009 5:12 PM:", "Lincoln wrote on March 4, 1861:")]
    [True, True, False, True, False]
    """
    if not line.endswith(":"):
        return False
    match = WROTE_HEADER_RE.match(line)
    if match is None or not _is_handle(match["name"]):
        return False
    # Its date, when it has one, with the time: a story quoting a letter dates it by the day at most.
    rest = match["rest"]
    return rest is None or (CLOCK_RE.search(rest) is not None and _is_date_or_nothing(rest))


def _is_handle(text: str) -> bool:
    """A member's handle ("trainfan_88") or a name in capitals ("Maria Lopez"): not a sentence's
    subject in its small words ("Several readers", "The vote", "Polls closed")."""
    words = text.split()  # a few words: the patterns' `name` takes MAX_NAME_WORDS at most
    if not words or any(word.lower() in _FUNCTION_WORDS for word in words):
        return False
    return len(words) == 1 or all(word[:1].isupper() for word in words)


_DIGIT_RE = re.compile(r"\d")


def _is_name(text: str) -> bool:
    """A commenter's name or handle: no function word of a sentence ("the chief of", "The mayor",
    "We"), in any case; the articles of other languages only in lower case, as a name holds them
    capitalised ("La Toya", "Le Roy")."""
    words = text.split()
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and not any(word.lower() in _SENTENCE_WORDS or word in _FOREIGN_ARTICLES for word in words)
    )


_SENTENCE_WORDS = frozenset(
    {"the", "a", "an", "of", "is", "was", "what", "that", "this", "who", "here", "there", "we", "they", "he",
     "she", "it", "his", "her", "their", "our", "to", "in", "for", "and"}
)  # fmt: skip
_FOREIGN_ARTICLES = frozenset(
    {"der", "die", "das", "le", "la", "les", "el", "los", "un", "une", "ein", "eine"}
)  # fmt: skip
_FUNCTION_WORDS = _SENTENCE_WORDS | _FOREIGN_ARTICLES


def _is_name_then_date(text: str) -> bool:
    """A name, or a name and the comment's date ("Jim on March 3, 2008 at 4:12 pm")."""
    if _is_name(text):
        return True
    parts = NAME_DATE_SEPARATOR_RE.split(text, maxsplit=1)
    return len(parts) == 2 and _is_name(parts[0]) and bool(parts[1].strip()) and _is_date_or_nothing(parts[1])


NAME_DATE_SEPARATOR_RE = re.compile(r"\s+(?:\||on|-|—|–|@)\s+", re.IGNORECASE)


def _is_text(lines: list[str], index: int, anchors: set[int]) -> bool:
    """A line of a comment's text: no header, label or date."""
    return index not in anchors and not is_date_only_line(lines[index])


def _is_date_or_nothing(text: str) -> bool:
    """Nothing, or a date or time alone ("March 3, 2008 at 4:12 pm", "9:14 PM", "4:12 p.m.")."""
    text = text.strip(" |,.-–—@")
    if not text:
        return True
    text = re.sub(r"\b(?:at|um|à|a\s+las|om|alle|às|on|am|le|el|op|il|em)\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b([ap])\.m\.?", r"\1m", text, flags=re.IGNORECASE)
    return is_date_only_line(text) or CLOCK_ALONE_RE.fullmatch(text) is not None


# "9:14 PM" alone: a comment's or a post's time, its day printed above.
CLOCK_ALONE_RE = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]m)?\s*", re.IGNORECASE)


# Another blog's link to the post, in its thread: "Pingback: Title of other post « Other Blog",
# "Trackback from Valley Ledger: School budget passes".
PINGBACK_RE = re.compile(
    r"^(?:pingback|trackback)(?:\s+(?:from|von|de|van|da)\s+[^:]{1,80})?\s*:\s*\S", re.IGNORECASE
)
# A Movable Type's or TypePad's trackback section, and WordPress's note on it under the post: its label
# ("TrackBack (0)", "TrackBacks", "Trackback-URL für diesen Beitrag:"), the label over the other blogs'
# links ("Listed below are links to weblogs that reference <Title>:"), the note ("You can follow any
# responses to this entry through the RSS 2.0 feed. ...", "Both comments and pings are currently closed.").
TRACKBACK_FURNITURE_RE = re.compile(
    r"^(?:trackbacks?|pingbacks?|trackbacks?\s+(?:and|&|/)\s+pingbacks?)\s*(?:\(\d+\))?\s*:?$"
    r"|^(?:the\s+)?(?:trackback[\s-]*(?:url|uri|adresse|address|link|ping\s+url)|url\s+(?:de\s+)?(?:trackback|rétrolien)"
    r"|adresse\s+de\s+rétrolien)(?:\s+(?:for|of|to|für|zu|de|pour|du)\s+(?:this|the|diesen|diesem|den|dieser|ce|cet|cette)"
    r"\s+(?:entry|post|article|story|beitrag|artikel|eintrag|billet|note))?\s*:?\s*(?:https?://\S+)?$"
    r"|^listed\s+below\s+are\s+links\s+to\s+(?:weblogs|blogs|sites|pages)\s+that\s+reference\b"
    r"|^you\s+can\s+follow\s+any\s+responses\s+to\s+this\s+(?:entry|post)\s+through\s+the\b"
    r"|^both\s+comments\s+and\s+(?:pings|trackbacks)\s+are\s+(?:currently\s+)?closed\b",
    re.IGNORECASE,
)
# A trackback's address alone: "http://www.example-blog.com/mt/mt-tb.cgi/1234",
# "https://example.typepad.com/services/trackback/6a00d834...", "http://blog.example.org/2008/03/budget/trackback/".
TRACKBACK_URL_RE = re.compile(r"^(?:https?://|www\.)\S*(?:trackback|tb\.cgi)\S*$", re.IGNORECASE)
# Their openings; the other lines hold "ack" (TrackBack, Pingback), "tb.cgi" or "rétrolien".
_TRACKBACK_OPENINGS = ("listed below", "you can follow", "both comments")


def is_trackback_furniture(line: str) -> bool:
    """
    >>> [is_trackback_furniture(x) for x in ("TrackBack (0)", "TrackBack URL for this entry:",
    ...     "http://www.example-blog.com/mt/mt-tb.cgi/1234", "Listed below are links to weblogs that "
    ...     "reference Budget passes:")]
    [True, True, True, True]
    >>> [is_trackback_furniture(x) for x in ("Trackbacks were how blogs told each other about a link.",
    ...     "Listed below are the candidates for the board:", "http://www.example.org/2008/03/budget-vote/")]
    [False, False, False]
    """
    # Substring tests first (in C): most lines hold none of the words and are spared both patterns.
    if not (
        "ack" in line
        or "ACK" in line
        or "tb.cgi" in line
        or "rétrolien" in line
        or line[:14].lower().startswith(_TRACKBACK_OPENINGS)
    ):
        return False
    return TRACKBACK_FURNITURE_RE.match(line) is not None or TRACKBACK_URL_RE.match(line) is not None


# The excerpt a pingback quotes, cut at both ends: "[...] a great write-up over at Foo's blog [...]".
EXCERPT_RE = re.compile(r"^\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]\W?$")


def is_pingback(line: str) -> bool:
    """
    >>> [is_pingback(x) for x in ("Pingback: Budget roundup « Harlan Notes", "Trackback from Ledger: Budget")]
    [True, True]
    >>> is_pingback("Trackbacks are how blogs told each other about a link.")
    False
    """
    return line[:1] in "PpTt" and PINGBACK_RE.match(line) is not None


def is_thread_label(line: str) -> bool:
    """A comment thread's label or its form's heading.

    >>> [is_thread_label(x) for x in ('3 Responses to "County board approves budget"', "Comments (3)",
    ...     "7 comments:", "Leave a Reply", "Comments are what we read first.")]
    [True, True, True, True, False]
    """
    return len(line) <= 240 and (THREAD_LABEL_RE.match(line) is not None or is_pingback(line))


def _words(line: str) -> int:
    return len(line.split(None, MAX_COMMENT_WORDS + 1))


def comment_thread(lines: list[str]) -> range:
    """The lines of a reader comment thread that runs to the page's end, or an empty range."""
    headers = [
        index for index, line in enumerate(lines) if len(line) <= MAX_HEADER_CHARS and is_comment_header(line)
    ]
    if not headers or (len(headers) < MIN_THREAD_HEADERS and not _may_stand_alone(lines[headers[0]])):
        return range(0)
    anchors = sorted(
        set(headers)
        | {i for i, line in enumerate(lines) if len(line) <= MAX_FURNITURE_CHARS and is_thread_label(line)}
    )
    first_prose = next((index for index, line in enumerate(lines) if is_prose(line)), len(lines))
    for start in anchors:
        if start <= first_prose:
            continue
        end = _thread_end(lines, start, anchors, headers)
        if end > start:
            return range(start, end)
    return range(0)


def _thread_end(lines: list[str], start: int, anchors: list[int], headers: list[int]) -> int:
    """Where a thread opening at `start` ends, or `start` when no thread opens there: its anchors
    (labels and headers) with at most a comment's block between two, two headers at least each
    beside a block of text, then the last comment and short lines."""
    anchor_set = set(anchors)
    last_anchor = start
    commented_headers = 0
    gap = 0
    index = start + 1
    count = len(lines)
    while index < count:
        line = lines[index]
        if index in anchor_set:
            if gap > MAX_COMMENT_LINES:
                break
            last_anchor = index
            gap = 0
        elif not FORUM_FURNITURE_RE.match(line):  # a member's rank and buttons are no comment's text
            if _words(line) > MAX_COMMENT_WORDS:
                break
            gap += 1
            if gap > MAX_COMMENT_LINES:
                break
        index += 1
    thread_headers = [h for h in headers if start <= h <= last_anchor]
    for header in thread_headers:
        before = header - 1 >= start and _is_text(lines, header - 1, anchor_set)
        after = header + 1 < count and _is_text(lines, header + 1, anchor_set)
        after = after or (
            header + 2 < count and is_date_only_line(lines[header + 1]) and header + 2 not in anchor_set
        )
        commented_headers += before or after
    # One comment, its header a commenter's (not "Posted by", the post's own signature), under a
    # thread's label ("1 comment:", "34 comments") or dated over the form ("Leave a Reply"), that
    # runs to the page's end.
    alone = (
        commented_headers == len(thread_headers) == 1
        and _may_stand_alone(lines[thread_headers[0]])
        and (start not in headers or _has_date(lines, thread_headers[0]))
    )
    if commented_headers < MIN_THREAD_HEADERS and not alone:
        return start
    # A thread is a conversation: two commenters at least. One name over every block is a live
    # blog's or a front page's posts ("Posted by Karen at 9:14 PM" over each update); a forum's
    # "Re: Title" names no one.
    names = [_header_name(lines[header]) for header in thread_headers]
    named = {name.casefold() for name in names if name}
    if len(named) < MIN_THREAD_COMMENTERS and None not in names and not alone:
        return start
    # The last comment, then the form, the sidebar and the footer: short lines.
    end = last_anchor + 1
    while end < count and end - last_anchor <= MAX_COMMENT_LINES and _words(lines[end]) <= MAX_COMMENT_WORDS:
        end += 1
    while end < count and _words(lines[end]) <= MAX_TAIL_WORDS:
        end += 1
    # Headers with no date and no thread's label among them ("Name says:") are a story's quotes
    # as well as a thread's comments: every engine prints one or the other.
    labelled = any(index not in headers for index in anchors if start <= index <= last_anchor) or any(
        FORUM_FURNITURE_RE.match(line) for line in lines[start:end]
    )  # a forum's posts carry their member's rank and join date
    # A name and an age over each post is a live blog's too ("Karen Whitfield · 2 hours ago"): headers
    # with no verb need a thread's label or its buttons.
    if not labelled and not any(
        _has_date(lines, header) and not is_stamp_header(lines[header]) for header in thread_headers
    ):
        return start
    # One comment, then more than the form and the footer, or with neither a form nor TypePad's
    # signature: a story's quote ("Trump wrote on Jan. 6, 2021 at 1:10 p.m.:" over the post).
    header = thread_headers[0]
    closed = alone and (
        _closed_below(lines, header, end, anchor_set) or COMMENT_SIGNATURE_RE.match(lines[header]) is not None
    )
    if alone and (end < count or not closed):
        return start
    return end


def _closed_below(lines: list[str], header: int, end: int, anchor_set: set[int]) -> bool:
    """A label ("Post a Comment", "Load more comments") or a button ("Reply") under a lone comment."""
    return any(
        index in anchor_set or FORUM_FURNITURE_RE.match(lines[index]) for index in range(header + 1, end)
    )


def _may_stand_alone(header: str) -> bool:
    """A header that may open a thread of one comment: a commenter's ("Anonymous said...", "Dave on
    DATE", "jim_k wrote:", TypePad's "Posted by: Dave | DATE"), not the post's own "Posted by X" nor a
    forum's "Re: Title"."""
    if FORUM_HEADER_RE.match(header) is not None:
        return False
    return POSTED_BY_RE.match(header) is None or COMMENT_SIGNATURE_RE.match(header) is not None


# TypePad's and Movable Type's signature of a comment: "Posted by: Dave | June 30, 2007 at 11:42 AM",
# the colon after "by" and a bar before the date; the post's own reads "Posted by Dave at 9:14 PM".
COMMENT_SIGNATURE_RE = re.compile(r"^posted\s+by\s*:\s*[^|]{1,60}\|\s*\S", re.IGNORECASE)


def _is_timed(header: str) -> bool:
    """A header with its time on its line ("Dave on June 30, 2007 at 11:42 AM"): no story's quote."""
    match = _header_match(header)
    return match is not None and CLOCK_RE.search(match.groupdict().get("rest") or "") is not None


def _header_name(line: str) -> str | None:
    """The commenter a header names ("Jim Peters says:" -> "Jim Peters"), or None (a forum's "Re:")."""
    match = _header_match(line)
    if match is None:
        return None
    return NAME_DATE_SEPARATOR_RE.split(match["name"], maxsplit=1)[0]


def _header_match(line: str) -> re.Match[str] | None:
    """A header's match, its name (and the date after it when it has one)."""
    return (
        SAYS_HEADER_RE.match(line)
        or POSTED_BY_RE.match(line)
        or STAMP_HEADER_RE.match(line)
        or WROTE_HEADER_RE.match(line)
    )


def _has_date(lines: list[str], header: int) -> bool:
    """A header with its date on its line or on the line under or over it."""
    match = _header_match(lines[header])
    if match and (match.groupdict().get("rest") or "").strip(" |,.-–—@"):
        return True
    return any(0 <= near < len(lines) and is_date_only_line(lines[near]) for near in (header - 1, header + 1))


# The first words of every signature's opening: "Posted by", "Filed under", "Kategorie:".
_SIGNATURE_FIRST_WORDS = frozenset(
    {*POSTED_VERBS, "filed", "abgelegt", "veröffentlicht", "kategorie", "classé", "publié", "publicado",
     "archivado", "geplaatst", "pubblicato"}
)  # fmt: skip
# A date, "in" and a category: "March 03, 2008 in Trade Shows".
_IN_WORD_RE = re.compile(r"\sin\s", re.IGNORECASE)


def _may_be_signature(line: str) -> bool:
    """Whether a line may be a post's signature: it opens with a signature's word ("Posted", "Filed"),
    holds "in" between a date and a category, or opens with a tool and a separator. Exact: a line
    failing this fails every pattern of `is_post_signature`, which it spares (most lines end here)."""
    first = line.split(None, 1)[:1]
    return (
        (bool(first) and first[0].lower().rstrip(":") in _SIGNATURE_FIRST_WORDS)
        or _IN_WORD_RE.search(line) is not None
        or (not _SEPARATOR_CHARS.isdisjoint(line) and POST_TOOL_HEAD_RE.match(line) is not None)
    )


def is_post_signature(line: str) -> bool:
    """The post's own signature or its footer of tools, alone on its line: "Posted by X on DATE at
    TIME", "Posted by Tom at 11:32 AM | Permalink | Comments (4)", "March 03, 2008 in Trade Shows |
    Permalink", "Filed under: Education, Local News", "Permalink | Comments (2) | TrackBack (0)".

    >>> [is_post_signature(x) for x in ("Posted by Hank at 9:14 PM", "Permalink | Comments (2)",
    ...     "March 03, 2008 in Trade Shows | Permalink", "Posted in Education | 3 Comments »")]
    [True, True, True, True]
    >>> [is_post_signature(x) for x in ("Posted by the county at noon, the notice drew 300 replies.",
    ...     "Home | Garden", "Prices rose 3 percent in March.")]
    [False, False, False]
    """
    if not _may_be_signature(line):
        return False
    if _SEPARATOR_CHARS.isdisjoint(line):
        head, tools = line, []  # most lines: no bar, dot or dash to split at
    else:
        head, *tools = (part.strip() for part in TOOL_SEPARATOR_RE.split(line))
    if tools and not all(POST_TOOL_RE.match(tool) or _is_count(tool) for tool in tools):
        return False
    if POST_TOOL_RE.match(head):
        return bool(tools)  # "Home | Garden" is a menu; a tool alone is the menus' rule's
    match = POSTED_BY_RE.match(head)
    if match:
        return _is_name(match["name"]) and _is_date_or_nothing(match["rest"])
    if len(head.split(None, MAX_CATEGORY_WORDS + MAX_HEADER_WORDS)) >= MAX_CATEGORY_WORDS + MAX_HEADER_WORDS:
        return False  # a date, "in" and a category, or a label and categories: a short line
    match = POSTED_IN_RE.match(head)
    if match is None:
        return False
    category = match["labelled"] or match["category"]
    if len(category.split()) > MAX_CATEGORY_WORDS or category.rstrip()[-1:] == ".":
        return False
    return match["date"] is None or _is_date_or_nothing(match["date"])


def _is_count(tool: str) -> bool:
    """A button's count after it, among the tools: "Reply · Like · 3" (never the line's first item)."""
    return tool.isdigit() and len(tool) <= MAX_COUNT_DIGITS


MAX_COUNT_DIGITS = 4


def is_footer_line(line: str) -> bool:
    """A footer's copyright notice inside a short line, or the site's address with its phone.

    >>> [is_footer_line(x) for x in ("All contents © 2008 The Millville Courier. All rights reserved.",
    ...     "The Millville Courier, 24 Main St., Millville, PA 17846 | (570) 555-0199")]
    [True, True]
    >>> [is_footer_line(x) for x in ("The hearing is at 410 Elm Street; call (606) 555-0142 for details.",
    ...     "The © symbol on the 1998 album cover was printed upside down, the court was told.")]
    [False, False]
    """
    if "©" not in line and _THREE_DIGITS_RE.search(line) is None:
        return False  # every other mark has a year, a phone its area code: most lines end here
    mark = FOOTER_MARK_RE.search(line)
    if mark is None and PHONE_RE.search(line) is None:
        return False
    words = line.split()
    if len(words) > MAX_FOOTER_WORDS:
        return False
    if mark:
        # Without a reservation of rights, the mark stands near the start ("Site contents © 2008 X"):
        # a title that ends with its author's mark is the page's heading.
        return (len(words) <= MAX_FOOTER_MARK_WORDS and RIGHTS_RE.search(line) is not None) or (
            len(words) <= MAX_MARK_WORDS
            and len(line[: mark.start()].split()) <= MAX_WORDS_BEFORE_MARK
            and line.rstrip()[-1:] not in ".!?"
        )
    if not PHONE_RE.search(line) or not STREET_RE.search(line):
        return False
    # An address line is names and numbers; a sentence giving one has its small words.
    lower = sum(1 for word in words if word[:1].islower())
    return lower * 5 <= len(words)


def _is_archive_entry(line: str) -> bool:
    if len(line) > MAX_ARCHIVE_ENTRY_CHARS:
        return False  # a month's name, its year and its count: a paragraph is spared the pattern
    match = ARCHIVE_ENTRY_RE.match(line.strip(_ARCHIVE_MARKS))
    if match is None or not (match["month"] or match["year"]):
        return False
    month = match["month"]
    return (month is None or month.lower().rstrip(".") in MONTH_WORDS) and (
        match["year"] is not None or "(" in line or line[:1] in _ARCHIVE_MARKS.strip()
    )


def archive_lines(lines: list[str]) -> set[int]:
    """An archive's months, three or more in a row, and the heading over them."""
    found: set[int] = set()
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and _is_archive_entry(lines[end]):
            end += 1
        if end - index >= MIN_ARCHIVE_MONTHS:
            found.update(range(index, end))
            if index and ARCHIVE_HEADING_RE.match(lines[index - 1]):
                found.add(index - 1)
        index = max(end, index + 1)
    return found


def sidebar_lines(lines: list[str], after: int) -> set[int]:
    """Below the story's last paragraph (`after`): a sidebar's heading and the short links under it,
    a search box's label, "Powered by X"."""
    found: set[int] = set()
    for index in range(after + 1, len(lines)):
        line = lines[index]
        if SEARCH_LABEL_RE.match(line) or POWERED_BY_RE.match(line):
            found.add(index)
        elif SIDEBAR_HEADING_RE.match(line):
            items = index + 1
            while (
                items < len(lines)
                and len(lines[items].split()) <= MAX_SIDEBAR_ITEM_WORDS
                and lines[items].rstrip()[-1:] not in ".!?:"
            ):
                items += 1
            if items > index + 1:
                found.update(range(index, items))
    return found


def blog_furniture_lines(lines: list[str], kept: list[bool]) -> set[int]:
    """The indexes of a small site's comment thread, the post's signature and tools, its sidebar
    and footer; `kept` says which lines the line model kept (the sidebar is read below the last
    paragraph it kept)."""
    found = set(comment_thread(lines))
    for index, line in enumerate(lines):
        if index in found or len(line) > MAX_FURNITURE_CHARS:  # a paragraph: one test of its length
            continue
        if (
            is_post_signature(line)
            or is_pingback(line)
            or is_trackback_furniture(line)
            or POST_NAVIGATION_RE.match(line)
            or SEARCH_LABEL_RE.match(line)
            or is_footer_line(line)
        ):
            found.add(index)
    found |= archive_lines(lines)
    story_end = max(
        (index for index, line in enumerate(lines) if kept[index] and index not in found and is_prose(line)),
        default=len(lines),
    )
    found |= sidebar_lines(lines, story_end)
    found |= excerpt_lines(lines, story_end, found)
    return found


def excerpt_lines(lines: list[str], after: int, found: set[int]) -> set[int]:
    """A pingback's excerpt ("[...] text [...]"): below the story's last paragraph (`after`) or
    beside a line found furniture (its "Pingback:" line). A story quoting a post cut at both ends
    keeps it among its paragraphs."""
    return {
        index
        for index, line in enumerate(lines)
        if line[:1] == "["
        and EXCERPT_RE.match(line)
        and (index > after or index - 1 in found or index + 1 in found)
    }


def mark_blog_furniture(lines: list[str], verdicts: list[LineVerdict]) -> list[LineVerdict]:
    """The verdicts with a small site's comment thread, post tools, sidebar and footer made junk
    (`blog_furniture_lines`), whatever the model made of them.

    >>> body = LineVerdict("body", 0.1)
    >>> lines = ["The board voted 5-2 on Tuesday to approve the budget for next year.",
    ...     "Permalink | Comments (2) | TrackBack (0)"]
    >>> [v.kind for v in mark_blog_furniture(lines, [body, body])]
    ['body', 'boilerplate']
    """
    found = blog_furniture_lines(lines, [verdict.kind == "body" for verdict in verdicts])
    if not found or all(verdicts[index].kind != "body" for index in found):
        return verdicts
    marked = list(verdicts)
    for index in found:
        if marked[index].kind == "body":
            marked[index] = LineVerdict(str(RemovalKind.BOILERPLATE), marked[index].score)
    return marked
