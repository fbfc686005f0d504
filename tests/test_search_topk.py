"""Query latency at scale (#14): what a query looks up once, and the top places found without scoring every
first-tier unit. Every shortcut must leave the answer as it was: a cut answer is the head of the whole one,
scores and order included, and an index that remembered lookups answers as a fresh one.

The articles are written for these tests (invented places, names and numbers) in the image of the genre.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import tokens
from tui.core.document import parse_text
from tui.core.index import scoring, segment
from tui.core.model import Document
from tui.core.search import SearchIndex

_PLACES = ["青禾县", "石桥镇", "白沙湾", "云岭区", "南渡市", "北溪乡", "金滩县", "松台镇"]


def _article(n: int) -> str:
    """An invented report: the title names exports on some days, headings and paragraphs on others, with
    lengths and repeats that vary, so that scores differ and some tie."""
    place = _PLACES[n % len(_PLACES)]
    title = f"{place}外贸出口稳中有升" if n % 3 == 0 else f"{place}秋收进度过半"
    lines = [title, "", f"2024-09-{n % 28 + 1:02d} 来源：{place}融媒体中心", ""]
    if n % 2 == 0:
        lines += ["一、出口订单", ""]
    lines.append(f"前八个月{place}出口额增长{n % 9 + 1}.{n % 7}%，" + "其中机电产品出口占比提高，" * (n % 4))
    lines.append("")
    lines.append(f"当地新建冷库{n + 3}座，蔬菜外销渠道更加稳定，出口农产品检验周期缩短。")
    lines.append("")
    if n % 5 == 0:
        lines.append("问：稳外贸还有哪些举措？")
        lines.append("")
        lines.append(f"答：{place}将继续稳就业稳外贸，扩大出口信用保险覆盖面。")
        lines.append("")
    lines.append(f"全年就业目标完成{60 + n % 30}%，稳就业政策持续发力。")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return [parse_text(_article(n), f"topk{n:02d}") for n in range(48)]


@pytest.fixture(scope="module")
def index(documents: list[Document]) -> SearchIndex:
    return SearchIndex.build(documents)


def _seen(hits: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(h.doc, h.block_id, h.kind, h.score, h.tier, h.snippet, h.spans) for h in hits]


@pytest.mark.parametrize(
    "query", ["出口", "出口 就业", "稳就业", "出口 -冷库", "外贸出口", "机电产品 OR 冷库"]
)
def test_a_cut_answer_is_the_head_of_the_whole_answer(index: SearchIndex, query: str) -> None:
    """With a limit, first-tier units that cannot reach it are never scored: the hits are still the first
    ones of the whole answer, with the same scores, tiers and ties in the same order."""
    index.forget()
    whole = index.answer(query, limit=None)
    assert whole.total > 12, "the first tier must be larger than the cuts for the test to mean anything"
    for limit in (1, 3, 12):
        index.forget()
        cut = index.answer(query, limit=limit)
        assert (cut.total, cut.every) == (whole.total, whole.every)
        assert _seen(cut.hits) == _seen(whole.hits[:limit])


def test_a_title_outranks_every_paragraph_so_paragraphs_are_not_scored(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    """出口 is in 16 titles and in every paragraph: the three best places go to titles, and BM25 is worked
    out for the titles alone."""
    scored: list[int] = []
    real = scoring.bm25

    def counting(parts: list[tuple[segment.Segment, np.ndarray, slice]], *rest: object) -> np.ndarray:
        scored.extend(len(uids) for _, uids, _ in parts)
        return real(parts, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(scoring, "bm25", counting)
    index.forget()
    hits = index.search("出口", limit=3)
    assert [h.kind for h in hits] == ["title"] * 3
    assert sum(scored) == 16
    assert index.answer("出口", limit=None).total > 100


def test_a_paragraph_whose_bm25_outweighs_a_questions_boost_is_scored(documents: list[Document]) -> None:
    """A short paragraph that repeats two rare phrases outranks a long question that names them once, though
    a question's boost is higher: the bound on BM25 must let the paragraph compete."""
    question = (
        "问："
        + "关于今年秋粮收购、农机补贴、乡村道路和" * 16
        + "冷链仓储、智能分拣怎样安排？\n\n答：正在研究。\n"
    )
    repeated = "冷链仓储和智能分拣，" * 5 + "都在推进。\n"
    rare = [
        parse_text(
            "某县答问\n\n" + question, "rare0"
        ),  # a headline: a first question alone would be the title
        *(parse_text("某县简讯\n\n" + repeated, f"rare{n}") for n in (1, 2, 3)),
    ]
    index = SearchIndex.build([*documents, *rare])
    whole = index.answer('"冷链仓储" "智能分拣"', limit=None)
    assert [h.kind for h in whole.hits[:4]] == ["paragraph", "paragraph", "paragraph", "question"]
    for limit in (1, 3, 4):
        index.forget()
        assert _seen(index.search('"冷链仓储" "智能分拣"', limit=limit)) == _seen(whole.hits[:limit])


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 3).flatmap(
        lambda clauses: st.tuples(
            st.just(clauses),
            st.lists(
                st.tuples(
                    st.integers(0, 5),
                    st.integers(0, clauses),
                    st.integers(0, clauses),
                    st.floats(0, 0.999),
                    st.floats(0, 1),
                ),
                min_size=1,
                max_size=60,
            ),
            st.integers(1, 70),
        )
    )
)
def test_reachable_keeps_every_unit_that_can_make_the_cut(
    case: tuple[int, list[tuple[int, int, int, float, float]], int],
) -> None:
    """Whatever the BM25 below its bound and whichever pending clauses turn out literal, every unit whose
    final score reaches the cut-th best (ties included) is among the rows kept."""
    clauses, units, cut = case
    if cut >= len(units):
        return
    boost = np.asarray([1.6, 1.5, 1.0, 1.2, 1.0, 1.0])
    most = 7.5
    kinds = np.asarray([u[0] for u in units], dtype=np.uint8)
    literal = np.asarray([min(u[1], clauses) for u in units], dtype=np.float64)
    unknown = np.asarray([min(u[2], clauses - min(u[1], clauses)) for u in units], dtype=np.float64)
    confirmed = np.floor(unknown * np.asarray([u[4] for u in units]) + 0.5)
    bm25 = most * np.asarray([u[3] for u in units])
    exact = scoring.final(bm25, literal + confirmed, clauses, boost[kinds])
    bar = np.sort(exact)[::-1][cut - 1]
    kept = set(scoring.reachable(kinds, literal, unknown, boost, clauses, most, cut).tolist())
    assert set(np.flatnonzero(exact >= bar).tolist()) <= kept


