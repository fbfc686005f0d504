"""The figure extractor: every statistic of a document with value, unit, approximation, metric and period.

For each block it finds numeral spans with the grammar of :mod:`tui.core.numerals`, keeps those that carry
a unit (or stand after 为/达 as a bare value), drops the constructs of the genre that are not statistics
(5G, 十四五, 一是, 第一, 两个毫不动摇, years and months, e-mails, phone numbers…), then reads the clause
before each figure for its metric and comparison, carries the metric and the period forward, and
distributes 分别 lists.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from tui.core.model import Document, Figure
from tui.core.numerals import ARABIC, CHINESE, CN_DIGIT, MAGNITUDE, MAGNITUDES, chinese_value
from tui.core.periods import Period, find_periods
from tui.core.text import fold

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
_LIST_SEP = re.compile(r"^(?:、|,|和|及|与|或|以及)$")
_VALUE_VERB = re.compile(
    r"(为|达|达到|录得|是|报|回升至|回落至|升至|降至|提高至|提升至|下降至|增至|减至|上升至)\s*$"
)
_CLAUSE_END = set(",;。:!?\n")
_CJK = re.compile(r"[\u4e00-\u9fff]")

_COMPARE = re.compile(
    r"(?P<cmp>(?:同比|环比|比上年同期|比去年同期|比上年末|比上年底|比上年|比去年|比上月|比上季度|较上年同期|较上年|"
    r"较去年同期|较去年|较上月|较年初|比年初|(?:比(?!重|例|率)|较)[^,;。:比较]{1,14}?)?"
    r"(?:分别)?(?:名义|实际)?(?:增长|增加|下降|减少|提高|提升|降低|回落|回升|上升|下滑|扩大|收窄|加快|放缓|上涨|下跌|"
    r"少增|多增|持平|快于[^,;。:]{0,12}|慢于[^,;。:]{0,12}|高于[^,;。:]{0,12}|低于[^,;。:]{0,12}|好于[^,;。:]{0,12}|多|少)"
    r"(?:了)?|是[^,;。:]{1,12}?的)(?P<tail>(?:达到|达|为|至|到|超过|超|逾|近|约)?)$"
)
_SHARE = re.compile(r"占(?P<of>[^,;。:占]{1,30}?)(?:(?:的)?(?P<what>比重|比例|份额|比)|的$)")
_AFTER_COMPARE = re.compile(
    r"[,，]?\s*(?P<cmp>连续\s*\d+\s*个?(?:月|季度|年)(?:回升|增长|下降|上升|回落|扩大|收窄|高于|低于|保持|位于|处于)[^,;。:]{0,8})"
)
_LEAD_WORDS = re.compile(
    r"^(?:其中|同时|此外|另外|而且|并且|但是|但|而|并|且|总体看|总的看|总体来看|整体看|具体看|分行业看|分产品看|"
    r"分地区看|分领域看|从[^,;。]{1,8}看|从[^,;。]{1,8}来看|目前|当前|现在|已经|已|累计|共计|共|总计|"
    r"扣除[^,;。]{1,20}?(?:后|外)|按可比口径(?:计算)?|按[^,;。]{1,8}计算|"
    r"这|该|其|这些|我们|我国|全国各地|各地)"
)
_INNER_VERB = re.compile(
    r"(?:实现|完成|创造|录得|带动|拉动|吸引|吸纳|培育|认定|建成|新建|打造|创建|支持|培养|拥有|聚集|集聚)"
)
_TRAIL_WORDS = (
    "的", "达到", "达", "为", "是", "至", "到", "超过", "超", "突破", "逾", "近", "约", "大约", "不到", "不足", "均",
    "分别", "合计", "累计", "共计", "共", "总计", "已", "已经", "保持", "仍", "同比", "环比", "了", "也", "都",
    "保持在", "控制在", "稳定在", "在", "有", "完成", "实现", "开行", "发放", "接待", "达成", "签约", "名义", "实际",
)  # fmt: skip
_ENTITY_STOP = re.compile(
    r"(?:实现|完成|主导|合计|累计|共|均|的|规模以上|营业收入|产值|增加值|保持|达到|达|超过|占|同比|比|增长|下降|分别|"
    r"已|将|在|为|有|参与|获得|开展|入选|通过|稳增长|利润|收入|中|与|和|及|等|被|把|对|向|从|年|月)"
)
_SET_PHRASES = ("两个毫不动摇", "一带一路", "一张网", "两个市场", "两种资源", "四个全面", "两个确立", "两个维护", "四个意识", "四个自信")  # fmt: skip


@dataclass(frozen=True)
class _Raw:
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


def _scan(folded: str) -> list[_Raw]:
    """Numeral spans with their value and unit; bare numbers are kept for the shared-unit pass."""
    out: list[_Raw] = []
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


def _read(folded: str, m: re.Match[str]) -> _Raw | None:
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
    return _Raw(s, e, number, None, unit, approx, bare)


def _merge(folded: str, raws: list[_Raw]) -> list[_Raw]:
    """Join ranges (3%至5%), share units across lists (2.1个和3.6个百分点), drop bare numbers."""
    out: list[_Raw] = []
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
            and _LIST_SEP.match(gap)
            and cur.unit in ("", "个")
            and nxt.unit.startswith(cur.unit)
            and nxt.unit != cur.unit
        ):
            cur = replace(cur, unit=nxt.unit, bare=False)
        out.append(cur)
        i += 1
    return [r for r in out if not r.bare or _VALUE_VERB.search(folded[max(0, r.start - 4) : r.start])]


def _strip_value(folded: str, raw: _Raw) -> float:
    """The value of a figure's numeral without its magnitude (for 3至5万)."""
    m = re.search(ARABIC, folded[raw.start : raw.end])
    return float(m.group(0).replace(",", "")) if m and float(m.group(0).replace(",", "")) else 1.0


