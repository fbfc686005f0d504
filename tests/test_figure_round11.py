"""Round 11 of the figures issue: invented sentences in the image of the eleventh set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure
from tui.core.vocab import kind_of


def figures(text: str, day: str = "2021-11-20") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def units(text: str, day: str = "2021-11-20") -> list[tuple[str, str, float, str | None]]:
    return [(f.text, f.unit, f.value, f.approx) for f in figures(text, day)]


# --- prices per unit ----------------------------------------------------------------------------------------


def test_a_price_per_measure_is_one_unit() -> None:
    got = units("港口焦煤现货价降至1230元/吨左右，坑口价降至700元每吨以下，跌幅超过800元/吨。")
    assert got == [
        ("1230元/吨左右", "元/吨", 1230.0, "about"),
        ("700元每吨以下", "元/吨", 700.0, "under"),
        ("超过800元/吨", "元/吨", 800.0, "over"),
    ]
    got = units("居民电价为0.56元/千瓦时，布伦特原油报72.3美元/桶，新房均价1.8万元/平方米。")
    assert [(t, u) for t, u, _, _ in got] == [
        ("0.56元/千瓦时", "元/千瓦时"),
        ("72.3美元/桶", "美元/桶"),
        ("1.8万元/平方米", "元/平方米"),
    ]
    assert got[2][2] == 18000.0
    assert kind_of("元/吨") == "money"


def test_a_price_per_time_or_a_bare_slash_keeps_the_currency_alone() -> None:
    got = units("补贴标准由800元/月提高到1,200元/月，人均可支配收入4.2万元。")
    assert [(t, u) for t, u, _, _ in got] == [("800元", "元"), ("1,200元", "元"), ("4.2万元", "元")]
    # a slash not followed by a measure: the currency alone
    assert units("全年收入5000元/人均水平提高。")[0][:2] == ("5000元", "元")


# --- counting words -----------------------------------------------------------------------------------------


def test_doses_and_test_kits_are_counted() -> None:
    got = units(
        "截至10月份，累计向国内供应疫苗超过18亿剂，向海外提供6亿剂，全民接种21亿剂次，检测试剂2500万人份。"
    )
    assert [(t, u) for t, u, _, _ in got] == [
        ("超过18亿剂", "剂"),
        ("6亿剂", "剂"),
        ("21亿剂次", "剂次"),
        ("2500万人份", "人份"),
    ]
    assert got[0][2] == 1.8e9 and got[0][3] == "over"


def test_dose_look_alikes_are_no_figures() -> None:
    # one dose in words, a reagent's name, a medicine: no count
    assert units("每人接种一剂即可，这种添加剂和杀虫剂都要管住。") == []


# --- an event ahead does not set the year reported on ------------------------------------------------------


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, None)]


def test_an_event_the_page_announces_does_not_date_its_statistics() -> None:
    text = (
        "2024年1月1日，新修订的港口协定将正式生效。\n"
        "今天（12月28日），有关部门举行发布会。\n"
        "1—11月，全省港口吞吐量4.6亿吨，同比增长7.2%；前三季度，服务贸易额增长12.5%。\n"
        "暂免征收有关费用至2024年底。"
    )
    assert spans(text) == [
        ("4.6亿吨", "2023-01-01", "2023-11-30"),
        ("7.2%", "2023-01-01", "2023-11-30"),
        ("12.5%", "2023-01-01", "2023-09-30"),
    ]


def test_look_alikes_a_year_reported_or_reached_by_still_dates_the_statistics() -> None:
    # a year said of a period done decides
    assert spans("2024年1—11月，全省港口吞吐量4.6亿吨。")[0][1:] == ("2024-01-01", "2024-11-30")
    # 截至 a year's end is a point reported on, not a deadline ahead
    assert spans("截至2024年底，全省累计建成5G基站8.1万个。")[0][1:] == (None, "2024-12-31")
    # an event ahead in the second half of its year: that year
    assert spans("2024年9月，博览会将正式开幕。前三季度，全省外贸增长6.1%。")[0][1:] == (
        "2024-01-01",
        "2024-09-30",
    )


def test_on_a_dated_page_a_sentence_year_ahead_does_not_date_a_statistic_done() -> None:
    def dated(text: str) -> list[tuple[str | None, str | None]]:
        return [(f.period_start, f.period_end) for f in figures(text, "2023-12-28")]

    assert dated("2024年1月1日，协定将正式生效，1—11月全省外贸增长6.1%。") == [("2023-01-01", "2023-11-30")]
    # a target for the year ahead keeps its year
    assert dated("2024年，全省外贸一季度力争增长5%。") == [("2024-01-01", "2024-03-31")]


# --- a year of a thing is not the frame of the sentences after it ----------------------------------------


def test_a_year_glued_to_an_object_dates_its_figure_but_is_not_carried() -> None:
    text = (
        "（2022年）全省新增专项债务限额1.8万亿元，增长12%。年中，提前下达了2023年专项债券额度6000亿元。"
        "省级财政安排对市县转移支付2.6万亿元，增长7%。"
    )
    got = [(f.text, f.period_start) for f in figures(text, "2022-12-20")]
    assert got == [
        ("1.8万亿元", "2022-01-01"),
        ("12%", "2022-01-01"),
        ("6000亿元", "2023-01-01"),
        ("2.6万亿元", "2022-01-01"),
        ("7%", "2022-01-01"),
    ]


def test_a_year_that_opens_its_sentence_still_goes_on() -> None:
    got = [(f.text, f.period_start) for f in figures("2021年全省外贸增长6.3%。出口增长8.1%。", "2022-03-20")]
    assert got == [("6.3%", "2021-01-01"), ("8.1%", "2021-01-01")]


# --- metric fragments ---------------------------------------------------------------------------------------


def metrics(text: str, day: str = "2021-11-20") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, day)]


def test_a_cap_before_the_number_leaves_the_thing_granted_as_the_metric() -> None:
    got = metrics(
        "按照办法，园区将对新落户项目给予最高600万元奖补资金，向龙头企业每年给予最多900万元的研发补助。"
    )
    assert got == [("600万元", "奖补资金"), ("900万元", "研发补助")]
    # look-alike: a cap said of a subject keeps the subject
    assert metrics("单户贷款最高300万元。") == [("300万元", "单户贷款")]


def test_the_doer_before_jiang_dui_is_no_metric() -> None:
    got = metrics("专项资金将对实际到位投资1,500万元以上的新材料项目给予补助。")
    assert got == [("1,500万元以上", "实际到位投资")]
    # look-alike: 对 inside a noun or without 将 stays as written
    assert metrics("全省对外贸易增长8%。")[0][1] == "全省对外贸易"


def test_only_needs_to_is_no_part_of_the_metric() -> None:
    assert metrics("今后五年，农民收入只需要年均增长3.9%以上就能达到目标。")[0][1] == "农民收入"


def test_a_heading_that_opens_on_its_figure_names_its_metric_after_the_colon() -> None:
    text = "超2.1万亿斤：全国粮食“9连丰”\n今年粮食生产再获丰收。\n超800亿件：快递“跑”出消费活力\n"
    assert metrics(text, "2023-01-10") == [("超2.1万亿斤", "全国粮食"), ("超800亿件", "快递")]
    # look-alikes: a change after the colon is no thing measured; a figure inside a sentence is not a heading
    assert metrics("5.2%：经济增速\n8%：同比增长\n", "2023-01-10")[1][1] != "同比增长"
    assert metrics("全省粮食产量超2.1万亿斤：再创新高。", "2023-01-10")[0][1] == "全省粮食产量"


def test_the_base_a_group_grew_from_is_no_part_of_its_metric() -> None:
    got = metrics("全省1500名乡镇党委书记中，35岁以下的由上次换届的60名增加到96名，增加60%。", "2016-10-10")
    assert got[1:] == [("60名", "35岁以下"), ("96名", "35岁以下"), ("60%", "35岁以下")]
    # look-alikes: 由 inside a word (理由, 自由) stays; a base that is a period was already cut out
    assert metrics("选择自由贸易试验区的理由有3个。")[0][1] == "选择自由贸易试验区的理由"
    assert metrics("全省党员由2010年的310万名增加到352.4万名。", "2016-10-10")[1] == ("352.4万名", "全省党员")


def test_bao_ending_a_noun_stays_in_the_metric() -> None:
    # 报 ending a noun (通报, 年报) is no price quoted
    assert metrics("截至3月5日，累计发布通报12篇。", "2020-03-08")[0][1] == "发布通报"
    assert metrics("布伦特原油报72.3美元/桶。", "2020-03-08")[0][1] == "布伦特原油"


# --- periods said as now ------------------------------------------------------------------------------------


def test_an_average_now_is_a_period_not_a_base() -> None:
    text = "2022年，全省乡镇兽医站经费预计为3亿元；全省乡镇兽医站目前平均不足5人。"
    got = [(f.text, f.period, f.period_end) for f in figures(text, "2022-08-01")]
    assert got == [("3亿元", "2022年", "2022-12-31"), ("不足5人", "目前", "2022-08-01")]
    # look-alike: a year's average is a base compared with
    assert figures("全省用电量比上年平均水平高2%。", "2022-08-01")[0].period is None


def test_up_to_this_press_conference_is_a_cut_off_at_the_page_s_date() -> None:
    got = [
        (f.text, f.period, f.period_start, f.period_end)
        for f in figures("记者统计，截至本场发布会，已有25个部委的负责人出席发布会。", "2020-03-01")
    ]
    assert got == [("25个", "截至本场发布会", None, "2020-03-01")]
    # look-alike: a press conference that is no cut-off is no period
    assert figures("本场发布会共有4位发布人。", "2020-03-01")[0].period is None


def test_a_slogan_s_count_of_its_items_is_no_figure() -> None:
    text = "这项举措的作用可归纳为3个“促进”。园区基本建成“5个一”服务体系。全省培育45个“小巨人”企业，建成12个“智慧工厂”。"
    assert [f.text for f in figures(text)] == ["45个", "12个"]


# --- a price's close and the high it fell from -------------------------------------------------------------


def test_a_close_names_the_contract_and_a_base_high_keeps_its_own_day() -> None:
    text = "10月中旬以来，某交易所焦煤期货主力合约连日下跌，11月12日收于612.4元/吨，较10月18日高点1530元下跌60%。"
    got = [(f.text, f.metric, f.period) for f in figures(text)]
    assert got == [
        ("612.4元/吨", "某交易所焦煤期货主力合约", "11月12日"),
        ("1530元", "某交易所焦煤期货主力合约", "10月18日"),
        ("60%", "某交易所焦煤期货主力合约", "11月12日"),
    ]
    # look-alikes: 约 ending a noun (公约, 合约) stays; a base without a figure of its own is no period
    contract = figures("全省签订合约120份。")[0]
    assert (contract.text, contract.approx, contract.metric) == ("120份", None, "全省签订合约")
    assert figures("收入约1200亿元。")[0].approx == "about"
    assert [f.period for f in figures("11月12日，焦煤价格较10月18日下跌60%。")] == ["11月12日"]


def test_the_year_a_fall_builds_on_is_a_base() -> None:
    got = [
        (f.text, f.metric, f.period)
        for f in figures("上半年，全市细颗粒物浓度在上年明显改善基础上再降6.2%。", "2022-07-28")
    ]
    assert got == [("6.2%", "全市细颗粒物浓度", "上半年")]
    # look-alike: the base's own value keeps the base's year, and the growth on it names the subject
    got = [
        (f.text, f.metric, f.period) for f in figures("全省GDP在上年增长8%的基础上增长5.1%。", "2022-07-28")
    ]
    assert got[0] == ("8%", "全省GDP", "上年") and got[1][1] == "全省GDP"


def test_a_third_list_without_a_subject_takes_the_split_pair_in_turn() -> None:
    text = "8月份当月摩托车产销分别完成了52.1万辆和50.3万辆，环比各减少2.8%和3.1%，同比减少了11.5%和9.4%。"
    got = [f.metric for f in figures(text)][-2:]
    assert got == ["当月摩托车产量", "当月摩托车销量"]
    # look-alike: a share said of the items is the share's, not the list before's in turn
    text = "装备制造业、高技术制造业增加值分别增长8.7%、8.6%，占规模以上工业比重为33.1%、15.2%。"
    assert all("比重" in (f.metric or "") for f in figures(text)[2:])
