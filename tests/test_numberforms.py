"""Numbers as numbers: a query's number finds the number however a text writes it, and only a whole one."""

from __future__ import annotations

import pytest

from tui.core import tokens
from tui.core.numberforms import NumberForms, find, numbers_in, read_number


def number(query: str) -> NumberForms:
    found = read_number(tokens.norm(query))
    assert found is not None, query
    return found


def found_in(query: str, text: str) -> list[str]:
    normalized = tokens.norm(text)
    return [normalized[s:e] for s, e in find(normalized, number(query))]


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("3.1%", "工业增加值同比增长３．１％。", "3.1%"),
        ("３．１％", "工业增加值同比增长3.1%。", "3.1%"),
        ("3.1%", "比上月加快百分之三点一。", "百分之三点一"),
        ("百分之三点一", "同比增长3.1%。", "3.1%"),
        ("8.3个点", "增幅回落8.3个百分点。", "8.3个百分点"),
        ("8.3个百分点", "回落了8.3个点。", "8.3个点"),
        ("0.5个点", "贷款利率下调零点五个百分点。", "零点五个百分点"),
        ("两个点", "提高2个百分点。", "2个百分点"),
        ("两个点", "提高两个百分点。", "两个百分点"),
        ("1.2万亿", "新增贷款12000亿元。", "12000亿"),
        ("1.2万亿", "新增贷款12,000亿元。", "12,000亿"),
        ("1.2万亿", "新增贷款一点二万亿元。", "一点二万亿"),
        ("1.2万亿", "新增贷款1.2万亿元。", "1.2万亿"),
        ("五千亿", "企业少缴5000亿元。", "5000亿"),
        ("五千亿", "企业少缴0.5万亿元。", "0.5万亿"),
        ("5000亿元", "约五千亿元", "五千亿元"),
        ("十三点九万亿元", "贷款增加13.9万亿元", "13.9万亿元"),
        ("17次", "已经是第十七次修订", "十七次"),
        ("十七次", "第17次修订", "17次"),
        ("1000条", "有一千条理由", "一千条"),
        ("4700台", "征用4,700台出租车", "4,700台"),
        ("4700台", "征用0.47万台出租车", "0.47万台"),
        ("8700件", "比0.87万件翻了一番", "0.87万件"),
        ("2000家", "两千家企业", "两千家"),
        ("七分之一", "约占全国1/7", "1/7"),
        ("1/7", "约占全国七分之一", "七分之一"),
        ("40%", "春播已完成四成", "四成"),
        ("四成", "完成了40%", "40%"),
        ("1.91倍", "相当于一点九一倍", "一点九一倍"),
        ("6%", "工业增加值增长6.0%。", "6.0%"),  # a whole percentage with its tenths written out
        ("2个点", "回落2.0个百分点。", "2.0个百分点"),
    ],
)
def test_a_number_is_found_however_the_text_writes_it(query: str, text: str, expected: str) -> None:
    assert found_in(query, text) == [expected]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("3.1%", "同比增长13.1%"),
        ("3.1%", "同比增长3.15%"),
        ("3.1%", "回落3.1个百分点"),  # points are not percent
        ("8.3个点", "增长8.3%"),
        ("1.2万", "增加1.2万亿元"),  # a larger magnitude follows
        ("1.2万亿", "增加11.2万亿元"),
        ("1.2万亿", "增加1.2万元"),
        ("100", "超过1000家"),
        ("100", "增长100.5万"),
        ("三点一倍", "增长十三点一倍"),
        ("5%", "占比25%"),
        ("2万件", "2.5万件"),
    ],
)
def test_a_number_is_not_found_inside_another(query: str, text: str) -> None:
    assert found_in(query, text) == []


@pytest.mark.parametrize(
    "word", ["5G", "5g", "N95", "PM2.5", "G60", "P2P", "两个毫不动摇", "十四五", "一体化", "四大家电"]
)
def test_names_and_set_phrases_hold_no_number(word: str) -> None:
    assert numbers_in(tokens.norm(word)) == []


def test_a_number_glued_to_words_is_read_where_it_lies() -> None:
    (found,) = numbers_in(tokens.norm("增长0.3%左右"))
    assert (found.text, found.start, found.end, found.value, found.unit) == ("0.3%", 2, 6, 0.3, "%")
    assert read_number(tokens.norm("增长0.3%")) is None  # the whole word is no number
    assert [n.text for n in numbers_in("5%至6%")] == ["5%", "6%"]


@pytest.mark.parametrize(
    ("query", "value", "unit", "precision"),
    [
        ("3.1%", 3.1, "%", 0.1),
        ("8.3个点", 8.3, "个百分点", 0.1),
        ("1.78万亿", 1.78e12, "", 1e10),
        ("五千亿", 5e11, "", 1e8),
        ("十三点九万亿元", 1.39e13, "元", 1e11),
        ("4700台", 4700, "台", 1),
        ("四成", 40, "%", 10),
        ("七分之一", 14.285714, "%", 1e-6),
        ("5600多万只", 5.6e7, "只", 1e4),
    ],
)
def test_a_number_reads_as_value_unit_and_precision(
    query: str, value: float, unit: str, precision: float
) -> None:
    found = number(query)
    assert found.value == pytest.approx(value)
    assert found.unit == unit
    assert found.precision == pytest.approx(precision)


def test_a_rounded_number_matches_the_exact_figure_by_value() -> None:
    rounded = number("1.78万亿")
    assert rounded.matches(17834e8, "")  # 17834亿 rounds to 1.78万亿
    assert not rounded.matches(1.79e12, "")
    assert not rounded.matches(1.78e12, "元")
    assert number("0.5个点").matches(0.5, "百分点")
    assert not number("0.5%").matches(0.5, "个百分点")


@pytest.mark.parametrize(
    "query", ["3.1%", "8.3个点", "1.2万亿", "五千亿", "4700台", "17次", "40%", "1.91倍", "2.5万亿元"]
)
def test_every_form_listed_is_found_in_a_sentence(query: str) -> None:
    found = number(query)
    assert found.forms[0] == tokens.norm(query)
    for form in found.forms:
        text = f"比去年增加{form}，继续增长。"
        assert [text[s:e] for s, e in find(text, found)] == [form], form
