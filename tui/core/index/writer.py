"""Writing a segment: the units, terms, bigrams and documents of a batch of parsed articles.

A segment holds everything a reopen needs, as arrays (see :mod:`tui.core.index.segment` for reading):

- units (the headline's lines, headings, blocks): local document, kind, term count, text (UTF-8), section, heading, block;
- term postings: sorted 64-bit term keys (:func:`~tui.core.index.dictionary.string_key`), for each the units
  that hold it (ascending) and how often (saturating at 255), and the terms' strings;
- bigram postings: every pair of adjacent characters of a unit's normalized text (and its last character
  with an end mark), for literal matching;
- in a segment of more than 65,536 units, where each block of 65,536 units begins in every posting list
  (postings keep a unit's number within its block: 16 bits; see :mod:`tui.core.index.postings`);
- documents: each one's record (its model as JSON and its text, zlib-compressed against its own units'
  text) and its header fields as columns.

Figures live in a file of their own beside the segment (:mod:`tui.core.index.figstore`).

The postings themselves are gathered by :mod:`tui.core.index.postings`.
"""

from __future__ import annotations

import struct
import typing
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from tui.core import schema, tokens
from tui.core.index.columns import encode_columns, model_kinds
from tui.core.index.dictionary import Dictionary
from tui.core.index.postings import MAX_UNITS, Postings, chunks, uid_type
from tui.core.index.storage import Array, narrow_offsets, pack_strings
from tui.core.index.vector import expand
from tui.core.index.wordcut import Cutter
from tui.core.model import Document, excluded, field_types

SEGMENT_FORMAT = 4
"""3: segments of up to 2^22 - 1 units, 16-bit postings in blocks of 65,536 units."""
KINDS = ("title", "heading", "paragraph", "question", "answer", "point")
KIND_BOOST = {"title": 1.6, "heading": 1.5, "question": 1.2}
"""Scores of titles, headings and questions are multiplied by these (see :mod:`tui.core.index.scoring`)."""
RECORD = struct.Struct("<I")
"""A record's head: the length in bytes of the text that follows it, then the model's JSON."""
SKELETON_BYTES = 16384
"""How much of a segment's first document's model (JSON) its records are compressed against."""


@dataclass
class SegmentData:
    """A segment's metadata and arrays, before they are written (or to be used in memory)."""

    meta: dict[str, Any]
    arrays: dict[str, Array]


def _coded(values: list[str | None]) -> tuple[Array, Array, Array]:
    """Dictionary coding: (codes with -1 for None, strings blob, offsets)."""
    distinct = sorted({v for v in values if v is not None})
    code_of = {s: i for i, s in enumerate(distinct)}
    codes = np.fromiter((code_of.get(v, -1) if v is not None else -1 for v in values), np.int64, len(values))
    blob, offsets = pack_strings(distinct)
    for dtype in (np.int8, np.int16, np.int32):
        if len(distinct) <= np.iinfo(dtype).max:
            return codes.astype(dtype), blob, offsets
    return codes, blob, offsets


def _model_list(annotation: Any) -> bool:
    """True for ``list[SomeModel]``: nested structure that lives in the record, not in a column."""
    args = typing.get_args(annotation)
    return (
        typing.get_origin(annotation) is list
        and len(args) == 1
        and isinstance(args[0], type)
        and hasattr(args[0], "__dataclass_fields__")
    )


def header_fields() -> list[str]:
    """Document fields kept as columns: every field that is dumped and is not a list of models."""
    return [
        name
        for name, annotation in field_types(Document).items()
        if name not in excluded(Document) and not _model_list(annotation)
    ]


def headline(doc: Document) -> list[str]:
    """The lines of a document's headline, each a unit of kind title: the kicker (引题), the title, the
    subtitle (副题), those it has."""
    return [line for line in (doc.kicker, doc.title, doc.subtitle) if line]


