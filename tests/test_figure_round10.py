"""Figures on every set of real pages (issue 11, round 10): metrics that are noun phrases, periods that are
the figure's.

Every text here is written for this file (names, numbers and wording invented), each class with look-alikes
that must not change.
"""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2024-03-06") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str, day: str = "2024-03-06") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, day)]


def dates(text: str, day: str = "2024-03-06") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a mirror's pinyin glosses ----------------------------------------------------------------------------


def test_a_glossed_metric_is_named_without_its_glosses_and_the_figure_as_written() -> None:
    text = "全縣糧食總產(chǎn)量達(dá)到41萬(wàn)噸，財(cái)政收入增長(zhǎng)6.3%。"
    got = figures(text)
    assert [(f.text, f.metric) for f in got] == [("41萬(wàn)噸", "全縣糧食總產量"), ("6.3%", "財政收入")]
    assert [text[f.start : f.end] for f in got] == ["41萬(wàn)噸", "6.3%"]


def test_look_alike_a_bracket_without_a_tone_mark_stays_in_the_metric() -> None:
    assert metrics("地區生產總值(GDP)增長6.1%。") == [("6.1%", "地區生產總值(GDP)")]


# --- a period in a clause that comments on the figure before ----------------------------------------------


def test_a_record_since_a_year_is_no_period_of_the_figures_after_it() -> None:
    text = "2023年，全市用电量增长9.2%，这是2015年以来的最高增幅；燃气消费增加2.1亿立方米，增速达到6%。"
    got = dates(text, "2024-01-20")
    assert got[1:] == [
        ("2.1亿立方米", "2023年", "2023-01-01", "2023-12-31"),
        ("6%", "2023年", "2023-01-01", "2023-12-31"),
    ]


def test_a_whole_year_inside_a_comment_does_not_replace_the_months_before() -> None:
    text = (
        "前10个月，全市税收收入增长4.2%，而且这是在全年减费让利800亿元的条件下实现的，工业企业利润增长7.5%。"
    )
    got = dates(text, "2023-11-20")
    assert got[0] == ("4.2%", "前10个月", "2023-01-01", "2023-10-31")
    assert got[-1] == ("7.5%", "前10个月", "2023-01-01", "2023-10-31")


def test_look_alike_a_since_period_of_its_own_clause_is_carried() -> None:
    text = "2016年以来，全市累计新增绿地1200公顷，建成公园85个。"
    assert [(t, p, s) for t, p, s, _ in dates(text)] == [
        ("1200公顷", "2016年以来", "2016-01-01"),
        ("85个", "2016年以来", "2016-01-01"),
    ]


# --- 全年 after a semicolon -------------------------------------------------------------------------------


def test_quan_nian_opening_a_statement_after_a_semicolon_stays_as_written() -> None:
    # the word as written, with the year the paragraph named before it (round 22: 2013年…全年)
    text = "2023年，全省发电量增长6.1%，这是近五年的最快增速；全年货运量增长4%左右，其中水运增长8.2%。"
    got = dates(text, "2024-02-01")
    assert got[1:] == [
        ("4%左右", "2023年全年", "2023-01-01", "2023-12-31"),
        ("8.2%", "2023年全年", "2023-01-01", "2023-12-31"),
    ]


def test_look_alike_quan_nian_after_a_comma_keeps_the_year_by_number() -> None:
    text = "2022年，该市全年进出口总额达到5200亿元，增长3.3%。"
    assert [p for _, p, _, _ in dates(text, "2023-03-01")] == ["2022年", "2022年"]


# --- metrics that are fragments ---------------------------------------------------------------------------


def test_a_connective_between_two_figures_is_no_part_of_the_next_metric() -> None:
    text = "明年还将新增减税降费1.2万亿元、新增地方专项债2.3万亿元和港口资金800亿元。"
    assert metrics(text) == [("1.2万亿元", "减税降费"), ("2.3万亿元", "地方专项债"), ("800亿元", "港口资金")]


def test_look_alike_words_that_start_like_a_connective_stay_whole() -> None:
    assert metrics("与会代表达到2100人。") == [("2100人", "与会代表")]
    assert metrics("及时办结率达到98%。") == [("98%", "及时办结率")]


