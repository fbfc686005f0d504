"""Titles and turns left on the last sets (round thirty).

A page with no headline is named by its first line even when that line is a question (``问：…？`` over
``答：…``): a document always has a title, and the question is then the title, not one of its turns. A
magazine puts its questions in its own name, in guillemets (``《某某周刊》：…？``), over the guest's reply; with
``本刊记者`` in the lead, that magazine wrote the piece. Every snippet is invented (names, places and numbers made
up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document


def _kinds(doc: Document) -> list[tuple[str, str | None]]:
    return [(b.kind.value, b.speaker) for s in doc.sections for b in s.blocks]


_QA_PAGE = (
    "问:8月2日,某国际机构发布报告,将今明两年东江经济增长预期上调0.2个百分点。你对此有何评论?\n"
    "答:我们注意到这份报告。东江经济每年保持5%以上的增长。\n"
    "问:据报道,两国下周将在南湖举行会谈。你能否证实?\n"
    "答:关于具体安排,请向主管部门了解。\n"
)


def test_a_page_that_opens_with_a_question_is_named_by_it_and_counts_it_once() -> None:
    doc = parse_text(_QA_PAGE)
    assert doc.title == _QA_PAGE.split("\n", 1)[0]
    assert [k for k, _ in _kinds(doc)] == ["answer", "question", "answer"]
    assert not any("上调0.2" in b.text for s in doc.sections for b in s.blocks)  # the title's, not the body's


def test_a_page_with_a_headline_over_its_first_question_keeps_the_headline() -> None:
    doc = parse_text("外交部例行记者会答问摘要\n\n" + _QA_PAGE)
    assert doc.title == "外交部例行记者会答问摘要"
    assert [k for k, _ in _kinds(doc)] == ["question", "answer", "question", "answer"]


_LEAD = (
    "今年是推进规划实施的关键之年。经济形势如何研判?为了解答这些问题,本刊记者专访了"
    "东江经济研究院院长韩某某。\n"
)
_ASKED = "《南湖观察》: 去年全省经济顶住压力持续恢复。怎样评价去年的发展成就?\n"
_REPLY = "韩某某:全省经济在年初受到冲击后稳步回升。\n一是生产持续恢复。二是需求逐步改善。\n"


def test_a_magazine_asking_in_its_own_name_is_a_question_and_writes_the_piece() -> None:
    doc = parse_text("从年度数据看东江经济\n" + _LEAD + _ASKED + _REPLY)
    assert _kinds(doc)[:3] == [("paragraph", None), ("question", "《南湖观察》"), ("answer", "韩某某")]
    assert doc.source == "南湖观察"


def test_a_magazine_asking_without_its_own_reporter_in_the_lead_names_no_source() -> None:
    lead = _LEAD.replace("本刊记者专访了", "记者专访了")
    doc = parse_text("从年度数据看东江经济\n" + lead + _ASKED + _REPLY)
    assert _kinds(doc)[1] == ("question", "《南湖观察》")
    assert doc.source is None


def test_a_quoted_document_with_a_colon_is_no_magazines_question() -> None:
    text = "从年度数据看东江经济\n" + _LEAD + "《规划纲要》:到2025年全省研发投入强度达到2.8%。\n" + _REPLY
    doc = parse_text(text)
    assert BlockKind.question not in [b.kind for s in doc.sections for b in s.blocks]


_RELEASE = (
    "前三季度全省经济运行稳中向好\n\n2023/10/19 10:00 来源:东江省统计局\n\n?\n\n东江省统计局\n\n?\n\n"
    "前三季度,全省上下坚持稳中求进工作总基调,经济运行持续恢复。\n\n"
    "一、农业生产形势稳定\n\n前三季度,全省农业增加值1520亿元,比上年同期增长3.6%。\n\n"
    "二、工业生产稳步回升\n\n前三季度,全省规上工业产值比去年多出5.1%。\n"
)


def test_a_bureaus_name_alone_under_the_header_is_no_heading() -> None:
    doc = parse_text(_RELEASE)
    assert [s.heading for s in doc.sections] == [None, "一、农业生产形势稳定", "二、工业生产稳步回升"]


def test_a_short_heading_that_ends_like_an_organ_is_still_a_heading() -> None:
    text = _RELEASE.replace("?\n\n东江省统计局\n\n", "?\n\n发展看中西部\n\n")
    doc = parse_text(text)
    assert "发展看中西部" in [s.heading for s in doc.sections]


_CPI = (
    "[东江省统计局]2023年8月份全省居民消费价格同比上涨1.6%\n\n"
    "8月份,全省居民消费价格同比上涨1.6%。其中,城市上涨1.5%,农村上涨1.8%。\n\n"
    "居民消费\n\n一、各类商品及服务价格同比变动情况\n\n8月份,食品烟酒价格同比上涨4.2%。\n\n"
    "居民消费\n\n二、各类商品及服务价格环比变动情况\n\n8月份,食品烟酒价格环比上涨0.5%。\n"
)


def test_a_charts_label_repeated_over_each_numbered_heading_is_no_heading() -> None:
    doc = parse_text(_CPI)
    assert [s.heading for s in doc.sections] == [
        None,
        "一、各类商品及服务价格同比变动情况",
        "二、各类商品及服务价格环比变动情况",
    ]
    assert [b.text for b in doc.sections[0].blocks][-1] == "居民消费"  # kept as the text's, in place


def test_a_short_heading_printed_once_over_another_stays_a_heading() -> None:
    doc = parse_text(_CPI.replace("居民消费\n\n二、", "二、"))
    assert "居民消费" in [s.heading for s in doc.sections]


def test_a_repeated_short_heading_with_its_own_text_under_it_stays_a_heading() -> None:
    text = _CPI.replace("居民消费\n\n一、", "居民消费\n\n8月份,全省消费市场平稳。\n\n一、").replace(
        "居民消费\n\n二、", "居民消费\n\n8月份,服务消费较快增长。\n\n二、"
    )
    assert [s.heading for s in parse_text(text).sections].count("居民消费") == 2
