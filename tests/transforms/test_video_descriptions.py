"""Video descriptions in a lead's grammar between paragraphs, and reports of a view (issue 10, stop 24).

Held out by outlet, the line model kept a video's description that retells the story in
a lead's words: a named subject (organisation, role, name), a verb of speech or of a
show's panel in the present, a full clause, sometimes a show's name ("The X chief
economist warns the region is ..."). Between paragraphs of a report told in the past,
it is the one line in the present. A report of the same view is told in the past, often
with its day ("X warned on Monday that ..."), and stays. Every line here is written for
this file, none copied from a corpus; a learned model may honestly miss a line, so each
class is asserted as "at least N of M". The synthetic class `add_video_descriptions`
(`training/synthetic.py`) is written but not trained (`VIDEO_DESCRIPTIONS = False` in
`training/train_line_model.py`): paired over seeds 0-2 it moved the held-out figures no
more than a retrain's noise (benchmarks/README.md, stop 24), so the removal stays a known gap.
"""

from __future__ import annotations

import pytest

from tests.transforms.test_unseen_line_classes import kept_count, removed_count

BETWEEN_PARAGRAPHS = (2, 4, 6)

DESCRIPTIONS = [
    "Harrow Street Capital chief strategist Lena Brandt warns freight costs will climb again once the "
    "holiday orders arrive.",
    "The Westfield Bank senior economist argues that a strike would push grocery prices higher within weeks.",
    "Crane & Polk founder Omar Haddad and Bellmore Advisors analyst Jo Kim discuss how shippers are "
    "rerouting grain to trucks and barges.",
    "Former labor board member Ruth Castellano explains why the sick-leave dispute has proved so hard "
    "to settle.",
    "Pinecrest Logistics chief executive Dan Moretti reacts to news that the carriers have made a new offer.",
    "Union historian Margaret Oyelaran weighs in on whether Congress will step in before the deadline on "
    "'The Closing Bell Hour.'",
]
# The same subjects and views told as a report: past tense, a day, a note to clients.
REPORTS = [
    "Harrow Street Capital chief strategist Lena Brandt warned on Tuesday that freight costs would climb "
    "again once the holiday orders arrived.",
    "The Westfield Bank senior economist said in a note to clients that a strike would push grocery prices "
    "higher within weeks.",
    "Crane & Polk founder Omar Haddad told reporters that shippers had begun rerouting grain to trucks "
    "and barges.",
    "Former labor board member Ruth Castellano said the sick-leave dispute had proved unusually hard to "
    "settle because both sides had dug in.",
    "Pinecrest Logistics chief executive Dan Moretti predicted last week that the carriers would make a "
    "new offer before the weekend.",
    "Union historian Margaret Oyelaran, who has studied rail disputes for three decades, said Congress "
    "had stepped in four times since 1991.",
]


@pytest.mark.xfail(strict=True, reason="known gap: a video's description in a lead's grammar reads as prose")
def test_video_descriptions_in_a_leads_grammar_are_removed() -> None:
    # 18 pairs (6 descriptions x 3 places between paragraphs). Measured 1 with lm-2efdf8a841
    # (the one closed by a show's name, in one place); 7 with a model fitted with
    # `add_video_descriptions` (seed 0, not shipped).
    assert removed_count(DESCRIPTIONS, BETWEEN_PARAGRAPHS) >= 9


def test_reports_of_the_same_views_are_kept() -> None:
    # A guard: 18 pairs. Measured 18 with lm-2efdf8a841 and with the model fitted with the class.
    assert kept_count(REPORTS, BETWEEN_PARAGRAPHS) == 18
