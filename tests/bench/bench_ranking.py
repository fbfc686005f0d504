"""Ranking benchmark: known-item queries over real articles, the explorer against Whoosh and tantivy.

    pip install 'whoosh==2.7.4' tantivy             # bench-only tools, not runtime dependencies
    python tests/bench/bench_ranking.py              # both sets of queries (those whose articles are here)
    python tests/bench/bench_ranking.py --set second # one of them: development or second
    python tests/bench/bench_ranking.py --dir PATH --queries FILE   # any folders with articles/ (repeat --dir)
    python tests/bench/bench_ranking.py --misses     # the explorer's misses, with the peers' ranks
    python tests/bench/bench_ranking.py --json       # the table as one JSON object

The queries are the 2-4 words an analyst types to find a paragraph they remember, each with the target
paragraph named by article and line. Two sets, each searched over its own collection:

- **development**: ``tests/bench/ranking_queries.tsv`` over ``../shared/realworld`` (27 articles), written with
  the equivalents table by the same author;
- **second**: ``tests/bench/ranking_queries_second.tsv`` over ``../fr-dev`` and ``../extra-dev`` together
  (23 articles), written by another author before the engine's best-match tiers existed.

The units are the paragraphs: every non-empty line of an article after its title. Three engines answer every
query in the same run, on the same paragraphs:

- **the explorer**: ``SearchIndex.build`` over the parsed documents and ``search`` (its public entry points);
  a hit is mapped back to its paragraph by its text, and the title, which is no paragraph, is left out;
- **Whoosh 2.7.4 + jieba**: ``jieba.analyse.ChineseAnalyzer``, BM25F, the query parsed with ``OrGroup``
  (any word may match);
- **tantivy + jieba**: the paragraphs and the query segmented by the same jieba tokenizer, BM25, a boolean
  query of ``Should`` terms (any word may match).

jieba carries the explorer's domain dictionary (``content/userdict.txt``) for all three, so the engines
differ in matching and ranking, not in segmentation. Scores: MRR@10 (1/rank of the first right paragraph in
the top 10, else 0), success@1 and success@10, for all queries and by kind (plain, abbreviation or synonym,
number). Without the articles or either peer the benchmark says so in one line and exits 0.

The articles are third-party texts: they are read from where they lie and never copied into the repository.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core import tokens  # noqa: E402
from tui.core.document import load_document  # noqa: E402
from tui.core.search import SearchIndex  # noqa: E402

DEFAULT_DIR = ROOT.parent / "shared" / "realworld"
QUERIES = Path(__file__).resolve().parent / "ranking_queries.tsv"
SECOND_QUERIES = Path(__file__).resolve().parent / "ranking_queries_second.tsv"


def beside(name: str) -> Path:
    """A folder next to the checkout (or next to the folder of worktrees that holds it)."""
    near = ROOT.parent / name
    return near if near.exists() or not (ROOT.parent.parent / name).exists() else ROOT.parent.parent / name


SETS: dict[str, tuple[tuple[Path, ...], Path]] = {
    "development": ((DEFAULT_DIR,), QUERIES),
    "second": ((beside("fr-dev"), beside("extra-dev")), SECOND_QUERIES),
}
"""Each set of queries and the folders (each with ``articles/``) searched as one collection for it."""
KINDS = ("plain", "abbrev", "number")
KIND_LABEL = {"all": "all", "plain": "plain", "abbrev": "abbreviation or synonym", "number": "number"}
DEPTH = 10
COPY_LIMIT = 10  # the house rule: no 10 consecutive characters of a third-party text in the repository

Paragraph = tuple[str, int]  # (article file name, 1-based line)
Engine = Callable[[str], list[Paragraph]]


class QueryFileError(ValueError):
    """The queries file does not hold what it should (one line says where)."""


@dataclass(frozen=True)
class KnownItem:
    """One query and the paragraphs that are right answers to it."""

    query: str
    kind: str
    article: str
    lines: tuple[int, ...]

    @property
    def targets(self) -> set[Paragraph]:
        return {(self.article, line) for line in self.lines}


def squeeze(text: str) -> str:
    """NFKC without any white space: how a hit's text and an article's line are compared."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def article_paths(folders: Iterable[Path]) -> list[Path]:
    """The articles of every folder (each one's ``*.txt``), in order; a file name must be unique."""
    paths: list[Path] = []
    for folder in folders:
        paths.extend(sorted(folder.glob("*.txt")))
    names = [p.name for p in paths]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise QueryFileError(f"two articles are named {twice[0]}")
    return paths


