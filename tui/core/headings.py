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

The form of one line, judged from the line alone, is :mod:`tui.core.headforms`'s; this module judges which
heading-shaped lines are headings among the others (re-exporting the forms its callers read).
"""

from __future__ import annotations

import re

from tui.core import chrome
from tui.core.headforms import (
    BULLETS,
    COUNTED_ITEM,
    DIGIT_ITEM,
    LABELLED,
    TRAILERS,
    heading_form,
    part_label,
    quoted_subhead,
)
from tui.core.headitems import (
    box_links,
    broken_sentence,
    dash_ended,
    dash_links,
    names_over_a_claim,
    roster,
    runs_of,
)
from tui.core.lines import Line, mostly_indented, words
from tui.core.questionheads import qa_part_questions, question_headings, topic_questions
from tui.core.speakercaptions import attendance_caption, caption_over_turn
from tui.core.tallies import label_pair, tally_items
from tui.core.turns import Turn, names_a_person

__all__ = [
    "BULLETS",
    "COUNTED_ITEM",
    "DIGIT_ITEM",
    "acronym_label",
    "decide_headings",
    "heading_form",
    "like_the_headings",
    "list_items",
]


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


def _broken(line: Line, nxt: Line) -> bool:
    """A paragraph that the stored text broke in mid-sentence: in a text that indents its paragraphs, an
    indented line that stops without punctuation and goes on at the margin in a line that ends a sentence
    (``　　十四届全国人大…审议政府工作报告`` / ``的有关内容，代表们踊跃发言。``)."""
    rest = nxt.folded.rstrip(TRAILERS)
    return (
        line.indented
        and not nxt.indented
        and len(line.folded) >= 20
        and rest[-1:] in chrome.SENTENCE_END
        and nxt.folded[0] not in BULLETS + "“‘【[(《"
    )


def _sub_heading_shape(line: Line) -> bool:
    """A plain line right under a heading is a heading too only when it is no clause: short, no commas; a
    series of three or more short verb-object slogans (``扩内需、稳外贸、保就业``) is the rest of a subhead
    broken over two lines, not a deck."""
    folded = line.folded.strip()
    if _SLOGANS.fullmatch(folded):
        return True
    return words(folded) <= 30 and not any(mark in folded for mark in ",;、")


_SLOGANS = re.compile(r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,4}")


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
    labels = [i for i in range(n) if turns[i] is None and part_label(lines[i])]
    for i in labels if len(labels) >= 2 else ():
        forms[i] = (
            "plain"  # 主持词全文： and 发布词全文：, the transcript's parts; 文字实录： alone labels the whole
        )

    for i in range(n - 1):
        if turns[i] is None and acronym_label(lines[i], lines[i + 1]):
            forms[i] = "plain"
        if turns[i] is None and quoted_subhead(lines, i):
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
            and not label_pair(lines[i - 1], lines[i])
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
    for i in dash_subheads(lines, turns):
        heads[i] = True
    for i in dash_ended(lines, turns):
        heads[i] = (
            True  # 出口保持韧性——, 消费稳步回升——: a wire review's subheads leading into their paragraphs
        )
    for i in dash_decked(lines):
        heads[i] = True  # 某某成绩如何？ over ——亮点颇多…, as the text's other subheads stand over theirs
    for i in (
        list_items(lines)
        + tally_items(lines)
        + roster(lines)
        + box_links(lines, forms)
        + dash_links(lines)
        + broken_sentence(lines, turns)
    ):
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
    for i in range(n):
        heads[i] = heads[i] and not _ROSTER_LABEL.match(lines[i].folded.strip())
    for i in caption_script(lines, turns):
        heads[i] = heads[i] and forms[i] != "plain"
    top = 0
    while top < n and forms[top] == "bullet":
        top += 1
    if top >= 2:
        heads[:top] = [False] * top  # bullets stacked under the title: a summary box, part of the lead
    if not any(heads):
        for i in question_headings(lines, forms, turns):
            heads[i] = True
    for i in topic_questions(lines, forms, turns, heads) + qa_part_questions(lines, forms, turns, heads):
        heads[i] = True
    return heads


_ROSTER_LABEL = re.compile(
    r"^(?:主持人|发言人|發言人|发布人|發佈人|發布人|出席人|出席嘉宾|嘉宾|主讲人)\s*:\s*[^,。;!?]{0,40}$"
)
"""Who speaks at a press conference, under the label of his part (``发言人：某某局局长 王某``,
``主持人：…``): the header's roster of the event, no section."""

