"""The thing a number counts, written after it: 45个|国家先进制造业集群, 拥有36位|院士, 60%的|产能恢复率.

When the clause before a number has no subject of its own, ends with a verb (设立, 拥有) or a list mark, what
the number measures is the noun phrase written after it (:func:`entity_after`); :func:`ends_with_verb` and
:func:`ends_with_batch` tell those clauses. Works on folded text (:func:`tui.core.figures.figure_fold`).
"""

from __future__ import annotations

import re

from tui.core.figwords import FRAME_NOUNS, JUDGEMENTS
from tui.core.metrics import clause_end, meaningful
from tui.core.metricwords import NOT_NOMINAL
from tui.core.nounphrase import noun_phrase
from tui.core.vocab import CHANGE_VERBS, CJK, COUNTED_NOUNS, RATE_NOUNS, alternation

_WORD_START = re.compile(f'[{CJK}“"‘]')
_ENTITY_STOP = re.compile(
    r"[,;。:!?、\d…】」』〕]|的|和|及|与|等|是|在|已|也|都|均|又|将|比|较|占|达|到|从|由|向|对|把|被|共(?!同)|为|还|尚|"
    r"使(?!用)|让|令|主动|纷纷|相继|先后|集体|一起|依次|轮流|得(?!分|益|主|票)|并(?!购|网|联|行)|就(?!业|医|学)|"
    r"分批|分组|轮番|逐一|一同|一道|走上|走到|走进|接受|回答|出席|亮相|登上|发言(?!人)|做客|围绕|"
    r"可以|可能|能够|同比|环比|增长|下降|提高|超过|进行|提出|发生|认为|通过|依靠|得到|获得|实现|参与|参加|"
    r"明显|大幅|稳步|持续|不断|有所|随时|陆续|全部|全都|准备|驰援|建设|投入|投产|开工|完成|提供|用于|支持|带动|保障|"
    r"满足|送|需要|启动|分布|覆盖|惠及|入选|波动|上榜|参保|受益|获批|主导|产值|增加值|营业收入|利润|总额|余额|"
    r"表示|反映|转给|交给|发给|送给|拨给|复工率|开工率|保持|位居|居于|处于|稳|排名|入围|规模以上|规上|合计|累计|共计|总计|"
    r"(?:之|以)?后(?=[,;。:!?]|$)|[中里](?=[,;。:!?]|$)|(?<![体关派联院])系(?![统列数])|首次|首度|再次|[提谈说问]到|(?<=..)答(?![案卷辩])|(?<=..)了(?!解)|打下|奠定|"
    rf"{alternation(JUDGEMENTS)}"
)
"""Where the noun phrase after a number ends: punctuation, a function word, an adverb or a verb (系 as the
copula of formal copy: 9个部门系首次亮相), or a locative that closes it (11个提问中，…)."""
_ENTITY_SKIP = re.compile(
    r"像[^,;。:!?]{1,10}?(?:那样|那么|一样)的?|来自[^,;。:!?的]{2,24}?的"
    r"|(?:共|合计)?(?:[\d.,一二两三四五六七八九十百千万亿]+多?[个名人家支项]?)?(?:的|是(?!否)|为)"
)
"""What may stand between a number and the thing it counts: 的, 是, or 共 and a second number (6支共700多人的),
an example given of it (11个像甲族那样的少数民族), where they come from (8位来自不同行业、不同地区的委员)."""


