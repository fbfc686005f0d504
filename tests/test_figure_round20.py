"""Round 20 of the figures issue: invented sentences in the image of the eighteenth set, each class with its
look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str = "2021-10-20") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure."""
    return [(f.text, f.metric) for f in read(text)]


# --- a list of one-character kinds sharing the rest of the last item ---


def test_one_character_kinds_share_the_whole_rest_of_the_last_item() -> None:
    got = metrics("其中，鸡、鸭、鹅、兔肉产量分别增长12.1%、3.5%、2.2%和0.7%。")
    assert [m for _, m in got] == ["鸡肉产量", "鸭肉产量", "鹅肉产量", "兔肉产量"]


def test_longer_items_still_share_only_the_head_noun() -> None:
    got = metrics("汽油、柴油和液化石油气价格分别上涨3.1%、2.8%和1.9%。")
    assert [m for _, m in got] == ["汽油价格", "柴油价格", "液化石油气价格"]
    got = metrics("鲜果和水产品价格分别上涨4.4%、2.6%。")
    assert [m for _, m in got] == ["鲜果价格", "水产品价格"]


# --- a bare run of values, named by the sentence after it ---


def test_values_named_after_take_the_thing_the_next_sentence_names() -> None:
    got = metrics("3.21万亿元、4.05万亿元、5.16万亿元……这是前三个季度全省社会消费品零售总额的数据。")
    assert got == [(v, "全省社会消费品零售总额") for v in ("3.21万亿元", "4.05万亿元", "5.16万亿元")]


def test_values_named_after_on_a_glossed_traditional_page_drop_the_glosses() -> None:
    got = metrics("3.21萬億元,、4.05萬億元……這是前三個季度全省社會消(xiāo)費(fèi)品零售總額的數(shù)據(jù)。")
    assert [m for _, m in got] == ["全省社會消費品零售總額"] * 2


def test_a_run_named_by_a_count_of_places_or_a_figure_with_a_subject_is_left() -> None:
    assert [m for _, m in metrics("1.2万、1.5万。这是两个城市的数据。")] == [None, None]
    got = metrics("去年全省投资增长3.2%。这是近五年来的最好数据。")
    assert got == [("3.2%", "全省投资")]
