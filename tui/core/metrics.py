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

from tui.core.figwords import BASE_ONLY, EDGE_CONNECTIVES, END_CONNECTIVES, WEAK_PAIR
from tui.core.nounphrase import noun_phrase, unquote
from tui.core.saidvalues import without_minus
from tui.core.spoken import (
    compact,
    drop_locative,
    is_reporting,
    points_back,
    target_of,
)
from tui.core.vocab import CJK, CLAUSE_END, SCOPE_WORDS, alternation

CHANGE_VERBS = (
    "增长|增加|下降|减少|提高|提升|降低|回落|回升|上升|下滑|下行|上行|扩大|收窄|加快|放缓|上涨|下跌|少增|多增|持平|缩短|缩减|增产|减产|增收|减收|"
    "压缩|压减|压掉|砍掉|减掉|削减|节约|偏多|偏少|下调|上调|变化|变动|翻了一番|翻番|高出|成长|衰退|增|降|涨|跌|(?<![免抵加])[减減]|多|少|快|慢|(?<!新)高|(?<!新)低"
)
"""Verbs of change (创历史新高 ends with no 高 of change)."""
RELATIVE = r"(?:快于|慢于|高于|低于|好于|超出|多于|少于)[^,;。:]{0,12}?"
_BASE = (
    r"(?:(?:同比|环比|按年|按月|按季)[^,;。:比较]{0,10}?|(?:[一二两三四五六七八九十\d]+年)?平均|年均|(?:同口径)?可比|(?<![同环])(?:比|较)(?!重|例|率)[^,;。:比较]{1,14}?|与[^,;。:]{1,14}?相比|和[^,;。:]{1,10}?相比|"
    r"(?:从|由)[^,;。:]{0,16}?|"
    rf"(?<=[{CJK}])(?<![今去明上本当當每全半同周近前一二两兩三四五六七八九十])年(?=[增減减]))"
)
"""A base compared with: 同比, 比上年, 与…相比, and Taiwan's 年增/年減 (year on year)."""
_COMPARE = re.compile(
    rf"(?P<cmp>{_BASE}?(?:分别|分別)?(?:名义|实际)?(?:{RELATIVE}|(?:正|负)?(?:{CHANGE_VERBS})(?:了)?)"
    r"(?:到|至|为)?|(?:提高|提升|降低|下降|增加|减少|回升|回落|上升|恢复|加快|放缓|缩短|压缩|扩大|收窄)(?:了)?(?:到|至|为)"
    r"|(?:升|降|增|减|涨|跌|压|砍|缩)(?:至|为|到)|(?:修改|修订|调整|变更|下调|上调|改|转变|变|转)(?:为|成|至|到)|(?:是|为|相当于|完成|达到|接近|超过)[^,;。:]{1,14}?的"
    r"|同比|环比|按年|按月|按季)"
    r"(?P<tail>(?<=[到至为])了|(?:大概|大约|大致|差不多)|(?:达到|达|为|至|到|超过|超|逾|近|(?<![合公条契节制预履违签])约)?)$"
)
_SHARE_COPULA = re.compile(r"(?:分别|均|都)?(?:为|是|达到|达|由|从)?$")
_SHARE = re.compile(
    r"占(?P<of>[^,;。:占]{1,30}?)(?:(?:的)?(?P<what>比重|比例|份额|比)(?:为|达|达到|是)?|的)$"
)
_COPULA = (
    "更是", "约为", "分别为", "均为", "分别是", "分别达", "分别达到", "达到了", "达到", "达", "为", "是", "有", "共有",
    "保持在", "控制在", "稳定在", "维持在", "在", "录得", "报", "占", "相当于", "合计", "累计", "共计",
    "总计", "超过了", "超过", "突破", "已破", "已", "已经", "仅", "只有", "约", "大约", "从", "由", "就", "接近",
    "折合", "约合", "折算", "合", "也就是", "就是", "大体是", "大概是", "保持", "不过", "收于", "收报", "报收",
    "收盘于", "收盘报", "收在",
)  # fmt: skip
_BEFORE_VERB = ("共", "已", "均", "都", "也", "还", "将", "可", "先后", "累计", "合计", "分别")
"""Adverbs that stand between a doer and its verb (中央财政共安排): stripped once the verb is."""
_LEAD = re.compile(
    r"^(?:(?:的)?基础上(?:又|再|还)?|(?:人民币|美元|欧元|港元)?/(?:月|年|人|天|日|户|吨|次)|NO\.?\s?\d{1,2}\s*|\d{1,2}、|[一二三四五六七八九十]{1,2}[是看]|这(?:也|还)?是(?:在|自|从)?|第[一二三四五六七八九十]{1,2},|首先|其次|其中|同时|此外|相比(?:于|之下)?|相较于?|比起|另外|而且|并且|但是|所以|因此|因而|从而|那么|于是|然而|甚至|即使|哪怕|尽管|虽然|虽说|(?:无论|不管|不论)是?|但|而|并|且|即|以致|致使|致(?![力富辞詞敬谢謝电電])|总体看|总的看|总体来看|整体看|具体看|总体上|"
    r"分(?:行业|产品|地区|领域|区域|类型|产业|月份|季度|月)看|从[^,;。]{1,10}(?:来)?看|目前|当前|现在|"
    r"扣除[^,;。]{1,12}?(?:因素|影响)(?:影响)?(?:后|外)?|扣除[^,;。]{1,20}?(?:后|外)|按(?:照)?[^,;。]{1,12}?(?:计算|统计|口径)|初步(?:估算|核算|匡算|统计|测算)|"
    r"据[^,;。]{0,16}?(?:统计|显示|测算|监测)|根据[^,;。]{0,20}|据|数据显示|仅仅|仅|统计显示|监测显示|这样的|这些|这种|这个|这|该|其(?![他它余])|"
    r"我们|全国各地|各地|预计|约|近|累计|共计|合计|共|总计|已经|已|一共|总共|特别是|尤其是|包括|大致是|"
    r"大约是|大概|约有|只要|如果|假如|要想|想要|建议|按照|按|在|对|把|将|力争|确保|争取|计划|预计|折合成?(?:美元|人民币|欧元|日元|港元)?|约合(?:美元|人民币)?|(?:人民币|美元|欧元|日元|港元)?[(（](?:等值|约合|折合|合|约)?|也就是|就是|大体是|大体|大概是|"
    r"为[什甚]么说|为[什甚]么|为何说|为何|怎么看待?|如何看待?|怎样看待?)"
)
_EDGE = re.compile(f"^(?:{'|'.join(EDGE_CONNECTIVES)})(?=..)")
"""A connective at the head of a clause read from the figure before (…1.6万亿元和|铁路资金1000亿元)."""
_ADVERBS = (
    "进一步", "持续", "稳步", "大幅", "明显", "较快", "不断", "有所", "继续", "基本", "全部", "分别", "同比",
    "环比", "名义", "实际", "预计", "共计", "合计", "累计", "总计", "一共", "已经", "已", "又", "还",
    "也", "均", "都", "再", "仍", "将", "就", "的", "了", "首次", "今年", "去年", "迅速", "先后", "目前", "应",
    "虽然", "虽说", "尽管", "虽", "须", "有望", "可望", "或将", "只需要", "只需", "仅需", "只要", "如果", "就能", "大体", "大致", "大概", "也就", "仍然", "依然", "依旧", "依舊", "仍舊", "居然", "竟然", "仅", "要", "得", "可以", "能够", "可能", "需要", "至少", "起码", "再次", "再度", "继", "逐年", "逐月", "逐步", "通常", "普遍", "一般", "连续多日", "连日", "按年", "按月", "按季", "则", "則", "较", "略有", "略微", "稍有", "小幅", "略",
)  # fmt: skip
"""Adverbs stripped from the end of a subject (longest first; no single character that ends nouns too:
能 of 产能, 才 of 人才, 共 of 公共, 要 of 主要)."""
_VERBS = (
    r"实现|完成|创造|录得|带动|拉动|吸引|吸纳|培育|认定|建成|新建|打造|创建|拥有|聚集|集聚|发放|投放|下达|安排|处置|"
    r"设立|发行|推送|调配|派出|收到|举办|救治|转移|开行|接待|达成|签约|受理|惠及|涉及|带来|节省|减轻|享受|获得|另有|还有|"
    r"共有|已有|尚有|剩下|剩余|推出|征用|建立|出台|印发|公布|处罚|立案侦查|筹集|拨付|下拨|引进|启动|达到|重回|重返|站上|跌破|"
    r"创下|创出"
)
"""Verbs whose object the number counts when they end the clause before it (省财政共安排52.6亿元);
not those that are as often nouns at the end of a subject (技能培训, 公共服务, 组织, 支持)."""
_INNER_VERBS = (
    r"实现|完成|创造|录得|带动|拉动|吸引|吸纳|培育|培养|认定|建成|新建|创建|打造|拥有|发放|投放|下达|处置|设立|发行|"
    r"推送|调配|派出|收到|举办|救治|开行|接待|达成|签约|惠及|涉及|带来|节省|享受|获得|另有|还有|共有|已有|尚有|剩下|剩余|推出|"
    r"征用|建立|出台|印发|公布|筹集|拨付|下拨|引进|达到|组织(?=税|收|实施)"
)
"""Verbs inside a subject that end the doer and start the measured object (消费品工业实现利润 → 利润). Verbs
that are as often nouns (技能培训参训率, 研发投入, 公共服务) are left out."""
_VERB_OBJECT = re.compile(rf"(?:{_INNER_VERBS})(?:了)?")
_VERB_END = re.compile(rf"(?:{_VERBS})(?:了)?$")
_RATE_BASE = re.compile(r"每[^,;。:]{1,6}$")
"""每万人, 每千人口: the base of a rate, which keeps the verb after it (每万人拥有…)."""
_MEASURE_END = re.compile(r"(?:新增|累计|合计|共计)(?:了)?$")
"""The measure words right before a number (就业新增20万人): the measure, neither metric nor comparison."""
CAP_END = re.compile(r"(?:最高|最多|最低|最少)$")
"""A cap or a floor right before a number (给予最高300万元奖补资金): a bound on the value, no part of the
metric; the clause before it ends where it starts (on the verb 给予, so the thing after the number counts)."""
_CAUSE = re.compile(r"(?:可使|能使|将使|使得|使(?!用)|可为|能为|将为|可让|让)")
_TIME_WORDS = re.compile(
    r"连续(?:[\d一二两三四五六七八九十]+|多)个?(?:年|月|季度|周)|第[一二三四五六七八九十\d]+周|原来|此前|以前|(?<![上本当])月[末底]|"
    r"[(（]\s*[)）]"
)
"""Time words left in a subject once its periods are cut out (第一周（…）, 连续5年, 原来的), and empty brackets."""
_WEAK = frozenset(
    ("增速", "降幅", "增幅", "涨幅", "跌幅", "增长", "下降", "占比", "比重", "总量", "规模", "增量", "同比",
     "环比", "分别", "名义", "实际", "其中", "全年", "合计", "累计", "数量", "比例", "水平", "速度", "数据",
     "同时", "方面", "期间", "时候", "以来", "每年", "每月", "每天", "每日", "每周", "当年", "当月")
)  # fmt: skip
_BARE_VERBS = frozenset(
    ("实现", "保持", "达到", "完成", "取得", "维持", "录得", "迎来", "创下", "突破", "超过", "重回", "重返", "回到",
     "站上", "跌破", "升破")
)  # fmt: skip
"""A verb left alone before a number (实现7%的增长) names nothing measured: the subject is carried."""
_SCOPE = re.compile(rf"^(?:{alternation(SCOPE_WORDS)})")
_CHANGE_WORDS = "|".join(w for w in CHANGE_VERBS.split("|") if len(w) >= 2 and "(" not in w)
"""The change verbs of two characters or more (高, 多 and 增 alone start nouns too: 高新技术企业)."""
NOT_NOMINAL = re.compile(
    rf"^(?:可以|能够|有望|可望|呈|是|有|要|将|已|也|都|在|为|对|把|从|由|向|按|据|以|经(?![济营费贸销纪理])|通过|随着|受(?!访|益|灾)|因|迅速|大幅|明显|稳步|进一步|"
    rf"持续|不断|已经|仍然|再(?!生|就业|贷款|融资|保险|制造|教育|担保|贴现|分配|循环)|同比|环比|翻|波动|近年|最(?!终)|创(?![业新投])|居(?![民住家室])|位居|历史|[多少增][一二两三四五六七八九十\d]|{_CHANGE_WORDS}|每[天日周月年人户家]$|[一二三四五六七八九十两\d]+(?:大|个))"
)


