"""Numbers a text writes beside its statistics: what :func:`tui.core.quantities.find_quantities` leaves out.

The numeral grammar finds every number with a unit; some of them are no statistic of the text, whatever
their form, because of where they stand:

* the enumerator of a numbered item (``2、10次专项检查…``: the item's number, not a count of 2);
* a stock quote a portal injected after a company's name (``机器人(23.150, -0.41, -1.74%)``);
* the scope written into a definition (``全省人口（包括12个市、自治州…）4500万人``: the 12 defines what is
  counted, it is not counted);
* the band of a tax base (``对年应纳税所得额100万元至300万元的部分减半征收``);
* dates, times, ages, ranks, technology names, time frames, countdowns and the counts of what a text is
  about to list, by what stands right before or after the number (:func:`not_a_statistic`);
* a small count written into the name of the next figure's metric (``31个大城市调查失业率为5.0%``,
  :func:`names_a_metric`).

Each function takes the folded text and the spans found and says which to drop; the quantities module
applies them in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from tui.core.vocab import AGE_UNIT, TIME_UNITS


class Span(Protocol):
    """What these filters need of a quantity: where it is, its value and unit, and whether a unit or magnitude
    is written."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def bare(self) -> bool: ...
    @property
    def bound(self) -> str | None: ...
    @property
    def value(self) -> float: ...
    @property
    def unit(self) -> str: ...


_NOT_AFTER_BARE = frozenset("年月日号时点岁周版期届级线强名")
"""What follows a bare number that is a date, a time, an age, a rank or a line, not a statistic."""
_TIME_FRAME_BEFORE = ("连续", "最近", "未来", "过去", "前", "后", "头", "每", "还有", "还剩", "仅剩", "只剩", "剩下")  # fmt: skip
_TIME_FRAME_AFTER = ("内", "来", "以来", "里", "之内", "后", "以后", "前", "以前", "期间")
_ROUND_THE_CLOCK = re.compile(r"24\s?小时(?![内以之左前后的里])[\u4e00-\u9fff]")
_LIMIT_BEFORE = re.compile(
    r"(?:控制在|缩短到|缩短至|缩短为|压缩到|压缩至|压减到|压减至|减少到|减少至|降至|降到|不超过)$"
)
"""控制在4个工作日之内: a limit set on a time, which is a figure (not 4个工作日内完成, a time frame)."""
_NOT_TENOR = ("期间", "期内", "期满", "期限")
"""7天期间, 3年期满: a span of time said with 期, not the term of a product (7天期逆回购)."""
_COUNTDOWN = re.compile(r"距离?|离")
_LIST_COUNT_NOUNS = ("方面", "关键词", "特点", "层面", "维度", "原则", "要点")
"""``三个方面``, ``3个关键词``: the count of the items a text is about to list, not a statistic."""
_SLOGAN_AFTER = re.compile(r"[“\"][^”\"\d]{1,6}[”\"](?![\u4e00-\u9fff])")
"""归纳为3个“促进”。: a count of the items of a slogan a speaker sums up with, nothing counted after it (45个
“小巨人”企业 and 建成12个“智慧工厂” count)."""
_SUMMED_UP = ("概括为", "归纳为", "总结为", "概括成", "归纳成", "简称为", "简称", "称为", "称作", "叫做")
_SLOGAN_AROUND = re.compile(r"[^”\"\d,;。]{1,4}[”\"]")
_KIND_COUNTS = frozenset(("项", "类", "种"))
_RATE_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,14}?(?:率|指数))(?:为|是|达到|达)?")
_NAME_ONLY = re.compile(
    r"(?:(?![是为有达超增降比较占共均约近逾至到和及与的]|合计|累计|同比|环比|实现|完成|新增|分别)[\u4e00-\u9fff])+"
)
"""A run of CJK characters with no verb, comparison or list word: a name, not a clause."""
_ITEM_START = frozenset("\n。;:!?　 ")
"""What stands before the enumerator of a numbered item: the start of a line, a sentence or a list."""
_PARENTHESIS = re.compile(r"\(([^()]{1,200})\)")
_SCOPE = re.compile(r"\s*(?:包括|不包括|包含|不包含|含|不含|其中不含|除)")
"""A parenthesis that defines what a number counts (包括…, 不含…)."""
_QUOTE = re.compile(r"[\d\s.+\-−%]*,[\d\s.,+\-−%]*")
"""A parenthesis of numbers only, signs and percentages: a stock quote (23.150, -0.41, -1.74%)."""
_BAND_AFTER = re.compile(r"(?:的)?部分")
_BAND_BEFORE = re.compile(r"(?:所得额|所得|收入|工资|薪金|金额|销售额|营业额|价款)(?:超过|不超过|在)?$")
"""年应纳税所得额100万元至300万元的部分: a band of a tax base, named by its ends."""