def unit_count(doc: Document) -> int:
    """How many units a document makes: its headline's lines, headings and blocks."""
    return len(headline(doc)) + sum(int(bool(s.heading)) + len(s.blocks) for s in doc.sections)


class SegmentBuilder:
    """Collects documents one by one in compact form (texts, one compressed record, header values) and
    turns them into a segment's arrays. Nothing of a document's model is kept after :meth:`add`."""

    def __init__(self) -> None:
        self.doc: list[int] = []
        self.kind: list[int] = []
        self.section: list[str | None] = []
        self.heading: list[int] = []
        self.block: list[str | None] = []
        self.text: list[str] = []
        self.norms: list[str] = []
        self.speakers: list[str | None] = []
        """Who speaks in each unit: an answer's speaker, carried over the answer's later blocks."""
        self.starts = [0]
        self.records: list[bytes] = []
        self.skeleton = b""
        """The first document's model as JSON: with the units' text, what records are compressed against."""
        self._fields = header_fields()
        self.headers: dict[str, list[Any]] = {name: [] for name in self._fields}
        self._kind_code = {k: i for i, k in enumerate(KINDS)}

    @property
    def units(self) -> int:
        """Units collected so far."""
        return len(self.text)

    def _add_unit(
        self,
        kind: str,
        section: str | None,
        heading: int,
        block: str | None,
        text: str,
        speaker: str | None = None,
    ) -> None:
        self.speakers.append(speaker)
        self.doc.append(len(self.records))
        self.kind.append(self._kind_code.get(kind, self._kind_code["paragraph"]))
        self.section.append(section)
        self.heading.append(heading)
        self.block.append(block)
        self.text.append(text)
        self.norms.append(tokens.norm(text))

    def add(self, doc: Document) -> None:
        """Add a document: its title, headings and blocks as units, its record, its header."""
        first = len(self.text)
        for line in headline(doc):
            self._add_unit("title", None, -1, None, line)
        for section in doc.sections:
            heading = -1
            if section.heading:
                heading = len(self.text)
                self._add_unit("heading", section.id, heading, None, section.heading)
            speaker: str | None = None
            for block in section.blocks:
                speaker = _speaker(block.kind.value, block.speaker, speaker)
                self._add_unit(block.kind.value, section.id, heading, block.id, block.text, speaker)
        self.starts.append(len(self.text))
        payload = schema.dump_json(doc)
        if not self.skeleton:
            self.skeleton = payload[:SKELETON_BYTES]
        units = "".join(self.norms[first:])
        self.records.append(_record(doc, payload, record_dictionary(self.skeleton, units)))
        for name in self._fields:
            self.headers[name].append(getattr(doc, name))

    def finish(self, dictionary: Dictionary, cutter: Cutter) -> SegmentData:
        """The segment's arrays and metadata."""
        n = len(self.text)
        if n > MAX_UNITS:
            raise ValueError(f"{n} units: a segment holds at most {MAX_UNITS}")
        norms = self.norms
        section, s_blob, s_off = _coded(self.section)
        block, b_blob, b_off = _coded(self.block)
        heading = np.asarray(self.heading, dtype=np.int64)
        arrays: dict[str, Array] = {
            "u_doc": np.asarray(self.doc, dtype=uid_type(len(self.records))),
            "u_kind": np.asarray(self.kind, dtype=np.uint8),
            **_text_arrays(self.text, norms),
            "u_section": section,
            "u_section:blob": s_blob,
            "u_section:off": s_off,
            "u_heading": heading.astype(np.int16 if n < 2**15 else np.int32),
            "u_block": block,
            "u_block:blob": b_blob,
            "u_block:off": b_off,
            "d_units": np.asarray(self.starts, dtype=np.uint32),
            "d_skel": np.frombuffer(self.skeleton, dtype=np.uint8),
        }
        postings = Postings(n)
        for start, end in chunks(norms):
            postings.add(start, norms[start:end], dictionary, cutter, self.speakers[start:end])
        arrays.update(postings.arrays())
        del postings
        rec_off = np.zeros(len(self.records) + 1, dtype=np.int64)
        np.cumsum([len(r) for r in self.records], out=rec_off[1:])
        arrays["d_rec:blob"] = np.frombuffer(b"".join(self.records), dtype=np.uint8)
        arrays["d_rec:off"] = narrow_offsets(rec_off)
        header_kinds, header_arrays = encode_columns("h.", self.headers, model_kinds(Document))
        arrays.update(header_arrays)
        meta = {
            "format": SEGMENT_FORMAT,
            "units": n,
            "docs": len(self.records),
            "kinds": list(KINDS),
            "header": header_kinds,
            "total_length": int(arrays["u_len"].sum(dtype=np.int64)),
        }
        return SegmentData(meta, arrays)


