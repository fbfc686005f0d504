"""The figures view's filter language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.core.figfilter import parse_filter, parse_value, terms
from tui.core.figures import extract_text

FIGS = extract_text(
    "前三季度,营业收入1.2万亿元,同比增长4.5%;9月,企业数量达478家,占比六成,出口增长2倍。", None
)


def _texts(query: str) -> list[str]:
    keep = parse_filter(query)
    return [f.text for f in FIGS if keep(f)]


def test_values() -> None:
    assert parse_value("1万") == 10000
    assert parse_value("２.５") == 2.5
    assert parse_value("三千") == 3000
    assert parse_value("x") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (">5", ["1.2万亿元", "478家", "六成"]),
        ("<1万", ["4.5%", "478家", "六成", "2倍"]),
        ("10..500", ["478家", "六成"]),
        ("%", ["4.5%", "六成"]),
        ("percent", ["4.5%", "六成"]),
        ("money >1亿", ["1.2万亿元"]),
        ("9月", ["478家", "六成", "2倍"]),
        ("营业收入", ["1.2万亿元", "4.5%"]),
        ("", ["1.2万亿元", "4.5%", "478家", "六成", "2倍"]),
        ("> .. <", ["1.2万亿元", "4.5%", "478家", "六成", "2倍"]),
        ("> 5", ["1.2万亿元", "478家", "六成"]),
        (">  5 %", ["六成"]),
        ("< 1 万", ["4.5%", "478家", "六成", "2倍"]),
        (">= 60", ["1.2万亿元", "478家", "六成"]),
        ("10 .. 500", ["478家", "六成"]),
        ("100..", ["1.2万亿元", "478家"]),
        ("..5", ["4.5%", "2倍"]),
        ("＞５", ["1.2万亿元", "478家", "六成"]),
        (">", ["1.2万亿元", "4.5%", "478家", "六成", "2倍"]),
        ("PERCENT", ["4.5%", "六成"]),
    ],
)
def test_filters(query: str, expected: list[str]) -> None:
    assert _texts(query) == expected


@given(st.text(max_size=20))
def test_never_raises(query: str) -> None:
    _texts(query)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("> 5", [">5"]),
        (">= 2.5 %", [">=2.5", "%"]),
        ("10 .. 50", ["10..50"]),
        ("10.. 50", ["10..50"]),
        ("10 ..50", ["10..50"]),
        ("> 1 万 中小企业", [">1万", "中小企业"]),
        ("中小企业 万", ["中小企业", "万"]),
        ("5 %", ["5", "%"]),
    ],
)
def test_spaces_around_operators_and_magnitudes_join_the_number(typed: str, expected: list[str]) -> None:
    assert terms(typed) == expected


@given(
    st.sampled_from([">", "<", ">=", "<=", "="]),
    st.integers(0, 100_000),
    st.sampled_from(["", "万", "亿"]),
    st.text(alphabet=" \u3000", max_size=3),
    st.text(alphabet=" ", max_size=3),
)
def test_spaces_around_an_operator_and_a_magnitude_change_nothing(
    op: str, number: int, magnitude: str, gap: str, gap2: str
) -> None:
    tight = f"{op}{number}{magnitude}"
    spaced = f"{op}{gap}{number}{gap2 if magnitude else ''}{magnitude}"
    assert _texts(spaced) == _texts(tight)


def test_a_unit_typed_in_simplified_finds_it_written_in_traditional() -> None:
    figures = extract_text("東江市今年新增專精特新企業120個，壓減審批事項30項。", None)
    assert [f.unit for f in figures] == ["個", "項"]
    keep = parse_filter("个")
    assert [f.text for f in figures if keep(f)] == ["120個"]
