"""Joining segments by their arrays, the way Lucene and tantivy merge: no text is analysed again.

A join of segments ``S1 .. Sk`` (each with a mask of its live documents) makes the segment that
:class:`~tui.core.index.writer.SegmentBuilder` would make of their live documents in that order, array for
array but for the records:

- units: their arrays concatenated with the dropped documents' units left out; ``u_doc``, ``d_units`` and
  ``u_heading`` renumbered; the texts gathered from each blob by their offsets;
- sections and blocks: the string tables merged (sorted, as the builder codes them) and the codes remapped;
- term and bigram postings: merged per key over the union of keys, a segment after the other (so each
  list stays ascending), every unit renumbered; written as 16-bit postings with block starts past
  65,536 units, as the builder writes them;
- documents: records kept as written, each with the skeleton it was compressed against (the only arrays
  that differ from a fresh build's, which has one skeleton: the same documents decode from both); header
  columns joined.

:func:`~tui.core.index.figstore.join_stores` joins their figure files the same way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from tui.core.index.blocks import BLOCK_BITS, BLOCK_UNITS, block_count, decoded_rows
from tui.core.index.columns import join_columns, model_kinds
from tui.core.index.postings import MAX_UNITS, uid_type
from tui.core.index.segment import Segment
from tui.core.index.storage import Array, StorageError, StringTable, narrow_offsets, pack_strings
from tui.core.index.vector import distinct, expand
from tui.core.index.writer import SEGMENT_FORMAT, SegmentData
from tui.core.model import Document

Part = tuple[Segment, Array | None]
"""A segment and which of its local documents to keep (a bool per document; None: all)."""


class _Input:
    """One input segment with the maps from its numbering to the joined segment's."""

    def __init__(self, segment: Segment, live: Array | None, first_unit: int, first_doc: int) -> None:
        self.segment = segment
        docs = np.ones(segment.n_docs, dtype=bool) if live is None else np.asarray(live, dtype=bool)
        if len(docs) != segment.n_docs:
            raise ValueError(f"segment {segment.name}: {len(docs)} flags for {segment.n_docs} documents")
        self.docs = np.flatnonzero(docs)
        """The local documents kept, ascending."""
        self.doc_map = np.where(docs, first_doc + np.cumsum(docs) - 1, -1).astype(np.int64)
        keep = docs[np.asarray(segment.u_doc, dtype=np.int64)] if segment.n_units else np.zeros(0, bool)
        self.units = np.flatnonzero(keep)
        """The units kept, ascending."""
        self.unit_map = np.where(keep, first_unit + np.cumsum(keep) - 1, -1).astype(np.int32)
        """Each unit's new number, -1 for dropped (32 bits: postings are mapped through it)."""


def join_segments(parts: Sequence[Part]) -> tuple[SegmentData, list[Array]]:
    """The arrays of one segment holding the kept documents of ``parts`` in order, and for each part the
    new number of each of its local documents (-1: dropped). ValueError when they do not fit one segment
    or do not agree (kinds of units)."""
    if not parts:
        raise ValueError("nothing to join")
    inputs: list[_Input] = []
    units = docs = 0
    for segment, live in parts:
        if segment.meta.get("format") != SEGMENT_FORMAT or segment.kinds != parts[0][0].kinds:
            raise StorageError(f"segment {segment.name}: another format")
        item = _Input(segment, live, units, docs)
        inputs.append(item)
        units += len(item.units)
        docs += len(item.docs)
    if units > MAX_UNITS:
        raise ValueError(f"{units} units: a segment holds at most {MAX_UNITS}")
    arrays: dict[str, Array] = {}
    arrays.update(_unit_arrays(inputs, units, docs))
    arrays.update(_text_arrays(inputs))
    arrays.update(_term_arrays(inputs, units))
    arrays.update(_gram_arrays(inputs, units))
    arrays.update(_record_arrays(inputs))
    header_kinds, header_arrays = _header_arrays(inputs)
    arrays.update(header_arrays)
    first = parts[0][0].meta
    meta = {
        "format": SEGMENT_FORMAT,
        "units": units,
        "docs": docs,
        "kinds": list(first["kinds"]),
        "header": header_kinds,
        "total_length": int(arrays["u_len"].sum(dtype=np.int64)),
    }
    return SegmentData(meta, arrays), [item.doc_map for item in inputs]


