"""A rate said as what a subject achieved or kept (``实现7%的增长``, ``保持8.5%的增速``) is a rate of change of
the subject, never of the verb, and no share of a group; a share (``60%的企业``) and a target (``6%的增长目标``)
stay what they were."""

from __future__ import annotations

import pytest

from tui.core.figures import extract_text


@pytest.mark.parametrize(
    ("text", "metric", "comparison", "measure"),
    [
        ("一季度东江市生产总值实现6.4%的增长。", "东江市生产总值", "增长", "change"),
        ("今年全省工业经济保持了8.5%的增速。", "全省工业经济增速", "增速", "change"),
        ("东江市用电量保持10%以上的增幅。", "东江市用电量增幅", "增幅", "change"),
    ],
)
def test_a_rate_achieved_or_kept(text: str, metric: str, comparison: str, measure: str) -> None:
    (figure,) = extract_text(text, None)
    assert (figure.metric, figure.comparison, figure.measure) == (metric, comparison, measure)


def test_a_verb_alone_is_no_metric_the_subject_before_is_carried() -> None:
    first, second = extract_text(
        "上半年东江市生产总值增长是7%。能够克服困难，实现7%的增长，得益于政策。", None
    )
    assert first.metric == "东江市生产总值增长"
    assert second.metric is not None and "实现" not in second.metric
    assert second.measure == "change"


def test_a_share_of_a_group_and_a_target_are_no_rates_of_change() -> None:
    (share,) = extract_text("东江市60%的企业已经恢复生产。", None)
    assert share.measure == "share"
    (target,) = extract_text("东江市全年要实现6%左右的增长目标。", None)
    assert target.measure != "change"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("东江市政府工作报告把经济增长目标定在6.5%左右。", "经济增长目标"),
        ("东江市把居民消费价格涨幅控制在3%左右。", "居民消费价格涨幅"),
        ("今年南江县要把专项转移支付压减到120项。", "专项转移支付"),
    ],
)
def test_a_target_set_with_ba_measures_the_target_not_who_sets_it(text: str, metric: str) -> None:
    (figure,) = extract_text(text, None)
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("为什么说东江市外出务工劳动力的数据比去年同期下降了3.6%？", "东江市外出务工劳动力"),
        ("如何看待一季度东江市居民消费价格上涨2.1%？", "东江市居民消费价格"),
    ],
)
def test_a_question_about_a_figure_is_no_part_of_its_metric(text: str, metric: str) -> None:
    (figure,) = extract_text(text, None)
    assert figure.metric == metric


def test_the_year_of_a_target_set_for_it_is_its_period() -> None:
    import datetime as dt

    (target,) = extract_text("东江市政府工作报告把今年经济增长目标定在6.5%左右。", dt.date(2012, 3, 6))
    assert (target.metric, target.period, target.period_start, target.period_end) == (
        "经济增长目标",
        "今年",
        "2012-01-01",
        "2012-12-31",
    )
    (share,) = extract_text("东江市已完成全年增量计划的80%。", dt.date(2012, 9, 6))
    assert share.period is None  # a share of the year's plan, not a figure of the year


def test_a_month_reached_and_done_is_past_a_month_to_reach_is_a_target() -> None:
    import datetime as dt

    day = dt.date(2012, 3, 6)
    (done,) = extract_text("去年东江市物价涨势趋缓，到12月份当月同比涨幅已经回落到4%左右。", day)
    assert (done.period_start, done.period_end) == ("2011-12-01", "2011-12-31")
    (target,) = extract_text("到12月份，东江市新能源汽车产量将达到5万辆。", day)
    assert (target.period_start, target.period_end) == ("2012-12-01", "2012-12-31")
