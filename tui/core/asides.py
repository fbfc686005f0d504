"""Numbers a text writes beside its statistics: what :func:`tui.core.quantities.find_quantities` leaves out.

The numeral grammar finds every number with a unit; some of them are no statistic of the text, whatever
their form, because of where they stand:

* the enumerator of a numbered item (``2、10次专项检查…``: the item's number, not a count of 2);
* a stock quote a portal injected after a company's name (``机器人(23.150, -0.41, -1.74%)``);
* the scope written into a definition (``全省人口（包括12个市、自治州…）4500万人``: the 12 defines what is
  counted, it is not counted);
* the band of a tax base (``对年应纳税所得额100万元至300万元的部分减半征收``).

Each function takes the folded text and the spans found and says which to drop; the quantities module
applies them in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Span(Protocol):
    """What these filters need of a quantity: where it is and whether a unit or magnitude is written."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def bare(self) -> bool: ...
    @property
    def bound(self) -> str | None: ...


_ITEM_START = frozenset("\n。;:!?　 ")
"""What stands before the enumerator of a numbered item: the start of a line, a sentence or a list."""
_PARENTHESIS = re.compile(r"\(([^()]{1,200})\)")
_SCOPE = re.compile(r"\s*(?:包括|不包括|包含|不包含|含|不含|其中不含|除)")
"""A parenthesis that defines what a number counts (包括…, 不含…)."""
_QUOTE = re.compile(r"[\d\s.,+\-−%]+")
"""A parenthesis of numbers only, signs and percentages: a stock quote (23.150, -0.41, -1.74%)."""
_BAND_AFTER = re.compile(r"(?:的)?部分")
_BAND_BEFORE = re.compile(r"(?:所得额|所得|收入|工资|薪金|金额|销售额|营业额|价款)(?:超过|不超过|在)?$")
"""年应纳税所得额100万元至300万元的部分: a band of a tax base, named by its ends."""


def is_enumerator(folded: str, q: Span) -> bool:
    """2、10次…: a bare number right after a line, sentence or list start and before 、 or a dot."""
    if not q.bare or folded[q.end : q.end + 1] not in ("、", ".") or q.end - q.start > 2:
        return False
    return q.start == 0 or folded[q.start - 1] in _ITEM_START


def asides(folded: str) -> list[tuple[int, int]]:
    """The spans of the parentheses that define a scope or quote a stock: no figure inside counts."""
    out: list[tuple[int, int]] = []
    for m in _PARENTHESIS.finditer(folded):
        inside = m.group(1)
        if _SCOPE.match(inside) or _QUOTE.fullmatch(inside):
            out.append((m.start(), m.end()))
    return out


def bands(folded: str, found: Sequence[Span]) -> set[int]:
    """The indexes of the quantities that name the ends (or the limit) of a band of a tax base."""
    out: set[int] = set()
    for i, q in enumerate(found):
        if not _BAND_AFTER.match(folded, q.end):
            continue
        first = i - 1 if q.bound == "high" and i > 0 else i
        if _BAND_BEFORE.search(folded, max(0, found[first].start - 8), found[first].start):
            out.update(range(first, i + 1))
    return out
