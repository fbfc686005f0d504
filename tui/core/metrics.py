"""What a figure measures: its metric, the comparison it makes and the kind of measure, from the clause.

The metric is the subject noun phrase of the clause, with its qualifiers (每万人拥有, 规模以上, 16—24岁劳动力)
and without what is not the measured thing: the verb and the comparison before the number (同比增长, 比上年末
增加, 达到), the period, discourse and reporting words (其中, 数据显示, 按可比口径计算), adverbs (进一步, 又),
and the measure words 累计 and 新增 where they act as verbs. When the clause has no subject of its own the
counted thing written after the number is the metric (``拥有36位“两院”院士``, ``60%的产能恢复率``), or else
the metric carries from before (the caller decides, with :mod:`tui.core.carried`). The kind of measure is
:mod:`tui.core.measures`; the check that a metric is a noun phrase, :mod:`tui.core.nounphrase`.

Everything here works on folded text (:func:`tui.core.text.fold`) and returns strings cut from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tui.core.figwords import BASE_ONLY, END_CONNECTIVES, WEAK_PAIR
from tui.core.fragments import mended
from tui.core.metricwords import (
    ACRONYM,
    ADVERBS,
    BARE_VERBS,
    BEFORE_VERB,
    CAP_END,
    CAUSE,
    CJK_CHAR,
    COMPARE,
    COPULA,
    EDGE,
    ENDINGS,
    LEAD,
    MEASURE_END,
    NOT_NOMINAL,
    RATE_BASE,
    SCOPE,
    SHARE,
    SHARE_COPULA,
    TIME_WORDS,
    VERB_END,
    VERB_OBJECT,
    WEAK,
)
from tui.core.nounphrase import noun_phrase, unquote
from tui.core.saidvalues import without_minus
from tui.core.spoken import (
    compact,
    drop_locative,
    is_reporting,
    points_back,
    target_of,
)
from tui.core.vocab import CLAUSE_END


@dataclass(frozen=True)
class Reading:
    """What the clause before a figure says about it: the subject, the comparison and the measure."""

    metric: str | None
    comparison: str | None
    share: bool = False
    share_of: str | None = None
    """The share phrase (占全国的比重) when the clause names a share, for a subject carried from before."""


def clause_start(folded: str, pos: int, limit: int = 80) -> int:
    """Where the clause holding ``pos`` starts (after ，；：。！？ or a line end, outside parentheses: 全省人口
    （包括12个市，不包括…）4500万人 is one clause), at most ``limit`` back."""
    i = pos
    stop = max(0, pos - limit)
    depth = 0
    while i > stop:
        ch = folded[i - 1]
        if ch == ")":
            depth += 1
        elif ch == "(" and depth:
            depth -= 1
        elif ch in CLAUSE_END and not depth:
            break
        i -= 1
    return i if not depth else _plain_clause_start(folded, pos, stop)


def _plain_clause_start(folded: str, pos: int, stop: int) -> int:
    while pos > stop and folded[pos - 1] not in CLAUSE_END:
        pos -= 1
    return pos


def clause_end(folded: str, pos: int, limit: int = 40) -> int:
    """Where the clause holding ``pos`` ends, at most ``limit`` ahead."""
    i = pos
    stop = min(len(folded), pos + limit)
    while i < stop and folded[i] not in CLAUSE_END:
        i += 1
    return i


def nominal(metric: str | None) -> bool:
    """A meaningful metric that does not start like a verb phrase (把…, 从…, 增加…)."""
    return meaningful(metric) and not NOT_NOMINAL.match(metric or "")


def meaningful(metric: str | None) -> bool:
    """A metric worth keeping: two CJK characters or a Latin acronym (CPI, GDP, M2), and not a bare weak word."""
    if not metric or metric in WEAK or metric in BARE_VERBS:
        return False
    return len(CJK_CHAR.findall(metric)) >= 2 or ACRONYM.fullmatch(metric) is not None


def is_weak(metric: str | None) -> bool:
    """增速, 增幅, 比重…: a metric that names a measure of something said before."""
    return bool(metric) and metric in WEAK


@lru_cache(maxsize=8192)
def read_clause(clause: str) -> Reading:
    """The subject, comparison and share flag of the clause text before a figure (periods already cut out).

    A pure function of the clause's text, remembered for the clauses a collection repeats (，同比增长)."""
    text = CAP_END.sub("", MEASURE_END.sub("", TIME_WORDS.sub("", without_minus(clause)).rstrip()))
    comparison = None
    for _ in range(2):  # 回升至2月的增长3.1%: two verbs, once the period is cut out
        m = COMPARE.search(text) or COMPARE.search(text.removesuffix("的"))
        if not (m and m["cmp"]):
            break
        comparison = m["cmp"] + (comparison or "")
        text = text[: m.start()].rstrip()
    share = SHARE.search(SHARE_COPULA.sub("", text))
    if share:
        phrase = share.group(0).removesuffix("的")
        comparison = comparison or phrase
        owner = subject(text[: share.start()])  # 今年将会|占到…的: no owner but a modal, carried from before
        return Reading(owner + phrase if meaningful(owner) else "", comparison, True, phrase)
    conversion = _CONVERSION.match(text) if comparison is None else None
    return Reading(subject(text.removesuffix("的")), conversion.group(0) if conversion else comparison, False)


