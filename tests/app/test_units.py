"""Pieces of the app that need no running app: column widths, result rows, totals, labels, pinyin order."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.app.columns import Column, fit
from tui.app.figure_query import FigureQuery
from tui.app.hit_list import hit_row, where
from tui.app.library import open_file
from tui.app.search_status import count_text, reading_text
from tui.core.collate import collation_key
from tui.core.figfilter import parse_filter
from tui.core.model import Hit, SearchAnswer
from tui.core.query import Interpretation, Query, Variant

COLUMNS = [
    Column("figure", "figure", cap=16, rank=7),
    Column("value", "value", right=True, rank=9),
    Column("unit", "unit", cap=8, rank=6),
    Column("metric", "metric", grow=True, cap=40, floor=14, rank=8),
    Column("comparison", "comparison", grow=True, cap=24, floor=8, rank=2),
]
CELLS = {
    "figure": ["超过10万亿元", "4%"],
    "value": [">10,000,000,000,000", "4"],
    "unit": ["元", "%"],
    "metric": ["国家先进制造业集群主导产业产值", "规模以上工业增加值"],
    "comparison": ["", "同比增长"],
}


@pytest.mark.parametrize("width", range(30, 201, 7))
def test_columns_fit_and_the_value_is_never_cut(width: int) -> None:
    laid = fit(COLUMNS, CELLS, width)
    assert sum(w + 2 for _, w in laid) <= width
    widths = {c.key: w for c, w in laid}
    if "value" in widths:
        assert widths["value"] == cell_len(">10,000,000,000,000")
    if "metric" in widths:
        assert widths["metric"] >= 14 or widths["metric"] == cell_len("国家先进制造业集群主导产业产值")


def test_columns_give_the_room_to_the_long_ones_and_drop_the_least_needed_first() -> None:
    wide = {c.key: w for c, w in fit(COLUMNS, CELLS, 200)}
    assert wide["metric"] == cell_len("国家先进制造业集群主导产业产值") and wide["figure"] == cell_len(
        "超过10万亿元"
    )
    assert sum(w + 2 for w in wide.values()) == 200  # the last long column takes the rest: no gap mid-row
    assert wide["comparison"] == 200 - sum(w + 2 for k, w in wide.items() if k != "comparison") - 2
    narrow = [c.key for c, _ in fit(COLUMNS, CELLS, 62)]
    assert "comparison" not in narrow and {"figure", "value", "metric"} <= set(narrow)


@given(st.integers(1, 300), st.integers(0, 10_000))
def test_water_filling_never_exceeds_the_room(width: int, seed: int) -> None:
    cells = {c.key: [("字" * ((seed >> n) % 23))] for n, c in enumerate(COLUMNS)}
    assert sum(w + 2 for _, w in fit(COLUMNS, cells, width)) <= max(width, 0)


def _hit(kind: str, heading: str | None = "助企业:帮扶并举", doc: str = "a-long-file-name.txt") -> Hit:
    return Hit(
        doc=doc,
        doc_index=1,
        section="s3",
        heading=heading,
        block_id="s3.2",
        kind=kind,
        score=12.34,
        text="…",
        snippet="二是支持专精特新发展。研究出台促进专精特新中小企业高质量发展的若干措施。",
        spans=[],
        snippet_spans=[(4, 8)],
    )


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("question", "问"),
        ("answer", "答"),
        ("point", "要点"),
        ("heading", "标题"),
        ("title", "题目"),
        ("paragraph", "段"),
    ],
)
def test_a_result_row_is_in_the_readers_words(kind: str, label: str) -> None:
    row = hit_row(_hit(kind), 80, 12, with_document=False)
    assert row.plain.startswith(label) and "12.3" not in row.plain and kind not in row.plain
    assert cell_len(row.plain) <= 80 and row.plain.endswith("…")
    assert "专精特新" in row.plain and any(s.end - s.start == 4 for s in row.spans)


def test_a_result_row_names_the_document_when_several_are_open() -> None:
    assert where(_hit("answer"), with_document=True) == "a-long-file-name › 助企业:帮扶并举"
    assert where(_hit("answer", heading=None), with_document=False) == "导语"
    row = hit_row(_hit("answer"), 120, 30, with_document=True)
    assert "a-long-file-name › 助企业" in row.plain


@pytest.mark.parametrize(
    ("hits", "total", "text"),
    [(0, 0, "0 hits"), (1, 1, "1 hit"), (4, 4, "4 hits"), (200, 1316, "200 of 1,316 hits")],
)
def test_the_count_is_the_true_total(hits: int, total: int, text: str) -> None:
    assert count_text(SearchAnswer([_hit("answer")] * hits, total)) == text


@pytest.mark.parametrize(
    ("hits", "total", "every", "text"),
    [
        (52, 52, 12, "12 with every word · 40 with some"),
        (200, 1316, 300, "300 with every word · 1,016 with some · 200 shown"),
        (7, 7, 7, "7 with every word"),
        (0, 0, 0, "0 with every word"),
    ],
)
def test_the_count_names_the_tiers(hits: int, total: int, every: int, text: str) -> None:
    assert count_text(SearchAnswer([_hit("answer")] * hits, total, every)) == text


def _reading(typed: str, term: str | None, how: str) -> Interpretation:
    return Interpretation(Query(), "a label the bar must not take apart → x", typed, term, how)


def test_the_reading_is_told_from_its_fields() -> None:
    assert reading_text([_reading("社零", None, "typed")], 0) is None
    assert (
        reading_text([_reading("社零", "社会消费品零售总额", "equivalent")], 0) == "社零 → 社会消费品零售总额"
    )
    assert reading_text([_reading("xq", None, "none")], 0) == "xq: no term reads so"
    equivalents = (
        Variant("社零", "社会消费品零售总额", "equivalent"),
        Variant("社零", "社消零", "equivalent"),
        Variant("研发", "研究与试验发展", "equivalent", part=True),
        Variant("四成", "40%", "number"),
    )
    read = Interpretation(Query(), "x → y", "社零 研发投入 四成", None, "typed", equivalents)
    assert reading_text([read], 0) == "社零 → 社会消费品零售总额"
    several = [
        _reading("zx", "中小", "initials"),
        _reading("zx", "专项", "initials"),
        _reading("zx", "政协", "initials"),
    ]
    assert reading_text(several, 1) == "zx → 专项  (2/3; ctrl+←/→: 中小, 政协)"


def test_metrics_sort_by_pinyin() -> None:
    metrics = ["中小企业采购指数", "规模以上工业增加值", "高技术制造业", "5G基站", "工业总产值"]
    assert sorted(metrics, key=collation_key) == [
        "5G基站",
        "高技术制造业",
        "工业总产值",
        "规模以上工业增加值",
        "中小企业采购指数",
    ]


def test_the_figures_view_finds_a_unit_in_either_script(tmp_path: Path) -> None:
    """A traditional text writes 個 and 項; the view's filter over whole columns keeps what the filter of
    one figure keeps (个 finds 個)."""
    article = tmp_path / "traditional.txt"
    article.write_text(
        "東江市答問\n\n東江市今年新增專精特新企業120個，壓減審批事項30項，投資增長5%。\n", encoding="utf-8"
    )
    library = open_file(article)
    query = FigureQuery(library.figure_table(), library)
    figures = library.find_figures(0)
    for text in ("个", "項", "项", "%"):
        keep = parse_filter(text)
        rows = query.select(text)
        assert [query.table.figure(int(r)).text for r in rows] == [f.text for f in figures if keep(f)]
    assert len(query.select("个")) == 1
