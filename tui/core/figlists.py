"""Figures written as a list: which item of the list each one measures.

A list is two figures or more joined by 、 和 及… (:data:`tui.core.quantities.LIST_SEP`). Its figures get
their metrics:

* one each from the subject split into items when it says 分别 (``甲、乙、丙分别增长5%、3%和8%``), or when
  it is the first half of a change written from–to (``甲和乙的比重由2012年的21%、19%，提高到…``); the items
  may stand in clauses of their own before the subject (``挖掘机械，汽车，工业机器人产量分别增长…``);
* by position from the list before, when the list has no subject of its own (the second half of a from–to,
  ``…，提高到2021年的22%、21%``; a second 分别 list, ``…，分别提高1个和2个百分点``);
* else the metric of the list's first figure.

:class:`Lists` keeps the list being read and the one before it, for :class:`tui.core.figures.TextReader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from tui.core.frames import Frames
from tui.core.listgaps import listed
from tui.core.listheads import SHARED_HEAD, lend_heads, split_subjects
from tui.core.metrics import clause_start, nominal, subject
from tui.core.model import Figure
from tui.core.periods import Period
from tui.core.quantity import Quantity
from tui.core.spoken import is_list_item

_FROM = re.compile(r"(?:分别)?(?:由|从)$")
_BASE_TAIL = re.compile(
    r"(?:比|较|較|与|與)(?:上年|去年|上月|上季度|前一年|上年同期|去年同期|同期)(?:相比)?(?:同期)?$"
)
"""甲、乙比上年同期分别增长…: the base the whole list is compared with, no part of its last item's name."""
"""The end of a clause whose list is the first half of a change from–to (…比重由2012年的21%、19%)."""
_RAISED_TO = re.compile(r"(?:到|至)$")
"""A comparison that gives the level reached (增加到, 提高至): the second half of a from–to."""

_COMPARED_NAMES = re.compile(
    r"(?:高于|低于|快于|慢于|好于|超过|领先于?)(?P<names>[^,;。:、等]{1,8}(?:[、和及与][^,;。:、等]{1,8})+?)(?:等[^,;。:\d]{0,14})?$"
)
"""A comparison with a list of names (高于美国、日本、德国等世界主要经济体), the list of values after it."""
_RANKED = re.compile(
    r"(?:其中|而|同时)?,?(?P<names>[^,;。:、和及与\d]{1,8}(?:[、和及与][^,;。:、和及与\d]{1,8}?)+)"
    r"(?:分列|位列|位居|依次位列|排名|排在|居|紧随其后|紧跟其后|次之)[^,;。:]{0,8}"
)
"""海南、浙江、江苏分列前三位: names a clause ranks, whose values the next clause lists (增速分别为…)."""
_MOVED = re.compile(
    r"(?:其中|食品中|非食品中)?,?(?:[^,;。:]{0,12}?(?:由于|因为|得益于|受益于))?"
    r"(?P<names>[^,;。:\d较比]{2,40}?[、和及与][^,;。:\d较比]{1,20}?)"
    r"(?:环比|同比)?(?:继续|持续|均|都|仍|也|有所|普遍|全部)?(?:上涨|下降|上升|回落|下跌|走高|走低|增长|减少)"
    r"(?:较快|较多|明显|迅速|较大|最快)?"
)
"""鲜菜和鲜果价格继续上涨, 主要由于甲、乙产业增长较快: a list said to move (the cause it is given as left out),
whose values the next clause gives (涨幅分别为…, 全年分别增长…)."""
_MEASURE_WORDS = r"(?:环比|同比)?(?:涨幅|降幅|增幅|增速|跌幅|升幅|幅度)?"
"""What the clause of a moved list's values names: 环比涨幅, 降幅, 环比, or nothing."""
_OWN_NOUN = re.compile(r"的(?P<noun>[\u4e00-\u9fffA-Z]{2,8})(?=[,;。:!?]|$)")
"""…3.0%的经济增速: the noun each value of the list is of."""


@dataclass
class Group:
    """A list of figures written together (甲、乙分别增长5%、3%): its clause and the metrics handed out."""

    clause: str = ""
    start: int = 0
    """Where the clause starts in the folded text (the items of the list may stand before it)."""
    metrics: list[str] = field(default_factory=list)
    positional: bool = False
    """True when the list has no subject and takes its metrics by position from before."""

    @property
    def distributed(self) -> bool:
        """True when the subject is split over the list's figures (分别, or the first half of a from–to)."""
        return "分别" in self.clause or _FROM.search(self.clause) is not None


