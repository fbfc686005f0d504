"""Who speaks: turn markers, questions put in reported form, and reported speech.

The genre marks turns as ``问：``/``答：`` (either colon), ``1问：``/``1.问：``, ``Q:``/``A:``, ``【问】``,
``记者：``, ``主持人：``, ``提问：``, an outlet or its reporter asking (``某某社记者：``, ``某某网：``,
``某某报记者现场提问：``), and named speakers (``张某：``, ``国家统计局新闻发言人 李某：``, ``张某回应：``).
A question is a question whoever asks it. A named label opens an answer only when the article is a
conversation (it has questions, or the label recurs), so that ``主题：副题`` headings and ``说明：`` lines are
not taken for speakers. Reported speech (``张某表示，…``, ``“…”张某说``) names a speaker without being a turn.
A label may stand on a line of its own, the turn's text under it (``李某：``, and a role and a name apart,
``某局局长 王某``, even without a colon, or boxed, ``【李某】：``). An asker may be named (``网友“某某”``,
``记者王某``). A reporter's question may be reported (``有记者问…？``, ``会上，有记者问及…？``): it is a question
when the paragraph is the question, and when a narration ends with it (``…举行记者会。有记者问，…？``), not
when an answer follows it in the paragraph or someone says it (``李某说，常有记者问他…``); quoted and then told
(``“…？”某某报记者第一个提问，…``); or stated last without a question mark when the next paragraph reports
the answer (``…某国记者问及…等。``). An editor's box (``核心提示：…``, ``编者按：…``) is nobody's turn. Labels
are matched on folded text, so ``記者：`` and ``問：`` work like ``记者：`` and ``问：``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from tui.core import chrome
from tui.core.lines import Line, undotted
from tui.core.traditional import simplify

QUESTION_LABELS = frozenset(
    {"问", "提问", "问题", "Q", "q", "主持人", "记者", "网友", "读者", "观众", "记者问"}
)
ANSWER_LABELS = frozenset({"答", "A", "a", "回答", "答复", "嘉宾"})
NARRATION_LABELS = frozenset({"解说", "旁白", "画外音", "配音", "同期声", "字幕"})
SUMMARY_LABELS = frozenset(
    {
        "核心提示",
        "内容提要",
        "提要",
        "摘要",
        "导读",
        "导语",
        "编者按",
        "编者的话",
        "按语",
        "阅读提示",
        "核心阅读",
    }
)
"""An editor's box before the text (``核心提示：…``): nobody speaks in it."""
GENERIC_LABELS = frozenset({"问", "答", "Q", "q", "A", "a", "提问", "问题", "回答", "答复"})
_ASKER_ENDINGS = ("记者", "主持人", "网友", "提问", "记者问", "记者提问")
_OUTLET_ENDINGS = (
    "通讯社", "电视台", "卫视", "日报", "晚报", "周刊", "杂志", "客户端", "频道", "传媒", "广播", "新闻",
    "社", "报", "网", "台",
)  # fmt: skip
_ANSWER_ENDINGS = ("回应", "回答", "答复", "答")

