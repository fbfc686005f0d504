"""Figures on messy real pages (issue 11, round 5): classes seen on mirror pages, spam copies and cut pages.

Every text is written for this file in the image of what those pages showed (names, numbers and wording
invented), each class with look-alikes that must not be read the same way: a span of two years whose values
go from one to the other, 现在 inside a verb (体现在), 如今 as the time a figure is said of, ...
"""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure


def read(text: str, day: str | None = "2023-03-08") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def periods(
    text: str, day: str | None = "2023-03-08"
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text, day)]


def metrics(text: str, day: str | None = "2023-03-08") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in read(text, day)]


# --- periods ----------------------------------------------------------------------------------------------


def test_a_span_of_years_gives_a_change_its_two_ends_and_the_change_the_span() -> None:
    text = "从2014年到2022年，全市地区生产总值从1.2万亿元增长到2.3万亿元，人均收入从4.1万元增长到7.6万元，提高了3.1个百分点。"
    assert periods(text) == [
        ("1.2万亿元", "2014年", "2014-01-01", "2014-12-31"),
        ("2.3万亿元", "2022年", "2022-01-01", "2022-12-31"),
        ("4.1万元", "2014年", "2014-01-01", "2014-12-31"),
        ("7.6万元", "2022年", "2022-01-01", "2022-12-31"),
        ("3.1个百分点", "从2014年到2022年", "2014-01-01", "2022-12-31"),
    ]


def test_a_span_of_years_without_a_change_from_to_keeps_the_span() -> None:
    text = "2016—2021年，全县累计新建校舍42万平方米。"
    assert periods(text) == [("42万平方米", "2016—2021年", "2016-01-01", "2021-12-31")]


def test_a_base_after_cong_is_still_a_base() -> None:
    # 从2019年的x增长到y: the year is the first value's own, not a span; the second has no year of its own
    got = periods("全省快递业务量从2019年的18亿件增长到45亿件。")
    assert got[0][1:] == ("2019年", "2019-01-01", "2019-12-31")


def test_xianzai_inside_a_verb_is_no_period() -> None:
    # a question that says 体现在 before the figures does not give them the period 现在
    article = (
        "某市经济十年回顾\n\n2023年3月8日 来源：某某日报\n\n"
        "经济实力体现在哪里？李明列举了一组数据——全市粮食产量由48万吨增长到61万吨。\n"
    )
    got = extract(parse_text(article))
    assert [(f.text, f.period) for f in got] == [("48万吨", None), ("61万吨", None)]
    said_now = periods("现在全县粮食产量达到61万吨。")
    assert said_now == [("61万吨", "现在", None, "2023-03-08")]


def test_rujin_is_the_time_a_figure_is_said_of() -> None:
    text = "如今全省高速铁路突破2900公里，沿海港口吞吐量6.1亿吨。"
    assert [(t, p) for t, p, _, _ in periods(text)] == [("突破2900公里", "如今"), ("6.1亿吨", "如今")]


# --- mirror pages with pinyin glosses ---------------------------------------------------------------------


def test_a_gloss_inside_a_number_and_its_unit_is_read_through() -> None:
    text = "全省城鎮(zhèn)新增就業(yè)人數(shù)比去年同期增加38萬(wàn)人。"
    [got] = read(text)
    assert (got.value, got.unit) == (380000.0, "人")
    # what is quoted is the text as written, glosses and all, and its offsets are the text's
    assert got.text == "38萬(wàn)人" and text[got.start : got.end] == got.text
    # the metric is named as a reader quotes it: without the glosses (round 10)
    assert got.metric == "全省城鎮新增就業人數"


def test_a_gloss_that_is_no_pinyin_stays() -> None:
    # (GDP) and a bracket without a tone mark are the text's own, not a gloss
    got = read("地區生產總值(GDP)增長(zhǎng)6.1%,工業(ye)增加值增長4.2%。")
    assert [(f.text, f.value) for f in got] == [("6.1%", 6.1), ("4.2%", 4.2)]


def test_a_target_after_the_value_is_the_target_of_the_growth_before() -> None:
    assert metrics("我們對實現(xiàn)全年糧食產(chǎn)量增長(zhǎng)3%左右的預(yù)期目標(biāo)充滿信心") == [
        ("3%左右", "糧食產量")
    ]
    # look-alike: a share of a group after 的 is still that group's
    assert metrics("全市60%的企業已經復工。") == [("60%", "企業")]


