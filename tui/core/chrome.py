"""Recognizers for the lines of an article that are not its content.

Portal chrome (breadcrumbs, date/source/阅读量 lines, share bars, navigation, app promotions, "点击查看"
links, disclaimers, URL/phone/ICP lines), attribution of the original (文章来源, 原标题, 《报》（…版）, bylines,
datelines, editor lines) and image captions and photo credits. Every function here takes one line of
*folded* text (see :func:`tui.core.text.fold`); none of them knows where the line stands in the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.core import counters, outletlines, widgets
from tui.core.captions import is_caption as is_caption
from tui.core.credits import (
    ATTRIBUTION,
    BYLINE,
    BYLINE_ALONE,
    CJK,
    EDITOR,
    EDITOR_PAIRS,
    NAMES,
    ORIGINAL_TITLE,
    PAPER,
    PEN_NAME,
    WRITER,
)
from tui.core.credits import OUTLET as OUTLET
from tui.core.credits import Credit as Credit
from tui.core.credits import credit as credit
from tui.core.credits import paper_date as paper_date
from tui.core.meta import find_date, meta_line
from tui.core.notices import disclaims, is_contact, weak_disclaimer_cues

CLOSING = "。!?;…」』”’)》】.~"
"""Characters that end a sentence or a clause (folded forms)."""

SENTENCE_END = "。!?;…"
"""Characters that end a sentence (folded forms); a closing quote or bracket may follow them."""

_CJK = CJK
_NAMES = NAMES
_OUTLET = OUTLET
_WIRES = "路透|彭博|美联社|法新社|共同社|塔斯社|韩联社|德新社|埃菲社|安莎社"
_CN_NUM = "一二三四五六七八九十"

_BREADCRUMB_SPLIT = re.compile(r"\s*[>›»]+\s*")

_CHANNEL = "财经|金融|经济|科技|体育|娱乐|军事|国际|教育|健康|汽车|房产|文化|旅游|法治|时政|能源"
_CHANNEL_GLOSSED = "|".join("·*".join(word) for word in _CHANNEL.split("|"))
"""A portal's channel with a mirror's pinyin glosses between its characters (``財(cái)經(jīng)``, folded)."""
DATELINE = re.compile(
    rf"^(?:【[{_CJK}]{{1,8}}?(?:网|报|台|新闻|客户端)】\s*)?(?:据\s*)?(?P<src>本报|本刊|本网|{_WIRES}"
    rf"|(?:[{_CJK}]·*){{1,8}}?(?:通讯社|电视台|社|网|报|台)·*(?:网|{_CHANNEL_GLOSSED})?|[{_CJK}]{{2,8}}?客户端)"
    rf"·*\s?(?:[{_CJK}]{{1,8}}?)?\s?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s?月\s?(?:\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s?日"
    rf"(?:[{_CJK}]{{0,3}}?专电|电|讯|消息|\s*[-—–]+(?=\s))"
    r"\s*(?:[(\[](?P<who>[^)\]]{0,30})[)\]])?\s*[:,]?\s*"
)
"""A dateline that opens a report: ``新华社北京6月9日电``, ``本报日内瓦6月3日电（记者 王某）``, ``路透新加坡4月7日 -``,
``某某网 北京3月5日电`` (a space after the outlet), ``据某某社北京3月5日电`` (relayed), ``【某某网】某某社11月9日消息``
(a portal's tag before the agency's dateline). The outlet is named whole: a paper's website (``某某日报网4月15日电``)
and a portal's channel (``某某网财经9月15日讯``) wrote the report, not the paper or the portal."""
RELAY = re.compile(
    r"^(?:[/|]\s*)?据\s*《?(?P<src>[\u4e00-\u9fff]{1,10}?(?:通讯社|日报|晚报|晨报|时报|商报|社|报|网|台|新闻))》?\s*(?:综合)?讯?\s*(?:消息|报道|报导)"
)
"""A paragraph that relays another outlet's report: ``据《某某报》报道，…``, ``据某某网综合讯报道，…``, and a
dateline's relay after its slash (``某某社北京3月14日电/据某某社报道，…``: the relayed outlet wrote the report;
``据某某社等媒体报道`` names no one outlet, and relays none)."""
_DATELINE_NODATE = re.compile(
    rf"^[【\[]?(?:据\s*)?(?P<src>本报|本网|(?:[{_CJK}]·*){{1,8}}?(?:社|网|报|台))·*"
    rf"(?:[·/](?:[{_CJK}]·*){{2,8}}?(?:客户·*端|频·*道)·*)?(?:快讯|讯|消息)[】\]]?\s*(?:[(\[](?P<who>[^)\]]{{0,30}})[)\]])?\s*:?\s*"
)
_DATED_OUTLET = re.compile(
    rf"^(?:(?:19|20)\d{{2}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*[(\[](?P<src>[{_CJK}·]{{2,12}}?"
    rf"(?:通讯社|电视台|新闻网|中文网|网|社|报|台|新闻)·*)[)\]](?P<who>(?!))?\s*(?=[{_CJK}])"
)
"""A lead that opens on its day and then its outlet in brackets (``2020年5月6日(某某之声中文网)某某部…``): the
outlet's dateline; a weekday (``（星期四）``) or a reporter (``（记者 王某）``) in the brackets names no outlet."""
_BOXED_REPORT = re.compile(
    rf"^[【\[](?P<src>本报|本网|(?:[{_CJK}]·*){{1,10}}?(?:通讯社|电视台|社|网|报|台|新闻))·*"
    r"(?:报道|报导|讯|消息)[】\]](?P<who>(?!))?\s*"
)
"""An outlet's tag in brackets opening a lead: ``[某某网报道]``, ``【某某日报讯】``; ``【相关报道】``, ``【媒体报道】``
name no outlet."""
_AGAIN = re.compile(rf"^[{_CJK}\d]{{0,14}}?又电\s*(?:[(\[](?P<who>[^)\]]{{0,30}})[)\]])?\s*")
_PROMO = re.compile(
    r"(APP|App|app|客户端|公众号|扫码|二维码|扫一扫|点击下载|下载|海量资讯|精准解读|尽在|关注我们|订阅|看视频|"
    r"精彩内容|更多精彩)"
)
_CALL = re.compile(r"(扫码|扫一扫|点击|下载(?!量|次|率)|关注|打开|尽在|订阅|安装|长按|戳)")
"""A promotion calls the reader to act; a heading that names an app (某某APP下载量突破千万) does not."""
_LINK = re.compile(
    r"(点击查看|点击进入|点击阅读|点击下载|点击这里|点击链接|点击图片|请点击|点此|戳这里|戳链接|阅读原文|"
    r"长按识别|长按二维码|扫码关注|扫描二维码)"
)
"""A link's call (with :data:`_LINK_END`). Every call opens on a literal, so that the search skips to the
characters that can start one."""
_LINK_END = re.compile(r">>\s*$|》》\s*$|^.{0,16}→\s*$")
"""A link's arrows at its end; an arrow ends a short one (``更多精彩→``), where a headline's arrow points to its
video."""
_SHARE = re.compile(
    r"^(?:[▶►▷→]\s*)?[\[【]?\s*(?:"
    # a button or a label followed by its items: 分享到：微信, 打印本页 关闭窗口, 上一篇：…, 【纠错】
    r"(?:分享到|分享|打印|关闭窗口|关闭|返回顶部|上一篇|下一篇|相关阅读|相关新闻|相关文章|相关报道|相关链接|"
    r"热点推荐|延伸阅读|推荐阅读|纠错|举报|收藏|点赞|字号|字体|网友评论|发表评论|我要评论|查看评论|请登录|"
    r"手动刷新|自动刷新|(?:热门|精彩|今日|为你|猜你)\S{0,2}推荐|猜你喜欢|视频加载中)"
    r"(?:更多|本页|本文|此文|文章|窗口)?(?=$|[\s:|/\]】)>])"
    r"|[(\[]完[)\]]|\[责任编辑.*\]|共有\s*\d+\s*条评论|(?:关键词|标签|专题|栏目|分类|所属专题)\s*:|返回[^,。]{0,10}$"
    r"|(?:字号|字体)?\s*:?\s*大\s*中\s*小\s*[\]】)]?$)"
)
"""Share bars, buttons, related links and comment boxes; a sentence that opens with one of their words
(``关闭退出煤矿…``, ``分享经济…``, ``大中小企业…``) is content."""
_BOX_LABEL = re.compile(r"^【[^】]{0,6}(?:相关|延伸|推荐|热点|热门)[^】]{0,8}】$")
"""A box's label in black brackets (``【相关报道】``, ``【今日热点新闻推荐】``): a heading of the text's, as a
reader and the keys take every ``【…】`` line; a button (``【纠错】``, ``【打印】``) stays chrome."""
_READS = re.compile(
    r"^[(\[【]?\s*(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:(]?\s*\d*\s*[)\]】]?\s*次?$"
    r"|^\d{1,9}\s*次$"  # a bare view counter (0次) where the label was an icon
)
_PAGE_ID = re.compile(r"^(?:\d{8,}|(?:图文|文字|视频|现场)?(?:直播|实录)(?:回顾)?)$")
"""A bare number standing for an image or a page (``1711234567890``), a live page's ``图文直播`` tab."""
_BOOKMARK = re.compile(r"设为书签|加入书签|保存为书签|加入收藏夹|Ctrl\s*\+\s*D\b")
"""A page's offer to be bookmarked (``设为书签Ctrl+D将本页面保存为书签…``)."""
_APP_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}(?:APP|App|app|客户端)\s*(?:Icon|图标)?\s*)+$")
"""A channel's or an outlet's app named alone, as its icon's text: ``军事APP``, ``某某社新闻APPIcon某某社新闻APP``."""
_SERVER = re.compile(
    r"^(?:HTTP/\d(?:\.\d)?\s+)?[1-5]\d\d\s+[A-Z][A-Za-z]+(?:[ -][A-Za-z]+){0,3}$"
    r"|^[A-Za-z][\w-]{1,20}/\d+(?:\.\d+){1,3}(?:\s*\([^()]{1,30}\))?$"
)
"""A web server's words saved with the page: an HTTP status (``404 Not Found``, ``502 Bad Gateway``) or its
banner (``nginx/1.18.0``, ``Apache/2.4.41 (Ubuntu)``)."""
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"
LOST = re.compile(r"\?(?=[a-z])")
"""A question mark run into lowercase letters stands for a character that a page could not decode
(``谈?wù``, ``因?yàn``): no question."""
_SITE_WORDS = re.compile(
    r"(首页|主页|网站地图|手机版|客户端|登录|注册|繁体|简体|设为首页|加入收藏|欢迎访问|欢迎光临|欢迎来到|xml)",
    re.I,
)
_SITE_END = re.compile(r"(网|网站|在线|频道|新闻中心|资讯)$")
_CHANNEL_OF_SITE = re.compile(
    rf"^[{_CJK}A-Za-z]{{2,6}}\s*[-_|]\s*[{_CJK}A-Za-z]{{2,8}}(?:网站|网|频道|在线)$"
)
_MASTHEAD = re.compile(
    rf"(?:[{_CJK}]{{1,8}}(?:日报|晚报|晨报|时报|商报|周报|青年报|日报海外版|海外版|画报)"
    rf"|[{_CJK}]{{1,5}}(?<![通简快情预年月举电海喜捷战申填上周])(?<!(?<!文)汇)(?<!(?<!大)公)报)"
    r"(?:\s*(?:电子版|数字报纸?|电子报))?"
)
"""A paper's name: ``某某日报``, ``某某晚报``, a short name (``某某报``, ``香港某某报``), not a kind of document
(``情况通报``, ``工作简报``, ``喜报``, ``联合公报``; two papers' names end in such a word)."""
_SERIES = re.compile(
    rf"^[(\[【]\s*(?P<tag>[^)\]】]{{1,14}})\s*[)\]】]\s*(?:[(\[](?P<n>\d{{1,3}})[)\]])?\s*[{_CJK}]{{0,12}}$"
)
_WIRE_BOXED = re.compile(
    rf"^《(?P<src>[{_CJK}]{{1,10}}?(?:通讯社|社|报|网|台))(?:驻[{_CJK}]{{1,3}})?(?:特派|首席)?(?:记者)?"
    rf"(?P<who>[{_CJK}·]{{2,4}})?\s*(?:\d{{1,2}}月)?\d{{1,2}}日[{_CJK}]{{0,8}}?(?:专电|电|讯)》\s*"
)
"""A wire's dateline in book-title marks: ``《某某通讯社驻京记者王某6日北京专电》``."""
_WIRE_BRACKETED = re.compile(
    rf"^[(\[](?P<src>{_OUTLET})(?:特派|驻[{_CJK}]{{1,3}})?记者[{_CJK}·]{{2,10}}?(?:\d{{1,2}}月)?\d{{1,2}}日(?:专电|电)"
    r"(?P<who>(?!))?[)\]]\s*"
)
"""A wire's dateline in brackets, the day alone (Taiwan's and Hong Kong's agencies): ``（某某社记者王某台北16日电）``
(the reporter and the place run together: only the outlet is read)."""
BRACKETED_TAG = re.compile(r"^[【\[][^】\]]{1,30}[】\]]$")
"""A line that is only a bracketed tag: ``【数据透析】``, ``[要闻]``."""
_NAV_SPLIT = re.compile(r"\s*[|丨]\s*")
_NAV_WORDS = re.compile(r"(首页|主页|登录|注册|软件|APP|App|下载|返回|更多|频道|翻墙|聚合)")


