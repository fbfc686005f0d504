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