_CJK_CHAR = re.compile(f"[{CJK}]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_GUARDED = {
    "均": "(?<![平人年月日户])均",
    "均为": "(?<![平人年月日户])均为",
    "要": "(?<![主重需只必首纲摘提概])要",
    "得": "(?<![所获取心])得",
    "则": "(?<![规原细准法守总通实否])则",
    "较": "(?<![比相])较",
    "由": "(?<![理自缘緣经經来來事])由",
    "约": "(?<![合公条契节制预相履违签])约",
    "报": "(?<![通公汇匯申上预預快年月日简簡情周週电電画畫晚学學日海])报",
    "略": "(?<![战戰策方侵忽省领領粗简簡谋謀韬韜])略",
    "則": "(?<![規原細準法守總通實否])則",
}
"""Words that end nouns too where they stand after these characters (平均, 人均 are no 均 of 都; 主要, 所得;
理由, 自由; 合约, 公约; 通报, 年报 are no 报 of a price quoted)."""
_ENDINGS: dict[tuple[str, ...], re.Pattern[str]] = {
    words: re.compile(
        "(?:" + "|".join(_GUARDED.get(w, re.escape(w)) for w in sorted(words, key=len, reverse=True)) + ")$"
    )
    for words in (_COPULA, _ADVERBS, _BEFORE_VERB, END_CONNECTIVES)
}
"""Each word list as one pattern anchored at the end (longest word first)."""


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
    if not metric or metric in _WEAK or metric in _BARE_VERBS:
        return False
    return len(_CJK_CHAR.findall(metric)) >= 2 or _ACRONYM.fullmatch(metric) is not None


