"""The block builder: body lines (boilerplate already set apart) to sections of typed blocks.

Each line is a heading (it opens a section), a turn (question or answer, with its speaker as written), a
point (a paragraph that begins with an enumerator, :mod:`tui.core.enumerators`) or a paragraph. An answer goes on over the paragraphs that
follow it until the next question or heading. A paragraph of reported speech (``张某表示，…``) carries its
speaker but stays a paragraph: in a press report there is no question it answers.

Transcripts print a speaker's label on a line of its own (``李某：``, ``某局局长 王某``): the label is set
apart and its turn goes to the paragraph under it. A host's remarks that put no question are the host's
paragraph; a lone ``首先`` (``首先，感谢…``) with nothing after it is no list; Markdown bold marks around a
line are no part of it. In a conversation of named speakers without question labels (a television
interview's ``岩松：…？`` / ``王某：…``) the host is inferred and asks (the turns of each line are read
by :mod:`tui.core.bodyturns`). A list's first
item run into its lead-in (``主要包括三部分：一是…``) is a point when the next paragraph goes on (``二是…``);
digit items one under the other (``1、3次全体会议`` ``2、4次主席团会议``) are points, not headings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from tui.core.bodyturns import line_turns
from tui.core.enumerators import enumerator
from tui.core.headings import COUNTED_ITEM, DIGIT_ITEM, decide_headings, list_items
from tui.core.lines import Line
from tui.core.model import Block, BlockKind, Boilerplate, Section
from tui.core.turns import (
    QUESTION_LABELS,
    Turn,
    asked_at_end,
    asked_stated,
    asks_nothing,
    outlet_label,
    quoted_question,
    reported_question,
    reported_speaker,
)

_BOLD = re.compile(r"^(?P<mark>\*{1,2})[^*]+(?P=mark)$")
_LEAD_IN_ITEM = re.compile(
    r"^(?P<lead>[^。!?;:]{2,40}:\s*)(?:一是|第一\s*[,、]|其一\s*[,、]|\(一\)|1\s*[.、])"
)
"""A lead-in ending in a colon with the first item of a list run into it."""
_SEQUEL = re.compile(r"^(?:其次|再次|然后|最后|第二|二是)")


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
            Block(
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
            Section(
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
    """The sections of the body, who asked and answered most, and the speaker labels set apart."""

    sections: list[Section]
    interviewer: str | None
    interviewee: str | None
    labels: list[Boilerplate] = field(default_factory=list)
    narrator: str | None = None
    """The outlet that tells a live page's events in its own name (``[某某网]：…`` posts that ask nothing)."""


def _unbold(line: Line) -> Line:
    """A line wrapped in Markdown bold or italic marks (``*…*``, ``**…**``) without them."""
    m = _BOLD.match(line.folded)
    return line.inner(len(m["mark"]), len(m["mark"])) if m else line


