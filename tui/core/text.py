"""Bytes to text: encodings, line ends, binary detection, and width folding for matching.

The decoded text keeps every character as written (full-width forms included) so that the screen shows
the original; only line ends are normalized to ``\\n``. Matching code works on :func:`fold`, which maps
each character to its NFKC form where that is a single character, so offsets stay one to one.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tui.core.bundled import bundled_article as bundled_article  # re-exported: callers import it from here
from tui.core.bundled import bundled_content_dir as bundled_content_dir
from tui.core.errors import InputError

#: The files a folder is read for: plain-text articles and saved web pages.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

#: Files larger than this are refused: the genre runs to tens of kilobytes, not hundreds of megabytes.
MAX_BYTES = 64 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Decoded:
    """A decoded file: its text with ``\\n`` line ends, the encoding found, and a hash of its bytes."""

    text: str
    encoding: str
    sha256: str


_BAD_CATEGORIES = frozenset(("Cc", "Co", "Cn", "Cs"))
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _bad_char(ch: str) -> bool:
    """A control, private-use, unassigned or surrogate character, or U+FFFD (line and page breaks aside)."""
    return ch not in "\n\r\t\f\v" and (unicodedata.category(ch) in _BAD_CATEGORIES or ch == "\ufffd")


@lru_cache(maxsize=1)
def _bad_bmp() -> re.Pattern[str]:
    """A character class of the bad characters of the Basic Multilingual Plane, read from this Python's
    ``unicodedata`` (built once, about 20 ms)."""
    ranges: list[str] = []
    start = -1
    for code in range(0x10001):
        bad = code < 0x10000 and _bad_char(chr(code))
        if bad and start < 0:
            start = code
        elif not bad and start >= 0:
            ranges.append(f"\\u{start:04x}" + (f"-\\u{code - 1:04x}" if code - 1 > start else ""))
            start = -1
    return re.compile("[" + "".join(ranges) + "]")


def _plausible(text: str) -> bool:
    """True when text looks like prose rather than binary decoded by chance: at most one character in
    200 (and at least 2) is a control, private-use, unassigned or surrogate character or U+FFFD.

    Bad characters of the Basic Multilingual Plane are found by one regular expression built from
    ``unicodedata``; characters beyond it (rare) are judged one by one. The same verdicts as judging every
    character, at about a hundredth of the cost.
    """
    if not text:
        return True
    bad = len(_bad_bmp().findall(text))
    if not text.isascii():
        bad += sum(1 for ch in _ASTRAL.findall(text) if _bad_char(ch))
    return bad <= max(2, len(text) // 200)


_FORGIVEN_FROM = 16
"""How many characters a text must have before one damaged UTF-8 byte is taken for damage."""


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a file cut in mid-character, a stray byte): decoded with U+FFFD
    in their place, or None when the damage is too widespread to be UTF-8 at all."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    # one damaged character is forgiven in a text long enough for it to be a cut or a stray byte; in a few
    # characters it is as likely another encoding's (GB18030 b"\x81F" is 丗, not U+FFFD and F)
    allowed = max(1, len(text) // 1000) if len(text) >= _FORGIVEN_FROM else 0
    return text if damaged <= allowed else None


def decode_bytes(data: bytes, name: str = "input") -> Decoded:
    """Decode the bytes of an article; raise :class:`InputError` with one line when they are not text."""
    sha = hashlib.sha256(data).hexdigest()
    encoding = ""
    body = data
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding, body = enc, data[len(bom) :]
            break
    if encoding:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}: not valid {encoding} despite its byte-order mark ({exc.reason})"
            ) from None
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: looks like a binary file, not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            repaired = _mostly_utf8(data)
            if repaired is not None:
                text, encoding = repaired, "utf-8"
            else:
                try:
                    text, encoding = data.decode("gb18030"), "gb18030"
                except UnicodeDecodeError:
                    raise InputError(
                        f"{name}: neither UTF-8 nor GB18030 text (bad byte at offset {utf8_error.start})"
                    ) from None
    if not _plausible(text):
        raise InputError(f"{name}: looks like a binary file, not {encoding} text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    return Decoded(text=text, encoding=encoding, sha256=sha)


def read_path(path: Path) -> Decoded:
    """Read and decode one file, never writing to it."""
    try:
        if path.is_dir():
            raise InputError(f"{path}: is a folder, expected a text file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: too large ({size} bytes; the limit is {MAX_BYTES})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a text file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode_bytes(data, str(path))


def expand_paths(paths: list[Path], on_error: Callable[[InputError], None] | None = None) -> list[Path]:
    """Turn files and folders into a sorted list of article files (``*.txt`` and saved pages in a folder).

    A missing path, an unreadable folder or a folder without articles raises :class:`InputError`; with
    ``on_error`` it is handed to that instead and skipped, so that the other paths are still used.
    """
    out: list[Path] = []
    for path in paths:
        try:
            out.extend(_expand_one(path))
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
    return out


def _expand_one(path: Path) -> list[Path]:
    if path.is_dir():
        try:
            with os.scandir(
                path
            ) as entries:  # a folder's entries know their type: no stat for each of 10,000
                names = sorted(e.name for e in entries if _is_article(e.name) and e.is_file())
            found = [path / name for name in names]  # in one folder, ordered by name as paths are
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        if not found:
            raise InputError(f"{path}: the folder holds no .txt or .html files")
        return found
    if path.exists():
        return [path]
    raise InputError(f"{path}: no such file or folder")


def _is_article(name: str) -> bool:
    """A file name with an article's suffix (``Path.suffix``: a leading dot alone is no suffix)."""
    return os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """Characters of the blocks that matter here whose NFKC form is one other character (built once)."""
    table: dict[int, str] = {}
    blocks = (
        (0x80, 0x250),  # Latin-1 and Latin Extended: no-break space, superscripts, ligatures
        (0x2000, 0x2200),  # punctuation, super/subscripts, letterlike symbols, number forms
        (0x2460, 0x2500),  # enclosed alphanumerics
        (0x3000, 0x3100),  # CJK symbols and punctuation
        (0x3200, 0x3400),  # enclosed CJK letters, CJK compatibility
        (0xF900, 0xFB00),  # CJK compatibility ideographs
        (0xFE30, 0xFE70),  # CJK compatibility forms, small form variants
        (0xFF00, 0xFFF0),  # half-width and full-width forms
    )
    for code in (c for start, end in blocks for c in range(start, end)):
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1 and folded != ch:
            table[code] = folded
    for space in "\u3000\u00a0\u2002\u2003\u2009\u202f":
        table[ord(space)] = " "
    return table


