"""Round 24 of the figures issue: invented sentences in the image of the twentieth set (a burden lifted is no
minus sign; a compound count unit; a plan in corner quotes carried across a hard-wrapped page), each with its look-alikes."""

from __future__ import annotations

from tui.core.figures import extract_text


def figures(text: str) -> list[tuple[str, float, str]]:
    """(text, value, unit) of every figure of an undated text."""
    return [(f.text, f.value, f.unit) for f in extract_text(text, None)]


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of an undated text."""
    return [(f.text, f.metric) for f in extract_text(text, None)]


# --- 减负: a reduction verb, not a minus sign ---


def test_a_burden_lifted_is_a_positive_amount() -> None:
    text = "缓缴社保费政策再延长一年，预计每年为小微企业减负960亿元。"
    assert figures(text) == [("960亿元", 9.6e10, "元")]
    assert metrics(text)[0][1] is not None and metrics(text)[0][1].endswith("减负")


def test_a_burden_lifted_in_traditional_script() -> None:
    assert figures("全年為市場主體減負３２０億元。") == [("３２０億元", 3.2e10, "元")]


def test_a_written_minus_still_makes_a_negative_value() -> None:
    """Look-alike: 负 as the sign of the number (增速为负2.4%) stays a minus."""
    assert figures("一季度出口增速为负2.4%。") == [("2.4%", -2.4, "%")]


# --- a compound count unit ---


def test_a_compound_count_unit_is_the_whole_unit() -> None:
    assert figures("口岸全年检出外来物种4.6万种次。") == [("4.6万种次", 4.6e4, "种次")]


def test_a_kind_count_followed_by_an_unrelated_next_word() -> None:
    """Look-alike: 种 then 次年 (the next year): the unit is 种 alone."""
    assert figures("新增特色品种17种，次年全部推广。")[0] == ("17种", 17.0, "种")


# --- a five-year plan in corner quotes, and a hard-wrapped page carrying it ---

_WRAPPED = """江南省财政厅发布会
江南省财政厅厅长周启明介绍「十三五」时期以来的财政工作。他说，「十四五」时期，全省一般公共预算收入

累计达到１．８万亿元，比上个五年增加３２００亿元。民生支出力度不减，全省

一般公共预算民生支出累计超过１﹒２万亿元，增长２１％。

{after}
"""


def _wrapped(after: str) -> list[tuple[str, str | None, str | None]]:
    from tui.core.document import parse_text
    from tui.core.figures import extract

    doc = parse_text(_WRAPPED.format(after=after), name="wrapped.txt")
    return [(f.text, f.period, f.period_start) for f in extract(doc)]


def test_a_plan_in_corner_quotes_is_a_period() -> None:
    got = extract_text("「十四五」時期，全省累計新增就業３２０萬人。", None)
    assert [(f.period, f.period_start, f.period_end) for f in got] == [
        ("「十四五」時期", "2021-01-01", "2025-12-31")
    ]


def test_a_hard_wrapped_page_carries_the_period_across_its_breaks() -> None:
    got = _wrapped("全省新建学校１２０所。")
    plan = ("「十四五」时期", "2021-01-01")
    assert got[:4] == [
        ("１．８万亿元", *plan),
        ("３２００亿元", *plan),
        ("超过１﹒２万亿元", *plan),
        ("２１％", *plan),
    ]


def test_a_paragraph_after_a_finished_sentence_takes_no_wrapped_period() -> None:
    """Look-alike: the paragraph before ends on 。: its period is not carried."""
    assert _wrapped("全省新建学校１２０所。")[-1] == ("１２０所", None, None)
