"""The time frame and the sentence of each figure of a text: which period it falls under, what it cites.

A :class:`Frames` holds the periods :func:`tui.core.periods.find_periods` found in one text (a block, a
heading) and where its sentences end. A figure falls under:

* the base bound to it (``比2月3日的1.5万只``), else
* the last period in force before it in its own sentence (a period written after 继 reaches only to its
  之后), else
* the period its sentence carries from the sentences before: the last period of the nearest sentence that
  has one, unless that sentence breaks a whole down into parts (``分季度看，一季度…，二季度…``) or opens with
  其中 (``其中，6月份当月…``: a part said in passing), whose periods stay in it; a start (``2022年起每年…``)
  holds for its own sentence only. A sentence that names a whole first and then its parts (``上半年…；其中，
  一季度…，二季度…``) carries the whole.

Each paragraph starts afresh (one :class:`Frames` per text). The sentence a figure cites is cut from the
text as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from tui.core.periodroles import BOUND_RATE, clause_start
from tui.core.periods import Period

SENTENCE_MARK = re.compile("[。！？!?\n]")
"""What ends a sentence, in the text as written or folded."""
_CLOSERS = "”’」』)）"
_MAX_SENTENCE = 160
"""A longer sentence is cited by the clause (between semicolons) that holds the figure."""
_FROM_CHANGE = re.compile(r"由(?:同比)?(?:下降|增长|增加|减少|回落|上升|提高|降低)了?$")
"""The start of a change written with no period of its own: 由下降21.2%转为…."""

_BOUND_GAP = re.compile(
    rf"(?:的(?:同比|环比)?(?:下降|增长|增速|水平|规模)?|的?(?:最高点|最低点|高点|低点|峰值)|{BOUND_RATE})$"
)
_APPROX_ONLY = re.compile(r"(?:上涨|下降|增长|上升|下跌|减少|增加)?(?:约|近|超过)?")
"""从年初6.2%: a base written right before its value (nothing, or a hedge, between)."""
_PART_KINDS = (
    re.compile(r"第?[一二三四1-4]季度"),
    re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月份?"),
    re.compile(r"(?:19|20)\d{2}年"),
    re.compile(r"[上下]半年"),
)


_GLUED = re.compile(r"(?:约|近|超过|超)?\d")
_RESTATED = ("全年", "今年", "本年", "当月", "当季", "当季度")
"""Words that say again a period named before them (2020年…全年, 2月…当月, 一季度…当季)."""
_THIS = ("当月", "当季", "当季度")
_CLAUSE_MARK = re.compile(r"[,;。:!?]")
_NOW = re.compile(r"目前|当前|现在|如今|眼下")
_TALLY_ASIDE = re.compile(r"[（(](?:累计|累計|共计|共計)[^（）()]*$")
"""目前安置85万人（累计安置130万人）: a tally since the span's start, set in parentheses inside a stock now."""
"""The time of writing, said of a count (目前29个省份…): see :meth:`Frames.reported_after`."""
"""Restating words that never open a statement of their own: the month or quarter just named."""
_NAMED = re.compile(r"[\d一二三四五六七八九十]")
_UNTIL = re.compile(r"截[至止]")
_YEAR = re.compile(r"(?:19|20)\d{2}年")


def _more_specific(prior: Period, later: Period, same_sentence: bool = True) -> Period:
    """Which of two periods in force a figure falls under when a bare year or month follows an earlier period
    that already says it: ``2020年，…全年…`` in one sentence is the year named (the same dates, said by number; a
    全年 that opens a sentence of its own stays as written), ``截至3月8日，今年…`` the cut-off (a date within
    the year, more exact, carried on to the sentences after); any other later period replaces the earlier."""
    if _YEAR.fullmatch(later.text) and not prior.bound and prior.until is None and same_sentence:
        cut = prior.period_end if _UNTIL.match(prior.text) and prior.period_start is None else None
        if cut is not None and (later.period_start or "9") <= cut <= (later.period_end or ""):
            return prior  # 截至目前已下达2020年中央投资…: the cut-off within the year named, more exact
    if (
        _UNTIL.match(prior.text)
        and prior.period_end
        and later.text.endswith(("期间", "期間"))
        and (same_sentence or later.period_end is not None)
    ):
        # 截至3月8日，今年两会期间…: a cut-off with a date over an event with none; a holiday a later
        # sentence names (…。国庆假期期间，还将开展…) is a time of its own, not the cut-off's
        return prior
    if later.text not in _RESTATED or prior.bound or prior.until is not None:
        return later
    same = (prior.period_start, prior.period_end) == (later.period_start, later.period_end)
    if same and same_sentence and _NAMED.search(prior.text) and prior.text not in _RESTATED:
        return prior  # 2月全省用电量当月下降: 2月, said again as 当月
    cut_off = prior.period_end if _UNTIL.match(prior.text) and prior.period_start is None else None
    year = (later.period_start, later.period_end) if later.text == "今年" else (None, None)
    if cut_off is not None and year[0] is not None and year[1] is not None and year[0] <= cut_off <= year[1]:
        return prior
    return later


