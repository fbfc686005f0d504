"""Periods a live report says apart from its figures: after them, or once for the report.

:mod:`tui.core.frames` gives a figure the period in force before it in its text. Spoken and live texts also
say the period elsewhere:

* after the figures, in a sentence of its own that points back at them (``…下降了3.6%，减少600万。这个数据是
  2月末的数据``): :func:`said_after` gives it to the figures of the sentence before that have none;
* once for the report, in its lead (``昨日，…举行发布会``, ``今天上午``): the day of the event governs the counts
  later in the same sentence (``13个部委负责人回应社会关切……人民大会堂昨日迎来…``), in the next paragraph
  (``发言人共回答了13个问题``) and, further on, the event's own counts of questions and reporters:
  :func:`event_day_after` and :func:`carry_event_day`.

Works on folded text; figures are changed only where they have no period of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.frames import Frames
from tui.core.model import Figure, changed
from tui.core.periods import Period, Reference, find_periods, resolve

_POINTING_BACK = re.compile(
    r"(?:这个|这一|这些|该|上述|以上|前述|这)(?:组)?(?:数据|数字|统计数据|统计)(?:都|均|也)?"
    r"(?P<cop>是|为|指的是|反映的是|统计的是|截至到?|截止到?)"
    r"(?P<p>[^,;。!?的]{2,12}?)(?=的|为止|[,;。!?]|$)"
    r"|(?:这|这些|以上|上述)(?:都|均|也)?(?P<cop2>是|为)(?P<p2>[^,;。!?的]{2,12}?)的?(?:累计)?(?:数据|数字|统计)"
)
"""这个数据是2月末的数据, 以上数据均为去年全年的, 这些数字截至3月底, 以上均为1—3月累计数据: the period of the figures
said before (这是2019年以来的最高涨幅 names no data and points back at nothing)."""
_EVENT_DAY = frozenset(("昨日", "昨天", "今天", "今日", "当天", "当日"))
"""The day a live report's event happened, said relative to the report (not a period of figures computed
over time, which the text writes as such)."""


@dataclass(frozen=True)
class EventDay:
    """The day a text named as its event's (``昨日``, ``3月15日中午``), to carry to the next text's counts."""

    text: str
    start: str
    end: str


def said_after(frames: Frames, figures: list[Figure], reference: Reference) -> list[Figure]:
    """The figures before a clause that points back at them with a period, in its sentence and the one before
    it: theirs, unless their own sentence says one (a period carried from further back gives way)."""
    out, folded = list(figures), frames.folded
    for m in _POINTING_BACK.finditer(folded):
        if any(m.start() <= f.start < frames.sentence_end(m.start()) for f in figures):
            continue  # 这个数字是上年的1.3倍: a base of the figure after it, not a period of those before
        phrase = (m["p"] or m["p2"]).strip()
        written = ("截至" + phrase) if (m["cop"] or "").startswith(("截至", "截止")) else phrase
        start, end = resolve(written, reference)
        if start is None and end is None and not _is_period(phrase, reference):
            continue
        first = frames.sentence_start(max(0, frames.sentence_start(m.start()) - 1))
        for i, figure in enumerate(out):
            if first <= figure.start < m.start() and not _own_period(
                folded, figure, frames.sentence_start(figure.start)
            ):
                out[i] = changed(figure, period=phrase, period_start=start, period_end=end)
    return out


def _is_period(phrase: str, reference: Reference) -> bool:
    """True when the whole phrase is a period, resolved or not (国庆假期, 疫情期间)."""
    return any(p.start == 0 and p.end == len(phrase) for p in find_periods(phrase, reference))


def _own_period(folded: str, figure: Figure, sentence: int) -> bool:
    """True when the figure's period is written in its own sentence (not carried from one before)."""
    return figure.period is not None and folded.find(figure.period, sentence, figure.end) >= 0


def event_day_after(frames: Frames, start: int) -> Period | None:
    """The event's day said later in the figure's sentence (13个部委负责人……昨日迎来…), when nothing before it
    gives the figure a period."""
    later = [p for p in frames.periods if p.start > start and p.text in _EVENT_DAY and not p.bound]
    return later[0] if later and later[0].start < frames.sentence_end(start) else None


