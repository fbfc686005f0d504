"""The items of a list of subjects and the head noun they share (甲、乙产量 → 甲产量, 乙产量).

:func:`split_subjects` cuts a subject written as a list into as many items as its list of values has;
:func:`lend_heads` gives each item the head noun only the last one writes. Both are read by
:class:`tui.core.figlists.Lists` and return data only.
"""

from __future__ import annotations

import re


def split_subjects(text: str, size: int, marks: str | None = None) -> list[str] | None:
    """甲、乙、丙 → three subjects, sharing what the last one adds to them.

    第一、二、三产业增加值 → 第一产业增加值…; 城镇、农村居民收入 → 城镇居民收入, 农村居民收入; 甲产业、乙产业增加值
    → 甲产业增加值, 乙产业增加值; 社会保障和就业、农林水支出 → 社会保障和就业支出, 农林水支出; 医疗、生育、工伤三类
    保险参保人数 → 医疗保险参保人数… With ``marks``, the items are split at those characters only.
    """
    pair = _PAIRED.search(text) if size == 2 and marks is None else None
    if pair is not None and not re.search("[、和及与,]", text):
        return [
            text[: pair.start()] + half for half in _PAIRED_HALVES[pair.group(0)]
        ]  # 汽车产销 → 产量, 销量
    if marks is not None:
        items = [s for s in re.split(f"[{marks}]", text) if s]
    else:
        items = [s for s in re.split(r"、|以及|和|及|与|,", text) if s]
        if len(items) != size:
            items = [s for s in re.split(r"、|,", text) if s]  # 社会保障和就业、农林水支出: 和 inside a name
    if len(items) != size or size < 2:
        return None
    category = _CATEGORY.fullmatch(items[-1])
    if category:  # 甲、乙等新兴产品产量: the last item, then the category it closes the list with
        items[-1] = category["name"] + category["head"]
    return lend_heads(items)


_PAIRED_HALVES = {
    "产销量": ("产量", "销量"),
    "产销": ("产量", "销量"),
    "进出口额": ("进口额", "出口额"),
    "进出口": ("进口", "出口"),
    "收支": ("收入", "支出"),
    "存贷款": ("存款", "贷款"),
    "存贷款余额": ("存款余额", "贷款余额"),
    "供需": ("供给", "需求"),
    "购销": ("购进", "销售"),
}
_PAIRED = re.compile(f"(?:{'|'.join(sorted(_PAIRED_HALVES, key=len, reverse=True))})$")
"""A word that names two measures at once (产销: 产量 and 销量), split over a 分别 list of two."""

_COUNTED_LIST = re.compile(r"[一二两三四五六七八九十\d]+(?:项|个|类|种|大)")
"""甲、乙、丙三类保险的参保人数: the count of a list's items, after which its shared head is written."""


def lend_heads(items: list[str]) -> list[str]:
    """The items of a list, each with the head noun only the last one writes (甲、乙产量 → 甲产量, 乙产量)."""
    last, earlier = items[-1], items[:-1]
    count = _COUNTED_LIST.search(last)
    if count and count.start() >= 1 and len(last) - count.end() >= 2:
        head = last[count.end() :]
        return [x + head for x in earlier] + [last[: count.start()] + head]
    for k in (2, 1):
        suffix = earlier[0][-k:]
        at = last.rfind(suffix)
        if (
            all(x.endswith(suffix) for x in earlier)
            and at >= 0
            and at + k < len(last)
            and len(earlier[0]) > k
        ):
            head = _whole_head(last[at + k :])
            return [x + head for x in earlier] + [last]
    price = _PRICE_OF_GOODS.fullmatch(last)
    if price is not None and all(len(x) >= 2 and not SHARED_HEAD.search(x) for x in earlier):
        return [x + "价格" for x in earlier] + [last]  # 鲜菜、飞机票和城市间交通费价格: each item's own price
    of_head = _OF_HEAD.search(last)
    if of_head is not None and of_head.start() >= 1 and not any("的" in x for x in earlier):
        head = of_head.group(0)[
            1:
        ]  # 芯片、轿车和平板电脑的出口: 的 marks the head, each item's own (芯片出口)
        return [x + head for x in earlier] + [last[: of_head.start()] + head]
    width = max(len(x) for x in earlier)
    if (
        all(len(x) <= 3 and not _OWN_MEASURE.search(x) for x in earlier)
        and len(last) >= width + (1 if width == 1 else 3)
        and len({len(x) for x in items}) > 1
    ):
        width = len(items[-2])
        head = last[width:] if not items[-2].startswith("第") or last.startswith("第") else last[width - 1 :]
        head = _whole_head(head) if width > 1 else head  # 猪、牛、羊、禽肉产量: one character names each kind
        ordinal = "第" if items[0].startswith("第") else ""
        return [(ordinal if not x.startswith("第") else "") + x + head for x in earlier] + [
            (ordinal if not last.startswith("第") else "") + last
        ]
    head_noun_of_last = _MEASURE_HEAD.search(last)
    if head_noun_of_last and len(last) > len(head_noun_of_last.group(0)) + 1:
        head = head_noun_of_last.group(0)
        return [x if _MEASURE_HEAD.search(x) or _OWN_MEASURE.search(x) else x + head for x in earlier] + [
            last
        ]
    return items


def _whole_head(head: str) -> str:
    """The head a list shares without the one character cut from the last item's own name (汽油、柴油和液化石油气
    价格: 价格, not 气价格; 鲜果和水产品价格: 价格, not 品价格)."""
    m = SHARED_HEAD.search(head)
    return m.group(0) if m is not None and len(head) - len(m.group(0)) == 1 else head


_CATEGORY = re.compile(
    r"(?P<name>[^等]{2,12})等[^等]{1,8}?(?P<head>支出|收入|投资|增加值|产量|产值|销售额|零售额|利润|进出口|出口|进口|营业收入)"
)
"""乙等新兴产品产量: the last item of a list, the category the list makes up and the measure its items share."""
_MEASURE_HEAD = re.compile(
    r"(?:支出|收入|投资|增加值|产量|产值|销售额|零售额|用电量|利润|余额|贷款|进出口|出口|进口|营业收入|税收)$"
)
"""Head nouns of a measure that a list of names shares when only the last one writes it (甲、乙支出)."""
SHARED_HEAD = re.compile(rf"(?:价格|指数|{_MEASURE_HEAD.pattern[3:-2]})$")
"""The head nouns a list's items may share: a measure's, a price, an index."""
_OWN_MEASURE = re.compile(r".(?:人次|人数|户数|家数|总数|数量|总量|总额|金额|比重|占比|率)$")
"""An item that names its own measure (游客接待人次, 新开工面积率): it borrows no head from the last item."""
_OF_HEAD = re.compile(rf"的(?:{SHARED_HEAD.pattern[3:-2]}|进出口额|出口额|进口额)$")
"""甲、乙和丙丁的出口: the measure the list shares, set off from the last item's own name by 的."""
_PRICE_OF_GOODS = re.compile(
    r"(?![^价]*(?:消费|出厂|购进|生产|零售|批发|销售|收购|住宅|房|进口|出口|成交|交易|居民))[^价]{2,8}价格"
)
"""A CPI release's item lists (鲜菜、飞机票和城市间交通费价格, 西药、中药和医疗服务价格): goods and services each
priced, the last one named in full; a price of a kind (居民消费价格, 出厂价格, 住宅销售价格) is shared whole."""
