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


# --- a one-line lead paragraph sets the period of the paragraph of figures after it ---


def _paragraphs(*texts: str) -> list[Figure]:
    from tui.core.document import parse_text
    from tui.core.figures import extract

    return extract(parse_text("标题：全市经济运行情况\n\n" + "\n\n".join(texts) + "\n", name="lead.txt"))


def test_a_one_line_lead_gives_its_period_to_the_next_paragraph() -> None:
    got = _paragraphs("7月份，全市经济延续恢复向好态势。", "全市快递业务量同比增长5.3%；环比增长0.41%。")
    assert [(f.text, f.period) for f in got] == [("5.3%", "7月份"), ("0.41%", "7月份")]


def test_a_paragraph_with_its_own_period_or_a_lead_with_figures_keeps_its_reading() -> None:
    got = _paragraphs("7月份，全市经济延续恢复向好态势。", "上半年，全市快递业务量同比增长5.3%。")
    assert [(f.text, f.period) for f in got] == [("5.3%", "上半年")]
    got = _paragraphs("7月份，全市用电量增长2.2%。", "全市快递业务量同比增长5.3%。")
    assert [(f.text, f.period) for f in got] == [("2.2%", "7月份"), ("5.3%", None)]
    got = _paragraphs("7月份，全市经济延续恢复向好态势。", "会上有记者提问。", "全市快递业务量同比增长5.3%。")
    assert [(f.text, f.period) for f in got] == [("5.3%", None)]


# --- a sum in Chinese numerals with 万亿 and no unit; 名义 after it is no count of people ---


def test_a_sum_in_chinese_numerals_with_wanyi_is_a_figure_without_a_unit() -> None:
    got = read("五年前增量有三四万亿就够了，而明年得要有七万亿名义GDP的增量。")
    assert [(f.text, f.value, f.unit) for f in got] == [("七万亿", 7e12, "")]


def test_shi_yi_people_and_a_rank_stay_no_figures() -> None:
    assert read("十四亿中国人的饭碗。") == []
    assert read("该市排名第三名。") == []


def test_wanyi_alone_names_a_magnitude_not_a_sum() -> None:
    assert read("市值迈入万亿美元俱乐部的公司又多了一家。") == []