def read_paragraphs(articles: Path | Iterable[Path]) -> dict[Paragraph, str]:
    """Every non-empty line after the title of every article of the folder(s), keyed by (file name, line)."""
    out: dict[Paragraph, str] = {}
    for path in article_paths([articles] if isinstance(articles, Path) else articles):
        lines = path.read_text(encoding="utf-8-sig").split("\n")
        for number, line in enumerate(lines[1:], start=2):
            if line.strip():
                out[(path.name, number)] = line.strip()
    return out


def load_queries(path: Path, paragraphs: dict[Paragraph, str]) -> list[KnownItem]:
    """Read and check the queries file: kinds known, targets real paragraphs, no phrase copied."""
    items: list[KnownItem] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 4:
            raise QueryFileError(f"{path.name}:{number}: expected 4 tab-separated fields, got {len(fields)}")
        query, kind, article, lines = fields
        if kind not in KINDS:
            raise QueryFileError(f"{path.name}:{number}: unknown kind {kind!r}")
        try:
            item = KnownItem(query, kind, article, tuple(int(x) for x in lines.split(",")))
        except ValueError:
            raise QueryFileError(f"{path.name}:{number}: lines must be numbers, got {lines!r}") from None
        missing = [line for line in item.lines if (article, line) not in paragraphs]
        if missing:
            raise QueryFileError(f"{path.name}:{number}: {article} has no paragraph at line {missing[0]}")
        if _copies(query, "\n".join(t for (a, _), t in paragraphs.items() if a == article)):
            raise QueryFileError(
                f"{path.name}:{number}: the query copies {COPY_LIMIT}+ characters of {article}"
            )
        items.append(item)
    return items


def _copies(query: str, text: str) -> bool:
    run = query.replace(" ", "")
    return any(run[i : i + COPY_LIMIT] in text for i in range(len(run) - COPY_LIMIT + 1))


# engines ------------------------------------------------------------------------------------------------


def explorer_engine(articles: Path | Iterable[Path], paragraphs: dict[Paragraph, str]) -> Engine:
    """The explorer's index over the parsed articles; hits mapped back to paragraphs by their text."""
    folders = [articles] if isinstance(articles, Path) else list(articles)
    documents = [load_document(path) for path in article_paths(folders)]
    index = SearchIndex.build(documents)
    by_article: dict[str, list[tuple[int, str]]] = {}
    for (article, line), text in paragraphs.items():
        by_article.setdefault(article, []).append((line, squeeze(text)))

    def locate(article: str, text: str) -> Paragraph | None:
        wanted = squeeze(text)
        candidates = [(line, t) for line, t in by_article.get(article, []) if wanted and wanted in t]
        if not candidates:
            return None  # the title, which is not a paragraph
        line, _ = min(candidates, key=lambda c: (c[1] != wanted, len(c[1])))
        return (article, line)

    def run(query: str) -> list[Paragraph]:
        found = (locate(hit.doc, hit.text) for hit in index.search(query, limit=5 * DEPTH))
        return _first_distinct(p for p in found if p is not None)

    return run


