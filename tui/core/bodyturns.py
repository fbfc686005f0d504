"""Who speaks on each of the body's lines: the turns of a conversation, its speakers' labels, a
compilation's officials and a host who asks without a question's label.

A named label (``李某：``) counts as a turn only where the article is a conversation; a label on a line of
its own gives its turn to the line under it; three officials' labels or more, each once and with no
question anywhere, head a compilation's parts (headings, not labels); in a conversation of named
speakers without question labels the host is inferred (:mod:`tui.core.dialogue`) and asks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core import dialogue
from tui.core.headings import heading_form
from tui.core.lines import Line
from tui.core.turns import Turn, label_line, named_speakers, names_a_person, turn_marker

_COMPILED = 3
"""So many officials' labels, each once, make a compilation of their remarks."""
_HOSTS = re.compile(r"主持|发言人")
_BARE_NAME = re.compile(r"^(?:主持人)?[\u4e00-\u9fff]{2,3}$")
"""A speaker's name alone on its line, a host's with his role glued on (``主持人王某``): no colon."""
_ADDRESS = re.compile(r"^(?:各位|女士们|先生们|尊敬的|记者朋友|媒体朋友|朋友们|大家好|感谢|谢谢)")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "丛卞宁盛连易单温庞常樊乔柴葛耿左牛施纪项欧齐宫邢翟殷安倪"
)
"""The common surnames a bare name line opens with: a two-character heading (``背景``, ``致谢``) does not."""
"""A speech opens by addressing its hearers or thanking them (``女士们、先生们：``, ``感谢各位媒体朋友``)."""


_Turns = tuple[list[Turn | None], dict[int, Turn], dict[int, str], set[int]]


def line_turns(lines: list[Line], title: str | None) -> _Turns:
    """The turn marker of each line (a named label only where the article is a conversation); the speaker
    labels on lines of their own (their turn goes to the next line); the speakers of paragraphs under a
    label outside a conversation (a host's opening remarks in a transcript without questions); the labels
    that head a compilation's parts instead (headings)."""
    raw = [turn_marker(line) for line in lines]
    forms = [heading_form(line) for line in lines]
    speakers = named_speakers(lines, forms)
    turns = [t if t is None or t.role != "speaker" or t.label in speakers else None for t in raw]
    labels: dict[int, Turn] = {}
    spoken: dict[int, str] = {}
    conversation = any(t is not None and t.role == "question" for t in turns)
    for i in range(len(lines) - 1):
        if (
            turns[i] is not None
            or turns[i + 1] is not None
            or (forms[i + 1] not in (None, "question") and len(lines[i + 1].folded) <= 40)
        ):
            continue
        label = label_line(lines[i]) or _bare_label(lines[i], lines[i + 1])
        if label is None:
            continue
        labels[i] = turns[i] = label
        if label.role != "speaker" or conversation or label.label in speakers:
            turns[i + 1] = Turn(label.role, label.label, label.speaker, 0)
        elif label.speaker:
            spoken[i + 1] = label.speaker
    named_heads: set[int] = set()
    if not conversation and _compiled(lines, labels):
        named_heads = set(labels)
        for i in named_heads:  # each official's part headed by his name: headings, no labels
            del labels[i]
            turns[i] = None
            spoken.pop(i + 1, None)
    if not conversation:
        _host_asks(lines, turns, spoken, set(labels), title)
    dialogue.answered_back(lines, turns, set(labels))
    if conversation:
        dialogue.second_asker(lines, turns)
    return turns, labels, spoken, named_heads


def _bare_label(line: Line, below: Line) -> Turn | None:
    """A transcript's speaker named on a line of his own without a colon (``王某``, ``主持人李某``), as
    the paragraph under it opens his speech by addressing or thanking its hearers; a short heading over a
    paragraph of the text's (``背景``, ``小结``) is none."""
    name = line.folded.strip().removeprefix("主持人")
    if not _BARE_NAME.match(line.folded.strip()) or not _ADDRESS.match(below.folded.lstrip()):
        return None
    if name[0] not in _SURNAMES:
        return None
    return label_line(replace(line, text=line.text.strip() + ":", folded=line.folded.strip() + ":"))


def _compiled(lines: list[Line], labels: dict[int, Turn]) -> bool:
    """Speakers' labels that head a compilation of officials' remarks (``某某部部长王某：`` over two
    paragraphs of his, then the next official): three or more, each an office and a name, each person once,
    none a host or a spokesman, and no question anywhere. A transcript's labels come back to the same
    speakers; a press conference cut off before its first question opens with the host's and a
    spokesman's remarks."""
    if len(labels) < _COMPILED or any(t.role != "speaker" or not t.speaker for t in labels.values()):
        return False
    names = [lines[i].folded.rstrip(":").replace(" ", "") for i in labels]
    return (
        all(len(name) >= 5 and names_a_person(name) and not _HOSTS.search(name) for name in names)
        and len({t.speaker for t in labels.values()}) == len(labels)
        and all(i + 1 not in labels for i in labels)
    )


def _host_asks(
    lines: list[Line], turns: list[Turn | None], spoken: dict[int, str], labels: set[int], title: str | None
) -> None:
    """In a conversation of named speakers without question labels, the one who asks (the host, see
    :mod:`tui.core.dialogue`) puts questions, and the others' turns answer them."""
    named = [
        (i, t.speaker, lines[i].folded[t.cut :])
        for i, t in enumerate(turns)
        if t is not None and t.role == "speaker" and t.speaker and i not in spoken and i not in labels
    ]
    named += [(i, who, lines[i].folded) for i, who in spoken.items()]
    named.sort()
    host = dialogue.asker(lines, named, title)
    if host is None:
        return
    for i, who, rest in named:
        turn = turns[i]
        label, cut = (turn.label, turn.cut) if turn is not None else (who, 0)
        if who == host and dialogue.asks(rest):
            turns[i] = Turn("question", label, who, cut)
        elif who == host:
            turns[i] = Turn("host", label, who, cut)  # a greeting or thanks: the host's paragraph
        else:
            turns[i] = Turn("speaker", label, who, cut)
        spoken.pop(i, None)