def split_breadcrumb(line: str) -> list[str] | None:
    """The parts of a breadcrumb line (``首页 > 财经 > 正文``), or None when the line is not one."""
    if any(sep in line for sep in ">›»"):
        parts = [p.strip() for p in _BREADCRUMB_SPLIT.split(line.rstrip().rstrip(">›» "))]  # 新闻 > 国内 >
    elif (sep := next((s for s in (" / ", " - ", " — ", " | ") if s in line), None)) and re.match(
        r"^(?!设为首页|设为主页)\S*(?:首页|位置)",
        line,  # 设为首页 | 加入收藏 | …: a bar of buttons
    ):
        parts = [p.strip() for p in line.split(sep)]  # 首页 / 财经 / 正文, 位置:首页 - 新闻中心 - 国内
    else:
        return None
    if len(parts) < 2 or any(not p for p in parts):
        return None
    if any(len(p) > 60 for p in parts[:-1]):
        return None
    return parts


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
    """A dateline at the start of a line (with its ``（记者 X）``), dated, undated (``本报讯``), ``又电``, or a
    wire's ``《某某通讯社…专电》``."""
    for pattern in _possible_datelines(line, wires=True):
        if (m := pattern.match(line)) is not None:
            return m
    return None


def _possible_datelines(line: str, *, wires: bool) -> list[re.Pattern[str]]:
    """The dateline patterns, in their order, that the line holds the literals of: each is asked only of a
    line with a literal it cannot match without (月 and 日 for DATELINE, 讯 or 消息 undated, 又电, 《 or an
    opening bracket first, 社 and 电 or 日 and 电 for the bare wires), so skipping the rest changes no
    answer. ``wires`` adds the bare wires' datelines (``某某社电``), which a whole line is not asked of."""
    head = line[:1]
    day = "日" in line
    out: list[re.Pattern[str]] = []
    if day and "月" in line:
        out.append(DATELINE)
    if "讯" in line or "消息" in line:
        out.append(_DATELINE_NODATE)
    if "又电" in line:
        out.append(_AGAIN)
    if head == "《":
        out.append(_WIRE_BOXED)
    if head in ("(", "["):
        out.append(_WIRE_BRACKETED)
    if head in ("【", "["):
        out.append(_BOXED_REPORT)
    if wires and "电" in line:
        if "社" in line:
            out.append(outletlines.WIRE_UNDATED)
        if day:
            out.append(outletlines.WIRE_BARE)
    return out


