"""Round 19 of the figures issue: invented sentences in the image of the seventeenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str = "2021-10-20") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure."""
    return [(f.text, f.metric) for f in read(text)]


def periods(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, period, start, end) of every figure."""
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text)]


# --- names a clause ranks, the values listed in the next clause with their measure ---


def test_names_ranked_before_a_list_of_rates_each_take_the_rate() -> None:
    got = metrics("其中，青川、临江、洛水三市分列前三位，增速分别为7.1%、6.9%、6.5%。")
    assert got[:2] == [("7.1%", "青川增速"), ("6.9%", "临江增速")]
    assert got[2][1] is not None and got[2][1].startswith("洛水") and got[2][1].endswith("增速")


def test_names_that_follow_close_behind_take_the_rate_one_each() -> None:
    got = metrics("去年，南湾为15.2%，增速居首；东港、西岭紧随其后，增速分别为11.4%、9.8%。")
    assert got[1:] == [("11.4%", "东港增速"), ("9.8%", "西岭增速")]


def test_a_rank_verb_inside_a_name_does_not_cut_it() -> None:
    got = metrics("钢材、玻璃位居前列，产量分别增长4%和6%。")
    assert got == [("4%", "钢材产量"), ("6%", "玻璃产量")]


def test_a_list_with_its_own_subjects_is_not_taken_from_a_ranking_before() -> None:
    # look-alike: the list's own clause names its items, the ranking before is of something else
    got = metrics("东港、西岭位列前二，粮食和蔬菜产量分别增长2%和3%。")
    assert got == [("2%", "粮食产量"), ("3%", "蔬菜产量")]


# --- an enumerated item naming the subject of the clause after it ---


def test_an_enumerated_item_names_the_next_figure_not_the_metric_before() -> None:
    got = metrics(
        "工业用电量增长3.2%，比上月加快了0.4个百分点。另有两项指标转为增长，一个是餐饮收入，当月增长1.7%，"
        "上月是下降2.6%；另一个是快递业务量，当月增长8.1%。"
    )
    assert got[2:] == [("1.7%", "餐饮收入"), ("2.6%", "餐饮收入"), ("8.1%", "快递业务量")]


def test_an_ordinal_item_names_the_next_figure() -> None:
    assert metrics("建筑业产值增长4%，二是农产品出口额，增长9%。") == [
        ("4%", "建筑业产值"),
        ("9%", "农产品出口额"),
    ]


def test_a_clause_with_no_item_keeps_the_metric_before() -> None:
    # look-alike: nothing is named between the two figures, the metric carries as before
    assert metrics("餐饮收入增长5%，当月增长1.1%。") == [("5%", "餐饮收入"), ("1.1%", "餐饮收入")]


# --- two months written each in full, one value said of both ---


def test_two_months_said_both_of_one_value_are_their_span() -> None:
    got = periods("从环比看，二季度用电量比一季度增长4%，7月份、8月份均环比增长0.6%。")
    assert got[1] == ("0.6%", "7月份、8月份", "2021-07-01", "2021-08-31")


def test_two_months_with_a_year_said_both_are_the_years_months() -> None:
    got = periods("2019年3月、4月都下降了1.5%。")
    assert got == [("1.5%", "2019年3月、4月", "2019-03-01", "2019-04-30")]


def test_two_months_each_with_its_own_value_are_no_span() -> None:
    # look-alike: no 均/都, a value each: neither figure spans both months
    for _, _, start, end in periods("3月、4月出口分别增长3%和4%。"):
        assert (start, end) != ("2021-03-01", "2021-04-30")


# --- a count said now of things that report on a period named after it ---


def test_a_count_said_now_of_places_reporting_a_period_takes_that_period() -> None:
    got = periods(
        "除两个自治区外，目前27个省份已公布今年上半年经济数据。目前有19个省份上半年GDP超过5000亿元。"
    )
    assert got[0] == ("27个", "今年上半年", "2021-01-01", "2021-06-30")
    assert got[1] == ("19个", "上半年", "2021-01-01", "2021-06-30")


def test_a_count_said_now_with_no_period_after_it_stays_now() -> None:
    got = periods("目前全县共有86家企业复产，二季度产值增长3%。")
    assert got[0][:2] == ("86家", "目前")


def test_a_count_said_now_of_a_years_target_stays_now() -> None:
    # look-alike: 全年 after the count is the target's year, not what the count reports on
    assert periods("目前已有12个省份完成全年任务。")[0][:2] == ("12个", "目前")


# --- a holiday a later sentence names is not under the cut-off said before ---


def test_a_holiday_in_a_later_sentence_is_the_figures_period() -> None:
    got = periods("截至9月20日，各地已举办了900多场促销活动。他说，国庆假期期间，各地还将举办600多场活动。")
    assert got[0][1] == "截至9月20日"
    assert got[1][1] == "国庆假期期间"


def test_a_cut_off_in_the_same_sentence_as_the_sessions_stays() -> None:
    # look-alike: a dated cut-off and the sessions in one sentence: the cut-off, more exact, holds
    assert periods("截至3月9日，今年两会期间共收到提案420件。")[0][1] == "截至3月9日"