_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def dash_subheads(lines: list[Line], turns: list[Turn | None]) -> list[int]:
    """A short dash-led line alone between paragraphs (``——有“看头”``): a subhead of the body, as a deck's
    dash leads a subtitle, where dash-led lines one under the other are a list's items and a name after
    the dash signs a quote."""
    out = []
    for i in range(1, len(lines) - 1):
        folded = lines[i].folded.strip()
        if (
            turns[i] is None
            and folded.startswith("——")
            and not folded.endswith("—")
            and len(folded[2:]) >= 5
            and words(folded[2:]) <= 12
            and not _BARE_NAME.fullmatch(folded[2:])
            and not any(mark in folded for mark in ",;、。!?:")
            and not lines[i - 1].folded.lstrip().startswith("—")
            and not lines[i + 1].folded.lstrip().startswith("—")
            and len(lines[i + 1].folded) > 40
        ):
            out.append(i)
    return out


_SCRIPT_RUN = 8
"""So many short lines one under the other with no paragraph among them at least make a caption script."""
_CAPTION_LENGTH = 30
_DIGIT = re.compile(r"\d")
_CREDIT_LABEL = re.compile(r"^[(（]?[\u4e00-\u9fff]{1,4}\s*:")
"""A credit's label (``设计：某某``, ``(责编：…``): who made the script, none of its captions."""


def caption_script(lines: list[Line], turns: list[Turn | None]) -> list[int]:
    """The lines of a video script's captions, one a line (short, no sentence mark at the end, a run of
    many with no paragraph among them, its figures in several): each says its part of the story, none
    titles what follows it. A roster of names by office, a numbered list and its lead-in are no script."""
    names = set(roster(lines))
    captions = [turns[i] is None and i not in names and _caption_shaped(line) for i, line in enumerate(lines)]
    out: list[int] = []
    for start, end in runs_of(captions, _SCRIPT_RUN):
        if sum(1 for line in lines[start:end] if _DIGIT.search(line.folded)) >= 3:
            out.extend(range(start, end))
    return out


def _caption_shaped(line: Line) -> bool:
    """A line shaped as one caption of a script: short, no sentence mark or colon at its end, no credit
    label, no heading but a plain one."""
    folded = line.folded.strip()
    return (
        0 < words(folded) <= _CAPTION_LENGTH
        and folded[-1] not in chrome.SENTENCE_END
        and folded[-1] != ":"
        and not _CREDIT_LABEL.match(folded)
        and heading_form(line) in (None, "plain")
    )


def _standing_headings(lines: list[Line], before: int) -> list[tuple[Line, str]]:
    """The heading-shaped lines (not questions) before line ``before`` that stand between paragraphs: a
    sentence above and below, or below the subhead under it (``【某某议题】`` over ``提交百余件提案`` over
    the text), each with its form."""
    out: list[tuple[Line, str]] = []
    for i in range(1, before - 1):
        form = heading_form(lines[i])
        if form in (None, "question") or heading_form(lines[i - 1]) is not None:
            continue
        below = heading_form(lines[i + 1])
        if below is None or (
            form == "bracket"
            and below == "plain"
            and i + 2 < before
            and heading_form(lines[i + 2]) in (None, "question")  # a paragraph or a reporter's question
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
        label = LABELLED.match(line.folded.strip())
        return label is not None and any(_label_of(h) == label.group("label") for h in same)
    sizes = [len(h.folded) for h in same]
    return min(sizes) // 2 <= len(line.folded) <= 2 * max(sizes)


def _label_of(line: Line) -> str | None:
    found = LABELLED.match(line.folded.strip())
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
