"""What folding traditional characters costs the parser: the genre table against OpenCC, in one run.

    python tests/bench/bench_traditional.py [--rounds 20]

The parser folds every line with :mod:`tui.core.traditional` (a table of the characters its patterns use).
The alternative was :func:`tui.core.readings.to_simplified` (OpenCC's t2s for every character). Printed:
the first-use cost of each in a fresh interpreter (what ``outline`` and the explorer's first frame would
pay), and the time to parse the test articles with each fold, as ratios against parsing without any fold.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core import lines as lines_module  # noqa: E402
from tui.core.document import parse_text  # noqa: E402

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))

FIRST_USE = {
    "genre table": "from tui.core.traditional import simplify; simplify('來源')",
    "OpenCC t2s": "from tui.core.readings import to_simplified; to_simplified('來源')",
}


def first_use(code: str, runs: int = 9) -> float:
    """Seconds that ``code`` adds to a fresh interpreter (medians of alternated runs)."""

    def run(snippet: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", snippet], check=True, cwd=ROOT)
        return time.perf_counter() - start

    with_code, without = [], []
    for _ in range(runs):  # alternated, so that noise hits both alike
        with_code.append(run("import tui.core.text; " + code))
        without.append(run("import tui.core.text"))
    return statistics.median(with_code) - statistics.median(without)


def parse_all(texts: list[str], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            parse_text(text)
    return time.perf_counter() - start


def with_fold(fold: Callable[[str], str], texts: list[str], rounds: int) -> float:
    saved = lines_module.simplify
    lines_module.simplify = fold  # type: ignore[assignment]
    try:
        return parse_all(texts, rounds)
    finally:
        lines_module.simplify = saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    from tui.core.readings import to_simplified
    from tui.core.traditional import simplify

    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    to_simplified("來")  # load OpenCC before timing the parse
    for name, code in FIRST_USE.items():
        print(f"first use, {name:12}: {first_use(code) * 1000:7.1f} ms")
    folds: dict[str, Callable[[str], str]] = {"none": lambda s: s, "table": simplify, "opencc": to_simplified}
    best = dict.fromkeys(folds, float("inf"))
    for _ in range(5):  # interleaved, the best of five: noise hits all three alike
        for name, fold in folds.items():
            best[name] = min(best[name], with_fold(fold, texts, args.rounds))
    base, table, opencc = best["none"], best["table"], best["opencc"]
    n = args.rounds * len(texts)
    print(
        f"parse without a fold: {base / n * 1000:.2f} ms an article ({len(texts)} articles x {args.rounds})"
    )
    print(f"parse, genre table:   x{table / base:.2f}")
    print(f"parse, OpenCC t2s:    x{opencc / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
