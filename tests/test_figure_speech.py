"""Figures in spoken texts (issue 11, round 3): press conferences, 部长通道, transcripts and interviews.

Every text is written for this file in the image of what real spoken pages showed (names, numbers and wording
invented), each class with look-alikes that must not be read the same way: lists written from–to, lists whose
names stand in clauses of their own, periods said the way speakers say them (今年1、2月份, 7日上午, 首日, a year
without 年), and metrics a conversational sentence hides (a target set for something, a word pointing back,
people named one by one, a length said inside a clause, a rate after 的, a conversion, a value against a target).
"""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str | None) -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def metrics(text: str, day: str | None = "2024-03-08") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in read(text, day)]


def periods(
    text: str, day: str | None = "2024-03-08"
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text, day)]


# --- lists written from–to ----------------------------------------------------------------------------------


def test_a_from_to_list_gives_each_side_its_period_and_each_item_its_metric() -> None:
    text = (
        "十年来，医疗、生育、工伤三类保险参保人数分别由2013年的8.1亿、1.6亿、2.0亿人，"
        "增加到2023年6月的10.6亿、2.4亿、3.0亿人。"
    )
    got = read(text, "2023-08-20")
    # the keys' rule: a unit only where it is written (8.1亿 has none of its own)
    assert [(f.text, f.value, f.unit) for f in got][:3] == [
        ("8.1亿", 8.1e8, ""),
        ("1.6亿", 1.6e8, ""),
        ("2.0亿人", 2e8, "人"),
    ]
    assert [(f.metric, f.period, f.period_start, f.period_end) for f in got] == [
        ("医疗保险参保人数", "2013年", "2013-01-01", "2013-12-31"),
        ("生育保险参保人数", "2013年", "2013-01-01", "2013-12-31"),
        ("工伤保险参保人数", "2013年", "2013-01-01", "2013-12-31"),
        ("医疗保险参保人数", "2023年6月", "2023-06-01", "2023-06-30"),
        ("生育保险参保人数", "2023年6月", "2023-06-01", "2023-06-30"),
        ("工伤保险参保人数", "2023年6月", "2023-06-01", "2023-06-30"),
    ]
    assert got[3].comparison == "增加到" and got[3].measure == "level"  # a level reached, nothing added


def test_a_from_to_list_without_fenbie_and_a_share_over_its_items() -> None:
    text = "目前，沿海和山区县域工业产值占全省比重由2013年的51.2%、20.4%，调整到2023年的52.0%、21.9%。"
    assert [(f.metric, f.period) for f in read(text, "2024-03-08")] == [
        ("沿海县域工业产值占全省比重", "2013年"),
        ("山区县域工业产值占全省比重", "2013年"),
        ("沿海县域工业产值占全省比重", "2023年"),
        ("山区县域工业产值占全省比重", "2023年"),
    ]


def test_a_from_to_of_one_value_and_a_year_said_without_nian() -> None:
    text = "请问，贫困人口中因病致贫的比例从2015的38%，下降到2023年的21%，原因是什么？"
    assert periods(text, "2024-03-15") == [
        ("38%", "2015", "2015-01-01", "2015-12-31"),
        ("21%", "2023年", "2023-01-01", "2023-12-31"),
    ]
    assert {f.metric for f in read(text, "2024-03-15")} == {"贫困人口中因病致贫的比例"}
    # a year without 年 only before 的 and a value: no period elsewhere, and no figure
    assert periods("从2015的角度看，全市新开工项目120个。", "2024-03-15") == [("120个", None, None, None)]
    assert read("该项目编号2015，投资不详。", "2024-03-15") == []


def test_a_base_before_a_list_is_no_from_to() -> None:
    text = "全年参保人数比2013年的8.1亿人增加了2.5亿人。"
    got = read(text, "2024-03-08")
    assert [(f.text, f.period) for f in got] == [("8.1亿人", "2013年"), ("2.5亿人", "全年")]
    assert got[1].comparison == "增加了"


def test_a_share_raised_from_last_years_level() -> None:
    text = "今年以来，全省外贸出口占全国的比重由去年同期的3.2%上升至4.1%。"
    got = read(text, "2024-06-20")
    assert [(f.metric, f.period) for f in got] == [
        ("全省外贸出口占全国的比重", "去年同期"),
        ("全省外贸出口占全国的比重", "今年以来"),
    ]


# --- lists whose names stand in clauses of their own ------------------------------------------------------


def test_names_in_clauses_of_their_own_each_get_a_figure() -> None:
    text = "从主要产品看，新能源汽车，太阳能电池，服务机器人产量分别增长30.3%、54.0%和23.3%。"
    assert metrics(text) == [
        ("30.3%", "新能源汽车产量"),
        ("54.0%", "太阳能电池产量"),
        ("23.3%", "服务机器人产量"),
    ]
    # names holding 、 and 和 themselves: the commas part the list
    text = "其中，文化、体育和娱乐业，住宿和餐饮业同比分别增长16.5%和8.9%。"
    assert metrics(text) == [("16.5%", "文化、体育和娱乐业"), ("8.9%", "住宿和餐饮业")]