_CJK = r"\u4e00-\u9fff"
_TURN = re.compile(
    r"^(?P<bullet>[▲△●■◆★►▶]\s*)?(?:[【\[]\s*(?P<boxed>[^】\]]{1,16}?)\s*[】\]]\s*:?\s*"
    r"|(?:(?P<num>\d{1,2})\s*[.、)]?\s*)?"
    rf"(?P<label>(?:[{_CJK}]{{2,12}}、){{1,3}}[{_CJK}]{{2,12}}记者|Q(?!版)[{_CJK}·]{{2,4}}|[A-Za-z]|[A-Z]{{2,6}}(?:[{_CJK}]{{1,6}})?|《[{_CJK}·]{{2,12}}》|[{_CJK}·]{{1,16}}(?: [{_CJK}·]{{1,8}})?(?:\([{_CJK}·、]{{2,20}}\))?)"
    r"\s*(?P<num2>\d{1,2})?\s*:\s*)(?=[^\s:])"
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
"""A broadcaster or an agency named by its letters as a turn's label (``CGTN：``, ``BBC：``): it asks."""
_ASKER = (
    rf"(?:有|另有|还有|也有|一位|一名|有位|有一位|当有)?(?P<who>(?![在而当对向据从被把给让就])[{_CJK}]{{0,12}}?(?:记者|采访人员)"
    rf"|网友|媒体)[^,;:。!?的]{{0,16}}?(?:提问|问到|问道|问及|问起|询问|追问|发问|问(?![题卷责号候]))(?![后後时時过過的])"
)
"""Who asks and the verb of asking: ``有记者问``, ``有境外记者问及``, ``记者在飞机上问某某`` (not ``在某某社
记者提问后``, a clause of time before what another says); some sites print 采访人员 for every 记者 (``有采访人员问``)."""
_REPORTED_QUESTION = re.compile(
    rf"^(?:[{_CJK}\d]{{1,16}}?\s*,\s*|在[^,。!?;“”]{{2,30}}?(?:会上|会议上|现场|期间|上)\s*,\s*)?{_ASKER}"
)
"""A paragraph that puts a reporter's question, perhaps after a clause of time or place (``会上，有记者问…``,
``在今天(3月4日)上午的发布会上，某某社记者提问…``); a site that pads its punctuation with spaces writes
``会上 , 有记者问``."""
_ASKED_LAST = re.compile(rf"[。!?;]”?\s*(?:[{_CJK}\d]{{1,16}}?,)?{_ASKER}[^。!;]*\?[”’」)]*$")
"""A narration whose last sentence is a reporter's question: ``…举行记者会。有记者问，…？``."""
_ASKED_LAST_STATED = re.compile(rf"(?:^|[。!?;]”?\s*)(?:[{_CJK}\d]{{1,16}}?,)?{_ASKER}[^。!?;,“”]{{2,40}}。$")
"""A narration whose last sentence says what a reporter asked, without a question mark: ``…境外媒体先提问。
某国记者问及外贸遇到的突出困难等。``."""
_SAYS = "回应表示|回应称|回答说|回答称|回答|介绍说|表示说|解读说|解读称|告诉记者|介绍|表示|指出|认为|强调|透露|坦言|回应|解释|提到|谈到|说|称"
_SAYS_END = re.compile(rf"(?:{_SAYS})$")
_REPORTED = re.compile(
    r"^(?:(?:对此|此外|同时|另外|随后|会上|发布会上|他还|她还)\s*,?\s*)?"
    rf"(?P<who>[{_CJK}·、()]{{2,24}}?|他|她)(?:又|还|也|则|进一步|再次|同时|还特别|特别)?"
    rf"(?:在[^,。]{{1,20}}?(?:上|时|中))?(?:{_SAYS})\s*[,:]"
)
_QUOTED = re.compile(
    rf"^“[^”]{{2,}}”\s*[,]?\s*(?P<who>[{_CJK}·]{{2,24}}?)(?:在[^,。]{{1,20}}?上)?(?:{_SAYS})"
)
_NAMED_ASKER = re.compile(
    rf"(?:网友|读者|观众|听众|记者|Q)\s*(?:“[^“”]{{1,12}}”|\"[^\"]{{1,12}}\"|[{_CJK}·]{{2,4}})"
)
"""An asker named after what he is (``网友“南湖听雨”``, ``记者王某``), or after a round-up's ``Q`` (``Q王某``)."""
_HOST = re.compile(rf"主持人[{_CJK}·]{{2,4}}")
"""The host named after the word: 主持人王某 asks as 主持人 does."""
_TITLES = (
    "发言人|局长|主任|部长|司长|主席|总理|书记|负责人|行长|会长|主持人|省长|市长|区长|县长|董事长|总经理|"
    "经理|院长|委员|秘书长|署长|总裁|所长|处长|厅长|专家|教授|研究员|组长|主编|总监|大使|干事|代表|理事长"
)
_LABEL_LINE = re.compile(
    rf"^(?:(?P<label>[{_CJK}·、()《》 ]{{1,40}}?)|[【\[]\s*(?P<boxed>[{_CJK}·、() ]{{1,20}}?)\s*[】\]])\s*:$"
)
_ROLE_AND_NAME = re.compile(rf"^[{_CJK}·、()《》]{{1,30}}(?:{_TITLES})(?P<gap>\s*)[{_CJK}·]{{2,4}}$")
_LEAD_IN = re.compile(
    r"(?:如下|以下|具体|主要|其中|例如|比如|总之|备注|说明|全文|原文|实录|内容|为|是|有|包括)$"
)
_ASKED_AT_END = re.compile(r"(?:问题|提问|问道|追问|发问|问)\s*:\s*“[^“”]{2,}\?”$")
_NOT_A_NAME_START = "这那此其该据从对在就也都还但而如若即因所总简换比可应一"
_NOT_A_NAME_END = "来地得看讲话如该以是的"


@dataclass(frozen=True)
class Turn:
    """A turn marker at the start of a line: its role, the label as written, the speaker, its length."""

    role: str  # "question", "answer", "speaker" (a named label: an answer in a conversation),
    # "narration" (解说：…) or, for a host inferred by tui.core.dialogue, "host" (a greeting, no question)
    label: str
    speaker: str | None
    cut: int


def _role(label: str) -> str:
    role = label.partition("(")[2]
    if role:  # 白某（主持人）, 王某（某局局长）: a name and the role it plays
        return "question" if role.rstrip(")") in ("主持人", "记者", "主播") else "speaker"
    head = label.split(" ")[0]
    if head != label and label.rsplit(" ", 1)[1].endswith("记者"):
        return "question"  # 某某报某某经 济网记者：a stray space inside the asking outlet's name
    if head in NARRATION_LABELS:
        return "narration"  # 解说：… in a broadcast's transcript tells, it neither asks nor answers
    if head in QUESTION_LABELS or head.endswith(_ASKER_ENDINGS) or _HOST.fullmatch(head):
        return "question"
    if _NAMED_ASKER.fullmatch(label):
        return "question"  # 网友“南湖听雨”, 记者王某: the asker and his name
    if label in ANSWER_LABELS:
        return "answer"
    if outlet_label(label) or _ACRONYM.fullmatch(label) or publication_label(label):
        return "question"  # an outlet asking: 某某网：, 某某日报：, a broadcaster by its letters (CGTN：)
    if len(label) >= 3 and label.endswith(_ANSWER_ENDINGS):
        return "answer"  # 张某回应：, 张某答：
    if len(label) >= 3 and _SAYS_END.search(label):
        return "reported"  # 张某表示：“…” is reported speech, not a turn
    return "speaker"


def outlet_label(label: str) -> bool:
    """A label that names an outlet (``某某网``, ``某某日报``, ``某某电视台``, in either script): it asks at a
    press conference, or it tells the events of a live page in its own name."""
    label = simplify(label)
    return 2 <= len(label) <= 12 and label.endswith(_OUTLET_ENDINGS) and " " not in label


def publication_label(label: str) -> bool:
    """A label that is a publication's name in guillemets (``《某某周刊》：``): the magazine's own reporter puts
    its questions in the magazine's name, as its printed interviews do."""
    return len(label) >= 4 and label[0] == "《" and label[-1] == "》" and "《" not in label[1:-1]


_HOST_ASKS = re.compile(
    r"\?|请您|请问|您能|您认为|您如何|您怎么|您觉得|能否请|谈谈|说说|讲讲|介绍一下|解读一下"
)
"""What a host says when putting a question: a question mark or a request addressed to the guest."""
_OUTLET_ASKS = re.compile(r"想问|问一下|我的问题|问题是|提个问题|提一个问题")
"""What an outlet's reporter says when putting a question without a question mark (``…，我的问题是…。``)."""


_ASKS_ANYTHING = re.compile(r"吗|呢|什么|如何|怎么|怎样|哪|为何|为什么|是否|能否|有没有|多少|几")
"""The words of a question put without a question mark."""


_INVITES = re.compile(r"提问|问题|发问")
"""A host who asks for questions (``下面哪位记者提问？``): the reporter's turn after it is one."""


def answers_back(line: Line, turn: Turn, before: Line) -> bool:
    """A reporter's turn that asks nothing, right under a turn that asked him (``主持人：现场情况怎么样？``
    / ``记者：会议上午开幕，…``; the official asking back, ``即你说…？`` / ``记者：有人担心。``): he answers."""
    rest = line.folded[turn.cut :]
    return (
        turn.role == "question"
        and turn.label not in GENERIC_LABELS  # 问：… is a question by its label
        and before.folded.rstrip("”’)」").endswith("?")
        and _INVITES.search(before.folded) is None
        and _HOST_ASKS.search(rest) is None
        and _OUTLET_ASKS.search(rest) is None
        and _ASKS_ANYTHING.search(rest) is None
    )


def asks_nothing(line: Line, turn: Turn) -> bool:
    """A host's remarks that put no question (``主持人：各位记者，上午好。下面请某某介绍情况。``): the
    host's paragraph, not a question turn; so is an outlet's post on a live page that asks nothing
    (``[某某网]：发布会即将开始。``): the outlet tells what happens, in its own name. A host who only asks
    who will ask next (``下面哪位记者提问？``) puts no question to the guests."""
    if turn.role != "question":
        return False
    rest = line.folded[turn.cut :]
    host = turn.label.startswith("主持人")
    if host and len(rest) <= 30 and _INVITES.search(rest) is not None:
        return True
    if _HOST_ASKS.search(rest) is not None:
        return False
    return host or (outlet_label(turn.label) and _OUTLET_ASKS.search(rest) is None)


def _speaker(label: str, role: str) -> str | None:
    if label in GENERIC_LABELS:
        return None
    if role == "question":
        label = re.sub(r"^(?:另有|还有|也有|有)(?=.*记者)|^Q(?=[\u4e00-\u9fff])", "", label)  # Q王某: 王某
    plain = simplify(label)  # 某某記者提問 ends as 某某记者提问 does
    for ending in ("现场提问", "提问", "问"):
        if role == "question" and plain.endswith(ending) and len(label) > len(ending) + 1:
            return label[: -len(ending)]
    for ending in _ANSWER_ENDINGS:
        if role == "answer" and plain.endswith(ending) and len(label) > len(ending) + 1:
            return label[: -len(ending)]
    return label


def turn_marker(line: Line) -> Turn | None:
    """The turn marker at the start of a line, or None. Named labels come back with role ``speaker``.

    Remembered for the last lines asked (the turns of the body and its named speakers ask of the same
    lines): the marker reads the line's text and folded text alone (its ideographs counted from the text),
    so those two are the key, and a Turn is frozen."""
    return _turn_marker(line.text, line.folded)


@lru_cache(maxsize=8192)
def _turn_marker(text: str, folded: str) -> Turn | None:
    line = Line(0, len(text), text, folded)
    m = _TURN.match(line.folded)
    if not m:
        return None
    start, end = (m.start("boxed"), m.end("boxed")) if m["boxed"] else (m.start("label"), m.end("label"))
    label = line.text[start:end]
    if (m["boxed"] or m["label"]).strip() in SUMMARY_LABELS:
        return None  # 核心提示：… is the editor's summary, no turn
    role = _role(m["boxed"] or m["label"])
    if role == "reported":
        return None
    if m["boxed"] and role == "speaker" and not 2 <= len(label) <= 8:
        return None  # 【要闻】… is a tag, not a speaker
    if (m["num"] or m["num2"]) and role == "speaker":
        return None  # 1.主要任务：… is a point, not a speaker
    if _ACRONYM.fullmatch(label) and ("?" not in line.folded[m.end() :] or line.cjk == 0):
        return None  # GDP：增长5%: a measure's letters; CCTV: … in English: a bilingual page's translation
    if publication_label(label) and "?" not in line.folded[m.end() :]:
        return None  # 《规划》：到2025年… quotes a document; a magazine's label asks
    if label.strip() in ("Q", "A") and line.cjk == 0:
        return None  # Q: … A: … in English under the Chinese turn: a bilingual page's translation of it
    if m["bullet"] and role == "speaker":
        return None  # ●稳增长：… is a heading; ▲某某社记者：… a question
    return Turn(role, label, _speaker(label, role), m.end())


def label_line(line: Line) -> Turn | None:
    """A speaker's label on a line of its own, the turn's text in the paragraphs under it, as transcripts
    print it: ``李某：``, ``国家统计局新闻发言人 毛某：``, ``某某局局长 王某`` (a role and a
    name, even without a colon), ``主持人：``. A lead-in (``全文如下：``, ``具体办法为：``) is no label."""
    folded = line.folded
    m = _LABEL_LINE.match(folded)
    label = (m["label"] or m["boxed"]).strip() if m else folded
    if m is None and not ((named := _ROLE_AND_NAME.match(folded)) and named["gap"]):
        return None  # without a colon, only a role and a name apart: 某某局局长 王某
    if _LEAD_IN.search(label) or label[0] in _NOT_A_NAME_START or _SAYS_END.search(label):
        return None
    role = _role(label)
    if role == "reported":
        return None
    plain = label.replace(" ", "")
    if role == "speaker" and not (2 <= len(plain) <= 3 or _ROLE_AND_NAME.match(plain)):
        return None  # a bare name has two or three characters; anything longer must end in a role and a name
    if m and m["boxed"]:
        written = line.text[m.start("boxed") : m.end("boxed")].strip()
    else:
        written = line.text[: len(label)] if m else line.text
    return Turn(role, written, _speaker(written, role), len(line.text))


@lru_cache(maxsize=4096)
def names_a_person(folded: str) -> bool:
    """A line that only names a person, with the office before the name or alone (``某某局局长高某某``,
    ``某某局局长 高某某``, ``高某某``), as a 部长通道 piece heads each speaker's part.

    Remembered for the last lines asked (the turn and heading passes ask it of the same lines four times
    over): a pure function of the folded line."""
    plain = undotted(folded.replace(" ", ""))  # a mirror's pinyin glosses (經(jīng)) add no name
    return _ROLE_AND_NAME.match(plain) is not None or (
        2 <= len(plain) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in plain)
    )


