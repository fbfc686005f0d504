"""The words a figure's reader looks for around a figure: a rate after 的, the people a count names, the whole
a clause ends on, a value reached, a comparison written after the figure.

Patterns on folded text for :class:`tui.core.figures.TextReader`, built on the vocabularies of
:mod:`tui.core.vocab`.
"""

from __future__ import annotations

import re

from tui.core.vocab import PEOPLE_NOUNS, RATE_NOUNS, SCOPE_WORDS, alternation

RATES = alternation(RATE_NOUNS)
LOCAL_SUBJECT = re.compile(rf"(?:{RATES})$|^[\u4e00-\u9fff]{{4,}}(?<![且并而又也])$")
"""A subject a clause without a figure hands to the next clause: a rate (水果价格降幅) or a noun phrase of
four characters or more, not a fragment (平稳, 面积稳定且)."""
LONG_METRIC = 16
"""A metric longer than this is carried to the next clause by its head noun, after its last 的."""
CHANGE_AFTER = re.compile(
    r"(?:左右|以上|上下)?的(?:较快|较高|平稳|稳定|高速|中高速|快速|正|负)?"
    rf"(?P<change>{alternation(('增长', '下降', '回落', '上涨', *RATE_NOUNS))})(?!目标|预期|指标|任务)"
)
"""What a rate of change is written before: ``实现7%的增长``, ``保持8.5%左右的增速``."""
PEOPLE_FIRST = re.compile(rf"[^的]{{0,6}}?(?:{alternation(PEOPLE_NOUNS)})(?![团队组会处室站证席们成家])")
"""The people counted, before what they do in a relative clause (记者|抛出的问题)."""
PEOPLE_AFTER = re.compile(
    rf"的[^,;。:!?的“”]{{0,10}}?(?:{alternation(PEOPLE_NOUNS)})(?![团队组会处室站证席们成家])"
)
"""12位列席会议|的国务院部门负责人: the people counted, after what they do (a relative clause before 的)."""
SCOPE_END = re.compile(rf"(?:{alternation(SCOPE_WORDS)})$")
"""The whole a clause ends on before its figure (李某说,全省|8.7%的增速)."""
RATE_END = re.compile(rf"(?<=..)(?:{RATES}|速度)$")
"""进出口增速…，占全球的份额: a share is of the thing, not of its rate."""
ACTUAL = re.compile(r"\s*(?:而|但|但是)?实际")
"""实际增长2.1%, 实际是下降7%: the value reached, against a target said before."""
REACHED = re.compile(r"(?:到|至)$")
"""A comparison that gives the level reached (上升到, 提高至)."""
AFTER_COMPARE = re.compile(
    r"[,，]?\s*(?P<cmp>连续\s*\d+\s*个?(?:月|季度|年)(?:回升|增长|下降|上升|回落|扩大|收窄|高于|低于|保持|位于|处于)"
    r"[^,;。:]{0,8})"
)
"""A comparison written after the figure: 50.6%，连续2个月回升."""


TARGET_AFTER = re.compile(r"(?:预期|既定|发展|年度|主要)?(?:目标|任务)(?!值|数)")
"""A target written after its value (增长5%左右的预期目标): the target of the subject said before the value
(with no subject, the target is what the clause names: 完成全年5%的预期目标)."""
LEVEL_AFTER = re.compile(
    r"(?:历史)?(?:高位|低位|高点|低点|峰值|谷底|低谷)|(?:利好|好|重要)?消息|喜讯|佳绩|好成绩"
)
"""A level written after its value (从年初6.2%的高位回落), or the news it is (增长20%的好消息): always of the
subject said before."""


WEAK_PAIR = re.compile(
    r"(?:这个|这一|该|此)?(?P<weak>[^和与同跟]{2,3})(?:和|与|同|跟)(?P<other>[^和与同跟]{2,})"
)
"""增速与上半年持平, 这个增速和经济增长0.7%基本同步: a measure compared with another thing or a period."""
BASE_ONLY = re.compile(
    r"(?:上年|去年|上一?年|上半年|上个?月|上一?季度|同期|上年同期|去年同期|上期|全国|全省|全市|往年|历史)"
)
"""The bases a measure is compared with that are no thing of their own (a period, the whole country)."""


__all__ = [
    "ACTUAL",
    "AFTER_COMPARE",
    "BASE_ONLY",
    "CHANGE_AFTER",
    "LEVEL_AFTER",
    "LOCAL_SUBJECT",
    "LONG_METRIC",
    "PEOPLE_AFTER",
    "PEOPLE_FIRST",
    "RATES",
    "RATE_END",
    "REACHED",
    "SCOPE_END",
    "TARGET_AFTER",
    "WEAK_PAIR",
]

# -- what a noun phrase cannot end or start on (tui.core.nounphrase) ---------------------------------------

