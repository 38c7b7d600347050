"""Guard against super-linear regular expressions and cleaning passes.

    python benchmarks/regex_guard.py [--size BYTES] [--limit SECONDS] [--only NAME]

Times every compiled `*_RE` constant of `transforms/` and `flows/` (bytes
patterns on encoded input) with `findall` (which tries every start position,
as `sub` does) on adversarial single lines of --size characters (default 1 MB):
runs of capitals, braces, spaces, brackets, digits, entity starts, and a
random mix of those characters. It prints one row per pattern with its worst
line and, for that line, the growth exponent of the time from a quarter of the
size to the full size (about 1 for linear time, 2 for quadratic).

Then it times `clean(parse_text_dump(...))` on single-line dumps of the same
lines, and on multi-line dumps of the same size built from lines the rules
handle one by one (residue, credit lines, bylines, teasers).

Exit status 1 if anything takes longer than --limit seconds (default 1 s):
run it in CI beside the tests, which assert no timings themselves.
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import random
import re
import string
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

import transforms  # noqa: E402
from transforms.parse import parse_text_dump  # noqa: E402
from transforms.pipeline import clean  # noqa: E402

# flows modules without Prefect imports (clean_articles and cli pull in Prefect
# and hold no patterns).
FLOWS_MODULES = ("flows.io.decode", "flows.io.sources", "flows.batch", "flows.io.schema", "flows.io.sink")

# Units repeated to fill one line: what makes backtracking engines stumble is
# a long run of characters that almost start or almost continue a match.
LINE_UNITS: dict[str, str] = {
    "capitals": "A",
    "capital words": "WAR ",
    "title-case words": "Jane ",
    "lower-case": "a",
    "spaces": " ",
    "tabs and NBSP": "\t\u00a0",
    "open braces": "{",
    "double braces": "{{",
    "close braces": "}",
    "jinja openers": "{% ",
    "erb openers": "<%",
    "dollar braces": "${",
    "parentheses": "(",
    "square brackets": "[",
    "angle brackets": "<",
    "tag starts": "<a ",
    "comment starts": "<!--",
    "ampersands": "&",
    "entity starts": "&#",
    "named entity starts": "&amp",
    "digits": "9",
    "numbers": "1,000.5 ",
    "percent changes": "+1.5% ",
    "quotes": "'\"",
    "dashes": "- ",
    "slashes": "/",
    "colons": ": ",
    "by prefixes": "By ",
    "possessives": "Fox News' ",
    "credit words": "contributed ",
    "url starts": "http://",
}
MIX_ALPHABET = "A{ (<[9&$-,.:'\"}]>)%#/a"
# A run of spaces after the words that open a credit, a byline or a headline
# suffix: anchored patterns only get past their first words on such lines.
PREFIXED_RUNS = (
    "By ",
    "By Jane Doe ",
    "Contributing: ",
    "Contributing: Jane ",
    "Reporting by ",
    "Reporting by Jane ",
    "Jane Doe of ",
    "Jane Doe contributed",
    "Jane Doe contributed to this report ",
    "Fox News' Jane ",
    "A headline of several words ",
    "MOSCOW ",
)

# Multi-line dumps: one rule's favourite line, repeated (numbered, so that
# de-duplication does not make the work trivial).
LINE_MAKERS: dict[str, Callable[[int], str]] = {
    "residue lines": lambda n: "{{#rendered}} {{/rendered}}",
    "separator lines": lambda n: "* * *",
    "credit lines": lambda n: f"{_name(n)} contributed to this report.",
    "bylines": lambda n: f"By {_name(n)}",
    "ALL-CAPS teasers": lambda n: "BIDEN HEADS TO EUROPE AS NATO GEARS UP FOR UKRAINE SUMMIT: LIVE UPDATES",
    "related headers": lambda n: "Related Stories",
    "headline-shaped lines": lambda n: "Storm prompts airlines to relax travel policies now",
    "prose": lambda n: "Officials said the strike hit a theater where children sheltered, Blinken said.",
    "captions": lambda n: "Pipes are pictured in Lubmin, Germany, March 8, 2022. (AP Photo/Jane Doe)",
    "entities": lambda n: "&amp;lt;p&amp;gt; caf&eacute; &#8217; &nbsp;",
}


def _name(n: int) -> str:
    letters = string.ascii_uppercase
    first, second, third = (letters[(n // 26**k) % 26] for k in range(3))
    return f"{first}{second.lower()}{third.lower()}ina {third}{first.lower()}{second.lower()}son"


@dataclass(frozen=True)
class Timing:
    name: str
    worst_input: str
    seconds: float
    exponent: float


def adversarial_lines(size: int) -> Iterator[tuple[str, str]]:
    for name, unit in LINE_UNITS.items():
        yield name, (unit * (size // len(unit) + 1))[:size]
    for prefix in PREFIXED_RUNS:
        yield f"{prefix.strip()!r} + spaces", (prefix + " " * size)[: size - 1] + "x"
    rng = random.Random(1)
    yield "random mix", "".join(rng.choice(MIX_ALPHABET) for _ in range(size))


def compiled_patterns() -> dict[str, re.Pattern[str] | re.Pattern[bytes]]:
    names = sorted(info.name for info in pkgutil.iter_modules(transforms.__path__, prefix="transforms."))
    # patterns.py first, so that a pattern imported elsewhere is named where it is defined.
    names.sort(key=lambda name: name != "transforms.patterns")
    modules = [importlib.import_module(name) for name in names]
    modules += [importlib.import_module(name) for name in FLOWS_MODULES]
    found: dict[str, re.Pattern[str] | re.Pattern[bytes]] = {}
    seen: set[int] = set()
    for module in modules:
        for attribute, value in sorted(vars(module).items()):
            if attribute.endswith("_RE") and isinstance(value, re.Pattern) and id(value) not in seen:
                seen.add(id(value))
                found[f"{module.__name__.rpartition('.')[2]}.{attribute}"] = value
    return found


def seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def growth_exponent(action: Callable[[str], object], line: str) -> float:
    """How time grows from a quarter of `line` to all of it: 1 linear, 2 quadratic."""
    small = seconds(lambda: action(line[: len(line) // 4]))
    large = seconds(lambda: action(line))
    if small < 1e-4 or large < 1e-3:
        return float("nan")  # too fast to tell
    return math.log(large / small, 4)


def time_patterns(size: int, only: str | None) -> list[Timing]:
    lines = list(adversarial_lines(size))
    encoded = [(name, line.encode("utf-8", "replace")) for name, line in lines]
    timings: list[Timing] = []
    for name, pattern in compiled_patterns().items():
        if only and only not in name:
            continue
        inputs: list[tuple[str, str | bytes]] = list(encoded if isinstance(pattern.pattern, bytes) else lines)
        results = [
            (seconds(lambda text=text, pattern=pattern: pattern.findall(text)), input_name)
            for input_name, text in inputs
        ]
        worst_seconds, worst_input = max(results)
        worst_text = dict(inputs)[worst_input]
        exponent = growth_exponent(pattern.findall, worst_text)  # type: ignore[arg-type]
        timings.append(Timing(name, worst_input, worst_seconds, exponent))
    return timings


def clean_dump(text: str) -> object:
    return clean(parse_text_dump(text, source="guard.txt"))


def time_cleaning(size: int) -> list[Timing]:
    timings: list[Timing] = []
    for name, line in adversarial_lines(size):
        dump = f"Guard headline\n\n{line}"
        timings.append(
            Timing(f"clean: 1 line of {name}", name, seconds(lambda d=dump: clean_dump(d)), math.nan)
        )
    for name, make in LINE_MAKERS.items():
        lines = [make(n) for n in range(size // 20)]
        dump = "Guard headline\nThe standfirst.\n" + "\n".join(lines)[:size]
        exponent = growth_exponent(clean_dump, dump)
        timings.append(
            Timing(
                f"clean: {name}",
                f"{dump.count(chr(10))} lines",
                seconds(lambda d=dump: clean_dump(d)),
                exponent,
            )
        )
    return timings


def print_table(title: str, timings: list[Timing], limit: float) -> None:
    print(f"\n{title}")
    print(f"{'what':<44} {'worst input':<22} {'seconds':>8} {'growth':>7}")
    print(f"{'-' * 44} {'-' * 22} {'-' * 8} {'-' * 7}")
    for timing in sorted(timings, key=lambda t: t.seconds, reverse=True):
        growth = "  -" if math.isnan(timing.exponent) else f"{timing.exponent:5.2f}"
        flag = "  OVER LIMIT" if timing.seconds > limit else ""
        print(f"{timing.name:<44} {timing.worst_input:<22} {timing.seconds:8.4f} {growth:>7}{flag}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per adversarial line")
    parser.add_argument("--limit", type=float, default=1.0, help="seconds allowed per pattern or dump")
    parser.add_argument("--only", help="time only the patterns whose name contains this")
    args = parser.parse_args(argv)

    patterns = time_patterns(args.size, args.only)
    print_table(
        f"Patterns: findall on {args.size:,}-character lines (worst of {len(list(adversarial_lines(8)))})",
        patterns,
        args.limit,
    )
    cleaning = [] if args.only else time_cleaning(args.size)
    if cleaning:
        print_table(f"clean(parse_text_dump(...)) on {args.size:,}-character dumps", cleaning, args.limit)

    over = [timing for timing in patterns + cleaning if timing.seconds > args.limit]
    print(f"\n{len(patterns)} patterns, {len(cleaning)} dumps; {len(over)} over the {args.limit:g} s limit.")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(main())
