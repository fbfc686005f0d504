"""Round 23 of the figures issue: invented sentences and pages in the image of the eighteenth and nineteenth
sets (a series ending on a year, then 今年; a monthly release whose year stands only in a caption), each
with its look-alikes."""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text


def resolved(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, start, end) of every figure of an undated text."""
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, None)]


# --- 今年 after a series that ends on a year: a later year ---


def test_this_year_after_a_series_ending_on_a_year_is_the_year_after() -> None:
    got = resolved("新兴市场份额逐年扩大，由2024年的18%提升到了2028年的21.5%，今年前三季度升至23.1%。")
    assert got[-1] == ("23.1%", "2029-01-01", "2029-09-30")
    assert got[1] == ("21.5%", "2028-01-01", "2028-12-31")


def test_a_series_ending_on_a_year_end_value_then_this_year() -> None:
    got = resolved("全省备案企业2025年底为1.2万家，2027年底达到3.4万家，今年上半年新增0.6万家。")
    assert got[-1] == ("0.6万家", "2028-01-01", "2028-06-30")


def test_this_year_in_the_next_sentence_is_still_the_year_written() -> None:
    """Look-alike: the year and 今年 in two sentences, no series between them: 今年 stays the year written."""
    got = resolved("2028年全区出口增长6.2%。今年前三季度，全区进口增长4.4%。")
    assert got[-1] == ("4.4%", "2028-01-01", "2028-09-30")


# --- a monthly release whose year stands only in a caption ---

_RELEASE = """7月份江南省经济运行稳中向好
7月份，全省经济延续回升态势。
全省规模以上工业增加值同比增长3.8%；社会消费品零售总额1526亿元，同比增长2.7%。
{caption}
周明远表示，7月份工业生产总体平稳。
"""


def _periods(caption: str) -> list[tuple[str, str | None, str | None]]:
    doc = parse_text(_RELEASE.format(caption=caption), name="release.txt")
    return [(f.text, f.period_start, f.period_end) for f in extract(doc)]


def test_a_caption_gives_the_year_of_the_month_the_title_reports_on() -> None:
    got = _periods(
        "8月16日，江南省政府新闻办举行发布会。省统计局副局长周明远介绍2031年7月份全省经济运行情况。 本报记者 林晓 摄"
    )
    assert got == [
        ("3.8%", "2031-07-01", "2031-07-31"),
        ("1526亿元", "2031-07-01", "2031-07-31"),
        ("2.7%", "2031-07-01", "2031-07-31"),
    ]


def test_a_caption_without_the_year_leaves_the_month_unresolved() -> None:
    """Look-alike: no year anywhere on the page: the month is said, its year is not guessed."""
    got = _periods(
        "8月16日，江南省政府新闻办举行发布会。省统计局副局长周明远介绍全省经济运行情况。 本报记者 林晓 摄"
    )
    assert [(s, e) for _, s, e in got] == [(None, None)] * 3


def test_a_caption_with_another_months_year_does_not_date_the_release() -> None:
    """Look-alike: the caption writes a year with another month (a file photo): not the month reported on."""
    got = _periods("资料图：2029年3月，江南省统计局工作人员在整理报表。 本报记者 林晓 摄")
    assert [(s, e) for _, s, e in got] == [(None, None)] * 3
