"""Reporting periods: find phrases such as 前三季度, 1至9月, 截至目前, and resolve them to ISO dates.

A period is resolved against the article's date: in an article of 2023-11-04, 9月 is 2023-09-01/2023-09-30,
前三季度 2023-01-01/2023-09-30 and 截至目前 null/2023-11-04; a month later than the article's month
means the previous year. A phrase right after 比 or 较 (比2022年底, 比去年同期) is a comparison base,
not a period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tui.core.numerals import number_value

_N = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
_Y = r"(?:(?:19|20)\d{2})"
_Q = r"(?:[一二三四1-4])"

PERIOD = re.compile(
    "|".join(
        (
            rf"{_Y}年?[至到\-—–~]{_Y}年",
            rf"截至(?:目前|当前|现在|今年|去年|年底|年末|{_Y}年)?(?:{_N}月(?:末|底|份)?)?(?:末|底|{_N}日)?",
            r"(?:今年|年初|去年|本年|开年)以来",
            r"目前|当前",
            rf"{_Y}年(?:前{_Q}季度|第?{_Q}季度|上半年|下半年|全年|前{_N}个?月|{_N}(?:月份?)?(?:[至到\-—–~]{_N}月份?)?(?:末|底)?|末|底)?",
            rf"(?:今年|去年|上年|本年)?(?:前{_Q}季度|第?{_Q}季度|上半年|下半年|前{_N}个?月)",
            rf"{_N}(?:月份?)?[至到\-—–~]{_N}月份?",
            rf"{_N}月份?(?:末|底|上旬|中旬|下旬)?",
            r"(?:今年|去年|上年|本年|全年|年底|年末|年内)",
            r"[“\"]?(?:春节|国庆|五一|端午|中秋|元旦|清明|中秋国庆)[”\"]?(?:假期|黄金周|长假|小长假)(?:期间)?",
            rf"{_Y}年?[至到\-—–~]{_Y}年",
        )
    )
)


def _num(text: str) -> int | None:
    value = number_value(text)
    return int(value) if value is not None and value == int(value) else None


@dataclass(frozen=True)
class Period:
    """A period phrase found in a text: what it says, where, and the dates it covers (ISO or None)."""

    text: str
    start: int
    end: int
    period_start: str | None
    period_end: str | None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_for(end_month: int, today: dt.date, explicit: int | None) -> int:
    if explicit is not None:
        return explicit
    return today.year - 1 if end_month > today.month else today.year


def resolve(phrase: str, today: dt.date | None) -> tuple[str | None, str | None]:
    """The ISO interval a period phrase covers in an article dated ``today`` (None where unknown)."""
    if today is None:
        m = re.match(rf"^({_Y})年", phrase)
        if not m:
            return None, None
        today = dt.date(int(m[1]), 12, 31)
    span = _resolve(phrase, today)
    if span is None:
        return None, None
    start, end = span
    return (start.isoformat() if start else None), (end.isoformat() if end else None)


def _resolve(phrase: str, today: dt.date) -> tuple[dt.date | None, dt.date] | None:
    p = phrase
    up_to = p.startswith("截至")
    if up_to:
        p = p[2:]
        if p in ("", "目前", "当前", "现在"):
            return None, today
    if p in ("目前", "当前"):
        return None, today
    explicit: int | None = None
    m = re.match(rf"^({_Y})年?[至到\-—–~]({_Y})年$", p)
    if m:
        a, b = int(m[1]), int(m[2])
        return (None, dt.date(b, 12, 31)) if up_to else (dt.date(a, 1, 1), dt.date(b, 12, 31))
    m = re.match(rf"^({_Y})年", p)
    if m:
        explicit, p = int(m[1]), p[m.end() :]
    elif p.startswith(("去年", "上年")):
        explicit, p = today.year - 1, p[2:]
    elif p.startswith(("今年", "本年")):
        explicit, p = today.year, p[2:]

    def done(start: dt.date, end: dt.date) -> tuple[dt.date | None, dt.date]:
        return (None, end) if up_to else (start, end)

    if p in ("以来",):
        year = explicit if explicit is not None else today.year
        end = today if year == today.year else dt.date(year, 12, 31)
        return dt.date(year, 1, 1), end
    if p in ("年初以来", "开年以来"):
        return dt.date(today.year, 1, 1), today
    if p in ("", "全年", "年内"):
        if explicit is None and p == "":
            return None
        year = explicit if explicit is not None else (today.year - 1 if today.month <= 2 else today.year)
        return done(dt.date(year, 1, 1), dt.date(year, 12, 31))
    if p in ("年底", "年末", "底", "末"):
        year = explicit if explicit is not None else today.year
        end = dt.date(year, 12, 31)
        return None if False else ((None, end) if up_to else (end, end))
    m = re.match(rf"^(前)?第?({_Q})季度$", p)
    if m:
        q = _num(m[2]) or 1
        if not 1 <= q <= 4:
            return None
        year = _year_for(q * 3, today, explicit)
        first = 1 if m[1] else q * 3 - 2
        return done(dt.date(year, first, 1), _month_end(year, q * 3))
    if p in ("上半年", "下半年"):
        first, last = (1, 6) if p == "上半年" else (7, 12)
        year = _year_for(last, today, explicit)
        return done(dt.date(year, first, 1), _month_end(year, last))
    m = re.match(rf"^前({_N})个?月$", p)
    if m:
        n = _num(m[1])
        if n is None or not 1 <= n <= 12:
            return None
        year = _year_for(n, today, explicit)
        return done(dt.date(year, 1, 1), _month_end(year, n))
    m = re.match(rf"^({_N})(?:月份?)?[至到\-—–~]({_N})月份?$", p)
    if m:
        first_month, last_month = _num(m[1]), _num(m[2])
        if first_month is None or last_month is None or not 1 <= first_month <= last_month <= 12:
            return None
        year = _year_for(last_month, today, explicit)
        return done(dt.date(year, first_month, 1), _month_end(year, last_month))
    m = re.match(rf"^({_N})月份?(末|底|上旬|中旬|下旬|(\d{{1,2}})日)?$", p)
    if m:
        month = _num(m[1])
        if month is None or not 1 <= month <= 12:
            return None
        year = _year_for(month, today, explicit)
        end = _month_end(year, month)
        if m[2] in ("末", "底"):
            return (None, end) if up_to else (end, end)
        if m[3]:
            try:
                day = dt.date(year, month, int(m[3]))
            except ValueError:
                return None
            return (None, day) if up_to else (day, day)
        return done(dt.date(year, month, 1), end)
    return None


def find_periods(text: str, today: dt.date | None) -> list[Period]:
    """Every period phrase in ``text`` (folded), in order, skipping comparison bases after 比/较."""
    out: list[Period] = []
    for m in PERIOD.finditer(text):
        phrase = m.group(0)
        if not phrase:
            continue
        before = text[max(0, m.start() - 6) : m.start()]
        base = max(before.rfind("比"), before.rfind("较"))
        if (
            base >= 0
            and not any(ch in before[base:] for ch in ",;。:、")
            and before[base:] not in ("比重", "比例")
        ):
            continue  # 比2022年底, 比上年12月份: a comparison base
        if before.endswith(("于", "同")) or text[m.end() : m.end() + 2] == "同期":
            continue
        if phrase in ("全年", "今年", "年内") and text[m.end() : m.end() + 2] in ("目标", "任务", "计划"):
            continue
        if m.start() > 0 and (text[m.start() - 1].isdigit() or text[m.start() - 1] == "第"):
            continue
        if re.fullmatch(rf"{_N}月份?", phrase) and text[m.end() : m.end() + 1].isdigit():
            continue  # 9月1日 is a date, kept whole by the day branch or not a period at all
        start, end = resolve(phrase, today)
        out.append(Period(phrase, m.start(), m.end(), start, end))
    return out
