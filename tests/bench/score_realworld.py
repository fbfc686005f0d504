"""Score the parser and the figure extractor on real articles with answer keys written apart from the code.

    python tests/bench/score_realworld.py                 # ../shared/realworld next to the checkout
    python tests/bench/score_realworld.py --dir PATH      # any folder with articles/ and keys/
    python tests/bench/score_realworld.py --misses        # every miss, article by article
    python tests/bench/score_realworld.py --only 016      # articles whose name contains 016
    python tests/bench/score_realworld.py --json          # the totals as one JSON object

The rules are those of the keys' README (``keys/*.json``):

- **Structure** of an article is exact when the title (NFKC, spaces collapsed) equals the key's; the date
  starts with the key's date where the key has one; the section headings, in order, equal the key's (a
  leading bullet such as ● may be kept or dropped; the key's lead section may be absent here when it has no
  question); and every section has the key's number of question turns and of points. **Source** is counted
  apart, only where the key names one.
- **Figures**: a key figure is found when an extracted figure has the same value (relative 1e-6) and unit
  (NFKC; 个百分点 and 百分点 alike); each extracted figure is used once. Extracted figures that match nothing
  count against precision, except those whose text lies inside or around an ``optional_figures`` entry.
  Figures with unit 年 are optional.
- **Metric** holds when the extracted metric's character bigrams mostly lie inside the key's (at least 60% of
  them and at least two, or all when it has fewer) or cover at least half of the key's. **Period** holds when
  the key has none, or one period string contains the other. **Resolved period** holds when
  ``[period_start, period_end]`` equals the key's ``period_range``; scored where the key has one.
- Recall, precision, metric, period and resolved period are averaged over articles (an article without key
  figures is left out).

The articles are third-party texts: they are read from where they lie and never copied into the repository.
"""

from __future__ import annotations

import argparse
import math
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core.document import load_document  # noqa: E402
from tui.core.figures import extract  # noqa: E402
from tui.core.lines import unglossed  # noqa: E402
from tui.core.model import BlockKind, Document, Figure  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "realworld"
BULLETS = "●○◆◇■□▲△★☆•·▶►"


