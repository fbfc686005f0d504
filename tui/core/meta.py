"""The meta lines of a page's header: the date in the genre's forms, 来源, 作者, 阅读 and the like.

A portal prints them around the title, one or several lines: ``2023-11-04 13:00　来源：某某网　阅读量：``,
``发布时间：2023-08-14 11:05:21``, ``作者：某某 时间：2022-05-09 18:02 点击：431``, ``21.07.2015  10:30``,
``date 2024-10-08 08/10/2024 09:12``, an outlet beside the date without ``来源`` (``某某日报·2024-05-30
06:40``, ``2008年05月12日09:15 某晨报``), or empty fields (``作者：``, ``字体：``). Every function here takes
one line of *folded* text (see :mod:`tui.core.lines`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from tui.core.outletlines import ISSUING
from tui.core.widgets import WIDGET_WORDS, page_label

_CN_YEAR_DIGIT = "〇零○一二三四五六七八九"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)"
_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)"
        r"(?:[ T]*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|(?=\s*星期[一二三四五六日天]))"
        r"(?:\s*(?P<H>\d{1,2})[:时](?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    # day first, as Hong Kong and European pages write it: 21.07.2015, 08/10/2024
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d{2})(?![\d.])"
        r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    # in Chinese numerals, as print pages and documents date themselves: 二〇二〇年一月十五日
    re.compile(rf"(?P<y>[{_CN_YEAR_DIGIT}]{{4}})\s*年\s*(?P<m>{_CN_MONTH})\s*月\s*(?P<d>{_CN_DAY})\s*日"),
    # with the month's English name: Jan 15, 2026; January 15 2026; 15 January 2026
    re.compile(
        rf"(?<![A-Za-z]){_MONTH_NAME}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"
    ),
    re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+{_MONTH_NAME},?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)"),
)
_CN_NUMERALS = 3
"""The one date pattern in Chinese numerals: it needs 年 in the line; every other one a year in four digits."""
_NAMED_MONTH = (4, 5)
"""The date patterns with the month's English name: they need, besides the year, a letter that opens one."""
_YEAR_DIGITS = re.compile(r"\d{4}")
"""Four digits in a row, as the year of every date pattern in digits has (19xx, 20xx, and RFC 2822's)."""
_MONTH_LETTER = re.compile(r"(?i:[jfmasond])")
"""A letter that opens a month's English name, in either case (as the patterns read it, ``(?i:jan|…)``)."""
_RFC2822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?"
)
_COUNTER = r"(?:阅读|浏览|点击|访问|评论)(?:次数|量|数)?"
_META_FIELD = re.compile(
    rf"(来源|来自|{_COUNTER}|作者|责任编辑|编辑|发布时间|发布日期|发表时间|更新时间|发稿时间|时间|日期|字号|字体|打印|分享)"
    r"\s*:\s*"
)
_PUBLISHED = re.compile(r"(?:来源|发布|发表|发稿|更新|时间|日期)")
_POSTED = re.compile(r"IP\s*属地|发帖")
"""A post's stamp (``发表于 2024-03-05 06:58 IP属地:某地``): the day a forum or an account reposted the text."""
_FIELD_NEXT = (
    r"(?:(?:责任编辑|编辑|作者|记者|通讯员)(?:\s*:|\s|$)|(?:发布时间|发布日期|时间|日期|阅读|浏览|点击)\s*:)"
)
_SITE = re.compile(
    rf"(?:来源|来自)\s*:\s*(?P<site>(?:(?!{_FIELD_NEXT}|\(?(?:19|20)\d{{2}}\s*[-/.年])[^\s:|丨])+)"
)
"""The 来源 field (a forum portal's ``来自:``), up to the next field or the date run into it (``来源:某某日报编辑:王某``,
``来源:某某周刊2021-03-15``)."""
_NEXT_FIELD = re.compile(_FIELD_NEXT)
_PORTAL_AND_PAPER = re.compile(
    r"[\u4e00-\u9fff]{1,10}(?:网|网站|在线|新闻)[\s·]*(?:--|[-－—―]+)\s*《?[\u4e00-\u9fff]{2,12}"
    r"(?:日报|晚报|晨报|时报|商报|周刊|金融报|报|社|台)》?"
)


def field_value(value: str) -> str:
    """A field's value without the next field run into it: ``某某日报编辑:王某`` → ``某某日报``."""
    m = _NEXT_FIELD.search(value)
    return value[: m.start()].rstrip() if m and m.start() > 0 else value


