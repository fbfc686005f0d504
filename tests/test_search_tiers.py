"""Best match after all-match (#16): the two tiers, ``+word``, the genre's equivalents both ways, numbers
across formats, a speaker's answers, the headline's lines, and literal recall that stays total.

The articles are written for these tests (invented names and numbers) in the image of the genre.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.document import parse_text
from tui.core.equivalents import table
from tui.core.model import Document, Hit
from tui.core.query import Variant
from tui.core.search import SearchIndex
from tui.core.tokens import norm

CONSUMPTION = """\
稳增长促消费
——访某省发展改革委主任柳某某

2024-10-21 09:30　来源：某某日报

前三季度，某省经济运行稳中有进，全省地区生产总值增长5.2%。

某某日报记者：前三季度消费市场表现如何？

柳某某：前三季度全省社会消费品零售总额达到8765.4亿元，同比增长5.6%，其中网上零售额增长较快。

规模以上工业增加值增长6.0%，比上半年加快0.7个百分点，制造业拉动作用明显。

某某日报记者：科技创新方面有哪些进展？

柳某某：全社会研究与试验发展经费投入强度达到2.45%，比上年提高0.1个百分点。

一是推进先进制造业集群建设；二是加大对中小微企业的支持，贷款余额增长12.3%。
"""

PRICES = """\
某市物价运行情况通报

2024-11-09　来源：某市统计局

10月份，全市居民消费价格同比上涨３．１％，涨幅比上月扩大8.3个百分点中的0.4个百分点。

食品价格上涨百分之三点一，鲜菜价格回落四成，影响居民消费价格上涨约1.2个点。

全年新增专项债券额度12000亿元，其中用于基础设施建设的超过五千亿元。

工业生产者出厂价格同比下降2.6%，社零增速回升至4.7%。

