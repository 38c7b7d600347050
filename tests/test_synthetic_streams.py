"""Each dump's synthetic copies draw from streams of their own (`training/train_line_model.py`).

A change to one dump (a label, a rule before the model) or to the order of the
dumps must leave the other dumps' synthetic copies as they were, and the same
seed must give the same copies. Dumps written here.
"""

from __future__ import annotations

import random

from training.synthetic import RealText
from training.train_line_model import Case, case_of, training_samples
from transforms.pipeline import steps_before_line_model, text_cleaning_steps

PARAGRAPHS = (
    "The county board approved the new bus routes on Monday after a long public hearing.",
    "Riders had asked for later service on weekdays, and the plan adds two evening runs.",
    "The transit director said the changes would cost about $1.2 million a year.",
    "Opponents argued the money should go to repairing the aging fleet instead.",
    "The new schedule starts in March, and printed timetables will be posted at every stop.",
    "Board members said they would review ridership figures again after six months.",
)


def _case(case_id: str, title: str, teasers: int = 1) -> Case:
    lines = [(f"{text} ({case_id})", "body") for text in PARAGRAPHS]
    for number in range(teasers):
        lines.insert(3, (f"MORE NEWS FROM THE {case_id.upper()} DESK, PART {number + 1}", "promo"))
    lines.append(("Share this story on Facebook", "boilerplate"))
    row_lines = [{"text": title, "label": "title"}, {"text": "", "label": "subtitle"}]
    row_lines += [{"text": text, "label": label} for text, label in lines]
    raw = "\n".join(line["text"] for line in row_lines)
    row = {"id": case_id, "outlet": "Written Here", "raw": raw, "lines": row_lines, "expected": {}}
    pre_model = steps_before_line_model(text_cleaning_steps())
    return case_of(row, "l3s-dev", f"l3s-dev:{case_id}", (), pre_model)


def _cases() -> list[Case]:
    return [
        _case("north", "County board approves new evening bus routes for riders"),
        _case("south", "City council delays its vote on the downtown parking plan"),
        _case("east", "School district hires three hundred new teachers before fall"),
    ]


def _samples_of(samples: list, group: str) -> list:
    return [(tuple(cheap), tuple(full), kind) for (cheap, full), kind, _, g in samples if g == group]


def test_the_same_seed_gives_the_same_samples_and_another_seed_other_copies() -> None:
    first, again = training_samples(_cases(), 0), training_samples(_cases(), 0)
    assert _samples_of(first, "l3s-dev:north") == _samples_of(again, "l3s-dev:north")
    assert _samples_of(first, "l3s-dev:north") != _samples_of(training_samples(_cases(), 1), "l3s-dev:north")


def test_the_order_of_the_dumps_leaves_every_copy_as_it_was() -> None:
    forward, backward = training_samples(_cases(), 0), training_samples(list(reversed(_cases())), 0)
    for group in ("l3s-dev:north", "l3s-dev:south", "l3s-dev:east"):
        assert _samples_of(forward, group) == _samples_of(backward, group)


def test_lines_added_to_one_dump_changes_only_that_dumps_copies() -> None:
    before = training_samples(_cases(), 0)
    changed = _cases()
    # As a rule before the model that stops dropping a run of teasers would: more lines.
    changed[0] = _case("north", "County board approves new evening bus routes for riders", teasers=9)
    after = training_samples(changed, 0)
    assert _samples_of(before, "l3s-dev:north") != _samples_of(after, "l3s-dev:north")
    assert _samples_of(before, "l3s-dev:south") == _samples_of(after, "l3s-dev:south")
    assert _samples_of(before, "l3s-dev:east") == _samples_of(after, "l3s-dev:east")


def test_a_text_added_to_the_pool_moves_only_the_picks_next_to_it() -> None:
    sentences = [f"Sentence number {n} of the pool is here." for n in range(200)]
    small = RealText.of(["A headline of five words"], [sentences])
    more = [*sentences, "One more sentence joins the pool today."]
    large = RealText.of(["A headline of five words"], [more])
    picks_small = [small.sentence(random.Random(n)) for n in range(300)]
    picks_large = [large.sentence(random.Random(n)) for n in range(300)]
    moved = sum(a != b for a, b in zip(picks_small, picks_large, strict=True))
    # One text in 201 takes about 1/201 of the picks; uniform indexing would move most of them.
    assert moved <= 10
    assert len(set(picks_small)) > 100  # and the picks still spread over the pool
