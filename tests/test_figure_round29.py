"""Round 29 of the figures issue: what is left across the seventeenth to twenty-second sets, by class, in
invented sentences with look-alikes (a record said of the thing named before is no metric)."""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of ``text``."""
    return [(f.text, f.metric) for f in extract_text(text)]


def test_a_record_for_the_same_period_carries_the_thing_named_before() -> None:
    got = metrics("今年上半年,全省粮食产量达到410.5万吨,历史同期首次突破400万吨,同比增长2.1%。")
    assert got == [("410.5万吨", "全省粮食产量"), ("突破400万吨", "全省粮食产量"), ("2.1%", "全省粮食产量")]


def test_a_short_record_phrase_is_no_metric_either() -> None:
    got = metrics("1-10月,全市外贸总额为88.2亿元,历史同期首超80亿元。")
    assert got == [("88.2亿元", "全市外贸总额"), ("超80亿元", "全市外贸总额")]


def test_a_measure_said_of_the_same_period_keeps_its_own_name() -> None:
    got = metrics("前三季度,全区旅游收入为36.4亿元,同期接待游客215万人次。")
    assert got == [("36.4亿元", "全区旅游收入"), ("215万人次", "游客")]


def spans(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(text, period_start, period_end) of every figure of ``text``."""
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, published)]


def test_a_tally_in_parentheses_inside_a_stock_now_is_of_the_span_named_before() -> None:
    got = spans(
        "据初步统计,6月28日以来,截至3日10时,这轮暴雨造成全市8.4万人受灾,"
        "目前紧急转移安置人口为2.1万人(累计转移安置3.6万人),需紧急生活救助0.9万人。",
        dt.date(2020, 7, 3),
    )
    assert got == [
        ("8.4万人", "2020-06-28", "2020-07-03"),
        ("2.1万人", None, "2020-07-03"),
        ("3.6万人", "2020-06-28", "2020-07-03"),
        ("0.9万人", None, "2020-07-03"),
    ]


def test_a_tally_in_parentheses_with_no_span_before_stays_now() -> None:
    got = spans("目前全省在院治疗病例为120例(累计出院860例)。", dt.date(2020, 7, 3))
    assert got == [("120例", None, "2020-07-03"), ("860例", None, "2020-07-03")]


def document_periods(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, period_start, period_end) of every figure of the document ``text`` parses to."""
    return [(f.text, f.period_start, f.period_end) for f in extract(parse_text(text))]


def test_a_title_that_is_the_events_day_sentence_dates_the_counts_right_after_it() -> None:
    got = document_periods(
        "4月12日上午,2024年省两会第二场集体采访活动举行。\n\n"
        "走上采访台的三位负责人在四十分钟里,回答了8位记者的提问,介绍了全省5个重点项目的进展。\n\n"
        "至此,今年的集体采访共有9位负责人回答了20个问题。\n"
    )
    assert got == [
        ("8位", "2024-04-12", "2024-04-12"),
        ("5个", "2024-04-12", "2024-04-12"),
        ("9位", "2024-01-01", "2024-12-31"),
        ("20个", "2024-01-01", "2024-12-31"),
    ]


def test_a_headline_naming_the_day_dates_only_the_events_own_counts() -> None:
    got = document_periods(
        "4月12日上午2024年省两会第二场集体采访活动举行\n\n"
        "走上采访台的三位负责人在四十分钟里,介绍了全省5个重点项目的进展,回答了8位记者的提问。\n"
    )
    assert got == [("5个", None, None), ("8位", "2024-04-12", "2024-04-12")]


def test_a_subtitles_count_takes_the_events_day_the_first_paragraph_names() -> None:
    doc = parse_text(
        "省政协十二届三次会议举行第一场新闻发布会\n\n4位发言人介绍全省重点项目进展\n\n"
        "3月10日上午,2023年省政协十二届三次会议举行第一场新闻发布会。\n"
    )
    got = [(f.block_id, f.text, f.period_start, f.period_end) for f in extract(doc)]
    assert got == [("head.2", "4位", "2023-03-10", "2023-03-10")]


def test_a_subtitle_over_a_paragraph_with_no_events_day_keeps_its_own_period() -> None:
    doc = parse_text(
        "全省经济运行情况\n\n全年新增就业12万人\n\n今年以来,全省新增就业12万人,同比增加0.5万人。\n"
    )
    got = [(f.block_id, f.text, f.period) for f in extract(doc)]
    assert got[0] == ("head.2", "12万人", "全年")
