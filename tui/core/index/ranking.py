"""Ranking: which of a query's matched units make the cut, and in which order.

The first tier (units that hold every clause) ranks by score, the second (units that hold some) by
coordination, then score; equal ones in the collection's order. Only the units that can make the cut are
scored, and units whose literal clauses are still to be confirmed are confirmed only while they may rank
(see :meth:`Ranking.rank`). Scores come from :mod:`tui.core.index.scoring`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from tui.core.index import scoring
from tui.core.index.flat import FlatUnits
from tui.core.index.matching import SegmentMatch
from tui.core.index.storage import Array

if TYPE_CHECKING:
    from tui.core.index.searcher import SegmentView


class Ranking:
    """The ranking of one query's matches over a collection's segments: ``units`` is the number of live
    units (for the idf of the coordination), ``flat`` the values ranking reads of every unit (kind, boost,
    length norm, place: :class:`~tui.core.index.flat.FlatUnits`)."""

    def __init__(self, views: Sequence[SegmentView], units: int, flat: FlatUnits) -> None:
        self.views = views
        self.units = units
        self.flat = flat

    def _coordination(self, matched: list[SegmentMatch], seg_of: Array, unit_of: Array) -> Array:
        """The coordination of the matched units (``seg_of``, ``unit_of``) (see
        :func:`~tui.core.index.scoring.coordination`), with the idf of each clause and part over the
        whole collection."""
        shaped = [m for m in matched if m.held]
        out = np.zeros(len(seg_of))
        if not shaped or not len(seg_of):
            return out
        first = shaped[0]
        idfs = [scoring.idf(self.units, sum(len(m.held[c]) for m in shaped)) for c in range(len(first.held))]
        part_idfs = [
            [scoring.idf(self.units, sum(len(m.part_held[c][p]) for m in shaped)) for p in range(len(ps))]
            for c, ps in enumerate(first.part_held)
        ]
        for s, at in runs(seg_of):
            holds, parts = matched[s].holding(unit_of[at], self.views[s].segment.n_units)
            out[at] = scoring.coordination(holds, parts, idfs, part_idfs)
        return out

    def rank(
        self,
        matched: list[SegmentMatch],
        weighted: list[tuple[int, float]],
        clauses: int,
        limit: int | None,
    ) -> Ranked:
        """The best matches, best first: the first tier by score, then the second by coordination and
        score; equal ones in document order.

        Only the units that can make the ``limit`` are scored (:meth:`_contenders`). Units whose literal
        clauses are not confirmed yet are scored as if they held them (an upper bound); the best are
        confirmed, and again, until every unit that could reach the ``limit``-th place is settled (with no
        limit, every unit is: :meth:`_settle`). When the first tier fills the places, BM25 is computed only
        for the units whose score can reach them (:func:`~tui.core.index.scoring.reachable`). Only the units
        that make the cut are looked up for their place in the collection (:meth:`_order`).
        """
        total = sum(m.count for m in matched)
        cut = total if limit is None else max(1, limit)
        c = self._contenders(matched, cut)
        segs = runs(c.seg_of)
        literal, unknown = self._clauses(matched, c, segs)
        # no unit surely literal: every lower bound is 0 and nothing can be spared
        spare = c.first_only and len(c.seg_of) > cut and bool(literal.any())
        flat = self.flat
        if spare and flat.kinds is not None and flat.kind_boost is not None:
            kinds = flat.kinds[flat.at(c.seg_of, c.unit_of)]
            most = sum(weight for _, weight in weighted) * (scoring.K1 + 1)
            keep = scoring.reachable(kinds, literal, unknown, flat.kind_boost, clauses, most, cut)
            if len(keep) < len(c.seg_of):
                c = c.rows(keep)
                literal, unknown = literal[keep], unknown[keep]
                segs = runs(c.seg_of)
        at = flat.at(c.seg_of, c.unit_of)
        boost = flat.boost[at]
        parts = [(self.views[s].segment, c.unit_of[rows], rows) for s, rows in segs]
        base = scoring.bm25(parts, weighted, flat.norms[at])
        score, top = self._settle(
            matched, c, min(cut, len(c.seg_of)), (base, boost, literal, unknown), clauses
        )
        return self._order(matched, c, score, top, limit)

    def _clauses(
        self, matched: list[SegmentMatch], c: Contenders, segs: list[tuple[int, slice]]
    ) -> tuple[Array, Array]:
        """(literal, unknown): how many clauses each contender surely holds literally, and how many it may
        (see :meth:`SegmentMatch.literal` and :meth:`SegmentMatch.unknown`)."""
        literal, unknown = [], []
        for s, at in segs:
            units, n = c.unit_of[at], self.views[s].segment.n_units
            literal.append(matched[s].literal(units, n, c.first_only))
            unknown.append(matched[s].unknown(units, n))
        size = len(c.seg_of)
        return _joined(size, literal), _joined(size, unknown)

    def _contenders(self, matched: list[SegmentMatch], cut: int) -> Contenders:
        """The matched units that can make the first ``cut`` places: the first tier's, and when they are
        too few the second tier's whose coordination reaches the best of them
        (:func:`~tui.core.index.scoring.candidates`)."""
        live = [(s, m) for s, m in enumerate(matched) if m.count]
        if sum(len(m.firsts) for _, m in live) >= cut:  # the first tier fills the places
            seg_of = _segments_of([s for s, _ in live], [len(m.firsts) for _, m in live])
            n = len(seg_of)
            return Contenders(
                seg_of,
                np.concatenate([m.firsts for _, m in live]),
                np.zeros(n, dtype=bool),
                np.zeros(n),
                np.ones(n, dtype=np.int64),
                first_only=True,
            )
        seg_all = _segments_of([s for s, _ in live], [len(m.uids) for _, m in live])
        unit_all = np.concatenate([m.uids for _, m in live])
        first = np.concatenate([m.every for _, m in live])
        second = np.flatnonzero(~first)
        coord_all = np.zeros(len(first))
        coord_all[second] = self._coordination(matched, seg_all[second], unit_all[second])
        picked, sure = scoring.candidates(first, coord_all, cut)
        tier = np.where(first[picked], 1, 2)
        return Contenders(seg_all[picked], unit_all[picked], sure, coord_all[picked], tier)

    def _settle(
        self,
        matched: list[SegmentMatch],
        c: Contenders,
        cut: int,
        parts: tuple[Array, Array, Array, Array],
        clauses: int,
    ) -> tuple[Array, Array]:
        """(scores, rows of the top ``cut``): the contenders' literal clauses confirmed until none of the
        top ones is left unconfirmed (a confirmed clause can only lower a score, so the top is then exact)."""
        base, boost, literal, unknown = parts
        while True:
            score = scoring.final(base, literal + unknown, clauses, boost)
            key = np.where(c.sure, np.inf, score)
            if len(key) > cut:
                bar = np.partition(key, len(key) - cut)[len(key) - cut]
                top = np.flatnonzero(key >= bar)
            else:
                top = np.arange(len(key))
            waiting = top[unknown[top] > 0]
            if not len(waiting):
                return score, top
            for s, at in runs(c.seg_of[waiting]):
                rows = waiting[at]
                found, seg = matched[s], self.views[s].segment
                found.confirm(seg, c.unit_of[rows])
                literal[rows] = found.literal(c.unit_of[rows], seg.n_units, c.first_only)
                unknown[rows] = 0

    def _order(
        self, matched: list[SegmentMatch], c: Contenders, score: Array, top: Array, limit: int | None
    ) -> Ranked:
        """The top contenders best first (tier, coordination, score), ties in the collection's order of
        documents and units, cut at ``limit``."""
        ties = self.flat.ties()[self.flat.at(c.seg_of[top], c.unit_of[top])]
        order = np.lexsort((ties, -score[top], -c.coord[top], c.tier[top]))
        if limit is not None:
            order = order[: max(0, limit)]
        chosen = top[order]
        return Ranked(c.seg_of[chosen], c.unit_of[chosen], score[chosen], c.tier[chosen])


class Contenders(NamedTuple):
    """The matched units that may make the cut, by segment (``seg_of``) and unit number in it (``unit_of``):
    which surely do, their coordination and their tier."""

    seg_of: Array
    unit_of: Array
    sure: Array
    coord: Array
    tier: Array
    first_only: bool = False
    """Every contender is in the first tier and none surely makes the cut: they compete by score alone."""

    def rows(self, keep: Array) -> Contenders:
        """The contenders at rows ``keep``."""
        return Contenders(
            self.seg_of[keep],
            self.unit_of[keep],
            self.sure[keep],
            self.coord[keep],
            self.tier[keep],
            self.first_only,
        )


@dataclass(frozen=True)
class Ranked:
    """The hits that made the cut, best first: their segments, units, scores and tiers."""

    segments: Array
    units: Array
    scores: Array
    tiers: Array


def _joined(size: int, parts: list[Array]) -> Array:
    """The per-segment arrays of the contenders, one after another (float64)."""
    if len(parts) == 1:
        return parts[0].astype(np.float64, copy=False)
    return np.concatenate(parts).astype(np.float64, copy=False) if parts else np.zeros(size)


def _segments_of(segments: list[int], sizes: list[int]) -> Array:
    """Each segment's number repeated as many times as it has rows (one array call for them all)."""
    return np.repeat(np.asarray(segments, dtype=np.int64), sizes)


def runs(segments: Array) -> list[tuple[int, slice]]:
    """The runs of a non-decreasing array of segment numbers: (segment, slice of its rows)."""
    if not len(segments):
        return []
    starts = [0, *(np.flatnonzero(segments[1:] != segments[:-1]) + 1).tolist(), len(segments)]
    return [(int(segments[a]), slice(a, b)) for a, b in itertools.pairwise(starts)]
