"""Structure and source met before a fourteenth set of real pages brings them (round nineteen).

Source: a lead that opens on its day and then its outlet in brackets; an outlet's tag in brackets
(``[某某网报道]``); a closing credit ``（某某新闻 记者 王某）``; a ``（来源：某某新闻）`` closing a paragraph inside
the text; a forum portal's info bar whose ``来自:`` field names the source. Structure: a page's column label (``◆部委动态``) over the
headline; a topic's label ending in a colon over quotes (``谈今年经济增长：``); a question numbered as a
section (``一、…是什么？``) over its ``答：``. Every snippet is invented (names, places and numbers made up)
in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document

_PARA = "前三个季度，全省的货物进出口总值比上年同期少了6.2%，外部需求依旧偏弱，形势不容乐观。"
_MORE = "省商务厅有关负责人表示，下一步将稳住外贸基本盘，帮助企业拓展新兴市场，推动加工贸易梯度转移。"
_QUOTE = "“外部环境的不确定性在上升，但我们有条件、有底气把今年的工作做好。”"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _count(doc: Document, kind: BlockKind) -> int:
    return sum(1 for s in doc.sections for b in s.blocks if b.kind == kind)


def test_a_lead_opening_on_its_day_then_its_outlet_in_brackets_names_the_source() -> None:
    for opening in ("2019年4月11日(东海之声中文网)", "4月11日（南山新闻网）", "2019年4月11日 (北岭日报)"):
        doc = parse_text(
            f"某部释放稳外贸信号\n{opening}某部新闻发言人周四在例行发布会上表示，外贸形势依然复杂。\n{_PARA}\n"
        )
        assert doc.source is not None and doc.source in opening, opening
        assert doc.sections[0].blocks[0].text.startswith(opening), opening  # its day dates the text
    # look-alikes: a weekday or a reporter in the brackets names no outlet; a date in a sentence is no dateline
    for opening in ("2019年4月11日(星期四)", "4月11日（记者 钱某）", "据悉，4月11日(周四)"):
        doc = parse_text(
            f"某部释放稳外贸信号\n{opening}某部新闻发言人在例行发布会上表示，外贸形势依然复杂。\n{_PARA}\n"
        )
        assert doc.source is None, opening


def test_an_outlets_tag_in_brackets_opening_the_lead_is_a_dateline() -> None:
    for tag, outlet in (
        ("[南山网报道]", "南山网"),
        ("【北岭日报讯】", "北岭日报"),
        ("【东海新闻网报道】", "东海新闻网"),
    ):
        doc = parse_text(
            f"某标题\n{tag}3月4日下午，某会议新闻发布会在某地举行，发言人回答了记者的提问。\n{_PARA}\n"
        )
        assert doc.source == outlet, tag
        assert doc.sections[0].blocks[0].text.startswith("3月4日下午"), tag
    # with no headline the lead is line 1, the title, and its tag still names the source
    doc = parse_text(
        f"[南山网报道]3月4日下午，某会议新闻发布会在某地举行，发言人回答了提问。\n{_PARA}\n{_MORE}\n"
    )
    assert doc.source == "南山网"
    # look-alikes: a box's label and a tag naming no outlet
    for tag in ("【相关报道】", "【媒体报道】", "[现场报道]"):
        doc = parse_text(f"某标题\n{_PARA}\n{tag}\n{_MORE}\n")
        assert doc.source is None, tag


def test_a_closing_credit_of_an_outlet_named_for_its_news_names_the_source() -> None:
    doc = parse_text(f"某标题\n{_PARA}\n{_MORE}(东岭新闻 记者 钱某某)\n")
    assert doc.source == "东岭新闻"
    assert "钱某某" in doc.authors
    assert doc.sections[0].blocks[-1].text.endswith("梯度转移。")
    # traditional, with a mirror's pinyin glosses in the paragraph
    glossed = "省商務(wù)廳有關負責人表示，將穩(wěn)住外貿(mào)基本盤。(東嶺新聞 記者 錢某某)"
    assert parse_text(f"某標題\n{_PARA}\n{glossed}\n").source == "東嶺新聞"
    # look-alikes: a relayed report, a photo credit
    assert parse_text(f"某标题\n{_PARA}\n{_MORE}（据东岭新闻 记者 钱某某）\n").source is None
    assert parse_text(f"某标题\n{_PARA}\n{_MORE}（东岭新闻 记者 钱某某 摄）\n").source is None


def test_a_source_in_brackets_closing_a_paragraph_inside_the_text_is_explicit() -> None:
    text = f"某标题\n{_PARA}\n分季度看，一季度同比增长4.1%，二季度增长5.9%。 (來源:東嶺新聞)\n{_MORE}\n"
    doc = parse_text(text)
    assert doc.source == "東嶺新聞"
    assert doc.sections[0].blocks[1].text == "分季度看，一季度同比增长4.1%，二季度增长5.9%。"
    assert any(b.text.startswith("(來源") for b in doc.boilerplate)
    # it outranks a byline's outlet, as a 来源 line does
    doc = parse_text(
        f"某标题\n南山日报记者 王某\n{_PARA}\n分季度看，二季度增长5.9%。（来源：东岭新闻）\n{_MORE}\n"
    )
    assert doc.source == "东岭新闻"
    # look-alikes: a data source (a bureau) names no outlet; a 来源 inside a sentence is its own words
    doc = parse_text(f"某标题\n{_PARA}\n分季度看，二季度增长5.9%。（来源：某某省统计局）\n{_MORE}\n")
    assert doc.source is None
    doc = parse_text(f"某标题\n{_PARA}\n二季度增长5.9%（来源：东岭新闻），比一季度加快。\n{_MORE}\n")
    assert doc.source is None


def test_a_forum_portals_info_bar_names_the_source_in_its_from_field() -> None:
    bar = "北京时间:2022-4-12 09:15| 发布者: 南山网| |原作者: 钱某|来自: 南山网"
    doc = parse_text(f"某某论坛\n某部：一季度外贸开局平稳\n{bar}\n{_PARA}\n{_MORE}\n")
    assert doc.title == "某部：一季度外贸开局平稳"
    assert doc.source == "南山网"
    assert (doc.date or "").startswith("2022-04-12")
    # look-alike: 来自 in a sentence is the text's own
    doc = parse_text(
        f"某部：一季度外贸开局平稳\n{_PARA}\n这些订单来自东南亚和中东市场，占比超过三成。\n{_MORE}\n"
    )
    assert doc.source is None


def test_a_pages_column_label_over_the_headline_is_no_title() -> None:
    page = f"主办单位:东江商报社\n2019年5月8日 星期三\n◆部委动态\n某部：今年外贸形势仍然复杂严峻\n{_PARA}\n{_MORE}\n"
    doc = parse_text(page)
    assert doc.title == "某部：今年外贸形势仍然复杂严峻"
    assert _headings(doc) == [None]
    doc = parse_text(f"●要闻速递\n某部：今年外贸形势仍然复杂严峻\n{_PARA}\n{_MORE}\n")
    assert doc.title == "某部：今年外贸形势仍然复杂严峻"
    # look-alikes: a bulleted heading in the body stays a heading; a label with no headline under it is line 1
    doc = parse_text(f"某部：今年外贸形势仍然复杂严峻\n{_PARA}\n◆稳住外贸基本盘\n{_MORE}\n")
    assert _headings(doc) == [None, "◆稳住外贸基本盘"]
    assert parse_text(f"◆部委动态\n{_PARA}\n{_MORE}\n").title == "◆部委动态"


def test_a_topics_label_ending_in_a_colon_heads_the_quotes_under_it() -> None:
    text = f"某标题\n{_PARA}\n谈今年经济增长：\n{_QUOTE}\n{_MORE}\n谈稳就业：\n{_QUOTE}\n"
    doc = parse_text(text)
    assert _headings(doc) == [None, "谈今年经济增长：", "谈稳就业："]
    glossed = f"某標題\n{_PARA}\n談今年經(jīng)濟(jì)增長(zhǎng):\n{_QUOTE}\n"
    assert _headings(parse_text(glossed))[-1] == "談今年經(jīng)濟(jì)增長(zhǎng):"
    # look-alikes: lead-ins before a speaker's words, a two-character name (谈某某：) and 谈判… are no label
    for lead_in in ("谈到这个问题时，他说：", "谈及外贸形势，他表示：", "谈判代表：", "谈起此事他说："):
        doc = parse_text(f"某标题\n{_PARA}\n{lead_in}\n{_QUOTE}\n{_MORE}\n")
        assert _headings(doc) == [None], lead_in


def test_a_question_numbered_as_a_section_titles_its_answer() -> None:
    lead = "日前，某某厅下发《某某行动方案》，厅里一位负责同志接受采访，介绍方案要点。"
    text = (
        f"{lead}\n一、《方案》出台的背景是什么？\n答：{_PARA}\n二、《方案》的主要目标有哪些？\n答：{_MORE}\n"
    )
    doc = parse_text(text)
    assert _headings(doc) == ["一、《方案》出台的背景是什么？", "二、《方案》的主要目标有哪些？"]
    assert _count(doc, BlockKind.question) == 0
    assert _count(doc, BlockKind.answer) == 2
    # look-alikes: questions numbered with digits are the turns of a 答问 (as earlier keys read them)
    digits = (
        f"{lead}\n1、《方案》出台的背景是什么？\n答：{_PARA}\n2、《方案》的主要目标有哪些？\n答：{_MORE}\n"
    )
    doc = parse_text(digits)
    assert _headings(doc) == [None]
    assert _count(doc, BlockKind.question) == 2
    # a paragraph's own question under 一、 with a sentence before it is no heading
    doc = parse_text(f"{lead}\n一、目标已经明确。怎样落实？\n{_PARA}\n")
    assert _headings(doc) == [None]


def test_an_outlet_reporter_with_a_stray_space_in_its_name_asks() -> None:
    text = (
        "[南山网报道]3月2日下午，某会新闻发布会举行，发言人回答了中外记者提问。\n"
        "东方日报北岭经 济网记者：有机构预测今年增速为6.5%，请问发言人，委员们对经济走势有何判断？谢谢。\n"
        f"王某说，{_PARA}\n"
    )
    doc = parse_text(text)
    assert _count(doc, BlockKind.question) == 1
    # look-alike: an office, a space and a name answers
    doc = parse_text(f"某标题\n{_PARA}\n某部新闻发言人 钱某：我们注意到相关报道，这种说法没有根据。\n")
    assert _count(doc, BlockKind.question) == 0


_MASTHEAD = (
    "DIARIO DE EJEMPLO 某某侨报(国际刊号 ISSN 1234-5678)官方网站http://www.example.org 新手帮助\n"
    "某国国家图书馆注册\n"
    "国际刊号 ISSN 1234-5678\n"
    "某国华人网创立于2012年\n"
    "世界某某媒体协会 团体会员\n"
    "“某某推荐”是某某版官方网站与某国华人网的合作频道,所有文章来自编辑推荐\n"
    "服务侨胞,传播资讯;凝聚侨心,促进交流。\n"
    "微博 Qzone 人人 贴吧 微信\n"
)


def test_a_forum_portals_masthead_block_stands_above_the_headline() -> None:
    bar = "北京时间:2022-3-11 19:38| 发布者: 南山网| |原作者: 钱某|来自: 南山网"
    text = f"{_MASTHEAD}【某某岛】记者会10问,总理这样回答\n{bar}\n【某某岛按】\n{_PARA}\n{_MORE}\n"
    doc = parse_text(text)
    assert doc.title == "【某某岛】记者会10问,总理这样回答"
    assert _headings(doc) == ["【某某岛按】"]
    assert doc.source == "南山网"
    # look-alike: a text whose own paragraphs come before a date line is not skipped
    body = f"某部：外贸开局平稳\n{_PARA}\n{_MORE}\n{_PARA}\n{_MORE}\n小标题在此\n2022-03-11 来源：南山网\n{_PARA}\n"
    doc = parse_text(body)
    assert doc.title == "某部：外贸开局平稳"
    assert doc.sections[0].blocks[0].text == _PARA


def test_a_captions_picture_source_in_brackets_makes_it_a_caption() -> None:
    doc = parse_text(f"某标题\n{_PARA}\n某部部长回答中外记者提问（图源：南山社）\n{_MORE}\n")
    assert _headings(doc) == [None]
    assert any(b.kind == "caption" for b in doc.boilerplate)
    # look-alike: a long paragraph that names a source is the text's
    long = f"{_PARA}{_MORE}（图源：南山社）"
    doc = parse_text(f"某标题\n{long}\n{_MORE}\n")
    assert doc.sections[0].blocks[0].text.startswith("前三个季度")


def test_a_portals_masthead_lines_are_the_sites_without_an_info_bar_too() -> None:
    for line in (
        "某某侨报 DIARIO DE EJEMPLO(国际刊号 ISSN 1234-5678)官方网站http://www.example.org 新手帮助",
        "國際刊號 ISSN 1234-5678",
        "某国国家图书馆注册",
        "世界某某媒体协会 团体会员",
        "某国华人网创立于2012年",
    ):
        doc = parse_text(f"{line}\n某部：一季度外贸开局平稳\n{_PARA}\n{_MORE}\n")
        assert doc.title == "某部：一季度外贸开局平稳", line
        assert _headings(doc) == [None], line
    # a bar of buttons (设为首页 | …) is no breadcrumb: its last button names no page
    bar = "设为首页 | 加入收藏 | 新手帮助\n发布时间:2023年03月05日11:05 来源:南山网"
    assert parse_text(f"{bar}\n{_PARA}\n{_MORE}\n").title == "发布时间:2023年03月05日11:05 来源:南山网"
    # look-alikes: headlines that report a founding, a registration or a meeting of members
    for headline in ("某某合作社成立于1958年", "新设企业注册量大增", "某某协会召开会员大会"):
        assert parse_text(f"{headline}\n{_PARA}\n{_MORE}\n").title == headline