def test_segment_lookups_are_bounded_and_forgotten(
    documents: list[Document], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A segment remembers the postings it looked up (a query asks for a term to weigh, match and score
    it), within bounds; forget() empties them, and answers do not change."""
    monkeypatch.setattr(segment, "LOOKUPS_REMEMBERED", 4)
    monkeypatch.setattr(segment, "WIDE_UNITS_REMEMBERED", 40)
    fresh = SearchIndex.build(documents)
    expected = _seen(fresh.search("出口 就业", limit=None))
    used = SearchIndex.build(documents)
    for word in ("冷库", "蔬菜", "机电产品", "外贸出口", "稳就业", "检验周期", "融媒体"):
        used.search(word)
        seg = used.views[0].segment
        assert len(seg._term_memo) <= 4 and len(seg._gram_memo) <= 4
        assert (
            seg._wide_size == sum(len(a) for a in seg._wide_memo.values()) <= 40 or len(seg._wide_memo) == 1
        )
    assert _seen(used.search("出口 就业", limit=None)) == expected
    used.forget()
    seg = used.views[0].segment
    assert not seg._term_memo and not seg._gram_memo and not seg._wide_memo and seg._wide_size == 0


def test_a_remembered_cut_gives_the_words_a_fresh_one_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query word's jieba cut is remembered (parts, words apart and terms read the same cut), within
    bounds; what it gives is what cutting afresh gives."""
    monkeypatch.setattr(tokens, "CUTS_REMEMBERED", 2)
    tokens.forget_cuts()
    words = ["规模以上工业增加值", "稳就业", "新能源汽车", "规模以上工业增加值"]
    for word in words:
        assert tokens.query_words(word) == [
            w for w in tokens.cutter().cut(word) if w not in tokens.STOP_WORDS
        ]
        assert tokens.terms(word) == [
            w for w in tokens.cutter().cut_for_search(word) if w[0].isalnum() and w not in tokens.STOP_WORDS
        ]
        assert len(tokens._CUTS) <= 2
    tokens.forget_cuts()
    assert not tokens._CUTS
