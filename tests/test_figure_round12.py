"""Round 12 of the figures issue: invented sentences in the image of the twelfth set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2019-10-22") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def periods(text: str, day: str = "2019-10-22") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a period said in a concession does not carry -----------------------------------------------------------


def test_a_quarter_in_a_concession_leaves_the_first_three_quarters_in_force() -> None:
    got = periods(
        "前三季度，全市地区生产总值同比增长5.3%。值得注意的是，三季度增速虽略有回落，但结构继续改善。"
        "例如，数字产业增加值增长9.1%；城镇新增就业41万人。"
    )
    assert got == [
        ("5.3%", "前三季度", "2019-01-01", "2019-09-30"),
        ("9.1%", "前三季度", "2019-01-01", "2019-09-30"),
        ("41万人", "前三季度", "2019-01-01", "2019-09-30"),
    ]


def test_a_quarter_said_plainly_still_carries() -> None:
    got = periods("前三季度，全市地区生产总值增长5.3%。三季度，生产有所放缓。数字产业增加值增长4.2%。")
    assert got[1] == ("4.2%", "三季度", "2019-07-01", "2019-09-30")
    got = periods("前三季度，全市生产总值增长5.3%。尽管三季度有所放缓，数字产业增加值仍增长4.2%。")
    assert got[1][1:] == ("三季度", "2019-07-01", "2019-09-30")  # no 但: the clause is the figure's own


# --- since the start of a year -----------------------------------------------------------------------------


def test_since_the_start_of_this_year_is_open_ended() -> None:
    got = periods("今年初以来，国际铜价累计上涨14%。", "2022-02-18")
    assert got == [("14%", "今年初以来", "2022-01-01", None)]
    got = periods("自今年年初以来，铝价上涨6%；2021年初以来，锌价上涨9%。", "2022-02-18")
    assert [g[2:] for g in got] == [("2022-01-01", None), ("2021-01-01", None)]
    got = periods("今年，铜价预计上涨14%。", "2022-02-18")  # the year itself stays whole
    assert got == [("14%", "今年", "2022-01-01", "2022-12-31")]


# --- an average over months --------------------------------------------------------------------------------


def test_the_months_an_average_is_taken_over_are_its_period() -> None:
    got = periods("1至5月份平均，居民消费价格同比上涨1.9%，工业生产者出厂价格同比上涨3.2%。", "2018-06-15")
    assert [g[1:] for g in got] == [("1至5月份", "2018-01-01", "2018-05-31")] * 2
    assert [f.metric for f in figures("1至5月份平均，居民消费价格同比上涨1.9%。", "2018-06-15")] == [
        "居民消费价格"
    ]
    got = periods("前5个月平均同比上涨1.9%。", "2018-06-15")
    assert got[0][2:] == ("2018-01-01", "2018-05-31")


def test_an_average_base_or_frame_is_no_period() -> None:
    got = periods("5月份，居民消费价格上涨1.8%，低于上年平均水平。", "2018-06-15")
    assert got == [("1.8%", "5月份", "2018-05-01", "2018-05-31")]
    got = periods("一季度，全省生产总值增长12.1%，过去两年平均增长4.9%。", "2021-04-20")
    assert [g[1] for g in got] == ["一季度", "一季度"]


# --- a trend carried on from an earlier period -------------------------------------------------------------


def test_the_period_a_trend_is_carried_on_from_is_no_period() -> None:
    got = periods("5月份，全省发电量延续一季度较快增长态势，同比增长6.4%。", "2018-06-15")
    assert got == [("6.4%", "5月份", "2018-05-01", "2018-05-31")]
    got = periods("5月份，全省发电量保持了去年以来的回升势头，同比增长6.4%。", "2018-06-15")
    assert got[0][1] == "5月份"
    got = periods("一季度，全省发电量同比增长6.4%。", "2018-06-15")  # a quarter said plainly
    assert got == [("6.4%", "一季度", "2018-01-01", "2018-03-31")]


# --- a period said of one contrasting value ----------------------------------------------------------------


def test_a_half_said_of_one_value_does_not_carry_to_the_sentences_after() -> None:
    got = periods(
        "前三季度，全省生产总值同比增长1.2%，上半年是下降2.4%，扭转了上半年的下滑态势。"
        "农业增加值增长3.1%，工业增加值增长0.8%。"
    )
    assert [g[1:] for g in got] == [
        ("前三季度", "2019-01-01", "2019-09-30"),
        ("上半年", "2019-01-01", "2019-06-30"),
        ("前三季度", "2019-01-01", "2019-09-30"),
        ("前三季度", "2019-01-01", "2019-09-30"),
    ]


def test_a_half_that_opens_a_statement_still_carries() -> None:
    got = periods("前三季度，全省生产总值增长1.2%。上半年，农业增加值增长3.1%。工业增加值增长0.8%。")
    assert [g[1] for g in got] == ["前三季度", "上半年", "上半年"]
    got = periods("目前，全省平均开工率为62%，日产量1200吨。")  # 目前为…: the time the clauses after share
    assert [g[1] for g in got] == ["目前", "目前"]


# --- a monthly release: 上月 and 本月 count from the month its title reports ------------------------------------


def _release(title: str, body: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = parse_text(f"{title}\n\n{body}\n")
    return [(f.text, f.period, f.period_start, f.period_end) for f in extract(doc)]


def test_last_month_in_a_monthly_release_is_the_month_before_the_one_reported() -> None:
    got = _release(
        "3月工业品价格涨幅继续收窄",
        "据2023年3月份数据，工业品价格同比上涨2.1%。\n\n环比来看，钢材价格由上月下降1.2%转为上涨0.8%。"
        "\n\n分析人士认为，本月价格走势好于预期，剪刀差收窄0.4个百分点。",
    )
    assert ("1.2%", "上月", "2023-02-01", "2023-02-28") in got
    assert ("0.8%", None, None, None) in got  # the value it turned to has no period of its own here
    assert ("0.4个百分点", "本月", "2023-03-01", "2023-03-31") in got


def test_a_title_with_two_months_or_a_day_names_no_reported_month() -> None:
    got = _release("3月15日起新规实施", "2023年3月，钢材价格由上月下降1.2%转为上涨0.8%。")
    assert ("1.2%", "上月", "2023-02-01", "2023-02-28") in got  # the month in force decides
    got = _release("1至3月工业品价格", "钢材价格由上月下降1.2%转为上涨0.8%。")
    assert got[0][2:] == (None, None)  # no month named, no day: nothing to count from


def test_a_change_written_before_its_value_still_binds_its_period() -> None:
    got = periods("4月份，钢材价格环比由上月下降0.3%转为上涨0.5%。", "2023-05-16")
    assert got == [
        ("0.3%", "上月", "2023-03-01", "2023-03-31"),
        ("0.5%", "4月份", "2023-04-01", "2023-04-30"),
    ]
    got = periods("4月份，钢材价格比上月下降0.3%。", "2023-05-16")  # a base, not bound
    assert got == [("0.3%", "4月份", "2023-04-01", "2023-04-30")]


def test_the_nearest_base_mark_decides() -> None:
    got = periods("2022年全市外资总额约为800亿元，相比于2021年的约950亿元下降了16%。", "2023-03-01")
    assert got[1][:2] == ("约950亿元", "2021年")
    got = periods("4月份，钢材价格环比上月下降0.3%。", "2023-05-16")  # 环比上月: 上月 is the base
    assert got == [("0.3%", "4月份", "2023-04-01", "2023-04-30")]


# --- a list's shared head ----------------------------------------------------------------------------------


def test_a_list_shares_the_whole_head_not_a_character_of_the_last_name() -> None:
    got = [(f.text, f.metric) for f in figures("煤油、柴油和天然气价格分别上涨3.1%、2.7%和1.9%。")]
    assert got == [("3.1%", "煤油价格"), ("2.7%", "柴油价格"), ("1.9%", "天然气价格")]
    got = [(f.text, f.metric) for f in figures("蛋类和水产品价格分别上涨6.1%和4.4%。")]
    assert got == [("6.1%", "蛋类价格"), ("4.4%", "水产品价格")]
    got = [
        (f.text, f.metric) for f in figures("杭州、宁波新房价格分别上涨0.6%和0.4%。")
    ]  # a head of two words
    assert got == [("0.6%", "杭州新房价格"), ("0.4%", "宁波新房价格")]


# --- metrics that were a comparison word or a verb ---------------------------------------------------------


def test_a_comparison_clause_keeps_the_subject_said_before() -> None:
    got = [
        (f.text, f.metric)
        for f in figures("2022年全市外资总额约为800亿元，相比于2021年的约950亿元下降了16%。")
    ]
    assert got == [("800亿元", "全市外资总额"), ("约950亿元", "全市外资总额"), ("16%", "全市外资总额")]
    got = [(f.metric) for f in figures("全省粮食产量为650亿斤，相比上年增加12亿斤。")]
    assert got == ["全省粮食产量", "全省粮食产量"]


def test_a_level_regained_is_not_a_metric_and_above_is_a_hedge() -> None:
    got = [
        (f.text, f.approx, f.metric)
        for f in figures("国际铜价持续走高，伦铜价格上涨15%，重回1万美元/吨之上。")
    ]
    assert got == [("15%", None, "伦铜价格"), ("1万美元/吨之上", "over", "伦铜价格")]
    got = [
        (f.text, f.metric) for f in figures("重回增长轨道的制造业增加值增长5%。")
    ]  # 重回 inside a subject stays
    assert got == [("5%", "重回增长轨道的制造业增加值")]
    got = [
        (f.text, f.metric) for f in figures("全市工业用电量重回1200亿千瓦时。")
    ]  # the verb after a subject
    assert got == [("1200亿千瓦时", "全市工业用电量")]


# --- counts of questions, and a period of earlier years --------------------------------------------------


def test_the_questions_counted_before_some_of_them() -> None:
    got = [(f.text, f.metric) for f in figures("2014年的发布会上，16个问题有9个与经济相关。", "2017-03-15")]
    assert got[0] == ("16个", "问题")
    got = [(f.text, f.metric) for f in figures("全市共有企业3000家，其中国有200家。", "2017-03-15")]
    assert got == [("3000家", "全市企业"), ("200家", "全市企业")]  # 国有 is no 有 before a count


def test_earlier_years_are_the_period_of_the_value_they_bind() -> None:
    got = periods("今年发布会的记者座位，从往年的300多个增加到了500多个。", "2017-03-15")
    assert got == [("300多个", "往年", None, None), ("500多个", "今年", "2017-01-01", "2017-12-31")]
    got = periods("今年的座位比以往多了200个。", "2017-03-15")  # 以往: a base, no period
    assert got == [("200个", "今年", "2017-01-01", "2017-12-31")]
