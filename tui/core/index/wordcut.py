"""jieba's segmentation without jieba: its prefix dictionary mapped from the cache, its algorithm replayed.

jieba costs about 0.13 s to import and 0.75 s to build its prefix dictionary, on every start. Here the
dictionary (the ``FREQ`` table after the domain dictionary is loaded, and the HMM tables of ``finalseg``) is
kept as a :class:`Dictionary` of sorted 62-bit string hashes and frequencies, written once per dictionary
version and memory-mapped afterwards. Two exact replays of ``jieba.cut`` / ``cut_for_search`` (HMM on) run
over it:

- :class:`Cutter` is the algorithm line by line in Python, for queries (a few words, microseconds);
- :mod:`tui.core.index.batchcut` runs the same algorithm vectorized with numpy over whole batches of text
  for indexing, several times faster than jieba.

Both are tested against jieba itself on thousands of strings. String hashes (:func:`string_key`) are
polynomial hashes modulo two primes below 2**31, combined into 62 bits; the same function keys the terms of
the index, so a query term is looked up without ever holding the vocabulary as Python strings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
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
MIN_FLOAT = -3.14e100
DICTIONARY_FORMAT = 2

RE_HAN_DEFAULT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
RE_SKIP_DEFAULT = re.compile("(\r\n|\\s)", re.U)
RE_HAN_HMM = re.compile("([\u4e00-\u9fd5]+)")
RE_SKIP_HMM = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_PREV_STATUS = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}
_STATES = "BMES"


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
        for row, state in enumerate(_STATES):
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
            for row, state in enumerate(_STATES):
                values = self.emit[row].tolist()
                tables[state] = {ch: v for ch, v in zip(chars, values, strict=True) if v == v}
            self._emit_p = tables
        return self._emit_p


class Cutter:
    """``jieba.cut`` (HMM on) and ``jieba.cut_for_search`` replayed over a :class:`Dictionary`.

    Lookups are memoized per instance, so a cutter that lives for a session grows with the distinct
    substrings of what it has cut (a bound keeps it small).
    """

    _MEMO_LIMIT = 200_000

    def __init__(self, dictionary: Dictionary) -> None:
        self.d = dictionary
        self._freq: dict[str, int | None] = {}
        self._hmm: dict[str, list[str]] = {}

    def freq(self, word: str) -> int | None:
        """jieba's ``FREQ.get(word)``: None when absent, 0 for a prefix, else the word's frequency."""
        memo = self._freq
        if word in memo:
            return memo[word]
        if len(memo) > self._MEMO_LIMIT:
            memo.clear()
        found = self.d.get(string_key(word))
        memo[word] = found
        return found

    # jieba.Tokenizer -----------------------------------------------------------------------------------------
    def _dag(self, sentence: str) -> dict[int, list[int]]:
        dag: dict[int, list[int]] = {}
        n = len(sentence)
        for k in range(n):
            found: list[int] = []
            i = k
            frag = sentence[k]
            f = self.freq(frag)
            while i < n and f is not None:
                if f:
                    found.append(i)
                i += 1
                frag = sentence[k : i + 1]
                f = self.freq(frag) if i < n else None
            if not found:
                found.append(k)
            dag[k] = found
        return dag

    def _route(self, sentence: str, dag: dict[int, list[int]]) -> dict[int, tuple[float, int]]:
        n = len(sentence)
        route: dict[int, tuple[float, int]] = {n: (0, 0)}
        logtotal = self.d.logtotal
        for idx in range(n - 1, -1, -1):
            route[idx] = max(
                (math.log(self.freq(sentence[idx : x + 1]) or 1) - logtotal + route[x + 1][0], x)
                for x in dag[idx]
            )
        return route

    def _cut_dag(self, sentence: str) -> Iterator[str]:
        route = self._route(sentence, self._dag(sentence))
        x = 0
        buf = ""
        n = len(sentence)
        while x < n:
            y = route[x][1] + 1
            word = sentence[x:y]
            if y - x == 1:
                buf += word
            else:
                if buf:
                    yield from self._flush(buf)
                    buf = ""
                yield word
            x = y
        if buf:
            yield from self._flush(buf)

    def _flush(self, buf: str) -> list[str]:
        if len(buf) == 1:
            return [buf]
        if not self.freq(buf):
            return self.hmm(buf)
        return list(buf)

    def cut(self, sentence: str) -> list[str]:
        """``jieba.lcut(sentence)``: the words of the default mode, HMM on."""
        out: list[str] = []
        for blk in RE_HAN_DEFAULT.split(sentence):
            if not blk:
                continue
            if RE_HAN_DEFAULT.match(blk):
                out.extend(self._cut_dag(blk))
            else:
                for x in RE_SKIP_DEFAULT.split(blk):
                    if RE_SKIP_DEFAULT.match(x):
                        out.append(x)
                    else:
                        out.extend(x)
        return out

    def cut_for_search(self, sentence: str) -> list[str]:
        """``jieba.lcut_for_search(sentence)``: every word, preceded by its 2- and 3-grams that are words."""
        out: list[str] = []
        for w in self.cut(sentence):
            if len(w) > 2:
                out.extend(g for g in (w[i : i + 2] for i in range(len(w) - 1)) if self.freq(g))
            if len(w) > 3:
                out.extend(g for g in (w[i : i + 3] for i in range(len(w) - 2)) if self.freq(g))
            out.append(w)
        return out

    # jieba.finalseg ----------------------------------------------------------------------------------------------
    def hmm(self, sentence: str) -> list[str]:
        """``list(jieba.finalseg.cut(sentence))`` (memoized)."""
        found = self._hmm.get(sentence)
        if found is None:
            if len(self._hmm) > self._MEMO_LIMIT:
                self._hmm.clear()
            found = list(self._hmm_cut(sentence))
            self._hmm[sentence] = found
        return found

    def _hmm_cut(self, sentence: str) -> Iterator[str]:
        force = self.d.force_split
        for blk in RE_HAN_HMM.split(sentence):
            if RE_HAN_HMM.match(blk):
                for word in self._viterbi_words(blk):
                    if word not in force:
                        yield word
                    else:
                        yield from word
            else:
                for x in RE_SKIP_HMM.split(blk):
                    if x:
                        yield x

    def _viterbi_words(self, sentence: str) -> Iterator[str]:
        _, pos_list = viterbi(sentence, self.d.start_p, self.d.trans_p, self.d.emit_p())
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield sentence[begin : i + 1]
                nexti = i + 1
            elif pos == "S":
                yield char
                nexti = i + 1
        if nexti < len(sentence):
            yield sentence[nexti:]


def viterbi(
    obs: str,
    start_p: dict[str, float],
    trans_p: dict[str, dict[str, float]],
    emit_p: dict[str, dict[str, float]],
) -> tuple[float, list[str]]:
    """``jieba.finalseg.viterbi`` over the states B, M, E, S, step for step (the same floats, the same ties)."""
    v: list[dict[str, float]] = [{}]
    path: dict[str, list[str]] = {}
    for y in _STATES:
        v[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        path[y] = [y]
    for t in range(1, len(obs)):
        v.append({})
        newpath: dict[str, list[str]] = {}
        for y in _STATES:
            em_p = emit_p[y].get(obs[t], MIN_FLOAT)
            prob, state = max(
                [(v[t - 1][y0] + trans_p[y0].get(y, MIN_FLOAT) + em_p, y0) for y0 in _PREV_STATUS[y]]
            )
            v[t][y] = prob
            newpath[y] = path[state] + [y]
        path = newpath
    prob, state = max((v[len(obs) - 1][y], y) for y in "ES")
    return prob, path[state]
