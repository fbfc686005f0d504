"""Round 28 of the figures issue: a disaster tally from a start day to an as-of time, an early-year report's
reference year, in invented sentences in the image of the twenty-second set, with look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text


def periods(text: str, published: dt.date | None) -> list[tuple[str, str | None, str | None]]:
    """(text, period_start, period_end) of every figure of ``text``."""
    return [(f.text, f.period_start, f.period_end) for f in extract_text(text, published)]


def test_a_tally_from_a_start_day_to_an_as_of_time_is_both_ends() -> None:
    got = periods(
        "据初步核查,8月3日以来,截至9日18时,这轮台风造成全市27个街道4.6万人受灾,转移安置1.2万人。",
        dt.date(2022, 8, 9),
    )
    assert got == [
        ("27个", "2022-08-03", "2022-08-09"),
        ("4.6万人", "2022-08-03", "2022-08-09"),
        ("1.2万人", "2022-08-03", "2022-08-09"),
    ]


def test_an_as_of_day_earlier_than_the_start_day_is_in_the_next_month() -> None:
    got = periods("6月28日以来,截至3日10时,累计转移群众3.5万人。", dt.date(2020, 7, 3))
    assert got == [("3.5万人", "2020-06-28", "2020-07-03")]


def test_a_start_alone_keeps_an_open_end() -> None:
    got = periods("7月1日以来,全省累计转移群众2.4万人。", dt.date(2020, 7, 9))
    assert got == [("2.4万人", "2020-07-01", None)]


def test_a_month_of_last_year_looked_back_to_leaves_the_sentence_in_this_year() -> None:
    got = periods(
        "问:3月末的登记失业率4.1%,去年12月末的时候是4.4%,前三个月新增岗位62万,全年目标是900万,怎么看?",
        dt.date(2019, 4, 16),
    )
    assert got == [
        ("4.1%", None, "2019-03-31"),
        ("4.4%", None, "2018-12-31"),
        ("62万", "2019-01-01", "2019-03-31"),
        ("900万", "2019-01-01", "2019-12-31"),
    ]


def test_a_year_written_before_a_month_still_holds_the_sentence() -> None:
    got = periods("2018年12月末的登记失业率4.4%,前三个月新增岗位62万。", dt.date(2019, 4, 16))
    assert got[1] == ("62万", "2018-01-01", "2018-03-31")


def test_a_month_reached_with_a_value_said_to_be_is_past() -> None:
    got = periods("2018年新增岗位达到1190万个。到12月份登记失业率是4.4%,持续下行。", dt.date(2019, 3, 12))
    assert got[1] == ("4.4%", "2018-12-01", "2018-12-31")
    got = periods("到12月份,登记失业率将降到4.2%。", dt.date(2019, 3, 12))
    assert got == [("4.2%", "2019-12-01", "2019-12-31")]


def values(text: str) -> list[tuple[str, float | None, str | None]]:
    """(text, value, unit) of every figure of ``text``."""
    return [(f.text, f.value, f.unit) for f in extract_text(text, dt.date(2022, 8, 9))]


def test_thousand_hectares_is_the_unit_farm_statistics_table_in() -> None:
    got = values("全县粮食作物受灾面积52.4千公顷,其中绝收3.9千公顷;新增造林2.5万公顷。")
    assert got == [
        ("52.4千公顷", 52.4, "千公顷"),
        ("3.9千公顷", 3.9, "千公顷"),
        ("2.5万公顷", 25000.0, "公顷"),
    ]


def test_a_stock_now_after_a_tally_reaches_to_the_semicolon() -> None:
    got = periods(
        "8月3日以来,截至9日18时,台风造成4.6万人受灾。已转移2.2万人,目前在安置点1.1万人,需救助0.7万人;"
        "损毁房屋310间。",
        dt.date(2022, 8, 9),
    )
    assert got == [
        ("4.6万人", "2022-08-03", "2022-08-09"),
        ("2.2万人", "2022-08-03", "2022-08-09"),
        ("1.1万人", None, "2022-08-09"),
        ("0.7万人", None, "2022-08-09"),
        ("310间", "2022-08-03", "2022-08-09"),
    ]


def test_a_stock_now_at_the_start_of_a_sentence_holds_its_sentence() -> None:
    got = periods("目前全市在安置点1.1万人,需救助0.7万人;损毁房屋310间。", dt.date(2022, 8, 9))
    assert [end for _, _, end in got] == ["2022-08-09"] * 3


def test_two_months_listed_give_a_list_of_two_values_each_its_month() -> None:
    got = periods("3月份为5.8%,7、8月份连续回落,分别为5.4%、5.3%。", dt.date(2022, 9, 15))
    assert got[1:] == [("5.4%", "2022-07-01", "2022-07-31"), ("5.3%", "2022-08-01", "2022-08-31")]


def test_two_months_listed_before_two_subjects_stay_one_span() -> None:
    got = periods("7、8月份,钢材、水泥产量分别增长5.4%和2.3%。", dt.date(2022, 9, 15))
    assert got == [("5.4%", "2022-07-01", "2022-08-31"), ("2.3%", "2022-07-01", "2022-08-31")]


def test_a_ratio_and_its_changes_are_figures_without_a_unit() -> None:
    got = [(f.text, f.unit) for f in extract_text("三季度50个城市求人倍率1.42,同比减少0.13,环比增加0.3。")]
    assert got == [("1.42", ""), ("0.13", ""), ("0.3", "")]
    assert [f.text for f in extract_text("三季度有50个城市,同比减少3个,环比增加0.3。")] == ["50个", "3个"]


def test_a_rate_with_a_spam_word_glued_after_it_is_still_the_rate() -> None:
    got = [
        (f.text, f.metric)
        for f in extract_text("全省接待游客3.2亿人次,同比增长21.5%qz乐鱼体育,花费1200亿元。")
    ]
    assert got == [("3.2亿人次", "全省游客"), ("21.5%", "全省游客"), ("1200亿元", "花费")]
    assert [f.text for f in extract_text("5G基站达到3万个,4G用户占比80%。")] == ["3万个", "80%"]


def counts(text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, unit, metric) of every figure of ``text``."""
    return [(f.text, f.unit, f.metric) for f in extract_text(text, dt.date(2022, 8, 9))]


