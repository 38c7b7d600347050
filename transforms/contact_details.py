"""A contact's details as pages print them: an e-mail address and a phone number. One owner
for the patterns the contact rules share (a press office's block in `release_notes`, its
details alone under a story in `stray_lines`, a site's address line in `blog_furniture`).

Two strengths of phone number, for two places:

- `PHONE_RE`, inside any line (a footer's address, a sentence): the shapes a phone has and
  a figure of a story has not: North America's "(606) 555-0142", "606-555-0142",
  "606.555.0142", and the international form after its "+": "+44 20 7946 0958", "+61 2 9351
  0000" (an area's code of one digit), "+44 (0)20 7946 0958".
- `PHONE_DIGITS_RE`, inside a line that is a contact's already (after a "Media contact:"
  label, or alone under the story): any digits grouped as a phone's ("555-0100",
  "030 1234567", "(02) 9351 0000"), as every country groups them.

    >>> [bool(PHONE_RE.search(x)) for x in ("Call (606) 555-0142.", "+44 20 7946 0958", "about 1,500 people")]
    [True, True, False]
    >>> bool(PHONE_DIGITS_RE.search("Jane Roe, 555-0100")), bool(EMAIL_RE.search("jroe@example.edu"))
    (True, True)
"""

from __future__ import annotations

import re

# "jroe@example.edu", "press.office+news@uni-example.ac.uk".
EMAIL = r"[\w.+-]+@[\w-]+\.[\w.-]+"
EMAIL_RE = re.compile(EMAIL)

# The international form: the country's code after its "+", then the area's code of one to four
# digits ("+61 2 9351 0000", "+33 1 23 45 67 89", "+44 (0)20 7946 0958"), then groups of two to four.
INTERNATIONAL_PHONE = r"\+\d{1,3}[\s.-]?(?:\(0\)\s?)?\(?\d{1,4}\)?(?:[\s./-]\d{2,4}){1,4}"
# A phone number inside any line: "(606) 555-0142", "606-555-0142", "606.555.0142", "+44 20 7946 0958".
PHONE_RE = re.compile(
    rf"\(\d{{3}}\)\s*\d{{3}}[-.\s]\d{{4}}\b|\b\d{{3}}[-.]\d{{3}}[-.]\d{{4}}\b|{INTERNATIONAL_PHONE}\b"
)

# Digits grouped as a phone's, in a contact's own line: "555-0100", "+49 30 1234567", "(02) 9351 0000".
# No word tells it from a year or a count there: the line around it does (a label, nothing else).
PHONE_DIGITS = rf"(?:{INTERNATIONAL_PHONE}|\+?\(?\d{{1,4}}\)?(?:[\s./-]?\d{{2,4}}){{2,4}})"
PHONE_DIGITS_RE = re.compile(PHONE_DIGITS + r"\b")
