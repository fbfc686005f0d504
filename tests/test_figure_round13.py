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


# --- a list of periods gives each figure of a 分别 list its own part, by name and by dates ------------------


def test_each_figure_of_a_quarter_list_is_said_of_its_own_quarter() -> None:
    got = periods("分季度看，一、二、三季度全省工业产值分别同比增长3.8%、5.1%、4.4%。")
    assert got == [
        ("3.8%", "一季度", "2019-01-01", "2019-03-31"),
        ("5.1%", "二季度", "2019-04-01", "2019-06-30"),
        ("4.4%", "三季度", "2019-07-01", "2019-09-30"),
    ]


def test_each_figure_of_a_month_list_is_said_of_its_own_month() -> None:
    got = periods("7、8、9月，全市客运量分别增长2.2%、2.9%和3.6%。")
    assert [p[1:] for p in got] == [
        ("7月", "2019-07-01", "2019-07-31"),
        ("8月", "2019-08-01", "2019-08-31"),
        ("9月", "2019-09-01", "2019-09-30"),
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
        ("一季度", "2019-01-01", "2019-03-31"),
        ("二季度", "2019-04-01", "2019-06-30"),
    ]