def is_enumerator(folded: str, q: Span) -> bool:
    """2、10次…: a bare number right after a line, sentence or list start and before 、 or a dot."""
    if not q.bare or folded[q.end : q.end + 1] not in ("、", ".") or q.end - q.start > 2:
        return False
    return q.start == 0 or folded[q.start - 1] in _ITEM_START


def asides(folded: str) -> list[tuple[int, int]]:
    """The spans of the parentheses that define a scope or quote a stock: no figure inside counts."""
    out: list[tuple[int, int]] = []
    for m in _PARENTHESIS.finditer(folded):
        inside = m.group(1)
        if _SCOPE.match(inside) or _QUOTE.fullmatch(inside):
            out.append((m.start(), m.end()))
    return out


def bands(folded: str, found: Sequence[Span]) -> set[int]:
    """The indexes of the quantities that name the ends (or the limit) of a band of a tax base."""
    out: set[int] = set()
    for i, q in enumerate(found):
        if not _BAND_AFTER.match(folded, q.end):
            continue
        first = i - 1 if q.bound == "high" and i > 0 else i
        if _BAND_BEFORE.search(folded, max(0, found[first].start - 8), found[first].start):
            out.update(range(first, i + 1))
    return out


def not_a_statistic(folded: str, start: int, end: int, unit: str, mag: str) -> bool:
    """Dates, times, ages, ranks, technology names, time frames and list counts written with numerals."""
    after = folded[end : end + 1]
    if after and after.isascii() and (after.isalpha() or after in "@_/") and not unit[-1:].isalpha():
        # 5G, 3D, 123456@qq.com (not 18万款App: a count of the things named after its unit; not 21.5%qz乐鱼: a
        # spam page's letters glued after a percentage, which its sign closes)
        return unit != "%" or after in "@_/"
    if after == "." and folded[end + 1 : end + 2].isalnum():
        return True
    if not unit and after in _NOT_AFTER_BARE and not folded.startswith(("名义", "名義"), end):
        return True  # (九万亿名义GDP: the word 名义 after a sum, no rank)
    if unit in TIME_UNITS and _ROUND_THE_CLOCK.match(folded, start):
        return True  # 24小时值守, 全天24小时办证: a service round the clock, not a duration measured
    if unit in TIME_UNITS and (
        folded.endswith(_TIME_FRAME_BEFORE, 0, start)
        or (folded.startswith(_TIME_FRAME_AFTER, end) and not _LIMIT_BEFORE.search(folded, 0, start))
        or _COUNTDOWN.match(folded, _clause_start(folded, start), start)
    ):
        return True  # 连续15个月, 未来3天, 7天内, 距离开幕还有1个小时: time frames
    if unit in TIME_UNITS and folded[_clause_start(folded, start) : start] == "期限":
        return True  # 开展逆回购操作，期限7天，利率x%: the term of the operation, as 7天期
    if unit in TIME_UNITS and folded.startswith("期", end) and not folded.startswith(_NOT_TENOR, end):
        return True  # 7天期逆回购, 1年期LPR, 3个月期国债: the term of a product, part of its name
    if unit == AGE_UNIT:
        return not _age_measured(folded, start, end)
    if unit in ("个", "") and folded.startswith(_LIST_COUNT_NOUNS, end):
        return True  # 三个方面
    quoted = folded[start - 1 : start] in ("“", '"') and _SLOGAN_AROUND.match(folded, end) is not None
    named = folded.endswith(_SUMMED_UP, 0, start) and _SLOGAN_AFTER.match(folded, end) is not None
    if unit == "个" and (named or quoted):
        return True  # 归纳为3个“促进”, 建成“5个一”: a slogan's count of its items
    if unit and folded.startswith("版", end) and not folded.startswith(_EDITION_NOUNS, end):
        return True  # 十万元版发票, 100元版纸币: a denomination, the name of a kind of note, not an amount
    if _ADVERT.search(folded, max(0, start - 16), min(len(folded), end + 16)):
        return True  # 赞助商广告位 150欧元/月 广告联系…: a page's price for an advert, furniture
    if (
        unit in _LENGTHS
        and folded[_clause_start(folded, start) : start].startswith(("位于", "地处"))
        and _PLACE_AFTER.match(folded, end)
    ):
        return True  # 位于…一段仅百余米的通道上: the size of a place a scene is set in
    if folded.endswith("几", 0, start) and folded[start : start + 1] in "十百千万亿":
        return True  # 充几百元: a guess at a size, no number said
    return folded.endswith("每", 0, start) and bool(unit or mag)  # 每万人, 每10万人口: the base of a rate


