"""Years written as a list (``2016年和2017年``) or a run (``2015年至2017年``) before a list of values.

``2016年和2017年，甲之比分别为a%和b%``: each value is of its own year, in the order the years are written (the
period finder reads two years, and the nearer one would take both values); ``2015年至2017年甲为a%、b%和c%``:
a run of as many years as there are values gives one year a value, in order. A run whose values are fewer or
more than its years is a span said of them together (``2015年至2017年累计增长9%``) and is left alone.
"""

from __future__ import annotations

import re

from tui.core.periods import Period

_YEAR = r"((?:19|20)\d\d)\s?年"
_LISTED = re.compile(rf"{_YEAR}((?:\s?(?:、|和|与|及|以及|,)\s?{_YEAR})+)")
_RUN = re.compile(rf"{_YEAR}\s?(?:至|到|-|—|–|~)\s?{_YEAR}")
_BASE_BEFORE = ("比", "较", "与", "同", "和")
_ONE_YEAR = re.compile(r"((?:19|20)\d\d)")
_PART_AFTER = re.compile(
    r"\s?(?:第?[一二三四1-4]季度|[上下]半年|前|[末底初]|同期|\d|[一二三四五六七八九十]{1,2}月|以来)"
)
"""2016年和2017年一季度, 2016年和2017年末: the years of parts, not the years themselves."""


def _years(m: re.Match[str]) -> list[int]:
    """The years the match names, in order; a run from its first year to its last."""
    if m.re is _RUN:
        first, last = int(m[1]), int(m[2])
        return list(range(first, last + 1)) if 0 < last - first < 8 else []
    return [int(y) for y in _ONE_YEAR.findall(m[0])]


def year_of_item(
    folded: str, sentence_start: int, first_start: int, size: int, position: int
) -> Period | None:
    """The year of the value at ``position`` in a list of ``size`` values whose first starts at
    ``first_start``, when the last years named before it in its sentence are a list or run of as many years;
    else None."""
    if size < 2:
        return None
    stretch = folded[sentence_start:first_start]
    found: list[re.Match[str]] = [*_LISTED.finditer(stretch), *_RUN.finditer(stretch)]
    if not found:
        return None
    m = max(found, key=lambda match: match.end())
    after = stretch[m.end() :]
    if (
        stretch[: m.start()].rstrip().endswith(_BASE_BEFORE)
        or re.search(r"\d\s?年", after)
        or _PART_AFTER.match(after)
    ):
        return None  # 比2016年和2017年分别高…: bases; a year written after the list governs instead
    years = _years(m)
    if len(years) != size or len(set(years)) != size:
        return None
    return Period.year(years[position], sentence_start + m.start(), sentence_start + m.end())


__all__ = ["year_of_item"]
