"""The year an undated article reports on: the reference its period phrases resolve against.

An article with a date line is read against that date. Without one, the years its period phrases write say
what year 今年 is (:func:`infer_reference`); what a year is where it stands (a period, a base, a target, a
start) is for :mod:`tui.core.yearroles` to say, the phrases are those :mod:`tui.core.periods` finds.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from tui.core.periods import FINDER, PREFIX
from tui.core.reftime import Reference, written_year
from tui.core.yearroles import early_in_year, year_reported_after, year_role


def infer_reference(published: dt.date | None, texts: Iterable[str]) -> Reference:
    """The reference of an article: its date, or when it has none, the years its text gives.

    Without a date, the year reported on is the year the text writes most often for a period of its own
    (the latest of a tie; a year in a forecast, a target, a start or a span of years does not count), or failing
    that the latest year of a comparison base (比2019年初), or failing that of a target (到2035年), or failing
    that the latest year a span runs from to the present (2018年以来).
    今年 is that year, unless the text says 去年 for its periods and never 今年, or says 今年 and also writes
    the year after as a period of its own: then it was published the year after (a report in the first
    months of a year about the year before).
    """
    if published is not None:
        return Reference(published, published.year, None)
    texts = list(texts)
    reported: list[int] = []
    based: list[int] = []
    targets: list[int] = []
    upcoming: list[int] = []
    since: list[int] = []
    this_year = last_year = False
    for text in texts:
        for m in FINDER.finditer(text):
            phrase = m.group(0)
            year = written_year(phrase)
            role = year_role(text, m.start(), m.end(), phrase, span=m.lastgroup == "year_range")
            if role == "upcoming" and year:
                upcoming.append(year - 1 if early_in_year(phrase) else year)
                continue
            if role in ("target", "upcoming"):
                targets.extend([year] if year else [])
                continue
            if role == "base":
                based.extend([year_reported_after(text, m.end(), phrase, year)] if year else [])
                continue
            if role == "span":
                if year and PREFIX.sub("", phrase).endswith(("以来", "以來")):
                    since.append(
                        year
                    )  # 2018年以来…稳定: a span running to the present, which is that year or later
                continue  # 2022年起, 2015年至2017年: the report comes some years later, no telling when
            reported.extend([year] if year else [])
            words = PREFIX.sub("", phrase)
            this_year = this_year or words.startswith(("今年", "本年"))
            last_year = last_year or words.startswith(("去年", "上年"))
    if not (reported or based) and upcoming:  # only an event ahead (2022年1月1日…将生效)
        return Reference(None, max(upcoming), max(upcoming))
    if not (reported or based or targets):
        # only 2018年以来: the latest year a span runs from to the present is the nearest the text comes
        return Reference(None, max(since), max(since)) if since else Reference(None, None, None)
    counts = Counter(reported)
    # the year written most often for a period (the latest of a tie), else the latest base or target
    base = max(counts, key=lambda y: (counts[y], y)) if counts else max(based or targets)
    # 2023年是…之年。…我国今年…: 今年 said right after the year after the one reported, which it is
    later = this_year and counts[base + 1] > 0 and any(_said_after(text, base + 1) for text in texts)
    # 由2013年的25%提升到2017年的26.5%，今年前3季度…: 今年 is the next step of a series ending on the year
    later = later or (this_year and any(_next_in_series(text, base) for text in texts))
    return Reference(None, base + 1 if (last_year and not this_year) or later else base, base)


def _said_after(text: str, year: int) -> bool:
    """今年 within a sentence's reach after ``year`` written (not as a base or a target: the caller counts)."""
    return re.search(rf"{year}\s?年[^今\d]{{0,60}}?今年", text) is not None  # no other number between


def _next_in_series(text: str, year: int) -> bool:
    """``year`` written with its value (2017年的26.5%, 2017年底达到3.1万家) and 今年 right after it in the same
    sentence, as the next step of a series: 今年 is a later year than ``year``, not that year again."""
    value = r"的?[^,;。今]{0,8}?\d[\d.]*\s?[^\d\s,;。今]{0,4}"
    return re.search(rf"{year}\s?年(?:底|末)?{value},+\s?今年", text) is not None


__all__ = ["infer_reference"]
