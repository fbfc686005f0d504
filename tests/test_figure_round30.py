"""Round 30 of the figures issue: what is left across the seventeenth to twenty-second sets, by class, in
invented sentences with look-alikes (a period whose 年 and dash a mirror lost: 201914月)."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.periods import find_periods, resolve
from tui.core.quantities import LIST_SEP


def spans(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(text, period_start, period_end) of every figure of ``text``."""
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, published)]


def test_a_year_joined_to_its_month_range_is_that_range() -> None:
    got = spans("201916月,全省服务贸易总额为1234.5亿元,同比增长7.6%。", dt.date(2019, 7, 20))
    assert got == [("1234.5亿元", "2019-01-01", "2019-06-30"), ("7.6%", "2019-01-01", "2019-06-30")]


def test_a_joined_range_in_a_heading_reaches_the_figures_under_it() -> None:
    published = dt.date(2017, 6, 15)
    assert resolve("201715月份", published) == ("2017-01-01", "2017-05-31")
    assert [p.text for p in find_periods("二、201715月份本市货物进出口情况", published)] == ["201715月份"]


def test_ambiguous_or_embedded_digits_are_no_joined_range() -> None:
    published = dt.date(2018, 5, 17)
    # 201812月 may be 2018年12月 as well as 1-2月; a digit before or after is a code, a phone number, an id
    for text in ("201812月出口回升", "代码6201814月", "拨打1392018157月", "编号201814月5", "201814日"):
        assert [p.text for p in find_periods(text, published) if "2018" in p.text] == [], text


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of ``text``."""
    return [(f.text, f.metric) for f in extract_text(text)]


def test_a_spaced_and_before_the_last_value_keeps_the_list_whole() -> None:
    got = metrics("前10月,铁矿石、焦炭、玻璃和水泥产量分别增长3.1%、2.2%、1.1% 和0.9%。")
    assert got == [("3.1%", "铁矿石产量"), ("2.2%", "焦炭产量"), ("1.1%", "玻璃产量"), ("0.9%", "水泥产量")]


def test_a_space_alone_between_two_values_makes_no_list() -> None:
    assert [g for g in (" 和", "、 ", " , ") if LIST_SEP.match(g)] == [" 和", "、 ", " , "]
    assert [g for g in (" ", "  和", "和  ", "。") if LIST_SEP.match(g)] == []


def test_partners_traded_with_each_get_the_trade_the_verb_names() -> None:
    got = metrics(
        "前三季度,全省对主要贸易伙伴日本、韩国、德国分别进出口3.4亿元、2.8亿元、1.9亿元,分别增长6.1%、5.2%、3.3%。"
    )
    assert got == [
        ("3.4亿元", "对日本进出口"),
        ("2.8亿元", "对韩国进出口"),
        ("1.9亿元", "对德国进出口"),
        ("6.1%", "对日本进出口"),
        ("5.2%", "对韩国进出口"),
        ("3.3%", "对德国进出口"),
    ]
    assert metrics("1-8月,我市对东欧和中亚分别出口12.1亿元和8.3亿元。") == [
        ("12.1亿元", "对东欧出口"),
        ("8.3亿元", "对中亚出口"),
    ]


def test_a_list_after_other_verbs_is_no_trade_with_partners() -> None:
    got = metrics("全年对甲、乙两市分别投资5.2亿元和3.1亿元,分别出口设备12台和8台。")
    assert [metric for text, metric in got if text.endswith("亿元") and metric and "口" in metric] == []


def periods_of(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    """(text, period) of every figure of ``text``."""
    return [(f.text, f.period) for f in extract_text(text, published)]


def test_a_year_that_names_a_work_report_is_no_period_of_the_event_counts() -> None:
    got = periods_of(
        "3月2日上午,市政协会议举行第一场新闻发布会。发布会围绕2023年市政府工作报告,"
        "邀请市教育局、市卫健委等6个单位负责人出席。",
        dt.date(2023, 3, 3),
    )
    assert got == [("6个", "3月2日上午")]


def test_a_work_report_that_states_a_target_keeps_its_year() -> None:
    got = periods_of("2023年政府工作报告提出,全年经济增长5%左右。", dt.date(2023, 3, 3))
    assert got == [("5%左右", "2023年")]


def test_a_month_said_of_a_value_reaches_the_clauses_that_compare_it() -> None:
    got = periods_of(
        "三季度全市工业用电量月均值为8.2亿千瓦时,比上年同期增长3.1%。"
        "其中,9月份为8.6亿千瓦时,比上月增长1.4%,比去年同期增长4.2%。",
        dt.date(2021, 10, 22),
    )
    assert got == [
        ("8.2亿千瓦时", "三季度"),
        ("3.1%", "三季度"),
        ("8.6亿千瓦时", "9月份"),
        ("1.4%", "9月份"),
        ("4.2%", "9月份"),
    ]


def test_a_new_period_after_a_month_said_of_a_value_is_its_own() -> None:
    got = periods_of("上半年全省出口增长5%,其中6月份为7.1%,二季度增长6%。", dt.date(2021, 7, 20))
    assert got == [("5%", "上半年"), ("7.1%", "6月份"), ("6%", "二季度")]
