"""The query language of search: words (all must match), ``A OR B``, ``-word``, ``"exact phrase"``.

Queries are read leniently: stray operators and unbalanced quotes are ignored, punctuation-only words
dropped, and nothing a user types raises. Text is normalized like the index (:func:`tui.core.tokens.norm`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core import tokens

_PUNCT_ONLY = re.compile(r"^[\W_]+$")


@dataclass(frozen=True)
class Word:
    """One query word: its normalized text, and whether it must occur exactly (a quoted phrase)."""

    text: str
    phrase: bool = False


@dataclass(frozen=True)
class Interpretation:
    """How a query is read, as data: the parsed query, what was typed, what it was read as and how.

    ``how`` is ``"typed"`` (searched as typed), ``"simplified"`` (traditional characters read in simplified
    form), ``"full"``, ``"prefix"`` or ``"initials"`` (pinyin read as the Chinese term ``term``), or
    ``"none"`` (pinyin that no term of the documents reads as; the query finds nothing). ``label`` is a
    ready-made line for display (``zjtx → 专精特新``); callers that want their own wording use the fields.
    """

    query: Query
    label: str | None = None
    typed: str = ""
    term: str | None = None
    how: str = "typed"


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
