"""Credits and sources inside the text's paragraphs, and an outlet that reports in its own name.

A paragraph may close with its reporters' credit (``…。（某某台记者 王某）``, a Hong Kong paper's
``…。 ■某某报记者 王某 北京报道``) or with its 来源 in brackets (``…。（来源：某某新闻）``): both are cut
from the paragraph and noted in the :class:`~tui.core.attribution.Attribution`. An outlet that says what
it found in its own name at a sentence's start (``某某新闻注意到，…``), or whose column interviews
(``某某网“某某观察”栏目采访…``), wrote the article.
"""

from __future__ import annotations

import re

from tui.core import chrome, credits, outletlines
from tui.core.attribution import Attribution
from tui.core.lines import Line
from tui.core.model import Boilerplate
from tui.core.traditional import simplify

_CLOSING_BYLINE = re.compile(
    rf"\s*■\s*(?P<src>{chrome.OUTLET})\s*(?:特约|首席|特派)?记者\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s*[、,]\s*[\u4e00-\u9fff·]{2,4})*)(?:\s+[\u4e00-\u9fff]{0,6}报道)?\s*$"
)
"""A byline that closes the last paragraph, as Hong Kong papers print it: ``…。 ■某某报记者 王某 北京报道``."""
_CLOSING_CREDIT = re.compile(
    rf"(?<=[。!?”\"])\s*\(\s*(?!据|據|由|向|对|對|经|經|从|從|在|与|與|和)(?P<src>{credits.HOUSE_ALTERNATION}|{chrome.OUTLET}|[\u4e00-\u9fff]{{1,6}}?新闻)\s*(?:(?:特约|首席|特派)?记者|采访人员)\s*"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:\s*[、,\s]?\s*[\u4e00-\u9fff·]{2,4}){0,5})\s*\)\s*$"
)
"""A broadcaster's or an outlet's credit in brackets closing a paragraph: ``…。（总台某某记者 王某 李某）``,
``…。（某某新闻 记者 王某）`` (a channel named for its news); a
photo's credit (``（某某社记者 王某 摄）``) ends in 摄 and is none; a site that prints 采访人员 for every 记者
writes ``（总台某某采访人员 王某）``; some print the names run together (``王某某李某``)."""
_CLOSING_SOURCE = re.compile(
    r"(?<=[。!?”\"])\s*[(\[]\s*(?:文章|本文|稿件|信息)?来源\s*:\s*(?P<src>[\u4e00-\u9fff·]{1,12}?(?:通讯社|电视台|客户端|新闻|社|报|网|台))\s*[)\]]\s*$"
)
"""A 来源 in brackets closing a paragraph inside the text (``…。（来源：某某新闻）``): the explicit source; a
data source there (``（来源：某某统计局）``) names no outlet."""
_SELF_NAMED = re.compile(
    r"(?:^|(?<=[。!?]))\s*(?P<src>\d{0,3}[\u4e00-\u9fff]{2,8}?(?:新闻|日报|晚报|晨报|时报|商报|通讯社|(?<!合作)(?<!旅行)(?<!出版)社"
    r"|报道(?=\s*记者)|报|网|台))"
    r"\s*(?:记者\s*(?:注意到|了解到|获悉|发现|梳理发现|统计发现)|注意到|独家获悉|获悉|梳理发现"
    r"|(?:记者\s*)?从[^,。;:“”]{2,16}?(?:了解到|获悉))"
)
"""An outlet that reports in its own name at a sentence's start: ``某某新闻注意到，…``, ``某某报记者了解到，…``,
``…。某某新闻从多地统计局官网了解到，…``, ``12世纪财经报道记者注意到`` (a paper named for its reports, by
its reporters: a ``报道`` alone is the report); not inside a quotation, where someone else speaks."""


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


_NOT_A_NAME = re.compile(r"(?:报道|采写|整理|摄影?)$")
"""What follows a credit's names (``北京报道``, ``摄``): no reporter."""


_SAYS = re.compile(r"介绍|介紹|表示|透露|指出|认为|認為|提问|提問|说|說|看到|注意到|[在了的]")
"""A reporter's words in brackets (``（某某台记者 王某 介绍）``) or what he saw (``（某某台记者在现场看到）``):
an aside, no credit."""


def _closing_credit(folded: str) -> re.Match[str] | None:
    """A byline or a bracketed credit that closes a paragraph after its text, or None."""
    if "记者" not in folded and "采访人员" not in folded:
        return None  # both patterns need one of the words: a paragraph without it is not scanned for them
    for pattern in (_CLOSING_BYLINE, _CLOSING_CREDIT):
        if (found := pattern.search(folded)) is not None and found.start() > 0:
            return None if _SAYS.search(found["names"]) else found
    return None


_OWN_LIVE = re.compile(
    rf"(?:^|[。!;])\s*(?P<src>{chrome.OUTLET})\s*(?:将|将对|对此|对本场)?\s*(?:进行)?\s*(?:现场|全程)?\s*"
    r"(?:图文|视频|文字)?\s*直播\s*[,。!]\s*敬请(?:关注|收看)"
)
"""A live page's outlet announcing its own broadcast of the event (``…。某某网现场直播，敬请关注。``)."""


def cut_credits(line: Line, attribution: Attribution, found: list[Boilerplate]) -> Line:
    """The paragraph without the credit and the 来源 that close it (each added to ``found`` and noted)."""
    if (closing := _closing_credit(line.folded)) is not None:
        found.append(_entry("byline", line.inner(closing.start(), 0)))
        src, names = (line.written(closing[g]) for g in ("src", "names"))
        # 总台 alone names no channel
        src = "" if simplify(src) == "总台" else credits.HOUSE_NAMES.get(src, src)
        credited = [n for n in re.split(r"\s*[、,\s]\s*", names.strip()) if not _NOT_A_NAME.search(n)]
        attribution.note_byline(src, tuple(credited))
        line = line.inner(0, len(line.folded) - closing.start())
    if (named_source := _CLOSING_SOURCE.search(line.folded)) is not None:
        found.append(_entry("attribution", line.inner(named_source.start(), 0)))
        attribution.note_explicit(line.written(named_source["src"]))
        line = line.inner(0, len(line.folded) - named_source.start())
    return line


def own_name(folded: str) -> re.Match[str] | None:
    """The outlet that names itself as the reporter (its match's ``src`` group), or None."""
    # each search is asked only of a paragraph with the words it cannot match without (栏目, 节目 or 专栏;
    # 据 and 记者; 直播 and 敬请): the order is kept, so the first match is the same
    return (
        _self_named(folded)
        or (_column_word(folded) and _OWN_COLUMN.search(folded))
        or (
            "据" in folded and "记者" in folded and outletlines.OWN_TALLY.search(folded)
        )  # 据某某报记者梳理，
        or outletlines.TRANSCRIPT.match(folded)  # 以下为某某网直播实录：
        or ("敬请" in folded and "直播" in folded and _OWN_LIVE.search(folded))  # 某某网现场直播，敬请关注
        or None
    )


def _column_word(folded: str) -> bool:
    """The paragraph names a column or a programme (what :data:`_OWN_COLUMN` needs)."""
    return "栏目" in folded or "节目" in folded or "专栏" in folded


def _entry(kind: str, line: Line) -> Boilerplate:
    return Boilerplate(kind=kind, text=line.text, start=line.start, end=line.end)
