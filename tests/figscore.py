"""Scoring figures against annotations: span matching, field accuracy, recall and precision.

Used by the test suite (sentences written for the tests) and by ``tests/bench/score_heldout.py``
(articles the tests never see).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from tui.core.model import Figure

FIELDS = ("value_unit", "approx", "metric", "period", "resolved")


def _norm(text: str | None) -> str:
    return (text or "").replace("“", "").replace("”", "").replace('"', "").replace(" ", "").replace("的", "")


def metric_matches(got: str | None, want: str | None) -> bool:
    """A metric matches when one contains the other (phrases are cut a little differently by design)."""
    if not want:
        return not got
    if not got:
        return False
    g, w = _norm(got), _norm(want)
    return g in w or w in g


def value_unit_matches(got: Figure, want: dict[str, Any]) -> bool:
    if got.unit != want["unit"]:
        return False
    if not math.isclose(got.value, float(want["value"]), rel_tol=1e-6, abs_tol=1e-6):
        return False
    up = want.get("upper")
    return up is None or (got.upper is not None and math.isclose(got.upper, float(up), rel_tol=1e-6))


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    matched: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right["value_unit"] / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.right["value_unit"] / self.found if self.found else 1.0

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.matched if self.matched else 1.0

    def add(self, other: Score) -> None:
        self.expected += other.expected
        self.found += other.found
        self.matched += other.matched
        for k in FIELDS:
            self.right[k] += other.right[k]
        self.misses += other.misses
        self.extras += other.extras
        self.wrong += other.wrong

    def summary(self) -> str:
        acc = " ".join(f"{k}={self.accuracy(k):.3f}" for k in FIELDS[1:])
        return (
            f"expected={self.expected} found={self.found} recall={self.recall:.3f} "
            f"precision={self.precision:.3f} {acc}"
        )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(got: list[Figure], want: list[dict[str, Any]], text: str, label: str = "") -> Score:
    """Match found figures to expected ones by overlapping spans in ``text`` (in order).

    The annotations give a range as one figure (value and upper); the extractor gives its two ends as two
    linked figures, and the low end carries ``upper``, so the high ends are left out of the matching.
    """
    got = [g for g in got if g.bound != "high"]
    s = Score(expected=len(want), found=len(got))
    spans: list[tuple[int, int]] = []
    pos = 0
    for w in want:
        i = text.find(w["text"], pos)
        if i < 0:
            i = text.find(w["text"])
        spans.append((i, i + len(w["text"])))
        pos = max(pos, i + 1)
    used: set[int] = set()
    for w, span in zip(want, spans, strict=True):
        best = None
        for j, g in enumerate(got):
            if j not in used and _overlap((g.start, g.end), span):
                best = j
                break
        if best is None:
            s.misses.append(f"{label} miss {w['text']}")
            continue
        used.add(best)
        g = got[best]
        s.matched += 1
        checks = {
            "value_unit": value_unit_matches(g, w),
            "approx": g.approx == w.get("approx"),
            "metric": metric_matches(g.metric, w.get("metric")),
            "period": _norm(g.period) == _norm(w.get("period")),
            "resolved": (g.period_start, g.period_end) == (w.get("period_start"), w.get("period_end")),
        }
        for k, ok in checks.items():
            s.right[k] += ok
            if not ok:
                got_v = {
                    "value_unit": f"{g.value}{g.unit}",
                    "approx": g.approx,
                    "metric": g.metric,
                    "period": g.period,
                    "resolved": (g.period_start, g.period_end),
                }[k]
                want_v = {
                    "value_unit": f"{w['value']}{w['unit']}",
                    "approx": w.get("approx"),
                    "metric": w.get("metric"),
                    "period": w.get("period"),
                    "resolved": (w.get("period_start"), w.get("period_end")),
                }[k]
                s.wrong.append(f"{label} {w['text']} {k}: got {got_v!r} want {want_v!r}")
    for j, g in enumerate(got):
        if j not in used:
            s.extras.append(f"{label} extra {g.text}")
    return s
