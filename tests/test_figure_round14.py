"""Round 14 of the figures issue: invented sentences in the image of the fourteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str | None = "2019-10-22") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def periods(
    text: str, day: str | None = "2019-10-22"
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a page with no date whose only year is a comparison base: the period reported is the one after it ---


def test_a_base_at_the_end_of_a_year_puts_an_undated_page_in_the_year_after() -> None:
    text = "初步测算，一季度全市生产总值8123亿元，同比增长3.9%，比2018年四季度环比增长1.1%。"
    got = periods(text, None)
    assert [p[2:] for p in got] == [("2019-01-01", "2019-03-31")] * 3


def test_a_base_of_a_whole_year_or_its_year_end_does_the_same() -> None:
    assert periods("上半年，全县税收收入比2020年增长6.2%。", None)[0][2:] == ("2021-01-01", "2021-06-30")
    assert periods("6月末，存款余额较2016年末增加420亿元。", None)[0][2:] == (None, "2017-06-30")


def test_a_base_early_in_a_year_keeps_its_year() -> None:
    # look-alikes: the later parts of the year are still in it
    assert periods("三季度，客运量比2018年一季度增长4.5%。", None)[0][2:] == ("2018-07-01", "2018-09-30")
    assert periods("9月末，贷款余额比2018年初增长7.3%。", None)[0][2:] == (None, "2018-09-30")


def test_a_dated_page_is_not_moved_by_a_base() -> None:
    got = periods("一季度，全市生产总值同比增长3.9%，比2018年四季度环比增长1.1%。", "2019-04-20")
    assert [p[2:] for p in got] == [("2019-01-01", "2019-03-31")] * 2


# --- a list of years before a list of values: each value its own year ---


def test_a_list_of_years_gives_each_value_of_a_list_its_own_year() -> None:
    got = periods("2019年和2020年，某市居民储蓄率分别为 31.5%和33.2%，部分月份最高达到过36%。", "2021-05-01")
    assert [(p[0], p[1], p[2]) for p in got] == [
        ("31.5%", "2019年", "2019-01-01"),
        ("33.2%", "2020年", "2020-01-01"),
        ("36%", "2020年", "2020-01-01"),
    ]


def test_the_years_keep_the_order_they_are_written_in() -> None:
    got = periods("2020年、2019年，全镇粮食单产分别增长2.4%和1.9%。", "2021-05-01")
    assert [p[1] for p in got] == ["2020年", "2019年"]


def test_a_run_of_as_many_years_as_values_gives_one_year_a_value() -> None:
    got = periods(
        "2012年至2014年，某省外出务工收入与GDP之比为4.1%、3.9%和3.7%，2015年上半年为3.6%。", "2016-03-01"
    )
    assert [(p[1], p[2], p[3]) for p in got] == [
        ("2012年", "2012-01-01", "2012-12-31"),
        ("2013年", "2013-01-01", "2013-12-31"),
        ("2014年", "2014-01-01", "2014-12-31"),
        ("2015年上半年", "2015-01-01", "2015-06-30"),
    ]


def test_a_run_said_of_one_value_or_years_of_a_part_are_left_alone() -> None:
    got = periods("2012年至2014年，某县粮食产量累计增长9%。", "2016-03-01")
    assert [p[1:] for p in got] == [("2012年至2014年", "2012-01-01", "2014-12-31")]
    got = periods("与2018年和2019年相比，甲乙两项分别高出3%和5%。", "2020-03-01")
    assert all(p[1] not in ("2018年", "2019年") for p in got)


# --- a period inside a comparison does not take over the figure; a change turned from one period to another ---


def test_a_difference_from_an_earlier_quarter_is_of_the_clause_period() -> None:
    got = periods("上半年，全市商品零售额同比增长5.2%，快于一季度2.6个百分点。", "2023-07-20")
    assert [p[1:] for p in got] == [("上半年", "2023-01-01", "2023-06-30")] * 2
    # look-alike: a base's own value written right after it is of the base's period
    got = periods("上半年，全市出口增长3.1%，低于一季度5.4%的增速。", "2023-07-20")
    assert got[-1][1:] == ("一季度", "2023-01-01", "2023-03-31")


def test_a_base_written_with_he_and_bi_is_no_period_of_the_figure() -> None:
    got = periods("1-2月份，全省专用设备业增加值增长4.2%，和去年12月份比略加快0.3个百分点。", "2023-03-15")
    assert [p[1] for p in got] == ["1-2月份", "1-2月份"]


def test_a_change_turned_from_one_period_to_another_keeps_each_its_period() -> None:
    got = periods("肉类产量由一季度的同比下降2.7%转为上半年的同比增长1.3%。", "2023-07-20")
    assert [p[1:] for p in got] == [
        ("一季度", "2023-01-01", "2023-03-31"),
        ("上半年", "2023-01-01", "2023-06-30"),
    ]
    # look-alike: a period said to be a multiple of a base stays a base
    assert periods("全市甲产值是上年的1.3倍。", "2023-07-20")[0][1] is None


def test_the_range_a_superlative_is_over_is_no_period() -> None:
    got = periods("“今年玉米长势是近年来最好的，每亩不低于1300斤，比以往增产150斤。”", "2021-12-08")
    assert [p[1:] for p in got] == [("今年", "2021-01-01", "2021-12-31")] * 2
    # look-alike: 近年来 framing the figure itself stays its period
    assert periods("近年来，全县玉米单产提高到每亩1300斤。", "2021-12-08")[0][1] == "近年来"


# --- values: a minus written as 负, a population in 亿, what is no statistic (an advert, a place's size) ---


def values(text: str, day: str = "2020-05-28") -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.metric) for f in figures(text, day)]


def test_a_minus_written_as_fu_makes_the_value_negative() -> None:
    assert values("多家机构预计，今年某国经济的增长是负4%。") == [("4%", -4.0, "%", "某国经济的增长")]
    # a pinyin gloss a mirror page leaves between the word and the number
    assert values("今年某國經(jīng)濟的增長是負(fù)4%。")[0][1:3] == (-4.0, "%")
    assert values("出口对增长的贡献为负0.6个百分点。")[0][1:] == (-0.6, "个百分点", "出口对增长的贡献")
    # look-alikes: a margin either way, a word between, a noun holding 负
    assert values("抽样误差为正负3%。")[0][1] == 3.0
    assert values("某县利润负增长3%。")[0][1] == 3.0
    assert values("全县资产负债率3%。")[0][1] == 3.0


def test_a_population_had_is_named_by_the_noun_after_it() -> None:
    # the keys of the genre disagree on its unit (人 or none): the unit is left as written, none
    assert values("甲国作为有着9亿人口的国家，不能掉以轻心。") == [("9亿", 9e8, "", "人口")]
    assert values("一个拥有3000万人口的城市。")[0][3] == "人口"


def test_an_advert_price_and_the_size_of_a_scene_are_no_statistics() -> None:
    assert values("赞助商广告位 200欧元/月 广告联系微信:abc") == []
    assert values("位于会展中心南厅一段仅百余米的走廊上,早已站满了记者。") == []
    # look-alikes: a length measured, and one after 位于 that is no place's size
    assert values("今年新建高速公路100公里。")[0][1:3] == (100.0, "公里")
    assert values("位于城区的环线全长38公里。")[0][1:3] == (38.0, "公里")


# --- metrics: an aspect named in a clause of its own, a figure in parentheses after its noun ---


def test_an_aspect_clause_names_the_metric_of_a_clause_without_a_subject() -> None:
    got = figures("消费方面，上半年同比增长21.0%，两年平均仅增长4.1%。", "2021-07-28")
    assert [(f.value, f.metric) for f in got] == [(21.0, "消费"), (4.1, "两年平均")]
    # look-alike: a clause with its own subject keeps it
    assert figures("消费方面，社会零售总额同比增长21.0%。", "2021-07-28")[0].metric == "社会零售总额"


def test_a_figure_in_parentheses_after_its_noun_is_that_nouns() -> None:
    got = figures(
        "以两年增速衡量，投资增速不到5%，只有进口（11.6%）、基建投资（7.2%）增速较为突出。", "2021-07-28"
    )
    assert [(f.value, f.metric) for f in got] == [(5.0, "投资增速"), (11.6, "进口"), (7.2, "基建投资")]
    # look-alike: a stock quote a portal puts after a company's name stays out
    assert figures("某机器人公司(23.150, -0.41, -1.74%)今日发布年报。", "2021-07-28") == []


def test_a_turn_written_again_without_periods_keeps_the_first_turns() -> None:
    got = periods(
        "肉类产量由一季度的同比下降2.7%转为上半年的同比增长1.3%，其中牛肉产量由下降2.7%转为增长3.6%。",
        "2023-07-20",
    )
    assert [p[1] for p in got] == ["一季度", "上半年", "一季度", "上半年"]
    # look-alike: a turn with no period inside it anywhere keeps the period in force
    got = periods("上半年，全市出口由下降2.1%转为增长3.3%。", "2023-07-20")
    assert [p[1] for p in got] == ["上半年", "上半年"]