def asked_at_end(line: Line) -> str | None:
    """A paragraph of narration that ends with the question put (``…喊出了自己的问题：“…？”``, ``…举行记者会。
    有记者问，…？``): the asker as written when the text names one, else an empty string; None when the
    paragraph does not end so."""
    if _ASKED_AT_END.search(line.folded) is not None:
        return ""
    m = _ASKED_LAST.search(line.folded)
    return line.text[m.start("who") : m.end("who")] if m else None


def asked_stated(line: Line) -> str | None:
    """The asker, as written, when a paragraph's last sentence states a reporter's question (``某国记者问及
    经济面临的主要困难等。``); the caller makes sure that the next paragraph answers it."""
    m = _ASKED_LAST_STATED.search(line.folded)
    return line.text[m.start("who") : m.end("who")] if m else None


def named_speakers(lines: list[Line], forms: list[str | None]) -> set[str]:
    """Labels that open answers: short, not heading-shaped, in a conversation (questions, or recurring).
    A short line that reads as a question (``岩松：钱从哪里来？``) counts when its label recurs on such
    lines: a host's name, not the theme of a question heading (``稳增长：下半年怎么干？``)."""
    labels: Counter[str] = Counter()
    asking: Counter[str] = Counter()
    has_question = False
    for line, form in zip(lines, forms, strict=True):
        turn = turn_marker(line)
        if turn is None:
            continue
        if turn.role == "question":
            has_question = True
        elif turn.role == "speaker" and len(turn.label) <= 16:
            rest = line.folded[turn.cut :]
            if form == "question":
                asking[turn.label] += 1
            elif form is None and (rest[-1:] in chrome.CLOSING or len(rest) > 40):
                labels[turn.label] += 1
    named = {label for label, n in labels.items() if has_question or n >= 2}
    return named | {label for label, n in asking.items() if n >= 2 and 2 <= len(label) <= 4}


