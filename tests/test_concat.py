"""Joining segments by their arrays: join(segment(A), segment(B)) has the very arrays of segment(A + B),
with two and three parts, past one block of 65,536 units, with deleted documents dropped, figures carried;
a damaged input is refused (and a merge then indexes again); a build's segments are folded into one and
the cache holds only what the manifest names, after a build, a merge and a crash between the two."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import DATA
from tests.test_blocks import PER_DOC, _documents
from tui.core import tokens
from tui.core.document import load_document
from tui.core.figures import extract
from tui.core.index import build, fold
from tui.core.index.blocks import BLOCK_UNITS
from tui.core.index.build import build_files
from tui.core.index.concat import join_segments
from tui.core.index.figstore import FigureStore, join_stores, store_name, write_store
from tui.core.index.manifest import MANIFEST, FileEntry, Manifest
from tui.core.index.merge import merge_segments
from tui.core.index.segment import Segment
from tui.core.index.storage import StorageError, open_tables, write_tables
from tui.core.index.writer import SegmentData, build_segment
from tui.core.model import Document

ARTICLES = sorted((DATA / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def articles() -> list[Document]:
    return [load_document(p) for p in ARTICLES]


def _built(docs: list[Document]) -> SegmentData:
    cutter = tokens.cutter()
    return build_segment(docs, cutter.d, cutter)


RECORDS = {"d_rec:blob", "d_rec:off", "d_skel", "d_skels:blob", "d_skels:off", "d_skel_of"}
"""A join keeps each record as written with its part's skeleton; a fresh build compresses all against one."""


def _differences(expected: SegmentData, joined: SegmentData) -> list[str]:
    """Names of the arrays (and "meta") that differ in dtype, shape or value; for the records, "documents"
    when a document decodes differently."""
    out = [] if expected.meta == joined.meta else ["meta"]
    built, made = Segment(expected), Segment(joined)
    if [built.document(i) for i in range(built.n_docs)] != [made.document(i) for i in range(made.n_docs)]:
        out.append("documents")
    for name in sorted((set(expected.arrays) | set(joined.arrays)) - RECORDS):
        a, b = expected.arrays.get(name), joined.arrays.get(name)
        if a is None or b is None or a.dtype != b.dtype or a.shape != b.shape or not np.array_equal(a, b):
            out.append(name)
    return out


@pytest.mark.parametrize("cuts", [(0, 5, None), (0, 2, 7, None)], ids=["two", "three"])
def test_a_join_has_the_arrays_of_a_fresh_build(
    articles: list[Document], cuts: tuple[int | None, ...]
) -> None:
    parts = [articles[a:b] for a, b in itertools.pairwise(cuts)]
    assert sum(len(p) for p in parts) == len(articles) > 10
    joined, maps = join_segments([(Segment(_built(p)), None) for p in parts])
    assert _differences(_built(articles), joined) == []
    assert np.concatenate(maps).tolist() == list(range(len(articles)))
    segment = Segment(joined)  # and it reads back: a document from the second part, whole
    second = len(parts[0])
    assert segment.document(second) == articles[second]


def test_a_join_past_one_block_has_the_arrays_of_a_fresh_build() -> None:
    docs = _documents(560, seed=3)  # 71,680 units: two blocks; the parts have one each
    first, second = docs[:260], docs[260:]
    parts = [Segment(_built(first)), Segment(_built(second))]
    assert [p.blocks for p in parts] == [1, 1]
    joined, _ = join_segments([(p, None) for p in parts])
    expected = _built(docs)
    assert joined.meta["units"] == 560 * PER_DOC > BLOCK_UNITS and "t_blk" in joined.arrays
    assert _differences(expected, joined) == []


def test_deleted_documents_are_dropped(articles: list[Document]) -> None:
    first, second = articles[:6], articles[6:]
    drop = {0, 3, 6, len(articles) - 1}  # the first document too: the skeleton comes from the next one
    live = [
        np.asarray([i not in drop for i in range(6)]),
        np.asarray([i + 6 not in drop for i in range(len(second))]),
    ]
    joined, maps = join_segments([(Segment(_built(first)), live[0]), (Segment(_built(second)), live[1])])
    kept = [d for i, d in enumerate(articles) if i not in drop]
    assert _differences(_built(kept), joined) == []
    assert maps[0].tolist() == [-1, 0, 1, -1, 2, 3]
    assert maps[1][0] == -1 and maps[1][1] == 4
    segment = Segment(joined)
    assert [segment.document(i).title for i in range(segment.n_docs)] == [d.title for d in kept]


