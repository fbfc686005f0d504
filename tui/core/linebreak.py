"""Line breaking for Chinese and mixed text in a terminal, measured in display cells.

:func:`wrap` cuts a text into lines no wider than a given number of cells (``rich.cells.cell_len``: CJK
and full-width characters take two) and returns each line as ``(start, end)`` offsets into the text, so
callers keep their own styling and figure spans.

The rules, in the order they apply:

* ``\\n`` always ends a line; the newline itself belongs to no line, and an empty line is ``(i, i)``.
* A soft break may fall between two CJK characters, between CJK and anything else, and after a run of
  spaces (the spaces are dropped from the end of the line). Runs of Latin letters, digits and other
  non-CJK characters (``5G``, ``AI``, ``2023-11-04``, ``123456@qq.com``) are never cut, and no break
  touches a no-break space or a joiner, or falls before a zero-width character.
* Kinsoku: no line starts with closing punctuation (``。，、”）…%`` and the like) and no line ends with
  opening punctuation (``“（《`` ...). A terminal cannot hang punctuation into the margin, so the break
  moves earlier instead and carries the preceding character down. Several closing marks (``。”``,
  ``……``) stay together.
* A number with its magnitude and unit (``23.5万亿元``, ``15.3%``, ``1,234.5亿元``, ``０．８个百分点``) is one
  unbreakable unit, as is every span the caller passes in ``protect``.
* Only when an unbreakable unit is wider than the line on its own is it cut by cells, as a last resort.

Lines are filled greedily: each line takes the furthest allowed break that still fits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import accumulate

from rich.cells import cell_len

from tui.core.vocab import CLOSING, MAGNITUDE_CHARS, OPENING, PER_UNITS, UNITS

_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}
"""ASCII → full-width forms, for units written in Latin letters (ｋｇ)."""

__all__ = ["CLOSING", "OPENING", "wrap"]

# Character kinds, as far as breaking is concerned.
_OTHER = 0  # Latin letters, digits, symbols: never broken among themselves
_IDEO = 1  # CJK and other wide characters: a break is possible on either side
_SPACE = 2  # the ASCII space: a break is possible after a run of them
_GLUE = 3  # no-break spaces and joiners: never a break on either side
_ZERO = 4  # zero-width characters (combining marks, selectors, controls): never a break before

_GLUE_CHARS = frozenset("\u00a0\u2007\u202f\u2060\u200d\ufeff")
# ASCII punctuation that, written Chinese-style between a symbol and the next clause, allows a break after it.
_ASCII_CLAUSE_END = frozenset(",;!?")

_DIGITS = "0-9０-９"
# Every unit of the vocabulary, in raw text as well as folded (％ and the full-width Latin units).
_UNIT_PATTERN = "|".join(
    re.escape(unit)
    for unit in sorted({*UNITS, *(u.translate(_FULL_WIDTH) for u in UNITS), "％"}, key=len, reverse=True)
)
# What a price is quoted per, after its currency: ``元/吨``, ``美元/桶``, ``元/千瓦时`` (with ``／`` as well).
_PER_PATTERN = "|".join(re.escape(unit) for unit in sorted(PER_UNITS, key=len, reverse=True))
#: A number with its magnitude characters and unit: one unbreakable unit.
_NUMBER = re.compile(
    rf"[+\-−＋－±]?[{_DIGITS}]+"  # sign and integer part
    rf"(?:[,，][{_DIGITS}]{{3}}(?![{_DIGITS}]))*"  # thousands groups
    rf"(?:[.．][{_DIGITS}]+)?"  # decimals
    rf"(?:[{MAGNITUDE_CHARS}]*(?:{_UNIT_PATTERN})(?:[/／](?:{_PER_PATTERN}))?|[{MAGNITUDE_CHARS}]+)?"  # 万亿元, 元/吨 ...
)

# Kind and cell width of every character met so far (bounded: cleared if it ever grows past the limit).
_INFO: dict[str, tuple[int, int]] = {}
_INFO_LIMIT = 1 << 16


def _is_fullwidth_alnum(code: int) -> bool:
    """True for the full-width digits and Latin letters, which form words like their ASCII forms."""
    return 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A


def _classify(ch: str) -> tuple[int, int]:
    """The break kind and cell width of one character."""
    width = cell_len(ch)
    code = ord(ch)
    if ch == " ":
        kind = _SPACE
    elif ch in _GLUE_CHARS:
        kind = _GLUE
    elif width == 0:
        kind = _ZERO
    elif _is_fullwidth_alnum(code):
        kind = _OTHER
    elif 0x3000 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF or width == 2:
        kind = _IDEO
    else:
        kind = _OTHER
    if len(_INFO) >= _INFO_LIMIT:
        _INFO.clear()
    _INFO[ch] = (kind, width)
    return kind, width


def _break_opportunities(text: str, kinds: list[int], protect: Sequence[tuple[int, int]]) -> bytearray:
    """``result[i] == 1`` where a soft break may fall between ``text[i - 1]`` and ``text[i]``."""
    n = len(text)
    allowed = bytearray(n + 1)
    closing, opening = CLOSING, OPENING
    prev, prev_kind = text[0], kinds[0]
    for i in range(1, n):
        ch, kind = text[i], kinds[i]
        p, pk = prev, prev_kind
        prev, prev_kind = ch, kind
        if kind >= _SPACE or pk == _GLUE or ch == "\n" or p == "\n" or ch in closing:
            continue
        if pk == _SPACE:
            j = i - 2
            while j >= 0 and text[j] == " ":
                j -= 1
            if j < 0 or text[j] not in opening:
                allowed[i] = 1
        elif p in opening:
            continue
        elif (
            pk == _IDEO
            or kind == _IDEO
            or (p in _ASCII_CLAUSE_END and (i < 2 or not (text[i - 2].isascii() and text[i - 2].isalnum())))
        ):
            allowed[i] = 1
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if end - start > 1:
            allowed[start + 1 : end] = bytes(end - start - 1)
    for start, end in protect:
        start, end = max(start, 0), min(end, n)
        if end - start > 1:
            allowed[start + 1 : end] = bytes(end - start - 1)
    return allowed


def _fill(
    text: str,
    start: int,
    stop: int,
    allowed: bytearray,
    fits: Callable[[int, int], bool],
    lines: list[tuple[int, int]],
) -> None:
    """Append to ``lines`` the lines of the paragraph ``text[start:stop]`` (which holds no newline)."""
    trimmed: dict[int, int] = {}  # break -> where its line ends once trailing spaces are dropped
    s = start
    while True:
        best_break = best_end = -1
        first_end = -1
        b = allowed.find(1, s + 1, stop)
        while True:
            candidate = stop if b < 0 else b
            e = candidate
            if text[e - 1 : e] == " ":
                e = trimmed.get(candidate, -1)
                if e < 0:
                    e = candidate
                    while e > start and text[e - 1] == " ":
                        e -= 1
                    trimmed[candidate] = e
                e = max(e, s)
            if not fits(s, e):
                first_end = e
                break
            best_break, best_end = candidate, e
            if b < 0:
                break
            b = allowed.find(1, b + 1, stop)
        if best_break >= 0:
            lines.append((s, best_end))
            if best_break == stop:
                return
            s = best_break
            continue
        # Last resort: the unit text[s:first_end] is wider than a line; cut it at the last cell that fits.
        lo, hi = s + 1, first_end  # fits(s, lo) and not fits(s, hi)
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if fits(s, mid):
                lo = mid
            else:
                hi = mid
        lines.append((s, lo))
        s = lo


def wrap(text: str, width: int, protect: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Lines of ``text`` at most ``width`` cells wide, as (start, end) offsets into ``text``.

    ``text[start:end]`` is the line as displayed. Lines come in order and never overlap; what lies
    between two lines is a ``\\n`` (a hard break) or spaces dropped at a soft break, so every line
    satisfies ``start <= end``. A ``width`` below 2 is taken as 2, so that any one character fits, and an
    empty text gives ``[(0, 0)]``. ``protect`` holds ``(start, end)`` spans (figures the caller knows
    about) that must not be broken; like numbers with their units, they are cut only when wider than a
    whole line. See the module docstring for the rules.
    """
    width = max(width, 2)
    n = len(text)
    if n == 0:
        return [(0, 0)]
    info = _INFO
    pairs = [info.get(ch) or _classify(ch) for ch in text]
    kinds = [kind for kind, _ in pairs]
    prefix = [0, *accumulate(w for _, w in pairs)]
    allowed = _break_opportunities(text, kinds, protect)

    def additive(s: int, e: int) -> bool:
        return prefix[e] - prefix[s] <= width

    # rich measures a joiner or an emoji selector together with its neighbours, so where they occur widths
    # do not simply add up and lines are measured whole. ``floor`` (widths summed, less every character
    # after a joiner, which rich may skip) bounds that measure from below and settles most lines cheaply.
    floor: list[int] = []

    def exact(s: int, e: int) -> bool:
        return floor[e] - floor[s] <= width and cell_len(text[s:e]) <= width

    lines: list[tuple[int, int]] = []
    start = 0
    while True:
        newline = text.find("\n", start)
        stop = n if newline < 0 else newline
        joined = text.find("\u200d", start, stop) >= 0 or text.find("\ufe0f", start, stop) >= 0
        if joined and not floor:
            floor[:] = [
                0,
                *accumulate(0 if text[i - 1 : i] == "\u200d" else w for i, (_, w) in enumerate(pairs)),
            ]
        _fill(text, start, stop, allowed, exact if joined else additive, lines)
        if newline < 0:
            return lines
        start = newline + 1
