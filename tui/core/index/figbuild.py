"""Finding a collection's figures after it is built: from the stored documents of its segments, in worker
processes when there are many documents, each segment's documents cut into ranges when there are fewer segments
than workers (a build folds its segments into one: a core must not sit idle), the ranges' figure files joined
into the segment's own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from tui.core.index.build import SERIAL_DOCS, Progress, Reporter, collect_workers, worker_context
from tui.core.index.figstore import FigureCollector


def _find_in_segment(
    folder: Path, name: str, report: Callable[[int], None], docs: tuple[int, int] | None = None, out: str = ""
) -> None:
    """Find the figures of a segment's documents (from their records; ``docs``: a range of them) and write
    them as the figure file of ``out`` (the segment's own by default)."""
    from tui.core.figures import extract
    from tui.core.index.segment import Segment

    segment = Segment.open(folder / name)
    first, last = docs if docs is not None else (0, segment.n_docs)
    collector = FigureCollector()
    for doc in range(first, last):
        collector.add(extract(segment.document(doc)))
        if (doc - first) % 16 == 15:
            report(16)
    collector.write(folder, out or name)
    report((last - first) % 16)


Task = tuple[str, int, int, str]
"""Figures to find: a segment, a range of its documents, and the name the part is written under."""


def _figure_worker(folder: str, tasks: list[Task], channel: Any) -> None:
    """A worker process: the figure files of the parts given."""
    try:
        for name, a, b, out in tasks:
            _find_in_segment(Path(folder), name, lambda n: channel.put(("progress", n)), (a, b), out)
        channel.put(("done", None))
    except BaseException as exc:  # reported to the parent, which raises it
        channel.put(("failed", f"{type(exc).__name__}: {exc}"))


def figure_tasks(segments: Sequence[tuple[str, int]], count: int) -> list[Task]:
    """The segments' documents cut into parts of about an equal share for ``count`` workers: a segment
    bigger than a share is cut into ranges (a build folds its segments into one, and an update adds a small
    one beside it: dealt whole, one worker would take nearly everything)."""
    total = sum(docs for _, docs in segments)
    share = max(1, -(-total // max(1, count)))
    tasks: list[Task] = []
    for name, docs in segments:
        pieces = max(1, -(-docs // share))
        bounds = [docs * k // pieces for k in range(pieces + 1)]
        for k in range(pieces):
            tasks.append((name, bounds[k], bounds[k + 1], name if pieces == 1 else f"{name}.part{k}"))
    return tasks


def _join_parts(folder: Path, tasks: list[Task]) -> None:
    """Join the figure files of a segment's parts into the segment's own, and remove the parts."""
    from tui.core.index.figstore import FigureStore, join_stores, store_name

    parts: dict[str, list[Task]] = {}
    for task in tasks:
        if task[3] != task[0]:
            parts.setdefault(task[0], []).append(task)
    for name, pieces in parts.items():
        stores = [FigureStore.open(folder / store_name(out)) for _, _, _, out in pieces]
        maps = [np.arange(a, b, dtype=np.int64) for _, a, b, _ in pieces]
        join_stores(stores, maps).write(folder, name)
        for _, _, _, out in pieces:
            (folder / store_name(out)).unlink(missing_ok=True)


def find_figures(
    folder: Path,
    segments: Sequence[tuple[str, int]],
    progress: Callable[[Progress], None] | None = None,
    workers: int | None = None,
) -> None:
    """Write the figure files of ``segments`` (name, documents), in worker processes when there are many
    documents (a segment's documents shared among them when there are fewer segments than workers)."""
    total = sum(docs for _, docs in segments)
    report = Reporter(total, progress)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or total < SERIAL_DOCS:
        for name, _ in segments:
            _find_in_segment(folder, name, report)
        return
    tasks = figure_tasks(segments, count)
    count = min(count, len(tasks))
    ctx = worker_context()
    channel = ctx.Queue()
    ordered = sorted(tasks, key=lambda t: t[1] - t[2])  # biggest first, dealt round
    procs = [
        ctx.Process(target=_figure_worker, args=(str(folder), ordered[w::count], channel), daemon=True)
        for w in range(count)
    ]
    for proc in procs:
        proc.start()
    collect_workers(procs, channel, report, lambda _: None)
    _join_parts(folder, tasks)