def dated_outlet(line: str) -> re.Match[str] | None:
    """A lead that opens on its day and then its outlet in brackets (``2020年5月6日(某某中文网)…``): the
    outlet's dateline, whose day the text keeps (it dates the text's 今年)."""
    return _DATED_OUTLET.match(line)


def site_label(line: str) -> bool:
    """A line a portal prints above its headline: a site name (``某某网``, ``某某娱乐首页``), a menu or a
    language switch in Latin letters (``EN``, ``News 新闻中心``, ``About Us``), a site map or login link, a line
    of a portal's masthead block (its ISSN, its registration, its memberships, its founding)."""
    if widgets.portal_masthead(line):
        return True  # 某某侨报(国际刊号 ISSN …)官方网站http://…, 某某协会 团体会员: the site's masthead block
    if len(line) > 24 or find_date(line) is not None:
        return False
    latin = sum(1 for ch in line if ch.isascii() and ch.isalpha())
    cjk = sum(1 for ch in line if _CJK_LO <= ch <= _CJK_HI)
    if latin >= max(cjk, 1) and cjk <= 4:
        return True
    words = line.split()
    if len(words) >= 5 and all(len(w) <= 4 for w in words):
        return True  # a menu: 首页 新闻 财经 体育 视频
    if (found := _SITE_WORDS.search(line)) is not None:
        rest = sum(1 for ch in _SITE_WORDS.sub("", line) if _CJK_LO <= ch <= _CJK_HI)
        if rest <= 4 or found.group(0).isascii():
            return True  # 某某网首页, 设为首页, 某某网站xml地图; 登录注册流程再简化 is a headline
    if _CHANNEL_OF_SITE.match(line):
        return True  # 某某新闻-某某网站: a page's name, its channel and its site
    return len(line) <= 6 and _SITE_END.search(line) is not None  # 某某网; 织密民生保障网 is a headline


