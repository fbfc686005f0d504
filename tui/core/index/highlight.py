"""Highlighting: where the query's words stand in a unit's text, and a snippet around the first of them.

Spans are offsets into the unit's text as written (normalization keeps one character for one). A snippet
starts just after a clause mark a few characters before the first match, and never inside a number or a
Latin word (``0家`` cut from ``6870家``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_CLAUSE_MARKS = "，。；：！？、,.;:!? 　（）()“”「」《》"
_GLUED = re.compile(r"[0-9０-９.．,，%％A-Za-zＡ-Ｚａ-ｚ]")


def occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle``, as (start, end)."""
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = haystack.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return out


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted, overlapping and touching ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def spans_of(norm: str, words: Sequence[tuple[str, bool, Sequence[str]]]) -> list[tuple[int, int]]:
    """Spans of the query's words in a unit's normalized text: ``(text, phrase, terms)`` per word; a word
    that is not found whole is shown by its terms (unless it is a quoted phrase)."""
    spans: list[tuple[int, int]] = []
    for text, phrase, terms in words:
        found = occurrences(norm, text)
        if not found and not phrase:
            for term in terms:
                found.extend(occurrences(norm, term))
        spans.extend(found)
    return merge_spans(spans) if len(spans) > 1 else spans


def snippet(text: str, spans: list[tuple[int, int]], width: int = 36) -> tuple[str, int]:
    """A window of at most ``2 * width`` characters from a little before the first span, and its offset in
    ``text``.

    The first span stays within the first ``width // 2`` characters or so, whatever the window's length
    (a list shows only the start of a snippet: a match near the end of a long text must not slide out of
    sight to fill the window). The window starts at a clause boundary when one lies a few characters before
    it (or after it), never on the mark itself, and never inside a number or a Latin word (``0家`` cut from
    ``6870家``).
    """
    if len(text) <= 2 * width + 10:
        return text, 0
    center = spans[0][0] if spans else 0
    start = max(0, center - width // 2)
    start = _boundary(text, start, min(center, start + width // 2))
    return text[start : start + 2 * width], start


def _boundary(text: str, start: int, limit: int, back: int = 8) -> int:
    """Move ``start`` to just after a clause mark (a few characters back, else forward up to ``limit``),
    else out of a number or Latin word it would cut."""

    def after_mark(i: int) -> bool:
        if text[i - 1] not in _CLAUSE_MARKS:
            return False
        return not (i >= 2 and i < len(text) and _GLUED.match(text[i - 2]) and _GLUED.match(text[i]))

    def past_marks(i: int) -> int:  # 》，全面… starts at 全, not at the comma after the closing mark
        while i < limit and text[i] in _CLAUSE_MARKS:
            i += 1
        return i

    if start == 0:
        return 0
    for i in range(start, max(0, start - back), -1):
        if i == 0 or after_mark(i):
            return past_marks(i)
    for i in range(start, limit + 1):
        if after_mark(i):
            return past_marks(i)
    while start < limit and _GLUED.match(text[start - 1]) and _GLUED.match(text[start]):
        start += 1
    return start
