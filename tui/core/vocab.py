"""The one vocabulary of the genre: units, magnitudes, approximation words, character classes and labels.

Everything that names a unit, a magnitude, an approximation word, a class of Chinese characters or of
punctuation, or a label shown for a kind lives here once. The figure extractor (:mod:`tui.core.numerals`,
:mod:`tui.core.quantities`, :mod:`tui.core.periods`, :mod:`tui.core.figures`), the line breaker, the
figures filter and the renderers import it, so that a unit the extractor reads is also a unit the line
breaker keeps whole and the filter understands.

Strings are given as they appear in *folded* text (:func:`tui.core.text.fold`: full-width digits, Latin
letters and ``％，；：（）`` arrive as ASCII); :data:`CLOSING` and :data:`OPENING` are for raw text and hold
both widths.
"""

from __future__ import annotations

import re
from typing import Final

# --- units ----------------------------------------------------------------------------------------------

PERCENT_UNITS: Final = ("个百分点", "百分点", "%", "‰")
"""Shares and changes of shares. 成 and 分之 are read as % (:data:`SHARE_WORDS`)."""
BASIS_POINT_UNITS: Final = ("个基点", "基点")
"""Hundredths of a percentage point, the genre's measure of a change in an interest rate (``下行15个基点``)."""

MONEY_UNITS: Final = ("美元", "欧元", "日元", "港元", "港币", "英镑", "元")
"""Currencies; the magnitude before them (亿, 万亿) is part of the value, not of the unit. 港币 is kept as
written (the keys give ``949亿港币`` in 港币), as 人民币 is not (:data:`MONEY_ALIASES`)."""

PER_UNITS: Final = (
    "平方米", "立方米", "千瓦时", "公斤", "千克", "盎司", "吨", "斤", "克", "桶", "升", "亩", "度", "股",
)  # fmt: skip
"""What a price is quoted per (``809元/吨``, ``70美元/桶``, ``0.5元/千瓦时``, ``3元每斤``): after a currency they
make one unit, written with a slash (元/吨). A time (元/月) is no part of the unit: the keys give 5,000元/月 as 元."""

MONEY_ALIASES: Final = {"人民币": "元"}
"""Units written as a word that means a currency: ``100亿人民币`` is 1e10 元."""

MASS_UNITS: Final = ("千克", "公斤", "毫克", "克", "吨", "斤", "kg", "mg", "g")
ENERGY_UNITS: Final = (
    "千瓦时", "兆瓦时", "千瓦", "兆瓦", "吉瓦", "kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW",
)  # fmt: skip
AREA_UNITS: Final = ("平方公里", "平方千米", "平方米", "千公顷", "公顷", "亩")
"""Areas; 千公顷 is the unit farm statistics are tabled in (``876.6千公顷`` stays 876.6 千公顷, as 千瓦 stays 千瓦)."""
VOLUME_UNITS: Final = ("立方米", "标准箱", "标箱", "TEU", "升")
"""Volumes, and containers counted in twenty-foot units (``17万标箱``, ``4.3万TEU``)."""
LENGTH_UNITS: Final = ("公里", "千米", "厘米", "毫米", "米", "km")
TIME_UNITS: Final = ("个工作日", "个小时", "个钟头", "小时", "分钟", "个月", "天")
"""Durations stated as statistics (``36.5小时``, ``约20天``). Years are not here: ``2023年`` is a date."""
AGE_UNIT: Final = "岁"
"""Ages: a figure only when an age is what is measured (``预期寿命从68岁提高到79岁``, ``平均年龄41.2岁``), not
an age band in a metric's name (``16—24岁人口``) nor one person's age (see :mod:`tui.core.asides`)."""
CONCENTRATION_UNITS: Final = (
    "微克/立方米", "微克每立方米", "毫克/立方米", "毫克每立方米", "毫克/升", "毫克每升", "微克/升", "微克每升",
)  # fmt: skip
"""Concentrations, written with a slash or with 每 (``35微克/立方米``, ``80.6微克每立方米``)."""

COUNT_UNITS: Final = (
    "人次", "剂次", "人份", "家次", "种次", "项次", "架次", "艘次", "列次", "户次", "批次", "场次", "车次", "班次", "航次", "台次", "件次", "个", "家", "人", "名", "位", "户", "项", "辆", "台", "套",
    "件", "次", "座", "所", "条", "张", "部", "架", "艘", "列", "只", "头", "款", "种", "批", "处", "间", "起",
    "例", "宗", "笔", "份", "篇", "场", "支", "章", "字", "栋", "棵", "株", "枝", "朵", "颗", "册", "盏",
    "块", "枚", "剂",
)  # fmt: skip
"""Measure words of counts (``剂``/``剂次`` for doses, ``人份`` for test kits, ``例`` for cases, ``支`` for teams, ``章``/``字`` for a text's size)."""

