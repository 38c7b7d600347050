"""The benchmark suite: throughput, memory, Prefect overhead and quality, in one command.

    python benchmarks/run.py [--quick] [--sizes 10000,100000] [--memory-sizes 10000,100000,1000000]
                             [--baseline DIR] [--out benchmarks/results/latest.json] [--work DIR]

Sections (each printed as a Markdown table, all saved to one JSON file):

  text     parse + clean on one core: synthetic dumps and the 23 labelled dev dumps
  startup  warm import of flows.clean_articles against a whole one-file
           `article-etl clean` with no server (run without the Prefect engine),
           and a wrong argument's exit; the same for a one-page `article-etl
           scrape` of a site on 127.0.0.1 (benchmarks/scrape_startup.py
           compares it with a Prefect flow run)
  e2e      clean-articles (process pool, 2 workers) against the floor (the same
           files read and the same rows written, no cleaning) and a plain run
           (our code on a concurrent.futures pool, no Prefect), interleaved;
           both as a Prefect flow run (running server) and as the CLI runs it
           with no server configured (no engine)
  memory   peak RSS of the flow process and its workers at each size
  prefect  a 1-article run against a bare hello-world flow, with no server
           (temporary server) and with a running server; the share of a 10k
           run spent in orchestration
  html     extraction speed and body F1 beside trafilatura, on html-dev
  quality  dev-dump scores (../shared/tools/score_dumps.py), html-dev body F1,
           and a digest of every cleaned article (see output_digest.py)

Generated corpora go to --work (default /tmp/article-etl-bench, reused between
runs; 1M articles take ~2 GB as .jsonl.gz). Every Prefect process gets a
temporary PREFECT_HOME. Timings on a shared machine are noisy: medians of
--repeat runs, and ratios taken within the same round of runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psutil

PROJECT_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.corpus import CorpusSpec, ensure_corpus, generate_article  # noqa: E402
from benchmarks.prefect_env import environment, running_server  # noqa: E402

PYTHON = sys.executable
SHARED = PROJECT_ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_dumps.py"
DEV_DUMPS = SHARED / "corpora" / "dumps-dev.jsonl"
HTML_DEV = SHARED / "corpora" / "html-dev"
DEFAULT_WORK = Path(tempfile.gettempdir()) / "article-etl-bench"
WORKERS = 2

HELLO_FLOW = """
from prefect import flow

@flow(name="hello")
def hello() -> str:
    return "hello"

if __name__ == "__main__":
    hello()
"""


@dataclass
class Settings:
    quick: bool
    sizes: list[int]
    memory_sizes: list[int]
    repeat: int
    work: Path
    baseline: Path | None
    sections: list[str]
    # Corpus of the memory section: "jsonl" (1000 records per file) or "txt"
    # (one file per article: shows what the run holds per file, e.g. a listing).
    memory_format: str = "jsonl"


# --- running and watching processes -------------------------------------------------------


@dataclass
class Watched:
    """A finished command: wall time, output, and peak memory of its process tree."""

    seconds: float
    stdout: str
    returncode: int
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    # CPU seconds of every process of the tree, each as last sampled (so each
    # short of its last interval): unlike the kernel's count of reaped
    # children, this includes processes the command does not reap itself,
    # such as a forkserver's workers.
    cpu_seconds: float = 0.0


def _hwm_mb(pid: int) -> float:
    """The kernel's own peak RSS of a process (VmHWM), in MB."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _role(process: psutil.Process, root: int) -> str:
    if process.pid == root:
        return "flow"
    try:
        command = " ".join(process.cmdline())
    except psutil.Error:
        return "other"
    if "spawn_main" in command or ("multiprocessing" in command and "resource_tracker" not in command):
        return "worker"
    return "other"


