"""The classes that a seventh round of real pages showed, each with its look-alikes.

A live page whose outlet posts the events in its own name (``[某某网]：…``) and names itself the source; a
broadcast's host whose remarks ask nothing; a title line marked as a list item (``- …``) and a date inside
it; a page with no headline that opens with a speaker's or an outlet's line. The snippets are invented
(names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document


def _kinds(doc: Document) -> list[tuple[str, str | None]]:
    return [(b.kind.value, b.speaker) for _, b in doc.blocks()]


def _questions(doc: Document) -> int:
    return sum(b.kind == BlockKind.question for _, b in doc.blocks())


# A live page's outlet tells what happens ---------------------------------------------------------------

LIVE = (
    "南江在线\n"
    "南江市两会第二场新闻发布会\n"
    "[刷新]\n"
    "\n"
    "[南江在线网]:5月8日10时,南江市两会第二场新闻发布会将在市会议中心举行,由发言人周立新介绍大会议程。\n"
    "\n"
    "[南江在线网]:周立新简历:周立新1962年生,长期在市发展改革部门工作。\n"
    "\n"
    "[南江在线网]:现在记者正在入场,发布会马上开始。  [09:55]\n"
    "\n"
    "[郑和平]:各位记者,上午好。发布会现在开始,先请周立新发言人介绍大会的安排。\n"
    "\n"
    "[周立新]:各位记者朋友,上午好。受大会秘书处委托,我向大家介绍本次会议的有关情况。\n"
)


def test_a_live_pages_outlet_posts_are_narration_and_name_the_source() -> None:
    doc = parse_text(LIVE)
    assert doc.title == "南江市两会第二场新闻发布会"
    assert _questions(doc) == 0
    assert _kinds(doc)[:3] == [("paragraph", "南江在线网")] * 3
    assert doc.source == "南江在线网"


def test_an_outlet_that_asks_at_a_press_conference_still_asks() -> None:
    text = LIVE.replace(
        "[南江在线网]:现在记者正在入场,发布会马上开始。  [09:55]",
        "[东江日报]:您好,我想问一下今年全市保障性住房的建设安排。",
    ).replace("[南江在线网]:周立新简历", "[南江晚报]:请问发言人,今年的民生实事有几件?周立新简历")
    doc = parse_text(text)
    assert _questions(doc) == 2
    assert [k for k in _kinds(doc) if k[0] == "question"] == [
        ("question", "南江晚报"),
        ("question", "东江日报"),
    ]


def test_one_outlet_post_names_no_source() -> None:
    text = LIVE.replace("[南江在线网]:周立新简历", "周立新简历").replace("[南江在线网]:现在", "现在")
    doc = parse_text(text)
    assert _questions(doc) == 0
    assert doc.source is None


# A page printed as fields: the title a list item under its label, a date inside it ----------------------

FIELDS = (
    "活动标题\n"
    "- 市政府新闻办公室2011年9月14日新闻发布会\n"
    "活动描述\n"
    "- 2011年9月14日下午3时,市科技局局长黄志远介绍全市科技创新工作情况,并答记者问。\n"
    "文字内容:\n"
    "- 陈晓光:\n"
    "各位记者,下午好!今天我们请来了市科技局黄志远局长,请他介绍全市科技创新的进展。\n"
    "黄志远:\n"
    "各位记者朋友,下午好。很高兴和大家见面,先简要介绍一下今年以来的情况。\n"
)


def test_a_title_printed_as_a_fields_value_loses_its_list_mark_and_dates_the_page() -> None:
    doc = parse_text(FIELDS)
    assert doc.title == "市政府新闻办公室2011年9月14日新闻发布会"
    assert doc.date == "2011-09-14"
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text for b in doc.boilerplate if b.kind == "chrome"][-2:] == ["活动描述", "文字内容:"]
    assert _kinds(doc)[1:] == [("paragraph", "陈晓光"), ("paragraph", "黄志远")]


def test_a_date_line_beats_the_date_in_the_title() -> None:
    doc = parse_text(FIELDS.replace("活动标题\n", "活动标题\n2011-09-15 09:20 来源:南江日报\n"))
    assert doc.date == "2011-09-15T09:20"


def test_a_heading_over_a_list_is_still_a_heading() -> None:
    text = (
        "南江市出台支持科技企业十条措施\n"
        "2011-09-15 09:20\n"
        "　　记者从市科技局获悉,南江市日前出台支持科技企业发展的十条措施,涵盖资金、人才和场地。\n"
        "主要内容\n"
        "- 设立科技企业发展专项资金,每年安排两亿元。\n"
        "- 对新认定的高新技术企业给予一次性奖励。\n"
        "　　市科技局有关负责人表示,措施将于下月起施行,细则另行发布。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "主要内容"]
    assert doc.date == "2011-09-15T09:20"


def test_a_title_without_a_full_date_dates_nothing() -> None:
    doc = parse_text(FIELDS.replace("2011年9月14日新闻发布会", "9月14日新闻发布会"))
    assert doc.title == "市政府新闻办公室9月14日新闻发布会"
    assert doc.date is None


# A page without a headline that opens with a host's greeting or an outlet's post ------------------------

RADIO = (
    "主持人:各位听众朋友大家好,欢迎收听两会特别节目《做客南江台》,我是主持人林晓。\n"
    "主持人:今天做客我们节目的是全国人大代表、东江省副省长宋建国,宋副省长您好。\n"
    "宋建国:主持人好,各位听众好。\n"
    "主持人:宋副省长,听说您每天早上都要听一会儿广播,现在还有这个习惯吗?\n"
    "宋建国:有的,早上上班路上一般都听新闻节目。\n"
)


def test_a_broadcast_that_opens_with_the_hosts_greeting_is_named_by_it() -> None:
    doc = parse_text(RADIO)
    assert doc.title == RADIO.splitlines()[0]
    assert _questions(doc) == 1
    assert _kinds(doc)[0] == ("paragraph", "主持人")


def test_a_live_page_that_opens_with_its_outlets_post_is_named_and_dated_by_it() -> None:
    text = (
        "南江电视台: 市人大会议新闻发布会将于3月6日上午10时在市会堂举行,南江电视台现场直播。 [2012-03-06 08:30]\n"
        "南江电视台: 记者们已经陆续入场。[2012-03-06 09:40]\n"
        "南江电视台: 发布会即将开始,请关注。[2012-03-06 09:55]\n"
        "主持人 赵文: 各位记者,上午好!发布会现在开始。\n"
    )
    doc = parse_text(text)
    assert doc.title == text.splitlines()[0]
    assert doc.date == "2012-03-06"
    assert doc.source == "南江电视台"
    assert _questions(doc) == 0


def test_a_text_that_opens_with_a_question_still_has_no_title() -> None:
    for first in (
        "问:今年出口形势如何?",
        "主持人:宋副省长,您每天都听广播吗?",
        "南江日报:请问今年有哪些民生实事?",
    ):
        doc = parse_text(first + "\n宋建国:总体稳中有升。\n")
        assert doc.title is None, first
