"""The month a page gives for itself when it gives no day (``2017-03    来源: …``): the year 今年 means.

A page whose date line names a month only has no publication day (:attr:`tui.core.model.Document.day` is
None), yet it says when it was written: 今年1月 is that year's January, 去年 the year before. The figure
extractor takes the year from the page's meta lines; a bare 全年 or 前三季度 still resolves only from the
years the text itself reports on (:func:`tui.core.periodref.infer_reference`).

A monthly release says in its title the month it reports on (``1月CPI、PPI…``): 上月 and 本月 in a paragraph
that names no month count from that month, not from the day of publication (:func:`with_reported_month`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from tui.core.model import Document
from tui.core.reftime import Reference

_MONTH_ONLY = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s?(?:[-/.]|年)\s?(\d{1,2})(?:月)?(?![\d/.-]|\s?[日号])")
"""2017-03, 2017/3, 2017年3月: a year and a month with no day after them."""


def page_month(doc: Document) -> tuple[int, int] | None:
    """The year and month a page's meta line gives, when it gives no day; None when there is none."""
    for line in doc.boilerplate:
        if line.kind != "meta":
            continue
        m = _MONTH_ONLY.search(line.text)
        if m and 1 <= int(m[2]) <= 12:
            return int(m[1]), int(m[2])
    return None


def with_page_month(doc: Document, reference: Reference) -> Reference:
    """``reference`` for an undated document, with 今年 the year of the month its page gives (if any)."""
    if doc.day is not None:
        return reference
    month = page_month(doc)
    return reference if month is None else Reference(None, month[0], reference.review_year)


_TITLE_MONTH = re.compile(
    r"(?:((?:19|20)\d{2})\s?年)?(?<![\d前首至到~、—–-])(\d{1,2})\s?月份?(?![\d日号末底初中上下])"
)
"""1月CPI…, 2022年3月份国民经济…: the month a title reports on (not a day, a month's end, a range's end)."""


def with_reported_month(title: str, reference: Reference, texts: Iterable[str] = ()) -> Reference:
    """``reference`` with the month a monthly release reports on, when its title names one month and its year
    is known: written in the title or with that month in the text or on the page (``2022年1月``), else the year before the day
    of publication's month when the month is later. An undated release means by 今年 the year it reports on."""
    found = {(m[1], int(m[2])) for m in _TITLE_MONTH.finditer(title)}
    if len(found) != 1:
        return reference
    written, month = found.pop()
    if not 1 <= month <= 12:
        return reference
    published = reference.published
    said = Counter(
        m[1] for text in texts for m in re.finditer(rf"((?:19|20)\d{{2}})\s?年\s?0?{month}\s?月", text)
    )
    if written or said:
        year: int | None = int(written or said.most_common(1)[0][0])
    elif published is not None:
        year = published.year - (month > published.month)
    else:
        year = reference.year
    if year is None:
        return reference
    this_year = reference.year if published is not None else year
    # undated, a bare 8月份 is the month reported on, of the year the page writes with it (a caption's
    # 2024年8月份) when the text itself gives no year to review
    review = reference.review_year if published is not None or reference.review_year else year
    return dataclasses.replace(
        reference, year=this_year, review_year=review, reported=dt.date(year, month, 1)
    )


__all__ = ["page_month", "with_page_month", "with_reported_month"]
