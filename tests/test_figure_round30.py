"""Round 30 of the figures issue: what is left across the seventeenth to twenty-second sets, by class, in
invented sentences with look-alikes (a period whose 年 and dash a mirror lost: 201914月)."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.periods import find_periods, resolve


def spans(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(text, period_start, period_end) of every figure of ``text``."""
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, published)]


def test_a_year_joined_to_its_month_range_is_that_range() -> None:
    got = spans("201916月,全省服务贸易总额为1234.5亿元,同比增长7.6%。", dt.date(2019, 7, 20))
    assert got == [("1234.5亿元", "2019-01-01", "2019-06-30"), ("7.6%", "2019-01-01", "2019-06-30")]


def test_a_joined_range_in_a_heading_reaches_the_figures_under_it() -> None:
    published = dt.date(2017, 6, 15)
    assert resolve("201715月份", published) == ("2017-01-01", "2017-05-31")
    assert [p.text for p in find_periods("二、201715月份本市货物进出口情况", published)] == ["201715月份"]


def test_ambiguous_or_embedded_digits_are_no_joined_range() -> None:
    published = dt.date(2018, 5, 17)
    # 201812月 may be 2018年12月 as well as 1-2月; a digit before or after is a code, a phone number, an id
    for text in ("201812月出口回升", "代码6201814月", "拨打1392018157月", "编号201814月5", "201814日"):
        assert [p.text for p in find_periods(text, published) if "2018" in p.text] == [], text