def whoosh_engine(paragraphs: dict[Paragraph, str], folder: str) -> Engine:
    """Whoosh 2.7 with jieba's ChineseAnalyzer, BM25F, any word may match."""
    from jieba.analyse import ChineseAnalyzer
    from whoosh import index as windex
    from whoosh.fields import STORED, TEXT, Schema
    from whoosh.qparser import OrGroup, QueryParser

    schema = Schema(key=STORED, body=TEXT(analyzer=ChineseAnalyzer()))
    ix = windex.create_in(folder, schema)
    writer = ix.writer()
    for key, text in paragraphs.items():
        writer.add_document(key=key, body=text)
    writer.commit()
    searcher = ix.searcher()
    parser = QueryParser("body", ix.schema, group=OrGroup)

    def run(query: str) -> list[Paragraph]:
        hits = searcher.search(parser.parse(query), limit=DEPTH)
        return [tuple(hit["key"]) for hit in hits]  # type: ignore[misc]

    return run


def jieba_terms(text: str) -> list[str]:
    """jieba search-mode tokens as Whoosh's ChineseAnalyzer keeps them (lower case, no stop words)."""
    from jieba.analyse.analyzer import STOP_WORDS, ChineseTokenizer

    return [t.text.lower() for t in ChineseTokenizer()(text) if t.text.lower() not in STOP_WORDS]


