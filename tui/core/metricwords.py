"""The words and patterns :mod:`tui.core.metrics` reads a clause with: verbs of change and comparison, the
copulas, adverbs and leading connectives stripped from a subject, and the verbs that end a doer.

Split from :mod:`tui.core.metrics` (which reads the clause) so that the word lists, which grow with every
set of articles, are kept apart from the reading. Everything works on folded text.
"""

from __future__ import annotations

import re

from tui.core.figwords import EDGE_CONNECTIVES, END_CONNECTIVES
from tui.core.vocab import CJK, SCOPE_WORDS, alternation

CHANGE_VERBS = (
    "增长|增加|下降|减少|提高|提升|降低|回落|回升|上升|下滑|下行|上行|扩大|收窄|加快|放缓|上涨|下跌|少增|多增|持平|缩短|缩减|增产|减产|增收|减收|"
    "压缩|压减|压掉|砍掉|减掉|削减|节约|偏多|偏少|下调|上调|变化|变动|翻了一番|翻番|高出|成长|衰退|增|降|涨|跌|(?<![免抵加])[减減]|多|少|快|慢|(?<!新)高|(?<!新)低"
)
"""Verbs of change (创历史新高 ends with no 高 of change)."""
RELATIVE = r"(?:快于|慢于|高于|低于|好于|超出|多于|少于)[^,;。:]{0,12}?"
_BASE = (
    r"(?:(?:同比|环比|按年|按月|按季)[^,;。:比较]{0,10}?|(?:[一二两三四五六七八九十\d]+年)?平均|年均|(?:同口径)?可比|(?<![同环])(?:比|较)(?!重|例|率|如|方)[^,;。:比较]{1,14}?|与[^,;。:]{1,14}?相比|和[^,;。:]{1,10}?相比|"
    r"(?:从|由)[^,;。:]{0,16}?|"
    rf"(?<=[{CJK}])(?<![今去明上本当當每全半同周近前一二两兩三四五六七八九十])年(?=[增減减]))"
)
"""A base compared with: 同比, 比上年, 与…相比, and Taiwan's 年增/年減 (year on year)."""
COMPARE = re.compile(
    rf"(?P<cmp>{_BASE}?(?:分别|分別)?(?:名义|实际)?(?:{RELATIVE}|(?:正|负)?(?:{CHANGE_VERBS})(?:了)?)"
    r"(?:到|至|为)?|(?:提高|提升|降低|下降|增加|减少|回升|回落|上升|恢复|加快|放缓|缩短|压缩|扩大|收窄)(?:了)?(?:到|至|为)"
    r"|(?:升|降|增|减|涨|跌|压|砍|缩)(?:至|为|到)|(?:修改|修订|调整|变更|下调|上调|改|转变|变|转)(?:为|成|至|到)|(?<=目标)(?:设|定)(?:为|在)|(?:是|为|相当于|完成|达到|接近|超过)[^,;。:]{1,14}?的"
    r"|同比|环比|按年|按月|按季)"
    r"(?P<tail>(?<=[到至为])了|(?:大概|大约|大致|差不多)|(?:达到|达|为|至|到|超过|超|逾|近|(?<![合公条契节制预履违签])约)?)$"
)
SHARE_COPULA = re.compile(r"(?:分别|均|都)?(?:为|是|达到|达|由|从)?$")
SHARE = re.compile(r"占(?P<of>[^,;。:占]{1,30}?)(?:(?:的)?(?P<what>比重|比例|份额|比)(?:为|达|达到|是)?|的)$")
COPULA = (
    "更是", "约为", "分别为", "均为", "分别是", "分别达", "分别达到", "达到了", "达到", "达", "为", "是", "有", "共有",
    "保持在", "控制在", "稳定在", "维持在", "在", "录得", "报", "占", "相当于", "合计", "累计", "共计",
    "总计", "超过了", "超过", "突破", "已破", "已", "已经", "仅", "只有", "约", "大约", "从", "由", "就", "接近",
    "折合", "约合", "折算", "合", "也就是", "就是", "大体是", "大概是", "保持", "不过", "收于", "收报", "报收",
    "收盘于", "收盘报", "收在",
)  # fmt: skip
BEFORE_VERB = ("共", "已", "均", "都", "也", "还", "将", "可", "先后", "累计", "合计", "分别")
"""Adverbs that stand between a doer and its verb (中央财政共安排): stripped once the verb is."""
LEAD = re.compile(
    r"^(?:(?:的)?基础上(?:又|再|还)?|(?:人民币|美元|欧元|港元)?/(?:月|年|人|天|日|户|吨|次)|NO\.?\s?\d{1,2}\s*|\d{1,2}、|[一二三四五六七八九十]{1,2}[是看]|这(?:也|还)?是(?:在|自|从)?|第[一二三四五六七八九十]{1,2},|首先|其次|其中|比如说|比如|比方说|例如|譬如|同时|此外|相比(?:于|之下)?|相较于?|比起|另外|而且|并且|但是|所以|因此|因而|从而|那么|于是|然而|甚至|即使|哪怕|尽管|虽然|虽说|(?:无论|不管|不论)是?|但|而|并|且|即|以致|致使|致(?![力富辞詞敬谢謝电電])|总体看|总的看|总体来看|整体看|具体看|总体上|"
    r"分(?:行业|产品|地区|领域|区域|类型|产业|月份|季度|月)看|从[^,;。]{1,10}(?:来)?看|目前|当前|现在|"
    r"扣除[^,;。]{1,12}?(?:因素|影响)(?:影响)?(?:后|外)?|扣除[^,;。]{1,20}?(?:后|外)|按(?:照)?[^,;。]{1,12}?(?:计算|统计|口径)|初步(?:估算|核算|匡算|统计|测算)|"
    r"据[^,;。]{0,16}?(?:统计|显示|测算|监测)|根据[^,;。]{0,20}|据|数据显示|仅仅|仅|统计显示|监测显示|这样的|这些|这种|这个|这|该|其(?![他它余])|"
    r"我们|全国各地|各地|预计|约|近|累计|共计|合计|共|总计|已经|已|一共|总共|特别是|尤其是|包括|大致是|"
    r"大约是|大概|约有|只要|如果|假如|要想|想要|建议|按照|按|在|对|把|将|力争|确保|争取|计划|预计|折合成?(?:美元|人民币|欧元|日元|港元)?|约合(?:美元|人民币)?|(?:人民币|美元|欧元|日元|港元)?[(（](?:等值|约合|折合|合|约)?|也就是|就是|大体是|大体|大概是|"
    r"为[什甚]么说|为[什甚]么|为何说|为何|怎么看待?|如何看待?|怎样看待?)"
)
EDGE = re.compile(f"^(?:{'|'.join(EDGE_CONNECTIVES)})(?=..)")
"""A connective at the head of a clause read from the figure before (…1.6万亿元和|铁路资金1000亿元)."""
ADVERBS = (
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
VERB_OBJECT = re.compile(rf"(?:{_INNER_VERBS})(?:了)?(?!比例|比率|进度|進度|率)")
"""… unless a rate of the verb follows it: 下达比例, 拨付进度, 签约率 are one noun, the rate of doing it."""
VERB_END = re.compile(rf"(?:{_VERBS})(?:了)?$")
RATE_BASE = re.compile(r"每[^,;。:]{1,6}$")
"""每万人, 每千人口: the base of a rate, which keeps the verb after it (每万人拥有…)."""
MEASURE_END = re.compile(r"(?:新增|累计|合计|共计)(?:了)?$")
"""The measure words right before a number (就业新增20万人): the measure, neither metric nor comparison."""
CAP_END = re.compile(r"(?:最高|最多|最低|最少)$")
"""A cap or a floor right before a number (给予最高300万元奖补资金): a bound on the value, no part of the
metric; the clause before it ends where it starts (on the verb 给予, so the thing after the number counts)."""
CAUSE = re.compile(r"(?:可使|能使|将使|使得|使(?!用)|可为|能为|将为|可让|让)")
TIME_WORDS = re.compile(
    r"连续(?:[\d一二两三四五六七八九十]+|多)个?(?:年|月|季度|周)|第[一二三四五六七八九十\d]+周|原来|此前|以前|(?<![上本当])月[末底]|"
    r"[(（]\s*[)）]"
)
"""Time words left in a subject once its periods are cut out (第一周（…）, 连续5年, 原来的), and empty brackets."""
WEAK = frozenset(
    ("增速", "降幅", "增幅", "涨幅", "跌幅", "增长", "下降", "占比", "比重", "总量", "规模", "增量", "同比",
     "环比", "分别", "名义", "实际", "其中", "全年", "合计", "累计", "数量", "比例", "水平", "速度", "数据",
     "同时", "方面", "期间", "时候", "以来", "每年", "每月", "每天", "每日", "每周", "当年", "当月")
)  # fmt: skip
BARE_VERBS = frozenset(
    ("实现", "保持", "达到", "完成", "取得", "维持", "录得", "迎来", "创下", "突破", "超过", "重回", "重返", "回到",
     "站上", "跌破", "升破")
)  # fmt: skip
"""A verb left alone before a number (实现7%的增长) names nothing measured: the subject is carried."""
SCOPE = re.compile(rf"^(?:{alternation(SCOPE_WORDS)})")
_CHANGE_WORDS = "|".join(w for w in CHANGE_VERBS.split("|") if len(w) >= 2 and "(" not in w)
"""The change verbs of two characters or more (高, 多 and 增 alone start nouns too: 高新技术企业)."""
NOT_NOMINAL = re.compile(
    rf"^(?:可以|能够|有望|可望|呈|是|有|要|将|已|也|都|在|为|对|把|从|由|向|按|据|以|经(?![济营费贸销纪理])|通过|随着|受(?!访|益|灾)|因|迅速|大幅|明显|稳步|进一步|"
    rf"持续|不断|已经|仍然|再(?!生|就业|贷款|融资|保险|制造|教育|担保|贴现|分配|循环)|同比|环比|翻|波动|近年|最(?!终)|创(?![业新投])|居(?![民住家室])|位居|历史|[多少增][一二两三四五六七八九十\d]|{_CHANGE_WORDS}|每[天日周月年人户家]$|[一二三四五六七八九十两\d]+(?:大|个))"
)


CJK_CHAR = re.compile(f"[{CJK}]")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_GUARDED = {
    "均": "(?<![平人年月日户])均",
    "达": "(?<![下传送表到抵转直通发發傳達轉])达",
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
理由, 自由; 下达, 送达 are whole verbs, no 达 of a value reached; 合约, 公约; 通报, 年报 are no 报 of a price quoted)."""
ENDINGS: dict[tuple[str, ...], re.Pattern[str]] = {
    words: re.compile(
        "(?:" + "|".join(_GUARDED.get(w, re.escape(w)) for w in sorted(words, key=len, reverse=True)) + ")$"
    )
    for words in (COPULA, ADVERBS, BEFORE_VERB, END_CONNECTIVES)
}
"""Each word list as one pattern anchored at the end (longest word first)."""
