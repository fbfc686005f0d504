"""Heading forms: the shape a line takes when it can head a section, judged from the line alone.

``heading_form`` names the form of a heading-shaped line (``bullet``, ``bracket``, ``numbered``, ``labelled``,
``plain`` or ``question``) or says the line cannot be a heading: a sentence, a caption cut off, a table row, a
date label, an enumerated point, a quote alone. It is a pure function of the line's folded text (memoised), so
it must never look at other lines; which heading-shaped lines are headings is ``headings.decide_headings``'s
business.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core import chrome
from tui.core.headitems import FIGURE_CRY
from tui.core.lines import Line, words
from tui.core.meta import ISSUER
from tui.core.traditional import simplify

BULLETS = "●○◆◇■□▲△★☆•▶►◎"
_CN = "一二三四五六七八九十"
_NUMBERED = re.compile(
    rf"^(?:[{_CN}]{{1,3}}、|\((?:[{_CN}]{{1,3}}|\d{{1,2}})\)|\d{{1,2}}\s*[.、](?!\d)|no\.?\s*\d{{1,3}}(?!\d)"
    rf"|第[{_CN}\d]{{1,3}}(?:部分|章|篇|节|单元)|关注点[{_CN}\d]{{1,2}}|[①②③④⑤⑥⑦⑧⑨⑩])",
    re.IGNORECASE,
)
_SECTION_QUESTION = re.compile(rf"^[{_CN}]{{1,3}}、[^?]+\?$")
"""A question numbered as a section (``一、新规出台的背景是什么？``): the section's title, its answer under it
(``答：…``); a digit's (``1、…？``) numbers the questions of a 答问."""
COUNTED_ITEM = re.compile(
    r"^\(?\d{1,2}\s*[、.)]\s*\d+(?:\.\d+)?\s*(?:次|场|个|项|家|名|位|批|条|件|天|轮|期|所|座|辆|台|套|篇|份|部|类|种)"
)
"""An item that gives a count right after its number (``1、3次全体会议``, ``2、1场集体采访``): a list's item, no
heading."""
DIGIT_ITEM = re.compile(r"^(?P<mark>\(?)(?P<n>\d{1,2})\s*(?P<sep>[、)]|\.(?!\d))")
"""A digit that numbers a line: ``1、``, ``2.``, ``(3)`` (not a decimal's ``1.5``)."""
LABELLED = re.compile(
    rf"^(?P<label>疑惑|疑问|问题|关键词|看点|焦点|亮点|热点|要点|细节|信号|变化|话题|追问)"
    rf"(?:[{_CN}]{{1,3}}|\d{{1,2}})\s*[:、]"
)
"""A heading that numbers its label (``疑惑一：…为何不一致？``, ``看点二：…``, ``关键词3、…``): one of a run of
them, a question or a statement alike."""
_TOPIC_LABEL = re.compile(r"(?:谈|谈谈|聊|论|说说)(?!到|及|起|过|话|判|论)[\u4e00-\u9fff·“”\"]{3,24}:")
"""A topic's label over the quotes on it (``谈今年经济增长：``, ``论营商环境：``): a heading, colon and all; a
lead-in (``谈到这个问题时，他说：``) is none."""
_SAYS_AT_END = re.compile(r"(?:说|表示|指出|强调|认为|回答|时|道):$|[他她我你们]")
_TABLE_ROW = re.compile(r"[^\s。!?;]{1,16}(?:(?:\s{3,}|\t)[-+]?[\d,]+(?:\.\d+)?%?)+")
"""A table's row printed as a line: a label, then numbers each after a run of spaces (``2019年合计      12.34``)."""
_BRACKETED = re.compile(r"^【[^】]{1,30}】$|^\[[^\]]{1,30}\]$")
_DIGEST_ITEM = re.compile(r"^no\.?\s*\d{1,3}\s*[^\d\s.]", re.IGNORECASE)
"""A digest's numbered item (``NO.5  某店被曝…？称…``): a headline, with its question or exclamation inside."""
_DATE_LABEL = re.compile(
    r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:[上中下]午|晚间?|晚上|凌晨|早上)?"
    r"|(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"
)
"""A day alone on its line (``3月3日``, ``3月8日上午``): a round-up's date label, no heading of its own."""
_SCRIPT_LABEL = re.compile(r"^[【\[](?:同期声?|解说词?|画外音|现场声|字幕|采访|出镜)[】\]]")
"""A label of a video's script (``【同期】某某社记者 王某``, ``【解说】``): who speaks next, no heading."""
_POINT_START = re.compile(
    rf"^(?:[{_CN}]{{1,3}}是|第[{_CN}]{{1,3}}\s*(?:[,、:]|是)|其[{_CN}]\s*[,、:]|(?:首先|其次|再次|最后)\s*,)"
)
_FRAMED_QUESTION = re.compile(
    r"^(?:有人|有记者|记者|不少人|很多人|许多人|网友|有网友|也有人|还有人|有观点|有声音)"
)
_OPENS_LIKE_A_REPORT = re.compile(
    rf"^(?:(?:\d{{4}}年)?(?:\d{{1,2}}|[{_CN}]{{1,3}})月(?:\d{{1,2}}|[{_CN}]{{1,3}})日"
    r"(?:上午|下午|晚间|晚上|早上|中午|凌晨|傍晚|晚)?|近日|日前|昨天|昨日|今天|今日|当天|当日)\s*,"
)
_NEEDS_MORE = "、“‘《(【"
_QUOTE_ONLY = re.compile(r"“[^“”]*”")
TRAILERS = "”’)」』】》"
_QUOTED_HEAD = 20
"""The longest phrase in quotes that a subhead quotes (a speaker's words that long are a quote)."""
_QUOTED_REACH = 12
"""How many lines under a quoted subhead the section quotes it again within."""


