"""The source named where the outlet's name stands on a page (round twenty-nine).

A reprint's ``转自：某某新闻`` line names the outlet it was taken from; an outlet named for its reports
(``某某财经报道记者注意到``) reports in its own name; an e-paper's masthead (``某某日报社出版``) says who
``本报`` is, and names no source alone; a wire's dateline whose outlet says no 社, 网 or 报 (``某某财讯10月22日电``)
and a boxed wire dateline inside a first line after a date stamp name the agency; an organ's tag in brackets
opening the headline (``[某某省统计局]…``) names the release's issuer. Every snippet is invented (names,
places and numbers made up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text

_HEAD = "某市三季度外贸进出口稳中有升\n\n"
_LEAD = "10月20日,某市商务局召开新闻发布会,介绍前三季度全市外贸运行情况。前三季度全市进出口总值412.6亿元,同比增长5.3%。\n\n"


def test_a_reprint_line_names_the_outlet_it_was_taken_from() -> None:
    doc = parse_text(_HEAD + _LEAD + "转自:青岚新闻\n\n【版权声明】凡本网所属版权作品,转载时须注明来源。\n")
    assert doc.source == "青岚新闻"


def test_a_sentence_that_says_it_was_reprinted_is_no_reprint_line() -> None:
    doc = parse_text(_HEAD + _LEAD + "该文章转自多家媒体的报道,仅供参考。\n")
    assert doc.source is None


def test_an_outlet_named_for_its_reports_reports_in_its_own_name() -> None:
    lead = "某省统计局发布前三季度经济数据。\n\n12世纪财经报道记者注意到,全省规上工业产值比上年多出6.1%。\n"
    assert parse_text(_HEAD + lead).source == "12世纪财经报道"


def test_a_report_alone_is_no_outlet() -> None:
    lead = "某省统计局发布前三季度经济数据。\n\n相关报道注意到,全省规上工业产值比上年多出6.1%。\n"
    assert parse_text(_HEAD + lead).source is None


def test_a_masthead_says_who_our_paper_is() -> None:
    text = (
        "国内统一刊号:CN99-0123 中共青岚市委机关报青岚日报社出版\n\n2031年07月18日\n\n"
        "上半年我市地区生产总值增长6.8%\n\n"
        "本报讯(记者 王某某) 昨日,记者从市政府新闻办获悉,上半年全市实现地区生产总值612.4亿元,同比增长6.8%。\n"
    )
    assert parse_text(text).source == "青岚日报"


def test_a_masthead_alone_names_no_source_and_a_wire_under_it_wins() -> None:
    masthead = "国内统一刊号:CN99-0123 中共青岚市委机关报青岚日报社出版\n\n2031年07月18日\n\n"
    alone = (
        masthead + "上半年我市地区生产总值增长6.8%\n\n上半年全市实现地区生产总值612.4亿元,同比增长6.8%。\n"
    )
    assert parse_text(alone).source is None
    wire = masthead + "上半年全国外贸增长\n\n华川社北京7月17日电 上半年全国进出口总值同比增长4.1%。\n"
    assert parse_text(wire).source == "华川社"


def test_a_wire_with_a_bare_name_dates_its_report() -> None:
    text = "某部:前三季度直达资金下达九成\n\n  青岚财讯10月22日电 22日,某部举行新闻发布会。前三季度直达资金已下达92.1%。\n"
    assert parse_text(text).source == "青岚财讯"


def test_a_place_continued_from_the_line_above_is_no_wire() -> None:
    text = "某部:前三季度直达资金下达九成\n\n北京10月22日电 22日,某部举行新闻发布会。前三季度直达资金已下达92.1%。\n"
    assert parse_text(text).source is None


def test_a_boxed_wire_dateline_in_the_first_line_names_the_agency() -> None:
    text = (
        " date 2031-09-12 《青岚通讯社驻京记者王某某12日北京专电》某部举行新闻发布会,部长介绍\n\n"
        "五年来财政收入预计达到88万亿元。\n"
    )
    assert parse_text(text).source == "青岚通讯社"


def test_an_organ_tag_opening_the_headline_names_the_issuer() -> None:
    text = "[青岚省统计局]2031年7月份居民消费价格同比上涨1.8%\n\n2031-08-12 10:47:15\n\n7月份,全省居民消费价格同比上涨1.8%。\n"
    assert parse_text(text).source == "青岚省统计局"


def test_a_topic_tag_opening_the_headline_names_no_issuer() -> None:
    text = "[数据透析]2031年7月份居民消费价格同比上涨1.8%\n\n2031-08-12 10:47:15\n\n7月份,全省居民消费价格同比上涨1.8%。\n"
    assert parse_text(text).source is None
