"""The boilerplate pass: set apart every body line that is not content, wherever it stands.

Portal chrome, ads and "点击查看" links, navigation, disclaimers (also when broken over several lines in
mid-sentence), URL/phone/ICP lines, editor lines, bylines, ``原标题：`` and ``来源：`` lines, image captions,
photo credits and an organisation's signature over its date (``某某市统计局`` / ``2024年10月22日``) go to :class:`~tui.core.model.Boilerplate`; a dateline that opens a paragraph
(``新华社北京6月9日电（记者 王某）``) is cut from it, and a headline it restates (``…电 题：…``) set apart
with the headline repeated in the body (an image's alt text) or worded another way at the top of a reprint
(its original headline, ``（原标题：…）``). Short lines after the last sentence of the text are the page's
footer. What these lines say about the article's origin and its people is noted in the
:class:`~tui.core.attribution.Attribution`, and so is an outlet that the first paragraphs relay
(``据《某某报》报道``) or that reports in its own name (``某某新闻注意到``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.core import chrome, credits, outletlines, widgets
from tui.core.attribution import Attribution
from tui.core.blocks import enumerator
from tui.core.credits import NAMES
from tui.core.headings import acronym_label, like_the_headings
from tui.core.headitems import roster
from tui.core.headshape import same_headline, variant_headline
from tui.core.lines import Line, undotted
from tui.core.meta import ISSUER, meta_line
from tui.core.model import Boilerplate
from tui.core.text import fold
from tui.core.traditional import simplify
from tui.core.turns import turn_marker

_CLOSERS = "”’\"')」』]】》 "
_END_MARK = re.compile(r"\s*[(\[]\s*完\s*[)\]]\s*$")
_RESTATED_TITLE = re.compile(r"^题\s*:")
_CLOSING_BYLINE = re.compile(
    rf"\s*■\s*(?P<src>{chrome.OUTLET})\s*(?:特约|首席|特派)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s*[、,]\s*[\u4e00-\u9fff·]{2,4})*)(?:\s+[\u4e00-\u9fff]{0,6}报道)?\s*$"
)
"""A byline that closes the last paragraph, as Hong Kong papers print it: ``…。 ■某某报记者 王某 北京报道``."""
_CLOSING_CREDIT = re.compile(
    rf"(?<=[。!?”\"])\s*\(\s*(?!据|據|由|向|对|對|经|經|从|從|在|与|與|和)(?P<src>{credits.HOUSE_ALTERNATION}|{chrome.OUTLET}|[\u4e00-\u9fff]{{1,6}}?新闻)\s*(?:特约|首席|特派)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s*[、,\s]\s*[\u4e00-\u9fff·]{2,4}){0,5})\s*\)\s*$"
)
"""A broadcaster's or an outlet's credit in brackets closing a paragraph: ``…。（总台某某记者 王某 李某）``,
``…。（某某新闻 记者 王某）`` (a channel named for its news); a
photo's credit (``（某某社记者 王某 摄）``) ends in 摄 and is none."""
_CLOSING_SOURCE = re.compile(
    r"(?<=[。!?”\"])\s*[(\[]\s*(?:文章|本文|稿件|信息)?来源\s*:\s*(?P<src>[\u4e00-\u9fff·]{1,12}?(?:通讯社|电视台|客户端|新闻|社|报|网|台))\s*[)\]]\s*$"
)
"""A 来源 in brackets closing a paragraph inside the text (``…。（来源：某某新闻）``): the explicit source; a
data source there (``（来源：某某统计局）``) names no outlet."""
_SELF_NAMED = re.compile(
    r"(?:^|(?<=[。!?]))\s*(?P<src>[\u4e00-\u9fff]{2,8}?(?:新闻|日报|晚报|晨报|时报|商报|通讯社|(?<!合作)(?<!旅行)(?<!出版)社|报|网|台))"
    r"\s*(?:记者\s*(?:注意到|了解到|获悉|发现|梳理发现|统计发现)|注意到|独家获悉|获悉|梳理发现"
    r"|(?:记者\s*)?从[^,。;:“”]{2,16}?(?:了解到|获悉))"
)
"""An outlet that reports in its own name at a sentence's start: ``某某新闻注意到，…``, ``某某报记者了解到，…``,
``…。某某新闻从多地统计局官网了解到，…`` (not inside a quotation, where someone else speaks)."""


