"""``jieba.cut_for_search`` over a whole batch of texts at once, vectorized with numpy; the same words.

jieba segments a run of Chinese characters in four steps, and each has a form that works on every run of a
batch at the same time:

1. *DAG*: for every position, the lengths of the dictionary words that start there. Here all positions
   are looked up together, one word length after another, by hashing substrings (:func:`keys_of`) and
   searching the dictionary's sorted keys; a position stops growing when its prefix is not in the
   dictionary, as in jieba.
2. *Route*: the best path from each position to the end of its run (log frequencies summed right to left,
   ties to the longer word). Positions are processed by their distance from the end of their run, so one
   numpy step serves every run of the batch; the additions are jieba's own, in its order, on the same floats.
3. *Words*: following the route from each run's start, again all runs in step.
4. *Unknown runs*: consecutive single characters that are no word go to the HMM (Python, memoized), as in
   jieba; then the 2- and 3-grams of longer words that are dictionary words are added (search mode).

Runs longer than :data:`LONG_RUN` characters (a megabyte without punctuation) would take too many steps and
go to the line-by-line :class:`~tui.core.index.wordcut.Cutter` instead. Tests compare the result with
jieba's on thousands of texts.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from tui.core.index.dictionary import B1, B2, P1, P2, Dictionary, join_keys, keys_of, string_key
from tui.core.index.storage import Array
from tui.core.index.vector import distinct, distinct_first, expand
from tui.core.index.wordcut import Cutter

LONG_RUN = 256
_MAX_WORD = 64


@dataclass
class BatchTerms:
    """The index terms of a batch: token ``i`` is term ``keys[i]`` in text ``units[i]``; ``strings`` names
    every distinct key. Tokens of a text come together (not in reading order)."""

    units: Array
    keys: Array
    strings: dict[int, str]


@lru_cache(maxsize=1)
def _han_table() -> Array:
    """True for the characters of jieba's ``re_han_default`` class (index 65536 stands for beyond the BMP)."""
    table = np.zeros(65537, dtype=bool)
    table[0x4E00 : 0x9FD5 + 1] = True
    for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+#&._%-":
        table[ord(ch)] = True
    return table


class _Runs:
    """The runs of jieba's ``re_han_default`` class in a batch text, split into short and long runs."""

    def __init__(self, codes: Array) -> None:
        han = _han_table()[np.minimum(codes, 65536)]
        edges = np.diff(np.concatenate(([0], han.astype(np.int8), [0])))
        starts = np.flatnonzero(edges == 1)
        ends = np.flatnonzero(edges == -1)
        long = (ends - starts) > LONG_RUN
        self.han = han
        self.starts, self.ends = starts[~long], ends[~long]
        self.long_starts, self.long_ends = starts[long], ends[long]


class _Dag:
    """Dictionary words starting at each position of the short runs: (position, length, entry, run end)."""

    def __init__(self, codes: Array, runs: _Runs, dictionary: Dictionary) -> None:
        lengths = runs.ends - runs.starts
        cand = expand(runs.starts, lengths)
        cend = np.repeat(runs.ends, lengths)
        self.positions, self.position_ends = cand, cend
        values = codes.astype(np.uint64) + np.uint64(1)
        freq_of = dictionary.freq
        h1 = values[cand] % np.uint64(P1)
        h2 = values[cand] % np.uint64(P2)
        entry = dictionary.char_entries()[codes[cand]]  # runs hold BMP characters only
        found: list[tuple[Array, int, Array, Array]] = []
        for length in range(1, _MAX_WORD + 1):
            if length > 1:
                fits = cand + (length - 1) < cend
                cand, cend, h1, h2 = cand[fits], cend[fits], h1[fits], h2[fits]
                if not len(cand):
                    break
                x = values[cand + (length - 1)]
                h1 = (h1 * np.uint64(B1) + x) % np.uint64(P1)
                h2 = (h2 * np.uint64(B2) + x) % np.uint64(P2)
                entry = dictionary.entries(join_keys(h1, h2))
            present = entry >= 0
            cand, cend, h1, h2, entry = cand[present], cend[present], h1[present], h2[present], entry[present]
            word = freq_of[entry] > 0
            found.append((cand[word], length, entry[word], cend[word]))
        self.pos = np.concatenate([f[0] for f in found]) if found else np.zeros(0, np.int64)
        self.len = np.concatenate([np.full(len(f[0]), f[1], np.int64) for f in found]) if found else self.pos
        self.entry = np.concatenate([f[2] for f in found]) if found else self.pos
        self.end = np.concatenate([f[3] for f in found]) if found else self.pos

    def is_word(self, size: int, length: int) -> Array:
        """A mask over text positions: a dictionary word of ``length`` characters starts there."""
        mask = np.zeros(size, dtype=bool)
        mask[self.pos[self.len == length]] = True
        return mask


