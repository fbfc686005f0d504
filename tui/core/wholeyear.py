"""全年 under a year the paragraph named before it: ``2013年，…稳步回升。全年新设企业…``.

The genre names the year once, at the head of a paragraph or a sentence, and then says 全年 for it; a reader
of the figure alone needs the year, so such a 全年 is named ``2013年全年`` (the year named, the word written).
Only when the year the phrase resolves to is the one written before it in the same paragraph: a 全年 that
resolves elsewhere, or whose paragraph names no year, stays as written.
"""

from __future__ import annotations

import re

from tui.core.reftime import Span

_YEAR_WRITTEN = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s?年")


def whole_year_named(text: str, start: int, phrase: str, span: Span | None) -> str | None:
    """``2013年全年`` for a 全年 at ``start`` whose span is the whole of a year its paragraph wrote before it;
    else None."""
    first, last = span if span is not None else (None, None)
    if phrase != "全年" or first is None or last is None:
        return None
    if first.year != last.year or (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return None
    paragraph = text.rfind("\n", 0, start) + 1
    years = {int(m[1]) for m in _YEAR_WRITTEN.finditer(text, paragraph, start)}
    return f"{first.year}年全年" if first.year in years else None


__all__ = ["whole_year_named"]
