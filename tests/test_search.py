"""Search: no literal miss, ranking, the query language, folding, spans, readings as data, the cache of an
index of parsed documents (faults, bounds), the CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, run_cli
from tui.core.corpus import MAX_SETS, corpus_key, load_or_build
from tui.core.document import load_document, parse_text
from tui.core.index.build import Progress
from tui.core.index.highlight import snippet as make_snippet
from tui.core.model import Document
from tui.core.search import SearchIndex, Word, parse_query
from tui.core.tokens import norm


@pytest.fixture(scope="module")
def corpus(seed_doc: Document) -> list[Document]:
    return [seed_doc] + [load_document(p) for p in sorted((DATA / "articles").glob("*.txt"))]


@pytest.fixture(scope="module")
def index(corpus: list[Document]) -> SearchIndex:
    return SearchIndex.build(corpus)


def _units(corpus: list[Document]) -> list[tuple[int, str | None, str]]:
    out: list[tuple[int, str | None, str]] = []
    for d, doc in enumerate(corpus):
        for _, block in doc.blocks():
            out.append((d, block.id, block.text))
    return out


def test_no_literal_miss(corpus: list[Document], index: SearchIndex) -> None:
    rng = random.Random(7)
    units = _units(corpus)
    for _ in range(400):
        _, _, text = rng.choice(units)
        size = rng.randint(2, 6)
        start = rng.randrange(0, max(1, len(text) - size))
        needle = text[start : start + size].strip()
        if len(needle) < 2 or '"' in needle or needle.startswith("-") or " " in needle:
            continue
        if all(not ch.isalnum() for ch in needle):
            continue  # punctuation-only queries return nothing by design
        expected = {(d, b) for d, b, t in units if norm(needle) in norm(t)}
        hits = index.search(f'"{needle}"', limit=None)
        got = {(h.doc_index, h.block_id) for h in hits if h.block_id}
        assert expected <= got, needle
        assert hits and norm(needle) in norm(hits[0].text)


def test_literal_match_ranks_first(index: SearchIndex) -> None:
    hits = index.search("中小企业 订单", limit=None)
    assert hits
    literal = [h for h in hits if "中小企业" in h.text and "订单" in h.text]
    assert literal and hits[0] in literal
    hits = index.search("专精特新", limit=None)
    assert hits[0].text.count("专精特新") >= 1
    assert all("专精特新" in h.text for h in hits)


def test_headings_are_found(index: SearchIndex) -> None:
    hits = index.search("锻造新优势")
    assert hits[0].block_id is None and hits[0].kind == "heading"
    assert hits[0].text.startswith("锻造新优势")


def test_query_language(index: SearchIndex) -> None:
    both = index.search("专精特新 小巨人", limit=None)
    first = [h for h in both if h.tier == 1]
    assert first and all("专精特新" in h.text and "小巨人" in h.text for h in first)
    assert all(("专精特新" in h.text) != ("小巨人" in h.text) for h in both if h.tier == 2)
    either = index.search("小巨人 OR 一带一路", limit=None)
    assert {("小巨人" in h.text) or ("一带一路" in h.text) for h in either} == {True}
    assert any("一带一路" in h.text for h in either) and any("小巨人" in h.text for h in either)
    assert {h.tier for h in either} == {1}
    excluded = index.search("专精特新 -小巨人", limit=None)
    assert excluded and all("小巨人" not in h.text for h in excluded)
    phrase = index.search('"稳工业增长"', limit=None)
    assert phrase and all("稳工业增长" in h.text for h in phrase)


@pytest.mark.parametrize(
    "query", ["", "   ", "。，！", '"', "-", "OR", "OR OR", "- -", '"""', "(", "*", "\\", "-OR"]
)
def test_empty_and_stray_queries(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_width_and_case_folding(index: SearchIndex) -> None:
    plain = [(h.doc_index, h.block_id) for h in index.search("5G", limit=None)]
    assert plain
    assert [(h.doc_index, h.block_id) for h in index.search("５Ｇ", limit=None)] == plain
    assert [(h.doc_index, h.block_id) for h in index.search("5g", limit=None)] == plain


def test_spans_point_at_matches(index: SearchIndex) -> None:
    for query in ("专精特新", "中小企业 订单", "5G", "47.8万家"):
        for hit in index.search(query, limit=None):
            assert hit.spans
            for start, end in hit.spans:
                assert 0 <= start < end <= len(hit.text)
            for start, end in hit.snippet_spans:
                assert (
                    hit.snippet[start:end]
                    == hit.text[hit.text.index(hit.snippet) + start : hit.text.index(hit.snippet) + end]
                )


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_nothing_a_user_types_raises(query: str) -> None:
    idx = _small_index()
    for hit in idx.search(query):
        assert all(0 <= s < e <= len(hit.text) for s, e in hit.spans)
    parse_query(query)


_SMALL: list[SearchIndex] = []


def _small_index() -> SearchIndex:
    if not _SMALL:
        _SMALL.append(
            SearchIndex.build(
                [parse_text("问:专精特新企业有多少?\n\n答:已培育10.3万家,5G工厂300家。\n", "t")]
            )
        )
    return _SMALL[0]


def test_readings_are_data(index: SearchIndex) -> None:
    typed = index.interpret("专精特新")[0]
    assert (typed.how, typed.typed, typed.term, typed.label) == ("typed", "专精特新", None, None)
    traditional = index.interpret("專精特新")[0]
    assert (traditional.how, traditional.term) == ("simplified", "专精特新")
    pinyin = index.interpret("zjtx")
    assert pinyin[0].how == "initials" and pinyin[0].term == "专精特新" and pinyin[0].typed == "zjtx"
    assert all(r.term and [c.typed for c in r.query.clauses] == [(Word(r.term),)] for r in pinyin)
    assert all(r.variants == () for r in [typed, traditional, *pinyin])
    nothing = index.interpret("qwxz")
    assert len(nothing) == 1 and nothing[0].how == "none" and nothing[0].term is None
    assert index.search("qwxz") == []


def _set_files(cache_root: Path) -> list[Path]:
    return sorted((cache_root / "interview-explorer" / "sets").glob("*.bin"))


def _answers(index: SearchIndex) -> list[list[tuple[str | None, float]]]:
    return [
        [(h.block_id, h.score) for h in index.search(q)] for q in ("专精特新", "中小企业 订单", "5G OR 6G")
    ]


def test_cached_index_answers_as_built(isolated_cache: Path, corpus: list[Document]) -> None:
    built = load_or_build(corpus)
    files = _set_files(isolated_cache)
    assert len(files) == 1 and files[0].name.startswith(corpus_key(corpus))
    again = load_or_build(corpus)
    assert _answers(again) == _answers(built) and _answers(built)[0]
    assert _set_files(isolated_cache) == files  # loaded, not rebuilt


def test_cache_faults(isolated_cache: Path, seed_doc: Document) -> None:
    docs = [seed_doc]
    expected = _answers(load_or_build(docs))
    (path,) = _set_files(isolated_cache)
    good = path.read_bytes()
    flipped = bytearray(good)
    flipped[len(good) // 2] ^= 0xFF
    for damage in (good[: len(good) // 2], b"garbage", b"", bytes(flipped), good[:100]):
        path.write_bytes(damage)
        assert _answers(load_or_build(docs)) == expected
        assert path.read_bytes() == good  # rebuilt and rewritten, byte for byte
    other = path.with_name(path.name.replace(path.name[:8], "0" * 8))
    path.rename(other)  # an index of other documents (or of another version): never taken for this one
    assert _answers(load_or_build(docs)) == expected


def test_document_sets_are_bounded(isolated_cache: Path) -> None:
    for i in range(MAX_SETS + 3):
        load_or_build([parse_text(f"问:第{i}个问题?\n\n答:回答{i}。\n", f"t{i}")])
    keys = {p.name.split("-", 1)[0] for p in _set_files(isolated_cache)}
    assert len(keys) == MAX_SETS


def test_unwritable_cache_is_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_doc: Document
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load_or_build([seed_doc]).search("专精特新")


def test_search_cli(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    result = run_cli("search", "专精特新", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["query"] == "专精特新" and data["hits"]
    assert {"doc", "section", "block_id", "score", "text", "snippet", "spans"} <= data["hits"][0].keys()
    text = run_cli("search", "专精特新", env=env)
    assert "【专精特新】" in text.stdout
    queries = tmp_path / "q.txt"
    queries.write_text("专精特新\n中小企业 订单\n\n5G OR 6G\n", encoding="utf-8")
    lines = run_cli("search", "--queries", str(queries), env=env).stdout.splitlines()
    assert [json.loads(line)["query"] for line in lines] == ["专精特新", "中小企业 订单", "", "5G OR 6G"]
    folder = run_cli("search", "就业", str(DATA / "articles"), "--json", "--limit", "3", env=env)
    assert folder.returncode == 0 and len(json.loads(folder.stdout)["hits"]) == 3


def test_progress_is_reported_only_after_a_second(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.core.corpus as corpus_module

    clock = iter([0.0, 0.2, 0.4, 1.5, 1.6, 2.5])
    monkeypatch.setattr(corpus_module.time, "monotonic", lambda: next(clock))
    report = corpus_module.stderr_progress()
    report(Progress(1, 4, 0.2))
    report(Progress(2, 4, 0.4))
    assert capsys.readouterr().err == ""
    report(Progress(3, 4, 1.5))
    report(Progress(4, 4, 2.0))
    err = capsys.readouterr().err
    assert "3/4 files, 2 files/s, 0 s left" in err and err.rstrip().endswith("4/4 files, 2 files/s")


def test_terms_are_counted_over_live_units(index: SearchIndex) -> None:
    assert index.has_term("中小企业") and 0 < index.df("中小企业") <= len(
        [h for h in index.search('"中小企业"', limit=None) if "中小企业" in norm(h.text)]
    )
    assert not index.has_term("没有这样的词")


def test_read_only_cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_doc: Document) -> None:
    import os

    folder = tmp_path / "interview-explorer"
    folder.mkdir()
    folder.chmod(0o500)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    try:
        hits = load_or_build([seed_doc]).search("专精特新")
        assert hits
        if os.geteuid() != 0:  # root writes anyway; for everyone else nothing may be left behind
            assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_answer_reports_the_total_beyond_the_limit(index: SearchIndex) -> None:
    everything = index.answer("企业", limit=None)
    assert everything.total == len(everything.hits) > 3
    cut = index.answer("企业", limit=2)
    assert cut.shown == 2 and cut.total == everything.total
    assert [h.block_id for h in cut.hits] == [h.block_id for h in everything.hits[:2]]
    assert index.answer("龘靐", limit=5).total == 0


def test_snippets_never_start_inside_a_number() -> None:
    _snippet = make_snippet
    text = (
        "前言部分的一段铺垫文字，" * 6
        + "截至目前累计培育优质中小企业12345家，数量继续增加"
        + "，其后的文字" * 8
    )
    at = text.index("2345")
    snippet, offset = _snippet(text, [(at, at + 4)], width=12)
    assert offset <= text.index("12345") and text[offset:].startswith(snippet)
    assert not (text[offset - 1].isdigit() and text[offset].isdigit())
    at = text.index("数量")
    snippet, offset = _snippet(text, [(at, at + 2)], width=20)
    assert text[offset - 1] in "，。" and "数量" in snippet
