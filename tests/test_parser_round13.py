"""The classes that a thirteenth round of real pages showed, each with its look-alikes.

A site's navigation line over the headline (``新闻 详情 返回上页``); a month-only date before ``来源`` (a meta
line that names no day); a page's font-size buttons printed as lines (``大字體`` / ``小字體``); a Latin
acronym over the claim that names it (a label heading, as ``民生`` over its claim); a ``快讯`` opener that
names its source as ``讯`` does; a ``讯`` dateline with its date spaced and its channel glossed; a byline in
the outlet's house abbreviation (``每经记者``); a closing ``记者：某某`` over the page's credits; ``原标题：``
naming a page that prints no headline; two outlets' reporter asking (``甲报、乙网记者：``). The snippets
are invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.chrome import chrome_kind
from tui.core.credits import credit
from tui.core.document import parse_text
from tui.core.meta import meta_line


def _heads(text: str) -> list[str]:
    return [s.heading for s in parse_text(text).sections if s.heading]


def _questions(text: str) -> int:
    doc = parse_text(text)
    return sum(1 for s in doc.sections for b in s.blocks if b.kind.value == "question")


NAV_PAGE = (
    "新闻 详情 返回上页\n\n"
    "某部：外贸结构持续优化\n\n"
    "2019-05    来源: A+\n\n"
    "  某部今天举行发布会，介绍前四个月外贸运行情况。\n\n"
    "  东川日报、某某财经网记者：前四个月外贸增速有所放缓，请问怎么看？\n\n"
    "  王某：总体看，外贸走势仍在合理范围内。\n"
)


def test_a_nav_line_is_chrome_and_the_headline_under_it_is_the_title() -> None:
    doc = parse_text(NAV_PAGE)
    assert doc.title == "某部：外贸结构持续优化"
    for nav in ("新闻 详情 返回上页", "返回列表", "返回首页", "关闭窗口", "打印本页"):
        assert chrome_kind(nav) == "chrome", nav
    # look-alikes: a sentence or a headline that uses the words
    assert chrome_kind("返回家乡创业的青年越来越多") is None
    assert chrome_kind("新闻详情") is None


def test_a_month_only_date_before_its_source_is_a_meta_line_that_dates_nothing() -> None:
    doc = parse_text(NAV_PAGE)
    assert not _heads(NAV_PAGE)  # not a heading
    assert doc.date is None  # a month is no day: the page stays undated
    assert doc.source is None  # A+ is the font button, no site
    meta = meta_line("2019年5月  来源:某某日报")
    assert meta is not None and meta.site == "某某日报" and meta.date is None
    assert meta_line("今年5月来源:某某日报") is None  # words before the field, not a month date


def test_two_outlets_reporter_asks() -> None:
    assert _questions(NAV_PAGE) == 1
    text = (
        "某地召开发布会\n\n2020年3月2日\n\n东川、西川：两地消费回暖。\n\n上月两地社会消费品零售总额增长5%。\n"
    )
    assert _questions(text) == 0


FONT_PAGE = (
    "某省召开新闻发布会介绍经济形势\n\n"
    "2022年03月05日 10:20 來源：某某新聞網\n"
    "大字體\n"
    "小字體\n"
    "分享到：\n\n"
    "  某省統計局今天介紹，全省生產總值同比增長6.1%。\n\n"
    "  “穩”是大局的基礎\n\n"
    "  上半年，全省工業增加值增長5.0%。\n"
)


def test_font_size_buttons_are_chrome_in_either_script() -> None:
    assert _heads(FONT_PAGE) == ["“穩”是大局的基礎"]
    for button in ("大字体", "中字体", "小字体", "字号:大 中 小", "【字体:大 中 小】"):
        assert chrome_kind(button) == "chrome", button
    assert chrome_kind("大字体书籍销量增长") is None
    assert chrome_kind("小字体印刷") is None


QUICK_PAGE = (
    "原标题：某市发布会，局长们谈了哪些民生热点？\n"
    "“今年的菜篮子是稳的。”某局局长王某说。\n"
    "某都市报快讯（记者李某）今日（5月12日）上午，某市召开发布会，通报民生工作进展。\n"
    "CPI\n"
    "今年以来CPI同比上涨1.2%\n"
    "王某介绍，今年以来全市CPI同比上涨1.2%，低于全国平均水平。\n"
    "就业\n"
    "城镇新增就业6万人\n"
    "王某介绍，前四个月全市城镇新增就业6万人。\n"
)


def test_original_title_names_a_page_without_a_headline() -> None:
    assert parse_text(QUICK_PAGE).title == "原标题：某市发布会，局长们谈了哪些民生热点？"
    headed = "某市发布会聚焦民生\n\n原标题：局长们谈了哪些热点\n\n2021-05-12 来源：某都市报\n\n某市今天举行发布会。\n"
    assert parse_text(headed).title == "某市发布会聚焦民生"


def test_a_quick_report_opener_names_its_source() -> None:
    assert parse_text(QUICK_PAGE).source == "某都市报"


def test_an_acronym_over_the_claim_that_names_it_is_a_label_heading() -> None:
    assert _heads(QUICK_PAGE) == ["CPI", "今年以来CPI同比上涨1.2%", "就业", "城镇新增就业6万人"]
    # look-alikes: letters over a claim that does not name them, or over a paragraph, are buttons
    other = QUICK_PAGE.replace("CPI\n今年以来CPI", "EN\n今年以来物价")
    assert "EN" not in _heads(other)
    para = "某市举行发布会\n\n2021-05-12 来源：某都市报\n\nPMI\n\n上月全市PMI为51.2%，比上月回升0.4个百分点，制造业景气回升。\n"
    assert "PMI" not in _heads(para)


def test_a_spaced_glossed_dateline_names_the_portal_channel() -> None:
    text = (
        "某某網(wǎng)財(cái)經(jīng) 6 月 18 日訊 某部于 2024 年 6 月 18 日舉行發(fā)布會(huì)，介紹有關(guān)情況。\n"
        "記者：請問今年以來消費(fèi)形勢(shì)如何？\n"
        "王某：總體平穩(wěn)。\n"
    )
    assert parse_text(text).source == "某某網財經"
    plain = "某某网财经 6 月 18 日讯 某部举行发布会。\n记者：请问形势如何？\n王某：总体平稳。\n"
    assert parse_text(plain).source == "某某网财经"


def test_a_house_abbreviation_names_the_outlet_in_a_byline() -> None:
    found = credit("每经记者 张某    每经编辑 李某某")
    assert found is not None and found.source == "每日经济新闻"
    assert found.authors == ("张某",) and found.editors == ("李某某",)
    found = credit("新京报记者 王某 编辑 李某")
    assert found is not None and found.authors == ("王某",) and found.editors == ("李某",)
    assert credit("每经编辑部召开会议") is None  # a sentence about the desk names no byline


CREDITS_PAGE = (
    "百年巨变：数字里的发展\n\n"
    "每经记者 张某    每经编辑 李某某\n\n"
    "一百年来，我国经济总量实现了跨越式增长。\n\n"
    "  科技实力明显增强\n\n"
    "去年，全社会研发经费支出达到2.1万亿元。\n\n"
    "记者：张某\n\n"
    "编辑：李某某\n\n"
    "视觉：王某\n"
)


def test_a_closing_reporter_credit_over_the_page_credits_is_no_question() -> None:
    doc = parse_text(CREDITS_PAGE)
    assert doc.source == "每日经济新闻"
    assert _questions(CREDITS_PAGE) == 0
    transcript = (
        "某部举行发布会\n\n2021-05-12 来源：某某网\n\n某部今天举行发布会，介绍物价情况。\n\n"
        "记者：请问今年物价走势如何？\n\n王某：总体平稳。\n\n记者：请问粮价呢？\n\n王某：粮价稳定。\n\n记者：菜价呢？\n\n王某：菜价回落。\n\n"
        "记者：谢谢\n"
    )
    doc = parse_text(transcript)
    assert doc.authors == []  # the reporter's last word closing a transcript, no credits under it: no byline
