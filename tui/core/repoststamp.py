"""A repost's stamp told from a page's date: the year an article reports on when a later mirror stamps it.

A mirror that reposts a press conference's script puts its own stamp on the page (``发布时间:2024-11-23``),
while the text names the event it reports on with its year (``召开2023年三季度新闻发布会``). A release of a
period comes out within weeks of the period's end; a page date more than half a year after the end of the
period the event is named for, in a later year, is the repost's stamp, not the publication: relative periods
(前三季度, 9月份, 今年) resolve against the event's year instead (:func:`event_reference`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from tui.core.numerals import number_value
from tui.core.reftime import NUM, QUARTER, YEAR_DIGITS, Reference, month_end, written_year

_EVENT = re.compile(
    rf"(?P<y>{YEAR_DIGITS})\s?年度?\s?(?P<part>第?{QUARTER}季度|前三季度|上半年|下半年|全年|"
    rf"(?:{NUM}[\-—–至到~])?{NUM}月份?(?:{NUM}日)?)?"
    r"[^，。,;；:：\d]{0,16}?(?:新闻发布会|发布会|吹风会|通气会)"
)
"""2023年三季度新闻发布会, 2022年上半年浙江省经济运行新闻发布会, 2019年4月份国民经济运行情况举行发布会:
an event named for a period of a year or held on a day of it (2018年7月19日…例行新闻发布会)."""

_PART_MONTH = {"上半年": 6, "下半年": 12, "全年": 12, "前三季度": 9}
_STALE = dt.timedelta(days=183)
"""How long after the end of its period a release still comes out: half a year."""


def _period_end(year: int, part: str | None) -> dt.date:
    """The last day of the period an event is named for (the year when it names no part)."""
    if not part:
        return dt.date(year, 12, 31)
    if part in _PART_MONTH:
        return month_end(year, _PART_MONTH[part])
    if "季度" in part:
        quarter = number_value(re.findall(QUARTER, part)[-1]) or 4
        return month_end(year, 3 * int(quarter) if 1 <= quarter <= 4 else 12)
    months = re.findall(r"\d{1,2}|[一二三四五六七八九十]{1,3}", part)
    last = number_value(months[-1]) if months else None
    month = int(last) if last is not None and 1 <= last <= 12 else 12
    return month_end(year, month)


def event_year(day: dt.date, texts: Iterable[str]) -> int | None:
    """The year of the event a page dated ``day`` reports on, when ``day`` is a later repost's stamp: the
    title or an opening line names an event for a period of an earlier year that ended over half a year before
    ``day``. None when the date is the page's own (or nothing names such an event)."""
    for text in texts:
        for m in _EVENT.finditer(text):
            year = written_year(m["y"] + "年")
            if year is None or year >= day.year:
                continue
            if day - _period_end(year, m["part"]) > _STALE:
                return year
    return None


def event_reference(day: dt.date | None, texts: Iterable[str]) -> Reference | None:
    """The reference of a reposted text (its event's year, no publication day), or None for a page's own date."""
    if day is None:
        return None
    year = event_year(day, texts)
    return None if year is None else Reference(None, year, year)


__all__ = ["event_reference", "event_year"]
