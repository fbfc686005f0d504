"""Figures in live and spoken reports (issue 11, round 4): press reports, 部长通道 features, Q&A transcripts.

Every text is written for this file in the image of what real live pages showed (names, numbers and wording
invented), each class with look-alikes that must not be read the same way: values said the way speakers say
them (两三个, 近一半, a bare number reached from a value with a unit, concentrations), periods said once for a
report or after its figures, and metrics a spoken sentence hides behind a verb.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure


def read(text: str, day: str | None = "2024-03-08") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day) if day else None)


def values(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.approx) for f in read(text)]


# --- values ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "会上记者们连问两三个问题,主持人只好提醒。",
        "他说自己每天要跑七八家企业。",
        "三五个人凑在一起讨论。",
        "一半是机遇,一半是挑战。",
        "会议用了一半时间讨论预算。",
    ],
)
def test_a_few_and_a_half_said_as_words_are_no_figures(text: str) -> None:
    assert read(text) == []


def test_a_pair_of_digits_that_is_no_guess_still_reads() -> None:
    # 二〇二三年 is a year (no figure), 三四十万人 a range this reader leaves alone, 23个 a count
    assert values("二〇二三年全市新建23个公园。") == [("23个", 23.0, "个", None)]


def test_half_of_a_named_group_is_a_share() -> None:
    got = read("目前,全省近一半县市的人社部门开通了网上办事大厅。")
    assert [(f.text, f.value, f.unit, f.approx, f.fraction) for f in got] == [
        ("近一半", 50.0, "%", "under", "1/2")
    ]
    assert got[0].metric == "县市"
    assert [(f.text, f.approx) for f in read("超过一半的受访企业表示订单回暖。")] == [("超过一半", "over")]
    assert [f.text for f in read("一季度发放的补贴已达全年计划的一半。")] == ["一半"]


def test_as_many_as_a_hundred_is_over_a_hundred() -> None:
    got = read("发言台前挤满了上百位记者;场外还有上千名群众。")
    assert [(f.text, f.value, f.unit, f.approx, f.metric) for f in got] == [
        ("上百位", 100.0, "位", "over", "记者"),
        ("上千名", 1000.0, "名", "over", "群众"),
    ]
    # 以上 before a word that starts with 百 is no hedge of a number; 百家争鸣 is no count
    assert read("以上百分比均按可比口径计算,坚持百家争鸣。") == []


def test_concentration_units_with_a_slash_or_with_mei() -> None:
    assert values("全市细颗粒物年均浓度为31.4微克/立方米。") == [
        ("31.4微克/立方米", 31.4, "微克/立方米", None)
    ]
    assert values("河口断面总磷浓度为0.12毫克每升。") == [("0.12毫克每升", 0.12, "毫克每升", None)]


def test_a_bare_number_reached_from_a_value_with_a_unit_is_its_new_level() -> None:
    got = read("五年间,本市二氧化氮浓度从52.3微克每立方米降到了24.8,降幅超过五成。")
    assert [(f.text, f.unit, f.metric) for f in got[:2]] == [
        ("52.3微克每立方米", "微克每立方米", "本市二氧化氮浓度"),
        ("24.8", "", "本市二氧化氮浓度"),
    ]
    # no value with a unit before it, or no 从: a bare number is no figure
    assert [f.text for f in read("他从3号站台走到了5号。")] == []
    assert [f.text for f in read("排名降到了12,比去年低两位。")] == []


# --- metrics a spoken sentence hides behind a verb ------------------------------------------------------------


def test_a_rate_said_after_de_is_the_rate_of_the_whole_named_before_it() -> None:
    got = read("发言人答道,全市7.4%的增速总体符合预期,与全国走势一致。")
    assert [(f.text, f.metric) for f in got] == [("7.4%", "全市增速")]
    # the subject before the number is kept whole; a rate with no subject stays a rate
    assert [f.metric for f in read("全区工业保持6.3%的增速,高于全国。")] == ["全区工业增速"]
    assert [f.metric for f in read("他说,8%的增速是能实现的。")] == ["增速"]
    # a share of a group after 的 is still the group's share
    assert [f.metric for f in read("目前六成的企业已经复工。")] == ["企业"]


def test_a_count_of_questions_is_of_the_questions_asked() -> None:
    got = read("发布会上,发言人共回答了14个中外记者的提问。")
    assert [(f.text, f.metric) for f in got] == [("14个", "中外记者的提问")]
    got = read("部长在回答9个网友提问后,又补充了一句。")
    assert [(f.text, f.metric) for f in got] == [("9个", "网友提问")]
    # people counted stay people; a 后 inside a word is no end of a clause
    assert [f.metric for f in read("会场共有320名记者的座位。")] == ["记者"]
    assert [f.metric for f in read("全市建成15个后备物资仓库。")] == ["后备物资仓库"]


# --- periods said apart from the figures ----------------------------------------------------------------------


def periods(text: str, day: str = "2024-04-16") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in read(text, day)]


def test_a_period_said_after_the_figures_points_back_at_them() -> None:
    text = "为什么说进城务工人员比上年同期减少了2.4%,少了410万人?这跟调查的时点有关,这个数据是2月末的数据。"
    assert periods(text) == [
        ("2.4%", "2月末", None, "2024-02-29"),
        ("410万人", "2月末", None, "2024-02-29"),
    ]
    # figures with a period of their own keep it; a sentence that points back only reaches the one before it
    text = "一季度全市新增就业3.1万人。另外,登记失业人员有2.2万人。以上数据均为3月底的数据。"
    assert periods(text) == [
        ("3.1万人", "一季度", "2024-01-01", "2024-03-31"),
        ("2.2万人", "3月底", None, "2024-03-31"),
    ]
    # a base written 是…的 in a sentence with its figure is no pointing back
    assert periods("这个数字是上年的1.3倍。") == [("1.3倍", None, None, None)]


def test_the_event_day_said_later_in_the_sentence_governs_its_counts() -> None:
    text = "两个半场、总时长150分钟、11位部委负责人回应关切……人民大会堂北大厅昨日迎来本届最长的“部长通道”。"
    got = {f.text: (f.period, f.period_start) for f in read(text, "2023-03-08")}
    assert got["11位"] == ("昨日", "2023-03-07")
    assert got["150分钟"] == (None, None)  # a duration is no count of the event
    # a share said before a day word is not the day's
    assert periods("该省出口增长12%,统计局昨日发布了这组数据。") == [("12%", None, None, None)]


def test_the_event_day_of_a_lead_carries_to_the_counts_of_the_next_paragraph(tmp_path: Path) -> None:
    body = (
        "虚构报记者 某某\n\n"
        "昨日,省政府新闻办举行本年度第三场新闻发布会。\n\n"
        "发言人共回答了16个问题,其中境外媒体提出5个。\n\n"
        "该省去年农民人均可支配收入增长6.2%。\n"
    )
    doc = parse_text("某省发布会答问十六题\n\n2024年3月9日\n\n" + body)
    got = {f.text: (f.period, f.period_start) for f in extract(doc)}
    assert got["16个"] == ("昨日", "2024-03-08")
    assert got["5个"] == ("昨日", "2024-03-08")
    # only the next paragraph, only counts: a rate two paragraphs on has its own period
    assert got["6.2%"][0] == "去年"


def test_a_date_said_in_passing_is_no_event_day_to_carry() -> None:
    doc = parse_text("春运观察\n\n2024年3月9日\n\n大家知道今年春节是2月10日。\n\n返乡人数减少了120万人。\n")
    assert [(f.text, f.period) for f in extract(doc)] == [("120万人", None)]


def test_a_value_said_to_move_from_one_period_to_another_keeps_its_subject() -> None:
    got = read("发言人说,全省登记失业率由一季度末的4.1%降至二季度末的3.9%。", "2024-08-20")
    assert [(f.text, f.metric, f.period, f.period_start, f.period_end) for f in got] == [
        ("4.1%", "全省登记失业率", "一季度末", None, "2024-03-31"),
        ("3.9%", "全省登记失业率", "二季度末", None, "2024-06-30"),
    ]
    # a thing counted after the number is still counted
    assert [f.metric for f in read("新认定12家降碳示范企业。")] == ["降碳示范企业"]


def test_a_quarter_end_carried_to_a_flow_is_the_quarter() -> None:
    text = "一季度末,全省城镇登记失业率3.2%,同比下降0.1个百分点。困难人员实现就业5.6万人,同比增加3千人。"
    assert periods(text, "2024-04-25") == [
        ("3.2%", "一季度末", None, "2024-03-31"),
        ("0.1个百分点", "一季度末", None, "2024-03-31"),
        ("5.6万人", "一季度", "2024-01-01", "2024-03-31"),
        ("3千人", "一季度", "2024-01-01", "2024-03-31"),
    ]
    # a level carried keeps the moment; so does an amount counted up to it (截至)
    text = "6月末,全市本外币存款余额2.1万亿元。本外币贷款余额1.8万亿元。"
    assert [f.period_start for f in read(text, "2024-07-20")] == [None, None]
    text = "截至6月末,累计发放创业贷款80亿元。新增受益企业900家。"
    assert [f.period_start for f in read(text, "2024-07-20")] == [None, None]


def test_people_counted_before_a_relative_clause_are_the_people() -> None:
    got = read("几位部长面对现场上百位记者抛出的热点问题,一一作答。")
    assert [(f.text, f.metric) for f in got] == [("上百位", "记者")]
    # a compound that starts with the people word is kept whole; so is a count with no relative clause
    assert [f.metric for f in read("听取了200名代表团成员的意见。")] == ["代表团成员"]
    assert [f.metric for f in read("共有120名志愿者参与服务。")] == ["志愿者"]


def test_the_live_classes_read_the_same_in_traditional_script() -> None:
    text = "為甚麼說進城務工人員比上年同期減少了2.4%,少了410萬人?這個數據是2月末的數據。"
    assert [(f.text, f.metric, f.period, f.period_end) for f in read(text, "2024-04-16")] == [
        ("2.4%", "進城務工人員", "2月末", "2024-02-29"),
        ("410萬人", "進城務工人員", "2月末", "2024-02-29"),
    ]
    assert read("記者們連問兩三個問題。") == []
    assert [(f.text, f.metric) for f in read("總理在連續回答16個中外記者提問後,再次駐足。")] == [
        ("16個", "中外記者提問")
    ]
    assert [(f.text, f.metric) for f in read("全市7.4%的增速總體符合預期。")] == [("7.4%", "全市增速")]


def test_only_a_sentence_about_the_data_points_back_with_its_period() -> None:
    assert periods("全市居民消费价格上涨2.6%。这是2021年以来的最高涨幅。", "2024-04-16") == [
        ("2.6%", None, None, None)
    ]
    assert periods("全市新增市场主体1.2万户。这是去年全年的数据。", "2024-04-16") == [
        ("1.2万户", "去年全年", "2023-01-01", "2023-12-31")
    ]


def test_a_period_pointed_back_at_in_the_same_sentence_or_as_cumulative_data() -> None:
    assert periods("全省新增就业9万人,登记失业率4.7%。以上均为1—3月累计数据。") == [
        ("9万人", "1—3月", "2024-01-01", "2024-03-31"),
        ("4.7%", "1—3月", "2024-01-01", "2024-03-31"),
    ]
    # a holiday is a period though it resolves to no dates
    assert periods("全市接待游客860万人次,这是春节假期的数据。") == [("860万人次", "春节假期", None, None)]


def test_the_value_reached_against_a_target_said_with_a_period_between() -> None:
    text = "今年全市新增就业的目标是45万人以上。去年实际完成了47.3万人,涉及高校毕业生16万人。"
    assert [(f.text, f.metric) for f in read(text)] == [
        ("45万人以上", "全市就业的目标"),  # 新增 is its measure (new), apart from the metric
        ("47.3万人", "全市就业"),
        ("16万人", "高校毕业生"),
    ]


def test_a_count_in_chinese_digits_that_a_count_moved_to() -> None:
    got = read("今年的专题会议由4场减为两场,分组讨论由12次减为九次。")
    assert [(f.text, f.value, f.unit) for f in got] == [
        ("4场", 4.0, "场"),
        ("两场", 2.0, "场"),
        ("12次", 12.0, "次"),
        ("九次", 9.0, "次"),
    ]
    # a single Chinese digit with no count it moved from stays a word
    assert read("他从两个方面介绍了情况,又讲了三点意见。") == []


def test_a_part_said_in_passing_after_qizhong_does_not_carry_on() -> None:
    text = (
        "上半年,全市社会消费品零售总额2345亿元,增长6.6%。其中,6月份当月零售额420亿元,增长4.1%。"
        "分行业看,餐饮收入增长18.2%。"
    )
    got = {f.text: (f.period, f.period_start, f.period_end) for f in read(text, "2023-07-20")}
    assert got["420亿元"] == ("6月份", "2023-06-01", "2023-06-30")
    assert got["18.2%"] == ("上半年", "2023-01-01", "2023-06-30")
    # a sentence that is not a part (no 其中) is the period in force for what follows
    text = "上半年,全市零售总额2345亿元。6月份,零售额420亿元。餐饮收入增长18.2%。"
    assert read(text, "2023-07-20")[-1].period == "6月份"


def test_the_event_day_goes_on_to_the_events_own_counts_further_on() -> None:
    doc = parse_text(
        "某办例行发布会\n\n2024-05-15 11:20\n\n"
        "某办今日上午舉行例行新聞發布會,發言人回答了記者提問。\n\n"
        "發言人表示,今年首四個月,兩地貿易額達到640億美元,按年增長2.7%。\n\n"
        "目前已有1.1萬家企業設立研發中心。\n\n"
        "發布會上,共有30多位記者提問,發言人回答了14個問題。\n"
    )
    got = {f.text: (f.period, f.period_start, f.period_end) for f in extract(doc)}
    assert got["640億美元"] == ("今年首四個月", "2024-01-01", "2024-04-30")
    assert got["30多位"] == ("今日", "2024-05-15", "2024-05-15")
    assert got["14個"] == ("今日", "2024-05-15", "2024-05-15")
    # a count of something else two paragraphs on keeps its own period
    assert got["1.1萬家"][0] == "目前"
    doc = parse_text(
        "某办例行发布会\n\n2024-05-15 11:20\n\n某办今日上午举行发布会。\n\n发言人介绍了情况。\n\n"
        "全省共有企业研发中心900家。\n"
    )
    assert [(f.text, f.period) for f in extract(doc)] == [("900家", None)]


def test_points_said_the_way_speakers_say_them() -> None:
    got = read("今年全省经济增速比去年提高了大概0.6个点。")
    assert [(f.text, f.value, f.unit, f.approx, f.metric, f.comparison) for f in got] == [
        ("大概0.6个点", 0.6, "个百分点", "about", "全省经济增速", "比去年提高了")
    ]
    # a clock time and the points of a talk are no figures
    assert read("发布会定在3个点钟开始,我讲两个点。") == []


def test_these_few_years_is_a_time_frame_not_a_metric() -> None:
    got = read("这几年全省每年减税降费都在800亿元以上。")
    assert [(f.text, f.metric, f.period) for f in got] == [("800亿元以上", "全省每年减税降费", "这几年")]


def test_a_clause_that_opens_with_zai_is_a_verb_not_a_thing_measured() -> None:
    assert [f.metric for f in read("今年将再改造1.2万公里农村公路。")] == ["农村公路"]
    # nouns that start with 再 stay nouns
    assert [f.metric for f in read("再就业人数达到9万人。")] == ["再就业人数"]
    assert [f.metric for f in read("支农再贷款额度为800亿元。")] == ["支农再贷款额度"]
