"""Periods written as a list of their parts: ``一、二、三、四季度``, ``三、四季度``, ``2023年四个季度``,
``4、5、6三个月``, ``4月、5月、6月``.

Such a phrase covers its parts together (its span, from the first part's start to the last part's end), and
a ``分别`` list after it gives each figure its own part (``去年四个季度GDP分别增长a%、b%、c%和d%``: the first
figure the first quarter…). :func:`parts_of` gives those parts; :mod:`tui.core.periods` keeps them on the
period found, :mod:`tui.core.figures` hands them out.

Two months alone (``1、2月``) are not such a list: the statistics of the genre write them for the months
together (the 1–2 月 cumulative figure), and :mod:`tui.core.periods` reads them as one span.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.core.numerals import number_value
from tui.core.reftime import DASH, NUM, QUARTER, YEAR, Context, Span, iso

PARTS_LIST = (
    rf"(?P<y>{YEAR})?(?:第?(?P<q>(?:{QUARTER}、\s?)+{QUARTER})季度"
    rf"|(?P<qq>(?:第?{QUARTER}季度、\s?)+第?{QUARTER}季度)"
    rf"|(?P<m>(?:{NUM}(?:月份?)?、\s?){{2,}}{NUM})(?:{NUM}个)?月份?)"
    rf"|(?P<y4>{YEAR})的?(?P<n>四)个季度"
)
"""The phrase: quarters listed with 、 (two or more), months listed with 、 (three or more, ending in 月 or a
count of months), quarters each written whole (第一季度、第二季度、第三季度), or a year's 四个季度."""

_QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _number(text: str) -> int | None:
    """A month's or a count's number, Arabic or Chinese (十二), as :mod:`~tui.core.numerals` reads it."""
    value = number_value(text)
    return int(value) if value is not None and value == int(value) else None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _months(m: re.Match[str]) -> list[tuple[int, int]] | None:
    """The (first month, last month) of each part the phrase lists, in order; None when they do not read as
    parts of one year in order."""
    if m["n"]:
        parts = [(q * 3 - 2, q * 3) for q in range(1, 5)]
    elif m["q"] or m["qq"]:
        items = (m["q"] or re.sub(r"第|季度", "", m["qq"])).split("、")
        numbers = [_QUARTER_NUMBER.get(x.strip()) for x in items]
        if any(n is None for n in numbers):
            return None
        parts = [(n * 3 - 2, n * 3) for n in numbers if n is not None]
    else:
        items = [re.sub(r"月份?", "", x).strip() for x in m["m"].split("、")]
        numbers = [_number(x) for x in items]
        if any(n is None or not 1 <= n <= 12 for n in numbers):
            return None
        parts = [(n, n) for n in numbers if n is not None]
    firsts = [first for first, _ in parts]
    return parts if firsts == sorted(set(firsts)) else None


def parts_of(m: re.Match[str], ctx: Context) -> list[Span]:
    """The span of each part the phrase lists (a quarter, a month), in order; empty when the year is unknown."""
    parts = _months(m)
    if not parts:
        return []
    year_word = m["y"] or m["y4"]
    year = ctx.year_of(year_word) if year_word else ctx.year_for_month(parts[-1][1])
    if year is None:
        return []
    return [(dt.date(year, first, 1), _month_end(year, last)) for first, last in parts]


def r_parts_list(m: re.Match[str], ctx: Context) -> Span | None:
    """The parts together: from the first one's start to the last one's end."""
    parts = parts_of(m, ctx)
    return (parts[0][0], parts[-1][1]) if parts else None


_MONTH_RANGE = re.compile(rf"(?P<a>{NUM})(?:月份?)?{DASH}(?P<b>{NUM})月份?")


def range_months(phrase: str, span: Span | None) -> tuple[tuple[str | None, str | None], ...]:
    """1至3月份…分别为a、b、c: a span of three months or more, each month its own part, for a 分别 list as
    long as it (1-2月 stays the cumulative pair the genre reports)."""
    m = _MONTH_RANGE.search(phrase.replace(" ", ""))
    if (
        m is None
        or span is None
        or span[0] is None
        or span[1] is None
        or not m.group().endswith(("月", "份"))
    ):
        return ()
    first, last = span[0], span[1]
    if first.year != last.year or first.day != 1 or last.month - first.month < 2:
        return ()
    months = [dt.date(first.year, n, 1) for n in range(first.month, last.month + 1)]
    return tuple(iso((day, _month_end(day.year, day.month))) for day in months)


def two_months(span: Span | None) -> tuple[tuple[str | None, str | None], ...]:
    """5、6月份: the span of two months listed, as its two months (for a 分别 list of two after it)."""
    if span is None or span[0] is None or span[1] is None or span[0] >= span[1]:
        return ()
    first, last = span[0], span[1]
    return iso((first, _month_end(first.year, first.month))), iso((last.replace(day=1), last))


__all__ = ["PARTS_LIST", "parts_of", "r_parts_list", "range_months", "two_months"]
