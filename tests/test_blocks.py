"""Segments of more than 65,536 units: 16-bit postings in blocks decode to the right unit numbers at every
block boundary, answer as the same documents in small segments do, fail at open when their block starts are
damaged, and come out of a merge of two segments whose sum passes one block."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from tui.core import tokens
from tui.core.index import merge
from tui.core.index.blocks import BLOCK_UNITS
from tui.core.index.dictionary import string_key
from tui.core.index.manifest import FileEntry, Manifest
from tui.core.index.merge import merge_segments
from tui.core.index.postings import gram_codes
from tui.core.index.searcher import SearchIndex, SegmentView
from tui.core.index.segfiles import open_segments
from tui.core.index.segment import Segment
from tui.core.index.storage import StorageError, open_tables, write_tables
from tui.core.index.writer import SegmentData, build_segment
from tui.core.model import Block, BlockKind, Document, Section

PER_DOC = 128
DOCS = 1025  # 131,200 units: three blocks
WORDS = [
    "企业",
    "发展",
    "制造",
    "数字",
    "经济",
    "创新",
    "投资",
    "增长",
    "服务",
    "农村",
    "消费",
    "市场",
    "政策",
    "就业",
    "平台",
    "绿色",
    "能源",
    "项目",
    "人才",
    "技术",
]
EVERYWHERE = (0, 99, 65535, 65536, 70001, 131071, 131072, 131199)
"""Units that hold 星环 (invented): at the first and last unit of each block."""
LAST_BLOCK = (131072, 131150)
"""Units that hold 月湾: only in the third block (its list starts past two boundaries)."""
FIRST_BLOCK = (7, 65535)
"""Units that hold 雪松: only in the first block (both boundaries at the list's end)."""
QUERIES = [
    "星环",
    "月湾",
    "雪松",
    "企业 发展",
    "数字经济",
    "创新 OR 绿色",
    "能",
    "星环 技术",
    "平台 -市场",
    "人才政策",
]


def _text(unit: int, rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(2, 5))]
    for planted, units in (("星环", EVERYWHERE), ("月湾", LAST_BLOCK), ("雪松", FIRST_BLOCK)):
        if unit in units:
            words.insert(1, planted)
    return "".join(words) + "。"


def _documents(count: int, seed: int = 5, first: int = 0) -> list[Document]:
    """``count`` documents of PER_DOC paragraphs each, no title: unit ``d * PER_DOC + j`` is paragraph j of
    document d."""
    rng = random.Random(seed)
    docs = []
    for d in range(first, first + count):
        blocks = []
        for j in range(PER_DOC):
            text = _text(d * PER_DOC + j, rng)
            blocks.append(Block(id=f"b{j}", kind=BlockKind.paragraph, text=text, start=0, end=len(text)))
        docs.append(
            Document(name=f"d{d:04}.txt", sections=[Section(id="s0", heading=None, blocks=blocks)], text="")
        )
    return docs


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    return _documents(DOCS)


@pytest.fixture(scope="module")
def big(documents: list[Document]) -> SegmentData:
    cutter = tokens.cutter()
    return build_segment(documents, cutter.d, cutter)


@pytest.fixture(scope="module")
def small(documents: list[Document]) -> list[tuple[int, Segment]]:
    """The same documents in segments of one block each, with the unit number each starts at."""
    cutter = tokens.cutter()
    per = BLOCK_UNITS // PER_DOC
    out = []
    for first in range(0, len(documents), per):
        segment = Segment(build_segment(documents[first : first + per], cutter.d, cutter))
        assert segment.blocks == 1 and "t_blk" not in segment.arrays
        out.append((first * PER_DOC, segment))
    return out


def _listed(units: np.ndarray | None) -> list[int]:  # type: ignore[type-arg]
    return [] if units is None else units.tolist()


def _units_with(segment: Segment, text: str) -> list[int]:
    return [u for u, t in enumerate(segment.norm_texts(np.arange(segment.n_units))) if text in t]


def test_units_are_decoded_at_every_block_boundary(big: SegmentData) -> None:
    segment = Segment(big)
    assert (segment.n_units, segment.blocks) == (DOCS * PER_DOC, 3)
    assert segment.t_uids.dtype == np.uint16 and segment.g_uids.dtype == np.uint16
    for word, units in (("星环", EVERYWHERE), ("月湾", LAST_BLOCK), ("雪松", FIRST_BLOCK)):
        assert _units_with(segment, word) == list(units)  # the fixture planted them where it says
        (code,), _ = gram_codes(word)
        found = segment.gram(code)
        assert found is not None and found.tolist() == list(units), word
        assert segment.term(string_key(word))[0].tolist() == list(units), word
        assert segment.term_units(string_key(word)).tolist() == list(units), word
        assert segment.char(word[0]).tolist() == list(units), word
    for unit in (65535, 65536, 131071, 131072):
        assert unit in segment.gram(gram_codes("星环")[0][0]).tolist()  # type: ignore[union-attr]


