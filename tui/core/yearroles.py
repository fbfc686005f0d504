"""What a year written in an article's text is to the year the text reports on.

:func:`tui.core.periodref.infer_reference` reads an undated article's years; a year is only evidence of the year
reported on when it is said of a period done. This module says what else it may be: a target or a forecast
(到2025年, 2025年外需可能走弱), a deadline ahead (暂免征收…至2022年底), an event the page announces
(2024年3月1日，新规将正式施行), a comparison base (比2019年初) or the start or span of years (2022年起).
"""

from __future__ import annotations

import re
from typing import Literal

from tui.core.periodroles import is_base, is_target

YearRole = Literal["upcoming", "target", "base", "span", "reported"]

_UPCOMING = re.compile(
    r"[^。!?\n]*?(?:即将|将(?:于|在)?(?:正式|全面)?(?:生效|实施|施行|启动|开通|举行|召开|上线|落地|开幕|开始))"
)
"""An event the page says is ahead (2024年3月1日，新规将正式施行): its year is not the year reported on."""
_EARLY = re.compile(r"年(?:1|2|3|一|二|三)月")
_DEADLINE = re.compile(r"(?<!截)(?:至|到)$")
"""A policy kept until a year's end (暂免征收…至2022年底): a deadline ahead, not a period reported (截至 is)."""
_FORECAST = re.compile(r"[^。!?\n]*?(?:可能|有望|预计|预测|或将|将会)")
"""A forecast in the sentence after a year (2025年外需可能走弱) does not tell the year reported on."""


def early_in_year(phrase: str) -> bool:
    """An event in the first quarter (2022年1月1日): a page announcing it reports on the year before, as a report
    in the first months of a year does."""
    return _EARLY.search(phrase) is not None


def year_role(text: str, start: int, end: int, phrase: str, *, span: bool = False) -> YearRole:
    """What the period phrase ``phrase`` at ``text[start:end]`` is: an event ahead, a target, a base, the start
    or a span of years (``span`` when the finder read a range), or a period reported."""
    if _UPCOMING.match(text, end, end + 40):
        return "upcoming"
    deadline = phrase.endswith(("底", "末")) and _DEADLINE.search(text, max(0, start - 3), start) is not None
    if is_target(text, start, end) or _FORECAST.match(text, end, end + 30) or deadline:
        return "target"
    if is_base(text, start, end):
        return "base"
    if phrase.endswith(("以来", "起")) or span:
        return "span"
    return "reported"


_LATE_PART = re.compile(r"(?:第?四季度|(?:12|十二)月份?|年?[末底]|下半年|全年)$")
_AFTER_WHOLE = re.compile(
    r"(?:相比|比较)?[,，]?(?:同期|年?[末底]|(?:同比|环比)?"
    r"(?:增长|下降|增加|减少|提高|上升|回落|降低|扩大|缩小|多|少|高|低))"
)


def year_reported_after(text: str, end: int, phrase: str, year: int) -> int:
    """The year a text with no date reports on when ``phrase`` (ending at ``end``) is only the base it compares
    with: the year after a base of a whole year, of its same part (同期) or of its end (比2021年四季度环比增长 is
    said of the next year's first quarter, 较2020年末增加 of a time in 2021); the base's own year for a base
    early in a year (比2019年初, 比2021年一季度), whose later parts are still in it."""
    words = re.sub(r"^.*?年度?\s?", "", phrase, count=1)
    if words:
        return year + 1 if _LATE_PART.search(words) else year
    return year + 1 if _AFTER_WHOLE.match(text, end) else year
