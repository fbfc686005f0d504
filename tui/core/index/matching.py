"""Matching: which units of a segment a parsed query selects, and which hold each clause literally.

A query word matches a unit *literally* when the unit's normalized text contains it: candidates are the
units that hold every bigram of the word (or, for one character, any bigram starting with it), confirmed by
a substring test unless the word is itself an index term of the unit. A word that is not a quoted phrase
also matches a unit that holds all of its words apart (jieba's default-mode words of the query word).
Clauses are ANDed, the words of a clause ORed; excluded words and units of deleted documents are removed.

The seam for richer matching (equivalent forms, number folding, best-match tiers): :func:`plan_word`
decides what to look for, :func:`match_segment` how clauses combine; both work on plain arrays.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from tui.core import tokens
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
from tui.core.index.vector import distinct
from tui.core.index.wordcut import string_key
from tui.core.index.writer import gram_codes
from tui.core.query import Query, Word


@dataclass(frozen=True)
class WordPlan:
    """What one query word looks for: its text, its term key, its bigrams and its words apart."""

    word: Word
    key: int
    grams: tuple[int, ...]
    exact: bool = False
    """The bigrams pin the word down (two word characters): no substring test needed."""
    apart: tuple[int, ...] = ()
    terms: tuple[str, ...] = field(default=())
    """Its index terms (jieba search mode), for scoring and highlighting."""


def plan_word(word: Word) -> WordPlan:
    """Hash and segment a query word once, for every segment."""
    text = word.text
    apart: tuple[int, ...] = ()
    if not word.phrase:
        words = tokens.query_words(text)
        if len(words) >= 2:
            apart = tuple(string_key(w) for w in words)
    grams, exact = gram_codes(text)
    return WordPlan(
        word=word,
        key=string_key(text),
        grams=tuple(dict.fromkeys(grams)),
        exact=exact,
        apart=apart,
        terms=tuple(dict.fromkeys(tokens.terms(text))),
    )


_EMPTY = np.zeros(0, dtype=np.int64)


def _mask(n: int, uids: Array) -> Array:
    mask = np.zeros(n, dtype=bool)
    mask[uids] = True
    return mask


def _and(a: Array, b: Array, n: int) -> Array:
    """Units in both ascending arrays."""
    if not len(a) or not len(b):
        return _EMPTY
    if len(a) > len(b):
        a, b = b, a
    if len(a) * 16 < len(b):  # a few against many: binary searches
        at = b.searchsorted(a)
        at[at >= len(b)] = 0
        both: Array = a[b[at] == a]
        return both
    return a[_mask(n, b)[a]]


def _or(a: Array, b: Array, n: int) -> Array:
    """Units in either ascending array."""
    if not len(a):
        return b
    if not len(b):
        return a
    if len(a) + len(b) > n // 8:
        mask = _mask(n, a)
        mask[b] = True
        return np.flatnonzero(mask)
    return distinct(np.concatenate((a, b)))


def _without(a: Array, b: Array, n: int) -> Array:
    """Units of ``a`` not in ``b``."""
    if not len(a) or not len(b):
        return a
    return a[~_mask(n, b)[a]]


def _intersect(lists: list[Array], n: int) -> Array:
    """Units in every list (each ascending), shortest list first."""
    lists = sorted(lists, key=len)
    found = lists[0]
    for other in lists[1:]:
        if not len(found):
            break
        found = _and(found, other, n)
    return found


def _candidates(segment: Segment, plan: WordPlan) -> tuple[Array, Array]:
    """(sure, maybe): units that surely hold the word literally (its bigram, its one character, or the
    word as one of the unit's terms) and units that may (all its bigrams) and need a substring test."""
    n = segment.n_units
    text = plan.word.text
    if not plan.grams:  # one word character, or word characters only last, after punctuation
        letters = [ch for ch in text if ch.isalnum()]
        if not letters:
            return _EMPTY, _EMPTY
        candidates = segment.char(letters[-1])
    else:
        lists = []
        for code in plan.grams:
            found = segment.gram(code)
            if found is None:
                return _EMPTY, _EMPTY
            lists.append(found)
        candidates = _intersect(lists, n)
    if plan.exact or (len(text) == 1 and not plan.grams):
        return candidates.astype(np.int64), _EMPTY  # the bigram (or the one character) is the word
    known = segment.term(plan.key)[0].astype(np.int64)
    return known, _without(candidates.astype(np.int64), known, n)


def literal(segment: Segment, plan: WordPlan) -> Array:
    """The units (ascending) whose normalized text contains the word."""
    sure, maybe = _candidates(segment, plan)
    if not len(maybe):
        return sure
    return _or(sure, maybe[segment.contains(maybe, plan.word.text)], segment.n_units)


def words_apart(segment: Segment, plan: WordPlan) -> Array | None:
    """The units (ascending) that hold every word of the query word, or None when it is one word."""
    if not plan.apart:
        return None
    return _intersect([segment.term(k)[0].astype(np.int64) for k in plan.apart], segment.n_units)


def match_word(segment: Segment, plan: WordPlan) -> tuple[Array, Array]:
    """(literal, any): the units (ascending) a word matches literally, and at all."""
    exact = literal(segment, plan)
    if plan.word.phrase:
        return exact, exact
    apart = words_apart(segment, plan)
    return exact, exact if apart is None else _or(exact, apart, segment.n_units)


@dataclass
class SegmentMatch:
    """The units of a segment a query matches (ascending), how many clauses each holds literally for sure,
    and the clauses still to confirm: (word, units that hold its words apart and perhaps the word itself).

    Confirming a literal match costs a substring test, and it changes only a unit's score (the unit
    matches through its words anyway), so the searcher confirms only the units that may rank.
    """

    uids: Array
    literal: Array
    pending: list[tuple[str, Array]]

    def confirm(self, segment: Segment, rows: Array) -> None:
        """Settle the pending clauses of the units at ``rows``: count each one that holds its word."""
        units = self.uids[rows]
        for i, (text, lazy) in enumerate(self.pending):
            open_rows = rows[_member(units, lazy, segment.n_units)]
            if len(open_rows):
                found = segment.contains(self.uids[open_rows], text)
                self.literal[open_rows[found]] += 1
                self.pending[i] = (text, _without(lazy, self.uids[open_rows], segment.n_units))

    def unknown(self, n: int) -> Array:
        """How many pending clauses each unit has."""
        count = np.zeros(len(self.uids), dtype=np.float64)
        for _, lazy in self.pending:
            count += _member(self.uids, lazy, n)
        return count


def _member(a: Array, b: Array, n: int) -> Array:
    """A mask over ``a``: which of its units are in ``b``."""
    if not len(b) or not len(a):
        return np.zeros(len(a), dtype=bool)
    return _mask(n, b)[a]


def _clause(
    segment: Segment, clause: list[Word], plans: dict[Word, WordPlan]
) -> tuple[Array, Array, tuple[str, Array] | None]:
    """(any, sure literal, pending) of one clause (its words ORed).

    A lone word that is not a phrase leaves the units that hold its words apart unconfirmed (pending);
    every other literal match is confirmed at once.
    """
    n = segment.n_units
    if len(clause) == 1 and not clause[0].phrase:
        plan = plans[clause[0]]
        sure, maybe = _candidates(segment, plan)
        apart = words_apart(segment, plan)
        if apart is not None and len(maybe):
            inside = _member(maybe, apart, n)
            outside = maybe[~inside]
            sure = _or(sure, outside[segment.contains(outside, plan.word.text)], n) if len(outside) else sure
            return _or(sure, apart, n), sure, (plan.word.text, maybe[inside])
    matched, literal_any = _EMPTY, _EMPTY
    for word in clause:
        exact, found = match_word(segment, plans[word])
        matched = _or(matched, found, n)
        literal_any = _or(literal_any, exact, n)
    return matched, literal_any, None


def match_segment(
    segment: Segment,
    query: Query,
    plans: dict[Word, WordPlan],
    live: Array | None,
) -> SegmentMatch:
    """The units of one segment the query matches (see :class:`SegmentMatch`)."""
    n = segment.n_units
    clauses: list[tuple[Array, tuple[str, Array] | None]] = []
    result: Array | None = None
    for clause in query.clauses:
        matched, sure, waiting = _clause(segment, clause, plans)
        result = matched if result is None else _and(result, matched, n)
        if not len(result):
            return SegmentMatch(_EMPTY, np.zeros(0, dtype=np.float64), [])
        clauses.append((sure, waiting))
    if result is None:
        return SegmentMatch(_EMPTY, np.zeros(0, dtype=np.float64), [])
    if live is not None:
        result = result[live[result]]
    for word in query.excluded:
        result = _without(result, match_word(segment, plans[word])[1], n)
    literal_count = np.zeros(len(result), dtype=np.float64)
    for sure, _ in clauses:
        literal_count += _member(result, sure, n)
    pending: list[tuple[str, Array]] = []
    for _, clause_waiting in clauses:
        if clause_waiting is not None:
            lazy = _and(clause_waiting[1], result, n)
            if len(lazy):
                pending.append((clause_waiting[0], lazy))
    return SegmentMatch(result, literal_count, pending)
