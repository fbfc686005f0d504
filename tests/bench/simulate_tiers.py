"""Size issue #16's phase 2 before it is built: the proposed ranking simulated from the engine's public calls.

    python tests/bench/simulate_tiers.py             # the ranking benchmark's queries and articles

Not the engine, an experiment: each typed word is searched alone (``SearchIndex.search``, the query
language's ``A OR B`` for its readings), and the units are ranked by

1. every typed word matched (today's all-match answer comes first),
2. coordination: the sum of the idf of the typed words matched, plus half the idf of the jieba terms of a
   typed word that match on their own (a long word such as 研发投入强度 counts in part),
3. the sum of the engine's own scores of those searches.

Readings of a word are optional: the genre's equivalents (:mod:`tui.core.equivalents`) and the literal
forms of its numbers (:mod:`tui.core.numberforms`). Each row switches one part on, so the table says what
each is worth. Scores as in ``bench_ranking.py``; delete this script when phase 2 lands and the benchmark
measures the real thing.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_ranking as bench

from tui.core import tokens
from tui.core.document import load_document
from tui.core.equivalents import expand
from tui.core.numberforms import numbers_in
from tui.core.search import SearchIndex

Unit = tuple[str, str]  # (document name, unit text)


def readings(word: str, equivalents: bool, numbers: bool) -> list[str]:
    """The word as typed, then its other spellings."""
    normalized = tokens.norm(word)
    out = [normalized]
    if equivalents:
        out += [form for expansion in expand(normalized) for form in expansion.forms]
    if numbers:
        for n in numbers_in(normalized):
            out += [normalized[: n.start] + form + normalized[n.end :] for form in n.forms[1:]]
    return list(dict.fromkeys(out))


def simulated(index: SearchIndex, locate, *, partial: bool, equivalents: bool, numbers: bool):  # type: ignore[no-untyped-def]
    """An engine (query → paragraphs) ranking as the docstring says."""
    n = len(index)

    def scores(query: str) -> dict[Unit, float]:
        return {(h.doc, h.text): h.score for h in index.search(query, limit=None)}

    def idf(found: dict[Unit, float]) -> float:
        return math.log(1 + n / (1 + len(found)))

    def run(query: str) -> list[bench.Paragraph]:
        words = [scores(" OR ".join(readings(w, equivalents, numbers))) for w in query.split()]
        parts = [
            scores(term)
            for w in query.split()
            if partial
            for term in tokens.query_words(w)
            if term != tokens.norm(w)
        ]
        units = set().union(*words, *parts)

        def key(unit: Unit) -> tuple[bool, float, float]:
            coordination = sum(idf(f) for f in words if unit in f) + 0.5 * sum(
                idf(f) for f in parts if unit in f
            )
            score = sum(f[unit] for f in words if unit in f) + 0.5 * sum(f[unit] for f in parts if unit in f)
            return all(unit in f for f in words), coordination, score

        ranked = sorted(units, key=key, reverse=True)
        return bench._first_distinct(p for p in (locate(doc, text) for doc, text in ranked) if p is not None)

    return run


def main() -> int:
    folder = bench.DEFAULT_DIR
    reason = bench.skip_reason(folder)
    if reason:
        print(reason.replace("bench_ranking", "simulate_tiers"))
        return 0
    paragraphs = bench.read_paragraphs(folder / "articles")
    items = bench.load_queries(bench.QUERIES, paragraphs)
    tokens.jieba()
    index = SearchIndex.build([load_document(p) for p in sorted((folder / "articles").glob("*.txt"))])
    lines: dict[str, list[tuple[int, str]]] = {}
    for (article, line), text in paragraphs.items():
        lines.setdefault(article, []).append((line, bench.squeeze(text)))

    def locate(article: str, text: str) -> bench.Paragraph | None:
        wanted = bench.squeeze(text)
        found = [(line, t) for line, t in lines.get(article, []) if wanted and wanted in t]
        return (article, min(found, key=lambda c: (c[1] != wanted, len(c[1])))[0]) if found else None

    today = bench.explorer_engine(folder / "articles", paragraphs)
    variants = {
        "explorer today": today,
        "tiers (typed words)": simulated(index, locate, partial=False, equivalents=False, numbers=False),
        "tiers + term credit": simulated(index, locate, partial=True, equivalents=False, numbers=False),
        "+ numbers": simulated(index, locate, partial=True, equivalents=False, numbers=True),
        "+ equivalents": simulated(index, locate, partial=True, equivalents=True, numbers=False),
        "+ equivalents + numbers": simulated(index, locate, partial=True, equivalents=True, numbers=True),
    }
    scores = {
        name: bench.score(items, [bench.rank(run(i.query), i) for i in items])
        for name, run in variants.items()
    }
    print(f"{len(items)} known-item queries; simulated rankings (not the engine), see the docstring")
    print("\n".join(bench.table(scores)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