def _self_named(folded: str) -> re.Match[str] | None:
    """The first outlet that names itself at a sentence's start outside quotation marks, or None."""
    for m in _SELF_NAMED.finditer(folded):
        before = folded[: m.start("src")]
        if before.count("“") <= before.count("”"):
            return m
    return None


_OWN_COLUMN = re.compile(
    rf"(?:^|[。,;])\s*(?P<src>{chrome.OUTLET})\s*[“《「][^”》」]{{2,12}}[”》」]\s*(?:栏目|节目|专栏)\s*"
    r"(?:记者)?\s*(?:采访|专访|独家专访|邀请|对话|连线|约请)"
)
"""An outlet whose column does the interviewing (``…，某某网“某某观察”栏目采访多位专家``): the outlet wrote it."""


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
        while end < len(lines) and end - at <= _LINK_ITEMS and not _says_something(lines[end]):
            end += 1
        if end == at + 1:
            continue
        if not any(_says_something(x) for x in lines[end:]):
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
    """The body's content lines and the boilerplate set apart from them."""

    lines: list[Line] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)


def sift(lines: list[Line], attribution: Attribution, title: str | None = None) -> Sifted:
    """Split body lines into content and boilerplate, noting attribution on the way."""
    out = Sifted()
    disclaimer_open = False
    title_key = simplify(fold(title)) if title else ""
    originals = _original_titles(lines[: _TOP + 4])
    fields = _field_labels(lines) | _link_box(lines)
    for at, line in enumerate(lines):
        kind = "chrome" if at in fields else chrome.chrome_kind(line.folded)
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
        if (closing := _closing_credit(line.folded)) is not None:
            out.boilerplate.append(_entry("byline", line.inner(closing.start(), 0)))
            src, names = (line.written(closing[g]) for g in ("src", "names"))
            # 总台 alone names no channel
            src = "" if simplify(src) == "总台" else credits.HOUSE_NAMES.get(src, src)
            credited = [n for n in re.split(r"\s*[、,\s]\s*", names.strip()) if not _NOT_A_NAME.search(n)]
            attribution.note_byline(src, tuple(credited))
            line = line.inner(0, len(line.folded) - closing.start())
        if (named_source := _CLOSING_SOURCE.search(line.folded)) is not None:
            out.boilerplate.append(_entry("attribution", line.inner(named_source.start(), 0)))
            attribution.note_explicit(line.written(named_source["src"]))
            line = line.inner(0, len(line.folded) - named_source.start())
        if len(out.lines) < 3:
            attribution.note_relay_of(line)
            if chrome.dated_outlet(line.folded) is not None:
                attribution.note_dateline_of(line)  # 2020年5月6日(某某中文网)…: a dateline the text keeps
        if len(out.lines) < 12 and (
            (named := _self_named(line.folded)) is not None
            or (named := _OWN_COLUMN.search(line.folded)) is not None
            or (named := outletlines.OWN_TALLY.search(line.folded)) is not None  # 据某某报记者梳理，
            or (named := outletlines.TRANSCRIPT.match(line.folded)) is not None  # 以下为某某网直播实录：
        ):
            attribution.note_self(line.text[named.start("src") : named.end("src")])
        out.lines.append(line)
    _trim_footer(out)
    return out


_COLON_BYLINE = re.compile(rf"^(?:特约|首席|实习|特派|见习)?记者\s*:\s*(?P<names>{NAMES})$")


def _colon_byline(lines: list[Line], at: int) -> tuple[str, ...]:
    """The reporters of ``记者：王某`` at the top of the text with no turn after it: a byline, not a
    question (in a transcript the reporter's turn is answered by a labelled one); else nothing."""
    line = lines[at]
    m = _COLON_BYLINE.match(line.folded)
    if m is None or any(turn_marker(x) is not None for x in lines[at + 1 : at + 3]):
        return ()
    return tuple(re.split(r"[、,\s]+", line.written(m["names"])))


_NOT_A_NAME = re.compile(r"(?:报道|采写|整理|摄影?)$")
"""What follows a credit's names (``北京报道``, ``摄``): no reporter."""


_SAYS = re.compile(r"介绍|介紹|表示|透露|指出|认为|認為|提问|提問|说|說")
"""A reporter's words in brackets (``（某某台记者 王某 介绍）``): an aside, no credit."""


