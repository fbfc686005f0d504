"""The time a text is about, and how a period phrase resolves against it.

:class:`Reference` holds the article's date, the year 今年 means and, in an article without a date, the year
the text reports on; :class:`Context` adds what the sentence around a phrase decides (a year written
earlier in it, a target, 截至); the ``r_*`` resolvers turn a matched phrase into an ISO interval. The table
that pairs each phrase pattern with its resolver is :data:`tui.core.periods.TABLE`; the grammar pieces the
patterns are written with are here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from tui.core.numerals import number_value

YEAR_DIGITS = r"(?:(?:19|20)\d{2}|[〇○零一二三四五六七八九]{4})"
YEAR = rf"(?:{YEAR_DIGITS}\s?年度?|今年|去年|上年|本年|明年)"
"""A year, written (2019年, and 2019 年 as portals space it) or said (今年, 去年)."""
NUM = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"
QUARTER = r"[一二三四1-4]"
DASH = r"(?:[至到]|[\-—–~－]{1,3})"
"""A range's dash: 至, 到, or a run of up to three dashes as pages type them (1-3月, 1—3月, 1--—3月)."""
DAY_TIME = r"(?:上午|下午|早上|早晨|清晨|凌晨|中午|傍晚|晚上|晚间|夜间|夜里)"
"""A part of the day after a day (7日上午, 5日早晨): that day."""
CLOCK = rf"(?:\d{{1,2}}时|{DAY_TIME}(?:\d{{1,2}}[点时](?:\d{{1,2}}分)?)?|晚|当天)"
DAY_PART = r"(?:末|底|初|上旬|中旬|下旬)"
HOLIDAY = r"(?:春节|国庆|五一|端午|中秋|元旦|清明|中秋国庆|春运|暑期|暑假|寒假)"

Span = tuple[dt.date | None, dt.date | None]


@dataclass(frozen=True)
class Reference:
    """The time a text is about, against which relative periods resolve.

    ``published`` is the article's date when it has one; ``year`` is the year 今年 means (the year of
    publication, or inferred); ``review_year`` is the year a bare 前三季度 or 全年 means in an article
    without a date (the latest year the text reports on). :func:`tui.core.periodref.infer_reference` builds
    one for an article.
    """

    published: dt.date | None = None
    year: int | None = None
    review_year: int | None = None
    reported: dt.date | None = None
    """The first day of the month a monthly release reports on (``1月CPI…`` in its title), when it names
    one: the month 上月 and 本月 count from when no month is in force."""


_CN_YEAR_DIGIT = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def written_year(phrase: str) -> int | None:
    """The year written in a phrase (2019年, 二〇二〇年), or None."""
    m = re.search(rf"({YEAR_DIGITS})年", phrase)
    if not m:
        return None
    digits = m[1] if m[1].isdigit() else "".join(str(_CN_YEAR_DIGIT[c]) for c in m[1])
    year = int(digits)
    return year if 1900 <= year <= 2099 else None


# --- the context a phrase resolves in -----------------------------------------------------------------------


@dataclass
class Context:
    """What a phrase resolves against: the reference, the sentence's year, whether the clause is a target."""

    ref: Reference
    sentence_year: int | None = None
    future: bool = False
    up_to: bool = False
    previous: Span | None = None
    """The dates of the period in force before the phrase in its text (上月 is the month before it)."""
    day: dt.date | None = None
    """The last day the text named before the phrase, a period or not (会议首日, 当天 is that day)."""

    def year_of(self, phrase_year: str | None) -> int | None:
        """The year a year word means: 2019年 → 2019, 今年 → the reference year, 去年 → the one before."""
        if phrase_year is None:
            return None
        written = written_year(phrase_year)
        if written is not None:
            return written
        if self.ref.year is None:
            return None
        if phrase_year.startswith(("今年", "本年")):
            return self.ref.year
        if phrase_year.startswith(("去年", "上年")):
            return self.ref.year - 1
        if phrase_year.startswith("明年"):
            return self.ref.year + 1
        return None

    def _told_year(self) -> int | None:
        """The sentence's year, unless it lies after the page's date for a statistic reported as done: a page of
        December 2021 saying a treaty takes effect on 2022年1月1日 reports 1—11月 of 2021 (a target may lie ahead)."""
        pub = self.ref.published
        if (
            self.sentence_year is not None
            and pub is not None
            and not self.future
            and self.sentence_year > pub.year
        ):
            return None
        return self.sentence_year

    def year_for_month(self, month: int) -> int | None:
        """The year of a month or quarter written without one."""
        if self._told_year() is not None:
            return self.sentence_year
        pub = self.ref.published
        if pub is not None:
            return pub.year - 1 if month > pub.month and not self.future else pub.year
        return self.ref.review_year

    def year_for_whole(self) -> int | None:
        """The year of a bare 全年: a first-quarter article reports on the year before, unless it sets targets."""
        if self.sentence_year is not None:
            return self.sentence_year
        pub = self.ref.published
        if pub is not None:
            return pub.year - 1 if pub.month <= 3 and not self.future else pub.year
        return self.ref.year if self.future else self.ref.review_year

    def year_for_year_end(self) -> int | None:
        """The year of a bare 年底: in the first quarter the one just ended (as 全年), unless it is a target."""
        if self.sentence_year is not None:
            return self.sentence_year
        pub = self.ref.published
        if pub is not None:
            return pub.year - 1 if pub.month <= 3 and not self.future else pub.year
        return self.ref.year if self.future else self.ref.review_year


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


