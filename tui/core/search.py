"""The search engine: an inverted index over blocks, headings and titles; BM25; a small query language.

Words come from jieba in search mode (:mod:`tui.core.tokens`); alongside them every CJK character bigram
is indexed, so a query string that occurs in a block is always found there, whatever jieba does with it
(candidates come from the bigrams, a substring check confirms them). Blocks that contain the whole query
literally rank above those that only contain its words apart.

Query language: words separated by spaces must all match; ``A OR B``; ``-word`` excludes; ``"…"`` is an
exact phrase. Nothing a user types raises: stray operators and unbalanced quotes are read leniently.
"""

from __future__ import annotations

import base64
import gc
import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np

from tui.core import tokens
from tui.core.model import Document, Hit, SearchAnswer
from tui.core.query import Interpretation, Query, Word, parse_query
from tui.core.readings import PinyinReader, pinyin_key
from tui.core.text import fold

_ASCII_LOWER_TABLE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

FORMAT_VERSION = 4
K1 = 1.2
B = 0.75
LITERAL_TIER = 100.0
KIND_BOOST = {"title": 1.6, "heading": 1.5, "question": 1.2}


def _b64(array: np.ndarray[Any, Any]) -> str:
    return base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii")


def _unb64(text: str, dtype: type[np.generic]) -> np.ndarray[Any, Any]:
    return np.frombuffer(base64.b64decode(text), dtype=dtype)


