"""The forms left on the twenty-second set (round thirty-four).

A report's topic tags in black brackets (``【某某议题】``), the first with a claim-shaped subhead under it:
a last tag that the page cut off after a word or two of its text is a heading like the first, where a short
line that is no tag is the page's footer. A wire's dateline with its reporter run on after a photo's
caption inside the page's first line (a stamp, the caption and the lead on one line) names the agency that
wrote the text. Every snippet is invented (names, places and numbers made up) in the shape of the genre, and
each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _tagged(last: str, tail: str) -> str:
    return (
        "“新发言人”李某某首次亮相:曾在记者群里答疑\n\n来源:东湖晚报\n\n"
        "昨日上午9时,东湖市政协十一届三次会议新闻发布会召开,大会新闻发言人李某某介绍会议有关情况。\n\n"
        "【“新十年”规划】\n\n提交218件规划提案\n\n"
        "南山日报记者:在规划纲要编制过程中,政协委员是如何参与的?\n\n"
        "李某某:去年市政协围绕规划纲要召开了三次专题协商会,开展了41次调研视察,提交相关提案218件。\n\n"
        f"{last}\n\n{tail}\n"
    )


def test_a_topic_tag_cut_off_at_the_end_is_a_heading_like_the_tag_above() -> None:
    doc = parse_text(_tagged("【就业形势】", "今"))
    assert _headings(doc)[-3:] == ["【“新十年”规划】", "提交218件规划提案", "【就业形势】"]


def test_a_short_line_that_is_no_tag_after_the_text_stays_the_pages_footer() -> None:
    doc = parse_text(_tagged("关注我们的公众号", "今"))
    assert "关注我们的公众号" not in _headings(doc)
    assert _headings(doc)[-1] == "提交218件规划提案"


def _glued(lead: str) -> str:
    return (
        f" date 2025-03-01 西江市人代会举行经济主题记者会（{lead}\n\n"
        "一、增长目标稳中求进\n\n西江市发改委主任表示,今年全市经济增长目标设定为5%左右,实现目标具备坚实基础。\n\n"
        "二、消费投资双轮驱动\n\n西江市商务局局长表示,今年将安排120亿元专项资金支持设备更新和消费品以旧换新。\n"
    )


def test_a_wire_dateline_after_a_caption_in_the_first_line_names_the_agency() -> None:
    doc = parse_text(
        _glued("南江社 刘某摄） 南江社西江3月7日电（记者 刘某）6日下午,西江市人代会举行记者会。")
    )
    assert doc.source == "南江社"


def test_a_relayed_dateline_inside_a_sentence_names_no_agency() -> None:
    doc = parse_text(_glued("图片来源网络）6日下午,据南江社西江3月7日电,西江市人代会举行记者会。"))
    assert doc.source != "南江社"


def test_a_caption_credit_alone_without_a_dateline_names_no_agency() -> None:
    doc = parse_text(_glued("南江社 刘某摄） 6日下午,西江市人代会举行记者会,多位部门负责人出席。"))
    assert doc.source != "南江社"
