"""Text to :class:`~tui.core.model.Document`: header, headings, turns, points and boilerplate.

The parser reads the genre, not one file: it finds the header (breadcrumb, title, date/来源 line) in the
first lines, sets portal chrome and attribution apart wherever they stand, and reads the body line by line
as headings, question/answer turns, enumerated points and paragraphs. Matching is done on folded text
(full-width forms mapped to ASCII) while every offset points into the original.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tui.core import chrome
from tui.core.model import Block, BlockKind, Boilerplate, Document, Section
from tui.core.numerals import number_value
from tui.core.text import Decoded, decode_bytes, fold, read_path

_CN = "一二三四五六七八九十"

_QUESTION_LABELS = {"问", "提问", "问题", "Q", "q", "主持人", "记者", "网友", "读者", "观众"}
_ANSWER_LABELS = {"答", "A", "a", "回答", "答复"}
_TURN = re.compile(r"^(?P<label>[A-Za-z]|[\u4e00-\u9fff·]{1,16})\s*:\s*(?=\S)")
_ENUMERATORS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})是"), "shi"),
    (re.compile(rf"^第(?P<n>[{_CN}]{{1,3}})\s*[,、:]"), "di"),
    (re.compile(rf"^\((?P<n>[{_CN}]{{1,3}})\)"), "paren"),
    (re.compile(rf"^(?P<n>[{_CN}]{{1,3}})、"), "dun"),
    (re.compile(r"^\((?P<n>\d{1,2})\)"), "paren_digit"),
    (re.compile(r"^(?P<n>\d{1,2})\s*[.、)](?!\d)"), "digit"),
    (re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩])"), "circled"),
    (re.compile(r"^(?P<n>首先|其次|再次|最后)\s*[,,]"), "sequence"),
)
_INTERVIEW = re.compile(
    r"(?P<who>[^,;:!?。\n]{2,40}?)(?:就[^,;:!?。]{1,40}?)?接受(?:了)?(?P<by>[^,;:!?。\s]{0,12}?记者)"
    r"(?:的)?(?:独家)?(?:专访|采访)"
)


def _cn_number(token: str) -> int | None:
    """An enumerator's number: Chinese numerals, Arabic digits or a circled digit."""
    if token in "①②③④⑤⑥⑦⑧⑨⑩":
        return "①②③④⑤⑥⑦⑧⑨⑩".index(token) + 1
    value = number_value(token)
    return int(value) if value is not None and value == int(value) else None


@dataclass
class _Line:
    """A non-blank line: stripped bounds in the source, its text and its folded text."""

    start: int
    end: int
    text: str
    folded: str


@dataclass
class _Builder:
    """Collects sections and blocks while the body is read."""

    sections: list[Section] = field(default_factory=list)
    heading: str | None = None
    heading_span: tuple[int, int] | None = None
    blocks: list[Block] = field(default_factory=list)

    def add(self, kind: BlockKind, line: _Line, cut: int, ordinal: int | None, speaker: str | None) -> None:
        start = line.start + cut
        text = line.text[cut:]
        self.blocks.append(
            Block.model_construct(
                id="",  # ids are given once all sections are known (_renumber)
                kind=kind,
                text=text,
                ordinal=ordinal,
                speaker=speaker,
                start=start,
                end=start + len(text),
            )
        )

    def new_section(self, heading: str, span: tuple[int, int]) -> None:
        self.close()
        self.heading, self.heading_span = heading, span

    def close(self) -> None:
        if self.heading is None and not self.blocks:
            return
        self.sections.append(
            Section.model_construct(
                id="",
                heading=self.heading,
                heading_start=self.heading_span[0] if self.heading_span else None,
                heading_end=self.heading_span[1] if self.heading_span else None,
                blocks=self.blocks,
            )
        )
        self.blocks = []
        self.heading, self.heading_span = None, None


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, fold(stripped)))
        pos += len(raw) + 1
    return out


def _title_like(line: _Line) -> bool:
    return len(line.text) <= 80 and not line.folded.endswith(("。", "!", "?", ";"))


def _is_heading(line: _Line) -> bool:
    """A short line without closing punctuation and without a sentence inside it."""
    folded = line.folded
    if len(folded) < 2 or len(folded) > 40:
        return False
    if folded[-1] in chrome.CLOSING or folded[-1] in ",、:":
        return False
    if any(mark in folded for mark in "。!?;"):
        return False
    return not re.fullmatch(r"[\d\s.,%/-]+", folded)


