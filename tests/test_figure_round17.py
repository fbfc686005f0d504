"""Round 17 of the figures issue: invented sentences in the image of the seventeenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def periods(text: str, day: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = extract_text(text, dt.date.fromisoformat(day))
    return [(f.text, f.period, f.period_start, f.period_end) for f in found]


# --- 当季/当月 inside a clause says again the quarter or month named before it ---


def test_this_quarter_inside_a_clause_is_the_quarter_named_in_the_sentence_before() -> None:
    got = periods(
        "分季度看，二季度全市地区生产总值增长6.2%，比一季度加快1.1个百分点。另有一项指标回升，"
        "即民间投资，当季增长1.4%；进口总额当季增长3.5%，一季度是下降2.2%。",
        "2022-07-18",
    )
    q2 = ("二季度", "2022-04-01", "2022-06-30")
    assert got[:4] == [("6.2%", *q2), ("1.1个百分点", *q2), ("1.4%", *q2), ("3.5%", *q2)]
    assert got[4][1:] == ("一季度", "2022-01-01", "2022-03-31")


def test_this_month_after_a_semicolon_is_the_month_named_before_it() -> None:
    got = periods(
        "分月份看，8月份全省发电量增长4.2%，连续三个月正增长；铁路货运量当月增长6.1%，快递业务量增长9%。",
        "2022-09-16",
    )
    aug = ("8月份", "2022-08-01", "2022-08-31")
    assert got == [("4.2%", *aug), ("6.1%", *aug), ("9%", *aug)]


def test_this_quarter_opening_its_sentence_stays_as_written() -> None:
    # look-alike: 当季 as the topic of a sentence of its own is the period as written
    got = periods("一季度，全县工业投资增长7.3%。当季全县社会消费品零售总额218亿元，增长5.5%。", "2022-04-20")
    assert [p[1] for p in got] == ["一季度", "当季", "当季"]
    assert got[1][2:] == ("2022-01-01", "2022-03-31")


# --- an undated text whose only year opens a span to the present (2016年以来) ---


def test_an_undated_text_with_only_a_span_to_the_present_reads_its_months_in_that_year() -> None:
    text = "副部长李明今天表示，2016年以来全国外贸形势总体平稳。今年1-8月，全国新设外资企业2.1万家，前八个月同比增长6%。"
    got = extract_text(text, None)
    assert [(f.period, f.period_start, f.period_end) for f in got] == [
        ("今年1-8月", "2016-01-01", "2016-08-31"),
        ("前八个月", "2016-01-01", "2016-08-31"),
    ]


def test_a_written_year_of_its_own_outweighs_a_span_to_the_present() -> None:
    # look-alike: 2012年以来 is a long span; the year the text reports on is written for its figures
    text = "2012年以来全省工业稳步发展。2015年1-6月，全省工业增加值增长7%。今年1-6月利润增长5%。"
    got = extract_text(text, None)
    assert [(f.period_start, f.period_end) for f in got] == [("2015-01-01", "2015-06-30")] * 2


def test_an_undated_text_with_no_year_at_all_stays_unresolved() -> None:
    got = extract_text("今年1-8月，全国新设外资企业2.1万家。", None)
    assert [(f.period_start, f.period_end) for f in got] == [(None, None)]
