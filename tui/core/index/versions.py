"""The version every cached parse and index is keyed on: the code that made it and the dictionaries.

A segment holds parsed documents, their figures and their index; any change to the parser, the figure
extractor, the models, the tokenizer or the index code changes what a segment should hold. Rather than
counting on a hand-bumped number, the key hashes the source of every module of ``tui.core`` (a change to
any of them means a rebuild, never a stale parse), together with the versions of jieba, the domain
dictionary, OpenCC and pypinyin.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the source of every module of ``tui.core`` (about a millisecond)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"?")
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def cache_version() -> str:
    """The key of everything cached: code and dictionary versions."""
    from tui.core import tokens  # here, not at import: the explorer's start path needs code_version only

    both = f"{code_version()}|{tokens.dictionary_version()}"
    return hashlib.sha256(both.encode()).hexdigest()[:16]
