"""Sorting Chinese the way a Chinese reader expects: by pinyin, not by code point.

Code-point order puts 规模 before 中小 and after 高技术 by accident of the Unicode tables; a reader looks
for 高 under g, 规 under g, 中 under z. pypinyin is imported on first use (it takes a moment to load), never
at start-up.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def collation_key(text: str) -> tuple[tuple[str, ...], str]:
    """A sort key for ``text``: its syllables with tone numbers (``gui1 mo2 …``), then the text itself.

    Letters and digits keep their place among the syllables (``5G`` sorts under 5); the text itself breaks
    ties between homophones, so the order is total and stable.
    """
    from pypinyin import Style, lazy_pinyin

    return tuple(s.lower() for s in lazy_pinyin(text, style=Style.TONE3)), text