class SearchIndex:
    """An inverted index over the blocks, headings and titles of one or more documents.

    Units (blocks, headings, titles) sit in parallel lists. Term postings are kept in CSR form: for term
    id ``t``, ``t_uids[t_start[t]:t_start[t+1]]`` are the units that hold it (ascending), ``t_tfs`` the term
    frequencies and ``p_flat[p_start[i]:p_start[i+1]]`` the token positions of posting ``i``. Every
    character bigram of the normalized text has a posting list in the same form (``g_*``), for literal
    matching. Scoring is vectorized with numpy over these arrays.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.doc: list[int] = []
        self.section: list[str | None] = []
        self.heading: list[str | None] = []
        self.block: list[str | None] = []
        self.kind: list[str] = []
        self.text: list[str] = []
        self.norm: list[str] = []
        self.lengths: list[int] = []
        self.term_id: dict[str, int] = {}
        self.gram_id: dict[int, int] = {}
        self._tokens: list[str] = []
        self.g_codes = np.zeros(0, np.uint64)
        empty = np.zeros(1, dtype=np.int64)
        self.t_start, self.t_uids, self.t_tfs = empty, np.zeros(0, np.int32), np.zeros(0, np.int32)
        self.p_start, self.p_flat = empty, np.zeros(0, np.int32)
        self.g_start, self.g_uids = empty, np.zeros(0, np.int32)
        self.length = np.zeros(0, np.float64)
        self.boost = np.zeros(0, np.float64)
        self.avg_length = 1.0
        self._pinyin: PinyinReader | None = None

    # building -----------------------------------------------------------------------------------------
    @classmethod
    def build(
        cls, documents: list[Document], progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """Index every block, heading and title; ``progress(done, total)`` is called per document."""
        index = cls([d.name for d in documents])
        collecting = gc.isenabled()
        gc.disable()  # millions of small lists that all live on: the cyclic collector only slows this down
        try:
            for d, doc in enumerate(documents):
                if doc.title:
                    index._add(d, None, None, None, "title", doc.title)
                for section in doc.sections:
                    if section.heading:
                        index._add(d, section.id, section.heading, None, "heading", section.heading)
                    for block in section.blocks:
                        index._add(d, section.id, section.heading, block.id, block.kind.value, block.text)
                if progress is not None:
                    progress(d + 1, len(documents))
            index._freeze()
        finally:
            if collecting:
                gc.enable()
        return index

    def _add(
        self, doc: int, section: str | None, heading: str | None, block: str | None, kind: str, text: str
    ) -> None:
        normalized = tokens.norm(text)
        words = tokens.terms(normalized)
        self._tokens.extend(words)
        self.doc.append(doc)
        self.section.append(section)
        self.heading.append(heading)
        self.block.append(block)
        self.kind.append(kind)
        self.text.append(text)
        self.norm.append(normalized)
        self.lengths.append(len(words))

    def _freeze(self) -> None:
        """Turn the collected tokens and texts into CSR arrays, vectorized with numpy."""
        n = len(self.text)
        lengths = np.asarray(self.lengths, dtype=np.int64)
        term_ids = {t: i for i, t in enumerate(dict.fromkeys(self._tokens))}
        ids = np.fromiter(map(term_ids.__getitem__, self._tokens), dtype=np.int64, count=len(self._tokens))
        self._tokens = []
        total = len(ids)
        uid_of = np.repeat(np.arange(n, dtype=np.int64), lengths)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if n else np.zeros(0, np.int64)
        pos_of = np.arange(total, dtype=np.int64) - np.repeat(starts, lengths)
        order = np.argsort(ids, kind="stable")  # tokens are in (unit, position) order already
        sorted_ids, sorted_uid = ids[order], uid_of[order]
        new = np.ones(total, dtype=bool)
        if total:
            new[1:] = (sorted_ids[1:] != sorted_ids[:-1]) | (sorted_uid[1:] != sorted_uid[:-1])
        entry = np.flatnonzero(new)
        self.t_uids = sorted_uid[entry].astype(np.int32)
        self.p_start = np.append(entry, total).astype(np.int64)
        self.t_tfs = np.diff(self.p_start).astype(np.int32)
        self.p_flat = pos_of[order].astype(np.int32)
        self.t_start = np.searchsorted(sorted_ids[entry], np.arange(len(term_ids) + 1)).astype(np.int64)
        self.term_id = term_ids
        self._freeze_grams()
        self._finish()

    def _freeze_grams(self) -> None:
        """Posting lists of every character bigram, keyed by the pair of code points."""
        n = len(self.text)
        chars = np.frombuffer("".join(self.norm).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        lengths = np.asarray([len(t) for t in self.norm], dtype=np.int64)
        unit_of = np.repeat(np.arange(n, dtype=np.uint64), lengths)
        first, second = chars[:-1], chars[1:]
        valid = np.ones(len(first), dtype=bool)
        ends = np.cumsum(lengths) - 1  # the last character of each unit pairs with nothing after it
        ends = ends[(lengths > 0) & (ends < len(first))]
        valid[ends] = False
        bits = max(1, n.bit_length())
        if 42 + bits > 64:
            raise ValueError("too many units for one index")
        keys = (((first << np.uint64(21)) | second) << np.uint64(bits) | unit_of[: len(first)])[valid]
        keys.sort()
        if len(keys):
            distinct = np.ones(len(keys), dtype=bool)
            distinct[1:] = keys[1:] != keys[:-1]
            keys = keys[distinct]
        codes = keys >> np.uint64(bits)
        self.g_uids = (keys & np.uint64((1 << bits) - 1)).astype(np.int32)
        change = np.ones(len(codes), dtype=bool)
        change[1:] = codes[1:] != codes[:-1]
        heads = np.flatnonzero(change)
        self.g_codes = codes[heads]
        self.g_start = np.append(heads, len(codes)).astype(np.int64)
        self.gram_id = dict(zip(self.g_codes.tolist(), range(len(heads)), strict=True))

    def _finish(self) -> None:
        self.length = np.asarray(self.lengths, dtype=np.float64)
        mean = float(self.length.mean()) if len(self.length) else 0.0
        self.avg_length = mean if mean > 0 else 1.0  # units without a single word: no length to normalize
        self.boost = np.asarray([KIND_BOOST.get(k, 1.0) for k in self.kind], dtype=np.float64)

    def __len__(self) -> int:
        return len(self.text)

    # persistence -----------------------------------------------------------------------------------------
    def to_payload(self) -> dict[str, Any]:
        """A JSON-ready form: unit lists, term and bigram names, and the CSR arrays as base64."""
        return {
            "version": FORMAT_VERSION,
            "names": self.names,
            "units": [
                self.doc,
                self.section,
                self.heading,
                self.block,
                self.kind,
                self.text,
                self.norm,
                self.lengths,
            ],
            "terms": list(self.term_id),
            "arrays": {
                "g_codes": _b64(self.g_codes),
                "t_start": _b64(self.t_start),
                "t_uids": _b64(self.t_uids),
                "t_tfs": _b64(self.t_tfs),
                "p_start": _b64(self.p_start),
                "p_flat": _b64(self.p_flat),
                "g_start": _b64(self.g_start),
                "g_uids": _b64(self.g_uids),
            },
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> SearchIndex:
        """Rebuild an index saved by :meth:`to_payload`; ValueError when it is not sound."""
        if payload.get("version") != FORMAT_VERSION:
            raise ValueError("index format version")
        index = cls(list(payload["names"]))
        units = payload["units"]
        if len(units) != 8 or len({len(column) for column in units}) != 1:
            raise ValueError("index units")
        (
            index.doc,
            index.section,
            index.heading,
            index.block,
            index.kind,
            index.text,
            index.norm,
            index.lengths,
        ) = units
        arrays = payload["arrays"]
        index.t_start = _unb64(arrays["t_start"], np.int64)
        index.t_uids = _unb64(arrays["t_uids"], np.int32)
        index.t_tfs = _unb64(arrays["t_tfs"], np.int32)
        index.p_start = _unb64(arrays["p_start"], np.int64)
        index.p_flat = _unb64(arrays["p_flat"], np.int32)
        index.g_start = _unb64(arrays["g_start"], np.int64)
        index.g_uids = _unb64(arrays["g_uids"], np.int32)
        index.g_codes = _unb64(arrays["g_codes"], np.uint64)
        terms = payload["terms"]
        n = len(index.text)
        if (
            len(index.t_start) != len(terms) + 1
            or len(index.g_start) != len(index.g_codes) + 1
            or int(index.t_start[-1]) != len(index.t_uids) != len(index.t_tfs)
            or int(index.g_start[-1]) != len(index.g_uids)
            or int(index.p_start[-1]) != len(index.p_flat)
            or (len(index.t_uids) and int(index.t_uids.max()) >= n)
            or (len(index.g_uids) and int(index.g_uids.max()) >= n)
        ):
            raise ValueError("index arrays")
        index.term_id = dict(zip(terms, range(len(terms)), strict=True))
        index.gram_id = dict(zip(index.g_codes.tolist(), range(len(index.g_codes)), strict=True))
        index._finish()
        return index

    # postings ---------------------------------------------------------------------------------------------
    def term_postings(self, term: str) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """(units, term frequencies) of a term; empty arrays when it is not in the index."""
        t = self.term_id.get(term)
        if t is None:
            return self.t_uids[:0], self.t_tfs[:0]
        a, b = int(self.t_start[t]), int(self.t_start[t + 1])
        return self.t_uids[a:b], self.t_tfs[a:b]

    def positions(self, term: str, uid: int) -> list[int]:
        """Token positions of a term in a unit."""
        t = self.term_id.get(term)
        if t is None:
            return []
        a, b = int(self.t_start[t]), int(self.t_start[t + 1])
        i = a + int(np.searchsorted(self.t_uids[a:b], uid))
        if i >= b or int(self.t_uids[i]) != uid:
            return []
        return [int(x) for x in self.p_flat[int(self.p_start[i]) : int(self.p_start[i + 1])]]

    def _gram_postings(self, gram: str) -> np.ndarray[Any, Any] | None:
        g = self.gram_id.get((ord(gram[0]) << 21) | ord(gram[1]))
        if g is None:
            return None
        return self.g_uids[int(self.g_start[g]) : int(self.g_start[g + 1])]

    # matching ---------------------------------------------------------------------------------------------
    def _mask(self, uids: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        mask = np.zeros(len(self.text), dtype=bool)
        mask[uids] = True
        return mask

    def _literal(self, text: str) -> np.ndarray[Any, Any]:
        """A mask of the units whose normalized text contains ``text`` (bigram candidates, then checked)."""
        norm = self.norm
        if len(text) < 2:
            return np.fromiter((text in t for t in norm), dtype=bool, count=len(norm))
        lists = []
        for gram in set(map(str.__add__, text, text[1:])):
            found = self._gram_postings(gram)
            if found is None:
                return np.zeros(len(norm), dtype=bool)
            lists.append(found)
        lists.sort(key=len)
        candidates = lists[0]
        for other in lists[1:]:
            candidates = candidates[self._mask(other)[candidates]]
            if not len(candidates):
                break
        known, _ = self.term_postings(text)
        mask = np.zeros(len(norm), dtype=bool)
        if len(known):
            mask[known] = True
            candidates = candidates[~mask[candidates]]
        if len(candidates) and len(text) > 2:
            confirmed = [u for u in candidates.tolist() if text in norm[u]]
            mask[confirmed] = True
        else:
            mask[candidates] = True  # a two-character text is its own bigram: every candidate holds it
        return mask

    def _words_apart(self, text: str) -> np.ndarray[Any, Any] | None:
        words = tokens.query_words(text)
        if len(words) < 2:
            return None
        lists = sorted((self.term_postings(w)[0] for w in words), key=len)
        candidates = lists[0]
        for other in lists[1:]:
            if not len(candidates):
                break
            candidates = candidates[self._mask(other)[candidates]]
        return self._mask(candidates)

    def _match(self, word: Word) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """(literal, any) masks of the units a word matches."""
        literal = self._literal(word.text)
        if word.phrase:
            return literal, literal
        apart = self._words_apart(word.text)
        return literal, literal if apart is None else (literal | apart)

    # readings -------------------------------------------------------------------------------------------------
    def pinyin_reader(self) -> PinyinReader:
        """The pinyin of the index's Chinese terms (built on first use, about 0.1 s per 10,000 terms)."""
        if self._pinyin is None:
            starts = self.t_start
            ids = self.term_id
            self._pinyin = PinyinReader(ids, lambda t: int(starts[ids[t] + 1] - starts[ids[t]]))
        return self._pinyin

    def interpret(self, text: str) -> list[Interpretation]:
        """The readings of a query, best first: as typed, or as pinyin, or in simplified characters."""
        parsed = parse_query(text)
        key = pinyin_key(text.replace('"', " "))
        if key is not None and parsed.clauses and not parsed.excluded:
            words = [w.text for w in parsed.positive]
            typed = "".join(words)
            if not any(w in self.term_id or self._literal(w).any() for w in (*words, typed)):
                readings = self.pinyin_reader().read(key)
                shown = " ".join(text.split())
                if not readings:
                    return [Interpretation(Query(), f"{shown}: no term reads so")]
                return [
                    Interpretation(Query(clauses=[[Word(r.term)]]), f"{shown} → {r.term}") for r in readings
                ]
        folded = fold(text).translate(_ASCII_LOWER_TABLE)
        simplified = tokens.norm(text)
        label = f"{' '.join(text.split())} → {' '.join(simplified.split())}" if simplified != folded else None
        return [Interpretation(parsed, label)]

    # scoring ------------------------------------------------------------------------------------------------
    def search(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> list[Hit]:
        """Hits for a query, best first; ``reading`` picks another of :meth:`interpret`'s readings."""
        return self.answer(query, limit, reading).hits

    def answer(self, query: str | Query, limit: int | None = 50, reading: int = 0) -> SearchAnswer:
        """The hits for a query, best first and at most ``limit``, with the number of units that matched."""
        if isinstance(query, str):
            readings = self.interpret(query)
            parsed = readings[max(0, min(reading, len(readings) - 1))].query
        else:
            parsed = query
        n = len(self.text)
        if not parsed.clauses or not n:
            return SearchAnswer([], 0)
        result = np.ones(n, dtype=bool)
        literal_count = np.zeros(n, dtype=np.float64)
        for clause in parsed.clauses:
            clause_any = np.zeros(n, dtype=bool)
            clause_literal = np.zeros(n, dtype=bool)
            for word in clause:
                literal, matched = self._match(word)
                clause_any |= matched
                clause_literal |= literal
            result &= clause_any
            if not result.any():
                return SearchAnswer([], 0)
            literal_count += clause_literal
        for word in parsed.excluded:
            result &= ~self._match(word)[1]
        uids = np.flatnonzero(result)
        total = len(uids)
        if not total:
            return SearchAnswer([], 0)
        positive = parsed.positive
        terms = {w: list(dict.fromkeys(tokens.terms(w.text))) for w in positive}
        scores = np.zeros(n, dtype=np.float64)
        norm_len = K1 * (1 - B + B * self.length / self.avg_length)
        for term in dict.fromkeys(t for w in positive for t in terms[w]):
            t_uids, tfs = self.term_postings(term)
            if not len(t_uids):
                continue
            idf = math.log(1 + (n - len(t_uids) + 0.5) / (len(t_uids) + 0.5))
            scores[t_uids] += idf * tfs * (K1 + 1) / (tfs + norm_len[t_uids])
        scores += 2.0 * literal_count + LITERAL_TIER * (literal_count == len(parsed.clauses))
        scores *= self.boost
        chosen = scores[uids]
        if limit is not None and len(uids) > limit:
            top = np.argpartition(-chosen, limit - 1)[:limit]
            uids, chosen = uids[top], chosen[top]
        order = np.lexsort((uids, -chosen))
        return SearchAnswer(
            [self._hit(int(uids[i]), float(chosen[i]), positive, terms) for i in order], total
        )

    def _hit(self, uid: int, score: float, words: list[Word], terms: dict[Word, list[str]]) -> Hit:
        norm, text = self.norm[uid], self.text[uid]
        spans: list[tuple[int, int]] = []
        for word in words:
            found = _occurrences(norm, word.text)
            if not found and not word.phrase:
                for term in terms[word]:
                    found.extend(_occurrences(norm, term))
            spans.extend(found)
        spans = _merge(spans)
        snippet, offset = _snippet(text, spans)
        snippet_spans = [
            (s - offset, e - offset) for s, e in spans if s >= offset and e - offset <= len(snippet)
        ]
        return Hit(
            doc=self.names[self.doc[uid]],
            doc_index=self.doc[uid],
            section=self.section[uid],
            heading=self.heading[uid],
            block_id=self.block[uid],
            kind=self.kind[uid],
            score=round(score, 4),
            text=text,
            snippet=snippet,
            spans=spans,
            snippet_spans=snippet_spans,
        )


def _occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = haystack.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = haystack.find(needle, i + len(needle))
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


_CLAUSE_MARKS = "，。；：！？、,.;:!? 　（）()“”「」《》"
_GLUED = re.compile(r"[0-9０-９.．,，%％A-Za-zＡ-Ｚａ-ｚ]")


def _snippet(text: str, spans: list[tuple[int, int]], width: int = 36) -> tuple[str, int]:
    """A window of about ``2 * width`` characters around the first span, and its offset in ``text``.

    The window starts at a clause boundary when one lies a few characters before it, and never inside a
    number or a Latin word (``0家`` cut from ``6870家``).
    """
    if len(text) <= 2 * width + 10:
        return text, 0
    center = spans[0][0] if spans else 0
    start = max(0, center - width // 2)
    end = min(len(text), start + 2 * width)
    start = max(0, end - 2 * width)
    start = _boundary(text, start, min(center, start + width // 2))
    return text[start : start + 2 * width], start


def _boundary(text: str, start: int, limit: int, back: int = 8) -> int:
    """Move ``start`` to just after a clause mark (a few characters back, else forward up to ``limit``),
    else out of a number or Latin word it would cut."""

    def after_mark(i: int) -> bool:
        if text[i - 1] not in _CLAUSE_MARKS:
            return False
        return not (i >= 2 and i < len(text) and _GLUED.match(text[i - 2]) and _GLUED.match(text[i]))

    if start == 0:
        return 0
    for i in range(start, max(0, start - back), -1):
        if i == 0 or after_mark(i):
            return i
    for i in range(start, limit + 1):
        if after_mark(i):
            return i
    while start < limit and _GLUED.match(text[start - 1]) and _GLUED.match(text[start]):
        start += 1
    return start
