"""Section headings: the shapes a heading line takes in the genre, and which lines are headings.

A heading is a line of its own that titles what follows: short, with no sentence in it. Its forms:
``主题：副题``, ``扩内需　稳就业``, a claim (``服务网点从40个增加到260个，…``), ``●…``, ``【…】``, ``一、…``,
``（一）…``, ``1. …``, ``NO.3 …``, ``关注点一：…``, ``第二部分 …``, a numbered label (``疑惑一：…？``,
``看点二：…``), and the question itself on a line of its own. What is not a heading though it is short: a caption or credit (taken out before), a one-line
quote, a lead-in ending in a colon, a dash-led list item, an enumerated point (``一是…``), a line under a
heading that reads as its deck (a clause with commas), bullets stacked at the top of the body (a summary
box), questions in an article whose headings are statements (there they are the text's own questions), a
sentence cut off by the page (clauses strung with commas, a date opening it as a report opens: ``3月2日
上午，在赴京的飞机上，省委书记…``, also after a bullet), a paragraph that the stored text broke in
mid-sentence (its rest at the margin in a text that indents), and the items of a list numbered with digits,
also when a count follows the number (``1、3次全体会议``). A speaker's name heading a 部长通道 piece
(``某某局局长高某某``) heads his claim under it, commas or not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core import chrome
from tui.core.headitems import FIGURE_CRY, box_links, names_over_a_claim, roster
from tui.core.lines import Line, mostly_indented, words
from tui.core.questionheads import question_headings, topic_questions
from tui.core.speakercaptions import attendance_caption, caption_over_turn
from tui.core.turns import Turn, names_a_person

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
_LABELLED = re.compile(
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
_TRAILERS = "”’)」』】》"
_QUOTED_HEAD = 20
"""The longest phrase in quotes that a subhead quotes (a speaker's words that long are a quote)."""
_QUOTED_REACH = 12
"""How many lines under a quoted subhead the section quotes it again within."""


def _quoted_subhead(lines: list[Line], i: int) -> bool:
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
    stripped = folded.rstrip(_TRAILERS)
    return stripped[-1] if stripped else ""


_ASKED_AND_ANSWERED = re.compile(
    r"[^,?!。;…:“”\"‘’]{2,20}\?"
    r"(?:[^,?!。;…:“”\"‘’]{0,6}[一二三四五六七八九十两几多][个项点条大重层]?[^,?!。;…:“”\"‘’]{0,8}"
    r"(?:考量|考虑|原因|理由|因素|看点|变化|关键|举措|方面|信号|特点|亮点)|答案[^,?!。;…:“”\"‘’]{1,12})"
)
"""A subhead that asks and gives the gist of its answer, what the section goes on to tell
(``调整目标？有三方面考量``): no comma, quote or sentence end; a question answered outright in a clause
(``工程推迟了？资金不到位``) is a sentence of the text."""


def heading_form(line: Line) -> str | None:
    """The form of a heading-shaped line (``bullet``, ``bracket``, ``numbered``, ``plain`` or
    ``question``), or None when the line cannot be a heading. Turn markers are the caller's business.

    Remembered for the last lines asked (the passes over an article ask of the same lines again): the form
    depends on the folded text alone (its ideographs counted)."""
    return _form(line.folded, line.cjk)


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
        or folded.rstrip(_TRAILERS).endswith(("—", "--"))  # …备受关注——: a sentence's first half
    ):
        return None
    form = "plain"
    if folded[0] in BULLETS:
        form, folded = "bullet", folded.lstrip(BULLETS).strip()
    elif _BRACKETED.match(folded):
        form = "bracket"
    elif _NUMBERED.match(folded):
        form = "numbered"
    elif _LABELLED.match(folded):
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


_CUT_MARKS = " .…·"
"""What a page prints where it cut a line off (``……``, ``...``), and a mirror's gloss dots."""


def _cut_heading(line: Line) -> bool:
    """The text's last line, a subhead that the page cut off with an ellipsis (``进口下降怎么……``) after
    the headings it stands among: short words, no comma, quote or sentence mark before the cut."""
    folded = line.folded.strip()
    base = folded.rstrip(_CUT_MARKS)
    if base == folded or not folded.endswith(("…", "...")):
        return False
    return 4 <= words(base) <= 20 and not any(mark in base for mark in ',、。!?;:“”"()')


