"""The period a one-line lead paragraph sets for the paragraph of figures after it.

A news report may open on a paragraph of one sentence that says only when and how things went
(``8月份，全省经济运行稳中有进。``) and give the figures in the next paragraph without a period of their
own (``全省用电量同比增长4.5%…``): the lead's period is theirs. Only the paragraph right after the
lead takes it, and only its figures that have no period of their own; a paragraph that names any period
keeps its own reading.
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
