"""Run every benchmark in one go and print the README's table (ratios against baselines of the same run).

    pip install 'whoosh==2.7.4'      # the bench-only comparison engine
    python tests/bench/run_all.py [--quick]

``--quick`` uses a 500-article corpus (1,000 for the collection at scale) and fewer start-up runs (a smoke
test of the scripts, not numbers to publish). ``--no-scale`` skips the collection of 10,000 articles
(``bench_collection.py``: several minutes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_collection
import bench_search
import bench_startup


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small corpus, few runs")
    ap.add_argument("--no-scale", action="store_true", help="skip the collection of 10,000 articles")
    args = ap.parse_args()
    start = bench_startup.run(5 if args.quick else 15)
    print()
    search = bench_search.run(500 if args.quick else 2000, 200 if args.quick else 500)
    print()
    scale = None
    if not args.no_scale:
        scale = bench_collection.run(1000 if args.quick else 10_000, 200 if args.quick else 500)
        print()
    print(
        f"## Benchmarks ({dt.date.today().isoformat()}, Python {platform.python_version()}, {platform.machine()})"
    )
    print()
    print("| measure | interview-explorer | baseline, same run | ratio |")
    print("|---|---|---|---|")
    print(
        f"| first frame | {start['ours_ms']:.0f} ms | minimal Textual app {start['minimal_ms']:.0f} ms "
        f"| {start['ratio']:.2f}× |"
    )
    print(
        f"| index build, {search['units']:,.0f} blocks ({search['chars'] / 1e6:.1f} M chars) | {search['build_s']:.2f} s "
        f"| plain jieba segmentation {search['jieba_s']:.2f} s | {search['build_ratio']:.2f}× |"
    )
    if "whoosh_p50_ms" in search:
        print(
            f"| query p50 | {search['p50_ms']:.2f} ms | Whoosh 2.7 + jieba {search['whoosh_p50_ms']:.2f} ms "
            f"| {search['whoosh_p50_ms'] / search['p50_ms']:.0f}× faster |"
        )
        print(
            f"| query p99 | {search['p99_ms']:.2f} ms | Whoosh 2.7 + jieba {search['whoosh_p99_ms']:.2f} ms "
            f"| {search['whoosh_p99_ms'] / search['p99_ms']:.0f}× faster |"
        )
        print(
            f"| index build vs Whoosh | {search['build_s']:.2f} s | Whoosh {search['whoosh_build_s']:.2f} s "
            f"| {search['whoosh_build_s'] / search['build_s']:.1f}× faster |"
        )
    print(
        f"| cached index load | {search['load_s']:.2f} s | plain jieba segmentation {search['jieba_s']:.2f} s "
        f"| {search['load_s'] / search['jieba_s']:.2f}× |"
    )
    if "pinyin_extra_p99_ms" in search:
        print(
            f"| pinyin expansion (zhuanjingtexin → 专精特新), extra time p50 / p99 | {search['pinyin_extra_p50_ms']:.2f} / "
            f"{search['pinyin_extra_p99_ms']:.2f} ms | the same query typed in Chinese | built once in "
            f"{search['pinyin_build_s']:.2f} s |"
        )
    print(f"| peak memory, explorer on the bundled interview | {start['app_peak_rss_mb']:.0f} MB | — | |")
    print(f"| peak memory, building the corpus index | {search['peak_rss_mb']:.0f} MB | — | |")
    if scale is not None:
        print("\n".join(bench_collection.table(scale)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
