"""Validation of data from outside the process against the models, by pydantic.

The models of :mod:`tui.core.model` are plain dataclasses, cheap to build and to import; what comes from a
file (a stored record in the cache, JSON that a script hands us) is checked here before it becomes one:
types, required fields, enum values. Adapters are built on first use (pydantic and the schemas cost tens of
milliseconds), never on the explorer's start-up path.
"""

from __future__ import annotations

from typing import Any, TypeVar

from tui.core.model import Document, Figure, excluded

_M = TypeVar("_M")


_ADAPTERS: dict[type, Any] = {}


def _adapter(model: type) -> Any:
    """pydantic's adapter of a model class, built once (pydantic is imported here, not at start-up)."""
    adapter = _ADAPTERS.get(model)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _ADAPTERS[model] = TypeAdapter(model)
    return adapter


def validate(model: type[_M], data: Any) -> _M:
    """``data`` (plain Python values) as a ``model``; ``pydantic.ValidationError`` (a ValueError) when it is not one."""
    return _adapter(model).validate_python(data)  # type: ignore[no-any-return]


def validate_json(model: type[_M], payload: bytes | str) -> _M:
    """A ``model`` from JSON text; ``pydantic.ValidationError`` (a ValueError) when it is not one."""
    return _adapter(model).validate_json(payload)  # type: ignore[no-any-return]


def dump_json(value: Any) -> bytes:
    """A model as JSON, without its excluded fields (``Document.text``)."""
    model = type(value)
    return _adapter(model).dump_json(value, exclude=set(excluded(model)) or None)  # type: ignore[no-any-return]


def document_from_json(payload: bytes | str) -> Document:
    """A stored document record, validated."""
    return validate_json(Document, payload)


def figure_from_dict(data: dict[str, Any]) -> Figure:
    """A figure from plain values, validated."""
    return validate(Figure, data)
