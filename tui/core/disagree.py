"""Where the sources disagree: the same key and the same resolved period, different values in different
documents.

Figures are grouped by key (:class:`~tui.core.series.MetricKey`) and resolved interval; a period that is
not resolved, or that is open at its end (2017年以来: a running count that grows with the date of
writing), is never compared. Two documents disagree when none of the values one gives for the group
agrees with any the other gives (:func:`tui.core.agreement.agree`: at the precision of the less precise,
approximations as such). A document that gives two values itself (the key could not tell two things
apart in it) is taken at its word for either, so a repeat of the same value, or a value that some
other document also gives, is agreement and is not listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from tui.core.agreement import Reported, agree, precision
from tui.core.periodkind import period_kind
from tui.core.series import MetricKey, SeriesIndex

Array = np.ndarray[Any, Any]


@dataclass(frozen=True, slots=True)
class Reading:
    """One value of a disagreement: the value as reported (signed), and the rows of the figures that give
    it, one per document (the first figure of each document)."""

    reported: Reported
    rows: list[int]
    docs: list[int]


@dataclass(frozen=True)
class Disagreement:
    """A key and a period for which documents give values that do not agree: the readings, lowest first."""

    key_id: int
    key: MetricKey
    kind: str
    start: str | None
    end: str | None
    readings: list[Reading]

    @property
    def documents(self) -> int:
        """How many documents take part."""
        return len({d for r in self.readings for d in r.docs})


def _reports(index: SeriesIndex, rows: Array) -> dict[int, list[tuple[Reported, int]]]:
    """The values a group's rows report, by document: signed, with the precision each was written with."""
    texts = index.columns.values("text", rows)
    approx = index.columns.values("approx", rows)
    out: dict[int, list[tuple[Reported, int]]] = {}
    for row, text, how in zip(rows.tolist(), texts, approx, strict=True):
        sign, value, upper = float(index.sign[row]), float(index.value[row]), float(index.upper[row])
        reported = Reported(
            value=value * sign,
            step=precision(text or "", value),
            approx=how,
            upper=None if np.isnan(upper) else upper * sign,
        )
        out.setdefault(int(index.doc[row]), []).append((reported, row))
    return out


def _groups(index: SeriesIndex) -> list[Array]:
    """Rows that share a key and a resolved, closed period, in groups of two documents or more."""
    key = index.row_key
    start, end = index.start_codes.astype(np.int64), index.end_codes.astype(np.int64)
    ok = (key >= 0) & (end >= 0)
    rows = np.flatnonzero(ok)
    if not len(rows):
        return []
    n_start, n_end = len(index.start_table) + 1, len(index.end_table) + 1
    group = (key[rows] * n_start + start[rows] + 1) * n_end + end[rows]
    order = np.argsort(group, kind="stable")
    rows, group = rows[order], group[order]
    bounds = np.flatnonzero(np.diff(group)) + 1
    starts = np.concatenate(([0], bounds))
    stops = np.concatenate((bounds, [len(rows)]))
    docs = index.doc[rows]
    out: list[Array] = []
    for a, b in zip(starts.tolist(), stops.tolist(), strict=True):
        if b - a < 2 or (docs[a:b] == docs[a]).all():
            continue
        values = index.value[rows[a:b]] * index.sign[rows[a:b]]
        if values.min() == values.max() and np.isnan(index.upper[rows[a:b]]).all():
            continue  # the same value everywhere: agreement, whatever the approximations
        out.append(rows[a:b])
    return out


def _disagreeing(reports: dict[int, list[tuple[Reported, int]]]) -> bool:
    docs = list(reports)
    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if not any(agree(x, y) for x, _ in reports[a] for y, _ in reports[b]):
                return True
    return False


def _readings(reports: dict[int, list[tuple[Reported, int]]]) -> list[Reading]:
    """The distinct values, lowest first, each with the documents that give it (values that agree are one
    reading: the first of them stands for it)."""
    flat = sorted(((r, row, d) for d, items in reports.items() for r, row in items), key=lambda t: t[0].value)
    readings: list[Reading] = []
    for reported, row, doc in flat:
        home = next((r for r in readings if agree(r.reported, reported)), None)
        if home is None:
            readings.append(Reading(reported, [row], [doc]))
        elif doc not in home.docs:
            home.rows.append(row)
            home.docs.append(doc)
    return readings


def disagreements(index: SeriesIndex) -> list[Disagreement]:
    """Every disagreement of the index's documents: most documents first, then by metric and period."""
    found: list[Disagreement] = []
    for rows in _groups(index):
        reports = _reports(index, rows)
        if not _disagreeing(reports):
            continue
        row = int(rows[0])
        start, end = index.period_of(row)
        (period,) = index.columns.values("period", [row])
        key_id = int(index.row_key[row])
        found.append(
            Disagreement(
                key_id, index.keys[key_id], period_kind(period, start, end), start, end, _readings(reports)
            )
        )
    found.sort(key=lambda d: (-d.documents, d.key.metric, d.end or "", d.start or ""))
    return found
