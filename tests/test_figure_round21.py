"""Round 21 of the figures issue: invented sentences in the image of the eighteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str = "2023-04-12") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure."""
    return [(f.text, f.metric) for f in read(text)]


def spans(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, period, start, end) of every figure."""
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text)]


# --- a range of months written with a run of mixed dashes ---


def test_a_run_of_mixed_dashes_is_one_range_of_months() -> None:
    got = spans("1--—3月平均，全市居民消费价格比上年同期上涨1.7%。")
    assert got == [("1.7%", "1--—3月", "2023-01-01", "2023-03-31")]
    got = spans("1--4月，全县外贸出口增长6.4%。")
    assert got == [("6.4%", "1--4月", "2023-01-01", "2023-04-30")]


def test_one_dash_and_a_span_of_years_still_read_as_before() -> None:
    assert spans("1—2月，全县外贸出口增长6.4%。") == [("6.4%", "1—2月", "2023-01-01", "2023-02-28")]
    got = spans("2017--2021年，全县外贸出口年均增长6.4%。")
    assert got == [("6.4%", "2017--2021年", "2017-01-01", "2021-12-31")]
    # a month alone after a dash that closes a clause is that month, no range
    assert spans("3月，全县外贸出口增长6.4%。") == [("6.4%", "3月", "2023-03-01", "2023-03-31")]


# --- a verb ending in 达 (下达, 送达) is a whole word, not a value reached ---


def test_a_verb_ending_in_da_keeps_its_first_character() -> None:
    got = metrics("截至8月底，全省财政已下达1.6万亿元。")
    assert got == [("1.6万亿元", "全省财政")]
    assert metrics("本季度法院已送达文书3.4万份。") == [("3.4万份", "本季度法院已送达文书")]


def test_da_after_a_noun_is_still_the_value_reached() -> None:
    assert metrics("全县固定资产投资达1.6万亿元。") == [("1.6万亿元", "全县固定资产投资")]


# --- a rate of a verb (下达比例, 拨付进度, 完成率) is one noun ---


def test_a_rate_after_a_verb_keeps_the_verb() -> None:
    got = metrics("截至8月底，全省财政已拨付4.2亿元，拨付进度达到81%。")
    assert got == [("4.2亿元", "全省财政"), ("81%", "拨付进度")]
    assert metrics("省级财政已下达比例达到93.5%。") == [("93.5%", "省级财政已下达比例")]
    assert metrics("今年全县签约率达到77%。")[0][1] == "全县签约率"


def test_an_object_after_a_verb_still_stands_alone() -> None:
    assert metrics("全县工业企业实现利润86亿元。") == [("86亿元", "全县工业企业利润")]


# --- a number that opens a quoted catchword names what the quote closes on ---


def test_a_quoted_catchword_opened_by_its_number_names_the_figure() -> None:
    got = metrics("某某局局长张三和某某部部长李四分别就“冰上运动”和“20亿亩林地红线”作出阐释。")
    assert got == [("20亿亩", "林地红线")]


def test_a_quote_that_closes_on_the_number_or_opens_before_a_verb_names_nothing_new() -> None:
    assert metrics("全县提出“3个100万”目标。")[0] == ("3个", "全县提出")
    assert metrics("全县林地面积达到“20亿亩”。") == [("20亿亩", "全县林地面积")]


# --- an effect on a total's change (影响CPI上涨…) is the effect of the clause before's subject ---


def test_an_effect_clause_takes_the_doer_of_the_clause_before() -> None:
    got = metrics("3月份，蔬菜类价格同比上涨3.1%，影响CPI（居民消费价格指数）上涨约0.07个百分点。")
    assert got == [("3.1%", "蔬菜类价格"), ("约0.07个百分点", "蔬菜类价格影响CPI")]
    got = metrics("一季度，最终消费支出增长5%，拉动经济增长3.2个百分点。")
    assert got[1] == ("3.2个百分点", "最终消费支出拉动经济")


def test_an_effect_without_a_change_or_in_another_sentence_stays_as_it_was() -> None:
    assert metrics("全县投资增长5%，带动就业5万人。")[1] == ("5万人", "就业")
    assert metrics("蔬菜类价格同比上涨3.1%。影响CPI上涨约0.07个百分点。")[1] == ("约0.07个百分点", "影响CPI")


# --- a target after its value, said by a speaker who owns none of it (他对6.5%目标, 本身要实现…的目标) ---


def test_a_target_after_a_speakers_words_is_the_target_itself() -> None:
    assert metrics("她对7%目标充满信心。") == [("7%", "目标")]
    assert metrics("我们本身要实现7%的目标，难度不小。") == [("7%", "目标")]


def test_a_target_after_its_owner_is_still_the_owners() -> None:
    assert metrics("全年实现GDP增长7%左右的预期目标。") == [("7%左右", "GDP")]
    assert metrics("今年全市GDP要实现7%的增长目标。") == [("7%", "增长目标")]