def _narration(folded: str) -> bool:
    """A plain line that is a sentence cut short, not a heading: clauses strung with commas (``3月2日上午，
    在赴京的飞机上，省委书记…``), a date or a time that opens it as a report opens, or a mark that opens
    what the line does not hold (``…、``, ``…“``)."""
    clauses = folded.split(",")
    strung = len(clauses) >= 3 and max(len(c) for c in clauses) > 6  # not a motto: 稳增长，调结构，惠民生
    return strung or _OPENS_LIKE_A_REPORT.match(folded) is not None or folded[-1] in _NEEDS_MORE


def _broken(line: Line, nxt: Line) -> bool:
    """A paragraph that the stored text broke in mid-sentence: in a text that indents its paragraphs, an
    indented line that stops without punctuation and goes on at the margin in a line that ends a sentence
    (``　　十四届全国人大…审议政府工作报告`` / ``的有关内容，代表们踊跃发言。``)."""
    rest = nxt.folded.rstrip(_TRAILERS)
    return (
        line.indented
        and not nxt.indented
        and len(line.folded) >= 20
        and rest[-1:] in chrome.SENTENCE_END
        and nxt.folded[0] not in BULLETS + "“‘【[(《"
    )


def _sub_heading_shape(line: Line) -> bool:
    """A plain line right under a heading is a heading too only when it is no clause: short, no commas."""
    folded = line.folded
    return words(folded) <= 30 and not any(mark in folded for mark in ",;、")


_ACRONYM_LABEL = re.compile(r"[A-Z][A-Z0-9]{1,5}")


def acronym_label(line: Line, nxt: Line) -> bool:
    """A measure's letters alone over the claim that names them (``GDP`` over ``…年GDP增长…倍``), as a
    label heads its claim (``民生`` over its claim): a heading, where letters alone over other words (``EN``,
    ``AD`` over a headline) are a page's buttons."""
    folded = line.folded.strip()
    return (
        _ACRONYM_LABEL.fullmatch(folded) is not None
        and folded in nxt.folded
        and heading_form(nxt) in ("plain", "bullet", "bracket")
    )


def decide_headings(lines: list[Line], turns: list[Turn | None], named: set[int] | None = None) -> list[bool]:
    """Which lines of the body are section headings, judged line by line and then as a whole; ``named``
    are the officials' labels that head a compilation's parts."""
    n = len(lines)
    forms = [None if turns[i] is not None else heading_form(lines[i]) for i in range(n)]
    for i in named or ():
        forms[i] = "plain"

    for i in range(n - 1):
        if turns[i] is None and acronym_label(lines[i], lines[i + 1]):
            forms[i] = "plain"
        if turns[i] is None and _quoted_subhead(lines, i):
            forms[i] = "plain"
    for i in range(n - 2):
        if names_over_a_claim(lines[i], forms[i + 1]):
            forms[i] = (
                "plain"  # 某某部部长王某： over his claim, the narration after: a 部长通道 piece's heading
            )
    heads = [False] * n
    indents = mostly_indented(lines)
    for i in range(n - 1):  # a heading titles what follows it
        form = forms[i]
        if form is None or form == "question" or (indents and _broken(lines[i], lines[i + 1])):
            continue
        if (
            i > 0
            and heads[i - 1]
            and form == "plain"
            and not _sub_heading_shape(lines[i])
            and not names_a_person(lines[i - 1].folded)
        ):
            continue  # the deck of the heading above (a speaker's name heads his claim, commas or not)
        heads[i] = True
    if (
        n >= 2
        and turns[-1] is None
        and (
            (n >= 3 and any(heads) and (like_the_headings(lines, n - 1) or _cut_heading(lines[-1])))
            or chrome.box_label(lines[-1].folded)
        )
    ):
        heads[-1] = (
            True  # the text ends with a heading (a box's 【相关报道】), the page cut off what it titled
        )
    for i in dash_decked(lines):
        heads[i] = True  # 某某成绩如何？ over ——亮点颇多…, as the text's other subheads stand over theirs
    for i in list_items(lines) + roster(lines) + box_links(lines, forms):
        heads[i] = False
    for i in range(n - 1):
        turn = turns[i + 1]
        if (
            heads[i]
            and i not in (named or ())
            and turn is not None
            and caption_over_turn(lines[i], lines[i + 1], turn)
        ):
            heads[i] = False
    for i in range(n - 1):
        heads[i] = heads[i] and not attendance_caption(lines, i)  # 某某书记王某参加新闻发布会, echoed below
    top = 0
    while top < n and forms[top] == "bullet":
        top += 1
    if top >= 2:
        heads[:top] = [False] * top  # bullets stacked under the title: a summary box, part of the lead
    if not any(heads):
        for i in question_headings(lines, forms, turns):
            heads[i] = True
    for i in topic_questions(lines, forms, turns, heads):
        heads[i] = True
    return heads


