"""Search for every reader: pinyin (full, spaced, tone marks, tone numbers, initials, prefixes) and
traditional characters, on the bundled interview and on a traditional-character article."""

from __future__ import annotations

import pytest

from tui.core.document import parse_text
from tui.core.model import Document
from tui.core.readings import PinyinReader, pinyin_key, to_simplified
from tui.core.search import SearchIndex


@pytest.fixture(scope="module")
def index(seed_doc: Document) -> SearchIndex:
    return SearchIndex.build([seed_doc])


@pytest.mark.parametrize(
    "query",
    [
        "zhuanjingtexin",
        "zhuan jing te xin",
        "zhuān jīng tè xīn",
        "zhuan1jing1te4xin1",
        "zjtx",
        "zhuanjing",
        "ZJTX",
        "專精特新",
    ],
)
def test_every_form_finds_the_same_top_hit(index: SearchIndex, query: str) -> None:
    expected = index.search("专精特新")[0]
    got = index.search(query)
    assert got and (got[0].block_id, got[0].section) == (expected.block_id, expected.section)
    label = index.interpret(query)[0].label
    assert label is not None and "→ 专精" in label


def test_initials_of_other_terms(index: SearchIndex) -> None:
    reading = index.interpret("rgzn")[0]
    # the pinyin reading first; then the equivalents of the term read (人工智能 ↔ AI), as data
    assert reading.label is not None and reading.label.split(" · ")[0] == "rgzn → 人工智能"
    assert {(v.typed, v.how) for v in reading.variants} == {("人工智能", "equivalent")}
    assert index.interpret("xxgyh")[0].label == "xxgyh → 新型工业化"
    assert all("人工智能" in h.text for h in index.search("rgzn") if h.block_id)


def test_initials_that_match_nothing_return_nothing(index: SearchIndex) -> None:
    for query in ("qwxz", "zzzzq", "xqxq"):
        assert index.search(query) == []
        assert "no term" in (index.interpret(query)[0].label or "")


def test_latin_terms_of_the_documents_stay_literal(index: SearchIndex) -> None:
    assert index.interpret("5G")[0].label is None
    assert index.search("5g")
    assert index.interpret("com")[0].label is None or index.search("com") == []


def test_full_pinyin_ranks_above_initials() -> None:
    reader = PinyinReader(["张家口", "专家", "转机", "在家"], lambda t: 1)
    readings = reader.read("zhuanjia")
    assert readings[0].term == "专家" and readings[0].how == "full"
    reader = PinyinReader(["战况", "展开", "真快"], lambda t: 5 if t == "展开" else 1)
    assert next(r.term for r in reader.read("zk")) == "展开"  # initials: the more frequent term first


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("xingzhang", "行长"),
        ("hangzhang", "行长"),
        ("chongdian", "重点"),
        ("zhongdian", "重点"),
        ("zengzhang", "增长"),
        ("zengchang", "增长"),
    ],
)
def test_polyphonic_characters_match_every_reading(query: str, term: str) -> None:
    reader = PinyinReader(["行长", "重点", "增长", "银行"], lambda t: 1)
    assert term in [r.term for r in reader.read(query)]


def test_pinyin_key_normalizes() -> None:
    assert pinyin_key("Zhuān Jīng") == "zhuanjing"
    assert pinyin_key("lü4se4") == "lvse"
    assert pinyin_key("中国") is None and pinyin_key("5G") is None and pinyin_key("") is None


def test_traditional_documents_are_found_by_simplified_queries() -> None:
    doc = parse_text(
        "問：如何支持專精特新企業？\n\n答：我們將推動中小企業數字化轉型，培育更多「小巨人」企業。\n", "trad"
    )
    index = SearchIndex.build([doc])
    for query in ("专精特新", "中小企业", "数字化转型", "專精特新", "zjtx"):
        hits = index.search(query)
        assert hits, query
    hit = index.search("数字化转型")[0]
    start, end = hit.spans[0]
    assert hit.text[start:end] == "數字化轉型"


def test_to_simplified_keeps_length() -> None:
    text = "專精特新，中小企業 數字化轉型 乾燥 頭髮"
    assert len(to_simplified(text)) == len(text)
    assert to_simplified(text).startswith("专精特新，中小企业")
