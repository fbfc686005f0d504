"""The header of an article: breadcrumb, title, kicker (引题), subtitle (副题), date and the portal's 来源.

The header is read among the first lines, up to the body's first paragraph. A portal puts its clutter
there before the headline (a site name, slogans, ``首页 | 手机版``, ``EN``, a URL, a share bar), then the
headline and its meta lines (date, 来源, 作者, 阅读). The title is read as a person finds it:

1. the line that the breadcrumb ends with (``首页 > 大陆 > 某某创新高``), when the page shows it;
2. else the nearest headline-like line above the first meta line (a headline wrapped over two lines is
   joined: ``某某：中国经济仍是世界经济最强劲的`` / ``“发动机”``, see :mod:`tui.core.headline`);
3. else the first headline-like line that is not a portal's (site names, menus, slogan couplets).

A line ending in a colon is no headline: it is a speaker's label (``【钱某】：``) or a lead-in.

A kicker ending in ``——`` may stand above the title. Under it (read by :mod:`tui.core.headstack`): a subtitle (``——访…``, ``——…答记者问``),
a kicker (``…，多家企业反映——``), a series tag (``（两会·面对面）（10）…``), the headline repeated with
its deck under the date line, or a plain deck line that print renders put right under the title. A deck is
told from a first section heading by its shape (a short line without sentence punctuation, at least eight
characters, not a numbered or bulleted heading), by what follows it (a paragraph, not another heading) and,
in texts that indent their paragraphs, by its standing at the margin. The date is the best the meta lines
give: a labelled publication date (``发布时间：``) over a bare one, a bare one over a date with its weekday;
today's date with its weekday printed above the headline is the day the page was seen, and no date of the
article (the meta lines are read by :mod:`tui.core.headmeta`). An organisation's name standing alone under the date (``中华人民共和国某某部``) signs the
release: it is header, and names the source when nothing else does.
"""

from __future__ import annotations

import re

from tui.core import chrome, outletlines, widgets
from tui.core.attribution import Attribution
from tui.core.echoes import echoed_headline
from tui.core.headings import caption_script
from tui.core.headline import deck_of, roll_call_deck, wrapped
from tui.core.headmeta import MetaReader
from tui.core.headshape import DASHES, foreign, headline_length, prose, title_like
from tui.core.headstack import StackReader
from tui.core.lines import Line, words
from tui.core.meta import find_date
from tui.core.model import Boilerplate
from tui.core.pagetop import Header as Header
from tui.core.text import fold
from tui.core.turns import turn_marker

_ZONE = 24
"""The header is looked for among the first lines only (and never past the body's first paragraph)."""


