"""Stretches counted back from a year: streaks (连续三年, 连续11个季度) and years ago (5年前, 十年前); a span
from a start day to an as-of time (7月3日以来，截至12日18时).

These rows of :data:`tui.core.periods.TABLE` name a period by counting: ``连续三年`` is the three years that
end at the year in force (or that start at the year written before it: 从2013年开始，连续三年), ``5年前``
the year five before the reference year. A streak of quarters or months names no edge a reader could check
from the phrase alone, so it resolves to nothing; it is still the period of the figures it qualifies (not a
quarter said earlier).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from tui.core.numerals import number_value
from tui.core.reftime import CLOCK, NUM, YEAR, Context, Span

STREAK_ROW = rf"(?:(?:从|自)(?P<y>{YEAR})(?:开始|起)[,，]?\s?)?(?:已经?|已)?连续(?P<n>{NUM})(?P<unit>年|个季度|季度|个月)"
"""连续三年, 从2013年开始，连续三年, 连续11个季度, 连续4个月: a streak counted back from the time in force."""

AGO_ROW = rf"(?<![\d〇○零])(?P<n>{NUM})年前(?![后後])"
"""5年前, 十年前 (not 2010年前, which is a year; not 3年前后)."""


def _count(text: str) -> int | None:
    value = number_value(text)
    return int(value) if value is not None and value == int(value) and 0 < value < 100 else None


def r_streak(m: re.Match[str], ctx: Context) -> Span | None:
    """The years of a streak of years; a streak of quarters or months resolves to nothing."""
    n = _count(m["n"])
    if n is None or m["unit"] != "年":
        return None
    first = ctx.year_of(m["y"]) if m["y"] else None
    if first is not None:
        return dt.date(first, 1, 1), dt.date(first + n - 1, 12, 31)
    last = ctx.year_for_whole()
    return None if last is None else (dt.date(last - n + 1, 1, 1), dt.date(last, 12, 31))


def r_ago(m: re.Match[str], ctx: Context) -> Span | None:
    """The year ``n`` years before the reference year."""
    n = _count(m["n"])
    if n is None or ctx.ref.year is None:
        return None
    year = ctx.ref.year - n
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


SINCE_UP_TO_ROW = (
    rf"(?:自|从)?(?P<y>{YEAR})?(?P<m>{NUM})月份?(?P<d>{NUM})日(?:以来|起)[,，、]?\s?(?:截至到?|截止到?)\s?"
    rf"(?:(?P<m2>{NUM})月)?(?P<d2>{NUM})日(?:{CLOCK})?"
)
"""7月3日以来，截至12日18时: a tally from a start day to the time it is counted to, both ends known."""


def r_since_up_to(m: re.Match[str], ctx: Context) -> Span | None:
    """From the start day to the as-of day (its month that of the start, or the next when the day is earlier)."""
    month, day, last = number_value(m["m"]), number_value(m["d"]), number_value(m["d2"])
    if month is None or day is None or last is None:
        return None
    year = ctx.year_of(m["y"]) if m["y"] else ctx.year_for_month(int(month))
    end_month = number_value(m["m2"]) if m["m2"] else (month if last >= day else month + 1)
    if year is None or end_month is None:
        return None
    end_year = year + 1 if end_month < month or end_month > 12 else year
    try:
        return dt.date(year, int(month), int(day)), dt.date(
            end_year, (int(end_month) - 1) % 12 + 1, int(last)
        )
    except ValueError:
        return None


_STARTED = re.compile(r"(?:从|自)[^,，;；。]{1,10}(?:开始|起)")


def in_force(text: str, here: int, at: int, dated: Sequence[int]) -> bool:
    """Whether the sentence starting at ``here`` set a dated period (or a start, 从7月份开始) before ``at`` (``dated``: where the dated periods said so far start):
    a streak after it (2019年，粮食产量…连续5年稳定在…) comments on that period rather than replacing it."""
    if _STARTED.search(text, here, at) is not None:
        return True
    return any(start >= here for start in dated)


SPAN_ROWS = [
    ("since_up_to", SINCE_UP_TO_ROW, r_since_up_to),
    ("streak", STREAK_ROW, r_streak),
    ("ago", AGO_ROW, r_ago),
]
"""Rows ahead of the calendar's: 从2013年开始，连续三年 is one streak, not 2013年 then a count."""

__all__ = ["SPAN_ROWS", "in_force", "r_ago", "r_since_up_to", "r_streak"]