class _BodyReader:
    """Reads the body's lines into sections of blocks; one instance per parse."""

    def __init__(self, lines: list[Line], title: str | None) -> None:
        self.lines = [_unbold(line) for line in lines]
        self.turns, self.labels, self.spoken, self.named_heads = line_turns(self.lines, title)
        self.heads = decide_headings(self.lines, self.turns, self.named_heads)
        self.reported = _reporter_on_air(self.lines, self.turns, self.heads)
        self.items = set(list_items(self.lines))
        self.builder = _Builder()
        self.mode: BlockKind | None = None
        self.asked: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()
        self.narrated: Counter[str] = Counter()

    def read(self) -> Body:
        builder = self.builder
        out: list[Boilerplate] = []
        for i, line in enumerate(self.lines):
            turn = self.turns[i]
            if i in self.labels:
                out.append(Boilerplate(kind="speaker", text=line.text, start=line.start, end=line.end))
            elif self.heads[i]:
                builder.new_section(line)
                self.mode = None
            elif turn is not None and turn.role == "answer" and turn.speaker and self.mode is None:
                # 张某回应：… with no question asked
                builder.add(BlockKind.paragraph, line, speaker=turn.speaker)
            elif turn is not None and (
                turn.role in ("host", "narration")
                or (turn.role == "question" and (asks_nothing(line, turn) or i == self.reported))
            ):
                builder.add(BlockKind.paragraph, line.cut(turn.cut), speaker=turn.speaker)
                if turn.role == "question" and turn.speaker and outlet_label(turn.speaker):
                    self.narrated[turn.speaker] += 1
            elif turn is not None:
                self._turn(i, turn)
            else:
                self._plain(i)
        builder.close()
        who = self.answered.most_common(1)[0][0] if self.answered else None
        by = self.asked.most_common(1)[0][0] if len(self.asked) == 1 else None
        told = self.narrated.most_common(1)
        narrator = told[0][0] if told and told[0][1] >= 2 and told[0][0] not in self.asked else None
        return Body(builder.sections, by, who, out, narrator)

    def _turn(self, i: int, turn: Turn) -> None:
        self.mode = mode = BlockKind.question if turn.role == "question" else BlockKind.answer
        rest = self.lines[i].cut(turn.cut)
        if turn.role == "question" and turn.label not in QUESTION_LABELS - {"记者", "主持人"}:
            self.asked[turn.speaker or turn.label] += 1
        if turn.role != "question" and turn.speaker:
            self.answered[turn.speaker] += 1
        found = self._enumerator(i, rest, labelled=True) if mode == BlockKind.answer else None
        if found is not None:
            self.builder.point(rest, found, turn.speaker)
        else:
            self.builder.add(mode, rest, speaker=turn.speaker)
            self.builder.sequence = 0

    def _plain(self, i: int) -> None:
        line, builder = self.lines[i], self.builder
        if (asker := reported_question(line) or quoted_question(line)) is not None:
            builder.add(BlockKind.question, line, speaker=asker)
            self.mode = BlockKind.question
        elif _asks_before_answer(self.lines, self.turns, i):
            builder.add(BlockKind.question, line)
            self.mode = BlockKind.question
        elif self.mode is None and (asker := asked_at_end(line)) is not None:
            builder.add(BlockKind.question, line, speaker=asker or None)  # the report goes on as narration
        elif self.mode is None and (asker := self._stated_question(i)) is not None:
            builder.add(BlockKind.question, line, speaker=asker)  # its answer is reported speech
        elif (found := self._enumerator(i, line)) is not None:
            builder.point(line, found, self.spoken.get(i))
        elif (i in self.items or COUNTED_ITEM.match(line.folded)) and (
            item := DIGIT_ITEM.match(line.folded)
        ) is not None:
            builder.point(line, (int(item["n"]), "digit"), self.spoken.get(i))  # 1、3次全体会议
        else:
            kind = BlockKind.answer if self.mode is not None else BlockKind.paragraph
            builder.add(kind, line, speaker=self.spoken.get(i) or reported_speaker(line))

    def _stated_question(self, i: int) -> str | None:
        """The asker of a question that a narration states last (``某国记者问及…等。``), when the next
        paragraph reports the answer (``某某表示，…``)."""
        if i + 1 >= len(self.lines) or self.turns[i + 1] is not None or self.heads[i + 1]:
            return None
        asker = asked_stated(self.lines[i])
        return asker if asker and reported_speaker(self.lines[i + 1]) is not None else None

    def _enumerator(self, i: int, rest: Line, labelled: bool = False) -> tuple[int | None, str] | None:
        """The enumerator that opens a paragraph, when it opens a list: a turn's lone 首先 (``李某：首先，
        感谢…``) with no 其次 or 最后 after it in the section is no list; a paragraph of its own that
        begins with 首先 is a point, as the genre counts them."""
        found = enumerator(rest.folded)
        if found is None:
            return self._run_in(i, rest)
        if found[1] == "kan" and found[0] == 1:
            after = enumerator(self.lines[i + 1].folded) if i + 1 < len(self.lines) else None
            return found if after == (2, "kan") else None
        if found[1] != "sequence" or not rest.folded.startswith("首先") or not labelled:
            return found
        for j in range(i + 1, len(self.lines)):
            if self.heads[j]:
                break
            turn = self.turns[j]
            if _SEQUEL.match(self.lines[j].folded[turn.cut if turn else 0 :]):
                return found
        return None

    def _run_in(self, i: int, rest: Line) -> tuple[int | None, str] | None:
        """A list whose first item is run into its lead-in (``主要包括三部分：一是…``) when the next paragraph
        goes on with the second (``二是…``): the paragraph is the list's first point. A list told whole
        inside one paragraph is no point."""
        m = _LEAD_IN_ITEM.match(rest.folded)
        if m is None or "," in m["lead"] or i + 1 >= len(self.lines) or self.heads[i + 1]:
            return None  # 某某表示，…，有四方面原因：第一，…: a speaker's sentence, its list told inside it
        first = enumerator(rest.folded[m.end("lead") :])
        turn = self.turns[i + 1]
        second = enumerator(self.lines[i + 1].folded[turn.cut if turn else 0 :])
        if first is None or second is None or first[1] != second[1] or first[0] != 1 or second[0] != 2:
            return None
        return first


def build_body(lines: list[Line], title: str | None = None) -> Body:
    """Read the body's lines into sections of blocks (the title tells who a conversation's guest is)."""
    return _BodyReader(lines, title).read()


def _asks_before_answer(lines: list[Line], turns: list[Turn | None], i: int) -> bool:
    """An unmarked question followed by a marked answer is the question of that turn; so is a numbered
    question (``1. …？``) followed by a paragraph that is no question: the numbered questions of a 答问."""
    folded = lines[i].folded
    if not folded.rstrip("”’)」").endswith("?") or len(folded) > 120 or i + 1 >= len(lines):
        return False
    if lines[i].cjk == 0:
        return False  # a bilingual page's translation of the question just put
    nxt = turns[i + 1]
    if nxt is not None:
        return nxt.role in ("answer", "speaker")
    found = enumerator(folded)
    return (
        found is not None
        and found[1] in ("digit", "paren_digit")
        and not lines[i + 1].folded.rstrip("”’)」").endswith("?")
    )


def _reporter_on_air(lines: list[Line], turns: list[Turn | None], heads: list[bool]) -> int | None:
    """The one reporter's label in a text where nobody answers (``某台记者 王某：我现在是在发布厅…``, a
    recap's correspondent reporting on air): the reporter tells, asks nothing (no question mark), no answer
    turn follows and the next line is a heading that opens the recap's parts, so the line is the report's
    paragraph, no question. Two reporters' labels, a question mark, any answer (or speaker) turn, or a
    question the page cut off (the text's last line, or a paragraph after it) keep it a question."""
    asked = [i for i, turn in enumerate(turns) if turn is not None and turn.role == "question"]
    if len(asked) != 1 or any(t is not None and t.role in ("answer", "speaker") for t in turns):
        return None
    at = asked[0]
    turn = turns[at]
    if turn is None or at + 1 >= len(lines) or not heads[at + 1] or "记者" not in turn.label:
        return None
    return at if "?" not in lines[at].folded[turn.cut :] else None
