"""The index of a set of documents, from the cache when it holds a sound copy, else built and saved.

The cache key covers the documents' content hashes, the index format and the versions of jieba, the domain
dictionary, OpenCC and pypinyin, so any of them changing means a new index. Building many files reports
progress on stderr once it has taken more than a second.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable

from tui.core import cache, tokens
from tui.core.model import Document
from tui.core.search import FORMAT_VERSION, SearchIndex


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