def test_a_list_cut_off_by_the_page_gives_its_first_names_their_values() -> None:
    text = (
        "从产品产量看，起重、装卸搬运机械，摩托车，农业机械，平板电脑，集成电路产量分别增长36.1%、16.8%、9.4%"
    )
    assert metrics(text) == [
        ("36.1%", "起重、装卸搬运机械产量"),
        ("16.8%", "摩托车产量"),
        ("9.4%", "农业机械产量"),
    ]


def test_a_list_after_another_construct_and_its_look_alikes() -> None:
    text = "其中，高技术产品中，微型计算机、工业机器人、智能手机产量分别增长41.2%、18.5%、17.9%。"
    assert metrics(text) == [
        ("41.2%", "微型计算机产量"),
        ("18.5%", "工业机器人产量"),
        ("17.9%", "智能手机产量"),
    ]
    # a topic before a list of its own, a period before the list: no item
    assert metrics("全省工业，轻工业和重工业分别增长5.1%和6.3%。") == [("5.1%", "轻工业"), ("6.3%", "重工业")]
    assert metrics("前三季度，数字产业和消费品制造业增加值分别同比增长10.1%和8.4%。") == [
        ("10.1%", "数字产业增加值"),
        ("8.4%", "消费品制造业增加值"),
    ]


# --- periods as speakers say them ----------------------------------------------------------------------------


def test_enumerated_months_are_one_span_and_a_viewpoint_is_no_base() -> None:
    text = (
        "部长表示，从今年1、2 月份的情况来看，经济开局良好。制造业PMI保持在50%以上，用电量保持10%以上的增幅。"
    )
    got = read(text, "2024-03-08")
    assert [(f.period, f.period_start, f.period_end) for f in got] == [
        ("今年1、2 月份", "2024-01-01", "2024-02-29"),
        ("今年1、2 月份", "2024-01-01", "2024-02-29"),
    ]
    assert [f.metric for f in got] == ["制造业PMI", "用电量增幅"]
    # after 比 the same months are a base
    assert periods("全市出口增长6.1%，比去年1、2月份加快1.2个百分点。", "2024-03-08") == [
        ("6.1%", None, None, None),
        ("1.2个百分点", None, None, None),
    ]


def test_a_day_with_its_part_of_the_day_is_that_day() -> None:
    text = "7日上午，代表团举行全体会议，43家境内外媒体的96名记者到会采访。"
    assert [(f.metric, f.period, f.period_start) for f in read(text, "2024-03-08")] == [
        ("境内外媒体", "7日上午", "2024-03-07"),
        ("记者", "7日上午", "2024-03-07"),
    ]
    # a day still to come in the month of publication is last month's
    assert periods("28日下午，全市共接待游客12万人次。", "2024-03-02")[0][2:] == ("2024-02-28", "2024-02-28")
    # the day of an event or of a dateline is no period of the figures
    assert periods("在5日下午举行的记者会上，部长回答了12个问题。", "2024-03-08") == [
        ("12个", None, None, None)
    ]
    assert periods("北京3月7日电 全国已有31个省份出台方案。", "2024-03-08") == [("31个", None, None, None)]


def test_an_events_first_day_is_the_day_named_before_it() -> None:
    text = "这一幕出现在5日早晨的会场东侧走廊。大会首日，共有9位部长走上“部长通道”，回答了20多个问题。"
    got = read(text, "2024-03-06")
    assert [(f.metric, f.period, f.period_start, f.period_end) for f in got] == [
        ("部长", "首日", "2024-03-05", "2024-03-05"),
        ("问题", "首日", "2024-03-05", "2024-03-05"),
    ]
    # no day named: the first day is not guessed
    assert periods("大会首日，共有9位部长接受采访。", "2024-03-06") == [("9位", "首日", None, None)]


def test_a_decade_frame_gives_way_to_values_of_their_own_year() -> None:
    text = "十年间，仅失业保险参保人数就增加了7000万人。"
    got = read(text, "2023-08-20")
    assert [(f.metric, f.period, f.period_start) for f in got] == [("失业保险参保人数", "十年间", None)]


# --- metrics a conversational sentence hides --------------------------------------------------------------


def test_a_target_set_for_something_and_a_word_pointing_back() -> None:
    assert metrics("报告首次对今年居民消费价格涨幅目标提出3%左右。") == [("3%左右", "居民消费价格涨幅目标")]
    text = (
        "规划确定今后五年单位国内生产总值能耗的降低目标，就是累计降低13.5%。"
        "我们注意到，这个数字比上一个五年规划提高了0.5个百分点。"
    )
    assert metrics(text) == [
        ("13.5%", "单位国内生产总值能耗的降低目标"),
        ("0.5个百分点", "单位国内生产总值能耗的降低目标"),
    ]
    # 数字 with a name of its own is a name (数字经济)
    assert metrics("全省数字经济规模达到2.1万亿元。") == [("2.1万亿元", "全省数字经济规模")]


