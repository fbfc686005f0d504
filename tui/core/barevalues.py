"""Bare numbers (no unit written) that are figures all the same.

A ratio's value is written right after its name with no unit (``求人倍率1.37``), and so are its changes in the
clauses after it (``同比减少0.21，环比减少0.2``): :func:`ratio_said`. A breakdown of a count (``失踪95人，其中包括
甲85，乙13，丙72人``) may write its unit only once, on the whole or on one part: :func:`breakdown_count`.
:mod:`tui.core.quantities` asks these before it drops a bare number.
"""

from __future__ import annotations

import re

from tui.core.quantity import Quantity
from tui.core.vocab import is_cjk

_RATIO_NAMED = re.compile(r"(?:倍率|系数|比率|比值)\s*$")
"""求人倍率1.37: a ratio's value written right after its name, with no unit."""
_RATIO_CHANGE = re.compile(
    r"^[,，]\s?(?:同比|环比|比上年|比上月|较上年)?(?:减少|增加|下降|上升|提高|降低|回落|回升)了?\s*$"
)
"""求人倍率1.37，同比减少0.21，环比减少0.2: the ratio's changes, each a clause after it."""


def ratio_said(folded: str, found: list[Quantity], i: int) -> bool:
    """A bare number (``found[i]``) that is a ratio's value (求人倍率1.37) or a change of the ratio said just
    before it."""
    at = found[i].start
    if _RATIO_NAMED.search(folded, max(0, at - 4), at):
        return True
    if i == 0 or not found[i - 1].bare or _RATIO_CHANGE.match(folded[found[i - 1].end : at]) is None:
        return False
    return ratio_said(folded, found, i - 1)


_BREAKDOWN = re.compile(r"其中|包括|包含")
"""The words that open the breakdown of a whole into its parts."""
_COUNT_UNITS = ("人", "名", "个", "家", "户", "起", "件", "座", "所", "辆", "艘")
_PART_END = re.compile(r"[,，、;；。]")


def breakdown_count(folded: str, found: list[Quantity], i: int) -> bool:
    """失踪人员95人，其中包括消防人员85，…: a bare whole number (``found[i]``) right after the noun it counts,
    closing its clause, in a breakdown opened after a count with a unit in the same sentence."""
    q = found[i]
    at = q.start
    if not (at > 0 and is_cjk(folded[at - 1]) and _PART_END.match(folded, q.end)) or q.value != int(q.value):
        return False
    whole = next((b for b in reversed(found[:i]) if not b.bare and b.unit in _COUNT_UNITS), None)
    if whole is None:
        return False
    gap = folded[whole.end : at]
    return "。" not in gap and _BREAKDOWN.search(gap) is not None


__all__ = ["breakdown_count", "ratio_said"]
