"""Figures on the held-out half of the ninth set (issue 11, round 9).

A bare year (全年, 今年) written after a period that already says it: the year by number in the same sentence
(``2023年，…全年…``) or a cut-off inside it (``截至5月6日，今年…``) is the figure's period. Every text is
written for this file (names, numbers and wording invented), each class with look-alikes that must keep the
later period.
"""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2024-03-06") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def dates(text: str, day: str = "2024-03-06") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a bare 全年 after the year by number ------------------------------------------------------------------


def test_look_alike_quan_nian_opening_its_own_sentence_stays_as_written() -> None:
    # as written, with the year its paragraph named before it (round 22): never the year alone
    text = "发言人说，2023年，本市经济稳步回升。全年地区生产总值达到8.6万亿元，增速为5.4%。"
    assert dates(text) == [
        ("8.6万亿元", "2023年全年", "2023-01-01", "2023-12-31"),
        ("5.4%", "2023年全年", "2023-01-01", "2023-12-31"),
    ]


def test_quan_nian_in_the_same_sentence_as_the_year_keeps_the_year() -> None:
    text = "2022年，该省全年研发经费投入达到3100亿元，占地区生产总值比重2.9%。"
    assert dates(text, "2023-06-01") == [
        ("3100亿元", "2022年", "2022-01-01", "2022-12-31"),
        ("2.9%", "2022年", "2022-01-01", "2022-12-31"),
    ]


def test_look_alike_quan_nian_after_a_quarter_is_the_whole_year_not_the_quarter() -> None:
    text = "2023年一季度，全省出口增长4.1%，全年预计增长6%左右。"
    got = dates(text, "2023-05-10")
    assert got[0] == ("4.1%", "2023年一季度", "2023-01-01", "2023-03-31")
    assert got[1][1] == "2023年全年"
    assert (got[1][2], got[1][3]) == ("2023-01-01", "2023-12-31")


def test_look_alike_quan_nian_of_another_year_is_not_replaced() -> None:
    text = "2019年，全市接待游客1.2亿人次。今年一季度增长30%，全年有望突破1.5亿人次。"
    got = dates(text, "2023-04-20")
    assert got[0] == ("1.2亿人次", "2019年", "2019-01-01", "2019-12-31")
    assert got[-1][1] == "全年" and got[-1][2] == "2023-01-01"


# --- a cut-off before 今年 -----------------------------------------------------------------------------


def test_a_cut_off_before_jin_nian_is_the_period_and_carries_on() -> None:
    text = "截至5月6日，今年论坛期间已有9位嘉宾登台发言。他们一共回答了听众的34个提问。"
    assert dates(text, "2024-05-08") == [
        ("9位", "截至5月6日", None, "2024-05-06"),
        ("34个", "截至5月6日", None, "2024-05-06"),
    ]


def test_look_alike_jin_nian_first_then_a_cut_off_keeps_the_cut_off() -> None:
    text = "今年以来全区新设企业持续增加，截至4月底共新设企业2300家。"
    got = dates(text, "2024-05-08")
    assert got == [("2300家", "截至4月底", None, "2024-04-30")]


def test_look_alike_a_cut_off_of_last_year_does_not_hold_this_year() -> None:
    text = "截至去年底，全县共有养老机构48家；今年新建12家。"
    got = dates(text, "2024-05-08")
    assert got[0] == ("48家", "截至去年底", None, "2023-12-31")
    assert got[1] == ("12家", "今年", "2024-01-01", "2024-12-31")


def test_look_alike_quan_nian_glued_to_its_value_is_the_target_year_as_written() -> None:
    text = "2023年，全区生产总值增长7.2%，超额完成全年6.5%左右的预期目标。"
    got = dates(text, "2024-01-20")
    assert got[0] == ("7.2%", "2023年", "2023-01-01", "2023-12-31")
    assert got[1][:2] == ("6.5%左右", "2023年全年")


# --- 但到 a later year, after an earlier one ------------------------------------------------------------


