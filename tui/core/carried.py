"""The subject a clause before a figure gives it, when the figure's own clause names none.

甲同比持平，环比上涨0.2%: the nearest clause before that says something of a noun (a comparison, a predicate
verb, a report of it, a topic standing alone, or an object put forward) names what the figure measures.
"""

from __future__ import annotations

import re

from tui.core.figwords import RATES
from tui.core.metrics import Reading, meaningful, nominal, read_clause, subject
from tui.core.metricwords import NOT_NOMINAL
from tui.core.spoken import majority_of, measure_named

_PREDICATE = re.compile(
    r"创下|创历史|保持|实现|突破|稳定在|呈现|出现|呈|继续|持续|达到|超过|位居|居|排名|各月|有所|波动"
    r"|(?<=[幅速])(?:明显|显著|较大|较快|较小|收窄|扩大|加快|放缓)"
    r"|(?:增长|上升|下降|提高|回落)(?:迅速|较快|明显)"
)
"""Verbs after which a clause's subject ends when it states something without a number (甲创下历史新高), and
what a rate is said to do (水果价格降幅扩大)."""


def previous_subject(clauses: list[str]) -> str | None:
    """The subject of one of the clauses before (nearest first), for 甲同比持平，环比上涨0.2%.

    Only a clause that says something of a noun counts: one with a comparison (甲与去年相比) or a predicate
    verb (甲创下历史新高), not a reporting frame or a verb phrase."""
    for nearest, text in enumerate(clauses):
        reading = read_clause(text)
        metric = reading.metric
        named = majority_of(text) or measure_named(text)
        looked_at = _LOOKED_AT.match(text.strip()) or _FROM_MEASURE.match(text.strip())
        listed = _LIST_HEAD.fullmatch(text.strip())
        aspect = _ASPECT.fullmatch(text.strip())
        item = _NAMED_ITEM.fullmatch(text.strip()) if not nearest else None
        shared = (
            _SHARE_TOPIC.fullmatch(text.strip())
            if not nearest and not reading.comparison and text.rstrip().endswith(_SHARES)
            else None
        )
        if shared:  # 甲出口，在全球出口总额中的比重，由…: the share the clause names, of its owner
            owner = shared["owner"] or (clauses[1].strip() if len(clauses) > 1 else "")
            owner = subject(owner) if owner else ""
            metric = owner + shared["share"] if meaningful(owner) else None
        elif item:
            metric = subject(item["what"])  # 一个是甲，当季增长x%: the item the clause names
        elif listed:
            metric = subject(listed["what"])  # 去年季度经济增速分别为：一季度…: the list's metric
        elif aspect:
            metric = subject(aspect["what"])  # 消费方面，上半年同比增长x%: the aspect the clause is about
        elif looked_at:
            metric = subject(looked_at["what"])  # 如果看两年平均增速，那么…分别在: the measure looked at
        elif not nearest and _topic(text, reading):
            pass  # 省财政用于教育的支出，明年将会达到…: a clause that is only a noun phrase is the topic
        elif named:  # 以新组建部门的负责人居多, 确定…的预期目标: the group or target named
            metric = subject(named)
        elif not reading.comparison:
            predicate = _PREDICATE.search(text)
            topic = _REPORTED_TOPIC.match(text)
            if topic:  # 甲总量昨天已经公布，突破了…: the thing reported on
                metric = subject(topic["topic"])
            elif predicate and predicate.start() >= 2:
                metric = subject(text[: predicate.start()])
            else:  # 新办法突出了检查项目的规范，从5项增加到12项: what the clause before put forward
                stressed = _STRESSED.search(text) if not nearest else None
                metric = stressed["what"] if stressed else None
        if meaningful(metric) and not NOT_NOMINAL.match(metric or ""):
            return metric
    return None


def _topic(text: str, reading: Reading) -> bool:
    """Whether a clause is a noun phrase and nothing else (no comparison, no verb cut from it)."""
    metric = reading.metric or ""
    return (
        reading.comparison is None
        and nominal(metric)
        and text.strip().endswith(metric)
        and _TOPIC.fullmatch(metric) is not None
    )


_TOPIC = re.compile(r"(?![它他她我你咱这那])[^了着过都也就还又,;:]{2,12}的[^了着过都也就还又的,;:]{2,6}")
"""A noun phrase with its head after 的 and no aspect particle or adverb (中央财政用于民生的开支), not a clause
said of one (它各章都作了修改, 咱们算算账)."""


_SHARES = ("比重", "占比", "份额")
_SHARE_TOPIC = re.compile(
    r"(?P<owner>[^,;:在的]{0,16}?)(?P<share>在[^,;:]{2,20}?中的?(?:比重|占比|份额)|(?<=..)(?:比重|占比|份额))"
)
"""甲出口，在全球出口总额中的比重，｜乙出口比重，｜由a%增加到b%: a clause that only names a share (and, when it
opens on 在, the clause before names whose)."""


_LOOKED_AT = re.compile(
    r"^(?:如果|若是?|要是|假如|[一二三四五六七八九十])?(?:单|只|再|就)?看(?P<what>[^看,;:]{2,12})$"
)
"""如果看两年平均增速, 一看经济增长率 (an expert's list of what to look at): a clause that names the measure
the next one gives (not 从产品看, a breakdown)."""


_FROM_MEASURE = re.compile(rf"^(?:但是?|而|不过)?从(?P<what>[^看,;:]{{2,12}}(?:{RATES}|速度))(?:来|上)?看$")
"""从两年平均增速来看: a measure looked at (not 从产品看, a breakdown), which the next clause gives."""
_ASPECT = re.compile(r"(?:在|就|从)?(?P<what>[^,;:]{2,10}?)(?:方面|领域)(?:来看|看|而言|来说)?")
"""消费方面, 在投资领域: a clause that only names the aspect the next ones report on."""
_NAMED_ITEM = re.compile(
    r"(?:其中)?(?:另外|另)?(?:(?:第|其)?[一二三四五六七八九十两](?:个|项|类|条)?(?:指标)?|首先)是(?P<what>[^是,;:]{2,16})"
)
"""一个是甲, 另一项是乙, 二是丙: an enumerated item that names the thing the next clause gives a figure of."""
_LIST_HEAD = re.compile(r"(?P<what>[^,;:]{2,16}?)(?:分别|依次|各)(?:为|是)")
"""去年季度经济增速分别为：…: the head of a list whose items (each with its own period) follow the colon."""


_STRESSED = re.compile(
    r"(?:突出|强调|明确|规范|调整|增加|扩大|细化|完善|充实)了(?P<what>[^了,;:]{2,10}?)(?:的(?:规范|规定|要求|内容|设置|数量|范围))?$"
)
"""A clause that puts a thing forward (突出了…的规范): the object the next clause, with no subject, counts."""


_REPORTED_TOPIC = re.compile(
    r"(?P<topic>[^,;。:]{2,16}?)(?:昨天|今天|昨日|日前|近日|此前|前不久|已经|已)[^,;。:]{0,12}?(?:公布|发布|披露|宣布)$"
)
"""A clause that says a number was published (甲总量昨天某报已经公布): its topic is what the next one measures."""
