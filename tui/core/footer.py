"""The page's footer under the text: what stands after the text's last sentence, or after its editor's line.

Short lines after the last sentence that say nothing (an address, a site's widget, a comment box) and
the few lines after the editor's line in the text's last part (an advert, a newsletter's offer, related
links) are the page's. A question, an answer or a point among them, a heading like the text's others or
a roster of the article's own keep them in the text. :func:`says_something` tells a sentence (also one the
page cut off) from a label or a title.
"""

from __future__ import annotations

import re

from tui.core import chrome
from tui.core.credits import EDITOR
from tui.core.enumerators import enumerator
from tui.core.headings import caption_script, like_the_headings
from tui.core.headitems import roster
from tui.core.lines import Line
from tui.core.model import Boilerplate
from tui.core.turns import turn_marker

_CLOSERS = "”’\"')」』]】》 "
_END_MARK = re.compile(r"\s*[(\[]\s*完\s*[)\]]\s*$")

_ROSTER_TAIL = 3
"""So many lines naming people by office after the last sentence make a list of the article's own."""


def trim_footer(lines: list[Line], boilerplate: list[Boilerplate]) -> list[Line]:
    """Short lines after the last sentence of the text are the page's footer (an address, a site's
    widget, a comment box), not content: they title nothing and say nothing. (A heading that the file's
    end cut from its text looks the same, and goes with them: ``奋斗不止`` after the last paragraph cannot
    be told from a footer's ``我们的准则：某社“诚信原则”`` or a paragraph's first words, ``重视发展实``.)"""
    lines = _after_editor(lines, boilerplate)
    script = caption_script(lines, [None] * len(lines))  # a video's captions: each says its part
    last = max((i for i, line in enumerate(lines) if says_something(line) or i in script), default=None)
    if last is None:
        return lines
    footer = [
        line
        for i, line in enumerate(lines[last + 1 :], last + 1)
        if (not _turn(line) or _credited(lines, i)) and enumerator(line.folded) is None
    ]
    if len(footer) != len(lines) - last - 1 or (footer and like_the_headings(lines, last + 1)):
        return lines  # a heading like the text's others and what the page cut off under it are the text's
    if sum(1 for i in roster(lines) if i > last) >= _ROSTER_TAIL:
        return lines  # a roster after the text (who spoke at each session) is the article's list, no footer
    if footer and chrome.box_label(footer[0].folded):
        last, footer = last + 1, footer[1:]  # 【相关报道】 titles its box, the text's last heading
    boilerplate.extend(_entry("footer", line) for line in footer)
    boilerplate.sort(key=lambda b: b.start)
    return lines[: last + 1]


_AFTER_EDITOR = 6
"""At most this many lines after the editor's line are the page's (an advert, a newsletter, a link)."""


def _after_editor(lines: list[Line], boilerplate: list[Boilerplate]) -> list[Line]:
    """The text ends at its editor's line: a page prints ``责任编辑：某某`` under the article, and the few
    lines after it (an advert's ``推广``, a newsletter's offer, related links) are the page's, not the
    article's, when no question, answer or point is among them and the line stands in the text's last part."""
    if len(lines) < 5:
        return lines
    floor = lines[len(lines) * 3 // 5].start
    editor = max((b.start for b in boilerplate if b.kind == "editor" and b.start > floor), default=None)
    if editor is None:
        return lines
    tail = [line for line in lines if line.start > editor]
    if (
        not tail
        or len(tail) > _AFTER_EDITOR
        or any(_turn(x) or enumerator(x.folded) is not None for x in tail)
    ):
        return lines
    boilerplate.extend(_entry("footer", line) for line in tail)
    return lines[: len(lines) - len(tail)]


_REPORTER_NAME = re.compile(r"^记者\s*:\s*[\u4e00-\u9fff]{2,3}(?:\s*[、,\s]\s*[\u4e00-\u9fff]{2,3})*$")
_CREDIT = re.compile(
    r"^[\u4e00-\u9fff]{2,4}\s*:\s*[\u4e00-\u9fff]{2,3}(?:\s*[、,\s]\s*[\u4e00-\u9fff]{2,3})*$"
)
"""A credit's label and a name or two (``设计：某某``), as a script's credits list who made it."""


def _credited(lines: list[Line], i: int) -> bool:
    """``记者：王某`` among a script's closing credits (``编辑：某某`` next to it): who reported, no question."""
    if not _REPORTER_NAME.match(lines[i].folded.strip()):
        return False
    return any(
        0 <= j < len(lines)
        and (EDITOR.match(lines[j].folded.strip()) or _CREDIT.match(lines[j].folded.strip()))
        for j in (i - 1, i + 1)
    )


def _turn(line: Line) -> bool:
    """A question or an answer (a name before a colon alone, ``我们的准则：…``, may be a footer's label)."""
    turn = turn_marker(line)
    return turn is not None and turn.role != "speaker"


def says_something(line: Line) -> bool:
    """A sentence, or a sentence that the page cut off (clauses, a quote in it, and no closing mark at its
    end: ``“数字最有说服力，从…``, ``今年的首场“某某通道”安``; ``我们的准则：某社“诚信原则”`` is a footer)."""
    folded = _END_MARK.sub("", line.folded).rstrip(_CLOSERS)  # …加码。(完): the report's end mark
    if len(line.folded) > 40 or (folded[-1:] in chrome.SENTENCE_END):
        return True
    return len(folded) >= 10 and ("," in folded or "“" in folded) and folded == line.folded.rstrip()


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate(kind=kind, text=line.text, start=line.start, end=line.end)
