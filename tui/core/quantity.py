"""A statistic's numeral span as data (:class:`Quantity`), and its value as a float within the genre's bounds.

:mod:`tui.core.quantities` reads quantities out of a paragraph; the modules after it (lists, the figures'
text, the reader) take them as they are defined here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

MAX_VALUE = 1e20
"""Larger values (a 23-digit string of digits, 一亿亿亿) are no statistic of this genre."""


@dataclass(frozen=True)
class Quantity:
    """A numeral span that is a statistic.

    ``value`` is in base units (47.8万家 → 478000, 六成 → 60, 三分之一 → 100/3 exactly); ``fraction`` keeps
    a share written as a fraction readable (``"1/3"``). A range (3%至5%) becomes two quantities, ``bound``
    ``"low"`` and ``"high"``, each with the other end's value in ``other``. ``bare`` is true when neither a
    unit nor a magnitude is written (such numbers are figures only after 为/达 or in a list with a unit).
    """

    start: int
    end: int
    value: float
    unit: str
    approx: str | None
    bare: bool = False
    fraction: str | None = None
    bound: str | None = None
    other: float | None = None
    scale: float = 1.0
    """What the written number was multiplied by (万 → 1e4, 成 → 10), for a bare range end to share."""


def as_float(value: Decimal | float) -> float | None:
    """The value as a float rounded to 6 places, or None when it is not finite or past :data:`MAX_VALUE`."""
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_VALUE:
        return None
    return round(number, 6)