def test_a_connective_at_the_end_of_a_candidate_is_dropped() -> None:
    got = metrics("联盟成员扩大到38家签署机构以及12家观察机构。")
    assert got[1][1] is not None and not got[1][1].endswith(("以及", "及"))


def test_a_frame_after_a_value_is_no_thing_it_counts() -> None:
    text = "这是在全年减费让利1.1万亿元的条件下实现的。"
    assert metrics(text) == [("1.1万亿元", "减费让利")]
    # look-alike: a thing counted after the value stays
    assert metrics("省财政设立300亿元的产业基金。") == [("300亿元", "产业基金")]


def test_a_judgement_and_a_closing_quote_end_the_thing_counted() -> None:
    assert metrics("“一季度0.6%的正增长来之不易”，某经济学家说。") == [("0.6%", "正增长")]
    assert metrics("“小巨人”企业共有12家“专精特新”企业。")[0][1] != "“专精特新"


def test_an_expert_list_of_what_to_look_at_names_the_metric_of_the_next_clause() -> None:
    assert metrics("一看经济增长率，7.9%属于超预期增长。") == [("7.9%", "经济增长率")]
    assert metrics("二看物价，全年上涨1.1%。") == [("1.1%", "物价")]
    # look-alike: a breakdown (从产品看) names no metric of its own
    assert metrics("从产品看，钢材产量增长2%。") == [("2%", "钢材产量")]


def test_a_unit_the_figure_before_left_behind_is_no_part_of_the_next_metric() -> None:
    assert metrics("天然气大幅增长300多亿方、增速达15%以上。")[1] == ("15%以上", "天然气增速")
    # look-alike: a list of figures each with its own subject
    assert metrics("出口增长5%、进口增长3%。") == [("5%", "出口"), ("3%", "进口")]


# --- people counted after what they do, and a speaker's verb ----------------------------------------------


def test_people_counted_after_a_relative_clause_are_the_people() -> None:
    assert metrics("当天，9位列席会议的部委负责人依次驻足答疑。") == [("9位", "列席会议的部委负责人")]
    # look-alike: the people named first, then what they asked, stay the people
    assert metrics("上百位记者抛出的问题涉及民生。")[0][1] == "记者"


def test_a_speaker_verb_after_the_people_counted_is_no_part_of_them() -> None:
    assert metrics("“委员通道”上，5位委员答18问。")[0] == ("5位", "委员")
    # look-alike: a noun that starts like the verb (答案, 答卷) is not cut
    assert metrics("全市共收到3200份答卷。") == [("3200份", "答卷")]


# --- a list head, a measure looked at, a base that is no subject ------------------------------------------


def test_a_list_head_before_a_colon_names_each_item_with_its_own_period() -> None:
    text = "首先，上年各季度出口增速分别为：一季度下降5.2%，二季度增长3.1%，三季度增长4.4%。"
    got = figures(text)
    assert [(f.text, f.metric, f.period) for f in got] == [
        ("5.2%", "各季度出口增速", "一季度"),
        ("3.1%", "各季度出口增速", "二季度"),
        ("4.4%", "各季度出口增速", "三季度"),
    ]


def test_a_measure_looked_at_names_a_list_whose_subject_is_a_count_of_periods() -> None:
    text = "工业增速逐季回落，但是从两年平均增速来看，三个季度分别为5.1%、5.6%、4.8%。"
    assert [m for _, m in metrics(text)] == ["两年平均增速"] * 3
    # look-alike: a breakdown looked at names no measure, and a count of periods is still none
    assert [m for _, m in metrics("从产品看，三个季度分别为5.1%、5.6%、4.8%。")] == [None] * 3


def test_a_base_compared_with_is_no_metric() -> None:
    text = "三季度出口增长4.1%，比二季度同比增速下降了2个百分点，四季度增长3%。"
    assert [m for _, m in metrics(text)] == ["出口", "出口", "出口"]
    # look-alike: 比重 is a noun
    assert metrics("制造业比重为27.5%。") == [("27.5%", "制造业比重")]