def masthead(line: str) -> bool:
    """A paper's name standing alone over its page (``某某日报``, ``某某日报海外版``, ``某某晚报``, ``香港某某报``)."""
    return _MASTHEAD.fullmatch(line.strip()) is not None


def series_tag(line: str) -> bool:
    """A series or column tag printed over a headline: ``(两会·面对面)(10)采访部长``, ``【某某·观察】``."""
    m = _SERIES.match(line)
    return m is not None and ("·" in m["tag"] or m["n"] is not None)


def is_nav(line: str) -> bool:
    """A navigation bar: short items separated by ``|`` (``首页 | 财经 | 国内``)."""
    if "|" not in line and "丨" not in line:
        return False  # nothing to split on: one part
    parts = _NAV_SPLIT.split(line)
    if len(parts) < 2 or any(not 2 <= len(p) <= 12 or any(c in p for c in SENTENCE_END) for p in parts):
        return False
    return len(parts) >= 3 or any(_NAV_WORDS.search(p) for p in parts)


def box_label(line: str) -> bool:
    """A box's label in black brackets (``【相关报道】``): the text's heading over the box."""
    return _BOX_LABEL.match(line) is not None


def _dateline_whole(line: str) -> bool:
    """A dateline that is the whole line (see :func:`_possible_datelines` for the patterns asked)."""
    for pattern in _possible_datelines(line, wires=False):
        if (m := pattern.match(line)) is not None and m.end() == len(line):
            return True
    return False