_MAX_CLAUSE = 80
"""How far back a metric is looked for: clauses of the genre are short, and a text without punctuation
(a 1 MB line) must not make every figure scan back to its start."""


def _clause_start(folded: str, pos: int) -> int:
    i = pos
    stop = max(0, pos - _MAX_CLAUSE)
    while i > stop and folded[i - 1] not in _CLAUSE_END:
        i -= 1
    return i


def _entity_after(folded: str, end: int) -> tuple[str, int] | None:
    """The noun phrase a count describes: 45个|国家先进制造业集群|主导… → 国家先进制造业集群."""
    stop = end
    while (
        stop < len(folded)
        and stop - end < 24
        and folded[stop] not in _CLAUSE_END
        and folded[stop] not in "、"
    ):
        stop += 1
    phrase = folded[end:stop]
    if not phrase or not _CJK.match(phrase[0]):
        return None
    m = _ENTITY_STOP.search(phrase, 2)
    if m:
        phrase = phrase[: m.start()]
    phrase = re.sub(r"(稳增长|增长|发展|建设)$", "", phrase)
    if len(phrase) < 2 or _ENTITY_STOP.match(phrase):
        return None
    return phrase, end + len(phrase)


def _clean_metric(text: str, periods: list[Period], offset: int) -> str:
    """Strip periods, discourse words and trailing verbs from the clause before a figure."""
    s = text
    changed = True
    while changed and s:
        changed = False
        s2 = s.lstrip("、,， 　的")
        for p in periods:
            if s2.startswith(p.text):
                s2 = s2[len(p.text) :]
        m = _LEAD_WORDS.match(s2)
        if m:
            s2 = s2[m.end() :]
        for word in _TRAIL_WORDS:
            if s2.endswith(word) and len(s2) > len(word):
                s2 = s2[: -len(word)]
                break
        if s2 != s:
            s, changed = s2, True
    parts = _INNER_VERB.split(s)
    if len(parts) > 1 and len(parts[-1]) >= 2:
        s = parts[-1]
    return s.strip("、,， ")


def _metric_and_comparison(clause: str, periods: list[Period], offset: int) -> tuple[str, str | None]:
    comparison = None
    clause = clause.rstrip()
    m = _COMPARE.search(clause)
    if m and m["cmp"]:
        comparison = m["cmp"]
        clause = clause[: m.start()]
    clause = clause.rstrip()
    share = _SHARE.search(clause)
    if share and comparison is None:
        comparison = share.group(0).removesuffix("的")
    return _clean_metric(clause, periods, offset), comparison


_WEAK_METRICS = frozenset(
    ("增速", "降幅", "增幅", "涨幅", "跌幅", "增长", "下降", "占比", "比重", "总量", "规模", "增量", "同比", "环比",
     "分别", "名义", "实际", "其中", "全年", "合计", "累计")
)  # fmt: skip


def _meaningful(metric: str | None) -> bool:
    return bool(metric) and len(_CJK.findall(metric or "")) >= 2 and metric not in _WEAK_METRICS


