"""Search: no literal miss, ranking, the query language, folding, spans, cache faults, the CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, run_cli
from tui.core import cache
from tui.core.corpus import corpus_key, load_or_build
from tui.core.document import load_document, parse_text
from tui.core.model import Document
from tui.core.search import FORMAT_VERSION, SearchIndex, parse_query
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
    assert both and all("专精特新" in h.text and "小巨人" in h.text for h in both)
    either = index.search("小巨人 OR 一带一路", limit=None)
    assert {("小巨人" in h.text) or ("一带一路" in h.text) for h in either} == {True}
    assert any("一带一路" in h.text for h in either) and any("小巨人" in h.text for h in either)
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


def test_payload_round_trip(corpus: list[Document], index: SearchIndex) -> None:
    again = SearchIndex.from_payload(json.loads(json.dumps(index.to_payload())))
    for query in ("专精特新", "中小企业 订单", "5G OR 6G", '"一起益企"'):
        assert [(h.block_id, h.score) for h in again.search(query)] == [
            (h.block_id, h.score) for h in index.search(query)
        ]


def test_cache_faults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_doc: Document) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    docs = [seed_doc]
    name = f"index-{corpus_key(docs)}.json"
    first = load_or_build(docs)
    path = tmp_path / "interview-explorer" / name
    assert path.exists()
    expected = [(h.block_id, h.score) for h in first.search("专精特新")]
    good = path.read_bytes()
    for damage in (good[: len(good) // 2], b"garbage\n{}", b"", good.replace(b'"version":1', b'"version":0')):
        path.write_bytes(damage)
        again = load_or_build(docs)
        assert [(h.block_id, h.score) for h in again.search("专精特新")] == expected
    assert cache.load(name) is not None  # rebuilt and rewritten
    old = {**cache.load(name), "version": FORMAT_VERSION - 1}
    cache.save(name, old)
    assert [(h.block_id, h.score) for h in load_or_build(docs).search("专精特新")] == expected


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
    import tui.core.corpus as search_module

    clock = iter([0.0, 0.2, 0.4, 1.5, 1.6, 2.5])
    monkeypatch.setattr(search_module.time, "monotonic", lambda: next(clock))
    report = search_module.stderr_progress()
    report(1, 4)
    report(2, 4)
    assert capsys.readouterr().err == ""
    report(3, 4)
    report(4, 4)
    err = capsys.readouterr().err
    assert "3/4" in err and err.endswith("4/4 documents\n")


def test_positions_are_kept(index: SearchIndex) -> None:
    uids, tfs = index.term_postings("中小企业")
    assert len(uids) and len(uids) == len(tfs)
    positions = index.positions("中小企业", int(uids[0]))
    assert len(positions) == int(tfs[0]) and positions == sorted(positions)


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
    assert index.answer("没有这样的词语组合", limit=5).total == 0


def test_snippets_never_start_inside_a_number() -> None:
    from tui.core.search import _snippet

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
