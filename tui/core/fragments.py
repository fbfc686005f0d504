"""A metric cut from its clause as a fragment, and what is left of it once the fragment is mended.

A subject read from the text before a number may end mid-word or on a function word once the verb and the
period are cut from it: a ``每`` cut from its ``每增长`` (产值每|增长1个百分点), an adverb and a preposition
whose object was a period (总量首次在|上半年|便突破), a modal (他对本省今年能够|完成). It may also be no noun
phrase at all: a pronoun and what it does (他对…), or a verb alone (已经造成|30万灾民, 共生产|12.5万辆).
:func:`mended` trims the first kind back to the noun phrase before it and turns the second into nothing, so
that the caller takes the counted thing after the number or the subject of the clause before.
"""

from __future__ import annotations

import re

from tui.core.metricwords import ADVERBS

_MULTI_ADVERBS = tuple(sorted((w for w in ADVERBS if len(w) >= 2), key=len, reverse=True))
_ADVERB_ENDS = (*_MULTI_ADVERBS, "首度", "一举", "正在")
_DEBRIS_CHARS = "在于於便就才已都也还還又再能会會将將"
"""An adverb with the debris a cut period leaves after it (首次在|上半年|便): cut only after a two-character
adverb, since 在, 能, 会 alone end nouns (所在, 产能, 委员会)."""
_PRONOUN = re.compile(
    r"^(?:(?:他|她|它|你|您|咱)(?:们|們)?(?![国國人家])|我(?:们|們)|我(?=[对對把给給在将將要会會能]))"
)
"""他对本省…, 我们把…: a person and what they do, no thing measured (我国, 我省 are places: kept)."""
_LONE_VERBS = frozenset(
    ("造成", "导致", "導致", "带来", "帶來", "产生", "產生", "生产", "生產", "形成", "创造", "創造", "吸引",
     "带动", "帶動", "拉动", "拉動", "引发", "引發", "惠及", "涉及", "收获", "收穫", "换来", "換來")
)  # fmt: skip
"""Verbs that, left alone, name nothing measured: the thing is what they produce or the subject before."""


def mended(metric: str) -> str:
    """``metric`` without a fragment's cut end (每, 首次在便, 能够), or ``""`` when it is a pronoun's clause or a
    verb alone; ``metric`` itself when it is a noun phrase already."""
    # 产值每|增长1个百分点: the 每 of a rate per unit of change, its verb read as the comparison
    s = metric[:-1] if metric.endswith("每") and len(metric) > 2 else metric
    bare = s.rstrip(_DEBRIS_CHARS)
    if bare.endswith(_ADVERB_ENDS):
        adverb = next(w for w in _ADVERB_ENDS if bare.endswith(w))
        if len(re.findall(r"[\u4e00-\u9fffA-Za-z]", bare[: -len(adverb)])) >= 2:
            s = bare[: -len(adverb)].rstrip("的")
    if _PRONOUN.match(s) or s in _LONE_VERBS:
        return ""
    return s


def person_acts(text: str) -> bool:
    """Whether ``text`` opens on a person and what they do (他对…, 我们把…), no subject measured."""
    return _PRONOUN.match(text.lstrip(" ,;:。!?")) is not None