# units ---------------------------------------------------------------------------------------------------------
def _unit_arrays(inputs: list[_Input], units: int, docs: int) -> dict[str, Array]:
    """Documents, kinds, lengths, headings, sections and blocks of the kept units."""
    u_doc = np.concatenate([i.doc_map[np.asarray(i.segment.u_doc, np.int64)[i.units]] for i in inputs])
    heading = np.concatenate([_headings(i) for i in inputs])
    lengths = np.concatenate([np.asarray(i.segment.u_len, np.int64)[i.units] for i in inputs])
    counts = np.concatenate([np.diff(i.segment.d_units.astype(np.int64))[i.docs] for i in inputs])
    starts = np.zeros(docs + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    section, s_blob, s_off = _recoded(inputs, "u_section")
    block, b_blob, b_off = _recoded(inputs, "u_block")
    return {
        "u_doc": u_doc.astype(uid_type(docs)),
        "u_kind": np.concatenate([i.segment.u_kind[i.units] for i in inputs]).astype(np.uint8),
        "u_len": lengths.astype(np.uint16 if not units or int(lengths.max()) < 2**16 else np.uint32),
        "u_section": section,
        "u_section:blob": s_blob,
        "u_section:off": s_off,
        "u_heading": heading.astype(np.int16 if units < 2**15 else np.int32),
        "u_block": block,
        "u_block:blob": b_blob,
        "u_block:off": b_off,
        "d_units": starts.astype(np.uint32),
    }


def _headings(item: _Input) -> Array:
    """The kept units' heading unit numbers, renumbered (-1 stays)."""
    at = np.asarray(item.segment.u_heading, dtype=np.int64)[item.units]
    return np.where(at >= 0, item.unit_map[np.maximum(at, 0)], -1)


def _recoded(inputs: list[_Input], name: str) -> tuple[Array, Array, Array]:
    """A dictionary-coded unit column joined: the strings the kept units use, sorted, and the codes
    remapped (as :func:`tui.core.index.writer._coded` codes them)."""
    tables: list[list[str]] = []
    used: list[Array] = []
    for item in inputs:
        arrays = item.segment.arrays
        tables.append(StringTable(arrays[name + ":blob"], arrays[name + ":off"]).all())
        used.append(np.asarray(arrays[name], dtype=np.int64)[item.units])
    names = sorted({tables[k][c] for k, codes in enumerate(used) for c in distinct(codes).tolist() if c >= 0})
    code_of = {s: i for i, s in enumerate(names)}
    out = []
    for table, codes in zip(tables, used, strict=True):
        remap = np.asarray([code_of.get(s, -1) for s in table] + [-1], dtype=np.int64)
        out.append(remap[codes])  # -1 reads the last entry: -1
    blob, offsets = pack_strings(names)
    joined = np.concatenate(out) if out else np.zeros(0, np.int64)
    for dtype in (np.int8, np.int16, np.int32):
        if len(names) <= np.iinfo(dtype).max:
            return joined.astype(dtype), blob, offsets
    return joined, blob, offsets


def _gather(blob: Array, offsets: Array, rows: Array) -> tuple[Array, Array]:
    """The given rows of a packed string table: their code units and their lengths."""
    starts = offsets[rows].astype(np.int64)
    sizes = offsets[rows + 1].astype(np.int64) - starts
    return blob[expand(starts, sizes)], sizes


def _offsets(sizes: Array) -> Array:
    out = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=out[1:])
    return narrow_offsets(out)


def _text_arrays(inputs: list[_Input]) -> dict[str, Array]:
    """Normalized texts, the code units normalization changed, and the units kept whole."""
    blobs, sizes, exc_pos, exc_char, exc_count, whole, whole_blob, whole_size = ([] for _ in range(8))
    for item in inputs:
        seg, a = item.segment, item.segment.arrays
        blob, size = _gather(seg.text_blob, seg.text_off, item.units)
        blobs.append(blob)
        sizes.append(size)
        at, count = _gather(np.arange(len(seg.exc_pos)), seg.exc_off, item.units)
        exc_pos.append(np.asarray(seg.exc_pos, dtype=np.int64)[at])
        exc_char.append(seg.exc_char[at])
        exc_count.append(count)
        rows = np.asarray(a["u_whole"], dtype=np.int64)
        kept = np.flatnonzero(item.unit_map[rows] >= 0) if len(rows) else np.zeros(0, np.int64)
        whole.append(item.unit_map[rows[kept]])
        blob, size = _gather(a["u_whole:blob"], a["u_whole:off"], kept)
        whole_blob.append(blob)
        whole_size.append(size)
    position = np.concatenate(exc_pos)
    wide_pos = bool(len(position)) and int(position.max()) >= 2**16
    return {
        "u_text:blob": np.concatenate(blobs).astype(np.uint16),
        "u_text:off": _offsets(np.concatenate(sizes)),
        "u_exc:off": _offsets(np.concatenate(exc_count)),
        "u_exc:pos": position.astype(np.uint32 if wide_pos else np.uint16),
        "u_exc:char": np.concatenate(exc_char).astype(np.uint16),
        "u_whole": np.concatenate(whole).astype(np.int32),
        "u_whole:blob": np.concatenate(whole_blob).astype(np.uint16),
        "u_whole:off": _offsets(np.concatenate(whole_size)),
    }