def is_weak(metric: str | None) -> bool:
    """增速, 增幅, 比重…: a metric that names a measure of something said before."""
    return bool(metric) and metric in _WEAK


def read_clause(clause: str) -> Reading:
    """The subject, comparison and share flag of the clause text before a figure (periods already cut out)."""
    text = CAP_END.sub("", _MEASURE_END.sub("", _TIME_WORDS.sub("", without_minus(clause)).rstrip()))
    comparison = None
    for _ in range(2):  # 回升至2月的增长3.1%: two verbs, once the period is cut out
        m = _COMPARE.search(text) or _COMPARE.search(text.removesuffix("的"))
        if not (m and m["cmp"]):
            break
        comparison = m["cmp"] + (comparison or "")
        text = text[: m.start()].rstrip()
    share = _SHARE.search(_SHARE_COPULA.sub("", text))
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
    r"(?:为|是|创)(?:历史同期|历史上|有史以来|历年同期|同期)[^,;:]{0,6}|(?:比|较)(?![重例率值价])[^,;:]{0,8}|[这那]?[一二两三四五六七八九十\d]{1,2}个?(?:季度|月份?|年度?)(?:分别|依次)?(?:为|是)?"
)
"""比二季度, 三个季度(分别为): a base compared with, a count of periods; 为历史同期首次突破: a record said of
the thing named before; no thing measured (比重 is one)."""


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
    s = drop_locative(_QUALIFIER.sub("", _LONG_ASIDE.sub("", _TIME_WORDS.sub("", _TICKER.sub("", text)))))
    s = _SET_PER.sub(r"\g<per>", s)  # 起征点确定为每月: the threshold per month, not the verb that set it
    changed = True
    while changed and s:
        changed = False
        s2 = unquote(s.strip("、,， "))
        lead = _LEAD.match(s2) or _EDGE.match(s2)
        if lead:
            s2 = s2[lead.end() :]
        s2 = _strip_end(_strip_end(s2, _COPULA), END_CONNECTIVES)
        s2 = _strip_end(s2, _ADVERBS)
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
    cause = list(_CAUSE.finditer(s))
    if cause and len(s) - cause[-1].end() >= 2:
        s = s[cause[-1].end() :]
    verb = _VERB_END.search(s)
    if verb:
        # 中央财政共安排, 春播已完成: the doer is the subject, unless there is none but the country
        # (全省已立案查处215家 keeps the verb)
        doer = _strip_end(s[: verb.start()], _BEFORE_VERB)
        s = doer if _SCOPE.sub("", doer) else doer + verb.group(0).removesuffix("了")
    parts = _VERB_OBJECT.split(s)
    if len(parts) > 1 and len(parts[-1].strip("的")) >= 2 and not _RATE_BASE.search(parts[-2]):
        doer, thing = parts[-2].rstrip("的"), parts[-1].strip("的")
        # 消费品工业实现利润, 冰雪场所接待游客: a one-word object keeps its owner and verb; a longer one stands alone
        owner = nominal(doer) and 3 <= len(doer) <= 8 and not _SCOPE.match(doer)
        # 本市实现生产总值: the scope stays with the thing measured; 全省规上制造企业实现利润总额: so does
        # a group of units named with its scope (the group's 利润总额, not the country's)
        group = _SCOPE.sub("", doer)
        keep = _SCOPE.fullmatch(doer) or (
            nominal(group) and 4 <= len(group) <= 12 and _GROUP_END.search(group)
        )
        s = s if len(thing) <= 2 and owner else (doer if keep else "") + parts[-1]
    s = _strip_measure_words(s).strip("、,， 的*#")
    s = noun_phrase(_weak_pair(s))
    if points_back(s) or _SCOPE.fullmatch(s) or _SCOPE.sub("", s) in ("", "有", "已有"):
        return ""
    return compact(s)


