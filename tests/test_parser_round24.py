"""Structure met before an eighteenth set's pages bring it (round twenty-four).

A headline that a page prints twice, one line under the other, is one headline, not two halves of one; a
report's tag in brackets (``【来自某某发布会的报道】``) standing right under a mirror's ``原标题：`` headline is
the headline's tag, not the text's first heading (with no headline over it, it still heads the text); a
paragraph's indent of ideographic spaces that a page's encoding lost to ``??`` is indentation, so a numbered
heading behind it (``??一、…``) is read as one. Every snippet is invented (names, places and numbers made up)
in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.headline import wrapped
from tui.core.lines import split_lines
from tui.core.model import Document

_HEAD = "某某部公布三组数据 显示对外合作十年进展"
_LEAD = "某某部新闻发言人王某在例行发布会上介绍，过去十年对外合作稳步推进，货物贸易额累计超过十万亿元。"
_MORE = "王某表示，下一步将继续扩大开放，推动贸易和投资便利化，全年进出口有望保持增长态势。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_a_headline_printed_twice_is_the_title_once() -> None:
    doc = parse_text(f"{_HEAD}\n\n{_HEAD}\n2023年05月12日 10:20 某某网\n\n{_LEAD}\n\n{_MORE}\n")
    assert doc.title == _HEAD
    assert (doc.date or "")[:10] == "2023-05-12"
    assert _headings(doc) == [None]


def test_a_headline_wrapped_over_two_lines_is_still_joined() -> None:
    # look-alike: two different halves of one headline are one headline, as before
    assert wrapped("某某办就2024年1—5月", "经济运行情况举行发布会")
    assert not wrapped(_HEAD, _HEAD)
    assert not wrapped(_HEAD, _HEAD.replace(" ", ""))
    doc = parse_text(
        f"某某办就2024年1—5月\n经济运行情况举行发布会\n2024年06月17日 某某网\n\n{_LEAD}\n\n{_MORE}\n"
    )
    assert doc.title == "某某办就2024年1—5月经济运行情况举行发布会"


_TAG = "【来自省政府新闻发布会的报道】"
_SUBHEAD = "消费市场持续回暖"
_BODY = (
    f"某某日报记者 李某\n某某省统计局10月20日通报，1至9月份该省社会消费品零售总额4280亿元，同比增长6.2%。\n"
    f"{_SUBHEAD}\n从月度看，9月份零售额增速比8月份加快0.8个百分点，连续三个月回升。\n"
)


def test_a_report_tag_under_an_original_headline_is_the_headlines_tag() -> None:
    doc = parse_text(f"原标题:前三季度全省消费稳步回升——解读三季度经济数据\n{_TAG}\n{_BODY}")
    assert doc.title == "原标题:前三季度全省消费稳步回升——解读三季度经济数据"
    assert _headings(doc) == [None, _SUBHEAD]
    assert any(entry.text == _TAG for entry in doc.boilerplate)


def test_a_report_tag_in_traditional_characters_under_an_original_headline() -> None:
    doc = parse_text(
        "原標題:前三季度全省消費穩步回升——解讀三季度經濟數據\n【來自省政府新聞發佈會的報道】\n"
        "某某日報記者 李某\n某某省統計局10月20日通報，1至9月份該省社會消費品零售總額4280億元，同比增長6.2%。\n"
        "消費市場持續回暖\n從月度看，9月份零售額增速比8月份加快0.8個百分點，連續三個月回升。\n"
    )
    assert _headings(doc) == [None, "消費市場持續回暖"]


def test_a_report_tag_under_a_mirrors_date_line_still_heads_the_text() -> None:
    # look-alike: with no headline over it (line 1 a date/source line), the tag is the text's first heading
    doc = parse_text(f"发布时间:2024-10-21 08:15:02 来源: ab20241021\n{_TAG}\n{_BODY}")
    assert _headings(doc)[0] == _TAG


_RELEASE = (
    "某某市3月份居民消费价格同比上涨0.6% 环比下降0.2%\n\n2023-04-12 09:30:00 来源:某某市统计局\n\n"
    "??3月份,全市居民消费价格同比上涨0.6%。其中,城市上涨0.6%,农村上涨0.5%。\n\n"
    "??一、各类商品及服务价格同比变动情况\n\n"
    "??3月份,食品烟酒类价格同比上涨1.8%,影响居民消费价格上涨约0.52个百分点。\n\n"
    "??二、各类商品及服务价格环比变动情况\n\n"
    "??3月份,食品烟酒类价格环比下降0.7%,影响居民消费价格下降约0.21个百分点。\n"
)


def test_numbered_headings_behind_a_lost_indent_are_read() -> None:
    doc = parse_text(_RELEASE)
    assert _headings(doc) == [
        None,
        "一、各类商品及服务价格同比变动情况",
        "二、各类商品及服务价格环比变动情况",
    ]
    assert doc.sections[1].blocks[0].text.startswith("3月份,食品烟酒类")


def test_a_lost_indent_is_indentation_and_the_text_keeps_its_offsets() -> None:
    text = "??一、总体情况\n"
    (line,) = split_lines(text)
    assert (line.text, line.start, line.indented) == ("一、总体情况", 2, True)
    assert text[line.start : line.end] == line.text
    # look-alikes: one mark, marks before a Latin word or alone, a question mark inside a line stay text
    for other in ("?一、总体情况", "??GDP增长", "??", "增长多少??一季度"):
        assert split_lines(other)[0].text == other, other