def reported_question(line: Line) -> str | None:
    """The asker of a question put in reported form (``有记者问：…？`` → 记者), when the line is the question:
    it ends with the question mark, and no sentence ends before (the answer is not in it) unless a colon
    opens the question, whose background sentences then come before its ask."""
    m = _REPORTED_QUESTION.match(line.folded)
    if not m or not line.folded.rstrip("”’)」").endswith("?"):
        return None
    if _SAYS_END.search(line.folded[: m.start("who")].rstrip(",有还也另一位名当")):
        return None  # 李某说，常有记者问他：…？ is what 李某 says
    rest = line.folded[m.end() :]
    if any(mark in rest for mark in "。!;") and not rest.startswith(":"):
        return None  # after 有记者问： the question may give its background first, sentences and all
    return line.text[m.start("who") : m.end("who")]


_QUOTED_QUESTION = re.compile(r"^“[^“”]{2,}\?”")
_ASKS_AFTER_QUOTE = re.compile(
    rf"^[^。“”]{{0,24}}?(?P<who>[{_CJK}]{{0,12}}?记者|网友)[^。“”]{{0,16}}?(?:提问|问道|发问|追问|问(?![题卷责号候])|提出[^。“”]{{0,20}}问题)"
)
"""Who asked the question quoted before: ``…记者第一个提问``, ``…记者提出了大家关注的问题``."""


def quoted_question(line: Line) -> str | None:
    """A paragraph that quotes a reporter's question and says who put it (``“…？”某某报记者第一个提问，把
    问题抛给了…``): the asker as written; None when someone else asks (``“…？”张某问``) or the answer
    follows in the paragraph (another quote)."""
    folded = line.folded
    m = _QUOTED_QUESTION.match(folded)
    if m is None or "“" in folded[m.end() :]:
        return None
    asked = _ASKS_AFTER_QUOTE.match(folded[m.end() :])
    if asked is None:
        return None
    start = m.end() + asked.start("who")
    return line.text[start : m.end() + asked.end("who")]


def reported_speaker(line: Line) -> str | None:
    """Who speaks in reported speech (``张某表示，…`` or ``“…”张某说``), as written; None when nobody."""
    m = _REPORTED.match(line.folded) or _QUOTED.match(line.folded)
    if not m:
        return None
    who = line.text[m.start("who") : m.end("who")]
    folded = line.folded[m.start("who") : m.end("who")]
    if folded in ("他", "她"):
        return who
    if (
        folded[0] in _NOT_A_NAME_START
        or folded[-1] in _NOT_A_NAME_END
        or any(c in folded for c in "的了并问")
    ):
        return None
    return who