@dataclass
class Lists:
    """The list being read in one text and the one before it."""

    folded: str
    figures: list[Figure]
    frames: Frames
    group: Group = field(default_factory=Group)
    previous: Group = field(default_factory=Group)

    def start(self, clause: str, start: int) -> None:
        """A figure that is no later item of a list starts a new group with its clause."""
        if self.group.metrics:
            self.previous = self.group
        self.group = Group(clause, start)

    def first(
        self, quantities: list[Quantity], index: int, metric: str | None, comparison: str | None
    ) -> str | None:
        """The metric of the first figure of a group, given the one its clause reads."""
        if self.group.distributed:
            distributed = self._distribute(quantities, index)
            positional = None if distributed or nominal(metric) else self._positional(quantities, index, 0)
            self.group.positional = positional is not None
            return distributed or positional or metric
        if _RAISED_TO.search(comparison or "") and not nominal(metric):
            positional = self._positional(quantities, index, 0)  # …，提高到2021年的22%、21%
            self.group.positional = positional is not None
            return positional or metric
        before = self.previous.metrics
        if (
            len(before) > 1
            and len(set(before)) == len(before)
            and "占" not in self.group.clause  # 占…比重为35.9%、16.7%: the share, said by the reading
            and not nominal(metric)
            and self._size(quantities, index) == len(before)
        ):  # 产销分别完成…，环比分别下降…，同比减少了11.5%和9.4%: the list before's metrics, in turn
            positional = self._positional(quantities, index, 0)
            self.group.positional = positional is not None
            return positional or metric
        return metric

    def later(self, quantities: list[Quantity], index: int, metric: str | None) -> str | None:
        """The metric of a later figure of the group (``metric`` is the one its own clause reads)."""
        last = self.figures[-1]
        if self.group.distributed or self.group.positional:
            positional = self._positional(quantities, index, len(self.group.metrics))
            return (
                self._distribute(quantities, index)
                or (positional if self.group.positional else None)
                or (metric if nominal(metric) else None)
                or last.metric
                or metric
            )
        return None

    def compared(self, quantities: list[Quantity], index: int) -> str | None:
        """高于美国、日本、德国等经济体5.7%、2.4%、3.0%的经济增速: one economy each, with the noun after the list;
        None for a list of any other shape."""
        first, size = self._bounds(quantities, index)
        m = _COMPARED_NAMES.search(self.group.clause) if size > 1 else None
        names = re.split("[、和及与]", m["names"]) if m is not None else []
        noun = _OWN_NOUN.match(self.folded, quantities[first + size - 1].end) if len(names) == size else None
        return None if noun is None else names[index - first] + noun["noun"]

    def _positional(self, quantities: list[Quantity], index: int, position: int) -> str | None:
        """A list without a subject of its own takes the metrics of the list before by position
        (甲、乙分别为5%和3%，分别提高1个和2个百分点), or of as many figures before it (甲增长5%，乙增长3%，
        分别高于全国1个和2个百分点)."""
        metrics = self.previous.metrics
        size = self._size(quantities, index)
        if len(metrics) < 2:
            first = index - position
            metrics = [f.metric or "" for f in self.figures[:first] if f.bound != "high"][-size:]
            if len(metrics) != size or len(set(metrics)) < size:
                return None  # 增速分别比上月末和上年同期低…: the list is of bases, not of subjects
        return metrics[position] or None if 0 <= position < len(metrics) and len(metrics) > 1 else None

    def bounds(self, quantities: list[Quantity], index: int) -> tuple[int, int]:
        """(the index of the list's first figure, its size): the list the figure at ``index`` is in."""
        return self._bounds(quantities, index)

    def _bounds(self, quantities: list[Quantity], index: int) -> tuple[int, int]:
        """(the index of the list's first figure, its size)."""
        first = index
        while first > 0 and self._listed(quantities, first - 1, first):
            first -= 1
        size = 1
        while first + size < len(quantities) and self._listed(quantities, first + size - 1, first + size):
            size += 1
        return first, size

    def part(self, quantities: list[Quantity], index: int, period: Period) -> Period:
        """一、二、三、四季度…分别增长a%、b%、c%和d%: each figure of a list as long as the period's list of parts
        is said of its own part (the phrase as written stays, as the keys of the genre write it; the dates are
        the part's)."""
        first, size = self._bounds(quantities, index)
        listed = (
            "、" in period.text and size > 2
        )  # 5、6月份，出口、进口分别…: two subjects, not the two months
        if size != len(period.parts) or (not listed and self._subjects_listed(size)):
            return period
        start, end = period.parts[index - first]
        return replace(period, period_start=start, period_end=end)

    def _subjects_listed(self, size: int) -> bool:
        """1至3月份，甲、乙、丙分别增长…: a list of subjects, not of the months a span of them holds."""
        clause = self.group.clause
        cut = clause.rfind("分别")
        return cut >= 0 and split_subjects(clause[:cut], size) is not None

    def _size(self, quantities: list[Quantity], index: int) -> int:
        return self._bounds(quantities, index)[1]

    def _distribute(self, quantities: list[Quantity], index: int) -> str | None:
        """For 甲、乙分别增长5%、3%: the metric of the figure at ``index`` within its list."""
        first, size = self._bounds(quantities, index)
        clause = self.group.clause
        cut = clause.rfind("分别")
        pre = clause[:cut] if cut >= 0 else _FROM.sub("", clause)
        rest = ""
        if "占" in pre:
            at = pre.index("占")
            pre, rest = pre[:at], pre[at:]
        own = subject(_BASE_TAIL.sub("", pre))
        cut_off = not self.folded[quantities[first + size - 1].end :].strip()
        items = (
            traded_with(own, clause[cut + 2 :] if cut >= 0 else "", size)
            or self._ranked_before(own, size)
            or self._items_before(own, size, cut_off)
            or split_subjects(own, size)
            or self._moved_before(own, size)
        )
        return items[index - first] + rest if items else None

    def _ranked_before(self, own: str, size: int) -> list[str] | None:
        """甲、乙、丙位列前三，增速分别为a%、b%、c%: the names a clause before ranks, each with the measure the
        list's own clause names (甲增速…); None unless there are as many names as values."""
        end = self.group.start - 1
        if end <= 0 or self.folded[end] not in ",;" or not own or len(own) > 8 or split_subjects(own, size):
            return None
        begin = clause_start(self.folded, end)
        ranked = _RANKED.fullmatch(self.frames.without_periods(begin, end).strip())
        names = re.split("[、和及与]", ranked["names"]) if ranked else []
        return [name + own for name in names] if len(names) == size else None

    def _moved_before(self, own: str, size: int) -> list[str] | None:
        """鲜菜和鲜果价格继续上涨，环比涨幅分别为a%和b%: the list is the subject of the clause before, said to
        move; each item with the measure the list's own clause names (鲜菜价格环比涨幅)."""
        end = self.group.start - 1
        if end <= 0 or self.folded[end] != "," or len(own) > 6 or not re.fullmatch(_MEASURE_WORDS, own):
            return None
        begin = clause_start(self.folded, end)
        moved = _MOVED.fullmatch(self.frames.without_periods(begin, end).strip())
        items = split_subjects(moved["names"], size) if moved is not None else None
        if items and moved is not None and not own and not SHARED_HEAD.search(items[-1]):
            # 甲、乙、丙丁产业增长较快，全年分别增长…: names of their own, no measure for them to share
            named = re.split("[、和及与]", moved["names"])
            items = named if len(named) == size else items
        return [item + own for item in items] if items else None

    def _items_before(self, own: str, size: int, cut_off: bool) -> list[str] | None:
        """The items of a list written in clauses of their own before the subject (文化、体育和娱乐业，
        住宿和餐饮业同比分别增长…): one item a clause, the subject the last, its head shared.

        Used when the subject alone splits into no list of that size, or when the clauses before are lists
        themselves (commas then part the items, 、 and 和 are inside names); a list the text cuts off before
        its last values (…，平板电脑产量分别增长31.2%、12.7%, the end) gives its first items their values.
        """
        names: list[str] = []
        end = self.group.start - 1
        while end > 0 and self.folded[end] == "," and len(names) < 12:
            begin = clause_start(self.folded, end)
            piece = self.folded[begin:end].strip()
            if (
                not is_list_item(piece)
                or self.frames.without_periods(begin, end).strip() != piece
                or _RANKED.fullmatch(piece)  # 甲、乙位列前二: a ranking, said of names, no item
                or _MOVED.fullmatch(piece)  # 甲和乙价格继续上涨: a clause of its own, no item
            ):
                break  # 从产品看, 其中, 前三季度: a frame or a period, no item
            names.insert(0, piece)
            end = begin - 1
        whole = [*names, own]
        if (
            len(whole) > size
            and not cut_off
            and any("、" in name or "和" in name for name in whole[-size:-1])
        ):
            whole = whole[
                -size:
            ]  # 需求回升，甲、乙和丙业，丁和戊业，己业增加值分别…: a remark before the items
        if not names or (len(whole) != size and not (cut_off and len(whole) > size)):
            return None
        if split_subjects(own, size) and not any(re.search("[、和及与]", name) for name in names):
            return None  # 全省工业，轻工业和重工业分别…: a topic before a list of its own
        return lend_heads(whole)[:size]

    def _listed(self, quantities: list[Quantity], a: int, b: int) -> bool:
        if quantities[b].bound == "high":
            return False
        return listed(self.folded, quantities[a], quantities[b])


_TRADED_WITH = re.compile(
    r"对(?:[^、和及与]{0,10}?(?:贸易伙伴|伙伴|市场|经济体|国家和地区|国家|地区)(?:中的|的)?)?"
    r"(?P<names>[^对、和及与]{1,12}(?:[、和及与][^对、和及与]{1,12})+)$"
)
_TRADE_VERB = re.compile(r"(?:实现|完成)?(?P<verb>进出口|出口|进口)")


def traded_with(own: str, after: str, size: int) -> list[str] | None:
    """我国对前三大贸易伙伴甲、乙、丙分别进出口a、b、c: the partners traded with, each with the trade the
    verb after 分别 names (对甲进出口); the description of the partners before their names is left out."""
    verb = _TRADE_VERB.match(after)
    m = _TRADED_WITH.search(own) if verb is not None else None
    names = re.split("[、和及与]", m["names"]) if m is not None and verb is not None else []
    if len(names) != size or verb is None:
        return None
    return [f"对{name}{verb['verb']}" for name in names]
