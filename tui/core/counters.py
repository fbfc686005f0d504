"""A page's counters: the numbers a portal or a forum prints by a post for its views, replies and likes.

A forum prints its view and reply counts side by side under the headline (``1264 0``); an aggregator prints its
views with a Latin or Chinese unit (``15.k views``, ``3.2万阅读``, ``阅读 1.5万``). They count the page's
readers, not anything the text says, so they are page furniture: no title, no point (``15.`` is no enumerator),
no figure. A line of years (``2021 2022 2023``, a table's header) and a number with a unit of the text
(``1264 亿元``) are no counters. Pure functions of one folded line.
"""

from __future__ import annotations

import re

_AMOUNT = r"\d{1,6}(?:\.\d{0,2})?\s*(?:[kKwW]|万|千)?\+?"
_COUNT_WORD = r"(?:views?|reads?|likes?|comments?|replies|阅读|浏览|次浏览|人阅读|人浏览|评论|回复|点赞|赞)"
_UNITED = re.compile(
    rf"^(?:{_AMOUNT}\s*{_COUNT_WORD}\s*){{1,3}}$|^(?:{_COUNT_WORD}\s*:?\s*{_AMOUNT}\s*){{1,3}}$"
)
"""Counts with their words: ``15.k views``, ``3.2万阅读 12评论``, ``阅读 1.5万``."""
_BARE_PAIR = re.compile(r"^\d{1,7}(?:\s+\d{1,7}){1,2}$")
"""Two or three bare integers side by side (``1264 0``): a forum's views and replies under its headline."""
_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def is_counter(line: str) -> bool:
    """True when a folded line is only a page's counters (views, replies, likes), as a portal prints them."""
    line = line.strip()
    if _UNITED.match(line):
        return True
    if _BARE_PAIR.match(line):
        return not all(_YEAR.match(part) for part in line.split())
    return False