def _enumerator(folded: str) -> tuple[int | None, str, int] | None:
    """The ordinal, the style of a leading enumerator and the length of its marker, or None."""
    for pattern, style in _ENUMERATORS:
        m = pattern.match(folded)
        if m:
            if style == "shi" and folded.startswith(("一是一", "是否")):
                return None
            if style == "sequence":
                return None, style, m.end()
            return _cn_number(m["n"]), style, m.end()
    return None


def _turn(line: _Line) -> tuple[str, str, int] | None:
    """A turn marker at the start of a line: (role, label, length of the marker), or None."""
    m = _TURN.match(line.folded)
    if not m:
        return None
    label = m["label"]
    if label in _QUESTION_LABELS or label.endswith(("记者", "主持人", "网友")):
        return "question", label, m.end()
    if label in _ANSWER_LABELS:
        return "answer", label, m.end()
    return "speaker", label, m.end()


def _named_speakers(body: list[_Line]) -> set[str]:
    """Labels that open answers: repeated, short, and in a text that has questions or a reply shape."""
    labels: Counter[str] = Counter()
    has_question = False
    for line in body:
        turn = _turn(line)
        if turn is None:
            continue
        role, label, cut = turn
        if role == "question":
            has_question = True
        elif role == "speaker":
            rest = line.folded[cut:]
            if len(label) <= 12 and not _is_heading(line) and (rest[-1:] in chrome.CLOSING or len(rest) > 40):
                labels[label] += 1
    return {label for label, n in labels.items() if has_question or n >= 2}