def test_figures_are_carried(articles: list[Document], tmp_path: Path) -> None:
    parts = [articles[:4], articles[4:]]
    stores = []
    for k, docs in enumerate(parts):
        write_store(tmp_path, f"seg-{k}.bin", [extract(d) for d in docs])
        stores.append(FigureStore.open(tmp_path / store_name(f"seg-{k}.bin")))
    maps = [np.asarray([0, -1, 1, 2]), np.arange(3, 3 + len(parts[1]))]
    join_stores(stores, maps).write(tmp_path, "seg-joined.bin")
    joined = FigureStore.open(tmp_path / store_name("seg-joined.bin"))
    kept = [d for i, d in enumerate(articles) if i != 1]
    assert joined.docs == len(kept)
    expected = [extract(d) for d in kept]
    assert sum(map(len, expected)) > 20
    assert [joined.document_figures(i) for i in range(len(kept))] == expected


def _damaged_record(data: SegmentData, doc: int) -> SegmentData:
    arrays = dict(data.arrays)
    blob = arrays["d_rec:blob"].copy()
    at = int(arrays["d_rec:off"][doc]) + 4
    blob[at : at + 8] ^= 0x5A
    arrays["d_rec:blob"] = blob
    return SegmentData(data.meta, arrays)


def test_a_damaged_input_is_refused_and_a_merge_indexes_again(
    articles: list[Document], tmp_path: Path
) -> None:
    first, second = articles[:5], articles[5:]
    bad = _damaged_record(_built(second), 2)
    with pytest.raises(StorageError):  # its records are compressed again against the first skeleton
        join_segments([(Segment(_built(first)), None), (Segment(bad), None)])
    entries = []
    for name, data, docs in (("seg-a.bin", _built(first), first), ("seg-b.bin", bad, second)):
        write_tables(tmp_path / name, data.meta, data.arrays)
        entries += [FileEntry(f"{name}-{i}", 1, 1, "", name, i) for i in range(len(docs))]
    Manifest("v", [], entries).save(tmp_path)
    assert merge_segments(tmp_path, "v", limit=1)
    manifest = Manifest.load(tmp_path, "v")
    assert manifest is not None and len(manifest.segments) == 1
    damaged = [e for e in manifest.entries if e.error]
    assert [e.path for e in damaged] == ["seg-b.bin-2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, manifest.segments[0]])


def test_a_merge_joins_and_drops_deleted_documents(articles: list[Document], tmp_path: Path) -> None:
    first, second = articles[:5], articles[5:]
    entries = []
    for name, docs in (("seg-a.bin", first), ("seg-b.bin", second)):
        data = _built(docs)
        write_tables(tmp_path / name, data.meta, data.arrays)
        write_store(tmp_path, name, [extract(d) for d in docs])
        entries += [FileEntry(f"{name}-{i}", 1, 1, "", name, i) for i in range(len(docs))]
    del entries[1]  # deleted: the manifest no longer points to it
    Manifest("v", [], entries).save(tmp_path)
    assert merge_segments(tmp_path, "v", limit=1)
    manifest = Manifest.load(tmp_path, "v")
    assert manifest is not None
    (name,) = manifest.segments
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MANIFEST, name, store_name(name)])
    kept = [d for i, d in enumerate(articles) if i != 1]
    written = open_tables(tmp_path / name)
    assert _differences(_built(kept), SegmentData(written.meta, written.arrays)) == []
    segment = Segment.open(tmp_path / name)
    assert [e.doc for e in manifest.entries] == list(range(len(kept)))
    assert [segment.document(i).title for i in range(segment.n_docs)] == [d.title for d in kept]
    store = FigureStore.open(tmp_path / store_name(name))
    assert [store.document_figures(i) for i in range(len(kept))] == [extract(d) for d in kept]


def _parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "SERIAL_BYTES", 0)
    monkeypatch.setattr(build, "SERIAL_DOCS", 0)
    monkeypatch.setattr(build, "BYTES_PER_UNIT", 1)
    monkeypatch.setattr(build, "SEGMENT_UNITS", 2000)  # several batches even for a dozen articles


def test_a_parallel_build_makes_one_segment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _parallel(monkeypatch)
    paths = [str(p) for p in ARTICLES]
    results, made = build_files(tmp_path, paths, [os.path.getsize(p) for p in paths], workers=2, figures=True)
    (one,) = made
    assert all(r.segment == one.name for r in results if r.error is None)
    segment = Segment.open(tmp_path / one.name)
    segment.figures = FigureStore.open(tmp_path / store_name(one.name))
    good = [(p, r) for p, r in zip(ARTICLES, results, strict=True) if r.error is None]
    assert [r.doc for _, r in good] == list(range(len(good)))  # in the files' order
    for path, result in good:
        expected = load_document(path)
        assert segment.document(result.doc).title == expected.title
        assert segment.document_figures(result.doc) == extract(expected)
    parts = {p.name for p in tmp_path.iterdir()} - {one.name, store_name(one.name)}
    assert len(parts) >= 4  # the workers' segments and figure files, left for the manifest's owner


