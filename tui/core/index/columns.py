"""Rows of model fields stored column by column, with no code per field: figures, document headers.

A column's kind follows from its values: ``int`` and ``float`` columns are numpy arrays (the narrowest
integer type that holds them) with a mask of the rows that hold None; ``str`` columns are dictionary coded
(the distinct strings once, compressed when they are long, and a code per row, 0 for None); anything else (lists, dicts) is one orjson
document per row. A field added to a model becomes a column the next time a segment is written; a reader
that meets a field it does not know keeps it.
"""

from __future__ import annotations

import enum
import types
import typing
import zlib
from collections.abc import Sequence
from typing import Any

import numpy as np
import orjson

from tui.core.index.storage import Array, StringTable, narrow_offsets, pack_strings
from tui.core.model import field_types

_INT_TYPES = (np.int8, np.int16, np.int32, np.int64)
_CODE_TYPES = (np.uint8, np.uint16, np.uint32)
_PACK_OVER = 65536
"""A string column's distinct strings are kept compressed past this many bytes."""


def plain(value: Any) -> Any:
    """A value as it is stored: enums by their value, everything else as it is."""
    return value.value if isinstance(value, enum.Enum) else value


def model_kinds(model: type) -> dict[str, str]:
    """Column kinds that a model's annotations fix (``float`` for ``float | None`` …); others follow values."""
    out: dict[str, str] = {}
    for name, annotation in field_types(model).items():
        origin = typing.get_origin(annotation)
        if origin is None:
            args = {annotation}
        elif origin in (typing.Union, types.UnionType):
            args = set(typing.get_args(annotation)) - {type(None)}
        else:
            continue
        for python, kind in ((float, "float"), (int, "int"), (str, "str")):
            if args == {python}:
                out[name] = kind
    return out


def _kind(values: Sequence[Any], hint: str | None) -> str:
    kinds = {type(v) for v in values if v is not None}
    if hint is not None and all(
        isinstance(v, (int, float) if hint == "float" else str if hint == "str" else int)
        for v in values
        if v is not None
    ):
        return hint
    if not kinds:
        return "str"
    if kinds <= {int}:
        return "int"
    if kinds <= {int, float}:
        return "float"
    if kinds <= {str}:
        return "str"
    return "json"


def _narrow_int(values: Array) -> Array:
    if not len(values):
        return values.astype(np.int8)
    low, high = int(values.min()), int(values.max())
    for dtype in _INT_TYPES:
        info = np.iinfo(dtype)
        if info.min <= low and high <= info.max:
            return values.astype(dtype)
    return values


def encode_columns(
    prefix: str, columns: dict[str, list[Any]], hints: dict[str, str] | None = None
) -> tuple[dict[str, str], dict[str, Array]]:
    """Arrays of ``columns`` (field → a value per row): (kinds by field, arrays by name).

    ``hints`` (from :func:`model_kinds`) fix a column's kind when its values allow it.
    """
    kinds: dict[str, str] = {}
    arrays: dict[str, Array] = {}
    for field, raw in columns.items():
        values = [plain(v) for v in raw] if any(isinstance(v, enum.Enum) for v in raw) else raw
        kind = kinds[field] = _kind(values, (hints or {}).get(field))
        name = f"{prefix}{field}"
        nulls = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        if kind in ("int", "float"):
            dtype = np.int64 if kind == "int" else np.float64
            data = np.asarray([0 if v is None else v for v in values], dtype=dtype)
            if 2 * int(nulls.sum()) > len(values):
                data = data[~nulls]  # mostly None: keep the values only (rows are told by the mask)
            arrays[name] = _narrow_int(data) if kind == "int" else data
            if nulls.any():
                arrays[name + ":null"] = nulls
        elif kind == "str":
            distinct = list(dict.fromkeys(v for v in values if v is not None))  # in order of appearance
            code_of = {s: i + 1 for i, s in enumerate(distinct)}
            codes = np.fromiter((code_of.get(v, 0) for v in values), dtype=np.int64, count=len(values))
            code_type = next(t for t in _CODE_TYPES if len(distinct) < np.iinfo(t).max)
            arrays[name] = codes.astype(code_type)
            blob, arrays[name + ":off"] = pack_strings(distinct)
            if len(blob) > _PACK_OVER:  # long texts (the sentence of each figure): compressed, read once
                arrays[name + ":zblob"] = np.frombuffer(zlib.compress(blob.tobytes(), 6), dtype=np.uint8)
            else:
                arrays[name + ":blob"] = blob
        else:
            encoded = [orjson.dumps(v) for v in values]
            offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
            np.cumsum([len(e) for e in encoded], out=offsets[1:])
            arrays[name] = np.frombuffer(b"".join(encoded), dtype=np.uint8)
            arrays[name + ":off"] = narrow_offsets(offsets)
    return kinds, arrays