def event_day_of(folded: str, reference: Reference) -> EventDay | None:
    """The event's day a text names last (昨日, 今天上午, 3月15日中午), to carry to the next text: a single day
    said as a live report says its event's, not any date (春节是2月10日). The day counts even where it is no
    period of the text's own figures (今日上午举行发布会: the day of the event, not of a statistic)."""
    for m in reversed(list(_EVENT_PHRASE.finditer(folded))):
        start, end = resolve(m["day"], reference)
        if start is not None and start == end:
            return EventDay(m["day"], start, start)
    return None


_EVENT_PHRASE = re.compile(
    r"(?P<day>昨日|昨天|今天|今日|\d{1,2}月\d{1,2}日(?=上午|中午|下午|晚上|晚间|早上|凌晨))"
)
"""A day said as a live report says its event's: relative to the report, or a date with its hour."""


def carry_event_day(figures: list[Figure], day: EventDay | None, adjacent: bool = True) -> list[Figure]:
    """Counts without a period after the text that named its event's day take that day: every count in the
    next text (``adjacent``), and further on the event's own counts, of questions, askers and media
    (发布会历时…，记者提问…，共回答了16个问题)."""
    if day is None:
        return figures
    return [
        changed(f, period=day.text, period_start=day.start, period_end=day.end)
        if f.period is None and f.kind == "count" and (adjacent or _PRESS_COUNT.search(f.metric or ""))
        else f
        for f in figures
    ]


_PRESS_COUNT = re.compile(r"[问問]题|[问問]題|提[问問]|[发發][问問]|追[问問]|[记記]者|媒[体體]")
"""What a press event counts of itself: the questions put and the reporters and media who put them (a metric
is as written, in either script)."""


_PART_END = re.compile(r"(?<!截至)(?<!截止)(?:季度?|月份?)[末底]$")
"""一季度末, 3月末: the end of a part of a year (not 截至…, which counts up to it)."""
_STOCK = re.compile(
    r"(?:余额|存量|存款|贷款|率|比重|占比|总量|规模|保有量|库存|人数|总数|数量|水平|指数|价格|人口)$"
)
"""What a point in time measures: a level held at that moment (失业率, 贷款余额), not a flow over the period."""


def flow_over_part(period: Period, sentence: int, metric: str | None, reference: Reference) -> Period:
    """一季度末全国城镇登记失业率3.89%。就业困难人员就业43万人: a part's end carried out of its sentence to a
    flow (就业, 新增) is the part it ends (一季度, from its first day), not the moment; a level keeps the
    moment, and so does a figure in the sentence that says it."""
    if period.start >= sentence or period.bound or not _PART_END.search(period.text):
        return period
    if metric is None or _STOCK.search(metric):
        return period
    start, end = resolve(period.text[:-1], reference)
    if start is None or end != period.period_end:
        return period
    return Period(period.text[:-1], period.start, period.end - 1, start, end)  # the part, as written


__all__ = ["EventDay", "carry_event_day", "event_day_after", "event_day_of", "flow_over_part", "said_after"]


_SAME_PERIOD = re.compile(r"^[\s\u3000]*(?:同期|同一时期|同一期间)(?=[,，])")
"""同期，制造业投资同比增长…: a paragraph that opens on the period of the one before, said again."""


def same_period(folded: str, periods: list[Period], before: Period | None) -> list[Period]:
    """``periods`` with the ``同期`` a paragraph opens on resolved to ``before``, the last dated period of the
    paragraph before (the phrase as written stays; the dates are what it refers to). Within a paragraph the
    period in force already carries on, so only an opening 同期 is read."""
    m = _SAME_PERIOD.match(folded)
    if m is None or before is None or (before.period_start is None and before.period_end is None):
        return periods
    if any(p.start < m.end() for p in periods):
        return periods
    word = m.group(0).lstrip()
    said = Period(word, m.end() - len(word), m.end(), before.period_start, before.period_end)
    return [said, *periods]


def last_dated(periods: list[Period]) -> Period | None:
    """The last period of a text that is in force and has dates (the one a 同期 after it refers to)."""
    dated = [
        p
        for p in periods
        if not p.bound and p.until is None and (p.period_start is not None or p.period_end is not None)
    ]
    return dated[-1] if dated else None
