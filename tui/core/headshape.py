"""The shapes of a page's header lines: a headline's, a deck's, a paragraph's, a translation's, and
when two lines are one headline (repeated, or worded another way).

:mod:`tui.core.header` reads the header with them and :mod:`tui.core.boilerplate` finds the headline again
in the body. Every function takes a :class:`~tui.core.lines.Line` or *folded* text.
"""

from __future__ import annotations

import re

from tui.core import chrome
from tui.core.headings import heading_form
from tui.core.lines import Line, words
from tui.core.turns import label_line, turn_marker

DASHES = ("——", "--", "—")
_SIGNED_OFF = re.compile(r"(?<=[。!?])\s*[(\[][^()\[\]]{1,24}[)\]]$")
"""A paragraph's last sentence signed with its reporters (``…受益。(记者王某、李某)``): the sentence ends there."""


def title_like(line: Line) -> bool:
    """Short enough and unfinished enough for a headline (no sentence's end)."""
    folded = _SIGNED_OFF.sub("", line.folded)
    size = words(folded)
    if size > 80 or folded.endswith(("。", ";")):
        return False
    return size <= 50 or not folded.endswith(("!", "?"))


def headline_length(line: Line) -> bool:
    """Long enough for a headline: a word or two alone at the top of a page (``阴影``, ``新闻``) is the
    page's, when a longer line stands there too."""
    return len("".join(line.folded.split())) >= 5


def prose(line: Line) -> bool:
    """A paragraph of the body: the header ends before it (a long menu, ``首页 | 时政 | 财经 | …``, is none)."""
    folded = line.folded
    if "。" not in folded and sum(folded.count(bar) for bar in "|丨") >= 4:
        return False
    size = words(folded)
    return (size > 15 and folded.endswith("。")) or size > 80 or (size > 40 and "。" in folded)


def foreign(line: Line) -> bool:
    """A line in another language than the article's: Latin letters (a site's notice, a translation) or
    Japanese kana (``こちらのページは…``)."""
    return latin(line) or sum(1 for ch in line.text if "\u3040" <= ch <= "\u30ff") >= 3


def latin(line: Line) -> bool:
    """A line in Latin letters (an English translation), no Chinese in it."""
    letters = sum(1 for ch in line.text if ch.isascii() and ch.isalpha())
    return line.cjk == 0 and letters >= 8 and letters >= 0.6 * len(line.text.replace(" ", ""))


def deck_shape(line: Line) -> bool:
    """A line that can stand under a title as its deck: short, no sentence in it, no heading marker."""
    folded = line.folded
    if not 8 <= len(folded) <= 50 or line.cjk < 4:
        return False
    if any(mark in folded for mark in chrome.SENTENCE_END) or folded[-1] in ",、:":
        return False
    if turn_marker(line) is not None or label_line(line) is not None:
        return False
    return heading_form(line) == "plain"


def same_headline(a: str, b: str) -> bool:
    """Two folded lines that are one headline: equal but for spaces, or one the other with a few
    characters more (a portal's suffix, a mark dropped, a column's name before a bar or a colon)."""
    a, b = "".join(a.split()), "".join(b.split())
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    if len(short) < 8 or short not in long:
        return False
    if long.endswith(short) and long[-len(short) - 1] in "|丨:":
        return True  # 某某记者会|(the headline): a portal's column before its bar
    return len(short) >= 0.8 * len(long) or (long.startswith(short) and long[len(short)] in "_-|—")


def _bigrams(text: str) -> set[str]:
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {han[i : i + 2] for i in range(len(han) - 1)}


def variant_headline(line: str, title: str) -> bool:
    """A line that words the headline another way (a portal's headline and the paper's, ``某某热点：首场
    发布会 新面孔亮相`` / ``首场发布会：新面孔亮相``): most of its character pairs are the headline's, and
    most of the headline's are its (a section heading that shares a phrase with the headline does not)."""
    mine, theirs = _bigrams(line), _bigrams(title)
    return len(mine) >= 6 and len(mine & theirs) >= 0.7 * max(len(mine), len(theirs))
