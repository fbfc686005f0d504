"""How a speaker names what a figure measures: the turns of spoken sentences that written reports do not take.

Press conferences, 部长通道 pieces, transcripts and interviews give their figures in conversational sentences.
The clause before a number there is often no subject at all, or the subject sits elsewhere:

* a target set for something (``对今年居民收入增长目标提出5%—6%``: what the target is for);
* a clause that only frames (``我们预算报告中讲了压到150项``, ``在这次调整中新设立的机构的主要负责人``);
* a word pointing back (``这个数字和…相比降低了0.5个百分点``: the figure before);
* a target with nothing named, whose thing a clause before gives (``也就是外贸出口的指标没完成，预期的目标是8%``);
* a topic said in the clause before (``以新组建部门的负责人占多数，包括甲、乙、丙和丁4位``; ``确定…的预期
  目标，就是年均增长7%``);
* the people counted named one by one (``甲、乙、丙和丁4位``: the count is of what they are, not of them);
* a length or an area said of a thing named after the number (``一段长度不过100余米的通道``).

Each helper takes folded text (:func:`tui.core.figures.figure_fold`) and returns a phrase cut from it, or says
that the text is one of these turns; :mod:`tui.core.metrics` and :mod:`tui.core.figures` apply them.
"""

from __future__ import annotations

import re

from tui.core.vocab import CJK

_SET_FOR = re.compile(
    r"对(?P<what>[^,;。:对]{2,24}?)(?:提出了?|确定了?|设定了?|设置了?|规定了?|定为|定在|作出了?)$"
)
_LOCATIVE = re.compile(r"^在[^,;。:在]{2,14}?中(?=[^,;。:]{4,})")
_REPORTING = re.compile(
    r"(?:讲了|说了|讲到|说到|谈到|提到了?|写到|写明|写了|宣布了?)$"
    r"|(?:中|里|上|已经|已|都|也|还|曾)(?:讲|说|提|写|明确|提出)(?:了|过)?$"
    r"|(?:发现|看到|注意到|看待|审视)$"
)
_DEICTIC = frozenset(("数字", "数据", "数值", "这个数", "此数", "这个数字", "这一数字"))
_WHEN = ("时候", "的时候")
"""去年底的时候这个数字5.2%: the time a figure is of (the period cut out), then the word for the figure before."""
_POSSESSIVE = re.compile(rf"(?P<a>[{CJK}]{{2}})的(?P<b>[{CJK}]{{2}})")
_PRONOUNS = frozenset(("我们", "他们", "你们", "咱们", "大家", "自己", "这样", "那样", "一样"))
_MAJORITY = re.compile(r"^以?(?P<who>[^,;。:]{2,30}?)(?:占多数|占大多数|占绝大多数|为主|居多)$")
_NAMED_MEASURE = re.compile(
    r"(?:确定|提出|设定|制定|明确|定下|规定|设置)(?:了)?"
    r"(?P<what>[^,;。:]{2,24}?(?:目标|指标|增速|速度|比例|比重|任务))$"
)
_NAMES = re.compile(rf"[{CJK}]{{2,3}}(?:(?:、|和|及|与)[{CJK}]{{2,3}})+")
_PEOPLE_UNITS = frozenset(("位", "名", "人"))
_DIMENSION = re.compile(r"(?:总长度|长度|总长|全长|总面积|面积|高度|宽度|深度|距离|里程)$")
_DIMENSION_FRAME = re.compile(r"在|(?:一段|一条|一座|一片|整个)(?=[^一]{0,2}$)")
_TARGET_END = re.compile(r"(?:的)?(?:预期|计划)?(?:的)?(?:增长)?(?:目标|预期|计划)$")
_ITEM = re.compile(rf"[{CJK}、“”]{{2,24}}")
_NOT_ITEM = re.compile(
    r"看|说|而言|来讲|其中|中$|里$|上$|内$|的|是|为|有|增长|增加|下降|减少|提高|降低|同比|环比|达到|实现|完成|"
    r"分别|合计|累计|占|比|较|约|超过|突破|以来|期间|显示|表示|介绍|指出"
)
"""What a clause with no number cannot hold and still be one name of a list (从产品看, 其中, 全省工业中)."""


def target_of(text: str) -> str | None:
    """对今年居民收入增长目标提出 → 居民收入增长目标 (periods cut out before): what a target is set for."""
    m = _SET_FOR.search(text)
    return m["what"] if m else None


