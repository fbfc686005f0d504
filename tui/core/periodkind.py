"""The kind of a resolved period, so that a timeline draws months with months and running totals apart.

A figure's period is resolved to an ISO interval (``period_start``, ``period_end``, either may be null). Its
kind follows from the interval, and from the words as written where the interval alone cannot tell
(1—3月 and 一季度 are the same months; the first is a running total of a monthly series, the second a
quarter):

====  ===============================================================================================
月     one calendar month (9月, 2019年9月份)
季     one calendar quarter (一季度, 三季度), January to March unless written as months
累计   from January 1 to the end of a month of the same year: 1—4月, 前三季度, 上半年, 前8个月; also
       1—3月 and 1—12月 written as months
年     a calendar year (2019年, 全年, 去年)
时点   a point in time: 截至9月末, 2022年末, a day (the end is known, the start is not, or both are one day)
其他   any other span: 2—3月, 2016年至2020年, 十四五时期, 以来 (a start and no end)
未定   not resolved (前三季度 in an undated text, 目前): listed apart, never placed on a line, never compared
====  ===============================================================================================
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Final

KINDS: Final = ("月", "季", "累计", "年", "时点", "其他", "未定")
"""Period kinds in the order a timeline lists them."""

UNRESOLVED: Final = "未定"

_MONTH_RANGE = re.compile(
    r"(?:[1１一]|元)\s*(?:[-—–~～至到]|月至|月到|月-|月—)|前\s*(?:[0-9０-９]+|[一二三四五六七八九十两]+)\s*个?月"
)
"""1—3月, 1至12月, 1月至3月, 前3个月: a running total written as months."""


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def period_kind(period: str | None, start: str | None, end: str | None) -> str:
    """The kind (:data:`KINDS`) of a period: the words as written and the resolved interval."""
    first, last = _date(start), _date(end)
    if first is None and last is None:
        return UNRESOLVED
    if first is None or (last is not None and first == last):
        return "时点"
    if last is None or last < first:
        return "其他"
    if first.day != 1 or not _month_end(last):
        return "其他"
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    as_months = bool(_MONTH_RANGE.search(period or ""))
    if months == 1:
        return "月"
    if first.month == 1 and last.year == first.year:
        if months == 12:
            return "累计" if as_months else "年"
        if months == 3:
            return "累计" if as_months else "季"
        return "累计"
    if months == 3 and first.month in (4, 7, 10):
        return "季"
    return "其他"


def period_label(kind: str, start: str | None, end: str | None) -> str:
    """A short name of a resolved period for tables and charts: 2019-09, 2019Q3, 2019-01…09, 2019,
    2019-09-30 (a point in time), 2019-02-01…2019-03-31; empty for an unresolved one."""
    first, last = _date(start), _date(end)
    if kind == "月" and first is not None:
        return f"{first.year}-{first.month:02d}"
    if kind == "季" and first is not None:
        return f"{first.year}Q{(first.month - 1) // 3 + 1}"
    if kind == "累计" and first is not None and last is not None:
        return f"{first.year}-01…{last.month:02d}"
    if kind == "年" and first is not None:
        return str(first.year)
    if kind == "时点":
        return str(end or start or "")
    if start and end:
        return f"{start}…{end}"
    if start:
        return f"{start}…"
    return ""
