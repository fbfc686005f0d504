"""Figures found after a build: one segment's documents shared by two workers (a build folds its segments
into one) give the figure file one worker writes, and no part is left beside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA
from tui.core import tokens
from tui.core.document import load_document
from tui.core.figures import extract
from tui.core.index import figbuild
from tui.core.index.figbuild import figure_tasks, find_figures
from tui.core.index.figstore import FigureStore, store_name
from tui.core.index.storage import write_tables
from tui.core.index.writer import build_segment


def test_tasks_share_the_documents_among_the_workers() -> None:
    assert figure_tasks([("seg-a", 10)], 2) == [
        ("seg-a", 0, 5, "seg-a.part0"),
        ("seg-a", 5, 10, "seg-a.part1"),
    ]
    assert figure_tasks([("seg-a", 5), ("seg-b", 5)], 2) == [
        ("seg-a", 0, 5, "seg-a"),
        ("seg-b", 0, 5, "seg-b"),
    ]
    # a folded collection and the small segment an update added: the big one is cut, not dealt to one worker
    tasks = figure_tasks([("seg-big", 10_000), ("seg-new", 1)], 2)
    assert [(name, a, b) for name, a, b, _ in tasks] == [
        ("seg-big", 0, 5000), ("seg-big", 5000, 10_000), ("seg-new", 0, 1)
    ]  # fmt: skip
    assert figure_tasks([("seg-a", 1)], 4) == [("seg-a", 0, 1, "seg-a")]  # one document: nothing to share


def test_two_workers_on_one_segment_write_what_one_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [load_document(p) for p in sorted((DATA / "articles").glob("*.txt"))]
    cutter = tokens.cutter()
    data = build_segment(docs, cutter.d, cutter)
    write_tables(tmp_path / "seg-one.bin", data.meta, data.arrays)
    monkeypatch.setattr(figbuild, "SERIAL_DOCS", 0)
    find_figures(tmp_path, [("seg-one.bin", len(docs))], workers=2)
    store = FigureStore.open(tmp_path / store_name("seg-one.bin"))
    expected = [extract(d) for d in docs]
    assert sum(map(len, expected)) > 20
    assert [store.document_figures(i) for i in range(len(docs))] == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["seg-one.bin", store_name("seg-one.bin")])