def _route(size: int, dag: _Dag, dictionary: Dictionary) -> Array:
    """For every position of the short runs, the length of the word jieba's route takes there."""
    has_word = np.zeros(size, dtype=bool)
    has_word[dag.pos] = True
    lonely = ~has_word[dag.positions]  # no word starts here: jieba takes the character, log(1)
    pos = np.concatenate((dag.pos, dag.positions[lonely]))
    length = np.concatenate((dag.len, np.ones(int(lonely.sum()), dtype=np.int64)))
    end = np.concatenate((dag.end, dag.position_ends[lonely]))
    logp = np.concatenate(
        (dictionary.logp()[dag.entry], np.full(int(lonely.sum()), math.log(1) - dictionary.logtotal))
    )
    order = np.argsort(pos, kind="stable")  # merges the runs of each word length
    order = order[np.argsort((end - pos)[order].astype(np.uint16), kind="stable")]  # radix sort
    pos, length, logp, distance = pos[order], length[order], logp[order], (end - pos)[order]
    route = np.zeros(size + 1, dtype=np.float64)
    choice = np.zeros(size, dtype=np.int64)
    if not len(pos):
        return choice
    bounds = np.searchsorted(distance, np.arange(1, int(distance[-1]) + 2))
    for step in range(len(bounds) - 1):
        a, b = int(bounds[step]), int(bounds[step + 1])
        if a == b:
            continue
        ep, el = pos[a:b], length[a:b]
        values = logp[a:b] + route[ep + el]
        first = np.ones(b - a, dtype=bool)
        first[1:] = ep[1:] != ep[:-1]
        heads = np.flatnonzero(first)
        best = np.maximum.reduceat(values, heads)
        sizes = np.diff(np.append(heads, b - a))
        chosen = np.maximum.reduceat(np.where(values == np.repeat(best, sizes), el, 0), heads)
        route[ep[heads]] = best
        choice[ep[heads]] = chosen
    return choice


def _route_words(runs: _Runs, choice: Array) -> tuple[Array, Array]:
    """The words of the route of every short run, as (position, length), in reading order."""
    cur, end = runs.starts.astype(np.int64), runs.ends.astype(np.int64)
    got_pos: list[Array] = []
    got_len: list[Array] = []
    while len(cur):
        step = choice[cur]
        got_pos.append(cur)
        got_len.append(step)
        cur = cur + step
        alive = cur < end
        cur, end = cur[alive], end[alive]
    if not got_pos:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pos, length = np.concatenate(got_pos), np.concatenate(got_len)
    order = np.argsort(pos, kind="stable")
    return pos[order], length[order]


def _resolve_singles(
    text: str, codes: Array, runs: _Runs, pos: Array, length: Array, dictionary: Dictionary, cutter: Cutter
) -> tuple[Array, Array]:
    """jieba's buffer of single characters: two or more in a row are a word of the dictionary (kept as
    single characters) or else cut by the HMM (each distinct buffer once)."""
    if not len(pos):
        return pos, length
    run_of = np.searchsorted(runs.starts, pos, side="right") - 1
    single = length == 1
    head = single.copy()
    head[1:] &= ~single[:-1] | (run_of[1:] != run_of[:-1])
    group = np.cumsum(head) - 1
    sizes = np.bincount(group[single], minlength=int(group[-1]) + 1)
    starts = pos[np.flatnonzero(head)]
    group_keys = keys_of(codes, starts, sizes)
    buffers = np.flatnonzero((sizes >= 2) & (dictionary.lookup(group_keys) <= 0))
    if not len(buffers):
        return pos, length
    b_start, b_size = starts[buffers], sizes[buffers]
    _, first, inverse = distinct_first(group_keys[buffers])
    word_lengths: list[int] = []
    word_counts: list[int] = []
    for start, size in zip(b_start[first].tolist(), b_size[first].tolist(), strict=True):
        words = cutter.hmm(text[start : start + size])
        word_lengths.extend(map(len, words))
        word_counts.append(len(words))
    counts = np.asarray(word_counts, dtype=np.int64)
    per_buffer = counts[inverse]
    new_len = np.asarray(word_lengths, dtype=np.int64)[
        expand(np.cumsum(counts)[inverse] - per_buffer, per_buffer)
    ]
    before = np.cumsum(new_len) - new_len  # offset of each new word from the first buffer's start
    first_word = np.cumsum(per_buffer) - per_buffer
    new_pos = np.repeat(b_start - before[first_word], per_buffer) + before
    dropped = np.zeros(len(sizes), dtype=bool)
    dropped[buffers] = True
    drop = np.zeros(len(pos), dtype=bool)
    drop[single] = dropped[group[single]]
    return np.concatenate((pos[~drop], new_pos)), np.concatenate((length[~drop], new_len))