def _speaker(kind: str, named: str | None, before: str | None) -> str | None:
    """Who speaks in a block: the speaker the parser names on an answer or a paragraph; on an answer or
    a point without one, the speaker of the answer before (an answer goes on over several blocks); a
    question's asker (记者, 主持人) is no speaker worth a search."""
    if kind == "question":
        return None
    if named:
        return named
    return before if kind in ("answer", "point") else None


def _text_arrays(texts: list[str], norms: list[str]) -> dict[str, Array]:
    """Units' normalized text (UTF-16: what matching reads) and how to get back the text as written: the
    code units normalization changed, per unit. A unit whose length in code units changed (a compatibility
    ideograph that folds to one beyond the Basic Multilingual Plane) is kept whole as well (rare)."""
    n = len(texts)
    norm_blob, offsets = pack_strings(norms, wide=True)
    raw_blob, raw_offsets = pack_strings(texts, wide=True)
    norm_len = np.diff(offsets.astype(np.int64))
    raw_len = np.diff(raw_offsets.astype(np.int64))
    whole = np.flatnonzero(norm_len != raw_len)
    same = np.ones(n, dtype=bool)
    same[whole] = False
    at_norm = expand(offsets[:-1][same], norm_len[same])
    at_raw = expand(raw_offsets[:-1][same], raw_len[same])
    differs = norm_blob[at_norm] != raw_blob[at_raw]
    changed, raw_of = at_norm[differs], at_raw[differs]
    unit = np.searchsorted(offsets.astype(np.int64), changed, side="right") - 1
    position = changed - offsets[unit].astype(np.int64)
    wide_pos = bool(len(position)) and int(position.max()) >= 2**16
    whole_blob, whole_off = pack_strings([texts[u] for u in whole.tolist()], wide=True)
    return {
        "u_text:blob": norm_blob,
        "u_text:off": offsets,
        "u_exc:off": narrow_offsets(np.searchsorted(unit, np.arange(n + 1))),
        "u_exc:pos": position.astype(np.uint32 if wide_pos else np.uint16),
        "u_exc:char": raw_blob[raw_of],
        "u_whole": whole.astype(np.int32),
        "u_whole:blob": whole_blob,
        "u_whole:off": whole_off,
    }


def record_dictionary(skeleton: bytes, units: str) -> bytes:
    """What a record is compressed against: a model of the segment, then the document's own units
    (normalized)."""
    return (skeleton + units.encode("utf-8"))[-32768:]


def _record(doc: Document, payload: bytes, zdict: bytes) -> bytes:
    """A document as zlib(len(text) | text | model JSON), compressed against ``zdict``."""
    text = doc.text.encode("utf-8")
    packer = zlib.compressobj(9, zdict=zdict) if zdict else zlib.compressobj(9)
    return packer.compress(RECORD.pack(len(text)) + text + payload) + packer.flush()


def build_segment(documents: Sequence[Document], dictionary: Dictionary, cutter: Cutter) -> SegmentData:
    """Everything of a batch of documents, ready to write (or to search in memory)."""
    builder = SegmentBuilder()
    for doc in documents:
        builder.add(doc)
    return builder.finish(dictionary, cutter)