SCORE_UNIT: Final = "分"
"""Points of a score (``84.42分``): only after Arabic digits, and never in 分之, 分钟 or a clock time."""

MULTIPLE_UNIT: Final = "倍"
SHARE_WORDS: Final = ("成",)
"""``六成`` is 60 %."""

CLASSIFIERS: Final = frozenset(
    ("个", "家", "项", "所", "条", "座", "批", "款", "种", "处", "部", "台", "套", "件", "辆", "艘", "架", "只",
     "头", "张", "场", "篇", "份", "宗", "笔", "位", "名", "支", "例", "列", "栋")
)  # fmt: skip
"""Measure words after which the counted thing is usually written (``45个国家先进制造业集群``)."""

COUNTED_NOUNS: Final = ("省区市", "省份", "城市", "国家和地区", "地市")
"""Nouns the genre counts without a measure word (``7城市``, ``30省份``): the number is a figure with no
unit, as the keys of the real articles give it."""

UNITS: Final = tuple(
    sorted(
        {
            *PERCENT_UNITS,
            *BASIS_POINT_UNITS,
            *MONEY_UNITS,
            *MASS_UNITS,
            *ENERGY_UNITS,
            *AREA_UNITS,
            *VOLUME_UNITS,
            *LENGTH_UNITS,
            *TIME_UNITS,
            AGE_UNIT,
            *CONCENTRATION_UNITS,
            *COUNT_UNITS,
            MULTIPLE_UNIT,
        },
        key=lambda u: (-len(u), u),
    )
)
"""Every base unit a figure can carry, longest first (so that 千瓦时 wins over 千瓦, 人次 over 人)."""

LATIN_UNITS: Final = frozenset(u for u in UNITS if u.isascii() and u.isalpha())
"""Units written in Latin letters: after them no further letter may follow (``5G`` is not 5 g)."""

# --- changes and rates ----------------------------------------------------------------------------------

RATE_NOUNS: Final = ("增速", "增幅", "降幅", "涨幅", "跌幅")
"""A rate of change named as a noun (``全省8.7%的增速``, ``水果价格降幅扩大``): what it is the rate of is the
subject before it."""

RISE_VERBS: Final = ("增长", "上升", "上涨", "提高", "提升", "回升", "增加")
FALL_VERBS: Final = ("下降", "下跌", "降低", "回落", "减少")
CHANGE_VERBS: Final = (*RISE_VERBS, *FALL_VERBS)
"""The verbs of a change a figure measures (``增长5%``, ``回落0.3个百分点``), rises then falls."""


def alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of ``words``, longest first (no group): for patterns built on a vocabulary."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


SCOPE_WORDS: Final = ("全国", "全省", "全市", "全区", "全县", "我国", "我省", "我市", "全社会", "各地")
"""Words that name the whole a figure is of, not a thing measured: alone they are no metric, but with a rate
(``全省8.7%的增速``) they say whose rate it is."""


PEOPLE_NOUNS: Final = (
    "记者", "代表", "委员", "专家", "学者", "官员", "部长", "群众", "观众", "网友", "嘉宾", "党员", "干部", "职工",
    "员工", "学生", "教师", "医生", "护士", "患者", "游客", "居民", "农民工", "农民", "工人", "志愿者", "运动员",
    "企业家", "院士", "负责人",
)  # fmt: skip
"""The people a count in 位, 名 or 人 counts, where a relative clause may follow them (上百位记者抛出的问题)."""


# --- kinds -------------------------------------------------------------------------------------------------

FIGURE_KINDS: Final = ("count", "money", "percent", "multiple", "other")
"""What a figure's unit makes it, for colours and the figures filter."""


def kind_of(unit: str) -> str:
    """The kind of a figure with this unit: count, money, percent, multiple or other."""
    if unit in PERCENT_UNITS or unit in BASIS_POINT_UNITS:
        return "percent"
    if unit in MONEY_UNITS or unit.split("/")[0] in MONEY_UNITS:
        return "money"
    if unit == MULTIPLE_UNIT:
        return "multiple"
    if unit in COUNT_UNITS or unit in ("个月", "个工作日"):
        return "count"
    return "other"


MEASURES: Final = ("level", "change", "yoy", "mom", "points", "share", "new", "cumulative", "multiple")
"""The kind of measure a figure is, kept apart from its metric (metric + measure + unit compare across
articles): ``level`` a stock or a flow as such; ``change`` a change against a base the text names (比年初,
比上年, or none); ``yoy`` 同比 and ``mom`` 环比 changes; ``points`` a change in 个百分点; ``share`` a part
of a whole (占…比重, 六成, 三分之一 of a group); ``new`` an amount added (新增, 增加…亿元); ``cumulative``
a running total (累计); ``multiple`` a ratio in 倍."""