def quoted_subhead(lines: list[Line], i: int) -> bool:
    """A short phrase in quotes alone on its line, no sentence in it, that the text under it quotes again
    (``“你很有耐心，一直用中文提问”`` over a section where a speaker says it): a subhead pulled from its
    section. A quote that the text does not take up (a slogan, ``“我的中文不够好，抱歉。”``) is no heading."""
    folded = lines[i].folded.strip()
    if not _QUOTE_ONLY.fullmatch(folded):
        return False
    inner = folded[1:-1]
    if len(inner) > _QUOTED_HEAD or len(inner) < 4 or any(mark in inner for mark in "。!?;…"):
        return False
    return any(inner in line.folded for line in lines[i + 1 : i + 1 + _QUOTED_REACH])


def _body_end(folded: str) -> str:
    """The last character that is not a closing quote or bracket."""
    stripped = folded.rstrip(TRAILERS)
    return stripped[-1] if stripped else ""


_ASKED_AND_ANSWERED = re.compile(
    r"[^,?!。;…:“”\"‘’]{2,20}\?"
    r"(?:[^,?!。;…:“”\"‘’]{0,6}[一二三四五六七八九十两几多][个项点条大重层]?[^,?!。;…:“”\"‘’]{0,8}"
    r"(?:考量|考虑|原因|理由|因素|看点|变化|关键|举措|方面|信号|特点|亮点)|答案[^,?!。;…:“”\"‘’]{1,12})"
)
"""A subhead that asks and gives the gist of its answer, what the section goes on to tell
(``调整目标？有三方面考量``): no comma, quote or sentence end; a question answered outright in a clause
(``工程推迟了？资金不到位``) is a sentence of the text."""


_PART_LABEL = re.compile(
    r"(?!以下|下面|如下|附|现将|他|她|其)[\u4e00-\u9fff]{2,5}(?<![是为的])(?:全文|实录)\s*:"
)
"""A transcript's part labelled alone on its line, the colon over the words it holds (``主持词全文：``,
``答问实录：``); a lead-in that announces the text (``以下为讲话全文：``) is none."""


def part_label(line: Line) -> bool:
    """The line labels a part of a transcript (``主持词全文：``): a heading when the text has two or more
    (``headings.decide_headings`` counts them), the label of the whole when it stands alone (``文字实录：``)."""
    return _PART_LABEL.fullmatch(line.folded.strip()) is not None


_ORGAN_ALONE = re.compile(
    r"^(?:中华人民共和国|中国)?(?:国家|国务院|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州))[\u4e00-\u9fff]{0,10}?"
    r"(?:统计局|调查总队|调查队|委员会|办公室|办公厅|总局|总署|局|部|委|厅|署|办)$"
)
"""A state organ's name alone (``国家统计局``, ``某某省统计局``), as a release's byline stands under its header:
a country's, a province's or a city's organ, so that a heading ending in 部 (``看中西部``) is not one."""


