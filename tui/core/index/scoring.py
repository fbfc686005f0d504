"""Scoring: BM25 over the index terms of the query's words, a bonus for literal matches, a boost by kind;
and the coordination that orders the second tier (units that hold only some of the query's words).

Statistics are the collection's, summed over the live units of every segment (deleted documents count for
nothing), so a segment scores its units exactly as one index of the whole collection would.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from tui.core.index.segment import Segment
from tui.core.index.storage import Array

K1 = 1.2
B = 0.75
LITERAL_TIER = 100.0
"""Added when a unit holds every clause literally: such units rank above all others."""


def idf(units: int, df: int) -> float:
    """BM25's inverse document frequency of a term held by ``df`` of ``units`` units."""
    return math.log(1 + (units - df + 0.5) / (df + 0.5))


def live_df(segment: Segment, key: int, live: Array | None) -> int:
    """How many live units of the segment hold the term."""
    uids, _ = segment.term(key)
    return len(uids) if live is None else int(np.count_nonzero(live[uids]))


def length_norms(segment: Segment, avg_length: float) -> Array:
    """BM25's length normalization of every unit of a segment, for the collection's average length."""
    return K1 * (1 - B + B * segment.u_len.astype(np.float64) / avg_length)


def bm25(
    parts: Sequence[tuple[Segment, Array, slice]], terms: Sequence[tuple[int, float]], norms: Array
) -> Array:
    """BM25 of matched units of several segments for the query terms ``(key, idf)``: ``parts`` are, per
    segment, its units (ascending) and the slice of the result they fill; ``norms`` the units' length norms
    (:func:`length_norms`), in the result's order.

    Each term's frequencies fill a row of one table (terms x units, 0 where a unit lacks the term), and
    every term's part, ``idf * tf * (K1 + 1) / (tf + norm)``, is worked out over the whole table at once,
    for every segment together; the parts are then summed term after term, in the query's order. A term a
    unit lacks adds exactly 0: the same scores as one term, one segment at a time."""
    size = len(norms)
    if not terms or not size:
        return np.zeros(size, dtype=np.float64)
    tf = np.zeros((len(terms), size), dtype=np.float64)
    for segment, uids, at in parts:
        _frequencies(segment, uids, terms, tf[:, at])
    part = tf * np.asarray([weight for _, weight in terms])[:, None]
    part *= K1 + 1
    tf += norms
    part /= tf
    scores: Array = part[0] + 0.0  # the first term's parts (added to 0, as a sum from 0 would)
    for row in part[1:]:
        scores += row  # adds 0 where the unit lacks the term
    return scores


def _frequencies(segment: Segment, uids: Array, terms: Sequence[tuple[int, float]], out: Array) -> None:
    """Fill ``out`` (a row per term) with the frequency of each term in the units ``uids`` of a segment."""
    small: Array | None = None
    for row, (key, _) in enumerate(terms):
        t_uids, tfs = segment.term(key)
        if not len(t_uids):
            continue
        if len(uids) * 20 < len(t_uids) + 2048 or len(uids) + len(t_uids) <= 2048:  # few: search
            if small is None:
                small = uids.astype(t_uids.dtype)  # searched as the postings' type, not converting them
            at = t_uids.searchsorted(small)
            at[at >= len(t_uids)] = 0
            out[row] = np.where(t_uids[at] == small, tfs[at], 0)
        else:  # many: a dense table of the term's frequencies beats a search per matched unit
            dense = np.zeros(segment.n_units, dtype=np.uint8)
            dense[segment.term_units(key)] = tfs  # 64-bit numbers: no conversion to index
            out[row] = dense[uids]


def final(base: Array, literal_count: Array, clauses: int, boost: Array) -> Array:
    """The score: BM25, 2 for each clause held literally, :data:`LITERAL_TIER` when every clause is, times
    the boost of the unit's kind."""
    scores: Array = base + (2.0 * literal_count + LITERAL_TIER * (literal_count == clauses))
    scores *= boost
    return scores


def reachable(
    kinds: Array, literal: Array, unknown: Array, boost: Array, clauses: int, most_bm25: float, cut: int
) -> Array:
    """The rows (ascending) of the first-tier units whose score can reach the first ``cut`` places, known
    without their BM25: a unit's score is at least :func:`final` with no BM25 and its sure literal clauses,
    and at most with ``most_bm25`` (the sum over the query's terms of idf × (K1 + 1), which BM25 never
    reaches) and its clauses still to confirm counted as literal. The ``cut``-th best lower bound is at most
    the ``cut``-th best score, so a unit whose upper bound is below it cannot make the cut (nor tie).

    Both bounds depend only on the unit's kind (``kinds``, its boost ``boost[kind]``) and its counts of
    literal and unknown clauses, so they are worked out once per such group, not per unit."""
    side = clauses + 1
    group = kinds.astype(np.int64) * (side * side)
    group += (literal * side + unknown).astype(np.int64)
    sizes = np.bincount(group)
    present = np.flatnonzero(sizes)
    kind, rest = np.divmod(present, side * side)
    sure, open_ = np.divmod(rest, side)
    weight = boost[kind]
    low = final(np.zeros(len(present)), sure.astype(np.float64), clauses, weight)
    high = final(np.full(len(present), most_bm25), (sure + open_).astype(np.float64), clauses, weight)
    order = np.argsort(-low, kind="stable")
    reached = np.cumsum(sizes[present][order])
    bar = low[order][int(np.searchsorted(reached, cut))]
    allowed = np.zeros(len(sizes), dtype=bool)
    allowed[present[high >= bar]] = True
    return np.flatnonzero(allowed[group])


def coordination(
    holds: Sequence[Array],
    parts: Sequence[Sequence[Array]],
    idfs: Sequence[float],
    part_idfs: Sequence[Sequence[float]],
) -> Array:
    """How much of the query each unit holds, rarer words weighing more: the idf of each clause it holds,
    and half the idf of each part of a long typed word it holds (``holds`` and ``parts`` are masks over the
    units, one per clause and per part)."""
    size = len(holds[0]) if holds else 0
    out = np.zeros(size, dtype=np.float64)
    for mask, weight in zip(holds, idfs, strict=True):
        np.add(out, weight, out=out, where=mask)  # in place where held: no gather and scatter by mask
    for masks, weights in zip(parts, part_idfs, strict=True):
        for mask, weight in zip(masks, weights, strict=True):
            np.add(out, 0.5 * weight, out=out, where=mask)
    return out


def candidates(first: Array, coordination: Array, cut: int) -> tuple[Array, Array]:
    """The rows (ascending) of the units that can make the first ``cut`` places, and a mask over them of
    those that surely do whatever their score.

    When the first tier (``first``) fills the places, its units compete by score. Else every first-tier
    unit makes it, and the second-tier units compete by coordination first: those above the coordination
    of the last place make it, and those at it (all alike but for their score) compete by score."""
    tier1 = np.flatnonzero(first)
    if len(tier1) >= cut:
        return tier1, np.zeros(len(tier1), dtype=bool)
    tier2 = np.flatnonzero(~first)
    left = cut - len(tier1)
    if len(tier2) <= left:
        return np.arange(len(first)), np.ones(len(first), dtype=bool)
    values = coordination[tier2]
    bar = np.partition(values, len(values) - left)[len(values) - left]
    keep = np.array(first, dtype=bool)
    keep[tier2[values >= bar]] = True
    above = np.array(first, dtype=bool)
    above[tier2[values > bar]] = True
    rows = np.flatnonzero(keep)
    return rows, above[rows]
