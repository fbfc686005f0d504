"""Plain-text renderings of series for the command line: the metrics, a timeline, the disagreements.

Widths are measured in terminal cells. A value is shown as a reader writes it (15.8万亿元, 3.5%, -0.47%,
约3.5%), its sign from the comparison; every row names its document (the path as given) and quotes the
sentence it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len

from tui.core.disagree import Disagreement
from tui.core.model import Figure
from tui.core.periodkind import period_label
from tui.core.render import clip, pad
from tui.core.series import MetricSummary, Point, Timeline, key_label
from tui.core.vocab import counted

_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_SCALED_UNITS = frozenset(
    {"元", "美元", "欧元", "日元", "港元", "英镑", "吨", "人", "户", "家", "个", "千瓦", "千瓦时", ""}
)
_APPROX = {"over": ">", "under": "<", "about": "约"}


def _number(value: float) -> str:
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def value_text(value: float, unit: str, approx: str | None = None, upper: float | None = None) -> str:
    """A value as a reader writes it: 1.58e13 元 → 15.8万亿元, 3.5 % → 3.5%, a range 5–6%, over → >."""
    scale, word = 1.0, ""
    if unit in _SCALED_UNITS:
        scale, word = next(((s, w) for s, w in _SCALES if abs(value) >= s), (1.0, ""))
    text = _number(value / scale)
    if upper is not None:
        text += "–" + _number(upper / scale)
    return f"{_APPROX.get(approx or '', '')}{text}{word}{unit}"


def written(value: float, text: str, unit: str, approx: str | None = None, upper: float | None = None) -> str:
    """A point's value as its article wrote it (3.0%, 约3.5%, 15.8万亿元), with a minus when the comparison
    says it fell (下降0.47% → -0.47%); a range, or a figure without its text, from the value."""
    if upper is not None or not text:
        return value_text(value, unit, approx, upper)
    return ("-" if value < 0 else "") + text


def name_cell(label: str, width: int) -> str:
    """A document's path in ``width`` cells: cut at the left when too long (the file name is what tells
    documents apart), padded on the right."""
    if cell_len(label) > width:
        tail = ""
        for ch in reversed(label):
            if cell_len(tail) + cell_len(ch) > width - 1:
                break
            tail = ch + tail
        label = "…" + tail
    return pad(label, width)


def metrics_text(summaries: Sequence[MetricSummary], width: int = 120) -> str:
    """One metric a line: documents, points, the key and the span of its resolved periods."""
    lines = [f"{'docs':>5}  {'points':>6}  {'periods':<23}  metric"]
    for s in summaries:
        span = f"{s.first} … {s.last}" if s.first and s.last and s.first != s.last else (s.last or "")
        lines.append(clip(f"{s.documents:>5,}  {s.points:>6,}  {span:<23}  {key_label(s.key)}", width))
    return "\n".join([*lines, counted(len(summaries), "metric")])


def _point_row(point: Point, unit: str, label: str, sentence: str, widths: tuple[int, int]) -> str:
    when = period_label(point.kind, point.start, point.end) or (point.period or "—")
    value = written(point.value, point.text, unit, point.approx, point.upper)
    return (
        f"  {pad(when, 18)}  {pad(value, 16, right=True)}  {name_cell(label, widths[0])}  "
        f"{clip(sentence.replace(chr(10), ' '), widths[1])}"
    ).rstrip()


def timeline_text(
    timeline: Timeline, labels: Sequence[str], sentence: Callable[[int], str], width: int = 160
) -> str:
    """A timeline: its key, then the points of each kind of period in order, each with its document and
    sentence; the points whose period is not resolved last, under 未定."""
    docs = {p.doc for p in timeline.points}
    head = f"{key_label(timeline.key)}: {counted(len(timeline.points), 'point')} in {counted(len(docs), 'document')}"
    name_width = min(32, max((cell_len(labels[p.doc]) for p in timeline.points), default=8))
    widths = (name_width, max(20, width - name_width - 42))
    lines = [head]
    for kind in timeline.kinds():
        lines.append(kind)
        lines.extend(
            _point_row(p, timeline.key.unit, labels[p.doc], sentence(p.row), widths)
            for p in timeline.points
            if p.kind == kind
        )
    return "\n".join(lines)


def disagreements_text(
    found: Sequence[Disagreement], labels: Sequence[str], figure: Callable[[int], Figure], width: int = 160
) -> str:
    """Each disagreement: the key and the period, then each value with its documents and sentence."""
    blocks: list[str] = []
    for d in found:
        period = period_label(d.kind, d.start, d.end)
        lines = [f"{key_label(d.key)} · {period} ({d.kind})"]
        for reading in d.readings:
            for row, doc in zip(reading.rows, reading.docs, strict=True):
                f, sign = figure(row), -1 if reading.reported.value < 0 else 1
                upper = None if f.upper is None else sign * f.upper
                value = written(sign * f.value, f.text, d.key.unit, f.approx, upper)
                quoted = clip(f.sentence.replace("\n", " "), max(20, width - 50))
                lines.append(
                    f"  {pad(value, 14, right=True)}  {name_cell(labels[doc], 28)}  {quoted}".rstrip()
                )
        blocks.append("\n".join(lines))
    return "\n\n".join([*blocks, counted(len(found), "disagreement")])