# --- a conversion in brackets, a rate's 上行/下行, a conjunction and an aspect particle at the edge ------------


def test_an_amount_converted_in_brackets_keeps_the_metric_of_the_amount() -> None:
    text = "全年出口总额达到3.1万亿元人民币（约合4500亿美元），增长5%。"
    assert metrics(text) == [("3.1万亿元", "出口总额"), ("4500亿美元", "出口总额"), ("5%", "出口总额")]
    assert metrics("8月外汇市场总计成交15.2万亿元人民币（等值2.2万亿美元）。")[1] == (
        "2.2万亿美元",
        "外汇市场总计成交",
    )


def test_a_rate_that_moves_up_or_down_is_named_without_the_move() -> None:
    got = figures("7天期下行6.7个基点报2.213%，14天期上行2个基点报2.4%。")
    assert [(f.text, f.metric, f.comparison) for f in got] == [
        ("6.7个基点", "7天期", "下行"),
        ("2.213%", "7天期", None),
        ("2个基点", "14天期", "上行"),
        ("2.4%", "14天期", None),
    ]


def test_a_conjunction_or_a_verb_with_its_particle_ends_no_metric() -> None:
    assert metrics("大会发言则由3场减为两场。") == [("3场", "大会发言"), ("两场", "大会发言")]
    assert metrics("为实现全年5%左右的预期目标打下了坚实基础。") == [("5%左右", "预期目标")]
    # look-alike: nouns ending on 则 keep it
    assert metrics("新出台的监管细则共有42条。") == [("42条", "监管细则")]


# --- a page that gives its month but no day ---------------------------------------------------------------

_PAGE = "新闻 详情 返回上页\n\n某部：外资结构继续优化\n\n{date}    来源: 某网\n\n  记者：今年2月，全国实际使用外资同比增长6.1%，去年全年增长3.2%，请问怎么看？\n\n  某司长：这个数据说明外资信心稳定。\n"


def test_a_page_month_gives_the_year_this_year_and_last_year_mean() -> None:
    doc = parse_text(_PAGE.format(date="2019-04"))
    assert doc.date is None
    assert [(f.text, f.period_start, f.period_end) for f in extract(doc)] == [
        ("6.1%", "2019-02-01", "2019-02-28"),
        ("3.2%", "2018-01-01", "2018-12-31"),
    ]


def test_look_alike_a_page_with_no_date_at_all_leaves_this_year_unresolved() -> None:
    doc = parse_text(_PAGE.format(date="本网讯"))
    assert [(f.text, f.period_start) for f in extract(doc)] == [("6.1%", None), ("3.2%", None)]


# --- a base written with its own value --------------------------------------------------------------------


def test_a_base_written_with_its_own_level_is_that_level_s_period() -> None:
    text = "预计今年下半年全省物价中枢较上半年1.6%的水平将有抬升。"
    assert [(f.text, f.metric, f.period, f.period_end) for f in figures(text)] == [
        ("1.6%", "全省物价中枢", "上半年", "2024-06-30")
    ]
    # look-alike: a base with a change after it is the comparison, the figure keeps its own period
    assert dates("今年下半年出口较上半年增长5%。")[0][1] == "今年下半年"


def test_a_period_in_an_aside_on_the_figure_before_is_not_carried() -> None:
    text = "2023年全年投资增长5.2%，且在四季度逐月回升；消费增长8%。"
    assert dates(text)[1] == ("8%", "2023年全年", "2023-01-01", "2023-12-31")
    # look-alike: a period alone in its clause frames the clause after it
    assert dates("且在四季度，出口增长5%。")[0][1] == "四季度"
    # a record since a year said alone in its clause still reaches no further than the comment
    got = dates("2011年，全省财政收入增长12%。这也是2005年以来，地方收入占比首次超过60%。", "2012-03-01")
    assert got[1] == ("超过60%", "2011年", "2011-01-01", "2011-12-31")


# --- a cut-off before a year that holds it ----------------------------------------------------------------