# postings ------------------------------------------------------------------------------------------------------
def _full_units(uids: Array, starts: Array, blk: Array | None) -> Array:
    """Every posting's unit number in its segment (64-bit), blocks decoded."""
    if blk is None:
        return uids.astype(np.int64)
    return decoded_rows(uids, blk, starts[1:-1], 0)


def _merge_lists(
    keys: list[Array], starts: list[Array], units: list[Array], extras: list[Array] | None, n_units: int
) -> tuple[Array, Array, Array, Array | None, Array | None, list[tuple[Array, Array]]]:
    """Posting lists merged per key: ``units[s]`` the new unit number of each posting of segment ``s``
    (-1: dropped), ``extras[s]`` a value carried along (term frequencies). Returns the union's keys, list
    starts, 16-bit units, the extras, block starts (None for one block) and, per segment, the rows of its
    keys that stayed (its key index, new row)."""
    union = distinct(np.concatenate(keys)) if keys else np.zeros(0, np.uint64)
    counts = np.zeros(len(union), dtype=np.int64)
    empty = np.zeros(len(union), dtype=bool)  # a key listed with no units stays (as the builder left it)
    pieces = []
    for k, s, u in zip(keys, starts, units, strict=True):
        sizes: Array = np.diff(s.astype(np.int64))
        row = np.repeat(np.arange(len(k), dtype=np.int32), sizes)
        keep = u >= 0
        count = np.bincount(row[keep], minlength=len(k))
        at = np.searchsorted(union, k)
        counts[at] += count
        empty[at[sizes == 0]] = True
        pieces.append((at, row[keep], count, keep))
    present = (counts > 0) | empty
    new_row = np.cumsum(present) - 1
    total = counts[present]
    out_start = np.zeros(len(total) + 1, dtype=np.int64)
    np.cumsum(total, out=out_start[1:])
    out_units = np.empty(int(out_start[-1]), dtype=np.int32)
    out_extra = None if extras is None else np.empty(len(out_units), dtype=extras[0].dtype)
    running = out_start[:-1].copy()
    rows_kept = []
    for n, (at, row, count, keep) in enumerate(pieces):
        first = np.cumsum(count) - count
        dest = running[new_row[at[row]]] + np.arange(len(row)) - first[row]
        out_units[dest] = units[n][keep]
        if out_extra is not None and extras is not None:
            out_extra[dest] = extras[n][keep]
        stays = present[at]
        running[new_row[at[stays]]] += count[stays]
        rows_kept.append((np.flatnonzero(stays), new_row[at[stays]]))
    blocks = block_count(n_units)
    blk = _block_starts(out_start, out_units, blocks) if blocks > 1 else None
    low = (out_units & (BLOCK_UNITS - 1)).astype(np.uint16)
    return union[present], narrow_offsets(out_start), low, out_extra, blk, rows_kept


def _block_starts(starts: Array, units: Array, blocks: int) -> Array:
    """Where each block after the first begins in each list (as :func:`~tui.core.index.blocks.block_starts`
    says it): a list's start and how many of its units lie below the boundary."""
    sizes = np.diff(starts)
    rows = np.repeat(np.arange(len(sizes), dtype=np.int32), sizes)
    out = np.empty((len(sizes), blocks - 1), dtype=np.uint32)
    for k in range(1, blocks):
        out[:, k - 1] = starts[:-1] + np.bincount(rows[units < (k << BLOCK_BITS)], minlength=len(sizes))
    return out


