"""Events and frames as periods: holidays, 春运, the national two sessions (两会), time frames.

These rows of :data:`tui.core.periods.TABLE` name a stretch of time by what happens in it, not by the
calendar. Most resolve to nothing (a holiday's dates move with the lunar calendar; ``两年多来`` has no
edges a reader could check). The one exception is the annual sessions of the NPC and the CPPCC: their
dates are public record, so ``2016年全国两会期间`` or ``本次全国两会`` resolves to the days from the
CPPCC's opening to the NPC's closing of that year (:data:`SESSIONS`).
"""

from __future__ import annotations

import datetime as dt
import re

from tui.core.reftime import HOLIDAY, NUM, YEAR, Context, Span, r_none
from tui.core.vocab import CJK

SESSIONS: dict[int, tuple[tuple[int, int], tuple[int, int]]] = {
    2008: ((3, 3), (3, 18)),
    2009: ((3, 3), (3, 13)),
    2010: ((3, 3), (3, 14)),
    2011: ((3, 3), (3, 14)),
    2012: ((3, 3), (3, 14)),
    2013: ((3, 3), (3, 17)),
    2014: ((3, 3), (3, 13)),
    2015: ((3, 3), (3, 15)),
    2016: ((3, 3), (3, 16)),
    2017: ((3, 3), (3, 15)),
    2018: ((3, 3), (3, 20)),
    2019: ((3, 3), (3, 15)),
    2020: ((5, 21), (5, 28)),
    2021: ((3, 4), (3, 11)),
    2022: ((3, 4), (3, 11)),
    2023: ((3, 4), (3, 13)),
    2024: ((3, 4), (3, 11)),
    2025: ((3, 4), (3, 11)),
}
"""(month, day) of the CPPCC's opening and of the NPC's closing, by year; a year not listed resolves to
nothing rather than a guess."""

_THIS = r"(?:本次|此次|这次|本届)"
_TWO = r"(?:全国|全國)?(?:两会|兩會)"
_DURING = r"(?:期间|期間)"

SESSIONS_ROW = (
    rf"(?P<y>{YEAR})?的?{_TWO}{_DURING}|(?P<this>{_THIS}){_TWO}(?!精神|代表|委员|委員|前|后|後|之前|之后)"
)
"""2016年全国两会期间, 两会期间, 本次全国两会. A year's sessions without 期间 (今年两会20场记者会, 2015年两会总理
记者会上) are left to the year: what they count is the year's; 两会精神 is no period."""

SPRING_TRAVEL_ROW = (
    rf"(?:(?P<y>{YEAR})的?)?春运(?:{NUM}天|期间|期間)|(?P<y2>{YEAR})的?春运|(?<![\w])春运(?=[,，])"
)
"""春运40天, 今年春运, 春运期间: the 40 days of travel around the Spring Festival (lunar: no dates)."""

HOLIDAY_ROW = (
    rf"(?:[“\"‘']?{HOLIDAY}[”\"’']?|[“\"‘'][{CJK}]{{1,4}}[”\"’'])(?:假期|黄金周|长假|小长假)?(?:期间|后|前)"
    rf"|(?:[“\"‘']?{HOLIDAY}[”\"’']?|[“\"‘'][{CJK}]{{1,4}}[”\"’'])(?:假期|黄金周|长假|小长假)"
    r"|(?:疫情|防控|汛期|春运|春耕|夏收|秋收|三夏|假期)期间|(?:疫情|防控|疫情防控|特殊|过渡|攻坚)时期"
)
"""国庆假期, 春节后, “五一”期间, 疫情期间, 攻坚时期."""

FRAME_ROW = (
    rf"(?:近|(?<![超通经越])过去|未来|最近|今后)(?:的)?{NUM}?多?个?(?:年|个月|月|周|天|日|季度|星期)(?:半)?(?:来|以来|内|里)?"
    rf"|{NUM}多?(?:年|个月)半?(?:多)?(?:来|以来|间)|(?<![\d第近])[两三四五六七八九十\d]{{1,2}}多?(?:年|个月)(?=累计|共计|合计|增长了|翻了|扩大了)"
    r"|过去(?=的)|这(?:几|两|些|一)年(?:来|以来|里|中|间)?|(?<![如在])此前(?=[,，])|往年(?=的|同期)"
)
"""近三年来, 未来3天, 两年多来, 过去的, 此前: a time frame with no edges."""

THESE_YEARS_ROW = r"(?<![\w“\"])[这這](?P<n>[三四五六七八九十])年(?:来|以来|里|裡|中|间|間)?(?![代级級])"
"""这五年, 這五年: the years a review looks back on."""


def r_these_years(m: re.Match[str], ctx: Context) -> Span | None:
    """这五年 said in the first months of a year (a two sessions' review) is the five whole years before it;
    said later, the year in course may be one of them, and it resolves to nothing."""
    pub = ctx.ref.published
    n = "三四五六七八九十".index(m["n"]) + 3
    if pub is None or pub.month > 3:
        return None
    return dt.date(pub.year - n, 1, 1), dt.date(pub.year - 1, 12, 31)


FROM_NOW_ROW = r"(?:从|自)(?:现在|目前|即日|今天|今日)起?(?:到|至)[^,;。:!?]{2,14}"


def r_sessions(m: re.Match[str], ctx: Context) -> Span | None:
    """The two sessions of the year written (2016年), said (今年), or of the text's time (本次, or none)."""
    if m["y"] is not None:
        year = ctx.year_of(m["y"])
    elif ctx.sentence_year is not None:
        year = ctx.sentence_year
    else:
        year = ctx.ref.year
    days = SESSIONS.get(year) if year is not None else None
    if year is None or days is None:
        return None
    (m1, d1), (m2, d2) = days
    return dt.date(year, m1, d1), dt.date(year, m2, d2)


EVENT_ROWS = [
    ("sessions", SESSIONS_ROW, r_sessions),
    ("spring_travel", SPRING_TRAVEL_ROW, r_none),
]
"""Rows ahead of the calendar's: 2016年全国两会期间 is one period, not 2016年 then an event."""

LATE_ROWS = [
    ("holiday", HOLIDAY_ROW, r_none),
    ("these_years", THESE_YEARS_ROW, r_these_years),
    ("frame", FRAME_ROW, r_none),
    ("from_now", FROM_NOW_ROW, r_none),
]
"""Rows after the calendar's."""
