"""A folder named on the command line or in the app: its article files, in the order paths sort, found from
the folder's entries (no stat per file); not a folder inside it, not a file of another kind, a link to an
article followed; an empty folder a one-line error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.core.errors import InputError
from tui.core.text import ARTICLE_SUFFIXES, expand_paths

NAMES = [
    "a.txt",
    "B.TXT",
    ".txt",
    "x.",
    "a.b.txt",
    "z.html",
    "y.HTM",
    "c.md",
    "d.txt.bak",
    "中文.txt",
    "a-b.txt",
]
NAMES += ["a_b.txt", "a b.txt", "10.txt", "9.txt", "a/b.txt"]


def test_a_folder_gives_its_articles_in_path_order(tmp_path: Path) -> None:
    for name in NAMES:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("某某", encoding="utf-8")
    (tmp_path / "dir.txt").mkdir()
    os.symlink(tmp_path / "a.txt", tmp_path / "link.txt")
    found = expand_paths([tmp_path])
    # what sorting the folder's paths gives (Path order), not a name sort of another kind
    expected = sorted(p for p in tmp_path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    assert found == expected
    assert [p.name for p in found] == [
        "10.txt", "9.txt", "B.TXT", "a b.txt", "a-b.txt", "a.b.txt", "a.txt", "a_b.txt", "link.txt", "y.HTM",
        "z.html", "中文.txt",
    ]  # fmt: skip


def test_a_folder_without_articles_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match=r"holds no \.txt or \.html"):
        expand_paths([tmp_path])
