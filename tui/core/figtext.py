"""The text as the figure extractor reads it, and a unit as the text writes it.

:func:`figure_fold` folds widths and, in a text written in traditional characters, simplifies every character
one for one, so that spans cut from the folded text are spans of the text as written; :func:`written_unit`
gives a figure's unit in the script and width the text writes it (``個`` in a traditional text);
:func:`without_glosses` drops the pinyin glosses some mirror pages print after characters (``萬(wàn)人``);
:func:`texts_of` lists the texts of a document figures are read from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.core.model import Document
from tui.core.quantity import Quantity
from tui.core.readings import to_simplified
from tui.core.text import fold
from tui.core.vocab import TRADITIONAL_HINTS

_TRADITIONAL = re.compile(f"[{TRADITIONAL_HINTS}]")
_VARIANTS = str.maketrans({"増": "增"})
"""Japanese forms some pages type for a change verb (同比増加): OpenCC leaves them, a reader reads 增."""


def figure_fold(text: str) -> str:
    """The text as the extractor reads it, one character for one: widths folded (:func:`tui.core.text.fold`)
    and, in a text written in traditional characters, every character simplified (OpenCC's t2s, loaded on
    the first such text only), so that 萬億, 個, 兩, 同比增長 and 百分點 read as in simplified texts while
    spans, metrics and periods are cut from the text as written."""
    folded = fold(text).translate(_VARIANTS)
    return to_simplified(folded) if _TRADITIONAL.search(folded) else folded


def written_unit(text: str, unit: str, after: str = "") -> str:
    """The unit in the script the text writes it (``個``, ``項`` in a traditional text, as a reader quotes it);
    widths folded (``％`` is ``%``); the vocabulary's form when the text spells it another way. A unit lent by
    the list's last number (``2.1個、0.8個百分點``) is written in ``after``, the text that follows."""
    for source in (text, after):
        written = fold(source)
        simplified = to_simplified(written)
        at = simplified.rfind(unit) if unit and len(simplified) == len(written) else -1
        if source is after:
            at = simplified.find(unit) if unit and len(simplified) == len(written) else -1
        if at >= 0:
            return written[at : at + len(unit)]  # 200項左右: the unit before the hedge
    return unit


_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
"""A pinyin gloss printed after a character (``經(jīng)濟``, ``463萬(wàn)人``): always with a tone mark."""


def without_glosses(text: str) -> tuple[str, list[int] | None]:
    """The text without its pinyin glosses, and where each of its characters (and its end) stands in ``text``;
    None for the offsets when there is no gloss (the text is returned as it is)."""
    if not _GLOSS.search(text):
        return text, None
    kept: list[str] = []
    where: list[int] = []
    last = 0
    for m in _GLOSS.finditer(text):
        kept.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        last = m.end()
    kept.append(text[last:])
    where.extend(range(last, len(text) + 1))
    return "".join(kept), where


@dataclass(frozen=True)
class AsWritten:
    """Maps what the extractor read back to the characters as written: ``text`` is the text read (without
    its glosses), ``folded`` its folded form, ``written`` the text as written and ``where`` where each
    character of ``text`` stands in it (None when the two are the same)."""

    text: str
    folded: str
    written: str
    where: list[int] | None

    @classmethod
    def of(cls, written: str) -> AsWritten:
        """The text as read (glosses dropped, folded) and its way back to ``written``."""
        text, where = without_glosses(written)
        return cls(text, figure_fold(text), written, where)

    def span(self, start: int, end: int, glossed_end: bool = False) -> str:
        """The characters from ``start`` to ``end`` of the text read, as written (with the glosses inside);
        with ``glossed_end`` the gloss of the last character too (a figure's unit runs to its end:
        ``0.4個(gè)百分點(diǎn)``, as a reader quotes the figure)."""
        if self.where is None or end <= start:
            return self.text[start:end]
        return self.written[self.where[start] : self.end(end) if glossed_end else self.where[end - 1] + 1]

    def end(self, end: int) -> int:
        """Where the text read up to ``end`` ends as written, the gloss of its last character included."""
        if self.where is None:
            return end
        return self.where[end]  # the offsets run one past the last character read: the text's end

    def offset(self, pos: int) -> int:
        """Where the character at ``pos`` of the text read stands in the text as written."""
        return pos if self.where is None else self.where[pos]

    def phrase(self, phrase: str | None, glossed: bool = True) -> str | None:
        """A phrase found in the folded text, in the characters as written (with their pinyin glosses unless
        ``glossed`` is false: a reader quotes a metric without them)."""
        if not phrase:
            return None
        i = self.folded.find(phrase)
        if i >= 0:
            return self.span(i, i + len(phrase)) if glossed else self.text[i : i + len(phrase)]
        if self.folded is self.text:
            return phrase
        # pieces joined once a period was cut out (有机构预测|中国GDP的增速): each character as written
        written = {f: t for f, t in zip(self.folded, self.text, strict=True) if f != t}
        return "".join(written.get(ch, ch) for ch in phrase)


def counting_run(folded: str, quantities: list[Quantity]) -> set[int]:
    """The indexes of quantities that only count up, written one after another with nothing between
    (``1分2分3分4分5分``: a page's rating buttons, ``1 2 3 4``: its page links): no statistics.

    A run is three or more values in one unit, each one more than the last, each written right after the
    one before (spaces allowed)."""
    out: set[int] = set()
    i = 0
    while i < len(quantities):
        j = i
        while (
            j + 1 < len(quantities)
            and quantities[j + 1].unit == quantities[i].unit
            and quantities[j + 1].value == quantities[j].value + 1
            and not folded[quantities[j].end : quantities[j + 1].start].strip()
        ):
            j += 1
        if j - i >= 2:
            out.update(range(i, j + 1))
        i = j + 1
    return out


__all__ = ["AsWritten", "counting_run", "figure_fold", "without_glosses", "written_unit"]


def texts_of(doc: Document) -> list[tuple[str, str, str]]:
    """(section id, block id, text) of every text of a document that figures are read from, in reading order."""
    out: list[tuple[str, str, str]] = []
    if doc.kicker:
        out.append(("head", "head.1", doc.kicker))
    if doc.subtitle:
        out.append(("head", "head.2", doc.subtitle))
    for section in doc.sections:
        if section.heading:
            out.append((section.id, f"{section.id}.0", section.heading))
        out.extend((section.id, block.id, block.text) for block in section.blocks)
    if any(not latin_prose(text) for _, _, text in out):
        out = [entry for entry in out if not latin_prose(entry[2])]
    return out


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def latin_prose(text: str) -> bool:
    """A paragraph written in English (a bilingual transcript's other half, 20 words or more and hardly a
    Chinese character): the extractor reads Chinese, and the Chinese half says the same figures."""
    words = len(_LATIN_WORD.findall(text))
    return words >= 20 and len(_CJK_CHAR.findall(text)) * 10 < words
