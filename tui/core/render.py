"""Plain-text renderings of the model for the command line (no Textual).

Widths are measured in terminal cells (a Chinese character takes two). Output over several documents names
the document on every row: a first column of names, whole, and the default width grows to hold it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from tui.core.model import Block, BlockKind, Document, Figure, SearchAnswer

_KIND_LABEL = {BlockKind.paragraph: "¶", BlockKind.question: "问", BlockKind.answer: "答"}


def clip(text: str, width: int) -> str:
    """Cut text to at most ``width`` terminal cells, ending with … when cut."""
    if cell_len(text) <= width:
        return text
    out = []
    used = 0
    for ch in text:
        w = cell_len(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


#: Speaker labels that only repeat the kind of turn (``问:``, ``A:``): the outline shows no name for them.
_GENERIC_SPEAKERS = frozenset({"问", "答", "Q", "A", "提问", "回答", "记者问"})


def label_column(labels: Sequence[str]) -> list[str]:
    """Names of documents for a first column, padded to the widest (never cut: they tell rows apart)."""
    widest = max((cell_len(label) for label in labels), default=0)
    return [label + " " * (widest - cell_len(label)) for label in labels]


def _cut(lines: list[str], width: int | None, default: int, label: str | None) -> str:
    """Prefix each line with ``label`` (when several documents are shown) and cut it to ``width`` cells;
    the default width leaves room for the label."""
    if label is not None:
        lines = [f"{label}  {line}" for line in lines]
        if width is None:
            width = default + cell_len(label) + 2
    return "\n".join(clip(line, width or default) for line in lines)


def _turn_label(block: Block) -> str:
    """``问``, ``答 (张某)``, ``问 (某某社记者)``, ``·`` or ``¶``: what the block is and who speaks.

    A point is marked ``·``, not numbered: its enumerator (一是, 1., （三）) is in its text already."""
    if block.kind == BlockKind.point:
        return "·"
    label = _KIND_LABEL[block.kind]
    speaker = (block.speaker or "").strip()
    if speaker and speaker not in _GENERIC_SPEAKERS:
        return f"{label} ({speaker})"
    return label


def outline_rows(doc: Document) -> list[str]:
    """The document as an indented tree, one line per node, uncut: title, header, sections, blocks."""
    lines = [doc.title or doc.name]
    if doc.kicker:
        lines.append(f"  {doc.kicker}")
    if doc.subtitle:
        lines.append(f"  {doc.subtitle}")
    meta = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
    if meta:
        lines.append(f"  {meta}")
    for section in doc.sections:
        lines.append(f"  [{section.id}] {section.heading or '导语 (lead)'}")
        for block in section.blocks:
            lines.append(f"      {block.id:<6} {_turn_label(block)} {block.text}")
    return lines


def outline_text(doc: Document, width: int | None = None, label: str | None = None) -> str:
    """The outline of :func:`outline_rows`, each line cut to ``width`` cells (default 100).

    With ``label`` (the document's name, for output over several documents) every line starts with it.
    """
    return _cut(outline_rows(doc), width, 100, label)


def format_value(value: float) -> str:
    """478000.0 → 478,000; 4.5 → 4.5; 1150000000000.0 → 1,150,000,000,000."""
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def pad(text: str, width: int, right: bool = False) -> str:
    """Pad or cut ``text`` to ``width`` terminal cells (CJK characters take two)."""
    text = clip(text, width)
    fill = " " * (width - cell_len(text))
    return fill + text if right else text + fill


def figure_table(
    figures: Sequence[Figure], width: int | None = None, labels: Sequence[str] | None = None
) -> str:
    """An aligned plain-text table of figures (double-width characters measured as two cells).

    ``labels`` (one per figure: the name of its document) add a first column, for tables over several
    documents whose block ids repeat. Lines are cut to ``width`` cells (default 160 plus that column).
    """
    headers = ("block", "figure", "value", "unit", "≈", "metric", "period", "comparison")
    rows = [
        (
            f.block_id,
            f.text,
            format_value(f.value) + (f"–{format_value(f.upper)}" if f.upper is not None else ""),
            f.unit,
            {"over": ">", "under": "<", "about": "~"}.get(f.approx or "", ""),
            f.metric or "",
            f.period or "",
            f.comparison or "",
        )
        for f in figures
    ]
    limits = (6, 16, 22, 8, 1, 30, 10, 18)
    widths = [
        min(limit, max([cell_len(h)] + [cell_len(r[i]) for r in rows]))
        for i, (h, limit) in enumerate(zip(headers, limits, strict=True))
    ]
    lines = []
    for row in (headers, *rows):
        cells = [pad(c, w, right=(i == 2)) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    if labels is None:
        table = _cut(lines, width, 160, None)
    else:
        column = label_column(["doc", *labels])
        table = "\n".join(
            _cut([line], width, 160, label).rstrip() for label, line in zip(column, lines, strict=True)
        )
    return f"{table}\n{_count(len(figures), 'figure')}"


def _count(n: int, noun: str) -> str:
    """``1 figure``, ``3 figures``, ``1,316 hits``."""
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def answer_header(answer: SearchAnswer, query: str) -> str:
    """``失业率: 4 hits, 1 shown``: the query as read, how many units matched and how many are listed; when
    some hold only part of the query, how many hold every word and how many some
    (``社零 增速: 52 hits, 10 shown · 12 with every word · 40 with some``)."""
    head = f"{query}: {_count(answer.total, 'hit')}, {answer.shown:,} shown"
    if answer.every is None:
        return head
    return f"{head} · {answer.every:,} with every word · {answer.total - answer.every:,} with some"


def hits_text(answer: SearchAnswer, query: str, width: int = 100, labels: Sequence[str] | None = None) -> str:
    """An answer as text: the header, then per hit its document, location, kind and score, and under it
    the snippet with the matches in 【】. ``labels`` name the documents by ``Hit.doc_index`` (default: the
    name the index holds)."""
    lines = [answer_header(answer, query)]
    for hit in answer.hits:
        doc = labels[hit.doc_index] if labels is not None else hit.doc
        where = " › ".join(
            x for x in (hit.heading or ("导语" if hit.section == "s0" else None), hit.block_id) if x
        )
        lines.append(clip(f"{doc}  {where}  [{hit.kind}]  {hit.score:.2f}", width))
        out, pos = [], 0
        for start, end in hit.snippet_spans:
            out.append(hit.snippet[pos:start] + "【" + hit.snippet[start:end] + "】")
            pos = end
        out.append(hit.snippet[pos:])
        lines.append("    " + "".join(out).replace("\n", " "))
    return "\n".join(lines)