def entity_after(
    folded: str, end: int, uses: bool = False, questions: bool = False
) -> tuple[str, int] | None:
    """The thing counted, written after the number, and where it ends.

    45个|国家先进制造业集群, 60%的|产能恢复率, 6支共700多人的|医疗队, 2.9万家是|高新技术企业, 7|省份. With
    ``uses`` (an amount of money), also what it is for: 其中7000亿元|支持“两重”建设; with ``questions`` (a count
    in 个), the questions of the people named: 19个|中外记者的提问 (上百位|记者 counts the reporters).
    """
    stop = clause_end(folded, end, 30)
    at = end
    skip = _ENTITY_SKIP.match(folded, at, stop)
    if skip:
        at = skip.end()
    counted = next((n for n in COUNTED_NOUNS if folded.startswith(n, at)), None)
    if counted and at == end:
        return counted, at + len(counted)
    if (
        at == end
        and folded.startswith(("”", '"'), at)
        and _QUOTED_BEFORE.search(folded, max(0, end - 16), end)
    ):
        at += 1  # “5.5%左右”目标: the value quoted, the thing it is written after the quote
    if folded.startswith("人民币", at):
        at += 3  # 70万亿元人民币大关: the currency written out again
    phrase = folded[at:stop]
    if _NOT_COUNTED.match(phrase):
        return None
    doing = _DOING.match(phrase) if at == end and _THERE_ARE.search(folded, max(0, end - 20), end) else None
    if doing:
        return doing.group(0), at + doing.end()  # 有近4亿人经常参加体育锻炼: the people who do what follows
    use = _USE.match(phrase) if uses and at == end else None
    if use:
        phrase = phrase[: (_LIST_END.search(phrase, use.end()) or _END_OF(phrase)).start()]
        return (phrase, at + len(phrase)) if len(phrase) > use.end() + 1 else None
    if not phrase or not (_WORD_START.match(phrase) or phrase[0].isalpha() or _TECH_NAME.match(phrase)):
        return None
    rate = _RATE.match(phrase) or (_WEAK_RATE.match(phrase) if folded.startswith("的", end) else None)
    if rate and at > end:  # 1.8%的同比涨幅中, 7%的速度使…: the rate the number is
        return rate.group(0), at + rate.end()
    close = phrase.find("”")
    if close > 0 and "“" not in phrase[:close]:
        phrase = phrase[:close]  # “…0.4%的正增长来之不易”: the quote that holds the value closes the phrase
    m = _ENTITY_STOP.search(phrase, 1)
    if m:
        rest = phrase[m.start() :]
        phrase = phrase[: m.start()]
        if _QUALIFIED.fullmatch(phrase) and rest.startswith("的"):
            # 8.2万符合条件的|失地农民: the qualifier says which ones, the people after 的 are counted
            at, phrase = at + len(phrase) + 1, rest[1:]
            m = _ENTITY_STOP.search(phrase, 1)
            rest, phrase = (phrase[m.start() :], phrase[: m.start()]) if m else ("", phrase)
        asked = _QUESTIONS.match(rest) if questions else None
        if asked:  # 回答了12个记者的提问: the questions are counted, not the reporters
            phrase, rest = phrase + asked.group(0), rest[asked.end() :]
        if len(phrase) == 1 and rest[:1] not in ",;。:!?、的":
            phrase += rest[
                : 15 - len(phrase)
            ]  # 12个市|实现资金市级统筹: a one-character noun takes its clause
            judged = _JUDGED.search(phrase)
            phrase = phrase[: judged.start()] if judged else phrase  # 0.4%的正增长来之不易
    phrase = noun_phrase(
        phrase.rstrip('“"‘'), head=False
    )  # 3500元的起征点计算: the threshold, not how it is used
    named = _TECH_NAME.match(phrase) is not None  # 5G基站 starts with a digit that stops no name
    a_rate = _CHANGE_RATE.match(phrase) is not None  # 7%的增长速度: a rate is a noun
    if (
        not meaningful(phrase)
        or (NOT_NOMINAL.match(phrase) and not a_rate)
        or (
            not named
            and not a_rate
            and _ENTITY_STOP.match(phrase)
            and not _GROUP_EVENT.match(folded, end - 1)
        )
    ):
        return None
    if _MOVED_TO.match(phrase):
        return None  # 由一季度末的5.2%降至…: where the value went, not a thing it counts
    if _EDIT_VERB.fullmatch(phrase) and folded.startswith(("为", "成", "至", "到"), at + len(phrase)):
        return None  # 19564字修改为…: a verb of change, not a thing counted (57家媒体的101名记者到会 is)
    if len(phrase) >= 3 and phrase.endswith("有") and re.match(rf"{re.escape(phrase)}\d", folded[at:]):
        # 15个问题有8个…, 19个问题中有12个: the questions, of which some are counted next
        phrase = phrase[:-2] if phrase.endswith("中有") else phrase[:-1]
    return phrase, at + len(phrase)


_GROUP_EVENT = re.compile(r"场集体[\u4e00-\u9fff]")
"""8场集体采访: events held for a group, counted by 场 (集体 elsewhere says how a group acts: 代表们集体亮相)."""
_QUALIFIED = re.compile(r"(?:符合|满足|具备|具有|达到|符合有关)(?:条件|要求|标准|规定|资格|政策)")
"""符合条件, 满足要求: a qualifier written before 的 and the thing it picks out, no thing counted itself."""
_THERE_ARE = re.compile(
    r"(?:^|[,;。:!?])(?:目前|现在|如今|全国|全省|全市)?(?:已|共|约|还)?有(?:近|约|超过|超|逾)?[\d.]+[万亿]?人$"
)
"""有近4亿人: a count of people said to exist, with no subject, so what they do is what is counted."""
_DOING = re.compile(
    rf"(?:经常|定期|每天|每周|每年|常年|长期)?(?:参加|参与|使用|享受|享有|从事|接受)[{CJK}]{{2,10}}"
)
"""经常参加体育锻炼, 享受最低生活保障: what the people counted do, the metric of a count with no subject."""


