"""Lines shaped as headings that are not: the items of a roster, a box of links, a name over its claim.

A roster names one official a line (``某某部部长王某``), a box of links lists other articles' titles under its
label (``【相关报道】``); both are items, not headings. An office and name alone with a colon over a claim
(``某某部部长王某：``) heads the claim in a 部长通道 piece. :mod:`tui.core.headings` asks here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.core.lines import Line, words
from tui.core.turns import names_a_person

LINK_BOX = re.compile(
    r"^[【\[][^】\]]{0,4}(?:相关|延伸|推荐|拓展|更多)(?:报道|阅读|新闻|链接|文章|资讯)[】\]]$"
)
"""The label over a box of links to other articles (``【相关报道】``, ``【延伸阅读】``, ``[推荐阅读]``)."""


def box_links(lines: list[Line], forms: list[str | None]) -> list[int]:
    """The plain lines right under a box of links' label: the titles of the linked articles (``8月末我国
    外汇储备…``), not headings of the text; a numbered item or another label ends the box."""
    out: list[int] = []
    for i, line in enumerate(lines):
        if not LINK_BOX.match(line.folded.strip()):
            continue
        j = i + 1
        while j < len(lines) and forms[j] == "plain":
            out.append(j)
            j += 1
    return out


def names_over_a_claim(line: Line, next_form: str | None) -> bool:
    """A speaker's office and name alone with a colon (``工信部部长王某：``) over a heading-shaped claim: the
    name heads his part, as a 部长通道 piece prints it, not a label over his words."""
    folded = line.folded.strip()
    return (
        next_form == "plain"
        and folded.endswith(":")
        and 5 <= words(folded.replace(" ", "")) <= 24  # an office before the name, not a name alone (王某：)
        and names_a_person(folded[:-1])
    )


def runs_of(flags: list[bool], least: int) -> list[tuple[int, int]]:
    """The runs of ``least`` or more true flags in a row, as (start, end) spans of their indexes."""
    out: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if i - start >= least:
                out.append((start, i))
            start = None
    return out


ROSTER_RUN = 2
"""So many lines in a row that each name a person by office make a roster."""


def roster(lines: list[Line]) -> list[int]:
    """Lines that each name a person by office and name (``某某部部长王某``), one under the other: a roster
    (who spoke at which session), whose lines are its items, not headings; the line above it that names
    the list (``3月5日第一场“某某通道”``) stays a heading. A bare name (``王某``) is no item of one."""
    named = [len(line.folded) >= 5 and names_a_person(line.folded) for line in lines]
    return [i for start, end in runs_of(named, ROSTER_RUN) for i in range(start, end)]


FIGURE_CRY = re.compile(
    r"^\d[\d,.]*\s*(?:%|‰|个百分点|[万亿千百]{0,2}(?:元|美元|吨|人|户|件|个|家|项|倍|辆|台|套|公里|千米|次)?)\s*!\s*"
    r"(?=[\u4e00-\u9fff“\"])[^。;!?,]{4,30}$"
)
"""A round-up's subhead that leads with its figure and an exclamation (``6.1%！某某经济稳中有进``): a heading,
its figure counted in it; a sentence that goes on after the mark (``…。``, ``…，…``) is none."""


_DASH_ITEM = re.compile(r"^(?:更多\s*)?-(?![-—])\s*\S.*(?<![。.;])$")
"""A linked title led by a single hyphen (``- 某市出台新政…``, a portal's ``更多- …``); a deck's ``——``/``--`` is
none, nor is the text's own list item, a sentence that ends on its stop (``- 设立专项资金，每年安排两亿元。``)."""
_LIST_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{2,8}$")
"""A short label with no punctuation (``新闻中心``, ``要闻``): what a list of links stands under."""


def dash_links(lines: list[Line]) -> list[int]:
    """Two or more lines in a row each led by a hyphen (``- 某地出台新政…``): a page's list of other
    articles (a portal's "more news" box), whose items are titles elsewhere, not headings of this text;
    the short label right above the list (``新闻中心``) goes with it."""
    dashed = [_DASH_ITEM.match(line.folded.strip()) is not None for line in lines]
    out: list[int] = []
    for start, end in runs_of(dashed, 2):
        out.extend(range(start, end))
        if start > 0 and _LIST_LABEL.match(lines[start - 1].folded.strip()):
            out.append(start - 1)
    return out


_DASH_END = ("——", "--")
_CLAUSE_MARKS = "。!?;:"


def dash_ended(lines: list[Line], turns: Sequence[object | None]) -> list[int]:
    """Short claim lines that end in a dash, alone over a paragraph (``出口保持韧性，结构继续优化——``), when
    the text stands two or more of them: a wire review's subheads, each leading into the figures under it.
    One such line alone is a sentence's first half led into the paragraph (``…备受关注——``)."""
    out = []
    for i in range(len(lines) - 1):
        folded = lines[i].folded.strip()
        body = folded.rstrip("—-").strip()
        if (
            turns[i] is None
            and folded.endswith(_DASH_END)
            and not folded.startswith(("—", "-"))
            and 6 <= words(body) <= 30
            and not any(mark in body for mark in _CLAUSE_MARKS)
            and len(lines[i + 1].folded.strip()) > 40
            and not lines[i + 1].folded.lstrip().startswith(("—", "-"))
        ):
            out.append(i)
    return out if len(out) >= 2 else []


_SEAM_END = re.compile(r"(?:了|的|在|和|与|及|对|就|将|向|为|把|由)$")
"""A line that ends on a word waiting for its object (``某某介绍了``): the sentence goes on below."""
_SEAM_START = re.compile(r"^(?:并且?|以及|及|和|同时|随后|还)")
"""A line that opens with a conjunction (``并回答了…``): the sentence began above."""
_UNBROKEN_MARKS = ",，。;；:：!！?？、"


def broken_sentence(lines: list[Line], turns: Sequence[object | None]) -> list[int]:
    """Short unpunctuated lines at the top of the body, one under the other, that read as one sentence
    broken over them (``今天上午某时`` / ``某某办举行新闻发布会`` / ``某某介绍了`` / ``并回答了记者提问``), as a
    video recap sets its intro: lead text, no headings. A seam tells them: a line that ends on a word waiting
    for its object or opens with a conjunction; a stack of headings has none."""
    top = next(
        (i for i, line in enumerate(lines) if len(line.folded) > 40 and words(line.folded) > 40), len(lines)
    )
    if top < 3:
        return []
    short = [
        turns[i] is None
        and 0 < words(line.folded.strip()) <= 20
        and not any(mark in line.folded for mark in _UNBROKEN_MARKS)
        for i, line in enumerate(lines[:top])
    ]
    out: list[int] = []
    for start, end in runs_of(short, 3):
        run = [line.folded.strip() for line in lines[start:end]]
        seams = sum(1 for text in run[:-1] if _SEAM_END.search(text)) + sum(
            1 for text in run[1:] if _SEAM_START.match(text)
        )
        if seams:
            out.extend(range(start, end))
    return out
