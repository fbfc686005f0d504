"""The boilerplate pass: set apart every body line that is not content, wherever it stands.

Portal chrome, ads and "点击查看" links, navigation, disclaimers (also when broken over several lines in
mid-sentence), URL/phone/ICP lines, editor lines, bylines, ``原标题：`` and ``来源：`` lines, image captions,
photo credits and an organisation's signature over its date (``某某市统计局`` / ``2024年10月22日``) go to
:class:`~tui.core.model.Boilerplate`; a dateline that opens a paragraph
(``新华社北京6月9日电（记者 王某）``) is cut from it, and a headline it restates (``…电 题：…``) set apart
with the headline repeated in the body (an image's alt text) or worded another way at the top of a reprint
(its original headline, ``（原标题：…）``). Short lines after the last sentence of the text are the page's
footer (:mod:`tui.core.footer`); a paragraph's closing credit and an outlet reporting in its own name are
read by :mod:`tui.core.inlinecredits`. What these lines say about the article's origin and its people is noted in the
:class:`~tui.core.attribution.Attribution`, and so is an outlet that the first paragraphs relay
(``据《某某报》报道``) or that reports in its own name (``某某新闻注意到``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core import chrome, notices, widgets
from tui.core.attribution import Attribution
from tui.core.credits import NAMES
from tui.core.footer import says_something, trim_footer
from tui.core.headforms import heading_form
from tui.core.headings import acronym_label
from tui.core.headshape import same_headline, variant_headline
from tui.core.inlinecredits import cut_credits, own_name
from tui.core.lines import Line, undotted
from tui.core.meta import ISSUER, meta_line
from tui.core.model import Boilerplate
from tui.core.text import fold
from tui.core.traditional import simplify
from tui.core.turns import turn_marker

_RESTATED_TITLE = re.compile(r"^题\s*:")
_FIELD_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*:?$")
_FIELD_VALUE = re.compile(r"^[-*•]\s+\S")


def _field_labels(lines: list[Line]) -> set[int]:
    """The labels of a page printed as fields (``活动描述`` over ``- 某日上午，某某介绍…``): a word or two,
    each over one value marked as a list item, and no second item under it (a heading over a list has
    several). Two such labels or more make the page one of fields; one alone may be a heading."""
    found = {
        i
        for i in range(len(lines) - 1)
        if _FIELD_LABEL.match(lines[i].folded)
        and _FIELD_VALUE.match(lines[i + 1].folded)
        and (i + 2 >= len(lines) or not _FIELD_VALUE.match(lines[i + 2].folded))
    }
    return found if len(found) >= 2 else set()


_BOX_LABEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:标题|描述|内容|简介|时间|地点|嘉宾|主题)\s*:?$")
"""A field's name in a page's box (``活动标题``, ``文字内容：``): the box's word, no heading of the text."""


def _box_labels(lines: list[Line]) -> set[int]:
    """The labels of an event's box that the page printed without their values, at the text's top: two
    field names or more one under the other (``活动标题`` / ``活动描述``); a heading is followed by its text."""
    found: set[int] = set()
    at = 0
    while at < min(len(lines), _TOP):
        end = at
        while end < len(lines) and _BOX_LABEL.match(undotted(lines[end].folded)):
            end += 1
        if end - at >= 2:
            found.update(range(at, end))
        at = end + 1
    return found


_TOP = 6
"""The headline worded another way is looked for among the body's first lines only."""


_ORIGINAL = re.compile(r"原标题\s*:\s*(?P<title>[^)\]】]{6,60})")


_LINK_ITEMS = 8
"""At most this many titles stand in a page's box of links to other articles."""
_INLINE_LINKS = 3
"""At most this many titles (with their label) stand under a label with a colon between two paragraphs."""


def _link_box(lines: list[Line]) -> set[int]:
    """A page's box of links: its label (``相关新闻``, ``热点推荐：``) and the titles under it (short lines that
    end no sentence, bulleted or numbered or not), under the text when nothing after them says something,
    or between paragraphs (a title or two) when the label ends in a colon; the titles look like headings,
    the label tells them apart. A label in black brackets (``【相关报道】``) is the text's heading."""
    boxed: set[int] = set()
    for at, line in enumerate(lines):
        if not widgets.link_label(line.folded) or chrome.box_label(line.folded):
            continue  # 【相关报道】 titles a box of the text's, as the keys read it
        end = at + 1
        while end < len(lines) and end - at <= _LINK_ITEMS and not says_something(lines[end]):
            end += 1
        if end == at + 1:
            continue
        if not any(says_something(x) for x in lines[end:]):
            return boxed | set(range(at, end))
        if line.folded.rstrip().endswith(":") and end - at <= _INLINE_LINKS:
            boxed.update(range(at, end))  # 相关新闻： and a title or two between paragraphs
    return boxed


