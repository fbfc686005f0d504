"""The document model: a Document has Sections, a Section has Blocks; Figures; search Hits.

Plain frozen dataclasses: the parser and the extractor build hundreds of thousands of them, and importing
pydantic would cost the explorer's first frame more than everything else it imports. Data from outside the
process (a stored record, JSON) is validated against these same classes by pydantic, in
:mod:`tui.core.schema`; a test validates parsed documents there.

Offsets (``start``, ``end``) are character offsets into ``Document.source``: the decoded text with its
line ends normalized to ``\\n``. ``source[block.start:block.end] == block.text`` always holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any, TypeVar, get_type_hints

_M = TypeVar("_M")


def described(description: str, default: Any = ..., *, factory: Any = None, exclude: bool = False) -> Any:
    """A field with a description; ``exclude`` leaves it out of :func:`to_dict` and of stored JSON."""
    meta = {"description": description, "exclude": exclude}
    if factory is not None:
        return field(default_factory=factory, metadata=meta, repr=not exclude)
    if default is ...:
        return field(metadata=meta, repr=not exclude)
    return field(default=default, metadata=meta, repr=not exclude)


def excluded(model: type) -> frozenset[str]:
    """The fields of a model class that :func:`to_dict` and stored JSON leave out (``Document.text``)."""
    return frozenset(f.name for f in fields(model) if f.metadata.get("exclude"))


def to_dict(value: Any) -> Any:
    """A model as plain data (what pydantic's ``model_dump`` gave): nested models, lists and enums too."""
    if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        return {
            f.name: to_dict(getattr(value, f.name)) for f in fields(value) if not f.metadata.get("exclude")
        }
    if isinstance(value, list):
        return [to_dict(v) for v in value]
    if isinstance(value, tuple):
        return [to_dict(v) for v in value]
    return value


def field_types(model: type) -> dict[str, Any]:
    """Each field of a model class and its type (annotations resolved), in declaration order."""
    hints = get_type_hints(model)
    return {f.name: hints[f.name] for f in fields(model)}


def changed(model: _M, **changes: Any) -> _M:
    """A copy of a frozen model with some fields changed."""
    return replace(model, **changes)  # type: ignore[type-var]


class BlockKind(str, Enum):
    """What a block is in the flow of an interview."""

    paragraph = "paragraph"
    question = "question"
    answer = "answer"
    point = "point"


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """One paragraph of the body: a plain paragraph, a question, an answer paragraph or a point."""

    id: str
    kind: BlockKind
    text: str
    ordinal: int | None = None
    speaker: str | None = None
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """The lead (``heading`` null) or a headed section of the body."""

    id: str
    heading: str | None
    heading_start: int | None = None
    heading_end: int | None = None
    blocks: list[Block] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Boilerplate:
    """A line that is not content: portal chrome, attribution, a disclaimer; kept apart from the body."""

    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """A parsed article."""

    name: str = described("File name, or a label for text that came from elsewhere")
    title: str | None = None
    kicker: str | None = described("The 引题 above the title, when there is one", None)
    subtitle: str | None = described("The 副题 (——访…, ——…答记者问), when there is one", None)
    date: str | None = described("ISO 8601: YYYY-MM-DDTHH:MM, or YYYY-MM-DD", None)
    site: str | None = None
    breadcrumb: list[str] = field(default_factory=list)
    source: str | None = None
    interviewer: str | None = None
    interviewee: str | None = None
    authors: list[str] = described("Reporters and writers named in a byline", factory=list)
    editors: list[str] = described("责任编辑 and the like", factory=list)
    encoding: str = "utf-8"
    sha256: str = ""
    sections: list[Section] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    text: str = described("The decoded source", "", exclude=True)

    def blocks(self) -> Iterator[tuple[Section, Block]]:
        """Every block in reading order with its section."""
        for section in self.sections:
            for block in section.blocks:
                yield section, block

    def block(self, block_id: str) -> Block | None:
        """The block with this id, or None."""
        for _, block in self.blocks():
            if block.id == block_id:
                return block
        return None

    def section_of(self, block_id: str) -> Section | None:
        """The section that holds the block with this id, or None."""
        for section, block in self.blocks():
            if block.id == block_id:
                return section
        return None

    @property
    def day(self) -> dt.date | None:
        """The publication day, for resolving periods such as 9月 or 前三季度."""
        if not self.date:
            return None
        try:
            return dt.date.fromisoformat(self.date[:10])
        except ValueError:
            return None

    def outline_dict(self) -> dict[str, object]:
        """The JSON shape of ``outline --json``."""
        return {
            "name": self.name,
            "title": self.title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "date": self.date,
            "site": self.site,
            "source": self.source,
            "breadcrumb": self.breadcrumb,
            "interviewer": self.interviewer,
            "interviewee": self.interviewee,
            "authors": self.authors,
            "editors": self.editors,
            "encoding": self.encoding,
            "sections": [
                {
                    "id": s.id,
                    "heading": s.heading,
                    "blocks": [
                        {
                            k: v
                            for k, v in {
                                "id": b.id,
                                "kind": b.kind.value,
                                "text": b.text,
                                "ordinal": b.ordinal,
                                "speaker": b.speaker,
                                "start": b.start,
                                "end": b.end,
                            }.items()
                            if v is not None or k not in ("ordinal", "speaker")
                        }
                        for b in s.blocks
                    ],
                }
                for s in self.sections
            ],
            "boilerplate": [{"kind": b.kind, "text": b.text} for b in self.boilerplate],
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """A statistic found in a document: its span, value in base units, and what it measures when.

    Where it comes from: figures are read from the kicker (引题, ``block_id`` ``"head.1"``), the subtitle
    (副题, ``"head.2"``), both with ``section_id`` ``"head"``; from each section's heading (``block_id``
    ``f"{section.id}.0"``: the heading is block 0 of its section) and from its blocks, in that reading
    order. ``start``/``end`` are offsets into the text the figure was found in (the kicker, the subtitle,
    the heading or the block's text), and ``sentence`` is the sentence (or clause, when the sentence is very
    long) of that text that holds it, as written.

    A range (``5%至6%``, ``3至5万人``) is two figures, one per end, each with its own span and value: the low
    end has ``bound`` ``"low"`` and the high end's value in ``upper``; the high end has ``bound`` ``"high"`` and
    the low end's value in ``lower``. A share written as a fraction keeps it readable in ``fraction``
    (``三分之一`` → ``"1/3"``) while ``value`` is the exact percentage (100/3) for sorting and comparing.
    ``measure`` says what kind of measure the value is (:data:`tui.core.vocab.MEASURES`: level, change, yoy,
    mom, points, share, new, cumulative, multiple), kept apart from ``metric``; ``comparison`` is the
    comparison as written (同比增长, 比上年末增加, 占…比重).
    """

    text: str = described("The exact span, approximation words included")
    start: int = described("Offset of the span in the text it was found in (block, heading, kicker)")
    end: int
    value: float = described("In base units: 47.8万家 → 478000; 六成 → 60 (%); 三分之一 → 100/3 (%)")
    upper: float | None = described("On the low end of a range: the high end's value", None)
    lower: float | None = described("On the high end of a range: the low end's value", None)
    bound: str | None = described("low or high: this figure is one end of a range", None)
    fraction: str | None = described("A share written as a fraction: 1/3", None)
    unit: str
    approx: str | None = described("over, under, about, or null", None)
    metric: str | None = None
    measure: str | None = described(
        "level, change, yoy, mom, points, share, new, cumulative or multiple", None
    )
    period: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    comparison: str | None = None
    sentence: str = described("The sentence (or clause) the figure comes from, as written", "")
    kind: str = described("count, money, percent, multiple or other")
    block_id: str
    section_id: str = ""
    doc: str = ""


@dataclass(slots=True)
class Hit:
    """A search result: a block (or a heading or title, ``block_id`` None) with its score and highlights.

    Not frozen: a query builds up to hundreds of these, and a frozen dataclass's ``__init__`` costs about
    three times as much. ``spans`` are (start, end) offsets of matched terms in ``text``;
    ``snippet_spans`` the same in ``snippet``.
    """

    doc: str
    doc_index: int
    section: str | None
    heading: str | None
    block_id: str | None
    kind: str
    score: float
    text: str
    snippet: str
    spans: list[tuple[int, int]]
    snippet_spans: list[tuple[int, int]] = field(default_factory=list)
    tier: int = 1
    """1: the unit holds every word of the query; 2: only some of them (best match after all-match)."""

    def to_json(self) -> dict[str, object]:
        """The fields of ``search --json``."""
        return {
            "doc": self.doc,
            "section": self.section,
            "block_id": self.block_id,
            "score": self.score,
            "text": self.text,
            "snippet": self.snippet,
            "spans": [list(span) for span in self.spans],
            "tier": self.tier,
        }


@dataclass(frozen=True, slots=True)
class SearchAnswer:
    """The answer to a query: the hits shown (best first, at most the limit asked) and how many matched."""

    hits: list[Hit]
    total: int
    every: int | None = None
    """How many of ``total`` hold every word of the query (None: the search had one tier, all of them)."""

    @property
    def shown(self) -> int:
        """How many hits are listed (``total`` may be larger when a limit cut the list)."""
        return len(self.hits)
