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


def _recap(reporter: str, first: str) -> str:
    return (
        "前三季度全省经济答卷亮点多 两组数据读懂运行态势\n2024-10-18 19:05:12\n\n今天上午10时\n\n"
        "省政府新闻办召开专场发布会\n\n省统计局副局长赵某某介绍了前三季度全省经济运行情况\n\n"
        f"{reporter}\n\n  前三季度全省经济稳中有进\n\n"
        "  这场发布会持续了约50分钟,赵某某围绕前三季度经济数据回答了8个问题。\n\n"
        "  前三季度地区生产总值同比增长4.9%\n\n"
        f"  {first}前三季度全省地区生产总值同比增长4.9%,增速比上半年加快0.3个百分点。\n\n"
        "  新动能持续壮大 高技术产业较快增长\n\n"
        "  其次,前三季度高技术制造业增速达到8.6%,拉动作用持续增强。\n"
    )


def _points(doc: Document) -> list[int]:
    from tui.core.model import BlockKind

    return [sum(1 for b in s.blocks if b.kind == BlockKind.point) for s in doc.sections]


def _questions(doc: Document) -> int:
    from tui.core.model import BlockKind

    return sum(1 for s in doc.sections for b in s.blocks if b.kind == BlockKind.question)


_ON_AIR = "省台记者 陈某:我现在在省政府新闻办的发布厅为大家带来现场报道"


def test_a_sequence_opened_with_shi_is_a_point_as_its_comma_form_is() -> None:
    doc = parse_text(_recap(_ON_AIR, "首先是大家最关心的,"))
    assert _points(doc)[-2:] == [1, 1]
    doc = parse_text(_recap(_ON_AIR, "首先,"))
    assert _points(doc)[-2:] == [1, 1]


def test_a_sequence_word_before_shifou_is_no_point() -> None:
    doc = parse_text(_recap(_ON_AIR, "首先是否能够稳住增长是关键,"))
    assert _points(doc)[-2:] == [0, 1]


def test_a_lone_reporter_reporting_on_air_over_the_recaps_headings_asks_nothing() -> None:
    doc = parse_text(_recap(_ON_AIR, "首先,"))
    assert _questions(doc) == 0
    assert "前三季度全省经济稳中有进" in _headings(doc)


def test_a_reporters_question_mark_or_a_question_cut_off_at_the_end_stays_a_question() -> None:
    doc = parse_text(_recap("省台记者 陈某:前三季度全省经济有哪些亮点?", "首先,"))
    assert _questions(doc) == 1
    cut = "联商报消息:商务部今天举行例行发布会。\n\n发言人介绍了一季度消费情况。\n\n记者:节日刚刚过去两天,我们注意到今年"
    assert _questions(parse_text(cut)) == 1


_LEAD = (
    "(记者 周某某)水利部新闻发言人吴某某18日在水利部季度例行发布会上表示,全国水利建设投资保持较快增长。"
    "1-3月全国完成水利建设投资1830亿元,同比增长12.4%,新开工重大水利工程9项。"
)


def test_a_page_stored_as_one_line_reads_as_its_breadcrumb_headline_byline_and_lead() -> None:
    text = f"首页>财经快讯 水利部:一季度水利投资同比增长12.4% 周某某东江证券报·东江网2022-04-18 09:41 东江网讯{_LEAD}\n"
    doc = parse_text(text)
    assert doc.title == "水利部:一季度水利投资同比增长12.4%"
    assert doc.date is not None and doc.date.startswith("2022-04-18")
    assert doc.source == "东江网"


def test_a_one_line_page_without_a_breadcrumb_or_a_dateline_stays_whole() -> None:
    no_crumb = (
        f"财经快讯 水利部:一季度水利投资同比增长12.4% 周某某东江证券报2022-04-18 09:41 东江网讯{_LEAD}\n"
    )
    assert parse_text(no_crumb).title != "水利部:一季度水利投资同比增长12.4%"
    no_dateline = (
        f"首页>财经快讯 水利部:一季度水利投资同比增长12.4% 周某某东江证券报2022-04-18 09:41 {_LEAD[10:]}\n"
    )
    assert parse_text(no_dateline).title != "水利部:一季度水利投资同比增长12.4%"


def _reposted(first: str, deck: str) -> str:
    head = "南湖市统计局高级统计师解读2019年5月份CPI、PPI数据"
    stamp = "  • 发布时间:2019-06-12 00:00\n  • 访问量:\n"
    return (
        "这是描述信息\n这是描述信息\n\n某某协会\n\n地址:南湖市东区某某路18号\n\n电话:010-12345678\n\n/\n/\n"
        f"{head}\n\n{head}\n\n{stamp}\n{head}\n\n{stamp}详情\n\n{first}\n{deck}\n"
        "南湖市统计局6月10日发布的2019年5月份居民消费价格数据显示,全市居民消费价格同比上涨2.3%。\n"
        "一、居民消费价格环比小幅下降\n从环比看,食品价格有所回落,非食品价格基本持平,CPI环比下降0.2%。\n"
    )


def test_the_articles_own_headline_over_its_deck_is_no_heading_and_keeps_its_figures() -> None:
    doc = parse_text(
        _reposted(
            "5月份CPI同比上涨2.3%  PPI同比下降0.4%",
            "——南湖市统计局高级统计师钱某某解读2019年5月份CPI、PPI数据",
        )
    )
    assert _headings(doc) == [None, "一、居民消费价格环比小幅下降"]
    assert doc.subtitle == "5月份CPI同比上涨2.3%  PPI同比下降0.4%"
    from tui.core.figures import extract

    assert "0.4%" in [f.text for f in extract(doc)]


def test_a_sentence_over_the_deck_stays_the_texts() -> None:
    lead = "南湖市统计局今天发布5月份数据,全市居民消费价格同比上涨2.3%。"
    doc = parse_text(_reposted(lead, "——南湖市统计局高级统计师钱某某解读2019年5月份CPI、PPI数据"))
    assert doc.subtitle != lead
    assert any(lead in b.text for s in doc.sections for b in s.blocks)
