"""What a figure carries besides its value: the sentence, the measure, fractions, ranges, where it was read."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.conftest import run_cli
from tui.core.figlists import split_subjects
from tui.core.figures import extract, extract_text
from tui.core.model import Block, BlockKind, Document, Section

DAY = dt.date(2023, 11, 4)


def test_each_figure_cites_its_sentence_as_written() -> None:
    text = "　　前三季度，全省规模以上工业增加值增长５．２％。9月份，全省出口下降3.1%，进口增长1.4%！“效益继续改善。”"
    got = extract_text(text, DAY)
    assert [f.sentence for f in got] == [
        "前三季度，全省规模以上工业增加值增长５．２％。",
        "9月份，全省出口下降3.1%，进口增长1.4%！",
        "9月份，全省出口下降3.1%，进口增长1.4%！",
    ]


def test_a_very_long_sentence_is_cited_by_its_clause() -> None:
    clause = "甲产品产量增长5.1%"
    text = (
        "，".join(["乙行业运行保持平稳态势继续向好发展"] * 8)
        + "；"
        + clause
        + "；"
        + "丙行业保持稳定" * 12
        + "。"
    )
    (figure,) = extract_text(text, DAY)
    assert figure.sentence == clause + "；"


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("9月份，全省规模以上工业增加值同比增长4.5%，环比增长0.4%。", ["yoy", "mom"]),
        ("城镇调查失业率为5.0%，比上月下降0.2个百分点。", ["level", "points"]),
        ("高技术制造业占规模以上工业增加值的比重为15.3%。", ["share"]),
        ("六成以上工业行业保持增长。", ["share"]),
        ("截至目前，全省累计培育“小巨人”企业325家。", ["cumulative"]),
        ("前三季度，全国新增减税降费1.2万亿元，比上年末增加500亿元。", ["new", "new"]),
        ("出口额是上年的1.6倍。", ["multiple"]),
        ("居民人均可支配收入比上年增长6.3%。", ["change"]),
    ],
)
def test_the_kind_of_measure_is_kept_apart_from_the_metric(text: str, measures: list[str]) -> None:
    got = extract_text(text, DAY)
    assert [f.measure for f in got] == measures
    assert all(f.metric and not f.metric.startswith(("累计", "新增")) for f in got)


def test_a_fraction_stays_readable_and_its_value_exact() -> None:
    third, quarter, fifth = extract_text("约三分之一的企业订单增加，四分之一持平，占1/5。", DAY)
    assert (third.fraction, third.value, third.approx, third.unit) == ("1/3", 100 / 3, "about", "%")
    assert (quarter.fraction, quarter.value) == ("1/4", 25.0)
    assert (fifth.fraction, fifth.value, fifth.text) == ("1/5", 20.0, "1/5")
    assert extract_text("增长百分之五。", DAY)[0].fraction is None


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("预期增长5.5%到6%。", ("5.5%", 5.5), ("6%", 6.0), "%"),
        ("增长5%-7%。", ("5%", 5.0), ("7%", 7.0), "%"),
        ("新增就业3至5万人。", ("3", 30000.0), ("5万人", 50000.0), "人"),
        ("普及率达到8至9成。", ("8", 80.0), ("9成", 90.0), "%"),
        ("投资1.5—2万亿元。", ("1.5", 1.5e12), ("2万亿元", 2e12), "元"),
    ],
)
def test_a_range_is_two_figures_linked_by_their_bounds(
    text: str, low: tuple[str, float], high: tuple[str, float], unit: str
) -> None:
    a, b = extract_text(text, DAY)
    assert (a.text, a.value, a.unit, a.bound, a.upper, a.lower) == (*low, unit, "low", high[1], None)
    assert (b.text, b.value, b.unit, b.bound, b.upper, b.lower) == (*high, unit, "high", None, low[1])
    assert (a.metric, a.period) == (b.metric, b.period)


def test_only_a_written_minus_makes_a_value_negative() -> None:
    got = extract_text("11月份为-0.6%，12月份为－1.2%，下降2.3%，COVID-19，2018-2022年。", DAY)
    assert [(f.text, f.value) for f in got] == [("-0.6%", -0.6), ("－1.2%", -1.2), ("2.3%", 2.3)]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        ("第一、二、三产业增加值", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("第二、第三产业用电量", ["第二产业用电量", "第三产业用电量"]),
        ("城镇、农村居民人均可支配收入", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        ("数字经济核心产业、战略性新兴产业增加值", ["数字经济核心产业增加值", "战略性新兴产业增加值"]),
        ("制造业、批发零售业和建筑业税负", ["制造业税负", "批发零售业税负", "建筑业税负"]),
        ("出口、进口和贸易顺差", ["出口", "进口", "贸易顺差"]),
        ("东部、中部地区", ["东部地区", "中部地区"]),
    ],
)
def test_a_list_shares_the_head_of_its_last_item(text: str, subjects: list[str]) -> None:
    assert split_subjects(text, len(subjects)) == subjects


def _doc() -> Document:
    heading = "前三季度营收增长8.5%"
    body = "前三季度，全省规模以上工业企业营业收入3.2万亿元。"
    text = f"标题\n\n{heading}\n{body}\n"
    start = text.index(body)
    block = Block(id="s1.1", kind=BlockKind.paragraph, text=body, start=start, end=start + len(body))
    section = Section(
        id="s1", heading=heading, heading_start=text.index(heading), heading_end=0, blocks=[block]
    )
    return Document(
        name="t.txt",
        title="标题",
        kicker="全年新增就业超120万人",
        subtitle="——访某省统计局局长",
        date="2023-11-04",
        sections=[section],
        text=text,
    )


def test_figures_of_the_kicker_and_headings_come_in_reading_order_with_their_ids() -> None:
    got = [(f.block_id, f.section_id, f.text, f.start) for f in extract(_doc())]
    assert got == [
        ("head.1", "head", "超120万人", 6),
        ("s1.0", "s1", "8.5%", 8),
        ("s1.1", "s1", "3.2万亿元", 19),
    ]


def test_figures_json_carries_sentence_and_measure() -> None:
    data = json.loads(run_cli("figures", "--json").stdout)
    first = data[0]
    assert first["sentence"].startswith("截至目前") and first["text"] in first["sentence"]
    assert {"measure", "fraction", "bound", "upper", "lower"} <= first.keys()
    assert {f["measure"] for f in data} >= {"level", "yoy", "share"}