_META_PEOPLE = re.compile(
    r"(?P<field>作者|记者|责任编辑|编辑)\s*:\s*(?:(?P<outlet>[\u4e00-\u9fff]{1,8}?(?:网|报|社|台|新闻))记者\s*)?"
    r"(?P<names>[^\s:|丨()\[\]【】]+)"
)
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_YEARLESS_STAMP = re.compile(r"^\s*\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
"""A day and a time without the year (``03-11 07:56:32``), as a portal prints it before ``来源:``."""
_LEFTOVERS = re.compile(
    rf"(?i)(?:https?://|www\.)\S+|\b(?:date|time|posted|updated|published|source)\b:?"
    rf"|{_COUNTER}\s*[:(]?\s*\d*\s*\)?次?"
    rf"|{WIDGET_WORDS}|第\s*[A-Za-z]?\d{{1,4}}\s*版|[\[\]()|/·•丨:,\-—]"
)
_BARE_COUNT = re.compile(r"(?<!\S)\d{1,9}\s*次?\s*$")
"""A view count printed bare at the end of a date line, after the date and the time (``… 11:06 45884``)."""
_OUTLET = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:通讯社|电视台|日报|晚报|晨报|时报|商报|周刊|杂志|在线|频道|传媒|卫视|国际|新闻|网站|客户端|"
    r"融媒体中心|媒体中心|新闻中心|社|报|网|台)$"
)
_PINYIN_OUTLET = re.compile(
    r"^(?:[A-Z][a-z]{0,5} ){1,7}(?:Bao|Wang|She|Tai|Xin Wen|Zai Xian|Pin Dao|Zhou Kan|Ke Hu Duan)$"
)
"""An outlet's name in pinyin, as aggregators render it beside the date (``Qi Huo Ri Bao Wang``)."""
ISSUER = re.compile(
    r"^(?:中华人民共和国)?(?!.*(?:的|了|着|走访|访问|采访|记者|来到|看|在|是|和|与|对|把|将|从|为|向|给))"
    r"[\u4e00-\u9fff]{1,14}?"
    r"(?:统计局|调查总队|调查队|委员会|办公室|办公厅|总局|总署|银行|政府|研究院|研究中心|局|部|委|厅|署|院|办)$"
)
"""An organisation's name alone, as a release signs itself: ``中华人民共和国某某部``, ``某某省统计局``
(not a phrase that ends in one: ``记者走访省农业农村厅``)."""


_PERSON = re.compile(
    r"(?:(?:发言人|部长|局长|主任|司长|主席|总理|书记|负责人|行长|署长|厅长|市长|省长|县长)"
    r"(?:\s*[\u4e00-\u9fff·]{2,4})?|记者|编辑|通讯员)$"
)
"""Who a date line names: ``外交部发言人林剑``, ``某某局新闻发言人``, ``某某日报全媒体记者``."""


def _outlet_among(rest: str) -> str | None:
    """The one outlet among a date line's words when the others are a word or two each (a channel, a
    place): ``某某日报 要闻``."""
    words = rest.split()
    outlets = [w for w in words if _OUTLET.match(w)]
    if len(outlets) == 1 and all(len(w) <= 4 for w in words if w != outlets[0]):
        return outlets[0]
    return None


def _headline_with_date(rest: str) -> bool:
    """What a bare date line says besides its date is a headline's words, not a name (an outlet, an
    organisation, a person, a place): ``某部举行例行发布会（2025年6月12日）``, ``2024年4月12日某某答记者问实录``."""
    return any(
        len(word) >= 8 and not (_OUTLET.match(word) or ISSUER.match(word) or _PERSON.search(word))
        for word in rest.split()
    )


def issuer_name(name: str, folded: str) -> str:
    """An issuer's name as it is known (``中华人民共和国某某部`` → ``某某部``), as written; ``folded``
    is the name's folded form."""
    prefix = "中华人民共和国"
    return name[len(prefix) :] if folded.startswith(prefix) and len(folded) > len(prefix) else name


@dataclass(frozen=True)
class Meta:
    """What a header line says: its date, the site it names (after 来源, or an outlet beside the date),
    the people it names, the organisation that signs it (``某某统计局 2024年10月22日``), and how much its
    date is worth (``rank``: 2 for a date the line labels as the
    publication's, 1 for a bare date, 0 for a date with its weekday, as a page prints today's date)."""

    date: str | None
    site: str | None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    rank: int = 1
    issuer: str | None = None
    byline: str | None = None
    """The outlet whose reporter the author field names (``作者:某某网记者 王某``): it wrote the text."""


