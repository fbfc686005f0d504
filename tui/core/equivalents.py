"""The genre's equivalents: abbreviations and synonyms (规上 ↔ 规模以上, 社零 ↔ 社会消费品零售总额, CPI ↔ 居民消费价格指数).

The table is data, ``content/equivalents.tsv``: one group a line, its canonical form first. It is parsed
once, on first use. Two readings of it:

- :func:`expand` gives the other spellings of a query word, in both directions and inside a longer word
  (规上工业增加值 → 规模以上工业增加值), as :class:`Expansion` data for search to match and show;
- :func:`canonical_metric` rewrites a metric phrase with every form replaced by its group's canonical form
  (the longest form at each position, left to right), so that metrics of different articles compare.

A form found inside a longer word counts only where word segmentation agrees (jieba): 规上 in 规上工业, not
in 法规上; 国企 in 国企改革, not in 外国企业; 人行 alone, not in 人行道; 三季度 alone, not in 前三季度 (a number
after 前 counts: the first three quarters). Forms and words are compared
normalized (:func:`tui.core.tokens.norm`: widths folded, Latin letters in lower case, simplified characters).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tui.core import tokens
from tui.core.text import bundled_content_dir

_NUMERALS = frozenset("0123456789一二两三四五六七八九十")


@dataclass(frozen=True)
class Group:
    """Forms that name the same thing; ``forms[0]`` is the canonical one."""

    forms: tuple[str, ...]

    @property
    def canonical(self) -> str:
        return self.forms[0]


@dataclass(frozen=True)
class Expansion:
    """Another way to write a query word: ``word`` with ``found`` (a form of a group, at ``start``)
    replaced by each of the group's other forms, which gives ``forms``; ``canonical`` names the group."""

    word: str
    forms: tuple[str, ...]
    canonical: str
    found: str
    start: int = 0

    @property
    def whole(self) -> bool:
        """Whether the word is itself a form (社零), not a word that holds one (社零增速)."""
        return self.found == self.word


class EquivalenceTable:
    """The parsed table: groups in file order and, for every form, the groups it belongs to."""

    def __init__(self, groups: Iterable[Group]) -> None:
        self.groups = list(groups)
        self._groups_of: dict[str, list[Group]] = {}
        for group in self.groups:
            for form in group.forms:
                self._groups_of.setdefault(form, []).append(group)
        self._longest = max((len(f) for f in self._groups_of), default=0)

    @classmethod
    def parse(cls, text: str) -> EquivalenceTable:
        """Read the table's text: a group a line, forms separated by white space, ``#`` comments."""
        groups: list[Group] = []
        for line in text.splitlines():
            forms = tuple(dict.fromkeys(tokens.norm(f) for f in line.partition("#")[0].split()))
            if len(forms) > 1:
                groups.append(Group(forms))
        return cls(groups)

    @classmethod
    def load(cls, path: Path) -> EquivalenceTable:
        """The table in a file; an empty table when the file cannot be read."""
        try:
            return cls.parse(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return cls([])

    def __len__(self) -> int:
        return len(self.groups)

    def groups_of(self, form: str) -> list[Group]:
        """The groups a (normalized) form belongs to, in file order; empty when it is no form."""
        return self._groups_of.get(form, [])

    # query words ------------------------------------------------------------------------------------------
    def expand(self, word: str) -> list[Expansion]:
        """The other spellings of a query word: the word's own groups when it is a form, else one expansion
        per group of each form found inside it (see :meth:`forms_in`)."""
        word = tokens.norm(word)
        if word in self._groups_of:
            return [_expansion(word, group, word, 0) for group in self._groups_of[word]]
        return [
            _expansion(word, group, form, start)
            for start, form in self.forms_in(word)
            for group in self._groups_of[form]
        ]

    def forms_in(self, text: str) -> list[tuple[int, str]]:
        """The forms inside normalized ``text``, with their offsets: from left to right the longest form at
        each position that stands on its own there (segmentation agrees), none overlapping."""
        found: list[tuple[int, str]] = []
        pieces: list[tuple[str, int, int]] | None = None
        i = 0
        while i < len(text):
            for form in self._forms_at(text, i):
                if i and text[i - 1] == "前" and form[0] in _NUMERALS:
                    continue  # 前三季度 is the first three quarters, not 前 + the third quarter
                if form != text:
                    pieces = _tokens(text) if pieces is None else pieces
                    if not _at_boundaries(text, i, i + len(form), pieces):
                        continue
                found.append((i, form))
                i += len(form) - 1
                break
            i += 1
        return found

    def _forms_at(self, text: str, start: int) -> list[str]:
        limit = min(self._longest, len(text) - start)
        return [
            text[start : start + n] for n in range(limit, 0, -1) if text[start : start + n] in self._groups_of
        ]

    # metric phrases ---------------------------------------------------------------------------------------
    def canonical_metric(self, phrase: str) -> str:
        """The phrase with each form (see :meth:`forms_in`) replaced by the canonical form of its first
        group: 规上工业增加值 → 规模以上工业增加值, CPI → 居民消费价格指数."""
        text = tokens.norm(phrase)
        out: list[str] = []
        done = 0
        for start, form in self.forms_in(text):
            out.append(text[done:start] + self._groups_of[form][0].canonical)
            done = start + len(form)
        out.append(text[done:])
        return "".join(out)


def _expansion(word: str, group: Group, found: str, start: int) -> Expansion:
    head, tail = word[:start], word[start + len(found) :]
    forms = tuple(head + form + tail for form in group.forms if form != found)
    return Expansion(word=word, forms=forms, canonical=group.canonical, found=found, start=start)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """jieba's tokens of the text (default mode), with their offsets: jieba's algorithm replayed over its
    mapped dictionary (:func:`tui.core.tokens.cutter`), so that reading metrics never starts jieba."""
    out: list[tuple[str, int, int]] = []
    at = 0
    for word in tokens.cutter().cut(text):
        out.append((word, at, at + len(word)))
        at += len(word)
    return out


def _at_boundaries(text: str, start: int, end: int, pieces: list[tuple[str, int, int]]) -> bool:
    """Whether a form at ``text[start:end]`` stands on its own there: each of its ends falls between two
    tokens, or inside a token that is no word of the dictionary (jieba guesses 央企营 + 收 for 央企营收), or
    inside a word that the form and another word of two or more characters make up (国企 + 改革). So 规上
    holds in 规上工业 but not in 法规上 (法规), 人行 not in 人行道, 高企 not in 提高企业 (提高)."""
    freq = tokens.cutter().freq
    for word, s, e in pieces:
        for edge in (start, end):
            if not s < edge < e or not freq(word):
                continue
            rest = text[end:e] if edge == end and s >= start else text[s:start] if e <= end else ""
            if len(rest) < 2 or not freq(rest):
                return False
    return True


@lru_cache(maxsize=1)
def table() -> EquivalenceTable:
    """The bundled table (``content/equivalents.tsv``), parsed on first use."""
    return EquivalenceTable.load(bundled_content_dir() / "equivalents.tsv")


def expand(word: str) -> list[Expansion]:
    """The other spellings of a query word by the bundled table (see :meth:`EquivalenceTable.expand`)."""
    return table().expand(word)


def canonical_metric(phrase: str) -> str:
    """A metric phrase in canonical forms by the bundled table (:meth:`EquivalenceTable.canonical_metric`)."""
    return table().canonical_metric(phrase)
