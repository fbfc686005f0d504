"""Postings as a segment is written: the terms and bigrams of each unit, gathered chunk by chunk, and the
keys a query looks them up by (a query word's bigrams, a speaker's terms).

Unit numbers are local: a segment holds at most :data:`MAX_UNITS` units (22 bits, what a bigram's key
leaves). Postings keep only the low 16 bits of each unit number, with where each block of 65,536 units
begins in every list when a segment has more (see :mod:`tui.core.index.blocks`).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from tui.core import tokens
from tui.core.index.batchcut import batch_terms
from tui.core.index.blocks import BLOCK_UNITS, block_count, block_starts
from tui.core.index.dictionary import Dictionary, string_key
from tui.core.index.storage import Array, narrow_offsets, pack_strings
from tui.core.index.vector import distinct
from tui.core.index.wordcut import Cutter

MAX_UNITS = (1 << 22) - 1
"""At most this many units in a segment: a bigram's key keeps 22 bits for the unit."""
END_MARK = 0x1FFFFF
"""The second character of a unit's last bigram: above every code point, so it pairs with nothing else."""
_CHUNK_CHARS = 300_000
_TERM_SHIFT = 30
"""A term posting packed for sorting: term id << 30 | unit << 8 | frequency."""


def uid_type(n: int) -> type[np.unsignedinteger[Any]]:
    """The narrowest unsigned type for numbers below ``n``, 16 or 32 bits."""
    return np.uint16 if n <= BLOCK_UNITS else np.uint32


def chunks(texts: list[str]) -> Iterator[tuple[int, int]]:
    """Ranges of units of about :data:`_CHUNK_CHARS` characters (what a batch of segmentation holds)."""
    start = 0
    while start < len(texts):
        end, size = start, 0
        while end < len(texts) and (size < _CHUNK_CHARS or end == start):
            size += len(texts[end]) + 1
            end += 1
        yield start, end
        start = end


class Postings:
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
        packed = np.empty(sum(len(k) for k in self.term_keys), dtype=np.uint64)
        at = 0
        while (
            self.term_keys
        ):  # chunk by chunk, each dropped once packed: term id, unit (22 bits), tf (8 bits)
            part = packed[at : at + len(self.term_keys[-1])]
            part[:] = np.searchsorted(terms, self.term_keys.pop())
            part <<= np.uint64(_TERM_SHIFT)
            part |= self.term_units.pop().astype(np.uint64) << np.uint64(8)
            part |= self.term_tfs.pop()
            at += len(part)
        packed.sort()
        lengths = self.lengths
        out = {
            "u_len": lengths.astype(np.uint16 if not n or int(lengths.max()) < 2**16 else np.uint32),
            "t_keys": terms,
            "t_start": narrow_offsets(
                np.searchsorted(packed, np.arange(len(terms) + 1, dtype=np.uint64) << np.uint64(_TERM_SHIFT))
            ),
            "t_uids": _bits(packed, 8, BLOCK_UNITS - 1, np.uint16),
            "t_tfs": _bits(packed, 0, 0xFF, np.uint8),
            "t_str:blob": blob,
            "t_str:off": offsets,
        }
        blocks = block_count(n)
        if blocks > 1:
            out["t_blk"] = block_starts(packed, np.arange(len(terms)), _TERM_SHIFT, 8, blocks)
        del packed
        grams = np.empty(sum(len(g) for g in self.grams), dtype=np.uint64)
        at = len(grams)
        while self.grams:  # each chunk dropped once copied
            chunk = self.grams.pop()
            at -= len(chunk)
            grams[at : at + len(chunk)] = chunk
        grams.sort(kind="stable")  # sorted runs, one per chunk: merged
        starts = _run_heads(grams, 22)
        out["g_codes"] = grams[starts] >> np.uint64(22)
        out["g_start"] = narrow_offsets(np.append(starts, len(grams)).astype(np.int64))
        out["g_uids"] = _bits(grams, 0, BLOCK_UNITS - 1, np.uint16)
        if blocks > 1:
            out["g_blk"] = block_starts(grams, out["g_codes"], 22, 0, blocks)
        return out


_STEP = 1 << 20
"""Elements of a 64-bit array worked on at once where a whole-array temporary would be large."""


def _bits(values: Array, shift: int, mask: int, dtype: type[np.unsignedinteger[Any]]) -> Array:
    """``(values >> shift) & mask`` as ``dtype``, a slice at a time (no temporary as large as ``values``)."""
    out = np.empty(len(values), dtype=dtype)
    for lo in range(0, len(values), _STEP):
        out[lo : lo + _STEP] = (values[lo : lo + _STEP] >> np.uint64(shift)) & np.uint64(mask)
    return out


def _run_heads(values: Array, shift: int) -> Array:
    """Where each run of equal ``values >> shift`` starts in a sorted array, a slice at a time."""
    change = np.empty(len(values), dtype=bool)
    if len(values):
        change[0] = True
    for lo in range(1, len(values), _STEP):
        high = values[lo - 1 : lo + _STEP] >> np.uint64(shift)
        np.not_equal(high[1:], high[:-1], out=change[lo : lo + len(high) - 1])
    return np.flatnonzero(change)


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
