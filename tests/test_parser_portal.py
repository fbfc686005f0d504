"""Portal pages: the headline found under a portal's clutter, the date in every form, the outlet on the
date line, and the headline repeated under it.

The snippets are invented in the shape of the genre (site names, slogans, numbers and people made up).
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text

BODY = "　　今年以来，某市加快推进重大项目建设，一季度完成投资同比增长8.2%，好于预期。\n\n" * 3
TITLE = "某市重大项目一季度开局良好"


@pytest.mark.parametrize(
    "clutter",
    [
        "某某资讯网\n\n聚焦城市发展\n传递民生温度\n\n",  # site name and a slogan couplet
        "EN\nhttps://www.example-portal.cn/\n\n",  # language switch and URL
        "Home 新闻中心\n\n",  # a menu in Latin letters
        "某某娱乐首页\n\n某某娱乐网站地图\n\n",  # a site's home and map links
        "分享到\n字体：\n\n",  # share bar and font widget
        "首页 | 手机版 | 繁体\n\n",  # navigation
        "About Us\n首页 > 城市 > " + TITLE + "\n\n",  # a breadcrumb that ends in the headline
    ],
)
@pytest.mark.parametrize("meta", ["2024-04-16 08:30　来源：某某日报\n\n", ""])
def test_the_headline_under_a_portals_clutter(clutter: str, meta: str) -> None:
    doc = parse_text(clutter + TITLE + "\n\n" + meta + BODY)
    assert doc.title == TITLE
    assert [s.heading for s in doc.sections] == [None]
    assert len(list(doc.blocks())) == 3
    assert all(b.text.startswith("今年以来") for _, b in doc.blocks())


def test_the_headline_is_the_line_right_above_the_date_line_whatever_stands_before_it() -> None:
    doc = parse_text("某某在线\n\n城市频道\n\n" + TITLE + "！\n\n2024-04-16 08:30 来源：某某日报\n\n" + BODY)
    assert doc.title == TITLE + "！"  # a headline may end with an exclamation mark


def test_a_couplet_under_the_title_is_its_deck_not_a_slogan() -> None:
    doc = parse_text("稳住经济基本盘\n\n守住民生基本线\n\n" + BODY)
    assert doc.title == "稳住经济基本盘"


def test_a_headline_wrapped_over_two_lines_is_joined() -> None:
    doc = parse_text("某某：新兴产业仍是本市增长最强劲的\n“引擎”\n\n2024-04-16 08:30 来源：某某网\n\n" + BODY)
    assert doc.title == "某某：新兴产业仍是本市增长最强劲的“引擎”"
    doc = parse_text("某某网\n\n" + TITLE + "\n\n2024-04-16 08:30\n\n" + BODY)
    assert doc.title == TITLE  # a site name above is no part of it


def test_the_headline_and_its_deck_repeated_under_the_date_line() -> None:
    text = (
        "EN\n\n" + TITLE + "\n\n2024-04-16 07:17 来源：某某日报\n字号：默认 超大 | 打印 |\n\n"
        + TITLE + "\n新开工项目四十二个 投资增长超过八个百分点\n\n" + BODY
    )  # fmt: skip
    doc = parse_text(text)
    assert doc.title == TITLE
    assert doc.subtitle == "新开工项目四十二个 投资增长超过八个百分点"
    assert [s.heading for s in doc.sections] == [None]
    assert {b.kind for b in doc.boilerplate if b.text == TITLE} == {"repeat"}


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("16.04.2024  09:04", "2024-04-16T09:04"),  # day first, as European and Hong Kong pages write it
        ("date 2024-04-16 16/04/2024 16:47", "2024-04-16"),
        ("06/03/2026 16:47", "2026-03-06T16:47"),
        ("2006年03月03日07:48 东江晨报", "2006-03-03T07:48"),
        ("作者：lanke 时间：2019-03-13 07:36:54 点击：6888", "2019-03-13T07:36"),
        ("2024-04-16 14:40 [ 打印 ] [ ]", "2024-04-16T14:40"),
    ],
)
def test_date_forms(meta: str, date: str) -> None:
    doc = parse_text(TITLE + "\n\n" + meta + "\n\n" + BODY)
    assert doc.date == date
    assert doc.title == TITLE


def test_a_publication_date_beats_todays_date_printed_at_the_top() -> None:
    text = "2024年11月22日 星期五\n\n某某网\n\n" + TITLE + "\n\n发布时间：2024-04-16 10:15\n\n" + BODY
    doc = parse_text(text)
    assert (doc.title, doc.date) == (TITLE, "2024-04-16T10:15")


def test_the_date_after_empty_fields() -> None:
    text = (
        "首页 > 农业 > 正文\n\n" + TITLE + "\n\n文章来源：某某网\n作者：\n字体：\n编辑：\n"
        "发布时间：2021-10-20 10:15:49\n\n" + BODY
    )
    doc = parse_text(text)
    assert (doc.title, doc.date, doc.source) == (TITLE, "2021-10-20T10:15", "某某网")
    assert [s.heading for s in doc.sections] == [None]


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        ("东江日报·2025-09-27 01:11", "东江日报"),
        ("2006年03月03日07:48 东江晨报", "东江晨报"),
        ("央视国际 (2006年03月05日 10:12)", "央视国际"),
        ("2006-03-03 10:12 某某网 阅读 (1234)", "某某网"),
        ("2024-04-16 北京", None),  # a place is no outlet
    ],
)
def test_an_outlet_beside_the_date(meta: str, source: str | None) -> None:
    doc = parse_text(TITLE + "\n\n" + meta + "\n\n" + BODY)
    assert doc.source == source
    assert doc.date is not None


def test_a_series_tag_under_the_date_line_is_no_heading() -> None:
    doc = parse_text(TITLE + "\n\n2024-04-16 08:30\n\n（两会·面对面）（7）访部长\n\n" + BODY)
    assert [s.heading for s in doc.sections] == [None]
    assert [b.kind for b in doc.boilerplate if "面对面" in b.text] == ["series"]


def test_a_portal_page_in_traditional_characters() -> None:
    text = (
        "某某娛樂首頁\n\n"
        + "某市重大項目一季度開局良好\n\n作者：某某 時間：2019-03-13 07:36:54 點擊：6888\n\n"
        "　　某某社北京3月12日電（記者 陳某）某市今年以來擴大有效投資，成效明顯。\n\n"
        "　　陳某介紹，一季度新開工項目四十二個。\n\n（來源：東江日報）\n"
    )
    doc = parse_text(text)
    assert (doc.title, doc.date) == ("某市重大項目一季度開局良好", "2019-03-13T07:36")
    assert doc.source == "東江日報"  # an explicit 來源 beats the dateline, named as written