def _original_titles(lines: list[Line]) -> list[str]:
    """The original headlines a reprint gives (``（原标题：…）``, also inside a summary box)."""
    return [m["title"] for line in lines if (m := _ORIGINAL.search(line.folded)) is not None]


def _headline_shape(line: Line) -> bool:
    return len(line.folded) <= 50 and not any(mark in line.folded for mark in chrome.SENTENCE_END)


@dataclass
class Sifted:
    """The body's content lines and the boilerplate set apart from them; ``own_headline`` the article's own
    headline printed over its deck at the top of the text (the page's headline above both)."""

    lines: list[Line] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    own_headline: str | None = None


def sift(lines: list[Line], attribution: Attribution, title: str | None = None) -> Sifted:
    """Split body lines into content and boilerplate, noting attribution on the way."""
    out = Sifted()
    disclaimer_open = False
    title_key = simplify(fold(title)) if title else ""
    originals = _original_titles(lines[: _TOP + 4])
    fields = _field_labels(lines) | _link_box(lines)
    boxed = _box_labels(lines)
    for at, line in enumerate(lines):
        kind = "chrome" if at in fields or at in boxed else chrome.chrome_kind(line.folded)
        if kind == "chrome" and at + 1 < len(lines) and acronym_label(line, lines[at + 1]):
            kind = None  # GDP over its claim: a label, not a button
        if at - 1 in fields:
            line = line.cut(1)  # the field's value without the mark of a list item
        if kind is None and disclaimer_open and _goes_on(lines[at - 1], line):
            kind = "disclaimer"  # the rest of a disclaimer broken in mid-sentence, not the next paragraph
        if kind is None and (
            reporters := (_colon_byline(lines, at) if at < _TOP else ()) or _closing_byline(lines, at)
        ):
            kind = "byline"
            attribution.note_byline("", reporters)
        if kind is None and _image_label(line):
            kind = "caption"
        if kind is None and _signs(lines, at):
            kind = "signature"
            attribution.note_issuer(line.text)
        if kind is None and (
            same_headline(line.folded, title_key)
            or (
                at < _TOP
                and _headline_shape(line)
                and any(variant_headline(line.folded, key) for key in (title_key, *originals))
            )
        ):
            kind = "repeat"  # the headline again: an image's alt text, a print page's own headline
            attribution.note_dateline_of(line)  # 某某社北京6月9日电 题：（the headline）: the wire's dateline
            if _own_headline_over_deck(out, line):
                out.own_headline = out.lines.pop().text  # read as the subtitle: its figures are the text's
        if kind is not None:
            if kind == "disclaimer" and not disclaimer_open:
                _disclaimer_head(out, lines[at - 1] if at else None, line)
            out.boilerplate.append(_entry(kind, line))
            meta = meta_line(line.folded) if kind == "meta" else None
            if meta is not None and meta.date is not None:
                attribution.body_date = attribution.body_date or meta.date[:10]  # a live page's stamp
            if kind == "dateline":
                attribution.note_dateline_of(line)
            elif meta is not None and meta.site:
                attribution.note_header(line.written(meta.site))  # a date line under the text: its 来源
            else:
                attribution.note_line(line)
            disclaimer_open = kind == "disclaimer" and chrome.ends_open(line.folded)
            continue
        disclaimer_open = False
        m = chrome.dateline(line.folded)
        if m is not None and m.end() < len(line.folded):
            label = line.text[: m.end()].rstrip()
            out.boilerplate.append(
                Boilerplate(kind="dateline", text=label, start=line.start, end=line.start + len(label))
            )
            attribution.note_dateline_of(line)
            line = line.cut(m.end())
            if _RESTATED_TITLE.match(line.folded):
                out.boilerplate.append(_entry("repeat", line))  # 某某社北京6月9日电 题：（the headline）
                continue
        line = cut_credits(line, attribution, out.boilerplate)
        if len(out.lines) < 3:
            attribution.note_relay_of(line)
            if chrome.dated_outlet(line.folded) is not None:
                attribution.note_dateline_of(line)  # 2020年5月6日(某某中文网)…: a dateline the text keeps
        if len(out.lines) < 12 and (named := own_name(line.folded)) is not None:
            attribution.note_self(line.text[named.start("src") : named.end("src")])
        out.lines.append(line)
    out.lines = trim_footer(out.lines, out.boilerplate)
    return out


