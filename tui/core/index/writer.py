"""Writing a segment: the units, terms, bigrams and documents of a batch of parsed articles.

A segment holds everything a reopen needs, as arrays (see :mod:`tui.core.index.segment` for reading):

- units (the headline's lines, headings, blocks): local document, kind, term count, text (UTF-8), section, heading, block;
- term postings: sorted 64-bit term keys (:func:`~tui.core.index.dictionary.string_key`), for each the units
  that hold it (ascending) and how often (saturating at 255), and the terms' strings;
- bigram postings: every pair of adjacent characters of a unit's normalized text (and its last character
  with an end mark), for literal matching;
- documents: each one's record (its model as JSON and its text, zlib-compressed against its own units'
  text) and its header fields as columns.

Figures live in a file of their own beside the segment (:mod:`tui.core.index.figstore`).

Unit numbers are local: a segment holds at most :data:`MAX_UNITS` units, so postings are 16-bit.
"""

from __future__ import annotations

import itertools
import struct
import typing
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from tui.core import schema, tokens
from tui.core.index.batchcut import batch_terms
from tui.core.index.columns import encode_columns, model_kinds
from tui.core.index.dictionary import Dictionary, string_key
from tui.core.index.storage import Array, narrow_offsets, pack_strings
from tui.core.index.vector import distinct, expand, heads
from tui.core.index.wordcut import Cutter
from tui.core.model import Document, excluded, field_types

SEGMENT_FORMAT = 2
MAX_UNITS = 65535
"""At most this many units in a segment: unit numbers are 16-bit."""
END_MARK = 0x1FFFFF
"""The second character of a unit's last bigram: above every code point, so it pairs with nothing else."""
KINDS = ("title", "heading", "paragraph", "question", "answer", "point")
KIND_BOOST = {"title": 1.6, "heading": 1.5, "question": 1.2}
"""Scores of titles, headings and questions are multiplied by these (see :mod:`tui.core.index.scoring`)."""
_CHUNK_CHARS = 300_000
_RECORD = struct.Struct("<I")


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


def _uid_type(n: int) -> type[np.unsignedinteger[Any]]:
    return np.uint16 if n <= MAX_UNITS + 1 else np.uint32


def _chunks(texts: list[str]) -> Iterator[tuple[int, int]]:
    """Ranges of units of about :data:`_CHUNK_CHARS` characters (what a batch of segmentation holds)."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and (size < _CHUNK_CHARS or end == start):
            size += len(texts[end]) + 1
            end += 1
        yield start, end
        start = end


class _Postings:
    """Term and bigram postings gathered chunk by chunk: each chunk's (key, unit) pairs are made distinct
    and counted at once, so memory stays with the chunk; chunks hold different units, so their pairs never
    meet again, and one sort of the pairs at the end makes the lists."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.lengths = np.zeros(n, dtype=np.int64)
        self.strings: dict[int, str] = {}
        self.term_keys: list[Array] = []
        self.term_units: list[Array] = []
        self.term_tfs: list[Array] = []
        self.grams: list[Array] = []

    def add(
        self,
        start: int,
        norms: list[str],
        dictionary: Dictionary,
        cutter: Cutter,
        speakers: Sequence[str | None] = (),
    ) -> None:
        """Segment and index a chunk of normalized unit texts, the first being unit ``start``, with the
        speaker of each (see :func:`speaker_terms`; not counted in a unit's length)."""
        found = batch_terms(norms, dictionary, cutter, tokens.STOP_WORDS)
        self.strings.update(found.strings)
        said_keys, said_units = [], []
        for unit, speaker in enumerate(speakers):
            for term in speaker_terms(speaker) if speaker else ():
                key = speaker_key(term)
                self.strings[key] = SPEAKER_MARK + term
                said_keys.append(key)
                said_units.append(unit)
        all_keys = np.concatenate((found.keys, np.asarray(said_keys, dtype=np.uint64)))
        all_units = np.concatenate((found.units, np.asarray(said_units, dtype=found.units.dtype)))
        order = np.lexsort((all_units, all_keys))
        keys, units = all_keys[order], all_units[order]
        new = np.ones(len(keys), dtype=bool)
        if len(keys):
            new[1:] = (keys[1:] != keys[:-1]) | (units[1:] != units[:-1])
        first = np.flatnonzero(new)
        self.term_keys.append(keys[first])
        self.term_units.append((units[first] + start).astype(np.uint32))
        self.term_tfs.append(np.minimum(np.diff(np.append(first, len(keys))), 255).astype(np.uint8))
        self.lengths[start : start + len(norms)] = np.bincount(found.units, minlength=len(norms))
        self.grams.append(_gram_keys(norms, start))

    def arrays(self) -> dict[str, Array]:
        """The postings as a segment's arrays (sorted in place, temporaries dropped as soon as done)."""
        n = self.n
        terms = np.asarray(sorted(self.strings), dtype=np.uint64)
        blob, offsets = pack_strings([self.strings[k] for k in terms.tolist()])
        self.strings = {}
        keys = np.concatenate(self.term_keys) if self.term_keys else np.zeros(0, np.uint64)
        self.term_keys = []
        packed = np.searchsorted(terms, keys).astype(np.uint64)  # term id, then unit (16 bits), tf (8 bits)
        del keys
        packed <<= np.uint64(24)
        packed |= np.concatenate(self.term_units or [np.zeros(0, np.uint32)]).astype(np.uint64) << np.uint64(
            8
        )
        packed |= np.concatenate(self.term_tfs or [np.zeros(0, np.uint8)]).astype(np.uint64)
        self.term_units, self.term_tfs = [], []
        packed.sort()
        lengths = self.lengths
        out = {
            "u_len": lengths.astype(np.uint16 if not n or int(lengths.max()) < 2**16 else np.uint32),
            "t_keys": terms,
            "t_start": narrow_offsets(
                np.searchsorted(packed, np.arange(len(terms) + 1, dtype=np.uint64) << np.uint64(24))
            ),
            "t_uids": ((packed >> np.uint64(8)) & np.uint64(0xFFFF)).astype(_uid_type(n)),
            "t_tfs": (packed & np.uint64(0xFF)).astype(np.uint8),
            "t_str:blob": blob,
            "t_str:off": offsets,
        }
        del packed
        grams = np.concatenate(self.grams or [np.zeros(0, np.uint64)])
        self.grams = []
        grams.sort(kind="stable")  # sorted runs, one per chunk: merged
        starts = heads(grams >> np.uint64(22))
        out["g_codes"] = grams[starts] >> np.uint64(22)
        out["g_start"] = narrow_offsets(np.append(starts, len(grams)).astype(np.int64))
        out["g_uids"] = (grams & np.uint64((1 << 22) - 1)).astype(_uid_type(n))
        return out


