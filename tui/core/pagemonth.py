"""The month a page gives for itself when it gives no day (``2017-03    来源: …``): the year 今年 means.

A page whose date line names a month only has no publication day (:attr:`tui.core.model.Document.day` is
None), yet it says when it was written: 今年1月 is that year's January, 去年 the year before. The figure
extractor takes the year from the page's meta lines; a bare 全年 or 前三季度 still resolves only from the
years the text itself reports on (:func:`tui.core.periods.infer_reference`).
"""

from __future__ import annotations

import re

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


__all__ = ["page_month", "with_page_month"]
