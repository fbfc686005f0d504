"""Search benchmark: our index against plain jieba segmentation (the floor) and Whoosh 2.7 + jieba.

    pip install 'whoosh==2.7.4'        # bench-only dependency; without it the Whoosh rows are skipped
    python tests/bench/bench_search.py [--n 2000] [--queries 500]

Everything is measured in the same run on the same deterministic corpus (tests/bench/corpus.py), and the
result is printed as ratios, since absolute times on these machines are noisy.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from tui.core import tokens
from tui.core.corpus import corpus_key, load_or_build
from tui.core.document import parse_text
from tui.core.model import Document
from tui.core.search import Query, SearchIndex


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def unit_texts(docs: list[Document]) -> list[str]:
    out: list[str] = []
    for doc in docs:
        if doc.title:
            out.append(doc.title)
        for section in doc.sections:
            if section.heading:
                out.append(section.heading)
            out.extend(b.text for b in section.blocks)
    return out


def time_jieba(texts: list[str]) -> float:
    jieba = tokens.jieba()
    start = time.perf_counter()
    for text in texts:
        for _ in jieba.tokenize(text, mode="search"):
            pass
    return time.perf_counter() - start


def time_ours(docs: list[Document]) -> tuple[float, SearchIndex]:
    gc.collect()
    start = time.perf_counter()
    index = SearchIndex.build(docs)
    return time.perf_counter() - start, index


def query_times(run, queries: list[str], repeat: int = 1, before=lambda: None) -> list[float]:  # type: ignore[no-untyped-def]
    """Each query's best of ``repeat`` runs in ms; ``before`` runs untimed before each (``index.forget``: every
    run costs what a query never asked costs, not what the index remembers of it)."""
    out: list[float] = []
    for query in queries:
        best = float("inf")
        for _ in range(repeat):
            before()
            start = time.perf_counter()
            run(query)
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return out


def pinyin_overhead(index: SearchIndex, queries: list[str], results: dict[str, float]) -> None:
    """What reading a query as pinyin adds to its answer: ``search("zhuanjingtexin")`` against
    ``search`` of the term it is read as, for the single-term queries of the mix typed in pinyin."""
    from pypinyin import lazy_pinyin

    index._pinyin = None
    start = time.perf_counter()
    index.pinyin_reader()
    build = time.perf_counter() - start
    terms = [
        q for q in dict.fromkeys(queries) if index.has_term(q) and all("\u4e00" <= c <= "\u9fff" for c in q)
    ]
    typed = ["".join(lazy_pinyin(t)) for t in terms]
    read_as = [index.interpret(p)[0].query for p in typed]
    pinyin = query_times(lambda q: index.search(q, limit=50), typed, repeat=3, before=index.forget)
    direct = [t for t in query_times_parsed(index, read_as)]
    extra = [p - d for p, d in zip(pinyin, direct, strict=True)]
    same = sum(1 for t, q in zip(terms, read_as, strict=True) if q.clauses and q.clauses[0][0].text == t)
    p50, p99 = statistics.median(extra), percentile(extra, 99)
    print(
        f"pinyin: reader built once in {build:.3f} s; {len(typed)} single-term queries typed in pinyin: reading "
        f"adds p50 {p50:.3f} ms, p99 {p99:.3f} ms; read as the intended term for {same}/{len(typed)}"
    )
    results.update(pinyin_build_s=build, pinyin_extra_p50_ms=p50, pinyin_extra_p99_ms=p99)


def query_times_parsed(index: SearchIndex, parsed: list[Query]) -> list[float]:
    out: list[float] = []
    for query in parsed:
        best = float("inf")
        for _ in range(3):
            index.forget()
            start = time.perf_counter()
            index.search(query, limit=50)
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return out


def whoosh_setup(docs: list[Document], folder: str):  # type: ignore[no-untyped-def]
    try:
        from jieba.analyse import ChineseAnalyzer
        from whoosh import index as windex
        from whoosh.fields import ID, TEXT, Schema
        from whoosh.qparser import QueryParser
    except ImportError:
        return None, None
    schema = Schema(uid=ID(stored=True), content=TEXT(stored=False, analyzer=ChineseAnalyzer()))
    start = time.perf_counter()
    ix = windex.create_in(folder, schema)
    writer = ix.writer()
    for uid, text in enumerate(unit_texts(docs)):
        writer.add_document(uid=str(uid), content=text)
    writer.commit()
    build = time.perf_counter() - start
    searcher = ix.searcher()
    parser = QueryParser("content", ix.schema)

    def run(query: str) -> None:
        try:
            q = parser.parse(query)
        except Exception:  # Whoosh's parser raises on some inputs; ours does not
            return
        list(searcher.search(q, limit=50))

    return build, run


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000, help="articles in the corpus")
    ap.add_argument("--queries", type=int, default=500, help="queries to run")
    args = ap.parse_args()
    results = run(args.n, args.queries)
    print("RESULTS " + json.dumps(results))
    return 0


def run(n: int = 2000, query_count: int = 500) -> dict[str, float]:
    """Measure everything once; print a readable account and return the figures."""
    results: dict[str, float] = {}
    articles = corpus.generate_articles(n)
    docs = [parse_text(text, name) for name, text in articles]
    queries = corpus.generate_queries(articles, query_count)
    texts = unit_texts(docs)
    chars = sum(len(t) for t in texts)
    print(
        f"corpus: {len(docs)} articles, {len(texts)} blocks and headings, {chars:,} characters; {len(queries)} queries"
    )

    tokens.jieba()
    time_jieba(texts[:200])  # warm caches
    floor = min(time_jieba(texts) for _ in range(2))
    build, index = min((time_ours(docs) for _ in range(2)), key=lambda x: x[0])
    print(f"plain jieba search-mode segmentation: {floor:.2f} s (baseline)")
    print(f"our index build:                      {build:.2f} s = {build / floor:.2f}x jieba")
    results.update(jieba_s=floor, build_s=build, build_ratio=build / floor, units=len(texts), chars=chars)
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    ours = query_times(lambda q: index.search(q, limit=50), queries, repeat=3, before=index.forget)
    ours_p50, ours_p99 = statistics.median(ours), percentile(ours, 99)
    print(f"our queries: p50 {ours_p50:.3f} ms, p99 {ours_p99:.3f} ms, max {max(ours):.3f} ms")
    results.update(p50_ms=ours_p50, p99_ms=ours_p99)

    pinyin_overhead(index, queries, results)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = tmp
        load_or_build(docs)
        size = sum(
            p.stat().st_size
            for p in (Path(tmp) / "interview-explorer" / "sets").glob(f"{corpus_key(docs)}-*")
        )
        loads = []
        for _ in range(3):
            gc.collect()
            start = time.perf_counter()
            load_or_build(docs)
            loads.append(time.perf_counter() - start)
        load = min(loads)
        print(f"cached index load: {load:.3f} s = {load / floor:.2f}x jieba ({size / 1e6:.1f} MB on disk)")
        results.update(load_s=load, cache_mb=size / 1e6)

        wbuild, wrun = whoosh_setup(docs, tmp)
        if wrun is None:
            print("whoosh: not installed (pip install 'whoosh==2.7.4') — skipped")
            return results
        theirs = query_times(wrun, queries, repeat=3)
        w50, w99 = statistics.median(theirs), percentile(theirs, 99)
        print(f"whoosh build:   {wbuild:.2f} s = {wbuild / floor:.2f}x jieba")
        print(f"whoosh queries: p50 {w50:.3f} ms, p99 {w99:.3f} ms")
        results.update(
            whoosh_build_s=wbuild, whoosh_build_ratio=wbuild / floor, whoosh_p50_ms=w50, whoosh_p99_ms=w99
        )
        print()
        print("| measure | ours | Whoosh 2.7 + jieba | ratio |")
        print("|---|---|---|---|")
        print(
            f"| build (× plain jieba) | {build / floor:.2f}× | {wbuild / floor:.2f}× | {wbuild / build:.1f}× faster |"
        )
        print(f"| query p50 | {ours_p50:.3f} ms | {w50:.3f} ms | {w50 / ours_p50:.1f}× faster |")
        print(f"| query p99 | {ours_p99:.3f} ms | {w99:.3f} ms | {w99 / ours_p99:.1f}× faster |")
        print(f"| cached load | {load:.3f} s | — | |")
    return results


if __name__ == "__main__":
    raise SystemExit(main())