def heading_form(line: Line) -> str | None:
    """The form of a heading-shaped line (``bullet``, ``bracket``, ``numbered``, ``plain`` or
    ``question``), or None when the line cannot be a heading. Turn markers are the caller's business.

    Remembered for the last lines asked (the passes over an article ask of the same lines again): the form
    depends on the folded text alone (its ideographs counted)."""
    return _form(line.folded, line.cjk)


_HANDS_OVER = re.compile(
    r"^(?:下面|接下来|现在|首先)\s*[,，]?\s*(?:我们)?\s*(?:首先|先)?\s*(?:请|有请)?[^。!?:：]{1,24}?"
    r"(?:致辞|致发布辞|致开幕辞|作介绍|介绍情况|发布情况|发言|讲话|回答[^。!?]{0,6}提问)$"
)
"""A host handing the floor to a speaker (``下面，我们首先请某某女士致发布辞``): his sentence, never a heading,
a full stop dropped or not."""


@lru_cache(maxsize=8192)
def _form(folded: str, cjk: int) -> str | None:
    folded = folded.strip()
    if cjk < 2 or folded.startswith(("——", "--", "—")) or _QUOTE_ONLY.fullmatch(folded):
        return None
    if (
        _SCRIPT_LABEL.match(folded)
        or _POINT_START.match(folded)
        or re.fullmatch(r"[\d\s.,%/-]+", folded)
        or _DATE_LABEL.fullmatch(folded)  # 3月3日 under an event's heading: the day, a label of the body
        or COUNTED_ITEM.match(folded)
        or _TABLE_ROW.fullmatch(folded)
        or folded.rstrip(TRAILERS).endswith(("—", "--"))  # …备受关注——: a sentence's first half
        or _HANDS_OVER.match(folded)
    ):
        return None
    form = "plain"
    if folded[0] in BULLETS:
        form, folded = "bullet", folded.lstrip(BULLETS).strip()
    elif _BRACKETED.match(folded):
        form = "bracket"
    elif _NUMBERED.match(folded):
        form = "numbered"
    elif LABELLED.match(folded):
        form = "labelled"
    if (
        form == "plain"
        and _TOPIC_LABEL.fullmatch(folded)
        and not _SAYS_AT_END.search(folded.replace("·", ""))
    ):
        return (
            "labelled"  # 谈今年经济增长：over the speaker's words on it, as a compilation of quotes prints it
        )
    size = words(folded)  # a mirror's pinyin glosses (dots when folded) add no words
    if not folded or folded[-1] in ",、:" or size > (40 if form == "plain" else 60):
        return None
    last = _body_end(folded)
    inner = folded[:-1] if folded[-1] in chrome.SENTENCE_END else folded
    inner = chrome.LOST.sub("", inner)  # 因?yàn为: a character the page could not decode, no question
    if (_DIGEST_ITEM.match(folded) or FIGURE_CRY.match(folded)) and not any(mark in folded for mark in "。;"):
        return form  # NO.5 某店被曝…？称员工失误, NO.1 重磅！…事关…: a digest's headline, marks and all
    if form == "plain" and _ORGAN_ALONE.match(simplify(folded)) and ISSUER.match(simplify(folded)):
        return None  # 某某省统计局 alone: a release's byline, never the title of what follows
    if form == "plain" and folded[-1] not in chrome.SENTENCE_END and _ASKED_AND_ANSWERED.fullmatch(inner):
        return form  # 调整目标？有三方面考量: a subhead's question and the gist of its answer
    if any(mark in inner for mark in "。!?;…"):
        return None
    if last == "?":
        if form == "labelled" or (form == "numbered" and _SECTION_QUESTION.match(folded)):
            return form  # 疑惑一：…？, 一、…是什么？: a section's title that asks, answered under it
        if form != "plain" or _FRAMED_QUESTION.match(folded) or folded.count("?") > 1:
            return None
        return "question"
    if last in chrome.SENTENCE_END:
        return None
    if form in ("plain", "bullet") and _narration(folded):  # ★3月2日上午，在…，… is a caption cut off
        return None
    return form


def _narration(folded: str) -> bool:
    """A plain line that is a sentence cut short, not a heading: clauses strung with commas (``3月2日上午，
    在赴京的飞机上，省委书记…``), a date or a time that opens it as a report opens, or a mark that opens
    what the line does not hold (``…、``, ``…“``)."""
    clauses = folded.split(",")
    strung = len(clauses) >= 3 and max(len(c) for c in clauses) > 6  # not a motto: 稳增长，调结构，惠民生
    return strung or _OPENS_LIKE_A_REPORT.match(folded) is not None or folded[-1] in _NEEDS_MORE
