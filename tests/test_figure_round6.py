"""Figures on messy real pages (issue 11, round 6): classes seen on the wave7 pages.

Every text is written for this file in the image of what those pages showed (names, numbers and wording
invented), each class with look-alikes that must not be read the same way.
"""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def periods(text: str, day: str = "2019-07-16") -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (f.text, f.period, f.period_start, f.period_end)
        for f in extract_text(text, dt.date.fromisoformat(day))
    ]


# --- a whole, then its parts: the whole goes on after the sentence ----------------------------------------


def test_a_whole_broken_into_its_quarters_goes_on_to_the_next_sentence() -> None:
    text = (
        "上半年全省生产总值8120亿元，同比增长6.4%；其中，一季度增长6.1%，二季度增长6.7%。"
        "分行业看，农业增加值530亿元，增长2.9%。"
    )
    h1 = ("上半年", "2019-01-01", "2019-06-30")
    assert periods(text) == [
        ("8120亿元", *h1),
        ("6.4%", *h1),
        ("6.1%", "一季度", "2019-01-01", "2019-03-31"),
        ("6.7%", "二季度", "2019-04-01", "2019-06-30"),
        ("530亿元", *h1),
        ("2.9%", *h1),
    ]


def test_parts_without_a_whole_before_them_still_carry_nothing() -> None:
    # look-alike: two quarters side by side, no whole named first: neither goes on
    text = "一季度出口增长3.2%，二季度出口增长5.5%。服务贸易额410亿元。"
    assert periods(text)[-1] == ("410亿元", None, None, None)


def test_two_wholes_of_one_kind_are_a_breakdown_not_a_whole_and_parts() -> None:
    # look-alike: 上半年 and 下半年 are two parts of the year, not a whole and its parts
    text = "上半年投资增长4.1%，下半年投资增长6.3%，其中三季度增长5.8%。新开工项目1200个。"
    assert periods(text)[-1] == ("1200个", None, None, None)


# --- a budget's year is its figures' period ---------------------------------------------------------------


def test_the_year_of_a_budget_is_the_period_of_what_it_sets_aside() -> None:
    text = (
        "部长介绍，今年中央财政预算安排进一步向基层倾斜。"
        "拟安排县级财力补助资金1650多亿元，还安排专项奖补资金120亿元。"
    )
    year = ("今年", "2019-01-01", "2019-12-31")
    assert periods(text) == [("1650多亿元", *year), ("120亿元", *year)]


def test_a_plan_or_target_of_the_year_still_names_no_period() -> None:
    # look-alike kept: 今年计划 is a plan, not the period of the figure the sentence counts
    got = periods("今年计划新开工的项目中，已有86个完成审批。")
    assert got == [("86个", None, None, None)]


# --- a target reached: its period and its name -------------------------------------------------------------


def metrics(text: str, day: str = "2022-07-20") -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.metric, f.period) for f in extract_text(text, dt.date.fromisoformat(day))]


def test_the_period_written_after_the_verb_reach_is_the_targets() -> None:
    # 达到 is a verb (reach), its 到 no start of 到年底: 全年 is the period of the target after it
    got = metrics("下半年至少要增长7%才能达到全年4.5%的增速目标。")
    assert got == [("7%", None, "下半年"), ("4.5%", "增速目标", "全年")]


def test_a_target_of_growth_after_its_value_is_the_metric_and_a_wish_opens_no_subject() -> None:
    got = metrics("我们要想实现全年6.5%的增长目标，还要加把劲。")
    assert got == [("6.5%", "增长目标", "全年")]


def test_reaching_a_base_still_is_a_base_and_a_deadline_still_a_target() -> None:
    # look-alikes: 达到去年同期的95% (a base with 的), 到年底达到85% (到 of a deadline)
    assert metrics("出口额达到去年同期的95%。") == [("95%", "出口额", None)]
    assert metrics("到年底达到85%。")[0][2] == "到年底"


def test_only_then_is_no_thing_counted_and_talent_still_is() -> None:
    assert metrics("投资需要增长9%才能拉动就业。")[0][1] == "投资"
    assert metrics("四季度还需要增长9%才能拉动就业。")[0][1] is None
    assert metrics("全市引进1200名高层次人才。")[0][1] == "高层次人才"


