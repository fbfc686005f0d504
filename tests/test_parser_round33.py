"""The forms left on the twenty-second set (round thirty-three).

A wire review stands its claims as subheads that end in a dash over the paragraph each leads into
(``出口保持韧性,结构继续优化——``): two or more of them are the text's headings, where one such line alone is a
sentence's first half led into its paragraph. A wire dateline in the name of an agency's service (``某某财经``,
no 社, 网 or 报 in it) under a page's ``来源：某某社`` of the same stem is the agency's report.
Every snippet is invented (names, places and numbers made up) in the shape of the genre, and each class comes
with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


_BODY_A = (
    "前三季度,全市规上工业增加值比去年同期增长4.1%,比上半年加快0.6个百分点,其中装备制造业增长较快,"
    "拉动作用明显增强。"
)
_BODY_B = (
    "前三季度,全市社会消费品零售总额同比增长2.7%,比上半年回升1.2个百分点,餐饮收入由降转增,"
    "线上消费保持较快增长。"
)


def _review(first: str, second: str | None) -> str:
    text = (
        "南湖市前三季度经济运行稳中有进\n来源:东海社 发布时间:2023-10-21 10:05:00\n\n"
        "东海财经南湖10月21日电 (记者赵某某)南湖市统计局日前发布数据,前三季度经济运行稳中有进。\n\n"
        f"{first}\n\n{_BODY_A}\n\n"
    )
    if second is not None:
        text += f"{second}\n\n{_BODY_B}\n"
    else:
        text += f"{_BODY_B}\n"
    return text


def test_claims_ending_in_a_dash_over_their_paragraphs_are_the_headings() -> None:
    doc = parse_text(_review("工业生产加快回升,新动能持续壮大——", "消费市场稳步恢复,线上消费较快增长——"))
    assert _headings(doc)[-2:] == ["工业生产加快回升,新动能持续壮大——", "消费市场稳步恢复,线上消费较快增长——"]


def test_one_line_ending_in_a_dash_is_a_sentence_led_into_its_paragraph() -> None:
    doc = parse_text(_review("多项指标回升,让三季度的数据格外引人关注——", None))
    assert all(h is None or not h.endswith("——") for h in _headings(doc))


def test_dash_ended_lines_that_hold_a_sentence_or_lead_a_dash_item_are_no_headings() -> None:
    doc = parse_text(_review("工业生产加快回升。新动能持续壮大——", "消费市场稳步恢复。线上消费较快增长——"))
    assert all(h is None or not h.endswith("——") for h in _headings(doc))


def test_an_agency_service_dateline_under_the_agencys_source_is_the_agency() -> None:
    doc = parse_text(_review("工业生产加快回升,新动能持续壮大——", None))
    assert doc.source == "东海社"


def test_a_service_dateline_of_another_stem_keeps_its_own_name() -> None:
    text = _review("工业生产加快回升,新动能持续壮大——", None).replace("来源:东海社", "来源:西山社")
    assert parse_text(text).source != "西山社"


_RECAP = (
    "{title}\n上传者\n2024-04-18 19:40:12\n\n"
    "{intro}\n\n"
    "  南湖台记者 钱某某:我现在是在市政府新闻发布厅为大家带来报道,发布会刚刚结束,我来给大家梳理一下。\n\n"
    "  一季度全市经济开局良好\n\n"
    "  今天这场发布会一共持续了50分钟,市统计局局长孙某某回答了记者们提出的8个问题,"
    "他表示,一季度全市经济开局良好,地区生产总值同比增长5.6%。\n\n"
    "  消费市场持续回暖\n\n"
    "  一季度,全市社会消费品零售总额同比增长6.1%,其中新能源汽车零售额增长较快,"
    "夜间消费成为新的亮点。\n"
)


def _recap(title: str, intro: list[str]) -> Document:
    return parse_text(_RECAP.format(title=title, intro="\n\n".join(intro)))


def test_a_headline_whose_arrow_points_to_its_video_is_still_the_title() -> None:
    title = "一季度南湖经济开局良好 两组数据看消费回暖→"
    doc = _recap(title, ["今天上午9时", "南湖市政府举行新闻发布会"])
    assert doc.title == title


def test_a_short_call_ending_in_an_arrow_is_still_a_link() -> None:
    from tui.core import chrome

    assert chrome.chrome_kind("更多精彩内容→") is not None
    assert chrome.chrome_kind("一季度南湖经济开局良好 两组数据看消费回暖→") is None


def test_an_intro_broken_over_short_lines_is_lead_text_not_headings() -> None:
    intro = [
        "今天上午9时",
        "南湖市政府举行新闻发布会",
        "市统计局局长孙某某介绍了",
        "一季度全市经济运行情况",
        "并回答了记者提问",
    ]
    doc = _recap("一季度南湖经济开局良好", intro)
    assert _headings(doc) == [None, "一季度全市经济开局良好", "消费市场持续回暖"]


def test_stacked_short_lines_without_a_seam_are_no_broken_sentence() -> None:
    from tui.core.headitems import broken_sentence
    from tui.core.lines import Line

    def lines(texts: list[str]) -> list[Line]:
        return [Line(0, len(text), text, text) for text in texts]

    stacked = ["一季度全市经济开局良好", "消费市场持续回暖", "工业生产稳中有升"]
    assert broken_sentence(lines(stacked), [None] * 3) == []
    broken = ["今天上午9时", "南湖市政府举行新闻发布会", "并回答了记者提问"]
    assert broken_sentence(lines(broken), [None] * 3) == [0, 1, 2]
