"""Values said the way speakers say them, which the numeral grammar alone reads wrong or not at all.

两三个 is a guess at a few, not 23 (:func:`vague_pair`); 近一半地市 a share of a group (:func:`half_share`);
从80.6微克每立方米降到了30.5 a bare number that is the new level of the value before it (:func:`reached_from`);
由3场减为两场 a count in Chinese digits that a count moved to (:func:`moved_to`); 增长是负3% a minus written as
a word (:func:`written_minus`). Works on folded text;
:mod:`tui.core.quantities` asks these while it scans.
"""

from __future__ import annotations

import re

from tui.core.hedges import approx_after, approx_before
from tui.core.numerals import CN_DIGIT
from tui.core.vocab import CHANGE_VERBS, COUNT_UNITS, alternation

_FROM = re.compile(r"(?:从|由)$")
_REACHED_TO = re.compile(rf"^\s*(?:{alternation(CHANGE_VERBS)}|升|降|减|增)(?:到|至)了?\s*$")


def reached_from(folded: str, before: tuple[int, int, str] | None, bare_start: int) -> bool:
    """从80.6微克每立方米降到了30.5: a bare number reached from a value with a unit said just before in its
    clause is the same quantity's new level (the text writes its unit once). ``before`` is the value before as
    (start, end, unit)."""
    if before is None or not before[2]:
        return False
    start, end, _ = before
    return bool(_FROM.search(folded, max(0, start - 1), start) and _REACHED_TO.match(folded[end:bare_start]))


def moved_to(folded: str, start: int, unit: str) -> bool:
    """由3场减为两场, 从5家增加到八家: a count in Chinese digits that a count in the same unit moved to."""
    if unit not in COUNT_UNITS:
        return False
    before = folded[max(0, start - 16) : start]
    return (
        re.search(
            rf"(?:由|从)[\d一二两三四五六七八九十]+{re.escape(unit)}[^,;。]{{0,4}}?(?:为|至|到)$", before
        )
        is not None
    )


def vague_pair(num: str) -> bool:
    """两三, 七八, 三五: two Chinese digits next to each other say "a few", not a number read digit by digit."""
    if len(num) != 2 or num[0] not in CN_DIGIT or num[1] not in CN_DIGIT:
        return False
    first, second = CN_DIGIT[num[0]], CN_DIGIT[num[1]]
    return first > 0 and (second == first + 1 or (first, second) == (3, 5))


_HALF_GROUP = re.compile(r"(?:以上|左右|多)?(?:的)?[\u4e00-\u9fff]")
_HALF_NOT = re.compile(r"一半(?:是|儿|一半|时间|路程|以下)")


def half_share(folded: str, start: int, end: int) -> tuple[int, int, str | None] | None:
    """近一半地市, 超过一半的企业, 2019年度的一半: a share of a group (50 %, as 1/2) when a hedge or 的 says so;
    一半是…, 一半时间 and a bare 一半 are words, not figures. Returns the span with its hedge and the hedge."""
    s, pre = approx_before(folded, start)
    e, post = approx_after(folded, end, "%")
    of_whole = folded.endswith("的", 0, start)
    if not (pre or post or of_whole) or _HALF_NOT.match(folded, start):
        return None
    if not (of_whole or _HALF_GROUP.match(folded, end)):
        return None
    return s, e, pre or post


_WRITTEN_MINUS = re.compile(
    r"(?<![正减減胜勝抱辜自重])[负負](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?\s?$"
)
"""增长是负3%, 負(fù)3%: 负 right before a number (a pinyin gloss a mirror page adds may sit between); not
正负3% (a margin either way), not 负增长3% (a word between), not the 负 ending a word (减负80亿元 is a burden
lifted, 胜负, 抱负), which is no sign."""


def without_minus(clause: str) -> str:
    """The clause before a figure without the 负 that makes it negative (增长是负: 增长是)."""
    m = _WRITTEN_MINUS.search(clause) if "负" in clause or "負" in clause else None
    return clause[: m.start()] if m else clause


def written_minus(folded: str, start: int) -> bool:
    """True when the number at ``start`` is written negative with the word 负 before it."""
    before = max(0, start - 12)
    if folded.find("负", before, start) < 0 and folded.find("負", before, start) < 0:
        return False  # no 负 near: the pattern cannot match (most numbers)
    return _WRITTEN_MINUS.search(folded, before, start) is not None


__all__ = ["half_share", "moved_to", "reached_from", "vague_pair", "without_minus", "written_minus"]
