"""Where the numbers are: numeral spans with their value, unit, approximation and range.

:func:`find_quantities` scans folded text with the numeral grammar of :mod:`tui.core.numerals`, keeps the
spans that carry a unit (or stand after 为/达 as a bare value), reads approximation words around them
(超过, 近, 约, 以上, 多…), joins ranges (3%至5%) and shared units (2.1个和3.6个百分点), and drops what the
genre writes with numerals but does not count: 5G, 十四五, 一是, 第一, 两个毫不动摇, years, e-mails. What a
quantity measures is for :mod:`tui.core.figures` to say.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from tui.core.numerals import ARABIC, CHINESE, CN_DIGIT, MAGNITUDE, MAGNITUDES, chinese_value

PERCENT_UNITS = ("个百分点", "百分点", "%", "‰")
MONEY_UNITS = ("万亿元", "亿元", "美元", "欧元", "日元", "港元", "英镑", "元")
OTHER_UNITS = (
    "千瓦时", "兆瓦时", "千瓦", "兆瓦", "吉瓦", "平方公里", "平方千米", "平方米", "立方米", "公顷",
    "千克", "公斤", "标准箱", "公里", "千米", "吨", "亩", "斤", "微克/立方米",
)  # fmt: skip
COUNT_UNITS = (
    "人次", "架次", "艘次", "个工作日", "个月", "列", "户", "项", "辆", "台", "套", "件", "次", "座", "所", "条", "张", "部", "架", "艘",
    "只", "头", "款", "种", "批", "名", "位", "处", "间", "起", "例", "宗", "笔", "份", "篇", "场", "个", "家", "人",
)  # fmt: skip
CLASSIFIERS = frozenset(("个", "家", "项", "所", "条", "座", "批", "款", "种", "处", "部", "台", "套", "件", "辆", "艘", "架", "只", "头", "张", "场", "篇", "份", "宗", "笔"))  # fmt: skip
UNITS = sorted(PERCENT_UNITS + MONEY_UNITS + OTHER_UNITS + COUNT_UNITS + ("倍", "成"), key=len, reverse=True)
_UNIT_RE = "|".join(re.escape(u) for u in UNITS)

_FIGURE = re.compile(
    rf"(?P<pctcn>百分之(?P<pnum>{CHINESE}|{ARABIC}))"
    rf"|(?P<frac>(?P<den>[{''.join(CN_DIGIT)}十百千万]+|\d+)分之(?P<fnum>{CHINESE}|\d+(?:\.\d+)?))"
    rf"|(?P<slash>(?<![\d/])(?P<snum>\d)/(?P<sden>\d{{1,2}})(?![\d/]))"
    rf"|(?P<num>{ARABIC}|{CHINESE})\s?(?P<more1>多|余)?(?P<mag>(?:{MAGNITUDE})(?!瓦|克|米|伏|兆))?(?P<more>多|余)?\s?"
    rf"(?P<unit>(?:{_UNIT_RE})(?<!个(?=月)))?"
)
_PRE_APPROX = (
    ("将近", "under"), ("接近", "under"), ("不到", "under"), ("不足", "under"), ("超过", "over"),
    ("突破", "over"), ("大约", "about"), ("超", "over"), ("逾", "over"), ("近", "under"), ("约", "about"),
)  # fmt: skip
_POST_APPROX = (
    ("以上", "over"),
    ("以下", "under"),
    ("左右", "about"),
    ("上下", "about"),
    ("多", "over"),
    ("余", "over"),
)
_RANGE_SEP = "至到-—–~～"
LIST_SEP = re.compile(r"^(?:、|,|和|及|与|或|以及)$")
_VALUE_VERB = re.compile(
    r"(为|达|达到|录得|是|报|回升至|回落至|升至|降至|提高至|提升至|下降至|增至|减至|上升至)\s*$"
)
SET_PHRASES = ("两个毫不动摇", "一带一路", "一张网", "两个市场", "两种资源", "四个全面", "两个确立", "两个维护", "四个意识", "四个自信")  # fmt: skip


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    value: float
    upper: float | None
    unit: str
    approx: str | None
    bare: bool


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _number(text: str) -> Decimal | None:
    if text[:1].isdigit():
        return _decimal(text)
    value = chinese_value(text)
    return None if value is None else Decimal(str(value))


def kind_of(unit: str) -> str:
    """count, money, percent, multiple or other."""
    if unit in PERCENT_UNITS:
        return "percent"
    if unit.endswith(("元", "英镑")):
        return "money"
    if unit == "倍":
        return "multiple"
    if unit in COUNT_UNITS:
        return "count"
    return "other"


_MAX_VALUE = 1e20
"""Larger values (a 23-digit string of digits, 一亿亿亿) are no statistic of this genre."""


def _as_float(value: Decimal) -> float | None:
    number = float(value)
    if not math.isfinite(number) or abs(number) > _MAX_VALUE:
        return None
    return round(number, 6)


def _chinese_ok(num: str, unit: str, mag: str, approx_pre: str | None, more: str) -> bool:
    """Chinese numerals make a figure only in the forms statistics use, not in slogans and enumerators."""
    if num[0] in "万亿":
        return bool(approx_pre and (unit or mag))
    if num[0] in "百千" and not approx_pre and not unit:
        return False
    if num[0] in "百千" and not approx_pre and unit in COUNT_UNITS:
        return False  # 百家争鸣, 千家万户
    if len(num) == 1 and num in CN_DIGIT:
        return unit in ("成", "倍") or bool(mag) or bool(more)
    return bool(unit or mag)


def _scan(folded: str) -> list[Quantity]:
    """Numeral spans with their value and unit; bare numbers are kept for the shared-unit pass."""
    out: list[Quantity] = []
    pos = 0
    while True:
        m = _FIGURE.search(folded, pos)
        if m is None:
            break
        pos = max(m.end(), m.start() + 1)
        raw = _read(folded, m)
        if raw is not None:
            out.append(raw)
            pos = max(pos, raw.end)
    return out


def _approx_before(folded: str, start: int) -> tuple[int, str | None]:
    at = start
    while at > 0 and folded[at - 1] == " ":
        at -= 1
    for word, approx in _PRE_APPROX:
        if folded.endswith(word, 0, at):
            if word in ("超过", "超") and folded.endswith("不", 0, at - len(word)):
                return at - len(word) - 1, "under"
            return at - len(word), approx
    return start, None


def _approx_after(folded: str, end: int, unit: str) -> tuple[int, str | None]:
    for word, approx in _POST_APPROX:
        if word in ("多", "余") and unit not in ("倍", "成", "%"):
            continue
        if folded.startswith(word, end):
            if word == "上下" and folded.startswith("上下游", end):
                continue
            return end + len(word), approx
    return end, None


def _read(folded: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.start(), m.end()
    before = folded[start - 1] if start else ""
    glued = before == "第" or (
        bool(before) and before.isascii() and (before.isalnum() or before in "@./:_-#")
    )
    if glued and not (before == "-" and start >= 2 and not folded[start - 2].isdigit()):
        return None
    if m["pctcn"]:
        value = _number(m["pnum"])
        unit, mag, more, num = "%", "", "", m["pnum"]
    elif m["frac"]:
        den, numer = _number(m["den"]), _number(m["fnum"])
        if den is None or numer is None or den == 0:
            return None
        value = numer / den * 100
        unit, mag, more, num = "%", "", "", m["fnum"]
    elif m["slash"]:
        den, numer = _decimal(m["sden"]), _decimal(m["snum"])
        if den is None or numer is None or not 0 < numer < den or den > 10:
            return None
        value = numer / den * 100
        unit, mag, more, num = "%", "", "", m["snum"]
    else:
        num, mag, unit = m["num"], m["mag"] or "", m["unit"] or ""
        more = m["more"] or m["more1"] or ""
        if unit == "个月" and folded.endswith(("前", "头", "连续", "最近"), 0, start):
            return None
        value = _number(num)
        if value is None:
            return None
        if not num[0].isdigit():
            pre = _approx_before(folded, start)[1]
            if not _chinese_ok(num, unit, mag, pre, more):
                return None
        if unit == "成":
            if folded.startswith(
                ("成不变", "成为", "成功", "成员", "成本", "成果", "成立", "成交", "成熟"), end - 1
            ):
                return None
            value, unit = value * 10, "%"
        value = value * Decimal(str(MAGNITUDES.get(mag, 1))) if mag else value
    after = folded[end : end + 1]
    if after and after.isascii() and (after.isalpha() or after in "@_/"):
        return None  # 5G, 3D, 123456@qq.com
    if after == "." and folded[end + 1 : end + 2].isalnum():
        return None
    if not unit and folded[end : end + 1] in (
        "年",
        "月",
        "日",
        "号",
        "时",
        "点",
        "岁",
        "周",
        "版",
        "期",
        "届",
        "级",
        "线",
        "强",
        "名",
    ):
        return None
    s, pre = _approx_before(folded, start)
    e, post = _approx_after(folded, end, unit)
    approx = pre or post or ("over" if more else None)
    bare = not unit and not mag
    number = None if value is None else _as_float(value)
    if number is None:
        return None
    return Quantity(s, e, number, None, unit, approx, bare)


def _merge(folded: str, raws: list[Quantity]) -> list[Quantity]:
    """Join ranges (3%至5%), share units across lists (2.1个和3.6个百分点), drop bare numbers."""
    out: list[Quantity] = []
    i = 0
    while i < len(raws):
        cur = raws[i]
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        gap = folded[cur.end : nxt.start] if nxt else ""
        if nxt and len(gap) == 1 and gap in _RANGE_SEP and nxt.unit and (cur.unit in ("", nxt.unit)):
            value = cur.value
            if not cur.unit and cur.bare and nxt.value >= 1000 and value < nxt.value / 1000:
                mag = nxt.value / _strip_value(folded, nxt)
                value = _as_float(Decimal(str(value)) * Decimal(str(mag))) or value
            out.append(
                replace(
                    cur,
                    value=value,
                    end=nxt.end,
                    upper=nxt.value,
                    unit=nxt.unit,
                    approx=cur.approx or nxt.approx,
                    bare=False,
                )
            )
            i += 2
            continue
        if (
            nxt
            and LIST_SEP.match(gap)
            and cur.unit in ("", "个")
            and nxt.unit.startswith(cur.unit)
            and nxt.unit != cur.unit
        ):
            cur = replace(cur, unit=nxt.unit, bare=False)
        out.append(cur)
        i += 1
    return [r for r in out if not r.bare or _VALUE_VERB.search(folded[max(0, r.start - 4) : r.start])]


def _strip_value(folded: str, raw: Quantity) -> float:
    """The value of a figure's numeral without its magnitude (for 3至5万)."""
    m = re.search(ARABIC, folded[raw.start : raw.end])
    return float(m.group(0).replace(",", "")) if m and float(m.group(0).replace(",", "")) else 1.0


def find_quantities(folded: str) -> list[Quantity]:
    """Every quantity of a paragraph of folded text, in order."""
    found = _merge(folded, _scan(folded))
    return [q for q in found if not any(p in folded[max(0, q.start - 1) : q.end + 5] for p in SET_PHRASES)]
