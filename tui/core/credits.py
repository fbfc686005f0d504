"""Attribution lines: 来源 fields, a paper's 《报》（…版）, bylines, writers' and editors' credits.

Each recognizer takes one line of *folded* text (see :func:`tui.core.text.fold`); :func:`credit` says what
origin and which people a line names. :mod:`tui.core.chrome` sorts the lines by kind with these.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from tui.core.meta import field_value, find_date, people, split_names
from tui.core.outletlines import SIGNED, issue_source, staff_byline

CJK = r"\u4e00-\u9fff"
NAME = rf"[{CJK}·](?: ?[{CJK}·]){{1,3}}"
NAMES = rf"{NAME}(?:\s*[、,\s]\s*{NAME})*"
OUTLET = rf"[{CJK}]{{1,8}}?(?:通讯社|电视台|客户端|社|报|网|台|通讯)"
_CJK, _NAME, _NAMES, _OUTLET = CJK, NAME, NAMES, OUTLET

ATTRIBUTION = re.compile(
    r"^(?:[(\[【]?\s*(?:(?:文章|本文|稿件|信息|内容)?来源|转自|转载自)\s*(?::|[|丨](?=[^,。;]*$))|SOURCE(?=\s+\S))"
    r"\s*(?P<src>[^)\]】]{1,30}?)\s*[)\]】]?$"
)
"""``来源：某某报`` (``来源 | 某某新闻`` as a WeChat post prints it), a reprint's ``转自：某某新闻`` (the
outlet it was taken from wrote it), and a press-release wire's sign-off ``SOURCE 某某公司`` (who issued the
release)."""
ORIGINAL_TITLE = re.compile(r"^[(\[【]?\s*原标题\s*:")
PAPER = re.compile(
    r"^[(\[]?\s*《(?P<src>[^》]{2,12})》\s*[(\[]?\s*"
    r"(?:(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)?\s*"
    r"(?P<page>第?\s*\d{1,2}\s*版)?[^)\]]{0,12}[)\]]?\s*[)\]]?$"
)
EDITOR = re.compile(
    r"^[(\[【]?\s*(?:(?P<field>责任编辑|(?:本版|版面|网络|值班|文字|图片|视频)?(?:责编|编辑)|美编|视觉设计|视觉|版式设计|版式|排版|校对|审核|审校|监制|统筹|编审|制图|主编|策划|发稿|初审|复审|终审)"
    r"\s*[:|]\s*(?P<names>.{1,40}?)\s*[)\]】]?$"
    r"|(?:作者|撰文|实习生|通讯员|摄影)\s*[:|]\s*(?P<authors>" + _NAMES + r")\s*[)\]】]?)$"
)
EDITOR_PAIRS = re.compile(
    rf"^(?:(?:发稿|编辑|审校|校对|翻译|责编|初审|复审|终审)\s*:?\s*(?:{_NAME})\s*[;,]?\s*){{1,4}}$"
)
HOUSE_NAMES = {
    "每经": "每日经济新闻",
    "上证报": "上海证券报",
    "中证报": "中国证券报",
    "总台央视": "央视",
    "央视": "央视",
}
"""The genre's house abbreviations that an outlet signs its own bylines with (``每经记者 王某 每经编辑 李某``),
and the outlet each names: only forms the outlet itself prints widely, never a guess from a short name.
The broadcaster signs ``（总台央视记者 王某）``: the keys, and its readers, call it 央视."""
HOUSE_ALTERNATION = "|".join(sorted(HOUSE_NAMES, key=len, reverse=True))
_HOUSE = HOUSE_ALTERNATION
_JOINED = rf"{_OUTLET}(?:·(?:{_OUTLET}|[{CJK}]{{2,6}}?新闻|[{CJK}]{{2,4}}?在线))+"
"""A paper and its news site signing one byline: ``某某商报·某某新闻网记者 王某``, ``某某报·某某在线记者 王某``."""
BYLINE = re.compile(
    rf"^[■□◆●◇◎]?\s*[(\[]?\s*(?:文\s*/\s*图|文图|文|图)?\s*(?:(?<=[文图])\s*[/|丨]\s*)?"
    rf"(?P<src>本报|本网|本刊|{_HOUSE}|{_JOINED}|{_OUTLET}|[{CJK}]{{2,6}}?新闻)?\s*(?:[|丨]\s*)?"
    rf"(?:特约|首席|实习|特派|见习|全媒体|融媒体)?记者(?!会|招待会|见面会|节|站)\s*(?:[|丨/]\s*)?"
    rf"(?P<names>{_NAMES})(?:\s*(?:通讯员|实习生)\s*(?P<more>{_NAMES}))?\s*[)\]]?$"
)
BYLINE_ALONE = re.compile(
    rf"^[(\[]?\s*(?P<src>{_OUTLET})\s*(?:[“\"「][^”\"」]{{1,8}}[”\"」])?(?:特约|首席|特派)?记者\s*[)\]]?$"
)
"""An outlet's reporters standing alone, its column named in quotes or not: ``某某社“某某”记者``."""
PRODUCED = re.compile(rf"^(?P<src>{_OUTLET})(?:[{CJK}]{{1,6}}?(?:部|中心|工作室|频道|栏目组))?(?:联合)?出品$")
"""A script's credit line, the outlet that made it: ``某某社某某部出品`` (a desk of the outlet, or the outlet)."""
_ROLE_WORD = re.compile(r"实习生|通讯员|见习记者|实习记者|摄影|摄像|[\u4e00-\u9fff]{0,4}(?:报道|采写|整理)")
"""What follows the names of a byline is not a name: ``记者 王某 实习生 李某``, ``记者 王某 北京报道``."""
WRITER = re.compile(
    rf"^(?:(?:文|撰文|作者)\s*[/|丨]|作者(?!简介|介绍|单位|声明|信息|是|为|的|说|表示))\s*(?P<names>{_NAMES})"
    rf"(?:\s*(?:摄影|摄像|图片|图|视频|编辑|制图)\s*[/|丨]\s*{_NAMES})*$"
)
"""The writer's credit, and the photographer's after it on the line: ``撰文丨王某 摄影|李某``, ``作者 王某`` under a
wire's dateline (not ``作者简介``)."""
PEN_NAME = re.compile(
    rf"^[(\[]\s*(?:[{_CJK}]{{2,4}}|[^)\]]{{2,30}}(?:采写|整理|报道|撰稿|综合报道))\s*[)\]]$"
)


