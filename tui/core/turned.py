"""The periods of a change turned from one value to another, written again without them.

``猪牛羊禽肉产量由一季度的同比下降a%转为上半年的同比增长b%，其中猪肉产量由下降c%转为增长d%``: the second
pair says the same turn of a part, and its values are of the same periods as the first pair's (c of 一季度,
d of 上半年), though no period is written beside them (the one in force is the last written, 上半年).
"""

from __future__ import annotations

import re
from typing import Literal

from tui.core.periods import Period

Side = Literal["from", "to"]

_CHANGE = r"(?:同比|环比)?(?:上涨|下降|增长|上升|下跌|回落|回升)?(?:约|近)?"
_FROM = re.compile(rf"由(?:[^,;。:由转]{{1,10}}的)?{_CHANGE}$")
_TO = re.compile(rf"(?:转为|转成|变为)(?:[^,;。:由转]{{1,10}}的)?{_CHANGE}$")


class TurnedPeriods:
    """The periods of the last turn written with them, within one sentence."""

    def __init__(self) -> None:
        self.sentence = -1
        self.sides: dict[Side, Period] = {}

    def period(self, folded: str, sentence_start: int, at: int, period: Period | None) -> Period | None:
        """The period of the value at ``at`` whose period in force is ``period``: a turn's side written with
        its own period records it; one written without takes the period its side had last."""
        if sentence_start != self.sentence:
            self.sentence, self.sides = sentence_start, {}
        lead = max(sentence_start, at - 20)
        before = folded[lead:at]
        m = _FROM.search(before) or _TO.search(before)
        if m is None:
            return period
        side: Side = "from" if m.re is _FROM else "to"
        if period is not None and period.start >= lead + m.start():
            self.sides[side] = period  # 由一季度的…: the period written inside the turn
            return period
        return self.sides.get(side, period)


__all__ = ["TurnedPeriods"]
