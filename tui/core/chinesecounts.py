"""Which numbers written in Chinese numerals are statistics: the forms statistics use (两千多字, 三成, 五百万),
not slogans, sayings and enumerators (两个毫不动摇, 百家争鸣, 一千条理由, 三个方面)."""

from __future__ import annotations

from decimal import Decimal

from tui.core.numerals import CN_DIGIT
from tui.core.vocab import COUNT_UNITS

__all__ = ["chinese_ok"]


def chinese_ok(num: str, unit: str, mag: str, approx_pre: str | None, more: str, value: Decimal) -> bool:
    """Chinese numerals make a figure only in the forms statistics use, not in slogans and enumerators."""
    if num[0] in "万亿":
        return bool(approx_pre and (unit or mag))
    if num[0] in "百千" and not approx_pre and not unit:
        return False
    if num[0] in "百千" and not approx_pre and unit in COUNT_UNITS:
        return False  # 百家争鸣, 千家万户
    if num in ("一百", "一千", "一万", "十") and unit in COUNT_UNITS and not approx_pre and not more:
        return False  # 一千条理由: a saying, not a count
    if unit in ("字", "天", "分钟", "小时"):
        # 二十字方针, 两天: words, not statistics; 两千字, 三千多字: the length of a text
        return bool(approx_pre or mag or (unit == "字" and (more or value >= 100)))
    if len(num) == 1 and num in CN_DIGIT:
        return unit in ("成", "倍") or bool(mag) or bool(more)
    return bool(unit or mag)
