"""The thing a figure counts when it is written after the number (设立500亿元|专项资金, 拥有36位|院士).

:func:`counted_after` decides, for one figure of a :class:`~tui.core.figures.TextReader`, whether the noun
phrase after the number (:func:`tui.core.entities.entity_after`), not the clause before, is what the figure
measures, and where the next figure's clause then starts. Works on folded text.
"""

from __future__ import annotations

import re

from tui.core.entities import ends_with_batch, ends_with_verb, entity_after
from tui.core.figwords import (
    CHANGE_AFTER,
    LEVEL_AFTER,
    PEOPLE_AFTER,
    PEOPLE_FIRST,
    REACHED,
    TARGET_AFTER,
    TENOR_END,
)
from tui.core.fragments import person_acts
from tui.core.frames import Frames
from tui.core.metrics import Reading, is_weak, meaningful, nominal
from tui.core.metricwords import CAP_END
from tui.core.quantity import Quantity
from tui.core.spoken import dimension_of, points_back
from tui.core.vocab import CLASSIFIERS, MONEY_UNITS, RATE_NOUNS

_JOINS = ("、", "和", "及", "与")
_OPEN_ENDS = ("有", "了", "等", "和", "及", "与", "、", "的", "向", "给", "方面", "领域")
"""What a clause ends on when the thing counted is written after its number (设有|…, 甲、乙等|9个产业集群)."""


_RANK = re.compile(
    r"(?:排在|排名|排|位列|位居|位于|居于?|列)(?:世界|全球|全国|全省|亚洲|各国)?(?:第[一二三四五六七八九十\d]|首位|前列|末位)"
)
"""以6.9万亿美元排在第八位, 以1.8万亿美元位列世界第三大净债权国: the rank of the subject, not a counted thing."""


_CUT = re.compile(r"(?:对|要|将|把|向|就|会|能)$")
"""他对|6.5%目标, 本身要|实现5.5%的目标: a subject cut on a preposition or a modal owns no target."""
_SECOND_VERB = re.compile(r"、(?:实现|完成|达到|确保)$")
"""实现…好转、实现|5%左右的增长预期目标: the second of two things to achieve is the target itself."""


def _no_owner(before: str, reading: Reading) -> bool:
    """The words before a target's value name nothing it is the target of (他对, 本身要, …、实现)."""
    return bool(
        _CUT.search(reading.metric or "")
        or _SECOND_VERB.search(before.rstrip())
        or (not reading.metric and person_acts(before.strip()))
    )


def _quoted(before: str, after: str) -> bool:
    """守住“18亿亩耕地红线”: a number that opens a quoted catchword names what the quote closes on."""
    return before.endswith(("“", "「", '"')) and after in ("”", "」", '"')


def share_of_group(folded: str, q: Quantity) -> bool:
    """60%的产能恢复率, 超九成的企业, 6%是重症: a share of the group named after it."""
    return q.unit == "%" and folded.startswith(("的", "是"), q.end)


