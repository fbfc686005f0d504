"""Lines a list is made of that a heading's test would take for subheads: tallies and a label's pair.

A digest tallies what a meeting holds a line each, a count and a thing (``4次全体会议`` / ``12次分组讨论`` /
``2场记者会``): two or more such lines one under the other are a list's items, not headings (a heading that
starts with a figure stands alone over the text it titles). A one-word label over the heading that repeats it
(``工业`` over ``工业生产加快、效益回升``) is a pair of headings: the second is no deck of the first, even with
the commas a deck has.
"""

from __future__ import annotations

import re

from tui.core.lines import Line

_TALLY = re.compile(
    r"^\d{1,4}\s*(?:次|场|个|项|家|名|位|批|条|件|天|轮|期|所|座|辆|台|套|篇|份|部|类|种)"
    r"[“”\"‘’《》\u4e00-\u9fff]{2,18}$"
)
"""A count and the thing counted, nothing else: ``3场记者会``, ``2场“代表通道”采访``."""
_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")


def tally(line: Line) -> bool:
    """True when the line is a count and a thing counted, no clause around them (``10次小组讨论``)."""
    return _TALLY.match(line.folded.strip()) is not None


def tally_items(lines: list[Line]) -> list[int]:
    """The lines that stand in a run of two or more tallies, one under the other: a list's items."""
    marks = [tally(line) for line in lines]
    return [
        i
        for i, here in enumerate(marks)
        if here and ((i > 0 and marks[i - 1]) or (i + 1 < len(marks) and marks[i + 1]))
    ]


def label_pair(label: Line, heading: Line) -> bool:
    """True when a one-word label (two to six characters) stands over a longer heading that opens on it."""
    word = label.folded.strip()
    below = heading.folded.strip()
    return _LABEL.fullmatch(word) is not None and below.startswith(word) and len(below) > len(word) + 1
