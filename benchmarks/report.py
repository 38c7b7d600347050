"""Markdown tables and target checks for a results file of benchmarks/run.py.

python benchmarks/report.py benchmarks/results/latest.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

# The targets of issue 6, for a 2-core machine.
TEXT_TARGET = 5000  # articles per second per core, typical ~5 KB dumps
E2E_TARGET = 0.5  # clean-articles throughput over the floor's, same run
MEMORY_GROWTH_TARGET = 1.2  # peak RSS at the largest size over the smallest
MEMORY_CEILING_MB = 1024
SERVER_RUN_TARGET = 5.0  # seconds for a 1-article run against a running server
NO_SERVER_MARGIN = 2.0  # seconds over a hello-world flow, no server
STARTUP_TARGET = 3.0  # a one-file run, no server, over the warm import of the flow module


def table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _n(value: float, digits: int = 0) -> str:
    return f"{value:,.{digits}f}"


def render_machine(machine: dict) -> str:
    packages = ", ".join(f"{name} {version}" for name, version in machine["packages"].items())
    return (
        f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory_gb']} GB RAM, "
        f"Python {machine['python']}; {packages}; commit {machine['commit']}; load average "
        f"{machine['load_average_at_start']} at start, {machine.get('load_average_at_end')} at end."
    )


def render_text(text: dict) -> str:
    rows = []
    steps: dict[str, dict[str, float]] = {}
    for corpus, trees in text.items():
        for tree, result in trees.items():
            rows.append(
                [
                    corpus,
                    tree,
                    _n(result["articles"]),
                    _n(result["megabytes"] * 1000 / result["articles"], 1),
                    f"**{_n(result['articles_per_cpu_second'])}**",
                    _n(result["mb_per_cpu_second"], 1),
                    _n(result["articles_per_wall_second"]),
                    ", ".join(_n(run) for run in result["runs"]),
                ]
            )
            for step, micros in result["step_us"].items():
                steps.setdefault(step, {})[f"{corpus}, {tree}"] = micros
    header = [
        "corpus",
        "code",
        "articles",
        "KB/article",
        "articles/s per core",
        "MB/s",
        "articles/s wall",
        "runs",
    ]
    step_columns = list(next(iter(steps.values())).keys()) if steps else []
    step_rows = [
        [step, *(_n(values.get(column, 0), 1) for column in step_columns)] for step, values in steps.items()
    ]
    return (
        table(header, rows)
        + "\n\nMicroseconds per article in each step (CPU time):\n\n"
        + table(["step", *step_columns], step_rows)
    )


def render_e2e(e2e: dict) -> str:
    rows = []
    for size, result in e2e.items():
        rows.append(
            [
                _n(int(size)),
                _n(result["floor_articles_per_second"]),
                _n(result["plain_articles_per_second"]),
                _n(result["flow_articles_per_second"]),
                f"**{result['flow_over_floor']:.2f}**",
                _n(round(int(size) / result["no_engine_seconds"])) if "no_engine_seconds" in result else "",
                f"**{result['no_engine_over_floor']:.2f}**" if "no_engine_over_floor" in result else "",
                f"{result['plain_over_floor']:.2f}",
                f"{result['floor_wall_seconds']:.1f} / {result['plain_wall_seconds']:.1f} / "
                f"{result['flow_wall_seconds']:.1f}",
                f"{result['flow_over_floor_wall']:.2f}",
            ]
        )
    header = [
        "articles",
        "floor articles/s",
        "plain (no Prefect) articles/s",
        "clean-articles articles/s",
        "clean-articles / floor",
        "no engine (CLI, no server) articles/s",
        "no engine / floor",
        "plain / floor",
        "wall s: floor / plain / clean-articles",
        "ratio of walls",
    ]
    return table(header, rows)


def render_startup(startup: dict) -> str:
    rows = [
        [name, f"{startup[name]:.2f}", ", ".join(f"{v:.2f}" for v in runs)]
        for name, runs in startup["runs"].items()
    ]
    rows.append(["one-file run / import", f"**{startup['one_file_over_import']:.2f}**", ""])
    if "one_page_scrape_over_import" in startup:
        rows.append(["one-page scrape / import", f"**{startup['one_page_scrape_over_import']:.2f}**", ""])
    return (
        table(["command", "median s", "runs"], rows)
        + f"\n\nload average at the end: {startup['load_average']}"
    )


def render_memory(memory: dict) -> str:
    sizes = list(memory)
    smallest = memory[sizes[0]]["rss_mb"]["tree"] if sizes else 1
    rows = [
        [
            _n(int(size)),
            _n(result["wall_seconds"], 1),
            _n(result["rss_mb"].get("flow", 0)),
            _n(result["rss_mb"].get("worker", 0)),
            _n(result["rss_mb"]["tree"]),
            f"{result['rss_mb']['tree'] / smallest:.2f}",
        ]
        for size, result in memory.items()
    ]
    header = [
        "articles",
        "wall s",
        "flow process MB",
        "worker MB (each, max)",
        "all processes MB",
        "x smallest",
    ]
    return table(header, rows)


def render_prefect(prefect: dict) -> str:
    rows = []
    for mode, result in prefect.items():
        if "ours_minus_hello" not in result:
            continue
        rows.append(
            [
                mode,
                _n(result["hello-world flow"], 2),
                _n(result["clean-articles, 1 article"], 2),
                _n(result["ours_minus_hello"], 2),
                " / ".join(", ".join(_n(v, 1) for v in values) for values in result["runs"].values()),
            ]
        )
    text = table(["mode", "hello-world flow s", "clean-articles 1 article s", "difference s", "runs"], rows)
    share = prefect.get("10k articles")
    if share:
        text += (
            f"\n\n10k articles: clean-articles {share['flow_wall_seconds']:.1f} s wall "
            f"({share['flow_seconds']:.1f} s inside the flow), the same work without Prefect "
            f"{share['plain_wall_seconds']:.1f} s ({share['plain_seconds']:.1f} s): orchestration is "
            f"{share['orchestration_share_wall']:.0%} of the wall time "
            f"({share['orchestration_share_inside']:.0%} of the time inside)."
        )
    return text


def render_html(html: dict) -> str:
    rows = [
        [
            name,
            _n(result["pages_per_second"], 1),
            _n(result["mb_per_second"], 2),
            f"{result['body_precision']:.3f}",
            f"{result['body_recall']:.3f}",
            f"**{result['body_f1']:.3f}**",
            f"{result['body_f1_macro']:.3f}",
        ]
        for name, result in html.items()
        if isinstance(result, dict)
    ]
    header = ["extractor", "pages/s", "MB/s", "body P", "body R", "body F1 (micro)", "F1 (macro)"]
    return f"{html.get('pages')} pages, {html.get('megabytes')} MB\n\n" + table(header, rows)


def render_quality(quality: dict) -> str:
    parts = []
    scores = quality.get("dev_dumps")
    if scores:
        junk = scores["junk_removal"]
        parts.append(
            table(
                [
                    "junk P",
                    "junk R",
                    "junk F1",
                    "body lines wrongly removed",
                    "contributors",
                    "title",
                    "subtitle",
                ],
                [
                    [
                        f"{junk['precision']:.3f}",
                        f"{junk['recall']:.3f}",
                        f"{junk['f1']:.3f}",
                        f"{scores['body_lines_removed_rate']:.3f}",
                        f"{scores['contributors_exact_match']:.3f}",
                        f"{scores['title_exact_match']:.3f}",
                        f"{scores['subtitle_exact_match']:.3f}",
                    ]
                ],
            )
        )
    digest = quality.get("output_digest")
    if digest:
        parts.append(
            "Output digest (SHA-256 of every cleaned field): "
            + ", ".join(f"{name} {value['sha256'][:12]}" for name, value in digest.items())
        )
    return "\n\n".join(parts)


def targets(results: dict) -> list[list[str]]:
    rows: list[list[str]] = []

    def check(name: str, ok: bool | None, measured: str) -> None:
        rows.append([name, measured, "n/a" if ok is None else ("met" if ok else "**missed**")])

    for corpus, trees in results.get("text", {}).items():
        rate = trees["this tree"]["articles_per_cpu_second"]
        check(
            f"text transforms >= {TEXT_TARGET:,}/s per core ({corpus})", rate >= TEXT_TARGET, f"{rate:,.0f}/s"
        )
    startup = results.get("startup")
    if startup:
        ratio = startup["one_file_over_import"]
        check(
            f"1-file run, no server, <= {STARTUP_TARGET:.0f}x the warm import of the flow module",
            ratio <= STARTUP_TARGET,
            f"{ratio:.2f}x ({startup['article-etl clean, 1 file, no server']:.2f} s over "
            f"{startup['import flows.clean_articles']:.2f} s)",
        )
    e2e = results.get("e2e", {})
    for size, result in e2e.items():
        ratio = result["flow_over_floor"]
        check(f"end-to-end >= {E2E_TARGET:.0%} of floor ({int(size):,})", ratio >= E2E_TARGET, f"{ratio:.2f}")
        if "no_engine_over_floor" in result:
            ratio = result["no_engine_over_floor"]
            check(
                f"end-to-end, no engine, >= {E2E_TARGET:.0%} of floor ({int(size):,})",
                ratio >= E2E_TARGET,
                f"{ratio:.2f}",
            )
    sized = [
        (int(size), result["no_engine_rss_mb"])
        for size, result in e2e.items()
        if "no_engine_rss_mb" in result
    ]
    if len(sized) > 1:
        (small_size, small), (large_size, large) = min(sized), max(sized)
        check(
            f"peak RSS, no engine, at {large_size:,} <= {MEMORY_GROWTH_TARGET}x at {small_size:,}",
            large <= MEMORY_GROWTH_TARGET * small,
            f"{large:,.0f} MB vs {small:,.0f} MB ({large / small:.2f}x)",
        )
    memory = results.get("memory", {})
    if len(memory) > 1:
        sizes = list(memory)
        small, large = memory[sizes[0]]["rss_mb"]["tree"], memory[sizes[-1]]["rss_mb"]["tree"]
        check(
            f"peak RSS at {int(sizes[-1]):,} <= {MEMORY_GROWTH_TARGET}x at {int(sizes[0]):,}, < 1 GB",
            large <= MEMORY_GROWTH_TARGET * small and large < MEMORY_CEILING_MB,
            f"{large:,.0f} MB vs {small:,.0f} MB ({large / small:.2f}x)",
        )
    prefect = results.get("prefect", {})
    server = prefect.get("running server")
    if server:
        wall = server["clean-articles, 1 article"]
        check(
            f"1-article run, running server < {SERVER_RUN_TARGET:.0f} s",
            wall < SERVER_RUN_TARGET,
            f"{wall:.2f} s",
        )
    no_server = prefect.get("no server (hello: temporary server; clean: no engine)")
    if no_server:
        margin = no_server["ours_minus_hello"]
        check(
            f"1-article run, no server, within {NO_SERVER_MARGIN:.0f} s of hello-world",
            margin <= NO_SERVER_MARGIN,
            f"+{margin:.2f} s",
        )
    html = results.get("html", {})
    ours = html.get("ours: extraction + cleaning (what a run stores)")
    trafilatura = html.get("trafilatura default")
    if ours and trafilatura:
        check(
            "HTML: at least as fast as trafilatura, body F1 not below",
            ours["pages_per_second"] >= trafilatura["pages_per_second"]
            and ours["body_f1"] >= trafilatura["body_f1"],
            f"{ours['pages_per_second'] / trafilatura['pages_per_second']:.1f}x as fast, "
            f"F1 {ours['body_f1']:.3f} vs {trafilatura['body_f1']:.3f}",
        )
    extraction = html.get("ours: extraction only")
    with_metadata = html.get("trafilatura + metadata")
    if extraction and trafilatura and with_metadata and "pages_per_cpu_second" in extraction:
        # Ours reads the metadata (htmldate included) on every page; trafilatura's
        # default does not, so it is held to both.
        speed = extraction["pages_per_cpu_second"]
        check(
            "HTML: 2 x trafilatura's pages per CPU second (issue 10)",
            speed >= 2 * trafilatura["pages_per_cpu_second"],
            f"{speed / trafilatura['pages_per_cpu_second']:.2f}x its default,"
            f" {speed / with_metadata['pages_per_cpu_second']:.2f}x with its metadata",
        )
    return rows


def render(results: dict) -> str:
    out = [render_machine(results["machine"])]
    renderers = {
        "text": ("Text path: parse + clean, one core", render_text),
        "startup": ("Start-up: a one-file run with no server (wall s, medians)", render_startup),
        "e2e": ("End to end: clean-articles (2 process workers) against the floor", render_e2e),
        "memory": ("Memory: peak RSS of a clean-articles run", render_memory),
        "prefect": ("Prefect overhead (wall time of whole commands)", render_prefect),
        "html": ("HTML path (html-dev pages, one process)", render_html),
        "quality": ("Quality (dev dumps, ../shared/tools/score_dumps.py)", render_quality),
    }
    for key, (title, renderer) in renderers.items():
        if key in results:
            out.append(f"### {title}\n\n{renderer(results[key])}")
    out.append("### Targets\n\n" + table(["target", "measured", ""], targets(results)))
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results", type=Path)
    args = parser.parse_args(argv)
    print(render(json.loads(args.results.read_text())))


if __name__ == "__main__":
    main()
