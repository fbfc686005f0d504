"""Questions that stand alone as subheads: which of a text's question lines title what follows.

A run of questions apart from each other and unanswered by a turn, one that asks two parallel things
(``形势怎么看，工作怎么干？``), a topic's question among the statement subheads of a text (``未来某某政策怎么走？``),
and the first question a digest's Q&A part (``精彩问答``) prints bold under its label, before its answer.
:mod:`tui.core.headings` asks here once it has read the line forms; a paragraph's own question (``这意味着
什么？``) is none of them.
"""

from __future__ import annotations

import re

from tui.core.lines import Line
from tui.core.turns import Turn

_ASK = r"(?:怎么|如何|怎样|什么|为何|为什么|哪|几)"
_PAIRED_QUESTION = re.compile(
    rf"[^,?!。;]{{0,6}}{_ASK}[^,?!。;]{{0,4}},[^,?!。;]{{0,6}}{_ASK}[^,?!。;]{{0,4}}\?"
)
"""Two short parallel asks in one line, each with its question word: ``形势怎么看,工作怎么干?``."""

_TOPIC_QUESTION = re.compile(
    rf"^(?!那|这|此|但|可|而|所以|因此|难道|是否|还|又|我|你|他|她|咱|大家|{_ASK})"
    rf"[^,?!。;:\s]{{2,10}}?{_ASK}[^,?!。;:\s]{{0,3}}\?$"
)
"""A subhead that asks where a topic goes (``未来某某政策怎么走？``, ``楼市下半年如何走？``): the topic first; a
paragraph's own question opens with a pronoun, a connective or the ask itself (``这意味着什么？``)."""


def topic_questions(
    lines: list[Line], forms: list[str | None], turns: list[Turn | None], heads: list[bool]
) -> list[int]:
    """Topic questions standing alone among the statement subheads of a text (two or more, at the same
    indent), below the first of them, with a paragraph on each side."""
    first = next((i for i, head in enumerate(heads) if head), None)
    if first is None or sum(heads) < 2:
        return []
    indent = lines[first].indented
    return [
        i
        for i in range(first + 2, len(lines) - 1)
        if forms[i] == "question"
        and turns[i] is None
        and turns[i + 1] is None
        and lines[i].indented == indent
        and not (heads[i - 1] or heads[i + 1])
        and forms[i - 1] is None
        and forms[i + 1] is None
        and _TOPIC_QUESTION.match(lines[i].folded.strip()) is not None
    ]


def question_headings(lines: list[Line], forms: list[str | None], turns: list[Turn | None]) -> list[int]:
    """Questions standing alone as titles: two or more, apart from each other, none answered by a turn; or
    one alone that asks two parallel questions (``形势怎么看，工作怎么干？``), as a subhead does."""
    n = len(forms)
    candidates = [
        i
        for i in range(n - 1)
        if forms[i] == "question" and (turns[i + 1] is None or turns[i + 1].role == "question")  # type: ignore[union-attr]
    ]
    spaced = [
        i
        for i in candidates
        if not (i - 1 in candidates or i + 1 in candidates) and forms[i + 1] != "question"
    ]
    if len(spaced) == 1 and _PAIRED_QUESTION.fullmatch(lines[spaced[0]].folded.strip()):
        return spaced  # 形势怎么看，工作怎么干？ alone among paragraphs: a subhead in two parallel asks
    return spaced if len(spaced) >= 2 else []


_QA_PART = re.compile(r"问答|答问|问与答|答记者问|Q\s*&\s*A|QA$")
"""A heading that labels a digest's questions and answers part: ``精彩问答``, ``现场答问``, ``Q&A``."""


def qa_part_questions(
    lines: list[Line], forms: list[str | None], turns: list[Turn | None], heads: list[bool]
) -> list[int]:
    """A question standing alone right under a Q&A part's label, its answer a plain paragraph below, no turn
    marker on either: the digest prints its questions as the part's subheads (a reporter's question kept
    unlabelled); a question paragraph under any other heading stays the paragraph it is."""
    return [
        i
        for i in range(1, len(lines) - 1)
        if heads[i - 1]
        and _QA_PART.search(lines[i - 1].folded.strip()) is not None
        and forms[i] == "question"
        and turns[i] is None
        and turns[i + 1] is None
        and forms[i + 1] is None
        and len(lines[i].folded.strip()) <= 40
    ]