_PAIRED_TAIL = re.compile(
    r"从(?:19|20)\d{2}年[^,;。]{0,24}?到(?:19|20)\d{2}年[^,;。]*?(?:相继|先后|依次)[^,;。]*$"
)
_SET_PER = re.compile(r"(?:确定|设定|规定|核定|定|调整)(?:为|在)(?P<per>每[月年天日人户次])$")
"""A value set per unit (标准确定为每人…): the unit stays with the subject, the verb goes."""
_GROUP_END = re.compile(r"(?:企业|公司|单位|工业|行业|产业|机构|银行|集团|户|商)$")
"""A doer that names a group of units (规模以上工业企业, 国有控股企业, 外商投资企业), whose totals are its own."""


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
    m = _ENDINGS[words].search(text)
    return text[: m.start()] if m else text


def _strip_measure_words(s: str) -> str:
    """累计/新增 act as verbs at the head of a subject (累计建成…, 全国累计新增…); the measure keeps them."""
    scope = _SCOPE.match(s)
    head, rest = (s[: scope.end()], s[scope.end() :]) if scope else ("", s)
    for word in ("累计", "新增"):
        if rest.startswith(word) and len(rest) > len(word) + 1:
            rest = rest[len(word) :]
    return head + rest


_PARENTHESES = re.compile(r"[(（][^)）]*[)）]")


def head_noun(metric: str) -> str:
    """The head of a metric, to name a weak measure of it: 全省工业企业实现营业收入（不含烟草） → 营业收入."""
    s = _PARENTHESES.sub("", metric)
    thing = _VERB_OBJECT.split(s)[-1]
    s = thing if len(thing) > 2 else s  # 省重点项目完成投资 stays whole, as in subject()
    s = s.rsplit("的", 1)[-1] or s
    scope = _SCOPE.match(s)
    if scope and len(s) - scope.end() >= 2:
        s = s[scope.end() :]
    return s
