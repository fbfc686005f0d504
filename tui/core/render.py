"""Plain-text renderings of the model for the command line (no Textual)."""

from __future__ import annotations

from rich.cells import cell_len

from tui.core.model import BlockKind, Document, Figure, Hit

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


def outline_text(doc: Document, width: int = 100) -> str:
    """The document as an indented tree, one line per node, cut to ``width`` cells."""
    lines = [clip(doc.title or doc.name, width)]
    meta = " · ".join(x for x in (doc.date, doc.source, doc.site) if x)
    if meta:
        lines.append(f"  {meta}")
    for section in doc.sections:
        lines.append(clip(f"  [{section.id}] {section.heading or '导语 (lead)'}", width))
        for block in section.blocks:
            label = f"{block.ordinal}." if block.kind == BlockKind.point else _KIND_LABEL[block.kind]
            lines.append(clip(f"      {block.id:<6} {label} {block.text}", width))
    return "\n".join(lines)


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


def figure_table(figures: list[Figure], width: int = 160) -> str:
    """An aligned plain-text table of figures (double-width characters measured as two cells)."""
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
        lines.append(clip("  ".join(cells).rstrip(), width))
    lines.append(f"{len(figures)} figures")
    return "\n".join(lines)


def hits_text(hits: list[Hit], query: str, width: int = 100) -> str:
    """Hits as text: location and score, then the snippet with matches in 【】."""
    lines = [f"{len(hits)} hits for {query}"]
    for hit in hits:
        where = " › ".join(
            x for x in (hit.heading or ("导语" if hit.section == "s0" else None), hit.block_id) if x
        )
        lines.append(clip(f"{hit.doc}  {where}  [{hit.kind}]  {hit.score:.2f}", width))
        out, pos = [], 0
        for start, end in hit.snippet_spans:
            out.append(hit.snippet[pos:start] + "【" + hit.snippet[start:end] + "】")
            pos = end
        out.append(hit.snippet[pos:])
        lines.append("    " + "".join(out).replace("\n", " "))
    return "\n".join(lines)