def test_a_breakdown_writes_its_unit_once() -> None:
    got = counts("目前已报告失联人员47人,其中包括救援人员31,救援人员中志愿者9,当地村民16人。")
    assert got == [
        ("47人", "人", "报告失联人员"),
        ("31", "", "救援人员"),
        ("9", "", "救援人员中志愿者"),
        ("16人", "人", "当地村民"),
    ]
    # no count with a unit before the breakdown word: a bare number is no figure
    assert counts("全年接待游客3亿人次,其中包括境外游客2000。") == [("3亿人次", "人次", "游客")]
    assert [t for t, _, _ in counts("全市有医院120家,三甲医院18,二甲医院40家。")] == ["120家", "40家"]


def test_what_is_said_of_a_count_is_not_what_it_counts() -> None:
    got = counts("正在核实身份的人员为52人。这一数据与正在核实身份的52人会有重复。")
    assert got[1][2] != "会有重复"


def test_an_acronym_after_a_rate_and_its_hedge_is_what_it_is_a_target_of() -> None:
    got = counts("他对今年能够实现6%左右GDP增速目标有信心。")
    assert [(t, u) for t, u, _ in got] == [("6%左右", "%")]
    assert (got[0][2] or "").startswith("GDP增速目标")


def test_the_word_for_the_figure_before_after_its_time_carries_the_metric() -> None:
    got = counts("问:3月末的登记失业率4.1%,去年12月末的时候这个数字4.4%,怎么看?")
    assert [m for _, _, m in got] == ["登记失业率", "登记失业率"]
    assert counts("去年12月末的时候员工数字化技能达标率为64%。")[0][2] != "登记失业率"


def test_a_change_verb_in_its_japanese_form_is_still_a_change() -> None:
    got = [(f.text, f.metric, f.comparison) for f in extract_text("全省新增就业52万人,同比増加3万人。")]
    assert got == [("52万人", "全省就业", None), ("3万人", "全省就业", "同比増加")]  # as written


def test_events_held_for_a_group_are_counted_by_their_classifier() -> None:
    got = [(f.text, f.metric) for f in extract_text("大会将举行2场通道采访、4场记者招待会、9场集体采访。")]
    assert got == [("2场", "通道采访"), ("4场", "记者招待会"), ("9场", "集体采访")]
    got = [(f.text, f.metric) for f in extract_text("共有30名代表集体亮相,12名委员集体发言。")]
    assert got == [("30名", "代表"), ("12名", "委员")]


def test_the_rest_of_a_whole_counted_in_chinese_numerals_is_a_figure() -> None:
    got = [f.text for f in extract_text("从各地看,25个省份快于时序进度,但受汛情影响,四个省份进度偏慢。")]
    assert got == ["25个", "四个"]
    assert [f.text for f in extract_text("25个省份快于时序进度。四个省份进度偏慢。")] == ["25个"]
    assert [f.text for f in extract_text("我们选了四个省份试点,效果很好。")] == []


def test_a_count_after_a_count_of_places_is_not_of_those_places() -> None:
    got = [(f.text, f.metric) for f in extract_text("台风造成全市27个街道4.6万人受灾,死亡3人。")]
    assert got == [("27个", "街道"), ("4.6万人", "受灾"), ("3人", "死亡")]
    got = [
        (f.text, f.metric)
        for f in extract_text("全省登记失业率和15个地级市登记失业率都稳定在近4.2%这样的水平。")
    ]
    assert got[-1][1] not in (None, "这样")
    assert "失业率" in (got[-1][1] or "")