class _Parser:
    def __init__(self, decoded: Decoded, name: str) -> None:
        self.text = decoded.text
        self.decoded = decoded
        self.name = name
        self.lines = _lines(self.text)
        self.boilerplate: list[Boilerplate] = []
        self.breadcrumb: list[str] = []
        self.title: str | None = None
        self.date: str | None = None
        self.site: str | None = None
        self.source: str | None = None

    def chrome(self, kind: str, line: _Line) -> None:
        self.boilerplate.append(
            Boilerplate.model_construct(kind=kind, text=line.text, start=line.start, end=line.end)
        )

    def header(self) -> int:
        """Read the header; return the index of the first body line."""
        lines = self.lines
        window = min(len(lines), 8)
        last_meta = -1
        roles: dict[int, str] = {}
        for i in range(window):
            folded = lines[i].folded
            if i < 3 and not self.breadcrumb and (parts := chrome.split_breadcrumb(folded)):
                self.breadcrumb = [p for p in chrome.split_breadcrumb(lines[i].text) or parts]
                roles[i] = "breadcrumb"
                continue
            meta = chrome.meta_line(folded)
            if meta is not None:
                roles[i] = "meta"
                last_meta = i
                self.date = self.date or meta.date
                self.site = self.site or meta.site
        end = last_meta + 1
        candidates = [i for i in range(end) if i not in roles]
        if not candidates:
            first = max(roles, default=-1) + 1
            if first < len(lines) - 1 and _title_like(lines[first]) and not _turn(lines[first]):
                candidates = [first]
                end = max(end, first + 1)
        for i in range(end):
            role = roles.get(i)
            if role is None and i in candidates and self.title is None:
                self.title = lines[i].text
                roles[i] = "title"
            elif role is None and lines[i].folded.startswith(("——", "--", "—")):
                roles[i] = "subtitle"
            elif role is None:
                roles[i] = chrome.chrome_kind(lines[i].folded) or "header"
                self._take_source(lines[i].folded)
        if self.title is None and self.breadcrumb and self.breadcrumb[-1] not in ("正文", "详情", "内容"):
            self.title = self.breadcrumb[-1]
        for i in sorted(roles):
            if roles[i] != "title":
                self.chrome(roles[i], lines[i])
        return end

    def _take_source(self, folded: str) -> None:
        found = chrome.attribution_source(folded)
        if found and self.source is None:
            self.source = found

    def body(self, first: int) -> tuple[list[Section], str | None, str | None]:
        body: list[_Line] = []
        disclaimer_open = False
        for line in self.lines[first:]:
            kind = chrome.chrome_kind(line.folded)
            if kind is None and disclaimer_open:
                kind = "disclaimer"
            if kind is not None:
                self.chrome(kind, line)
                self._take_source(line.folded)
                disclaimer_open = kind == "disclaimer" and chrome.ends_open(line.folded)
                continue
            disclaimer_open = False
            dateline = chrome.DATELINE.match(line.folded)
            if dateline and dateline.end() < len(line.folded):
                cut = dateline.end()
                label = line.text[:cut].rstrip()
                self.boilerplate.append(
                    Boilerplate.model_construct(
                        kind="dateline", text=label, start=line.start, end=line.start + len(label)
                    )
                )
                self.source = self.source or dateline["src"]
                line = _Line(line.start + cut, line.end, line.text[cut:], line.folded[cut:])
            body.append(line)
        speakers = _named_speakers(body)
        builder = _Builder()
        mode: str | None = None
        sequence = 0
        interviewer: Counter[str] = Counter()
        interviewee: Counter[str] = Counter()
        for index, line in enumerate(body):
            turn = _turn(line)
            if turn is not None and turn[0] == "speaker" and turn[1] not in speakers:
                turn = None
            if turn is not None:
                role, label, cut = turn
                kind = BlockKind.question if role == "question" else BlockKind.answer
                if role == "question" and label not in _QUESTION_LABELS - {"记者", "主持人"}:
                    interviewer[label] += 1
                if role == "speaker":
                    interviewee[label] += 1
                mode = kind.value
                builder.add(kind, line, cut, None, label)
                sequence = 0
                continue
            enum = _enumerator(line.folded)
            heading_style = enum is None or enum[1] in ("paren", "dun", "digit", "paren_digit")
            if _is_heading(line) and heading_style and index + 1 < len(body):
                builder.new_section(line.text, (line.start, line.end))
                mode = None
                sequence = 0
                continue
            if enum is not None:
                ordinal, style, _ = enum
                if style == "sequence":
                    sequence = 1 if line.folded.startswith("首先") else sequence + 1
                    ordinal = sequence
                else:
                    sequence = ordinal or 0
                builder.add(BlockKind.point, line, 0, ordinal, None)
                continue
            if (
                mode is None
                and line.folded.endswith("?")
                and len(line.folded) <= 120
                and index + 1 < len(body)
                and (nxt := _turn(body[index + 1])) is not None
                and (nxt[0] == "answer" or nxt[1] in speakers)
            ):
                builder.add(BlockKind.question, line, 0, None, None)
                mode = "question"
                continue
            kind = BlockKind.answer if mode in ("answer", "question") else BlockKind.paragraph
            builder.add(kind, line, 0, None, None)
        builder.close()
        who = interviewee.most_common(1)[0][0] if interviewee else None
        by = interviewer.most_common(1)[0][0] if len(interviewer) == 1 else None
        return builder.sections, by, who

    def parse(self) -> Document:
        first = self.header()
        sections, interviewer, interviewee = self.body(first)
        sections = _renumber(sections)
        lead_text = "".join(b.text for s in sections[:2] for b in s.blocks if b.kind == BlockKind.paragraph)
        m = _INTERVIEW.search(fold(lead_text))
        if m:
            who = lead_text[m.start("who") : m.end("who")]
            who = re.split(r"[,,。;;::!?！？]", who)[-1].strip()
            interviewee = interviewee or who or None
            interviewer = interviewer or lead_text[m.start("by") : m.end("by")]
        self.boilerplate.sort(key=lambda b: b.start)
        return Document.model_construct(
            name=self.name,
            title=self.title,
            date=self.date,
            site=self.site,
            breadcrumb=self.breadcrumb,
            source=self.source,
            interviewer=interviewer,
            interviewee=interviewee,
            encoding=self.decoded.encoding,
            sha256=self.decoded.sha256,
            sections=sections,
            boilerplate=self.boilerplate,
            text=self.text,
        )


def _renumber(sections: list[Section]) -> list[Section]:
    """Give sections ids s0 (the lead) or s1, s2… (headed), and blocks ids ``<section>.<n>``."""
    out: list[Section] = []
    headed = 0
    for section in sections:
        if section.heading is None and not out:
            sid = "s0"
        else:
            headed += 1
            sid = f"s{headed}"
        blocks = [b.model_copy(update={"id": f"{sid}.{j}"}) for j, b in enumerate(section.blocks, 1)]
        out.append(section.model_copy(update={"id": sid, "blocks": blocks}))
    return out


def parse_text(text: str, name: str = "text") -> Document:
    """Parse already decoded text (line ends are normalized here)."""
    return parse_decoded(decode_bytes(text.encode("utf-8"), name), name)


def parse_decoded(decoded: Decoded, name: str) -> Document:
    """Parse a decoded file."""
    return _Parser(decoded, name).parse()


def load_document(path: Path) -> Document:
    """Read, decode and parse one article file."""
    return parse_decoded(read_path(path), path.name)
