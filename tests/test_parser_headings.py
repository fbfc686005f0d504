"""Section headings: every form of the genre, and the short lines that are not headings.

The snippets are invented in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text

TITLE = "某地一季度经济运行情况\n\n"
LEAD = "一季度，全市经济运行开局良好，主要指标好于预期。\n\n"
TEXT = "市统计局有关负责人介绍，工业生产保持较快增长，服务业持续恢复。\n\n"


def _headings(body: str) -> list[str | None]:
    return [s.heading for s in parse_text(TITLE + body).sections]


@pytest.mark.parametrize(
    "heading",
    [
        "稳工业增长：有信心有条件完成全年目标",
        "稳工业增长:有信心有条件完成全年目标",
        "扩内需　稳就业",
        "外贸进出口增长4.8%，民营企业占比提高",  # a claim with a comma, starting with a word
        "2022年底前培育500家专精特新企业",  # a heading that starts with a figure
        "●建成基站超过3万个",
        "【要闻】",
        "NO.5 国务院常务会议部署加快推进城市更新和县域商业体系建设有关工作安排",  # long, numbered
        "一、总体运行情况",
        "（二）服务业持续恢复",
        "关注点一：消费市场回暖",
        "报告12处讲“创新”",  # ends with a closing quote, not a sentence
        "核心阅读",
    ],
)
def test_heading_forms(heading: str) -> None:
    assert _headings(LEAD + heading + "\n\n" + TEXT) == [None, heading]


@pytest.mark.parametrize(
    "line",
    [
        "“发展是解决一切问题的基础和关键”",  # a one-line quote
        "对于大家关心的就业问题，他给出了答案：",  # a lead-in ending in a colon
        "——延长收购时间",  # a dash-led list item
        "一是加强市场监测",  # an enumerated point
        "首先，加强市场监测",
        "图为工人在生产线上作业。新华社记者 王某 摄",  # a caption (boilerplate)
        "工业生产保持较快增长。",  # a sentence
        "今年为什么把稳就业放在首位呢？",  # one question in an article: the text's own question
        "3.5%",
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    assert _headings(LEAD + line + "\n\n" + TEXT) == [None]


def test_question_headings_when_the_article_titles_its_sections_with_questions() -> None:
    body = (
        LEAD
        + "各类门店都要同步开业吗？\n\n"
        + TEXT
        + "有人担心，开业后客流不足怎么办？\n\n"
        + TEXT
        + "外地员工返城如何既快捷又放心？\n\n"
        + TEXT
    )
    assert _headings(body) == [None, "各类门店都要同步开业吗？", "外地员工返城如何既快捷又放心？"]


def test_questions_in_an_article_with_statement_headings_stay_paragraphs() -> None:
    body = (
        LEAD
        + "收入保持恢复性增长\n\n"
        + TEXT
        + "今年为何收入增速放缓？\n\n"
        + TEXT
        + "支出强度不减\n\n"
        + "民生投入为什么还要加大？\n\n"
        + TEXT
    )
    doc = parse_text(TITLE + body)
    assert [s.heading for s in doc.sections] == [None, "收入保持恢复性增长", "支出强度不减"]
    assert all(b.kind.value == "paragraph" for _, b in doc.blocks())


def test_a_question_answered_by_a_turn_is_the_question_of_that_turn() -> None:
    doc = parse_text(
        TITLE
        + LEAD
        + "今年的重点工作有哪些？\n\n答：主要是稳增长、调结构。\n\n今后如何推进？\n\n答：分步实施。\n"
    )
    assert [s.heading for s in doc.sections] == [None]
    assert [b.kind.value for _, b in doc.blocks()] == [
        "paragraph",
        "question",
        "answer",
        "question",
        "answer",
    ]


def test_the_deck_under_a_heading_is_body_text_but_a_name_and_a_claim_are_two_headings() -> None:
    deck = "物资调运\n\n截至18日中午，已调运帐篷3600顶，后续5天计划再调运约8000顶\n\n" + TEXT
    assert _headings(LEAD + deck) == [None, "物资调运"]
    pair = "财政部部长林某\n\n项目跑得快　群众得实惠\n\n" + TEXT
    assert _headings(LEAD + pair) == [None, "财政部部长林某", "项目跑得快　群众得实惠"]


def test_bullets_stacked_under_the_title_are_a_summary_box() -> None:
    body = "●下拨补助资金60亿元\n\n●新增再贷款额度500亿元\n\n" + LEAD + "●专项支持重点企业\n\n" + TEXT
    doc = parse_text(TITLE + body)
    assert [s.heading for s in doc.sections] == [None, "●专项支持重点企业"]
    assert [b.text for b in doc.sections[0].blocks][:2] == ["●下拨补助资金60亿元", "●新增再贷款额度500亿元"]


def test_a_short_line_at_the_end_titles_nothing() -> None:
    assert _headings(LEAD + TEXT + "我们的标准：公正独立") == [None]


def test_headings_keep_their_offsets() -> None:
    doc = parse_text(TITLE + LEAD + "●建成基站超过3万个\n\n" + TEXT)
    section = doc.sections[1]
    assert section.heading_start is not None and section.heading_end is not None
    assert doc.text[section.heading_start : section.heading_end] == section.heading


@pytest.mark.parametrize("mark", ["*", "**"])
def test_markdown_bold_marks_are_no_part_of_a_heading(mark: str) -> None:
    doc = parse_text(TITLE + LEAD + f"{mark}去年出口增长6.1%，对东盟出口增长9.5%{mark}\n\n" + TEXT)
    section = doc.sections[1]
    assert section.heading == "去年出口增长6.1%，对东盟出口增长9.5%"
    assert doc.text[section.heading_start : section.heading_end] == section.heading


def test_items_numbered_one_under_the_other_are_points_not_headings() -> None:
    doc = parse_text(
        TITLE + LEAD + "主要措施包括：\n\n1、加快项目建设\n2、优化营商环境\n3、强化要素保障\n\n" + TEXT
    )
    assert [s.heading for s in doc.sections] == [None]
    assert [(b.kind.value, b.ordinal) for _, b in doc.blocks()][2:5] == [
        ("point", 1),
        ("point", 2),
        ("point", 3),
    ]


def test_numbered_headings_with_text_under_each_stay_headings() -> None:
    assert _headings(LEAD + "1、工业生产\n\n" + TEXT + "2、服务业\n\n" + TEXT) == [
        None,
        "1、工业生产",
        "2、服务业",
    ]


def test_a_series_tag_above_the_headline_is_no_title() -> None:
    doc = parse_text("（两会·面对面）（7）访部长\n\n某市就业形势总体稳定\n\n" + LEAD + TEXT)
    assert doc.title == "某市就业形势总体稳定"
    assert [s.heading for s in doc.sections] == [None]