def test_a_later_year_after_a_connective_and_dao_is_the_period_of_what_follows() -> None:
    text = "早在1985年，全省生产总值只有312.5亿元，但到2021年已增至10234亿元。"
    assert dates(text, "2022-06-01") == [
        ("312.5亿元", "1985年", "1985-01-01", "1985-12-31"),
        ("10234亿元", "到2021年", "2021-01-01", "2021-12-31"),
    ]


def test_look_alike_dao_after_a_noun_is_not_a_period_of_its_own() -> None:
    text = "2023年，某县从300人扩招到2024年的计划名额仍为450人。"
    assert [period for _, period, _, _ in dates(text, "2023-06-01")] == ["2023年", "2023年"]


# --- ages that are what is measured --------------------------------------------------------------------


def values(text: str, day: str = "2024-03-06") -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.metric) for f in figures(text, day)]


def test_a_life_expectancy_from_one_age_to_another_gives_two_ages() -> None:
    text = "十年来，全市居民平均预期寿命从71.2岁提高到79.6岁。"
    assert values(text) == [
        ("71.2岁", 71.2, "岁", "全市居民平均预期寿命"),
        ("79.6岁", 79.6, "岁", "全市居民平均预期寿命"),
    ]


def test_an_average_age_is_a_figure() -> None:
    assert values("新入职教师平均年龄为29.5岁。") == [("29.5岁", 29.5, "岁", "新入职教师平均年龄")]


def test_look_alike_age_bands_and_a_persons_age_are_not_figures() -> None:
    assert [f.text for f in figures("全县16—24岁青年失业率为12.1%，60岁及以上人口占21.3%。")] == [
        "12.1%",
        "21.3%",
    ]
    assert figures("他不到18岁就进厂当了学徒。") == []
    assert [f.text for f in figures("年龄在25—59岁的劳动力调查失业率为4.3%。")] == ["4.3%"]


# --- basis points, and the term of an operation ----------------------------------------------------------


def test_basis_points_are_a_unit_and_the_rate_after_them_a_figure_of_its_own() -> None:
    text = "5月20日，银行间市场利率多数上行，其中隔夜利率上行12.4个基点报1.856%。"
    assert [(f.text, f.value, f.unit) for f in figures(text, "2023-06-01")] == [
        ("12.4个基点", 12.4, "个基点"),
        ("1.856%", 1.856, "%"),
    ]


def test_the_term_of_an_operation_is_not_a_figure_but_a_time_limit_cut_is() -> None:
    text = "当日还开展了200亿元逆回购操作，期限14天，利率2.1%。"
    assert [f.text for f in figures(text, "2023-06-01")] == ["200亿元", "2.1%"]
    assert [f.text for f in figures("企业开办审批期限压缩至3个工作日。", "2023-06-01")] == ["3个工作日"]


# --- a year reached after its subject ----------------------------------------------------------------------


def test_a_year_reached_after_its_subject_is_the_period_and_not_part_of_the_metric() -> None:
    text = "2012年全县森林覆盖率为41.2%，覆盖率到2022年更是首次突破55%。"
    got = [(f.text, f.metric, f.period, f.period_start) for f in figures(text, "2023-06-01")]
    assert got == [
        ("41.2%", "全县森林覆盖率", "2012年", "2012-01-01"),
        ("突破55%", "覆盖率", "到2022年", "2022-01-01"),
    ]


def test_look_alike_a_range_end_with_dao_after_a_noun_is_not_a_period() -> None:
    text = "2021年，该市开通地铁线路从8条增加到12条。"
    assert [(f.text, f.period) for f in figures(text, "2022-03-01")] == [
        ("8条", "2021年"),
        ("12条", "2021年"),
    ]


# --- a count of people said to exist, and what they do -------------------------------------------------


def test_people_counted_with_no_subject_are_measured_by_what_they_do() -> None:
    text = "全市人均预期寿命达到80.1岁。目前，有近2亿人经常参加户外运动，参保人口超过9亿。"
    got = [(f.text, f.metric) for f in figures(text, "2023-06-01")]
    assert got[1] == ("近2亿人", "经常参加户外运动")
    assert got[2] == ("超过9亿", "参保人口")


