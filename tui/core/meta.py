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

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)"
        r"(?:[ T]*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        r"(?:\s*(?P<H>\d{1,2})[:时](?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    # day first, as Hong Kong and European pages write it: 21.07.2015, 08/10/2024
    re.compile(
        r"(?<![\d.])(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>(?:19|20)\d{2})(?![\d.])"
        r"(?:\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
)
_RFC2822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?"
)
_COUNTER = r"(?:阅读|浏览|点击|访问|评论)(?:次数|量|数)?"
_META_FIELD = re.compile(
    rf"(来源|{_COUNTER}|作者|责任编辑|编辑|发布时间|发布日期|发表时间|更新时间|发稿时间|时间|日期|字号|字体|打印|分享)"
    r"\s*:\s*"
)
_PUBLISHED = re.compile(r"(?:来源|发布|发表|发稿|更新|时间|日期)")
_SITE = re.compile(r"来源\s*:\s*(?P<site>[^\s:|丨]+)")
_META_PEOPLE = re.compile(r"(?P<field>作者|记者|责任编辑|编辑)\s*:\s*(?P<names>[^\s:|丨]+)")
_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
_LEFTOVERS = re.compile(
    rf"(?i)(?:https?://|www\.)\S+|\b(?:date|time|posted|updated|published|source)\b:?"
    rf"|{_COUNTER}\s*[:(]?\s*\d*\s*\)?次?"
    r"|打印|分享|收藏|关闭|字号|字体|默认|超大|[\[\]()|/·•丨:,\-—]"
)
_OUTLET = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:通讯社|电视台|日报|晚报|晨报|时报|商报|周刊|杂志|在线|频道|传媒|卫视|国际|新闻|社|报|网|台)$"
)


@dataclass(frozen=True)
class Meta:
    """What a header line says: its date, the site it names (after 来源, or an outlet beside the date),
    the people it names, and how much its date is worth (``rank``: 2 for a date the line labels as the
    publication's, 1 for a bare date, 0 for a date with its weekday, as a page prints today's date)."""

    date: str | None
    site: str | None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    rank: int = 1


def find_date(line: str) -> tuple[str, int, int] | None:
    """The first date in a line as ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) and its span."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(line):
            iso = _iso(m)
            if iso is not None:
                if best is None or m.start() < best[1]:
                    best = (iso, m.start(), m.end())
                break
    rfc = _RFC2822.search(line)
    if rfc and (best is None or rfc.start() < best[1]):
        import email.utils  # only feeds write RFC 2822 dates; keep the import off the common path

        try:
            stamp = email.utils.parsedate_to_datetime(rfc.group(0))
        except (TypeError, ValueError, IndexError):
            return best
        best = (stamp.replace(tzinfo=None).isoformat(timespec="minutes"), rfc.start(), rfc.end())
    return best


def _iso(m: re.Match[str]) -> str | None:
    day, month = int(m["d"]), int(m["m"])
    if m.re is _DATE_PATTERNS[2] and month > 12 >= day:
        day, month = month, day  # 03/16/2017: month first after all
    try:
        iso = dt.date(int(m["y"]), month, day).isoformat()
    except ValueError:
        return None
    if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
        iso += f"T{int(m['H']):02d}:{m['M']}"
    return iso


def _rest(line: str) -> str:
    """What a date line says besides its dates, times, weekday, counters and buttons."""
    for pattern in (*_DATE_PATTERNS, _RFC2822, _TIME, _WEEKDAY, _LEFTOVERS):
        line = pattern.sub(" ", line)
    return " ".join(line.split())


def meta_line(line: str) -> Meta | None:
    """Read a header line such as ``2023-11-04 13:00  来源:某网  阅读量:``; None when it is not one."""
    if len(line) > 120 or line.endswith("。"):
        return None
    found = find_date(line)
    field = _META_FIELD.search(line)
    if found is None and field is None:
        return None
    rest = _rest(line) if found is not None and field is None else ""
    if found is not None and field is None and len(rest) > 12:
        return None  # a bare date must be most of the line, not a sentence's opening
    if found is None and field is not None and line[: field.start()].strip(" [【(") != "":
        return None
    site_match = _SITE.search(line)
    site = site_match["site"] if site_match else None
    if site is None and rest and _OUTLET.match(rest.replace(" ", "")):
        site = rest.replace(" ", "")  # 某某日报·2024-05-30: an outlet beside the date
    authors: list[str] = []
    editors: list[str] = []
    for m in _META_PEOPLE.finditer(line):
        (editors if "编辑" in m["field"] else authors).extend(split_names(m["names"]))
    rank = 2 if _PUBLISHED.search(line) else 0 if _WEEKDAY.search(line) else 1
    return Meta(
        date=found[0] if found else None,
        site=site,
        authors=tuple(authors),
        editors=tuple(editors),
        rank=rank,
    )


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
