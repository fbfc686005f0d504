"""Whether two figures of a paragraph stand in one list: the gap between them (、 和 及…, a lost 、 between two
shares, a direction each after 分别)."""

from __future__ import annotations

import re

from tui.core.quantities import LIST_SEP
from tui.core.quantity import Quantity


def listed(folded: str, first: Quantity, then: Quantity) -> bool:
    """True when ``then`` follows ``first`` in one list: a list mark between them, or none at all between two
    shares (分别增长22.1%15.3%9.8%: a page that lost its 、), or a direction each (分别增长6.8%、下降9.6%)."""
    gap = folded[first.end : then.start]
    if LIST_SEP.match(gap) is not None:
        return True
    if _VERB_EACH.fullmatch(gap) is not None and first.unit == then.unit:
        before = re.split("[,;。:]", folded[max(0, first.start - 40) : first.start])[-1]
        return _EACH_BEFORE.match(before) is not None
    return gap == "" and first.unit == then.unit == "%"


_VERB_EACH = re.compile(r"[、,]\s?(?:增长|下降|上升|减少|提高|降低|回落|上涨|下跌|增加)")
"""分别增长6.8%、下降9.6%、增长3.1%: a list whose values each bring their own direction."""
_EACH_BEFORE = re.compile(r"[^,;。:]{0,12}?分别(?:增长|下降|上升|减少|提高|降低|回落|上涨|下跌|增加)")
"""The clause of such a list says 分别 before its first value."""