# --- metrics ----------------------------------------------------------------------------------------------


def test_a_group_of_units_keeps_its_name_on_what_it_made() -> None:
    text = (
        "1-5月份，全省规模以上制造企业实现利润总额2901.6亿元，比去年同期增长9.4%。"
        "国有控股企业实现利润总额913.2亿元，同比增长20.5%；私营企业实现利润总额402.1亿元，增长6.3%。"
    )
    assert metrics(text, "2019-06-27") == [
        ("2901.6亿元", "全省规模以上制造企业利润总额"),
        ("9.4%", "全省规模以上制造企业利润总额"),
        ("913.2亿元", "国有控股企业利润总额"),
        ("20.5%", "国有控股企业利润总额"),
        ("402.1亿元", "私营企业利润总额"),
        ("6.3%", "私营企业利润总额"),
    ]
    # look-alikes: a scope alone stays with the thing; a doer that is no group of units gives way
    assert metrics("全省实现地区生产总值2.1万亿元。", "2019-06-27") == [("2.1万亿元", "全省地区生产总值")]
    assert metrics("文旅部门今年实现旅游收入820亿元。", "2019-06-27") == [("820亿元", "旅游收入")]


def test_a_modal_verb_is_no_subject_and_the_thing_after_the_number_is_counted() -> None:
    text = "改造完成后，可以使1200万左右老旧小区的居民住房条件得到改善。"
    assert metrics(text, "2018-03-08") == [("1200万左右", "老旧小区")]


def test_a_measure_compared_with_a_period_or_another_thing() -> None:
    text = (
        "今年前三季度，全省林业增加值同比增长4.1%，增速与上半年持平；其中，三季度增长4.6%。"
        "全省居民人均可支配收入实际增长1.2%，这个增速和全省经济增长1.3%基本同步。"
    )
    got = metrics(text, "2020-10-20")
    # 增速与上半年: the growth of what was named (the base is a period); 增速和经济增长: the economy's growth
    assert got[1] == ("4.6%", "全省林业增加值")
    assert got[3] == ("1.3%", "全省经济")
    # 经济 is a noun, not the verb 经 (经过): a bare 经济 is the thing the number is said of
    assert metrics("收入实际增长0.6%，这个增速和经济增长0.7%基本同步。")[1] == ("0.7%", "经济")
    # look-alike: a name with 和 inside it is one name
    assert metrics("工业和信息化领域投资增长8.2%。", "2020-10-20") == [("8.2%", "工业和信息化领域投资")]


def test_a_level_after_the_value_and_the_start_it_is_said_from() -> None:
    text = "9月份全省城镇调查失业率为5.1%，从年初5.9%的高位持续回落。"
    assert periods(text, "2020-10-20") == [
        ("5.1%", "9月份", "2020-09-01", "2020-09-30"),
        ("5.9%", "年初", None, None),
    ]
    assert metrics(text, "2020-10-20") == [("5.1%", "全省城镇调查失业率"), ("5.9%", "全省城镇调查失业率")]
    # look-alike: 年初 that starts a plan is not a figure's period
    assert periods("年初确定的目标是新增就业12万人。", "2020-10-20")[0][1] != "年初"


# --- values and units -------------------------------------------------------------------------------------


def test_a_unit_lent_by_the_last_number_of_a_list_is_written_as_the_text_writes_it() -> None:
    got = read("兩類行業佔全省工業比重比去年同期提高3.2個、1.4個百分點。")
    assert [(f.text, f.value, f.unit) for f in got] == [
        ("3.2個", 3.2, "個百分點"),
        ("1.4個百分點", 1.4, "個百分點"),
    ]
    # look-alike: a count of things in the next clause lends nothing
    got = read("全省新建學校12個,入學率提高1.4個百分點。")
    assert [(f.text, f.unit) for f in got] == [("12個", "個"), ("1.4個百分點", "個百分點")]


