"""The search engine: an inverted index over blocks, headings and titles; BM25; a small query language.

Words come from jieba in search mode (:mod:`tui.core.tokens`); alongside them every CJK character bigram
is indexed, so a query string that occurs in a block is always found there, whatever jieba does with it
(candidates come from the bigrams, a substring check confirms them). Blocks that contain the whole query
literally rank above those that only contain its words apart.

Query language: words separated by spaces must all match; ``A OR B``; ``-word`` excludes; ``"…"`` is an
exact phrase. Nothing a user types raises: stray operators and unbalanced quotes are read leniently.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tui.core import cache, tokens
from tui.core.model import BlockKind, Document, Hit

FORMAT_VERSION = 1
K1 = 1.2
B = 0.75
LITERAL_TIER = 100.0
KIND_BOOST = {"title": 1.6, "heading": 1.5, "question": 1.2}
_PUNCT_ONLY = re.compile(r"^[\W_]+$")


@dataclass(frozen=True)
class Word:
    """One query word: its normalized text, and whether it must occur exactly (a quoted phrase)."""

    text: str
    phrase: bool = False


@dataclass
class Query:
    """A parsed query: clauses that must all match (each a list of alternatives) and excluded words."""

    clauses: list[list[Word]] = field(default_factory=list)
    excluded: list[Word] = field(default_factory=list)

    @property
    def positive(self) -> list[Word]:
        return [w for clause in self.clauses for w in clause]


def parse_query(text: str) -> Query:
    """Read a query leniently: ``a b`` (and), ``a OR b``, ``-a``, ``"a b"``."""
    query = Query()
    raw: list[tuple[str, bool]] = []
    for m in re.finditer(r'"([^"]*)"?|(\S+)', tokens.norm(text)):
        if m.group(1) is not None:
            raw.append((m.group(1).strip(), True))
        else:
            raw.append((m.group(2), False))
    pending_or = False
    for value, quoted in raw:
        if not quoted and value == "or":
            pending_or = bool(query.clauses)
            continue
        negative = not quoted and value.startswith("-") and len(value) > 1
        if negative:
            value = value[1:]
        if not value or _PUNCT_ONLY.match(value):
            pending_or = False
            continue
        word = Word(value, quoted)
        if negative:
            query.excluded.append(word)
        elif pending_or and query.clauses:
            query.clauses[-1].append(word)
        else:
            query.clauses.append([word])
        pending_or = False
    return query


@dataclass
class _Unit:
    doc: int
    section: str | None
    heading: str | None
    block: str | None
    kind: str
    text: str
    norm: str
    length: int


class SearchIndex:
    """An inverted index over the blocks, headings and titles of one or more documents."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.units: list[_Unit] = []
        self.postings: dict[str, dict[int, list[int]]] = defaultdict(dict)
        self.grams: dict[str, list[int]] = defaultdict(list)
        self.avg_length = 1.0

    # building -----------------------------------------------------------------------------------------
    @classmethod
    def build(
        cls, documents: list[Document], progress: Callable[[int, int], None] | None = None
    ) -> SearchIndex:
        """Index every block, heading and title; ``progress(done, total)`` is called per document."""
        index = cls([d.name for d in documents])
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
        index._finish()
        return index

    def _add(
        self, doc: int, section: str | None, heading: str | None, block: str | None, kind: str, text: str
    ) -> None:
        uid = len(self.units)
        normalized = tokens.norm(text)
        count = 0
        for position, (term, _, _) in enumerate(tokens.tokenize(text)):
            self.postings[term].setdefault(uid, []).append(position)
            count += 1
        for gram in tokens.bigrams(normalized):
            self.grams[gram].append(uid)
        self.units.append(_Unit(doc, section, heading, block, kind, text, normalized, count))

    def _finish(self) -> None:
        self.avg_length = sum(u.length for u in self.units) / len(self.units) if self.units else 1.0

    # persistence -----------------------------------------------------------------------------------------
    def to_payload(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "names": self.names,
            "units": [[u.doc, u.section, u.heading, u.block, u.kind, u.text, u.length] for u in self.units],
            "postings": {
                t: [x for uid, pos in p.items() for x in (uid, len(pos), *pos)]
                for t, p in self.postings.items()
            },
            "grams": self.grams,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> SearchIndex:
        if payload.get("version") != FORMAT_VERSION:
            raise ValueError("index format version")
        index = cls(list(payload["names"]))
        index.units = [_Unit(d, s, h, b, k, t, tokens.norm(t), n) for d, s, h, b, k, t, n in payload["units"]]
        postings: dict[str, dict[int, list[int]]] = defaultdict(dict)
        for term, flat in payload["postings"].items():
            entry: dict[int, list[int]] = {}
            i = 0
            while i < len(flat):
                uid, n = flat[i], flat[i + 1]
                entry[uid] = flat[i + 2 : i + 2 + n]
                i += 2 + n
            postings[term] = entry
        index.postings = postings
        index.grams = defaultdict(list, payload["grams"])
        index._finish()
        return index

    # matching ---------------------------------------------------------------------------------------------
    def _literal(self, text: str) -> set[int]:
        """Units whose normalized text contains ``text``: bigram candidates confirmed by a substring check."""
        grams = tokens.bigrams(text)
        if grams:
            lists = sorted((self.grams.get(g, []) for g in grams), key=len)
            if not lists[0]:
                return set()
            candidates = set(lists[0])
            for other in lists[1:]:
                candidates.intersection_update(other)
                if not candidates:
                    return set()
        elif text.isascii() and text.isalnum():
            candidates = set()
            for term, entry in self.postings.items():
                if text in term and term.isascii():
                    candidates.update(entry)
        else:
            candidates = set(range(len(self.units)))
        return {uid for uid in candidates if text in self.units[uid].norm}

    def _words_apart(self, text: str) -> set[int]:
        words = tokens.query_words(text)
        if len(words) < 2:
            return set()
        lists = [self.postings.get(w) for w in words]
        if any(not p for p in lists):
            return set()
        result = set(lists[0] or ())
        for p in lists[1:]:
            result.intersection_update(p or ())
        return result

    def _match(self, word: Word) -> tuple[set[int], set[int]]:
        literal = self._literal(word.text)
        return literal, (set() if word.phrase else self._words_apart(word.text) - literal)

    # scoring ------------------------------------------------------------------------------------------------
    def _bm25(self, uid: int, terms: Iterable[str]) -> float:
        unit = self.units[uid]
        total = 0.0
        n = len(self.units)
        for term in terms:
            entry = self.postings.get(term)
            if not entry or uid not in entry:
                continue
            tf = len(entry[uid])
            idf = math.log(1 + (n - len(entry) + 0.5) / (len(entry) + 0.5))
            total += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * unit.length / self.avg_length))
        return total

    def search(self, query: str | Query, limit: int | None = 50) -> list[Hit]:
        """Hits for a query, best first."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if not parsed.clauses:
            return []
        literal_by_word: dict[Word, set[int]] = {}
        result: set[int] | None = None
        for clause in parsed.clauses:
            matched: set[int] = set()
            for word in clause:
                literal, apart = self._match(word)
                literal_by_word[word] = literal
                matched |= literal | apart
            result = matched if result is None else result & matched
            if not result:
                return []
        assert result is not None
        for word in parsed.excluded:
            literal, apart = self._match(word)
            result -= literal | apart
        positive = parsed.positive
        terms = {w: [t for t, _, _ in tokens.tokenize(w.text)] for w in positive}
        scored: list[tuple[float, int]] = []
        for uid in result:
            base = sum(self._bm25(uid, terms[w]) for w in positive)
            literal_words = sum(1 for w in positive if uid in literal_by_word[w])
            score = base + 2.0 * literal_words
            if all(any(uid in literal_by_word[w] for w in clause) for clause in parsed.clauses):
                score += LITERAL_TIER
            score *= KIND_BOOST.get(self.units[uid].kind, 1.0)
            scored.append((score, uid))
        scored.sort(key=lambda x: (-x[0], x[1]))
        if limit is not None:
            scored = scored[:limit]
        return [self._hit(uid, score, positive, terms) for score, uid in scored]

    def _hit(self, uid: int, score: float, words: list[Word], terms: dict[Word, list[str]]) -> Hit:
        unit = self.units[uid]
        spans: list[tuple[int, int]] = []
        for word in words:
            found = _occurrences(unit.norm, word.text)
            if not found and not word.phrase:
                for term in terms[word]:
                    found.extend(_occurrences(unit.norm, term))
            spans.extend(found)
        spans = _merge(spans)
        snippet, offset = _snippet(unit.text, spans)
        snippet_spans = [
            (s - offset, e - offset) for s, e in spans if s >= offset and e - offset <= len(snippet)
        ]
        return Hit(
            doc=self.names[unit.doc],
            doc_index=unit.doc,
            section=unit.section,
            heading=unit.heading,
            block_id=unit.block,
            kind=unit.kind,
            score=round(score, 4),
            text=unit.text,
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


def _snippet(text: str, spans: list[tuple[int, int]], width: int = 36) -> tuple[str, int]:
    """A window of about ``2 * width`` characters around the first span, and its offset in ``text``."""
    if len(text) <= 2 * width + 10:
        return text, 0
    center = spans[0][0] if spans else 0
    start = max(0, center - width // 2)
    end = min(len(text), start + 2 * width)
    start = max(0, end - 2 * width)
    return text[start:end], start


def corpus_key(documents: list[Document]) -> str:
    """The cache key of an index: document hashes, index format, jieba and dictionary versions."""
    h = hashlib.sha256()
    h.update(f"v{FORMAT_VERSION}|{tokens.dictionary_version()}".encode())
    for doc in documents:
        h.update(f"|{doc.name}|{doc.sha256}".encode())
    return h.hexdigest()[:32]


def load_or_build(
    documents: list[Document], progress: Callable[[int, int], None] | None = None, use_cache: bool = True
) -> SearchIndex:
    """The index of these documents, from the cache when it holds a sound copy, else built and saved."""
    name = f"index-{corpus_key(documents)}.json"
    if use_cache:
        payload = cache.load(name)
        if isinstance(payload, dict):
            try:
                return SearchIndex.from_payload(payload)
            except (ValueError, KeyError, TypeError, IndexError):
                pass
    index = SearchIndex.build(documents, progress)
    if use_cache:
        cache.save(name, index.to_payload())
    return index


def stderr_progress(label: str = "indexing") -> Callable[[int, int], None]:
    """A progress callback that reports on stderr only once building has taken more than a second."""
    import sys

    started = time.monotonic()
    last = 0.0

    def report(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - started > 1.0 and (now - last > 0.5 or done == total):
            last = now
            end = "\n" if done == total else "\r"
            print(f"{label}: {done}/{total} documents", end=end, file=sys.stderr, flush=True)

    return report


def block_kind_label(kind: str) -> str:
    """问/答/¶/point labels for hits."""
    return {
        BlockKind.question.value: "问",
        BlockKind.answer.value: "答",
        BlockKind.paragraph.value: "¶",
        BlockKind.point.value: "点",
        "heading": "§",
        "title": "题",
    }.get(kind, kind)
