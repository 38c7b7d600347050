"""What compiling the text path buys: Cython or mypyc against the same code in pure Python.

    python benchmarks/compiled_trial.py --compiler cython [--count 3000] [--rounds 3] [--work DIR]
    python benchmarks/compiled_trial.py --compiler mypyc [--dumps DUMPS.jsonl]

Extracts the committed tree (`git archive HEAD`) twice into --work and compiles,
in place, the modules `clean(parse_text_dump(dump))` imports in one copy:

- cython: the .py files unchanged, in pure-Python mode, with type annotations
  not turned into C types (so no behaviour can change with them);
- mypyc: after `benchmarks/mypyc_trial.patch` (type fixes mypy asks for, and
  `_ShapeTables` made non-generic: mypyc cannot load a generic dataclass,
  mypyc/mypyc#827), and without transforms/article.py (`updated` builds an
  Article with `object.__new__`, which mypyc's native classes refuse).

Then it checks that `output_digest.py` gives the same digests in both copies
(the compiled cleaning must output exactly what Python does), and runs
`text_speed.py` on each copy in turn, `--rounds` times, on the same dumps
(synthetic ones from `corpus.py`, or --dumps). Prints one JSON object: build
time, whether the digests agree, the per-core rate of each copy (median of the
rounds) and their ratio. Needs gcc, the Python headers, and `pip install
cython` or `pip install mypy`. The project ships no compiled code: see
"Compiled builds" in benchmarks/README.md for the figures and why.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = PROJECT_ROOT / "benchmarks"
sys.path.insert(0, str(PROJECT_ROOT))

# The modules of the text path, as `python -c "import transforms.pipeline, transforms.parse"` loads them.
TEXT_PATH_IMPORT = "import transforms.pipeline, transforms.parse"


def extract_tree(destination: Path) -> Path:
    if destination.exists():
        shutil.rmtree(destination)
    destination.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=PROJECT_ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(destination)], input=archive.stdout, check=True)
    # output_digest.py reads the dev dumps from ../shared beside the tree.
    shared = PROJECT_ROOT.parent / "shared"
    if shared.exists() and not (destination.parent / "shared").exists():
        (destination.parent / "shared").symlink_to(shared)
    return destination


def text_path_modules(tree: Path) -> list[str]:
    listing = (
        f"import sys; {TEXT_PATH_IMPORT}; "
        "print('\\n'.join(sorted(m.__file__ for n, m in sys.modules.items() "
        "if n.startswith('transforms.') and m.__file__.endswith('.py') and '__init__' not in m.__file__)))"
    )
    output = subprocess.run(
        [sys.executable, "-c", listing], cwd=tree, capture_output=True, text=True, check=True
    )
    return [str(Path(path).relative_to(tree)) for path in output.stdout.split()]


def compile_tree(tree: Path, compiler: str) -> float:
    modules = text_path_modules(tree)
    if compiler == "cython":
        command = [sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-j", "2"]
        command += ["-X", "annotation_typing=False", *modules]
    else:
        subprocess.run(["git", "apply", str(BENCHMARKS / "mypyc_trial.patch")], cwd=tree, check=True)
        modules = [module for module in modules if module != "transforms/article.py"]
        command = [sys.executable, "-m", "mypyc", "--ignore-missing-imports", *modules]
    start = time.perf_counter()
    subprocess.run(command, cwd=tree, check=True, capture_output=True)
    return time.perf_counter() - start


def digests(tree: Path) -> str:
    command = [sys.executable, str(tree / "benchmarks" / "output_digest.py"), "--synthetic", "1000"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def speed(tree: Path, dumps: Path) -> dict:
    command = [sys.executable, str(BENCHMARKS / "text_speed.py"), str(dumps), "--tree", str(tree)]
    return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def _step_us(run: dict, step: str) -> float:
    # mypyc's name for a compiled closure starts with the function's own name.
    return next(value for name, value in run["step_us"].items() if name.startswith(step))


def synthetic_dumps(path: Path, count: int) -> Path:
    from benchmarks.corpus import generate_article

    path.write_text(
        "".join(json.dumps(generate_article(i, seed=1).dump()) + "\n" for i in range(count)), encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compiler", choices=("cython", "mypyc"), required=True)
    parser.add_argument("--dumps", type=Path, help="JSONL of raw dumps (default: --count synthetic ones)")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/article-etl-compiled"))
    args = parser.parse_args(argv)
    pure = extract_tree(args.work / "pure")
    compiled = extract_tree(args.work / args.compiler)
    build_seconds = compile_tree(compiled, args.compiler)
    same_output = digests(pure) == digests(compiled)
    dumps = args.dumps or synthetic_dumps(args.work / "dumps.jsonl", args.count)
    runs: dict[str, list[dict]] = {"pure": [], args.compiler: []}
    for _ in range(args.rounds):  # interleaved: drift on a shared machine hits both
        for name, tree in (("pure", pure), (args.compiler, compiled)):
            runs[name].append(speed(tree, dumps))
    rates = {
        name: statistics.median(run["articles_per_cpu_second"] for run in measured)
        for name, measured in runs.items()
    }
    result = {
        "compiler": args.compiler,
        "build_seconds": round(build_seconds, 1),
        "same_output": same_output,
        "articles": runs["pure"][0]["articles"],
        "articles_per_cpu_second": rates,
        "runs": {
            name: [run["articles_per_cpu_second"] for run in measured] for name, measured in runs.items()
        },
        "ratio": round(rates[args.compiler] / rates["pure"], 2),
        "drop_junk_lines_us": {
            name: statistics.median(_step_us(run, "drop_junk_lines") for run in measured)
            for name, measured in runs.items()
        },
    }
    print(json.dumps(result))
    if not same_output:
        sys.exit("the compiled tree's output digests differ from pure Python's")


if __name__ == "__main__":
    main()
