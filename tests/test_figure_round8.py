"""Figures on two new sets of real pages (issue 11, round 8).

Periods written as a list of their parts, a paragraph that opens on 同期, a word that names two measures, the
term of a product, connectives and modals in front of a subject, ranges that share a magnitude. Every text
is written for this file (names, numbers and wording invented), each class with look-alikes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.core.document import load_document
from tui.core.figures import extract, extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2022-07-20") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str, day: str = "2022-07-20") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, day)]


def dates(text: str, day: str = "2022-07-20") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a period written as a list of its parts ---------------------------------------------------------------


def test_each_figure_of_a_list_over_listed_quarters_gets_its_own_quarter() -> None:
    text = "2021年四个季度全省出口分别增长21.5%、9.3%、6.1%和2.8%，增势逐季放缓。"
    assert dates(text) == [
        ("21.5%", "2021年四个季度", "2021-01-01", "2021-03-31"),
        ("9.3%", "2021年四个季度", "2021-04-01", "2021-06-30"),
        ("6.1%", "2021年四个季度", "2021-07-01", "2021-09-30"),
        ("2.8%", "2021年四个季度", "2021-10-01", "2021-12-31"),
    ]
    assert {f.metric for f in figures(text)} == {"全省出口"}


def test_quarters_listed_with_commas_and_months_listed_with_a_count() -> None:
    got = dates("分析人士说，如果看三年平均增速，那么一、二季度分别在4.2%、4.6%，处于合理区间。")
    assert got == [
        ("4.2%", "一、二季度", "2022-01-01", "2022-03-31"),
        ("4.6%", "一、二季度", "2022-04-01", "2022-06-30"),
    ]
    assert {f.metric for f in figures("如果看三年平均增速，那么一、二季度分别在4.2%、4.6%。")} == {
        "三年平均增速"
    }
    months = dates("4、5、6三个月，全市登记失业率分别为4.4%、4.3%和4.1%，逐月回落。")
    assert [(m[1], m[2], m[3]) for m in months] == [
        ("4、5、6三个月", "2022-04-01", "2022-04-30"),
        ("4、5、6三个月", "2022-05-01", "2022-05-31"),
        ("4、5、6三个月", "2022-06-01", "2022-06-30"),
    ]
    assert {f.metric for f in figures("4、5、6三个月，全市登记失业率分别为4.4%、4.3%和4.1%。")} == {
        "全市登记失业率"
    }


def test_look_alikes_keep_one_span() -> None:
    # two months alone are the months together (the cumulative figure of the genre)
    assert dates("1、2月份，全省工业增加值增长6.5%。") == [("6.5%", "1、2月份", "2022-01-01", "2022-02-28")]
    # one figure over two listed quarters: the quarters together
    assert dates("三、四季度合计增长5.5%。", "2023-01-20") == [
        ("5.5%", "三、四季度", "2022-07-01", "2022-12-31")
    ]
    # a list whose size differs from the parts': the whole span for each
    got = dates("2021年四个季度，两项指标分别增长3%和4%。")
    assert [(g[2], g[3]) for g in got] == [("2021-01-01", "2021-12-31")] * 2
    # numbers listed with 、 that end in no 月 are no period
    assert [f.text for f in figures("第1、2、3批项目共完成投资80亿元。")] == ["80亿元"]


# --- a paragraph that opens on 同期 ----------------------------------------------------------------------------


def _document(tmp_path: Path, body: str) -> list[Figure]:
    path = tmp_path / "report.txt"
    path.write_text("乙省经济运行情况发布\n2021年10月21日 来源：乙省统计局\n\n" + body, encoding="utf-8")
    return extract(load_document(path))


def test_a_paragraph_opening_on_the_same_period_takes_the_dates_of_the_one_before(tmp_path: Path) -> None:
    body = "前三季度，全省居民人均可支配收入28410元，同比增长9.1%。\n\n同期，全省制造业投资同比增长12.7%，两年平均增长4.2%。\n"
    got = [(f.text, f.period, f.period_start, f.period_end) for f in _document(tmp_path, body)]
    assert got[2:] == [
        ("12.7%", "同期", "2021-01-01", "2021-09-30"),
        ("4.2%", "同期", "2021-01-01", "2021-09-30"),
    ]


def test_same_period_look_alikes(tmp_path: Path) -> None:
    # 同期 as a comparison base is no period of its own
    body = "前三季度，全省出口增长9.1%。\n\n比上年同期，全省进口增长3.2%。\n"
    assert [f.period for f in _document(tmp_path, body)] == ["前三季度", None]
    # a paragraph with nothing dated before it keeps no dates
    body = "同期，全省制造业投资同比增长12.7%。\n"
    got = _document(tmp_path, body)
    assert [(f.period_start, f.period_end) for f in got] == [(None, None)]


# --- a word that names two measures ------------------------------------------------------------------------


def test_a_pair_word_is_split_over_a_list_of_two() -> None:
    text = "6月，全省摩托车产销分别为19.9万辆与20.2万辆，环比分别增长9.7%和4.4%。"
    assert metrics(text) == [
        ("19.9万辆", "全省摩托车产量"),
        ("20.2万辆", "全省摩托车销量"),
        ("9.7%", "全省摩托车产量"),
        ("4.4%", "全省摩托车销量"),
    ]
    assert metrics("上半年，全市财政收支分别为300亿元和500亿元。") == [
        ("300亿元", "全市财政收入"),
        ("500亿元", "全市财政支出"),
    ]


def test_a_pair_word_alone_stays_whole() -> None:
    assert {m for _, m in metrics("全市进出口总额为5000亿元，增长3%。")} == {"全市进出口总额"}
    # a list of three: the pair word is not what the list splits
    got = metrics("甲、乙、丙三市进出口分别增长5%、6%和7%。")
    assert all((m or "").endswith("进出口") for _, m in got)


# --- the term of a product ---------------------------------------------------------------------------------


def test_the_term_of_a_product_is_part_of_its_name() -> None:
    got = metrics("本周央行开展了14天期200亿元逆回购操作，1年期LPR为3.45%。")
    assert got == [("200亿元", "14天期逆回购操作"), ("3.45%", "1年期LPR")]


def test_spans_of_time_said_with_qi_stay_figures() -> None:
    got = metrics("春节7天期间，旅客发送量达到2000万人次，游客平均停留3天。")
    assert [t for t, _ in got] == ["2000万人次", "3天"]
    assert metrics("合同3年期满后续签。") == []


# --- connectives, modals and marks in front of a subject -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("即，无论是中央的3万亿元还是地方资金都要直达基层。", None),  # no connective as a metric
        ("全年产量可达1250万吨。", "产量"),
        ("全年产量有望达到1250万吨。", "产量"),
        ("今年全市FDI预计可达约80亿美元。", "全市FDI"),
        ("全年发放许可1200张。", "许可"),  # 许可 keeps its 可
    ],
)
def test_connectives_and_modals_are_no_part_of_the_metric(text: str, wanted: str | None) -> None:
    assert metrics(text)[0][1] == wanted


def test_a_change_written_with_jiang_measures_the_thing_moved() -> None:
    assert metrics("今年的预算将赤字率从2.5%提高到3.2%以上。") == [("2.5%", "赤字率"), ("3.2%以上", "赤字率")]
    assert metrics("新政策将个税起征点由3500元提高到5000元。")[0] == ("3500元", "个税起征点")
    # 将 meaning "will" keeps the subject before it
    assert "全市" in (metrics("今年全市将新增就业10万人。")[0][1] or "")


def test_a_per_unit_mark_is_no_part_of_the_next_metric() -> None:
    got = metrics("个税起征点从3,000元人民币/月提高至4,000元/月，未来还将调整。")
    assert got == [("3,000元", "个税起征点"), ("4,000元", "个税起征点")]


# --- values -------------------------------------------------------------------------------------------------


def test_a_range_shares_its_magnitude() -> None:
    got = [(f.text, f.value, f.bound) for f in figures("去年下半年，月度规模大概在1600-1700亿。")]
    assert got == [("1600", 1.6e11, "low"), ("1700亿", 1.7e11, "high")]


def test_compound_count_units_and_latin_nouns_after_a_unit() -> None:
    got = [
        (f.text, f.unit) for f in figures("平台每月可检测25万款App，全年完成15批次抽检，5G基站超过3万个。")
    ]
    assert got == [("25万款", "款"), ("15批次", "批次"), ("超过3万个", "个")]


def test_a_time_frame_after_a_year_word_is_no_figure() -> None:
    assert figures("今年后4个月，出口有望回升。") == []
    assert [f.text for f in figures("游客平均停留4个月。")] == ["4个月"]


def test_a_repeated_numeral_is_a_word_not_a_number() -> None:
    got = [
        (f.text, f.value)
        for f in figures(
            "他是车间里唯一一位女工，记者一一列举了问题，共十一位代表、二十二人发言，增长一点一一倍。"
        )
    ]
    assert got == [("十一位", 11.0), ("二十二人", 22.0), ("一点一一倍", 1.11)]


# --- a bilingual transcript ---------------------------------------------------------------------------------


def test_the_english_half_of_a_bilingual_transcript_gives_no_figures(tmp_path: Path) -> None:
    english = (
        "Zhang Wei: At present the one-year deposit rate in the province is around 1.5% and the lending rate "
        "is about 4.2%, and the markets for bonds and for equities work well for the firms we serve here."
    )
    body = f"{english}\n\n张伟：目前，全省一年期存款利率约1.5%，贷款利率约4.2%，债券和股票市场运行良好。\n"
    path = tmp_path / "talk.txt"
    path.write_text("访丙省金融办主任\n2022年6月20日\n\n" + body, encoding="utf-8")
    got = [(f.text, f.metric) for f in extract(load_document(path))]
    assert got == [("约1.5%", "全省一年期存款利率"), ("约4.2%", "贷款利率")]


def test_an_english_paragraph_alone_keeps_its_figures(tmp_path: Path) -> None:
    english = (
        "The bureau said output rose by 5.2% in the first half, and that the figures for the whole of the "
        "year would be published in the usual way in January next year by the statistics office."
    )
    path = tmp_path / "english.txt"
    path.write_text("Output report\n2022年7月20日\n\n" + english + "\n", encoding="utf-8")
    assert [f.value for f in extract(load_document(path))] == [5.2]


def test_a_bare_ratio_after_its_noun_is_a_figure() -> None:
    got = [
        (f.text, f.unit)
        for f in figures("前三季度，城乡居民人均收入比值2.48，比上年同期缩小0.06。基尼系数0.46。")
    ]
    assert got == [("2.48", ""), ("0.06", ""), ("0.46", "")]
    # a bare number after a noun that is no ratio stays out
    assert figures("全省共有代码0731的线路。") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2017年至2020年上半年累计销售金额8.4亿元。", ("2017-01-01", "2020-06-30")),
        ("2015年到2019年底，全省累计减贫95万人。", ("2015-01-01", "2019-12-31")),
        ("2019年至2021年一季度，出口增长9%。", ("2019-01-01", "2021-03-31")),
        ("2019—2021年，全省投资增长8%。", ("2019-01-01", "2021-12-31")),  # no part: the years whole
    ],
)
def test_a_range_of_years_may_end_in_a_part_of_the_last(text: str, span: tuple[str, str]) -> None:
    got = figures(text, "2021-10-20")
    assert [(f.period_start, f.period_end) for f in got] == [span]


def test_zhao_before_a_currency_is_a_trillion() -> None:
    got = [
        (f.text, f.value, f.unit) for f in figures("去年全市GDP总量达3.15兆元，新增装机250兆瓦，宽带100兆。")
    ]
    assert got == [("3.15兆元", 3.15e12, "元"), ("250兆瓦", 250.0, "兆瓦")]


def test_a_limit_on_a_time_is_a_figure_and_round_the_clock_is_not() -> None:
    got = [(f.text, f.unit) for f in figures("办理许可的时间控制在5个工作日之内，热线电话24小时值守接听。")]
    assert got == [("5个工作日", "个工作日")]
    assert figures("5个工作日内完成审批。") == []  # a time frame
    assert [f.text for f in figures("全程用时24小时。")] == ["24小时"]  # a duration measured


def test_a_digest_number_is_no_part_of_the_metric() -> None:
    assert metrics("NO.3 我国7月外储32100亿美元。") == [("32100亿美元", "我国外储")]


def test_a_list_closed_by_its_category_gives_each_item_the_shared_measure() -> None:
    got = metrics("全年，服务机器人、光伏电池等新兴产品产量同比分别增长31.2%和22.5%。")
    assert got == [("31.2%", "服务机器人产量"), ("22.5%", "光伏电池产量")]
    # one figure for the category: the category stays
    assert metrics("全年，新能源汽车等新兴产品产量增长50%。") == [("50%", "新能源汽车等新兴产品产量")]
