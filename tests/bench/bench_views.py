"""The views' new per-open work beside a baseline measured in the same run: putting the metrics in a
reader's order (pinyin, punctuation aside) and laying out columns by need.

    python tests/bench/bench_views.py [--metrics 30000] [--rounds 5]

- metrics: ``metric_order`` over generated metric summaries (tens of thousands, as a folder of thousands
  of articles has; character-by-character pinyin past 4,000), against the baseline of sorting the same
  labels by code point (what the list cost before). It runs in the metrics view's reading thread.
- columns: ``fit`` of the figures view's columns over a 200-row sample of generated cells at 80, 160 and
  200 columns, against the baseline of measuring the cells' widths (what any layout must do).

Timings are best of ``--rounds``; the ratios are what to compare between machines.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rich.cells import cell_len

from tui.app.columns import fit
from tui.app.figures_view import VIEW_COLUMNS
from tui.app.metrics_view import metric_order
from tui.core.series import MetricSummary
from tui.core.serieskey import MetricKey, key_label

WORDS = [
    "工业",
    "增加值",
    "社会",
    "消费品",
    "零售",
    "总额",
    "固定",
    "资产",
    "投资",
    "进出口",
    "高技术",
    "制造业",
    "专精特新",
    "中小企业",
    "利润",
    "营业",
    "收入",
    "产量",
]
PLACES = ["全国", "四川", "湖北", "宁波", "广东", "示例省", "示例市"]


def summaries(n: int, rng: random.Random) -> list[MetricSummary]:
    out = []
    for i in range(n):
        name = "".join(rng.sample(WORDS, rng.randint(2, 4)))
        if rng.random() < 0.05:
            name = f"“{name[:3]}”{name[3:]}"
        key = MetricKey(
            name, rng.choice(["level", "yoy"]), "", rng.choice(["%", "元", "家"]), rng.choice(PLACES)
        )
        out.append(MetricSummary(i, key, rng.randint(1, 5), rng.randint(1, 3), None, None))
    return out


def cells(rng: random.Random) -> dict[str, list[str]]:
    def text(lo: int, hi: int) -> str:
        return "".join(rng.choice("示例工业增加值投资消费") for _ in range(rng.randint(lo, hi)))

    return {
        "figure": [
            f"{rng.randint(1, 9999)}{rng.choice(['%', '亿元', '个百分点', '万吨'])}" for _ in range(200)
        ],
        "value": [f"{rng.randint(1, 10**12):,}" for _ in range(200)],
        "unit": [rng.choice(["%", "元", "个百分点", "立方米"]) for _ in range(200)],
        "metric": [text(3, 20) for _ in range(200)],
        "period": [rng.choice(["", "1—9月", "前三季度", "去年全年"]) for _ in range(200)],
        "comparison": [rng.choice(["", "同比增长", "比上半年加快"]) for _ in range(200)],
        "section": [text(2, 12) for _ in range(200)],
        "document": [f"{rng.randint(0, 9999):04d}_{text(2, 8)}.txt" for _ in range(200)],
        "measure": [rng.choice(["level", "yoy", "new", "share"]) for _ in range(200)],
    }


def best(rounds: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--metrics", type=int, default=30_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    metrics = summaries(args.metrics, rng)
    labels = [key_label(s.key) for s in metrics]
    metric_order(metrics[:50], labels[:50])  # pypinyin's dictionaries loaded outside the timings
    base = best(args.rounds, lambda: sorted(range(len(labels)), key=labels.__getitem__))
    ordered = best(args.rounds, lambda: metric_order(metrics, labels))
    print(
        f"metrics ({args.metrics:,}): code-point sort {base * 1000:.1f} ms · reader's order {ordered * 1000:.1f} ms"
        f" · ratio {ordered / base:.1f}"
    )
    sample = cells(rng)
    measure = best(args.rounds, lambda: [[cell_len(t) for t in texts] for texts in sample.values()])
    for width in (80, 160, 200):
        laid = best(args.rounds, lambda width=width: fit(VIEW_COLUMNS, sample, width))
        print(
            f"columns at {width}: measuring {measure * 1000:.2f} ms · fit {laid * 1000:.2f} ms · ratio {laid / measure:.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