def counted_after(
    folded: str, frames: Frames, q: Quantity, reading: Reading, own: int
) -> tuple[str | None, int | None]:
    """The counted thing after the number, when it, not the clause before, is what the figure counts, and
    where the next figure's own clause starts (None: where it would anyway).

    It is when the clause before has no subject of its own, ends with a verb (设立500亿元专项资金,
    拥有36位院士) or a list mark (甲、乙等9个产业集群), or when a share names its group
    (60%的产能恢复率, 超九成企业纳税人)."""
    if q.bound == "low" or (q.unit == "%" and q.scale == 1.0 and REACHED.search(reading.comparison or "")):
        return None, None  # 上升到2016年的44%原因是什么: a level reached, of the subject before
    glued = folded[q.end : q.end + 1]
    if folded[q.end - 1 : q.end] == "%" and glued.isascii() and glued.islower():
        return None, None  # 增长21.5%qz乐鱼体育: a spam page's words glued after a rate, nothing it counts
    rate = CHANGE_AFTER.match(folded, q.end)
    if rate is not None and rate["change"] in RATE_NOUNS:  # 全省8.7%的增速基本符合…: the subject's rate
        return str(rate["change"]), None
    found = entity_after(
        folded, q.end, uses=q.unit in MONEY_UNITS and not nominal(reading.metric), questions=q.unit == "个"
    )
    if found is None:
        return None, None
    entity, end = found
    if _RANK.match(entity) or points_back(
        entity
    ):  # 看待6.9%这个数字: the figure named again, nothing counted
        return None, None  # 以6.9万亿美元排在第八位: the subject's own amount, then its rank
    target = TARGET_AFTER.match(entity)
    unowned = target is not None and _no_owner(folded[max(own - 1, 0) : q.start], reading)
    if unowned and target is not None:
        entity, end = entity[: target.end()], end - len(entity) + target.end()  # 他对6.5%目标|充满信心
    if LEVEL_AFTER.match(entity) or (target is not None and nominal(reading.metric) and not unowned):
        return None, None  # 实现全年GDP增长5%左右的预期目标: the target of the growth of GDP
    if q.unit in ("位", "名", "人") and folded.startswith("的", end):
        who = PEOPLE_FIRST.match(entity)
        entity = who[0] if who and len(entity) - who.end() >= 2 else entity  # 上百位记者|抛出的问题
        relative = PEOPLE_AFTER.match(folded, end) if who is None else None
        if relative is not None:  # 12位列席会议的部门负责人: the people, after what they do
            entity, end = entity + relative[0], relative.end()
    inside = [p.start for p in frames.periods if q.end < p.start < end]
    if inside:  # 8000户重点企业上半年研发投入: the counted thing ends where a period starts
        entity = entity[: inside[0] - (end - len(entity))]
        end = inside[0]
        if not meaningful(entity):
            return None, None
    before = CAP_END.sub("", folded[own : q.start].rstrip())  # 给予最高|300万元奖补资金
    if (
        share_of_group(folded, q)
        or q.unit in CLASSIFIERS  # 45个国家先进制造业集群, 在全国布局200个服务消费重点场景: what is counted
        or not nominal(reading.metric)
        or before.endswith(_OPEN_ENDS)
        or ends_with_verb(before)
        or ends_with_batch(before)
        or TENOR_END.search(before)
        or _quoted(before, folded[end : end + 1])
        or unowned
        or (len(before) <= 4 and _COUNTED_BEFORE.search(folded, max(0, own - 3), own + 1) is not None)
    ):
        # a list of counted things (1万名院长、200万名护理员) starts the next clause after this one's;
        # otherwise the counted thing is the owner of what follows (45个集群主导产业产值…)
        tenor = TENOR_END.search(before)
        return (tenor[0] if tenor else "") + entity, end if folded[end : end + 1] in _JOINS else q.end
    return None, None


_COUNTED_BEFORE = re.compile(r"\d[个家所座户](?=[\u4e00-\u9fff])")
"""27个街道4.6万人受灾: the noun before the figure (a word or two) is what the count before it counted, not
this one's subject (not 31个大城市失业率都保持在4.9%)."""

__all__ = ["counted_after", "share_of_group"]


_TOPIC = re.compile(r"\s?:\s?(?P<topic>[^“\"‘'《,;。:!?\n]{2,12})(?=[“\"‘'《]|$|\n)")
"""After a figure that opens a heading line: the topic it is the figure of, up to a quoted catchword."""


def heading_topic(folded: str, q: Quantity) -> str | None:
    """超2万亿斤:全国粮食“9连丰”: a heading that opens on its figure names what it measures after the colon
    (the words before a quoted catchword); None for a figure inside a sentence or a heading of other shape."""
    if q.start and folded[q.start - 1] != "\n":
        return None
    m = _TOPIC.match(folded, q.end)
    return m["topic"] if m is not None and nominal(m["topic"]) and not is_weak(m["topic"]) else None


_BY_AMOUNT = re.compile(r"^[^,;。:!?\d]{0,6}以$")
_TOPIC_BEFORE = re.compile(r"(?:^|[,;。:!?\n，；。：])\s*(?P<topic>[^,;。:!?\n，；：]{2,12}?)方面[,，]\s*$")


def ranked_topic(folded: str, q: Quantity, own: int) -> str | None:
    """对外负债方面，我国以5.1万亿美元位列第九位: the amount a rank is by measures the topic the sentence opens
    on; None for any other shape."""
    if not _BY_AMOUNT.match(folded[own : q.start].strip()) or not _RANK.match(folded, q.end):
        return None
    m = _TOPIC_BEFORE.search(folded, max(0, own - 16), own)
    return m["topic"] if m is not None else None  # 对外资产 reads as 对 + object to nominal()


def dimension_named(folded: str, q: Quantity, metric: str | None) -> str | None:
    """代表们在东厅一段长度约60米的走廊上: the length of the thing named after the number (走廊长度)."""
    dimension = dimension_of(metric)
    if dimension is None:
        return None
    after = entity_after(folded, q.end) if folded.startswith("的", q.end) else None
    thing = after[0].rstrip("上中里内") if after else ""
    return thing + dimension
