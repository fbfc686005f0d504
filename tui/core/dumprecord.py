"""A news corpus's dump record read as the article it holds: its title, its source and its paragraphs.

A data set of news items is often shared as CSV: a header line of field names (``id,ts,title,source,content``,
or dotted ``file.title``) and records whose fields hold the headline, dates, the outlet and the whole text
(its paragraphs run together, parted by runs of spaces). A reader of such a record sees the article: the
title field is its headline, the source field names who wrote it, a date field dates it, the content field
is its text. The field names themselves, ids and crawl timestamps are the dump's, not the article's. The
content stays one paragraph: its runs of spaces part paragraphs for the eye, but a release's month, given
once in its first one, is the period of the figures in all of them, and the figure passes carry a period
through a paragraph, not across paragraphs.

The form is decided by the header alone: three field names or more, plain identifiers, among them a title
and a content field, then the record (on the same line after a space, or on the next one). Only the first
record is read (a file holding many is a data set, and its first article stands for it). Every line made
here is a span of the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.lines import GLOSS, Line
from tui.core.meta import find_date
from tui.core.text import fold
from tui.core.traditional import simplify

_HEADER = re.compile(r"[A-Za-z_][\w.]*(?:,[A-Za-z_][\w.]*){2,}(?=\s|$)")
"""A CSV header: comma-separated field names, plain identifiers (``file.id,file.title,…``)."""
_TITLE = frozenset({"title", "headline", "标题"})
_CONTENT = frozenset({"content", "text", "body", "article", "正文", "内容"})
_SOURCE = frozenset({"source", "media", "outlet", "publisher", "来源", "媒体"})
_DATED = re.compile(r"(?:^|_)(?:list_?date|pub(?:lish)?(?:ed)?_?(?:date|time)|release_?(?:date|time)|date)$")
"""A field that dates the article (``list_date``, ``publish_time``, ``date``); not a crawl's ``ts``."""


@dataclass(frozen=True)
class DumpRecord:
    """The article a dump record holds: its lines (title first, then the paragraphs) and its source."""

    lines: list[Line]
    source: str | None
    date: str | None
    """The day the record's first dating field gives (``YYYY-MM-DD``), when it gives one."""


def _line(text: str, start: int, end: int) -> Line | None:
    """The stripped span ``text[start:end]`` as a line, or None when it is blank."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if not piece:
        return None
    folded = GLOSS.sub(lambda m: "·" * len(m.group(0)), simplify(fold(piece)))
    return Line(start + lead, start + lead + len(piece), piece, folded)


def _fields(text: str, at: int) -> list[tuple[int, int]]:
    """The spans of the fields of the CSV record that starts at ``at`` (a quoted field without its quotes;
    a quoted field cut off by the end of the text runs to it)."""
    spans: list[tuple[int, int]] = []
    p = at
    while p <= len(text):
        if p < len(text) and text[p] == '"':
            q = p + 1
            while (q := text.find('"', q)) != -1 and text.startswith('""', q):
                q += 2
            end = len(text) if q == -1 else q
            spans.append((p + 1, end))
            p = end + 1
        else:
            ends = [e for e in (text.find(",", p), text.find("\n", p)) if e != -1]
            end = min(ends) if ends else len(text)
            spans.append((p, end))
            p = end
        if p >= len(text) or text[p] != ",":
            break
        p += 1
    return spans


def _role(names: list[str], roles: frozenset[str]) -> int | None:
    """The index of the field whose name (its last dotted part) plays one of ``roles``."""
    for i, name in enumerate(names):
        if name.rsplit(".", 1)[-1].lower() in roles:
            return i
    return None


def dump_record(text: str, lines: list[Line]) -> DumpRecord | None:
    """The article in a dump record when the text opens with a CSV header and a record, else None."""
    if not lines or (m := _HEADER.match(lines[0].text)) is None:
        return None
    names = m.group(0).split(",")
    title_at, content_at = _role(names, _TITLE), _role(names, _CONTENT)
    if title_at is None or content_at is None:
        return None
    p = lines[0].start + m.end()
    while p < len(text) and text[p].isspace():
        p += 1
    spans = _fields(text, p)
    if len(spans) <= max(title_at, content_at):
        return None
    title = _line(text, *spans[title_at])
    if title is None:
        return None
    content = _line(text, *spans[content_at])
    paragraphs = [] if content is None else [content]
    source_at = _role(names, _SOURCE)
    source = _line(text, *spans[source_at]) if source_at is not None and source_at < len(spans) else None
    return DumpRecord(
        [title, *paragraphs], source.text if source is not None else None, _date(text, names, spans)
    )


def _date(text: str, names: list[str], spans: list[tuple[int, int]]) -> str | None:
    """The day the first field named as the article's date holds."""
    for name, (start, end) in zip(names, spans, strict=False):
        if _DATED.search(name.rsplit(".", 1)[-1].lower()) and (found := find_date(text[start:end])):
            return found[0][:10]
    return None
