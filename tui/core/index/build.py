"""Building segments from files: read, decode, parse, index (find figures, when asked); in worker processes
when many.

Each worker takes whole batches of files and writes one segment per batch (more if a batch outgrows
:data:`~tui.core.index.postings.MAX_UNITS` units); a collection of up to :data:`SEGMENT_UNITS` units a
worker makes one segment per worker, and the parent joins them into one by their arrays (a query pays its
overhead once per segment; see :mod:`tui.core.index.fold`). The heavy data never
crosses between processes: a worker sends back only what the manifest needs (size, mtime, hash, segment and
local number of each file) and progress counts. Workers need no jieba: they map the cached dictionary (see :mod:`tui.core.tokens`).
Workers are forked when the calling process runs a single thread (quick to start), spawned otherwise.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import queue as queue_module
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core import tokens
from tui.core.errors import InputError
from tui.core.index.figstore import FigureCollector
from tui.core.index.fold import fold_built
from tui.core.index.manifest import segment_name
from tui.core.index.postings import MAX_UNITS
from tui.core.index.storage import write_tables
from tui.core.index.writer import SegmentBuilder, unit_count

BYTES_PER_UNIT = 160
"""About how many bytes of a file make one unit (a block, a heading): sizes batches before parsing."""
SEGMENT_UNITS = 192_000
"""The most units a worker's batch aims at (what a worker holds while it builds: its memory): 10,000 articles
(about 250,000 units) make one batch per worker on 2 cores."""
SERIAL_BYTES = 2_000_000
"""Below this much text, building in the calling process is quicker than starting workers."""
SERIAL_DOCS = 200
"""Below this many documents, figures are found in the calling process."""


@dataclass(frozen=True)
class Progress:
    """How far a build has come: files done of all, seconds so far; rate and time left follow."""

    done: int
    total: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Files per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds left at the rate so far (None before the first file)."""
        return (self.total - self.done) / self.rate if self.rate > 0 else None


@dataclass(frozen=True)
class FileResult:
    """What became of one file: its stat and hash, and where its document went (or why it did not)."""

    index: int
    size: int
    mtime_ns: int
    sha256: str
    segment: str | None
    doc: int
    error: str | None = None


@dataclass(frozen=True)
class SegmentMade:
    """A segment file written by a build: its name, documents and units."""

    name: str
    docs: int
    units: int
    size: int


class _BatchWriter:
    """Builds segments from files in one process, one (or more) per batch."""

    def __init__(
        self, folder: Path, report: Callable[[int], None], ready: Any = None, figures: bool = False
    ) -> None:
        from tui.core.document import parse_decoded  # noqa: F401  (imported before the first file)
        from tui.core.figures import extract  # noqa: F401

        self.folder = folder
        self.report = report
        self.figures = figures
        """Find the figures too (and write each segment's figure file)."""
        self.ready = ready
        """Set when jieba's dictionary is in the cache (it is being made meanwhile), or None."""
        self.results: list[FileResult] = []
        self.segments: list[SegmentMade] = []

    def _flush(
        self,
        builder: SegmentBuilder,
        figures: FigureCollector | None,
        pending: list[tuple[int, int, int, str, int]],
    ) -> None:
        if not builder.records:
            return
        name = segment_name()
        if self.ready is not None:
            self.ready.wait()  # files were read and parsed meanwhile
        cutter = tokens.cutter()
        data = builder.finish(cutter.d, cutter)
        size = write_tables(self.folder / name, data.meta, data.arrays)
        if figures is not None:
            size += figures.write(self.folder, name)
        self.segments.append(SegmentMade(name, len(builder.records), builder.units, size))
        for index, size_, mtime, sha, doc in pending:
            self.results.append(FileResult(index, size_, mtime, sha, name, doc))

    def run(self, batch: Sequence[tuple[int, str]]) -> None:
        """Read, parse and index every file of the batch; bad files become results with an error."""
        from tui.core.document import parse_decoded
        from tui.core.figures import extract
        from tui.core.text import read_path

        builder = SegmentBuilder()
        figures = FigureCollector() if self.figures else None
        pending: list[tuple[int, int, int, str, int]] = []
        done = 0
        for index, path in batch:
            try:
                stat = os.stat(path)
            except OSError as exc:
                self.results.append(FileResult(index, -1, 0, "", None, -1, f"{path}: {exc.strerror or exc}"))
                continue
            try:
                decoded = read_path(Path(path))
                doc = parse_decoded(decoded, os.path.basename(path))
                found = extract(doc) if figures is not None else None
            except InputError as exc:
                self.results.append(FileResult(index, stat.st_size, stat.st_mtime_ns, "", None, -1, str(exc)))
                continue
            if builder.records and builder.units + unit_count(doc) > MAX_UNITS:
                self._flush(builder, figures, pending)
                builder, pending = SegmentBuilder(), []
                figures = FigureCollector() if self.figures else None
            pending.append((index, stat.st_size, stat.st_mtime_ns, decoded.sha256, len(builder.records)))
            builder.add(doc)
            if figures is not None and found is not None:
                figures.add(found)
            done += 1
            if done % 16 == 0:
                self.report(16)
        self._flush(builder, figures, pending)
        self.report(done % 16)