RECKON_VERBS = ("计算", "测算", "核算", "估算", "推算", "匡算", "折算", "计征", "纳税", "缴税", "征税")
"""Verbs of reckoning that close a clause about how a figure is computed (按…的标准计算, 扣除…后计算纳税)."""
RECKON_MARKS = ("用以", "用来", "据以", "来", "以", "再")
"""The particle before a verb of reckoning (以…这一项因素来测算)."""
STATE_VERBS = ("保持不变", "维持不变", "不变", "为准", "为限", "封顶", "起步", "起算")
"""Verbs of state that end a clause about a value kept (…的标准不变)."""
POSTPOSITIONS = ("之后", "以后", "之前", "以前", "后", "前", "时")
"""Postpositions that close a time clause around a noun (扣除…的费用后): the noun is inside."""
END_PREPOSITIONS = ("以", "被", "对", "向", "于", "把", "跟", "同", "与", "和", "及")
"""Prepositions and conjunctions a noun phrase cannot end on (甲以…的差距落后乙: 甲, not 甲以)."""
PREPOSITION_NOUNS = ("所以", "可以", "予以", "加以", "难以", "足以", "得以", "用以", "据以", "借以", "不同", "共同",
                     "合同", "认同", "赞同", "相同", "如同", "陪同", "协同", "会同", "连同", "关于", "至于", "由于",
                     "对于", "基于", "属于", "等于", "低于", "高于", "大于", "小于", "位于", "处于", "勇于", "善于",
                     "即将", "必将", "亲和", "总和", "温和", "共和", "缓和", "以及", "涉及", "普及", "波及",
                     "惠及", "危及", "顾及", "方向", "导向", "取向", "意向", "动向", "走向", "倾向", "面向", "去向",
                     "流向", "投向", "双向", "定向", "外向", "内向", "指向", "转向", "横向", "纵向", "针对", "应对",
                     "相对", "绝对", "面对", "核对", "比对", "一对", "配对", "派对")  # fmt: skip
"""Words that end on one of those characters and are no preposition (所以, 不同, 方向, 对于…)."""
MODAL_STARTS = ("将会", "也会", "还会", "就会", "才会", "都会", "会", "将要", "能", "可")
"""Modal verbs left at the head of a candidate once its subject and period are cut off (今年将会占到…)."""
MODAL_NOUNS = ("会议", "会员", "会展", "会谈", "会见", "会商", "会计", "会所", "会馆", "会场", "会费", "会期",
               "能源", "能力", "能耗", "能效", "能级", "可再生", "可比", "可支配", "可用", "可持续", "可视")  # fmt: skip
"""Nouns that start like a modal verb (会计, 能源, 可支配收入)."""
START_PREPOSITIONS = ("以", "凭", "经由")
"""Prepositions that open a phrase of means (以每一年度的收入额减除…): the noun phrase follows them."""
PREPOSITION_STARTS = ("以上", "以下", "以内", "以外", "以来", "以后", "以前", "以旧换新", "凭证")
"""Words that start on one of those characters and are no preposition."""
DEGREE_ENDS = ("非常", "十分", "特别", "更加", "很")
"""Degree adverbs a noun phrase cannot end on (他说了很|多: the 多 was read as a change)."""
POINTERS = (
    "这一",
    "那一",
    "这些",
    "那些",
    "这个",
    "那个",
    "这项",
    "这种",
    "该项",
    "此项",
    "这",
    "那",
    "该",
    "此",
)
"""Demonstratives: a phrase they head points back to a figure named before (这一项因素), naming nothing."""

BREAKDOWN = re.compile(
    r"\s*分(?:季度|月份|月|行业|产业|地区|区域|领域|类型|产品|门类|城乡|企业类型)(?:来)?看"
)
"""A paragraph opening with a breakdown (分季度看，一季度增长…) breaks down what the paragraph before measured."""

TENOR_END = re.compile(r"(?:\d{1,2}|[一二三五六七八九十]{1,2})(?:天|周|个月|月|年)期$")
"""开展了7天期|100亿元逆回购操作: the term of the product counted after the number, written before it."""

EDGE_CONNECTIVES = (
    "以及",
    "和(?![平谐睦])",
    "及(?![时格早])",
    "与(?!会)",
    "还将",
    "还要",
    "还会",
    "并将",
    "只有",
    "仅有",
    "唯有",
)
"""Connectives left at the head of a clause read right after the figure before (…1.6万亿元和|铁路资金1000亿元):
they join the figures, the noun phrase follows them (patterns: 和平, 及时, 与会 are words of their own); 只有|进口 a
focus word before the noun phrase."""
END_CONNECTIVES = ("以及", "或者", "还有", "及其")
"""Connectives left at the end of a candidate (41家签署机构以及|14家…): they join it to the figure after."""
FRAME_NOUNS = ("条件下", "情况下", "背景下", "前提下", "形势下", "态势下", "环境下")
"""在…1.3万亿元的条件下实现的: the frame a value is said in, not a thing the value counts."""
JUDGEMENTS = ("来之不易", "难能可贵", "实属不易", "殊为不易", "十分不易", "非常不易", "属于")
"""What a speaker judges a value (0.4%的正增长来之不易, 8.1%属于超预期增长): a predicate, no part of the thing
counted."""

TARGET_END = re.compile(r"(?:目标|预期|预期目标|预期值|计划)$")
"""A metric that names a target (预期目标): what a figure is compared with, not what the text goes on about."""
RELATIVE_START = re.compile(r"(?:高于|低于|超过|超出|快于|慢于|好于|不及|未达)")
"""A comparison that sets a figure against another (高于6%以上的预期目标)."""
