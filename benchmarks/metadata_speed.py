"""CPU seconds of HTML metadata extraction alone, per corpus, and a digest of what it returns.

    python benchmarks/metadata_speed.py [--repeat 3] [--baseline /path/to/other/checkout]

Parses every page of `l3s-dev/html`, `metadata-dev/pages` and the html-dev
readability pages once, then times `extract_metadata` over the parsed trees:
the first pass (cold: htmldate's dateparser loads its locales and no date
string is cached yet, as in a run over pages never seen before) and the best
of `--repeat` passes (warm, as `html_quality.py` measures after its warm-up).
The digest covers every field of every `PageMetadata`: a speed change must
leave it unchanged. `--baseline DIR` runs the same in another checkout
(a fresh process each) so the two can be compared in one go.

Reads `../shared/corpora/` where it lives; nothing is copied into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared" / "corpora"


def load_corpora() -> dict[str, list[tuple[str, str, str | None]]]:
    """(name, decoded page, URL) per corpus."""
    from html_quality import decode_page

    l3s = []
    for line in (SHARED / "l3s-dev" / "html-truth.jsonl").read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        raw = gzip.decompress((SHARED / "l3s-dev" / truth["file"]).read_bytes())
        l3s.append((truth["id"], decode_page(raw), None))
    metadata_dev = []
    for line in (SHARED / "metadata-dev" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        raw = (SHARED / "metadata-dev" / case["file"]).read_bytes()
        raw = gzip.decompress(raw) if case["file"].endswith(".gz") else raw
        metadata_dev.append((case["file"], decode_page(raw), case.get("url")))
    html_dev = [
        (folder.name, decode_page((folder / "source.html").read_bytes()), None)
        for folder in sorted((SHARED / "html-dev" / "readability").iterdir())
    ]
    return {"l3s-dev": l3s, "metadata-dev": metadata_dev, "html-dev": html_dev}


def measure(repeat: int) -> None:
    sys.path.insert(0, str(PROJECT_ROOT))
    sys.path.insert(0, str(PROJECT_ROOT / "benchmarks"))
    from transforms.html import parse_tree
    from transforms.html_metadata import extract_metadata

    print(f"{PROJECT_ROOT}")
    print("corpus         pages  first pass CPU s  best of repeats CPU s  digest")
    for name, pages in load_corpora().items():
        trees = [(page_id, parse_tree(html), url) for page_id, html, url in pages]
        trees = [(page_id, tree, url) for page_id, tree, url in trees if tree is not None]
        timings, digest = [], hashlib.sha256()
        for round_ in range(repeat):
            started = time.process_time()
            results = [(page_id, extract_metadata(tree, url)) for page_id, tree, url in trees]
            timings.append(time.process_time() - started)
            if round_ == 0:
                for page_id, metadata in results:
                    digest.update(f"{page_id}\t{metadata!r}\n".encode())
        first, best = timings[0], min(timings)
        print(f"{name:<13} {len(trees):>6}  {first:>16.3f}  {best:>21.3f}  {digest.hexdigest()[:16]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline", type=Path, help="another checkout to measure the same way")
    args = parser.parse_args()
    measure(args.repeat)
    if args.baseline:
        script = args.baseline / "benchmarks" / "metadata_speed.py"
        if not script.exists():  # a checkout from before this script: run ours against its code
            script = Path(__file__)
            env_root = ["-c", _RUN_ELSEWHERE.format(root=str(args.baseline), script=str(script))]
            subprocess.run([sys.executable, *env_root, str(args.repeat)], check=True)
        else:
            subprocess.run([sys.executable, str(script), "--repeat", str(args.repeat)], check=True)


# Runs this file's `measure` with another checkout's `transforms` first on the path.
_RUN_ELSEWHERE = """
import runpy, sys
from pathlib import Path
module = runpy.run_path({script!r}, run_name="metadata_speed")
module["PROJECT_ROOT"] = Path({root!r})
module["measure"].__globals__["PROJECT_ROOT"] = Path({root!r})
module["measure"](int(sys.argv[1]))
"""


if __name__ == "__main__":
    main()
