"""The meta lines at the top of an article: its breadcrumb, date and 来源 lines, and the date they give.

A breadcrumb (``首页 > 新闻 > 某某``, which may end with the page's date), a paper's masthead, the date
lines (also a date broken over three lines: ``2022`` / ``10/18`` / ``11:16``) and the 来源, 作者 and 编辑
fields are marked with their roles, and what they say about the article's origin is noted in the
:class:`~tui.core.attribution.Attribution`. The article's date is the best the meta lines give (a
labelled publication date over a bare one over today's date with its weekday); the headline stands above
the meta line whose date is worth most. A live page's info box run into its first line (``时间：某某发布会
地点：5日10:00 某某发布会``) is the page's template: the event's name in its 时间 field is the title.
"""

from __future__ import annotations

import re

from tui.core import chrome, outletlines
from tui.core.meta import find_date, meta_line, split_date
from tui.core.pagetop import PageTop
from tui.core.text import fold

_INFO_BOX = re.compile(r"^时间\s*:\s*(?P<when>\S.*?)\s*地点\s*:\s*(?P<where>\S.*)$")
"""A live page's info box whose fields the page ran together on its first line (``时间：… 地点：…``)."""
_BARE_TIME = re.compile(r"[\d\s年月日时点分:.\-/]+|(?:上午|下午|晚上)[\d\s时点分:]*")
"""A box's field that gives a time only: the box tells no event's name."""


def _info_box_title(folded: str) -> tuple[int, int] | None:
    """Where the event's name stands in a live page's info box run into one line (``时间：某某会议发布会地点：
    5日10:00 某某会议发布会``): the page's template put the event's name in its 时间 field, so the box is
    the page's furniture and the name in it is the title. None when the line is no such box, or when its
    时间 field gives a time (a box that names no event)."""
    box = _INFO_BOX.match(folded)
    if box is None:
        return None
    when = box["when"].rstrip()
    if len(when) < 4 or _BARE_TIME.fullmatch(when) or (find_date(when) is not None and len(when) < 12):
        return None
    return box.start("when"), box.start("when") + len(when)


class MetaReader(PageTop):
    """The header's reader of meta lines (the title's reader, :mod:`tui.core.header`, builds on it)."""

    def _info_box(self) -> int | None:
        """A live page that opens with its info box run into one line: the event's name in it is the title."""
        if self.roles.get(0, "meta") != "meta" or (span := _info_box_title(self.lines[0].folded)) is None:
            return None
        self.metas = [i for i in self.metas if i != 0]  # 时间：… read as a meta line: the box's, no date
        self.dates = [d for d in self.dates if d[0] != 0]
        text = self.lines[0].text[span[0] : span[1]].strip()
        self.header.title, self.title_folded = text, "".join(fold(text).split())
        self.roles[0] = "title"
        return 0

    def _breadcrumb_and_meta(self, zone: int) -> None:
        """Mark the breadcrumb and the meta lines of the zone; note their dates and the 来源 field."""
        for i in range(zone):
            line = self.lines[i]
            if i in self.roles:
                continue
            if (split := split_date([x.folded for x in self.lines[i : i + 3]])) is not None:
                self.roles.update((j, "meta") for j in range(i, i + split[1]))  # 2022 / 10/18 / 11:16
                self.metas.append(i)
                self.dates.append((i, 1, split[0]))
                continue
            if not self.header.breadcrumb and (parts := chrome.split_breadcrumb(line.folded)):
                self.header.breadcrumb = chrome.split_breadcrumb(line.text) or parts
                self.roles[i] = "breadcrumb"
                self._crumb_date(i)
                self.crumb_open = line.folded.rstrip().endswith(
                    (">", "›", "»")
                )  # 新闻 > 国内 >: no title at its end
                continue
            if chrome.masthead(line.folded):  # 某某日报 over the page: the paper, and its issue's date
                self.roles[i] = "masthead"
                self.attribution.note_header(line.text)
                continue
            meta = meta_line(line.folded)
            if meta is None:
                continue
            self.roles[i] = "meta"
            self.metas.append(i)
            if meta.date is not None:
                self.dates.append((i, meta.rank, meta.date))
            if meta.issuer:
                self.attribution.note_issuer(line.written(meta.issuer))
            if meta.site:
                self.attribution.note_header(line.written(meta.site))
            elif i > 0 and (item := outletlines.outlet_item(self.lines[i - 1].folded, line.folded)):
                self.roles[i - 1] = (
                    "meta"  # • 某某卫视 / • 2023/03/03 22:08: the outlet, an item over its date
                )
                self.attribution.note_header(self.lines[i - 1].written(item))
            if meta.byline:
                self.attribution.note_byline(line.written(meta.byline), ())
            self.attribution.add_people(
                tuple(line.written(n) for n in meta.authors), tuple(line.written(n) for n in meta.editors)
            )

    def _crumb_date(self, i: int) -> None:
        """A breadcrumb that ends with the page's date (``某某网 > 新闻 > 热点      2022-03-11 11:01:24``):
        the date is the article's, as on a date line, and no part of the crumb's last item."""
        folded = self.lines[i].folded
        dated = find_date(folded)
        if (
            dated is None
            or folded[dated[2] :].strip(" ·")
            or len(folded) - len(folded[: dated[1]].rstrip()) < 8
        ):
            return
        self.dates.append((i, 1, dated[0]))
        crumb = self.header.breadcrumb
        last = crumb[-1]
        cut = fold(last).find(folded[dated[1] : dated[2]][:4])
        if cut > 0 and last[:cut].strip():
            crumb[-1] = last[:cut].strip()

    def _date(self, title_at: int | None) -> None:
        """The date worth most among the meta lines (the first of them at that worth); today's date with
        its weekday printed above the headline is the day the page was seen, not the article's, unless a
        paper's masthead stands with it (then it is the issue's date)."""
        best = -1
        paper = "masthead" in self.roles.values()
        for i, rank, date in self.dates:
            if rank == 0 and (title_at is None or i < title_at) and not paper:
                continue
            if rank > best:
                self.header.date, best = date, rank

    def _anchor(self) -> int | None:
        """The meta line the headline stands above: the first of those whose date is worth most (a
        labelled publication date, else a bare date, else today's date with its weekday, as a page prints
        it at the top), else the first meta line."""
        ranked = [(rank, i) for i, rank, _ in self.dates]
        if ranked:
            best = max(rank for rank, _ in ranked)
            return min(i for rank, i in ranked if rank == best)
        return self.metas[0] if self.metas else None
