"""What a period phrase is where it stands: a period, a comparison base, a target, an event's day.

:func:`tui.core.periods.find_periods` finds the phrases; this module says, from the words around one, whether
it is a period of the figures at all (:func:`accept`: not 在今天举行的发布会, not 4月1日起免征…), a base
(:func:`is_base`: 比上年, 与上年12月份持平, 去年价格变动的翘尾影响) and whether that base is the period of the
figure right after it (:data:`BINDING_MARKS`, :data:`BOUND_FIGURE`: 比2月3日的1.5万只), a target
(:func:`is_target`: 力争三季度末…), and how far a period reaches (:func:`clause_end` for 上月为…,
:func:`frame_end` for 继上月…之后). Works on folded text.
"""

from __future__ import annotations

import re

from tui.core.reftime import NUM
from tui.core.vocab import CJK

_BASE_MARKS = ("比", "较", "同", "于", "从", "由", "与", "超过", "相当于", "达到")
BINDING_MARKS = ("比", "较", "从", "由")
_CONNECTIVE = re.compile(r"由于|同时|同样|终于|对于|关于|至于|属于|处于|位于|用于|基于|鉴于")
"""Words that hold a base mark's character without being a base (由于今年…, 同时去年…)."""
_BASE_AFTER = ("同期", "同月", "不变价", "可比", "的基础", "基础上", "水平", "平均", "相比", "同口径")
_TARGET = re.compile(r"目标|预期|力争|确保|争取|计划|(?<![主重需必只])要(?![求素点闻])|将(?!近)")
_ATTRIBUTE = re.compile(r"(?:[^,;。:]{0,4}|[^,;。:\d%]{5,10}预期)(?:目标|任务|计划|指标|额度)")
"""After 全年: what it is a plan for (全年增量计划, 全年经济社会发展预期目标), not a period of the figures."""
_REPORTED = re.compile(r"[^,;。:!?]*?(?:公布|发布|宣布|表示|介绍|透露|举行|召开|指出|获悉|报道|称|说)")
"""After 昨天: the day something was said or published, not a period of the figures."""
_POLICY_START = re.compile(
    r"\s?(?:开始|正式|全面|统一|继续|还将|将)?(?:实施|执行|施行|实行|免征|减征|免收|减半|暂停|停止|取消|启动|生效|上线|起征)"
)
"""After 4月1日起: a policy that starts then, not a period that figures are counted over."""
_OWN_FRAME = re.compile(r"继[^,;。:!?]{0,3}$")
"""继上月上涨9.1%之后: a period of its own frame, which ends at 之后."""
_EVENT_AFTER = re.compile(r"^(?:的)?[^,;。:]{0,12}(?:发布会|会议|会上|举行|召开|电|讯)")
BOUND_RATE = r"[A-Z\u4e00-\u9fff]{0,6}?(?<!同比)(?<!环比)(?:增速|增幅|涨幅|降幅)为?"
"""比今年一季度GDP增速-1.3%: the rate of the base named between it and its own value."""
BOUND_FIGURE = re.compile(
    r"(?:的(?:同比|环比)?(?:下降|增长|增速|水平|规模)?|的?(?:最高点|最低点|高点|低点|峰值)"
    rf"|{BOUND_RATE})(?:约|近|超过|超|不到)?"
    r"[-−\d一二两三四五六七八九十百千万]"
)
"""The base's own figure after it (比2月3日的1.5万只, 较某日高点1530元, 比今年一季度GDP增速-1.3%): that figure's
period."""


def clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts, at most 60 characters back."""
    i = pos
    stop = max(0, pos - 60)
    while i > stop and text[i - 1] not in ",;。:!?\n":
        i -= 1
    return i


def is_base(text: str, start: int, end: int) -> bool:
    """比2022年底, 较上年, 上年同期, 按上年不变价, 是上年的1.3倍: a comparison base, not a period."""
    return (
        (base_mark(text, start) is not None and not _VIEWPOINT.match(text, end))
        or (
            text.startswith(_BASE_AFTER, end)
            and not _NOW_AVERAGE.fullmatch(text, start, end + 2)
            and not (text[end - 1] in "月份季度" and _AVERAGE_OVER.match(text, end) is not None)
        )
        or (
            text.endswith(("是", "为", "相当于"), 0, start)
            and text.startswith("的", end)
            and not text.endswith(_TURNED, 0, start)  # 由…转为上半年的增长1.6%: the period turned to
        )
        or (text.endswith(("和", "跟", "同", "与"), 0, start) and _COMPARED.match(text, end) is not None)
        or _CARRY_OVER.match(text, end) is not None
        or trend_from(text, start, end)
        or (text.endswith("在", 0, start) and _FOUNDATION.match(text, end) is not None)
    )


_TURNED = ("转为", "转成", "变为", "回升为", "回落为")
_NOW_AVERAGE = re.compile(r"(?:目前|当前|现在|如今|眼下)平均")
"""站点目前平均不足5人: an average now, not a base (上年平均 is one)."""
_AVERAGE_OVER = re.compile(r"平均(?:来?看)?(?:[,:]|(?:同比|环比)?(?:上涨|增长|下降|上升|回落))")
"""1至4月份平均，CPI上涨2.1%: the months an average is taken over, the period of its figure (上年平均水平 is a
base; 过去两年平均增长 a frame the average spans, not the figure's period)."""
_KEEPS_ON = ("延续", "延续了", "延續", "保持", "保持了", "继续", "繼續", "承接")
_TREND = re.compile(r"[^,;。:!?]{0,10}?(?:态势|態勢|势头|勢頭|趋势|趨勢|走势|走勢)")
"""4月份…延续一季度快速增长态势: the period a trend is carried on from, a base, not the figure's period."""


def trend_from(text: str, start: int, end: int) -> bool:
    """True for a period a trend is carried on from (延续一季度…态势, 保持了去年以来的…势头)."""
    return text.endswith(_KEEPS_ON, 0, start) and _TREND.match(text, end) is not None


FROM_VALUE = re.compile(
    r"的?(?:同比|环比)?(?:上涨|下降|增长|上升|下跌)?(?:约|近|超过)?\d[\d.]*(?:%|％|个百分点)"
)
"""由上月下降0.1%转为上涨0.6%: the value a change turns from, right after its period (with its direction)."""
_VIEWPOINT = re.compile(
    r"(?:的)?(?:情况|形势|数据|走势|态势|运行|表现)?(?:来|上)?看|[^,;。:!?\d比较]{1,10}?来看(?=[,:])"
)
"""从今年1、2月份的情况来看, 从前三季度GDP增速来看,: the period a speaker looks at, not a base (从…看 frames
what follows)."""
_CARRY_OVER = re.compile(r"[^,;。:!?]{0,6}?的?(?:翘尾|新影响|新涨价)")
"""去年价格变动的翘尾影响, 今年价格变动的新影响: a year's prices as the part of a change they make, not a
period."""
_FOUNDATION = re.compile(r"[^,;。:!?\d]{0,10}?(?:的)?基础上")
"""在上年明显改善基础上再降6%: the year the fall builds on, a base, not the period of the fall."""
_COMPARED = re.compile(r"[^,;。:!?]{0,4}?(?:相比|相较|比较|比(?![重例率值,，])|持平|相当|一样|基本持平)")
"""与上年12月份持平, 和去年同期相比: what follows a base written with 和, 跟, 同 or 与."""


_PLAN_TAG = re.compile(r"[“\"'‘]?十[一二三四五六七八九]五[”\"'’]?(?:末|期末|时期|期间|初)?$")


def base_mark(text: str, start: int) -> str | None:
    """The mark that makes the phrase at ``start`` a base (比, 较, 从…), if one stands before it in its clause."""
    clause = _CONNECTIVE.sub("", text[clause_start(text, start) : start])
    clause = _PLAN_TAG.sub("", clause)  # 比“十二五”末2015年的x: the plan names the year compared with
    tail = clause[-6:]
    found: list[
        tuple[int, int, str]
    ] = []  # the nearest mark decides: 环比由上月下降… is 由, not the 比 of 环比
    for rank, mark in enumerate(_BASE_MARKS):
        at = tail.rfind(mark)
        if at >= 0 and not tail[at:].startswith(("比重", "比例", "比如", "比方")):
            if mark in ("于", "同", "与") and at != len(tail) - len(mark):
                continue
            if mark == "于" and tail[:at].endswith(("比", "较")):
                continue  # 相比于2019年的…: the 比 is the mark
            found.append((at + len(mark), -rank, mark))
    return max(found)[2] if found else None


def is_target(text: str, start: int, end: int) -> bool:
    """True when the clause around the phrase sets a target (到年底…, 力争三季度末…, …预期目标)."""
    begin = clause_start(text, start)
    stop = end
    while stop < len(text) and stop - end < 40 and text[stop] not in ",;。:!?\n":
        stop += 1
    opens = text.startswith("到", start) or text[begin:start].strip() in ("到", "到了")  # 到“十五五”末，…
    if opens and _DONE.search(text, end, stop) is None:
        return True  # 到年底…: a target, unless the clause says it is done (到12月份…已经回落到4%)
    return _TARGET.search(text, begin, stop) is not None


_FIGURE_AHEAD = re.compile(r"[^,，;；。!?！？:：]*?[\d一二三四五六七八九十百千万亿]")
"""A number ahead in the clause: 连续三年…在1300万人以上 qualifies it; 连续三个月正增长 qualifies none."""


def accept(text: str, m: re.Match[str], name: str) -> bool:
    """Filters on a matched phrase that its pattern cannot express."""
    phrase, start, end = m.group(0), m.start(), m.end()
    if not phrase or phrase in ("前", "到", "截至"):
        return False
    if start > 0 and (text[start - 1].isdigit() or text[start - 1] == "第"):
        return False
    if name == "prior":
        # 上月为下降4.5%, 上年同期，…: a period where it starts a clause or is said to be a value
        lead = text[clause_start(text, start) : start].strip()
        said = (
            lead in ("", "而", "其中", "在")
            or lead.endswith("继")
            or text.startswith(("为", "是", "分别为"), end)
            or (
                lead.endswith(BINDING_MARKS) and BOUND_FIGURE.match(text, end) is not None
            )  # 由去年同期的3.2%
            or (
                lead.endswith(("由", "从")) and FROM_VALUE.match(text, end) is not None
            )  # 由上月下降0.1%转为…
        )
        return said and not (text.startswith(_BASE_AFTER[1:], end))
    if name == "today" and (
        _EVENT_AFTER.match(text[end:])
        or text.endswith(("在", "于"), 0, start)
        or _REPORTED.match(text, end, end + 16)
    ):
        return False  # 在今天举行的发布会上, 昨天公布: the day of an event or a report
    if name == "since" and phrase.endswith("起") and _POLICY_START.match(text, end):
        return False  # 7月1日起免征某税: when a policy starts
    if name == "year_part" and _DOCUMENT_NAMED.match(text, end) and _DOCUMENT_VERB.search(text, 0, start):
        return (
            False  # 围绕2022年政府工作报告, 发布2022年重点工作安排: the year names a document, not a period
        )
    if name == "bare_year":
        return text.endswith(_FROM_TO, 0, start) and BOUND_FIGURE.match(text, end) is not None
    if (
        name in ("holiday", "sessions")
        and _CAUSE_AFTER.match(text, end)
        and _CAUSE_LEAD.match(text, clause_start(text, start), start)
    ):
        return False  # 在“五一”、端午假期消费回升等因素带动下: a cause, not the period of the figures
    if name == "streak" and (not _FIGURE_AHEAD.match(text, end) or text.endswith(("将", "将会"), 0, start)):
        return False  # 增长4.2%，连续三个月正增长 (said of a figure before); 产量将连续7年…: a forecast
    if name == "frame" and _SUPERLATIVE.match(text, end):
        return False  # 长势是近年来最好的: the range a superlative is over, not the period of the figures
    if name in ("since", "year_part") and _FIRST_SINCE.match(
        text, end - 2 if phrase.endswith("以来") else end
    ):
        return False  # 增速自2011年来首次回升, 为2012年以来最高: the range a first or a record is over
    if name == "day" and not _day_alone(text, m):
        return False
    if name == "year_part":
        if reached(text, start, end):
            return True  # 达到全年5.5%的目标: the period of the value reached
        if (
            phrase.startswith("到")
            and not _at_clause_start_or_target(text, start)
            and not bound_to(text, start, end)
            and not _PAST_REACH.match(text, end)
        ):
            return False
        if phrase.rstrip("前") in ("到", "截至", "截止", "截止到", ""):
            return False
        if re.fullmatch(rf"{NUM}月", phrase) and text[end : end + 1].isdigit():
            return False
        if (
            phrase.startswith(("全年", "今年", "年内"))
            and _ATTRIBUTE.match(text, end)
            and not _SET_TO.match(text, end)
        ):
            return False  # 全年增量计划, 今年目标: a plan, not the period of a figure
        if re.search(r"日", phrase) and (
            _EVENT_AFTER.match(text[end:]) or text.endswith(("在", "于"), 0, start)
        ):
            return False  # 在10月21日的发布会上, 北京7月12日电: an event's date
    return True


_CAUSE_AFTER = re.compile(
    r"[^,;。:!?\n]{0,20}?(?:带动|拉动|推动|驱动|帶動|拉動|推動|驅動|影响|影響|作用)(?:下(?![降跌滑])|之下)"
)
_DOCUMENT_NAMED = re.compile(r"[^,;。:的\d]{0,14}?(?:政府工作报告|工作报告|重点工作安排|工作安排|工作要点)")
"""A plan of work a year names (2022年某省人民政府工作报告): the year is the document's."""
_DOCUMENT_VERB = re.compile(r"(?:围绕|发布|解读|审议|听取|讨论|学习|宣讲)$")
"""Said of a document, not of figures: 围绕2022年政府工作报告, 发布2022年重点工作安排."""
_CAUSE_LEAD = re.compile(r"\s?(?:在|受|得益于|得益於)")
"""在…假期消费回升等因素带动下, 受春节假期影响下: a period named inside a cause the figures owe to."""
_POINT = re.compile(r"(?:\d{4}年|今年|去年|上年)?年?[末底]")
"""年末, 2022年底: a point in time, said of a stock."""
_NOW = ("目前", "当前", "现在", "眼下")
"""A stock counted now, said after a span's tally in the same sentence."""
_GOES_ON = re.compile(r"\s?(?:比|较|較|同比|环比|增|减|減|下降|上升|提高|降低|占|为|為|分别|其中)")
"""比上年末减少…, 增长…: a clause that goes on saying the stock before it."""


def point_end(text: str, start: int, end: int, span_before: bool) -> int | None:
    """全年…增长3%，年末失业率5.5%，居民消费价格上涨2%: a point in time written after a span in the same
    sentence, past its first clause, reaches to the end of its clause (and the clauses that go on saying its
    stock); the figures after it are the span's again."""
    now = text[start:end] in _NOW
    if not span_before or not (now or _POINT.fullmatch(text, start, end)):
        return None
    if text[clause_start(text, start) : start].strip():
        return None  # 增加到年末的…: not a clause of its own
    if clause_start(text, start) == 0 or text[clause_start(text, start) - 1] not in ",;，；":
        return None  # 年末，…: at a sentence's start it is the period of its sentence
    if now:  # 7月1日以来…，目前安置3万人，需救助1万人；倒塌房屋…: the stock now, to the semicolon
        ends = [i for i in (text.find(mark, end) for mark in ";；。\n") if i >= 0]
        return min(ends) if ends else len(text)
    stop = clause_end(text, end)
    while stop < len(text) and text[stop] in ",，" and _GOES_ON.match(text, stop + 1):
        stop = clause_end(text, stop + 1)
    return stop


_SUPERLATIVE = re.compile(r"的?(?:最[好高低多少大小快慢强佳优]|之最|罕见|少有|未有|仅见)")
_FIRST_SINCE = re.compile(r"(?:以来|来)的?(?:首次|首度|第一次|最[好高低多少大小快慢强佳优]|新高|新低)")
_REACHED_VALUE = re.compile(r"(?:约|近|超过|超)?\d[\d.]*(?:%|％|个百分点)")


def reached(text: str, start: int, end: int) -> bool:
    """达到全年5.5%的增速目标: a phrase matched with the 到 of the verb 达到, a value of the period right after;
    the period is the phrase without that 到."""
    return (
        text.startswith("到", start)
        and text.endswith("达", 0, start)
        and _REACHED_VALUE.match(text, end) is not None
    )


_DONE = re.compile(r"已经|已(?!有)|(?<![将会要])是(?:约|近)?\d")
"""A clause that says what has happened: a period it opens with 到 is past, not a target (到12月份…已经回落,
到12月份…失业率是5.2%: a value said to be)."""
_PAST_REACH = re.compile(
    r"(?:更是|又|已经|已|再|就)(?:首次|一举|进一步)?(?:突破|达到|达|超过|增至|升至|降至|提高到|增长到)"
)
"""城镇化率到2019年更是首次突破60%: a year reached after its subject, past (not a target, nor a range's end)."""
_SET_TO = re.compile(
    r"[^,;。:]{0,12}?(?:目标|任务|指标)(?:任务)?(?:定在|定为|设定为|确定为|设为|设在|是|为|(?=(?:约|近)?\d))"
)
"""今年经济增长目标定在7.5%: the target set for the year, whose period the year is."""
_TO_VERB = re.compile(
    r"(?:增加|提高|上升|增长|扩大|下降|降低|减少|回落|回升|提升|缩小|压缩|缩减|跃升|攀升|调整|变化|变|升|降|增|减|涨|跌|调)$"
)


def bound_to(text: str, start: int, end: int) -> bool:
    """增加到2022年6月的10.4亿人, 上升到2016的44%: the period a value is raised or cut to, written before it
    with 的; it is that value's period (and its list's), not one carried on."""
    at = start if text.startswith(("到", "至"), start) else start - 1
    if at < 0 or text[at] not in "到至":
        return False
    return _TO_VERB.search(text, max(0, at - 4), at) is not None and BOUND_FIGURE.match(text, end) is not None


_FROM_TO = ("从", "由", "到", "至")
"""Where a year written without 年 stands in speech (从2014的42%, 到2016的44%)."""


def _at_clause_start_or_target(text: str, start: int) -> bool:
    clause = text[clause_start(text, start) : start].strip()
    if clause in ("但", "而", "再", "但是", "而且", "直到"):
        return True  # 1985年只有x亿元，但到2021年增长至y亿元: a connective, the clause still opens on 到
    return not clause or clause.endswith(("确保", "力争", "预计", "计划", "将", "要", "争取", "目标是"))


def _day_alone(text: str, m: re.Match[str]) -> bool:
    """7日上午, and 7日 starting a clause (7日，…): a day of the month in force; not 7日电, not 在5日举行的."""
    start, end = m.start(), m.end()
    if text[start - 1 : start] in ("月", "第") or _EVENT_AFTER.match(text[end:]):
        return False
    if text.endswith(("在", "于"), 0, start):
        return False
    timed = not m.group(0).rstrip().endswith("日")
    return timed or (not text[clause_start(text, start) : start].strip() and text[end : end + 1] == ",")


def clause_end(text: str, end: int) -> int:
    """上月为下降0.2%: a period said of one value reaches to the end of its clause."""
    stop = end
    while stop < len(text) and stop - end < 40 and text[stop] not in ",;。:!?\n":
        stop += 1
    return stop


COMMENT_OPEN = r"(?:(?:而且|并且|但|且)?[这這](?:也|还|還|又)?(?:是|为|為)(?:在|自|从|從|继|繼)?|(?:而且|并且|且|並且)[在於于])\s?"
"""这是, 这也是在, 這是, 且在: how a clause that comments on the figure before opens (…增长5.9%，且在四季度逐月
回升)."""
_COMMENT_OPEN = re.compile(COMMENT_OPEN + "$")
_FRAME_WORDS = ("在", "於", "于", "自", "从", "從")
_SINCE = ("以来", "以來")
_THIS_IS = re.compile(r"[这這](?:也|还|還|又)?(?:是|为|為)(?:在|自|从|從|继|繼)?\s?$")
"""这是2012年以来的最高增幅, 而且这是在全年…的条件下实现的: a clause that comments on the figure before; a
period inside it is the comment's, not one carried on to the figures after it."""


def comment_end(text: str, start: int, end: int) -> int | None:
    """Where the reach of a period written in a comment clause (这是…以来的最高) ends: at its clause's end."""
    opener = _COMMENT_OPEN.search(text, clause_start(text, start), start)
    if opener is None or not (opener[0].rstrip().endswith(_FRAME_WORDS) or text.endswith(_SINCE, start, end)):
        return None  # 这是全年最高水平，达到…: the year is the figure's; a record since, a frame (在) is not
    stop = clause_end(text, end)
    if stop == end and not _THIS_IS.search(text, clause_start(text, start), start):
        return (
            None  # 且在四季度，出口…: a period alone in its clause frames the next (not 这也是1999年以来，…)
        )
    return stop


def frame_end(text: str, start: int, end: int) -> int | None:
    """Where the frame of a period written after 继 ends (继上月上涨9.1%之后): at 之后, in its clause."""
    if not _OWN_FRAME.search(text, max(0, start - 4), start):
        return None
    stop = end
    while stop < len(text) and stop - end < 30 and text[stop] not in ",;。:!?\n":
        stop += 1
    at = text.find("后", end, stop)
    return at if at >= 0 else None


_COMMENTS = re.compile(COMMENT_OPEN)


def events_since(text: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """疫情发生以来, 全球疫情暴发以来: an event as the start of a period, written as the clause says it (phrase,
    start, end), where no period found (``taken``) covers its 以来."""
    out: list[tuple[str, int, int]] = []
    for m in re.finditer("以来", text):
        if any(start <= m.start() < end for start, end in taken) or _FIRST_SINCE.match(text, m.start()):
            continue  # (a period found), 自2011年以来首次: the range a first is over
        begin = clause_start(text, m.start())
        for mark in ("自", "从"):
            at = text.rfind(mark, begin, m.start())
            begin = max(begin, at) if at >= 0 else begin
        for (
            start,
            end,
        ) in taken:  # 前三季度…以来: the event starts after a period found before it, never over it
            if start < m.start() and end > begin:
                begin = min(max(begin, end), m.start())
        phrase = text[begin : m.end()].strip()
        if _COMMENTS.match(phrase) or any(trend_from(text, k, m.end()) for k in range(begin, m.start())):
            continue  # 这是2012年以来的最高增幅, 保持了去年以来的…势头: no period of the figures
        if 3 <= len(phrase) <= 14 and re.search(rf"[{CJK}]", phrase[:-2]):
            out.append((phrase, m.end() - len(phrase), m.end()))
    return out
