"""Kept parses (tui/core/parsed.py) and kept listings (tui/core/listing.py): a reopen parses nothing, and
what is kept is checked, bounded and never trusted when stale or damaged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core import listing, parsed
from tui.core.document import load_document
from tui.core.figures import extract
from tui.core.model import Document, Figure
from tui.core.selection import in_reading_order

ARTICLE = """示例市商务局负责人就消费市场答记者问
2024-05-06 10:00 来源：示例日报

问：今年以来示例市消费市场表现如何？

答：一季度全市社会消费品零售总额达到1234.5亿元，同比增长6.2%。
"""


@pytest.fixture
def article(tmp_path: Path, isolated_cache: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def parse(path: Path) -> tuple[parsed.FileKey, Document, list[Figure]]:
    key = parsed.FileKey.of(path)
    assert key is not None
    doc = load_document(path)
    return key, doc, in_reading_order(extract(doc), doc)


def test_a_kept_parse_comes_back_equal_with_its_figures(article: Path) -> None:
    key, doc, figures = parse(article)
    assert parsed.load(key) is None
    assert parsed.save(key, doc, figures)
    found = parsed.load(key)
    assert found is not None and found.document == doc and found.figures == figures
    assert found.document.text == doc.text and [f.value for f in found.figures or []] == [1234.5e8, 6.2]


def test_a_parse_kept_before_its_figures_comes_back_without_them(article: Path) -> None:
    key, doc, _ = parse(article)
    parsed.save(key, doc, None)
    found = parsed.load(key)
    assert found is not None and found.document == doc and found.figures is None


def test_a_changed_file_reads_as_a_miss(article: Path) -> None:
    key, doc, figures = parse(article)
    parsed.save(key, doc, figures)
    article.write_text(ARTICLE + "\n问：下一步呢？\n", encoding="utf-8")
    changed = parsed.FileKey.of(article)
    assert changed is not None and changed != key and parsed.load(changed) is None
    os.utime(article, ns=(key.mtime_ns, key.mtime_ns + 1))  # same size, another time: a miss too
    touched = parsed.FileKey.of(article)
    assert touched is not None and parsed.load(touched) is None


def test_another_code_version_reads_as_a_miss(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key, doc, figures = parse(article)
    parsed.save(key, doc, figures)
    monkeypatch.setattr(parsed, "parse_version", lambda: "another")
    assert parsed.load(key) is None


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_record_reads_as_a_miss_and_is_replaced(article: Path, damage: str) -> None:
    key, doc, figures = parse(article)
    parsed.save(key, doc, figures)
    record = parsed.record_path(key)
    data = record.read_bytes()
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip": data[:-10] + bytes([data[-10] ^ 0x55]) + data[-9:],
        "garbage": os.urandom(len(data)),
        "empty": b"",
    }[damage]
    record.write_bytes(damaged)
    assert parsed.load(key) is None
    assert parsed.save(key, doc, figures) and parsed.load(key) is not None


def test_a_record_whose_blocks_are_not_the_text_reads_as_a_miss(article: Path) -> None:
    key, doc, _figures = parse(article)
    payload = {
        "key": [key.path, key.size, key.mtime_ns],
        "version": parsed.parse_version(),
        "document": parsed.to_dict(doc),
        "text": doc.text.replace("消费", "零售"),  # checksummed, but not the text the blocks were cut from
        "figures": None,
    }
    assert parsed.write_record(parsed.record_path(key), payload)
    assert parsed.load(key) is None


def test_the_kept_records_are_bounded(
    tmp_path: Path, isolated_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsed, "MAX_RECORDS", 3)
    for n in range(6):
        path = tmp_path / f"a{n}.txt"
        path.write_text(ARTICLE.replace("1234.5", f"{n}00"), encoding="utf-8")
        key, doc, figures = parse(path)
        assert parsed.save(key, doc, figures)
    kept = sorted(parsed.records_dir().glob("*.rec"))
    assert len(kept) == 3
    last = parsed.FileKey.of(tmp_path / "a5.txt")
    assert last is not None and parsed.load(last) is not None


def test_an_unwritable_cache_is_no_error(
    article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    key, doc, figures = parse(article)
    assert not parsed.save(key, doc, figures)
    assert parsed.load(key) is None


def test_a_listing_comes_back_for_the_same_paths_only(tmp_path: Path, isolated_cache: Path) -> None:
    inputs = listing.absolute([tmp_path])
    kept = listing.Listing(
        inputs,
        [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")],
        {
            "title": ["甲", "乙"],
            "date": ["2024-01-02", None],
            "source": [None, "示例日报"],
            "figures": [3, None],
        },
    )
    assert listing.save(kept)
    found = listing.load(inputs)
    assert found is not None and found.paths == kept.paths and found.columns == kept.columns
    assert listing.load(listing.absolute([tmp_path / "other"])) is None
    listing.listing_path(inputs).write_bytes(b"IXPARSE1 damaged")
    assert listing.load(inputs) is None


def test_reopening_a_file_imports_neither_the_parser_nor_pydantic_nor_numpy(
    article: Path, isolated_cache: Path
) -> None:
    key, doc, figures = parse(article)
    parsed.save(key, doc, figures)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from tui.app.explorer import open_library\n"
        "from tui.app.app import ExplorerApp\n"
        f"library = open_library([Path({str(article)!r})])\n"
        "ExplorerApp(library)\n"
        "assert library.known_figures(0) is not None, 'the figures were not kept'\n"
        "heavy = [m for m in ('tui.core.document', 'tui.core.figures', 'pydantic', 'numpy', 'jieba')"
        " if m in sys.modules]\n"
        "print(','.join(heavy) or 'none')\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(isolated_cache)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "none"