def find_date(line: str) -> tuple[str, int, int] | None:
    """The first date in a line as ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) and its span."""
    best: tuple[str, int, int] | None = None
    has_year = _YEAR_DIGITS.search(line) is not None
    named = has_year and _MONTH_LETTER.search(line) is not None
    for at, pattern in enumerate(_DATE_PATTERNS):
        if not (named if at in _NAMED_MONTH else "年" in line if at == _CN_NUMERALS else has_year):
            continue  # a pattern that lacks what it needs in the line cannot match: skip its scan
        for m in pattern.finditer(line):
            iso = _iso(m)
            if iso is not None:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    rfc = _RFC2822.search(line) if has_year else None
    if rfc and (best is None or rfc.start() < best[1]):
        import email.utils  # only feeds write RFC 2822 dates; keep the import off the common path

        try:
            stamp = email.utils.parsedate_to_datetime(rfc.group(0))
        except (TypeError, ValueError, IndexError):
            return best
        best = (stamp.replace(tzinfo=None).isoformat(timespec="minutes"), rfc.start(), rfc.end())
    return best


_YEAR_ALONE = re.compile(r"^(?P<y>(?:19|20)\d{2})\s*年?$")
_MONTH_DAY = re.compile(r"^(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?$")
_TIME_ALONE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_MONTH_ONLY = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月(?:份)?)\s*$")
"""A date to the month alone before a page's fields (``2017-03  来源:…``): the line is a meta line, though
its date names no day (a :class:`Meta` date is a day, so the line dates nothing)."""
_DESK_BYLINE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{1,8}?[网網社报報台臺])\s*(?:[编編][译譯]|[记記]者|[编編][辑輯])\s*"
    r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{0,6}(?:[报報][道导導]|[编編][译譯]))?$"
)
"""An outlet's byline with its desk's work (``某某网编译王某 综合外电报导``), beside the page's date."""
_BUTTON_SITE = re.compile(r"^[A-Za-z]?[+\-]$|^[A-Za-z]$|^[a-z]{1,4}\d{6,}$")
"""A font-size button (``A+``) read where a site's name should be, as a page leaves 来源 empty, or a
mirror's code for its copy (``来源: ab20250101``, letters and a date's digits): no outlet's name."""


def split_date(lines: list[str]) -> tuple[str, int] | None:
    """A date that a page's widget prints over two or three lines (``2022`` / ``10/18`` / ``11:16``): the
    date as ISO 8601 and how many of the lines it takes, or None."""
    if len(lines) < 2:
        return None
    year, day = _YEAR_ALONE.match(lines[0].strip()), _MONTH_DAY.match(lines[1].strip())
    if year is None or day is None:
        return None
    try:
        iso = dt.date(int(year["y"]), int(day["m"]), int(day["d"])).isoformat()
    except ValueError:
        return None
    return iso, 3 if len(lines) > 2 and _TIME_ALONE.match(lines[2].strip()) else 2


def _number(token: str) -> int:
    """A date's year, month or day written in Arabic or Chinese numerals (``二〇二〇``, ``十五``)."""
    if token.isdigit():
        return int(token)
    if all(ch in _CN_YEAR_DIGIT for ch in token):
        return int("".join(str(_cn_digit(ch)) for ch in token))
    tens, _, units = token.partition("十")
    if "十" not in token:
        return _cn_digit(token)
    return (_cn_digit(tens) if tens else 1) * 10 + (_cn_digit(units) if units else 0)


def _cn_digit(ch: str) -> int:
    return 0 if ch in "〇零○" else "一二三四五六七八九".index(ch) + 1


def _iso(m: re.Match[str]) -> str | None:
    day = _number(m["d"])
    month = _MONTHS.index(m["mon"][:3].lower()) + 1 if "mon" in m.re.groupindex else _number(m["m"])
    if m.re is _DATE_PATTERNS[2] and month > 12 >= day:
        day, month = month, day  # 03/16/2017: month first after all
    try:
        iso = dt.date(_number(m["y"]), month, day).isoformat()
    except ValueError:
        return None
    groups = m.re.groupindex
    if "H" in groups and m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
        iso += f"T{int(m['H']):02d}:{m['M']}"
    return iso


def _rest(line: str) -> str:
    """What a date line says besides its dates, times, weekday, counters and buttons."""
    for pattern in (*_DATE_PATTERNS, _RFC2822, _TIME, _WEEKDAY, _LEFTOVERS, _BARE_COUNT):
        line = pattern.sub(" ", line)
    return " ".join(line.split())


