"""Reading a segment: postings, units, documents and figures, straight from its (mapped) arrays.

Postings keep a unit's number within its block of 65,536 units (16 bits): in a segment of more units, the
accessors (:meth:`Segment.term`, :meth:`~Segment.gram`, :meth:`~Segment.char`) add each block's base back
from the block starts stored for every term and bigram, and return 64-bit unit numbers; a segment of one
block returns its 16-bit postings as they are mapped.

A :class:`Segment` is immutable. Which of its documents are still live is not its business: the
collection's manifest says so, and the searcher masks the rest (see :mod:`tui.core.index.searcher`).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from tui.core import schema
from tui.core.index.blocks import block_count, decoded, decoded_rows
from tui.core.index.columns import Columns
from tui.core.index.figstore import FigureStore
from tui.core.index.postings import END_MARK
from tui.core.index.segcheck import check_shapes
from tui.core.index.storage import Array, StorageError, StringTable, Tables, open_tables
from tui.core.index.vector import distinct, expand
from tui.core.index.writer import KIND_BOOST, RECORD, SEGMENT_FORMAT, SegmentData, record_dictionary
from tui.core.model import Document, Figure, changed

LOOKUPS_REMEMBERED = 4096
"""How many terms (and bigrams) a segment remembers the postings of: views of the mapped arrays, so only
the dictionary grows; it is emptied when full."""
WIDE_UNITS_REMEMBERED = 1_000_000
"""At most this many 64-bit unit numbers remembered per segment (8 MB), and as many decoded from blocks."""


class Segment:
    """One segment's arrays with the lookups the searcher and the document store need."""

    def __init__(self, data: SegmentData | Tables, name: str = "") -> None:
        self.name = name
        self.meta = data.meta
        self.arrays = data.arrays
        self.size = data.size if isinstance(data, Tables) else 0
        if self.meta.get("format") != SEGMENT_FORMAT:
            raise StorageError(f"segment {name}: format {self.meta.get('format')}")
        a = self.arrays
        try:
            self.n_units = int(self.meta["units"])
            self.n_docs = int(self.meta["docs"])
            self.kinds: list[str] = list(self.meta["kinds"])
            self.u_doc, self.u_kind, self.u_len = a["u_doc"], a["u_kind"], a["u_len"]
            self.u_heading, self.u_section, self.u_block = a["u_heading"], a["u_section"], a["u_block"]
            self.t_keys, self.t_start, self.t_uids, self.t_tfs = (
                a["t_keys"],
                a["t_start"],
                a["t_uids"],
                a["t_tfs"],
            )
            self.g_codes, self.g_start, self.g_uids = a["g_codes"], a["g_start"], a["g_uids"]
            self.d_units = a["d_units"]
            self.blocks = block_count(self.n_units)
            """Blocks of 65,536 units; with more than one, ``t_blk`` and ``g_blk`` say where each begins."""
            self.t_blk: Array | None = a["t_blk"] if self.blocks > 1 else None
            self.g_blk: Array | None = a["g_blk"] if self.blocks > 1 else None
            self._norms = StringTable(a["u_text:blob"], a["u_text:off"])
            self.text_blob, self.text_off = a["u_text:blob"], a["u_text:off"]
            self.exc_off, self.exc_pos, self.exc_char = a["u_exc:off"], a["u_exc:pos"], a["u_exc:char"]
            self._whole = dict(zip(a["u_whole"].tolist(), range(len(a["u_whole"])), strict=True))
            self._whole_texts = StringTable(a["u_whole:blob"], a["u_whole:off"])
            self._sections = StringTable(a["u_section:blob"], a["u_section:off"])
            self._blocks = StringTable(a["u_block:blob"], a["u_block:off"])
            self.terms = StringTable(a["t_str:blob"], a["t_str:off"])
            self.headers = Columns("h.", self.meta["header"], a, self.n_docs)
            self.figures: FigureStore | None = None
            """This segment's figures, when they have been found (see :mod:`~tui.core.index.figstore`)."""
        except KeyError as exc:
            raise StorageError(f"segment {name}: missing {exc}") from None
        self._section_names: list[str | None] | None = None
        self._headings: dict[int, str] = {}
        self._unit_boost: Array | None = None
        self._block_names: list[str | None] | None = None
        self._term_memo: dict[int, tuple[Array, Array]] = {}
        self._wide_memo: dict[int, Array] = {}
        self._wide_size = 0
        self._gram_memo: dict[int, Array | None] = {}
        self._decoded_size = 0
        """Unit numbers decoded from blocks held by the memos above (bounded like ``_wide_memo``)."""
        self.boost = np.asarray([KIND_BOOST.get(k, 1.0) for k in self.kinds], dtype=np.float64)
        check_shapes(self)

    @classmethod
    def open(cls, path: Path, verify: bool = True) -> Segment:
        """Map a segment file; StorageError when it is missing or damaged."""
        return cls(open_tables(path, verify=verify), path.name)

    # postings -----------------------------------------------------------------------------------------------
    def term(self, key: int) -> tuple[Array, Array]:
        """(units, term frequencies) of the term with this key; empty when the segment lacks it (looked up
        once until :meth:`forget_lookups`: a query asks for the same term to weigh, match and score it)."""
        found = self._term_memo.get(key)
        if found is None:
            if len(self._term_memo) >= LOOKUPS_REMEMBERED:
                self._term_memo.clear()
            found = self._find_term(key)
            self._remember_decoded(len(found[0]))
            self._term_memo[key] = found
        return found

    def _remember_decoded(self, size: int) -> None:
        """Make room for ``size`` more unit numbers decoded from blocks (none in a segment of one block:
        its postings are views of the mapped arrays)."""
        if self.blocks == 1:
            return
        if self._decoded_size + size > WIDE_UNITS_REMEMBERED:
            self._term_memo.clear()
            self._gram_memo.clear()
            self._decoded_size = 0
        self._decoded_size += size

    def term_units(self, key: int) -> Array:
        """The units of the term with this key as 64-bit numbers (what matching combines), remembered as
        :meth:`term` is, within :data:`WIDE_UNITS_REMEMBERED` unit numbers."""
        units = self.term(key)[0]
        if units.dtype == np.int64:  # decoded from blocks: already 64-bit, remembered with the term
            return units
        found = self._wide_memo.get(key)
        if found is None:
            found = units.astype(np.int64)
            if (
                self._wide_size + len(found) > WIDE_UNITS_REMEMBERED
                or len(self._wide_memo) >= LOOKUPS_REMEMBERED
            ):
                self._wide_memo.clear()
                self._wide_size = 0
            found.flags.writeable = False
            self._wide_memo[key] = found
            self._wide_size += len(found)
        return found

    def forget_lookups(self) -> None:
        """Forget the terms and bigrams looked up so far (a benchmark of queries never seen)."""
        self._term_memo.clear()
        self._wide_memo.clear()
        self._wide_size = 0
        self._gram_memo.clear()
        self._decoded_size = 0

    def look_up(self, keys: Sequence[int]) -> None:
        """Look up these terms at once (one search of the dictionary), for :meth:`term` to find them
        remembered."""
        keys = [k for k in dict.fromkeys(keys) if k not in self._term_memo][:LOOKUPS_REMEMBERED]
        if len(self._term_memo) + len(keys) > LOOKUPS_REMEMBERED:
            self._term_memo.clear()
        if not keys:
            return
        # one search for them all; a comparison per key in Python costs less than array passes, for a few
        at = self.t_keys.searchsorted(np.asarray(keys, dtype=np.uint64)).tolist()
        for key, i in zip(keys, at, strict=True):
            found = self._term_at(key, i)
            self._remember_decoded(len(found[0]))
            self._term_memo[key] = found

    def _find_term(self, key: int) -> tuple[Array, Array]:
        return self._term_at(key, int(self.t_keys.searchsorted(np.uint64(key))))

    def _term_at(self, key: int, i: int) -> tuple[Array, Array]:
        """(units, tfs) of the term with this key, ``i`` where a search of the dictionary put it: views of
        the mapped arrays, or in a segment of several blocks its unit numbers decoded."""
        a, b = _span(self.t_keys, self.t_start, key, i)
        if self.t_blk is None:
            return self.t_uids[a:b], self.t_tfs[a:b]
        return decoded(self.t_uids[a:b], self.t_blk[i] if a < b else None, a), self.t_tfs[a:b]

    def gram(self, code: int) -> Array | None:
        """Units holding this bigram (ascending), or None when no unit does (remembered as :meth:`term`)."""
        if code in self._gram_memo:
            return self._gram_memo[code]
        if len(self._gram_memo) >= LOOKUPS_REMEMBERED:
            self._gram_memo.clear()
        found = self._find_gram(code)
        self._remember_decoded(0 if found is None else len(found))
        self._gram_memo[code] = found
        return found

    def _find_gram(self, code: int) -> Array | None:
        i = int(self.g_codes.searchsorted(np.uint64(code)))
        a, b = _span(self.g_codes, self.g_start, code, i)
        if a == b:  # a bigram the segment holds has units
            return None
        return self.g_uids[a:b] if self.g_blk is None else decoded(self.g_uids[a:b], self.g_blk[i], a)

    def char(self, ch: str) -> Array:
        """Units holding the character ``ch`` (every bigram that starts with it, the end mark included)."""
        low = np.uint64(ord(ch) << 21)
        high = np.uint64((ord(ch) << 21) | END_MARK)
        a = int(np.searchsorted(self.g_codes, low, side="left"))
        b = int(np.searchsorted(self.g_codes, high, side="right"))
        lo, hi = int(self.g_start[a]), int(self.g_start[b])
        if self.g_blk is None:
            return distinct(self.g_uids[lo:hi])
        return distinct(decoded_rows(self.g_uids[lo:hi], self.g_blk[a:b], self.g_start[a + 1 : b], lo))

    # units ---------------------------------------------------------------------------------------------------
    def text(self, uid: int) -> str:
        """The text of a unit, as written."""
        return self.texts(np.asarray([uid]))[0]

    def texts_and_norms(self, uids: Array) -> tuple[list[str], list[str]]:
        """The texts of several units as written, and normalized (gathered and decoded at once)."""
        off = self.text_off
        starts = off[uids].astype(np.int64)
        sizes = off[uids + 1].astype(np.int64) - starts
        norm = self.text_blob[expand(starts, sizes)]
        raw = norm.copy()
        x, y = self.exc_off[uids].astype(np.int64), self.exc_off[uids + 1].astype(np.int64)
        if int((y - x).sum()):
            at = expand(x, y - x)
            base = np.repeat(np.cumsum(sizes) - sizes, y - x)
            raw[base + self.exc_pos[at].astype(np.int64)] = self.exc_char[at]
        ends = np.cumsum(sizes).tolist()
        if ((norm >= 0xD800) & (norm < 0xE000)).any():  # surrogate pairs: code units are not characters
            norm_bytes, raw_bytes = norm.tobytes(), raw.tobytes()
            bounds = list(zip([0, *ends[:-1]], ends, strict=True))
            norms = [str(norm_bytes[2 * a : 2 * b], "utf-16-le") for a, b in bounds]
            texts = [str(raw_bytes[2 * a : 2 * b], "utf-16-le") for a, b in bounds]
        else:
            norm_text, raw_text = str(norm.tobytes(), "utf-16-le"), str(raw.tobytes(), "utf-16-le")
            bounds = list(zip([0, *ends[:-1]], ends, strict=True))
            norms = [norm_text[a:b] for a, b in bounds]
            texts = [raw_text[a:b] for a, b in bounds]
        if self._whole:
            for i, uid in enumerate(uids.tolist()):
                if uid in self._whole:
                    texts[i] = self._whole_texts[self._whole[uid]]
        return texts, norms

    def texts(self, uids: Array) -> list[str]:
        """The texts of several units, as written (normalized text with the changed code units put back)."""
        return self.texts_and_norms(uids)[0]

    def norm_texts(self, uids: Array) -> list[str]:
        """The normalized texts of several units (what matching and highlighting read)."""
        return self._norms.many(uids)

    def contains(self, uids: Array, text: str) -> Array:
        """Which of the units ``uids`` hold ``text`` in their normalized text (one numpy pass per character
        of ``text`` over the candidates' text, narrowing as it goes)."""
        if len(uids) < 48:  # a few: decoding them is cheaper than setting up the vectorized scan
            return np.fromiter((text in t for t in self._norms.many(uids)), dtype=bool, count=len(uids))
        pattern = np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16)
        found = np.zeros(len(uids), dtype=bool)
        m = len(pattern)
        if not m:
            return found
        starts = self.text_off[uids].astype(np.int64)
        counts = np.maximum(self.text_off[uids + 1].astype(np.int64) - starts - (m - 1), 0)
        for lo in range(0, len(uids), 4096):  # bounded temporaries, however many candidates
            part = slice(lo, lo + 4096)
            at = expand(starts[part], counts[part])
            owner = np.repeat(np.arange(lo, min(lo + 4096, len(uids))), counts[part])
            for j in range(m):
                keep = self.text_blob[at + j] == pattern[j]
                at, owner = at[keep], owner[keep]
                if not len(at):
                    break
            found[owner] = True
        return found

    def kind(self, uid: int) -> str:
        """title, heading, paragraph, question, answer or point."""
        return self.kinds[int(self.u_kind[uid])]

    def section(self, uid: int) -> str | None:
        """The id of the unit's section (None for a title)."""
        code = int(self.u_section[uid])
        return None if code < 0 else self._sections[code]

    def block(self, uid: int) -> str | None:
        """The id of the unit's block (None for titles and headings)."""
        code = int(self.u_block[uid])
        return None if code < 0 else self._blocks[code]

    def unit_boost(self) -> Array:
        """The boost of every unit, by its kind (built on first use)."""
        if self._unit_boost is None:
            self._unit_boost = self.boost[self.u_kind]
        return self._unit_boost

    def section_name(self, code: int) -> str | None:
        """A section id by its code (None for -1)."""
        return self.section_names()[code]

    def block_name(self, code: int) -> str | None:
        """A block id by its code (None for -1)."""
        return self.block_names()[code]

    def section_names(self) -> list[str | None]:
        """Every section id by its code, and None last: code -1 (no section) reads None (built on first use)."""
        if self._section_names is None:
            self._section_names = [*self._sections.all(), None]
        return self._section_names

    def block_names(self) -> list[str | None]:
        """Every block id by its code, and None last: code -1 (no block) reads None (built on first use)."""
        if self._block_names is None:
            self._block_names = [*self._blocks.all(), None]
        return self._block_names

    def heading(self, uid: int) -> str | None:
        """The heading of the unit's section, when it has one."""
        return self.heading_text(int(self.u_heading[uid]))

    def heading_text(self, at: int) -> str | None:
        """The text of a heading unit by its number (None for -1), remembered."""
        if at < 0:
            return None
        found = self._headings.get(at)
        if found is None:
            found = self._headings[at] = self.text(at)
        return found

    def heading_texts(self, ats: Array) -> list[str | None]:
        """The texts of heading units by their numbers (None for -1): the ones not remembered yet are
        gathered and decoded at once, then remembered."""
        codes = ats.tolist()
        missing = [at for at in dict.fromkeys(codes) if at >= 0 and at not in self._headings]
        if missing:
            self._headings.update(zip(missing, self.texts(np.asarray(missing, dtype=np.int64)), strict=True))
        return [None if at < 0 else self._headings[at] for at in codes]

    def doc_units(self, doc: int) -> tuple[int, int]:
        """The range of units of a local document."""
        return int(self.d_units[doc]), int(self.d_units[doc + 1])

    # documents -------------------------------------------------------------------------------------------------
    def skeleton(self, doc: int) -> bytes:
        """The model a local document's record is compressed against: the segment's one skeleton, or, in a
        segment joined from others (:mod:`~tui.core.index.concat`), the skeleton of the part it came from
        (``d_skel_of`` numbers them in ``d_skels``: records are joined as written, never compressed again)."""
        a = self.arrays
        if "d_skel_of" not in a:
            return bytes(a["d_skel"].tobytes())
        at = int(a["d_skel_of"][doc])
        off = a["d_skels:off"]
        return bytes(a["d_skels:blob"][int(off[at]) : int(off[at + 1])].tobytes())

    def raw_record(self, doc: int) -> bytes:
        """A local document's record as stored (compressed against :meth:`skeleton` and its units)."""
        offsets = self.arrays["d_rec:off"]
        return bytes(self.arrays["d_rec:blob"][int(offsets[doc]) : int(offsets[doc + 1])].tobytes())

    def record_data(self, doc: int) -> tuple[str, bytes]:
        """A local document's text and model JSON, decompressed from its record; StorageError when the record
        cannot be read."""
        a, b = self.doc_units(doc)
        zdict = record_dictionary(self.skeleton(doc), self._norms.joined(a, b))
        try:
            unpacker = zlib.decompressobj(zdict=zdict) if zdict else zlib.decompressobj()
            data = unpacker.decompress(self.raw_record(doc)) + unpacker.flush()
            (size,) = RECORD.unpack_from(data)
            if RECORD.size + size > len(data):
                raise ValueError("its text is cut short")
            return data[RECORD.size : RECORD.size + size].decode("utf-8"), data[RECORD.size + size :]
        except (zlib.error, struct.error, UnicodeDecodeError, ValueError) as exc:
            raise StorageError(f"segment {self.name}: document {doc} ({exc})") from None

    def document(self, doc: int) -> Document:
        """The parsed document, decoded from its record (validated against today's models)."""
        text, payload = self.record_data(doc)
        try:
            document = schema.document_from_json(payload)
        except ValueError as exc:
            raise StorageError(f"segment {self.name}: document {doc} ({exc})") from None
        return changed(document, text=text)

    def document_figures(self, doc: int) -> list[Figure]:
        """A local document's figures, in reading order: from the figure file when there is one, else found
        now from the stored document (not kept)."""
        if self.figures is not None:
            return self.figures.document_figures(doc)
        from tui.core.figures import extract

        return extract(self.document(doc))


def _span(keys: Array, starts: Array, key: int, i: int) -> tuple[int, int]:
    """The (start, end) of a key's postings in a sorted dictionary, ``i`` where a search put it; (0, 0) when
    the dictionary lacks it."""
    if i < len(keys) and int(keys[i]) == key:
        return int(starts[i]), int(starts[i + 1])
    return 0, 0