def watch(command: list[str], env: dict[str, str], interval: float = 0.1) -> Watched:
    """Run `command`, sampling its process tree: the peak of each process (VmHWM,
    exact) by role, and the peak of their sum (sampled every `interval`)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    peaks: dict[int, tuple[str, float]] = {}
    cpu: dict[int, float] = {}
    tree_peak = 0.0

    def sample(stop: threading.Event) -> None:
        nonlocal tree_peak
        for members in process_trees(process.pid, stop, interval):
            total = 0.0
            for member in members:
                try:
                    total += member.memory_info().rss / 2**20
                    times = member.cpu_times()
                except psutil.Error:
                    continue
                cpu[member.pid] = times.user + times.system
                role, peak = peaks.get(member.pid, ("other", 0.0))
                if role == "other":  # a command line read mid-spawn or mid-exit says nothing
                    role = _role(member, process.pid)
                peaks[member.pid] = (role, _hwm_mb(member.pid) or peak)
            tree_peak = max(tree_peak, total)

    stdout = communicate_while(process, sample)
    seconds = time.perf_counter() - started
    by_role: dict[str, float] = {"tree": round(tree_peak, 1)}
    for role, peak in peaks.values():
        by_role[role] = round(max(by_role.get(role, 0.0), peak), 1)
    return Watched(seconds, stdout, process.returncode, by_role, round(sum(cpu.values()), 2))


def process_trees(pid: int, stop: threading.Event, interval: float) -> Iterator[list[psutil.Process]]:
    """The process `pid` and all its descendants, every `interval` seconds,
    until `stop` is set or the process is gone."""
    root = psutil.Process(pid)
    while not stop.is_set():
        try:
            members = [root, *root.children(recursive=True)]
        except psutil.Error:
            return
        yield members
        stop.wait(interval)


def communicate_while(process: subprocess.Popen[str], sample: Callable[[threading.Event], None]) -> str:
    """The output of `process` once it ends, with `sample(stop)` running in a
    thread meanwhile (it returns once `stop` is set)."""
    stop = threading.Event()
    sampler = threading.Thread(target=sample, args=(stop,), daemon=True)
    sampler.start()
    stdout, _ = process.communicate()
    stop.set()
    sampler.join()
    return stdout


def last_json(text: str) -> dict:
    """The JSON object a command printed last (the CLI prints it indented)."""
    start = text.rfind("\n{") + 1 if not text.startswith("{") else 0
    return json.loads(text[start:])


# --- machine ------------------------------------------------------------------------------------


def machine() -> dict[str, object]:
    from importlib.metadata import version

    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    packages = ("prefect", "prefect-dask", "pyarrow", "trafilatura", "lxml", "duckdb")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, text=True
    )
    return {
        "cpu": model,
        "cores": len(os.sched_getaffinity(0)),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
        "packages": {name: version(name) for name in packages},
        "commit": commit.stdout.strip(),
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
    }


# --- text path --------------------------------------------------------------------------------


def bench_text(settings: Settings) -> dict[str, object]:
    count = 2000 if settings.quick else 10_000
    files = {
        "synthetic": _dump_file(
            settings.work, "synthetic", [generate_article(i, seed=1).dump() for i in range(count)]
        ),
    }
    if DEV_DUMPS.exists():
        dev = [json.loads(line)["raw"] for line in DEV_DUMPS.open(encoding="utf-8") if line.strip()]
        files["dev (x40)"] = _dump_file(settings.work, "dev", dev * 40)
    trees = {"this tree": PROJECT_ROOT}
    if settings.baseline:
        trees["baseline"] = settings.baseline
    results: dict[str, object] = {}
    for corpus, path in files.items():
        runs: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(settings.repeat):
            for name, tree in trees.items():  # interleaved: drift on a shared machine hits both
                command = [
                    PYTHON,
                    str(PROJECT_ROOT / "benchmarks" / "text_speed.py"),
                    str(path),
                    "--tree",
                    str(tree),
                ]
                output = subprocess.run(command, capture_output=True, text=True, check=True, env=_plain_env())
                runs[name].append(json.loads(output.stdout))
        results[corpus] = {name: _median_text(measured) for name, measured in runs.items()}
    return results


def _plain_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


def _dump_file(work: Path, name: str, dumps: list[str]) -> Path:
    path = work / "text" / f"{name}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(dump) + "\n" for dump in dumps), encoding="utf-8")
    return path


def _median_text(runs: list[dict]) -> dict[str, object]:
    best = dict(runs[0])
    for key in ("articles_per_cpu_second", "mb_per_cpu_second", "articles_per_wall_second"):
        best[key] = statistics.median(run[key] for run in runs)
    best["step_us"] = {
        step: statistics.median(run["step_us"][step] for run in runs) for step in runs[0]["step_us"]
    }
    best["runs"] = [run["articles_per_cpu_second"] for run in runs]
    best.pop("passes", None)
    return best


# --- end to end, floor, plain -------------------------------------------------------------------


def clean_command(source: Path, output: Path, workers: int = WORKERS) -> list[str]:
    return [
        PYTHON, "-m", "flows.cli", "clean", str(source), "--output", str(output),
        "--task-runner", "processes", "--workers", str(workers), "--json",
    ]  # fmt: skip


def no_engine_command(source: Path, output: Path, workers: int = WORKERS) -> list[str]:
    """The CLI as a user runs it with no server configured (the caller's
    environment has no PREFECT_API_URL): no Prefect engine."""
    return clean_command(source, output, workers)


def user_clean_command(source: Path, output: Path) -> list[str]:
    """`article-etl clean SOURCE -o OUTPUT` with every default, as a new user types it."""
    return [PYTHON, "-m", "flows.cli", "clean", str(source), "-o", str(output)]


def scrape_command(feed: str, output: Path, *extra: str) -> list[str]:
    """`article-etl scrape --feed FEED -o OUTPUT` for a site on 127.0.0.1, no per-host delay."""
    return [
        PYTHON, "-m", "flows.cli", "scrape", "--feed", feed, "-o", str(output),
        "--allow-private-hosts", "--delay", "0", *extra,
    ]  # fmt: skip


def direct_command(mode: str, source: Path, output: Path) -> list[str]:
    script = str(PROJECT_ROOT / "benchmarks" / "direct.py")
    return [PYTHON, script, mode, str(source), str(output), "--workers", str(WORKERS)]


@contextmanager
def fresh_output(work: Path, name: str) -> Iterator[Path]:
    output = work / "out" / name
    _remove(output)
    try:
        yield output
    finally:
        _remove(output)


def _remove(path: Path) -> None:
    if path.exists():
        subprocess.run(["rm", "-rf", str(path)], check=True)


def bench_e2e(settings: Settings, api_url: str, home: Path) -> dict[str, object]:
    results: dict[str, object] = {}
    for size in settings.sizes:
        source = ensure_corpus(settings.work / f"txt-{size}", CorpusSpec(size, "txt"), workers=WORKERS)
        rounds = settings.repeat if size <= 20_000 else 1
        runs: dict[str, list[dict]] = {"floor": [], "plain": [], "flow": [], "no_engine": []}
        for _ in range(rounds):
            for name in runs:  # one round = one run of each, back to back
                runs[name].append(_run_e2e(name, source, settings.work, api_url, home))
        results[str(size)] = _e2e_summary(size, runs)
    return results


def _run_e2e(name: str, source: Path, work: Path, api_url: str, home: Path) -> dict[str, object]:
    with fresh_output(work, name) as output:
        if name in {"flow", "no_engine"}:
            if name == "flow":
                watched = watch(clean_command(source, output), environment(home, api_url))
            else:
                watched = watch(no_engine_command(source, output), environment(home))
            summary = last_json(watched.stdout)
            inside, articles = summary["seconds"], summary["articles_written"]
        else:
            watched = watch(direct_command(name, source, output), environment(home, api_url))
            report = last_json(watched.stdout)
            inside, articles = report["seconds"], report["articles"]
    if watched.returncode:
        raise RuntimeError(f"{name} run failed ({watched.returncode})")
    return {
        "wall_seconds": round(watched.seconds, 2),
        "seconds": inside,
        "articles": articles,
        "rss_mb": watched.peak_rss_mb,
    }


def _e2e_summary(size: int, runs: dict[str, list[dict]]) -> dict[str, object]:
    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    ratios = [
        floor["seconds"] / flow["seconds"] for floor, flow in zip(runs["floor"], runs["flow"], strict=True)
    ]
    no_engine_ratios = [
        floor["seconds"] / ours["seconds"]
        for floor, ours in zip(runs["floor"], runs["no_engine"], strict=True)
    ]
    wall_ratios = [
        floor["wall_seconds"] / flow["wall_seconds"]
        for floor, flow in zip(runs["floor"], runs["flow"], strict=True)
    ]
    return {
        "articles": size,
        "runs": runs,
        **{f"{name}_seconds": median(name, "seconds") for name in runs},
        **{f"{name}_wall_seconds": median(name, "wall_seconds") for name in runs},
        **{f"{name}_articles_per_second": round(size / median(name, "seconds")) for name in runs},
        "flow_over_floor": round(statistics.median(ratios), 3),
        "no_engine_over_floor": round(statistics.median(no_engine_ratios), 3),
        "no_engine_rss_mb": max(run["rss_mb"]["tree"] for run in runs["no_engine"]),
        "load_average": [round(value, 2) for value in os.getloadavg()],
        "flow_over_floor_wall": round(statistics.median(wall_ratios), 3),
        "plain_over_floor": round(median("floor", "seconds") / median("plain", "seconds"), 3),
    }


# --- start-up -----------------------------------------------------------------------------------


def one_article_file(settings: Settings) -> Path:
    one = settings.work / "one-article" / "article.txt"
    one.parent.mkdir(parents=True, exist_ok=True)
    one.write_text(generate_article(0, seed=5).dump(), encoding="utf-8")
    return one


def bench_startup(settings: Settings) -> dict[str, object]:
    """A one-file run with no server against the import of the flow module, warm,
    alternated; and a mistyped SOURCE."""
    home = settings.work / "prefect-startup"
    home.mkdir(exist_ok=True)
    env = environment(home)
    one = one_article_file(settings)
    missing = one.parent / "missing.txt"
    # Imported here: that module sets a PREFECT_HOME and loads the fetcher when imported.
    from benchmarks.scrape_throughput import Host

    feed = Host(1, 1).url("/feed.xml")  # a one-page site on 127.0.0.1, served by this process
    commands: dict[str, Callable[[Path], list[str]]] = {
        "import flows.clean_articles": lambda _: [PYTHON, "-c", "import flows.clean_articles"],
        "article-etl clean, 1 file, no server": lambda output: user_clean_command(one, output),
        "article-etl clean, missing SOURCE": lambda output: user_clean_command(missing, output),
        "import flows.scrape_articles": lambda _: [PYTHON, "-c", "import flows.scrape_articles"],
        "article-etl scrape, 1 page, no server": lambda output: scrape_command(feed, output),
    }
    for command in commands.values():  # warm: the page cache and .pyc files
        subprocess.run(command(settings.work / "one-out"), env=env, capture_output=True)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(max(5, settings.repeat)):
        for name, command in commands.items():
            with fresh_output(settings.work, "one-out") as output:
                watched = watch(command(output), env)
            expected = 2 if "missing" in name else 0
            if watched.returncode != expected:
                raise RuntimeError(f"{name} exited {watched.returncode}, not {expected}")
            walls[name].append(round(watched.seconds, 2))
    medians = {name: statistics.median(values) for name, values in walls.items()}
    one_file = medians["article-etl clean, 1 file, no server"]
    return {
        "runs": walls,
        **medians,
        "one_file_over_import": round(one_file / medians["import flows.clean_articles"], 2),
        "one_page_scrape_over_import": round(
            medians["article-etl scrape, 1 page, no server"] / medians["import flows.scrape_articles"], 2
        ),
        "load_average": [round(value, 2) for value in os.getloadavg()],
    }


# --- memory -----------------------------------------------------------------------------------


def bench_memory(settings: Settings, api_url: str, home: Path) -> dict[str, object]:
    results: dict[str, object] = {}
    for size in settings.memory_sizes:
        fmt = settings.memory_format
        source = ensure_corpus(settings.work / f"{fmt}-{size}", CorpusSpec(size, fmt), workers=WORKERS)
        with fresh_output(settings.work, f"memory-{size}") as output:
            watched = watch(clean_command(source, output), environment(home, api_url), interval=0.5)
        if watched.returncode:
            raise RuntimeError(f"memory run at {size} failed ({watched.returncode})")
        summary = last_json(watched.stdout)
        results[str(size)] = {
            "articles": summary["articles_written"],
            "wall_seconds": round(watched.seconds, 1),
            "flow_seconds": summary["seconds"],
            "rss_mb": watched.peak_rss_mb,
        }
    return results


# --- Prefect overhead ---------------------------------------------------------------------------


def bench_prefect(settings: Settings, api_url: str, home: Path, e2e: dict | None) -> dict[str, object]:
    hello = settings.work / "hello_flow.py"
    hello.write_text(HELLO_FLOW)
    one = one_article_file(settings)
    commands: dict[str, Callable[[Path], list[str]]] = {
        "hello-world flow": lambda _: [PYTHON, str(hello)],
        "clean-articles, 1 article": lambda output: user_clean_command(one, output),
    }
    results: dict[str, object] = {}
    no_server_home = settings.work / "prefect-no-server"
    no_server_home.mkdir(exist_ok=True)
    modes = {
        "no server (hello: temporary server; clean: no engine)": (
            environment(no_server_home),
            1 if settings.quick else settings.repeat,
        ),
        "running server": (environment(home, api_url), max(3, settings.repeat)),
    }
    # The first run on a fresh PREFECT_HOME builds its database: not what we measure.
    subprocess.run(
        [PYTHON, str(hello)],
        env=modes["no server (hello: temporary server; clean: no engine)"][0],
        capture_output=True,
    )
    for mode, (env, rounds) in modes.items():
        walls: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, command in commands.items():
                with fresh_output(settings.work, "one-out") as output:
                    watched = watch(command(output), env)
                if watched.returncode:
                    raise RuntimeError(f"{name} ({mode}) failed")
                walls[name].append(round(watched.seconds, 2))
        differences = [ours - bare for bare, ours in zip(*walls.values(), strict=True)]
        results[mode] = {
            "runs": walls,
            **{name: statistics.median(values) for name, values in walls.items()},
            "ours_minus_hello": round(statistics.median(differences), 2),
        }
    if e2e and "10000" in e2e:
        run = e2e["10000"]
        results["10k articles"] = {
            "flow_wall_seconds": run["flow_wall_seconds"],
            "plain_wall_seconds": run["plain_wall_seconds"],
            "flow_seconds": run["flow_seconds"],
            "plain_seconds": run["plain_seconds"],
            "orchestration_share_wall": round(1 - run["plain_wall_seconds"] / run["flow_wall_seconds"], 3),
            "orchestration_share_inside": round(1 - run["plain_seconds"] / run["flow_seconds"], 3),
        }
    return results


# --- HTML path ----------------------------------------------------------------------------------


def bench_html(settings: Settings) -> dict[str, object]:
    from benchmarks import html_quality as hq

    if not HTML_DEV.exists():
        return {"skipped": f"{HTML_DEV} not found"}
    pages = hq.load_pages(HTML_DEV)
    wanted = (
        "ours: extraction + cleaning",
        "ours: extraction only",
        "hybrid",
        "trafilatura default",
        "trafilatura +",
        "trafilatura fast",
    )
    extractors = [extractor for extractor in hq.build_extractors() if extractor.name.startswith(wanted)]
    hq.run(extractors, pages, repeat=settings.repeat)
    megabytes = sum(page.size for page in pages) / 1e6
    results: dict[str, object] = {"pages": len(pages), "megabytes": round(megabytes, 2)}
    for extractor in extractors:
        counts = [hq.count(extractor.outputs[page.name].body, page.reference) for page in pages]
        (precision, recall, f1), (_, _, macro_f1) = hq.averages(counts)
        seconds = statistics.median(extractor.seconds)
        results[extractor.name] = {
            "pages_per_second": round(len(pages) / seconds, 1),
            "pages_per_cpu_second": round(len(pages) / statistics.median(extractor.cpu_seconds), 1),
            "mb_per_second": round(megabytes / seconds, 2),
            "body_precision": round(precision, 3),
            "body_recall": round(recall, 3),
            "body_f1": round(f1, 3),
            "body_f1_macro": round(macro_f1, 3),
            "seconds": [round(value, 3) for value in extractor.seconds],
        }
    return results


# --- quality ------------------------------------------------------------------------------------


def bench_quality(settings: Settings, html: dict | None) -> dict[str, object]:
    from benchmarks.dump_predictions import write_predictions
    from benchmarks.output_digest import compute

    results: dict[str, object] = {}
    if DEV_DUMPS.exists() and SCORER.exists():
        predictions = settings.work / "dumps-dev.pred.jsonl"
        scores = settings.work / "dumps-dev.scores.json"
        write_predictions(DEV_DUMPS, predictions)
        subprocess.run(
            [PYTHON, str(SCORER), str(predictions), "--gold", str(DEV_DUMPS), "--json", str(scores)],
            check=True,
            capture_output=True,
        )
        results["dev_dumps"] = json.loads(scores.read_text())
    if html and "ours: extraction + cleaning (what a run stores)" in html:
        results["html_dev_body_f1"] = {
            name: values["body_f1"] for name, values in html.items() if isinstance(values, dict)
        }
    results["output_digest"] = compute(synthetic=1000 if settings.quick else 3000, fuzz=5000, with_html=False)
    return results


# --- report ----------------------------------------------------------------------------------


def markdown(results: dict[str, object]) -> str:
    from benchmarks.report import render

    return render(results)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each: a few minutes")
    parser.add_argument("--sizes", help="end-to-end sizes, comma-separated (default 10000; quick: 10000)")
    parser.add_argument("--memory-sizes", help="memory sizes (default 10000,100000; quick: 2000,10000)")
    parser.add_argument(
        "--memory-format",
        choices=("jsonl", "txt"),
        default="jsonl",
        help="memory corpus: jsonl or one .txt per article",
    )
    parser.add_argument("--repeat", type=int, help="runs per measurement (default 3; quick: 1)")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure the text path against")
    parser.add_argument("--sections", default="text,startup,e2e,memory,prefect,html,quality")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="generated corpora and outputs")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args(argv)

    def sizes(text: str | None, default: str) -> list[int]:
        return [int(value.replace("_", "")) for value in (text or default).split(",")]

    settings = Settings(
        quick=args.quick,
        sizes=sizes(args.sizes, "10000"),
        memory_sizes=sizes(args.memory_sizes, "2000,10000" if args.quick else "10000,100000"),
        repeat=args.repeat or (1 if args.quick else 3),
        work=args.work,
        baseline=args.baseline,
        sections=args.sections.split(","),
        memory_format=args.memory_format,
    )
    settings.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {
        "machine": machine(),
        # Folder names only: a committed result must not point at paths on one machine.
        "settings": {**vars(settings), "work": settings.work.name},
    }
    results["settings"]["baseline"] = settings.baseline.name if settings.baseline else None

    def section(name: str, run: Callable[[], object]) -> None:
        if name not in settings.sections:
            return
        print(f"[{datetime.now():%H:%M:%S}] {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        results[name] = run()
        print(
            f"[{datetime.now():%H:%M:%S}] {name} done in {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
        )

    section("text", lambda: bench_text(settings))
    section("startup", lambda: bench_startup(settings))
    with tempfile.TemporaryDirectory(prefix="article-etl-bench-prefect-") as prefect_home:
        home = Path(prefect_home)
        needs_server = {"e2e", "memory", "prefect"} & set(settings.sections)
        with running_server(home) if needs_server else _no_server() as api_url:
            section("e2e", lambda: bench_e2e(settings, api_url, home))
            section("memory", lambda: bench_memory(settings, api_url, home))
            section("prefect", lambda: bench_prefect(settings, api_url, home, results.get("e2e")))
    section("html", lambda: bench_html(settings))
    section("quality", lambda: bench_quality(settings, results.get("html")))
    results["machine"]["load_average_at_end"] = [round(value, 2) for value in os.getloadavg()]

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(markdown(results))
    print(f"\nresults: {args.out}", file=sys.stderr)


@contextmanager
def _no_server() -> Iterator[str]:
    yield ""


if __name__ == "__main__":
    main()