def _same(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate(kind=kind, text=line.text, start=line.start, end=line.end)


_HEADER_LINES = 6
"""So many lines at most stand between a header's lines (a headline's stack, under the title or between
its meta lines); a meta line below more is the page's closing credit, the lines above it body."""

_LIST_MARK = re.compile(r"^[-*•]\s+")
"""The mark of a list item before a headline that a page prints as a field's value (``- 某某记者招待会``)."""

_HEADLINE_LABEL = re.compile(r"(?:题|标题)\s*:\s*")


_SECTION_MARK = re.compile(r"^[一二三四五六七八九十]{1,3}、")
"""A section's number (``三、…``): a line under the date line that opens with it is a section of the text."""


_PAPER_REACH = 40
"""How far down an e-paper's page its story's byline is looked for."""
_PAPER_TOOLS = 6
"""So many lines of an e-paper's own (its date, tools, list of headlines) at least stand above the story's
headline; a paper's headline, deck and byline at the top are read as any page's."""


def _wire_headline(folded: str) -> int | None:
    """Where the headline starts in a wire dateline that gives it (``某某社北京3月5日电 题：某某``, as a
    story is filed and as portals print it on one line), or None. A file that opens with that line is
    named by it whole, as a file list names it; under a portal's own lines, a reader names the story by
    its headline."""
    wire = chrome.DATELINE.match(folded)
    if wire is None:
        return None
    label = _HEADLINE_LABEL.match(folded, wire.end())
    return label.end() if label is not None and len(folded) > label.end() + 4 else None


_COLUMN_LABEL = re.compile(r"^[◆◇●○■□▲★☆►▶]\s*[\u4e00-\u9fff]{2,6}$")
"""A page's column label over its headline (``◆要闻速递``): the page's, not the article's title."""
_NOT_A_HEADLINE = re.compile(r"[A-Za-z]{3}|[>›»|]|(?:网|频道|在线)$")
"""A top line that is the site's (a menu of languages, a site's name or channel, a crumb), not a headline."""


class _HeaderReader(MetaReader):
    """Reads the first lines of an article; one instance per parse."""

    def read(self) -> Header:
        zone = next(
            (
                i
                for i, line in enumerate(self.lines[:_ZONE])
                if prose(line) and chrome.chrome_kind(line.folded) is None and not foreign(line)
            ),
            None,
        )
        zone = min(len(self.lines), _ZONE) if zone is None else self._past_masthead(zone)
        self._breadcrumb_and_meta(zone)
        self._menu(zone)
        title_at = self._info_box()
        if title_at is None:
            title_at = self._paper_title(zone)
        if title_at is None:
            title_at = self._title(zone)
        if title_at is not None and self._script_top():
            title_at = self._stamp_title()
        self._date(title_at)
        self._drop_far_metas(title_at)
        last_meta = max(self.metas, default=-1)
        if title_at is not None:
            end = StackReader(self.lines, self.attribution, self.header, self.roles, self.title_folded).read(
                title_at, last_meta
            )
        elif (top := self._furniture_title()) is not None:
            end = max(last_meta + 1, top + 1)
        else:
            end = max(last_meta + 1, self._portal_top(zone))
            if self.header.title is None and not self._breadcrumb_title():
                if (echo := echoed_headline(self.lines, end)) is not None:
                    self.header.title, self.header.echoed = self.lines[echo].text, True  # copies: captions
                else:
                    end = self._first_line_title(end)
        header = self.header
        if header.title is None and self._breadcrumb_title():
            header.title = header.breadcrumb[-1]
        if header.title is not None and (dated := find_date(fold(header.title))) is not None:
            header.title_date = dated[0][:10]  # 某某新闻办2003年2月20日记者招待会: the day of the event
        for i in sorted(self.roles):
            if self.roles[i] != "title":
                header.boilerplate.append(_entry(self.roles[i], self.lines[i]))
        header.first_body = end
        return header

    def _script_top(self) -> bool:
        """Under the page's stamp line, a video's caption script from the first line on: its first
        captions (``10月26日`` / ``某某部召开发布会``) are the script's, as the rest, no headline."""
        first = next((i for i in range(len(self.lines)) if self.roles.get(i, "title") == "title"), None)
        if not first or any(self.roles[j] != "meta" for j in range(first)):
            return False
        script = caption_script(self.lines[first:], [None] * (len(self.lines) - first))
        return bool(script) and script[0] == 0 and script[-1] - script[0] + 1 == len(script)

    def _stamp_title(self) -> int:
        """The page with no headline is named by its first line, its stamp: the script is all body."""
        for j in [j for j, role in self.roles.items() if role == "title"]:
            del self.roles[j]
        self.header.title = self.lines[0].text
        self.title_folded = "".join(self.lines[0].folded.split())
        return 0

    def _drop_far_metas(self, title_at: int | None) -> None:
        """A header is a few lines: a credit line (``编辑：某某``) below a run of many lines that are no
        part of a header (a caption script's lines, one a line, with no sentence punctuation) closes the
        page, and the lines above it are its body, never the header's."""
        start = -1 if title_at is None else title_at
        kept: list[int] = []
        for m in sorted(self.metas):
            gap = sum(1 for j in range(start + 1, m) if j not in self.roles)
            if m > start and gap > _HEADER_LINES:
                break
            kept.append(m)
            start = max(start, m)
        for m in self.metas:
            if m not in kept and self.roles.get(m) == "meta":
                del self.roles[m]
        self.metas = kept

    def _paper_title(self, zone: int) -> int | None:
        """An e-paper's page (its masthead at the top) prints its tools, its page's list of headlines and a
        notice before the story: the story's headline is the line over its byline (``□ 某某社记者 王某``),
        below all that (a paragraph's worth of the page's headlines at most); the lines above it are the page's."""
        if "masthead" not in self.roles.values():
            return None
        for b in range(_PAPER_TOOLS + 1, min(len(self.lines) - 1, _PAPER_REACH)):
            if chrome.chrome_kind(self.lines[b].folded) != "byline":
                continue
            i = b - 1
            line = self.lines[i]
            if i in self.roles or not title_like(line) or chrome.chrome_kind(line.folded) is not None:
                return None
            if any(
                prose(x) and chrome.chrome_kind(x.folded) is None for x in self.lines[zone + 1 : i]
            ):  # a paragraph of the text's before it: a byline in the body, the headline found above
                return None
            for j in range(i):
                self.roles.setdefault(j, "chrome")
            self.header.title = line.text
            self.roles[i] = "title"
            return i
        return None

    def _candidate(self, i: int) -> bool:
        line = self.lines[i]
        return (
            i not in self.roles
            and title_like(line)
            and not line.folded.startswith(DASHES)
            and not line.folded.endswith(":")  # a speaker's label (【某某】:) or a lead-in
            and chrome.chrome_kind(line.folded) is None
            and not chrome.site_label(line.folded)
            and not chrome.series_tag(line.folded)
            and not widgets.title_list_item(line.folded)
            and not outletlines.report_tag(line.folded)  # 【来自某某发布会的报道】: a tag, no headline
        )

    def _title(self, zone: int) -> int | None:
        """Find the title line (a kicker ending in ``——`` may stand above it); return its index."""
        candidates = self._without_couplets([i for i in range(zone) if self._candidate(i)])
        candidates = self._headline_lines(candidates)
        candidates = [
            i for i in candidates if not (_COLUMN_LABEL.match(self.lines[i].folded) and i + 1 in candidates)
        ]
        if not candidates:
            return None
        crumb = self.header.breadcrumb[-1] if self.header.breadcrumb else None
        if crumb is not None:
            for i in candidates:
                if _same(self.lines[i].text, crumb):
                    return self._take(i)
        anchor = self._anchor()
        above = [i for i in candidates if anchor is not None and i < anchor]
        if above:
            last, before = above[-1], (above[-2] if len(above) > 1 else None)
            if (
                before == last - 1
                and not self._wrapped(before, last)
                and (
                    deck_of(self.lines[before].folded, self.lines[last].folded)
                    or roll_call_deck(self.lines[before].folded, self.lines[last].folded)
                )
            ):
                return self._take(before)  # the headline over its deck (就…)
            if self._deck_over_bar(above, anchor):
                return self._take(above[0])  # headline, its deck, then the page's info bar
            return self._take(last, before)
        if anchor is None:
            first = candidates[0]
            if first >= len(self.lines) - 1 or self._opens_a_turn(first):
                return None
            if first + 1 in candidates and self._wrapped(first, first + 1):
                return self._take(first + 1, first)
            return self._take(first)
        after = [i for i in candidates if i > anchor]
        if after and _SECTION_MARK.match(self.lines[after[0]].folded):
            return None  # 三、…: a later page of a story, its section under the date line; no headline
        if len(after) >= 2 and after[1] == after[0] + 1 and self._wrapped(after[0], after[1]):
            return self._take(after[1], after[0])
        return self._take(after[0]) if after else None

    def _headline_lines(self, candidates: list[int]) -> list[int]:
        """The candidates that may be the headline: none over the breadcrumb when some stand under it (the
        site's lines), none of a word or two (``阴影``, ``新闻``) when a longer one stands there, unless it
        ends a headline wrapped over two lines."""
        crumb_at = next((i for i, role in self.roles.items() if role == "breadcrumb"), None)
        if crumb_at is not None and any(i > crumb_at for i in candidates):
            candidates = [i for i in candidates if i > crumb_at]
        kept = [
            i
            for i in candidates
            if headline_length(self.lines[i]) or (i - 1 in candidates and self._wrapped(i - 1, i))
        ]
        return kept if any(headline_length(self.lines[i]) for i in kept) else candidates

    def _deck_over_bar(self, above: list[int], anchor: int | None) -> bool:
        """The page's bar of tools with no date (``字号：大 中 小``, ``【打印】【关闭】``) printed under a headline
        and its deck, the first lines of the page: the headline is the block's first line, as with no bar.
        (Over a date line the line next to it is the headline, a kicker above it: that reading stands.)"""
        if (
            self.dates
            or anchor is None
            or len(above) != 2
            or above[1] != above[0] + 1
            or anchor != above[1] + 1
        ):
            return False
        head, deck = self.lines[above[0]], self.lines[above[1]]
        return (
            all(j in self.roles for j in range(above[0]))  # nothing but the page's lines above
            and not self._wrapped(above[0], above[1])
            and head.cjk >= 8
            and deck.cjk >= 6
            and not _NOT_A_HEADLINE.search(head.folded)
        )

    def _opens_a_turn(self, i: int) -> bool:
        """A first line that is a question or an answer (``问：…``) is no headline; a headline may read
        ``某部：出口稳中有升`` (a name, a colon, a short claim)."""
        turn = turn_marker(self.lines[i])
        if turn is None:
            return False
        return turn.role != "speaker" or words(self.lines[i].folded) > 40

    def _take(self, i: int, before: int | None = None) -> int:
        """Make line ``i`` the title (joined to ``before`` when the headline is wrapped over both, with a
        kicker above it when one ends in ``——``); the lines above it are the portal's."""
        lines = self.lines
        text, folded = lines[i].text, lines[i].folded
        if before == i - 1 and self._wrapped(before, i):
            text, folded = lines[before].text + text, lines[before].folded + folded
            self.roles[before] = "title"
        elif (
            lines[i].folded.endswith(DASHES)
            and i + 1 < len(lines)
            and self._candidate(i + 1)
            and not lines[i + 1].folded.endswith(DASHES)
        ):
            self.header.kicker = lines[i].text
            self.roles[i] = "kicker"
            i += 1
            text, folded = lines[i].text, lines[i].folded
        elif (
            i > 0
            and i - 1 not in self.roles
            and lines[i - 1].folded.endswith(DASHES)
            and title_like(lines[i - 1])
        ):
            self.header.kicker = lines[i - 1].text
            self.roles[i - 1] = "kicker"
        for j in range(i):
            self.roles.setdefault(j, "series" if chrome.series_tag(lines[j].folded) else "chrome")
            if (organ := widgets.info_publisher(lines[j].folded)) is not None:  # 发布机构某某局 in the box
                self.attribution.note_issuer(lines[j].text[organ[0] : organ[1]])
            elif outletlines.SIGNED.match(
                lines[j].folded
            ):  # 《某某日报》发表王某署名文章： over the headline
                self.attribution.note_line(lines[j])
        if (marked := _LIST_MARK.match(folded)) is not None and len(folded) > marked.end() + 4:
            text, folded = text[marked.end() :], folded[marked.end() :]  # - 某某记者招待会: a field's value
        if i > 0 and (headed := _wire_headline(folded)) is not None:
            text, folded = text[headed:], folded[headed:]  # 某某社北京3月5日电 题：… under a portal's lines
        self.header.title = text
        self.title_folded = "".join(folded.split())
        self.roles[i] = "title"
        return i

    def _wrapped(self, a: int, b: int) -> bool:
        return wrapped(self.lines[a].folded, self.lines[b].folded)


def read_header(lines: list[Line], attribution: Attribution) -> Header:
    """Read the header of an article from its lines, noting attribution lines met on the way."""
    return _HeaderReader(lines, attribution).read()
