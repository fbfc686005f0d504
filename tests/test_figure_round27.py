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