BLOCK_KIND_LABELS: Final = {"paragraph": "¶", "question": "问", "answer": "答"}
"""The label of a block in the outline by its kind (points show their ordinal instead)."""

LEAD_LABEL: Final = "导语"
"""The name shown for the lead, the section without a heading."""


def counted(n: int, noun: str) -> str:
    """A count with its noun, in the plural but for one: ``1 hit``, ``1,316 hits``."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


APPROX_SIGNS: Final = {"over": ">", "under": "<", "about": "~"}
"""How an approximation is shown in a table column."""

# --- magnitudes -------------------------------------------------------------------------------------------

MAGNITUDES: Final[dict[str, float]] = {
    "万亿": 1e12,
    "千亿": 1e11,
    "百亿": 1e10,
    "十亿": 1e9,
    "亿": 1e8,
    "千万": 1e7,
    "百万": 1e6,
    "十万": 1e5,
    "万": 1e4,
    "千": 1e3,
    "百": 1e2,
}
"""Magnitude words after a number: ``2.07万亿`` is 2.07e12."""

MAGNITUDE_CHARS: Final = "万亿千百十"
"""The characters magnitudes are written with (for character classes)."""

# --- approximation words ----------------------------------------------------------------------------------

APPROX_BEFORE: Final = (
    ("不超过", "under"), ("不高于", "under"), ("不少于", "over"), ("不低于", "over"), ("将近", "under"),
    ("接近", "under"), ("不到", "under"), ("不足", "under"), ("超过", "over"), ("突破", "over"),
    ("大约", "about"), ("大致", "about"), ("大概", "about"), ("至少", "over"), ("超", "over"), ("逾", "over"), ("近", "under"),
    ("约", "about"),
)  # fmt: skip
"""Words before a number that make it approximate, longest first: 超过10万亿元 is over, 近百家 under."""

APPROX_AFTER: Final = (
    ("以上", "over"),
    ("以下", "under"),
    ("以内", "under"),
    ("之上", "over"),
    ("之下", "under"),
    ("左右", "about"),
    ("上下", "about"),
    ("多", "over"),
    ("余", "over"),
)
"""Words after a number (or its unit) that make it approximate."""

# --- characters and punctuation -------------------------------------------------------------------------

CJK: Final = "\u4e00-\u9fff"
"""The CJK Unified Ideographs, for character classes (``[{CJK}]``)."""


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph (the common block)."""
    return "\u4e00" <= ch <= "\u9fff"


TRADITIONAL_HINTS: Final = (
    "萬億個兩點與為們這來國時會說對發經業產實現進過後關開還區計額費資貿濟價數據總長減幾項輛臺噸"
)
"""Characters written only in traditional texts and common in every text of the genre that has figures: a
text holding one of them is simplified before its figures are read (the gate spares simplified texts the
cost of loading OpenCC's table)."""

CN_DIGITS: Final = "零〇○一二两三四五六七八九"
"""Chinese digits (``〇`` and ``○`` are the zero of written years)."""

CLAUSE_END: Final = frozenset(",;。:!?\n")
"""Marks that end a clause in folded text (，；：！？ fold to their ASCII forms)."""

SENTENCE_END: Final = frozenset("。!?\n")
"""Marks that end a sentence in folded text."""

LIST_MARKS: Final = ("、", ",", "和", "及", "与", "或", "以及")
"""What separates the items of a list of figures (``5.1%、3.2%和8.4%``)."""

RANGE_MARKS: Final = "至到-—–~～"
"""What joins the two ends of a range (``3%至5%``, ``5%—7%``)."""

CLOSING: Final[frozenset[str]] = frozenset(
    "。．，、；：？！）」』》〉】〕”’…‥·%％‰,.;:?!)]}〜～"  # the house list
    "］｝〗〙〛｠｣〞﹚﹜﹞"  # further closing halves of pairs
)
"""Characters that may not start a line (raw text): closing punctuation and the closing half of every pair."""

OPENING: Final[frozenset[str]] = frozenset("（「『《〈【〔“‘([{［｛〖〘〚｟｢〝﹙﹛﹝$＄¥￥£€")
"""Characters that may not end a line (raw text): opening punctuation and currency signs before a number."""

QUOTES: Final = "“”‘’\"'「」『』"
"""Quotation marks, which metrics keep (``“小巨人”企业``) and period words may be wrapped in (``‘五一’``)."""