month_end = _month_end
"""The last day of a month (for the resolvers outside this module)."""


def _num(text: str | None) -> int | None:
    if not text:
        return None
    value = number_value(text)
    return int(value) if value is not None and value == int(value) else None


def _day(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _point(ctx: Context, end: dt.date | None) -> Span | None:
    return None if end is None else (None, end)


def _span(ctx: Context, start: dt.date, end: dt.date) -> Span:
    return (None, end) if ctx.up_to else (start, end)


# --- resolvers, one per kind of phrase -----------------------------------------------------------------------


def r_year_range(m: re.Match[str], ctx: Context) -> Span | None:
    a = written_year(m["a"] + "年")
    b = written_year(m["b"] + "年") if m["b"] else ctx.year_of(m["rel"])  # 1952年至去年
    if a is None or b is None or a > b:
        return None
    return _span(ctx, dt.date(a, 1, 1), dt.date(b, 12, 31))


def r_day_range(m: re.Match[str], ctx: Context) -> Span | None:
    month1 = _num(m["m1"])
    month2 = _num(m["m2"]) or month1
    if month1 is None or month2 is None or not (1 <= month1 <= 12 and 1 <= month2 <= 12):
        return None
    year = ctx.year_of(m["y"]) if m["y"] else ctx.year_for_month(month2)
    year2 = ctx.year_of(m["y2"]) if m["y2"] else year  # 自2018年10月1日至2018年12月31日: the end's own year
    first, last = _day(year, month1, _num(m["d1"])), _day(year2, month2, _num(m["d2"]))
    if first is None or last is None or first > last:
        return None
    return first, last


def r_since(m: re.Match[str], ctx: Context) -> Span | None:
    if m["word"]:
        year = ctx.ref.published.year if ctx.ref.published else ctx.ref.year
        return None if year is None or m["word"] not in ("年初", "开年") else (dt.date(year, 1, 1), None)
    month, day = _num(m["m"] or m["m0"]), _num(m["d"] or m["d0"] or m["dd"])
    if month is None and day is not None:
        return None  # 23日以来: the month is not written
    year = ctx.year_of(m["y"]) if m["y"] else (ctx.year_for_month(month) if month else None)
    if year is None:
        return None
    if month is None:
        return dt.date(year, 1, 1), None
    if not 1 <= month <= 12:
        return None
    start = _day(year, month, day or 1)
    return None if start is None else (start, None)


def r_months_list(m: re.Match[str], ctx: Context) -> Span | None:
    first, last = _num(m["a"]), _num(m["b"])
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    year = ctx.year_of(m["y"]) if m["y"] else ctx.year_for_month(last)
    return None if year is None else _span(ctx, dt.date(year, first, 1), _month_end(year, last))


def r_year_part(m: re.Match[str], ctx: Context) -> Span | None:
    """2019年, 今年一季度, 去年前11个月, 2024年末, 去年12月, 前三季度, 全年, 9月末, 2月26日, 三季度末."""
    year = ctx.year_of(m["y"]) if m["y"] else None
    part = m["part"] or m["part0"] or ""
    if not part:
        return None if year is None else _span(ctx, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if part in ("全年", "年内"):
        year = year if year is not None else ctx.year_for_whole()
        return None if year is None else _span(ctx, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if part.rstrip("前").endswith(("底", "末")) and not re.search(r"月|季度", part):
        year = year if year is not None else ctx.year_for_year_end()
        return None if year is None else (None, dt.date(year, 12, 31))
    return _resolve_part(part, year, ctx)


def _resolve_part(part: str, year: int | None, ctx: Context) -> Span | None:
    """The part of a year: a quarter, a half, the first N months, a month (with its end or a day)."""
    point = part.rstrip("前").endswith(("末", "底"))
    q = re.fullmatch(rf"(前)?第?({QUARTER}|首)季度?([末底初])?前?", part)  # 第三季, 首季: as Hong Kong writes
    if q:
        n = 1 if q[2] == "首" else _num(q[2]) or 0
        if not 1 <= n <= 4:
            return None
        y = year if year is not None else ctx.year_for_month(n * 3)
        if y is None:
            return None
        end = _month_end(y, n * 3)
        if q[3] in ("末", "底"):
            return None, end
        return _span(ctx, dt.date(y, 1 if q[1] else n * 3 - 2, 1), end)
    if part in ("上半年", "下半年"):
        lo, hi = (1, 6) if part == "上半年" else (7, 12)
        y = year if year is not None else ctx.year_for_month(hi)
        return None if y is None else _span(ctx, dt.date(y, lo, 1), _month_end(y, hi))
    fm = re.fullmatch(rf"[前首]({NUM})个?月", part)
    if fm:
        months = _num(fm[1])
        if months is None or not 1 <= months <= 12:
            return None
        y = year if year is not None else ctx.year_for_month(months)
        return None if y is None else _span(ctx, dt.date(y, 1, 1), _month_end(y, months))
    mm = re.fullmatch(
        rf"({NUM})(?:月份?)?(?:{DASH}({NUM}))?月份?(?:({NUM})日)?(?:{CLOCK})?({DAY_PART})?前?", part
    )
    if not mm:
        return None
    first, last = _num(mm[1]), _num(mm[2]) if mm[2] else _num(mm[1])
    if first is None or last is None or not 1 <= first <= last <= 12:
        return None
    y = year if year is not None else ctx.year_for_month(last)
    if y is None:
        return None
    if mm[3]:
        day = _day(y, first, _num(mm[3]))
        return None if day is None else ((None, day) if ctx.up_to or point else (day, day))
    end = _month_end(y, last)
    if point:
        return None, end
    if mm[4] in ("上旬", "中旬", "下旬"):
        lo = {"上旬": 1, "中旬": 11, "下旬": 21}[mm[4]]
        hi = {"上旬": 10, "中旬": 20, "下旬": end.day}[mm[4]]
        return _span(ctx, dt.date(y, first, lo), dt.date(y, first, hi))
    if mm[4] == "初":
        return None
    return _span(ctx, dt.date(y, first, 1), end)


def r_plan(m: re.Match[str], ctx: Context) -> Span | None:
    """“十四五”时期 (2021–2025), “十三五”以来, “十四五”末: a five-year plan by its number."""
    number = 10 + (_num(m["n"]) or 0)
    first = 1966 + 5 * (number - 3)  # the third plan began in 1966, every plan since lasts five years
    start, end = dt.date(first, 1, 1), dt.date(first + 4, 12, 31)
    what = m["what"] or ""
    if what == "以来":
        return start, None
    if what.endswith("末"):
        # 到“十五五”末…将增长到: a target's period is the plan's last year; a stock at its end (“十二五”末
        # 的x) has no start
        return (dt.date(first + 4, 1, 1) if ctx.future else None), end
    return _span(ctx, start, end)


def r_now(m: re.Match[str], ctx: Context) -> Span | None:
    if m.group(0) in ("近期", "眼下") or ctx.ref.published is None:
        return None
    return None, ctx.ref.published


def r_today(m: re.Match[str], ctx: Context) -> Span | None:
    """今天/今日 is the day of publication, 昨天/昨日 the day before; 当天 and an event's 首日 are the day the
    text named last (null when it named none)."""
    pub = ctx.ref.published
    if m.group(0).startswith(("当", "首")):
        return None if ctx.day is None else (ctx.day, ctx.day)
    if pub is None:
        return None
    day = pub - dt.timedelta(days=1) if m.group(0).startswith("昨") else pub
    return day, day


def r_day(m: re.Match[str], ctx: Context) -> Span | None:
    """7日上午, 5日早晨: a day written without its month, in the month of the day named last or of publication
    (the month before when the day is still to come in it)."""
    day = _num(m["d"])
    if day is None or not 1 <= day <= 31:
        return None
    anchor = ctx.day or ctx.ref.published
    if anchor is None:
        return None
    if day > anchor.day:
        anchor = anchor.replace(day=1) - dt.timedelta(days=1)
    found = _day(anchor.year, anchor.month, day)
    return None if found is None else (found, found)


def r_bare_year(m: re.Match[str], ctx: Context) -> Span | None:
    """从2014的42%: a year written without 年 in speech, where a value of that year follows."""
    year = int(m["y"])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def r_none(m: re.Match[str], ctx: Context) -> Span | None:
    return None


def iso(span: Span | None) -> tuple[str | None, str | None]:
    if span is None:
        return None, None
    start, end = span
    return (start.isoformat() if start else None), (end.isoformat() if end else None)