_DISPOSAL = re.compile(
    r"(?:(?<![一两几])把|(?<=[\u4e00-\u9fff]{2})将(?![近来要会])(?=[^将,;]{2,24}?(?:从|由)$))(?P<what>[^把将,;]{2,24}?)(?:从|由)?(?:定在|定为|确定为|设定为|设定在|控制在|调整为|调整到|保持在|稳定在|提高到|降低到|压减到|压到|放在|放到|定到|设在)?了?$"
)
"""A target set with 把: ``政府工作报告把经济增长目标定在`` measures the target, not the report (the verb may
have been read as the comparison already: ``把专项转移支付|压减到``); so does a change from–to written with 将
(``积极财政政策将赤字率从``: the rate, not the policy), but not 将 meaning "will" (全市将新增就业)."""
_TOWARD = re.compile(r"[^,;对]{2,12}?(?:将|要|还将|也将)对(?![于比外象应接话手称])(?=[^,;]{2})")
"""Who will act towards a thing (园区将对到位资金…以上的项目): the thing after 对 is measured, not the doer."""
_ON_TOP_OF = re.compile(r"在[^,;:在]{0,14}?(?:的)?基础上(?:又|再|还)?$")
_FROM_TAIL = re.compile(r"(?<![自理缘经来服随听跟适])(?:由|从)[^,;:由从的]{2,10}(?:的)?$")
"""The base a change starts from, left at a subject's end once its value is read (…由上次换届的|60名增加到…)."""
_CONVERSION = re.compile(r"(?:折合成?|约合|折算成?|换算成?)(?:美元|人民币|欧元|日元|港元)?")
"""折合成美元也就是1200多美元: the figure before in another unit (a conversion, said as its comparison)."""


_BASE_ONLY = re.compile(
    r"(?:比|较|与|同)[“\"'‘]?十[一二三四五六七八九]五[”\"'’]?(?:末|初|期间|时期|期末)?(?:相比)?"
)
"""A clause that names only a plan as the base of a comparison (比“十二五”末, its year cut out as a period)."""


_NO_SUBJECT = re.compile(
    r"(?:为|是|创)(?:历史同期|历史上|有史以来|历年同期|同期)[^,;:]{0,6}"
    r"|(?:历史同期|历史上|有史以来|历年同期|同期)(?:首次|首度|首|第一次)[^,;:]{0,4}|(?:比|较)(?![重例率值价])[^,;:]{0,8}|[这那]?[一二两三四五六七八九十\d]{1,2}个?(?:季度|月份?|年度?)(?:分别|依次)?(?:为|是)?"
)
"""比二季度, 三个季度(分别为): a base compared with, a count of periods; 为历史同期首次突破, 历史同期首破: a record
said of the thing named before; no thing measured (比重 is one)."""