def _term_arrays(inputs: list[_Input], n_units: int) -> dict[str, Array]:
    """Term postings and the terms' strings."""
    segs = [i.segment for i in inputs]
    full = [i.unit_map[_full_units(s.t_uids, s.t_start, s.t_blk)] for i, s in zip(inputs, segs, strict=True)]
    keys, starts, low, tfs, blk, rows = _merge_lists(
        [s.t_keys for s in segs], [s.t_start for s in segs], full, [s.t_tfs for s in segs], n_units
    )
    del full
    # each kept key's string, from the first segment that holds it
    source = np.full(len(keys), -1, dtype=np.int64)
    index = np.zeros(len(keys), dtype=np.int64)
    for n, (own, new) in enumerate(rows):
        free = source[new] < 0
        source[new[free]] = n
        index[new[free]] = own[free]
    parts, sizes = [], np.zeros(len(keys), dtype=np.int64)
    for n, seg in enumerate(segs):
        mine = np.flatnonzero(source == n)
        blob, size = _gather(seg.arrays["t_str:blob"], seg.arrays["t_str:off"], index[mine])
        sizes[mine] = size
        parts.append((mine, blob, size))
    blob = _scatter_strings(parts, sizes)
    out = {
        "t_keys": keys.astype(np.uint64),
        "t_start": starts,
        "t_uids": low,
        "t_tfs": np.asarray(tfs, dtype=np.uint8),
        "t_str:blob": blob,
        "t_str:off": _offsets(sizes),
    }
    if blk is not None:
        out["t_blk"] = blk
    return out


def _scatter_strings(parts: list[tuple[Array, Array, Array]], sizes: Array) -> Array:
    """Strings gathered from several tables put in their rows' order: ``parts`` (rows, bytes, sizes)."""
    starts = np.cumsum(sizes) - sizes
    blob = np.empty(int(sizes.sum()), dtype=np.uint8)
    for rows, data, size in parts:
        blob[expand(starts[rows], size)] = data
    return blob


def _gram_arrays(inputs: list[_Input], n_units: int) -> dict[str, Array]:
    """Bigram postings."""
    segs = [i.segment for i in inputs]
    full = [i.unit_map[_full_units(s.g_uids, s.g_start, s.g_blk)] for i, s in zip(inputs, segs, strict=True)]
    codes, starts, low, _, blk, _ = _merge_lists(
        [s.g_codes for s in segs], [s.g_start for s in segs], full, None, n_units
    )
    out = {"g_codes": codes.astype(np.uint64), "g_start": starts, "g_uids": low}
    if blk is not None:
        out["g_blk"] = blk
    return out


# documents -----------------------------------------------------------------------------------------------------
def _record_arrays(inputs: list[_Input]) -> dict[str, Array]:
    """The kept documents' records as written, each with the skeleton it was compressed against (a
    segment built at once has one; a joined one numbers its parts' skeletons, ``d_skel_of``): compressing
    every record again against one skeleton was most of a join's cost. Each record is read once on the way,
    so a damaged one is refused here rather than found by a reader later."""
    records: list[bytes] = []
    skeletons: dict[bytes, int] = {}
    skel_of: list[int] = []
    for item in inputs:
        seg = item.segment
        for doc in item.docs.tolist():
            seg.record_data(doc)  # read once: a damaged record is refused (StorageError)
            records.append(seg.raw_record(doc))
            skel_of.append(skeletons.setdefault(seg.skeleton(doc), len(skeletons)))
    sizes = np.asarray([len(r) for r in records], dtype=np.int64)
    table = list(skeletons) or [b""]
    out = {
        "d_rec:blob": np.frombuffer(b"".join(records), dtype=np.uint8),
        "d_rec:off": _offsets(sizes),
        "d_skel": np.frombuffer(table[0], dtype=np.uint8),
    }
    if len(table) > 1:
        out["d_skels:blob"], out["d_skels:off"] = (
            np.frombuffer(b"".join(table), dtype=np.uint8),
            _offsets(np.asarray([len(t) for t in table], dtype=np.int64)),
        )
        out["d_skel_of"] = np.asarray(skel_of, dtype=np.uint16 if len(table) <= 2**16 else np.uint32)
    return out


def _header_arrays(inputs: list[_Input]) -> tuple[dict[str, str], dict[str, Array]]:
    """The kept documents' header columns, joined."""
    return join_columns("h.", [(i.segment.headers, i.docs) for i in inputs], model_kinds(Document))