def paper_date(line: str) -> str | None:
    """The issue date of a paper attribution (``《人民日报》（2020年02月08日 02 版）`` → 2020-02-08)."""
    m = PAPER.match(line)
    if not m or not m["y"]:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class Credit:
    """What an attribution line says about the article's origin: who wrote it, who edited it."""

    kind: str  # "explicit" (来源：X), "paper" (《X》…版), "byline" (X记者 Y) or "" (names only)
    source: str | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


def credit(line: str) -> Credit | None:
    """The origin an attribution, byline or editor line names, or None when it names none."""
    m = ATTRIBUTION.match(line)
    if m:
        value = field_value(m["src"].strip())
        if (dated := find_date(value)) is not None and dated[1] > 0:
            value = value[: dated[1]]  # 来源：某某周刊2021-03-15
        src = re.split(r"[\s|丨]", value.strip())[0]
        authors, editors = people(line)
        return Credit("explicit", src or None, authors, editors)
    m = PAPER.match(line)
    if m and (m["y"] or m["page"]):
        return Credit("paper", m["src"].strip())
    if (magazine := issue_source(line)) is not None:
        return Credit("paper", magazine)  # 某某农业 2018年10期: the magazine's issue
    if (signed := SIGNED.match(line)) is not None:
        return Credit("paper", signed["src"])  # 《某某日报》发表王某署名文章：
    m = BYLINE.match(line)
    if m:
        names = [
            n
            for n in split_names(m["names"]) + (split_names(m["more"]) if m["more"] else [])
            if not _ROLE_WORD.fullmatch(n)
        ]
        cut = next((i for i, name in enumerate(names) if name.endswith("编辑")), len(names))
        src = HOUSE_NAMES.get(m["src"], m["src"]) if m["src"] else None
        return Credit("byline", src, authors=tuple(names[:cut]), editors=tuple(names[cut + 1 :]))
    m = BYLINE_ALONE.match(line) or PRODUCED.match(line)
    if m:
        return Credit("byline", m["src"])
    if (staff := staff_byline(line)) is not None:  # 某某日报采访人员王某李某: names run together stay unsplit
        spaced = re.search(r"[、,\s]", staff["names"].strip()) is not None
        return Credit("byline", staff["src"], authors=tuple(split_names(staff["names"])) if spaced else ())
    m = WRITER.match(line)
    if m:
        return Credit("", authors=tuple(split_names(m["names"])))
    m = EDITOR.match(line)
    if m:
        if m["authors"]:
            return Credit("", authors=tuple(split_names(m["authors"])))
        listed = re.sub(r"[()\[\]【】]", "", m["names"])
        return Credit("", editors=tuple(split_names(listed)) if m["field"] != "制图" else ())
    if EDITOR_PAIRS.match(line):
        pairs = re.findall(rf"(?:发稿|编辑|审校|校对|翻译|责编)\s*({_NAME})", line)
        return Credit("", editors=tuple(n.replace(" ", "") for n in pairs))
    return None
