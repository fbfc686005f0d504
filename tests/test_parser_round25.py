"""Structure met before an eighteenth set's pages bring it (round twenty-five).

A page's counters (a forum's ``2087 3`` views and replies, an aggregator's ``21.k views``) are furniture: no
title, no point; a digest's tallies (``4次全体会议`` a line each) are a list's items, not headings; a
question standing alone right under a digest's Q&A label (``精彩问答``) heads its answer; a one-word label
over a heading that opens on it (``工业`` / ``工业生产加快、效益回升``) is a pair of headings, not a heading and
its deck. Every snippet is invented (names, places and numbers made up) in the shape of the genre, and each
class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.counters import is_counter
from tui.core.document import parse_text
from tui.core.lines import split_lines
from tui.core.model import BlockKind, Document
from tui.core.tallies import label_pair, tally_items

_HEAD = "前两个月某某省经济怎么样？一图读懂"
_LEAD = "某某省统计局3月20日发布数据，1—2月份全省工业生产增速达到6.4%，开局态势平稳。"
_MORE = "从需求看，社会消费品零售总额同比增长5.1%，固定资产投资同比增长4.3%，市场预期持续改善。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_a_forums_counters_under_its_headline_are_no_title() -> None:
    doc = parse_text(f"请登录 | 免费注册\n某某论坛> 财经 > 正文\n{_HEAD}\n2087 3\n\n{_LEAD}\n\n{_MORE}\n")
    assert doc.title == _HEAD
    assert any(entry.text == "2087 3" for entry in doc.boilerplate)


def test_an_aggregators_view_count_is_no_point() -> None:
    doc = parse_text(f"{_HEAD}\n21.k views\n\n{_LEAD}\n\n{_MORE}\n")
    assert doc.title == _HEAD
    assert [b.kind for s in doc.sections for b in s.blocks] == [BlockKind.paragraph, BlockKind.paragraph]


def test_counter_forms_and_their_look_alikes() -> None:
    for line in ("2087 3", "21.k views", "3.6万阅读", "阅读 1.2万", "845 12 6", "15 views 2 comments"):
        assert is_counter(line), line
    # years side by side are a table's header; a number with the text's unit or words is content
    for line in ("2022 2023", "2019 2020 2021", "2087 亿元", "21.5%", "3.6万人次参观", "5.2", "2087"):
        assert not is_counter(line), line


_TALLIES = ["4次全体会议", "12次分组讨论", "2场记者会", "3场“代表通道”集中采访"]


def test_a_digests_tallies_are_list_items_not_headings() -> None:
    body = "\n".join(_TALLIES)
    doc = parse_text(
        f"{_HEAD}\n2024年03月04日 09:15 某某网\n\n{_LEAD}\n\n会议安排\n\n大会将安排:\n{body}\n\n"
        f"现场问答\n\n{_MORE}\n"
    )
    assert _headings(doc) == [None, "会议安排", "现场问答"]


def test_tally_look_alikes_keep_their_heading() -> None:
    lines = split_lines("\n".join([*_TALLIES, _MORE, "3个关键词读懂今年预算", _LEAD, "5大看点", _MORE]))
    assert tally_items(lines) == [0, 1, 2, 3]
    # one count line alone, between paragraphs, still heads its text
    doc = parse_text(
        f"{_HEAD}\n2024年03月04日 某某网\n\n{_LEAD}\n\n5大看点\n\n{_MORE}\n\n质量稳步提升\n\n{_LEAD}\n"
    )
    assert _headings(doc) == [None, "5大看点", "质量稳步提升"]


_QUESTION = "消费回升势头能否延续，下一步有哪些举措？"
_ANSWER = "今年以来消费市场稳步恢复，我们将继续出台扩大内需的政策措施，推动服务消费提质扩容，稳定大宗消费。"


def test_a_question_under_a_qa_label_heads_its_answer() -> None:
    doc = parse_text(
        f"{_HEAD}\n2024年03月04日 某某网\n\n{_LEAD}\n\n会议安排\n\n{_MORE}\n\n精彩问答\n\n{_QUESTION}\n\n{_ANSWER}\n"
    )
    assert _headings(doc) == [None, "会议安排", "精彩问答", _QUESTION]
    assert sum(b.kind == BlockKind.question for s in doc.sections for b in s.blocks) == 0


def test_a_question_under_another_heading_stays_a_paragraph() -> None:
    doc = parse_text(
        f"{_HEAD}\n2024年03月04日 某某网\n\n{_LEAD}\n\n会议安排\n\n{_MORE}\n\n市场展望\n\n{_QUESTION}\n\n{_ANSWER}\n"
    )
    assert _headings(doc) == [None, "会议安排", "市场展望"]


def test_a_one_word_label_over_its_heading_is_a_pair() -> None:
    doc = parse_text(
        f"{_HEAD}\n\n{_LEAD}\n工业\n工业生产加快、效益回升\n{_MORE}\n消费\n消费市场回暖、结构优化\n{_LEAD}\n"
    )
    assert _headings(doc) == [None, "工业", "工业生产加快、效益回升", "消费", "消费市场回暖、结构优化"]


def test_label_pair_look_alikes() -> None:
    one = split_lines("工业\n工业生产加快、效益回升\n工业\n投资结构持续优化、质量提升\n工业生产\n工业生产")
    assert label_pair(one[0], one[1])
    assert not label_pair(one[2], one[3])  # the line below does not open on the label: a deck
    assert not label_pair(one[4], one[5])  # the same words again are no pair


_ASKED = (
    "当天的例行记者会上，有记者问：某某机构日前发布报告，下调了今年全球经济增长预期。"
    "也有观点担心外需走弱。发言人对此怎么看？"
)
_REPLY = "王某说，今年以来经济大盘稳中有进，多数指标好于预期，我们对完成全年目标充满信心。"


def test_a_reported_question_after_a_colon_keeps_its_background() -> None:
    doc = parse_text(f"{_HEAD}\n\n{_LEAD}\n\n{_ASKED}\n\n{_REPLY}\n")
    kinds = [(b.kind, b.speaker) for s in doc.sections for b in s.blocks]
    assert kinds[1] == (BlockKind.question, "记者")


def test_a_reported_question_with_its_answer_is_narration() -> None:
    # look-alikes: the answer told in the same paragraph; a question told without a colon after sentences
    told = "会上，有记者问：外需走弱怎么办？王某表示，我们将稳住外贸基本盘，继续扩大高水平开放。"
    plain = "会上，有记者问及外部环境。王某认为风险可控。外需走弱怎么办？"
    for para in (told, plain):
        doc = parse_text(f"{_HEAD}\n\n{_LEAD}\n\n{para}\n\n{_REPLY}\n")
        assert [b.kind for s in doc.sections for b in s.blocks][1] != BlockKind.question, para