def test_look_alike_counted_firms_with_a_noun_keep_the_noun() -> None:
    assert [(f.text, f.metric) for f in figures("其中有1200家企业参加了培训。", "2023-06-01")] == [
        ("1200家", "企业")
    ]


# --- a round threshold written without digits -------------------------------------------------------------


def test_a_round_threshold_passed_without_digits_is_a_figure() -> None:
    text = "但到2021年全省生产总值已突破百万亿，增长至1002340亿元。"
    got = [(f.value, f.unit, f.metric, f.approx) for f in figures(text, "2023-06-01")]
    assert got[0] == (1e14, "", "全省生产总值", "over")
    assert [(f.value, f.metric) for f in figures("某市GDP已破千亿！", "2023-06-01")] == [(1e11, "某市GDP")]


def test_look_alike_round_numbers_in_names_and_sayings_are_not_figures() -> None:
    assert figures("百万雄师过大江，千万人口大市。", "2023-06-01") == []
    assert [f.text for f in figures("打造千亿级产业集群3个。", "2023-06-01")] == ["3个"]


# --- a span of years written before a multiple ---------------------------------------------------------


def test_a_span_of_years_before_a_growth_is_its_period_not_its_metric() -> None:
    text = "早在1985年，全省生产总值只有312.5亿元，但到2021年已增至10234亿元，30多年增长了约32倍。"
    got = [(f.text, f.metric, f.period) for f in figures(text, "2023-06-01")]
    assert got[-1] == ("约32倍", "全省生产总值", "30多年")


def test_look_alike_a_four_digit_year_before_a_growth_stays_a_year() -> None:
    got = [
        (f.text, f.period, f.period_start) for f in figures("2023年全省粮食产量增长了3.1%。", "2024-02-01")
    ]
    assert got == [("3.1%", "2023年", "2023-01-01")]


# --- 当月 ----------------------------------------------------------------------------------------------


def test_dang_yue_is_the_month_of_publication_when_nothing_is_named_before() -> None:
    text = "从操作量看，因当月到期量为6000亿元，此次操作实现了完全对冲。"
    assert dates(text, "2021-09-15") == [("6000亿元", "当月", "2021-09-01", "2021-09-30")]


def test_dang_yue_after_a_named_month_is_that_month() -> None:
    text = "今年5月，全省新增贷款980亿元。当月新增存款1100亿元。"
    assert dates(text, "2021-09-15")[-1] == ("1100亿元", "当月", "2021-05-01", "2021-05-31")


def test_look_alike_a_month_written_with_dang_yue_keeps_the_month() -> None:
    assert dates("6月当月出口增长5%。", "2021-09-15") == [("5%", "6月", "2021-06-01", "2021-06-30")]


# --- a range of years that ends on a relative year ----------------------------------------------------------


def test_a_range_from_a_year_to_last_year_is_one_period() -> None:
    got = [
        (f.metric, f.period, f.period_start, f.period_end)
        for f in figures("1960年至去年全省GDP增长95倍", "2019-09-15")
    ]
    assert got == [("全省GDP", "1960年至去年", "1960-01-01", "2018-12-31")]


def test_look_alike_a_year_then_last_year_in_two_clauses_are_two_periods() -> None:
    text = "1960年全省GDP仅为12亿元，去年达到9500亿元。"
    got = [(f.text, f.period) for f in figures(text, "2019-09-15")]
    assert got == [("12亿元", "1960年"), ("9500亿元", "去年")]


def test_dang_yue_after_its_month_in_one_clause_keeps_the_month_named() -> None:
    text = "受天气影响，2月全省用电量当月同比下降6.3%，3月回升4.1%。"
    assert [(f.text, f.period) for f in figures(text, "2021-05-10")] == [("6.3%", "2月"), ("4.1%", "3月")]