def drop_locative(text: str) -> str:
    """在这次调整中新设立的机构的主要负责人 → 新设立的机构的主要负责人: the event a subject is placed in is no part
    of it (a short rest, 在全省用电量中占比, stays whole)."""
    return _LOCATIVE.sub("", text)


def is_reporting(text: str) -> bool:
    """预算报告中讲了, 总理已经说了: a clause that says who said it, with nothing measured in it."""
    return _REPORTING.search(text) is not None


def points_back(text: str) -> bool:
    """这个数字 (once 这个 is stripped: 数字): a word for the figure before, naming nothing of its own."""
    return text in _DEICTIC or (
        text.startswith(_WHEN) and text.removeprefix("的").removeprefix("时候") in _DEICTIC
    )


def compact(text: str) -> str:
    """中国的经济 → 中国经济, 预期的目标 → 预期目标: a 的 a speaker puts between two words of a name."""
    m = _POSSESSIVE.fullmatch(text)
    if m is None or m["a"] in _PRONOUNS:
        return text
    return m["a"] + m["b"]


def majority_of(text: str) -> str | None:
    """以新组建部门的负责人占多数 → 新组建部门的负责人: the group the next clause counts."""
    m = _MAJORITY.match(text)
    return m["who"] if m else None


def measure_named(text: str) -> str | None:
    """确定全市居民收入的预期目标 → 全市居民收入的预期目标: a target or rate a clause names, for the number
    the next clause gives it (…，就是年均增长7%)."""
    m = _NAMED_MEASURE.search(text)
    return m["what"] if m else None


def names_people(metric: str | None, unit: str) -> bool:
    """甲某、乙某、丙某和丁某4位: the people counted, named one by one, are no metric of the count."""
    return unit in _PEOPLE_UNITS and bool(metric) and _NAMES.fullmatch(metric or "") is not None


def dimension_of(metric: str | None) -> str | None:
    """部长们在北门一段长度不过 → 长度: a length or an area said inside a longer clause, without the clause
    around it (展馆面积 stays whole)."""
    if not metric:
        return None
    m = _DIMENSION.search(metric)
    if m is None or not _DIMENSION_FRAME.search(metric, 0, m.start()):
        return None
    return m.group(0)


def actual_of(metric: str) -> str:
    """去年进出口预期的目标是5%，实际增长2.1%: what a target was set for, for the value it reached."""
    thing = _TARGET_END.sub("", metric)
    return thing if len(thing) >= 2 else metric


_BARE_TARGET = re.compile(r"(?:预期|计划)?(?:的)?(?:增长)?(?:目标|指标)")
_TARGET_OF = re.compile(
    rf"(?P<thing>[{CJK}]{{2,10}}?)(?:的)?(?:指标|目标)(?:任务)?(?:没有|没|未|已经|已|都|也|基本|全面)?"
    r"(?:完成|实现|达到|达成)(?:了)?$"
)
_NOT_THING = re.compile(
    r"^(?:[一二两三四五六七八九十几多每各某这那哪其有]|重要|主要|关键|预期|约束性|全部|所有)"
    r"|[一二两三四五六七八九十几多\d][项个类种条]|(?:重要|主要|关键|约束性|预期性)$"
)
"""What names no thing a target is for: a count of targets (两项重要), an adjective (重要的指标)."""


def is_bare_target(metric: str) -> bool:
    """预期的目标, 预期目标, 指标: a target that names nothing it is set for."""
    return _BARE_TARGET.fullmatch(metric) is not None


def target_thing(clauses: list[str]) -> str | None:
    """也就是外贸出口的指标没完成 (clauses nearest first) → 外贸出口: what a bare target said after it is set for."""
    for clause in clauses:
        m = _TARGET_OF.search(clause.strip())
        if m is None:
            continue
        thing = re.sub(r"^(?:就是|也就是|即|是|其中|比如|特别是|尤其是)", "", m["thing"])
        if len(thing) >= 2 and _NOT_THING.search(thing) is None:
            return thing
    return None


def is_list_item(text: str) -> bool:
    """挖掘、铲土运输机械 before ，汽车，…产量分别增长: a clause that is one name of a list, no frame or claim."""
    return _ITEM.fullmatch(text) is not None and _NOT_ITEM.search(text) is None
