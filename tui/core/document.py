"""Text to :class:`~tui.core.model.Document`: the parser's passes, in order.

1. :mod:`tui.core.lines` splits the text into lines (offsets into the original, folded text for matching).
2. :mod:`tui.core.header` reads the header: breadcrumb, title, kicker, subtitle, date, the portal's 来源.
3. :mod:`tui.core.boilerplate` sets apart every body line that is not content and cuts datelines.
4. :mod:`tui.core.blocks` builds sections of blocks: headings, turns with speakers, points, paragraphs.
5. :mod:`tui.core.attribution` names the source and the site from all that was noted on the way.

The parser reads the genre, not one file; every offset points into the original text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from tui.core.attribution import Attribution
from tui.core.blocks import build_body
from tui.core.boilerplate import sift
from tui.core.dumprecord import dump_record
from tui.core.echoes import captioned, chart_labels
from tui.core.glosses import reglossed, unglossed
from tui.core.header import read_header
from tui.core.lines import split_lines
from tui.core.model import BlockKind, Document, Section, changed
from tui.core.runon import split_run_on
from tui.core.text import Decoded, decode_bytes, fold, read_path
from tui.core.turns import outlet_label, publication_label

_INTERVIEW = re.compile(
    r"(?P<who>[^,;:!?。\n]{2,40}?)(?:就[^,;:!?。]{1,40}?)?接受(?:了)?(?P<by>[^,;:!?。\s]{0,12}?记者)"
    r"(?:的)?(?:独家)?(?:专访|采访)"
)


_INTERVIEWED = re.compile(
    r"(?:^|[,。;:])\s*(?:[\u4e00-\u9fff]{0,4}[,\s])?\s*《?(?P<by>[\u4e00-\u9fff]{2,10}?"
    r"(?:日报|晚报|时报|商报|周刊|杂志|通讯社|电视台|报|网|社|台|新闻))》?(?:的)?(?:特约|首席)?记者"
    r"(?:就[^,;:!?。]{1,40}?)?(?:专访|采访)了?(?!了?解|中|时|过程)"
)
"""An editor's note or a lead that names the outlet whose reporter put the questions (``编者按：…近日，《某某报》
记者就某事采访了某某局负责人``); not ``记者采访了解到`` (learned), and no outlet in ``记者采访了…``."""
_LEAD_NOTES = 2
"""The editor's note is the first paragraph or the second (under a dateline's)."""

_TOLD = re.compile(
    r"(?:向《?(?P<a>[\u4e00-\u9fff]{2,10}?(?:周刊|日报|晚报|时报|杂志|财经|新闻|报|网|社))》?(?:记者)?"
    r"(?:表示|介绍|透露|指出|坦言|分析|说)"
    r"|告诉《?(?P<b>[\u4e00-\u9fff]{2,10}?(?:周刊|日报|晚报|时报|杂志|财经|新闻|报|网|社))》?(?:记者)?\s*[,:“])"
)
"""An expert who speaks to an outlet by name (``某某向某某周刊表示``, ``某某告诉某某报记者，``)."""
_TOLD_TIMES = 2
"""So many experts' words told to one outlet make that outlet the one that gathered them."""


def _told_outlet(sections: list[Section]) -> str | None:
    """The outlet the text's experts speak to, by name, twice or more (``…向某某周刊表示``, ``…告诉某某周刊，``):
    its reporter gathered them, so it wrote the piece (本刊, 本报 name nobody)."""
    counts: dict[str, int] = {}
    for section in sections:
        for block in section.blocks:
            for m in _TOLD.finditer(fold(block.text)):
                at = m.start("a") if m["a"] else m.start("b")
                name = block.text[at : at + len(m["a"] or m["b"])]
                counts[name] = counts.get(name, 0) + 1
    told = [n for n, c in counts.items() if c >= _TOLD_TIMES and not fold(n).startswith("本")]
    return told[0] if len(told) == 1 else None


def _noted_interviewer(sections: list[Section]) -> str | None:
    """The outlet an editor's note or the lead says interviewed the guest, when nothing else names who wrote it."""
    if not sections or sections[0].heading is not None:
        return None
    paragraphs = [b for b in sections[0].blocks if b.kind == BlockKind.paragraph][:_LEAD_NOTES]
    for block in paragraphs:
        if (m := _INTERVIEWED.search(fold(block.text))) is not None and not fold(m["by"]).startswith("本"):
            return block.text[m.start("by") : m.end("by")]
    return None


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
        blocks = [changed(b, id=f"{sid}.{j}") for j, b in enumerate(section.blocks, 1)]
        out.append(changed(section, id=sid, blocks=blocks))
    return out