def test_a_cut_off_stays_over_a_year_named_after_it_that_holds_it() -> None:
    text = "截至目前已经下达2024年中央预算内投资进度比去年同期提高了8.2个百分点。"
    assert dates(text) == [("8.2个百分点", "截至目前", None, "2024-03-06")]
    # look-alike: a year that does not hold the cut-off is the figure's own
    assert dates("截至3月底，2023年全市出口增长5%。")[0][1] == "2023年"


# --- the days of the two sessions ---------------------------------------------------------------------------


def test_the_two_sessions_are_the_period_of_what_was_done_during_them() -> None:
    # their days are public record (round 15): those of the page's year
    assert dates("两会期间，对代表委员的意见建议进行梳理，对报告共修改85处。") == [
        ("85处", "两会期间", "2024-03-04", "2024-03-11")
    ]
    # look-alike: a cut-off with a date before them stays the period
    text = "截至3月6日，今年两会期间共有7位部长亮相通道。"
    assert dates(text) == [("7位", "截至3月6日", None, "2024-03-06")]


# --- two years written apart, one value each --------------------------------------------------------------


def test_two_years_written_apart_give_one_value_each_in_turn() -> None:
    text = "近10年间，全省城镇化率持续提高，从2011年“六普”到2021年第七次普查相继突破45%和58%两道关口。"
    got = figures(text, "2022-05-01")
    assert [(f.text, f.period, f.period_start) for f in got] == [
        ("突破45%", "2011年", "2011-01-01"),
        ("58%", "2021年", "2021-01-01"),
    ]
    assert [f.metric for f in got] == ["全省城镇化率", "全省城镇化率"]


def test_look_alike_a_span_with_from_and_to_values_keeps_its_ends() -> None:
    got = dates("从2015年到2020年，全市人口从800万增长到900万。")
    assert [(t, p) for t, p, _, _ in got] == [("800万", "2015年"), ("900万", "2020年")]


def test_look_alike_a_comment_on_the_year_itself_keeps_the_year_for_the_value() -> None:
    assert dates("这是全年最高水平，达到8.2%。")[0][1] == "全年"


def test_other_and_the_rest_keep_their_first_character() -> None:
    assert metrics("以及其他费用共计300万元。") == [("300万元", "其他费用")]
    assert metrics("其余企业实现利润20亿元。")[0][1] != "余企业"


# --- a bracket or a quote opened and never closed ---------------------------------------------------------


def test_a_metric_ends_before_a_bracket_it_never_closes() -> None:
    got = metrics("央行开展3000亿元中期借贷便利（MLF）操作（含对6月15日到期的续做），期限1年。")
    assert got[0] == ("3000亿元", "中期借贷便利（MLF）操作")
    assert metrics("地方财力和财政支出的“两个比重”分别达到70%和80%。")[0] == ("70%", "地方财力比重")
    # look-alike: a closed bracket or quote stays
    assert metrics("地区生产总值(GDP)增长5.2%。") == [("5.2%", "地区生产总值(GDP)")]
    assert metrics("“小巨人”企业达到120家。") == [("120家", "“小巨人”企业")]


# --- a rate said to move a little, then its value ---------------------------------------------------------


def test_a_rate_said_to_widen_a_little_names_the_value_after_it() -> None:
    text = "工业生产者出厂价格平均上涨0.3%，保持小幅上涨。4月份CPI涨幅略有扩大，同比上涨2.1%。"
    assert metrics(text)[1] == ("2.1%", "CPI涨幅")
    # look-alike: 略 that ends a noun stays
    assert metrics("发展战略投资达到300亿元。") == [("300亿元", "发展战略投资")]


# --- a target compared with is not what the text goes on about --------------------------------------------


def test_a_target_a_figure_is_compared_with_is_not_carried_to_the_next_sentence() -> None:
    text = "前三季度，GDP同比增长9.1%，高于6%以上的预期目标。其中，三季度同比增长4.2%。"
    assert metrics(text) == [("9.1%", "GDP"), ("6%以上", "预期目标"), ("4.2%", "GDP")]
    # look-alike: a target named as the subject is carried as before
    text = "全年增长目标为5%左右。上半年已完成2.6%。"
    assert metrics(text)[1] == ("2.6%", "增长目标")
