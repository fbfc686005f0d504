"""The parser on articles of the genre written for these tests (tests/data/articles), one per form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.core.document import load_document
from tui.core.model import Document, to_dict
from tui.core.schema import validate

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
CASES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def _load(stem: str) -> tuple[Document, dict[str, object]]:
    doc = load_document(ARTICLES / f"{stem}.txt")
    expected = json.loads((ARTICLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    return doc, expected


def test_there_are_enough_articles() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize("stem", CASES)
def test_header(stem: str) -> None:
    doc, want = _load(stem)
    assert doc.title == want["title"]
    assert doc.date == want["date"]
    assert doc.site == want["site"]
    assert doc.source == want["source"]


@pytest.mark.parametrize("stem", CASES)
def test_people(stem: str) -> None:
    doc, want = _load(stem)
    assert doc.interviewer == want["interviewer"]
    assert doc.interviewee == want["interviewee"]
    for key in ("authors", "editors"):
        if key in want:
            assert getattr(doc, key) == want[key]


@pytest.mark.parametrize("stem", CASES)
def test_kicker_and_subtitle_are_header_fields(stem: str) -> None:
    doc, want = _load(stem)
    for key in ("kicker", "subtitle"):
        if key in want:
            assert getattr(doc, key) == want[key]
        value = getattr(doc, key)
        if value is not None:
            assert all(s.heading != value for s in doc.sections), "a kicker or subtitle is no section"
            assert all(value not in b.text for _, b in doc.blocks())


@pytest.mark.parametrize("stem", [s for s in CASES if s >= "13"])
def test_speakers_as_written(stem: str) -> None:
    doc, want = _load(stem)
    got = {b.id: b.speaker for _, b in doc.blocks() if b.speaker}
    assert got == want["speakers"]


@pytest.mark.parametrize("stem", CASES)
def test_structure(stem: str) -> None:
    doc, want = _load(stem)
    got = [(s.heading, [[b.kind.value, b.text[:12], b.ordinal] for b in s.blocks]) for s in doc.sections]
    expected = [(s["heading"], s["blocks"]) for s in want["sections"]]  # type: ignore[attr-defined]
    assert got == expected


@pytest.mark.parametrize("stem", CASES)
def test_boilerplate_kept_out_of_blocks(stem: str) -> None:
    doc, want = _load(stem)
    body = "\n".join(b.text for _, b in doc.blocks())
    for snippet in want["boilerplate_snippets"]:  # type: ignore[attr-defined]
        assert snippet not in body
    for _, block in doc.blocks():
        assert doc.text[block.start : block.end] == block.text


@pytest.mark.parametrize("stem", CASES[:4])
def test_constructed_models_pass_validation(stem: str) -> None:
    """The parser builds models without validation (for start-up time); they must still be valid."""
    from tui.core.figures import extract
    from tui.core.model import Figure

    doc, _ = _load(stem)
    again = validate(Document, to_dict(doc))
    assert to_dict(again) == to_dict(doc)
    for figure in extract(doc):
        assert validate(Figure, to_dict(figure)) == figure
