"""Matching: which units of a segment a parsed query selects, in which tier, and which hold each clause
literally.

A query word matches a unit *literally* when the unit's normalized text contains it: candidates are the
units that hold every bigram of the word (or, for one character, any bigram starting with it), confirmed by
a substring test unless the word is itself an index term of the unit. A typed word that is not a quoted
phrase also matches a unit that holds all of its words apart (jieba's default-mode words of the query
word), and the blocks of a turn whose speaker it names, as if written there; its other forms (equivalents,
numbers) match literally only.

A clause (a typed word, ``A OR B``, with their other forms) is held by a unit that matches any of its words.
A unit that holds every clause is a first-tier hit; one that holds some clause or some part of a long
typed word (:class:`~tui.core.query.Clause`) but not every clause is a second-tier hit. Required clauses
(``+word``) must be held in both tiers; excluded words and units of deleted documents are removed.

:func:`plan_word` decides what to look for, :func:`match_segment` how clauses combine; both work on plain
arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tui.core import tokens
from tui.core.index.dictionary import string_key
from tui.core.index.postings import gram_codes, speaker_key
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
from tui.core.index.unitsets import EMPTY as _EMPTY
from tui.core.index.unitsets import intersect as _intersect
from tui.core.index.unitsets import mask as _mask
from tui.core.index.unitsets import member as _member
from tui.core.index.unitsets import or_ as _or
from tui.core.index.unitsets import union_mask as _union_mask
from tui.core.index.unitsets import without as _without
from tui.core.index.wordmemo import keep, recall, remembered
from tui.core.query import TYPED, Query, Word


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
    said: int | None = None
    """The key of the word as a speaker's term (a typed word, not a phrase): the blocks of a turn whose
    speaker it names hold it as if written (娄某 finds 娄某's answers)."""


def plan_word(word: Word) -> WordPlan:
    """Hash and segment a query word once, for every segment."""
    text = word.text
    apart: tuple[int, ...] = ()
    if not word.phrase and word.via == TYPED:
        words = tokens.query_words(text)
        if len(words) >= 2:
            apart = tuple(string_key(w) for w in words)
    grams, exact = gram_codes(text)
    typed = not word.phrase and word.via == TYPED
    return WordPlan(
        word=word,
        key=string_key(text),
        grams=tuple(dict.fromkeys(grams)),
        exact=exact,
        apart=apart,
        terms=tuple(dict.fromkeys(tokens.terms(text))),
        said=speaker_key(text) if typed and len(text) > 1 else None,
    )


def _candidates(segment: Segment, plan: WordPlan) -> tuple[Array, Array]:
    """(sure, maybe), remembered (see :func:`_find_candidates`)."""
    sure, maybe = remembered(segment, "candidates", plan, _find_candidates)
    return sure, maybe


def _find_candidates(segment: Segment, plan: WordPlan) -> tuple[Array, Array]:
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
        # as 64-bit numbers: they index masks about twice as fast as 16-bit ones (no conversion at each use)
        candidates = _intersect([found.astype(np.int64, copy=False) for found in lists], n)
    if plan.exact or (len(text) == 1 and not plan.grams):
        return candidates.astype(np.int64, copy=False), _EMPTY  # the bigram (or one character) is the word
    known = segment.term_units(plan.key)
    return known, _without(candidates.astype(np.int64, copy=False), known, n)


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
    return remembered(segment, "apart", plan, _find_apart)[0]


def _find_apart(segment: Segment, plan: WordPlan) -> tuple[Array]:
    return (_intersect([segment.term_units(k) for k in plan.apart], segment.n_units),)


def match_word(segment: Segment, plan: WordPlan) -> tuple[Array, Array]:
    """(literal, any): the units (ascending) a word matches literally, and at all."""
    exact = literal(segment, plan)
    if plan.word.phrase:
        return exact, exact
    apart = words_apart(segment, plan)
    return exact, exact if apart is None else _or(exact, apart, segment.n_units)


Pending = list[tuple[str, Array]]
"""A clause's literal matches still to confirm: for each of its words, the units that may hold it."""


@dataclass
class SegmentMatch:
    """The units of a segment a query matches: those of the first tier (``firsts``, ascending: they hold
    every clause) and how many match in either tier (``count``); what the searcher needs to rank the few of
    them that may make the cut, asked for by unit.

    ``union`` is a mask over the segment's units of every matched unit when some may match only in the
    second tier (None when every matched unit is in the first): the second tier is listed (:attr:`uids`)
    only when the first does not fill the places.

    ``held`` and ``part_held`` are the live units of the segment (ascending) that hold each clause and
    each part of a clause, whatever else they hold: their sizes give the idf of the coordination
    (:func:`~tui.core.index.scoring.coordination`), and :meth:`holding` says which of them a unit holds.
    ``sure`` are, for each clause, the units that surely hold it literally, and ``pending`` the units that
    may (:data:`Pending`): confirming a literal match costs a substring test, and it changes only a unit's
    score (the unit matches the clause anyway), so the searcher confirms only units that may rank.
    """

    firsts: Array
    count: int
    held: list[Array] = field(default_factory=list)
    part_held: list[list[Array]] = field(default_factory=list)
    sure: list[Array] = field(default_factory=list)
    pending: list[Pending] = field(default_factory=list)
    union: Array | None = None
    _listed: Array | None = field(default=None, repr=False)

    @property
    def uids(self) -> Array:
        """Every matched unit, ascending (both tiers)."""
        if self.union is None:
            return self.firsts
        if self._listed is None:
            self._listed = np.flatnonzero(self.union)
        return self._listed

    @property
    def every(self) -> Array:
        """A mask over :attr:`uids`: which are in the first tier."""
        if self.union is None:
            return np.ones(len(self.firsts), dtype=bool)
        return _member(self.uids, self.firsts, len(self.union))

    def holding(self, units: Array, n: int) -> tuple[list[Array], list[list[Array]]]:
        """Masks over the matched ``units``: which hold each clause, and each part of each clause."""
        clauses = [_member(units, found, n) for found in self.held]
        parts = [[_member(units, found, n) for found in ps] for ps in self.part_held]
        return clauses, parts

    def literal(self, units: Array, n: int, first: bool = False) -> Array:
        """How many clauses the matched ``units`` surely hold literally (``first``: they are all in the first
        tier, so all hold every clause)."""
        count = np.zeros(len(units), dtype=np.float64)
        for found, held in zip(self.sure, self.held, strict=True):
            # the clause's literal units hold it, and hold these units (one exact word, its units all literal)
            if (self.union is None and found is self.firsts) or (first and found is held):
                count += 1.0
            else:
                count += _member(units, found, n)
        return count

    def unknown(self, units: Array, n: int) -> Array:
        """How many clauses the matched ``units`` may still hold literally (not confirmed yet)."""
        count = np.zeros(len(units), dtype=np.float64)
        for clause in self.pending:
            if not clause:  # nothing to confirm for this clause: no unit may still hold it
                continue
            open_units = np.zeros(len(units), dtype=bool)
            for _, lazy in clause:
                open_units |= _member(units, lazy, n)
            count += open_units
        return count

    def confirm(self, segment: Segment, units: Array) -> None:
        """Settle the pending clauses of the matched ``units``: a clause one of whose words the unit holds
        literally is held surely."""
        n = segment.n_units
        for c, clause in enumerate(self.pending):
            settled = np.zeros(len(units), dtype=bool)
            for text, lazy in clause:
                open_rows = np.flatnonzero(_member(units, lazy, n) & ~settled)
                if len(open_rows):
                    found = open_rows[segment.contains(units[open_rows], text)]
                    settled[found] = True
            if settled.any():
                self.sure[c] = _or(self.sure[c], units[settled], n)
            self.pending[c] = [(text, _without(lazy, units, n)) for text, lazy in clause]


def _word(segment: Segment, plan: WordPlan, held: Array = _EMPTY) -> tuple[Array, Array, Array]:
    """(any, sure, lazy) of a word: the units it matches, those that surely hold it literally, and those
    that may hold it literally but match anyway, through its words apart or through ``held`` (the units
    that hold its clause by another word): those are confirmed later, or never if they cannot rank. The
    other candidates are confirmed at once."""
    n = segment.n_units
    tested = recall(segment, "tested", plan)
    apart = None if plan.word.phrase else words_apart(segment, plan)
    if tested is not None:  # every candidate was tested before: the word's literal units are known
        sure = tested[0]
        return (sure if apart is None else _or(sure, apart, n)), sure, _EMPTY
    sure, maybe = _candidates(segment, plan)
    if plan.said is not None and len(segment.term(plan.said)[0]):  # a speaker it names: no test for them
        sure = _or(sure, segment.term_units(plan.said), n)
        maybe = _without(maybe, sure, n)
    if not len(maybe):  # nothing to test (the word's bigram is the word, or it is a term where it occurs)
        return (sure if apart is None else _or(sure, apart, n)), sure, _EMPTY
    settled = held if apart is None else _or(apart, held, n)
    if len(settled):
        inside = _member(maybe, settled, n)
        outside, lazy = maybe[~inside], maybe[inside]
    else:  # every candidate is tested now
        outside, lazy = maybe, _EMPTY
    if len(outside):
        sure = _or(sure, outside[segment.contains(outside, plan.word.text)], n)
        if len(outside) == len(maybe):  # all tested: the next query with this word needs no test
            sure = keep(segment, "tested", plan, (sure,))[0]  # read-only from now on: shared, not copied
    found = sure if apart is None else _or(sure, apart, n)
    return found, sure, _without(lazy, sure, n)


def _clause(
    segment: Segment, clause: Sequence[Word], plans: dict[Word, WordPlan]
) -> tuple[Array, Array, Pending]:
    """(any, sure literal, pending) of one clause, its words ORed."""
    n = segment.n_units
    matched, sure, pending = _EMPTY, _EMPTY, []
    for word in clause:
        found, exact, lazy = _word(segment, plans[word], matched)
        matched = _or(matched, found, n)
        sure = _or(sure, exact, n)
        if len(lazy):
            pending.append((word.text, lazy))
    return matched, sure, [(text, _without(lazy, sure, n)) for text, lazy in pending]


def _part(segment: Segment, words: Sequence[Word], plans: dict[Word, WordPlan], live: Array | None) -> Array:
    """The live units that hold a part of a typed word: as a word of their own (a term: a part is one of
    jieba's words), or one of its other forms literally."""
    n = segment.n_units
    found = _EMPTY
    for word in words:
        plan = plans[word]
        units = segment.term_units(plan.key) if word.via == TYPED else _word(segment, plan)[0]
        found = _or(found, units, n)
    return found if live is None else found[live[found]]


def _nothing() -> SegmentMatch:
    return SegmentMatch(_EMPTY, 0)


def match_segment(
    segment: Segment,
    query: Query,
    plans: dict[Word, WordPlan],
    live: Array | None,
) -> SegmentMatch:
    """The units of one segment the query matches, in either tier (see :class:`SegmentMatch`)."""
    n = segment.n_units
    held: list[Array] = []
    sure: list[Array] = []
    pending: list[Pending] = []
    for clause in query.clauses:
        matched, exact, waiting = _clause(segment, clause.words, plans)
        held.append(matched if live is None else matched[live[matched]])
        sure.append(exact)
        pending.append(waiting)
    if not held:
        return _nothing()
    parts = [[_part(segment, part, plans, live) for part in c.parts] for c in query.clauses]
    every = _intersect(held, n)  # held by every clause, so by every required one
    excluded = [_word(segment, plans[word])[0] for word in query.excluded]
    for gone in excluded:
        every = _without(every, gone, n)
    if not query.tiers:
        if not len(every):
            return SegmentMatch(_EMPTY, 0, held, parts)
        return SegmentMatch(every, len(every), held, parts, sure, pending)
    union = _union_mask([*held, *(p for ps in parts for p in ps)], n)
    for clause, found in zip(query.clauses, held, strict=True):
        if clause.required:
            union &= _mask(n, found)
    for gone in excluded:
        union[gone] = False
    count = int(np.count_nonzero(union))
    if not count:
        return SegmentMatch(_EMPTY, 0, held, parts)
    return SegmentMatch(every, count, held, parts, sure, pending, union)
