"""Recognizers for the lines of an article that are not its content.

Portal chrome (breadcrumbs, date/source/阅读量 lines, share bars, navigation, app promotions, "点击查看"
links, disclaimers, URL/phone/ICP lines), attribution of the original (文章来源, 原标题, 《报》（…版）, bylines,
datelines, editor lines) and image captions and photo credits. Every function here takes one line of
*folded* text (see :func:`tui.core.text.fold`); none of them knows where the line stands in the article.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

CLOSING = "。!?;…」』”’)》】.~"
"""Characters that end a sentence or a clause (folded forms)."""

SENTENCE_END = "。!?;…"
"""Characters that end a sentence (folded forms); a closing quote or bracket may follow them."""

_CJK = r"\u4e00-\u9fff"
_NAME = rf"[{_CJK}·](?: ?[{_CJK}·]){{1,3}}"
_NAMES = rf"{_NAME}(?:\s*[、,\s]\s*{_NAME})*"
_OUTLET = rf"[{_CJK}]{{1,8}}?(?:通讯社|电视台|社|报|网|台|通讯)"
_WIRES = "路透|彭博|美联社|法新社|共同社|塔斯社|韩联社|德新社|埃菲社|安莎社"
_CN_NUM = "一二三四五六七八九十"

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
    r"(来源|阅读量|阅读|浏览量|浏览|点击量|作者|责任编辑|编辑|发布时间|发布日期|时间|日期|字号|打印|分享)\s*:\s*"
)
_SITE = re.compile(r"来源\s*:\s*(?P<site>[^\s:|丨]+)")
_META_PEOPLE = re.compile(r"(?P<field>作者|记者|责任编辑|编辑)\s*:\s*(?P<names>[^\s:|丨]+)")

_ATTRIBUTION = re.compile(
    r"^[(\[【]?\s*(?:文章|本文|稿件|信息|内容)?来源\s*:\s*(?P<src>[^)\]】]{1,30}?)\s*[)\]】]?$"
)
_ORIGINAL_TITLE = re.compile(r"^[(\[【]?\s*原标题\s*:")
_PAPER = re.compile(
    r"^[(\[]?\s*《(?P<src>[^》]{2,12})》\s*[(\[]?\s*"
    r"(?:(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日)?\s*"
    r"(?P<page>第?\s*\d{1,2}\s*版)?[^)\]]{0,12}[)\]]?\s*[)\]]?$"
)
_EDITOR = re.compile(
    r"^[(\[【]?\s*(?:(?P<field>责任编辑|责编|编辑|校对|审核|审校|监制|统筹|编审|制图|主编|策划|发稿)"
    r"\s*[:|]\s*(?P<names>.{1,40}?)\s*[)\]】]?$"
    r"|(?:作者|撰文|实习生|通讯员|摄影)\s*[:|]\s*(?P<authors>" + _NAMES + r")\s*[)\]】]?)$"
)
_EDITOR_PAIRS = re.compile(rf"^(?:(?:发稿|编辑|审校|校对|翻译|责编)\s*(?:{_NAME})\s*[;,]?\s*){{1,4}}$")
_BYLINE = re.compile(
    rf"^[■□◆●◇]?\s*[(\[]?\s*(?P<src>本报|本网|本刊|{_OUTLET})?\s*(?:特约|首席|实习)?记者\s*"
    rf"(?P<names>{_NAMES})(?:\s*(?:通讯员|实习生)\s*(?P<more>{_NAMES}))?\s*[)\]]?$"
)
_WRITER = re.compile(rf"^(?:文|撰文|作者)\s*[/|]\s*(?P<names>{_NAMES})$")
_PEN_NAME = re.compile(
    rf"^[(\[]\s*(?:[{_CJK}]{{2,4}}|[^)\]]{{2,30}}(?:采写|整理|报道|撰稿|综合报道))\s*[)\]]$"
)
DATELINE = re.compile(
    rf"^(?P<src>本报|本刊|本网|{_WIRES}|[{_CJK}]{{1,8}}?(?:通讯社|电视台|社|网|报|台))"
    rf"(?:[{_CJK}]{{1,8}}?)?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})月(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})日"
    r"(?:电|讯|消息|\s*[-—–]+(?=\s))\s*(?:[(\[](?P<who>[^)\]]{0,30})[)\]])?\s*:?\s*"
)
"""A dateline that opens a report: ``新华社北京3月5日电``, ``本报日内瓦6月3日电（记者 王某）``, ``路透新加坡4月7日 -``."""
_DATELINE_NODATE = re.compile(
    rf"^(?P<src>本报|本网|[{_CJK}]{{1,8}}?(?:社|网|报|台))(?:讯|消息)\s*(?:[(\[](?P<who>[^)\]]{{0,30}})[)\]])?\s*:?\s*"
)
_AGAIN = re.compile(rf"^[{_CJK}\d]{{0,14}}?又电\s*(?:[(\[](?P<who>[^)\]]{{0,30}})[)\]])?\s*")
_PROMO = re.compile(
    r"(APP|App|app|客户端|公众号|扫码|二维码|扫一扫|点击下载|下载|海量资讯|精准解读|尽在|关注我们|订阅)"
)
_LINK = re.compile(
    r"(点击查看|点击进入|点击阅读|点击下载|点击这里|点击链接|点击图片|请点击|点此|戳这里|戳链接|阅读原文|"
    r"长按识别|长按二维码|扫码关注|扫描二维码|>>\s*$|》》\s*$|→\s*$)"
)
_SHARE = re.compile(
    r"^(分享到|分享|打印|关闭窗口|关闭|返回顶部|上一篇|下一篇|相关阅读|相关新闻|相关文章|热点推荐|延伸阅读|"
    r"推荐阅读|【纠错】|纠错|举报|收藏|点赞|字号|[(\[]完[)\]]|\[责任编辑.*\])"
)
_READS = re.compile(r"^(阅读量|阅读|浏览量|浏览|点击量|点击)\s*:?\s*\d*\s*(次)?$")
_DISCLAIMER = re.compile(
    r"(不代表本网|不代表本站|不代表本平台|代表本网|本网站赞同|自媒体|第三方机构|发布或转载|免责声明|版权归|"
    r"侵权|联系删除|删除或处理|仅供参考|证实其内容|传递更多信息|转载请注明|版权所有|未经授权|"
    r"不构成投资建议|据此操作|风险自担|如有侵权|与本网联系|请与我们联系)"
)
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+", re.IGNORECASE)
_CONTACT = re.compile(
    r"(ICP|备案号|公网安备|网安备|Copyright|©|\(c\)\s*\d{4}|"
    r"(?:电话|热线|传真|联系方式)\s*:?\s*[\d\-()+ ]{7,}|^\d{3,4}-\d{7,8}$|"
    r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,})",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(
    r"^[(\[]?\s*(?:图\s*[为:]|图片?来源|图源|图片由|图/|图片/|摄影\s*[/:]|视频来源|资料图片?(?:\s*[。.:,]|$))"
)
_CAPTION_END = re.compile(
    rf"(?:(?:{_OUTLET})?\s*(?:记者|通讯员)?\s*[{_CJK}·]{{2,8}}\s*(?:摄|供图|制图)"
    r"|资料图片?|视频截图|网络截图|现场图|示意图|效果图|截图)\s*[)\]]?$"
)
_NAV_SPLIT = re.compile(r"\s*[|丨]\s*")
_NAV_WORDS = re.compile(r"(首页|主页|登录|注册|软件|APP|App|下载|返回|更多|频道|翻墙|聚合)")


@dataclass(frozen=True)
class Meta:
    """What a header line says: its date, the site named after 来源, and the people it names."""

    date: str | None
    site: str | None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()


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
    authors: list[str] = []
    editors: list[str] = []
    for m in _META_PEOPLE.finditer(line):
        (editors if "编辑" in m["field"] else authors).extend(split_names(m["names"]))
    return Meta(
        date=found[0] if found else None,
        site=site_match["site"] if site_match else None,
        authors=tuple(authors),
        editors=tuple(editors),
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


def paper_date(line: str) -> str | None:
    """The issue date of a paper attribution (``《人民日报》（2020年02月08日 02 版）`` → 2020-02-08)."""
    m = _PAPER.match(line)
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
    m = _ATTRIBUTION.match(line)
    if m:
        src = re.split(r"[\s|丨]", m["src"].strip())[0]
        return Credit("explicit", src or None)
    m = _PAPER.match(line)
    if m and (m["y"] or m["page"]):
        return Credit("paper", m["src"].strip())
    m = _BYLINE.match(line)
    if m:
        names = split_names(m["names"]) + (split_names(m["more"]) if m["more"] else [])
        return Credit("byline", m["src"], authors=tuple(names))
    m = _WRITER.match(line)
    if m:
        return Credit("", authors=tuple(split_names(m["names"])))
    m = _EDITOR.match(line)
    if m:
        if m["authors"]:
            return Credit("", authors=tuple(split_names(m["authors"])))
        listed = re.sub(r"[()\[\]【】]", "", m["names"])
        return Credit("", editors=tuple(split_names(listed)) if m["field"] != "制图" else ())
    if _EDITOR_PAIRS.match(line):
        pairs = re.findall(rf"(?:发稿|编辑|审校|校对|翻译|责编)\s*({_NAME})", line)
        return Credit("", editors=tuple(n.replace(" ", "") for n in pairs))
    return None


def attribution_source(line: str) -> str | None:
    """The original source named by an attribution line, e.g. ``(文章来源:新华社)`` → 新华社."""
    found = credit(line)
    if found is not None and found.source and found.source not in ("本报", "本网", "本刊"):
        return found.source
    m = DATELINE.match(line)
    if m:
        return m["src"]
    return None


def dateline(line: str) -> re.Match[str] | None:
    """A dateline at the start of a line (with its ``（记者 X）``), dated, undated (``本报讯``) or ``又电``."""
    return DATELINE.match(line) or _DATELINE_NODATE.match(line) or _AGAIN.match(line)


def is_caption(line: str) -> bool:
    """An image caption or photo credit: ``图为…``, ``资料图``, ``（某某 摄）``, ``图源：某某局``, ``（…现场图）``."""
    if len(line) > 120:
        return False
    if _CAPTION_START.match(line):
        return True
    if re.fullmatch(rf"[(\[]\s*[{_CJK}]{{2,8}}发\s*[)\]]", line):
        return True  # （新华社发）
    return len(line) <= 60 and _CAPTION_END.search(line) is not None


def is_nav(line: str) -> bool:
    """A navigation bar: short items separated by ``|`` (``首页 | 财经 | 国内``)."""
    parts = _NAV_SPLIT.split(line)
    if len(parts) < 2 or any(not 2 <= len(p) <= 12 or any(c in p for c in SENTENCE_END) for p in parts):
        return False
    return len(parts) >= 3 or any(_NAV_WORDS.search(p) for p in parts)


def is_contact(line: str) -> bool:
    """A URL, e-mail, phone, ICP or copyright line (a sentence that mentions a website is content)."""
    url = _URL.search(line)
    if url is not None and len(line) - len(url.group(0)) <= 40:
        return True
    return len(line) <= 100 and _CONTACT.search(line) is not None


def chrome_kind(line: str) -> str | None:
    """What kind of non-content line this is (``attribution``, ``promo``, ``caption``…), or None."""
    if _ATTRIBUTION.match(line) or _ORIGINAL_TITLE.match(line):
        return "attribution"
    if (m := _PAPER.match(line)) and (m["y"] or m["page"]):
        return "attribution"
    if _EDITOR.match(line) or _EDITOR_PAIRS.match(line):
        return "editor"
    if (_BYLINE.match(line) or _WRITER.match(line)) and len(line) <= 40:
        return "byline"
    for pattern in (DATELINE, _DATELINE_NODATE, _AGAIN):
        m = pattern.match(line)
        if m and m.end() == len(line):
            return "dateline"
    if _READS.match(line) or _SHARE.match(line):
        return "chrome"
    if _DISCLAIMER.search(line):
        return "disclaimer"
    if is_contact(line):
        return "contact"
    if is_caption(line):
        return "caption"
    if len(line) <= 80 and _LINK.search(line):
        return "promo"
    if len(line) <= 60 and _PROMO.search(line) and not line.endswith("。"):
        return "promo"
    if is_nav(line):
        return "nav"
    if _PEN_NAME.match(line):
        return "byline"
    return None


def ends_open(line: str) -> bool:
    """True when a line stops in mid-sentence (no closing punctuation), as a broken disclaimer does."""
    return bool(line) and line[-1] not in CLOSING
