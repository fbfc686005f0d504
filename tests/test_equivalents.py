"""The genre's equivalents (content/equivalents.tsv): both ways, inside words, look-alikes, metric keys."""

from __future__ import annotations

import pytest

from tui.core import tokens
from tui.core.equivalents import EquivalenceTable, canonical_metric, expand, table


def other_forms(word: str) -> set[str]:
    return {form for expansion in expand(word) for form in expansion.forms}


def test_the_bundled_table_holds_the_genre_groups() -> None:
    groups = {group.canonical: set(group.forms) for group in table().groups}
    assert len(groups) >= 100
    for canonical, short in [
        ("规模以上", "规上"),
        ("社会消费品零售总额", "社零"),
        ("中央企业", "央企"),
        ("固定资产投资", "固投"),
        ("中小微企业", "中小微"),
        ("居民消费价格指数", "cpi"),
        ("工业生产者出厂价格指数", "ppi"),
        ("国内生产总值", "gdp"),
        ("个百分点", "个点"),
    ]:
        assert short in groups[canonical]


@pytest.mark.parametrize("group", table().groups, ids=lambda g: g.canonical)
def test_every_form_of_a_group_expands_to_every_other_and_back(group) -> None:  # type: ignore[no-untyped-def]
    for form in group.forms:
        readings = [e for e in expand(form) if e.canonical == group.canonical]
        assert readings, f"{form} does not expand within {group.canonical}"
        assert set(readings[0].forms) == set(group.forms) - {form}
        assert readings[0].whole


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("规上工业增加值", "规模以上工业增加值"),
        ("规模以上工业增加值", "规上工业增加值"),
        ("社零增速", "社会消费品零售总额增速"),
        ("CPI同比", "居民消费价格指数同比"),
        ("央企营收", "中央企业营收"),
        ("国企改革", "国有企业改革"),
        ("小微贷款", "小微企业贷款"),
        ("8.3个点", "8.3个百分点"),
        ("减免社保", "减免社会保险"),
        ("新基建投资", "新型基础设施建设投资"),
        ("全国规上工业", "全国规模以上工业"),
    ],
)
def test_a_form_inside_a_longer_word_expands_the_word(word: str, expected: str) -> None:
    assert expected in other_forms(word)


@pytest.mark.parametrize(
    ("word", "lookalike"),
    [
        ("法规上", "规上"),  # 法规 + 上
        ("常规上", "规上"),
        ("中国标准", "国标"),  # 中国 + 标准
        ("中央行政机关", "央行"),
        ("提高校园安全", "高校"),
        ("保险资产", "险资"),
        ("最低保障", "低保"),
        ("节日标志", "日标"),
        ("外国企业", "国企"),
        ("居民企业", "民企"),
        ("人行道", "人行"),
        ("中国资本市场", "国资"),
        ("这个点上", "个点"),
        ("老人家", "老人"),
        ("统一产品", "一产"),
        ("前三季度", "三季度"),  # the first three quarters, not the third
    ],
)
def test_a_lookalike_inside_an_unrelated_word_does_not_expand(word: str, lookalike: str) -> None:
    assert table().groups_of(lookalike), f"{lookalike} is no form: the case tests nothing"
    assert all(e.found != lookalike for e in expand(word)), expand(word)


def test_an_expansion_says_what_it_found_and_where() -> None:
    (expansion,) = expand("全国规上工业")
    assert (expansion.word, expansion.found, expansion.start) == ("全国规上工业", "规上", 2)
    assert expansion.canonical == "规模以上"
    assert not expansion.whole


def test_a_form_of_several_groups_expands_in_each() -> None:
    assert {e.canonical for e in expand("社保")} == {"社会保险", "社会保障"}


def test_words_are_normalized_before_lookup() -> None:
    assert other_forms("ＣＰＩ") == other_forms("cpi") == other_forms("CPI")
    assert "居民消费价格指数" in other_forms("ＣＰＩ")
    assert "规模以上" in other_forms("規上")  # traditional characters fold to simplified


def test_a_word_that_holds_no_form_has_no_expansion() -> None:
    assert expand("鸣枪礼") == []
    assert expand("") == []


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("规上工业增加值", "规模以上工业增加值"),
        ("规模以上工业增加值", "规模以上工业增加值"),
        ("社零", "社会消费品零售总额"),
        ("社零总额", "社会消费品零售总额"),
        ("全国CPI", "全国居民消费价格指数"),
        ("央企营收", "中央企业营业收入"),
        ("中央企业营业收入", "中央企业营业收入"),
        ("一季度GDP", "一季度国内生产总值"),
        ("提高企业效益", "提高企业效益"),
        ("个税", "个人所得税"),
        ("前三季度GDP", "前三季度国内生产总值"),
    ],
)
def test_canonical_metric_replaces_every_form_by_its_canonical(phrase: str, key: str) -> None:
    assert canonical_metric(phrase) == key


@pytest.mark.parametrize("group", table().groups, ids=lambda g: g.canonical)
def test_every_form_canonicalizes_to_its_first_group(group) -> None:  # type: ignore[no-untyped-def]
    for form in group.forms:
        assert canonical_metric(form) == table().groups_of(form)[0].canonical


def test_canonical_metric_takes_the_first_group_of_an_ambiguous_form() -> None:
    assert canonical_metric("社保") == "社会保险"


def test_the_table_format_comments_blank_lines_and_single_forms() -> None:
    parsed = EquivalenceTable.parse(
        "# a comment\n\n甲乙丙\t甲丙  # trailing comment\n孤单\n丁戊 \t 丁 戊\nＸＹ xy\n"
    )
    assert [g.forms for g in parsed.groups] == [("甲乙丙", "甲丙"), ("丁戊", "丁", "戊")]
    assert parsed.groups_of("甲丙")[0].canonical == "甲乙丙"
    assert parsed.groups_of("孤单") == []


def test_a_missing_table_file_is_an_empty_table(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert len(EquivalenceTable.load(tmp_path / "none.tsv")) == 0


def test_every_form_of_the_bundled_table_is_written_normalized_once() -> None:
    seen: dict[str, int] = {}
    for group in table().groups:
        assert len(set(group.forms)) == len(group.forms)
        for form in group.forms:
            assert form == tokens.norm(form)
            assert " " not in form
            seen[form] = seen.get(form, 0) + 1
    shared = {form for form, count in seen.items() if count > 1}
    assert shared <= {"社保", "医保", "国资", "自贸区"}, shared
