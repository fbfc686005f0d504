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


# --- metrics that were fragments: a manner adverb, a relative clause, a record, a copula with no subject ---


def metrics(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in extract_text(text, dt.date(2021, 3, 6))]


def test_a_count_of_people_stops_before_the_manner_of_what_they_do() -> None:
    assert metrics("会场外，12位全国政协委员分批走进会场，接受采访。") == [("12位", "全国政协委员")]
    assert metrics("6名选手轮番登台，展示技艺。") == [("6名", "选手")]


def test_a_count_with_where_they_come_from_counts_the_head_after_it() -> None:
    got = metrics("36位来自不同省份、不同岗位的基层代表，在这里讲述变化。")
    assert got == [("36位", "基层代表")]


def test_a_record_after_the_value_is_not_the_thing_measured() -> None:
    assert metrics("前三季度全省粮食收购量创下了1600万吨的新高点。") == [("1600万吨", "全省粮食收购量")]
    assert metrics("全年港口吞吐量创出5.2亿吨的历史新纪录。") == [("5.2亿吨", "港口吞吐量")]


def test_a_copula_of_a_record_with_no_subject_carries_the_thing_named_before() -> None:
    got = metrics("今年上半年全省外贸进出口总值1.6万亿元，为历史同期首次突破1.5万亿元，同比增长3.4%。")
    assert got == [
        ("1.6万亿元", "全省外贸进出口总值"),
        ("突破1.5万亿元", "全省外贸进出口总值"),
        ("3.4%", "全省外贸进出口总值"),
    ]


def test_a_subject_before_a_copula_keeps_its_own_metric() -> None:
    # look-alike: a thing named before 为 is the metric; the record said after it takes nothing from it
    got = metrics("全省粮食产量为1250万吨，为历史同期最高，油料产量为86万吨。")
    assert got == [("1250万吨", "全省粮食产量"), ("86万吨", "油料产量")]