_OF_THING = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fff]")
"""A year glued to the noun after it (下达了2024年专项债券额度): the year of a thing, said in its sentence."""


def _of_a_thing(folded: str, period: Period) -> bool:
    """True for a year standing as an object's attribute (提前下达了2020年…债券, 安排的2021年…额度): it dates its
    own figure, but the sentences after it go on in the year said before."""
    before = folded[period.start - 1 : period.start]
    if before == "了" and folded.startswith("的", period.end):
        return True  # 扭转了上半年的下降局面: the period of the thing turned around
    return (
        before in ("了", "的")
        and _OF_THING.fullmatch(folded, period.start, min(len(folded), period.end + 1)) is not None
    )


_CONCEDED = re.compile(r"[^,;:]*(?:虽然?|雖然?|尽管|儘管)[^,;:]*[,;:]\s*(?:但|却|卻|然而|不过|不過)")
"""三季度增速虽有放缓，但…: a period said in a concession, a remark on the way to the point after 但."""


def _conceded(folded: str, period: Period) -> bool:
    """True for a period in a clause that concedes (虽…，但…): it is said of the remark alone, the figures
    after it go on in the period said before."""
    return _CONCEDED.match(folded, clause_start(folded, period.start)) is not None


_AMONG = re.compile(r"\s*其中[,:]?")
"""A sentence that opens with 其中 gives a part of what the sentence before said (its month of a half-year)."""


_TAKES_UP = re.compile(r"\s*(?:在|从|這|这)?(?P<what>[^,;:。]{3,12}?)(?:中|之中|里|裡|当中|當中)[,:]")
"""在100个城市中，93个城市…: a sentence that opens on the set the sentence before it named."""


def _taken_up(folded: str, among: int, before: int) -> bool:
    """True when the sentence at ``before`` opens on the set named by the 其中 sentence right before it (其中，
    二季度100个城市…。在100个城市中，93个…): it goes on in that part, not in the whole."""
    m = _TAKES_UP.match(folded, before)
    if m is None:
        return False
    end = SENTENCE_MARK.search(folded, among)
    if end is None or folded[end.end() : before].strip():
        return False
    return m.group("what") in folded[among : end.start()]


def breakdown(periods: list[Period]) -> bool:
    """Two different quarters, months, years or halves in one sentence: the parts of a whole, each the
    period of its own figures, none carried beyond the sentence."""
    for kind in _PART_KINDS:
        texts = {p.text for p in periods if kind.fullmatch(p.text)}
        if len(texts) >= 2:
            return True
    return False


def _holds_its_parts(group: list[Period]) -> bool:
    """上半年…，其中一季度…，二季度…: a sentence that names a whole first and then breaks it down; the whole
    (resolved, not a part of the breakdown's own kind) covers every part after it."""
    whole, parts = group[0], group[1:]
    if whole.period_start is None or whole.period_end is None or whole.text.endswith("起"):
        return False
    if any(kind.fullmatch(whole.text) for kind in _PART_KINDS[:2]) or breakdown([whole, *parts[:1]]):
        return False
    return all(
        p.period_start is not None
        and p.period_end is not None
        and whole.period_start <= p.period_start
        and p.period_end <= whole.period_end
        and (p.period_start, p.period_end) != (whole.period_start, whole.period_end)
        for p in parts
    )


