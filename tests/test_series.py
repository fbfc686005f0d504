"""Series across articles: the comparable key, kinds of period, agreement at written precision, timelines
and disagreements over a year of monthly releases written for these tests (``tests/series_data.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import series_data as data
from tui.core.agreement import Reported, agree, precision
from tui.core.disagree import disagreements
from tui.core.document import load_document
from tui.core.figlist import FigureList
from tui.core.figures import extract
from tui.core.model import Document
from tui.core.periodkind import period_kind, period_label
from tui.core.places import DocHeader, document_place, gazetteer
from tui.core.series import MetricKey, SeriesIndex, header_of, key_label
from tui.core.serieskey import key_measure, read_comparison, read_metric


def _key(
    metric: str, measure: str | None, unit: str, comparison: str | None = None
) -> tuple[str, str, str, int, str]:
    reading = read_metric(metric)
    kind, base, sign = key_measure(measure, unit, reading, read_comparison(comparison))
    return reading.name, kind, base, sign, reading.place.name if reading.place else ""


# --- the key ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("metric", "name", "place"),
    [
        ("全国规模以上工业增加值", "规模以上工业增加值", "全国"),
        ("规上工业增加值", "规模以上工业增加值", ""),
        ("我国社零总额", "社会消费品零售总额", "全国"),
        ("四川省规上工业增加值", "规模以上工业增加值", "四川"),
        ("全省地区生产总值", "地区生产总值", "全省"),
        ("国内生产总值(GDP)", "国内生产总值", ""),
        ("中國GDP", "国内生产总值", "全国"),
        ("大连市的城镇调查失业率", "城镇调查失业率", "大连"),
        ("北京证券交易所成交额", "北京证券交易所成交额", ""),  # a name that starts with a place
        ("中国人民银行资产", "中国人民银行资产", ""),
    ],
)
def test_metric_names_fold_equivalents_and_split_the_place(metric: str, name: str, place: str) -> None:
    reading = read_metric(metric)
    assert reading.name == name
    assert (reading.place.name if reading.place else "") == place


def test_rate_words_name_the_growth_of_the_thing() -> None:
    assert _key("工业增加值增速", "level", "%") == ("工业增加值", "yoy", "同比", 1, "")
    assert _key("出口降幅", "level", "%") == ("出口", "yoy", "同比", -1, "")
    assert _key("规上工业增加值", "yoy", "%", "同比增长") == ("规模以上工业增加值", "yoy", "同比", 1, "")


def test_a_rate_and_a_level_of_one_thing_stay_apart() -> None:
    rate = _key("规模以上工业增加值", "yoy", "%", "同比增长")
    level = _key("全国工业增加值", "level", "元")
    assert rate[:3] != level[:3]
    assert _key("工业增加值", "yoy", "%", "同比增长")[0] != rate[0]  # 工业 is not 规模以上工业


@pytest.mark.parametrize(
    ("measure", "comparison", "expected"),
    [
        ("change", "增长", ("yoy", "同比", 1)),  # the genre's bare 增长 of a % is on the year before
        ("change", "比上年增长", ("yoy", "同比", 1)),
        ("yoy", "同比下降", ("yoy", "同比", -1)),
        ("mom", "比上月下降", ("mom", "环比", -1)),
        ("change", "比2019年同期增长", ("change", "比2019年同期", 1)),  # another base: another line
        ("change", "比年初下降", ("change", "比年初", -1)),
        ("change", "降至", ("level", "", 1)),  # a new level, not a change
        ("points", "比全国平均水平高", ("points", "比全国平均水平", 1)),
        ("points", "比上月回落", ("points", "环比", -1)),
        ("points", "快于规模以上工业", ("points", "比规模以上工业", 1)),
        ("points", "比规模以上工业快", ("points", "比规模以上工业", 1)),
    ],
)
def test_comparisons_give_the_measure_its_base_and_sign(
    measure: str, comparison: str, expected: tuple[str, str, int]
) -> None:
    assert _key("出口", measure, "%" if measure != "points" else "个百分点", comparison)[1:4] == expected


def test_document_place_from_title_subtitle_source_and_dateline() -> None:
    gaz = gazetteer()
    assert document_place(gaz, DocHeader(title="四川省5月份工业经济运行情况")).name == "四川"  # type: ignore[union-attr]
    assert document_place(gaz, DocHeader(title="某某访谈", subtitle="——访江苏省委书记")).name == "江苏"  # type: ignore[union-attr]
    assert document_place(gaz, DocHeader(title="物价平稳", source="大连市统计局")).name == "大连"  # type: ignore[union-attr]
    assert document_place(gaz, DocHeader(title="物价平稳", dateline="新华社成都6月1日电")).name == "成都"  # type: ignore[union-attr]
    assert document_place(gaz, DocHeader(title="物价平稳", dateline="新华社北京6月1日电")) is None
    assert document_place(gaz, DocHeader(title="四川与江苏合作")) is None  # two places: none
    assert document_place(gaz, DocHeader(title="四川成都：经济向好")).name == "成都"  # type: ignore[union-attr]


# --- periods ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("period", "start", "end", "kind", "label"),
    [
        ("5月份", "2023-05-01", "2023-05-31", "月", "2023-05"),
        ("二季度", "2023-04-01", "2023-06-30", "季", "2023Q2"),
        ("一季度", "2023-01-01", "2023-03-31", "季", "2023Q1"),
        ("1—3月份", "2023-01-01", "2023-03-31", "累计", "2023-01…03"),
        ("前三季度", "2023-01-01", "2023-09-30", "累计", "2023-01…09"),
        ("上半年", "2023-01-01", "2023-06-30", "累计", "2023-01…06"),
        ("全年", "2023-01-01", "2023-12-31", "年", "2023"),
        ("1—12月份", "2023-01-01", "2023-12-31", "累计", "2023-01…12"),
        ("截至9月末", None, "2023-09-30", "时点", "2023-09-30"),
        ("2—3月", "2023-02-01", "2023-03-31", "其他", "2023-02-01…2023-03-31"),
        ("2017年以来", "2017-01-01", None, "其他", "2017-01-01…"),
        ("目前", None, None, "未定", ""),
    ],
)
def test_period_kinds(period: str, start: str | None, end: str | None, kind: str, label: str) -> None:
    assert period_kind(period, start, end) == kind
    assert period_label(kind, start, end) == label


# --- agreement ----------------------------------------------------------------------------------------------
def _rep(text: str, value: float, approx: str | None = None) -> Reported:
    return Reported(value, precision(text, value), approx)


def test_values_agree_at_the_precision_of_the_less_precise() -> None:
    assert precision("6.0%", 6.0) == pytest.approx(0.1)
    assert precision("529971亿元", 529971e8) == pytest.approx(1e8)
    assert precision("2.07万亿元", 2.07e12) == pytest.approx(1e10)
    assert precision("5000亿元", 5000e8) == pytest.approx(1e11)  # trailing zeros are not precision
    assert agree(_rep("6%", 6.0), _rep("6.4%", 6.4))
    assert not agree(_rep("6.0%", 6.0), _rep("6.4%", 6.4))
    assert agree(_rep("6.45%", 6.45), _rep("6.5%", 6.5))
    assert not agree(_rep("3.5%", 3.5), _rep("3.9%", 3.9))
    assert agree(_rep("15.8万亿元", 15.8e12), _rep("158123亿元", 158123e8))


def test_approximations_are_compared_as_such() -> None:
    over = _rep("超过5000亿元", 5000e8, "over")
    assert agree(over, _rep("5200亿元", 5200e8))
    assert not agree(over, _rep("4800亿元", 4800e8))
    under = _rep("近5000亿元", 5000e8, "under")
    assert agree(under, _rep("4900亿元", 4900e8)) and not agree(under, _rep("5300亿元", 5300e8))
    assert agree(_rep("约3.5%", 3.5, "about"), _rep("3.5%", 3.5))
    assert agree(Reported(5.0, 1.0, upper=6.0), _rep("5.8%", 5.8))  # a range covers its ends


# --- over a folder of releases --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    folder = tmp_path_factory.mktemp("releases")
    return [load_document(p) for p in data.write_series(folder)]


def _index(documents: list[Document]) -> SeriesIndex:
    return SeriesIndex(
        FigureList([extract(d) for d in documents]),
        [header_of(d) for d in documents],
        [d.name for d in documents],
    )


def _series(index: SeriesIndex, metric: str, measure: str, place: str) -> int:
    (found,) = [
        i for i, k in enumerate(index.keys) if (k.metric, k.measure, k.place) == (metric, measure, place)
    ]
    return found


def test_timeline_lists_every_month_and_running_total_in_order(releases: list[Document]) -> None:
    index = _index(releases)
    timeline = index.timeline(_series(index, "规模以上工业增加值", "yoy", "全国"))
    months = [(p.start, p.value, releases[p.doc].name) for p in timeline.points if p.kind == "月"]
    expected = [(f"2023-{m:02d}-01", v, f"release-2023-{m:02d}.txt") for m, v in data.MONTHLY.items()]
    expected += [("2023-05-01", 3.5, "wire-07.txt"), ("2023-06-01", 4.4, "wire-07.txt")]
    assert months == sorted(expected, key=lambda t: (t[0], t[2]))
    running = [
        (p.end, p.value)
        for p in timeline.points
        if p.kind == "累计" and releases[p.doc].name != "wire-07.txt"
    ]
    assert [v for _, v in running] == list(data.RUNNING.values())
    assert [e for e, _ in running] == sorted(e for e, _ in running)
    assert timeline.kinds() == ["月", "累计"]


def test_month_on_month_is_its_own_line_with_signs(releases: list[Document]) -> None:
    index = _index(releases)
    timeline = index.timeline(_series(index, "规模以上工业增加值", "mom", "全国"))
    assert [p.value for p in timeline.points] == list(data.MONTH_ON_MONTH.values())
    assert min(p.value for p in timeline.points) == pytest.approx(-0.47)


def test_the_province_and_the_level_stay_apart(releases: list[Document]) -> None:
    index = _index(releases)
    sichuan = index.timeline(_series(index, "规模以上工业增加值", "yoy", "四川"))
    assert [(p.kind, p.value) for p in sichuan.points] == [("月", data.SICHUAN_MAY), ("累计", 4.8)]
    level = index.timeline(_series(index, "工业增加值", "level", "全国"))
    assert [(p.value, p.kind) for p in level.points] == [(15.8e12, "累计")]
    assert key_label(level.key) == "工业增加值 · 元 · 全国"


def test_find_reads_the_query_as_metrics_are_read(releases: list[Document]) -> None:
    index = _index(releases)
    keys = [index.keys[k] for k in index.find("规上工业增加值")]
    assert {(k.measure, k.place) for k in keys} >= {("yoy", "全国"), ("mom", "全国"), ("yoy", "四川")}
    assert keys[0] == MetricKey("规模以上工业增加值", "yoy", "同比", "%", "全国")
    assert [index.keys[k].place for k in index.find("四川规上工业增加值增速")] == ["四川"]
    assert index.find("社零") == []


def test_metrics_count_points_and_documents(releases: list[Document]) -> None:
    index = _index(releases)
    top = index.metrics()[0]
    assert (top.key.metric, top.key.measure, top.key.place) == ("规模以上工业增加值", "yoy", "全国")
    assert (top.documents, top.points) == (12, 24)
    assert (top.first, top.last) == ("2023-02-28", "2023-12-31")


def test_releases_that_agree_have_no_disagreement(releases: list[Document]) -> None:
    assert disagreements(_index(releases)) == []


def test_a_copy_with_one_value_changed_is_the_only_disagreement(
    releases: list[Document], tmp_path: Path
) -> None:
    changed = tmp_path / "copy-2023-05.txt"
    changed.write_text(data.monthly_release(5, monthly=3.9), encoding="utf-8")
    documents = [*releases, load_document(changed)]
    (found,) = disagreements(_index(documents))
    assert (found.key.metric, found.key.measure, found.key.place) == ("规模以上工业增加值", "yoy", "全国")
    assert (found.kind, found.start, found.end) == ("月", "2023-05-01", "2023-05-31")
    values = [(r.reported.value, sorted(documents[d].name for d in r.docs)) for r in found.readings]
    assert values == [(3.5, ["release-2023-05.txt", "wire-07.txt"]), (3.9, ["copy-2023-05.txt"])]
    index = _index(documents)
    sentences = [index.figure(r.rows[0]).sentence for r in found.readings]
    assert "同比增长3.5%" in sentences[0] and "同比增长3.9%" in sentences[1]


def test_a_document_that_repeats_its_value_is_no_disagreement(
    releases: list[Document], tmp_path: Path
) -> None:
    same = tmp_path / "repeat.txt"
    same.write_text(data.monthly_release(5), encoding="utf-8")
    assert disagreements(_index([*releases, load_document(same)])) == []


def test_a_document_that_says_the_province_is_not_read_as_national() -> None:
    """A report that names no province but says 全省 is about a province of its own: its figures whose
    metric names no place are that province's, not national ones (the retail figure after a 全省 figure
    in one sentence joined the national series)."""
    from tui.core.document import parse_text

    provincial = parse_text(
        "前三季度经济运行情况\n\n前三季度，全省规模以上工业增加值同比增长6.1%，社会消费品零售总额增长5.2%。\n"
    )
    national = parse_text("前三季度国民经济运行情况\n\n前三季度，社会消费品零售总额同比增长4.0%。\n")
    index = _index([provincial, national])
    retail = [k for k in index.keys if k.metric == "社会消费品零售总额"]
    by_place = {
        (k.place, k.place_doc): [p.value for p in index.timeline(index.keys.index(k)).points] for k in retail
    }
    assert by_place == {("全国", -1): [4.0], ("全省", 0): [5.2]}
