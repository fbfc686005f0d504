"""Periods: which phrases are periods, and the dates they resolve to against the time the text is about."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tui.core.figures import extract_text
from tui.core.periodref import infer_reference
from tui.core.periods import Reference, find_periods, resolve
from tui.core.text import fold


def periods(text: str, day: dt.date | None) -> list[tuple[str, str | None, str | None]]:
    return [(p.text, p.period_start, p.period_end) for p in find_periods(fold(text), day) if not p.bound]


@pytest.mark.parametrize(
    ("phrase", "day", "span"),
    [
        ("前三季度", "2023-11-04", ("2023-01-01", "2023-09-30")),
        ("9月", "2023-11-04", ("2023-09-01", "2023-09-30")),
        ("12月份", "2024-03-08", ("2023-12-01", "2023-12-31")),
        ("1—4月", "2023-05-16", ("2023-01-01", "2023-04-30")),
        ("去年11、12月份", "2020-01-21", ("2019-11-01", "2019-12-31")),
        ("今年一季度", "2020-04-20", ("2020-01-01", "2020-03-31")),
        ("截至9月末", "2023-10-20", (None, "2023-09-30")),
        ("截至2019年底", "2020-02-05", (None, "2019-12-31")),
        ("到2022年底前", "2019-09-10", (None, "2022-12-31")),
        ("2月底", "2020-04-30", (None, "2020-02-29")),
        ("截至7月11日24时", "2023-07-12", (None, "2023-07-11")),
        ("2月26日", "2020-02-28", ("2020-02-26", "2020-02-26")),
        ("7月9日至10日", "2023-07-12", ("2023-07-09", "2023-07-10")),
        ("自2021年4月1日至6月30日", "2021-03-20", ("2021-04-01", "2021-06-30")),
        ("今年以来", "2023-11-04", ("2023-01-01", None)),
        ("2017年以来", "2019-01-14", ("2017-01-01", None)),
        ("7月份以来", "2023-07-12", ("2023-07-01", None)),
        ("截至目前", "2023-11-04", (None, "2023-11-04")),
        ("春节假期", "2024-02-18", (None, None)),
        ("未来3天", "2024-02-18", (None, None)),
        ("两年多来", "2019-10-21", (None, None)),
    ],
)
def test_a_phrase_resolves_against_the_article_date(
    phrase: str, day: str, span: tuple[str | None, ...]
) -> None:
    assert resolve(phrase, dt.date.fromisoformat(day)) == span


def test_a_first_quarter_report_is_about_the_year_before_but_its_targets_are_not() -> None:
    march = dt.date(2024, 3, 8)
    assert periods("全年全省地区生产总值增长5.4%。", march) == [("全年", "2023-01-01", "2023-12-31")]
    assert periods("全年城镇新增就业的预期目标为65万人以上。", march) == [
        ("全年", "2024-01-01", "2024-12-31")
    ]
    assert periods("力争三季度末开工率达到80%。", march) == [("三季度末", None, "2024-09-30")]
    assert periods("三季度末开工率为80%。", march) == [("三季度末", None, "2023-09-30")]
    assert periods("全年增长5.2%。", dt.date(2024, 7, 15)) == [("全年", "2024-01-01", "2024-12-31")]


def test_a_year_written_earlier_in_the_sentence_decides() -> None:
    day = dt.date(2024, 10, 20)
    assert periods("2023年，甲增长5%，前11个月乙增长3%；全年丙增长2%。", day) == [
        ("2023年", "2023-01-01", "2023-12-31"),
        ("前11个月", "2023-01-01", "2023-11-30"),
        ("全年", "2023-01-01", "2023-12-31"),
    ]
    # …but not from the sentence before
    assert periods("2023年甲增长5%。前9个月乙增长3%。", day)[1] == ("前9个月", "2024-01-01", "2024-09-30")


def test_without_a_date_the_years_of_the_text_decide() -> None:
    text = "2022年，全省规上工业营收增长4.3%。去年前10个月利润下降1.6%。全年增长5%。"
    ref = infer_reference(None, [fold(text)])
    assert ref == Reference(None, 2023, 2022)  # it says 去年 of 2022 and never 今年: published the year after
    assert periods("全年增长6%，去年12月增长1%，前10个月增长2%。", ref) == [
        ("全年", "2022-01-01", "2022-12-31"),
        ("去年12月", "2022-12-01", "2022-12-31"),
        ("前10个月", "2022-01-01", "2022-10-31"),
    ]
    # a base and a target still tell the year when nothing else does
    ref = infer_reference(None, [fold("今年前三季度增长5%，比2021年初下降3%。"), fold("到2035年基本实现。")])
    assert ref == Reference(None, 2021, 2021)
    assert periods("截至9月末，贷款余额2.5万亿元。", ref) == [("截至9月末", None, "2021-09-30")]


def test_when_nothing_decides_the_dates_are_null() -> None:
    ref = infer_reference(None, [fold("前三季度增长5%，9月份增长4%。")])
    assert ref == Reference(None, None, None)
    assert periods("前三季度增长5%，截至9月末余额3万亿元，3月12日开工率为58%。", ref) == [
        ("前三季度", None, None),
        ("截至9月末", None, None),
        ("3月12日", None, None),
    ]
    assert periods("2021年增长5%。", ref) == [("2021年", "2021-01-01", "2021-12-31")]


def test_a_year_followed_by_a_count_is_a_year_not_a_month() -> None:
    assert periods("2022年6项重点工程投资3.2万亿元。", dt.date(2023, 2, 1)) == [
        ("2022年", "2022-01-01", "2022-12-31")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "比上年增长5%，较2020年末增加，比去年同期提高，与去年相比下降，按照上年不变价计算。",
        "三家机构全年新增计划已完成，今年目标任务过半。",
        "在10月21日的新闻发布会上，本报北京7月12日电。",
        "增加到17种，提高到3.6%。",
        "前3名，第9月。",
    ],
)
def test_bases_attributes_events_and_look_alikes_are_not_periods(text: str) -> None:
    assert periods(text, dt.date(2020, 6, 1)) == []


def test_a_base_bound_by_de_is_the_period_of_that_figure_alone() -> None:
    got = extract_text("今年返还比例从去年的60%提高到75%，比2月3日的1.5万只多一倍。", dt.date(2021, 4, 20))
    assert [(f.text, f.period, f.period_start) for f in got] == [
        ("60%", "去年", "2020-01-01"),
        ("75%", "今年", "2021-01-01"),
        ("1.5万只", "2月3日", "2021-02-03"),
        ("一倍", "今年", "2021-01-01"),
    ]


def test_events_and_time_frames_are_periods_without_dates() -> None:
    assert periods("汛期开始以来，全省已向37个县调拨物资，未来5天还将新增近800个安置点。", None) == [
        ("汛期开始以来", None, None),
        ("未来5天", None, None),
    ]


def test_an_event_since_starts_after_a_period_found_before_it() -> None:
    # Hypothesis found 前三季度0今年以来 read as two periods over each other: the event's phrase ran back over
    # the quarter to its clause's start
    for text in ("前三季度0今年以来", "前三季度疫情发生以来，增长5%"):
        found = find_periods(text, dt.date(2023, 5, 1))
        assert found[0].text == "前三季度"
        assert all(a.end <= b.start for a, b in itertools.pairwise(found)), found
