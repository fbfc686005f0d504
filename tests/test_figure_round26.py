"""Round 26 of the figures issue: the reference year of a reposted script, streaks (连续三年) and years ago
(5年前) as periods, in invented sentences in the image of the twentieth set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure
from tui.core.repoststamp import event_year


def read(text: str, day: str = "2023-05-01") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def ranges(figures: list[Figure]) -> list[tuple[str, str | None, str | None]]:
    """(text, start, end) of every figure."""
    return [(f.text, f.period_start, f.period_end) for f in figures]


# --- a mirror's stamp long after the event its script names is not the publication ---

_SCRIPT = (
    "发布时间:2025-10-14 08:12:40 来源: mirror20251014\n"
    "7月18日\n"
    "水利部召开2024年二季度新闻发布会\n"
    "上半年全国完成水利投资4321亿元\n"
    "6月份新开工项目218个\n"
)


def test_a_repost_stamp_long_after_the_event_resolves_against_the_event_year() -> None:
    got = ranges(extract(parse_text(_SCRIPT)))
    assert ("4321亿元", "2024-01-01", "2024-06-30") in got
    assert ("218个", "2024-06-01", "2024-06-30") in got


def test_a_page_dated_soon_after_the_period_keeps_its_date() -> None:
    # a report of the year before, published in its first weeks: the page's date is its own
    assert event_year(dt.date(2025, 1, 20), ["召开2024年全年经济运行情况新闻发布会"]) is None
    assert event_year(dt.date(2024, 12, 2), ["召开2024年三季度新闻发布会"]) is None


def test_a_repost_needs_an_event_named_for_an_earlier_period() -> None:
    assert event_year(dt.date(2025, 10, 14), ["召开2024年二季度新闻发布会"]) == 2024
    assert event_year(dt.date(2025, 10, 14), ["2024年二季度投资增长较快"]) is None  # no event named
    assert event_year(dt.date(2025, 10, 14), ["2024年7月18日举行新闻发布会"]) == 2024


# --- a streak is the period of the figures it qualifies ---


def test_a_streak_of_years_from_a_written_start() -> None:
    got = read("公司从2019年开始,连续四年营业收入都在800亿元以上。")
    assert [(f.text, f.period, f.period_start, f.period_end) for f in got] == [
        ("800亿元以上", "从2019年开始,连续四年", "2019-01-01", "2022-12-31")
    ]


def test_a_streak_of_years_ends_at_the_year_reported() -> None:
    # a page of March reports on the year before: the streak ends there
    got = read("全市粮食产量连续5年稳定在300万吨以上。", "2023-03-01")
    assert [(f.period, f.period_start, f.period_end) for f in got] == [
        ("连续5年", "2018-01-01", "2022-12-31")
    ]


def test_a_streak_of_quarters_is_the_period_but_names_no_edges() -> None:
    got = read("出口增速已连续9个季度保持在4%至6%的区间。")
    assert [(f.text, f.period, f.period_start) for f in got] == [
        ("4%", "已连续9个季度", None),
        ("6%", "已连续9个季度", None),
    ]


def test_a_streak_after_the_period_in_force_leaves_it() -> None:
    got = read("2022年,全省粮食产量再创新高,连续6年稳定在700亿斤以上。")
    assert [(f.text, f.period) for f in got] == [("700亿斤以上", "2022年")]
    got = read("从5月份开始,月度增幅已连续4个月保持在2.1%的水平。", "2023-09-20")
    assert [(f.text, f.period) for f in got] == [("2.1%", None)]  # the start is a base here, not the streak


def test_a_year_with_a_before_is_no_count_of_years_ago() -> None:
    got = read("2010年前全县仅有小学12所。")
    assert [(f.period, f.period_end) for f in got] == [("2010年前", "2010-12-31")]


# --- years ago resolve against the reference year ---


def test_years_ago_in_a_clause_of_its_own() -> None:
    got = read("如今每提高1个百分点,相当于6年前的1.8个百分点,12年前3.2个百分点。")
    assert ("3.2个百分点", "12年前", "2011-01-01", "2011-12-31") in [
        (f.text, f.period, f.period_start, f.period_end) for f in got
    ]


def test_ten_years_ago_in_words() -> None:
    got = read("十年前全省的经济总量还是3万多亿元。")
    assert [(f.period, f.period_start) for f in got] == [("十年前", "2013-01-01")]


def test_a_streak_said_of_the_figure_before_leaves_the_month_in_force() -> None:
    got = read("7月份全县用电量增长3.6%,连续两个月正增长;货运量增长5.2%。", "2023-08-20")
    assert [(f.text, f.period) for f in got] == [("3.6%", "7月份"), ("5.2%", "7月份")]


def test_a_streak_forecast_is_no_period() -> None:
    got = read("全省棉花产量将连续4年稳定在50万吨以上。", "2023-11-20")
    assert [f.period for f in got] != ["连续4年"]
