"""The period a one-line lead paragraph sets for the paragraph of figures after it.

A news report may open on a paragraph of one sentence that says only when and how things went
(``8月份，全省经济运行稳中有进。``) and give the figures in the next paragraph without a period of their
own (``全省用电量同比增长4.5%…``): the lead's period is theirs. Only the paragraph right after the
lead takes it, and only its figures that have no period of their own; a paragraph that names any period
keeps its own reading.

A page hard-wrapped into short paragraphs breaks sentences between them (``…比上年增加17万亿元，全国`` |
``一般公共预算支出…``): the period in force where a paragraph breaks off mid-sentence is still in force at
the start of the next (:func:`wrap_of`), for its figures before any period of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.model import Figure, changed
from tui.core.periods import Period

_ONE_SENTENCE = re.compile(r"[^。!?;]{4,40}[。!]?\s*")
"""A lead short enough to be one sentence of its own."""


@dataclass(frozen=True)
class Lead:
    """A lead's period: as written, and its dates."""

    name: str
    start: str | None
    end: str | None


def lead_of(folded: str, periods: list[Period], figures: list[Figure], written: str) -> Lead | None:
    """The period a paragraph sets for the next when it is a one-sentence lead opening on a period
    and holding no figure; ``written`` is the period as the text writes it."""
    text = folded.strip()
    if figures or not periods or not _ONE_SENTENCE.fullmatch(text):
        return None
    first = periods[0]
    opening = folded[: first.start].strip() == "" and folded[first.end : first.end + 1] == ","
    if not opening or first.bound or first.until is not None:
        return None
    return Lead(written, first.period_start, first.period_end)


def with_lead(figures: list[Figure], periods: list[Period], lead: Lead | None) -> list[Figure]:
    """``figures`` of the paragraph after a lead, those without a period given the lead's (when the
    paragraph names no period of its own)."""
    if lead is None or periods or not figures:
        return figures
    return [
        changed(f, period=lead.name, period_start=lead.start, period_end=lead.end) if f.period is None else f
        for f in figures
    ]


_CLOSED = frozenset('。!?;…」』”"')
"""What ends a paragraph whose sentence is finished (the text is folded: ！？； are ASCII)."""


def wrap_of(folded: str, periods: list[Period], carried: Lead | None, written: str) -> Lead | None:
    """The period in force where a paragraph breaks off mid-sentence: the last in force it names
    (``written`` as the text writes it), else the one ``carried`` into it; None when it ends a sentence."""
    text = folded.rstrip()
    if not text or text[-1] in _CLOSED:
        return None
    if not periods:
        return carried
    last = periods[-1]
    if last.bound or last.until is not None or (last.period_start is None and last.period_end is None):
        return None
    return Lead(written, last.period_start, last.period_end)


def with_wrap(figures: list[Figure], periods: list[Period], wrap: Lead | None) -> list[Figure]:
    """``figures`` of a paragraph that goes on with the sentence the one before broke off: those without a
    period before the paragraph's own first period take the one in force at the break."""
    if wrap is None:
        return figures
    first = periods[0].start if periods else None
    return [
        changed(f, period=wrap.name, period_start=wrap.start, period_end=wrap.end)
        if f.period is None and (first is None or f.start < first)
        else f
        for f in figures
    ]
