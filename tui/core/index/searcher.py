"""The searcher: a query over every live unit of a set of segments, answered best first.

:class:`SearchIndex` is the entry point the app and the command line use (``answer``, ``search``,
``interpret``). It reads segments as they are on disk (or in memory), masks the units of deleted
documents, sums the statistics BM25 needs over the live units, and merges the segments' best hits.
Matching lives in :mod:`~tui.core.index.matching`, ranking in :mod:`~tui.core.index.ranking`, the hits
(their text and snippets read lazily) in :mod:`~tui.core.index.hits`, the readings of a query in
:mod:`~tui.core.index.readings`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, TypeVar

import numpy as np

from tui.core import tokens
from tui.core.index import readings, scoring
from tui.core.index.dictionary import string_key
from tui.core.index.expansion import expand_query
from tui.core.index.flat import FlatUnits
from tui.core.index.hits import ShownWord, segment_hits
from tui.core.index.matching import WordPlan, literal, match_segment, plan_word
from tui.core.index.postings import SPEAKER_MARK
from tui.core.index.ranking import Ranked, Ranking, runs
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
from tui.core.index.writer import unit_count
from tui.core.model import Document, Hit, SearchAnswer
from tui.core.query import TYPED, Interpretation, Query, Word
from tui.core.readings import PinyinReader


@dataclass
class SegmentView:
    """A segment as the searcher sees it: which units are live, and the collection's number of each of its
    documents (-1 for a deleted one)."""

    segment: Segment
    doc_global: Array
    live: Array | None = None

    @classmethod
    def of(cls, segment: Segment, doc_global: Array) -> SegmentView:
        """A view that masks the units of the documents whose number is -1."""
        dead = doc_global < 0
        if not dead.any():
            return cls(segment, doc_global)
        live = ~dead[segment.u_doc]
        return cls(segment, doc_global, live)


class SearchIndex:
    """Search over the blocks, headings and headlines (kicker, title, subtitle) of a collection's documents."""

    def __init__(self, views: Sequence[SegmentView], names: Sequence[str]) -> None:
        self.views = list(views)
        self.names = list(names)
        units = 0
        length = 0
        for view in self.views:
            seg = view.segment
            if view.live is None:
                units += seg.n_units
                length += int(seg.meta.get("total_length", int(seg.u_len.sum(dtype=np.int64))))
            else:
                units += int(view.live.sum())
                length += int(seg.u_len[view.live].sum(dtype=np.int64))
        self.units = units
        mean = length / units if units else 0.0
        self.avg_length = mean if mean > 0 else 1.0  # units without a single word: no length to normalize
        self._pinyin: PinyinReader | None = None
        self._flat: FlatUnits | None = None
        self._readings: dict[str, list[Interpretation]] = {}
        self._prepared_queries: dict[tuple[str, int], Prepared] = {}

    @classmethod
    def build(
        cls, documents: Sequence[Document], progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """An index of these documents, in memory (no figures, nothing written)."""
        from tui.core.index.postings import MAX_UNITS
        from tui.core.index.writer import build_segment

        dictionary = tokens.cutter().d
        views: list[SegmentView] = []
        start = 0
        collecting = gc.isenabled()
        gc.disable()  # many small objects that all live on: the cyclic collector only slows this down
        try:
            while start < len(documents) or not views:
                end, units = start, 0
                while end < len(documents):
                    size = unit_count(documents[end])
                    if units + size > MAX_UNITS and end > start:
                        break
                    units += size
                    end += 1
                batch = documents[start:end]
                data = build_segment(batch, dictionary, tokens.cutter())
                views.append(SegmentView(Segment(data), np.arange(start, end, dtype=np.int64)))
                start = end
                if progress is not None:
                    progress(end, len(documents))
                if start >= len(documents):
                    break
        finally:
            if collecting:
                gc.enable()
        return cls(views, [d.name for d in documents])

    def __len__(self) -> int:
        return self.units

    # terms ---------------------------------------------------------------------------------------------------
    def df(self, term: str) -> int:
        """How many live units hold the index term ``term``."""
        key = string_key(term)
        return sum(scoring.live_df(v.segment, key, v.live) for v in self.views)

    def has_term(self, term: str) -> bool:
        """True when ``term`` is an index term of a live unit."""
        return self.df(term) > 0

    def contains(self, text: str) -> bool:
        """True when some live unit's normalized text contains ``text``."""
        plan = plan_word(Word(tokens.norm(text), phrase=True))
        for view in self.views:
            found = literal(view.segment, plan)
            if len(found) and (view.live is None or view.live[found].any()):
                return True
        return False

    def terms(self) -> list[str]:
        """Every index term of every segment (for the pinyin reader)."""
        out: dict[str, None] = {}
        for view in self.views:
            out.update(dict.fromkeys(view.segment.terms.all()))
        return [term for term in out if not term.startswith(SPEAKER_MARK)]

    # readings ---------------------------------------------------------------------------------------------------
    def pinyin_reader(self) -> PinyinReader:
        """The pinyin of the index's Chinese terms (built on first use, about 0.1 s per 10,000 terms)."""
        if self._pinyin is None:
            self._pinyin = PinyinReader(self.terms(), self.df)
        return self._pinyin

    def forget(self) -> None:
        """Forget the queries and words remembered so far: the next query costs what a query never seen
        costs (what a benchmark of first queries must time)."""
        from tui.core.index import wordmemo

        self._readings.clear()
        self._prepared_queries.clear()
        tokens.forget_cuts()
        wordmemo.forget(view.segment for view in self.views)

    def interpret(self, text: str) -> list[Interpretation]:
        """The readings of a query, best first: as typed, or as pinyin, or in simplified characters
        (remembered for the last :data:`REMEMBERED` queries: the app asks again as the user types)."""
        found = self._readings.get(text)
        if found is None:
            found = _remember(self._readings, text, readings.interpret(self, text))
        return list(found)

    def _prepared(self, query: str | Query, reading: int) -> Prepared | None:
        """What a query asks of every segment (its words' plans, its terms' weights), remembered by query
        text and reading; None when it asks nothing."""
        key = (query, reading) if isinstance(query, str) else None
        found = self._prepared_queries.get(key) if key is not None else None
        if found is not None:
            return found
        if isinstance(query, str):
            interpretations = self.interpret(query)
            parsed = interpretations[max(0, min(reading, len(interpretations) - 1))].query
        else:
            parsed = expand_query(query)[0]
        if not parsed.clauses:
            return None
        positive = parsed.positive
        plans = {w: plan_word(w) for w in dict.fromkeys([*positive, *parsed.excluded])}
        # BM25 over the typed words' terms; another form weighs only as a whole (when it is a term)
        keys = [string_key(t) for w in positive if w.via == TYPED for t in plans[w].terms]
        keys.extend(plans[w].key for w in positive if w.via != TYPED)
        keys.extend(p.said for p in plans.values() if p.said is not None and p.word in positive)
        self._look_up(keys, plans.values())
        weighted = self._weights(dict.fromkeys(keys))
        words = [(w.text, w.phrase or w.via != TYPED, plans[w].terms) for w in _shown_words(parsed)]
        prepared = Prepared(parsed, plans, weighted, words)
        return prepared if key is None else _remember(self._prepared_queries, key, prepared)

    # answers --------------------------------------------------------------------------------------------------
    def search(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> list[Hit]:
        """Hits for a query, best first; ``reading`` picks another of :meth:`interpret`'s readings."""
        return self.answer(query, limit, reading).hits

    def answer(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> SearchAnswer:
        """The hits for a query, best first and at most ``limit``: first the units that hold every word of
        the query, then those that hold some of them; with the number of units that matched and how many
        of them hold every word (``every``, None when all do)."""
        prepared = self._prepared(query, reading)
        if prepared is None or not self.units:
            return SearchAnswer([], 0)
        parsed, plans, weighted, words = prepared
        matched = [match_segment(v.segment, parsed, plans, v.live) for v in self.views]
        total = sum(m.count for m in matched)
        if not total:
            return SearchAnswer([], 0)
        every = sum(len(m.firsts) for m in matched)
        if self._flat is None:
            self._flat = FlatUnits(self.views, self.avg_length)
        ranking = Ranking(self.views, self.units, self._flat)
        ranked = ranking.rank(matched, weighted, len(parsed.clauses), limit)
        return SearchAnswer(self._hits(ranked, words), total, None if every == total else every)

    def _hits(self, ranked: Ranked, words: list[ShownWord]) -> list[Hit]:
        """The ranked units as hits, best first (each segment's made together: their texts are decoded
        together on first read)."""
        seg_of = ranked.segments
        by_segment = np.argsort(seg_of, kind="stable")
        ordered = seg_of[by_segment]
        hits: list[Hit] = [None] * len(seg_of)  # type: ignore[list-item]  # every place is filled below
        for s, at in runs(ordered):
            rows = by_segment[at]
            view = self.views[s]
            made = segment_hits(
                view.segment,
                self.names,
                view.doc_global,
                ranked.units[rows],
                ranked.scores[rows],
                words,
                ranked.tiers[rows],
            )
            for row, hit in zip(rows.tolist(), made, strict=True):
                hits[row] = hit
        return hits

    def _look_up(self, keys: list[int], plans: Iterable[WordPlan]) -> None:
        """Look up at once, in every segment, the terms the query will ask for (its bigrams are looked up
        one by one as matching needs them: it stops at the first one a segment lacks)."""
        plans = list(plans)
        terms = [*keys, *(p.key for p in plans), *(k for p in plans for k in p.apart)]
        terms.extend(p.said for p in plans if p.said is not None)
        for view in self.views:
            view.segment.look_up(terms)

    def _weights(self, keys: Iterable[int]) -> list[tuple[int, float]]:
        """The query terms that some live unit holds, with their idf."""
        weighted = []
        for key in keys:
            df = sum(scoring.live_df(v.segment, key, v.live) for v in self.views)
            if df:
                weighted.append((key, scoring.idf(self.units, df)))
        return weighted


class Prepared(NamedTuple):
    """A query as every segment asks it: parsed and expanded, its words' plans, its terms' weights, and
    the words its hits highlight."""

    parsed: Query
    plans: dict[Word, WordPlan]
    weighted: list[tuple[int, float]]
    words: list[ShownWord]


REMEMBERED = 256
"""How many queries an index remembers the readings and plans of (the oldest are forgotten first)."""

_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V) -> _V:
    """Put ``value`` in a bounded memo (insertion order: the oldest entry goes when it is full)."""
    if len(memo) >= REMEMBERED:
        del memo[next(iter(memo))]
    memo[key] = value
    return value


def _shown_words(query: Query) -> list[Word]:
    """The words whose occurrences are highlighted: every word of the clauses (as typed and their other
    forms) and the other forms of the parts (the parts themselves are among the typed words' terms)."""
    out = [w for clause in query.clauses for w in clause.words]
    out.extend(w for clause in query.clauses for part in clause.parts for w in part if w.via != TYPED)
    return list(dict.fromkeys(out))