def _closing_credit(folded: str) -> re.Match[str] | None:
    """A byline or a bracketed credit that closes a paragraph after its text, or None."""
    for pattern in (_CLOSING_BYLINE, _CLOSING_CREDIT):
        if (found := pattern.search(folded)) is not None and found.start() > 0:
            return None if _SAYS.search(found["names"]) else found
    return None


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
    return len(line.folded) <= 60 or chrome.disclaimer_cue(line.folded)


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


def _signs(lines: list[Line], at: int) -> bool:
    """An organisation's name standing alone with the date under it (``某某市统计局`` / ``2024年10月22日``),
    or as the last line: the release's signature, not a heading."""
    if not ISSUER.match(lines[at].folded):
        return False
    if at + 1 == len(lines):
        return True
    meta = meta_line(lines[at + 1].folded)
    return meta is not None and meta.date is not None and len(lines[at + 1].folded) <= 20


_ROSTER_TAIL = 3
"""So many lines naming people by office after the last sentence make a list of the article's own."""


def _trim_footer(out: Sifted) -> None:
    """Short lines after the last sentence of the text are the page's footer (an address, a site's
    widget, a comment box), not content: they title nothing and say nothing. (A heading that the file's
    end cut from its text looks the same, and goes with them: ``奋斗不止`` after the last paragraph cannot
    be told from a footer's ``我们的准则：某社“诚信原则”`` or a paragraph's first words, ``重视发展实``.)"""
    _after_editor(out)
    lines = out.lines
    last = max((i for i, line in enumerate(lines) if _says_something(line)), default=None)
    if last is None:
        return
    footer = [line for line in lines[last + 1 :] if not _turn(line) and enumerator(line.folded) is None]
    if len(footer) != len(lines) - last - 1 or (footer and like_the_headings(lines, last + 1)):
        return  # a heading like the text's others and what the page cut off under it are the text's
    if sum(1 for i in roster(lines) if i > last) >= _ROSTER_TAIL:
        return  # a roster after the text (who spoke at each session) is the article's list, no footer
    if footer and chrome.box_label(footer[0].folded):
        last, footer = last + 1, footer[1:]  # 【相关报道】 titles its box, the text's last heading
    out.lines = lines[: last + 1]
    out.boilerplate.extend(_entry("footer", line) for line in footer)
    out.boilerplate.sort(key=lambda b: b.start)


_AFTER_EDITOR = 6
"""At most this many lines after the editor's line are the page's (an advert, a newsletter, a link)."""


def _after_editor(out: Sifted) -> None:
    """The text ends at its editor's line: a page prints ``责任编辑：某某`` under the article, and the few
    lines after it (an advert's ``推广``, a newsletter's offer, related links) are the page's, not the
    article's, when no question, answer or point is among them and the line stands in the text's last part."""
    lines = out.lines
    if len(lines) < 5:
        return
    floor = lines[len(lines) * 3 // 5].start
    editor = max((b.start for b in out.boilerplate if b.kind == "editor" and b.start > floor), default=None)
    if editor is None:
        return
    tail = [line for line in lines if line.start > editor]
    if (
        not tail
        or len(tail) > _AFTER_EDITOR
        or any(_turn(x) or enumerator(x.folded) is not None for x in tail)
    ):
        return
    out.lines = lines[: len(lines) - len(tail)]
    out.boilerplate.extend(_entry("footer", line) for line in tail)


def _turn(line: Line) -> bool:
    """A question or an answer (a name before a colon alone, ``我们的准则：…``, may be a footer's label)."""
    turn = turn_marker(line)
    return turn is not None and turn.role != "speaker"


def _says_something(line: Line) -> bool:
    """A sentence, or a sentence that the page cut off (clauses, a quote in it, and no closing mark at its
    end: ``“数字最有说服力，从…``, ``今年的首场“某某通道”安``; ``我们的准则：某社“诚信原则”`` is a footer)."""
    folded = _END_MARK.sub("", line.folded).rstrip(_CLOSERS)  # …加码。(完): the report's end mark
    if len(line.folded) > 40 or (folded[-1:] in chrome.SENTENCE_END):
        return True
    return len(folded) >= 10 and ("," in folded or "“" in folded) and folded == line.folded.rstrip()


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate(kind=kind, text=line.text, start=line.start, end=line.end)
