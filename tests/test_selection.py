"""The figures and the text of a node (document, section, block), in reading order, without parsing ids."""

from __future__ import annotations

from tui.core.model import Block, BlockKind, Document, Figure, Section
from tui.core.selection import Node, figures_of, heading_block, in_reading_order, reading_order, text_of


def _doc() -> Document:
    """Eleven sections, so that ``s10`` sorts before ``s2`` as text: reading order must not care."""
    sections = [
        Section(
            id="s0",
            heading=None,
            blocks=[Block(id="s0.1", kind=BlockKind.paragraph, text="导语一", start=0, end=3)],
        )
    ]
    for n in range(1, 11):
        blocks = [
            Block(id=f"s{n}.{k}", kind=BlockKind.answer, text=f"第{n}节第{k}段", start=0, end=5)
            for k in range(1, 11)
        ]
        sections.append(Section(id=f"s{n}", heading=f"标题{n}", blocks=blocks))
    return Document(name="made-up.txt", title="示例题目", kicker="引题", subtitle="——副题", sections=sections)


def _fig(block_id: str, section_id: str, start: int = 0, text: str = "5%") -> Figure:
    return Figure(
        text=text,
        start=start,
        end=start + len(text),
        value=5,
        unit="%",
        kind="percent",
        block_id=block_id,
        section_id=section_id,
    )


def test_reading_order_follows_the_document_not_the_ids() -> None:
    doc = _doc()
    order = reading_order(doc)
    assert order["head.1"] < order["head.2"] < order["s0.1"] < order["s1.0"] < order["s1.1"] < order["s1.10"]
    assert order["s1.10"] < order["s2.0"] < order["s9.10"] < order["s10.0"] < order["s10.1"]
    shuffled = [
        _fig("s10.1", "s10"),
        _fig("s2.1", "s2", 4),
        _fig("s2.1", "s2", 1),
        _fig("s1.10", "s1"),
        _fig("head.2", "head"),
    ]
    assert [(f.block_id, f.start) for f in in_reading_order(shuffled, doc)] == [
        ("head.2", 0),
        ("s1.10", 0),
        ("s2.1", 1),
        ("s2.1", 4),
        ("s10.1", 0),
    ]


def test_a_node_shows_its_own_figures() -> None:
    doc = _doc()
    figures = [
        _fig("head.1", "head"),
        _fig("s1.0", "s1"),  # in the heading of s1
        _fig("s1.2", "s1"),
        _fig("s1.10", "s1"),
        _fig("s10.0", "s10"),
        _fig("s10.1", "s10"),
    ]
    assert [f.block_id for f in figures_of(figures, doc, Node("s1"))] == ["s1.0", "s1.2", "s1.10"]
    assert [f.block_id for f in figures_of(figures, doc, Node("s10"))] == ["s10.0", "s10.1"]
    assert [f.block_id for f in figures_of(figures, doc, Node("s1", "s1.10"))] == ["s1.10"]
    assert [f.block_id for f in figures_of(figures, doc, Node())] == [f.block_id for f in figures]
    assert figures_of(figures, doc, Node("s7")) == []
    assert heading_block("s10") == "s10.0"


def test_text_of_a_block_a_section_and_the_article() -> None:
    doc = _doc()
    assert text_of(doc, Node("s2", "s2.3")) == "第2节第3段"
    section = text_of(doc, Node("s2"))
    assert section.startswith("标题2\n\n第2节第1段\n\n") and section.endswith("第2节第10段")
    article = text_of(doc, Node())
    assert article.startswith("引题\n\n示例题目\n\n——副题\n\n导语一\n\n标题1") and article.endswith(
        "第10节第10段"
    )
    assert text_of(doc, Node("s99")) == "" and text_of(doc, Node("s1", "s1.99")) == ""
