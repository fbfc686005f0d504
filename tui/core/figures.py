"""The figure extractor: every statistic of a document with value, unit, metric, measure, period and sentence.

For each text of a document (kicker, subtitle, then each section's heading and blocks, in reading order)
a :class:`TextReader` takes the quantities :mod:`tui.core.quantities` finds and the periods
:mod:`tui.core.periods` resolves against the article's :class:`~tui.core.periods.Reference`, reads the
clause before each quantity for its metric and comparison (:mod:`tui.core.metrics`), hands out 分别 lists
item by item, carries the metric forward within the text, and cites the sentence; each figure's period is
:mod:`tui.core.figperiod`'s (the period in force, carried until replaced, and what overrules it). Periods a
live report says apart from its figures (after them, or once for the report) are :mod:`tui.core.saidperiods`'s;
the words looked for around a figure are in :mod:`tui.core.figwords`, the text as read in :mod:`tui.core.figtext`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from tui.core.asides import names_a_metric
from tui.core.baseyear import BaseYears
from tui.core.carried import previous_subject
from tui.core.counted import counted_after, dimension_named, heading_topic, ranked_topic, share_of_group
from tui.core.figlists import Lists
from tui.core.figperiod import FigurePeriods
from tui.core.figtext import AsWritten, counting_run, figure_fold, texts_of, written_unit
from tui.core.figwords import (
    ACTUAL,
    AFTER_COMPARE,
    BREAKDOWN,
    CHANGE_AFTER,
    LOCAL_SUBJECT,
    LONG_METRIC,
    RATE_END,
    RELATIVE_START,
    SCOPE_END,
    TARGET_END,
)
from tui.core.frames import Frames
from tui.core.leadperiod import Lead, lead_of, with_lead, with_wrap, wrap_of
from tui.core.listgaps import listed
from tui.core.measures import measure_of
from tui.core.metrics import (
    Reading,
    clause_start,
    effect_of,
    head_noun,
    is_weak,
    meaningful,
    nominal,
    read_clause,
)
from tui.core.model import Document, Figure, changed
from tui.core.namedafter import name_exclaimed, named_after
from tui.core.nounphrase import balanced
from tui.core.pagemonth import with_page_month, with_reported_month
from tui.core.periodref import infer_reference
from tui.core.periods import Period, Reference, find_periods
from tui.core.quantities import find_quantities
from tui.core.quantity import Quantity
from tui.core.repoststamp import event_reference
from tui.core.saidperiods import EventDay, carry_event_day, event_day_of, last_dated, said_after, same_period
from tui.core.spoken import actual_of, is_bare_target, names_people, target_thing
from tui.core.turned import TurnedPeriods
from tui.core.vocab import RATE_NOUNS, kind_of


@dataclass
class TextReader:
    """Reads the figures of one text (a block, a heading, the kicker): the state carried from figure to figure.

    ``metric`` is the last metric a figure had of its own, carried to a clause that has none; ``group`` the
    list being read and ``previous_group`` the list before it (a second 分别 list takes its metrics by
    position); ``period`` the period in force, carried until replaced.
    """

    text: str
    reference: Reference
    block_id: str = ""
    section_id: str = ""
    doc: str = ""
    folded: str = ""
    metric: str | None = None
    consumed: int = 0
    frames: Frames = field(default_factory=lambda: Frames("", "", []))
    figures: list[Figure] = field(default_factory=list)
    lists: Lists = field(default_factory=lambda: Lists("", [], Frames("", "", [])))
    periods: FigurePeriods = field(init=False, repr=False)
    """Decides each figure's period (:mod:`tui.core.figperiod`), set up when the text is read."""
    before: Period | None = None
    """The last dated period of the paragraph before (a paragraph that opens on 同期 means it)."""
    as_written: AsWritten = field(default_factory=lambda: AsWritten("", "", "", None))
    """The text as written, pinyin glosses and all (``text`` is read without them), and the way back to it."""

    def read(self) -> list[Figure]:
        """Every figure of the text, in order (read without the pinyin glosses a mirror page prints; their
        offsets are the text's as written)."""
        self.as_written = AsWritten.of(self.text)
        self.text, self.folded = self.as_written.text, self.as_written.folded
        periods = same_period(self.folded, find_periods(self.folded, self.reference), self.before)
        self.frames = Frames(self.text, self.folded, periods)
        self.lists = Lists(self.folded, self.figures, self.frames)
        self.periods = FigurePeriods(
            self.folded, self.reference, self.frames, self.lists, BaseYears(self.folded), TurnedPeriods()
        )
        spans = [(p.start, p.end) for p in self.frames.periods]
        found = [
            q for q in find_quantities(self.folded) if not any(s <= q.start and q.end <= e for s, e in spans)
        ]
        counting = counting_run(self.folded, found)  # 1分2分3分4分5分: a page's rating buttons
        quantities = [
            q
            for i, q in enumerate(found)
            if i not in counting and not names_a_metric(self.folded, q, found[i + 1 : i + 2])
        ]
        for index, quantity in enumerate(quantities):
            self.figures.append(self._figure(quantities, index, quantity))
        self.figures[:] = name_exclaimed(self.folded, self.figures, self.frames.sentence_start)
        self.figures[:] = named_after(
            self.folded,
            self.figures,
            spans,
            self.frames.sentence_start,
            lambda name: self.as_written.phrase(name, glossed=False),
        )
        self.figures[:] = said_after(self.frames, self.figures, self.reference)
        if self.as_written.where is not None:
            at = self.as_written.offset
            end = self.as_written.end
            self.figures[:] = [changed(f, start=at(f.start), end=end(f.end)) for f in self.figures]
        return self.figures

    # -- one figure -------------------------------------------------------------------------------------

    def _figure(self, quantities: list[Quantity], index: int, q: Quantity) -> Figure:
        previous = quantities[index - 1] if index else None
        in_list = previous is not None and listed(self.folded, previous, q)
        if q.bound == "high" and self.figures and previous is not None and previous.bound == "low":
            low = self.figures[-1]
            return self._build(q, low.metric, low.comparison, low.measure, self.periods.in_force(q, in_list))
        start = clause_start(self.folded, q.start)
        own = max(start, previous.end if previous is not None else 0, self.consumed)
        if previous is not None and own == previous.end and self.folded[own + 1 : own + 2] == "、":
            own += 2  # 增长400多亿方、增速达17%: a unit the figure before did not take, then a list mark
        reading = read_clause(self.frames.without_periods(own, q.start))
        if names_people(reading.metric, q.unit):
            reading = replace(reading, metric=None)  # 甲、乙、丙和丁4位: the people named are no metric
        metric, comparison = reading.metric, reading.comparison
        entity, consumed = counted_after(self.folded, self.frames, q, reading, own)
        self.consumed = consumed if consumed is not None else self.consumed
        if entity is not None:
            # 发电量保持20%以上的增幅: a rate said of the clause's subject
            metric = f"{reading.metric}{entity}" if is_weak(entity) and nominal(reading.metric) else entity
            if entity in RATE_NOUNS and not reading.metric:
                scope = SCOPE_END.search(self.frames.without_periods(own, q.start).rstrip())
                metric = scope[0] + entity if scope else metric  # 全省8.7%的增速: the province's rate
        elif in_list and self.figures:
            last = self.figures[-1]
            metric = self.lists.later(quantities, index, metric) or (
                metric if meaningful(metric) else last.metric or metric
            )
            comparison = comparison or (figure_fold(last.comparison) if last.comparison else None)
        else:
            self.lists.start(self.frames.without_periods(own, q.start), own)
            metric = dimension_named(self.folded, q, reading.metric) or self.lists.first(
                quantities, index, metric, comparison
            )
        metric = self.lists.compared(quantities, index) or metric  # 高于美国、日本等5.7%、2.4%的增速
        metric = (
            heading_topic(self.folded, q)
            or ranked_topic(self.folded, q, own)
            or self._named(metric, entity, reading, own, previous)
        )
        if metric and is_bare_target(metric):
            thing = target_thing(self._clauses_before(own))  # 外贸出口的指标没完成，预期的目标是8%
            metric = thing + metric if thing else metric
        if metric and ACTUAL.match(self.frames.without_periods(own, q.start)):
            # …的目标是5%，实际增长2.1%, 去年实际完成了1244万人: not the target, what it was for
            metric = actual_of(metric.removesuffix("实际"))
        if entity is None:
            self.lists.group.metrics.append(metric or "")
        if metric and not (TARGET_END.search(metric) and RELATIVE_START.match(comparison or "")):
            self.metric = (
                metric  # …高于6%以上的预期目标。其中，三季度…: the target compared with is not carried
            )
        after = AFTER_COMPARE.match(self.folded, q.end)
        if after and comparison is None:
            comparison = after["cmp"]
        change = CHANGE_AFTER.match(self.folded, q.end)
        if comparison is None and change is not None:
            comparison = change["change"]  # 实现7%的增长, 保持8.5%的增速: a rate of change
        clause = self.folded[start : q.start]
        share = reading.share or (
            change is None  # 实现7%的增长: a rate of change, not a share of one
            and ((q.unit == "%" and entity is not None) or share_of_group(self.folded, q))
        )
        measure = measure_of(clause, comparison, q.unit, share)
        period = self.periods.of(quantities, index, in_list, metric)
        return self._build(q, metric, comparison, measure, period)

    def _named(
        self, metric: str | None, entity: str | None, reading: Reading, own: int, previous: Quantity | None
    ) -> str | None:
        """The metric once a clause without a subject of its own has taken one from before."""
        if not meaningful(metric) and (entity is None or not is_weak(entity)):
            metric = self._carried(metric, own, previous.end if previous is not None else 0)
            if reading.share_of and metric:
                # …，占全国的比重为30% (or 提高到30%): the share of the metric before
                metric = RATE_END.sub("", head_noun(metric)) + reading.share_of
        elif (
            is_weak(reading.metric)
            and metric != reading.metric
            and not (metric or "").endswith(reading.metric or "")
        ):
            metric = head_noun(metric or "") + (
                reading.metric or ""
            )  # 增速分别比…低: the growth of the list's metric
        last = self.figures[-1] if self.figures and previous is not None else None
        if last is None or last.start < self.frames.sentence_start(own):
            return metric
        return effect_of(self.folded[own : own + 40], metric, last.metric) or metric  # 影响CPI上涨…

    def _build(
        self,
        q: Quantity,
        metric: str | None,
        comparison: str | None,
        measure: str | None,
        period: Period | None,
    ) -> Figure:
        return Figure(
            text=self.as_written.span(q.start, q.end, glossed_end=True),
            start=q.start,
            end=q.end,
            value=q.value,
            upper=q.other if q.bound == "low" else None,
            lower=q.other if q.bound == "high" else None,
            bound=q.bound,
            fraction=q.fraction,
            unit=written_unit(self.text[q.start : q.end], q.unit, self.text[q.end : q.end + 24]),
            approx=q.approx,
            metric=self.as_written.phrase(balanced(metric), glossed=False),
            measure=measure,
            period=(period.named or self.as_written.span(period.start, period.end)) if period else None,
            period_start=period.period_start if period else None,
            period_end=period.period_end if period else None,
            comparison=self.as_written.phrase(comparison),
            sentence=self.frames.sentence(q.start, q.end),
            kind=kind_of(q.unit),
            block_id=self.block_id,
            section_id=self.section_id,
            doc=self.doc,
        )

    # -- metric -------------------------------------------------------------------------------------------

    def _carried(self, metric: str | None, own: int, after: int) -> str | None:
        """A clause without a subject of its own: the subject of a clause between it and the figure before
        (水果价格降幅扩大，下降9.6%), else the metric before, named with a weak word (增速) if it has one."""
        local = previous_subject(self._clauses_before(own, after=after))
        if local and not LOCAL_SUBJECT.search(local):
            local = None
        carried = local or self._last_metric() or previous_subject(self._clauses_before(own))
        if carried and metric in (
            "实际",
            "名义",
            "当月",
            "当季",
            "当年",
            "当日",
        ):  # 6月当月同比增长: a period
            return carried  # 去年实际完成了…: the value reached of what was named, not a part of it
        if carried and is_weak(metric):
            return head_noun(carried) + (metric or "")
        return carried or (metric if meaningful(metric) else None)

    def _last_metric(self) -> str | None:
        """The metric of the figure before, by its head noun when it is long (获甲、乙等认证的参展商展位数超过
        9000个，比上届增长21.3%: the thing, not its long attribute)."""
        head = (self.metric or "").rsplit("的", 1)[-1]
        return head if len(self.metric or "") > LONG_METRIC and len(head) >= 3 else self.metric

    def _clauses_before(self, own: int, count: int = 3, after: int = 0) -> list[str]:
        """The clauses of this text before ``own`` in the same sentence and after ``after``, nearest first,
        periods cut out."""
        out: list[str] = []
        end = clause_start(self.folded, own) - 1
        while len(out) < count and end > after and self.folded[end] in ",;:":
            begin = clause_start(self.folded, end)
            if begin < after:
                break
            out.append(self.frames.without_periods(begin, end))
            end = begin - 1
        return out


