"""The forms left on the twenty-first set (round thirty-two).

A headline with a site's spam word pushed into its middle (a download call glued inside the sentence) is still
the headline, never a promotion dropped for the date line under it.
Every snippet is invented (names, places and numbers made up) in the shape of the genre, and each class comes
with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core import chrome
from tui.core.document import parse_text

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
