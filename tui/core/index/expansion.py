"""Expansion: the other forms a typed word is searched as, and the parts of a long word that count alone.

- **Equivalents** (:mod:`tui.core.equivalents`): the genre's abbreviations and synonyms, both ways and
  inside a longer word (社零 → 社会消费品零售总额, 规上工业增加值 → 规模以上工业增加值);
- **numbers** (:mod:`tui.core.numberforms`): the same number written otherwise (8.3个点 → 8.3个百分点,
  40% → 四成, 1.2万亿 → 12000亿, 6% → 6.0%);
- **parts**: jieba's words of a long typed word (研发投入强度 → 研发, 投入, 强度), each with its own other
  forms; a unit that holds some of them but not the word is a second-tier hit.

A quoted phrase gets none of these. The forms are added to the word's clause (a unit holding any of them
holds the clause) and reported as :class:`~tui.core.query.Variant` data.
"""

from __future__ import annotations

from tui.core import tokens
from tui.core.equivalents import expand
from tui.core.numberforms import numbers_in
from tui.core.query import EQUIVALENT, NUMBER, TYPED, Clause, Query, Variant, Word

MAX_FORMS = 12
"""At most this many other forms per word (a number may be written in a dozen ways; the first are likeliest)."""


def other_forms(text: str) -> list[tuple[str, str]]:
    """The other forms of a normalized word, with how each was found (equivalent, then number), distinct
    and never the word itself."""
    found: dict[str, str] = {}
    for expansion in expand(text):
        for form in expansion.forms:
            found.setdefault(form, EQUIVALENT)
    for number in numbers_in(text):
        if not number.unit and not any(ch in number.text for ch in ",万亿"):
            continue  # a bare number (05, 2019) is searched as typed: 5 would find every 5
        head, tail = text[: number.start], text[number.end :]
        for form in number.forms:
            found.setdefault(head + form + tail, NUMBER)
    found.pop(text, None)
    return list(found.items())[:MAX_FORMS]


def parts_of(word: Word) -> list[str]:
    """jieba's words of a typed word that count on their own: two or more of them, each longer than one
    character (or Latin letters and digits); none for a phrase."""
    if word.phrase:
        return []
    pieces = [p for p in dict.fromkeys(tokens.query_words(word.text)) if len(p) > 1 or p.isascii()]
    return pieces if len(pieces) >= 2 else []


def expand_query(query: Query) -> tuple[Query, tuple[Variant, ...]]:
    """The query with every typed word's other forms and parts added, and what was added (once: an
    expanded query comes back as it is, with no variants)."""
    if query.expanded:
        return query, ()
    variants: dict[Variant, None] = {}
    clauses = []
    for clause in query.clauses:
        words = dict.fromkeys(clause.words)
        for word in clause.words:
            if word.phrase:
                continue
            for form, how in other_forms(word.text):
                words.setdefault(Word(form, False, how))
                variants.setdefault(Variant(word.text, form, how))
        parts: list[tuple[Word, ...]] = []
        if len(clause.words) == 1:
            for piece in parts_of(clause.words[0]):
                forms = other_forms(piece)
                parts.append((Word(piece), *(Word(form, False, how) for form, how in forms)))
                for form, how in forms:
                    variants.setdefault(Variant(piece, form, how, part=True))
        clauses.append(Clause(_needed(tuple(words)), clause.required, tuple(_needed(p) for p in parts)))
    return Query(clauses, list(query.excluded), expanded=True), tuple(variants)


def _needed(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """The words of a clause without the other forms that hold another of its words (a unit holding
    个百分点 holds 百分点 too, 社零总额 holds 社零): they would find nothing more."""
    kept: list[Word] = []
    for word in sorted(words, key=lambda w: len(w.text)):
        if word.via == TYPED or not any(k.text in word.text for k in kept):
            kept.append(word)
    return tuple(w for w in words if w in kept)


def label(variants: tuple[Variant, ...]) -> str | None:
    """``社零 → 社会消费品零售总额``: the first equivalent of each typed word (not of its parts, not its
    numbers), for display; None when there is none."""
    shown: dict[str, str] = {}
    for variant in variants:
        if variant.how == EQUIVALENT and not variant.part:
            shown.setdefault(variant.typed, variant.term)
    return " · ".join(f"{typed} → {term}" for typed, term in shown.items()) or None
