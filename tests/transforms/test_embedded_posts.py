"""Embedded social posts (issue 10, stop 26): the line model's "post" feature.

A paragraph scraper takes an embedded post as its text (often shaped like a teaser:
"NEW: ...", a headline, capitals), its picture's link and the line that signs it. The
story quotes it: body. `embedded_post_features` marks the signing line, a line holding a
post's link and the line right above a signature; lines that only name a handle or a
platform (a call to follow, a credit, a teaser) are not marked. Every line here is
written for this file.
"""

from __future__ import annotations

import random

import pytest

from tests.transforms.test_unseen_line_classes import cleaned, dump
from training.synthetic import embedded_post
from transforms.line_model import default_model, embedded_post_features, is_post_signature

PROSE = (
    "The ferry operator said on Tuesday that service to the outer islands would resume by the end "
    "of the week, after inspectors cleared the repaired dock."
)
SIGNATURES = [
    "— Port News (@portnews) May 2, 2024",
    "— Dana Reyes (@DanaReyes_) December 27, 2014",
    "- Harbor Zoo (@HarborZoo) Sept. 3, 2019",
    "A post shared by Harbor Zoo (@harbor.zoo) on Mar 3, 2021 at 9:12am PST",
]
POST_LINKS = [
    "NEW: Ferry service to the outer islands resumes Friday pic.twitter.com/Ab12Cd34Ef",
    "Crews on the scene near the dock https://t.co/Xy98Zw76Vu",
]
NOT_POSTS = [
    "Follow us on Twitter (@portnews) for updates",
    "— Dana Reyes, a nurse who lives near the dock",
    "NEW: Ferry service to the outer islands resumes Friday",
    "Read more at portnews.com/ferry",
    "Photo: Dana Reyes (@danareyes)",
    "— Dana Reyes (@danareyes), who filmed the rescue from the pier",  # no date: a credit
    "A post on the city's page drew a reply from the mayor (@cityhall)",  # not "shared by"
    "The post was shared by thousands of people on March 3, 2021.",
]


def test_signatures_and_post_links_are_posts() -> None:
    for line in SIGNATURES:
        assert is_post_signature(line), line
        # The signature and the line above it (the post's text), not the paragraph under it.
        assert embedded_post_features([PROSE, line, PROSE]) == [["post"], ["post"], []], line
    for line in POST_LINKS:
        assert embedded_post_features([PROSE, line, PROSE]) == [[], ["post"], []], line


def test_the_text_above_a_signature_is_part_of_the_post() -> None:
    text = "NEW: Ferry service to the outer islands resumes Friday"
    assert embedded_post_features([PROSE, text, SIGNATURES[0], PROSE]) == [[], ["post"], ["post"], []]
    # Only the line right above: the paragraph before the post is the story's own.
    assert embedded_post_features([PROSE, PROSE, text, SIGNATURES[0]])[:2] == [[], []]


def test_handles_teasers_and_credits_are_not_posts() -> None:
    for line in NOT_POSTS:
        assert not is_post_signature(line), line
        assert embedded_post_features([PROSE, line, PROSE]) == [[], [], []], line


def test_features_for_some_lines_are_those_of_all_lines() -> None:
    lines = [PROSE, POST_LINKS[0], SIGNATURES[0], PROSE, NOT_POSTS[0]]
    everything = embedded_post_features(lines)
    assert embedded_post_features(lines, [1, 3, 4]) == [everything[1], everything[3], everything[4]]


def test_the_synthetic_posts_carry_the_marks() -> None:
    # The training copies' posts (`training/synthetic.py`): each is marked on both its lines.
    rng = random.Random(0)
    for _ in range(200):
        post = embedded_post(rng)
        assert embedded_post_features([PROSE, *post, PROSE]) == [[], ["post"], ["post"], []], post


# --- With the shipped model (retrained with the feature and the synthetic posts) ----------
# A model fitted before the feature has no weight for "post" and removes these posts: the
# test is then a strict expected failure, and must pass once the model is retrained
# (`python -m training.train_line_model`). Measured with the stop-26 q retrain
# (`lm-3781b5e983`, not shipped, benchmarks/README.md "stop 26, q"): all 16 lines stay.
NEEDS_RETRAIN = pytest.mark.xfail(
    "post" not in default_model().weights,
    reason="the shipped model was fitted before the \"post\" feature",
    strict=True,
)

LINK_RUN = [
    "Trending Stories",
    "Council Approves New Budget After Long Debate",
    "Storm Knocks Out Power Across The Valley",
    "Mayor Unveils Plan For Downtown Parking",
]
POSTS = [
    ["NEW: Ferry service to the outer islands resumes Friday pic.twitter.com/Ab12Cd34Ef", SIGNATURES[0]],
    ["BREAKING: Crews contain the warehouse fire on Pier 9 https://t.co/Xy98Zw76Vu", SIGNATURES[1]],
    ["HUGE CROWD AT THE HARBOR FESTIVAL TONIGHT pic.twitter.com/Qw12Er34Ty", SIGNATURES[2]],
    ["Opening day at the new aquarium!", SIGNATURES[3]],
]


@NEEDS_RETRAIN
def test_embedded_posts_shaped_like_teasers_stay_even_under_a_run_of_links() -> None:
    # Measured with the model before the feature (`lm-2efdf8a841`): the first three texts
    # were removed (0.94-1.00) and the Instagram signature too (0.98), alone or under the
    # run.
    for post in POSTS:
        for inserted in (post, [*LINK_RUN, *post]):
            article = cleaned(dump(inserted, 3))
            for line in post:
                assert line in article.paragraphs, (line, len(inserted))


def test_the_same_teaser_without_the_post_marks_still_goes() -> None:
    # The marks keep the post, not its words: the text alone, between paragraphs, is a teaser.
    teaser = POSTS[0][0].split(" pic.twitter.com/")[0]
    assert teaser not in cleaned(dump([teaser], 3)).paragraphs