def nfkc(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def source_key(text: str | None) -> str:
    """A source's name compared without a mirror's pinyin glosses (``中國網(wǎng)`` is ``中國網``): keys of glossed
    pages write it either way, and a gloss is debris of the page, no part of the outlet's name."""
    return nfkc(unglossed(text or ""))


def heading_key(text: str | None) -> str:
    return nfkc(text).lstrip(BULLETS).strip().replace(" ", "")


def unit_key(unit: str | None) -> str:
    u = nfkc(unit)
    return "百分点" if u in ("个百分点", "百分点") else u


def bigrams(text: str) -> set[str]:
    t = nfkc(text).replace(" ", "")
    return {t[i : i + 2] for i in range(len(t) - 1)}


def metric_holds(got: str | None, want: str | None) -> bool:
    """The README's rule: most of our bigrams inside the key's metric, or half of the key's covered."""
    if not want:
        return True
    if not got:
        return False
    got, want = unglossed(got), unglossed(want)
    g, w = bigrams(got), bigrams(want)
    if not g or not w:
        return nfkc(got) == nfkc(want)
    inside = len(g & w)
    mostly = inside / len(g) >= 0.6 and (inside >= 2 or inside == len(g))
    return mostly or inside / len(w) >= 0.5


def period_holds(got: str | None, want: str | None) -> bool:
    if not want:
        return True
    if not got:
        return False
    g, w = nfkc(unglossed(got)).replace(" ", ""), nfkc(unglossed(want)).replace(" ", "")
    return g in w or w in g


# structure ---------------------------------------------------------------------------------------------
@dataclass
class StructureResult:
    exact: bool
    source_scored: bool
    source_right: bool
    misses: list[str] = field(default_factory=list)


def _sections_of(doc: Document) -> list[dict[str, Any]]:
    out = []
    for section in doc.sections:
        out.append(
            {
                "heading": section.heading,
                "questions": sum(1 for b in section.blocks if b.kind == BlockKind.question),
                "points": sum(1 for b in section.blocks if b.kind == BlockKind.point),
            }
        )
    return out


def score_structure(doc: Document, key: dict[str, Any]) -> StructureResult:
    misses: list[str] = []
    if nfkc(doc.title) != nfkc(key["title"]):
        misses.append(f"title: got {doc.title!r}, want {key['title']!r}")
    if key.get("date") and not (doc.date or "").startswith(key["date"]):
        misses.append(f"date: got {doc.date!r}, want {key['date']!r}")
    got = _sections_of(doc)
    want = list(key["sections"])
    lead_may_be_absent = bool(want) and want[0]["heading"] is None and want[0]["questions"] == 0
    if lead_may_be_absent and (not got or got[0]["heading"] is not None):
        want = want[1:]  # the key's lead without a question may be absent
    got_heads = [heading_key(s["heading"]) if s["heading"] is not None else None for s in got]
    want_heads = [heading_key(s["heading"]) if s["heading"] is not None else None for s in want]
    if got_heads != want_heads:
        misses.append("headings:\n" + _side_by_side(got_heads, want_heads))
    else:
        for g, w in zip(got, want, strict=True):
            for what in ("questions", "points"):
                if g[what] != w[what]:
                    misses.append(f"{what} in {w['heading'] or '(lead)'}: got {g[what]}, want {w[what]}")
    source_scored = bool(key.get("source"))
    source_right = source_scored and source_key(doc.source) == source_key(key["source"])
    if source_scored and not source_right:
        misses.append(f"source: got {doc.source!r}, want {key['source']!r}")
    exact = not [m for m in misses if not m.startswith("source")]
    return StructureResult(exact, source_scored, source_right, misses)


def _side_by_side(got: list[str | None], want: list[str | None]) -> str:
    lines = []
    for i in range(max(len(got), len(want))):
        g = got[i] if i < len(got) else "—"
        w = want[i] if i < len(want) else "—"
        mark = "  " if g == w else "≠ "
        lines.append(f"      {mark}got {g or '(lead)'!s:<36} want {w or '(lead)'}")
    return "\n".join(lines)


# figures -------------------------------------------------------------------------------------------------
@dataclass
class FigureResult:
    expected: int = 0
    extracted: int = 0
    excused: int = 0
    found: int = 0
    metric: int = 0
    period: int = 0
    resolved_scored: int = 0
    resolved: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        counted = self.extracted - self.excused
        return (self.found_counted / counted) if counted else 1.0

    found_counted: int = 0


def _same(fig: Figure, want: dict[str, Any]) -> bool:
    if unit_key(fig.unit) != unit_key(want.get("unit")):
        return False
    return math.isclose(fig.value, float(want["value"]), rel_tol=1e-6, abs_tol=1e-9)


def score_figures(figures: list[Figure], key: dict[str, Any]) -> FigureResult:
    result = FigureResult()
    required = [f for f in key["figures"] if unit_key(f.get("unit")) != "年"]
    optional_years = [f for f in key["figures"] if unit_key(f.get("unit")) == "年"]
    result.expected = len(required)
    result.extracted = len(figures)
    used = [False] * len(figures)
    # pair key figures and extracted figures of the same value and unit: the one written alike, else in
    # reading order
    for want in required:
        # every figure within the tolerance, not a bucket of rounded values: a key's 7840000000.000001 (a
        # float product) and an extracted 7840000000.0 are the same figure
        free = [i for i, fig in enumerate(figures) if not used[i] and _same(fig, want)]
        # of several figures of the same value and unit, the one written as the key writes it (近50%, not an
        # earlier 近一半 the key leaves optional), else the first in reading order
        written = nfkc(want["text"]).replace(" ", "")
        pick = next((i for i in free if written in nfkc(figures[i].text).replace(" ", "")), None)
        pick = pick if pick is not None else (free[0] if free else None)
        if pick is None:
            result.misses.append(f"missed {want['text']} ({want.get('metric')}, {want.get('period')})")
            continue
        used[pick] = True
        result.found += 1
        fig = figures[pick]
        if metric_holds(fig.metric, want.get("metric")):
            result.metric += 1
        else:
            result.misses.append(f"metric {want['text']}: got {fig.metric!r}, want {want.get('metric')!r}")
        if period_holds(fig.period, want.get("period")):
            result.period += 1
        else:
            result.misses.append(f"period {want['text']}: got {fig.period!r}, want {want.get('period')!r}")
        if want.get("period_range"):
            result.resolved_scored += 1
            got_range = [fig.period_start, fig.period_end]
            if got_range == list(want["period_range"]):
                result.resolved += 1
            else:
                result.misses.append(
                    f"resolved {want['text']} ({want.get('period')}): got {got_range}, want {want['period_range']}"
                )
    optional = [nfkc(t).replace(" ", "") for t in key.get("optional_figures", [])]
    optional += [nfkc(f["text"]).replace(" ", "") for f in optional_years]
    result.found_counted = result.found
    for i, fig in enumerate(figures):
        if used[i]:
            continue
        text = nfkc(fig.text).replace(" ", "")
        if unit_key(fig.unit) == "年" or any(o and (text in o or o in text) for o in optional):
            result.excused += 1
            continue
        result.misses.append(f"extra {fig.text} = {fig.value:g} {fig.unit} ({fig.metric})")
    return result


# running ---------------------------------------------------------------------------------------------------
def load_pairs(folder: Path, only: str | None) -> list[tuple[Path, dict[str, Any]]]:
    pairs = []
    for key_path in sorted((folder / "keys").glob("*.json")):
        if only and only not in key_path.stem:
            continue
        article = next(
            (
                p
                for p in (folder / "articles").glob(key_path.stem + ".*")
                if p.suffix in (".txt", ".html", ".htm")
            ),
            None,
        )
        if article is not None:
            pairs.append((article, orjson.loads(key_path.read_bytes())))
    return pairs


def fmt(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder with articles/ and keys/")
    parser.add_argument("--misses", action="store_true", help="print every miss, article by article")
    parser.add_argument("--only", help="score only the articles whose name contains this")
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args(argv)
    if not (args.dir / "keys").is_dir():
        print(f"score_realworld: skipped, no answer keys at {args.dir} (expected {args.dir}/keys/*.json)")
        return 0
    pairs = load_pairs(args.dir, args.only)
    exact = source_scored = source_right = 0
    per: dict[str, list[float]] = defaultdict(list)
    rows = []
    for path, key in pairs:
        doc = load_document(path)
        structure = score_structure(doc, key)
        figs = score_figures(extract(doc), key)
        exact += structure.exact
        source_scored += structure.source_scored
        source_right += structure.source_right
        if figs.expected:
            per["recall"].append(figs.recall)
            per["precision"].append(figs.precision)
            if figs.found:
                per["metric"].append(figs.metric / figs.found)
                per["period"].append(figs.period / figs.found)
            if figs.resolved_scored:
                per["resolved"].append(figs.resolved / figs.resolved_scored)
        rows.append((path.stem, structure, figs))
    totals = {
        "articles": len(pairs),
        "structure_exact": exact,
        "structure_rate": exact / len(pairs) if pairs else float("nan"),
        "source_scored": source_scored,
        "source_right": source_right,
        "source_rate": source_right / source_scored if source_scored else float("nan"),
        "figures_expected": sum(f.expected for _, _, f in rows),
        "figures_found": sum(f.found for _, _, f in rows),
        **{name: round(mean(values), 4) for name, values in per.items()},
    }
    if args.json:
        print(orjson.dumps(totals).decode())
        return 0
    print(
        f"{'article':<44} {'struct':>6} {'source':>6} {'recall':>7} {'prec':>6} {'metric':>7} {'period':>7} {'resolv':>7}"
    )
    for name, structure, figs in rows:
        src = "-" if not structure.source_scored else ("ok" if structure.source_right else "MISS")
        print(
            f"{name[:44]:<44} {'ok' if structure.exact else 'MISS':>6} {src:>6} "
            f"{fmt(figs.found, figs.expected):>7} {figs.precision if figs.expected else float('nan'):>6.2f} "
            f"{fmt(figs.metric, figs.found):>7} {fmt(figs.period, figs.found):>7} "
            f"{fmt(figs.resolved, figs.resolved_scored):>7}"
        )
        if args.misses:
            for miss in structure.misses + figs.misses:
                print(f"    {miss}")
    print()
    print(
        f"structure exact {exact}/{len(pairs)} ({totals['structure_rate']:.0%}); "
        f"source right {source_right}/{source_scored} ({totals['source_rate']:.0%})"
    )
    print(
        "figures (mean over articles): "
        + ", ".join(f"{name} {mean(values):.3f}" for name, values in per.items())
        + f"; {totals['figures_found']}/{totals['figures_expected']} key figures found"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
