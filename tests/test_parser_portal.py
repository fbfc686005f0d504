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
        "EN\nhttp://example-portal.cn/\n\n",  # language switch and URL
        "Home 新闻中心\n\n",  # a menu in Latin letters
        "某某娱乐首页\n\n某某娱乐网站地图\n\n",  # a site's home and map links
        "分享到\n字体：\n\n",  # share bar and font widget
        "首页 | 手机版 | 繁体\n\n",  # navigation
        "About Us\n首页 > 城市 > " + TITLE + "\n\n",  # a breadcrumb that ends in the headline
        "某某网>>城市>>正文\n\n",  # a breadcrumb with doubled marks
        "首页 / 城市 / 正文\n\n",  # a breadcrumb with slashes
        "欢迎访问某某网！\n\n首页 新闻 财经 体育 视频\n\n",  # a greeting and a menu of short words
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
        ("16.04.2024  10:30", "2024-04-16T10:30"),  # day first, as European and Hong Kong pages write it
        ("date 2024-04-16 16/04/2024 16:47", "2024-04-16"),
        ("08/10/2024 16:47", "2024-10-08T16:47"),
        ("2008年05月12日09:15 东江晨报", "2008-05-12T09:15"),
        ("作者：xiaoq 时间：2022-05-09 18:02:44 点击：431", "2022-05-09T18:02"),
        ("2024-04-16 21:05 [ 打印 ] [ ]", "2024-04-16T21:05"),
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
        "发布时间：2023-08-14 11:05:21\n\n" + BODY
    )
    doc = parse_text(text)
    assert (doc.title, doc.date, doc.source) == (TITLE, "2023-08-14T11:05", "某某网")
    assert [s.heading for s in doc.sections] == [None]


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        ("东江日报·2024-05-30 06:40", "东江日报"),
        ("2008年05月12日09:15 东江晨报", "东江晨报"),
        ("央视国际 (2006年03月05日 10:12)", "央视国际"),
        ("2006-03-03 10:12 某某网 阅读 (1234)", "某某网"),
        ("http://news.example.cn 2008年05月12日 09:15 东江晨报", "东江晨报"),
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
        + "某市重大項目一季度開局良好\n\n作者：某某 時間：2022-05-09 18:02:44 點擊：431\n\n"
        "　　某某社北京3月12日電（記者 陳某）某市今年以來擴大有效投資，成效明顯。\n\n"
        "　　陳某介紹，一季度新開工項目四十二個。\n\n（來源：東江日報）\n"
    )
    doc = parse_text(text)
    assert (doc.title, doc.date) == ("某市重大項目一季度開局良好", "2022-05-09T18:02")
    assert doc.source == "東江日報"  # an explicit 來源 beats the dateline, named as written


def test_a_headline_with_an_ascii_colon_is_the_title_even_with_no_date_line() -> None:
    doc = parse_text("某部:出口稳中有升\n\n" + BODY)
    assert doc.title == "某部:出口稳中有升"
    assert [s.heading for s in doc.sections] == [None]
    doc = parse_text("问：今年出口形势如何？\n\n答：稳中有升。\n")
    assert doc.title == "问：今年出口形势如何？"  # no headline: the first line names the page, a question too
    assert [b.kind.value for s in doc.sections for b in s.blocks] == ["answer"]


def test_a_report_relayed_from_another_outlet_names_that_outlet() -> None:
    doc = parse_text(
        TITLE + "\n\n2022-11-03 20:15\n\n某某环球网消息：记者会散场了。\n\n"
        "据《东江晚报》报道，3月15日，某市市长举行记者会。\n\n" + BODY
    )
    assert doc.source == "东江晚报"


def test_an_agencys_website_named_in_laiyuan_under_the_agencys_dateline() -> None:
    doc = parse_text(
        TITLE
        + "\n\n东方社北京3月12日电（记者 陈某）某市今年以来扩大有效投资。\n\n"
        + BODY
        + "（来源：东方网）"
    )
    assert doc.source == "东方社"
    doc = parse_text(
        TITLE
        + "\n\n東方社北京3月12日電（記者 陳某）某市今年以來擴大有效投資。\n\n"
        + BODY
        + "（來源：東方網）"
    )
    assert doc.source == "東方社"


def test_a_wire_dateline_in_book_title_marks() -> None:
    doc = parse_text(TITLE + "\n\n《東方通訊社駐京記者陳某6日北京專電》某市今年以來擴大有效投資。\n\n" + BODY)
    assert doc.source == "東方通訊社"
    assert doc.authors == ["陳某"]
    assert doc.sections[0].blocks[0].text.startswith("某市今年")


def test_todays_date_at_the_top_is_no_anchor_for_the_headline() -> None:
    text = (
        "2024年11月22日 星期五\n\n欢迎来到某某在线\n\n某某在线\n\n"
        + TITLE
        + "\n\n发布时间：2024-04-16\n\n"
        + BODY
    )
    doc = parse_text(text)
    assert (doc.title, doc.date) == (TITLE, "2024-04-16")


def test_a_short_headline_ending_in_wang_is_no_site_name() -> None:
    doc = parse_text("某某网\n\n织密民生保障网\n\n2024-04-16 08:30\n\n" + BODY)
    assert doc.title == "织密民生保障网"
    doc = parse_text("织密民生保障网\n\n" + BODY)
    assert doc.title == "织密民生保障网"


@pytest.mark.parametrize(
    "head",
    [
        "2024年11月22日 星期五\n\n某某资讯网\n\n聚焦城市发展\n传递民生温度\n\n"
        + TITLE
        + "\n\n",  # today's date only
        "某某资讯网\n\n聚焦城市发展\n传递民生温度\n\n2024-04-16 08:30\n\n"
        + TITLE
        + "\n\n",  # date above the title
    ],
)
def test_a_slogan_couplet_is_clutter_wherever_the_date_stands(head: str) -> None:
    assert parse_text(head + BODY).title == TITLE


def test_a_print_page_under_the_date_line_kicker_headline_and_deck() -> None:
    text = (
        TITLE + "_某某网\n\n2024-04-16 07:17 来源：某某日报\n\n"
        "新开工项目数创同期新高\n" + TITLE + "\n投资增长超过八个百分点 民间投资明显回暖\n\n" + BODY
    )
    doc = parse_text(text)
    assert (doc.title, doc.kicker) == (TITLE + "_某某网", "新开工项目数创同期新高")
    assert doc.subtitle == "投资增长超过八个百分点 民间投资明显回暖"
    assert [s.heading for s in doc.sections] == [None]
    assert len(list(doc.blocks())) == 3