def test_dangji_is_the_quarter_in_force_for_its_sentence() -> None:
    text = (
        "一季度，全省固定资产投资增长8.1%。当季全省社会消费品零售总额2317.9亿元，增长10.1%。"
        "全省进出口总额160.9亿美元，增长6.9%。"
    )
    q1 = ("2019-01-01", "2019-03-31")
    assert [(p, a, b) for _, p, a, b in periods(text, "2019-04-20")] == [
        ("一季度", *q1),
        ("当季", *q1),
        ("当季", *q1),
        ("一季度", *q1),
        ("一季度", *q1),
    ]
    # after the first nine months, 当季 is the third quarter; with nothing in force, it is not resolved
    got = periods("前三季度，全省投资增长6.2%，当季增长7.0%。", "2019-10-20")
    assert got[1] == ("7.0%", "当季", "2019-07-01", "2019-09-30")
    assert periods("当季全省投资增长7.0%。", "2019-10-20") == [("7.0%", "当季", None, None)]


def test_a_connective_that_holds_a_base_mark_is_no_base() -> None:
    # 由于今年…: because of, not 由 a base; 同时去年…: at the same time
    text = "由于今年方案篇幅较往年压缩一半，我们采纳了多数建议，共修改72处。"
    assert periods(text, "2021-03-12") == [("72处", "今年", "2021-01-01", "2021-12-31")]
    # look-alike: 由 a period to a value is still a base
    got = periods("全县快递网点由去年的120个增加到180个。", "2021-03-12")
    assert got[0][1:] == ("去年", "2020-01-01", "2020-12-31") and got[1][1] != "去年"


def test_counts_of_flowers_grains_and_lamps_carry_their_measure_word() -> None:
    got = read("全省一年产的鲜切花达到120亿枝，新装路灯8600盏。")
    assert [(f.value, f.unit) for f in got] == [(1.2e10, "枝"), (8600.0, "盏")]
    # look-alike: 枝 inside a word after a number is no unit (3家枝江企业)
    assert [(f.value, f.unit) for f in read("引进3家枝江企业。")] == [(3.0, "家")]


# --- the thing counted after the number -------------------------------------------------------------------


def test_the_thing_counted_ends_at_a_copula_a_locative_or_a_reporting_verb() -> None:
    text = "其中，有12位负责人是新面孔，7个部门系首次亮相。在记者会上的13个提问中，有5个问题提到了就业。"
    assert metrics(text, "2017-03-16") == [
        ("12位", "负责人"),
        ("7个", "部门"),
        ("13个", "提问"),
        ("5个", "问题"),
    ]
    # look-alike: 系统 and 体系 are nouns, not the copula
    assert metrics("全市建成4个监测系统。", "2017-03-16") == [("4个", "监测系统")]


def test_an_example_before_the_thing_counted_is_skipped() -> None:
    got = metrics("全省有9个像甲族那样的“直过民族”和人口较少民族。", "2022-10-18")
    assert got == [("9个", "“直过民族”")]


def test_news_after_the_value_is_the_news_of_the_subject_before() -> None:
    text = "署长带来了今年前2个月我国出口总值同比增长18.2%的好消息。"
    assert metrics(text, "2017-03-08") == [("18.2%", "我国出口总值")]


def test_counts_of_list_items_and_guessed_sizes_are_no_figures() -> None:
    text = "他用3个关键词形容这次会议，概括为两个特点。以前开会，有时要给手机充几百元话费。"
    assert read(text) == []
    # look-alikes: a count of keywords said as a statistic of an index, and a number written out
    got = read("词库新增关键词1200个，话费为300元。")
    assert [(f.value, f.unit) for f in got] == [(1200.0, "个"), (300.0, "元")]


def test_the_thing_counted_ends_at_a_closing_bracket() -> None:
    assert metrics("【报告修改:金融支持领域吸收7条意见】在金融支持方面", "2020-05-29") == [("7条", "意见")]
    # look-alike: an opening bracket after the number starts nothing counted
    assert [f.value for f in read("吸收7条【重点】意见。", "2020-05-29")] == [7.0]


def test_a_count_of_people_served_counts_what_they_are_served() -> None:
    text = "工程建成后可以保障八百万人的用水，支撑300万人的城市规模。"
    assert metrics(text, "2013-03-08") == [("八百万人", "用水"), ("300万人", "城市规模")]
    # look-alike: with nothing after the people, the people are the figure and the verb stays
    assert metrics("全力保障3000万人，满足需要。", "2013-03-08") == [("3000万人", "全力保障")]
