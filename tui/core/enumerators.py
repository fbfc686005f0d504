"""The enumerators that open a paragraph as a list's point.

``一是``, ``第一，``, ``第一个特点，``, ``其一，``, ``（一）``, ``一、``, ``（1）``, ``1.``, ``①``, ``首先，`` (``首先是…``) and
``一看…，二看…``: each read as its ordinal and its style (``一方面`` is rhetoric, no enumerator). The body's
reader (:mod:`tui.core.blocks`) decides whether the paragraph is a point; the boilerplate pass asks it too
(a point under the text's last sentence is no footer).
"""

from __future__ import annotations

import re

from tui.core.numerals import number_value
from tui.core.traditional import simplify

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_ITEM_NOUNS = "特点|特征|方面|层面|变化|亮点|重点|原因|问题|举措|措施|考虑|趋势|体会|理由|意义|要求"
"""What a speaker counts off as ``第一个特点，…``, ``第二个方面是…`` (simplified; a 第一个百年目标 is no item)."""
_ENUMERATORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})是"), "shi"),
    (re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})\s*(?:[,、:]|是|则(?=要|是|在|应|需|必))"), "di"),
    (re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})(?:个|点)(?:{_ITEM_NOUNS})?\s*(?:[,、:]|是)"), "di"),
    (re.compile(rf"^其(?P<n>[{_CN}])\s*[,、:]"), "qi"),
    (re.compile(rf"^\((?P<n>[{_CN}]{{1,3}})\)"), "paren"),
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})、"), "dun"),
    (re.compile(r"^\((?P<n>\d{1,2})\)"), "paren_digit"),
    (re.compile(r"^(?P<n>\d{1,2})\s*[.、)](?!\d)"), "digit"),
    (re.compile(rf"^(?P<n>[{_CIRCLED}])"), "circled"),
    (re.compile(r"^(?P<n>首先|其次|再次|最后)\s*[,,]|^(?P<m>首先|其次|再次)是(?!否)"), "sequence"),
    (re.compile(rf"^(?P<n>[{_CN}])看(?![来到见出似上起得懂完过着了])"), "kan"),
)
"""Enumerators that open a paragraph; ``一看…，二看…`` (what to look at, one by one) counts as ``一是``
does, its first only when the second opens the next paragraph (``一看到…`` is no list)."""


def enumerator(folded: str) -> tuple[int | None, str] | None:
    """The ordinal and style of an enumerator that opens a paragraph, or None."""
    text = simplify(folded) if folded.startswith("第") else folded  # 第一個特點 as 第一个特点
    for pattern, style in _ENUMERATORS:
        m = pattern.match(text)
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