def plan_batches(paths: Sequence[str], sizes: Sequence[int], workers: int) -> list[list[tuple[int, str]]]:
    """Files in order, cut into batches of about :data:`SEGMENT_UNITS` units, a multiple of ``workers``."""
    total = sum(max(0, s) for s in sizes)
    count = max(1, math.ceil(total / BYTES_PER_UNIT / SEGMENT_UNITS))
    count = max(workers, math.ceil(count / workers) * workers) if workers > 1 else count
    target = total / count if count else 0
    batches: list[list[tuple[int, str]]] = [[]]
    filled = 0
    for i, (path, size) in enumerate(zip(paths, sizes, strict=True)):
        if batches[-1] and filled >= target * len(batches) and len(batches) < count:
            batches.append([])
        batches[-1].append((i, path))
        filled += max(0, size)
    return batches


def _worker(
    folder: str, batches: list[list[tuple[int, str]]], channel: Any, ready: Any, figures: bool
) -> None:
    """A worker process: build every batch given, sending progress and finally the results."""
    try:
        writer = _BatchWriter(Path(folder), lambda n: channel.put(("progress", n)), ready, figures)
        for batch in batches:
            writer.run(batch)
        channel.put(("done", (writer.results, writer.segments)))
    except BaseException as exc:  # reported to the parent, which raises it
        channel.put(("failed", f"{type(exc).__name__}: {exc}"))


def _snapshot(ready: Any) -> None:
    """A process that takes jieba's dictionary into the cache (so that no other process loads jieba)."""
    try:
        tokens.load_dictionary()
    finally:
        ready.set()


def worker_context() -> Any:
    """The way to start workers (fork when this process runs one thread, else spawn), with the resource
    tracker that multiprocessing starts on first need already running (see :func:`_start_tracker`)."""
    _start_tracker()
    if (
        sys.platform != "win32"
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    ):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker with a standard error it can hand on.

    The tracker is a process started on first need (a queue's lock, a spawned worker) with the descriptor
    of ``sys.stderr``. An application that captures its own output (Textual does, while its screen is up)
    has a ``sys.stderr`` whose descriptor is -1, and starting the tracker then fails ("bad value(s) in
    fds_to_keep"): the tracker is started here with the process's real standard error instead."""
    if sys.platform == "win32":
        return
    from multiprocessing import resource_tracker

    if _has_descriptor(sys.stderr):
        resource_tracker.ensure_running()
        return
    captured = sys.stderr
    with open(os.devnull, "w") as nowhere:
        sys.stderr = sys.__stderr__ if _has_descriptor(sys.__stderr__) else nowhere
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


def _has_descriptor(stream: Any) -> bool:
    try:
        return stream is not None and int(stream.fileno()) >= 0
    except (AttributeError, OSError, ValueError):
        return False


def build_files(
    folder: Path,
    paths: Sequence[str],
    sizes: Sequence[int],
    progress: Callable[[Progress], None] | None = None,
    workers: int | None = None,
    figures: bool = False,
) -> tuple[list[FileResult], list[SegmentMade]]:
    """Build segments of ``paths`` into ``folder`` (with their figure files when ``figures``): one result
    per file, in order, and the segments written. The batches' segments are joined into one when they fit
    (:func:`~tui.core.index.fold.fold_built`): the parts stay in ``folder`` until the caller removes the
    files its manifest does not name."""
    if not paths:
        return [], []
    report = Reporter(len(paths), progress)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1 or sum(max(0, s) for s in sizes) < SERIAL_BYTES or len(paths) < 2 * count:
        writer = _BatchWriter(folder, report, figures=figures)
        for batch in plan_batches(paths, sizes, 1):
            writer.run(batch)
        return fold_built(folder, sorted(writer.results, key=lambda r: r.index), writer.segments)
    batches = plan_batches(paths, sizes, count)
    ctx = worker_context()
    channel = ctx.Queue()
    ready = ctx.Event()
    helpers = []
    if tokens.dictionary_ready():
        ready.set()
    else:  # made beside the workers, which read and parse meanwhile
        helpers.append(ctx.Process(target=_snapshot, args=(ready,), daemon=True))
    procs = [
        ctx.Process(
            target=_worker, args=(str(folder), batches[w::count], channel, ready, figures), daemon=True
        )
        for w in range(count)
    ]
    for proc in [*procs, *helpers]:
        proc.start()
    results: list[FileResult] = []
    segments: list[SegmentMade] = []

    def done_with(payload: Any) -> None:
        results.extend(payload[0])
        segments.extend(payload[1])

    try:
        collect_workers(procs, channel, report, done_with)
    finally:
        for helper in helpers:
            helper.join(timeout=30)
            if helper.is_alive():
                helper.terminate()
    return fold_built(folder, sorted(results, key=lambda r: r.index), segments)


class Reporter:
    """Counts of files (or documents) done, told to ``progress`` as a :class:`Progress` with the time so far."""

    def __init__(self, total: int, progress: Callable[[Progress], None] | None) -> None:
        self.total = total
        self.progress = progress
        self.done = 0
        self.started = time.monotonic()

    def __call__(self, n: int) -> None:
        self.done += n
        if self.progress is not None and n:
            self.progress(Progress(self.done, self.total, time.monotonic() - self.started))


def collect_workers(
    procs: list[Any], channel: Any, report: Callable[[int], None], done_with: Callable[[Any], None]
) -> None:
    """Relay the workers' progress until each has said it is done; raise if one fails or dies."""
    finished = 0
    try:
        while finished < len(procs):
            try:
                kind, payload = channel.get(timeout=0.5)
            except queue_module.Empty:
                if not any(p.is_alive() for p in procs):
                    raise RuntimeError("a worker stopped without a word") from None
                continue
            if kind == "progress":
                report(int(payload))
            elif kind == "done":
                done_with(payload)
                finished += 1
            else:
                raise RuntimeError(f"a worker failed: {payload}")
    finally:
        for proc in procs:
            proc.join(timeout=5)
            if proc.is_alive():
                proc.terminate()
