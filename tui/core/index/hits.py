"""Hits as the searcher hands them out: their place and score at once, their text and highlights on first read.

A query at 10,000 articles returns up to ``limit`` hits, and the reader shows a few of them (the app about
twenty rows, the command line its ``--limit``). Decoding each hit's text, finding the query's words in it
and cutting a snippet cost more than ranking, so a :class:`LazyHit` computes them when a field is first
read: ``text`` (the texts of one segment's hits are decoded together, the first time one of them is read),
then ``spans``, ``snippet`` and ``snippet_spans`` together. Read or not, the values are those an eager
:class:`~tui.core.model.Hit` would hold; it is a ``Hit`` for every reader (fields, ``to_json``, equality).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

import numpy as np

from tui.core.index import highlight
from tui.core.index.segment import Segment
from tui.core.index.storage import Array
from tui.core.model import Hit

ShownWord = tuple[str, bool, tuple[str, ...]]
"""A word to highlight: its text, whether it is shown only whole (a phrase or another form), its terms."""

_TEXT = frozenset({"text"})
_MARKS = frozenset({"spans", "snippet", "snippet_spans"})


class TextBatch:
    """The texts (as written and normalized) of some units of one segment, decoded together on first need."""

    __slots__ = ("_norms", "_texts", "segment", "uids")

    def __init__(self, segment: Segment, uids: Array) -> None:
        self.segment = segment
        self.uids = uids
        self._texts: list[str] | None = None
        self._norms: list[str] = []

    def get(self, row: int) -> tuple[str, str]:
        """(text as written, normalized text) of the unit at ``row``."""
        if self._texts is None:
            self._texts, self._norms = self.segment.texts_and_norms(self.uids)
        return self._texts[row], self._norms[row]


class LazyHit(Hit):
    """A :class:`~tui.core.model.Hit` whose ``text`` and highlights are computed on first read."""

    __slots__ = ("_batch", "_row", "_words")

    _batch: TextBatch
    _row: int
    _words: Sequence[ShownWord]

    def __getattr__(self, name: str) -> object:
        """Only for a field not computed yet (set slots are found before this is asked)."""
        if name in _TEXT:
            self.text = self._batch.get(self._row)[0]
            return self.text
        if name in _MARKS:
            self._mark()
            return getattr(self, name)
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        """Equal to a hit (lazy or not) with the same fields."""
        if not isinstance(other, Hit):
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name) for f in fields(Hit))

    __hash__ = None  # type: ignore[assignment]  # mutable, as Hit

    def _mark(self) -> None:
        text, norm = self._batch.get(self._row)
        spans = highlight.spans_of(norm, self._words)
        snippet, offset = highlight.snippet(text, spans)
        end = len(snippet)
        self.spans = spans
        self.snippet = snippet
        self.snippet_spans = [(a - offset, b - offset) for a, b in spans if a >= offset and b - offset <= end]


def segment_hits(
    segment: Segment,
    names: Sequence[str],
    doc_global: Array,
    uids: Array,
    scores: Array,
    words: Sequence[ShownWord],
    tiers: Array | None = None,
) -> list[Hit]:
    """Hits for units of one segment (of tier ``tiers``, all 1 when None): their place and score gathered at
    once, their text and highlights left for the first read (see :class:`LazyHit`)."""
    docs = doc_global[segment.u_doc[uids].astype(np.int64)].tolist()
    batch = TextBatch(segment, uids)
    out: list[Hit] = []
    new = object.__new__
    kinds = segment.kinds
    sections = segment.section_names()  # code -1 reads the None at the end
    blocks = segment.block_names()
    for row, (score, doc, kind, section, block, heading, tier) in enumerate(
        zip(
            scores.tolist(),
            docs,
            segment.u_kind[uids].tolist(),
            segment.u_section[uids].tolist(),
            segment.u_block[uids].tolist(),
            segment.heading_texts(segment.u_heading[uids]),
            [1] * len(uids) if tiers is None else tiers.tolist(),
            strict=True,
        )
    ):
        hit = new(LazyHit)
        hit.doc = names[doc]
        hit.doc_index = doc
        hit.section = sections[section]
        hit.heading = heading
        hit.block_id = blocks[block]
        hit.kind = kinds[kind]
        hit.score = round(score, 4)
        hit.tier = tier
        hit._batch = batch
        hit._row = row
        hit._words = words
        out.append(hit)
    return out
