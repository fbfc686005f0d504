"""The top of a page, where a portal's own lines stand over the article's: the header's state and the
readers of a page without a headline.

A site's name, its slogan couplet, its menus (a ``|`` bar, or a list of short items ``- 政策解读`` /
``- 经济发展`` …), a breadcrumb and the day the page was seen are the site's. A page without a headline is
named by its first line of its own: its date or 来源 line, its byline, else its first line that is not the
page's (a caption, an opening sentence), as a reader and a file list name it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from tui.core import chrome
from tui.core.attribution import Attribution
from tui.core.credits import ORIGINAL_TITLE
from tui.core.headshape import foreign, prose, title_like
from tui.core.lines import Line
from tui.core.meta import meta_line
from tui.core.model import Boilerplate
from tui.core.outletlines import report_tag
from tui.core.text import fold
from tui.core.traditional import simplify


@dataclass
class Header:
    """What the header says, the lines it used, and where the body starts."""

    title: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    date: str | None = None
    title_date: str | None = None
    """A full date that the title itself gives: the article's date when no line dates it."""
    breadcrumb: list[str] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    first_body: int = 0
    echoed: bool = False
    """The title stands among the text, printed again as captions (see :mod:`tui.core.echoes`)."""


_MENU_ITEM = re.compile(r"^[-*•·]\s*[^\s,，。!！?？:：;；]{2,10}$")
"""An item of a site's menu printed as a list (``- 政策解读``): a short name, no sentence."""
_MENU_RUN = 3
"""So many list items in a row at the top of a page make a menu."""

_MASTHEAD_REACH = 24
"""How far down a portal's masthead block the article's info bar is looked for."""
_MASTHEAD_PROSE = 3
"""So many sentences at most (slogans, a notice of what the site carries) between the masthead's first
sentence and the article's headline: more is the article's own text."""

_NAMING_CAPTION = 20
"""The shortest caption that names a page without a headline: a sentence, not a label or a credit."""
_CAPTION_CREDIT = re.compile(
    r"\s*(?:摄影|摄像|图片|图)\s*[:/|丨]?\s*[\u4e00-\u9fff·]{2,4}$|\s*[\u4e00-\u9fff·]{2,4}\s*摄$"
)
_NAMED_IN_CAPTION = 12
"""So much caption before its photographer's credit names the one pictured (``某某局新闻发言人、某某司司长王某
摄影李某``): a caption without a sentence that still names the page, unlike ``资料图 某某社记者 王某 摄``."""


def _names_someone(folded: str) -> bool:
    """A caption that names the one pictured, its titles, before the photographer's credit."""
    m = _CAPTION_CREDIT.search(folded)
    named = folded[: m.start()] if m else ""
    return len(named) >= _NAMED_IN_CAPTION and "记者" not in named and "资料图" not in named


_BRACKETED_CREDIT = re.compile(r"[(（]\s*[\u4e00-\u9fff·]{2,4}\s*摄(?:影)?\s*[)）]$")
_NO_SCENE = ("资料", "图片", "配图", "记者", "供图", "截图")


def _scene_credited(folded: str) -> bool:
    """A short caption that says what the photo shows before its credit in brackets (``发布会现场（王某 摄）``):
    the page's first line as a reader names it, unlike a bare credit (``资料图（王某 摄）``)."""
    m = _BRACKETED_CREDIT.search(folded)
    scene = folded[: m.start()].strip() if m else ""
    return len(scene) >= 4 and not any(word in scene for word in _NO_SCENE)


_SITE_ROLES = ("nav", "breadcrumb", "masthead", "chrome")
_SITE_KINDS = ("chrome", "nav", "promo", "contact")
"""The lines that are the site's, not the article's: above a page's first line of its own."""