_OPENING = 4
"""How many opening texts may name the event a reposted page reports on (a script's headline line)."""


def extract_text(text: str, day: dt.date | Reference | None = None, block_id: str = "") -> list[Figure]:
    """Every figure of one text (a block, a heading), resolving periods against ``day`` or a reference."""
    reference = day if isinstance(day, Reference) else infer_reference(day, (figure_fold(text),))
    return TextReader(text, reference, block_id).read()


def extract(doc: Document) -> list[Figure]:
    """Every figure of a document: kicker, subtitle, then each section's heading and blocks."""
    texts = texts_of(doc)
    # an undated text may write the year it reports on only in its title (2022年经济…): the title counts
    # for the year, though its figures are not the body's
    title = figure_fold(doc.title or "")
    folded = [figure_fold(text) for _, _, text in texts]
    # a mirror's stamp long after the event the text names (2023年三季度新闻发布会) is not its publication
    reposted = event_reference(doc.day, [title, *folded[:_OPENING]])
    reference = reposted or with_page_month(doc, infer_reference(doc.day, [title, *folded]))
    # a caption or the page's meta line may be the only place the year of the month reported stands
    page = [figure_fold(line.text) for line in doc.boilerplate if line.kind in _PAGE_KINDS]
    reference = with_reported_month(title, reference, [*folded, *page])
    out: list[Figure] = []
    # 3月9日上午，…开启。 taken as the title: the event's day, for the counts of the text right after it
    day: EventDay | None = event_day_of(title, reference)
    adjacent = day is not None and title.rstrip().endswith("。")
    last: tuple[str, str | None] = ("", None)  # the section and last metric of the text before
    before: Period | None = None  # the last dated period said before, in the same section
    lead: Lead | None = None  # the period a one-line lead sets for the paragraph after it
    wrap: Lead | None = None  # the period in force where the paragraph before broke off mid-sentence
    opening_day = next(
        (event_day_of(f, reference) for (s, _, _), f in zip(texts, folded, strict=True) if s != "head"), None
    )
    for (section_id, block_id, text), text_folded in zip(texts, folded, strict=True):
        broken_down = last[0] == section_id and BREAKDOWN.match(text_folded) is not None
        reader = TextReader(
            text, reference, block_id, section_id, doc.name, metric=last[1] if broken_down else None
        )
        reader.before = before if last[0] == section_id else None
        wrap = wrap if last[0] == section_id else None
        read = with_lead(reader.read(), reader.frames.periods, lead if last[0] == section_id else None)
        read = with_wrap(read, reader.frames.periods, wrap)
        if section_id == "head" and day is None:  # 5位发布人… over 1月24日下午，…举行发布会: the event's
            read = carry_event_day(read, opening_day, True)
        out.extend(carry_event_day(read, day, adjacent))  # 昨日，…举行发布会。|共回答了13个问题
        first = reader.frames.periods[:1]
        lead = lead_of(reader.folded, first, read, _period_name(reader, first[0]) if first else "")
        periods = reader.frames.periods
        wrap = wrap_of(reader.folded, periods, wrap, _period_name(reader, periods[-1]) if periods else "")
        last = (section_id, reader.metric)
        before = last_dated(reader.frames.periods) or (before if last[0] == section_id else None)
        named = event_day_of(reader.folded, reference)
        day, adjacent = (named, True) if named is not None else (day, False)
    return out


_PAGE_KINDS = ("caption", "meta")
"""The page's own lines that say when it is (a photo caption, a date line), not links to other pages."""


def _period_name(reader: TextReader, period: Period) -> str:
    return period.named or reader.as_written.span(period.start, period.end)


__all__ = ["TextReader", "extract", "extract_text", "figure_fold"]
