"""Round 22 of the figures issue: invented sentences in the image of the nineteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str = "2022-05-20") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def spans(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, period, start, end) of every figure."""
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text)]


# --- a span of months whose 分别 list gives one value a month ---


def test_a_list_as_long_as_a_span_of_months_gives_each_month_its_value() -> None:
    got = spans(
        "今年1至3月份，全省登记失业率分别为4.1%、4.3%和4.2%，分别比上年同月回落0.3、0.1和0.2个百分点。"
    )
    months = [("2022-01-01", "2022-01-31"), ("2022-02-01", "2022-02-28"), ("2022-03-01", "2022-03-31")]
    assert [(s, e) for _, _, s, e in got] == months * 2
    assert {p for _, p, _, _ in got} == {"今年1至3月份"}
    got = spans("2021年4—7月，全县客运量分别为12万、15万、13万和16万人次。")
    assert [(s, e) for _, _, s, e in got] == [
        ("2021-04-01", "2021-04-30"),
        ("2021-05-01", "2021-05-31"),
        ("2021-06-01", "2021-06-30"),
        ("2021-07-01", "2021-07-31"),
    ]


def test_a_list_of_subjects_or_of_another_length_keeps_the_whole_span() -> None:
    whole = ("2022-01-01", "2022-03-31")
    got = spans("今年1至3月份，出口、进口和转口贸易额分别增长4.1%、4.3%和4.2%。")
    assert [(s, e) for _, _, s, e in got] == [whole] * 3
    got = spans("今年1至3月份，全省登记失业率分别为4.1%和4.3%。")
    assert [(s, e) for _, _, s, e in got] == [whole] * 2
    # two months are the cumulative figure the genre reports, never one month each
    got = spans("今年1至2月份，全省登记失业率分别为4.1%和4.3%。")
    assert [(s, e) for _, _, s, e in got] == [("2022-01-01", "2022-02-28")] * 2
    # a figure alone over the span keeps it
    assert spans("1-3月，全省社会消费品零售总额增长6.2%。") == [("6.2%", "1-3月", *whole)]


# --- 全年 under a year its paragraph named before it ---


def test_quan_nian_after_a_year_named_at_the_head_of_its_paragraph_names_that_year() -> None:
    text = "招商方面，2016年，本县引资保持平稳。全年新签约项目318个，同比下降4.5%。"
    got = [(f.text, f.period, f.period_start, f.period_end) for f in read(text, "2017-01-18")]
    assert got == [
        ("318个", "2016年全年", "2016-01-01", "2016-12-31"),
        ("4.5%", "2016年全年", "2016-01-01", "2016-12-31"),
    ]


def test_quan_nian_with_no_year_before_it_in_its_paragraph_stays_as_written() -> None:
    text = "2016年，本县引资保持平稳。\n全年新签约项目318个，同比下降4.5%。"
    assert {f.period for f in read(text, "2017-01-18")} == {"全年"}
    # a 全年 of another year than the one named (this year's target) stays as written
    text = "2015年，全县接待游客90万人次。今年一季度增长12%，全年有望突破110万人次。"
    got = read(text, "2016-04-20")
    assert (got[-1].period, got[-1].period_start) == ("全年", "2016-01-01")
    # 今年全年, 2016年全年: written whole, left as they are
    got = read("2016年，本县引资平稳。今年全年新签约项目318个。", "2016-12-28")
    assert got[0].period == "今年全年"


# --- a list of changes from–to: the later starts take the period of the first one's 由 ---


def test_later_starts_of_a_list_of_changes_take_the_first_ones_period() -> None:
    text = "5月份，全市工业用电量由1至4月下降8.4%转为增长3.1%、货运量由下降11.6%转为增长1.9%。"
    got = [(f.text, f.period) for f in read(text)]
    assert got == [("8.4%", "1至4月"), ("3.1%", "5月份"), ("11.6%", "1至4月"), ("1.9%", "5月份")]
    assert (read(text)[2].period_start, read(text)[2].period_end) == ("2022-01-01", "2022-04-30")


def test_a_change_with_no_list_or_its_own_period_keeps_its_frame() -> None:
    # one change alone: its start without a period is the frame's
    got = [(f.text, f.period) for f in read("5月份，全市货运量由下降11.6%转为增长1.9%。")]
    assert got == [("11.6%", "5月份"), ("1.9%", "5月份")]
    # a later start that names its own period keeps it
    text = "5月份，全市工业用电量由1至4月下降8.4%转为增长3.1%、货运量由4月份下降11.6%转为增长1.9%。"
    assert [f.period for f in read(text)][2] == "4月份"
