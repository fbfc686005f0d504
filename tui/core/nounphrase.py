"""A metric is a noun phrase: the check that a candidate is one, and the back-off to the noun phrase inside.

A clause about how a figure is reckoned or kept (…的起征点计算, …的标准不变, 扣除…的费用后计算纳税), a
subject cut before a preposition (甲以…的差距落后乙) or after a modal verb (今年将会占到…) leaves a fragment
of a verb phrase where the metric should be. :func:`noun_phrase` trims such a candidate back to the noun
phrase inside it, or to nothing when none is left or when it only points back (这一项因素), so that the caller
takes the subject the sentence gives. The words come from :mod:`tui.core.figwords`.
"""

from __future__ import annotations

import re

from tui.core.figwords import (
    DEGREE_ENDS,
    END_PREPOSITIONS,
    MODAL_NOUNS,
    MODAL_STARTS,
    POINTERS,
    POSTPOSITIONS,
    PREPOSITION_NOUNS,
    PREPOSITION_STARTS,
    RECKON_MARKS,
    RECKON_VERBS,
    START_PREPOSITIONS,
    STATE_VERBS,
)
from tui.core.spoken import is_reporting
from tui.core.vocab import alternation

_RECKONED = re.compile(
    rf"(?<=..)(?:(?:{alternation(POSTPOSITIONS)})?(?:{alternation(RECKON_MARKS)})?"
    rf"(?:{alternation(RECKON_VERBS)})+|(?:{alternation(STATE_VERBS)}))$"
)
"""起征点计算, 费用后计算纳税, 这一项因素来测算, 标准不变: the reckoning or state verb after the noun."""
_POSTPOSITION = re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})(?:{alternation(POSTPOSITIONS[:4])})$")
"""费用之后: a time clause closed around the noun (not 税后, 90后, 会前: one character or a digit before)."""
_DEGREE_END = re.compile(rf"(?:{alternation(DEGREE_ENDS)})$")
_PREPOSITION_END = re.compile(rf"(?<=..)(?:{alternation(END_PREPOSITIONS)})$")
_GLOSS = r"(?:\([a-z\u00e0-\u01dc ]{1,8}\))?"
"""A mirror's pinyin gloss written after a character (會(huì )), which goes with the character."""
_MODAL_START = re.compile(rf"^(?!{alternation(MODAL_NOUNS)})(?:{alternation(MODAL_STARTS)}){_GLOSS}")
_MODAL_END = re.compile(rf"(?<=..)(?:{alternation(tuple(w for w in MODAL_STARTS if len(w) == 2))}){_GLOSS}$")
"""全市社保支出将会|占到…: a modal of two characters left at the end (one alone ends nouns: 委员会, 功能)."""
_PREPOSITION_START = re.compile(
    rf"^(?!{alternation(PREPOSITION_STARTS)})(?:{alternation(START_PREPOSITIONS)}){_GLOSS}(?=..)"
)
_POINTER = re.compile(rf"^(?:{alternation(POINTERS)})")


_OPENERS = {"（": "）", "(": ")", "“": "”", "「": "」", "《": "》"}
_CLOSERS = frozenset(_OPENERS.values())


def balanced(metric: str | None) -> str | None:
    """A metric cut at a bracket or quotation mark it opens and never closes (中期借贷便利（MLF）操作（含,
    支出的“两个): what stands before it, without a 的 left at its end; a closing mark it never opened
    (地方财力比重”) dropped."""
    if not metric:
        return metric
    depth: list[int] = []
    stray: list[int] = []
    for i, ch in enumerate(metric):
        if ch in _OPENERS:
            depth.append(i)
        elif depth and ch == _OPENERS[metric[depth[-1]]]:
            depth.pop()
        elif ch in _CLOSERS:
            stray.append(i)  # 地方财力比重”: the closing half of a quote the clause cut opened before it
    if stray:
        metric = "".join(ch for i, ch in enumerate(metric) if i not in stray)
        return balanced(metric)
    if not depth or depth[0] == 0:
        return metric
    kept = metric[: depth[0]].rstrip("的 ")
    return kept if len(kept) >= 2 else metric


def noun_phrase(candidate: str, head: bool = True) -> str:
    """The noun phrase a metric candidate holds: ``candidate`` itself when it is one, a shorter phrase when it
    ends on a verb of reckoning or state, a postposition or a preposition, or starts on a modal verb; ``""``
    when what is left only points back (这一项因素) or names nothing. With ``head`` false the start is
    kept: a phrase read after a number may name what it takes (两个多小时|可完成一单清关)."""
    s = candidate
    for _ in range(3):
        before = s
        s = _RECKONED.sub("", s)
        s = _POSTPOSITION.sub("", s)
        s = _MODAL_END.sub("", s)
        s = _DEGREE_END.sub("", s)
        if not s.endswith(PREPOSITION_NOUNS):
            s = _PREPOSITION_END.sub("", s)
        if head:
            s = _PREPOSITION_START.sub("", _MODAL_START.sub("", s))
        s = s.strip("的")
        if s == before:
            break
    if s != candidate and (_POINTER.match(s) or is_reporting(s)):
        return ""  # 这一项因素(来测算), 他说了(很): the figure before or who spoke, not a thing measured
    return s


def unquote(text: str) -> str:
    """Drop a quotation mark left open by the clause cut (“根据…), keep a pair (“小巨人”企业)."""
    if text[:1] in '“"' and "”" not in text[1:] and '"' not in text[1:]:
        text = text[1:]
    if text[-1:] == "“":
        text = text[:-1]  # 他说“增长8%”: a quote opened right before the value holds no part of the subject
    if text[-1:] in '”"' and "“" not in text[:-1] and '"' not in text[:-1]:
        text = text[:-1]
    return text