_ADVERT = re.compile(r"广告位|广告联系|广告热线|广告招商|赞助商")
_LENGTHS = ("米", "公里", "千米", "里")
_PLACE_AFTER = re.compile(r"的[^,;。:\d]{1,8}?[上中里内旁边前]")
"""…仅百余米的通道上: a length that sizes the place something stands in."""
_EDITION_NOUNS = ("版面", "版本", "版权", "版块", "版图")
"""Nouns that start with 版 (3个版面, 两个版本): after a count, the things counted, not a denomination."""
_AGE_MEASURES = re.compile(r"寿命|年龄|岁数")
_AGE_BAND_AFTER = re.compile(
    r"(?:及|或)?(?:以上|以下|以内|之间|人口|的|劳动力|青年|儿童|老人|人群|组|段|[至到~—–-]\d)"
)
_AGE_BAND_BEFORE = re.compile(r"\d[至到~—–-]$")


def _age_measured(folded: str, start: int, end: int) -> bool:
    """预期寿命从68岁提高到79岁, 平均年龄41.2岁: an age that is the thing measured (its clause names an age
    measure), not a band (16—24岁人口, 60岁及以上) or a person's age (不到20岁就参加工作)."""
    if _AGE_BAND_AFTER.match(folded, end) or _AGE_BAND_BEFORE.search(folded, max(0, start - 2), start):
        return False
    return _AGE_MEASURES.search(folded, _clause_start(folded, start), start) is not None


def _clause_start(folded: str, pos: int) -> int:
    stop = max(0, pos - 30)
    while pos > stop and folded[pos - 1] not in ",;。:!?\n":
        pos -= 1
    return pos


def names_a_metric(folded: str, q: Span, after: Sequence[Span]) -> bool:
    """5项专项基金总收入6.3万亿元, 31个大城市调查失业率为5.0%: a small count written into the name of the
    next figure's metric."""
    if not after:
        return False
    between = folded[q.end : after[0].start]
    if q.unit == "个" and q.value <= 100 and after[0].unit in ("%", ""):
        # 31个大城市城镇调查失业率为5.0%: the size of the group a rate is measured over
        rate = _RATE_NAME.fullmatch(between)
        return rate is not None and _NAME_ONLY.fullmatch(rate["name"]) is not None
    if q.unit not in _KIND_COUNTS or q.value > 20:
        return False
    return 2 <= len(between) <= 14 and _NAME_ONLY.fullmatch(between) is not None