@lru_cache(maxsize=8192)
def meta_line(line: str) -> Meta | None:
    """Read a header line such as ``2023-11-04 13:00  来源:某网  阅读量:``; None when it is not one.

    Remembered for the last lines asked (the boilerplate's chrome check and the page top's masthead walk
    ask of the same lines): a pure function of the line, and a Meta is frozen."""
    if len(line) > 120 or line.endswith("。"):
        return None
    found = find_date(line)
    field = _META_FIELD.search(line) or page_label(line)
    if found is None and field is None:
        return None
    rest = ""
    if found is not None and field is None:  # what the line says besides its date
        rest = _rest(line)
    elif found is not None and field is not None:  # 某某日报 2024-04-12 浏览量：…: a paper before the fields
        before = _rest(
            line[: field.start()]
        )  # (a portal naming itself there, 某某网 发布时间：…, is the site)
        rest = before if _OUTLET.match(before) and not before.endswith(("网", "网站", "在线")) else ""
    latin_outlet = _PINYIN_OUTLET.match(rest) is not None
    desk = _DESK_BYLINE.match(rest) if found is not None and field is None else None
    if desk is not None:
        rest = desk["src"]  # 某某网编译王某 综合外电报导 2018-10-11: the outlet's byline beside the date
    if (
        found is not None
        and field is None
        and not latin_outlet
        and (len(rest) > 12 or _headline_with_date(rest))
    ):
        return None  # a bare date must be most of the line, not a sentence's opening nor a headline's
    if (
        found is None
        and field is not None
        and line[: field.start()].strip(" [【(-*•") != ""  # - 来源:…: a field as a list's item
        and not _YEARLESS_STAMP.match(line[: field.start()])
        and not _MONTH_ONLY.match(line[: field.start()])
    ):
        return None  # a field after words; a stamp without its year (03-11 07:56 来源:…) dates nothing
    site_match = _SITE.search(line)
    site = site_match["site"] if site_match and not _BUTTON_SITE.match(site_match["site"]) else None
    if site is None and (pair := _PORTAL_AND_PAPER.search(line)) is not None:
        site = pair.group(0)  # 某某网-某某晚报 beside the date: the portal and the paper it carries
    if site is None and rest and _OUTLET.match(rest.replace(" ", "")):
        site = rest.replace(" ", "")  # 某某日报·2024-05-30: an outlet beside the date
    elif site is None and rest and (named := _outlet_among(rest)) is not None:
        site = named  # 某某日报 | 2021-03-15 | 要闻: the outlet among a page's words
    elif site is None and latin_outlet:
        site = rest  # Qi Huo Ri Bao Wang·2026-01-15: the outlet in pinyin
    if site is None and desk is not None:
        site = desk["src"]
    issuer = rest if rest and ISSUER.match(rest) else None  # 某某统计局 2024年10月22日
    if issuer is None and (issuing := ISSUING.search(line)) is not None and ISSUER.match(issuing["organ"]):
        issuer = issuing["organ"]  # 发布机构:某某省统计局 发布时间:…
    authors, editors = people(line)
    rank = 2 if _PUBLISHED.search(line) else 0 if _WEEKDAY.search(line) else 1
    if _POSTED.search(line):
        rank = 1  # a forum's or an account's post: the day it was reposted, under the article's own date
    return Meta(
        date=found[0] if found else None,
        site=site,
        authors=authors,
        editors=editors,
        rank=rank,
        issuer=issuer,
        byline=next((m["outlet"] for m in _META_PEOPLE.finditer(line) if m["outlet"]), None),
    )


def people(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The authors and editors that a line's fields name (``作者：王某``, ``编辑:李某``), as written."""
    authors: list[str] = []
    editors: list[str] = []
    for m in _META_PEOPLE.finditer(line):
        (editors if "编辑" in m["field"] else authors).extend(split_names(m["names"]))
    return tuple(authors), tuple(editors)


def split_names(names: str) -> list[str]:
    """``王某、李某某`` or ``王某 李某某`` → the names; ``王 某`` (a name spaced to align) stays one."""
    out: list[str] = []
    for part in re.split(r"[、,;]", names):
        tokens = part.split()
        if tokens and any(len(t) == 1 for t in tokens):
            out.append("".join(tokens))
        else:
            out.extend(tokens)
    return [name for name in out if name]
