"""A folder of articles as a collection: a reopen reads and parses nothing, a changed file is indexed alone,
nothing stale stays on disk, merges and parallel builds give the answers a fresh build gives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DATA, ROOT
from tui.core.document import load_document
from tui.core.figures import extract
from tui.core.index import build, collection, fold, merge
from tui.core.index.collection import MAX_COLLECTIONS, Collection, collections_dir
from tui.core.index.manifest import MANIFEST
from tui.core.index.segment import Segment

ARTICLES = len(list((DATA / "articles").glob("*.txt")))
QUERIES = ("就业", "消费 汽车", "新能源 OR 农村", '"同比增长"', "消费 -汽车", "家电", "xny", "增")


@pytest.fixture
def folder(tmp_path: Path, isolated_cache: Path) -> Path:
    """A folder with copies of the test articles (and a cache of the test's own)."""
    target = tmp_path / "articles"
    target.mkdir()
    for path in sorted((DATA / "articles").glob("*.txt")):
        shutil.copy2(path, target / path.name)
    return target


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


def _open(folder: Path, **options: Any) -> Collection:
    options.setdefault("workers", 1)
    return Collection.open(_files(folder), inputs=[folder], **options)


def _answers(c: Collection) -> list[list[tuple[str, str | None, str | None, float]]]:
    return [[(h.doc, h.section, h.block_id, h.score) for h in c.index.search(q, limit=None)] for q in QUERIES]


def _fresh(folder: Path, cache: Path) -> Collection:
    """The same files built from nothing, in a cache of its own (and with the real build)."""
    saved = os.environ["XDG_CACHE_HOME"]
    os.environ["XDG_CACHE_HOME"] = str(cache)
    try:
        return Collection.open(_files(folder), inputs=[folder], workers=1)
    finally:
        os.environ["XDG_CACHE_HOME"] = saved


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("a file was read or parsed")

    monkeypatch.setattr(build._BatchWriter, "run", refuse)
    monkeypatch.setattr("tui.core.text.read_path", refuse)


def _on_disk(c: Collection) -> set[str]:
    assert c.folder is not None
    return {p.name for p in c.folder.iterdir()}


def test_reopen_reads_and_parses_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _open(folder)
    assert len(first) == ARTICLES and not first.errors
    expected = _answers(first)
    assert all(expected[:6])
    _no_building(monkeypatch)
    again = _open(folder)
    assert _answers(again) == expected
    assert _on_disk(again) == {MANIFEST, "lock", *again.manifest.segments}


def test_documents_and_figures_come_back_as_parsed(folder: Path) -> None:
    c = _open(folder)
    for i, path in enumerate(_files(folder)):
        doc = load_document(path)
        assert c.document(i) == doc and c.document(i).text == doc.text
        assert c.figures(i) == extract(doc)  # found now, from the stored document
    assert c.headers("title") == [load_document(p).title for p in _files(folder)]
    assert c.names == [p.name for p in _files(folder)]
    assert not c.has_figures and set(c.headers("figures")) == {None}
    c.find_figures()
    assert c.has_figures
    assert c.headers("figures") == [len(extract(load_document(p))) for p in _files(folder)]
    assert [c.figures(i) for i in range(len(c))] == [extract(load_document(p)) for p in _files(folder)]


def test_figures_are_found_once_and_kept_with_their_segment(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = _open(folder)
    assert c.folder is not None and not any(p.name.startswith("figs-") for p in c.folder.iterdir())
    c.find_figures()
    expected = [c.figures(i) for i in range(len(c))]
    assert _on_disk(c) == {
        MANIFEST,
        "lock",
        *c.manifest.segments,
        *("figs-" + s for s in c.manifest.segments),
    }
    with monkeypatch.context() as m:
        m.setattr("tui.core.figures.extract", lambda *_: pytest.fail("figures were found again"))
        again = _open(folder)
        assert again.has_figures and [again.figures(i) for i in range(len(again))] == expected
        assert len(again.figure_table()) == sum(map(len, expected))
    target = _files(folder)[0]
    target.write_text(
        target.read_text(encoding="utf-8") + "\n\n答：全年新增就业1234万人。\n", encoding="utf-8"
    )
    updated = _open(folder)
    assert not updated.has_figures  # the new segment's figures are found when asked for
    assert [f.text for f in updated.figures(0)][-1] == "1234万人"
    updated.find_figures()
    assert _on_disk(updated) == {
        MANIFEST,
        "lock",
        *updated.manifest.segments,
        *("figs-" + s for s in updated.manifest.segments),
    }


def test_figures_found_by_workers(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "SEGMENT_UNITS", 300)
    monkeypatch.setattr(build, "BYTES_PER_UNIT", 1)
    monkeypatch.setattr(build, "SERIAL_BYTES", 0)
    monkeypatch.setattr(build, "SERIAL_DOCS", 0)
    monkeypatch.setattr(fold, "JOIN_UNITS", 0)  # the workers' segments stay apart
    c = _open(folder, workers=2)
    assert len(c.manifest.segments) >= 2
    seen: list[tuple[int, int]] = []
    c.find_figures(progress=lambda p: seen.append((p.done, p.total)), workers=2)
    assert c.has_figures and seen[-1] == (len(c), len(c))
    assert [c.figures(i) for i in range(len(c))] == [extract(load_document(p)) for p in _files(folder)]


def test_one_changed_file_is_indexed_alone(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _open(folder)
    (old_segment,) = first.manifest.segments
    target = _files(folder)[3]
    text = target.read_text(encoding="utf-8")
    target.write_text(
        text + "\n\n问：试点的蓝鲸计划进展如何？\n\n答：蓝鲸计划已覆盖三个省份。\n", encoding="utf-8"
    )
    built: list[list[str]] = []
    real_build = collection.build_files

    def counting(folder_: Path, paths: list[str], *args: Any, **kwargs: Any) -> Any:
        built.append([os.path.basename(p) for p in paths])
        return real_build(folder_, paths, *args, **kwargs)

    monkeypatch.setattr(collection, "build_files", counting)
    updated = _open(folder)
    assert built == [[target.name]]
    assert len(updated.manifest.segments) == 2 and old_segment in updated.manifest.segments
    hits = [h for h in updated.index.search("蓝鲸计划") if h.tier == 1]  # (the second: 计划 elsewhere)
    assert hits and {h.doc for h in hits} == {target.name}
    assert updated.document(3).text.endswith("蓝鲸计划已覆盖三个省份。\n")
    assert _on_disk(updated) == {MANIFEST, "lock", *updated.manifest.segments}
    monkeypatch.setattr(collection, "build_files", real_build)
    assert _answers(updated) == _answers(_fresh(folder, tmp_path / "fresh"))


def test_removed_added_and_touched_files(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(folder)
    gone = _files(folder)[0]
    gone_hits = [h for h in _open(folder).index.search("消费", limit=None) if h.doc == gone.name]
    assert gone_hits
    gone.unlink()
    touched = _files(folder)[5]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    with monkeypatch.context() as m:
        _no_building(m)
        after = _open(folder)
    assert len(after) == ARTICLES - 1 and gone.name not in after.names
    assert not [h for h in after.index.search("消费", limit=None) if h.doc == gone.name]
    entry = next(e for e in after.manifest.entries if e.path == str(touched))
    assert entry.mtime_ns == touched.stat().st_mtime_ns  # the new time is recorded, nothing rebuilt
    shutil.copy2(DATA / "articles" / gone.name, folder / "zz_added.txt")
    added = _open(folder)
    assert added.names[-1] == "zz_added.txt" and len(added.manifest.segments) == 2
    assert _answers(added) == _answers(_fresh(folder, tmp_path / "fresh"))


def test_a_bad_file_is_remembered_not_reread(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    c = _open(folder)
    assert len(c) == ARTICLES and [p for p, _ in c.errors] == [str(folder / "binary.txt")]
    assert "binary" in c.errors[0][1]
    _no_building(monkeypatch)
    assert _open(folder).errors == c.errors


def test_merge_folds_segments_and_keeps_answers(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "MAX_SEGMENTS", 3)
    monkeypatch.setattr(collection, "MAX_SEGMENTS", 3)
    c = _open(folder)
    for i, path in enumerate(_files(folder)[:5]):
        path.write_text(path.read_text(encoding="utf-8") + f"\n\n补记第{i}条。\n", encoding="utf-8")
        c = _open(folder)
    assert len(c.manifest.segments) == 6 and c.needs_merge()
    before = _answers(c)
    assert c.merge()
    merged = _open(folder)
    assert len(merged.manifest.segments) <= 3 and not merged.needs_merge()
    assert _answers(merged) == before == _answers(c)  # the old collection still answers from its mappings
    assert _on_disk(merged) == {MANIFEST, "lock", *merged.manifest.segments}
    assert _answers(merged) == _answers(_fresh(folder, tmp_path / "fresh"))


def test_mostly_deleted_segments_are_rewritten(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _open(folder)
    for path in _files(folder)[: ARTICLES * 2 // 3]:
        path.unlink()
    c = _open(folder)
    assert c.needs_merge() and c.merge()
    after = _open(folder)
    (name,) = after.manifest.segments
    assert (
        after.folder is not None and Segment.open(after.folder / name).n_docs == ARTICLES - ARTICLES * 2 // 3
    )


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_build_what_one_process_builds(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str
) -> None:
    import multiprocessing

    serial = _answers(_fresh(folder, tmp_path / "serial"))
    monkeypatch.setattr(build, "SERIAL_BYTES", 0)
    monkeypatch.setattr(build, "BYTES_PER_UNIT", 1)
    monkeypatch.setattr(build, "SEGMENT_UNITS", 2000)  # several batches even for twelve articles
    monkeypatch.setattr(build, "worker_context", lambda: multiprocessing.get_context(method))
    seen: list[tuple[int, int]] = []
    parallel = _open(folder, workers=2, progress=lambda p: seen.append((p.done, p.total)))
    assert len(parallel.manifest.segments) == 1  # the workers' segments joined into one
    assert _on_disk(parallel) == {MANIFEST, "lock", *parallel.manifest.segments}
    assert _answers(parallel) == serial
    assert seen and seen[-1] == (ARTICLES, ARTICLES)


def test_damaged_segment_is_rebuilt(folder: Path) -> None:
    c = _open(folder)
    expected = _answers(c)  # before the damage: the old mapping sees the file's bytes change in place
    assert c.folder is not None
    (name,) = c.manifest.segments
    path = c.folder / name
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    again = _open(folder)
    assert _answers(again) == expected
    assert name not in again.manifest.segments and not path.exists()


def test_new_code_rebuilds_and_leaves_no_old_generation(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = _open(folder)
    old = set(c.manifest.segments)
    monkeypatch.setattr(collection, "cache_version", lambda: "another-version")
    again = _open(folder)
    assert not old & set(again.manifest.segments)
    assert _on_disk(again) == {MANIFEST, "lock", *again.manifest.segments}
    assert _answers(again) == _answers(c)


def test_collections_are_bounded(tmp_path: Path, isolated_cache: Path) -> None:
    articles = sorted((DATA / "articles").glob("*.txt"))
    for path in articles[: MAX_COLLECTIONS + 2]:
        Collection.open([path], workers=1)
    assert len(list(collections_dir().iterdir())) == MAX_COLLECTIONS


def test_unwritable_cache_builds_in_memory(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    c = _open(folder)
    assert c.folder is None and len(c) == ARTICLES and c.index.search("就业")


def test_two_processes_opening_at_once(folder: Path, isolated_cache: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache), "PYTHONIOENCODING": "utf-8"}
    command = [sys.executable, "-m", "tui", "search", "就业", str(folder), "--json"]
    procs = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    assert outputs[0][0] == outputs[1][0]
    (folder_,) = collections_dir().iterdir()
    c = _open(folder)
    assert c.folder == folder_ and _on_disk(c) == {MANIFEST, "lock", *c.manifest.segments}


def test_figure_table_is_every_documents_figures_in_order(folder: Path) -> None:
    c = _open(folder)
    table = c.figure_table()  # finds the figures first
    assert c.has_figures
    expected = [(i, f) for i in range(len(c)) for f in c.figures(i)]
    assert len(table) == len(expected) > 100
    assert table.doc.tolist() == [i for i, _ in expected]
    assert table.figures(range(len(table))) == [f for _, f in expected]
    values = table.numbers("value")
    assert values.tolist() == [f.value for _, f in expected]
    upper = table.numbers("upper")
    assert [None if u != u else u for u in upper.tolist()] == [f.upper for _, f in expected]
    codes, strings = table.strings("metric")
    assert strings == sorted(strings)
    assert [None if c < 0 else strings[c] for c in codes.tolist()] == [f.metric for _, f in expected]
    biggest = int(values.argmax())
    assert table.figure(biggest).value == max(f.value for _, f in expected)
