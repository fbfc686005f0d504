"""Round 13 of the figures issue: invented sentences in the image of the thirteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2019-10-22") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def periods(text: str, day: str = "2019-10-22") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a list of periods gives each figure of a 分别 list its own part (the phrase as written, the part's dates) ---


def test_each_figure_of_a_quarter_list_is_said_of_its_own_quarter() -> None:
    got = periods("分季度看，一、二、三季度全省工业产值分别同比增长3.8%、5.1%、4.4%。")
    assert got == [
        ("3.8%", "一、二、三季度", "2019-01-01", "2019-03-31"),
        ("5.1%", "一、二、三季度", "2019-04-01", "2019-06-30"),
        ("4.4%", "一、二、三季度", "2019-07-01", "2019-09-30"),
    ]


def test_each_figure_of_a_month_list_is_said_of_its_own_month() -> None:
    got = periods("7、8、9月，全市客运量分别增长2.2%、2.9%和3.6%。")
    assert [p[1:] for p in got] == [
        ("7、8、9月", "2019-07-01", "2019-07-31"),
        ("7、8、9月", "2019-08-01", "2019-08-31"),
        ("7、8、9月", "2019-09-01", "2019-09-30"),
    ]


def test_a_quarter_list_with_one_figure_for_all_keeps_the_list() -> None:
    got = periods("一、二、三季度全省工业产值增速都保持在4.7%左右。")
    assert got == [("4.7%左右", "一、二、三季度", "2019-01-01", "2019-09-30")]


def test_quarters_each_written_whole_make_one_list() -> None:
    got = periods("他说，去年经济运行平稳，第一季度、第二季度、第三季度的增速都是5.9%，第四季度为6.1%。")
    assert got == [
        ("5.9%", "第一季度、第二季度、第三季度", "2018-01-01", "2018-09-30"),
        ("6.1%", "第四季度", "2018-10-01", "2018-12-31"),
    ]


def test_quarters_written_whole_with_a_respectively_list_are_handed_out() -> None:
    got = periods("第一季度、第二季度全县财政收入分别增长2.4%和3.3%。")
    assert [p[1:] for p in got] == [
        ("第一季度、第二季度", "2019-01-01", "2019-03-31"),
        ("第一季度、第二季度", "2019-04-01", "2019-06-30"),
    ]


# --- a page early in a year about the year before: 比2021年增长 names the year reported -------------------------


def test_a_comparison_with_a_numbered_year_reports_the_year_after() -> None:
    got = periods("各地稳步推进改革。全区税收收入4.18万亿元，比2020年增长2.7%。", "2022-02-20")
    assert got == [
        ("4.18万亿元", "2021年", "2021-01-01", "2021-12-31"),
        ("2.7%", "2021年", "2021-01-01", "2021-12-31"),
    ]


def test_a_year_target_said_before_is_not_the_period_of_the_figures_after() -> None:
    text = (
        "会上强调，要稳住基本盘，努力完成全年经济社会发展预期目标。全区税收收入4.18万亿元，比2020年增长2.7%。"
    )
    assert periods(text, "2021-03-05")[0][1:] == ("2021年", "2021-01-01", "2021-12-31")


def test_look_alikes_of_a_numbered_base_year_give_no_year() -> None:
    # the same part of a year before: which part is not said
    assert periods("全区税收收入4.18万亿元，比2020年同期增长2.7%。", "2022-02-20")[1][1] is None
    # a period of the figure's own wins over the base
    got = periods("今年前两个月，全区税收收入比2020年增长2.7%。", "2022-03-20")
    assert got == [("2.7%", "今年前两个月", "2022-01-01", "2022-02-28")]
    # two bases in one sentence: no single year after
    got = periods("全区税收收入比2019年增长2.7%，比2020年增长1.1%。", "2022-02-20")
    assert {p[1] for p in got} == {None}
    # a year's plan said with its own value still gives its year (全年…预期目标 with the value inside)
    got = periods("全年地区生产总值增长6%左右的预期目标顺利完成。", "2021-12-20")
    assert got[0][1] == "全年"


# --- a denomination (十万元版) names a kind of note, it is no amount -----------------------------------------


def test_denominations_of_invoices_are_not_figures() -> None:
    text = "税务机关对新办企业领用发票的面额（分千元版、十万元版和百万元版）加以限制，全年查处案件35起。"
    assert [(f.text, f.unit) for f in figures(text)] == [("35起", "起")]


def test_look_alikes_of_a_denomination_stay_figures() -> None:
    got = [f.text for f in figures("报纸扩至24个版面，推出3个版本，广告收入1.2万元。")]
    assert got == ["24个", "3个", "1.2万元"]


# --- a concessive (虽然, 尽管) is no part of the subject measured ------------------------------------------


def metrics(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, "2023-03-10")]


def test_a_concessive_after_the_subject_is_dropped_and_not_carried() -> None:
    got = metrics("前两个月，出口增长5.2%；进口虽然下降4%，但降幅较1月收窄0.8个百分点。")
    assert got == [("5.2%", "出口"), ("4%", "进口"), ("0.8个百分点", "进口降幅")]


def test_a_concessive_before_the_subject_is_dropped() -> None:
    assert metrics("尽管收入增长7%，支出仍增长9%。") == [("7%", "收入"), ("9%", "支出")]
    assert metrics("虽然利润增长3%，但仍低于预期。") == [("3%", "利润")]


def test_look_alike_names_keep_their_words() -> None:
    # 虽 only as the concessive: a subject ending in another character keeps it
    assert metrics("主要经济指标增长6%。") == [("6%", "主要经济指标")]
