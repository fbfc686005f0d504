"""Round 27 of the figures issue: a CPI release's item lists (each good or service its own price, a list said
to move in the clause before its values), in invented sentences in the image of the twenty-first set, with
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of ``text``."""
    return [(f.text, f.metric) for f in extract_text(text, dt.date(2023, 5, 1))]


def test_each_good_of_a_price_list_is_priced_on_its_own() -> None:
    got = metrics("3月份青菜、机票、旅行、城市间交通费价格同比分别上涨10.3%、2.1%、0.8%和0.6%。")
    assert got == [
        ("10.3%", "青菜价格"),
        ("2.1%", "机票价格"),
        ("0.8%", "旅行价格"),
        ("0.6%", "城市间交通费价格"),
    ]
    got = metrics(
        "西药、中药和医疗服务价格环比分别上涨0.7%、0.4%和0.2%。机票和旅行社收费价格环比分别下降5.4%和2.2%。"
    )
    assert [m for _, m in got] == ["西药价格", "中药价格", "医疗服务价格", "机票价格", "旅行社收费价格"]


def test_a_price_of_a_kind_is_shared_whole() -> None:
    got = metrics("城镇、农村居民消费价格分别上涨1.1%和2.2%。钢材、水泥出厂价格分别下降1.3%和2.1%。")
    assert [m for _, m in got] == ["城镇居民消费价格", "农村居民消费价格", "钢材出厂价格", "水泥出厂价格"]


def test_a_list_said_to_move_before_its_values() -> None:
    got = metrics(
        "食品中,受寒潮影响,青菜和水果价格继续上涨,环比涨幅分别为11.2%和3.1%,合计影响CPI上涨0.41个百分点。"
    )
    assert got[:2] == [("11.2%", "青菜价格环比涨幅"), ("3.1%", "水果价格环比涨幅")]
    got = metrics("其中,水果、牛肉、水产品价格环比继续下降,降幅分别为2.1%、1.8%和0.6%。")
    assert [m for _, m in got] == ["水果价格降幅", "牛肉价格降幅", "水产品价格降幅"]
    got = metrics("其中,青菜、水果和鸡蛋价格继续下降,环比分别下降11.5%、2.2%和1.3%。")
    assert [m for _, m in got] == ["青菜价格", "水果价格", "鸡蛋价格"]


def test_a_clause_before_that_names_no_moving_list_lends_nothing() -> None:
    # the clause before says no list moved: its words are no item
    got = metrics("今年以来青菜和水果供应充足,涨幅分别为1.2%和0.8%。")
    assert [m for _, m in got] == [None, None]
    # the values' own clause names its list: the moving list before is a clause of its own, not an item
    got = metrics("青菜和水果价格继续上涨,工业和服务业增加值分别增长5.1%和6.2%。")
    assert [m for _, m in got] == ["工业增加值", "服务业增加值"]


def periods(text: str, day: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, period, start, end) of every figure of ``text`` read against ``day``."""
    return [
        (f.text, f.period, f.period_start, f.period_end)
        for f in extract_text(text, dt.date.fromisoformat(day))
    ]


def test_a_target_set_for_this_year() -> None:
    got = periods("甲国今年经济增长目标设为3.5%至4%,再次提出区间目标。", "2026-03-07")
    assert [g[1:] for g in got] == [("今年", "2026-01-01", "2026-12-31")] * 2
    assert [f.metric for f in extract_text("甲国今年经济增长目标设为4%。", dt.date(2026, 3, 7))] == [
        "甲国经济增长目标"
    ]


def test_these_years_in_a_review_at_the_start_of_a_year() -> None:
    got = periods("这五年是投资最多的五年,路网主骨架建成率突破80%。", "2026-03-09")
    assert got == [("突破80%", "这五年", "2021-01-01", "2025-12-31")]
    # said late in a year, the year in course may be one of the five: the phrase stays, no dates
    got = periods("这五年,甲省粮食产量增长12%。", "2022-10-16")
    assert got == [("12%", "这五年", None, None)]


def test_a_plan_end_as_a_target_is_its_last_year() -> None:
    got = periods("到“十五五”末,甲产业规模将增长到8万亿以上。", "2026-03-07")
    assert got == [("8万亿以上", "“十五五”末", "2030-01-01", "2030-12-31")]
    got = periods("“十四五”末,甲产业规模达到5万亿。", "2026-03-07")  # a level at the plan's end
    assert got == [("5万亿", "“十四五”末", None, "2025-12-31")]


def test_for_example_is_no_comparison() -> None:
    got = metrics("我还有几个数据,比如甲地近五年PM2.5的下降幅度是31.6%,乙市下降了24.3%。")
    assert got[0] == ("31.6%", "甲地PM2.5的下降幅度")
    assert [g[1] for g in periods("比如甲地近五年PM2.5的下降幅度是31.6%。", "2026-03-07")] == ["近五年"]
    # a real comparison keeps its base out of the period
    assert periods("甲地PM2.5比上年下降31.6%。", "2026-03-07") == [("31.6%", None, None, None)]
