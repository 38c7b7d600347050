"""Guards for the line model's neighbours of other outlets' furniture (issue 10, stop 20).

Every line here is written for this file, modelled on the classes outside testers'
dumps showed kept, not on any of their text. Consent banners and requests for news
tips (CONSENT, TIPS) were trained as synthetic classes and not shipped: they cost
body lines of the written page-furniture classes (benchmarks/README.md, stop 20);
the lists stay here with their measures for the next attempt. What is asserted is
what must hold either way: a story's own sentences about cookies and tips stay,
teasers between paragraphs go as they did, long subheads stay.
"""

from __future__ import annotations

from transforms.article import Article
from transforms.parse import parse_text_dump
from transforms.pipeline import clean

TITLE = "City council backs plan to reopen shuttered riverside library"
SUBTITLE = "Branch closed by flood damage in 2019 could reopen by next autumn"
BODY = [
    "The city council voted 7-2 on Tuesday night to spend $4.6 million repairing the riverside branch "
    "library, which has stood empty since floodwater filled its basement five years ago.",
    "Supporters packed the chamber for more than three hours of public comment, many of them parents who "
    "said the nearest branch is now a 40-minute bus ride away for families without a car.",
    '"This building was the only quiet place some of these kids had," said council member Rosa Delgado, '
    "who grew up two blocks from the library and sponsored the measure.",
    "The two members who voted against the plan argued that the money would be better spent on a new "
    "branch on higher ground, away from the river's flood plain.",
    "Engineers told the council that raising the building's electrical systems and sealing the basement "
    "would protect it from a flood of the size that struck in 2019.",
    "Construction is expected to begin in the spring, and the library could reopen by next autumn.",
]
MIDDLE = (2, 4)
EDGES = (0, len(BODY))


def dump(inserted: list[str], at: int) -> str:
    lines = list(BODY)
    lines[at:at] = inserted
    return "\n".join([TITLE, SUBTITLE, *lines])


def cleaned(text: str) -> Article:
    return clean(parse_text_dump(text, source="outside.txt"))


def removed_count(lines: list[str], positions: tuple[int, ...]) -> int:
    """How many (line, position) pairs lose the line, each line inserted alone."""
    return sum(line not in cleaned(dump([line], at)).paragraphs for line in lines for at in positions)


# Measured (pairs removed of 32 and 20, at the edges and between paragraphs): lm-4dc46e9e39
# 0 and 6; with the synthetic classes (not shipped) 21 and 19.
CONSENT = [
    "We use cookies to improve your experience on our website. By continuing to browse, you agree to our "
    "use of cookies.",
    "This site uses cookies to personalise content and ads and to analyse our traffic.",
    "By clicking 'Accept All Cookies', you agree to the storing of cookies on your device to enhance site "
    "navigation.",
    "We and our partners store and access information on your device, such as cookies.",
    "Accept all cookies",
    "Manage cookie preferences",
    "Reject all",
    "Your privacy choices",
]
TIPS = [
    "Do you have a news tip? Email us at tips@riverbendpost.example",
    "Got a story tip? Let us know.",
    "Have a story idea? Send it to newsroom@riverbendpost.example",
    "Do you have information about this story? Contact our newsroom confidentially.",
    "Know something we should? Send us a tip.",
]
# Look-alikes: a story's sentences about cookies and tips, a police appeal, short real sentences.
STORY_LINES = [
    "The regulator said sites must let visitors reject advertising cookies as easily as they accept them.",
    "Anyone with information about the break-in is asked to call the police tip line at 555-0142.",
    "The library will also offer free printing and a homework help desk.",
    "Council members did not say when the contract would be put out to tender.",
    "Delgado said she would ask for a progress report in March.",
]


def test_story_sentences_about_cookies_and_tips_stay() -> None:
    # A guard: 10 pairs (5 lines x 2 positions), all kept by every model tried.
    assert removed_count(STORY_LINES, MIDDLE) == 0


# --- headlines of other stories between paragraphs, and subheads of as many words ------------

# Teasers as sites print them: several words, no full stop, a headline's verb in the present,
# the base form after a plural subject ("Senators debate ...", "PRICES SOAR ...").
TEASERS = [
    "STEELWORKERS PUSH PLAN TO BLOCK PLANT SALE, CITE PENSION FEARS",
    "DOCKWORKERS STRIKE: LIVE UPDATES",
    "COFFEE PRICES SOAR AS FROST HITS BRAZIL CROP",
    "Airline CEO refuses to rule out more layoffs amid fuel squeeze",
    "Senators debate limits on facial recognition at airports",
    "Chipmaker again expands in Arizona with second plant",
    "Governor, union chief clash over teacher pay in budget talks",
    "RAIL OPERATORS SLASH SERVICE AS RIDERSHIP SLUMPS",
    "Ski resorts brace for short season as snowfall lags",
    "Retailers scramble to restock shelves after port backlog",
    "Lawmakers mull ban on gas stoves in new homes",
    "UTILITY TOUTS RECORD PROFITS WHILE CUSTOMERS FACE HIGHER BILLS",
]
# Subheads of six words or more, questions and noun phrases, in capitals too.
LONG_SUBHEADS = [
    "How the new zoning rules would change the riverfront district",
    "What the repairs will cost and who will pay for them",
    "A branch that served three generations of readers",
    "Why the two dissenting members wanted a new building",
    "The flood that closed the doors in 2019",
    "WHAT THE ENGINEERS TOLD THE COUNCIL ON TUESDAY NIGHT",
    "Where the money for the repairs comes from",
    "Lessons from other cities that rebuilt after floods",
]


def test_teasers_between_paragraphs_are_removed() -> None:
    # A guard: 24 pairs (12 teasers x 2 positions), 16 removed by lm-4dc46e9e39. A headline
    # feature ("hl:", tried, not shipped) did not move these either: the four with a plural
    # subject in mixed case ("Senators debate ...") stayed with every model tried.
    assert removed_count(TEASERS, MIDDLE) >= 14


def test_long_subheads_stay() -> None:
    # A guard: 16 pairs (8 subheads x 2 positions), all kept by every model tried.
    assert removed_count(LONG_SUBHEADS, MIDDLE) == 0
