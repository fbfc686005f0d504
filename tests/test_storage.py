"""Files of mapped arrays and columns of model fields: round trips, damage detected, nothing half written."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from tui.core.index.columns import Columns, encode_columns, model_kinds
from tui.core.index.storage import StorageError, StringTable, open_tables, pack_strings, write_tables
from tui.core.model import BlockKind, Figure


def _arrays() -> dict[str, np.ndarray]:  # type: ignore[type-arg]
    return {
        "ints": np.arange(1000, dtype=np.int64),
        "small": np.asarray([3, 1, 2], dtype=np.uint8),
        "floats": np.linspace(0, 1, 7),
        "matrix": np.arange(12, dtype=np.int32).reshape(3, 4),
        "empty": np.zeros(0, dtype=np.uint16),
        "big-endian": np.arange(5, dtype=">i4"),
    }


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.bin"
    size = write_tables(path, {"name": "x", "n": [1, 2]}, _arrays())
    assert size == path.stat().st_size
    tables = open_tables(path)
    assert tables.meta == {"name": "x", "n": [1, 2]}
    for name, array in _arrays().items():
        got = tables[name]
        assert got.shape == array.shape and (got == array).all()
        assert not got.flags.writeable or got.size == 0  # views into a read-only mapping
    assert [p.name for p in tmp_path.iterdir()] == ["t.bin"]  # no temporary left behind
    with pytest.raises(StorageError):
        tables["missing"]


@pytest.mark.parametrize("damage", ["truncate", "flip-array", "flip-header", "garbage", "empty"])
def test_damage_is_detected(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "t.bin"
    write_tables(path, {}, _arrays())
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 100]
    elif damage == "flip-array":
        data[len(data) // 3] ^= 0x01  # inside the first array
    elif damage == "flip-header":
        data[30] ^= 0x01
    elif damage == "garbage":
        data = bytearray(b"not a table file at all" * 10)
    else:
        data = bytearray()
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError):
        open_tables(path)


def test_a_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("tui.core.index.storage.os.replace", full)
    with pytest.raises(OSError):
        write_tables(tmp_path / "t.bin", {}, _arrays())
    assert list(tmp_path.iterdir()) == []


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        open_tables(tmp_path / "nothing.bin")


@pytest.mark.parametrize("wide", [False, True])
def test_strings(tmp_path: Path, wide: bool) -> None:
    values = ["", "专精特新", "5G", "\U0001f600 emoji", "ａ", "line\nbreak"]
    blob, offsets = pack_strings(values, wide=wide)
    write_tables(tmp_path / "s.bin", {}, {"blob": blob, "off": offsets})
    tables = open_tables(tmp_path / "s.bin")
    table = StringTable(tables["blob"], tables["off"])
    assert len(table) == len(values) and table.all() == values
    assert [table[i] for i in range(len(values))] == values
    assert table.many(np.asarray([3, 1])) == [values[3], values[1]]
    assert table.joined(1, 3) == "专精特新5G"


def test_columns_follow_the_values(tmp_path: Path) -> None:
    columns = {
        "name": ["a", None, "c", "a"],
        "count": [1, 2, None, 40000],
        "share": [0.5, None, None, None],  # mostly None: only the values are kept
        "tags": [["x"], [], None, {"k": 1}],
        "kind": [BlockKind.question, BlockKind.answer, None, BlockKind.point],
        "flag": [None, None, None, None],
    }
    kinds, arrays = encode_columns("c.", columns)
    assert kinds == {
        "name": "str",
        "count": "int",
        "share": "float",
        "tags": "json",
        "kind": "str",
        "flag": "str",
    }
    assert arrays["c.share"].tolist() == [0.5]
    write_tables(tmp_path / "c.bin", {"kinds": kinds}, arrays)
    read = Columns("c.", kinds, open_tables(tmp_path / "c.bin").arrays, 4)
    expected = {**columns, "kind": ["question", "answer", None, "point"]}
    for field, values in expected.items():
        assert read.column(field) == values
        assert [read.value(field, i) for i in range(4)] == values
    assert read.row(3) == {f: v[3] for f, v in expected.items()}
    assert read.nulls("share").tolist() == [False, True, True, True]
    assert read.numbers("share").tolist()[0] == 0.5
    codes, strings = read.codes("name")
    assert [strings[c - 1] if c else None for c in codes.tolist()] == columns["name"]


def test_model_annotations_fix_kinds() -> None:
    kinds = model_kinds(Figure)
    assert kinds["value"] == "float" and kinds["start"] == "int" and kinds["metric"] == "str"
    encoded, arrays = encode_columns("f.", {"value": [1, 2, 3]}, kinds)  # ints in a float field
    assert encoded == {"value": "float"} and arrays["f.value"].dtype == np.float64


def test_files_are_written_atomically(tmp_path: Path) -> None:
    """A reader never sees a partly written file: the old file stays whole until the rename."""
    path = tmp_path / "t.bin"
    write_tables(path, {"v": 1}, {"a": np.arange(10)})
    before = os.stat(path).st_ino
    old = open_tables(path)
    write_tables(path, {"v": 2}, {"a": np.arange(20)})
    assert os.stat(path).st_ino != before
    assert old.meta == {"v": 1} and old["a"].tolist() == list(range(10))  # the old mapping is intact
    assert open_tables(path).meta == {"v": 2}
