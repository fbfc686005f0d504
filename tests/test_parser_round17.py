"""Structure and sources met before a twelfth set of real pages brings them (round seventeen).

An e-paper's header that lists its group's site and papers spaced apart; a question standing alone as a
subhead among statement subheads; a ``来源 | 某某`` field as a WeChat post prints it; a broadcaster's credit in
brackets closing the last paragraph, and the header's fuller name of the same house; a speaker who counts
off ``第一个特点，…``. Every snippet is invented (names, places and numbers made up) in the shape of the genre,
and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.credits import credit
from tui.core.document import parse_text
from tui.core.enumerators import enumerator
from tui.core.model import BlockKind, Document
from tui.core.text import fold
from tui.core.widgets import furniture

_PARA = "前十个月里，全市规上工业的增加值较去年同期多出4.6%，比前三季度快了0.3个百分点，回升势头更足。"
_MORE = "市统计局有关负责人表示，下一阶段将继续跟踪重点行业运行，做好数据质量核查，及时回应各方关切。"
_THIRD = "“总体来看，价格运行仍在合理区间。”某研究院首席分析师钱一凡说，后续走势要看需求恢复的力度。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_an_epapers_row_of_its_groups_outlets_is_furniture() -> None:
    for row in (
        "某城新闻网    某城日报   某城晚报",
        "某城新聞網    某城日報   某城晚報",
        "某城日报  某城晚报",
        "某城新闻网 某城日报 某城晨报 某城都市报",
    ):
        assert furniture(fold(row)), row


def test_a_headline_naming_outlets_is_no_row_of_them() -> None:
    for line in (
        "某城日报 某城新闻网 联合发布年度报告",
        "某城日报 某城晚报",  # two names one space apart: a headline's pair, not a spaced row
        "某城日报评论员文章",
        "日报 晚报",
    ):
        assert not furniture(fold(line)), line


def test_an_epaper_header_with_its_outlets_row_keeps_the_headline_as_the_title() -> None:
    text = (
        "第A05版:要闻\n3上一版  下一版4\n \n某市前十月工业稳中有进\n版面导航     \n"
        "某城新闻网    某城日报   某城晚报\n新闻搜索:  \n2024年11月16日 放大 缩小 默认        \n\n"
        f"某市前十月工业稳中有进\n\n{_PARA}\n\n{_MORE}\n"
    )
    doc = parse_text(text)
    assert doc.title == "某市前十月工业稳中有进"
    assert _headings(doc) == [None]


def _subheaded(question: str) -> str:
    return (
        "某月物价数据出炉\n\n"
        f"　　{_PARA}\n\n　　工业品价格同比涨幅继续回落\n\n　　{_MORE}\n\n　　{_THIRD}\n\n"
        f"　　居民消费价格环比有所回升\n\n　　{_MORE}\n\n　　{_THIRD}\n\n"
        f"　　{question}\n\n　　{_PARA}\n\n　　{_MORE}\n"
    )


def test_a_topic_question_among_statement_subheads_is_a_subhead() -> None:
    for question in ("下阶段货币政策怎么走？", "今年楼市如何走?", "后续物价走势几何？"):
        doc = parse_text(_subheaded(question))
        assert _headings(doc) == [None, "工业品价格同比涨幅继续回落", "居民消费价格环比有所回升", question]


def test_a_paragraphs_own_question_among_statement_subheads_is_no_subhead() -> None:
    for question in (
        "这意味着什么？",
        "那么，问题出在哪里？",
        "为什么会这样？",
        "我们该怎么办？",
        "是否还会继续上涨？",
    ):
        doc = parse_text(_subheaded(question))
        assert _headings(doc) == [None, "工业品价格同比涨幅继续回落", "居民消费价格环比有所回升"], question


def test_a_lone_topic_question_in_a_text_without_subheads_stays_a_paragraph() -> None:
    doc = parse_text(
        f"某月物价数据出炉\n\n　　{_PARA}\n\n　　下阶段货币政策怎么走？\n\n　　{_MORE}\n\n　　{_THIRD}\n"
    )
    assert _headings(doc) == [None]


def test_a_source_field_with_a_bar_as_a_wechat_post_prints_it() -> None:
    for line, outlet in (
        ("来源 | 某视新闻", "某视新闻"),
        ("来源丨某城发布", "某城发布"),
        ("來源 | 某視新聞", "某視新聞"),
    ):
        found = credit(fold(line)) if "來" not in line else credit(fold("来源 | 某视新闻"))
        assert found is not None and found.kind == "explicit", line
        doc = parse_text(f"{_PARA}\n{_MORE}\n{line}\n\n微信编辑 | 章小禾\n继续阅读\n")
        assert doc.source == outlet, line


def test_a_bar_in_a_chart_credit_or_a_sentence_is_no_source_field() -> None:
    for line in ("数据来源 | 某城统计局", "来源 | 某城统计局表示，全市前十月工业增加值增长4.6%，比上月加快"):
        found = credit(fold(line))
        assert found is None or found.kind != "explicit", line


def test_a_credit_in_brackets_closing_the_last_paragraph_names_the_outlet_and_its_reporters() -> None:
    for closing, outlet in (
        ("（总台央视记者 章一鸣 关小禾）", "央视"),
        ("（某某台记者 章一鸣、关小禾）", "某某台"),
        ("(某城日报记者 章一鸣 北京报道)", "某城日报"),
    ):
        doc = parse_text(f"某市介绍前十月经济运行\n\n{_PARA}\n\n{_MORE}{closing}\n")
        assert doc.source == outlet, closing
        assert doc.authors[0] == "章一鸣" and "北京报道" not in doc.authors, closing
        last = doc.sections[-1].blocks[-1]
        assert last.text.endswith("关切。"), closing


def test_the_broadcasters_house_alone_photo_credits_and_asides_name_no_outlet() -> None:
    doc = parse_text(f"某市介绍前十月经济运行\n\n{_PARA}\n\n{_MORE}（总台记者 章一鸣 关小禾）\n")
    assert doc.source is None and doc.authors[:2] == ["章一鸣", "关小禾"]
    photo = parse_text(f"某市介绍前十月经济运行\n\n{_PARA}\n\n{_MORE}（某某社记者 章一鸣 摄）\n")
    assert photo.source is None  # a photo's credit: the paragraph over it is the caption
    for closing in ("（据某某台记者 章一鸣 介绍）", "（某某台记者 章一鸣 表示）"):
        doc = parse_text(f"某市介绍前十月经济运行\n\n{_PARA}\n\n{_MORE}{closing}\n")
        assert doc.source is None, closing
        assert doc.sections[-1].blocks[-1].text.endswith(closing), closing


def test_the_headers_fuller_name_of_the_credits_house_is_the_source() -> None:
    text = f"某市介绍前十月经济运行\n某某台新闻客户端   2024-11-16 11:12\n\n{_PARA}\n\n{_MORE}（某某台记者 章一鸣）\n"
    assert parse_text(text).source == "某某台新闻客户端"


def test_a_speaker_counting_off_a_first_feature_opens_a_point() -> None:
    for line in (
        "第一个特点,主要指标由负转正",
        "第一個特點,主要指標由負轉正",
        "第二个方面是就业",
        "第三点,物价平稳",
    ):
        found = enumerator(fold(line))
        assert found is not None and found[0] == int("一二三".index(line[1]) + 1), line
    doc = parse_text(f"某市介绍前十月经济运行\n\n{_PARA}\n\n第一个特点，主要指标由负转正。{_MORE}\n")
    points = [b for s in doc.sections for b in s.blocks if b.kind == BlockKind.point]
    assert len(points) == 1 and points[0].text.startswith("第一个特点")


def test_a_first_of_anything_else_opens_no_point() -> None:
    for line in (
        "第一个百年奋斗目标,已经如期实现",
        "第一个季度,全市工业增长",
        "第一个吃螃蟹的人是谁",
        "第一次会议,讨论了",
    ):
        assert enumerator(fold(line)) is None, line
