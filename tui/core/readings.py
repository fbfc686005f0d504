"""Reading a query for every reader: pinyin, initials and traditional characters.

- Traditional to simplified: :func:`to_simplified` maps characters one for one (OpenCC's ``t2s`` applied to
  each character, so offsets stay valid), for documents and queries alike: 專精特新 finds 专精特新 and
  a simplified query finds a traditional document.
- Pinyin: :class:`PinyinReader` knows the full pinyin (every reading of polyphonic characters) and the
  initials of the Chinese terms of an index. A query of Latin letters that is no term of the documents is
  read as pinyin, with or without spaces, tone marks or tone numbers: ``zhuanjingtexin``, ``zhuān jīng tè
  xīn``, ``zhuan1jing1te4xin1``, initials ``zjtx``, or a prefix ``zhuanjing``.

Both libraries (pypinyin, OpenCC) ship their data and work offline; both load on first use, never on the
explorer's start-up path.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_LOCK = threading.RLock()
_CONVERTER: Any = None
_TABLE: tuple[dict[int, str], re.Pattern[str]] | None = None
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PINYIN_QUERY = re.compile(r"^[a-zA-ZüÜ:'\s1-5\u0300-\u036f\u00c0-\u024f]+$")
_MAX_COMBINATIONS = 32


def _converter() -> Any:
    global _CONVERTER
    if _CONVERTER is None:
        with _LOCK:
            if _CONVERTER is None:
                import opencc

                _CONVERTER = opencc.OpenCC("t2s")
    return _CONVERTER


def converter_version() -> str:
    """OpenCC's and pypinyin's versions, for cache keys."""
    import importlib.metadata

    parts = []
    for name in ("opencc", "pypinyin"):
        try:
            parts.append(f"{name}-{importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{name}-none")
    return "-".join(parts)


def _t2s_path() -> Path:
    from tui.core.cache import cache_dir

    digest = hashlib.sha256(converter_version().encode()).hexdigest()[:16]
    return cache_dir() / f"t2s-{digest}.bin"


def _t2s_pairs() -> dict[int, str]:
    """OpenCC's t2s for every CJK character that has a one-character simplified form: from the cache, else
    built with OpenCC (about 30 ms and OpenCC's import) and saved for next time."""
    import numpy as np

    from tui.core.index.storage import StorageError, open_tables, write_tables

    path = _t2s_path()
    try:
        tables = open_tables(path)
        if tables.meta.get("version") == converter_version():
            return dict(zip(tables["from"].tolist(), map(chr, tables["to"].tolist()), strict=True))
    except (StorageError, KeyError, ValueError):
        pass
    convert = _converter().convert
    table: dict[int, str] = {}
    for start, end in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for code in range(start, end):
            simple = convert(chr(code))
            if len(simple) == 1 and simple != chr(code):
                table[code] = simple
    arrays = {
        "from": np.asarray(list(table), dtype=np.uint32),
        "to": np.asarray([ord(v) for v in table.values()], dtype=np.uint32),
    }
    with contextlib.suppress(OSError):
        write_tables(path, {"version": converter_version()}, arrays)
    return table


def _t2s_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The one-for-one traditional-to-simplified table and a character class that finds its keys."""
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                table = _t2s_pairs()
                pattern = re.compile("[" + "".join(sorted(chr(c) for c in table)) + "]")
                _TABLE = (table, pattern)
    return _TABLE


def traditional_forms() -> dict[str, str]:
    """For each simplified character, the traditional characters that the t2s table folds to it."""
    table, _ = _t2s_table()
    out: dict[str, str] = {}
    for code, simple in table.items():
        out[simple] = out.get(simple, "") + chr(code)
    return out


def to_simplified(text: str) -> str:
    """Traditional characters replaced by their simplified forms, one character for one."""
    table, traditional = _t2s_table()
    return text.translate(table) if traditional.search(text) else text


def pinyin_key(query: str) -> str | None:
    """``zhuān jīng`` / ``zhuan1 jing1`` / ``Zhuan Jing`` → ``zhuanjing``; None when not pinyin-like."""
    if not query or not _PINYIN_QUERY.match(query) or not any(ch.isalpha() for ch in query):
        return None
    decomposed = unicodedata.normalize("NFD", query.lower().replace("ü", "v").replace("u:", "v"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"(?<=[a-z])[1-5]", "", plain)
    plain = re.sub(r"[\s']+", "", plain)
    return plain if plain.isascii() and plain.isalpha() else None


@dataclass(frozen=True)
class Reading:
    """A Chinese term a pinyin query may stand for, and how it matched (full, prefix or initials)."""

    term: str
    how: str
    df: int


class PinyinReader:
    """Full pinyin, pinyin prefixes and initials of a set of Chinese terms."""

    def __init__(self, terms: Iterable[str], df: Callable[[str], int]) -> None:
        from pypinyin import Style, pinyin

        def readings(ch: str) -> list[str]:
            found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
            return list(dict.fromkeys(found[0])) if found and found[0] else []

        cache: dict[str, list[str]] = {}
        self.full: dict[str, set[str]] = {}
        self.initials: dict[str, set[str]] = {}
        self.df = df
        for term in terms:
            if not term or not all(_CJK.match(ch) for ch in term):
                continue
            per_char = []
            for ch in term:
                if ch not in cache:
                    cache[ch] = readings(ch)
                per_char.append(cache[ch])
            if not all(per_char):
                continue
            for combo in itertools.islice(itertools.product(*per_char), _MAX_COMBINATIONS):
                self.full.setdefault("".join(combo), set()).add(term)
                self.initials.setdefault("".join(s[0] for s in combo), set()).add(term)
        self.keys = sorted(self.full)

    def read(self, key: str, limit: int = 12) -> list[Reading]:
        """Terms the pinyin ``key`` may stand for: full matches, then prefixes, then initials."""
        out: dict[str, Reading] = {}

        def add(terms: Iterable[str], how: str) -> None:
            ranked = sorted(terms, key=lambda t: (-self.df(t), t))
            for term in ranked:
                if term not in out and len(out) < limit:
                    out[term] = Reading(term, how, self.df(term))

        add(self.full.get(key, ()), "full")
        if len(key) >= 4:
            start = bisect.bisect_left(self.keys, key)
            prefixed: list[str] = []
            for candidate in itertools.islice(self.keys, start, start + 200):
                if not candidate.startswith(key):
                    break
                prefixed.extend(self.full[candidate])
            add(prefixed, "prefix")
        if 2 <= len(key) <= 8:
            add(self.initials.get(key, ()), "initials")
        return list(out.values())
