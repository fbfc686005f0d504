"""Classes of figures seen on real articles nobody here had tuned on (issue 11, round 2), each with look-alikes.

Every text is written for this file, in the image of what was seen (names, numbers and wording invented):
traditional characters; periods said relative to the one in force (上月, 上季度, 上年同期); bases that must not
become periods; the period a sentence carries from the one before; plan periods; numbers that are no
statistic (an item's number, a stock quote, a definition's scope, a tax band, a countdown); metrics that must
not take a verb, a threshold or a neighbouring clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure
from tui.core.periodref import infer_reference
from tui.core.periods import resolve
from tui.core.text import fold


def read(text: str, day: str | None) -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def rows(text: str, day: str | None) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.metric) for f in read(text, day)]


def periods(text: str, day: str | None) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text, day)]


# --- traditional characters -------------------------------------------------------------------------------


def test_traditional_magnitudes_read_as_simplified_ones_and_units_as_written() -> None:
    text = "據初步統計，今年前三季度，全市社會消費品零售總額達2.8萬億元，同比增長5.4%，增速比上半年加快0.6個百分點。"
    got = read(text, "2024-10-25")
    assert [(f.value, f.unit, f.period_start, f.period_end) for f in got] == [
        (2.8e12, "元", "2024-01-01", "2024-09-30"),
        (5.4, "%", "2024-01-01", "2024-09-30"),
        (0.6, "個百分點", "2024-01-01", "2024-09-30"),  # the unit as the text writes it
    ]
    # metrics and comparisons are cut from the text as written
    assert got[0].metric == "全市社會消費品零售總額"
    assert got[1].comparison == "同比增長" and got[1].measure == "yoy"
    assert got[2].measure == "points"


def test_traditional_counts_and_look_alikes() -> None:
    got = rows("全省常住人口5900萬人，全年新增就業崗位兩萬個，其中青年佔三成。", "2024-03-01")
    assert [(t, v, u) for t, v, u, _ in got] == [
        ("5900萬人", 5.9e7, "人"),
        ("兩萬個", 2e4, "個"),
        ("三成", 30, "%"),
    ]
    assert got[0][3] == "全省常住人口"
    assert rows("兩岸企業家萬一遇到個別問題，要點對點溝通。", "2024-03-01") == []


def test_an_undated_traditional_text_resolves_from_its_own_years() -> None:
    text = "2023年，全港商品出口增長3.1%。去年第四季度，出口下降1.2%。"
    assert periods(text, None) == [
        ("3.1%", "2023年", "2023-01-01", "2023-12-31"),
        ("1.2%", "去年第四季度", "2023-10-01", "2023-12-31"),
    ]


# --- periods said relative to the one in force ------------------------------------------------------------


def test_last_month_is_the_month_before_the_one_in_force() -> None:
    text = "6月份，全国服务业商务活动指数同比上升2.3%，比上月提高0.4个百分点，上月为上升1.8%。"
    assert periods(text, "2024-07-15") == [
        ("2.3%", "6月份", "2024-06-01", "2024-06-30"),
        ("0.4个百分点", "6月份", "2024-06-01", "2024-06-30"),  # 比上月 is a base
        ("1.8%", "上月", "2024-05-01", "2024-05-31"),
    ]
    # with no month in force, the month before publication
    assert periods("上月，全市新增城镇就业1.6万人。", "2024-07-10") == [
        ("1.6万人", "上月", "2024-06-01", "2024-06-30")
    ]


def test_last_quarter_and_the_same_period_last_year() -> None:
    assert periods("二季度，甲产业增加值增长4.6%，上季度为增长3.9%。", "2024-07-20")[1] == (
        "3.9%",
        "上季度",
        "2024-01-01",
        "2024-03-31",
    )
    assert periods("前三季度，乙市外贸进出口增长6.2%，上年同期为下降2.4%。", "2024-10-20")[1] == (
        "2.4%",
        "上年同期",
        "2023-01-01",
        "2023-09-30",
    )
    # …but after 比, 较, 与 or 高于 the same words are bases
    text = "前三季度，乙市外贸进出口增长6.2%，增速高于上年同期1.1个百分点，较去年同期提高0.7个百分点。"
    assert {p for _, p, _, _ in periods(text, "2024-10-20")} == {"前三季度"}


def test_a_base_written_with_yu_or_he_is_no_period_of_later_figures() -> None:
    text = "1月份，全市工业品价格与上年12月份持平，同比下降2.1%。其中，生产资料价格下降2.6%。"
    assert periods(text, "2024-02-18") == [
        ("2.1%", "1月份", "2024-01-01", "2024-01-31"),
        ("2.6%", "1月份", "2024-01-01", "2024-01-31"),
    ]
    assert periods("和去年同期相比，丙产品产量增长7.3%。", "2024-02-18") == [("7.3%", None, None, None)]


# --- the period a sentence carries --------------------------------------------------------------------------


def test_a_breakdown_into_quarters_is_not_carried_past_its_sentence() -> None:
    text = (
        "前三季度，丙省地区生产总值1.9万亿元，同比增长5.2%。按季度分，一季度增长4.8%，二季度增长5.1%，"
        "三季度增长5.6%。按产业分，农业增加值1500亿元，增长3.7%。"
    )
    got = periods(text, "2024-10-22")
    assert got[2:5] == [
        ("4.8%", "一季度", "2024-01-01", "2024-03-31"),
        ("5.1%", "二季度", "2024-04-01", "2024-06-30"),
        ("5.6%", "三季度", "2024-07-01", "2024-09-30"),
    ]
    assert got[5:] == [
        ("1500亿元", "前三季度", "2024-01-01", "2024-09-30"),
        ("3.7%", "前三季度", "2024-01-01", "2024-09-30"),
    ]
    # a sentence that is no breakdown hands its last period on
    text = "前三季度，丁市出口增长6%，其中9月份增长8%。进口增长3%。"
    assert periods(text, "2024-10-22")[2] == ("3%", "9月份", "2024-09-01", "2024-09-30")


def test_a_period_after_ji_reaches_only_to_zhihou() -> None:
    text = (
        "11月份，丁市蔬菜价格同比上涨6.4%。其中，叶菜价格继10月份上涨11.2%之后，涨幅又超过8%，上涨9.7%。"
        "水果价格降幅扩大，下降15.3%。"
    )
    got = read(text, "2024-12-12")
    assert [(f.text, f.period, f.period_start) for f in got] == [
        ("6.4%", "11月份", "2024-11-01"),
        ("11.2%", "10月份", "2024-10-01"),
        ("超过8%", "11月份", "2024-11-01"),
        ("9.7%", "11月份", "2024-11-01"),
        ("15.3%", "11月份", "2024-11-01"),
    ]
    assert [f.metric for f in got][1:] == ["叶菜价格", "叶菜价格涨幅", "叶菜价格涨幅", "水果价格降幅"]


def test_when_a_policy_starts_is_no_period_and_a_start_stays_in_its_sentence() -> None:
    text = "上半年，全省新增减税降费420亿元；自4月1日起免征戊税，新增减税95亿元。"
    assert [p for _, p, _, _ in periods(text, "2024-07-22")] == ["上半年", "上半年"]
    text = "“十三五”时期全市应届毕业人数逐年上升，2018年起每年超过20万人。外出务工人员保持在60万人以上。"
    assert periods(text, "2021-03-10") == [
        ("超过20万人", "2018年起", "2018-01-01", None),
        ("60万人以上", "“十三五”时期", "2016-01-01", "2020-12-31"),
    ]


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("“十四五”时期", ("2021-01-01", "2025-12-31")),
        ("“十四五”以来", ("2021-01-01", None)),
        ("十三五期间", ("2016-01-01", "2020-12-31")),
        ("“十二五”末", (None, "2015-12-31")),
        ("截至 今年5月底", (None, "2024-05-31")),
        ("截至到4月末", (None, "2024-04-30")),
        ("截至6月底", (None, "2024-06-30")),
        ("截至8月底", (None, "2023-08-31")),  # a month after the article's is last year's
        ("上月末", (None, "2024-05-31")),
    ],
)
def test_plan_periods_and_points_in_time(phrase: str, span: tuple[str | None, str | None]) -> None:
    assert resolve(phrase, dt.date(2024, 6, 20)) == span


def test_a_time_of_trial_is_a_period_without_dates() -> None:
    assert periods("疫情防控时期，全市发放生活补贴3.6亿元。", "2024-06-01") == [
        ("3.6亿元", "疫情防控时期", None, None)
    ]


def test_a_flattened_up_to_keeps_its_space_and_its_open_start() -> None:
    assert periods("截至 今年5月底，全省累计发放贷款380亿元。", "2024-06-20") == [
        ("380亿元", "截至 今年5月底", None, "2024-05-31")
    ]


def test_look_alikes_of_periods() -> None:
    # 超过去年 is not 过去; a plan's name alone is no period; 昨天公布 is a day something was said
    assert periods("今年以来新增贷款超过去年全年规模的2倍。", "2024-06-01") == [
        ("2倍", "今年以来", "2024-01-01", None)
    ]
    assert periods("“十四五”规划纲要提出，建成5000个服务站。", "2024-06-01") == [("5000个", None, None, None)]
    assert periods("国家统计局昨天公布，全国粮食产量6.9亿吨。", "2024-06-01") == [
        ("6.9亿吨", None, None, None)
    ]
    assert periods("他今天共会见了35个代表团。", "2024-06-01") == [
        ("35个", "今天", "2024-06-01", "2024-06-01")
    ]
    assert periods("昨日全市接待游客12万人次。", "2024-06-01") == [
        ("12万人次", "昨日", "2024-05-31", "2024-05-31")
    ]


def test_last_years_prices_in_a_carry_over_effect_are_no_period() -> None:
    text = "在10月份1.8%的同比涨幅中，去年价格变动的翘尾影响约为0.3个百分点，新涨价影响约为1.5个百分点。"
    got = read(text, "2024-11-10")
    assert [(f.text, f.period, f.approx) for f in got] == [
        ("1.8%", "10月份", None),
        ("0.3个百分点", "10月份", "about"),  # 约为: about, as the real articles' keys read it
        ("1.5个百分点", "10月份", "about"),
    ]
    assert got[0].metric == "同比涨幅"


def test_an_undated_text_reports_on_the_year_it_writes_most_not_a_forecast() -> None:
    texts = [
        "省统计局发布2021年经济年报，全年增长6%。",
        "2021年末全省常住人口4100万人。",
        "综合研判，2022年全球经济增速可能放缓。",
    ]
    ref = infer_reference(None, [fold(t) for t in texts])
    assert (ref.year, ref.review_year) == (2021, 2021)


# --- numbers that are no statistic ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "新能源汽车、工业机器人(31.420, -0.56, -1.75%)、新材料等产业快速发展。",
        "距离会议开幕还有2个小时，代表们陆续抵达。",
        "坚持“二十四字方针”不动摇。",
    ],
)
def test_no_statistic_in_a_quote_a_countdown_or_a_slogan(text: str) -> None:
    assert rows(text, "2024-06-01") == []


def test_an_items_number_is_not_counted() -> None:
    assert rows("2、12次集中开展安全检查。", "2024-06-01") == [("12次", 12, "次", "集中开展安全检查")]
    got = rows("1、全年完成投资480亿元。\n2、新增就业2.2万人。", "2024-06-01")
    assert [(t, m) for t, _, _, m in got] == [("480亿元", "投资"), ("2.2万人", "就业")]


def test_a_definitions_scope_is_not_counted_and_not_the_metric() -> None:
    text = "年末全市常住人口（包括9个区、县和驻军人口，不包括外籍人员）860万人，比上年末增加4万人。"
    assert rows(text, "2024-02-01") == [
        ("860万人", 8.6e6, "人", "全市常住人口"),
        ("4万人", 4e4, "人", "全市常住人口"),
    ]


def test_the_band_of_a_tax_base_is_not_counted() -> None:
    text = "对年应纳税所得额300万元至500万元的部分再减半征收，全年减税260亿元。"
    assert [t for t, _, _, _ in rows(text, "2024-06-01")] == ["260亿元"]
    text = "对应纳税所得额不超过100万元的部分减征，惠及企业3.5万户。"
    assert [t for t, _, _, _ in rows(text, "2024-06-01")] == ["3.5万户"]


def test_durations_with_a_measure_word_before_more_or_half() -> None:
    got = read("会议开了两个多小时，工期缩短了一个半月，用时3个多月，共3个小时，排队2个钟头。", "2024-06-01")
    assert [(f.text, f.value, f.unit, f.approx) for f in got] == [
        ("两个多小时", 2, "个小时", "over"),
        ("一个半月", 1.5, "个月", None),
        ("3个多月", 3, "个月", "over"),
        ("3个小时", 3, "个小时", None),
        ("2个钟头", 2, "个钟头", None),
    ]


def test_the_length_of_a_text_in_characters() -> None:
    got = rows("报告全文由原来的1.8万字压缩为1.6万字，减少了2000字；附件共三千多字。", "2024-06-01")
    assert [(t, v, u) for t, v, u, _ in got] == [
        ("1.8万字", 18000, "字"),
        ("1.6万字", 16000, "字"),
        ("2000字", 2000, "字"),
        ("三千多字", 3000, "字"),
    ]
    assert [m for _, _, _, m in got] == ["报告全文", "报告全文", "报告全文", "附件"]


# --- metrics ----------------------------------------------------------------------------------------------


def test_a_scope_stays_with_the_thing_measured_and_so_does_an_acronym() -> None:
    # the acronym is what a reader filters the figures by (figures --where GDP)
    got = rows("上半年，全市实现生产总值(GDP)8600亿元，同比增长5.1%。", "2024-07-20")
    assert [m for _, _, _, m in got] == ["全市生产总值(GDP)", "全市生产总值(GDP)"]


def test_a_share_in_a_whole_belongs_to_the_subject_named_before() -> None:
    text = "清洁能源发电量达860亿千瓦时，在全省用电量中占比达到31.5%，较去年同期提高2.2个百分点。"
    assert [m for _, _, _, m in rows(text, "2024-07-20")] == [
        "清洁能源发电量",
        "清洁能源发电量占比",
        "清洁能源发电量占比",
    ]


def test_a_threshold_or_a_base_after_the_number_is_not_what_it_counts() -> None:
    got = rows("全省经济总量稳步扩大，突破了6万亿元人民币大关。", "2024-07-20")
    assert got == [("6万亿元", 6e12, "元", "全省经济总量")]
    got = rows("在增值税税率由13%降至9%的基础上，再减税180亿元。", "2024-07-20")
    assert [m for _, _, _, m in got][:2] == ["增值税税率", "增值税税率"]


def test_a_connective_and_a_lone_adjective_are_no_metric() -> None:
    got = rows("因为一些条目合并，所以共采纳建议90多条。", "2024-07-20")
    assert got[0][3] is not None and not got[0][3].startswith("所以")
    got = rows("一季度，戊市外资企业出口增长4.1%；4月实现平稳回升，同比回升1.5%。", "2024-07-20")
    assert [m for _, _, _, m in got] == ["戊市外资企业出口", "戊市外资企业出口"]


def test_a_figure_exclaimed_alone_takes_the_metric_it_is_given_later() -> None:
    got = rows("8.3万亿元！省统计局17日发布年报，全省经济总量首次突破8.3万亿元。", "2024-01-20")
    assert [m for _, _, _, m in got] == ["全省经济总量", "全省经济总量"]


def test_hong_kong_quarters_and_year_on_year() -> None:
    got = read("今年第三季，本港出口貨值按年增長4.2%，按月下跌1.1%；首季按年實質增長2.7%。", "2024-11-15")
    assert [(f.value, f.period, f.period_start, f.period_end, f.measure) for f in got] == [
        (4.2, "今年第三季", "2024-07-01", "2024-09-30", "yoy"),
        (1.1, "今年第三季", "2024-07-01", "2024-09-30", "mom"),
        (2.7, "首季", "2024-01-01", "2024-03-31", "yoy"),
    ]
    assert got[0].metric == "本港出口貨值" and got[0].comparison == "按年增長"
    assert read("第四季度，本地生產總值按季增長0.8%。", "2024-02-01")[0].comparison == "按季增長"
    assert rows("一年四季都有游客，旺季接待120万人次。", "2024-11-15")[0][3] is not None


def test_enumerators_and_demonstratives_lead_no_metric() -> None:
    got = rows("二是上半年全省新增减税降费640亿元。三是年初以来累计缓缴费用210亿元。", "2024-07-20")
    assert [m for _, _, _, m in got] == ["全省减税降费", "缓缴费用"]  # 新增, 累计: the measure
    got = rows("这样的成绩是在经济规模连续三年突破50万亿元的基础上取得的。", "2024-07-20")
    assert all(m is None or not m.startswith(("样", "这")) for _, _, _, m in got)


def test_a_record_high_is_no_change_and_a_frequency_no_metric() -> None:
    got = rows("今年茶叶产量将创历史新高，稳定在350万吨左右。", "2024-10-20")
    assert got[0][3] == "茶叶产量"
    got = rows("本市应届毕业人数逐年上升，2022年起每年超过20万人。", "2024-10-20")
    assert got[0][3] == "本市应届毕业人数每年"


def test_a_counted_thing_starts_with_a_digit_name_and_ends_where_a_period_starts() -> None:
    assert rows("现在每月新建2000多个5G基站。", "2024-10-20")[0][3] == "5G基站每月"
    got = rows("全省8000户重点企业上半年研发投入增长12%。", "2024-10-20")
    assert got[0][3] == "重点企业"


def test_a_first_quarter_article_reads_year_end_as_the_year_before() -> None:
    assert periods("年末全市常住人口860万人。", "2024-03-15") == [("860万人", "年末", None, "2023-12-31")]
    assert periods("力争到年末新增就业5万人。", "2024-03-15")[0][3] == "2024-12-31"


def test_an_undated_text_may_write_its_year_only_in_the_title() -> None:
    doc = parse_text("2023年全省经济运行稳中有进\n\n全年地区生产总值增长5.6%，年末常住人口4120万人。\n")
    assert doc.title == "2023年全省经济运行稳中有进" and doc.day is None
    assert [(f.period, f.period_start, f.period_end) for f in extract(doc)] == [
        ("全年", "2023-01-01", "2023-12-31"),
        ("年末", None, "2023-12-31"),
    ]


def test_a_clause_saying_a_number_was_published_names_what_the_next_one_measures() -> None:
    got = rows("全省去年的工业总产值日前已经公布，突破了9万亿元大关，比上年增长了5.2%。", "2024-02-10")
    assert [m for _, _, _, m in got] == ["全省工业总产值", "全省工业总产值"]


def test_a_share_that_rises_to_a_value_is_the_share_of_the_subject_before() -> None:
    got = rows("光伏组件产量达到3.1亿千瓦，增长21.5%，占全国的比重提高到9.8%。", "2024-07-20")
    assert [m for _, _, _, m in got] == ["光伏组件产量", "光伏组件产量", "光伏组件产量占全国的比重"]


def test_the_size_of_the_group_a_rate_is_measured_over_is_no_figure() -> None:
    got = rows("11月份，28个重点城市调查失业率为5.1%，25个行业产值保持增长。", "2024-12-16")
    assert [(t, m) for t, _, _, m in got] == [("5.1%", "28个重点城市调查失业率"), ("25个", "行业")]
    text = "在11月份0.4%的同比涨幅中，去年价格变动的翘尾影响约为0.1个百分点，今年价格变动的新影响约为0.3个百分点。"
    assert {p for _, p, _, _ in periods(text, "2024-12-16")} == {"11月份"}


def test_a_start_or_a_span_of_years_does_not_tell_an_undated_text_its_year() -> None:
    for text in ("2021年起每年新增就业超过10万人。", "2016年至2020年，全市投资年均增长8%。"):
        ref = infer_reference(None, [fold(text)])
        assert (ref.year, ref.review_year) == (None, None), text
    # the phrase itself still resolves from its own years
    assert periods("2016年至2020年，全市投资年均增长8%。", None)[0][2:] == ("2016-01-01", "2020-12-31")
