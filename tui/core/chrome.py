"""Recognizers for the lines of an article that are not its content.

Portal chrome (breadcrumbs, date/source/阅读量 lines, app promotions, disclaimers), attribution of the
original (文章来源, 责任编辑, 原标题, bylines, datelines) and the publication date in the forms feeds and
portals write it. Every function here takes one line of *folded* text (see :func:`tui.core.text.fold`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

CLOSING = "。!?;…」』”’)》】.~"
"""Characters that end a sentence or a clause (folded forms)."""

_BREADCRUMB_SPLIT = re.compile(r"\s*[>›»]\s*")

_DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})"
        r"(?:[ T]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
    re.compile(
        r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
        r"(?:\s*(?P<H>\d{1,2})[:时](?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    ),
)
_RFC2822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?"
)
_META_FIELD = re.compile(
    r"(来源|阅读量|阅读|浏览量|浏览|点击量|作者|编辑|发布时间|发布日期|时间|日期|字号|打印)\s*:\s*"
)
_SITE = re.compile(r"来源\s*:\s*(?P<site>[^\s:|丨]+)")

_ATTRIBUTION = re.compile(
    r"^[(\[【]?\s*(?:文章|本文|稿件|信息)?来源\s*:\s*(?P<src>[^)\]】]{1,30}?)\s*[)\]】]?$"
)
_ORIGINAL_TITLE = re.compile(r"^原标题\s*:")
_EDITOR = re.compile(
    r"^[(\[【]?\s*(?:(?:责任编辑|责编|编辑|校对|审核|审校|监制|统筹|编审|制图)\s*[:：].{0,40}"
    r"|(?:作者|记者|撰文|实习生|通讯员|摄影)\s*[:：][\u4e00-\u9fff·\s、,]{2,24}[)\]】]?)$"
)
_PAPER = re.compile(r"^《(?P<src>[^》]{2,12})》\s*[(（][^)）]*\d{4}\s*年[^)）]*版\s*[)）]\s*$")
_BYLINE = re.compile(
    r"^(?P<src>本报|本网|[\u4e00-\u9fff]{1,8}?(?:社|报|网|台|通讯))?\s*(?:特约|首席)?记者\s*"
    r"[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3}(?:\s*[、,\s]\s*[\u4e00-\u9fff·](?:\s?[\u4e00-\u9fff·]){1,3})*$"
)
DATELINE = re.compile(
    r"^(?P<src>[\u4e00-\u9fff]{1,6}?(?:社|网|报|台|电视台|通讯社))"
    r"(?:[\u4e00-\u9fff]{1,8}?)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日"
    r"(?:电|讯|消息)\s*(?:[(（][^)）]{0,30}[)）])?\s*"
)
_PROMO = re.compile(
    r"(APP|App|app|客户端|公众号|扫码|二维码|扫一扫|点击下载|下载|海量资讯|精准解读|尽在|关注我们|订阅)"
)
_SHARE = re.compile(
    r"^(分享到|分享|打印|关闭窗口|关闭|返回顶部|上一篇|下一篇|相关阅读|相关新闻|相关文章|热点推荐|"
    r"【纠错】|纠错|举报|收藏|字号|[(（]完[)）]|\(完\)|\[责任编辑.*\])"
)
_READS = re.compile(r"^(阅读量|阅读|浏览量|浏览|点击量|点击)\s*:?\s*\d*\s*(次)?$")
_DISCLAIMER = re.compile(
    r"(不代表本网|不代表本站|不代表本平台|代表本网|本网站赞同|自媒体|第三方机构|发布或转载|免责声明|版权归|"
    r"侵权|联系删除|删除或处理|仅供参考|证实其内容|传递更多信息|转载请注明|版权所有|未经授权|"
    r"不构成投资建议|据此操作|风险自担|如有侵权|与本网联系|请与我们联系)"
)


@dataclass(frozen=True)
class Meta:
    """What a header line says: its date and the site named after 来源."""

    date: str | None
    site: str | None


def split_breadcrumb(line: str) -> list[str] | None:
    """The parts of a breadcrumb line (``首页 > 财经 > 正文``), or None when the line is not one."""
    if not any(sep in line for sep in ">›»"):
        return None
    parts = [p.strip() for p in _BREADCRUMB_SPLIT.split(line)]
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if any(len(p) > 60 for p in parts[:-1]):
        return None
    return parts


def find_date(line: str) -> tuple[str, int, int] | None:
    """The first date in a line as ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) and its span."""
    best: tuple[str, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        m = pattern.search(line)
        if not m:
            continue
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        iso = day.isoformat()
        if m["H"] is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
            iso += f"T{int(m['H']):02d}:{m['M']}"
        if best is None or m.start() < best[1]:
            best = (iso, m.start(), m.end())
    m = _RFC2822.search(line)
    if m and (best is None or m.start() < best[1]):
        import email.utils  # only feeds write RFC 2822 dates; keep the import off the common path

        try:
            stamp = email.utils.parsedate_to_datetime(m.group(0))
        except (TypeError, ValueError, IndexError):
            return best
        best = (stamp.replace(tzinfo=None).isoformat(timespec="minutes"), m.start(), m.end())
    return best


def meta_line(line: str) -> Meta | None:
    """Read a header line such as ``2023-11-04 13:00  来源:某网  阅读量:``; None when it is not one."""
    if len(line) > 120 or line.endswith("。"):
        return None
    found = find_date(line)
    field = _META_FIELD.search(line)
    if found is None and field is None:
        return None
    if found is not None and field is None:
        # A bare date must be most of the line (``2025年06月18日 07:45``), not a sentence's opening.
        rest = (line[: found[1]] + line[found[2] :]).strip()
        if len(rest) > 12:
            return None
    if found is None and field is not None and field.start() > 0:
        return None
    site_match = _SITE.search(line)
    return Meta(date=found[0] if found else None, site=site_match["site"] if site_match else None)


def attribution_source(line: str) -> str | None:
    """The original source named by an attribution line, e.g. ``(文章来源:新华社)`` → 新华社."""
    for pattern in (_ATTRIBUTION, _PAPER):
        m = pattern.match(line)
        if m:
            return m["src"].strip() or None
    m = _BYLINE.match(line)
    if m and m["src"] and m["src"] not in ("本报", "本网"):
        return m["src"]
    m = DATELINE.match(line)
    if m:
        return m["src"]
    return None


def chrome_kind(line: str) -> str | None:
    """What kind of non-content line this is (``attribution``, ``promo``, ``disclaimer``…), or None."""
    if _ATTRIBUTION.match(line) or _PAPER.match(line) or _ORIGINAL_TITLE.match(line):
        return "attribution"
    if _EDITOR.match(line) or (_BYLINE.match(line) and len(line) <= 30):
        return "attribution"
    dateline = DATELINE.match(line)
    if dateline and dateline.end() == len(line):
        return "dateline"
    if _READS.match(line) or _SHARE.match(line):
        return "chrome"
    if _DISCLAIMER.search(line):
        return "disclaimer"
    if len(line) <= 60 and _PROMO.search(line) and not line.endswith("。"):
        return "promo"
    return None


def ends_open(line: str) -> bool:
    """True when a line stops in mid-sentence (no closing punctuation), as a broken disclaimer does."""
    return bool(line) and line[-1] not in CLOSING
