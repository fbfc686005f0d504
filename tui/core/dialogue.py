"""Who asks in a conversation of named speakers, when no turn says ``问`` or ``记者``.

A television or radio interview prints its host by name (``岩松：…？`` then ``王某某：…``); so does a
conversation between a moderator and guests. No label says who asks, so a reader infers it, and so does
this module, from what the text gives: the guest is the one the title or the lead names (``专访某某``,
``嘉宾某某``, ``对话某某``), the host the one the lead calls 主持人; the one who asks ends turns with a
question or addresses the others (``请您…``, ``谈谈…``), speaks first and briefly. An asker is named only
when the evidence agrees; otherwise every named turn stays an answer, as before. A reporter who answers
the host (a link to the news centre) or an official asking back puts no question; a co-host's short
question that the guest answers next is one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from tui.core.lines import Line
from tui.core.turns import Turn, answers_back

ASKS = re.compile(r"\?|请您|请问|您能|您认为|您如何|您怎么|您觉得|能否请|谈谈|说说|讲讲|介绍一下|解读一下")
"""What a host says when putting a question: a question mark or a request addressed to the guest."""
_HOST = re.compile(r"(?:主持人|记者|主播)\s*[:：]?\s*(?P<name>[\u4e00-\u9fff·]{2,4})")
_GUEST = re.compile(
    r"(?:嘉宾|受访者|受访人|专访|访谈|采访|对话|访)\s*[:：]?\s*"
    r"(?:[\u4e00-\u9fff]{0,16}?(?:主任|局长|部长|书记|省长|市长|主席|院长|教授|专家|负责人|总经理|董事长))?"
    r"\s*(?P<name>[\u4e00-\u9fff·]{2,4})"
)
_GREETS = re.compile(r"^(?:各位|女士们|先生们|大家|朋友们|观众|欢迎|感谢|谢谢|好的|今天|本期)")
_HANDS_OVER = re.compile(r"(?:下面|现在|接下来|首先|然后|最后)\s*,?\s*(?:请|有请)")
"""A host handing the floor to a speaker (``下面请某某介绍情况``) puts no question."""


@dataclass(frozen=True)
class _Voice:
    """A named speaker's turns: how many, how many ask, how long they run, when the first comes."""

    turns: int
    asking: int
    chars: int
    first: int


def _named_in(name: str, pattern: re.Pattern[str], text: str) -> bool:
    """The speaker's label names one the pattern finds (a label may be the name without its surname:
    岩松 for 周岩松)."""
    return any(
        m["name"].endswith(name) or name.endswith(m["name"]) or name in m["name"]
        for m in pattern.finditer(text)
    )


def _voices(named: list[tuple[int, str, str]]) -> dict[str, _Voice]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, -1])
    for i, speaker, rest in named:
        entry = counts[speaker]
        entry[0] += 1
        entry[1] += ASKS.search(rest) is not None
        entry[2] += len(rest)
        if entry[3] < 0:
            entry[3] = i
    return {name: _Voice(*values) for name, values in counts.items()}


def _asker_score(name: str, voice: _Voice, others: list[_Voice], title: str, lead: str) -> float:
    score = 0.0
    if _named_in(name, _HOST, lead):
        score += 3
    if name in title or _named_in(name, _GUEST, title + lead):
        score -= 3
    score += 2 * (voice.asking / voice.turns - max(o.asking / o.turns for o in others))
    if all(voice.first < o.first for o in others):
        score += 0.5
    if voice.chars / voice.turns < min(o.chars / o.turns for o in others) / 2:
        score += 0.5
    return score


def asker(lines: list[Line], named: list[tuple[int, str, str]], title: str | None) -> str | None:
    """The named speaker who asks in a conversation without question labels, or None when the evidence
    does not agree. ``named`` holds the line, the speaker and the folded text of every named turn (the
    caller makes sure that no turn is labelled a question)."""
    voices = {name: v for name, v in _voices(named).items() if v.turns >= 2}
    if len(voices) < 2:
        return None
    first_turn = min(v.first for v in voices.values())
    lead = "".join(line.folded for line in lines[:first_turn])
    scores = {
        name: _asker_score(name, v, [o for n, o in voices.items() if n != name], title or "", lead)
        for name, v in voices.items()
    }
    best = max(scores, key=lambda name: scores[name])
    others = [s for name, s in scores.items() if name != best]
    voice = voices[best]
    if scores[best] < 1.5 or scores[best] - max(others) < 1.5:
        return None
    if voice.asking < voice.turns / 2 and not _named_in(best, _HOST, lead):
        return None
    return best


_CUES = re.compile(r"请(?:您|大家)?(?:看|听|收看|收听)|(?:来|一起)(?:看|听)|放一下|播放|播一段")
"""A host cueing a recording or a clip (``我们请您看一段短片``, ``您来看``) puts no question."""
_REJOINDER = 12
"""A host's remark this short without a question mark (``没有那么多时间。``) echoes the guest, asks nothing."""


def asks(rest: str) -> bool:
    """An inferred asker's turn (its folded text) puts a question, a prompt without a question mark
    included (``说到底，老百姓最关心的是…``), unless it only greets, thanks or hands the floor over
    (``欢迎收看…``, ``感谢您…``, ``下面请某某介绍情况``), cues a clip (``请您看…``) or echoes the guest in a
    few words, without asking anything."""
    if _CUES.search(rest) is not None and "?" not in rest:
        return False
    if ASKS.search(rest) is not None and _HANDS_OVER.search(rest) is None:
        return True
    return (
        _GREETS.match(rest) is None
        and _HANDS_OVER.search(rest) is None
        and len(rest.rstrip("。!…")) > _REJOINDER
    )


def answered_back(lines: list[Line], turns: list[Turn | None], labels: set[int]) -> None:
    """A reporter's turn that asks nothing under a turn that asked him answers it (see
    :func:`tui.core.turns.answers_back`)."""
    for i in range(1, len(lines)):
        turn = turns[i]
        if (
            turn is not None
            and turns[i - 1] is not None
            and i - 1 not in labels
            and answers_back(lines[i], turn, lines[i - 1])
        ):
            turns[i] = Turn("answer", turn.label, turn.speaker, turn.cut)


def second_asker(lines: list[Line], turns: list[Turn | None]) -> None:
    """In a conversation, a short question that another named voice puts (a co-host, ``某某：到这个程度？``)
    and the guest answers in the next turn is a question too: the guest is the voice that answers most."""
    voices = Counter(t.speaker for t in turns if t is not None and t.role == "speaker" and t.speaker)
    if len(voices) < 2:
        return
    guest = voices.most_common(1)[0][0]
    for i in range(len(lines) - 1):
        turn, nxt = turns[i], turns[i + 1]
        rest = lines[i].folded[turn.cut :] if turn is not None else ""
        if (
            turn is not None
            and turn.role == "speaker"
            and turn.speaker != guest
            and nxt is not None
            and nxt.speaker == guest
            and len(rest) <= 40
            and rest.rstrip("”’)」").endswith("?")
        ):
            turns[i] = Turn("question", turn.label, turn.speaker, turn.cut)