class Columns:
    """Read access to columns written by :func:`encode_columns` (views into mapped arrays)."""

    def __init__(self, prefix: str, kinds: dict[str, str], arrays: dict[str, Array], rows: int) -> None:
        self.kinds = dict(kinds)
        self.rows = rows
        self._arrays = arrays
        self._prefix = prefix
        self._strings: dict[str, StringTable] = {}

    def _array(self, field: str, suffix: str = "") -> Array:
        return self._arrays[f"{self._prefix}{field}{suffix}"]

    def nulls(self, field: str) -> Array:
        """A mask of the rows where ``field`` is None (all False when none is)."""
        if self.kinds[field] == "str":
            return np.asarray(self._array(field) == 0)
        return self._arrays.get(f"{self._prefix}{field}:null", np.zeros(self.rows, dtype=bool))

    def numbers(self, field: str) -> Array:
        """An ``int`` or ``float`` column as an array (None rows hold 0; see :meth:`nulls`)."""
        if self.kinds[field] not in ("int", "float"):
            raise TypeError(f"{field} is a {self.kinds[field]} column")
        data = self._array(field)
        if len(data) == self.rows:
            return data
        full = np.zeros(self.rows, dtype=data.dtype)
        full[~self.nulls(field)] = data
        return full

    def codes(self, field: str) -> tuple[Array, StringTable]:
        """A ``str`` column as (codes, distinct strings): row ``i`` is ``strings[codes[i] - 1]``, None at 0.

        The distinct strings come in order of first appearance (not sorted). A table kept compressed is
        decompressed on first use and kept for the life of this object.
        """
        if self.kinds[field] != "str":
            raise TypeError(f"{field} is a {self.kinds[field]} column")
        if field not in self._strings:
            packed = self._arrays.get(f"{self._prefix}{field}:zblob")
            if packed is not None:
                blob = np.frombuffer(zlib.decompress(packed.tobytes()), dtype=np.uint8)
            else:
                blob = self._array(field, ":blob")
            self._strings[field] = StringTable(blob, self._array(field, ":off"))
        return self._array(field), self._strings[field]

    def value(self, field: str, row: int) -> Any:
        """One cell as a Python value."""
        kind = self.kinds[field]
        if kind == "str":
            codes, strings = self.codes(field)
            code = int(codes[row])
            return None if code == 0 else strings[code - 1]
        if kind == "json":
            offsets = self._array(field, ":off")
            raw = self._array(field)[int(offsets[row]) : int(offsets[row + 1])]
            return orjson.loads(raw.tobytes())
        nulls = self.nulls(field)
        if bool(nulls[row]):
            return None
        data = self._array(field)
        item = data[row] if len(data) == self.rows else data[int(np.count_nonzero(~nulls[:row]))]
        return int(item) if kind == "int" else float(item)

    def row(self, row: int) -> dict[str, Any]:
        """Every field of one row."""
        return {field: self.value(field, row) for field in self.kinds}

    def column(self, field: str, rows: Array | None = None) -> list[Any]:
        """A column (or the given rows of it) as Python values."""
        picked = np.arange(self.rows) if rows is None else rows
        kind = self.kinds[field]
        if kind == "str":
            codes, strings = self.codes(field)
            table: list[str | None] = [None, *strings.all()]
            return [table[c] for c in codes[picked].tolist()]
        if kind == "json":
            return [self.value(field, int(r)) for r in picked.tolist()]
        values = self.numbers(field)[picked].tolist()
        nulls = self.nulls(field)[picked].tolist()
        return [None if n else v for v, n in zip(values, nulls, strict=True)]


def join_columns(
    prefix: str, parts: Sequence[tuple[Columns, Array]], hints: dict[str, str]
) -> tuple[dict[str, str], dict[str, Array]]:
    """Columns of several tables joined, the given rows of each (fields in the first table's order)."""
    fields = list(dict.fromkeys(f for columns, _ in parts for f in columns.kinds))
    values: dict[str, list[Any]] = {f: [] for f in fields}
    for columns, rows in parts:
        for field in fields:
            if field in columns.kinds:
                values[field].extend(columns.column(field, rows))
            else:
                values[field].extend([None] * len(rows))
    return encode_columns(prefix, values, hints)
