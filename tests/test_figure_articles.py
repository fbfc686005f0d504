"""Articles written in the image of the unseen real ones, read end to end: parser, then figures.

``hk_trade_release.txt``: a Hong Kong portal's page in traditional characters (breadcrumb, date and 來源
line, dateline), with 萬億, 個百分點, 按年/按季, 第三季, 上月 and a share (佔…); ``annual_report_undated.txt``:
a city's annual report with no date line (the year only in the text), a breakdown into quarters, 上月 and
继…之后, a definition's scope in parentheses, a stock quote a portal injected, a plan period and a start;
``live_press_report.txt``: a press conference reported live (the event's day in the lead carried to the
counts of the next paragraph, a period said after its figures, a rate after 的, a quarter's end carried to
flows, a value reached written bare, 近一半, 两三个, 上百位, a count of questions).
Names, numbers and wording are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.document import load_document
from tui.core.figures import extract

ARTICLES = Path(__file__).resolve().parent / "data" / "figures" / "articles"

# text, value, unit, approx, metric, period, period_start, period_end
EXPECTED: dict[str, list[tuple[object, ...]]] = {
    "annual_report_undated.txt": [
        ("8650亿元", 8.65e11, "元", None, "全市生产总值（GDP）", "2023年", "2023-01-01", "2023-12-31"),
        ("5.6%", 5.6, "%", None, "全市生产总值（GDP）", "2023年", "2023-01-01", "2023-12-31"),
        ("4.3%", 4.3, "%", None, "全市生产总值（GDP）", "一季度", "2023-01-01", "2023-03-31"),
        ("6.1%", 6.1, "%", None, "全市生产总值（GDP）", "二季度", "2023-04-01", "2023-06-30"),
        ("5.4%", 5.4, "%", None, "全市生产总值（GDP）", "三季度", "2023-07-01", "2023-09-30"),
        ("6.2%", 6.2, "%", None, "全市生产总值（GDP）", "四季度", "2023-10-01", "2023-12-31"),
        ("520亿元", 5.2e10, "元", None, "农林牧渔业增加值", "2023年", "2023-01-01", "2023-12-31"),
        ("3.1%", 3.1, "%", None, "农林牧渔业增加值", "2023年", "2023-01-01", "2023-12-31"),
        ("3380亿元", 3.38e11, "元", None, "工业和建筑业增加值", "2023年", "2023-01-01", "2023-12-31"),
        ("6.0%", 6, "%", None, "工业和建筑业增加值", "2023年", "2023-01-01", "2023-12-31"),
        ("0.4%", 0.4, "%", None, "全市居民消费价格指数", "12月份", "2023-12-01", "2023-12-31"),
        ("0.2%", 0.2, "%", None, "全市居民消费价格指数", "上月", "2023-11-01", "2023-11-30"),
        ("6.1%", 6.1, "%", None, "蔬菜价格", "11月份", "2023-11-01", "2023-11-30"),
        ("8.7%", 8.7, "%", None, "蔬菜价格", "12月份", "2023-12-01", "2023-12-31"),
        ("2.3%", 2.3, "%", None, "水果价格降幅", "12月份", "2023-12-01", "2023-12-31"),
        ("1120万人", 1.12e07, "人", None, "全市常住人口", "年末", None, "2023-12-31"),
        ("3.5万人", 35000, "人", None, "全市常住人口", "年末", None, "2023-12-31"),
        ("68万人", 680000, "人", None, "全市城镇新增就业", "“十四五”以来", "2021-01-01", None),
        ("超过15万人", 150000, "人", "over", "城镇新增就业每年", "2022年起", "2022-01-01", None),
        ("16.2万人", 162000, "人", None, "城镇新增就业", "全年", "2023-01-01", "2023-12-31"),
    ],
    "live_press_report.txt": [
        ("约一小时", 1.0, "小时", "about", "发布会", None, None, None),
        ("11个", 11.0, "个", None, "中外记者的提问", "昨日", "2024-04-18", "2024-04-18"),
        ("上百位", 100.0, "位", "over", "记者", "昨日", "2024-04-18", "2024-04-18"),
        ("8123亿元", 8.123e11, "元", None, "全省地区生产总值", "一季度", "2024-01-01", "2024-03-31"),
        ("5.2%", 5.2, "%", None, "全省地区生产总值", "一季度", "2024-01-01", "2024-03-31"),
        ("5.2%", 5.2, "%", None, "全省增速", "一季度", "2024-01-01", "2024-03-31"),
        ("0.1个百分点", 0.1, "个百分点", None, "全省增速", "一季度", "2024-01-01", "2024-03-31"),
        ("5.1%", 5.1, "%", None, "全省城镇调查失业率", "一季度末", None, "2024-03-31"),
        ("0.2个百分点", 0.2, "个百分点", None, "全省城镇调查失业率", "一季度末", None, "2024-03-31"),
        ("3.4万人", 34000.0, "人", None, "就业困难人员实现就业", "一季度", "2024-01-01", "2024-03-31"),
        ("2千人", 2000.0, "人", None, "就业困难人员实现就业", "一季度", "2024-01-01", "2024-03-31"),
        ("1.8%", 1.8, "%", None, "外出务工人员", "2月末", None, "2024-02-29"),
        ("52万人", 520000.0, "人", None, "外出务工人员", "2月末", None, "2024-02-29"),
        ("48.5微克每立方米", 48.5, "微克每立方米", None, "省会城市细颗粒物浓度", "五年间", None, None),
        ("31.2", 31.2, "", None, "省会城市细颗粒物浓度", "五年间", None, None),
        ("近一半", 50.0, "%", "under", "县市", "五年间", None, None),
    ],
    "hk_trade_release.txt": [
        (
            "32.3萬億元",
            3.23e13,
            "元",
            None,
            "內地貨物貿易進出口總值",
            "今年前三季度",
            "2024-01-01",
            "2024-09-30",
        ),
        ("5.1%", 5.1, "%", None, "內地貨物貿易進出口總值", "今年前三季度", "2024-01-01", "2024-09-30"),
        (
            "0.3個百分點",
            0.3,
            "個百分點",
            None,
            "內地貨物貿易進出口總值增速",
            "今年前三季度",
            "2024-01-01",
            "2024-09-30",
        ),
        ("18.6萬億元", 1.86e13, "元", None, "出口", None, None, None),
        ("6.2%", 6.2, "%", None, "出口", None, None, None),
        ("13.7萬億元", 1.37e13, "元", None, "進口", None, None, None),
        ("3.6%", 3.6, "%", None, "進口", None, None, None),
        ("11.4萬億元", 1.14e13, "元", None, "進出口總值", "第三季", "2024-07-01", "2024-09-30"),
        ("2.5%", 2.5, "%", None, "進出口總值", "第三季", "2024-07-01", "2024-09-30"),
        ("6240億元", 6.24e11, "元", None, "服務貿易進出口總額", "9月份", "2024-09-01", "2024-09-30"),
        ("9.8%", 9.8, "%", None, "服務貿易進出口總額", "9月份", "2024-09-01", "2024-09-30"),
        ("7.4%", 7.4, "%", None, "服務貿易進出口總額", "上月", "2024-08-01", "2024-08-31"),
        ("55.3%", 55.3, "%", None, "民營企業進出口佔外貿總值", "9月份", "2024-09-01", "2024-09-30"),
        (
            "1.8個百分點",
            1.8,
            "個百分點",
            None,
            "民營企業進出口佔外貿總值",
            "9月份",
            "2024-09-01",
            "2024-09-30",
        ),
        ("165個", 165, "個", None, "全國跨境電商綜合試驗區", "截至9月底", None, "2024-09-30"),
        ("兩個多小時", 2, "个小时", "over", "可完成一單清關", "截至9月底", None, "2024-09-30"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_figure_of_an_article_in_the_image_of_the_unseen_ones(name: str) -> None:
    doc = load_document(ARTICLES / name)
    got = [
        (f.text, f.value, f.unit, f.approx, f.metric, f.period, f.period_start, f.period_end)
        for f in extract(doc)
    ]
    assert got == [tuple(row) for row in EXPECTED[name]]


def test_the_traditional_article_cites_its_sentences_and_names_its_comparisons_as_written() -> None:
    doc = load_document(ARTICLES / "hk_trade_release.txt")
    figures = extract(doc)
    assert figures[0].sentence.startswith("商務部新聞發言人周立表示，今年前三季度，")  # the dateline is cut
    assert [(f.comparison, f.measure) for f in figures[1:3]] == [
        ("按年增長", "yoy"),
        ("比上半年加快", "points"),
    ]
    assert (figures[8].comparison, figures[12].comparison, figures[12].measure) == (
        "按季增長",
        "佔外貿總值",
        "share",
    )