def _own_headline_over_deck(out: Sifted, deck: Line) -> bool:
    """The article's own headline over its deck (``——某某统计师解读某月份数据``), the deck a variant of the
    page's headline, the two the first lines of the text (``某月份CPI同比上涨1.9%`` over it): a print page's
    headline and its deck, not a heading of the text."""
    return (
        deck.folded.startswith(("——", "--"))
        and len(out.lines) == 1
        and heading_form(out.lines[0]) == "plain"
        and not says_something(out.lines[0])
    )


_COLON_BYLINE = re.compile(rf"^(?:特约|首席|实习|特派|见习)?记者\s*:\s*(?P<names>{NAMES})$")


def _colon_byline(lines: list[Line], at: int) -> tuple[str, ...]:
    """The reporters of ``记者：王某`` at the top of the text with no turn after it: a byline, not a
    question (in a transcript the reporter's turn is answered by a labelled one); else nothing."""
    line = lines[at]
    m = _COLON_BYLINE.match(line.folded)
    if m is None or any(turn_marker(x) is not None for x in lines[at + 1 : at + 3]):
        return ()
    return tuple(re.split(r"[、,\s]+", line.written(m["names"])))


def _closing_byline(lines: list[Line], at: int) -> tuple[str, ...]:
    """The reporters of ``记者：王某`` at the end of the text, with nothing but the page's credits and
    furniture under it (``编辑：李某``): a byline, not a question; else nothing."""
    m = _COLON_BYLINE.match(lines[at].folded)
    if m is None or at + 1 >= len(lines):
        return ()  # 记者：谢谢 closing a transcript is the reporter's last turn
    kinds = [chrome.chrome_kind(x.folded) for x in lines[at + 1 :]]
    if None in kinds or "editor" not in kinds:
        return ()
    return tuple(re.split(r"[、,\s]+", lines[at].written(m["names"])))


_LABEL_WORDS = 10
"""The most characters a word or two alone in an image's place has (``某某会现场``, ``农业``)."""


def _image_label(line: Line) -> bool:
    """A word or two alone where an image stood (two blank lines or more above and under it, as a page's
    photo or icon leaves its alt text): a caption, never a heading or a paragraph."""
    plain = undotted(line.folded)
    return line.apart and 2 <= len(plain) <= _LABEL_WORDS and all("\u4e00" <= ch <= "\u9fff" for ch in plain)


def _goes_on(piece: Line, line: Line) -> bool:
    """A line that goes on with a disclaimer's piece above it: short or with a disclaimer's word, and not
    a new paragraph indented under a piece that was not."""
    if line.indented and not piece.indented:
        return False
    return len(line.folded) <= 60 or notices.disclaimer_cue(line.folded)


_OWN_OPENING = re.compile(r"^(?:本|凡|版权|未经|转载|声明|免责|特别声明|©|\(c\)|copyright)", re.IGNORECASE)
"""The first words of a statement of rights that starts a sentence of its own (``本文为…原创``, ``未经授权…``):
no piece of it stands on the line above (a text that the page cut off in mid-sentence ends there)."""


def _disclaimer_head(out: Sifted, before: Line | None, line: Line) -> None:
    """The piece of a disclaimer broken over lines that comes before its first cue (``“某某网”刊载的文章、
    图片等内容，部分来源于自媒`` / ``体作者…不代表本网观点``): a short line right above it that stops in
    mid-sentence, when the disclaimer's line does not open a sentence of its own."""
    if (
        before is not None
        and not _OWN_OPENING.match(line.folded)
        and out.lines
        and out.lines[-1] is before
        and len(before.folded) <= 60
        and chrome.ends_open(before.folded)
    ):
        out.lines.pop()
        out.boilerplate.append(_entry("disclaimer", before))


_ISSUER_MOST = 26
"""The longest line :data:`ISSUER` can match (see :func:`_signs`)."""


def _signs(lines: list[Line], at: int) -> bool:
    """An organisation's name standing alone with the date under it (``某某市统计局`` / ``2024年10月22日``),
    or as the last line: the release's signature, not a heading."""
    folded = lines[at].folded
    # ISSUER spans at most 中华人民共和国 (7), 14 ideographs and a 4-character ending (26 with a newline
    # before its $): a longer line is none, and its look-ahead need not scan the whole paragraph
    if len(folded) > _ISSUER_MOST or not ISSUER.match(folded):
        return False
    if at + 1 == len(lines):
        return True
    meta = meta_line(lines[at + 1].folded)
    return meta is not None and meta.date is not None and len(lines[at + 1].folded) <= 20


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate(kind=kind, text=line.text, start=line.start, end=line.end)
