"""Round 16 of the figures issue: invented sentences in the image of the sixteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def periods(text: str, day: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found = extract_text(text, dt.date.fromisoformat(day))
    return [(f.text, f.period, f.period_start, f.period_end) for f in found]


# --- a point in time (年末) written after a span (全年) in one sentence holds its clause only ---


def test_a_year_end_clause_after_a_whole_year_hands_the_figures_after_it_back_to_the_year() -> None:
    got = periods(
        "过去一年经济运行平稳。全年国内生产总值增长3.1%，城镇新增就业1180万人，年末城镇调查失业率降到5.6%，"
        "居民消费价格上涨1.9%。货物进出口总额增长7.1%。",
        "2023-03-05",
    )
    year, end = ("全年", "2022-01-01", "2022-12-31"), ("年末", None, "2022-12-31")
    assert got == [("3.1%", *year), ("1180万人", *year), ("5.6%", *end), ("1.9%", *year), ("7.1%", *year)]


def test_a_year_end_stock_keeps_the_clauses_that_go_on_saying_it() -> None:
    got = periods(
        "全年外贸增长5%，年末外汇储备31000亿美元，比上年末减少1200亿美元，财政收入增长4%。", "2023-03-05"
    )
    assert [p[1] for p in got] == ["全年", "年末", "年末", "全年"]


def test_a_year_end_opening_its_sentence_holds_the_whole_sentence() -> None:
    # look-alike: no span before it, so 年末 is the period of every figure of its sentence
    got = periods("年末，全市常住人口1200万人，比上年末增加5万人，城镇化率71%。", "2023-03-05")
    assert [p[1] for p in got] == ["年末", "年末", "年末"]


# --- a holiday named inside a cause (在…假期消费回升等因素带动下) is not the period of the figures ---


def test_a_holiday_in_a_cause_leaves_the_period_in_force() -> None:
    got = periods(
        "上半年，全市固定资产投资增长9.1%。在“五一”、国庆假期出行回升等因素带动下，"
        "全市社会消费品零售总额增长11.3%，较一季度高0.6个百分点。",
        "2021-07-20",
    )
    half = ("上半年", "2021-01-01", "2021-06-30")
    assert got == [("9.1%", *half), ("11.3%", *half), ("0.6个百分点", *half)]


def test_a_holiday_said_as_the_period_still_governs() -> None:
    # look-alike: the holiday opens the sentence as its period, with no cause around it
    got = periods("国庆假期，全省接待游客4200万人次，增长12%。", "2023-10-09")
    assert [p[1] for p in got] == ["国庆假期", "国庆假期"]
    got = periods("受春节假期影响下降的行业不多，春节假期全市旅游收入增长8%。", "2023-02-01")
    assert got[0][1] == "春节假期"


# --- Taiwan wording: 年增/年減 are year-on-year changes, 分別 a list, 上年同月 a base ---


def metrics(text: str, day: str = "2022-10-30") -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.metric, f.period) for f in extract_text(text, dt.date.fromisoformat(day))]


def test_year_on_year_in_taiwan_wording_ends_the_metric() -> None:
    got = metrics("8月批發業營業額年增6.2%,其中機械器具業受惠於訂單回溫,致營收分別年增12.4%及9.8%。")
    assert got == [("6.2%", "批發業營業額", "8月"), ("12.4%", "營收", "8月"), ("9.8%", "營收", "8月")]


def test_a_list_said_with_traditional_fen_bie_and_nian_jian_keeps_its_subject() -> None:
    got = metrics("受國際需求放緩影響,我國8月進口及工業生產指數均較上年減少,分別年減3.1%、2.7%。")
    assert [g[1] for g in got] == ["我國進口及工業生產指數", "我國進口及工業生產指數"]


def test_a_year_before_a_number_or_this_year_is_no_taiwan_base() -> None:
    # look-alikes: 今年增长, 2022年增长, 近三年增长 keep 年 in their period
    got = metrics("出口年增5%，近三年增长20%，2022年增长4%。")
    assert got == [("5%", "出口", None), ("20%", "出口", "近三年"), ("4%", "出口", "2022年")]


def test_the_same_month_a_year_before_is_a_base_not_the_period() -> None:
    got = metrics("9月零售業營業額年增6.1%,部分業別因上年同月基期較低,致營收年增逾2成。")
    assert [(g[0], g[2]) for g in got] == [("6.1%", "9月"), ("逾2成", "9月")]
    assert extract_text("9月零售業營業額年增6.1%。", dt.date(2022, 10, 30))[0].period_start == "2022-09-01"


# --- a listed company's stock code and an adverb of surprise are no part of the metric ---


def test_a_stock_code_after_a_company_is_dropped_from_its_metric() -> None:
    got = metrics(
        "几家上市房企近日发行美元债，龙湖(0960.HK)利率分别为5.5%与6.0%；某某地产(1234.HK)居然高达11%。"
    )
    assert [(g[0], g[1]) for g in got] == [("5.5%", "龙湖利率"), ("6.0%", "龙湖利率"), ("11%", "某某地产")]
    assert metrics("贵州某酒业(600519.SH)营收增长15%。")[0][1] == "贵州某酒业营收"


def test_a_bracket_that_is_no_stock_code_stays() -> None:
    # look-alike: a short scope in brackets is part of what is measured, not a stock code
    got = metrics("全市社会消费品零售总额(限额以上)增长8%。")
    assert got[0][1] is not None and "限额以上" in got[0][1]
