"""Round 29 of the figures issue: what is left across the seventeenth to twenty-second sets, by class, in
invented sentences with look-alikes (a record said of the thing named before is no metric)."""

from __future__ import annotations

from tui.core.figures import extract_text


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of ``text``."""
    return [(f.text, f.metric) for f in extract_text(text)]


def test_a_record_for_the_same_period_carries_the_thing_named_before() -> None:
    got = metrics("今年上半年,全省粮食产量达到410.5万吨,历史同期首次突破400万吨,同比增长2.1%。")
    assert got == [("410.5万吨", "全省粮食产量"), ("突破400万吨", "全省粮食产量"), ("2.1%", "全省粮食产量")]


def test_a_short_record_phrase_is_no_metric_either() -> None:
    got = metrics("1-10月,全市外贸总额为88.2亿元,历史同期首超80亿元。")
    assert got == [("88.2亿元", "全市外贸总额"), ("超80亿元", "全市外贸总额")]


def test_a_measure_said_of_the_same_period_keeps_its_own_name() -> None:
    got = metrics("前三季度,全区旅游收入为36.4亿元,同期接待游客215万人次。")
    assert got == [("36.4亿元", "全区旅游收入"), ("215万人次", "游客")]
