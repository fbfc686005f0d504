"""Round 24 of the figures issue: invented sentences in the image of the twentieth set (a burden lifted is no
minus sign; magnitudes of a list sharing its last unit; a compound count unit), each with its look-alikes."""

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


# --- magnitudes sharing the list's last unit ---


def test_magnitudes_of_a_list_share_its_last_unit() -> None:
    got = figures("东盟、日本和韩国与本省的贸易额分别为2.66万亿、1.83万亿和0.97万亿元。")
    assert got == [("2.66万亿", 2.66e12, "元"), ("1.83万亿", 1.83e12, "元"), ("0.97万亿元", 0.97e12, "元")]


def test_a_magnitude_before_a_comma_keeps_no_unit() -> None:
    """Look-alike: a count of people, then after a comma an amount in 元: two figures, two units."""
    got = figures("全县常住人口86万，地区生产总值420亿元。")
    assert got == [("86万", 8.6e5, ""), ("420亿元", 4.2e10, "元")]


# --- a compound count unit ---


def test_a_compound_count_unit_is_the_whole_unit() -> None:
    assert figures("口岸全年检出外来物种4.6万种次。") == [("4.6万种次", 4.6e4, "种次")]


def test_a_kind_count_followed_by_an_unrelated_next_word() -> None:
    """Look-alike: 种 then 次年 (the next year): the unit is 种 alone."""
    assert figures("新增特色品种17种，次年全部推广。")[0] == ("17种", 17.0, "种")