_NO_TITLE_CRUMBS = ("正文", "详情", "内容")
"""A breadcrumb's last item that names no article."""
_CHANNEL_CRUMB = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:新闻|动态|解读|要闻|中心|频道|资讯|公开|国内|国际|财经|宏观|时政|政策|专题|"
    r"快讯|聚焦|发布|综合|经济|民生|文化|科技|政务|社会|滚动|热点)$"
)
"""A breadcrumb's last item that is a channel (``政策解读``, ``国内新闻``, ``部门动态``), not an article's title."""


class PageTop:
    """The header's state while it is read, and the readings of the page's top lines."""

    def __init__(self, lines: list[Line], attribution: Attribution) -> None:
        self.lines = lines
        self.attribution = attribution
        self.header = Header()
        self.roles: dict[int, str] = {}
        self.metas: list[int] = []
        self.dates: list[tuple[int, int, str]] = []  # (line, rank, date) of the meta lines with a date
        self.slogans: set[int] = set()  # the lines of a portal's slogan couplet
        self.title_folded = ""
        self.crumb_open = False
        """The breadcrumb ends with its separator (``新闻 > 国内 >``): its last item is a channel, not the title."""

    def _menu(self, zone: int) -> None:
        """Mark a site's menu printed as a list at the top of the page (three or more short items in a
        row, ``- 政策解读`` / ``- 经济发展`` …): navigation, never the headline or a heading."""
        i = 0
        while i < zone and (i in self.roles or chrome.site_label(self.lines[i].folded)):
            i += 1
        run = i
        while run < len(self.lines) and _MENU_ITEM.match(self.lines[run].folded.replace("·", "")):
            run += 1
        if run - i >= _MENU_RUN:
            self.roles.update((j, "nav") for j in range(i, run))

    def _past_masthead(self, zone: int) -> int:
        """Where the header zone ends on a portal whose masthead block reads as prose (its slogans, its
        membership lines, a notice of what it carries) over the article's headline and info bar: past that
        info bar (a labelled date line, ``北京时间:… | 发布者: … |来自: …``) when the line over it is a headline
        and few of the lines between are sentences; else ``zone`` (the body's first paragraph)."""
        for i in range(zone + 1, min(len(self.lines) - 1, _MASTHEAD_REACH)):
            meta = meta_line(self.lines[i].folded)
            if meta is None or meta.date is None or meta.rank < 2:
                continue
            above = self.lines[i - 1]
            if i - 1 == zone or not title_like(above) or prose(above) or chrome.chrome_kind(above.folded):
                return zone
            if sum(1 for line in self.lines[zone : i - 1] if prose(line)) > _MASTHEAD_PROSE:
                return zone
            return i + 1
        return zone

    def _breadcrumb_title(self) -> bool:
        crumb = self.header.breadcrumb
        return (
            bool(crumb)
            and crumb[-1] not in _NO_TITLE_CRUMBS
            and not _CHANNEL_CRUMB.match(simplify(fold(crumb[-1])))
            and not self.crumb_open
        )

    def _first_line_title(self, start: int) -> int:
        """A page without a headline is named by its first line that is not the page's own (a caption, an
        opening sentence), as a reader and a file list name it; the body starts after it. A document always
        has a title: a page that opens with a question (``问：…？`` over ``答：…``) is named by that question,
        as a file list names it, and the question is then its title, not one of its turns; so are a host's
        greeting and an outlet's post (``主持人：各位听众好…``, ``某某电视台：发布会将于…举行``)."""
        i = start
        while i < len(self.lines) and self._the_pages(i) and not self._caption_names(i):
            i += 1
        original = next((j for j in range(i) if ORIGINAL_TITLE.match(self.lines[j].folded)), None)
        if original is not None and i < len(self.lines) - 1:
            self.roles.pop(original, None)
            i = original  # 原标题：… over the report, no headline printed: the one headline the page gives
        if i >= len(self.lines) - 1:
            return start  # the text's only line stays its text
        for j in range(start, i):
            self.roles.setdefault(j, "chrome")
        line = self.lines[i]
        self.header.title = line.text
        self.roles[i] = "title"
        self.attribution.note_dateline_of(line)
        self.attribution.note_relay_of(line)
        if original is not None and i + 2 < len(self.lines) and report_tag(self.lines[i + 1].folded):
            self.roles[i + 1] = (
                "series"  # 【来自某某发布会的报道】 under the headline: its tag, as a column's
            )
            return i + 2
        return i + 1

    def _caption_names(self, i: int) -> bool:
        """A photo's caption that the stored text opens with, over the report's first paragraph and no
        headline (``某日，某某局长作客某网…图为访谈现场。某网 王某摄``): the page's first line as a reader and a file
        list name it. A bare credit or label (``资料图``, ``新华社记者 王某 摄``) names nothing."""
        line = self.lines[i]
        folded = line.folded
        return (
            i not in self.roles
            and chrome.chrome_kind(folded) == "caption"
            and (
                (
                    len(folded) >= _NAMING_CAPTION
                    and (any(mark in folded for mark in ",。") or _names_someone(folded))
                )
                or _scene_credited(folded)
            )
            and i + 1 < len(self.lines)
            and not title_like(self.lines[i + 1])
        )

    def _furniture_title(self) -> int | None:
        """A page without a headline whose first line (after the site's own: its name, menu, breadcrumb)
        is the article's date or 来源 line or its byline (``2021年05月12日09:30 来源:某某网``,
        ``撰文丨王某 摄影丨李某``) is named by that line, as a reader and a file list name it; its date and
        source are read from it all the same."""
        if self._breadcrumb_title():
            return None
        i = 0
        while i < len(self.lines) and (
            self.roles.get(i) in _SITE_ROLES
            or i in self.slogans
            or chrome.site_label(self.lines[i].folded)
            or chrome.chrome_kind(self.lines[i].folded) in _SITE_KINDS
            or foreign(self.lines[i])
            or any(at == i and rank == 0 for at, rank, _ in self.dates)  # the day the page was seen
        ):
            i += 1
        if i >= len(self.lines) - 1:
            return None
        line = self.lines[i]
        if self.roles.get(i) != "meta" and chrome.chrome_kind(line.folded) != "byline":
            return None
        for j in range(i):
            self.roles.setdefault(j, "chrome")
        self.header.title = line.text
        self.roles[i] = "title"
        self.attribution.note_line(line)
        return i

    def _portal_top(self, zone: int) -> int:
        """Where the text of a page without a headline starts: after the site's name, its slogan couplet
        and its menus at the top."""
        i = 0
        while i < zone and self._the_pages(i) and not self._caption_names(i):
            self.roles.setdefault(i, "chrome")
            i += 1
        return i

    def _the_pages(self, i: int) -> bool:
        """Line ``i`` is the page's, not the article's: a role already given, a slogan, the site's name, a
        non-content line, a notice in another language."""
        line = self.lines[i]
        return (
            i in self.roles
            or i in self.slogans
            or chrome.site_label(line.folded)
            or chrome.chrome_kind(line.folded) is not None
            or foreign(line)
        )

    def _without_couplets(self, candidates: list[int]) -> list[int]:
        """Drop a portal's slogan couplet (two short lines of one length, one under the other) when a
        headline follows it or the site's name stands over it."""
        lines = self.lines
        out = list(candidates)
        for a, b in itertools.pairwise(candidates):
            la, lb = lines[a].folded, lines[b].folded
            if (
                b == a + 1
                and len(la) == len(lb)
                and 4 <= len(la) <= 12
                and lines[a].cjk == len(la)
                and lines[b].cjk == len(lb)
                and (out[-1] > b or (a > 0 and chrome.site_label(lines[a - 1].folded)))
            ):
                out = [i for i in out if i not in (a, b)]
                self.slogans.update((a, b))
        return out
