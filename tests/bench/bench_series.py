"""Series over a collection of generated articles: how long the metrics list and a timeline take to open
from the cached collection, beside listing the collection's documents in the same run.

    python tests/bench/bench_series.py [--n 10000] [--articles DIR] [--cache DIR] [--runs 5]

The corpus is ``corpus.write_corpus`` (deterministic), its collection built and its figures found once
(minutes for 10,000 articles; ``--articles`` and ``--cache`` keep both for another run). Then each
measure is a fresh process that opens the cached collection, alternating with the baseline:

- baseline: open the collection and list its documents (every title and date);
- metrics: open the collection, its figure table, the series keys of every figure, the metrics list
  (what the metrics view and ``interview-explorer metrics`` wait for);
- timeline: the same, then the timeline of the metric with most documents and of 规上工业增加值;
- disagreements: the same, then every disagreement (the generated articles draw their values at random,
  so nearly every shared metric and period disagrees: a worst case).

Each process prints its own step times; the table gives medians over the runs and ratios to the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus  # noqa: E402
from bench_collection import find_figures  # noqa: E402  (opens the collection and keeps its figures)

CHILD = """
import json, sys, time
start = time.perf_counter()
from pathlib import Path
from tui.core.index.collection import Collection
from tui.core.text import expand_paths
folder = Path(sys.argv[1]); what = sys.argv[2]
c = Collection.open(expand_paths([folder]), inputs=[folder])
out = {"open": time.perf_counter() - start}
if what == "baseline":
    rows = list(zip(c.headers("title"), c.headers("date")))
    out["listed"] = len(rows)
else:
    from tui.core.places import DocHeader
    from tui.core.series import SeriesIndex
    t = time.perf_counter()
    table = c.figure_table()
    out["figure_table"] = time.perf_counter() - t
    t = time.perf_counter()
    fields = [c.headers(n) for n in ("title", "subtitle", "kicker", "source")]
    index = SeriesIndex(table, [DocHeader(*v) for v in zip(*fields)], c.names)
    out["keys"] = time.perf_counter() - t
    t = time.perf_counter()
    metrics = index.metrics()
    out["metrics"] = time.perf_counter() - t
    out["n_metrics"], out["n_figures"] = len(metrics), len(table)
    if what == "timeline":
        t = time.perf_counter()
        top = index.timeline(metrics[0].id)
        named = [index.timeline(k) for k in index.find("规上工业增加值")[:1]]
        out["timeline"] = time.perf_counter() - t
        out["points"] = len(top.points) + sum(len(x.points) for x in named)
    if what == "disagreements":
        from tui.core.disagree import disagreements
        t = time.perf_counter()
        out["n_disagreements"] = len(disagreements(index))
        out["disagreements"] = time.perf_counter() - t
out["total"] = time.perf_counter() - start
print(json.dumps(out))
"""


def child(folder: Path, what: str, env: dict[str, str]) -> dict[str, float]:
    """One fresh process: its step times (seconds) and counts."""
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), what], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-2000:])
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def run(n: int, articles: Path | None, cache: Path | None, runs: int) -> dict[str, float]:
    """Measure and print; the medians."""
    with tempfile.TemporaryDirectory(prefix="bench-series-") as tmp:
        folder = articles or Path(tmp) / "articles"
        if not folder.is_dir() or not any(folder.iterdir()):
            corpus.write_corpus(folder, n)
        env = {**os.environ, "XDG_CACHE_HOME": str(cache or Path(tmp) / "cache"), "PYTHONIOENCODING": "utf-8"}
        built = find_figures(folder, env)  # a no-op when the cache holds them
        print(
            f"collection of {len(list(folder.iterdir())):,} articles ready in {built:.1f} s (built once, then cached)"
        )
        samples: dict[str, list[dict[str, float]]] = {
            "baseline": [],
            "metrics": [],
            "timeline": [],
            "disagreements": [],
        }
        for _ in range(runs):
            for what in samples:  # alternating, so that noise hits each alike
                samples[what].append(child(folder, what, env))
        med = {
            what: {k: statistics.median(s[k] for s in rows) for k in rows[0]}
            for what, rows in samples.items()
        }
        base = med["baseline"]["total"]
        m, t, d = med["metrics"], med["timeline"], med["disagreements"]
        print(
            f"{int(m['n_figures']):,} figures, {int(m['n_metrics']):,} comparable metrics; medians of {runs} fresh processes"
        )
        print(f"baseline: open the cached collection and list its documents   {base:.2f} s")
        print(
            f"metrics list, whole process:   {m['total']:.2f} s = {m['total'] / base:.2f}x baseline "
            f"(figure table {m['figure_table']:.2f} s, keys {m['keys']:.2f} s, list {m['metrics']:.2f} s)"
        )
        print(
            f"+ two timelines:                {t['total']:.2f} s = {t['total'] / base:.2f}x baseline "
            f"(the timelines themselves {t['timeline'] * 1000:.0f} ms, {int(t['points']):,} points)"
        )
        print(
            f"+ every disagreement:           {d['total']:.2f} s = {d['total'] / base:.2f}x baseline "
            f"({int(d['n_disagreements']):,} found in {d['disagreements']:.2f} s)"
        )
        series_open = m["figure_table"] + m["keys"] + m["metrics"]
        print(
            f"metrics view opens (after the collection is open): {series_open:.2f} s; a timeline: {t['timeline'] / 2 * 1000:.0f} ms"
        )
        return {
            "baseline_s": base,
            "metrics_s": m["total"],
            "timeline_s": t["total"],
            "disagreements_s": d["total"],
            "series_open_s": series_open,
            "timeline_ms": t["timeline"] / 2 * 1000,
        }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10_000, help="articles to generate (default 10,000)")
    ap.add_argument("--articles", type=Path, help="use (or write) the corpus in this folder")
    ap.add_argument("--cache", type=Path, help="keep the collection's cache in this folder")
    ap.add_argument("--runs", type=int, default=5, help="fresh processes per measure (default 5)")
    ap.add_argument("--quick", action="store_true", help="1,000 articles, 3 runs: a smoke test")
    args = ap.parse_args()
    n, runs = (1000, 3) if args.quick else (args.n, args.runs)
    results = run(n, args.articles, args.cache, runs)
    print("RESULTS " + json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