def test_a_large_build_is_folded_in_runs_that_fit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _parallel(monkeypatch)
    paths = [str(p) for p in ARTICLES]
    monkeypatch.setattr(fold, "JOIN_UNITS", 0)
    results, parts = build_files(tmp_path / "parts", paths, [os.path.getsize(p) for p in paths], workers=2)
    units = sum(m.units for m in parts)
    assert len(parts) >= 4
    monkeypatch.setattr(fold, "JOIN_UNITS", units // 2 + max(m.units for m in parts))
    results, made = build_files(tmp_path, paths, [os.path.getsize(p) for p in paths], workers=2)
    assert len(made) == 2 and all(m.units <= fold.JOIN_UNITS for m in made)
    assert sum(m.units for m in made) == units
    segments = {m.name: Segment.open(tmp_path / m.name) for m in made}
    order = [r.segment for r in results if r.segment is not None]
    assert order == sorted(order, key=[m.name for m in made].index)  # runs of files in order
    for path, result in zip(ARTICLES, results, strict=True):
        if result.segment is not None:
            assert segments[result.segment].document(result.doc).title == load_document(path).title


def test_a_crash_between_the_join_and_the_manifest_leaves_a_sound_cache(
    tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.index import collection
    from tui.core.index.collection import Collection

    _parallel(monkeypatch)
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES:
        (folder / path.name).write_bytes(path.read_bytes())
    files = sorted(folder.glob("*.txt"))

    def crash(*args: object) -> None:
        raise KeyboardInterrupt  # the process dies before the manifest is written

    with monkeypatch.context() as patched:
        patched.setattr(Manifest, "save", crash)
        with pytest.raises(KeyboardInterrupt):
            Collection.open(files, inputs=[folder], workers=2)
    cache = collection.collections_dir() / collection.collection_key([str(folder)])
    assert not (cache / MANIFEST).exists() and len(list(cache.glob("seg-*"))) >= 3
    c = Collection.open(files, inputs=[folder], workers=2)
    assert c.folder is not None and len(c.manifest.segments) == 1
    assert {p.name for p in c.folder.iterdir()} == {MANIFEST, "lock", *c.manifest.segments}
    assert [c.document(i).title for i in range(len(c))] == [load_document(Path(p)).title for p in c.paths]


def test_a_one_file_update_adds_a_small_segment(tmp_path: Path, isolated_cache: Path) -> None:
    from tui.core.index.collection import Collection

    folder = tmp_path / "articles"
    folder.mkdir()
    for path in ARTICLES:
        (folder / path.name).write_bytes(path.read_bytes())
    files = sorted(folder.glob("*.txt"))
    first = Collection.open(files, inputs=[folder])
    (big,) = first.manifest.segments
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\n\n补记一条。\n", encoding="utf-8")
    second = Collection.open(files, inputs=[folder])
    assert len(second.manifest.segments) == 2 and big in second.manifest.segments  # not rewritten
    assert second.segments[big].n_units < fold.JOIN_UNITS


def test_a_join_keeps_records_as_written_with_each_part_s_skeleton(
    articles: list[Document], tmp_path: Path
) -> None:
    parts = [articles[:3], articles[3:7], articles[7:]]
    built = [_built(p) for p in parts]
    first, _ = join_segments([(Segment(built[0]), None), (Segment(built[1]), None)])
    assert "d_skel_of" in first.arrays  # two parts, two skeletons: no record compressed again
    blobs = [b.arrays["d_rec:blob"].tobytes() for b in built[:2]]
    assert first.arrays["d_rec:blob"].tobytes() == b"".join(blobs)
    # a joined segment joined again (its skeletons carried over), written and mapped back
    again, _ = join_segments([(Segment(first), None), (Segment(built[2]), None)])
    write_tables(tmp_path / "seg-x.bin", again.meta, again.arrays)
    segment = Segment(open_tables(tmp_path / "seg-x.bin"))
    assert len(segment.arrays["d_skels:off"]) - 1 == 3
    assert [segment.document(i) for i in range(segment.n_docs)] == articles


def test_a_skeleton_table_that_names_no_skeleton_fails_at_open(articles: list[Document]) -> None:
    joined, _ = join_segments([(Segment(_built(articles[:4])), None), (Segment(_built(articles[4:])), None)])
    arrays = dict(joined.arrays)
    arrays["d_skel_of"] = np.full_like(arrays["d_skel_of"], 7)
    with pytest.raises(StorageError, match="skeletons"):
        Segment(SegmentData(joined.meta, arrays))
    arrays["d_skel_of"] = joined.arrays["d_skel_of"][:-1]
    with pytest.raises(StorageError, match="skeletons"):
        Segment(SegmentData(joined.meta, arrays))
