"""The query language of search: words, ``A OR B``, ``-word``, ``+word``, ``"exact phrase"``.

A query is a list of clauses, one per word typed (``A OR B`` is one clause of two words). A unit that holds
every clause is a hit of the first tier; a unit that holds only some of them (or only some of the words
jieba finds in a long typed word) is a hit of the second tier, ranked after the first. ``+word`` makes its
clause required (a unit without it is in neither tier), ``-word`` excludes, ``"…"`` asks for the exact
string (no other forms, no words apart, no parts).

Queries are read leniently: stray operators and unbalanced quotes are ignored, punctuation-only words
dropped, and nothing a user types raises. Text is normalized like the index (:func:`tui.core.tokens.norm`).
The other forms of a word (the genre's equivalents, the ways to write its numbers) and the parts of a long
word are added by :func:`tui.core.index.expansion.expand_query`, which also says what it added
(:class:`Variant`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tui.core import tokens

_PUNCT_ONLY = re.compile(r"^[\W_]+$")

TYPED = "typed"
EQUIVALENT = "equivalent"
NUMBER = "number"


@dataclass(frozen=True)
class Word:
    """One query word: its normalized text, whether it must occur exactly (a quoted phrase), and how it
    came to be searched: ``"typed"``, or ``"equivalent"`` / ``"number"`` for another form of a typed word."""

    text: str
    phrase: bool = False
    via: str = TYPED


@dataclass(frozen=True)
class Clause:
    """What a unit must hold for one typed word: any of ``words`` (the word typed, the alternatives of
    ``A OR B``, and the other forms of each).

    ``parts`` are the words jieba finds in a long typed word (研发投入强度: 研发, 投入, 强度), each with its
    other forms: a unit that holds some of them but not the clause is a second-tier hit and counts half.
    ``required`` (``+word``) keeps every unit without the clause out of both tiers.
    """

    words: tuple[Word, ...]
    required: bool = False
    parts: tuple[tuple[Word, ...], ...] = ()

    @property
    def typed(self) -> tuple[Word, ...]:
        """The words of the clause as typed (no other forms)."""
        return tuple(w for w in self.words if w.via == TYPED)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> Word:
        return self.words[i]


@dataclass(frozen=True)
class Variant:
    """Another form a typed word (or a part of it) is searched as, as data: ``typed`` → ``term``, and
    ``how``: ``"equivalent"`` (the genre's abbreviations and synonyms, 社零 → 社会消费品零售总额) or
    ``"number"`` (the same number written otherwise, 8.3个点 → 8.3个百分点, 40% → 四成)."""

    typed: str
    term: str
    how: str
    part: bool = False
    """Whether ``typed`` is a part of a typed word (研发 of 研发投入强度), not a whole one."""


@dataclass(frozen=True)
class Interpretation:
    """How a query is read, as data: the parsed query, what was typed, what it was read as and how.

    ``how`` is ``"typed"`` (searched as typed), ``"simplified"`` (traditional characters read in simplified
    form), ``"full"``, ``"prefix"`` or ``"initials"`` (pinyin read as the Chinese term ``term``), or
    ``"none"`` (pinyin that no term of the documents reads as; the query finds nothing). ``variants`` are
    the other forms its words are searched as too (:class:`Variant`). ``label`` is a ready-made line for
    display (``zjtx → 专精特新``, ``社零 → 社会消费品零售总额``); callers that want their own wording use
    the fields.
    """

    query: Query
    label: str | None = None
    typed: str = ""
    term: str | None = None
    how: str = "typed"
    variants: tuple[Variant, ...] = ()


@dataclass
class Query:
    """A parsed query: clauses (see :class:`Clause`) and excluded words.

    ``expanded`` is set once the other forms and parts have been added (they are added once).
    """

    clauses: list[Clause] = field(default_factory=list)
    excluded: list[Word] = field(default_factory=list)
    expanded: bool = False

    @property
    def positive(self) -> list[Word]:
        """Every word a unit may match: the clauses' words and their parts' words."""
        out = [w for clause in self.clauses for w in clause.words]
        out.extend(w for clause in self.clauses for part in clause.parts for w in part)
        return out

    @property
    def tiers(self) -> bool:
        """Whether some unit may hold part of the query and not all of it (a second tier)."""
        return len(self.clauses) > 1 or any(c.parts for c in self.clauses)


def parse_query(text: str) -> Query:
    """Read a query leniently: ``a b`` (a and b first, then either), ``a OR b``, ``-a``, ``+a``, ``"a b"``."""
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
        sign = value[0] if not quoted and len(value) > 1 and value[0] in "-+" else ""
        value = value[len(sign) :]
        if not value or _PUNCT_ONLY.match(value):
            pending_or = False
            continue
        word = Word(value, quoted)
        if sign == "-":
            query.excluded.append(word)
        elif pending_or and query.clauses:
            last = query.clauses[-1]
            query.clauses[-1] = Clause((*last.words, word), last.required or sign == "+")
        else:
            query.clauses.append(Clause((word,), sign == "+"))
        pending_or = False
    return query
