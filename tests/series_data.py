"""Articles written for the series tests: a year of monthly industry releases with known values, a
provincial release, a level in 万亿元, a wire report that repeats (and rounds) the releases' values.

Every name, number and sentence here is invented for the tests, in the image of the genre's monthly
statistical releases. The values are what the tests expect the timeline to show.
"""

from __future__ import annotations

from pathlib import Path

YEAR = 2023
MONTHLY = {3: 3.9, 4: 5.6, 5: 3.5, 6: 4.4, 7: 3.7, 8: 4.5, 9: 4.5, 10: 4.6, 11: 6.6, 12: 6.8}
"""规模以上工业增加值, 同比 %, of each month (January and February are released together)."""
RUNNING = {2: 2.4, 3: 3.0, 4: 3.6, 5: 3.6, 6: 3.8, 7: 3.8, 8: 3.9, 9: 4.0, 10: 4.1, 11: 4.3, 12: 4.6}
"""The same, from January to the end of each month (1—2月 … 1—12月)."""
MONTH_ON_MONTH = {3: 0.12, 4: -0.47, 5: 0.63, 6: 0.68, 7: 0.01, 8: 0.5, 9: 0.36, 10: 0.39, 11: 0.87, 12: 0.52}
"""比上月, % (a fall is written 下降)."""
SICHUAN_MAY = 5.2
"""四川's own 规模以上工业增加值 in May, 同比 %: a province's figure, never on the nation's line."""
LEVEL_MAY = "15.8万亿元"
"""工业增加值 from January to May, a level: never on the line of the rate."""


def _release_date(month: int) -> str:
    return f"{YEAR}-{month + 1:02d}-16" if month < 12 else f"{YEAR + 1}-01-17"


def monthly_release(month: int, monthly: float | None = None) -> str:
    """The release of a month (2 is the release of January and February together)."""
    value = MONTHLY.get(month) if monthly is None else monthly
    lines = [f"统计部门：{month}月份工业生产运行情况", f"{_release_date(month)} 09:30 来源：国家统计局", ""]
    if month == 2:
        lines.append(f"{YEAR}年1—2月份，全国规模以上工业增加值同比增长{RUNNING[2]}%，好于市场预期。")
    else:
        mom = MONTH_ON_MONTH[month]
        verb = "增长" if mom >= 0 else "下降"
        lines.append(
            f"{YEAR}年{month}月份，全国规模以上工业增加值同比增长{value}%。"
            f"从环比看，{month}月份规上工业增加值比上月{verb}{abs(mom)}%。"
        )
        lines.append("")
        lines.append(f"1—{month}月份，规模以上工业增加值同比增长{RUNNING[month]}%。")
    lines += ["", "分门类看，采矿业保持稳定，制造业持续恢复，电力行业平稳运行。", ""]
    if month == 5:
        lines += [f"初步测算，1—5月份全国工业增加值为{LEVEL_MAY}。", ""]
    return "\n".join(lines)


def provincial_release() -> str:
    """四川's release for May: 全省 in the metric, the province in the title and the source."""
    return "\n".join(
        [
            "四川省5月份工业经济运行情况",
            f"{YEAR}-06-20 10:00 来源：四川省统计局",
            "",
            f"5月份，全省规模以上工业增加值同比增长{SICHUAN_MAY}%，比全国平均水平高1.7个百分点。",
            "",
            "1—5月份，规上工业增加值同比增长4.8%。",
            "",
        ]
    )


def wire_report() -> str:
    """A wire report that repeats the May and June values, rounded or approximate: agreement."""
    return "\n".join(
        [
            "上半年工业生产稳中有进",
            f"{YEAR}-07-18 08:00 来源：新华社",
            "",
            "新华社北京7月17日电 记者从统计部门获悉，6月份规上工业增加值同比增长4.4%，"
            "上半年规模以上工业增加值同比增长3.8%。",
            "",
            "5月份，规模以上工业增加值同比增长约3.5%。",
            "",
        ]
    )


def write_series(folder: Path) -> list[Path]:
    """Every monthly release, the provincial one and the wire report, as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for month in sorted(RUNNING):
        path = folder / f"release-{YEAR}-{month:02d}.txt"
        path.write_text(monthly_release(month), encoding="utf-8")
        paths.append(path)
    for name, text in (("sichuan-05.txt", provincial_release()), ("wire-07.txt", wire_report())):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