def extract_text(text: str, day: dt.date | None = None, block_id: str = "") -> list[Figure]:
    """Every figure of one paragraph of text (a block)."""
    folded = fold(text)
    raws = _merge(folded, _scan(folded))
    raws = [r for r in raws if not any(p in folded[max(0, r.start - 1) : r.end + 5] for p in _SET_PHRASES)]
    periods = find_periods(folded, day)
    figures: list[Figure] = []
    prev_end = 0
    last_metric: str | None = None
    consumed: int = 0
    group_clause: str | None = None
    group_metrics: list[str] = []  # metrics of the last finished list of figures (for a second 分别)
    group_metrics_now: list[str] = []
    for index, raw in enumerate(raws):
        period = next((p for p in reversed(periods) if p.end <= raw.start), None)
        metric: str | None = None
        comparison: str | None = None
        entity = None
        if raw.unit in CLASSIFIERS or (
            raw.unit == "%" and folded[raw.start : raw.end].rstrip("以上下左右多余").endswith("成")
        ):
            entity = _entity_after(folded, raw.end)
        start = max(_clause_start(folded, raw.start), prev_end, consumed)
        clause = folded[start : raw.start]
        if entity is not None:
            metric = entity[0]
            consumed = raw.end
        else:
            metric, comparison = _metric_and_comparison(clause, periods, start)
            in_list = index > 0 and _LIST_SEP.match(folded[raws[index - 1].end : raw.start]) is not None
            if in_list and figures and group_clause is not None:
                if "分别" in group_clause:
                    metric = (
                        _distribute(group_clause, raws, index, folded, periods)
                        or _positional(group_metrics, len(group_metrics_now))
                        or figures[-1].metric
                        or metric
                    )
                elif not _meaningful(metric):
                    metric = figures[-1].metric or metric
                comparison = comparison or figures[-1].comparison
            else:
                group_clause = clause
                if group_metrics_now:
                    group_metrics = group_metrics_now
                group_metrics_now = []
                if "分别" in clause:
                    metric = (
                        _distribute(clause, raws, index, folded, periods)
                        or _positional(group_metrics, 0)
                        or metric
                    )
            if not _meaningful(metric):
                metric = last_metric or _previous_subject(folded, start, periods)
        if entity is None:
            group_metrics_now.append(metric or "")
        after = _AFTER_COMPARE.match(folded, raw.end)
        if after and comparison is None:
            comparison = after["cmp"]
        last_metric = metric if metric and entity is None else last_metric
        if entity is not None and last_metric is None:
            last_metric = None
        prev_end = raw.end
        figures.append(
            Figure.model_construct(
                text=text[raw.start : raw.end],
                start=raw.start,
                end=raw.end,
                value=raw.value,
                upper=raw.upper,
                unit=raw.unit,
                approx=raw.approx,
                metric=_original(text, folded, metric),
                period=text[period.start : period.end] if period else None,
                period_start=period.period_start if period else None,
                period_end=period.period_end if period else None,
                comparison=_original(text, folded, comparison),
                kind=kind_of(raw.unit),
                block_id=block_id,
            )
        )
    return figures


def _positional(metrics: list[str], index: int) -> str | None:
    """甲、乙分别为5%和3%，分别提高1个和2个百分点: the second list takes the first list's metrics by position."""
    return metrics[index] or None if 0 <= index < len(metrics) and len(metrics) > 1 else None


def _previous_subject(folded: str, start: int, periods: list[Period]) -> str | None:
    """The subject of the clause before, for 甲同比持平，环比上涨0.2%."""
    end = start - 1
    if end <= 0 or folded[end] not in ",;":
        return None
    begin = _clause_start(folded, end)
    metric, _ = _metric_and_comparison(folded[begin:end], periods, begin)
    return metric if _meaningful(metric) else None


def _original(text: str, folded: str, phrase: str | None) -> str | None:
    """Map a phrase found in folded text back to the characters as written."""
    if not phrase:
        return None
    i = folded.find(phrase)
    return text[i : i + len(phrase)] if i >= 0 else phrase


def _distribute(clause: str, raws: list[_Raw], index: int, folded: str, periods: list[Period]) -> str | None:
    """For 甲、乙分别增长5%、3%: the metric of the figure at ``index`` within its 分别 group."""
    first = index
    while first > 0 and _LIST_SEP.match(folded[raws[first - 1].end : raws[first].start]):
        first -= 1
    size = 1
    while first + size < len(raws) and _LIST_SEP.match(
        folded[raws[first + size - 1].end : raws[first + size].start]
    ):
        size += 1
    pre = clause[: clause.rfind("分别")]
    subject, rest = pre, ""
    if "占" in pre:
        cut = pre.index("占")
        subject, rest = pre[:cut], pre[cut:]
    subject = _clean_metric(subject, periods, 0)
    subjects = [s for s in re.split(r"、|和|及|与|以及|,", subject) if s]
    if len(subjects) == size:
        return subjects[index - first] + rest
    return None


def extract(doc: Document) -> list[Figure]:
    """Every figure of every block of a document, with block, section and document."""
    day = doc.day
    out: list[Figure] = []
    for section, block in doc.blocks():
        for figure in extract_text(block.text, day, block.id):
            out.append(figure.model_copy(update={"section_id": section.id, "doc": doc.name}))
    return out
