"""The figures view's rows as data: a figure table filtered and sorted column by column (no Textual here).

Nothing is done per figure in Python: the filter of :mod:`tui.core.figfilter` is applied to whole columns
(values compared as one array; a word looked for once in each distinct metric, period, comparison and
figure text, then mapped to the rows by their codes), and a sort is a ``numpy.lexsort`` over the value and
the ranks of the distinct texts. Over 300,000 figures a keystroke costs milliseconds; only the rows on
screen ever become :class:`~tui.core.model.Figure` objects and cells.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

import numpy as np

from tui.app.document_rows import reading_key
from tui.app.figure_rows import FigureRow, figure_row
from tui.core.figfilter import parse_filter
from tui.core.readings import to_simplified
from tui.core.selection import HEAD
from tui.core.text import fold

if TYPE_CHECKING:
    from tui.app.library import FigureSource, Library
    from tui.core.model import Document, Figure

Array = np.ndarray[Any, Any]
SORTS = ("section", "value", "metric", "period")
"""The orders of the figures view, in the order ``ctrl+s`` walks them (section: reading order)."""
WORD_FIELDS = ("metric", "period", "comparison", "text")
"""Where a word of the filter must occur (as :func:`tui.core.figfilter.parse_filter` reads it)."""
PHRASE_COLLATION_MAX = 4000
"""Up to this many distinct texts are ranked by their pinyin read phrase by phrase (a few ms each); more,
character by character, which takes a fraction of a second for tens of thousands."""
KEEP_ROWS = 2048
"""Rows whose cells are kept (a few screens' worth)."""


def section_label(doc: Document, f: Figure) -> str:
    """Where a figure is: its section's heading, 导语 for the lead, 标题 for the kicker and subtitle."""
    if f.section_id == HEAD:
        return "标题"
    section = next((s for s in doc.sections if s.id == f.section_id), None)
    if section is None:
        return f.block_id
    return section.heading or "导语"


class FigureQuery:
    """Filter and sort the rows of a figure table; the cells of a row when it is drawn."""

    def __init__(self, table: FigureSource, library: Library) -> None:
        self.table = table
        self.library = library
        self._values: Array | None = None
        self._folded: dict[str, list[str]] = {}
        self._ranks: dict[str, Array] = {}
        self._rows: OrderedDict[int, FigureRow] = OrderedDict()

    def __len__(self) -> int:
        return len(self.table)

    @property
    def values(self) -> Array:
        """The value of every row."""
        if self._values is None:
            self._values = self.table.numbers("value")
        return self._values

    # filtering ---------------------------------------------------------------------------------------------
    def select(self, text: str) -> Array:
        """The rows (in table order) of the figures the filter keeps."""
        f = parse_filter(text)
        mask = np.ones(len(self.table), dtype=bool)
        if f.kinds:
            mask &= self._matching("kind", lambda t: t in f.kinds)
        for check in f.values:
            mask &= np.asarray(check(self.values), dtype=bool)
        for unit in f.units:
            mask &= self._matching("unit", lambda t, unit=unit: t == unit or to_simplified(t) == unit)
        for word in f.words:
            anywhere = np.zeros(len(self.table), dtype=bool)
            for field in WORD_FIELDS:
                anywhere |= self._containing(field, word)
            mask &= anywhere
        return np.flatnonzero(mask)

    def _matching(self, field: str, test: Any) -> Array:
        """Rows whose ``field`` passes ``test`` (tested once per distinct text; None never passes)."""
        codes, table = self.table.strings(field)
        hit = np.fromiter((bool(test(t)) for t in table), dtype=bool, count=len(table))
        found: Array = np.append(hit, False)[codes]  # code -1 (None) takes the last entry: False
        return found

    def _containing(self, field: str, word: str) -> Array:
        codes, table = self.table.strings(field)
        folded = self._folded.get(field)
        if folded is None:
            folded = self._folded[field] = [fold(t).lower() for t in table]
        hit = np.fromiter((word in t for t in folded), dtype=bool, count=len(folded))
        found: Array = np.append(hit, False)[codes]
        return found

    # sorting -----------------------------------------------------------------------------------------------
    def order(self, rows: Array, key: str, descending: bool) -> Array:
        """``rows`` sorted by ``key`` (figures that tie keep their reading order)."""
        if key == "section":
            return rows[::-1] if descending else rows
        sign = -1.0 if descending else 1.0
        values = sign * self.values[rows]
        if key == "value":
            return rows[np.argsort(values, kind="stable")]
        if key == "metric":
            return rows[np.lexsort((values, sign * self._rank("metric")[rows]))]
        end_codes, _ = self.table.strings("period_end")
        return rows[np.lexsort((values, sign * self._rank("period")[rows], sign * end_codes[rows]))]

    def _rank(self, field: str) -> Array:
        """The pinyin rank of each row's text in ``field``, punctuation and quotes aside (None ranks first,
        as an empty text)."""
        if field not in self._ranks:
            codes, table = self.table.strings(field)
            phrase = len(table) <= PHRASE_COLLATION_MAX
            order = sorted(range(len(table)), key=lambda i: reading_key(table[i], phrase))
            rank = np.empty(len(table) + 1, dtype=np.float64)
            rank[np.asarray(order, dtype=np.int64)] = np.arange(len(table), dtype=np.float64)
            rank[-1] = -1.0
            self._ranks[field] = rank[codes]
        return self._ranks[field]

    # rows on screen ----------------------------------------------------------------------------------------
    def row(self, row: int) -> FigureRow:
        """A row of the table with the texts of its cells (kept for the last few screens' worth)."""
        found = self._rows.get(row)
        if found is not None:
            self._rows.move_to_end(row)
            return found
        f = self.table.figure(row)
        doc = int(self.table.doc[row])
        made = figure_row(doc, f, self.library.name(doc), section_label(self.library.document(doc), f))
        self._rows[row] = made
        if len(self._rows) > KEEP_ROWS:
            self._rows.popitem(last=False)
        return made

    def widest_values(self, rows: Array, most: int = 8) -> list[int]:
        """Positions among ``rows`` of the values written widest (the largest and the smallest, whose
        digits run longest), to measure the value column on."""
        if not len(rows):
            return []
        magnitude = np.abs(self.values[rows])
        order = np.argsort(magnitude)
        picks = np.concatenate([order[-most:], order[: most // 2]])
        return sorted({int(p) for p in picks})

    def percent_rows(self, rows: Array, most: int) -> list[int]:
        """The first ``most`` of ``rows`` whose unit is %."""
        codes, table = self.table.strings("unit")
        if "%" not in table:
            return []
        mine = rows[codes[rows] == table.index("%")][:most]
        return [int(r) for r in mine]