def fold(text: str) -> str:
    """Width- and compatibility-fold text character by character, keeping its length.

    ``５Ｇ`` becomes ``5G``, ``：`` becomes ``:``, the ideographic space a plain space; a character whose
    NFKC form is longer than one character (``…``, ``㎡``) is kept, so every offset in the folded text is
    the offset of the same character in the original.
    """
    if text.isascii():
        return text
    # Each distinct foldable character replaced in one C pass (a line holds a few: ，：（）), not a dict
    # look-up per character as str.translate does; safe because no folded form is itself a key of the
    # table (NFKC is idempotent, spaces fold to ASCII), so the order of the replacements cannot chain.
    table = _fold_table()
    for ch in set(_foldable().findall(text)):
        text = text.replace(ch, table[ord(ch)])
    return text


@lru_cache(maxsize=1)
def _foldable() -> re.Pattern[str]:
    """A character class of exactly the keys of :func:`_fold_table` (what :func:`fold` changes)."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_fold_table())) + "]")


@lru_cache(maxsize=1)
def _fold_pattern() -> re.Pattern[str]:
    """A character class of everything :func:`fold` or ASCII lower-casing would change."""
    codes = sorted(_fold_table())
    ranges: list[str] = []
    start = prev = codes[0]
    for code in [*codes[1:], -1]:
        if code == prev + 1:
            prev = code
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        if code >= 0:
            start = prev = code
    return re.compile("[A-Z" + "".join(ranges) + "]")


def needs_fold(text: str) -> bool:
    """True when :func:`fold` plus ASCII lower-casing would change ``text``."""
    return _fold_pattern().search(text) is not None
