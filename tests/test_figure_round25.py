"""Round 25 of the figures issue: metrics that name the measured thing (not a fragment, a verb alone or a
person's clause), shares named in a clause of their own and a 当月 tail, in invented sentences in the image of
the twentieth set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def read(text: str, day: str = "2023-05-01") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure."""
    return [(f.text, f.metric) for f in read(text)]


# --- a metric cut mid-word or on an adverb's debris ends on its noun ---


def test_a_per_cut_from_its_verb_leaves_the_noun() -> None:
    assert metrics("眼下全省的工业产值每增长1个百分点，就能带动就业。")[0] == ("1个百分点", "全省的工业产值")


def test_a_per_inside_the_metric_stays() -> None:
    assert metrics("每万人拥有医生28名。") == [("28名", "每万人拥有医生")]


def test_an_adverb_and_its_cut_period_leave_the_noun() -> None:
    assert metrics("这是全市的工业总量首次在上半年便突破一千亿元大关。") == [
        ("突破一千亿元", "全市的工业总量")
    ]


def test_a_noun_ending_like_debris_is_kept() -> None:
    assert metrics("全县粮食产能达到41万吨。") == [("41万吨", "全县粮食产能")]


# --- no subject noun phrase: the thing after the number, or the subject before ---


def test_a_persons_clause_takes_the_target_after_the_number() -> None:
    got = metrics("面对外部压力，他对本省今年能够完成6.5%左右财政收入增速目标的信心从何而来？")
    assert got == [("6.5%左右", "财政收入增速目标")]


def test_a_country_named_as_ours_is_no_person() -> None:
    assert metrics("我国粮食产量达到6.9亿吨。") == [("6.9亿吨", "我国粮食产量")]


def test_a_verb_alone_takes_the_thing_it_produced() -> None:
    assert metrics("洪水发生以来已经造成30万灾民，数十人受伤。")[0] == ("30万", "灾民")


def test_a_verb_alone_takes_the_subject_of_the_clause_before() -> None:
    got = metrics("其中，1-6月全省拖拉机產量依然出現波动，共生產12.5萬輛，增速同比下降9%。")
    assert got == [("12.5萬輛", "全省拖拉机產量"), ("9%", "拖拉机產量增速")]


def test_a_product_named_with_its_verb_is_kept() -> None:
    assert metrics("全省拖拉机生产12.5万辆。") == [("12.5万辆", "全省拖拉机生产")]


def test_a_qualifier_before_de_counts_the_people_after_it() -> None:
    got = metrics("截至6月底，8.2万符合条件的失地农民全部参加基本医疗保险。")
    assert got == [("8.2万", "失地农民")]


# --- a share named in a clause of its own ---


def test_a_share_in_a_whole_takes_its_owner_from_the_clause_before() -> None:
    got = metrics(
        "自2003至2019年，本国钢铁出口，在全球出口总额中的比重，由2.1%增加到7.4%；铝材出口比重，由1.7%增加到5.9%。"
    )
    assert got == [
        ("2.1%", "本国钢铁出口在全球出口总额中的比重"),
        ("7.4%", "本国钢铁出口在全球出口总额中的比重"),
        ("1.7%", "铝材出口比重"),
        ("5.9%", "铝材出口比重"),
    ]


def test_a_share_with_its_own_comparison_is_read_as_before() -> None:
    assert metrics("服务业增加值占比为54.2%。") == [("54.2%", "服务业增加值占比")]


# --- a 当月 tail is the period, not part of the metric ---


def test_a_month_tail_is_no_part_of_the_metric() -> None:
    got = metrics(
        "全国服装零售总额达到3万亿元，同比增长4.4%，6月当月同比增长5%，增速较5月份回升0.3个百分点。"
    )
    assert got[2:] == [("5%", "全国服装零售总额"), ("0.3个百分点", "服装零售总额增速")]


def test_a_persons_clause_right_before_the_value_keeps_the_target_alone() -> None:
    assert metrics("展会下月开幕。她对8%目标很有把握。") == [("8%", "目标")]
