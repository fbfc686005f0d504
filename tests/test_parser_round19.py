"""Structure and source met before a fourteenth set of real pages brings them (round nineteen).

Source: a lead that opens on its day and then its outlet in brackets; an outlet's tag in brackets
(``[某某网报道]``); a closing credit ``（某某新闻 记者 王某）``; a ``（来源：某某新闻）`` closing a paragraph inside
the text; a forum portal's info bar whose ``来自:`` field names the source; a website's channel in a
dateline (``某某网财经…讯``) naming the website. Structure: a page's column label (``◆部委动态``) over the
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
        assert doc.sections[0].blocks[0].text.startswith("某部新闻发言人"), opening
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


def test_a_websites_channel_in_a_dateline_names_the_website() -> None:
    for channel in ("财经", "科技", "財經"):
        doc = parse_text(
            f"南山网{channel}6月14日讯 某部于6月14日下午举行新闻发布会，介绍有关情况。\n{_PARA}\n"
        )
        assert doc.source == "南山网", channel
    # look-alikes: a paper's website is a site alone; a 来源 field keeps the name as written
    doc = parse_text(f"北岭日报网6月14日电 某部于6月14日下午举行新闻发布会，介绍有关情况。\n{_PARA}\n")
    assert doc.source == "北岭日报网"
    doc = parse_text(f"某标题\n来源:南山网财经 发布时间:2019-06-14 10:50:00\n{_PARA}\n")
    assert doc.source == "南山网财经"
