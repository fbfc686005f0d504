"""当季, 当月, 上月: the quarter or the month a text means by "the same one", from the period in force before it.

A live report says 当季 after naming a quarter (``一季度…，当季…``) and 当月 after naming a day or a month
(``9月15日，…当月到期量…``); with nothing named before, 当月 is the month of publication, as a news report
means the month it is written in. Resolvers for :data:`tui.core.periods.TABLE`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tui.core.reftime import Context, Span, month_end


def r_this_quarter(m: re.Match[str], ctx: Context) -> Span | None:
    """当季: the quarter that the period in force ends in (一季度，…当季… is the first quarter)."""
    end = ctx.previous[1] if ctx.previous is not None else None
    if end is None:
        return None
    first = (end.month - 1) // 3 * 3 + 1
    last = dt.date(end.year, first + 2, 1)
    return dt.date(end.year, first, 1), dt.date(
        end.year, first + 2, calendar.monthrange(last.year, last.month)[1]
    )


def r_this_month(m: re.Match[str], ctx: Context) -> Span | None:
    """当月: the month the period in force ends in, else of the day named last, else of publication."""
    end = ctx.previous[1] if ctx.previous is not None else None
    anchor = end or ctx.day or ctx.ref.reported or ctx.ref.published
    if anchor is None:
        return None
    return dt.date(anchor.year, anchor.month, 1), dt.date(
        anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1]
    )


def _shift_year(day: dt.date | None, years: int) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _whole_months(span: Span | None) -> tuple[dt.date, int] | None:
    """(first day, months) when ``span`` covers whole calendar months of one year."""
    if span is None:
        return None
    first, last = span
    if first is None or last is None:
        return None
    if first.day != 1 or first.year != last.year or last != month_end(last.year, last.month):
        return None
    return first, last.month - first.month + 1


def r_prior(m: re.Match[str], ctx: Context) -> Span | None:
    """上月, 上季度, 上年同期: the month, quarter or same period before the period in force, or before the
    month of publication when none is in force."""
    phrase = m.group(0)
    point = phrase.endswith(("末", "底"))
    if "同期" in phrase:
        if ctx.previous is None or ctx.previous[1] is None:
            return None
        return _shift_year(ctx.previous[0], -1), _shift_year(ctx.previous[1], -1)
    size = 3 if "季度" in phrase else 1
    whole = _whole_months(ctx.previous)
    if whole is not None and whole[1] == size:
        anchor = whole[0]
    elif ctx.ref.reported is not None:  # 1月CPI…: 上月 is December, whatever day it is published
        reported = ctx.ref.reported
        anchor = dt.date(reported.year, (reported.month - 1) // size * size + 1, 1)
    elif ctx.ref.published is not None:
        pub = ctx.ref.published
        anchor = dt.date(pub.year, (pub.month - 1) // size * size + 1, 1)
    else:
        return None
    index = anchor.year * 12 + anchor.month - 1 - size
    year, month = divmod(index, 12)
    end = month_end(year, month + size)
    return (None, end) if point or ctx.up_to else (dt.date(year, month + 1, 1), end)
