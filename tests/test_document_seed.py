"""The bundled interview parses into its exact structure, from every encoding it may arrive in."""

from __future__ import annotations

import re
from pathlib import Path

from tui.core.document import load_document, parse_text
from tui.core.model import BlockKind, Document


def test_header(seed_doc: Document) -> None:
    assert seed_doc.title == "工信部:将针对重点行业、重点领域制定数字化转型行动方案 突出人工智能这个关键变量"
    assert seed_doc.date == "2023-11-04T13:00"
    assert seed_doc.site == "留学在线"
    assert seed_doc.source == "新华社"
    assert seed_doc.breadcrumb[:3] == ["留学在线", "艺术", "留学攻略"]
    assert seed_doc.interviewer == "新华社记者"
    assert seed_doc.interviewee is not None and seed_doc.interviewee.endswith("金壮龙")


def test_sections(seed_doc: Document) -> None:
    headings = [s.heading for s in seed_doc.sections]
    assert len(headings) == 5
    assert headings[0] is None
    assert [h.split(":")[0] for h in headings[1:] if h] == [
        "稳工业增长",
        "抓重点产业",
        "助中小企业",
        "锻造新优势",
    ]
    assert [s.id for s in seed_doc.sections] == ["s0", "s1", "s2", "s3", "s4"]
    lead = seed_doc.sections[0]
    assert [b.kind for b in lead.blocks] == [BlockKind.paragraph, BlockKind.paragraph]


def test_turns_and_points(seed_doc: Document) -> None:
    for section in seed_doc.sections[1:]:
        kinds = [b.kind for b in section.blocks]
        assert kinds.count(BlockKind.question) == 1
        assert kinds[0] == BlockKind.question
        assert kinds[1] == BlockKind.answer
        assert not section.blocks[0].text.startswith(("问", ":"))
        assert not section.blocks[1].text.startswith(("答", ":"))
    points = [[b.ordinal for b in s.blocks if b.kind == BlockKind.point] for s in seed_doc.sections[1:]]
    assert points == [[], [], [1, 2, 3, 4], [1, 2, 3, 4, 5]]
    s3 = seed_doc.sections[3].blocks
    first_point = next(i for i, b in enumerate(s3) if b.kind == BlockKind.point)
    assert s3[first_point - 1].kind == BlockKind.answer
    assert s3[first_point - 1].text.endswith("重点抓好四方面工作。")
    assert s3[first_point].text.startswith("一是营造公平竞争环境")
    last = seed_doc.sections[4].blocks[-1]
    assert last.kind == BlockKind.answer and last.text.startswith("我们将坚持开放发展理念")


def test_every_body_sentence_once_and_no_chrome(seed_doc: Document, seed_path: Path) -> None:
    source = seed_path.read_text(encoding="utf-8")
    body = "\n".join(b.text for _, b in seed_doc.blocks())
    lines = [ln.strip() for ln in source.splitlines() if ln.strip()]
    body_lines = lines[3:-4]  # breadcrumb, title, meta … attribution and three disclaimer lines
    for line in body_lines:
        content = re.sub(r"^[问答]:", "", line)
        is_heading = any(s.heading == line for s in seed_doc.sections)
        for sentence in re.split(r"(?<=[。?;])", content):
            if sentence and not is_heading:
                assert body.count(sentence) == 1, sentence
    for chrome in (
        "不代表本网观点",
        "123456@qq.com",
        "其观点或证实其内容的真实性",
        "文章来源",
        "阅读量",
        "留学攻略",
    ):
        assert chrome not in body


def test_offsets_point_at_text(seed_doc: Document) -> None:
    for _, block in seed_doc.blocks():
        assert seed_doc.text[block.start : block.end] == block.text
    for section in seed_doc.sections[1:]:
        assert section.heading_start is not None and section.heading_end is not None
        assert seed_doc.text[section.heading_start : section.heading_end] == section.heading


def _shape(doc: Document) -> list[tuple[str | None, list[tuple[str, str, int | None]]]]:
    return [(s.heading, [(b.kind.value, b.text, b.ordinal) for b in s.blocks]) for s in doc.sections]


def test_same_structure_from_other_encodings(seed_doc: Document, seed_path: Path, tmp_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    variants = {
        "gb18030.txt": text.encode("gb18030"),
        "utf16.txt": text.encode("utf-16"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "cr.txt": text.replace("\n", "\r").encode("utf-8"),
        "gbk_crlf.txt": text.replace("\n", "\r\n").replace("\xa0", " ").encode("gbk"),
    }
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        doc = load_document(path)
        assert _shape(doc) == _shape(seed_doc), name
        assert (doc.title, doc.date, doc.site, doc.source) == (
            seed_doc.title,
            seed_doc.date,
            seed_doc.site,
            seed_doc.source,
        )
        assert path.read_bytes() == data, "input files are never modified"


def test_full_width_forms_parse_alike(seed_doc: Document, seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    wide = text.replace(",", "，").replace(":", "：").replace("?", "？").replace("(", "（").replace(")", "）")
    doc = parse_text(wide, "wide")
    assert [(s.heading is None, [b.kind for b in s.blocks]) for s in doc.sections] == [
        (s.heading is None, [b.kind for b in s.blocks]) for s in seed_doc.sections
    ]
    assert doc.source == "新华社" and doc.site == "留学在线"
