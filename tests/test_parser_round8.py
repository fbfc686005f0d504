"""The classes that an eighth round of real pages showed, each with its look-alikes.

A wire story printed by a portal with its headline on the dateline's line (``某某社北京3月5日电 题：…``); a
dateline whose outlet a mirror glossed with pinyin (``某某報(bào)客戶端北京…電``); headings that number a
label (``疑惑一：…？``), the last of them cut off by the page. The snippets are invented (names, places and
numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.document import parse_text

PORTAL_WIRE = (
    "您现在的位置:东江网>新闻中心>国内新闻\n"
    "分享\n"
    "\n"
    "新华社北京3月9日电　题：稳中求进看东江——东江市两会侧记\n"
    "\n"
    "新华社记者王某、李某\n"
    "\n"
    "3月9日上午，东江市两会第二场记者会举行，市长回答了中外记者的提问。\n"
    "\n"
    "记者会持续了两个小时，气氛热烈。\n"
)


def test_a_portal_wire_story_is_named_by_its_headline_not_its_dateline() -> None:
    doc = parse_text(PORTAL_WIRE)
    assert doc.title == "稳中求进看东江——东江市两会侧记"
    assert doc.source == "新华社"


def test_a_file_that_opens_with_the_wire_line_is_named_by_that_line_whole() -> None:
    doc = parse_text(PORTAL_WIRE.split("\n", 3)[3])
    assert doc.title == "新华社北京3月9日电　题：稳中求进看东江——东江市两会侧记"


def test_a_dateline_followed_by_other_words_than_a_headline_label_keeps_its_line() -> None:
    text = PORTAL_WIRE.replace("　题：稳中求进看东江", "　题材丰富的东江")
    assert parse_text(text).title == "新华社北京3月9日电　题材丰富的东江——东江市两会侧记"


GLOSSED = (
    "3月3日下午，东江会堂新闻发布厅，市政协会议新闻发布会举行。某某报·某某网记者 王某/摄\n"
    "\n"
    "東江青年報(bào)客戶端東江3月3日電(東江青年報(bào)記者 李某 趙某)“消費(fèi)旺”“年味濃”——"
    "在市政協(xié)會議新聞發(fā)布會上，發言人介紹了本次會議的有關情況。\n"
    "\n"
    "發言人表示，今年春節假期，全市接待遊客同比增長三成以上。\n"
)


def test_an_outlet_glossed_with_pinyin_still_names_the_source() -> None:
    assert parse_text(GLOSSED).source == "東江青年報"


ANSWERS = (
    "东江在线东江5月12日电 今日，针对网友对全市人口抽样调查数据提出的几个疑问，市统计局作出回应。\n"
    "对于抽样结果与往年公布数据的差异，市统计局表示，主要是因为两个数据的口径不同。\n"
    "同时，市统计局指出，在调查结束后一般会依据调查结果对往年数据进行修订。\n"
    "疑惑一：抽样调查的少儿人口数与各年出生人口数加总为何不一致？\n"
    "市统计局表示，抽样结果显示，全市少儿人口为120万人，这一数据与往年公布的数据有所差异。\n"
    "这主要是因为出生人口数据来自抽样推算，而本次调查是全面登记。\n"
    "疑惑二：全市新增人口\n"
)


def test_headings_that_number_a_label_are_headings_and_the_last_one_cut_off_too() -> None:
    doc = parse_text(ANSWERS)
    assert [s.heading for s in doc.sections] == [
        None,
        "疑惑一：抽样调查的少儿人口数与各年出生人口数加总为何不一致？",
        "疑惑二：全市新增人口",
    ]


def test_a_speaker_whose_name_ends_with_a_numeral_is_no_labelled_heading() -> None:
    text = ANSWERS.replace("疑惑一：", "张一：").replace(
        "疑惑二：全市新增人口", "市统计局表示，调查将每年开展。"
    )
    assert [s.heading for s in parse_text(text).sections] == [None]
