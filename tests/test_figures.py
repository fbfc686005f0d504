"""Figures: the bundled interview figure by figure, genre sentences, non-figures, numerals, the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import run_cli
from tests.figscore import Score, score
from tui.core.figures import extract, extract_text
from tui.core.model import Document
from tui.core.numerals import chinese_value, number_value, to_chinese

SENTENCES = Path(__file__).resolve().parent / "data" / "figures" / "sentences.jsonl"
DAY = dt.date(2023, 11, 4)

# text, value, unit, approx, metric, period, period_start, period_end, comparison
SEED = [
    ("47.8万家", 478000, "家", None, "规模以上工业企业数量", "截至目前", None, "2023-11-04", None),
    ("2.6万家", 26000, "家", None, "规模以上工业企业数量", "截至目前", None, "2023-11-04", "比2022年底增加"),
    ("4%", 4, "%", None, "规模以上工业增加值", "前三季度", "2023-01-01", "2023-09-30", "同比增长"),
    ("4.5%", 4.5, "%", None, "规模以上工业增加值", "9月", "2023-09-01", "2023-09-30", "同比增长"),
    (
        "15.3%",
        15.3,
        "%",
        None,
        "高技术制造业占规模以上工业增加值比重",
        "前三季度",
        "2023-01-01",
        "2023-09-30",
        "占规模以上工业增加值比重",
    ),
    (
        "32.9%",
        32.9,
        "%",
        None,
        "装备制造业占规模以上工业增加值比重",
        "前三季度",
        "2023-01-01",
        "2023-09-30",
        "占规模以上工业增加值比重",
    ),
    ("45个", 45, "个", None, "国家先进制造业集群", "上半年", "2023-01-01", "2023-06-30", None),
    (
        "超过10万亿元",
        1e13,
        "元",
        "over",
        "国家先进制造业集群主导产业产值",
        "上半年",
        "2023-01-01",
        "2023-06-30",
        None,
    ),
    ("178家", 178, "家", None, "国家高新技术产业开发区", "1至9月", "2023-01-01", "2023-09-30", None),
    ("23.5万亿元", 2.35e13, "元", None, "工业总产值", "1至9月", "2023-01-01", "2023-09-30", None),
    ("六成以上", 60, "%", "over", "工业行业", "9月份", "2023-09-01", "2023-09-30", None),
    ("10个", 10, "个", None, "工业大省", "9月份", "2023-09-01", "2023-09-30", None),
    ("10个", 10, "个", None, "重点工业行业", "今年", "2023-01-01", "2023-12-31", None),
    ("10个", 10, "个", None, "重点行业", "今年以来", "2023-01-01", None, None),
    ("10个", 10, "个", None, "行业", "今年以来", "2023-01-01", None, None),
    (
        "七成左右",
        70,
        "%",
        "about",
        "行业合计增加值占规模以上工业",
        "今年以来",
        "2023-01-01",
        None,
        "占规模以上工业",
    ),
    (
        "超1.15万亿元",
        1.15e12,
        "元",
        "over",
        "全国减税降费及退税缓费",
        "前8个月",
        "2023-01-01",
        "2023-08-31",
        None,
    ),
    ("10.3万家", 103000, "家", None, "专精特新中小企业", "目前", None, "2023-11-04", None),
    ("1.2万家", 12000, "家", None, "“小巨人”企业", "目前", None, "2023-11-04", None),
    ("9.4%", 9.4, "%", None, "小微企业用电量", "9月", "2023-09-01", "2023-09-30", "同比增长"),
    ("50.6%", 50.6, "%", None, "中小企业采购指数", "9月", "2023-09-01", "2023-09-30", "连续2个月回升"),
]


def test_every_figure_of_the_bundled_interview(seed_doc: Document) -> None:
    got = [
        (f.text, f.value, f.unit, f.approx, f.metric, f.period, f.period_start, f.period_end, f.comparison)
        for f in extract(seed_doc)
    ]
    assert got == [tuple(row) for row in SEED]


def test_figure_spans_read_back(seed_doc: Document) -> None:
    for f in extract(seed_doc):
        block = seed_doc.block(f.block_id)
        assert block is not None and block.text[f.start : f.end] == f.text
        assert f.section_id == block.id.split(".")[0]


def test_no_false_figures_in_the_bundled_interview(seed_doc: Document) -> None:
    texts = {f.text for f in extract(seed_doc)}
    for bad in (
        "5G",
        "6G",
        "十四五",
        "一是",
        "两个",
        "一带一路",
        "一张网",
        "两个市场",
        "两种资源",
        "123456",
        "2023",
        "2022",
        "四方面",
    ):
        assert not any(bad == t or t.startswith(bad) for t in texts), bad


def _sentences() -> list[dict[str, object]]:
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_genre_sentences_recall_precision_and_fields() -> None:
    total = Score()
    for case in _sentences():
        text = str(case["text"])
        got = extract_text(text, dt.date.fromisoformat(str(case["date"])))
        total.add(score(got, case["figures"], text, str(case["id"])))  # type: ignore[arg-type]
    assert len(_sentences()) >= 60
    assert total.recall >= 0.95, total.misses
    assert total.precision >= 0.97, total.extras
    assert total.accuracy("approx") >= 0.95
    assert total.accuracy("metric") >= 0.9, total.wrong
    assert total.accuracy("period") >= 0.95, total.wrong
    assert total.accuracy("resolved") >= 0.95, total.wrong


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx", "upper"),
    [
        ("企业数量达47.8万家。", 478000, "家", None, None),
        ("收入1.15万亿元。", 1.15e12, "元", None, None),
        ("用户3千万人。", 3e7, "人", None, None),
        ("完成1,234.5 亿元投资。", 1.2345e11, "元", None, None),
        ("占比为１２．５％。", 12.5, "%", None, None),
        ("培育一百二十三家企业。", 123, "家", None, None),
        ("新增两千多家企业。", 2000, "家", "over", None),
        ("出口额增长三点五倍。", 3.5, "倍", None, None),
        ("营收突破万亿元。", 1e12, "元", "over", None),
        ("规模逾千亿元。", 1e11, "元", "over", None),
        ("近百家企业参与。", 100, "家", "under", None),
        ("约三分之一的企业。", 100 / 3, "%", "about", None),
        ("七成左右的企业。", 70, "%", "about", None),
        ("占到百分之八十以上。", 80, "%", "over", None),
        ("增速回落0.8个百分点。", 0.8, "个百分点", None, None),
        ("增长2倍。", 2, "倍", None, None),
        ("预期增长3%至5%。", 3, "%", None, 5),
        ("目标为5%—7%。", 5, "%", None, 7),
        ("不足10万户。", 1e5, "户", "under", None),
        ("将近20亿美元。", 2e9, "美元", "under", None),
        ("发电量2.5万千瓦时。", 25000, "千瓦时", None, None),
        ("产量1.3万吨左右。", 13000, "吨", "about", None),
        ("PMI为49.5,比上月上升0.3。", 49.5, "", None, None),
    ],
)
def test_numeral_constructs(
    text: str, value: float, unit: str, approx: str | None, upper: float | None
) -> None:
    got = extract_text(text, DAY)
    assert got, text
    f = got[0]
    assert f.value == pytest.approx(value, rel=1e-6)
    assert (f.unit, f.approx, f.upper) == (unit, approx, upper)


def test_shared_unit_and_distribution() -> None:
    got = extract_text("制造业投资、基础设施投资分别快于全部投资2.1个和3.6个百分点。", DAY)
    assert [(f.value, f.unit) for f in got] == [(2.1, "个百分点"), (3.6, "个百分点")]
    got = extract_text("一季度,甲产业、乙产业、丙产业分别增长5.1%、3.2%和8.4%。", DAY)
    assert [f.metric for f in got] == ["甲产业", "乙产业", "丙产业"]
    assert {f.period for f in got} == {"一季度"}


@pytest.mark.parametrize(
    "text",
    [
        "加快5G、6G和千兆光网建设,推广3D打印。",
        "制定“十四五”规划,共建“一带一路”。",
        "一是稳增长。第一,要扩内需。第二十届会议召开。",
        "坚持“两个毫不动摇”,用好两个市场、两种资源,建设一张网。",
        "2023年11月4日13:00发布,电话010-12345678,邮箱service123@qq.com,网址www.example.com/123。",
        "京ICP备12345678号,阅读量3077,见02 版,地铁3号线,6号至10号泊位。",
        "一方面加强监管,另一方面优化服务,十分重要,一定要统一部署,推进一体化、一站式服务。",
    ],
)
def test_non_figures(text: str) -> None:
    assert extract_text(text, DAY) == []


def test_age_range_is_part_of_the_metric() -> None:
    got = extract_text("6月,16—24岁劳动力失业率为21.3%。", DAY)
    assert [(f.value, f.metric) for f in got] == [(21.3, "16—24岁劳动力失业率")]


@given(st.integers(min_value=0, max_value=10**15))
def test_chinese_numerals_read_back_every_integer(n: int) -> None:
    assert chinese_value(to_chinese(n)) == n


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=9999))
def test_arabic_numbers_read_back(n: int, frac: int) -> None:
    assert number_value(str(n)) == n
    assert number_value(f"{n:,}") == n
    text = f"{n}.{frac:04d}"
    assert number_value(text) == pytest.approx(float(text))


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["万", "亿", "万亿", "千万"]))
def test_magnitudes_in_text(n: int, mag: str) -> None:
    factor = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7}[mag]
    got = extract_text(f"收入达{n / 10}{mag}元。", DAY)
    assert got and got[0].value == pytest.approx(n / 10 * factor)


def test_figures_cli_table_json_csv() -> None:
    table = run_cli("figures")
    assert table.returncode == 0 and "47.8万家" in table.stdout and "478,000" in table.stdout
    data = json.loads(run_cli("figures", "--json").stdout)
    first = data[0]
    assert {
        "text",
        "value",
        "unit",
        "approx",
        "metric",
        "period",
        "period_start",
        "period_end",
    } <= first.keys()
    assert {"comparison", "kind", "block_id", "start", "end"} <= first.keys()
    raw = run_cli("figures", "--csv").stdout
    assert raw.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(raw.lstrip("\ufeff"))))
    assert rows[0]["text"] == "47.8万家" and rows[0]["metric"] == "规模以上工业企业数量"
