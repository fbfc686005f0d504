"""The figure extractor: every statistic of a document with value, unit, approximation, metric and period.

For each block it takes the quantities :mod:`tui.core.quantities` finds (value, unit, approximation,
range; non-statistics such as 5G or 十四五 already dropped), then reads the clause before each for its
metric and comparison, carries the metric and the period forward, and distributes 分别 lists.
"""

from __future__ import annotations

import datetime as dt
import re

from tui.core.model import Document, Figure
from tui.core.periods import Period, find_periods
from tui.core.quantities import CLASSIFIERS, LIST_SEP, Quantity, find_quantities, kind_of
from tui.core.text import fold

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


def _clean_metric(text: str, periods: list[Period]) -> str:
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


def _metric_and_comparison(clause: str, periods: list[Period]) -> tuple[str, str | None]:
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
    return _clean_metric(clause, periods), comparison


_WEAK_METRICS = frozenset(
    ("增速", "降幅", "增幅", "涨幅", "跌幅", "增长", "下降", "占比", "比重", "总量", "规模", "增量", "同比", "环比",
     "分别", "名义", "实际", "其中", "全年", "合计", "累计")
)  # fmt: skip


def _meaningful(metric: str | None) -> bool:
    return bool(metric) and len(_CJK.findall(metric or "")) >= 2 and metric not in _WEAK_METRICS


def extract_text(text: str, day: dt.date | None = None, block_id: str = "") -> list[Figure]:
    """Every figure of one paragraph of text (a block)."""
    folded = fold(text)
    raws = find_quantities(folded)
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
            metric, comparison = _metric_and_comparison(clause, periods)
            in_list = index > 0 and LIST_SEP.match(folded[raws[index - 1].end : raw.start]) is not None
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
    metric, _ = _metric_and_comparison(folded[begin:end], periods)
    return metric if _meaningful(metric) else None


def _original(text: str, folded: str, phrase: str | None) -> str | None:
    """Map a phrase found in folded text back to the characters as written."""
    if not phrase:
        return None
    i = folded.find(phrase)
    return text[i : i + len(phrase)] if i >= 0 else phrase


def _distribute(
    clause: str, raws: list[Quantity], index: int, folded: str, periods: list[Period]
) -> str | None:
    """For 甲、乙分别增长5%、3%: the metric of the figure at ``index`` within its 分别 group."""
    first = index
    while first > 0 and LIST_SEP.match(folded[raws[first - 1].end : raws[first].start]):
        first -= 1
    size = 1
    while first + size < len(raws) and LIST_SEP.match(
        folded[raws[first + size - 1].end : raws[first + size].start]
    ):
        size += 1
    pre = clause[: clause.rfind("分别")]
    subject, rest = pre, ""
    if "占" in pre:
        cut = pre.index("占")
        subject, rest = pre[:cut], pre[cut:]
    subject = _clean_metric(subject, periods)
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
