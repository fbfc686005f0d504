"""Photo captions in a transcript that name who presides or who speaks, printed over that one's label.

A press conference's page prints a photo of the host with a caption (``某某处调研员王某主持新闻发布会``) over
``主持人：``, and of each speaker (``某某局一级巡视员、新闻发言人刘某``) over ``刘某：``. The label heads the words;
the caption heads nothing, though it is short and bare like a subhead.
"""

from __future__ import annotations

import re

from tui.core.lines import Line
from tui.core.turns import Turn, names_a_person

_PRESIDES = re.compile(r"主持(?:召开)?(?:新闻发布会|发布会|记者会|见面会|吹风会|座谈会|会议)?$")


def caption_over_turn(line: Line, label_line: Line, turn: Turn) -> bool:
    """A photo's caption over a speaker's label in a transcript: who presides (``某某处调研员王某主持新闻发布会``
    over ``主持人：``) or who speaks (``某某局一级巡视员、新闻发言人刘某`` over ``刘某：``), no colon of its own;
    the label heads the words, the caption heads nothing."""
    folded = line.folded.replace("·", "").strip()
    if folded.endswith(":") or len(folded) < 5:
        return False
    if turn.label == "主持人":
        return len(folded) >= 8 and _PRESIDES.search(folded) is not None
    size = len(turn.label)  # the speaker's name as his label writes it, in the line's own script
    named = folded[-size:]
    return size >= 2 and label_line.folded.replace("·", "").startswith(named) and names_a_person(folded)


_ATTENDS = re.compile(
    r"^[\u4e00-\u9fff、·]{4,30}?(?:书记|厅长|局长|主任|部长|市长|省长|县长|区长|司长|发言人|主席|行长|署长|负责人)"
    r"[\u4e00-\u9fff·]{2,4}(?:参加|出席|列席|作客|做客)了?(?:新闻发布会|发布会|记者会|吹风会|新闻通报会|通报会|座谈会|会议)$"
)


def attendance_caption(lines: list[Line], i: int) -> bool:
    """A photo's caption that names an official at the event (``某某厅党组书记王某参加新闻发布会``), which a
    paragraph within the next few echoes word for word before going on (``…参加新闻发布会，并就…``): it
    heads nothing, though it is short and bare like a subhead."""
    folded = lines[i].folded.strip()
    if _ATTENDS.match(folded) is None:
        return False
    return any(
        later.folded.strip().startswith(folded) and len(later.folded.strip()) > len(folded) + 4
        for later in lines[i + 1 : i + 5]
    )
