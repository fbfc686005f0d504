"""Scoring: BM25 over the index terms of the query's words, a bonus for literal matches, a boost by kind.

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


def score(
    segment: Segment,
    uids: Array,
    literal_count: Array,
    clauses: int,
    terms: Sequence[tuple[int, float]],
    avg_length: float,
) -> Array:
    """Scores of the matched units ``uids`` (ascending) for the query terms ``(key, idf)``."""
    length = segment.u_len[uids].astype(np.float64)
    norm_len = K1 * (1 - B + B * length / avg_length)
    scores = np.zeros(len(uids), dtype=np.float64)
    for key, weight in terms:
        t_uids, tfs = segment.term(key)
        if not len(t_uids):
            continue
        at = np.searchsorted(t_uids, uids)
        at[at >= len(t_uids)] = 0
        hit = t_uids[at] == uids
        tf = tfs[at[hit]].astype(np.float64)
        scores[hit] += weight * tf * (K1 + 1) / (tf + norm_len[hit])
    scores += 2.0 * literal_count + LITERAL_TIER * (literal_count == clauses)
    scores *= segment.boost[segment.u_kind[uids]]
    return scores