def _grams(pos: Array, length: Array, is_word: Array, n: int) -> Array:
    """Search mode: positions of the ``n``-grams that are words, inside words longer than ``n``."""
    longer = length > n
    starts = expand(pos[longer], length[longer] - (n - 1))
    return starts[is_word[starts]]


def batch_terms(
    texts: list[str], dictionary: Dictionary, cutter: Cutter, stop_words: Collection[str] = ()
) -> BatchTerms:
    """``[w for w in jieba.cut_for_search(t) if w[0].isalnum() and w not in stop_words]`` for every text."""
    joined = "\n".join(texts) + "\n"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    size = len(codes)
    text_start = np.zeros(len(texts), dtype=np.int64)
    if texts:
        np.cumsum([len(t) + 1 for t in texts[:-1]], out=text_start[1:])
    runs = _Runs(codes)
    dag = _Dag(codes, runs, dictionary)
    choice = _route(size, dag, dictionary)
    pos, length = _resolve_singles(joined, codes, runs, *_route_words(runs, choice), dictionary, cutter)
    g2 = _grams(pos, length, dag.is_word(size, 2), 2)
    g3 = _grams(pos, length, dag.is_word(size, 3), 3)
    other = np.flatnonzero(~runs.han)  # outside the runs every character is its own word
    t_pos = np.concatenate((pos, g2, g3, other))
    t_len = np.concatenate((length, np.full(len(g2), 2), np.full(len(g3), 3), np.ones(len(other), np.int64)))
    first = codes[t_pos]
    distinct_chars = distinct(first)
    alnum = distinct_chars[[chr(c).isalnum() for c in distinct_chars.tolist()]]
    keep = np.isin(first, alnum)
    t_pos, t_len = t_pos[keep], t_len[keep]
    keys = keys_of(codes, t_pos, t_len)
    units = np.searchsorted(text_start, t_pos, side="right") - 1
    strings: dict[int, str] = {}
    if len(keys):
        uniq, index, _ = distinct_first(keys)
        for key, p, n in zip(uniq.tolist(), t_pos[index].tolist(), t_len[index].tolist(), strict=True):
            strings[key] = joined[p : p + n]
    long_units, long_keys = _long_runs(joined, runs, text_start, cutter, strings)
    units = np.concatenate((units, long_units))
    keys = np.concatenate((keys, long_keys))
    if stop_words:
        stop = np.asarray([string_key(w) for w in stop_words], dtype=np.uint64)
        keep = ~np.isin(keys, stop)
        units, keys = units[keep], keys[keep]
        for key in stop.tolist():
            strings.pop(key, None)
    return BatchTerms(units.astype(np.int64), keys.astype(np.uint64), strings)


def _long_runs(
    joined: str, runs: _Runs, text_start: Array, cutter: Cutter, strings: dict[int, str]
) -> tuple[Array, Array]:
    """Runs too long for the vectorized route, cut line by line."""
    units: list[int] = []
    keys: list[int] = []
    for start, end in zip(runs.long_starts.tolist(), runs.long_ends.tolist(), strict=True):
        unit = int(np.searchsorted(text_start, start, side="right")) - 1
        for word in cutter.cut_for_search(joined[start:end]):
            if word[0].isalnum():
                key = string_key(word)
                strings.setdefault(key, word)
                units.append(unit)
                keys.append(key)
    return np.asarray(units, dtype=np.int64), np.asarray(keys, dtype=np.uint64)