def test_every_posting_list_matches_the_small_segments(
    big: SegmentData, small: list[tuple[int, Segment]]
) -> None:
    segment = Segment(big)
    for key in segment.t_keys.tolist():
        units, tfs = segment.term(key)
        parts = [(s.term(key), start) for start, s in small]
        assert units.tolist() == [u + start for (us, _), start in parts for u in us.tolist()]
        assert tfs.tolist() == [f for (_, fs), _ in parts for f in fs.tolist()]
    segment.forget_lookups()
    segment.look_up(segment.t_keys.tolist()[:20])  # many at once decode as one at a time
    for key in segment.t_keys.tolist()[:20]:
        assert segment.term(key)[0].tolist() == Segment(big)._find_term(key)[0].tolist()
    for code in segment.g_codes.tolist():
        found = segment.gram(code)
        expected = [u + start for start, s in small for u in _listed(s.gram(code))]
        assert found is not None and found.tolist() == expected
    for ch in {chr(int(code) >> 21) for code in segment.g_codes.tolist()}:
        expected = sorted(u + start for start, s in small for u in s.char(ch).tolist())
        assert segment.char(ch).tolist() == expected, ch


def _index(parts: list[tuple[int, Segment]], names: list[str], deleted: int) -> SearchIndex:
    """An index of segments (each with the unit its first document starts at), document ``deleted`` masked."""
    views = []
    for start, segment in parts:
        numbers = np.arange(start // PER_DOC, start // PER_DOC + segment.n_docs, dtype=np.int64)
        views.append(SegmentView.of(segment, np.where(numbers == deleted, -1, numbers)))
    return SearchIndex(views, names)


def test_a_big_segment_answers_as_small_segments_do(
    documents: list[Document], big: SegmentData, small: list[tuple[int, Segment]]
) -> None:
    names = [d.name for d in documents]
    deleted = 65536 // PER_DOC  # the first document of the second block: masked in both
    one, several = _index([(0, Segment(big))], names, deleted), _index(small, names, deleted)
    assert len(several.views) == 3
    for query in QUERIES:
        a, b = one.search(query, limit=None), several.search(query, limit=None)
        assert len(a) == len(b) > 0, query
        assert [round(h.score, 9) for h in a] == [round(h.score, 9) for h in b], query
        assert sorted((round(h.score, 9), h.doc, h.block_id, h.tier, h.text) for h in a) == sorted(
            (round(h.score, 9), h.doc, h.block_id, h.tier, h.text) for h in b
        ), query
        assert names[deleted] not in {h.doc for h in a}
    assert {h.doc for h in one.search("星环", limit=None)} == {names[u // PER_DOC] for u in EVERYWHERE} - {
        names[deleted]
    }


def _damaged(arrays: dict[str, np.ndarray], name: str, how: str) -> dict[str, np.ndarray]:  # type: ignore[type-arg]
    out = dict(arrays)
    blk = arrays[name].copy()
    if how == "missing":
        del out[name]
        return out
    if how == "past-its-list":
        blk[3, -1] = np.iinfo(np.uint32).max
    elif how == "out-of-order":
        row = int(np.flatnonzero(blk[:, 0] < blk[:, 1])[0])
        blk[row] = blk[row][::-1]
    else:  # a column short
        blk = blk[:, :-1]
    out[name] = blk
    return out


@pytest.mark.parametrize("name", ["t_blk", "g_blk"])
@pytest.mark.parametrize("how", ["missing", "past-its-list", "out-of-order", "a-column-short"])
def test_damaged_block_starts_fail_at_open(big: SegmentData, tmp_path: Path, name: str, how: str) -> None:
    good = tmp_path / "seg-good.bin"
    write_tables(good, big.meta, big.arrays)
    assert Segment.open(good).n_units == DOCS * PER_DOC
    bad = tmp_path / "seg-bad.bin"
    write_tables(bad, big.meta, _damaged(big.arrays, name, how))  # checksums of the damaged arrays: sound
    with pytest.raises(StorageError):
        Segment.open(bad)
    assert open_segments(tmp_path, ["seg-good.bin", "seg-bad.bin"]) is None  # the collection rebuilds


def test_a_merge_of_two_segments_passing_one_block(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cutter = tokens.cutter()
    first, second = _documents(300, seed=1), _documents(300, seed=2, first=300)
    entries = []
    for name, docs in (("seg-a.bin", first), ("seg-b.bin", second)):
        data = build_segment(docs, cutter.d, cutter)
        assert data.meta["units"] < BLOCK_UNITS
        write_tables(tmp_path / name, data.meta, data.arrays)
        entries += [FileEntry(d.name, 1, 1, "", name, i) for i, d in enumerate(docs)]
    Manifest("v", [], entries).save(tmp_path)
    with monkeypatch.context() as patched:  # a merge makes no segment larger than it may
        patched.setattr(merge, "JOIN_UNITS", 60_000)
        assert not merge_segments(tmp_path, "v", limit=1)
    assert merge_segments(tmp_path, "v", limit=1)
    manifest = Manifest.load(tmp_path, "v")
    assert manifest is not None and len(manifest.segments) == 1
    merged = Segment.open(tmp_path / manifest.segments[0])
    assert (merged.n_units, merged.blocks) == (600 * PER_DOC, 2)
    assert [e.doc for e in manifest.entries] == list(range(600))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["manifest.bin", manifest.segments[0]])
    expected = Segment(build_segment(first + second, cutter.d, cutter))
    for key in expected.t_keys.tolist():
        assert merged.term(key)[0].tolist() == expected.term(key)[0].tolist()
    assert merged.texts(np.asarray([65535, 65536])) == expected.texts(np.asarray([65535, 65536]))
    assert open_tables(tmp_path / manifest.segments[0]).meta["units"] == 600 * PER_DOC
