"""Figures on messy real pages (issue 11, round 7): a metric is a noun phrase.

A clause about how a figure is reckoned or kept, a subject cut before a preposition or after a modal verb left
fragments of verb phrases as metrics. Every text is written for this file (names, numbers and wording
invented), each class with look-alikes that must keep their metric whole.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.core.document import load_document
from tui.core.figures import extract, extract_text
from tui.core.nounphrase import noun_phrase


def metrics(text: str, day: str = "2020-03-10") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in extract_text(text, dt.date.fromisoformat(day))]


# --- the check itself ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("candidate", "phrase"),
    [
        ("免税额计算", "免税额"),  # a verb of reckoning after the noun
        ("补贴后计算纳税", "补贴"),  # a postposition and a verb of reckoning
        ("这一项调整来估算", ""),  # only points back to the figure before
        ("补助标准保持不变", "补助标准"),  # a verb of state
        ("甲省以", "甲省"),  # a preposition the subject was cut before
        ("将会", ""),  # a modal verb and nothing else
        ("以每一季度的销售额扣除成本", "每一季度的销售额扣除成本"),  # a preposition of means
        ("城乡居民收入与", "城乡居民收入"),  # a conjunction left at the end
    ],
)
def test_a_fragment_backs_off_to_the_noun_phrase_inside(candidate: str, phrase: str) -> None:
    assert noun_phrase(candidate) == phrase


@pytest.mark.parametrize(
    "noun",
    ["税后利润", "社会消费品零售总额", "会计师事务所数量", "可支配收入", "能源消费总量", "投资方向", "00后",
     "以旧换新补贴", "委员会", "收入总和", "以上企业"],
)  # fmt: skip
def test_a_noun_phrase_that_ends_or_starts_like_a_fragment_is_kept_whole(noun: str) -> None:
    assert noun_phrase(noun) == noun


# --- in sentences ------------------------------------------------------------------------------------------


def test_a_threshold_used_to_reckon_a_tax_is_the_threshold() -> None:
    text = "比如一位职工月收入是9,000元，按原来条例的2,800元的免税额计算，他每月要缴税186元。"
    got = dict(metrics(text))
    assert got["2,800元"] == "免税额"


def test_a_value_kept_unchanged_is_the_value_of_the_standard() -> None:
    text = "草案维持了补助标准调到每年4万元，即每月约3,300元的补助标准不变。"
    got = dict(metrics(text))
    assert got["约3,300元"] is not None and not got["约3,300元"].endswith("不变")


def test_a_cost_deducted_before_the_tax_is_reckoned_is_the_cost() -> None:
    text = "三是允许稿酬和讲课费两类收入在扣除25%的补贴后计算纳税。"
    assert dict(metrics(text))["25%"] == "补贴"


def test_a_gap_said_with_a_preposition_takes_the_subject_before_it() -> None:
    text = "今年前4个月，甲国以约45亿元的差距落后乙国。"
    assert dict(metrics(text))["约45亿元"] == "甲国"


def test_a_share_said_with_a_modal_verb_is_the_share_of_the_topic_before() -> None:
    text = "各项都加起来，省财政用于教育的支出，明年将会达到省财政支出的五分之一。"
    assert metrics(text) == [("五分之一", "省财政用于教育的支出")]
    text = "各项都加起来，省财政用于教育的支出，明年将会占到省财政支出的五分之一。"
    assert metrics(text) == [("五分之一", "支出占到省财政支出")]


def test_a_clause_said_of_something_is_no_topic() -> None:
    assert metrics("咱们再算一下，明年将会占到省财政支出的五分之一。") == [("五分之一", None)]
    assert metrics("这部法规各章都作了调整，由原来的9章增加到12章。") == [("9章", None), ("12章", None)]


def test_a_share_said_with_its_own_subject_keeps_it() -> None:
    text = "今年全市社会保障支出将会占到一般公共预算支出的15%。"
    assert dict(metrics(text))["15%"] == "全市社会保障支出占到一般公共预算支出"


# --- a paragraph that breaks down the one before ------------------------------------------------------------


def _figures_of(tmp_path: Path, body: str) -> list[tuple[str, str | None, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text(
        "甲省统计局介绍前三季度经济运行情况\n2021年10月20日 来源：甲省统计局\n\n" + body, encoding="utf-8"
    )
    return [(f.text, f.metric, f.period) for f in extract(load_document(path))]


def test_a_paragraph_broken_down_by_quarter_measures_what_the_paragraph_before_did(tmp_path: Path) -> None:
    body = (
        "据初步核算，前三季度全省生产总值31250亿元，同比增长8.6%。\n\n"
        "分季度看，一季度同比增长15.1%；二季度同比增长7.2%；三季度同比增长4.4%。\n"
    )
    got = _figures_of(tmp_path, body)
    assert got[2:] == [
        ("15.1%", "全省生产总值", "一季度"),
        ("7.2%", "全省生产总值", "二季度"),
        ("4.4%", "全省生产总值", "三季度"),
    ]


def test_a_paragraph_that_names_its_own_subject_or_breaks_nothing_down_carries_nothing(
    tmp_path: Path,
) -> None:
    body = (
        "据初步核算，前三季度全省生产总值31250亿元，同比增长8.6%。\n\n"
        "分季度看，一季度工业增加值同比增长12.3%。\n\n"
        "从全年看，预计增长7%左右。\n"
    )
    got = _figures_of(tmp_path, body)
    assert got[2][1] == "工业增加值"
    assert got[3][1] != "全省生产总值" and got[3][1] != "工业增加值"


# --- a span of years before a cumulative figure, and 此前 ---------------------------------------------------


def periods(text: str, day: str = "2016-03-10") -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (f.text, f.period, f.period_start, f.period_end)
        for f in extract_text(text, dt.date.fromisoformat(day))
    ]


def test_a_span_of_years_before_a_cumulative_figure_is_its_period() -> None:
    text = "2012年起，全县三年累计投入46亿元，年均增长11%。"
    assert periods(text) == [("46亿元", "三年", None, None), ("11%", "三年", None, None)]
    assert periods("全县6个月合计完成投资9亿元。") == [("9亿元", "6个月", None, None)]


def test_a_year_or_a_month_before_a_cumulative_figure_stays_a_year_or_a_month() -> None:
    assert periods("2014年累计投入46亿元。") == [("46亿元", "2014年", "2014-01-01", "2014-12-31")]
    assert periods("2月累计投入4亿元。") == [("4亿元", "2月", "2016-02-01", "2016-02-29")]
    assert periods("第三年累计投入6亿元。")[0][1] != "三年"


def test_before_now_opening_a_sentence_is_its_period_but_not_inside_a_phrase() -> None:
    assert periods("此前，已有40多人次在这里接受采访。") == [("40多人次", "此前", None, None)]
    assert periods("此前公布的数据为6%。") == [("6%", None, None, None)]


# --- pieces counted in 块 and 枚 ----------------------------------------------------------------------------


def test_pieces_counted_with_kuai_and_mei_are_figures_with_that_unit() -> None:
    got = [
        (f.text, f.value, f.unit)
        for f in extract_text("全年芯片产量1650亿块，发射卫星21枚。", dt.date(2020, 3, 1))
    ]
    assert got == [("1650亿块", 1.65e11, "块"), ("21枚", 21, "枚")]
    assert extract_text("大家一块努力，这一块的工作要抓紧。", dt.date(2020, 3, 1)) == []


# --- a from-to with no subject counts what the clause before put forward -------------------------------------


def test_a_from_to_without_a_subject_counts_what_the_clause_before_put_forward() -> None:
    text = "新办法细化了抽检项目的设置，从6项增加到15项，请谈谈考虑。"
    assert metrics(text) == [("6项", "抽检项目"), ("15项", "抽检项目")]


def test_a_from_to_with_its_own_subject_keeps_it() -> None:
    text = "新办法细化了抽检项目的设置，抽检比例从5%提高到8%。"
    assert [m for _, m in metrics(text)] == ["抽检比例", "抽检比例"]
    text = "他说了很多，从6项增加到15项。"
    assert [m for _, m in metrics(text)] == [None, None]


# --- 增产, 减产, 增收, 减收 are changes, not metrics ------------------------------------------------------


def test_a_harvest_grown_or_shrunk_is_a_change_of_the_output_named_before() -> None:
    got = [
        (f.text, f.metric, f.comparison)
        for f in extract_text("全省早稻产量620万吨，比上年减产18万吨，下降2.8%。")
    ]
    assert got == [
        ("620万吨", "全省早稻产量", None),
        ("18万吨", "全省早稻产量", "比上年减产"),
        ("2.8%", "全省早稻产量", "下降"),
    ]
    got = [(f.text, f.metric, f.comparison) for f in extract_text("全县农户经营收入增收900元。")]
    assert got == [("900元", "全县农户经营收入", "增收")]
