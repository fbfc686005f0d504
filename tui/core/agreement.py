"""When two reported values of one thing agree: at the precision each was written with, and as the
approximation each was written with.

A value stands for an interval. One written exactly (6.7%, 529971亿元) stands for what rounds to it: half
its last written digit either way (6.65–6.75; 529970.5–529971.5亿). Trailing zeros of a whole number are
not taken as written precision (5000亿元 may be rounded to the thousand); a value written in Chinese
numerals (一点七八万亿元, 四成) is as precise as its last non-zero digit. ``about`` (约, 左右) is the same
interval; ``over`` (超过, 逾, 多) runs from the number itself upwards, ``under`` (近, 不到, 不足) from it
downwards; a range
(5%至6%) covers its two ends. Two values agree when their intervals meet; so values that agree at the
precision of the less precise one agree, and 超过5000亿元 agrees with 5200亿元 but not with 4800亿元.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from tui.core.text import fold

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_EPSILON = 1e-9


def last_digit(value: float) -> float:
    """The place of the last non-zero digit of a value (6.7 → 0.1, 3.8e5 → 1e4, 0 → 1)."""
    value = abs(value)
    if value == 0 or not math.isfinite(value):
        return 1.0
    for k in range(-6, 16):
        step = 10.0**k
        if abs(round(value / step) * step - value) > _EPSILON * max(1.0, value):
            return 10.0 ** (k - 1)
    return 10.0**15


def precision(text: str, value: float) -> float:
    """The step of the last digit a value was written with, in the value's units (see the module)."""
    match = _NUMBER.search(fold(text))
    if match is None:
        return last_digit(value)
    digits = match.group(0).replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return last_digit(value)
    if written == 0:
        return last_digit(value) if value else 1.0
    scale = value / written
    decimals = match.group(1)
    if decimals:
        return abs(scale) * 10.0 ** -len(decimals)
    return abs(scale) * last_digit(written)


@dataclass(frozen=True, slots=True)
class Reported:
    """A value as reported: ``value`` (signed), ``upper`` the other end of a range (or None), ``approx``
    (over, under, about or None) and ``step``, the precision it was written with."""

    value: float
    step: float
    approx: str | None = None
    upper: float | None = None

    def interval(self) -> tuple[float, float]:
        """The values this report stands for (see the module's docstring)."""
        low, high = self.value, self.upper if self.upper is not None else self.value
        if high < low:
            low, high = high, low
        half = self.step / 2 * (1 + 1e-6)
        edge = _EPSILON * max(abs(low), abs(high), 1.0)
        if self.approx == "over":  # 超过5000亿元 means more than 5000亿, however round 5000 is
            return low - edge, math.inf
        if self.approx == "under":
            return -math.inf, high + edge
        return low - half, high + half


def agree(a: Reported, b: Reported) -> bool:
    """Whether two reports of the same thing agree (their intervals meet)."""
    a_low, a_high = a.interval()
    b_low, b_high = b.interval()
    return a_low <= b_high and b_low <= a_high
