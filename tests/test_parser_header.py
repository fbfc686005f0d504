"""The header: title, kicker, subtitle and deck, date in every form, source by precedence, site, people.

The snippets are invented in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text

BODY = "　　今年以来，各地加快推进重大项目建设，一季度完成投资同比增长8.2%，好于预期。\n\n" * 3


def test_subtitle_kicker_and_deck_are_fields_not_sections() -> None:
    doc = parse_text("稳住就业基本盘\n\n——访人社部有关负责人\n\n" + BODY)
    assert (doc.title, doc.subtitle, doc.kicker) == ("稳住就业基本盘", "——访人社部有关负责人", None)
    doc = parse_text("外贸订单稳中有升\n\n港口吞吐量连续三月回暖，多家企业反映——\n\n" + BODY)
    assert doc.kicker == "港口吞吐量连续三月回暖，多家企业反映——"
    doc = parse_text("夏粮收购进度快于往年\n\n前六个月收购小麦八百二十万吨　农民售粮更方便\n\n" + BODY)
    assert doc.subtitle == "前六个月收购小麦八百二十万吨　农民售粮更方便"
    for d in (doc,):
        assert [s.heading for s in d.sections] == [None]
        assert all(b.kind.value == "paragraph" for _, b in d.blocks())


def test_a_kicker_may_stand_above_the_title() -> None:
    doc = parse_text("放宽报考条件、畅通晋升通道，三部门出台办法——\n\n家政服务员 重技能更重口碑\n\n" + BODY)
    assert doc.title == "家政服务员 重技能更重口碑"
    assert doc.kicker == "放宽报考条件、畅通晋升通道，三部门出台办法——"


@pytest.mark.parametrize(
    "first",
    [
        "　　核心阅读",  # indented like the body: a first heading, not a deck
        "一、总体情况",  # a numbered heading
        "●投资增长较快",
    ],
)
def test_a_first_heading_under_the_title_is_no_deck(first: str) -> None:
    doc = parse_text("某地重大项目建设提速\n\n" + first + "\n\n" + BODY)
    assert doc.subtitle is None and doc.kicker is None
    assert doc.sections[0].heading == first.strip()


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("2023-11-04 13:00　　来源：某某网　　阅读量：", "2023-11-04T13:00"),
        ("2025年06月18日 07:45　来源：某某网", "2025-06-18T07:45"),
        ("Thu, 20 Jan 2022 13:37:27 GMT", "2022-01-20T13:37"),
        ("2019-11-04", "2019-11-04"),
        ("发布时间：2020/02/08 10:20", "2020-02-08T10:20"),
    ],
)
def test_dates(meta: str, date: str) -> None:
    assert parse_text("某地重大项目建设提速\n\n" + meta + "\n\n" + BODY).date == date


def test_no_date_line_no_date_but_a_paper_attribution_gives_the_issue_date() -> None:
    assert parse_text("某地重大项目建设提速\n\n" + BODY).date is None
    doc = parse_text("某地重大项目建设提速\n\n" + BODY + "《东海日报》（2020年02月08日 02 版）\n")
    assert doc.date == "2020-02-08"
    assert doc.source == "东海日报"


@pytest.mark.parametrize(
    ("text", "source", "site"),
    [
        # an explicit 来源 line beats the dateline and the header's 来源 field
        (
            "2024-01-02 09:00 来源：某某在线\n\n新华社北京1月2日电 正文开始。\n\n"
            + BODY
            + "（文章来源：经济日报）",
            "经济日报",
            "某某在线",
        ),
        # a dateline beats the header's 来源 field (a portal republishing a wire)
        ("2024-01-02 09:00 来源：某某在线\n\n新华社北京1月2日电 正文开始。\n\n" + BODY, "新华社", "某某在线"),
        ("中新网北京6月9日电（记者 程某）正文开始。\n\n" + BODY, "中新网", None),
        # 本报 resolves to the paper the header names; site and source are one: no site
        ("2024-01-02 09:00 来源：江城日报\n\n本报讯（记者 周某）正文开始。\n\n" + BODY, "江城日报", None),
        # 本报 resolves to the paper named by the page attribution
        ("本报北京1月2日电 正文开始。\n\n" + BODY + "《东海日报》（2024年01月03日 04 版）", "东海日报", None),
        # 本报 alone names no paper
        ("本报日内瓦6月3日电  （记者 吴某）正文开始。\n\n" + BODY, None, None),
        ("本报记者 王某\n\n" + BODY, None, None),
        # a byline of an outlet
        (BODY + "新华社记者 王某", "新华社", None),
        # the header's 来源 when nothing else names the source
        ("2024-01-02 09:00 来源：人民日报\n\n" + BODY, "人民日报", None),
        ("路透北京3月2日 - 正文开始。\n\n" + BODY, "路透", None),
    ],
)
def test_source_by_precedence(text: str, source: str | None, site: str | None) -> None:
    doc = parse_text("某地重大项目建设提速\n\n" + text)
    assert (doc.source, doc.site) == (source, site)


def test_authors_and_editors() -> None:
    doc = parse_text(
        "某地重大项目建设提速\n\n2024-01-02 09:00 来源：某某网 作者：李某\n\n本报记者 王某 张某某\n\n"
        + BODY
        + "责任编辑：赵某"
    )
    assert doc.authors == ["李某", "王某", "张某某"]
    assert doc.editors == ["赵某"]


def test_outline_json_has_the_header_fields() -> None:
    doc = parse_text("稳住就业基本盘\n\n——访人社部有关负责人\n\n" + BODY)
    shape = doc.outline_dict()
    assert shape["subtitle"] == "——访人社部有关负责人"
    assert {"kicker", "authors", "editors", "source", "site"} <= set(shape)


def test_a_portal_and_its_paper_in_one_source_field() -> None:
    doc = parse_text("某地重大项目建设提速\n\n2024-01-02 09:00 来源：人民网－人民日报\n\n" + BODY)
    assert (doc.source, doc.site) == ("人民日报", "人民网")
    doc = parse_text("某地重大项目建设提速\n\n" + BODY + "（来源：人民网-人民日报）")
    assert doc.source == "人民日报"


def test_a_plain_deck_stands_right_under_the_title_only() -> None:
    doc = parse_text("某地重大项目建设提速\n\n2024-01-02\n\n投资完成情况好于预期\n\n" + BODY)
    assert doc.subtitle is None
    assert [s.heading for s in doc.sections] == ["投资完成情况好于预期"]
