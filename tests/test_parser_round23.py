"""Structure met before a seventeenth set's remaining pages bring it (round twenty-three).

A reposting site's page with no headline on top: a reading-time widget (``本篇文章N字,读完约M分钟``) over the
text is the page's furniture, and the headline is the short line that the page prints after its first
paragraph and again, word for word, under its pictures: the title, its copies captions that stay in the text
(a figure in them is the text's) and head no section. Every snippet is invented (names, places and numbers
made up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core import widgets
from tui.core.document import parse_text
from tui.core.model import BlockKind, Document

_LEAD = "昨天，北川省商务厅召开第三季度例行发布会。发言人王某介绍了前三季度全省外贸运行情况，称总体平稳。"
_MORE = "王某表示，外贸是稳增长的重要支撑。今年以来，各地各部门共同努力，稳订单、拓市场，取得了积极成效。"
_THIRD = "一是进出口规模稳中有升。前三季度，全省进出口总值达到2860亿元，比上年同期增长4.1%。"
_FOURTH = "二是贸易结构继续优化。民营企业进出口占比提高到六成以上，新兴市场份额稳步扩大。"
_HEAD = "北川商务厅:前三季度全省进出口2860亿元同比增4.1%"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_a_reading_time_widget_is_furniture() -> None:
    for widget in (
        "本篇文章1350字,读完约4分钟",
        "全文约2400字，阅读约6分钟",
        "预计阅读时间：5分钟",
        "阅读需要3分钟",
    ):
        assert widgets.furniture(widget), widget
    # look-alikes: a sentence about minutes or a count of characters alone says something of the text
    for line in ("会议持续约3分钟", "阅读时间从3分钟增至5分钟", "全文共4500字", "阅读量3分钟内破万"):
        assert not widgets.furniture(line), line


def test_a_headline_printed_after_the_lead_and_again_as_captions_is_the_title() -> None:
    text = (
        f"本篇文章1350字,读完约4分钟\n\n{_LEAD}\n\n{_HEAD}\n\n{_MORE}主要表现在两个方面：\n\n{_HEAD}\n\n"
        f"{_THIRD}\n\n{_HEAD}\n\n{_FOURTH}\n"
    )
    doc = parse_text(text)
    assert doc.title == _HEAD
    assert _headings(doc) == [None]  # the copies head no section
    blocks = doc.sections[0].blocks
    assert [b.text for b in blocks if b.kind == BlockKind.paragraph].count(_HEAD) == 3  # captions kept
    assert [b.kind for b in blocks].count(BlockKind.point) == 2
    assert blocks[0].text == _LEAD
    assert not any(b.text.startswith("本篇文章") for b in blocks)


def test_lines_that_repeat_but_are_no_echoed_headline() -> None:
    # a headline on top: the repeated line under it is not the title
    top = parse_text(f"北川外贸稳中有升\n\n{_LEAD}\n\n{_HEAD}\n\n{_MORE}\n\n{_HEAD}\n\n{_THIRD}\n")
    assert top.title == "北川外贸稳中有升"
    # a short label the page repeats (图片新闻) is the page's, no headline
    short = parse_text(f"{_LEAD}\n\n图片新闻\n\n{_MORE}\n\n图片新闻\n\n{_THIRD}\n")
    assert short.title != "图片新闻"
    # a line printed once after the lead is no echo
    once = parse_text(f"本篇文章1350字,读完约4分钟\n\n{_LEAD}\n\n{_HEAD}\n\n{_MORE}\n\n{_THIRD}\n")
    assert once.title != _HEAD
    # a numbered heading the text repeats is the text's
    numbered = parse_text(
        f"{_LEAD}\n\n一、外贸运行总体平稳有序\n\n{_MORE}\n\n一、外贸运行总体平稳有序\n\n{_THIRD}\n"
    )
    assert numbered.title != "一、外贸运行总体平稳有序"
    # a host's turn repeated is a turn, not a headline
    host = parse_text(
        f"{_LEAD}\n\n主持人：下面请记者朋友们提问\n\n{_MORE}\n\n主持人：下面请记者朋友们提问\n\n{_THIRD}\n"
    )
    assert host.title != "主持人：下面请记者朋友们提问"


_META = "来源: 北川日报    发布时间: 2022-01-25 09:18"
_OPEN = "1月24日下午，北川省人大会议举行第二场新闻发布会。多位发布人围绕今年的重点工作回答了提问。"


def test_a_deck_that_counts_who_took_part_stands_under_the_headline() -> None:
    for headline, deck in (
        ("省人大会议举行第二场新闻发布会", "6位发布人就“稳增长、惠民生”作主题发布"),
        ("“委员通道”里的五年变化", "赵某、钱某等8位委员亮相首场“委员通道”"),
        ("部长们谈开局之年", "三位部长回应民生关切"),
    ):
        doc = parse_text(f"{headline}\n{deck}\n{_META}\n{_OPEN}\n{_MORE}\n")
        assert (doc.title, doc.subtitle) == (headline, deck), deck
    # look-alikes: a kicker that ends in a dash stands over the headline; a deck that counts no people
    kicked = parse_text(f"聚焦省人大会议——\n6位发布人就“稳增长、惠民生”作主题发布\n{_META}\n{_OPEN}\n")
    assert kicked.title == "6位发布人就“稳增长、惠民生”作主题发布"
    plain = parse_text(f"北川两会特别报道\n省人大会议举行第二场新闻发布会\n{_META}\n{_OPEN}\n{_MORE}\n")
    assert plain.title == "省人大会议举行第二场新闻发布会"


_RUN_LEAD = "据北川广播电台《早间新闻》报道，眼下正值毕业季，不少高校毕业生走上求职之路，各地招聘会场场爆满。"


def test_a_meta_line_run_into_the_leads_dateline_is_read_as_two_lines() -> None:
    for meta in (
        "发布时间:2021-07-03 10:30来源: 网络整理",
        "发布日期：2021-07-03 来源：综合整理",
        "2021-07-03 10:30 来源:",
    ):
        doc = parse_text(
            f"北川人社厅召开二季度发布会 回应就业热点\n{meta}南川网北川6月30日消息(记者赵某){_RUN_LEAD}\n{_MORE}\n"
        )
        assert doc.date is not None and doc.date.startswith("2021-07-03"), meta
        assert doc.source == "南川网", meta
        assert doc.sections[0].blocks[0].text.startswith("据北川广播电台"), meta
    # look-alikes: a dateline inside a paragraph, or a paragraph that opens with a date, is left whole
    inside = parse_text(
        f"北川就业形势稳定\n7月3日，发布会显示，南川网北川6月30日消息称{_RUN_LEAD}\n{_MORE}\n"
    )
    assert inside.source is None
    assert inside.sections[0].blocks[0].text.startswith("7月3日，发布会显示")
