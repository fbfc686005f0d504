"""The readings of a query, as data: as typed, in simplified characters, or as pinyin of a term.

A query of Latin letters that is neither a term nor a string of the documents is read as pinyin (full,
prefix or initials; see :class:`~tui.core.readings.PinyinReader`), one reading per Chinese term it may stand
for, best first. A query in traditional characters is read in simplified ones. Each reading says what was
typed, what it was read as and how (:class:`~tui.core.query.Interpretation`); ``label`` is only a convenience
for display.

Every reading's query is expanded (:func:`~tui.core.index.expansion.expand_query`): the other forms of its
words (the genre's equivalents, the ways to write a number) are searched too and listed as ``variants``,
and the label says the equivalents (``社零 → 社会消费品零售总额``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tui.core import tokens
from tui.core.equivalents import expand
from tui.core.index.expansion import expand_query, label
from tui.core.query import Clause, Interpretation, Query, Word, parse_query
from tui.core.readings import pinyin_key
from tui.core.text import fold

if TYPE_CHECKING:
    from tui.core.index.searcher import SearchIndex

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def interpret(index: SearchIndex, text: str) -> list[Interpretation]:
    """The readings of ``text`` over ``index``, best first (never empty), their queries expanded."""
    return [_expanded(found) for found in _readings(index, text)]


def _expanded(reading: Interpretation) -> Interpretation:
    query, variants = expand_query(reading.query)
    said = label(variants)
    shown = " · ".join(x for x in (reading.label, said) if x) or None
    return replace(reading, query=query, variants=variants, label=shown)


def _readings(index: SearchIndex, text: str) -> list[Interpretation]:
    parsed = parse_query(text)
    typed = " ".join(text.split())
    key = pinyin_key(text.replace('"', " "))
    if key is not None and parsed.clauses and not parsed.excluded:
        words = [w.text for w in parsed.positive]
        known = (*words, "".join(words))
        if not any(index.has_term(w) or index.contains(w) or expand(w) for w in known):
            found = [r for r in index.pinyin_reader().read(key) if r.df > 0]
            if not found:
                return [Interpretation(Query(), f"{typed}: no term reads so", typed, None, "none")]
            return [
                Interpretation(Query([Clause((Word(r.term),))]), f"{typed} → {r.term}", typed, r.term, r.how)
                for r in found
            ]
    folded = fold(text).translate(_ASCII_LOWER)
    simplified = tokens.norm(text)
    if simplified != folded:
        shown = " ".join(simplified.split())
        return [Interpretation(parsed, f"{typed} → {shown}", typed, shown, "simplified")]
    return [Interpretation(parsed, None, typed, None, "typed")]