def subject(text: str) -> str:
    """The noun phrase measured, from the text before the comparison."""
    if is_reporting(text.rstrip()):
        return ""  # 我们预算报告中讲了压到150项: who said it, not what is measured
    if _BASE_ONLY.fullmatch(text.strip()) or _NO_SUBJECT.fullmatch(text.strip()):
        return ""  # 比“十二五”末2015年的x: the base compared with, the metric is the one carried
    text = _PAIRED_TAIL.sub("", text)  # 城镇化率从2010年…到2020年…相继冲上: the years go with the values
    if "基础上" in text:
        text = _ON_TOP_OF.sub("", text)  # 浓度在大幅下降基础上(又): what it builds on, not what is measured
    base = _FROM_TAIL.search(text) if "由" in text or "从" in text else None
    if base is not None and meaningful(text[: base.start()].removesuffix("的")):
        text = text[: base.start()]  # 40岁以下的由上次换届: the group, not the base it grew from
    disposal = _DISPOSAL.search(text.rstrip())
    if disposal is not None:
        return subject(disposal["what"])  # 报告把经济增长目标定在: what is set, not who sets it
    toward = _TOWARD.match(text.strip()) if "对" in text else None
    if toward is not None:
        return subject(text.strip()[toward.end() :])  # 园区将对到位资金: the money invested, not the park
    s = drop_locative(_QUALIFIER.sub("", _LONG_ASIDE.sub("", TIME_WORDS.sub("", _TICKER.sub("", text)))))
    s = _SET_PER.sub(r"\g<per>", s)  # 起征点确定为每月: the threshold per month, not the verb that set it
    changed = True
    while changed and s:
        changed = False
        s2 = unquote(s.strip("、,， "))
        lead = LEAD.match(s2) or EDGE.match(s2)
        if lead:
            s2 = s2[lead.end() :]
        s2 = _strip_end(_strip_end(s2, COPULA), END_CONNECTIVES)
        s2 = _strip_end(s2, ADVERBS)
        if (
            (s2.endswith("共") and not s2.endswith("公共"))
            or (s2.endswith("可") and not s2.endswith(("许可", "认可")))
            or (
                s2.endswith("首")
                and len(s2) > 2
                and not s2.endswith(("榜首", "元首", "之首", "居首", "为首"))
            )
        ):
            s2 = s2[:-1]  # 企业共6.5万家, 全年FDI可达, 山东首超: an adverb or a modal before the verb
        if s2 != s:
            s, changed = s2, True
    s = target_of(s) or s  # 对全年居民收入增长目标提出: what the target is for
    if s.endswith(("的数据", "的数字")) and len(s) >= 5:
        s = s[:-3]  # 外出务工劳动力的数据比去年下降: the data is of the thing, not the thing measured
    share = _SHARE_IN.fullmatch(s)
    if share:
        return share["what"]  # 在全省用电量中占比: the share of what was named before (the caller's)
    cause = list(CAUSE.finditer(s))
    if cause and len(s) - cause[-1].end() >= 2:
        s = s[cause[-1].end() :]
    verb = VERB_END.search(s)
    if verb:
        # 中央财政共安排, 春播已完成: the doer is the subject, unless there is none but the country
        # (全省已立案查处215家 keeps the verb)
        doer = _strip_end(s[: verb.start()], BEFORE_VERB)
        s = doer if SCOPE.sub("", doer) else doer + verb.group(0).removesuffix("了")
    parts = VERB_OBJECT.split(s)
    if len(parts) > 1 and _doer_listed(parts[-2], parts[-1]):
        parts = [s]  # 游客接待人次、游客消费总额: the verb is inside the first item's name, the list is whole
    if len(parts) > 1 and len(parts[-1].strip("的")) >= 2 and not RATE_BASE.search(parts[-2]):
        doer, thing = parts[-2].rstrip("的"), parts[-1].strip("的")
        # 消费品工业实现利润, 冰雪场所接待游客: a one-word object keeps its owner and verb; a longer one stands alone
        owner = nominal(doer) and 3 <= len(doer) <= 8 and not SCOPE.match(doer)
        # 本市实现生产总值: the scope stays with the thing measured; 全省规上制造企业实现利润总额: so does
        # a group of units named with its scope (the group's 利润总额, not the country's)
        group = SCOPE.sub("", doer)
        keep = SCOPE.fullmatch(doer) or (
            nominal(group)
            and ((4 <= len(group) <= 12 and _GROUP_END.search(group)) or _INDUSTRY_END.fullmatch(group))
        )
        s = s if len(thing) <= 2 and owner else (doer if keep else "") + parts[-1]
    s = _strip_measure_words(s).strip("、,， 的*#")
    s = mended(noun_phrase(_weak_pair(s)))  # 产值每, 总量首次在便, 他对…能够, 造成: no noun phrase's end
    if points_back(s) or SCOPE.fullmatch(s) or SCOPE.sub("", s) in ("", "有", "已有"):
        return ""
    return compact(s)


_PAIRED_TAIL = re.compile(
    r"从(?:19|20)\d{2}年[^,;。]{0,24}?到(?:19|20)\d{2}年[^,;。]*?(?:相继|先后|依次)[^,;。]*$"
)
_SET_PER = re.compile(r"(?:确定|设定|规定|核定|定|调整)(?:为|在)(?P<per>每[月年天日人户次])$")
"""A value set per unit (标准确定为每人…): the unit stays with the subject, the verb goes."""
_GROUP_END = re.compile(r"(?:企业|公司|单位|工业|行业|产业|机构|银行|集团|户|商)$")
"""A doer that names a group of units (规模以上工业企业, 国有控股企业, 外商投资企业), whose totals are its own."""
_INDUSTRY_END = re.compile(r"[^,;:]{2,16}(?:业|業)")
"""A doer that names an industry (金融业实现增加值, 科学研究和技术服务业实现增加值): the value added is its own."""


