"""The block builder: body lines (boilerplate already set apart) to sections of typed blocks.

Each line is a heading (it opens a section), a turn (question or answer, with its speaker as written), a
point (a paragraph that begins with an enumerator: ``一是``, ``第一，``, ``（一）``, ``1.``, ``首先，``,
``其一，``; ``一方面`` is rhetoric, not a list) or a paragraph. An answer goes on over the paragraphs that
follow it until the next question or heading. A paragraph of reported speech (``张某表示，…``) carries its
speaker but stays a paragraph: in a press report there is no question it answers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tui.core.headings import decide_headings, heading_form
from tui.core.lines import Line
from tui.core.model import Block, BlockKind, Section
from tui.core.numerals import number_value
from tui.core.turns import (
    QUESTION_LABELS,
    Turn,
    named_speakers,
    reported_question,
    reported_speaker,
    turn_marker,
)

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_ENUMERATORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})是"), "shi"),
    (re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})\s*[,、:]"), "di"),
    (re.compile(rf"^其(?P<n>[{_CN}])\s*[,、:]"), "qi"),
    (re.compile(rf"^\((?P<n>[{_CN}]{{1,3}})\)"), "paren"),
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})、"), "dun"),
    (re.compile(r"^\((?P<n>\d{1,2})\)"), "paren_digit"),
    (re.compile(r"^(?P<n>\d{1,2})\s*[.、)](?!\d)"), "digit"),
    (re.compile(rf"^(?P<n>[{_CIRCLED}])"), "circled"),
    (re.compile(r"^(?P<n>首先|其次|再次|最后)\s*[,,]"), "sequence"),
)


def enumerator(folded: str) -> tuple[int | None, str] | None:
    """The ordinal and style of an enumerator that opens a paragraph, or None."""
    for pattern, style in _ENUMERATORS:
        m = pattern.match(folded)
        if not m:
            continue
        if style == "shi" and folded.startswith(("一是一", "是否")):
            return None
        if style == "sequence":
            return None, style
        token = m["n"]
        if token in _CIRCLED:
            return _CIRCLED.index(token) + 1, style
        value = number_value(token)
        return (int(value) if value is not None and value == int(value) else None), style
    return None


@dataclass
class _Builder:
    """Collects sections and blocks while the body is read."""

    sections: list[Section] = field(default_factory=list)
    heading: Line | None = None
    blocks: list[Block] = field(default_factory=list)
    sequence: int = 0

    def add(
        self, kind: BlockKind, line: Line, ordinal: int | None = None, speaker: str | None = None
    ) -> None:
        self.blocks.append(
            Block.model_construct(
                id="",  # ids are given once all sections are known
                kind=kind,
                text=line.text,
                ordinal=ordinal,
                speaker=speaker,
                start=line.start,
                end=line.end,
            )
        )

    def point(self, line: Line, found: tuple[int | None, str], speaker: str | None = None) -> None:
        ordinal, style = found
        if style == "sequence":
            self.sequence = 1 if line.folded.startswith("首先") else self.sequence + 1
            ordinal = self.sequence
        else:
            self.sequence = ordinal or 0
        self.add(BlockKind.point, line, ordinal, speaker)

    def new_section(self, heading: Line) -> None:
        self.close()
        self.heading = heading
        self.sequence = 0

    def close(self) -> None:
        if self.heading is None and not self.blocks:
            return
        h = self.heading
        self.sections.append(
            Section.model_construct(
                id="",
                heading=h.text if h else None,
                heading_start=h.start if h else None,
                heading_end=h.end if h else None,
                blocks=self.blocks,
            )
        )
        self.blocks = []
        self.heading = None


@dataclass
class Body:
    """The sections of the body and who asked and answered most."""

    sections: list[Section]
    interviewer: str | None
    interviewee: str | None


def _turns(lines: list[Line]) -> list[Turn | None]:
    """The turn marker of each line; a named label only where the article is a conversation."""
    raw = [turn_marker(line) for line in lines]
    shaped = [heading_form(line) is not None for line in lines]
    speakers = named_speakers(lines, shaped)
    return [t if t is None or t.role != "speaker" or t.label in speakers else None for t in raw]


def build_body(lines: list[Line]) -> Body:
    """Read the body's lines into sections of blocks."""
    turns = _turns(lines)
    heads = decide_headings(lines, turns)
    builder = _Builder()
    mode: BlockKind | None = None
    asked: Counter[str] = Counter()
    answered: Counter[str] = Counter()
    for i, line in enumerate(lines):
        turn = turns[i]
        if heads[i]:
            builder.new_section(line)
            mode = None
        elif turn is not None and turn.role == "answer" and turn.speaker and mode is None:
            builder.add(BlockKind.paragraph, line, speaker=turn.speaker)  # 张某回应：… with no question asked
        elif turn is not None:
            mode = BlockKind.question if turn.role == "question" else BlockKind.answer
            rest = line.cut(turn.cut)
            if turn.role == "question" and turn.label not in QUESTION_LABELS - {"记者", "主持人"}:
                asked[turn.speaker or turn.label] += 1
            if turn.role != "question" and turn.speaker:
                answered[turn.speaker] += 1
            found = enumerator(rest.folded) if mode == BlockKind.answer else None
            if found is not None:
                builder.point(rest, found, turn.speaker)
            else:
                builder.add(mode, rest, speaker=turn.speaker)
                builder.sequence = 0
        elif (asker := reported_question(line)) is not None:
            builder.add(BlockKind.question, line, speaker=asker)
            mode = BlockKind.question
        elif (found := enumerator(line.folded)) is not None:
            builder.point(line, found)
        elif _asks_before_answer(lines, turns, i):
            builder.add(BlockKind.question, line)
            mode = BlockKind.question
        else:
            kind = BlockKind.answer if mode is not None else BlockKind.paragraph
            builder.add(kind, line, speaker=reported_speaker(line))
    builder.close()
    who = answered.most_common(1)[0][0] if answered else None
    by = asked.most_common(1)[0][0] if len(asked) == 1 else None
    return Body(builder.sections, by, who)


def _asks_before_answer(lines: list[Line], turns: list[Turn | None], i: int) -> bool:
    """An unmarked question followed by a marked answer is the question of that turn."""
    folded = lines[i].folded
    if not folded.rstrip("”’)」").endswith("?") or len(folded) > 120 or i + 1 >= len(lines):
        return False
    nxt = turns[i + 1]
    return nxt is not None and nxt.role in ("answer", "speaker")
