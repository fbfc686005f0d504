"""The kind of measure of a figure (:data:`tui.core.vocab.MEASURES`): a level, a change, a share, a yoy rate…

Read from the clause before the figure, the comparison :mod:`tui.core.metrics` found in it and the unit; kept
apart from the metric, which names what is measured, not how.
"""

from __future__ import annotations

import re

from tui.core.metricwords import CHANGE_VERBS, RELATIVE
from tui.core.vocab import PERCENT_UNITS

_CHANGING = re.compile(CHANGE_VERBS + "|" + RELATIVE)


def measure_of(clause: str, comparison: str | None, unit: str, share: bool) -> str:
    """The kind of measure (:data:`tui.core.vocab.MEASURES`) from the clause, the comparison and the unit."""
    cmp = comparison or ""
    if unit == "倍":
        return "multiple"
    changing = bool(_CHANGING.search(cmp))
    if unit in PERCENT_UNITS[:2] and changing:
        return "points"
    if "同比" in cmp or "按年" in cmp or re.search(r"(?:比|较)(?:上年|去年)同期", cmp):
        return "yoy"
    if "环比" in cmp or "按月" in cmp or re.search(r"(?:比|较)上月", cmp):
        return "mom"
    if share or cmp.startswith("占") or re.search(r"比重|占比|比例", clause):
        return "share"
    if "累计" in clause:
        return "cumulative"
    if re.search(r"新增|增加(?!值|到|至)|多增", clause) and unit not in PERCENT_UNITS:
        return "new"
    if re.search(r"(?:到|至)$", cmp):
        return "level"  # 增加到10.6亿人: the level reached, not the change
    if changing:
        return "change"
    return "level"
