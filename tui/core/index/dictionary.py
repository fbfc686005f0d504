"""jieba's prefix dictionary without jieba: sorted string keys and frequencies, mapped from the cache.

jieba builds its prefix dictionary (``FREQ``) in about 0.75 s on every start. Here the table, after the
domain dictionary is loaded, and the HMM tables of ``finalseg`` are kept as a :class:`Dictionary` of sorted
62-bit string hashes and frequencies, written once per dictionary version and memory-mapped afterwards;
:mod:`tui.core.index.wordcut` and :mod:`tui.core.index.batchcut` replay jieba's algorithm over it.

String hashes (:func:`string_key`) are polynomial hashes modulo two primes below 2**31, combined into 62
bits; the same function keys the terms of the index, so a query term is looked up without ever holding the
vocabulary as Python strings.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np

from tui.core.index.storage import Array, Tables, open_tables, write_tables

P1 = 2147483647
P2 = 2147483629
B1 = 1315423911 % P1
B2 = 2654435761 % P2
MIX = 0x9E3779B97F4A7C15
_MASK64 = (1 << 64) - 1
_BUCKET_SHIFT = 44
DICTIONARY_FORMAT = 2
STATES = "BMES"
"""The HMM's states (begin, middle, end of a word, single), in the order of the emission table's rows."""


def string_key(text: str) -> int:
    """The 64-bit key of a string: polynomial hashes of ``ord(ch) + 1`` modulo the primes P1 and P2,
    joined as ``(h1 << 31) | h2`` and spread over 64 bits by an odd multiplier (a bijection)."""
    h1 = h2 = 0
    for ch in text:
        v = ord(ch) + 1
        h1 = (h1 * B1 + v) % P1
        h2 = (h2 * B2 + v) % P2
    return (((h1 << 31) | h2) * MIX) & _MASK64


def keys_of(codes: Array, starts: Array, lengths: Array) -> Array:
    """Vectorized :func:`string_key` of the substrings ``codes[starts[i] : starts[i] + lengths[i]]``.

    ``codes`` are code points (any unsigned dtype); returns uint64 keys.
    """
    n = len(starts)
    h1 = np.zeros(n, dtype=np.uint64)
    h2 = np.zeros(n, dtype=np.uint64)
    if n == 0:
        return h1
    values = codes.astype(np.uint64) + np.uint64(1)
    starts64 = starts.astype(np.int64)
    lengths64 = lengths.astype(np.int64)
    alive = np.arange(n)
    for j in range(int(lengths64.max())):
        alive = alive[lengths64[alive] > j]
        v = values[starts64[alive] + j]
        h1[alive] = (h1[alive] * np.uint64(B1) + v) % np.uint64(P1)
        h2[alive] = (h2[alive] * np.uint64(B2) + v) % np.uint64(P2)
    return join_keys(h1, h2)


def join_keys(h1: Array, h2: Array) -> Array:
    """The keys of :func:`string_key` from the two polynomial hashes (uint64 arithmetic wraps, as it should)."""
    return ((h1 << np.uint64(31)) | h2) * np.uint64(MIX)


class Dictionary:
    """jieba's prefix dictionary and HMM tables, as arrays (built from jieba once, then mapped).

    ``keys`` are the sorted :func:`string_key` of every entry of ``FREQ`` (words and their prefixes),
    ``freq`` their frequencies (0 for a prefix that is no word). ``emit_chars`` / ``emit`` hold the HMM
    emission log-probabilities per state (B, M, E, S), NaN where jieba has none.
    """

    def __init__(self, meta: dict[str, Any], arrays: dict[str, Array]) -> None:
        self.total = int(meta["total"])
        self.logtotal = math.log(self.total)
        self.version = str(meta.get("version", ""))
        self.start_p: dict[str, float] = {k: float(v) for k, v in meta["start_p"].items()}
        self.trans_p: dict[str, dict[str, float]] = {
            k: {kk: float(vv) for kk, vv in v.items()} for k, v in meta["trans_p"].items()
        }
        self.force_split = frozenset(meta.get("force_split", []))
        self.keys = arrays["keys"]
        values, codes = arrays["freq_values"], arrays["freq_codes"]
        self.freq = values[codes] if len(codes) else np.zeros(0, dtype=np.uint32)
        self.emit_chars = arrays["emit_chars"]
        self.emit = arrays["emit"]
        self._emit_p: dict[str, dict[str, float]] | None = None
        self._buckets: Array | None = None
        self._logp: Array | None = None
        self._chars: Array | None = None
        if len(self.keys) != len(self.freq) or self.emit.shape != (4, len(self.emit_chars)):
            raise ValueError("dictionary arrays")

    # building and storing -----------------------------------------------------------------------------------
    @classmethod
    def from_jieba(cls, tokenizer: Any, version: str = "") -> Dictionary:
        """Snapshot an initialized jieba tokenizer (``jieba.dt``) and ``jieba.finalseg``'s tables."""
        from jieba import finalseg

        words = list(tokenizer.FREQ)
        freq = np.fromiter((tokenizer.FREQ[w] for w in words), dtype=np.int64, count=len(words))
        if len(freq) and (int(freq.min()) < 0 or int(freq.max()) >= 2**32):
            raise ValueError("jieba frequencies out of range")
        codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        starts = np.zeros(len(words), dtype=np.int64)
        if len(words):
            np.cumsum(lengths[:-1], out=starts[1:])
        keys = keys_of(codes, starts, lengths)
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        if len(keys) > 1 and bool((keys[1:] == keys[:-1]).any()):
            raise ValueError("two dictionary words share a key")
        chars = sorted({ch for table in finalseg.emit_P.values() for ch in table})
        emit = np.full((4, len(chars)), np.nan, dtype=np.float64)
        for row, state in enumerate(STATES):
            table = finalseg.emit_P[state]
            emit[row] = [table.get(ch, np.nan) for ch in chars]
        meta = {
            "format": DICTIONARY_FORMAT,
            "version": version,
            "total": int(tokenizer.total),
            "start_p": dict(finalseg.start_P),
            "trans_p": {k: dict(v) for k, v in finalseg.trans_P.items()},
            "force_split": sorted(finalseg.Force_Split_Words),
        }
        ordered = freq[order].astype(np.uint32)
        values = np.unique(ordered)
        arrays = {
            "keys": keys,
            "freq_values": values,
            "freq_codes": np.searchsorted(values, ordered),
            "emit_chars": np.asarray([ord(c) for c in chars], dtype=np.uint32),
            "emit": emit,
        }
        return cls(meta, arrays)

    def save(self, path: Path) -> int:
        """Write the dictionary to ``path`` (atomically); its size in bytes."""
        meta = {
            "format": DICTIONARY_FORMAT,
            "version": self.version,
            "total": self.total,
            "start_p": self.start_p,
            "trans_p": self.trans_p,
            "force_split": sorted(self.force_split),
        }
        values = np.unique(self.freq)  # a few thousand distinct frequencies: stored once, coded per entry
        codes = np.searchsorted(values, self.freq).astype(np.uint16 if len(values) <= 65536 else np.uint32)
        arrays = {
            "keys": self.keys,
            "freq_values": values.astype(np.uint32),
            "freq_codes": codes,
            "emit_chars": self.emit_chars,
            "emit": self.emit,
        }
        return write_tables(path, meta, arrays)

    @classmethod
    def load(cls, path: Path, version: str) -> Dictionary:
        """Map a dictionary saved by :meth:`save`; ValueError when missing, damaged or of another version."""
        tables: Tables = open_tables(path)
        if tables.meta.get("format") != DICTIONARY_FORMAT or tables.meta.get("version") != version:
            raise ValueError("dictionary version")
        try:
            return cls(tables.meta, tables.arrays)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"dictionary meta ({exc})") from None

    # lookups ----------------------------------------------------------------------------------------------------
    def entries(self, keys: Array) -> Array:
        """Entry numbers of many keys at once (-1 where a key is not in the dictionary).

        A table of 2**20 buckets over the sorted keys (built on first use, ~40 ms) makes each lookup a
        probe or two instead of a binary search.
        """
        out = np.full(len(keys), -1, dtype=np.int64)
        if len(self.keys) == 0 or len(keys) == 0:
            return out
        if self._buckets is None:
            bounds = np.arange((1 << (64 - _BUCKET_SHIFT)) + 1, dtype=np.uint64) << np.uint64(_BUCKET_SHIFT)
            buckets = np.searchsorted(self.keys, bounds[:-1]).astype(np.int64)
            self._buckets = np.append(buckets, len(self.keys))
        bucket = (keys >> np.uint64(_BUCKET_SHIFT)).astype(np.int64)
        lo, hi = self._buckets[bucket], self._buckets[bucket + 1]
        todo = np.flatnonzero(lo < hi)
        while len(todo):
            at = lo[todo]
            hit = self.keys[at] == keys[todo]
            out[todo[hit]] = at[hit]
            lo[todo] += 1
            todo = todo[~hit & (lo[todo] < hi[todo])]
        return out

    def lookup(self, keys: Array) -> Array:
        """Frequencies of many keys at once: -1 where a key is not in the dictionary."""
        entries = self.entries(keys)
        out = np.full(len(keys), -1, dtype=np.int64)
        hit = entries >= 0
        out[hit] = self.freq[entries[hit]]
        return out

    def logp(self) -> Array:
        """``log(freq) - log(total)`` of every entry, as jieba computes it (``math.log``, the same floats)."""
        if self._logp is None:
            values = np.unique(self.freq)  # a few thousand small integers
            logs = np.asarray([math.log(f) - self.logtotal if f else math.nan for f in values.tolist()])
            self._logp = logs[np.searchsorted(values, self.freq)]
        return self._logp

    def char_entries(self) -> Array:
        """The entry of every character of the Basic Multilingual Plane as a word of its own (-1: none)."""
        if self._chars is None:
            codes = np.arange(65536, dtype=np.uint64) + np.uint64(1)
            self._chars = self.entries(join_keys(codes % np.uint64(P1), codes % np.uint64(P2)))
        return self._chars

    def get(self, key: int) -> int | None:
        """The frequency of one key, or None when it is not in the dictionary."""
        keys = self.keys
        i = int(np.searchsorted(keys, np.uint64(key)))
        if i < len(keys) and int(keys[i]) == key:
            return int(self.freq[i])
        return None

    def emit_p(self) -> dict[str, dict[str, float]]:
        """The HMM emission tables as jieba's dicts (built on first use, about 5 ms)."""
        if self._emit_p is None:
            chars = [chr(c) for c in self.emit_chars.tolist()]
            tables: dict[str, dict[str, float]] = {}
            for row, state in enumerate(STATES):
                values = self.emit[row].tolist()
                tables[state] = {ch: v for ch, v in zip(chars, values, strict=True) if v == v}
            self._emit_p = tables
        return self._emit_p
