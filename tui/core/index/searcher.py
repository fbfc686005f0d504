"""The searcher: a query over every live unit of a set of segments, answered best first.

:class:`SearchIndex` is the entry point the app and the command line use (``answer``, ``search``,
``interpret``). It reads segments as they are on disk (or in memory), masks the units of deleted
documents, sums the statistics BM25 needs over the live units, and merges the segments' best hits.
Matching lives in :mod:`~tui.core.index.matching`, scoring in :mod:`~tui.core.index.scoring`, snippets
in :mod:`~tui.core.index.highlight`, the readings of a query in :mod:`~tui.core.index.readings`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from tui.core import tokens
from tui.core.index import highlight, readings, scoring
from tui.core.index.matching import literal, match_segment, plan_word
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
from tui.core.index.wordcut import string_key
from tui.core.model import Document, Hit, SearchAnswer
from tui.core.query import Interpretation, Query, Word
from tui.core.readings import PinyinReader

_NORM_CACHE = 50_000


@dataclass
class SegmentView:
    """A segment as the searcher sees it: which units are live, and the collection's number of each of its
    documents (-1 for a deleted one)."""

    segment: Segment
    doc_global: Array
    live: Array | None = None
    _norms: dict[int, str] = field(default_factory=dict, repr=False)

    def norm(self, uid: int) -> str:
        """The normalized text of a unit (kept for the next query: typing asks for the same ones)."""
        found = self._norms.get(uid)
        if found is None:
            if len(self._norms) > _NORM_CACHE:
                self._norms.clear()
            found = self._norms[uid] = tokens.norm(self.segment.text(uid))
        return found

    @classmethod
    def of(cls, segment: Segment, doc_global: Array) -> SegmentView:
        """A view that masks the units of the documents whose number is -1."""
        dead = doc_global < 0
        if not dead.any():
            return cls(segment, doc_global)
        live = ~dead[segment.u_doc]
        return cls(segment, doc_global, live)


class SearchIndex:
    """Search over the blocks, headings and titles of a collection's documents."""

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

    @classmethod
    def build(
        cls, documents: Sequence[Document], progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """An index of these documents, in memory (no figures, nothing written)."""
        from tui.core.index.writer import MAX_UNITS, build_segment

        dictionary = tokens.cutter().d
        views: list[SegmentView] = []
        start = 0
        collecting = gc.isenabled()
        gc.disable()  # many small objects that all live on: the cyclic collector only slows this down
        try:
            while start < len(documents) or not views:
                end, units = start, 0
                while end < len(documents):
                    size = _unit_count(documents[end])
                    if units + size > MAX_UNITS and end > start:
                        break
                    units += size
                    end += 1
                batch = documents[start:end]
                data = build_segment(batch, [[] for _ in batch], dictionary, tokens.cutter())
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
            found = literal(view.segment, plan, view.norm)
            if (found if view.live is None else found & view.live).any():
                return True
        return False

    def terms(self) -> list[str]:
        """Every index term of every segment (for the pinyin reader)."""
        out: dict[str, None] = {}
        for view in self.views:
            out.update(dict.fromkeys(view.segment.terms.all()))
        return list(out)

    # readings ---------------------------------------------------------------------------------------------------
    def pinyin_reader(self) -> PinyinReader:
        """The pinyin of the index's Chinese terms (built on first use, about 0.1 s per 10,000 terms)."""
        if self._pinyin is None:
            self._pinyin = PinyinReader(self.terms(), self.df)
        return self._pinyin

    def interpret(self, text: str) -> list[Interpretation]:
        """The readings of a query, best first: as typed, or as pinyin, or in simplified characters."""
        return readings.interpret(self, text)

    # answers --------------------------------------------------------------------------------------------------
    def search(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> list[Hit]:
        """Hits for a query, best first; ``reading`` picks another of :meth:`interpret`'s readings."""
        return self.answer(query, limit, reading).hits

    def answer(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> SearchAnswer:
        """The hits for a query, best first and at most ``limit``, with the number of units that matched."""
        if isinstance(query, str):
            found = self.interpret(query)
            parsed = found[max(0, min(reading, len(found) - 1))].query
        else:
            parsed = query
        if not parsed.clauses or not self.units:
            return SearchAnswer([], 0)
        plans = {w: plan_word(w) for w in [*parsed.positive, *parsed.excluded]}
        matched = [match_segment(v.segment, parsed, plans, v.live, v.norm) for v in self.views]
        total = sum(len(uids) for uids, _ in matched)
        if not total:
            return SearchAnswer([], 0)
        positive = parsed.positive
        keys = list(dict.fromkeys(string_key(t) for w in positive for t in plans[w].terms))
        weighted = []
        for key in keys:
            df = sum(scoring.live_df(v.segment, key, v.live) for v in self.views)
            if df:
                weighted.append((key, scoring.idf(self.units, df)))
        scores, order_keys, where = [], [], []
        for s, (view, (uids, literal_count)) in enumerate(zip(self.views, matched, strict=True)):
            if not len(uids):
                continue
            seg = view.segment
            scores.append(
                scoring.score(seg, uids, literal_count, len(parsed.clauses), weighted, self.avg_length)
            )
            docs = seg.u_doc[uids].astype(np.int64)
            order_keys.append((view.doc_global[docs] << 32) | (uids - seg.d_units[docs].astype(np.int64)))
            where.append((np.full(len(uids), s, dtype=np.int64), uids))
        score_all = np.concatenate(scores)
        tie = np.concatenate(order_keys)
        seg_of = np.concatenate([w[0] for w in where])
        uid_of = np.concatenate([w[1] for w in where])
        picked = np.arange(total)
        if limit is not None and total > limit:
            picked = np.argpartition(-score_all, max(0, limit - 1))[:limit] if limit > 0 else picked[:0]
        best = picked[np.lexsort((tie[picked], -score_all[picked]))]
        hits: list[Hit | None] = [None] * len(best)
        words = [(w.text, w.phrase, plans[w].terms) for w in positive]
        for s in np.unique(seg_of[best]).tolist():
            rows = np.flatnonzero(seg_of[best] == s)
            chosen = best[rows]
            made = self._hits(self.views[s], uid_of[chosen], score_all[chosen], words)
            for row, hit in zip(rows.tolist(), made, strict=True):
                hits[row] = hit
        return SearchAnswer([h for h in hits if h is not None], total)

    def _hits(
        self, view: SegmentView, uids: Array, scores: Array, words: list[tuple[str, bool, tuple[str, ...]]]
    ) -> list[Hit]:
        """Hits for units of one segment (their fields gathered at once)."""
        seg = view.segment
        docs = view.doc_global[seg.u_doc[uids].astype(np.int64)].tolist()
        texts = seg.texts(uids)
        out = []
        for uid, text, score, doc, kind, section, block, heading in zip(
            uids.tolist(),
            texts,
            scores.tolist(),
            docs,
            seg.u_kind[uids].tolist(),
            seg.u_section[uids].tolist(),
            seg.u_block[uids].tolist(),
            seg.u_heading[uids].tolist(),
            strict=True,
        ):
            spans = highlight.spans_of(view.norm(uid), words)
            snippet, offset = highlight.snippet(text, spans)
            end = len(snippet)
            out.append(
                Hit(
                    doc=self.names[doc],
                    doc_index=doc,
                    section=seg.section_name(section),
                    heading=seg.heading_text(heading),
                    block_id=seg.block_name(block),
                    kind=seg.kinds[kind],
                    score=round(score, 4),
                    text=text,
                    snippet=snippet,
                    spans=spans,
                    snippet_spans=[
                        (a - offset, b - offset) for a, b in spans if a >= offset and b - offset <= end
                    ],
                )
            )
        return out


def _unit_count(doc: Document) -> int:
    return int(bool(doc.title)) + sum(int(bool(s.heading)) + len(s.blocks) for s in doc.sections)
