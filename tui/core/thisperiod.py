"""当季, 当月: the quarter or the month a text means by "the same one", from the period in force before it.

A live report says 当季 after naming a quarter (``一季度…，当季…``) and 当月 after naming a day or a month
(``9月15日，…当月到期量…``); with nothing named before, 当月 is the month of publication, as a news report
means the month it is written in. Resolvers for :data:`tui.core.periods.TABLE`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tui.core.reftime import Context, Span


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
    anchor = end or ctx.day or ctx.ref.published
    if anchor is None:
        return None
    return dt.date(anchor.year, anchor.month, 1), dt.date(
        anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1]
    )
