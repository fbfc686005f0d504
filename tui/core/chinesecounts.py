"""Which numbers written in Chinese numerals are statistics: the forms statistics use (两千多字, 三成, 五百万),
not slogans, sayings and enumerators (两个毫不动摇, 百家争鸣, 一千条理由, 三个方面)."""

from __future__ import annotations

import re
from decimal import Decimal

from tui.core.numerals import CN_DIGIT
from tui.core.vocab import COUNT_UNITS

_SENTENCE_START = re.compile(r"[。；;！!？?\n]")


def counted_again(folded: str, start: int, end: int, num: str, unit: str) -> bool:
    """28个省份进度快于时序，三个省份进度偏慢: a small count in Chinese numerals of the things a count in
    digits of the same sentence counted (the same measure word and noun after it), the rest of that whole."""
    if len(num) != 1 or num not in CN_DIGIT or num == "一" or not unit:
        return False
    noun = folded[end : end + 2]
    if len(noun) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in noun):
        return False
    begin = max(
        (m.end() for m in _SENTENCE_START.finditer(folded, max(0, start - 80), start)),
        default=max(0, start - 80),
    )
    return re.search(rf"\d+{re.escape(unit)}{re.escape(noun)}", folded[begin:start]) is not None


__all__ = ["chinese_ok", "counted_again", "counted_part"]


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
    if num.endswith("万亿") and num[0] in CN_DIGIT:
        return True  # 九万亿 (the increment of an economy): a sum a speaker rounds, with no unit written
    if len(num) == 1 and num in CN_DIGIT:
        return unit in ("成", "倍") or bool(mag) or bool(more)
    return bool(unit or mag)


_MEMBERS = "家位名所座款支"
"""Measure words of the members of a group counted (firms, people, schools, brands)."""
_PART_OF = re.compile(r"(?:其中|(?<=[\u4e00-\u9fff])中)[,，]?有?$")
_WHOLE_COUNTED = re.compile(rf"\d|前[一二三四五六七八九十]|[一二三四五六七八九十百千]+[{_MEMBERS}个强]")
_CLAUSE_START = re.compile(r"[,，。；;！!？?\n]")


def counted_part(folded: str, start: int, num: str, unit: str) -> bool:
    """A small count in Chinese numerals that picks members out of a whole counted before it (全球前五的厂商中
    三家来自中国, 40所高校中，有两所…): a statistic, where 三家 alone (三家单位联合发布) is none. The whole
    is counted in the clause before ``中``; one member (其中一位代表说) is no figure."""
    if unit not in _MEMBERS or len(num) != 1 or num not in CN_DIGIT or num == "一":
        return False
    part = _PART_OF.search(folded, max(0, start - 4), start)
    if part is None:
        return False
    clause = max(
        (m.end() for m in _CLAUSE_START.finditer(folded, max(0, part.start() - 40), part.start())),
        default=max(0, part.start() - 40),
    )
    return _WHOLE_COUNTED.search(folded, clause, part.start()) is not None
