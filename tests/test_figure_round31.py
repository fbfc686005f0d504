"""Round 31 of the figures issue: the metric column across the sets, by class, in invented sentences with
look-alikes (a list whose shared head follows 的, a list whose values lost their 、, a list compared with the
year before as a whole, a name with a verb inside it), and a 其中 sentence whose set the next one takes up."""

from __future__ import annotations

import datetime as dt

from tui.core.figlists import lend_heads
from tui.core.figures import extract_text


def metrics(text: str) -> list[tuple[str, str | None]]:
    """(text, metric) of every figure of ``text``."""
    return [(f.text, f.metric) for f in extract_text(text)]


def test_a_head_after_de_is_shared_by_every_item_of_the_list() -> None:
    assert lend_heads(["芯片", "轿车", "平板电脑的出口"]) == ["芯片出口", "轿车出口", "平板电脑出口"]
    got = metrics("其中芯片、轿车和平板电脑的出口分别增长12.5%、8.1%和6.4%。")
    assert got == [("12.5%", "芯片出口"), ("8.1%", "轿车出口"), ("6.4%", "平板电脑出口")]


def test_an_item_with_de_of_its_own_keeps_the_old_reading() -> None:
    # 的 inside an earlier item: the items are no bare names sharing the last one's 的-head
    assert lend_heads(["本省的钢材", "煤炭的产量"]) == ["本省的钢材产量", "煤炭的产量"]


def test_shares_written_with_no_mark_between_them_are_one_list() -> None:
    got = metrics("其中芯片、轿车和平板电脑的出口分别增长12.5%8.1%6.4%。")
    assert got == [("12.5%", "芯片出口"), ("8.1%", "轿车出口"), ("6.4%", "平板电脑出口")]


def test_glued_values_of_other_units_are_no_list() -> None:
    got = metrics("全年新签合同45亿元12%来自外资企业。")
    assert got == [("45亿元", "新签合同"), ("12%", "来自外资企业")]


def test_a_list_compared_as_a_whole_leaves_the_base_out_of_its_last_name() -> None:
    got = metrics("上半年,游客接待总人次、游客消费总收入比上年同期分别增长12.4%和18.1%。")
    assert got == [("12.4%", "游客接待总人次"), ("18.1%", "游客消费总收入")]
    got = metrics("全年,游客接待总人次、游客消费总收入较上年分别增长12.4%和18.1%。")
    assert got == [("12.4%", "游客接待总人次"), ("18.1%", "游客消费总收入")]


def test_an_item_naming_its_own_measure_borrows_no_head() -> None:
    assert lend_heads(["游客接待总人次", "游客消费总收入"]) == ["游客接待总人次", "游客消费总收入"]
    assert lend_heads(["甲地", "乙地支出"]) == ["甲地支出", "乙地支出"]
    got = metrics("猪、牛、羊肉产量分别增长3.1%、2.2%和1.4%。")
    assert got == [("3.1%", "猪肉产量"), ("2.2%", "牛肉产量"), ("1.4%", "羊肉产量")]


def test_a_remark_before_items_written_in_clauses_is_no_item() -> None:
    got = metrics(
        "出行需求明显回升,邮政快递、仓储和物流业,餐饮和住宿业,零售和批发业增加值同比分别增长3.2%、2.7%和1.4%。"
    )
    assert got == [
        ("3.2%", "邮政快递、仓储和物流业增加值"),
        ("2.7%", "餐饮和住宿业增加值"),
        ("1.4%", "零售和批发业增加值"),
    ]


def test_a_verb_before_an_object_stays_split_when_the_list_does_not_repeat_the_doer() -> None:
    got = metrics("全省规上工业企业实现营业收入、利润总额分别增长8.1%和6.3%。")
    assert got == [("8.1%", "全省规上工业企业营业收入"), ("6.3%", "利润总额")]


def periods(text: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(text, period, period_end) of every figure of ``text``."""
    return [(f.text, f.period, f.period_end) for f in extract_text(text, published)]


def test_a_sentence_taking_up_the_set_of_a_qizhong_sentence_goes_on_in_its_period() -> None:
    text = (
        "一季度,各地招聘机构求职比例都在1以上。其中,三月份50个县市人才服务机构求职比例1.42。"
        "在50个县市中,41个县市人才服务机构求职比例高于1。"
    )
    got = periods(text, dt.date(2021, 4, 20))
    assert got[-1] == ("41个", "三月份", "2021-03-31")


def test_a_sentence_after_a_qizhong_sentence_on_another_matter_goes_back_to_the_whole() -> None:
    text = (
        "上半年,各地招聘机构求职比例都在1以上。其中,二季度50个县市求职比例1.42。"
        "另据调查,41个县市人才服务机构求职比例高于1。"
    )
    got = periods(text, dt.date(2021, 7, 20))
    assert got[-1] == ("41个", "上半年", "2021-06-30")


def test_a_list_said_to_grow_fast_gives_its_names_to_the_values_of_the_next_clause() -> None:
    got = metrics("这主要是由于光伏、新材料、生物医药产业增长较快,全年分别增长2.1、1.5、1.2倍。")
    assert got == [("2.1", "光伏"), ("1.5", "新材料"), ("1.2倍", "生物医药产业")]
    got = metrics("鲜菜和鲜果价格继续上涨,分别上涨3.1%和2.4%。")
    assert got == [("3.1%", "鲜菜价格"), ("2.4%", "鲜果价格")]


def test_values_each_with_their_own_direction_are_one_list() -> None:
    got = metrics(
        "三季度,全省机场共完成旅客吞吐量1.23亿人次、货邮吞吐量45.6万吨、起降架次78.9万架次,"
        "同比分别增长12.0%、下降4.5%、增长6.7%。"
    )
    assert got[3:] == [("12.0%", "旅客吞吐量"), ("4.5%", "货邮吞吐量"), ("6.7%", "起降架次")]
    assert metrics("杭州、宁波分别增长5%、下降3%。") == [("5%", "杭州"), ("3%", "宁波")]
    # no 分别 before them: two values of one clause, no list
    assert metrics("出口增长5%、下降3%的企业不多。") == [("5%", "出口"), ("3%", "企业不多")]


def test_an_industry_that_realises_value_added_keeps_its_name() -> None:
    got = metrics(
        "其中,文化和体育服务业实现增加值512.3亿元,增长8.1%;数据采集、存储和网络安全服务业实现增加值633.5亿元,增长6.2%;建筑业实现增加值901.7亿元,增长3.4%。"
    )
    assert got == [
        ("512.3亿元", "文化和体育服务业增加值"),
        ("8.1%", "文化和体育服务业增加值"),
        ("633.5亿元", "数据采集、存储和网络安全服务业增加值"),
        ("6.2%", "数据采集、存储和网络安全服务业增加值"),
        ("901.7亿元", "建筑业增加值"),
        ("3.4%", "建筑业增加值"),
    ]


def test_kinds_named_by_one_character_share_a_short_head() -> None:
    assert metrics("钢、铁产量分别增长3.1%、12%。") == [("3.1%", "钢产量"), ("12%", "铁产量")]
    got = metrics("林业总体稳中有升,羊、鸡出栏分别增长3.1%、12%,分别较一季度回升1.2个、8.4个百分点。")
    assert got[:2] == [("3.1%", "羊出栏"), ("12%", "鸡出栏")]
    assert metrics("中、西部分别增长3.1%、12%。") == [("3.1%", "中部"), ("12%", "西部")]
