"""Series across articles: every figure's comparable key, the metrics there are, one metric over time.

:class:`SeriesIndex` reads the columns of a set of documents' figures (a collection's figure table, or
:class:`~tui.core.figlist.FigureList`) and gives each figure a :class:`MetricKey`
(:mod:`tui.core.serieskey`: metric, measure and its base, unit; and the place, from the metric's scope
words or else from what the document is about, :mod:`tui.core.places`). Nothing is read per figure: a
metric string, a comparison string and a (metric, measure, unit, comparison) combination are each read
once, and the rest is numpy over the columns, so that 300,000 figures of 10,000 articles take a fraction
of a second.

:meth:`SeriesIndex.metrics` lists the keys with how many points and documents each has;
:meth:`SeriesIndex.timeline` gives one key's points in period order, the kinds of period apart
(:mod:`tui.core.periodkind`); :meth:`SeriesIndex.find` matches what a user types (社零, 四川规上工业增加值)
through the same reading. Disagreements are in :mod:`tui.core.disagree`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tui.core.figlist import FigureColumns
from tui.core.model import Document, Figure
from tui.core.periodkind import KINDS, period_kind
from tui.core.places import NATIONAL, DocHeader, Place, document_places, gazetteer
from tui.core.serieskey import (
    MetricKey,
    MetricReading,
    key_label,
    key_measure,
    read_comparison,
    read_metric,
    unit_key,
)

__all__ = ["MetricKey", "MetricSummary", "Point", "SeriesIndex", "Timeline", "header_of", "key_label"]

Array = np.ndarray[Any, Any]

_DOC = -1
"""A combination whose place is the document's (its metric names none)."""


@dataclass(frozen=True, slots=True)
class MetricSummary:
    """A comparable metric: its key's number, the key, how many figures and documents report it, and
    the first and last resolved period ends (ISO dates, None when none is resolved)."""

    id: int
    key: MetricKey
    points: int
    documents: int
    first: str | None
    last: str | None


@dataclass(frozen=True, slots=True)
class Point:
    """A figure on a timeline: its row in the figure columns, its document, the kind of its period, the
    period as written and resolved, the value with its sign (同比下降1.2% is -1.2), the high end of a
    range, the approximation and the figure as written."""

    row: int
    doc: int
    kind: str
    period: str | None
    start: str | None
    end: str | None
    value: float
    upper: float | None
    approx: str | None
    text: str


@dataclass(frozen=True)
class Timeline:
    """One key's points: by kind of period (:data:`~tui.core.periodkind.KINDS`), then by period end and
    start, then by document; the unresolved ones last."""

    id: int
    key: MetricKey
    points: list[Point]

    def kinds(self) -> list[str]:
        """The kinds of period the points have, in order."""
        return list(dict.fromkeys(p.kind for p in self.points))


def header_of(document: Document) -> DocHeader:
    """The header fields of a parsed document that a place is read from, its dateline included."""
    dateline = next((b.text for b in document.boilerplate if b.kind == "dateline"), None)
    return DocHeader(document.title, document.subtitle, document.kicker, document.source, dateline)


class _Combos:
    """The readings of the distinct (metric, measure, unit, comparison) combinations: each one's key
    without its place (a number into ``partial``), its sign, and its place: a code into ``place_code``,
    ``_DOC`` (the document's), or ``-2 - n`` for the local word ``n`` of ``local_words`` (全省, 我市)."""

    def __init__(self, n: int) -> None:
        self.partial: dict[tuple[str, str, str, str], int] = {}
        self.place_code: dict[str, int] = {NATIONAL: 0}
        self.local_words: dict[str, int] = {}
        self.key = np.zeros(n, dtype=np.int64)
        self.place = np.zeros(n, dtype=np.int64)
        self.sign = np.ones(n, dtype=np.float64)

    def add(self, i: int, parts: tuple[str, str, str, str], sign: int, place: Place | None) -> None:
        """Combination ``i``: its key's parts but the place, its sign and the place its metric names."""
        self.key[i] = self.partial.setdefault(parts, len(self.partial))
        self.sign[i] = sign
        if place is None:
            self.place[i] = _DOC
        elif place.local:
            self.place[i] = -2 - self.local_words.setdefault(place.name, len(self.local_words))
        else:
            self.place[i] = self.place_code.setdefault(place.name, len(self.place_code))


