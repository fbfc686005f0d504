"""Structure met before a nineteenth set's pages bring it (round twenty-six).

A portal's credit under a speaker's photo (``某某部发言人王某 图丨某某网``, ``某司副司长李某 图自某某网``) is a
caption, not a heading; a page's list of other articles, each led by a hyphen (``- 某地出台新政…``) under a
short label (``新闻中心``), is no heading of the text. Every snippet is invented (names, places and numbers made
up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.captions import is_caption
from tui.core.document import parse_text
from tui.core.headitems import dash_links
from tui.core.lines import split_lines
from tui.core.model import Document

_HEAD = "某某部：前三季度某省就业总体平稳"
_LEAD = "某某部10月20日举行发布会，介绍前三季度工作进展，就业服务司副司长张某某出席并答记者问。"
_ASK = "有记者问：请问前三季度就业形势怎么样？"
_ANSWER = "张某某：前三季度全省城镇新增就业86万人，完成全年目标任务的81%，形势总体稳定。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_a_portals_credit_under_a_speakers_photo_is_no_heading() -> None:
    for credit in (
        "就业服务司副司长张某某 图自某某网",
        "某某委新闻发言人李某 图丨某某网",
        "发言人李某 图/某某社",
    ):
        doc = parse_text(f"{_HEAD}\n{_LEAD}\n{_ASK}\n{credit}\n{_ANSWER}\n")
        assert doc.title == _HEAD
        assert _headings(doc) == [None], credit
        assert any(entry.text == credit for entry in doc.boilerplate), credit


def test_a_credit_glossed_by_a_mirror_is_a_caption() -> None:
    folded = split_lines("某某委新聞發(fā)言人李某 圖丨某某網(wǎng)\n")[0].folded
    assert is_caption(folded)


def test_photo_credit_forms_and_their_look_alikes() -> None:
    for line in (
        "副司长王某 图自某某网",
        "发言人王某 图丨新华社",
        "局长王某 图|某某日报",
        "王某 图来自某某网",
    ):
        assert is_caption(line), line
    # 试图/力图/地图 run into words, a heading that names a paper, a sentence: none is a photo's credit
    for line in (
        "企业试图自行上报",
        "某某地图自某某网",
        "力图丨某某社",
        "二、某地试图自主上报",
        "某某网",
        "图书馆",
    ):
        assert not is_caption(line), line


_ITEMS = [
    "- 某市出新政、建平台，助力企业开拓海外市场",
    "- 三链齐发 某港区瞄准港产城融合发力",
    "- 某县举办秋季招聘会",
]


def test_a_pages_list_of_other_articles_is_no_heading() -> None:
    text = "\n".join([_HEAD, _LEAD, _ANSWER, "新闻中心", "更多- 某某创业周某分会场开幕", *_ITEMS]) + "\n"
    doc = parse_text(text)
    assert doc.title == _HEAD
    assert _headings(doc) == [None]


def test_dash_links_takes_runs_and_their_label_only() -> None:
    lines = split_lines("\n".join(["要闻", *_ITEMS, _LEAD]) + "\n")
    assert dash_links(lines) == [1, 2, 3, 0]
    # a single dashed line, a deck's long dash and 2 lines of ——: no list
    for text in (
        f"{_LEAD}\n- 某市出新政、建平台\n{_ANSWER}\n",
        "某某成绩如何？\n——亮点颇多，增速领先\n某某前景怎样？\n——稳中有进，后劲充足\n",
        "新闻中心\n--某地出台新政\n--某县举办招聘会\n",
        "主要措施\n- 设立专项资金，每年安排三亿元。\n- 对新认定的企业给予奖励；\n",
    ):
        assert dash_links(split_lines(text)) == [], text
