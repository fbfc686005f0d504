"""Round 15 of the figures issue: invented sentences in the image of the fifteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str | None = "2019-03-20") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def periods(
    text: str, day: str | None = "2019-03-20"
) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- events as periods: the national two sessions resolve to their days, 春运 is a period with no dates ---


def test_the_two_sessions_of_a_year_written_resolve_to_their_days() -> None:
    got = periods("另据统计，2015年全国两会期间，代表通道共开放7次，接受采访42人次。", "2016-03-01")
    assert got == [
        ("7次", "2015年全国两会期间", "2015-03-03", "2015-03-15"),
        ("42人次", "2015年全国两会期间", "2015-03-03", "2015-03-15"),
    ]


def test_this_years_sessions_are_those_of_the_page() -> None:
    got = periods("本次全国两会共有超过2600名境内外记者报名采访。", "2021-03-06")
    assert got[0][1:] == ("本次全国两会", "2021-03-04", "2021-03-11")
    assert periods("两会期间，组委会接待来访者1800人。", "2020-05-25")[0][2:] == ("2020-05-21", "2020-05-28")


def test_a_year_without_a_known_session_is_left_open_and_the_spirit_of_the_sessions_is_no_period() -> None:
    assert periods("2031年全国两会期间，通道开放6次。", "2031-03-20")[0][1:] == (
        "2031年全国两会期间",
        None,
        None,
    )
    got = periods("各地学习两会精神，今年一季度全省投资增长6.1%。")
    assert got[0][1:] == ("今年一季度", "2019-01-01", "2019-03-31")


def test_spring_travel_names_the_period_of_the_figures_after_it() -> None:
    got = periods("春运35天，全国铁路累计发送旅客4.1亿人次，公路自驾出行约占七成。", "2019-03-05")
    assert [(p[0], p[1]) for p in got] == [("4.1亿人次", "春运35天"), ("七成", "春运35天")]
    assert periods("今年春运，民航运送旅客7300万人次。", "2019-03-05")[0][1] == "今年春运"


def test_spring_travel_as_a_word_in_a_name_is_no_period() -> None:
    # look-alike: 春运工作 is a task, and the period is the month written
    got = periods("在春运工作会议上获悉，2月份全市客运量达到520万人次。", "2019-03-05")
    assert got[0][1:] == ("2月份", "2019-02-01", "2019-02-28")


# --- the range a first or a record is over is no period of the figures after it ---------------------------


def test_a_first_since_a_year_leaves_the_year_in_force() -> None:
    for frame in ("自2012年来首次回升", "自2012年以来首次回升", "为2012年以来最高"):
        text = f"2018年全省经济年报中，工业增速{frame}；全省经济总量首次超过6万亿元，达到61275亿元。"
        got = periods(text, "2019-01-22")
        assert [p[1:] for p in got] == [("2018年", "2018-01-01", "2018-12-31")] * 2, frame


def test_a_year_since_which_figures_add_up_is_still_their_period() -> None:
    # look-alike: no first or record after 以来, the figures are counted from that year on
    got = periods("自2014年以来，全区累计新增城镇就业37万人。", "2019-01-22")
    assert got[0][1:] == ("自2014年以来", "2014-01-01", None)


def test_a_years_sessions_without_during_count_for_the_year() -> None:
    # look-alikes of the sessions' days: what a year's sessions add up to is keyed to the year
    got = periods("至此，今年全国两会共举行18场记者会。", "2018-03-20")
    assert got[0][1:] == ("今年", "2018-01-01", "2018-12-31")
    got = periods("在2013年两会总理记者会上，14个问题中有9个与民生有关。", "2018-03-20")
    assert got[0][1:] == ("2013年", "2013-01-01", "2013-12-31")


# --- a rank after the amount is no metric: the amount measures the topic the sentence opens on -------------


def metrics(text: str, day: str | None = "2019-03-20") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, day)]


def test_an_amount_a_rank_is_by_measures_the_topic() -> None:
    text = (
        "对外投资方面，我省以420亿美元排在第五位，结构更趋均衡。境外融资方面，我省以310亿美元位列全国第七位。"
    )
    assert metrics(text) == [("420亿美元", "对外投资"), ("310亿美元", "境外融资")]


def test_a_rank_never_stands_as_the_metric() -> None:
    got = metrics("从规模看，该市以2.6万亿元位居全国第四。")
    assert got[0][1] is not None and "位居" not in got[0][1]
    # look-alike: a counted thing after the number is still the metric
    assert metrics("全市新设立50亿元产业引导基金。")[0][1] == "产业引导基金"


# --- verb fragments: 首 before 超, a change of level written 由…变为… ---------------------------------------


def test_first_before_a_verb_is_no_part_of_the_subject() -> None:
    got = metrics("从前三季度看，甲省、乙省首超4万亿元；丙省首超3万亿元。", "2018-10-25")
    assert [m for _, m in got] == ["甲省、乙省", "丙省"]
    # look-alike: a noun ending in 首 keeps it
    assert metrics("位居榜首的企业营收120亿元。")[0][1] != "位居榜"


def test_a_level_that_became_another_keeps_the_subject() -> None:
    got = metrics("丁省也由上年同期3%的增长变为6.4%的增长，加快3.4个百分点。", "2018-10-25")
    assert [m for _, m in got] == ["丁省"] * 3
    # look-alike: a target changed to a value still names the target
    assert (metrics("全区的增长目标由7%调整为6.5%。")[-1][1] or "").endswith("增长目标")


# --- an undated page about a year that also writes the next year and says 今年 was written in the next ------


def test_an_undated_page_that_writes_the_next_year_and_says_this_year_is_of_the_next_year() -> None:
    text = (
        "如何看待2020年的经济表现？2021年形势怎么看？2020年全省生产总值达4.3万亿元，全年物价上涨2.1%。"
        "2021年是新规划的开局之年。今年全省预期增长6%左右，从今年前两个月看，2月份制造业指数升至51.3%。"
    )
    got = {p[0]: p[2:] for p in periods(text, None)}
    assert got["4.3万亿元"] == ("2020-01-01", "2020-12-31")
    assert got["6%左右"] == ("2021-01-01", "2021-12-31")
    assert got["51.3%"] == ("2021-02-01", "2021-02-28")


def test_an_undated_page_that_says_this_year_of_the_one_it_reports_keeps_it() -> None:
    # look-alike: no later year written, 今年 is the year reported on
    text = "2020年全省生产总值达4.3万亿元。今年以来，全省新增市场主体12万户。"
    got = {p[0]: p[2:] for p in periods(text, None)}
    assert got["4.3万亿元"] == ("2020-01-01", "2020-12-31")
    assert got["12万户"][0] == "2020-01-01"


def test_a_year_end_page_that_plans_the_next_year_keeps_this_year() -> None:
    # look-alike: the next year is written only as the work to plan, far from 今年
    text = (
        "会议回顾了2014年全省商务工作，研究部署2015年的商务工作，并听取各地代表的发言和讨论意见。"
        "2014年全省外贸进出口总额达到3200亿美元。今年受多重灾害影响，全省调运救灾物资4.5万吨。"
    )
    got = {p[0]: p[2:] for p in periods(text, None)}
    assert got["3200亿美元"] == ("2014-01-01", "2014-12-31")
    assert got["4.5万吨"] == ("2014-01-01", "2014-12-31")


# --- a target set with 把…放在: the thing set is the metric ---------------------------------------------


def test_a_target_put_at_a_range_names_what_is_put() -> None:
    got = metrics("尽管我们把GDP放在了6.5%到7%，但还是把居民收入放到了7%和8%。", "2017-03-08")
    assert [m for _, m in got] == ["GDP", "GDP", "居民收入", "居民收入"]
    # look-alike: 放在 without 把 is no target set
    assert metrics("全省重点放在投资上，全年投资增长9%。", "2017-03-08")[0][1] != "全省重点"


# --- values: a yield per area, 港币, a class's bound and an idiom are not what they look like -------------


def values(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in figures(text, None)]


def test_a_yield_per_area_is_one_unit_and_hong_kong_dollars_are_a_currency() -> None:
    assert values("全省秋粮单产412.5公斤/亩，总产增加8.6亿斤。")[0] == ("412.5公斤/亩", 412.5, "公斤/亩")
    assert values("南向资金累计净买入318.4亿港币。") == [("318.4亿港币", 31840000000.0, "港币")]
    # look-alike: a mass with no area after it keeps its unit
    assert values("每户平均储粮620公斤。") == [("620公斤", 620.0, "公斤")]


def test_the_bound_of_a_class_counted_is_no_figure() -> None:
    assert values("全市在建项目中投资在五千万元以上的有260多个。") == [("260多个", 260.0, "个")]
    # look-alike: a bound said of the subject itself stays a figure
    assert [v[0] for v in values("单个项目投资在8000万元以上，全年完成投资15亿元。")] == [
        "8000万元以上",
        "15亿元",
    ]


def test_an_idiom_of_weights_is_no_figure() -> None:
    assert values("财政资金发挥了“四两拨千斤”的撬动作用。") == []
    # look-alike: money allotted (下拨) right before a number is a figure
    assert values("省财政下拨救灾资金2000万元。") == [("2000万元", 20000000.0, "元")]


def test_a_number_cut_off_where_the_page_ends_is_no_figure() -> None:
    assert values("9月份，全国城镇调查失业率比上月下降0.\n") == []
    # look-alike: a full value before the end stays
    assert values("9月份，全国城镇调查失业率比上月下降0.3个百分点.") == [("0.3个百分点", 0.3, "个百分点")]


# --- a comparison with a list of economies: each value its own --------------------------------------------


def test_values_after_a_list_compared_with_go_one_to_each_name() -> None:
    text = "上半年，全国经济增速为7.1%，明显高于甲国、乙国、丙国等主要经济体4.2%、1.9%、2.6%的经济增速。"
    assert metrics(text, "2022-07-15") == [
        ("7.1%", "全国经济增速"),
        ("4.2%", "甲国经济增速"),
        ("1.9%", "乙国经济增速"),
        ("2.6%", "丙国经济增速"),
    ]


def test_a_list_compared_with_of_another_size_keeps_the_shared_metric() -> None:
    # look-alike: two names, three values - no pairing
    got = metrics("全省增速高于甲省、乙省等地区4.2%、1.9%、2.6%的增速。", "2022-07-15")
    assert not any(m and m.startswith(("甲省", "乙省")) for _, m in got)


# --- a period looked from (从前三季度GDP增速来看，) governs the list after it ---------------------------------


def test_a_period_looked_from_with_its_measure_governs_the_list_after() -> None:
    text = "从上半年地区生产总值增速来看，排在前列的分别是：甲省11.2%、乙省10.4%、丙省9.6%。"
    got = periods(text, "2022-07-28")
    assert [p[1:] for p in got] == [("上半年", "2022-01-01", "2022-06-30")] * 3


def test_a_base_before_a_viewpoint_is_still_a_base() -> None:
    # look-alike: 比 makes the period a base, whatever comes after it
    got = periods("一季度，全省投资比上年同期增长6.5%。", "2022-04-20")
    assert got[0][1:] == ("一季度", "2022-01-01", "2022-03-31")


# --- a reporting or perception frame before a figure said again is no metric ------------------------------


def test_a_perception_frame_before_a_value_is_no_metric() -> None:
    text = "去年全市经济增速为5.4%。在这样的环境下，大家会发现5.4%并不低。他强调要客观地看待5.4%这个数字。"
    assert metrics(text, "2020-01-20") == [("5.4%", "全市经济增速")] * 3


def test_a_thing_found_after_the_verb_is_still_counted() -> None:
    # look-alike: 发现 with the counted thing after the number
    assert metrics("此次检查共发现85处安全隐患。") == [("85处", "安全隐患")]


def test_a_clause_that_says_its_subject_moved_hands_it_to_the_next() -> None:
    text = "全年物价指数仅上涨1.8%；登记失业率各月有所波动，年末降至3.6%。"
    assert metrics(text, "2020-03-10") == [("1.8%", "物价指数"), ("3.6%", "登记失业率")]
    # look-alike: a clause with no subject of its own and no clause between keeps the metric before
    assert metrics("全年物价指数上涨1.8%，涨幅比上年回落0.4个百分点。", "2020-03-10")[1][1] != "登记失业率"


# --- a year's target with its value right after it is of the year, not of the months before ---------------


def test_a_target_of_the_year_with_its_value_is_of_the_whole_year() -> None:
    got = periods("1-6月份，全市新增就业5.2万人，全年目标任务9万人完成过半。", "2020-07-20")
    assert got[0][1:] == ("1-6月份", "2020-01-01", "2020-06-30")
    assert got[1][1:] == ("全年", "2020-01-01", "2020-12-31")


def test_a_target_of_the_year_without_a_value_is_no_period() -> None:
    # look-alike: 全年目标任务 said of progress, the value after is of the months
    got = periods("1-6月份，全年目标任务过半，全市新增就业5.2万人。", "2020-07-20")
    assert got[0][1:] == ("1-6月份", "2020-01-01", "2020-06-30")


# --- a base with its rate and its own value (比今年一季度GDP增速-1.3%略好) gives that value its period -------


def test_a_base_named_with_its_rate_and_value_is_that_values_period() -> None:
    text = "2018年上半年，甲市GDP同比增速为-0.6%，虽然比今年一季度GDP增速-1.1%略好，但仍是负增长。"
    got = periods(text, "2018-08-01")
    assert got[0][1:] == ("2018年上半年", "2018-01-01", "2018-06-30")
    assert got[1][1:] == ("今年一季度", "2018-01-01", "2018-03-31")


def test_a_base_before_a_change_is_still_only_a_base() -> None:
    # look-alike: 比一季度增速加快 is a change from the base, of the period in force
    got = periods("上半年，全省GDP比上年同期增长6.1%，比一季度增速加快0.3个百分点。", "2018-08-01")
    assert [p[1] for p in got] == ["上半年", "上半年"]


# --- an adverb of habit after a share, a clause that says its subject grew fast -------------------------


def test_an_adverb_of_habit_is_no_part_of_the_metric() -> None:
    assert metrics("对于债券资产，新兴经济体占比通常在15%以下。")[0][1] == "新兴经济体占比"


def test_a_subject_said_to_grow_fast_hands_itself_to_the_change_after() -> None:
    text = "海外资产占比持续上升，尤其是股权投资占比增长迅速，由2010年末的4%增加至2019年末的18%。"
    assert metrics(text, "2020-06-30") == [("4%", "股权投资占比"), ("18%", "股权投资占比")]
