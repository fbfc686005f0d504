"""Values listed before the sentence that names them: ``6.1万亿元、7.2万亿元……这是前三个季度全省进出口的数据``.

A paragraph may open on a bare run of values and say what they are only after them, in a sentence of the
form 这是…的数据 (这些是…的数字, 以上是…的成绩单). Each value of the run takes that thing as its metric.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.core.metrics import nominal, subject
from tui.core.model import Figure, changed

_RUN_GAP = re.compile(r"^[、,;\s]*$")
"""What stands between two values of a bare run (、 and the commas a mirror page doubles)."""
_NAMED_AFTER = re.compile(
    r"[、,;\s]*(?:…+|\.{3,})?[。!;\s]*(?:[这這](?:就|些|便)?是|以上(?:就)?是)"
    r"(?P<what>[^,;。!?]{2,30}?)的(?:数据|數據|数字|數字|成绩单|成績單|成绩|成績)"
)

_LEAD_PERIOD = re.compile(
    r"^(?:(?:今年|去年|上年|全年|本年)?(?:前|头|頭|上|下)?[一二三四五六七八九十两兩\d]+个?個?(?:季度|月份?)|"
    r"(?:今年|去年|上年)?(?:上半年|下半年|全年)|(?:今年|去年)以来|今年|去年)(?:以来|來)?"
)
"""A period at the head of the name the text leaves undated (前三个季度): no part of the thing named."""


def named_after(
    folded: str,
    figures: list[Figure],
    periods: list[tuple[int, int]],
    sentence_start: Callable[[int], int],
    written: Callable[[str], str | None],
) -> list[Figure]:
    """``figures`` with a bare run of values that the next sentence names given that name as their metric.

    ``periods`` are the spans of the periods found (cut out of the name: 前三个季度); ``sentence_start`` where
    the sentence holding an offset starts; ``written`` the name in the characters as written."""
    if "是" not in folded:
        return figures  # the cheap screen: no 这是 anywhere
    out = list(figures)
    i = 0
    while i < len(out):
        first = out[i]
        if first.metric or folded[sentence_start(first.start) : first.start].strip(" \u3000*"):
            i += 1
            continue
        j = i
        while (
            j + 1 < len(out)
            and not out[j + 1].metric
            and _RUN_GAP.match(folded[out[j].end : out[j + 1].start])
        ):
            j += 1
        m = _NAMED_AFTER.match(folded, out[j].end)
        name = _name(folded, m.start("what"), m.end("what"), periods) if m else None
        if name:
            metric = written(name)
            for k in range(i, j + 1):
                out[k] = changed(out[k], metric=metric)
        i = j + 1
    return out


def _name(folded: str, start: int, end: int, periods: list[tuple[int, int]]) -> str | None:
    """The thing named between ``start`` and ``end``, its periods cut out."""
    text = "".join(
        ch for at, ch in enumerate(folded[start:end], start) if not any(s <= at < e for s, e in periods)
    )
    thing = subject(_LEAD_PERIOD.sub("", text))
    return thing if nominal(thing) else None  # 这是两个城市的数据: a count of things, not a measure


def name_exclaimed(folded: str, figures: list[Figure], sentence_start: Callable[[int], int]) -> list[Figure]:
    """9.6万亿元！省统计局发布年报，全省经济总量突破9.6万亿元: a figure exclaimed alone takes the metric of the
    same value named later in the text."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.metric or folded[figure.end : figure.end + 1] not in ("!", "。"):
            continue
        if folded[sentence_start(figure.start) : figure.start].strip(" \u3000*"):
            continue
        named = next(
            (
                later.metric
                for later in out[i + 1 :]
                if later.metric and (later.value, later.unit) == (figure.value, figure.unit)
            ),
            None,
        )
        if named:
            out[i] = changed(figure, metric=named)
    return out