def _people_from_lead(sections: list[Section]) -> tuple[str | None, str | None]:
    """(interviewer, interviewee) from the lead's ``某某接受某某记者专访``, when it says so."""
    lead_text = "".join(b.text for s in sections[:2] for b in s.blocks if b.kind == BlockKind.paragraph)
    m = _INTERVIEW.search(fold(lead_text))
    if not m:
        return None, None
    who = lead_text[m.start("who") : m.end("who")]
    who = re.split(r"[,,。;;::!?！？]", who)[-1].strip()
    return lead_text[m.start("by") : m.end("by")], who or None


_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]+")


def _interviewing_outlet(asker: str | None, by: str | None, sections: list[Section]) -> str | None:
    """The outlet that conducts the interview: the lead's ``接受某某记者采访`` (``by``), or the one asker, an
    outlet, when it puts two questions or more (``某某网：…？``); a reporter who asks once at a press
    conference does not make his outlet the writer."""
    if by is not None:  # 某某接受第一财经记者采访: whoever's reporter it is, an outlet
        outlet = by[:-2] if fold(by).endswith("记者") else ""
        return outlet if 2 <= len(outlet) <= 12 and _NAME.fullmatch(fold(outlet)) else None
    if asker is not None and publication_label(asker) and _own_reporter_in_lead(sections):
        return asker[1:-1]  # 本刊记者专访了… over 《某某周刊》：…？ — the magazine names itself as it asks
    asked = sum(1 for s in sections for b in s.blocks if b.kind == BlockKind.question and b.speaker == asker)
    return asker if asker is not None and asked >= 2 and outlet_label(asker) else None


def _own_reporter_in_lead(sections: list[Section]) -> bool:
    """The lead, before the first question, says the outlet's own reporter (``本刊记者``) did the interview."""
    for block in sections[0].blocks if sections else []:
        if block.kind != BlockKind.paragraph:
            return False
        if "本刊记者" in fold(block.text) or "本刊記者" in fold(block.text):
            return True
    return False


def parse_decoded(decoded: Decoded, name: str) -> Document:
    """Parse a decoded file (a mirror's glossed text as read without its glosses, see :mod:`tui.core.glosses`)."""
    plain = unglossed(decoded.text)
    if plain is None:
        return _parse(decoded, name)
    return reglossed(_parse(replace(decoded, text=plain.text), name), decoded.text, plain)


def _parse(decoded: Decoded, name: str) -> Document:
    lines = split_run_on(split_lines(decoded.text))
    attribution = Attribution()
    if (record := dump_record(decoded.text, lines)) is not None:
        lines = record.lines  # a corpus's CSV record: its title and content fields are the article
        if record.source is not None:
            attribution.note_explicit(record.source)
        attribution.body_date = attribution.body_date or record.date
    header = read_header(lines, attribution)
    attribution.note_masthead(lines[: min(header.first_body, 8)])
    if (titled := next((x for x in lines if x.text == header.title), None)) is not None:
        attribution.note_title(titled)  # 《某某通讯社…专电》 within, [某某统计局] before
    sifted = sift(lines[header.first_body :], attribution, None if header.echoed else header.title)
    body = build_body(sifted.lines, header.title)
    sections = _renumber(
        chart_labels(captioned(body.sections, header.title) if header.echoed else body.sections)
    )
    by, who = _people_from_lead(sections)
    if body.narrator is not None:
        attribution.note_self(body.narrator)
    if (
        outlet := (
            _interviewing_outlet(body.interviewer, by, sections)
            or _told_outlet(sections)
            or _noted_interviewer(sections)
        )
    ) is not None:
        attribution.note_interviewer(outlet)
    source, site = attribution.resolve()
    boilerplate = sorted(header.boilerplate + sifted.boilerplate + body.labels, key=lambda b: b.start)
    return Document(
        name=name,
        title=header.title,
        kicker=header.kicker,
        subtitle=header.subtitle or sifted.own_headline,
        date=header.date or attribution.paper_date or header.title_date or attribution.body_date,
        site=site,
        breadcrumb=header.breadcrumb,
        source=source,
        interviewer=body.interviewer or by,
        interviewee=body.interviewee or who,
        authors=attribution.authors,
        editors=attribution.editors,
        encoding=decoded.encoding,
        sha256=decoded.sha256,
        sections=sections,
        boilerplate=boilerplate,
        text=decoded.text,
    )


def parse_text(text: str, name: str = "text") -> Document:
    """Parse already decoded text (line ends are normalized here)."""
    return parse_decoded(decode_bytes(text.encode("utf-8"), name), name)


def load_document(path: Path) -> Document:
    """Read, decode and parse one article file (a saved web page is read by :mod:`tui.core.html`)."""
    if path.suffix.lower() in (".html", ".htm", ".shtml", ".xhtml"):
        from tui.core.html import read_html  # the page extractor stays off the path of .txt files

        return parse_decoded(read_html(path), path.name)
    return parse_decoded(read_path(path), path.name)