@lru_cache(maxsize=8192)
def chrome_kind(line: str) -> str | None:
    """What kind of non-content line this is (``attribution``, ``promo``, ``caption``…), or None.

    Remembered for the last lines asked (the header, the boilerplate pass and the headings ask of the same
    lines again): a pure function of the line."""
    if ATTRIBUTION.match(line) or ORIGINAL_TITLE.match(line):
        return "attribution"
    if ((m := PAPER.match(line)) and (m["y"] or m["page"])) or outletlines.names_paper(line):
        return "attribution"
    if EDITOR.match(line) or EDITOR_PAIRS.match(line):
        return "editor"
    if len(line) <= 40 and (  # the length first: the four patterns are pure, a long line none of them
        BYLINE.match(line) or WRITER.match(line) or BYLINE_ALONE.match(line) or outletlines.staff_byline(line)
    ):
        return "byline"
    if _dateline_whole(line):
        return "dateline"
    if _BOX_LABEL.match(line):
        return None  # 【相关报道】: a box's label in the text, titled as its headings are
    if _READS.match(line) or _SHARE.match(line) or _PAGE_ID.match(line) or _SERVER.match(line):
        return "chrome"
    if counters.is_counter(line):
        return "chrome"
    if (len(line) <= 80 and _BOOKMARK.search(line)) or _APP_LABEL.match(line):
        return "chrome"
    if (meta := meta_line(line)) is not None and meta.date is not None:
        return "meta"
    if widgets.furniture(line):
        return "chrome"
    if disclaims(line) or weak_disclaimer_cues(line) >= 2:
        return "disclaimer"
    if is_contact(line):
        return "contact"
    if is_caption(line):
        return "caption"
    if len(line) <= 80 and (_LINK.search(line) or _LINK_END.search(line)):
        return "promo"
    if len(line) <= 60 and _promotes(line) and not line.endswith("。"):
        return "promo"
    if is_nav(line):
        return "nav"
    if PEN_NAME.match(line):
        return "byline"
    return None


def _promotes(line: str) -> bool:
    """An app, an account or a download with a call to act on it (``扫码关注公众号``, ``下载某某APP``); one
    word alone that is both (``订阅经济成为新亮点``) is no promotion."""
    if _PROMO.search(line) is None or _CALL.search(line) is None:
        return False  # asked first: most lines have neither, and need not be scanned for every word
    found = [*_PROMO.finditer(line), *_CALL.finditer(line)]
    if len({m.group(0) for m in found}) < 2:
        return False
    return not _injected(line, min(m.start() for m in found), max(m.end() for m in found))


_HEADLINE_RUN = re.compile(rf"^[{_CJK}\d]+$")


def _injected(line: str, start: int, end: int) -> bool:
    """A headline with a site's spam word pushed into it (``新任全某某app下载国…首次亮相``): the promotion's
    words one run of a few characters inside a long unbroken run of Chinese, with no mark of a call in it
    (a promotion is short, or its call stands apart: ``下载某某APP，阅读全文``)."""
    return (
        end - start <= 6
        and start >= 4
        and len(line) - end >= 12
        and _HEADLINE_RUN.match(line[:start] + line[end:]) is not None
    )


def ends_open(line: str) -> bool:
    """True when a line stops in mid-sentence (no closing punctuation), as a broken disclaimer does."""
    return bool(line) and line[-1] not in CLOSING