def _standing_headings(lines: list[Line], before: int) -> list[tuple[Line, str]]:
    """The heading-shaped lines (not questions) before line ``before`` that stand between paragraphs: a
    sentence above and below, each with its form."""
    out: list[tuple[Line, str]] = []
    for i in range(1, before - 1):
        form = heading_form(lines[i])
        if (
            form not in (None, "question")
            and heading_form(lines[i - 1]) is None
            and heading_form(lines[i + 1]) is None
        ):
            out.append((lines[i], form))
    return out


def dash_decked(lines: list[Line]) -> list[int]:
    """Heading-shaped lines (a question too) over a deck that opens with a dash (``某某成绩如何？`` /
    ``——亮点颇多…``), when the text stands two or more such pairs: its subheads; an author's dash under a
    quoted line (``——王某``) is too short to be a deck."""
    pairs = [
        i
        for i in range(len(lines) - 1)
        if lines[i + 1].folded.lstrip().startswith(("——", "--"))
        and len(lines[i + 1].folded.strip().lstrip("—-")) >= 8
        and heading_form(lines[i]) is not None
    ]
    return pairs if len(pairs) >= 2 else []


def like_the_headings(lines: list[Line], at: int) -> bool:
    """Line ``at`` has the shape of a heading that the text stands between its paragraphs: the same form and
    indent, and a plain line built as one of them is (a text cut off by the page after its last heading is
    told so from a footer's short line or the first words of a paragraph)."""
    form = heading_form(lines[at])
    if at in dash_decked(lines):
        return True  # 回应某某热点 / ——不影响…: a subhead and its deck like the text's others
    if form in (None, "question"):
        return False
    line = lines[at]
    same = [h for h, f in _standing_headings(lines, at) if f == form and h.indented == line.indented]
    if not same:
        return False
    if form == "plain":
        return any(_parallel(h.folded, line.folded) or _same_speaker(h.folded, line.folded) for h in same)
    if form == "labelled":  # 疑惑二：… after 疑惑一：…, cut off by the page or not
        label = _LABELLED.match(line.folded.strip())
        return label is not None and any(_label_of(h) == label.group("label") for h in same)
    sizes = [len(h.folded) for h in same]
    return min(sizes) // 2 <= len(line.folded) <= 2 * max(sizes)


def _label_of(line: Line) -> str | None:
    found = _LABELLED.match(line.folded.strip())
    return found.group("label") if found is not None else None


def _same_speaker(a: str, b: str) -> bool:
    """Two subheads that open on one speaker's label (``王某表示：…`` / ``王某表示：…``): a compilation of
    what he said, its last subhead cut off by the page or not."""
    head_a, colon_a, _ = a.strip().partition(":")
    head_b, colon_b, _ = b.strip().partition(":")
    return bool(colon_a and colon_b) and 3 <= len(head_a) <= 12 and head_a == head_b


def _parallel(a: str, b: str) -> bool:
    """Two plain headings built alike (``实例证成果，有温度`` / ``数据见真章，有成效``): one length, their marks
    at the same places."""
    marks = [i for i, ch in enumerate(a) if not "\u4e00" <= ch <= "\u9fff"]
    return (
        len(a) == len(b)
        and bool(marks)
        and marks == [i for i, ch in enumerate(b) if not "\u4e00" <= ch <= "\u9fff"]
    )


def list_items(lines: list[Line]) -> list[int]:
    """Lines numbered with digits one under the other (``1、…`` ``2、…``, or ``1、3次全体会议`` ``4、1场集体采访``
    with a count right after the number, the numbers rising) are the items of a list, not headings: a
    heading titles text, and these title nothing but the next item."""
    items: set[int] = set()
    short = [COUNTED_ITEM.match(line.folded) is not None or heading_form(line) is not None for line in lines]
    for i in range(len(lines) - 1):
        here, there = DIGIT_ITEM.match(lines[i].folded), DIGIT_ITEM.match(lines[i + 1].folded)
        if (
            here
            and there
            and short[i]
            and short[i + 1]
            and (here["mark"], here["sep"]) == (there["mark"], there["sep"])
            and int(there["n"]) > int(here["n"])
        ):
            items.update((i, i + 1))
    return sorted(items)
