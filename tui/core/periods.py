"""Reporting periods: find phrases such as 前三季度, 1至9月, 截至9月末, 2月26日, and resolve them to ISO dates.

A phrase is resolved against the time the text is about (:class:`Reference`), not blindly against the date
of publication:

* a year written in the phrase (``2023年前10个月``, ``去年12月``) decides; 今年/去年 count from the year
  of publication;
* else a year written earlier in the same sentence (``2019年，…前11个月…``);
* else, in a dated article, the date: a month later than the article's month is last year's, unless the
  clause sets a target (``力争三季度末…``, ``到年底…``); a bare 全年 in the first quarter is the year before;
* else, in an article without a date, the year the text reports on
  (:func:`tui.core.periodref.infer_reference`);
* else nothing: ``period_start``/``period_end`` are null rather than a guess.

A point in time (``截至9月末``, ``2月底``, ``到2022年底前``) resolves to ``[null, end]``; ``X以来`` to
``[start, null]``; a holiday, a time frame (``两年多来``, ``未来3天``) or an event (``疫情发生以来``) to nulls;
上月, 上季度, 上年同期 to the month, quarter or same period before the one in force; a five-year plan
(``“十四五”时期``) to its years; 今天 and 昨天 to the day of publication and the day before.
A phrase right after 比/较/从/由 (``比2022年底``, ``较上年``) is a comparison base, not a period; when such a
base is followed by 的 and a figure (``比2月3日的1.5万只``, ``从去年的60%``) it is that figure's period
alone (``bound``). What a phrase is where it stands (a period, a base, a target, an event's day) is for
:mod:`tui.core.periodroles` to say.

The phrase patterns and their resolvers are one table, :data:`tui.core.periodtable.TABLE`; the resolvers
and the reference time are in :mod:`tui.core.reftime`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tui.core.periodlists import parts_of, range_months, two_months
from tui.core.periodroles import (
    BINDING_MARKS,
    BOUND_FIGURE,
    FROM_VALUE,
    accept,
    base_mark,
    bound_to,
    clause_end,
    comment_end,
    events_since,
    frame_end,
    is_base,
    is_target,
    point_end,
    reached,
)
from tui.core.periodspans import in_force
from tui.core.periodtable import ALONE, FINDER, RESOLVERS, TABLE, UP_TO
from tui.core.reftime import (
    NUM,
    YEAR,
    Context,
    Reference,
    Span,
    iso,
    r_year_range,
)
from tui.core.wholeyear import whole_year_named


@dataclass(frozen=True)
class Period:
    """A period phrase found in a text: what it says, where, and the dates it covers (ISO or None).

    ``bound`` is true for a comparison base that names the period of the one figure written right after
    it (``比2月3日的1.5万只``): it applies to that figure only and is not carried to the next. ``until`` ends
    the reach of a period written inside a frame of its own (``继上月上涨9.1%之后``) or said of one value
    (``上月为下降0.2%``, to the end of its clause): it applies to the figures before that offset only.
    """

    text: str
    start: int
    end: int
    period_start: str | None
    period_end: str | None
    bound: bool = False
    until: int | None = None
    parts: tuple[tuple[str | None, str | None], ...] = ()
    """The dates of each part a list of parts names (一、二、三、四季度), in order (see
    :mod:`tui.core.periodlists`)."""
    named: str | None = None
    """The period as a reader names it when the text does not write it (比2020年增长: 2021年), else None."""

    @classmethod
    def year(cls, year: int, start: int, end: int) -> Period:
        """The whole year ``year``, named so, for a year the text implies at ``start``–``end``."""
        return cls(f"{year}年", start, end, f"{year}-01-01", f"{year}-12-31", named=f"{year}年")


_THAN = ("高于", "低于", "快于", "慢于", "好于", "超过", "不及")
"""The comparisons whose base may be a value of its own period, written right after it (低于全年5.5%)."""
_BASE_VALUE = re.compile(r"(?:约|近)?\d[\d.]*(?:%|％)的(?:水平|高位|低位|增速|涨幅|增幅|降幅)")
"""较上半年1.7%的水平将有抬升: a base written with its own value (a level), after 比 or 较."""
_VALUE_NEXT = re.compile(r"(?:约|近|超过)?\d[\d.]*(?:%|％)(?!个百分点)")
"""从年初6.2%的高位回落: the value the change starts from, right after its period (a rate or a level)."""

_SAID_VALUE = re.compile(r"(?:是|为)(?:下降|增长|上涨|回落|负增长)?了?(?:约|近)?-?\d")
"""上半年是下降1.6%: a period said of one value, for its clause (the figures after go on in the one before)."""
_SAME_VALUE_ON = re.compile(
    r",\s?(?:比|较|同比|环比)[^,;。:!?\n]{0,20}?(?:下降|上升|提高|回落|增长|减少|增加|扩大|缩小|上涨|下跌)"
)
"""…，9月份为4.9%，比上月下降0.2个百分点: a change of the value just said, in a clause of its own."""


def _said_end(text: str, end: int) -> int:
    """9月份为4.9%，比上月下降0.2个百分点，比去年同期下降0.5个百分点: a period said of one value reaches the end
    of its clause, and of the clauses after it that only compare that value."""
    stop = clause_end(text, end)
    while (m := _SAME_VALUE_ON.match(text, stop)) is not None:
        stop = clause_end(text, m.end())
    return stop


PREFIX = re.compile(r"^(?:截至到?|截止到?|到|自|从)\s?")


def _sentence_start(text: str, pos: int) -> int:
    i = pos
    stop = max(0, pos - 200)
    while i > stop and text[i - 1] not in "。!?\n":
        i -= 1
    return i


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(mark, pos) for mark in "。!?\n") if i >= 0]
    return min(ends) if ends else len(text)


def _dated(published: dt.date | None) -> Reference:
    """The reference of a text read alone: its date, or nothing known."""
    return Reference(published, published.year if published else None, None)


def find_periods(text: str, reference: Reference | dt.date | None) -> list[Period]:
    """Every period phrase in ``text`` (folded), in order, resolved against ``reference``.

    A comparison base is skipped, or kept as a ``bound`` period when a figure follows it after 的; so is the
    period a value is raised to (增加到2022年6月的10.4亿人).
    """
    ref = reference if isinstance(reference, Reference) else _dated(reference)
    scan = _Scan(text, ref)
    for m in FINDER.finditer(text):
        scan.take(m)
    return _events_since(text, scan.out)


_DAY_NAMES = frozenset(("day", "year_part", "day_range", "today", "up_to_day"))
"""The phrases that may name a day (a 首日 or 当天 after them is that day)."""


@dataclass
class _Scan:
    """The state of one text's scan: the periods found, the sentence's year, the period in force, the day
    named last."""

    text: str
    ref: Reference
    out: list[Period] = field(default_factory=list)
    sentence: int = -1
    sentence_year: int | None = None
    previous: Span | None = None
    day: dt.date | None = None

    def take(self, m: re.Match[str]) -> None:
        """Read one phrase the finder matched."""
        text, name, phrase = self.text, m.lastgroup or "", m.group(0)
        start, end = m.start(), m.end()
        if not accept(text, m, name):
            if name in _DAY_NAMES and "日" in phrase:  # 在5日举行的…: no period, but the day named
                self._note_day(_resolve_match(name, phrase, self._context(start, end, phrase)))
            return
        here = _sentence_start(text, start)
        if here != self.sentence:
            self.sentence, self.sentence_year = here, None
        if (
            name == "streak"
            and not phrase.startswith(("从", "自"))
            and in_force(text, here, start, [p.start for p in self.out if not p.bound and p.period_start])
        ):
            return  # 2019年，粮食产量…连续5年稳定在…: the period in force, the streak only a comment on it
        bound = bound_to(text, start, end)
        if reached(text, start, end):
            start, phrase = start + 1, phrase[1:]  # 达到全年5.5%: the period is 全年
        elif bound and phrase.startswith(("到", "至")):
            start, phrase = start + 1, phrase[1:]  # 增加到2022年6月的: the period is 2022年6月
        elif is_base(text, start, end):
            # 比2月3日的1.5万只, 从去年的60%: the base's own value; 是上年的1.3倍 is not
            mark = base_mark(text, start)
            compared = text.endswith(_THAN, 0, start) and _VALUE_NEXT.match(text, end) is not None
            if not compared and (
                mark not in BINDING_MARKS
                or not (
                    BOUND_FIGURE.match(text, end)
                    or (mark in ("从", "由") and FROM_VALUE.match(text, end))
                    or _BASE_VALUE.match(text, end)  # 较上半年1.7%的水平: the base's own value
                )
            ):
                return  # 低于全年5.5%左右的预期目标: the period of the value compared with, written before it
            bound = True
        ctx = self._context(start, end, phrase)
        span = _resolve_match(name, phrase, ctx)
        said_of_value = (name == "prior" and text.startswith(("为", "是", "分别为"), end)) or (
            name == "year_part" and _SAID_VALUE.match(text, end) is not None
        )
        until = _said_end(text, end) if said_of_value else frame_end(text, start, end)
        until = comment_end(text, start, end) if until is None else until
        if until is None and not bound:  # 全年…，年末失业率5.5%，…: the point, for its clause
            spans = [p for p in self.out if p.start >= here and p.until is None and p.period_start]
            # 7月1日以来…。…，目前安置3万人: a stock now, after a tally's span still in force in the paragraph
            tally = name == "now" and self.previous is not None and None not in self.previous
            until = point_end(text, start, end, tally or (bool(spans) and not spans[-1].bound))
        if name == "streak":
            until = clause_end(text, end)  # 连续三年…在1300万人以上: the figures of its own clause
        if name == "this_quarter":
            until = _sentence_end(text, end)  # 当季…: the period in force said again, for its sentence
        parts = _parts(name, phrase, ctx, span)
        named = whole_year_named(text, start, phrase, span)
        self.out.append(
            Period(phrase, start, end, *iso(span), bound=bound, until=until, parts=parts, named=named)
        )
        self._note_day(span)
        if not bound and until is None and span is not None:
            self.previous = span
        if not bound and name in ("year_part", "months_list", "day_range") and phrase[:1] != "到":
            year = ctx.year_of(_leading_year(phrase))
            if year is not None and not _LOOK_BACK.match(phrase):
                self.sentence_year = year

    def _context(self, start: int, end: int, phrase: str) -> Context:
        return Context(
            self.ref,
            self.sentence_year,
            future=is_target(self.text, start, end),
            up_to=phrase.startswith("截"),
            previous=self.previous,
            day=self.day,
        )

    def _note_day(self, span: Span | None) -> None:
        if span is not None and span[0] is not None and span[0] == span[1]:
            self.day = span[0]


_LOOK_BACK = re.compile(rf"(?:去年|上年){NUM}\s?月份?[末底]?$")
"""去年12月末: a month of last year looked back to, not the year the sentence goes on in (…，前两个月…)."""


def _leading_year(phrase: str) -> str | None:
    m = re.match(rf"(?:{UP_TO}|自|从)?({YEAR})", phrase.replace(" ", ""))
    return m[1] if m else None


def _parts(
    name: str, phrase: str, ctx: Context, span: Span | None
) -> tuple[tuple[str | None, str | None], ...]:
    if name == "year_part":
        return range_months(phrase, span)
    if name in ("months_list", "months_both"):
        return two_months(span)  # 5、6月份…分别为a、b: each month its own part, for a 分别 list of two
    m = ALONE[name].fullmatch(phrase.replace(" ", "")) if name == "parts_list" else None
    return () if m is None else tuple(iso(part) for part in parts_of(m, ctx))


def _resolve_match(name: str, phrase: str, ctx: Context) -> Span | None:
    m = ALONE[name].fullmatch(phrase.replace(" ", ""))
    if m is not None and name == "year_range" and m["part"]:
        return _to_part(m, ctx)
    return None if m is None else RESOLVERS[name](m, ctx)


def _to_part(m: re.Match[str], ctx: Context) -> Span | None:
    """2018年至2021年上半年: from the first year's start to the end of the part of the last one."""
    whole = r_year_range(m, ctx)
    end = _resolve_match("year_part", f"{m['b']}年{m['part']}", ctx)
    return None if whole is None or end is None or end[1] is None else (whole[0], end[1])


def _events_since(text: str, periods: list[Period]) -> list[Period]:
    """疫情发生以来: the periods found, with each event said as a start (see :func:`events_since`)."""
    taken = [(p.start, p.end) for p in periods]
    out = periods + [
        Period(phrase, start, end, None, None) for phrase, start, end in events_since(text, taken)
    ]
    out.sort(key=lambda p: p.start)
    return out


def resolve(phrase: str, reference: Reference | dt.date | None) -> tuple[str | None, str | None]:
    """The ISO interval a period phrase covers against ``reference`` (None where unknown)."""
    from tui.core.periodref import infer_reference  # the reference reads the phrases this module finds

    ref = reference if isinstance(reference, Reference) else infer_reference(reference, (phrase,))
    for name, pattern in ALONE.items():
        if pattern.fullmatch(phrase):
            ctx = Context(ref, None, future=phrase.startswith("到"), up_to=phrase.startswith("截"))
            return iso(_resolve_match(name, phrase, ctx))
    return None, None


__all__ = ["FINDER", "PREFIX", "TABLE", "Period", "Reference", "find_periods", "resolve"]