class SeriesIndex:
    """The keys of a set of figures, and the metrics, timelines and matches over them."""

    def __init__(self, columns: FigureColumns, headers: Sequence[DocHeader], names: Sequence[str]) -> None:
        """``columns`` are the figures, ``headers[d]`` and ``names[d]`` document ``d``'s header and name."""
        self.columns = columns
        self.names = list(names)
        self.doc: Array = np.asarray(columns.doc, dtype=np.int64)
        self.value: Array = columns.numbers("value")
        self.upper: Array = columns.numbers("upper")
        self.start_codes, self.start_table = columns.strings("period_start")
        self.end_codes, self.end_table = columns.strings("period_end")
        self._readings: dict[str, MetricReading] = {}
        self.keys: list[MetricKey] = []
        self.row_key: Array = np.full(len(columns), -1, dtype=np.int64)
        """Each row's key number (-1: no metric, or the high end of a range, which its low end holds)."""
        self.sign: Array = np.ones(len(columns), dtype=np.float64)
        gaz = gazetteer()
        self.places: list[Place | None] = document_places(gaz, headers)
        self._local_title = [
            gaz.says_local(_norm(h.title)) if h.title and self.places[i] is None else False
            for i, h in enumerate(headers)
        ]
        self._build()

    # building ------------------------------------------------------------------------------------------------
    def _reading(self, metric: str) -> MetricReading:
        found = self._readings.get(metric)
        if found is None:
            found = self._readings[metric] = read_metric(metric)
        return found

    def _build(self) -> None:
        """Give every row its key: read each (metric, measure, unit, comparison) combination once, then
        place each row (the combination's place, or its document's) and number the distinct keys."""
        m, _ = self.columns.strings("metric")
        b, b_table = self.columns.strings("bound")
        high = b_table.index("high") if "high" in b_table else -2
        rows = np.flatnonzero((m >= 0) & (b != high))
        if not len(rows):
            return
        combos, inverse = self._combinations(rows)
        row_place = combos.place[inverse]
        self._adopt_metric_places(rows, row_place, combos.place_code)
        final, span = self._row_places(rows, row_place, combos)
        codes, _, key_inverse = unique(combos.key[inverse] * span + final)
        n_docs, n_places = max(len(self.places), 1), len(combos.place_code)
        names = {code: name for name, code in combos.place_code.items()}
        words = {number: word for word, number in combos.local_words.items()}
        parts = list(combos.partial)
        for code in codes.tolist():
            measure_key, place = divmod(code, span)
            metric, measure, base, unit = parts[measure_key]
            if place < n_places:
                self.keys.append(MetricKey(metric, measure, base, unit, names[place]))
            else:
                word, doc = divmod(place - n_places, n_docs)
                self.keys.append(MetricKey(metric, measure, base, unit, words[word], doc))
        self.row_key[rows] = key_inverse
        self.sign[rows] = combos.sign[inverse]

    def _combinations(self, rows: Array) -> tuple[_Combos, Array]:
        """The distinct (metric, measure, unit, comparison) combinations of the rows, each read once, and
        each row's combination."""
        cols = self.columns
        (m, m_table), (s, s_table) = cols.strings("metric"), cols.strings("measure")
        (u, u_table), (c, c_table) = cols.strings("unit"), cols.strings("comparison")
        mixed = m[rows].astype(np.int64)
        for codes, size in ((s, len(s_table) + 1), (u, len(u_table) + 1), (c, len(c_table) + 1)):
            mixed = mixed * size + codes[rows].astype(np.int64) + 1
        _, first, inverse = unique(mixed)
        reps = rows[first]
        comparisons = {int(code): read_comparison(c_table[code]) for code in np.unique(c[reps]) if code >= 0}
        combos = _Combos(len(reps))
        for i, row in enumerate(reps.tolist()):
            reading = self._reading(m_table[m[row]])
            cmp = comparisons.get(int(c[row])) or read_comparison(None)
            unit = unit_key(u_table[u[row]] if u[row] >= 0 else "")
            measure, base, sign = key_measure(s_table[s[row]] if s[row] >= 0 else None, unit, reading, cmp)
            combos.add(i, (reading.name, measure, base, unit), sign, reading.place)
        return combos, inverse

    def _row_places(self, rows: Array, row_place: Array, combos: _Combos) -> tuple[Array, int]:
        """Each row's place code (its combination's, its document's, or, for 全省 in a document that
        names no place, one of the document's own), and the number of codes there can be.

        A figure whose metric names no place is its document's; in a document that names no place it is
        national, unless the document's figures say 全省 or 我市 elsewhere: then the document is about a
        place of its own that it does not name, and the figure is that place's (全省规模以上工业增加值增长
        14.9%，社会消费品零售总额增长0.6% is no national retail figure)."""
        place_code = combos.place_code
        doc_code = np.asarray(
            [0 if p is None else place_code.setdefault(p.name, len(place_code)) for p in self.places],
            dtype=np.int64,
        )
        named_doc = np.asarray([p is not None for p in self.places], dtype=bool)
        docs = self.doc[rows]
        final = row_place.copy()
        own = row_place == _DOC
        local_word = np.zeros(len(self.places), dtype=np.int64)  # each document's first local word (-2 - n)
        said = np.flatnonzero(row_place <= -2)
        if len(said):
            said_docs, first = np.unique(docs[said], return_index=True)
            local_word[said_docs] = row_place[said[first]]
        unnamed_local = own & ~named_doc[docs] & (local_word[docs] <= -2)
        row_place = np.where(unnamed_local, local_word[docs], row_place)
        own &= ~unnamed_local
        final[own] = doc_code[docs[own]]
        local = row_place <= -2
        resolved = local & named_doc[docs]
        final[resolved] = doc_code[docs[resolved]]
        unresolved = local & ~named_doc[docs]
        n_docs, n_places = max(len(self.places), 1), len(place_code)
        final[unresolved] = n_places + (-2 - row_place[unresolved]) * n_docs + docs[unresolved]
        return final, n_places + max(len(combos.local_words), 1) * n_docs

    def _adopt_metric_places(self, rows: Array, row_place: Array, place_code: dict[str, int]) -> None:
        """A document whose header names no place but whose metrics name one (大连市居民消费价格…) and
        say 我市 or 全市 somewhere (or its title does) is about that place."""
        docs = self.doc[rows]
        named = row_place > 0
        if not named.any():
            return
        says_local = np.zeros(len(self.places), dtype=bool)
        says_local[docs[row_place <= -2]] = True
        says_local |= np.asarray(self._local_title, dtype=bool)
        pairs = unique(docs[named] * (len(place_code) + 1) + row_place[named])[0]
        doc_of, code_of = np.divmod(pairs, len(place_code) + 1)
        counts = np.bincount(doc_of, minlength=len(self.places))
        by_code = {code: name for name, code in place_code.items()}
        gaz = gazetteer()
        for d, code in zip(doc_of.tolist(), code_of.tolist(), strict=True):
            if counts[d] == 1 and self.places[d] is None and says_local[d]:
                self.places[d] = gaz.place(by_code[code])

    # reading -------------------------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.keys)

    def figure(self, row: int) -> Figure:
        """The figure of a row."""
        return self.columns.figure(row)

    def metrics(self) -> list[MetricSummary]:
        """Every key with its number of points and documents, most documents first, then most points."""
        valid = self.row_key >= 0
        keys, docs = self.row_key[valid], self.doc[valid]
        n = len(self.keys)
        if not n:
            return []
        points = np.bincount(keys, minlength=n)
        width = int(self.doc.max(initial=0)) + 1
        documents = np.bincount(unique(keys * width + docs)[0] // width, minlength=n)
        ends = self.end_codes[valid].astype(np.int64)
        by_key = np.argsort(keys, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(keys[by_key]) != 0])
        present = keys[by_key][starts]
        last = np.full(n, -1, dtype=np.int64)
        last[present] = np.maximum.reduceat(ends[by_key], starts)
        first = np.full(n, len(self.end_table), dtype=np.int64)
        unresolved = np.where(ends >= 0, ends, len(self.end_table))
        first[present] = np.minimum.reduceat(unresolved[by_key], starts)
        order = np.lexsort((np.arange(n), -points, -documents))
        table = self.end_table
        return [
            MetricSummary(
                i,
                self.keys[i],
                int(points[i]),
                int(documents[i]),
                table[first[i]] if first[i] < len(table) else None,
                table[last[i]] if last[i] >= 0 else None,
            )
            for i in order.tolist()
        ]

    def period_of(self, row: int) -> tuple[str | None, str | None]:
        """The resolved start and end of a row's period (ISO dates, None when not resolved)."""
        start, end = int(self.start_codes[row]), int(self.end_codes[row])
        return (
            self.start_table[start] if start >= 0 else None,
            self.end_table[end] if end >= 0 else None,
        )

    def rows_of(self, key: int) -> Array:
        """The rows of a key's figures, in column order."""
        return np.flatnonzero(self.row_key == key)

    def timeline(self, key: int) -> Timeline:
        """The points of a key in period order (see :class:`Timeline`)."""
        rows = self.rows_of(key)
        written = zip(*(self.columns.values(f, rows) for f in ("period", "approx", "text")), strict=True)
        points: list[Point] = []
        for row, (period, approx, text) in zip(rows.tolist(), written, strict=True):
            start, end = self.period_of(row)
            upper = float(self.upper[row])
            points.append(
                Point(
                    row=row,
                    doc=int(self.doc[row]),
                    kind=period_kind(period, start, end),
                    period=period,
                    start=start,
                    end=end,
                    value=float(self.value[row]) * float(self.sign[row]),
                    upper=None if np.isnan(upper) else upper * float(self.sign[row]),
                    approx=approx,
                    text=text or "",
                )
            )
        order = {kind: i for i, kind in enumerate(KINDS)}
        points.sort(key=lambda p: (order[p.kind], p.end or p.start or "", p.start or "", p.doc, p.row))
        return Timeline(key, self.keys[key], points)

    def find(self, query: str) -> list[int]:
        """The keys a typed metric names, most documents first: the same reading as the figures' (社零 is
        社会消费品零售总额; 四川规上工业增加值 is the place 四川; 增速 asks for the growth rate), the exact
        name first, else every key whose name holds it."""
        reading = read_metric(query.strip())
        if not reading.name:
            return []
        wanted = reading.name
        summaries = self.metrics()
        for exact in (True, False):
            found = [
                s.id
                for s in summaries
                if (s.key.metric == wanted if exact else wanted in s.key.metric)
                and (reading.place is None or reading.place.local or s.key.place == reading.place.name)
                and (not reading.rate or s.key.measure == "yoy")
            ]
            if found:
                return found
        return []


def unique(values: Array) -> tuple[Array, Array, Array]:
    """``np.unique(values, return_index=True, return_inverse=True)`` of a 1-d integer array, by one
    stable sort (numpy 2's hashing unique is several times slower on these columns)."""
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    group = np.cumsum(new) - 1
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = group
    return ordered[new], order[new], inverse


def _norm(text: str | None) -> str:
    from tui.core import tokens

    return tokens.norm(text or "")