def test_a_value_compared_with_is_of_the_period_written_right_before_it() -> None:
    text = "前三季度，全市调查失业率平均为5.1%，低于全年5.5%左右的预期目标。"
    assert metrics(text, "2021-10-18") == [
        ("5.1%", "全市调查失业率平均", "前三季度"),
        ("5.5%左右", "预期目标", "全年"),
    ]


def test_a_base_with_its_own_de_is_not_read_as_the_period_of_the_value() -> None:
    # look-alike: 高于去年同期的6% keeps the frame of the sentence, as before
    assert metrics("前三季度，出口增长8%，高于去年同期的6%。", "2021-10-18")[1][2] == "前三季度"


# --- verbs left at the end of a subject ---------------------------------------------------------------------


def test_a_cut_said_with_jian_alone_is_the_comparison_not_part_of_the_metric() -> None:
    got = extract_text("新标准实施后，企业社保缴费一年大约要减1,600亿元。", dt.date(2019, 4, 1))
    assert [(f.text, f.metric, f.comparison) for f in got] == [("1,600亿元", "企业社保缴费一年", "减")]


def test_jian_inside_a_noun_stays_in_the_metric() -> None:
    # look-alike: 减税降费 is the thing measured, 减 no verb of change
    got = extract_text("今年以来新增减税降费8600亿元。", dt.date(2019, 10, 1))
    assert [f.metric for f in got] == ["减税降费"]


def test_a_value_set_per_unit_keeps_the_unit_and_drops_the_verb() -> None:
    got = extract_text("新办法实施后，困难补助标准确定为每人1800元。", dt.date(2019, 4, 1))
    assert [(f.text, f.metric) for f in got] == [("1800元", "困难补助标准每人")]


# --- what is written after a value ---------------------------------------------------------------------------


def test_whether_after_a_value_counts_nothing_and_the_subject_before_holds() -> None:
    got = extract_text("出口增速5%以下是否会成为常态？", dt.date(2015, 10, 19))
    assert [(f.text, f.metric) for f in got] == [("5%以下", "出口增速")]


def test_a_value_quoted_alone_names_the_thing_written_after_its_quote() -> None:
    got = extract_text("起草组介绍，“6%左右”目标的设定考虑了就业的需要。", dt.date(2023, 3, 5))
    assert [(f.text, f.metric) for f in got] == [("6%左右", "目标")]


def test_a_quote_opened_right_before_a_value_is_no_part_of_the_subject() -> None:
    got = extract_text("出口“增长8%”只是预期。", dt.date(2023, 3, 5))
    assert [f.metric for f in got] == ["出口"]


def test_containers_are_counted_in_twenty_foot_units() -> None:
    got = extract_text("一季度，新通道班列发送集装箱货物12万标箱，港口吞吐量3.4万TEU。", dt.date(2022, 4, 20))
    assert [(f.value, f.unit, f.period) for f in got] == [
        (120000.0, "标箱", "一季度"),
        (34000.0, "TEU", "一季度"),
    ]


# --- page furniture and a span of days ------------------------------------------------------------------------


def test_a_rating_widget_that_only_counts_up_is_no_figure() -> None:
    text = "为本文打分\n1分2分3分4分5分\n共有36人参与评分。"
    got = extract_text(text, dt.date(2016, 3, 14))
    assert [(f.text, f.value) for f in got] == [("36人", 36.0)]


def test_scores_in_a_sentence_are_figures_even_when_they_count_up() -> None:
    # look-alike: separated by 、 in a sentence, the same values are statistics
    got = extract_text("三个试点县分别得分1分、2分、3分。", dt.date(2016, 3, 14))
    assert [f.text for f in got] == ["1分", "2分", "3分"]


def test_a_span_of_days_writing_its_year_twice_is_one_period() -> None:
    text = "自2018年10月1日至2018年12月31日，每月减除费用五千元。"
    assert periods(text, "2018-08-31") == [
        ("五千元", "自2018年10月1日至2018年12月31日", "2018-10-01", "2018-12-31")
    ]
    text = "2018年12月1日至2019年1月31日，累计销售新能源车1.2万辆。"
    assert periods(text, "2019-02-10")[0][2:] == ("2018-12-01", "2019-01-31")
