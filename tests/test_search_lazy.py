"""Hits compute their text and highlights on first read: the values are those of an eager hit, whatever
is read first, and a hit is a Hit for every reader (fields, to_json, equality, copies)."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from tui.core.document import parse_text
from tui.core.index.highlight import snippet as make_snippet
from tui.core.index.wordmemo import _memos
from tui.core.model import Document, Hit
from tui.core.search import SearchIndex

_FILLER = "这一段是为测试写的长句子，用来让片段从中间截取而不是整段显示出来，内容都是编造的，"

_TEXTS = [
    "问：蓝鲸计划进展如何？\n\n答："
    + _FILLER * 2
    + "蓝鲸计划今年已覆盖三十七个县，带动投资约四百二十亿元。\n",
    "问：请介绍白鹭工程。\n\n答：白鹭工程与蓝鲸计划同步推进，" + _FILLER + "预计年底完成首批验收。\n",
    "问：下一步怎么做？\n\n答：" + _FILLER * 3 + "继续推进白鹭工程，蓝鲸计划也将扩展到沿海地区。\n",
]


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    # a headline over each: a page that opens with its question is named by it (the title rule)
    return [parse_text(f"答问{n}\n\n" + text, f"lazy{n}") for n, text in enumerate(_TEXTS)]


@pytest.fixture(scope="module")
def index(documents: list[Document]) -> SearchIndex:
    return SearchIndex.build(documents)


def _block_text(doc: Document, block_id: str | None) -> str:
    return next(block.text for _, block in doc.blocks() if block.id == block_id)


@pytest.mark.parametrize("word", ["蓝鲸计划", "白鹭工程"])
def test_lazy_fields_equal_the_eager_ones(index: SearchIndex, documents: list[Document], word: str) -> None:
    hits = index.search(word, limit=None)
    assert {h.doc_index for h in hits} == {n for n, t in enumerate(_TEXTS) if word in t}
    for hit in hits:
        text = _block_text(documents[hit.doc_index], hit.block_id)
        assert hit.text == text
        spans = [(i, i + len(word)) for i in range(len(text)) if text.startswith(word, i)]
        assert hit.spans == spans
        snippet, offset = make_snippet(text, spans)
        assert hit.snippet == snippet
        assert offset > 0 or len(text) <= 82  # the long answers are cut
        assert hit.snippet_spans == [(a - offset, b - offset) for a, b in spans if a >= offset]
        assert all(hit.snippet[a:b] == word for a, b in hit.snippet_spans)


def test_fields_read_in_any_order_agree(index: SearchIndex) -> None:
    first = index.search("蓝鲸计划 白鹭工程", limit=None)
    second = index.search("蓝鲸计划 白鹭工程", limit=None)
    assert [h.tier for h in first] == [1, 1, 2, 2, 2]  # two answers hold both words
    # one answer read snippet first, in order; the other text first, then spans, last hit first
    seen_first = [(h.snippet, h.snippet_spans, h.spans, h.text) for h in first]
    seen_second = [(h.text, h.spans, h.snippet_spans, h.snippet) for h in reversed(second)][::-1]
    seen_second = [(snip, snip_spans, spans, text) for text, spans, snip_spans, snip in seen_second]
    assert seen_first == seen_second
    assert first == second
    assert [h.to_json() for h in first] == [h.to_json() for h in second]
    assert [h.to_json()["tier"] for h in second] == [1, 1, 2, 2, 2]


def test_a_lazy_hit_is_a_hit(index: SearchIndex) -> None:
    hit = index.search("白鹭工程", limit=1)[0]
    assert isinstance(hit, Hit)
    plain = Hit(**{f.name: getattr(hit, f.name) for f in dataclasses.fields(Hit)})
    assert plain == hit and plain.to_json() == hit.to_json()
    assert dataclasses.replace(hit, tier=2).tier == 2
    assert copy.copy(hit).snippet == hit.snippet
    with pytest.raises(AttributeError):
        _ = hit.no_such_field  # type: ignore[attr-defined]


def test_remembered_queries_answer_the_same_and_are_bounded(documents: list[Document]) -> None:
    from tui.core.index.searcher import REMEMBERED

    index = SearchIndex.build(documents)
    first = [h.to_json() for h in index.search("蓝鲸计划 白鹭工程")]
    for n in range(REMEMBERED + 20):
        index.search(f"计划{n}")
    assert len(index._readings) <= REMEMBERED and len(index._prepared_queries) <= REMEMBERED
    assert [h.to_json() for h in index.search("蓝鲸计划 白鹭工程")] == first
    assert index.interpret("lj") is not index.interpret("lj")  # a fresh list each time: callers may change it


def test_remembered_words_answer_as_a_fresh_index(documents: list[Document]) -> None:
    """A segment remembers its words' postings and tested candidates: a query after others that share
    its words answers as a fresh index does (鲸计划 and 鹭工程, no terms, have candidates to test)."""
    fresh = SearchIndex.build(documents)
    expected = [h.to_json() for h in fresh.search("鲸计划 鹭工程", limit=None)]
    used = SearchIndex.build(documents)
    for query in ("鲸计划", "鹭工程", "鲸计划 -鹭工程", "鲸计划"):
        used.search(query, limit=None)
    assert any(what == "tested" for what, _ in _memos[used.views[0].segment].entries)
    assert [h.to_json() for h in used.search("鲸计划 鹭工程", limit=None)] == expected
    assert expected and all("鲸计划" in h["text"] or "鹭工程" in h["text"] for h in expected)  # type: ignore[operator]


def test_remembered_words_are_bounded(documents: list[Document], monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.core.index import wordmemo

    monkeypatch.setattr(wordmemo, "REMEMBERED_UNITS", 8)
    monkeypatch.setattr(wordmemo, "REMEMBERED_WORDS", 3)
    index = SearchIndex.build(documents)
    before = [h.to_json() for h in index.search("鲸计划 鹭工程", limit=None)]
    for word in ("蓝鲸", "白鹭", "计划", "工程", "推进", "县", "投资", "验收"):
        index.search(word)
    memo = _memos[index.views[0].segment]
    assert 0 < len(memo.entries) <= 3
    assert memo.units == sum(len(a) for found in memo.entries.values() for a in found) <= 8
    assert [h.to_json() for h in index.search("鲸计划 鹭工程", limit=None)] == before


def test_forget_empties_what_the_index_remembers() -> None:
    from tui.core.document import parse_text
    from tui.core.index import wordmemo
    from tui.core.index.searcher import SearchIndex

    index = SearchIndex.build(
        [parse_text("东江市规模以上工业增加值同比增长4.5%。\n\n东江市出口增长3.2%。\n")]
    )
    first = index.search("东江 增长")
    assert index._readings and index._prepared_queries
    assert any(wordmemo._memos.get(view.segment) for view in index.views)
    index.forget()
    assert not index._readings and not index._prepared_queries
    assert not any(wordmemo._memos.get(view.segment) for view in index.views)
    assert index.search("东江 增长") == first


def test_each_hit_names_its_own_sections_heading() -> None:
    """The headings of a page of hits are gathered at once: each hit still carries the heading of its own
    section (None before the first heading), whichever headings were read before."""
    text = (
        "某某部负责人谈新政\n\n开头一段提到青松计划。\n\n一、青松计划的由来\n\n青松计划起于山区。\n\n"
        "二、青松计划的做法\n\n青松计划分三步走。\n\n三、下一步\n\n青松计划还将扩围。\n"
    )
    doc = parse_text(text, "headings")
    expected = {block.text: heading for heading, block in _blocks_with_headings(doc)}
    index = SearchIndex.build([doc])
    hits = index.search("青松计划", limit=None)
    paragraphs = [h for h in hits if h.kind == "paragraph"]
    assert len(paragraphs) == 4
    assert {h.text: h.heading for h in paragraphs} == expected
    assert sorted(h.heading or "" for h in paragraphs) == [
        "",
        "一、青松计划的由来",
        "三、下一步",
        "二、青松计划的做法",
    ]


def _blocks_with_headings(doc: Document) -> list[tuple[str | None, object]]:
    return [(section.heading, block) for section in doc.sections for block in section.blocks]