def tantivy_engine(paragraphs: dict[Paragraph, str]) -> Engine:
    """tantivy on text segmented by jieba beforehand (whitespace tokenizer), BM25, any word may match."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("uid", stored=True)
    builder.add_text_field("body", tokenizer_name="whitespace")
    schema = builder.build()
    index = tantivy.Index(schema)
    writer = index.writer()
    keys = list(paragraphs)
    for uid, key in enumerate(keys):
        writer.add_document(tantivy.Document(uid=uid, body=" ".join(jieba_terms(paragraphs[key]))))
    writer.commit()
    index.reload()
    searcher = index.searcher()

    def run(query: str) -> list[Paragraph]:
        terms = [tantivy.Query.term_query(schema, "body", t) for t in jieba_terms(query)]
        if not terms:
            return []
        parsed = tantivy.Query.boolean_query([(tantivy.Occur.Should, t) for t in terms])
        hits = searcher.search(parsed, DEPTH).hits
        return [keys[searcher.doc(address)["uid"][0]] for _, address in hits]

    return run


def _first_distinct(found: Iterable[Paragraph]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for paragraph in found:
        if paragraph not in out:
            out.append(paragraph)
            if len(out) == DEPTH:
                break
    return out


# scoring ------------------------------------------------------------------------------------------------


def rank(results: list[Paragraph], item: KnownItem) -> int | None:
    """The 1-based rank of the first right paragraph within the top ``DEPTH``, or None."""
    targets = item.targets
    return next((i for i, p in enumerate(results[:DEPTH], start=1) if p in targets), None)


def summarize(ranks: list[int | None]) -> dict[str, float]:
    """MRR@10, success@1 and success@10 of a list of ranks (None: not in the top 10)."""
    n = len(ranks)
    if not n:
        return {"n": 0, "mrr": 0.0, "s1": 0.0, "s10": 0.0}
    return {
        "n": n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "s1": sum(1 for r in ranks if r == 1) / n,
        "s10": sum(1 for r in ranks if r) / n,
    }


def score(items: list[KnownItem], ranks: list[int | None]) -> dict[str, dict[str, float]]:
    """The summary for all queries and for each kind."""
    out = {"all": summarize(ranks)}
    for kind in KINDS:
        out[kind] = summarize([r for item, r in zip(items, ranks, strict=True) if item.kind == kind])
    return out


def table(scores: dict[str, dict[str, dict[str, float]]]) -> list[str]:
    """A Markdown table: one row per engine and kind of query."""
    rows = ["| engine | queries | n | MRR@10 | success@1 | success@10 |", "|---|---|---|---|---|---|"]
    for part in ("all", *KINDS):
        for engine, by_kind in scores.items():
            s = by_kind[part]
            rows.append(
                f"| {engine} | {KIND_LABEL[part]} | {s['n']:.0f} | {s['mrr']:.3f} | {s['s1']:.3f} | {s['s10']:.3f} |"
            )
    return rows


def misses(
    items: list[KnownItem], ranks: dict[str, list[int | None]], answers: list[list[Paragraph]]
) -> list[str]:
    """The explorer's queries whose right paragraph is not first, with every engine's rank."""
    out: list[str] = []
    for i, item in enumerate(items):
        ours = ranks["explorer"][i]
        if ours == 1:
            continue
        others = "  ".join(f"{name} {_shown(r[i])}" for name, r in ranks.items() if name != "explorer")
        first = f"{answers[i][0][0][:3]}:{answers[i][0][1]}" if answers[i] else "nothing"
        out.append(
            f"{_shown(ours):>4}  {item.kind:<6} {item.query}  → {item.article[:3]}:{','.join(map(str, item.lines))}"
            f"  (explorer's first: {first}; {others})"
        )
    return out


def _shown(r: int | None) -> str:
    return str(r) if r else "—"


# running ------------------------------------------------------------------------------------------------


def skip_reason(folder: Path | Iterable[Path]) -> str | None:
    """Why the benchmark cannot run here, or None."""
    for one in [folder] if isinstance(folder, Path) else folder:
        if not (one / "articles").is_dir():
            return f"bench_ranking: skipped, no real articles at {one}/articles"
    missing = [name for name in ("whoosh", "tantivy") if importlib.util.find_spec(name) is None]
    if missing:
        return f"bench_ranking: skipped, {' and '.join(missing)} not installed (pip install 'whoosh==2.7.4' tantivy)"
    return None


def run(
    folders: Path | Iterable[Path], queries: Path
) -> tuple[list[KnownItem], dict[str, list[int | None]], list[list[Paragraph]]]:
    """Every engine's rank of every query, and the explorer's answers."""
    articles = [f / "articles" for f in ([folders] if isinstance(folders, Path) else folders)]
    paragraphs = read_paragraphs(articles)
    items = load_queries(queries, paragraphs)
    tokens.jieba()  # one jieba, with the domain dictionary, for the three engines
    with tempfile.TemporaryDirectory() as tmp:
        engines = {
            "explorer": explorer_engine(articles, paragraphs),
            "Whoosh + jieba": whoosh_engine(paragraphs, tmp),
            "tantivy + jieba": tantivy_engine(paragraphs),
        }
        answers = {name: [engine(item.query) for item in items] for name, engine in engines.items()}
    ranks = {
        name: [rank(a, item) for a, item in zip(found, items, strict=True)] for name, found in answers.items()
    }
    return items, ranks, answers["explorer"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=[*SETS, "all"], default="all", help="which set of queries")
    parser.add_argument("--dir", type=Path, action="append", help="a folder with articles/ (repeatable)")
    parser.add_argument("--queries", type=Path, help="the known-item queries (TSV), with --dir")
    parser.add_argument("--misses", action="store_true", help="list the explorer's misses")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    args = parser.parse_args(argv)
    if args.dir or args.queries:
        sets = {"given": (tuple(args.dir or [DEFAULT_DIR]), args.queries or QUERIES)}
    else:
        sets = {name: found for name, found in SETS.items() if args.set in (name, "all")}
    results: dict[str, dict[str, dict[str, dict[str, float]]]] = {}
    for name, (folders, queries) in sets.items():
        reason = skip_reason(folders)
        if reason:
            print(reason.replace("skipped", f"{name} set skipped"))
            continue
        try:
            items, ranks, answers = run(folders, queries)
        except (OSError, QueryFileError) as error:
            print(f"bench_ranking: {error}", file=sys.stderr)
            return 2
        results[name] = {engine: score(items, r) for engine, r in ranks.items()}
        if args.json:
            continue
        articles = len(article_paths(f / "articles" for f in folders))
        units = len(read_paragraphs([f / "articles" for f in folders]))
        print(f"{name}: {len(items)} known-item queries over {articles} articles, {units} paragraphs")
        print("\n".join(table(results[name])))
        if args.misses:
            print()
            print("explorer: rank, kind, query → article:line (— not in the top 10)")
            print("\n".join(misses(items, ranks, answers)))
        print()
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
