"""The phrase table of :mod:`tui.core.periods`: each way the genre names a period, as a pattern and its resolver.

A row is ``(name, pattern, resolver)``; the first row that matches at a position wins, so the longer and more
specific forms come first and :data:`TABLE` ends with a bare year. :data:`FINDER` is the table in one
alternation (its inner groups unnamed); :data:`ALONE` holds each row's own pattern, matched again on the phrase
found to give the resolver its groups.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from tui.core.firstchars import guarded
from tui.core.periodevents import EVENT_ROWS, LATE_ROWS
from tui.core.periodlists import PARTS_LIST, r_parts_list
from tui.core.periodspans import SPAN_ROWS
from tui.core.reftime import (
    CLOCK,
    DASH,
    DAY_PART,
    NUM,
    QUARTER,
    YEAR,
    YEAR_DIGITS,
    Context,
    Span,
    month_end,
    r_bare_year,
    r_day,
    r_day_range,
    r_months_list,
    r_none,
    r_now,
    r_plan,
    r_since,
    r_today,
    r_year_part,
    r_year_range,
)
from tui.core.thisperiod import r_prior, r_this_month, r_this_quarter


def r_joined_months(m: re.Match[str], ctx: Context) -> Span | None:
    """201814月: 2018年1-4月 whose 年 and dash a mirror's flattening lost. Only 1 and a month 3–9 are read so
    (``201812月`` may be 2018年12月 as well as 1-2月, and stays unread); a digit on either side (a stock code,
    a phone number, an id) is no period at all."""
    year, last = int(m["y"]), int(m["b"])
    end = month_end(year, last)
    return (None, end) if ctx.up_to else (dt.date(year, 1, 1), end)


Resolver = Callable[[re.Match[str], Context], Span | None]

PART = (
    rf"前{QUARTER}季度?|第?{QUARTER}季度[末底初]?|第{QUARTER}季[末底初]?|首季度?|[上下]半年|全年|年内|[前首]{NUM}个?月|{NUM}(?:月份?)?{DASH}{NUM}\s?月份?"
    rf"|{NUM}\s?月份?(?:{NUM}\s?日)?(?:{CLOCK})?{DAY_PART}?|年[末底]"
)
"""A part of a year: a quarter, a half, the first N months, months, a month (with a day or its end), 年底. A
portal's flattened text may space a number from its 月 or 日 (3 月8 日)."""

UP_TO = r"(?:截至到?|截止到?)\s?"
"""截至, 截止到, and the space a flattened text leaves after them (截至 今年8月底)."""

TABLE: list[tuple[str, str, Resolver]] = [
    *EVENT_ROWS,
    *SPAN_ROWS,
    (
        "plan",
        r"[“\"‘'「『]?十(?P<n>[一二三四五六七八九])五[”\"’'」』]?(?:规划)?(?P<what>时期|期间|期末|末|以来)",
        r_plan,
    ),
    (
        "year_range",
        rf"(?:从|自)?(?P<a>{YEAR_DIGITS})年?{DASH}(?:(?P<b>{YEAR_DIGITS})年|(?P<rel>去年|上年|今年))(?P<part>[上下]半年|前?{QUARTER}季度|[前首]{NUM}个?月|年?[末底])?",
        r_year_range,
    ),
    (
        "day_range",
        rf"(?:自|从)?(?P<y>{YEAR})?(?P<m1>{NUM})月(?P<d1>{NUM})日?{DASH}(?:(?P<y2>{YEAR})?(?P<m2>{NUM})月)?(?P<d2>{NUM})日",
        r_day_range,
    ),
    ("up_to_now", rf"{UP_TO}(?:目前|当前|现在|今天|今日|(?:本场|本次|此次|这次)(?:新闻)?发布会)", r_now),
    ("up_to_day", rf"(?:{UP_TO}|到)(?P<d>{NUM})日(?:{CLOCK})?", r_none),
    (
        "since",
        rf"(?:自|从)?(?:(?P<y>{YEAR})(?:(?P<m>{NUM})月份?(?:(?P<d>{NUM})日)?|年?初)?|(?P<m0>{NUM})月份?(?:(?P<d0>{NUM})日)?"
        rf"|(?P<dd>{NUM})日|(?P<word>年初|开年|入汛|入冬|入夏|开春))(?:以来|起)",
        r_since,
    ),
    (
        "months_both",  # 5月份、6月份均环比增长1.2%: one value said of both months, their span
        rf"(?P<y>{YEAR})?(?P<a>{NUM})\s?月份?、\s?(?P<b>{NUM})\s?月份?(?=(?:同比|环比)?(?:均|都)|$)",
        r_months_list,
    ),
    ("parts_list", PARTS_LIST, r_parts_list),
    ("months_list", rf"(?P<y>{YEAR})?(?P<a>{NUM})、\s?(?P<b>{NUM})\s?月份?", r_months_list),
    ("prior", rf"(?:{UP_TO})?(?:上个?月|上一?个?季度)[末底]?|(?:上年|去年|上一年)同期", r_prior),
    (
        "year_part",
        rf"(?:{UP_TO}|到)?(?:(?P<y>{YEAR})(?P<part>{PART}|(?<=年)[末底])?|(?P<part0>{PART}))前?",
        r_year_part,
    ),
    ("joined_months", r"(?<![\d.])(?P<y>20\d\d)1(?P<b>[3-9])月(?:份)?(?![\d日])", r_joined_months),
    ("day", rf"(?P<d>{NUM})\s?日(?P<t>{CLOCK})?", r_day),
    ("start_value", r"(?<=[从由])(?:年初|月初|季初)(?=的?(?:约|近)?\d)", r_none),
    ("this_quarter", r"当季度?", r_this_quarter),
    (
        "this_month",
        r"(?<![月份])当月(?!份?[\d一二三四五六七八九十])|本月(?!份?[\d一二三四五六七八九十])",
        r_this_month,
    ),
    ("now", r"目前|当前|(?<![体实出表发呈])现在|如今|近期|眼下", r_now),
    ("today", r"今天|今日|昨天|昨日|当天|当日|首日", r_today),
    *LATE_ROWS,
    ("bare_year", r"(?P<y>(?:19|20)\d{2})", r_bare_year),
]

FINDER = guarded(
    "|".join(f"(?P<{name}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', pattern)})" for name, pattern, _ in TABLE)
)
"""All phrase patterns in one alternation (their inner groups unnamed); the table's own patterns, matched
again on the phrase found, give the resolver its groups."""
RESOLVERS: dict[str, Resolver] = {name: resolver for name, _, resolver in TABLE}
ALONE = {name: re.compile(pattern) for name, pattern, _ in TABLE}
