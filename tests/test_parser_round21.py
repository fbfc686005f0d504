"""Structure and source met before a sixteenth set of real pages brings them (round twenty-one).

Source: an agency's dateline with neither place nor day (``据某某社电``) opening the text; a byline whose outlet
calls its reporters ``采访人员``, their names run together; an outlet announcing its live transcript
(``以下为某某网直播实录：``). Structure: a mirror's image alt text alone (``文章图片``) and a ``推荐内容`` label
are no headings. Every snippet is invented (names, places and numbers made up) in the shape of the genre, and
each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document

_PARA = "前三个季度，全省的货物进出口总值比上年同期少了6.2%，外部需求依旧偏弱，形势不容乐观。"
_MORE = "省商务厅有关负责人表示，下一步将稳住外贸基本盘，帮助企业拓展新兴市场，推动加工贸易梯度转移。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_an_undated_wire_dateline_names_the_agency() -> None:
    for opening in ("据东方社电 ", "东方社电（记者 王某） "):
        doc = parse_text(f"{opening}北川省统计局18日发布，前三季度全省生产总值增长5.1%。\n{_MORE}\n")
        assert doc.source == "东方社", opening
    # look-alikes: a grid company and an appliance maker are no agencies' datelines
    for text in (
        "南方电网电力供应总体平稳，前三季度售电量增长4.3%。",
        "东方社电器公司前三季度营收增长4.3%。",
    ):
        assert parse_text(f"{text}\n{_MORE}\n").source is None, text


def test_a_staff_byline_with_names_run_together_names_the_outlet_and_is_no_heading() -> None:
    doc = parse_text(
        f"某某主任：全年增长目标有信心完成\n西江日报·西江新闻采访人员王小明李四海张某\n{_PARA}\n{_MORE}\n"
    )
    assert doc.source == "西江日报·西江新闻"
    assert _headings(doc) == [None]
    doc = parse_text(f"北川经济稳步回升\n南湖晚报采访人员 王某 李某\n{_PARA}\n")
    assert doc.source == "南湖晚报"
    assert doc.authors == ["王某", "李某"]
    # look-alike: a sentence that goes on after the word names no byline
    doc = parse_text(f"北川经济稳步回升\n南湖晚报采访人员从省统计局获悉\n{_PARA}\n")
    assert doc.source != "南湖晚报"


def test_an_outlets_live_transcript_names_the_outlet() -> None:
    doc = parse_text(
        f"要闻\n2022年某某报告(实录)\n2022-03-06\n\n以下为东方网直播实录:\n\n{_PARA}\n\n{_MORE}\n"
    )
    assert doc.source == "东方网"
    # look-alike: a transcript with no outlet named names none
    doc = parse_text(f"要闻\n2022年某某报告(实录)\n\n以下为发布会实录:\n\n{_PARA}\n\n{_MORE}\n")
    assert doc.source is None


def test_image_alt_text_and_a_recommend_label_are_no_headings() -> None:
    doc = parse_text(f"北川经济稳步回升\n文章图片\n文章图片\n{_PARA}\n{_MORE}\n\n推荐内容\n")
    assert _headings(doc) == [None]
    doc = parse_text(f"北川經濟穩步回升\n{_PARA}\n\n推薦內(nèi)容\n")
    assert _headings(doc) == [None]
    # look-alike: a heading that speaks of the pictures is a heading
    doc = parse_text(f"北川经济稳步回升\n{_PARA}\n\n一、文章图片的使用规范\n\n{_MORE}\n")
    assert "一、文章图片的使用规范" in _headings(doc)


def test_a_sites_undated_dateline_over_its_papers_reporter_names_the_paper() -> None:
    for opening, paper in (
        ("南湖网/南湖新闻客户端讯(南川日报全媒体记者王某实习生李某)近日,", "南川日报"),
        ("南湖網/南湖新聞客戶端訊(南川日報全媒體記者王某)近日,", "南川日報"),
    ):
        doc = parse_text(f"上半年南川经济稳中有进\n{opening}{_PARA}\n{_MORE}\n")
        assert doc.source == paper, opening
    # look-alikes: a site's own reporter, and a paper's website with a day, name the site
    doc = parse_text(f"上半年南川经济稳中有进\n南湖网讯(记者王某)近日,{_PARA}\n")
    assert doc.source == "南湖网"
    doc = parse_text(f"上半年南川经济稳中有进\n北川日报网4月15日电(记者 王某){_PARA}\n")
    assert doc.source == "北川日报网"


def test_a_subhead_that_leads_with_its_figure_and_an_exclamation_is_a_heading() -> None:
    doc = parse_text(
        f"{_PARA}\n5.8%!北川经济“稳”字打头\n{_MORE}\n3200万吨!粮食产量再创新高\n{_PARA}{_MORE}\n"
    )
    assert _headings(doc) == ["5.8%!北川经济“稳”字打头", "3200万吨!粮食产量再创新高"]
    # look-alikes: an exclamation that goes on as a sentence is a paragraph
    doc = parse_text(f"北川经济稳步回升\n{_PARA}\n5.8%!这个数字来之不易,全省上下共同努力的结果。\n{_MORE}\n")
    assert _headings(doc) == [None]


def test_a_pages_view_count_in_traditional_characters_is_no_heading() -> None:
    doc = parse_text(f"北川經濟穩步回升\n\n點閱數512\n{_PARA}\n\n一、外部環境\n{_MORE}\n")
    assert _headings(doc) == [None, "一、外部環境"]
    assert all("點閱數" not in (s.heading or "") for s in doc.sections)
