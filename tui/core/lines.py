"""The lines of an article as the parser reads them: bounds in the source, text, folded text, indentation.

Every pass of the parser (header, boilerplate, headings, turns, blocks) works on these. Matching is done
on ``folded`` (full-width forms mapped to ASCII, see :func:`tui.core.text.fold`, and traditional characters
to simplified ones, see :mod:`tui.core.traditional`), one character for one, while ``start``/``end``
point into the original text, so a block's text is always ``source[start:end]`` and a span found in
``folded`` is the same span of ``text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from tui.core.text import fold
from tui.core.traditional import simplify

CJK_LO, CJK_HI = "\u4e00", "\u9fff"
_IDEOGRAPH_RUN = re.compile("[\u4e00-\u9fff]+")
GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")
"""A pinyin gloss that some mirrors print after a character (``經(jīng)濟``): dots in the folded text, which
hold a name together as a foreign name's dot does (``來源:經(jīng)濟某某報`` names the paper whole) and which a
date line's reading leaves out (``…03:16 某民網(wǎng)-某某報`` is a date line)."""


def words(folded: str) -> int:
    """A folded line's length without the dots that stand for a mirror's pinyin glosses (``經(jīng)濟``),
    which add no words to it."""
    return len(folded) - folded.count("·")


_GLOSS_DOTS = re.compile(r"·{3,}")


def undotted(folded: str) -> str:
    """A folded line without the runs of dots that stand for a mirror's pinyin glosses (``經(jīng)`` folds to
    ``經·····``): what a pattern over the page's words reads."""
    return _GLOSS_DOTS.sub("", folded)


def unglossed(text: str) -> str:
    """The text without the pinyin glosses a mirror printed in it: ``中國(guó)網`` → ``中國網``."""
    return GLOSS.sub("", text)


@dataclass(frozen=True)
class Line:
    """A non-blank line: stripped bounds in the source, its text, its folded text, whether it was
    indented (leading spaces, ideographic spaces or no-break spaces before the text), and whether it stands
    apart (two blank lines or more above it and under it, in a text that is not spaced so throughout)."""

    start: int
    end: int
    text: str
    folded: str
    indented: bool = False
    apart: bool = False

    def cut(self, n: int) -> Line:
        """The same line without its first ``n`` characters (and the spaces after them)."""
        rest = self.text[n:]
        skip = n + len(rest) - len(rest.lstrip())
        return Line(
            self.start + skip, self.end, self.text[skip:], self.folded[skip:], self.indented, self.apart
        )

    def inner(self, lead: int, trail: int) -> Line:
        """The same line without ``lead`` characters at its start and ``trail`` at its end (and the
        spaces inside them)."""
        text = self.text[lead : len(self.text) - trail]
        skip = lead + len(text) - len(text.lstrip())
        text = text.strip()
        return Line(
            self.start + skip,
            self.start + skip + len(text),
            text,
            self.folded[skip : skip + len(text)],
            self.indented,
            self.apart,
        )

    def written(self, folded_part: str) -> str:
        """The text as written of a piece of ``folded`` (its first occurrence), e.g. a source's name."""
        at = self.folded.find(folded_part)
        return self.text[at : at + len(folded_part)] if at >= 0 and folded_part else folded_part

    @cached_property
    def cjk(self) -> int:
        """How many CJK ideographs the line holds (counted once: every pass asks)."""
        # the lengths of the runs of ideographs sum to their count: one string a run, not one a character
        return sum(map(len, _IDEOGRAPH_RUN.findall(self.text)))


