"""A headline the page prints only among its paragraphs, and again and again as its images' captions.

Some reposting sites drop the article's headline from the top of the page (a reading-time widget or
nothing stands there) and print it after the first paragraph instead, then once more under every
picture, word for word. A reader names the page by that line: it is the only short line the page repeats
verbatim. Its copies are captions, not the sections' headings: they stay in the text as paragraphs (a
figure in a caption is one of the text's), in the section they stand in (:func:`captioned`).

The form is narrow: the line comes within the first paragraphs of a page that has no headline above its
text, it is shaped as a headline (short, no sentence's end, not a numbered or bracketed heading, no
speaker's label), and it stands two times or more, each copy on a line of its own. A heading the text
repeats (``图片新闻``) is too short to be a headline, and a numbered heading (``一、…``) is the text's.
"""

from __future__ import annotations

import re

from tui.core import chrome
from tui.core.headshape import prose, title_like
from tui.core.lines import Line
from tui.core.model import Block, BlockKind, Section
from tui.core.text import fold
from tui.core.turns import turn_marker

_REACH = 3
"""The headline is looked for among so many lines from the text's first line (the first paragraph or two
stand above it)."""
_MIN_CHARS = 8
"""A headline this long at least: a short label that the page repeats (``图片新闻``, ``延伸阅读``) is the page's."""
_MARKED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.]|[【\[●■◆▲★☆])"
)
"""A section's mark or a bracket: the text's own heading, not the page's headline."""


def _headline_shaped(line: Line) -> bool:
    folded = line.folded
    return (
        title_like(line)
        and not prose(line)
        and len("".join(folded.split())) >= _MIN_CHARS
        and not folded.endswith((":", "?", "!", ","))
        and _MARKED.match(folded) is None
        and chrome.chrome_kind(folded) is None
        and _no_turn(line)
    )


def _no_turn(line: Line) -> bool:
    """No question, answer or host's turn; a label and a claim (``某某部:前三季度新增就业超千万``) is a
    headline's form when a long claim follows the name."""
    turn = turn_marker(line)
    return turn is None or (turn.role == "speaker" and len(line.folded[turn.cut :].strip()) >= 10)


def echoed_headline(lines: list[Line], start: int) -> int | None:
    """The index of the headline that the page prints after its first paragraph and repeats verbatim (two
    times or more) as captions, looked for from the text's first line at ``start`` or past the page's furniture under it; None when there is none."""
    while start < len(lines) and chrome.chrome_kind(lines[start].folded) is not None:
        start += 1  # the page's widget over the text (本篇文章N字,读完约M分钟)
    if start >= len(lines) or not prose(lines[start]):
        return None
    for i in range(start + 1, min(len(lines), start + _REACH + 1)):
        line = lines[i]
        if not _headline_shaped(line):
            continue
        key = "".join(line.folded.split())
        if sum(1 for other in lines if "".join(other.folded.split()) == key) >= 2:
            return i
    return None


def captioned(sections: list[Section], title: str | None) -> list[Section]:
    """The sections with every one headed by a copy of the echoed title merged into the one before it, the
    copy a paragraph there (a caption under a picture, not a section's heading)."""
    key = "".join(fold(title or "").split())
    return _merged(sections, {key})


_CHART_LABEL = 8
"""So many characters at most in a chart's label (``居民消费``, ``工业增加值``)."""


def chart_labels(sections: list[Section]) -> list[Section]:
    """The sections with a chart's label merged as a paragraph into the one before it: a short plain line
    the release prints again and again, each time with nothing under it but the next heading (a chart's
    title whose numbers the page lost, over ``一、…`` and again over ``二、…``). A heading a text repeats
    with its own text under it, or a bracketed tag (``【相关报道】``), is the text's."""
    counts: dict[str, int] = {}
    for i, section in enumerate(sections[:-1]):
        heading = section.heading
        if heading is None or section.blocks or len(heading) > _CHART_LABEL or heading[0] in "【[(":
            continue
        if sections[i + 1].heading is not None:
            key = "".join(fold(heading).split())
            counts[key] = counts.get(key, 0) + 1
    return _merged(sections, {k for k, n in counts.items() if n >= 2})


def _merged(sections: list[Section], keys: set[str]) -> list[Section]:
    """The sections with every one whose heading folds to one of ``keys`` merged into the one before it."""
    out: list[Section] = []
    for section in sections:
        heading = section.heading
        if not out or heading is None or "".join(fold(heading).split()) not in keys:
            out.append(section)
            continue
        caption = Block(
            id="",
            kind=BlockKind.paragraph,
            text=heading,
            start=section.heading_start or 0,
            end=section.heading_end or 0,
        )
        last = out[-1]
        out[-1] = Section(
            id=last.id,
            heading=last.heading,
            heading_start=last.heading_start,
            heading_end=last.heading_end,
            blocks=[*last.blocks, caption, *section.blocks],
        )
    return out