当月研发费用加计扣除政策惠及企业三千家。
"""


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    return [parse_text(CONSUMPTION, "consumption.txt"), parse_text(PRICES, "prices.txt")]


@pytest.fixture(scope="module")
def index(docs: list[Document]) -> SearchIndex:
    return SearchIndex.build(docs)


def _units(hits: list[Hit]) -> set[tuple[int, str | None, str]]:
    return {(h.doc_index, h.block_id, h.text) for h in hits}


def _tiers(index: SearchIndex, query: str) -> tuple[set[tuple[int, str | None, str]], ...]:
    hits = index.search(query, limit=None)
    return _units([h for h in hits if h.tier == 1]), _units(hits)


# the tiers ------------------------------------------------------------------------------------------------

WORDS = [
    "社零", "前三季度", "规上工业", "研发投入强度", "柳某某", "增长", "5.6%", "8.3个点", "居民消费价格", "四成",
    "中小微企业", "贷款", "一是", "制造业", "鲜菜", "专项债券", "gdp", "cpi", "龘靐", "某省", "12.3%", "三千家",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4, unique=True))
def test_every_word_first_then_some(index: SearchIndex, words: list[str]) -> None:
    """The first tier is what every word finds alone, together; the second what any finds alone."""
    query = " ".join(words)
    answer = index.answer(query, limit=None)
    tiers = [h.tier for h in answer.hits]
    assert tiers == sorted(tiers), query  # an all-word hit always above a some-word hit
    alone = [_tiers(index, w) for w in words]
    every = set.intersection(*(first for first, _ in alone))
    some = set.union(*(found for _, found in alone))
    assert _units([h for h in answer.hits if h.tier == 1]) == every, query
    assert _units(answer.hits) == some, query
    assert answer.total == len(some)
    assert answer.every == (None if every == some else len(every))


@pytest.mark.parametrize(
    "query", ["社零 增长", "前三季度 研发投入强度", "规上工业 柳某某 贷款", "增长 某省", "研发投入强度"]
)
@pytest.mark.parametrize("limit", [1, 2, 3, 5])
def test_a_limit_cuts_the_full_ranking(index: SearchIndex, query: str, limit: int) -> None:
    everything = index.answer(query, limit=None)
    cut = index.answer(query, limit=limit)
    assert [(h.doc_index, h.block_id, h.text, h.tier) for h in cut.hits] == [
        (h.doc_index, h.block_id, h.text, h.tier) for h in everything.hits[:limit]
    ]
    assert (cut.total, cut.every) == (everything.total, everything.every)


def test_more_words_and_rarer_words_rank_higher_in_the_second_tier(index: SearchIndex) -> None:
    hits = index.search("柳某某 中小微企业 增长 龘靐", limit=None)
    assert {h.tier for h in hits} == {2}
    assert "中小微企业" in hits[0].text  # the speaker's block holding the rarest word and two more
    holding = [sum(w in norm(h.text) for w in ("中小微企业", "增长")) for h in hits]
    assert holding[0] == max(holding)


def test_required_word(index: SearchIndex) -> None:
    plain = _tiers(index, "社零 贷款")[1]
    required = index.search("社零 +贷款", limit=None)
    assert required and all("贷款" in h.text for h in required)
    assert _units(required) < plain
    assert index.search("+龘靐 增长") == []


def test_excluded_word_and_or_keep_their_meaning(index: SearchIndex) -> None:
    hits = index.search("增长 价格 -社零", limit=None)
    assert hits and all("社零" not in h.text for h in hits)  # the word excluded, as typed
    assert any(h.tier == 2 for h in hits)
    either = index.search("鲜菜 OR 贷款", limit=None)
    assert {h.tier for h in either} == {1} and len(either) == 2


def test_a_query_never_comes_back_empty_while_parts_of_it_match(index: SearchIndex) -> None:
    answer = index.answer("研发驱动指数", limit=None)  # no unit holds the word; 研发 alone does
    assert answer.total and answer.every == 0
    assert all(h.tier == 2 and ("研发" in h.text or "研究与试验发展" in h.text) for h in answer.hits)
    assert index.answer('"研发驱动指数"').total == 0  # a phrase has no parts


# readings ------------------------------------------------------------------------------------------------


def test_equivalents_are_readings_as_data(index: SearchIndex) -> None:
    reading = index.interpret("社零 增长")[0]
    assert Variant("社零", "社会消费品零售总额", "equivalent") in reading.variants
    assert reading.how == "typed" and reading.label == "社零 → 社会消费品零售总额"
    numbers = index.interpret("8.3个点")[0].variants
    assert any(v.term == "8.3个百分点" for v in numbers)
    assert any(v.term == "百分之三点一" and v.how == "number" for v in index.interpret("3.1%")[0].variants)
    part = index.interpret("规上增速")[0].variants
    assert Variant("规上增速", "规模以上增长速度", "equivalent") in part or any(v.part for v in part)


def test_a_quoted_phrase_gets_no_readings(index: SearchIndex) -> None:
    reading = index.interpret('"社零" 增速')[0]
    assert all(v.typed != "社零" for v in reading.variants) and "社零 →" not in (reading.label or "")
    hits = index.search('"社零" 增速', limit=None)
    assert [h.tier for h in hits] == [1] and "社零增速" in hits[0].text
    assert any("社会消费品零售总额" in h.text for h in index.search("社零 增速", limit=None))


@pytest.fixture(scope="module")
def equivalence_index() -> SearchIndex:
    """One paragraph per form of every group of the table."""
    lines = [f"这一段写的是{form}的情况。" for group in table().groups for form in group.forms]
    text = "测试用的对照表\n\n" + "\n\n".join(lines) + "\n"
    return SearchIndex.build([parse_text(text, "forms.txt")])


@pytest.mark.parametrize("group", table().groups, ids=lambda g: g.canonical)
def test_every_equivalence_finds_every_other_form_both_ways(equivalence_index, group) -> None:  # type: ignore[no-untyped-def]
    for form in group.forms:
        found = {h.text for h in equivalence_index.search(form, limit=None) if h.tier == 1}
        for other in group.forms:
            assert f"这一段写的是{other}的情况。" in {norm(t) for t in found}, (form, other)


# numbers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("3.1%", "３．１％"),  # half-width query, full-width text
        ("３．１％", "３．１％"),
        ("3.1%", "百分之三点一"),
        ("百分之三点一", "３．１％"),
        ("8.3个点", "8.3个百分点"),
        ("８．３个点", "8.3个百分点"),
        ("1.2个百分点", "1.2个点"),
        ("1.2万亿", "12000亿元"),
        ("一点二万亿", "12000亿元"),
        ("5000亿", "五千亿元"),
        ("40%", "四成"),
        ("6%", "6.0%"),
        ("3000家", "三千家"),
        ("增长12.3%", "增长12.3%"),
    ],
)
def test_numbers_are_found_across_formats(index: SearchIndex, query: str, expected: str) -> None:
    hits = [h for h in index.search(query, limit=None) if h.tier == 1]
    found = [h for h in hits if expected in h.text]
    assert found, [h.text for h in hits]
    at = found[0].text.index(expected)
    assert any(s <= at < e for s, e in found[0].spans)  # the form the text uses is highlighted


# who speaks, the headline ---------------------------------------------------------------------------------


def test_a_speakers_name_finds_the_blocks_of_their_answers(index: SearchIndex) -> None:
    hits = [h for h in index.search("柳某某 中小微企业", limit=None) if h.tier == 1]
    assert [h.block_id for h in hits] == ["s0.7"]  # a point of the answer, the name in neither
    assert "柳某某" not in hits[0].text
    asked = [h for h in index.search("某某日报记者 科技创新", limit=None) if h.tier == 1]
    assert asked == []  # the question's text holds no asker (记者：is its label), and askers are not indexed
    assert index.search('"柳某某"', limit=None)[0].kind == "title"  # a phrase is the text only


def test_the_subtitle_is_searchable(index: SearchIndex) -> None:
    hits = index.search("发展改革委主任", limit=None)
    assert hits[0].kind == "title" and hits[0].text == "——访某省发展改革委主任柳某某"


# literal recall stays total -------------------------------------------------------------------------------


def test_every_substring_typed_as_is_a_first_tier_hit(docs: list[Document], index: SearchIndex) -> None:
    rng = random.Random(11)
    blocks = [(d, b) for d, doc in enumerate(docs) for _, b in doc.blocks()]
    for _ in range(300):
        d, block = rng.choice(blocks)
        start = rng.randrange(len(block.text))
        needle = block.text[start : start + rng.randint(1, 7)]
        if not any(ch.isalnum() for ch in needle) or any(ch.isspace() or ch in '"-+' for ch in needle):
            continue
        first = [(h.doc_index, h.block_id) for h in index.search(needle, limit=None) if h.tier == 1]
        assert (d, block.id) in first, needle