@lru_cache(maxsize=1)
def _word_table() -> Array:
    """True for the characters of the Basic Multilingual Plane that ``str.isalnum`` accepts."""
    return np.fromiter((chr(c).isalnum() for c in range(65536)), dtype=bool, count=65536)


def word_chars(codes: Array) -> Array:
    """A mask of the word characters (letters, digits, CJK) among code points."""
    small = codes < 65536
    out = np.zeros(len(codes), dtype=bool)
    out[small] = _word_table()[codes[small]]
    for i in np.flatnonzero(~small).tolist():
        out[i] = chr(int(codes[i])).isalnum()
    return out


SPEAKER_MARK = "\x01"
"""Before a speaker's term in the term table: who speaks is a field of its own, apart from the text."""


def speaker_terms(speaker: str) -> list[str]:
    """What a turn's speaker is indexed as: the name as given and its words of two characters or more
    (海关总署新闻发言人邵某: the whole, 海关总署, 新闻发言人, 邵某…), normalized."""
    name = tokens.norm(speaker)
    return [t for t in dict.fromkeys([name, *tokens.terms(name)]) if len(t) > 1]


def speaker_key(term: str) -> int:
    """The key of a speaker's term (a key space apart from the text's terms)."""
    return string_key(SPEAKER_MARK + term)


def gram_codes(text: str) -> tuple[list[int], bool]:
    """The bigrams a normalized query text looks for, and whether they pin it down exactly (a word
    character and the character after it). Every word character is indexed with the character that follows
    it (or with the end mark at the end of a unit); punctuation and spaces start no bigram, so a text with
    them inside is confirmed by a substring test."""
    out = [(ord(a) << 21) | ord(b) for a, b in itertools.pairwise(text) if a.isalnum()]
    return out, len(text) == 2 and text[0].isalnum()


def _gram_keys(norms: list[str], start: int) -> Array:
    """Distinct ``(bigram << 22) | unit`` keys of a chunk of units (``start``: the first one's number):
    every word character with the character after it, or with the end mark at the end of its unit."""
    n = len(norms)
    lengths = np.fromiter(map(len, norms), dtype=np.int64, count=n)
    chars = np.frombuffer("".join(norms).encode("utf-32-le"), dtype=np.uint32)
    keys = chars.astype(np.uint64)
    keys <<= np.uint64(21)
    if len(chars):
        keys[:-1] |= chars[1:]
        keys[np.cumsum(lengths)[lengths > 0] - 1] |= np.uint64(END_MARK)  # all ones: whatever came next
    keys <<= np.uint64(22)
    keys |= np.repeat(np.arange(start, start + n, dtype=np.uint64), lengths)
    return distinct(keys[word_chars(chars)])


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
            self.skeleton = payload[:16384]
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
            "u_doc": np.asarray(self.doc, dtype=_uid_type(len(self.records))),
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
        postings = _Postings(n)
        for start, end in _chunks(norms):
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
    return packer.compress(_RECORD.pack(len(text)) + text + payload) + packer.flush()


def build_segment(documents: Sequence[Document], dictionary: Dictionary, cutter: Cutter) -> SegmentData:
    """Everything of a batch of documents, ready to write (or to search in memory)."""
    builder = SegmentBuilder()
    for doc in documents:
        builder.add(doc)
    return builder.finish(dictionary, cutter)
