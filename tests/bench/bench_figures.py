"""What figure extraction costs on a large file, as a ratio against parsing the same file in the same run.

    python tests/bench/bench_figures.py [--articles 200] [--copies 20] [--rounds 3]

The file is one document made of generated interview-shaped articles (:mod:`corpus`, deterministic) and
``--copies`` copies of the held-out articles of ``tests/bench/heldout`` (written for the project, dense in
figures), as a reader's folder pasted into one text would be. Printed: the parse time (the baseline), the
time of :func:`tui.core.figures.extract` on the parsed document, both the best of ``--rounds``, and their
ratio; then the same for the held-out articles written in traditional characters (OpenCC's s2t, bench
only), whose figures are read through the traditional fold, against their simplified twins.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from tui.core.document import parse_text  # noqa: E402
from tui.core.figures import extract  # noqa: E402
from tui.core.model import Document  # noqa: E402
from tui.core.text import read_path  # noqa: E402


def _best(rounds: int, run: object) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def _heldout_texts() -> list[str]:
    return [read_path(p).text for p in sorted((HERE / "heldout").glob("h*.txt"))]


def measure(text: str, rounds: int) -> tuple[float, float, int]:
    """(parse seconds, extract seconds, figures) for one text, each the best of ``rounds``."""
    holder: list[Document] = []
    parse_s = _best(rounds, lambda: holder.append(parse_text(text, "large.txt")))
    doc = holder[-1]
    count: list[int] = []
    extract_s = _best(rounds, lambda: count.append(len(extract(doc))))
    return parse_s, extract_s, count[-1]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200, help="generated articles (default 200)")
    parser.add_argument("--copies", type=int, default=20, help="copies of the held-out articles (default 20)")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many runs (default 3)")
    args = parser.parse_args()
    generated = [text for _, text in corpus.generate_articles(args.articles)]
    heldout = _heldout_texts()
    large = "\n\n".join(generated + heldout * args.copies)
    parse_s, extract_s, figures = measure(large, args.rounds)
    print(f"large file: {len(large):,} characters, {figures:,} figures")
    print(f"parse (baseline):   {parse_s * 1000:8.0f} ms")
    print(f"figures (extract):  {extract_s * 1000:8.0f} ms   x{extract_s / parse_s:.2f} of the parse")
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return 0
    to_traditional = opencc.OpenCC("s2t").convert
    simple = "\n\n".join(heldout * args.copies)
    traditional = "\n\n".join([to_traditional(t) for t in heldout] * args.copies)
    _, simple_s, simple_n = measure(simple, args.rounds)
    _, trad_s, trad_n = measure(traditional, args.rounds)
    print(
        f"held-out x{args.copies}: simplified {simple_s * 1000:.0f} ms ({simple_n} figures), "
        f"traditional {trad_s * 1000:.0f} ms ({trad_n} figures), x{trad_s / simple_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
