"""Tokens for search: jieba's words in search mode, Latin words and numbers whole.

Text is normalized with :func:`norm` (width folding and ASCII lower case, one character for one) so that
``５Ｇ``, ``5g`` and ``5G`` are one term and every token's offsets point into the original text.

Words are jieba's, but jieba itself runs only once per dictionary version: its prefix dictionary is then
kept in the cache as a mapped :class:`~tui.core.index.dictionary.Dictionary` and jieba's algorithm is replayed
over it (:func:`cutter`), so a query never waits the 0.75 s that jieba takes to start.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tui.core.readings import converter_version, to_simplified
from tui.core.text import bundled_content_dir, fold, needs_fold

if TYPE_CHECKING:
    from pathlib import Path

    from tui.core.index.dictionary import Dictionary
    from tui.core.index.wordcut import Cutter

_LOCK = threading.RLock()
_JIEBA: Any = None
_CUTTER: Cutter | None = None

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_RUNS = re.compile(r"(?P<cjk>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|(?P<latin>[a-z0-9]+(?:\.[0-9]+)?%?)")

STOP_WORDS = frozenset(
    [
        "的",
        "了",
        "和",
        "与",
        "及",
        "或",
        "在",
        "是",
        "为",
        "对",
        "把",
        "被",
        "将",
        "也",
        "都",
        "而",
        "并",
        "且",
        "等",
        "这",
        "那",
        "其",
        "之",
        "以",
        "于",
        "从",
        "到",
        "向",
        "给",
        "由",
        "就",
        "还",
        "又",
        "着",
        "过",
        "地",
        "得",
        "所",
        "个",
        "我们",
        "他们",
        "一个",
        "一些",
        "以及",
        "进行",
        "可以",
        "有关",
        "方面",
    ]
)


def norm(text: str) -> str:
    """Fold widths, lower-case ASCII letters and simplify traditional characters, one character for one."""
    if needs_fold(text):
        text = fold(text).translate(_ASCII_LOWER)
    return to_simplified(text)


def userdict_path() -> str:
    """The domain dictionary shipped in ``content/``."""
    return str(bundled_content_dir() / "userdict.txt")


@lru_cache(maxsize=1)
def dictionary_version() -> str:
    """jieba's version and a hash of the domain dictionary, for cache keys."""
    import importlib.metadata

    try:
        version = importlib.metadata.version("jieba")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - jieba is a dependency
        version = "unknown"
    try:
        with open(userdict_path(), "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()[:16]
    except OSError:
        digest = "none"
    return f"jieba-{version}-dict-{digest}-{converter_version()}"


def jieba() -> Any:
    """The jieba module, initialized once with the domain dictionary (about 0.75 s the first time)."""
    global _JIEBA
    if _JIEBA is None:
        with _LOCK:
            if _JIEBA is None:
                import jieba as module

                module.setLogLevel(logging.WARNING)
                module.initialize()
                with contextlib.suppress(OSError), open(userdict_path(), "rb") as handle:
                    module.load_userdict(handle)  # a file object: jieba leaves a path's file open
                _JIEBA = module
    return _JIEBA


def dictionary_path() -> Path:
    """Where the mapped copy of jieba's dictionary lives (one file per dictionary version)."""
    from tui.core.cache import cache_dir

    digest = hashlib.sha256(dictionary_version().encode()).hexdigest()[:16]
    return cache_dir() / f"dictionary-{digest}.bin"


def load_dictionary() -> Dictionary:
    """jieba's dictionary: mapped from the cache, else taken from jieba (once) and saved for next time."""
    from tui.core.index.dictionary import Dictionary

    path = dictionary_path()
    try:
        return Dictionary.load(path, dictionary_version())
    except ValueError:
        pass
    found = Dictionary.from_jieba(jieba().dt, dictionary_version())
    with contextlib.suppress(OSError):
        found.save(path)
        for stale in path.parent.glob("dictionary-*.bin"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return found


def dictionary_ready() -> bool:
    """True when jieba's dictionary is in the cache, sound and of this version."""
    from tui.core.index.dictionary import Dictionary

    try:
        Dictionary.load(dictionary_path(), dictionary_version())
    except ValueError:
        return False
    return True


def cutter() -> Cutter:
    """jieba's segmentation over the mapped dictionary (built on first use; shared by every thread)."""
    global _CUTTER
    if _CUTTER is None:
        with _LOCK:
            if _CUTTER is None:
                from tui.core.index.wordcut import Cutter

                _CUTTER = Cutter(load_dictionary())
    return _CUTTER


CUTS_REMEMBERED = 512
"""How many short texts' jieba words are remembered: a query word is cut for its parts, its words apart and
its terms (three times the same cut), and the app asks again as the user types."""
_CUTS: dict[str, list[str]] = {}


def _cut(text: str) -> list[str]:
    """``cutter().cut(text)``, remembered for short texts (the list is shared: never change it)."""
    found = _CUTS.get(text)
    if found is None:
        found = cutter().cut(text)
        if len(text) <= 64:
            if len(_CUTS) >= CUTS_REMEMBERED:
                _CUTS.clear()
            _CUTS[text] = found
    return found


def forget_cuts() -> None:
    """Forget the remembered cuts (a benchmark of queries never seen)."""
    _CUTS.clear()


def terms(normalized: str) -> list[str]:
    """The index terms of normalized text: jieba search-mode words, without punctuation and stop words.

    The words of a query; blocks are segmented in batches (:mod:`tui.core.index.batchcut`) to the same words.
    """
    stop = STOP_WORDS
    return [w for w in cutter().search_words(_cut(normalized)) if w[0].isalnum() and w not in stop]


def query_words(text: str) -> list[str]:
    """The words a query word must contain when it is not found literally (jieba default mode)."""
    normalized = norm(text)
    out: list[str] = []
    cut = _cut
    for m in _RUNS.finditer(normalized):
        if m.group("latin"):
            out.append(m.group(0))
        else:
            out.extend(w for w in cut(m.group(0)) if w not in STOP_WORDS)
    return out