@dataclass
class Frames:
    """The periods and sentence ends of one text, for the figures read from it."""

    text: str
    folded: str
    periods: list[Period]
    sentence_ends: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sentence_ends = [m.start() for m in SENTENCE_MARK.finditer(self.folded)]

    def period_of(self, start: int) -> Period | None:
        """The period of the figure that starts at ``start`` (see the module's docstring)."""
        sentence = self.sentence_start(start)
        current: Period | None = None
        for period in self.periods:
            if period.start >= start:
                break
            if period.bound:
                gap = self.folded[period.end : start]
                if (_BOUND_GAP.search(gap) or _APPROX_ONLY.fullmatch(gap)) and start - period.end <= 6:
                    return period
                continue
            if period.until is not None and start > period.until:
                continue  # 继上月…之后: its reach ends at 之后
            if (
                period.until is not None
                and _NOW.fullmatch(period.text)
                and _TALLY_ASIDE.search(self.folded, period.end, start)
            ):
                continue  # 以来…，目前…（累计…）: the aside tallies the span named before, not the stock now
            if period.start >= sentence and period.end <= start:
                if _GLUED.match(self.folded, period.end):
                    current = period  # 完成全年6%以上的预期目标: the period said of that one value
                elif current is not None:
                    # 2018年…；全年…: a statement of its own after a semicolon says its 全年 as written
                    # 9月份…；服务业当月增长…: 当月 and 当季 say again the one named, across the semicolon too
                    apart = ";" in self.folded[current.end : period.start] and period.text not in _THIS
                    current = _more_specific(current, period, same_sentence=not apart)
                else:
                    carried = self.frame(sentence)
                    # 三季度…。…社会消费品零售总额，当季增长…: said again inside a clause, the quarter named
                    # before; a 当季 that opens its sentence stays as written, as 全年 does
                    inside = period.text in _THIS and bool(self.folded[sentence : period.start].strip())
                    current = _more_specific(carried, period, same_sentence=inside) if carried else period
        return current or self.frame(sentence)

    def from_listed(self, start: int) -> Period | None:
        """由1至2月下降12.1%转为增长6.2%、…由下降21.2%转为增长0.2%: the start of a later change of a list,
        with no period of its own, is of the period the list's first change wrote after its 由; else None."""
        if _FROM_CHANGE.search(self.folded, max(0, start - 8), start) is None:
            return None
        sentence = self.sentence_start(start)
        found: Period | None = None
        for period in self.periods:
            if period.start >= start:
                break
            between = self.folded[period.end : start]
            if period.start > sentence and self.folded[period.start - 1] == "由" and "转为" in between:
                found = period if "、" in between else found
        return found

    def reported_after(self, end: int, period: Period | None) -> Period | None:
        """目前29个省份已公布前三季度数据: a count said now of things that report on a period named after it in
        its clause takes that period (the span the count is of), not the time of writing; else ``period``."""
        if period is None or not _NOW.fullmatch(period.text):
            return period
        stop = _CLAUSE_MARK.search(self.folded, end)
        limit = stop.start() if stop else len(self.folded)
        for later in self.periods:
            reported = not later.bound and not _NOW.search(later.text)
            # 完成全年任务: the year of a target, not what the count reports on
            if end <= later.start < limit and reported and later.text not in ("全年", "年内"):
                return later
        return period

    def frame(self, before: int) -> Period | None:
        """The period carried into the sentence that starts at ``before`` from the sentences before it."""
        groups: dict[int, list[Period]] = {}
        for period in self.periods:
            if period.end > before:
                break
            if not period.bound and period.until is None:
                groups.setdefault(self.sentence_start(period.start), []).append(period)
        for start in sorted(groups, reverse=True):
            group = groups[start]
            # 2022年起每年…, 下达了2020年…债券: for its sentence
            carried = [
                p
                for p in group
                if not p.text.endswith("起")
                and not _of_a_thing(self.folded, p)
                and not _conceded(self.folded, p)
            ]
            if (
                _AMONG.match(self.folded, start)
                and len(groups) > 1
                and not _taken_up(self.folded, start, before)
            ):
                continue  # 其中，6月份当月…: a part said in passing, the whole's period goes on after it
            if carried and not breakdown(group):
                found = carried[0]
                for period in carried[1:]:
                    found = _more_specific(found, period)
                return found
            if carried and breakdown(group) and _holds_its_parts(group):
                return group[0]  # 上半年…增长9.6%；其中一季度…，二季度…。分产业看…: the whole goes on
        return None

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        i = bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i - 1] + 1 if i > 0 else 0

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (its mark, or the end of the text)."""
        i = bisect_left(self.sentence_ends, pos)
        return self.sentence_ends[i] if i < len(self.sentence_ends) else len(self.folded)

    def without_periods(self, start: int, end: int) -> str:
        """The folded text between ``start`` and ``end`` with the period phrases in it cut out (and the 的
        that made one an attribute: 全省去年的工业总产值 → 全省工业总产值)."""
        out, pos = [], start
        for period in self.periods:
            if period.end <= start or period.start >= end:
                continue
            out.append(self.folded[pos : max(pos, period.start)])
            pos = max(pos, period.end + (self.folded[period.end : period.end + 1] == "的"))  # 去年的
        out.append(self.folded[pos:end])
        return "".join(out)

    def sentence(self, start: int, end: int) -> str:
        """The sentence of the text that holds ``[start, end)``, as written; its clause when very long."""
        text, ends = self.text, self.sentence_ends
        i = bisect_left(ends, start)
        s = ends[i - 1] + 1 if i > 0 else 0
        j = bisect_left(ends, end)
        e = ends[j] if j < len(ends) else len(text)
        if e < len(text) and text[e] != "\n":
            e += 1
        while e < len(text) and text[e] in _CLOSERS:
            e += 1
        if e - s > _MAX_SENTENCE:
            cut_s = max(text.rfind(mark, max(s, start - _MAX_SENTENCE), start) for mark in "；;")
            cut_e = [
                k for k in (text.find(mark, end, min(e, end + _MAX_SENTENCE)) for mark in "；;") if k >= 0
            ]
            s = cut_s + 1 if cut_s >= 0 else max(s, start - _MAX_SENTENCE // 2)
            e = min(cut_e) + 1 if cut_e else min(e, end + _MAX_SENTENCE // 2)
        return text[s:e].strip(" \u3000\t\u00a0")
