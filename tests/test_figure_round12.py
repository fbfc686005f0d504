"""Round 12 of the figures issue: invented sentences in the image of the twelfth set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2019-10-22") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def periods(text: str, day: str = "2019-10-22") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a period said in a concession does not carry -----------------------------------------------------------


def test_a_quarter_in_a_concession_leaves_the_first_three_quarters_in_force() -> None:
    got = periods(
        "前三季度，全市地区生产总值同比增长5.3%。值得注意的是，三季度增速虽略有回落，但结构继续改善。"
        "例如，数字产业增加值增长9.1%；城镇新增就业41万人。"
    )
    assert got == [
        ("5.3%", "前三季度", "2019-01-01", "2019-09-30"),
        ("9.1%", "前三季度", "2019-01-01", "2019-09-30"),
        ("41万人", "前三季度", "2019-01-01", "2019-09-30"),
    ]


def test_a_quarter_said_plainly_still_carries() -> None:
    got = periods("前三季度，全市地区生产总值增长5.3%。三季度，生产有所放缓。数字产业增加值增长4.2%。")
    assert got[1] == ("4.2%", "三季度", "2019-07-01", "2019-09-30")
    got = periods("前三季度，全市生产总值增长5.3%。尽管三季度有所放缓，数字产业增加值仍增长4.2%。")
    assert got[1][1:] == ("三季度", "2019-07-01", "2019-09-30")  # no 但: the clause is the figure's own


# --- since the start of a year -----------------------------------------------------------------------------


def test_since_the_start_of_this_year_is_open_ended() -> None:
    got = periods("今年初以来，国际铜价累计上涨14%。", "2022-02-18")
    assert got == [("14%", "今年初以来", "2022-01-01", None)]
    got = periods("自今年年初以来，铝价上涨6%；2021年初以来，锌价上涨9%。", "2022-02-18")
    assert [g[2:] for g in got] == [("2022-01-01", None), ("2021-01-01", None)]
    got = periods("今年，铜价预计上涨14%。", "2022-02-18")  # the year itself stays whole
    assert got == [("14%", "今年", "2022-01-01", "2022-12-31")]


# --- an average over months --------------------------------------------------------------------------------


def test_the_months_an_average_is_taken_over_are_its_period() -> None:
    got = periods("1至5月份平均，居民消费价格同比上涨1.9%，工业生产者出厂价格同比上涨3.2%。", "2018-06-15")
    assert [g[1:] for g in got] == [("1至5月份", "2018-01-01", "2018-05-31")] * 2
    assert [f.metric for f in figures("1至5月份平均，居民消费价格同比上涨1.9%。", "2018-06-15")] == [
        "居民消费价格"
    ]
    got = periods("前5个月平均同比上涨1.9%。", "2018-06-15")
    assert got[0][2:] == ("2018-01-01", "2018-05-31")


def test_an_average_base_or_frame_is_no_period() -> None:
    got = periods("5月份，居民消费价格上涨1.8%，低于上年平均水平。", "2018-06-15")
    assert got == [("1.8%", "5月份", "2018-05-01", "2018-05-31")]
    got = periods("一季度，全省生产总值增长12.1%，过去两年平均增长4.9%。", "2021-04-20")
    assert [g[1] for g in got] == ["一季度", "一季度"]


# --- a trend carried on from an earlier period -------------------------------------------------------------


def test_the_period_a_trend_is_carried_on_from_is_no_period() -> None:
    got = periods("5月份，全省发电量延续一季度较快增长态势，同比增长6.4%。", "2018-06-15")
    assert got == [("6.4%", "5月份", "2018-05-01", "2018-05-31")]
    got = periods("5月份，全省发电量保持了去年以来的回升势头，同比增长6.4%。", "2018-06-15")
    assert got[0][1] == "5月份"
    got = periods("一季度，全省发电量同比增长6.4%。", "2018-06-15")  # a quarter said plainly
    assert got == [("6.4%", "一季度", "2018-01-01", "2018-03-31")]


# --- a period said of one contrasting value ----------------------------------------------------------------


def test_a_half_said_of_one_value_does_not_carry_to_the_sentences_after() -> None:
    got = periods(
        "前三季度，全省生产总值同比增长1.2%，上半年是下降2.4%，扭转了上半年的下滑态势。"
        "农业增加值增长3.1%，工业增加值增长0.8%。"
    )
    assert [g[1:] for g in got] == [
        ("前三季度", "2019-01-01", "2019-09-30"),
        ("上半年", "2019-01-01", "2019-06-30"),
        ("前三季度", "2019-01-01", "2019-09-30"),
        ("前三季度", "2019-01-01", "2019-09-30"),
    ]


def test_a_half_that_opens_a_statement_still_carries() -> None:
    got = periods("前三季度，全省生产总值增长1.2%。上半年，农业增加值增长3.1%。工业增加值增长0.8%。")
    assert [g[1] for g in got] == ["前三季度", "上半年", "上半年"]
    got = periods("目前，全省平均开工率为62%，日产量1200吨。")  # 目前为…: the time the clauses after share
    assert [g[1] for g in got] == ["目前", "目前"]