_QUOTED_BEFORE = re.compile(r"[“\"][^“”\",;。:]{0,12}$")
"""The opening quote of a value quoted alone (“5.5%左右”)."""
_MOVED_TO = re.compile(rf"(?:{alternation(CHANGE_VERBS)}|升|降|增|减|涨|跌)(?:至|到|为)")
_QUESTIONS = re.compile(r"的(?:提问|问题)")
"""What a count of questions is written after the people who asked them (19个中外记者的提问)."""
_CHANGE_RATE = re.compile(r"(?:增长|下降|上涨|下跌|发展|增加|减少)(?:速度|幅度|率|目标)")
"""增长速度, 下降幅度, 增长率, 增长目标: the rate of a change (or its target), a noun though it starts with the
verb."""
_EDIT_VERB = re.compile(
    r"(?:修改|修订|调整|变更|改|增加|减少|提高|降低|提升|下降|上升|扩大|缩小|压缩|压减|削减|增长|回落|回升|下调|上调|减|增)"
)
"""The verbs a number of words or items is changed by (19564字修改为…), which are no thing counted."""
_TECH_NAME = re.compile(r"\d[A-Z]")
"""1万多个5G基站: a name that starts with a digit and a Latin letter (5G, 4K, 3D)."""
_RATE = re.compile(rf"(?:同比|环比)(?:{alternation((*RATE_NOUNS, '增长', '下降'))})")
_WEAK_RATE = re.compile(
    rf"(?:速度|幅度|{alternation(RATE_NOUNS)})(?=$|[^\u4e00-\u9fff]|使|让|令|也|都|并|是|在|上|中)"
)
"""保持20%以上的增幅, 7%的速度使…: a rate said of what the clause names (or of nothing named)."""
_JUDGED = re.compile(alternation(JUDGEMENTS))
_NOT_COUNTED = re.compile(
    r"(?:的)?(?:[两三四五六七八九十]{1,2}[道个])?(?:大关|关口|台阶|基础上|基础|水平上|水平线|区间|范围内|以内)|一点|一些|才|便能|就能|方能|会有|会是|将有"
    r"|(?:的)?(?:历史)?(?:新高点|新高|高点|新纪录|纪录|新峰值|峰值|最高值)"
    rf"|(?:的)?(?:{alternation(FRAME_NOUNS)})"
)
"""What follows a number without being counted by it: a threshold (突破70万亿元大关), a base (在1%的基础上), a
record it sets (创下了8.3万亿元的新高点),
the condition it is (需要增长8%才能达到…: only then), what is said of it (与…的52人会有重复: a modal, no noun)."""


_USE = re.compile(r"(?:加力支持|重点支持|支持|用于|投向|专项用于)")
"""What an amount of money is for, written right after it (7000亿元支持“两重”建设)."""
_LIST_END = re.compile(r"[、,;。:!?]")


def _END_OF(text: str) -> re.Match[str]:
    return re.compile(r"$").search(text)  # type: ignore[return-value]


_VERB_BEFORE_COUNT = re.compile(
    r"(?:设立|新建|建成|推进|发行|派出|推送|调配|收到|培养培训|培养|培训|拥有|有|开放|救治|转移|下达|投放|组织|举办|"
    r"开展|认定|培育|引进|带动|吸引|发放|处罚|立案侦查|公布|出台|印发|争取|确定|安排|建设|打造|实施|启动|推出|"
    r"征用|建立|来自|剩下|收到|到|出台|增加|新增|支撑|保障|满足|容纳|给予)(?:了|着)?$"
)
"""Verbs whose object is the thing counted after the number (设立500亿元专项资金, 拥有36位院士)."""
_BATCH = re.compile(r"(?:第[^,;。]{1,3}|首)批$")


def ends_with_batch(text: str) -> bool:
    """工信部公告的第一批: an ordinal batch, after which the number counts the thing written next."""
    return _BATCH.search(text) is not None


def ends_with_verb(text: str) -> bool:
    """设立, 新建, 派出了…: the figure is the object of a verb and the counted thing follows it."""
    return _VERB_BEFORE_COUNT.search(text) is not None
