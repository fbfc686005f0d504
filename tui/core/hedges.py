"""The approximation words around a number: 超过10万亿元 is over, 近百家 under, 约为2.1个百分点 about.

:func:`approx_before` and :func:`approx_after` read the hedge written before or after a number's span (the
words are :data:`tui.core.vocab.APPROX_BEFORE` and :data:`tui.core.vocab.APPROX_AFTER`) and say where the
span grows to take it in. Works on folded text.
"""

from __future__ import annotations

import re

from tui.core.vocab import APPROX_AFTER, APPROX_BEFORE

_APPROX_VERB = re.compile(r"(?:大约|约)(?:为|合|有|达|占[^,;。:]{0,12}?的?)$")


_AGREEMENT_HEADS = frozenset("合公条契节制预履违签")
"""Characters before 约 that make it a noun's end (合约, 公约, 条约, 节约), not 约 meaning about."""


def approx_before(folded: str, start: int) -> tuple[int, str | None]:
    """The hedge written before the number at ``start``: (where the span starts, over/under/about or None)."""
    at = start
    while at > 0 and folded[at - 1] == " ":
        at -= 1
    for word, approx in APPROX_BEFORE:
        if folded.endswith(word, 0, at):
            if word == "约" and folded[at - 2 : at - 1] in _AGREEMENT_HEADS:
                break  # 签订合约120份, 加入公约: the end of a noun, no hedge
            if word in ("超过", "超") and folded.endswith("不", 0, at - len(word)):
                return at - len(word) - 1, "under"
            return at - len(word), approx
    if folded.endswith("上", 0, at) and folded[at : at + 1] in "百千万亿" and at == start:
        return at - 1, "over"  # 上百位记者, 上千家企业: as many as a hundred and more
    if _APPROX_VERB.search(folded, max(0, at - 16), at):
        return start, "about"  # 约为2.1个百分点, 约占全省用电量的28%: the span stays the number's
    return start, None


def approx_after(folded: str, end: int, unit: str) -> tuple[int, str | None]:
    """The hedge written after the number (and its unit) ending at ``end``: (where the span ends, hedge)."""
    for word, approx in APPROX_AFTER:
        if word in ("多", "余") and unit not in ("倍", "成", "%"):
            continue
        if folded.startswith(word, end):
            if word == "上下" and folded.startswith("上下游", end):
                continue
            return end + len(word), approx
    return end, None


__all__ = ["approx_after", "approx_before"]
