"""jieba's segmentation without jieba: its algorithm replayed over its prefix dictionary mapped from the cache.

jieba costs about 0.13 s to import and 0.75 s to build its prefix dictionary, on every start. The dictionary
is kept as a mapped :class:`~tui.core.index.dictionary.Dictionary`; two exact replays of ``jieba.cut`` /
``cut_for_search`` (HMM on) run over it:

- :class:`Cutter` is the algorithm line by line in Python, for queries (a few words, microseconds);
- :mod:`tui.core.index.batchcut` runs the same algorithm vectorized with numpy over whole batches of text
  for indexing, several times faster than jieba.

Both are tested against jieba itself on thousands of strings.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from tui.core.index.dictionary import STATES, Dictionary, string_key

MIN_FLOAT = -3.14e100

RE_HAN_DEFAULT = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
RE_SKIP_DEFAULT = re.compile("(\r\n|\\s)", re.U)
RE_HAN_HMM = re.compile("([\u4e00-\u9fd5]+)")
RE_SKIP_HMM = re.compile("([a-zA-Z0-9]+(?:\\.\\d+)?%?)")
_PREV_STATUS = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}


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
        return self.search_words(self.cut(sentence))

    def search_words(self, words: list[str]) -> list[str]:
        """The search-mode words of a sentence from its default-mode words (:meth:`cut`)."""
        out: list[str] = []
        for w in words:
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
    for y in STATES:
        v[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        path[y] = [y]
    for t in range(1, len(obs)):
        v.append({})
        newpath: dict[str, list[str]] = {}
        for y in STATES:
            em_p = emit_p[y].get(obs[t], MIN_FLOAT)
            prob, state = max(
                [(v[t - 1][y0] + trans_p[y0].get(y, MIN_FLOAT) + em_p, y0) for y0 in _PREV_STATUS[y]]
            )
            v[t][y] = prob
            newpath[y] = path[state] + [y]
        path = newpath
    prob, state = max((v[len(obs) - 1][y], y) for y in "ES")
    return prob, path[state]
