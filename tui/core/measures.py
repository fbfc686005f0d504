"""The kind of measure of a figure (:data:`tui.core.vocab.MEASURES`): a level, a change, a share, a yoy rate…

Read from the clause before the figure, the comparison :mod:`tui.core.metrics` found in it and the unit; kept
apart from the metric, which names what is measured, not how.
"""

from __future__ import annotations

import re

from tui.core.metricwords import CHANGE_VERBS, RELATIVE
from tui.core.vocab import PERCENT_UNITS

_CHANGING = re.compile(CHANGE_VERBS + "|" + RELATIVE)
_YOY = re.compile(r"(?:比|较)(?:上年|去年)同期")
_MOM = re.compile(r"(?:比|较)上月")
_SHARE = re.compile(r"比重|占比|比例")
_NEW = re.compile(r"新增|增加(?!值|到|至)|多增")


def measure_of(clause: str, comparison: str | None, unit: str, share: bool) -> str:
    """The kind of measure (:data:`tui.core.vocab.MEASURES`) from the clause, the comparison and the unit."""
    cmp = comparison or ""
    if unit == "倍":
        return "multiple"
    changing = bool(_CHANGING.search(cmp))
    if unit in PERCENT_UNITS[:2] and changing:
        return "points"
    if "同比" in cmp or "按年" in cmp or _YOY.search(cmp):
        return "yoy"
    if "环比" in cmp or "按月" in cmp or _MOM.search(cmp):
        return "mom"
    if share or cmp.startswith("占") or _SHARE.search(clause):
        return "share"
    if "累计" in clause:
        return "cumulative"
    if _NEW.search(clause) and unit not in PERCENT_UNITS:
        return "new"
    if cmp.endswith(("到", "至")):
        return "level"  # 增加到10.6亿人: the level reached, not the change
    if changing:
        return "change"
    return "level"
