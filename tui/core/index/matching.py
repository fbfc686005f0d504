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

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from tui.core import tokens
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
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


def _mask(n: int, uids: Array) -> Array:
    mask = np.zeros(n, dtype=bool)
    mask[uids] = True
    return mask


def _intersect(lists: list[Array], n: int) -> Array:
    """Units in every list (each ascending), shortest list first."""
    lists = sorted(lists, key=len)
    found = lists[0]
    for other in lists[1:]:
        if not len(found):
            break
        found = found[_mask(n, other)[found]]
    return found


def literal(segment: Segment, plan: WordPlan, norm_of: Callable[[int], str]) -> Array:
    """A mask of the units whose normalized text contains the word."""
    n = segment.n_units
    text = plan.word.text
    if not plan.grams:  # one word character, or a word character last after punctuation
        letters = [ch for ch in text if ch.isalnum()]
        if not letters:
            return np.zeros(n, dtype=bool)
        candidates = segment.char(letters[-1])
    else:
        lists = []
        for code in plan.grams:
            found = segment.gram(code)
            if found is None:
                return np.zeros(n, dtype=bool)
            lists.append(found)
        candidates = _intersect(lists, n)
    mask = np.zeros(n, dtype=bool)
    known, _ = segment.term(plan.key)
    if len(known):
        mask[known] = True
        candidates = candidates[~mask[candidates]]
    if plan.exact or (len(text) == 1 and not plan.grams):
        mask[candidates] = True  # the bigram (or the one character) is the word itself
    elif len(candidates):
        mask[[u for u in candidates.tolist() if text in norm_of(u)]] = True
    return mask


def words_apart(segment: Segment, plan: WordPlan) -> Array | None:
    """A mask of the units that hold every word of the query word, or None when it is one word."""
    if not plan.apart:
        return None
    return _mask(segment.n_units, _intersect([segment.term(k)[0] for k in plan.apart], segment.n_units))


def match_word(segment: Segment, plan: WordPlan, norm_of: Callable[[int], str]) -> tuple[Array, Array]:
    """(literal, any) masks of the units a word matches."""
    exact = literal(segment, plan, norm_of)
    if plan.word.phrase:
        return exact, exact
    apart = words_apart(segment, plan)
    return exact, exact if apart is None else (exact | apart)


def match_segment(
    segment: Segment,
    query: Query,
    plans: dict[Word, WordPlan],
    live: Array | None,
    norm_of: Callable[[int], str],
) -> tuple[Array, Array]:
    """(matching units ascending, number of clauses each holds literally) in one segment."""
    n = segment.n_units
    result = np.ones(n, dtype=bool) if live is None else live.copy()
    literal_count = np.zeros(n, dtype=np.float64)
    for clause in query.clauses:
        clause_any = np.zeros(n, dtype=bool)
        clause_literal = np.zeros(n, dtype=bool)
        for word in clause:
            exact, matched = match_word(segment, plans[word], norm_of)
            clause_any |= matched
            clause_literal |= exact
        result &= clause_any
        if not result.any():
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
        literal_count += clause_literal
    for word in query.excluded:
        result &= ~match_word(segment, plans[word], norm_of)[1]
    uids = np.flatnonzero(result)
    return uids, literal_count[uids]