def _doer_listed(doer: str, thing: str) -> bool:
    """True when the doer before a verb opens a later item of the list the verb's object starts (旅客接待人次、
    旅客消费总额): a name with a verb inside it (接待人次), one item of a list, no doer and thing."""
    word = doer.strip("的")[-2:]
    items = thing.split("、")[1:]
    return len(word) == 2 and any(item.startswith(word) for item in items)


def _weak_pair(s: str) -> str:
    """The metric of ``增速与上半年`` (the measure: the base is a period) or of ``增速和经济增长`` (the thing
    the number is said of, which the measure is compared with); ``s`` itself when it is no such pair."""
    pair = WEAK_PAIR.fullmatch(s)
    if pair is None or not is_weak(pair["weak"]):
        return s
    return pair["weak"] if BASE_ONLY.fullmatch(pair["other"]) else pair["other"]


_SHARE_IN = re.compile(r"在?[^,;。:]{2,20}?(?:中|里)(?:的)?(?:所)?(?P<what>占比|比重|份额|占的比重)")
"""在全省用电量中占比为18.2%: a share in a whole, of the subject the sentence has already named."""
_QUALIFIER = re.compile(r"按(?:照)?(?:可比价格|不变价格?|现价|可比口径|同口径)(?:计算)?")
"""产值按可比价格计算: how a figure is computed, wherever the clause says it."""
_TICKER = re.compile(r"[(（](?:[A-Z]{2,6}\s?[:：]\s?)?\d{4,6}\.(?:HK|SH|SZ|SS|TW|US)[)）]")
"""碧桂园(2007.HK), 茅台(600519.SH): a listed company's stock code, no part of what is measured."""
_LONG_ASIDE = re.compile(r"\([^()]{11,}\)")
"""A definition in parentheses too long to name the metric with (全国人口（包括31个省…，不包括…）)."""


def _strip_end(text: str, words: tuple[str, ...]) -> str:
    m = ENDINGS[words].search(text)
    return text[: m.start()] if m else text


def _strip_measure_words(s: str) -> str:
    """累计/新增 act as verbs at the head of a subject (累计建成…, 全国累计新增…); the measure keeps them."""
    scope = SCOPE.match(s)
    head, rest = (s[: scope.end()], s[scope.end() :]) if scope else ("", s)
    for word in ("累计", "新增"):
        if rest.startswith(word) and len(rest) > len(word) + 1:
            rest = rest[len(word) :]
    return head + rest


_PARENTHESES = re.compile(r"[(（][^)）]*[)）]")


def head_noun(metric: str) -> str:
    """The head of a metric, to name a weak measure of it: 全省工业企业实现营业收入（不含烟草） → 营业收入."""
    s = _PARENTHESES.sub("", metric)
    thing = VERB_OBJECT.split(s)[-1]
    s = thing if len(thing) > 2 else s  # 省重点项目完成投资 stays whole, as in subject()
    s = s.rsplit("的", 1)[-1] or s
    scope = SCOPE.match(s)
    if scope and len(s) - scope.end() >= 2:
        s = s[scope.end() :]
    return s


_EFFECT = re.compile(
    r"^[,，、\s]*(?P<verb>影响|影響|拉动|拉動|带动|帶動)(?=[A-Za-z\u4e00-\u9fff])"
    r"[^,，;；。]{1,16}?(?:上涨|上漲|下降|增长|增長|下拉|回落|提高|降低)"
)
"""A clause that opens on what a value did to a total's change (影响CPI上涨…, 拉动经济增长…), with no doer of its
own (带动就业5万人 counts jobs, no change of a total)."""


def effect_of(clause: str, metric: str | None, before: str | None) -> str | None:
    """食品类价格上涨2.1%，影响CPI上涨0.59个百分点: the effect is the doer's, so it is named with it
    (食品类价格影响CPI); None when ``clause`` opens on no such verb or there is no doer before it."""
    effect = _EFFECT.match(clause)
    if not metric or not before or effect is None:
        return None
    verb = effect["verb"]
    done = _PARENTHESES.sub("", metric)
    return _PARENTHESES.sub("", before) + (done if done.startswith(verb) else verb + done)
