"""The forms left on the twenty-first set (round thirty-two).

A headline with a site's spam word pushed into its middle (a download call glued inside the sentence) is still
the headline, never a promotion dropped for the date line under it. A transcript's speaker named alone on
his line without a colon (``王某``, ``主持人李某``) over a speech that opens by addressing or thanking its
hearers is a speaker's label, and a host's line handing the floor on (``下面，我们首先请某某致发布辞``) his
sentence: neither is a heading.
Every snippet is invented (names, places and numbers made up) in the shape of the genre, and each class comes
with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core import chrome
from tui.core.document import parse_text
from tui.core.model import Document


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


_SPAMMED = (
    "南湖市新任发言人王某某首次亮相乐游棋牌app下载回应了市民关心的八个问题\n\n"
    "2023-05-06 09:12:30\n浏览次数:\n返回列表\n\n"
    "  5月6日上午,南湖市人民政府举行新闻发布会,新任发言人王某某回答了记者提问,会场座无虚席。\n\n"
    "  王某某介绍,今年一季度全市地区生产总值同比增长5.2%,比上年全年加快0.4个百分点。\n"
)


def test_a_headline_with_a_spam_word_inside_is_the_title_not_its_date_line() -> None:
    doc = parse_text(_SPAMMED)
    assert doc.title == "南湖市新任发言人王某某首次亮相乐游棋牌app下载回应了市民关心的八个问题"
    assert doc.date is not None and doc.date.startswith("2023-05-06")


def test_a_promotion_that_calls_apart_from_its_words_stays_page_furniture() -> None:
    for line in (
        "下载南湖新闻APP,阅读全文",
        "打开南湖日报客户端下载最新版本",
        "南湖新闻APP下载",
        "扫码下载南湖新闻客户端",
        "南湖发布app下载安装最新版本免费领取会员",  # the call runs on past the word: no headline
    ):
        assert chrome.chrome_kind(line) is not None, line


_TRANSCRIPT = (
    "南湖市前三季度经济运行情况新闻发布会\n\n"
    "主持人林某\n\n"
    "记者朋友们,大家上午好。欢迎参加今天的新闻发布会,今天我们请到市统计局副局长周某某女士。\n\n"
    "下面,我们首先请周某某女士致发布辞\n\n"
    "周某某\n\n"
    "女士们、先生们:前三季度,全市经济运行总体平稳,地区生产总值同比增长4.8%,比上半年加快0.3个百分点。\n\n"
    "一、农业生产稳中有进\n\n"
    "前三季度,全市农业增加值同比增长3.1%,粮食播种面积保持稳定。\n\n"
    "二、工业生产回升向好\n\n"
    "前三季度,南湖的工厂开工足了,产出比去年同期多了6.2%。\n"
)


def test_bare_speaker_names_and_the_hosts_hand_over_are_no_headings() -> None:
    doc = parse_text(_TRANSCRIPT)
    heads = _headings(doc)
    assert heads == [None, "一、农业生产稳中有进", "二、工业生产回升向好"]


_SHORT_HEADS = (
    "南湖市推进老旧小区改造的做法\n\n"
    "南湖市今年改造老旧小区120个,惠及居民3.6万户,群众满意度明显提高,改造进度快于去年同期。\n\n"
    "背景\n\n"
    "南湖市建成于上世纪八十年代的小区共有400多个,设施老化问题突出,居民改造意愿强烈。\n\n"
    "致谢\n\n"
    "感谢南湖大学课题组提供的调查数据,本文的测算均以该组2023年的抽样结果为准。\n\n"
    "下面几项做法\n\n"
    "感谢居民的配合是第一条经验:改造前逐户征求意见,方案经三分之二以上居民同意后实施。\n"
)


def test_a_short_heading_over_the_texts_paragraph_stays_a_heading() -> None:
    heads = _headings(parse_text(_SHORT_HEADS))
    assert "背景" in heads
    assert "下面几项做法" in heads
    assert "致谢" in heads  # two characters over a thanks, but no surname: a heading