def test_people_named_one_by_one_are_no_metric_of_their_count() -> None:
    text = "其中，以新组建部门的负责人居多，包括张某某、李某、王某某和赵某4位。"
    assert metrics(text) == [("4位", "新组建部门的负责人")]
    # the thing counted written after the number is it
    assert metrics("今年首场发布会共邀请了张某、李某某和王某3位发言人。") == [("3位", "发言人")]
    # places are no people: 4个城市 keeps its own count
    assert metrics("北京、上海、广州和深圳4个城市入选。") == [("4个", "城市")]


def test_a_length_said_inside_a_clause_is_the_length_of_the_thing_named() -> None:
    text = "部长们依旧在北大厅一段长度约80米的走廊上接受采访。"
    assert metrics(text) == [("约80米", "走廊长度")]
    # an area that is the clause's own subject stays whole
    assert metrics("主展馆面积达到5.6万平方米。") == [("5.6万平方米", "主展馆面积")]


def test_a_rate_after_de_and_fragments_of_speech() -> None:
    text = "我们的经济规模在不断扩大，5%的速度使经济总量每年增加6万亿元，实现有质量的5%的增长速度并不容易。"
    got = metrics(text)
    assert got[0] == ("5%", "速度") and got[2] == ("5%", "增长速度")
    assert metrics("去年，全省的经济正增长2.3%。") == [("2.3%", "全省经济")]
    # 的 between longer words stays
    assert metrics("有出口业绩的民营企业数量为7.3万家。") == [("7.3万家", "有出口业绩的民营企业数量")]


def test_a_bit_more_is_no_thing_counted_and_a_conversion_is_said_as_such() -> None:
    text = "现在我们人均也就是9000元多一点，折合成美元也就是大体是1200多美元，不到1300美元。"
    got = read(text, "2005-03-08")
    assert [(f.text, f.metric) for f in got] == [
        ("9000元", "人均"),
        ("1200多美元", "人均"),
        ("不到1300美元", "人均"),
    ]
    assert got[1].comparison == "折合成美元"


def test_a_value_against_its_target_names_what_the_target_was_for() -> None:
    got = read("去年进出口预期的目标是5%，实际增长2.1%。", "2024-03-15")
    assert [(f.metric, f.comparison) for f in got] == [("进出口预期的目标", None), ("进出口", "实际增长")]


def test_an_average_per_year_or_household_is_part_of_the_metric_and_jun_of_all_is_not() -> None:
    assert metrics("十年来，城镇新增就业年均1300万人。") == [("1300万人", "城镇新增就业年均")]
    assert metrics("全省户均储蓄存款均超过8万元。") == [("超过8万元", "全省户均储蓄存款")]
    assert metrics("东西两区用电量均增长5%。") == [("5%", "东西两区用电量")]


def test_a_target_named_bare_takes_the_thing_a_clause_before_names() -> None:
    text = "上年还有一项指标未能完成，也就是外贸出口的指标没完成，去年预期的目标是8%，而实际是下降3%。"
    got = read(text, "2024-03-15")
    assert [(f.metric, f.period) for f in got] == [("外贸出口预期目标", "去年"), ("外贸出口", "去年")]
    # a count of targets or an adjective names no thing: the bare target stays
    text = "去年有两项重要指标没有完成，预期的目标是8%，实际增长3%。"
    assert [f.metric for f in read(text, "2024-03-15")] == ["预期目标", "预期目标"]


def test_the_count_of_people_stops_at_what_they_do() -> None:
    assert metrics("会议首日，就有6位委员主动走到镜头前。") == [("6位", "委员")]
    assert metrics("共有8位部长接受采访，回答了30多个问题。") == [("8位", "部长"), ("30多个", "问题")]
    # 就业 starts a noun, not the verb that stops one
    assert metrics("全市新增12万个就业岗位。") == [("12万个", "就业岗位")]


# --- traditional characters, spoken -------------------------------------------------------------------------


def test_traditional_counts_of_items_cut_with_verbs_of_speech() -> None:
    text = "比如說總理已經講了，專項轉移支付要壓減三分之一，現在有300項，我們報告中講了壓到200項左右，咱們算算賬，三分之一得壓到200項。"
    got = read(text, "2024-03-15")
    assert [(f.text, f.unit, f.metric) for f in got] == [
        ("三分之一", "%", "專項轉移支付"),
        ("300項", "項", "專項轉移支付"),
        ("200項左右", "項", "專項轉移支付"),
        ("三分之一", "%", "專項轉移支付"),
        ("200項", "項", "專項轉移支付"),
    ]
    assert [f.comparison for f in got] == ["壓減", None, "壓到", None, "壓到"]
