"""Wall time of a small `article-etl scrape` with no Prefect server configured.

    python benchmarks/scrape_startup.py [--pages 3] [--repeat 3] [--baseline DIR]

One HTTP server on 127.0.0.1 serves a feed of PAGES article pages (the
`Host` of scrape_throughput.py). Each command below then scrapes that feed
into a fresh output, with no PREFECT_API_URL and a private PREFECT_HOME,
warm (one unmeasured round first) and interleaved, `--repeat` rounds:

- `scrape, no engine`: this tree's CLI as a user types it: without the
  Prefect engine;
- `scrape --prefect`: this tree's CLI as a Prefect flow run, which starts
  Prefect's temporary server, as every scrape with no server did before;
- `baseline scrape` (with --baseline DIR): the CLI of another checkout, as it
  runs with no server (e.g. the main branch before the change);
- `import flows.scrape_articles`, for scale.

Prints each command's runs and median wall time, in seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.prefect_env import environment
from benchmarks.run import PYTHON, fresh_output, scrape_command, watch
from benchmarks.scrape_throughput import Host

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def with_pythonpath(env: dict[str, str], root: Path) -> dict[str, str]:
    return env | {"PYTHONPATH": str(root)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout whose CLI to time the same way")
    args = parser.parse_args()
    site = Host(1, args.pages)
    feed = site.url("/feed.xml")
    with tempfile.TemporaryDirectory(prefix="article-etl-scrape-startup-") as work_dir:
        work = Path(work_dir)
        os.chdir(work)  # `python -m` puts the working folder first on sys.path: no tree's flows/ there
        env = environment(work / "prefect-home")
        commands: dict[str, tuple[Callable[[Path], list[str]], dict[str, str]]] = {
            "import flows.scrape_articles": (lambda _: [PYTHON, "-c", "import flows.scrape_articles"], env),
            "scrape, no engine": (lambda output: scrape_command(feed, output), env),
            "scrape --prefect": (lambda output: scrape_command(feed, output, "--prefect"), env),
        }
        if args.baseline:
            baseline_home = work / "prefect-home-baseline"
            baseline_env = with_pythonpath(environment(baseline_home), args.baseline.resolve())
            commands["baseline scrape"] = (lambda output: scrape_command(feed, output), baseline_env)
        walls: dict[str, list[float]] = {name: [] for name in commands}
        for round_number in range(args.repeat + 1):  # round 0 warms the caches and Prefect's database
            for name, (command, command_env) in commands.items():
                with fresh_output(work, "scraped") as output:
                    watched = watch(command(output), command_env)
                if watched.returncode != 0:
                    raise RuntimeError(f"{name} exited {watched.returncode}")
                if round_number:
                    walls[name].append(round(watched.seconds, 2))
    print(f"{args.pages} pages from one host on 127.0.0.1, {args.repeat} interleaved runs, wall seconds")
    for name, values in walls.items():
        print(f"  {name:<30} median {statistics.median(values):6.2f}   runs {values}")


if __name__ == "__main__":
    main()