_LOST_INDENT = re.compile(r"^\?{2,4}(?=[\u4e00-\u9fff\d])")
"""A paragraph's indent of ideographic spaces that a page's encoding lost to question marks (``??一、…``):
indentation, as a reader sees it; no Chinese line opens with ``??``."""


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` (line ends already ``\\n``), stripped, with their offsets."""
    out: list[Line] = []
    blanks: list[int] = []  # the blank lines above each line
    pos = run = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            if (indent := _LOST_INDENT.match(stripped)) is not None:
                lead, stripped = lead + indent.end(), stripped[indent.end() :]
            for at, piece in _turns_on_one_line(stripped):
                start = pos + lead + at
                folded = GLOSS.sub(lambda m: "·" * len(m.group(0)), simplify(fold(piece)))
                out.append(Line(start, start + len(piece), piece, folded, lead > 0))
                blanks.append(run)
                run = 0
        else:
            run += 1
        pos += len(raw) + 1
    return _set_apart(out, blanks)


_TURN_GAP = re.compile(
    r"(?<=[。!?”)])\s{3,}(?=[\u4e00-\u9fff·]{2,24}[:：]\s)"
    r"|^(?P<stamp>[(（]\d{4}年\d{1,2}月\d{1,2}日[)）])\s+(?=[\u4e00-\u9fff·]{2,24}[:：]\s)"
)
"""Where a transcript printed as one line passes to the next turn: a sentence's end, a run of spaces, the
next speaker's label (``…谢谢。   王某:   …``), or the transcript's date stamp before the first label."""
_ONE_LINE_TRANSCRIPT = 200
_TIGHT_GAP = re.compile(r"(?<=[。!?”):：])\s+(?=(?P<label>[\u4e00-\u9fff·]{2,24})[:：])")
"""A turn's label after one space in a transcript stored as one line (``…谢谢。 刘某:…``)."""
_SAID = re.compile(r"(?:表示|说|指出|认为|强调|介绍|称|道|透露|回应|如下|是|为|有|包括|提到|显示|问题)$")
"""A label's last word that makes it a sentence's opening (``他表示:``), not a speaker's label."""


def _tight_turns(text: str) -> list[re.Match[str]]:
    """The gaps before the labels of a press transcript stored as one line with one space between turns:
    a reporter's label among them (``某某社记者:``) and another speaker's (``刘某:``, ``主持人:``); a
    label that is a sentence's opening (``他表示:``) is none."""
    gaps = [
        m
        for m in _TIGHT_GAP.finditer(text)
        if m["label"].endswith(("记者", "主持人")) or (len(m["label"]) <= 3 and not _SAID.search(m["label"]))
    ]
    press = any(m["label"].endswith("记者") for m in gaps)
    return gaps if press and len(gaps) >= 2 else []


def _turns_on_one_line(text: str) -> list[tuple[int, str]]:
    """A long line split into its turns, each with its offset, when it holds two or more speakers' labels
    after runs of spaces; any other line whole."""
    if len(text) < _ONE_LINE_TRANSCRIPT:
        return [(0, text)]
    gaps = list(_TURN_GAP.finditer(text))
    if sum(1 for m in gaps if not m["stamp"]) < 1 or len(gaps) < 2:
        gaps = _tight_turns(simplify(text))
        if not gaps:
            return [(0, text)]
    out: list[tuple[int, str]] = []
    at = 0
    for m in gaps:
        end = m.end("stamp") if m.groupdict().get("stamp") else m.start()
        out.append((at, text[at:end]))
        at = m.end()
    out.append((at, text[at:]))
    return [(a, piece.rstrip()) for a, piece in out if piece.strip()]


_APART = 2
"""So many blank lines above a line and under it set it apart, where an image stood on the page."""


def _set_apart(lines: list[Line], blanks: list[int]) -> list[Line]:
    """Mark the lines set apart by two blank lines or more on each side, when some lines of the text stand
    closer (a text spaced so throughout sets nothing apart)."""
    gaps = blanks[1:]
    if not gaps or min(gaps) >= _APART:
        return lines
    return [
        replace(line, apart=True)
        if 0 < i < len(lines) - 1 and blanks[i] >= _APART and blanks[i + 1] >= _APART
        else line
        for i, line in enumerate(lines)
    ]


def mostly_indented(lines: list[Line]) -> bool:
    """True when the text indents its paragraphs (as print renders do with ``　　``)."""
    long = [line for line in lines if len(line.text) > 40]
    return len(long) >= 3 and sum(line.indented for line in long) >= 0.8 * len(long)
