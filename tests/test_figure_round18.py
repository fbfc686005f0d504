"""Round 18 of the figures issue: invented sentences in the image of the seventeenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def figures(text: str, day: str = "2021-10-20") -> list[tuple[str, float, str | None, str]]:
    """(text, value, unit, the text as written between the figure's offsets) of every figure."""
    return [
        (f.text, f.value, f.unit, text[f.start : f.end])
        for f in extract_text(text, dt.date.fromisoformat(day))
    ]


# --- a mirror's pinyin gloss inside or after a unit: the figure runs to the unit's end, gloss and all ---


def test_a_unit_broken_by_glosses_runs_to_its_end_in_the_script_as_written() -> None:
    got = figures(
        "前三季度，全縣生產(chǎn)總值增長5.8%，增速高出全國0.6個(gè)百分點(diǎn)，高出全省0.2個(gè)百分點(diǎn)。"
    )
    assert got[1] == ("0.6個(gè)百分點(diǎn)", 0.6, "個百分點", "0.6個(gè)百分點(diǎn)")
    assert got[2] == ("0.2個(gè)百分點(diǎn)", 0.2, "個百分點", "0.2個(gè)百分點(diǎn)")


def test_a_gloss_after_the_last_character_of_a_unit_belongs_to_the_figure() -> None:
    got = figures("全鎮新增就業(yè)3120人(rén)，新設企業(yè)45個(gè)，其中外資企業9個。")
    assert got[0] == ("3120人(rén)", 3120, "人", "3120人(rén)")
    # look-alike: a one-character unit with its gloss after it is still written as the page writes it
    assert got[1] == ("45個(gè)", 45, "個", "45個(gè)")
    assert got[2] == ("9個", 9, "個", "9個")


# --- a small count in Chinese numerals picking members out of a whole counted before it ---


def test_members_picked_out_of_a_counted_whole_are_a_count() -> None:
    got = figures("十年前，全国销量前十的手机品牌里没有一家本土企业，如今销量前十的品牌中四家出自本省。")
    assert [g[:3] for g in got] == [("四家", 4, "家")]
    got = figures("全省60所职业院校中，有三所入选国家名单。")
    assert [g[:3] for g in got] == [("60所", 60, "所"), ("三所", 3, "所")]


def test_small_chinese_counts_without_a_counted_whole_are_no_figures() -> None:
    # look-alikes: a count with no whole before it, one member picked out, a whole not counted
    assert figures("三家机构联合发布了这份报告，其中一位专家作了解读。") == []
    assert figures("在这些企业中三家已经上市。") == []
    assert figures("我们要集中两家的力量办大事。") == []


# --- a ratio said to stay at a level is written without a unit ---


def test_a_ratio_kept_at_a_level_is_a_figure_without_a_unit() -> None:
    got = extract_text("二季度全市劳动力市场的岗位求人倍率稳定在1.31，同比略有上升。", dt.date(2021, 7, 20))
    assert [(f.text, f.value, f.unit, f.metric) for f in got] == [
        ("1.31", 1.31, "", "全市劳动力市场的岗位求人倍率")
    ]


def test_a_bare_number_kept_at_without_a_ratio_named_is_no_figure() -> None:
    # look-alikes: no ratio named before the number, or a ratio named in a clause of its own
    assert figures("全区就业形势总体保持在1.2的水平。") == []
    assert figures("求人倍率有所回升，全区就业形势保持在1.2的水平。") == []
