"""The period of one figure: the period in force where it stands, then the readings that overrule it.

:class:`FigurePeriods` holds what a text's figures share for their periods (the text's :class:`Frames`, the
lists being read, the years the text compares with and the base years it names) and decides, figure by
figure, the period a :class:`tui.core.figures.TextReader` cites: a list's period handed to its later items, a
count reported after it, a year range's endpoint, a list of years read item by item, a part of a flow.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.baseyear import BaseYears
from tui.core.figlists import Lists
from tui.core.frames import Frames
from tui.core.fromto import endpoint, paired_year
from tui.core.periods import Period, Reference
from tui.core.quantity import Quantity
from tui.core.saidperiods import event_day_after, flow_over_part
from tui.core.turned import TurnedPeriods
from tui.core.vocab import kind_of
from tui.core.yearlists import year_of_item


@dataclass
class FigurePeriods:
    """The periods of one text's figures.

    ``list_period`` is the period bound to the first figure of a list (从2012年的7.9亿人、1.5亿人): the list's.
    """

    folded: str
    reference: Reference
    frames: Frames
    lists: Lists
    base_years: BaseYears
    turned: TurnedPeriods
    list_period: Period | None = None

    def of(self, quantities: list[Quantity], index: int, in_list: bool, metric: str | None) -> Period | None:
        """The period of the figure at ``index`` of ``quantities``, whose metric is ``metric``."""
        q = quantities[index]
        sentence = self.frames.sentence_start(q.start)
        period = self.in_force(q, in_list)
        if kind_of(q.unit) == "count":
            period = self.frames.reported_after(q.end, period)
        period = self.frames.from_listed(q.start) or period
        period = endpoint(self.folded, q.start, period) or paired_year(self.folded, q.start) or period
        if period is not None:
            period = flow_over_part(period, sentence, metric, self.reference)
        if period is not None and period.parts:
            period = self.lists.part(quantities, index, period)
        period = self._listed_year(quantities, index) or period
        period = self.turned.period(self.folded, sentence, q.start, period)
        if period is None:
            period = self.base_years.year_after(sentence, q.start)
        return period

    def in_force(self, q: Quantity, in_list: bool) -> Period | None:
        """The period in force at ``q``; a period bound to a list's first figure is its later figures' too."""
        period = self.frames.period_of(q.start)
        if period is None and kind_of(q.unit) == "count":
            period = event_day_after(self.frames, q.start)  # 13个…昨日迎来
        if in_list and self.list_period is not None and (period is None or not period.bound):
            return self.list_period
        self.list_period = period if period is not None and period.bound else None
        return period

    def _listed_year(self, quantities: list[Quantity], index: int) -> Period | None:
        """2016年和2017年…分别为a%和b%: the year of the value at ``index`` in a list said of a list of years."""
        first, size = self.lists.bounds(quantities, index)
        start = quantities[first].start
        return year_of_item(self.folded, self.frames.sentence_start(start), start, size, index - first)
