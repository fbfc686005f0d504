"""A page's furniture told by its words and its form: buttons, switches, menus, e-paper page labels.

Portals and e-paper pages print their controls as text, and a saved page keeps them as short lines among
the article's: ``收藏 打印 推荐 更多功能``, ``1上一篇  下一篇2``, ``上一期  下一期``, ``北京切换``, ``小字号``,
``继续阅读(剩余:89.66%)``, a channel's name alone (``要闻``, ``推广``), a row of sister sites
(``某狐 某某Ren 17173 焦点房产 某狗``), an e-paper's page label (``第A0002版:要闻``), the group that runs the
paper (``某某日报报业集团主办``). A line is furniture when it is made of such words with almost nothing else,
so a headline or a heading that uses one of the words (``新旧动能切换``, ``评论员文章``, ``新闻发布会``) is not.
Every function takes one line of *folded* text (see :mod:`tui.core.lines`).
"""

from __future__ import annotations

import re

from tui.core.traditional import simplify

WIDGET_WORDS = (
    r"打印本页|关闭窗口|简体版|繁体版|英文版|中文版|简体|繁体|寄给朋友|发给朋友|转寄|"
    r"上一篇|下一篇|上一页|下一页|上一期|下一期|上一版|下一版|往期回顾|往期|返回主页|返回首页|返回顶部|返回目录|"
    r"返回上一页|返回上页|返回列表|返回|详情|"
    r"版面导航|标题导航|导航|收藏|打印|推荐|朗读|评论|更多功能|更多|分享|点赞|转发|大字号|中字号|小字号|字号|大字体|中字体|小字体|"
    r"放大字体|缩小字体|字体|默认|超大|扫描到手机|手机看新闻|手机看|手机版|切换|继续阅读|阅读全文|展开全文|"
    r"查看全文|剩余|关闭|登录|注册|搜索|订阅|关注|纠错|我要纠错|我要评论|我要分享|点击排行|排行榜|语音播报|听新闻|"
    r"收听|播放视频|播放|本版导航|放大|缩小|视频加载中|加载中|请稍候|请稍后|微信朋友圈|朋友圈|微信|微博|QQ空间|"
    r"手机扫一扫|扫一扫|扫码阅读|扫码|手机版|本页|下载|滑动|查看更多|查看|列印|文字大小|字体大小"
)
"""The words of a page's buttons and switches (:mod:`tui.core.meta` strips them from a date line too)."""
_WIDGET = re.compile(WIDGET_WORDS)
_CHANNELS = re.compile(
    r"^(?:(?:要闻|新闻|推广|广告|赞助内容|推广内容|赞助|热点|专题|视频|图片|滚动|首页|频道|栏目|评论|资讯|快讯|直播)[\s|/·]*)+$"
)
"""A channel's name or an ad's label standing alone: ``要闻``, ``推广``, ``新闻``."""
_RECOMMEND = re.compile(
    r"^(?:(?:新闻|频道|相关|热点|热门|精彩|编辑|今日|图片|视频)推荐|为您推荐|猜你喜欢|"
    r"(?:延伸|推荐|扩展|拓展|更多|相关)阅读|相关稿件|热门文章|(?:推荐|相关|更多|精选)(?:内容|文章)|"
    r"相关(?:新闻|阅读|文章|报道|链接|专题)|(?:24小时|今日|本周|一周|热门)?(?:新闻|文章)?排行榜?)$"
)
"""The label over a page's list of links to other articles: ``新闻推荐``, ``相关阅读``, ``24小时新闻排行榜``."""
_DOWNLOADS = re.compile(
    r"^(?:(?:资料|附件|文件|文档|全文|原文|报告|数据|素材|相关|PDF|pdf|Word|word)\s*下载"
    r"|下载(?:附件|全文|原文|文件|资料|文档|PDF|pdf))\s*:?$"
)
"""The label over a page's box of files to download (``资料下载``, ``附件下载：``, ``下载全文``); a line that
says more of them (``资料下载量大增``, ``数据下载服务上线``) is none."""
_LINK_ITEM = re.compile(r"^[•◦▪]\s*\S")
"""An item of a page's list of links (``• 另一篇文章的标题``): a bullet the genre's own lists do not use
(they use ●, 一是, （一）, 1.)."""
_READING_TIME = re.compile(
    r"^(?:(?:本篇|本文|全文|这篇)(?:文章)?\s*(?:共|约|共计)?\s*\d[\d,]*\s*(?:个)?字\s*[,;，、]?\s*)?"
    r"(?:预计|大约|约)?\s*(?:阅读|读完)(?:本文|全文)?(?:需要|需|时间|用时|时长)?\s*[:：]?\s*(?:约|大约|大概)?\s*"
    r"\d+(?:\.\d+)?\s*(?:分钟|min)\s*[。]?$"
)
"""A page's reading-time widget (``本篇文章1200字,读完约3分钟``, ``预计阅读时间:5分钟``): a count of the
text's characters and minutes, no word of the article's."""
_LATIN_BUTTONS = re.compile(r"^(?=.*[A-Za-z])[A-Za-z+\-|/ ]{1,8}$")
"""Buttons in Latin letters: ``A- A+``, ``AD``."""
_SWITCH = re.compile(r"^[\u4e00-\u9fff]{1,3}切换$|^标准$")
"""A city or language switch: ``北京切换``; the font-size switch's middle setting alone (``字号`` / ``放大`` /
``标准``)."""
_COUNTS = re.compile(
    r"^[^\w\u4e00-\u9fff]{0,2}\s*(?:(?:阅读|浏览|点击|点阅|在看|点赞|赞|评论|收藏|转发|分享|播放|围观|参与)(?:量|数|次数|人数)?"
    r"\s*[:(]?\s*\d[\d,.]*\s*(?:[万千wWkK]\+?|\+)?\s*(?:次|人|条)?\)?\s*[|/·]?\s*)+$"
)
_APP_PROMPT = re.compile(
    r"^(?:点击|立即|请)?(?:下载|打开|进入|安装|前往)[^。!?;]{0,20}?(?:APP|App|app|客户端|新闻|平台)?"
    r"\s*[,，]?\s*(?:查看|阅读|观看|浏览|收看|获取|看)(?:更多|全文|完整|原文|高清)[^。!?;]{0,10}[。!]?$"
)
_AD_TAGGED = re.compile(r"^[\[【(]\s*(?:广告|推广|AD|Ad)\s*[\]】)]\s*[^。!?;]{1,36}$")
"""An advert under its tag in brackets (``[广告] 某某银行 新户有礼``); the genre's texts tag nothing so."""
_PLACEHOLDER = re.compile(
    r"^[\[【<〈《(〖]\s*(?:图片|图|组图|视频|音频|图表|动图|image|img|photo|video)\s*[\]】>〉》)〗]$"
    r"|^(?:文章|正文|新闻|内容|文中)(?:图片|配图|插图|图)$",
    re.IGNORECASE,
)
"""What a saved page prints where a picture or a player stood: ``[图片]``, ``<图片>``, ``【视频】``, and a
mirror's alt text alone (``文章图片``, ``正文配图``)."""
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"[。!?;…]")
_PAGE_LABEL = re.compile(r"^(?:第\s*[A-Za-z]?\s*\d{1,4}\s*版(?:\s*[:|]|\s|$)|(?:版次|版名|版号)\s*:)")
"""An e-paper's page label: ``第A0002版:要闻``, ``第39版:专题 2021-03-15``."""
_SPONSOR = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:主办|承办|协办|出品|联合出品|版权所有)$")
_LIST_ITEM = re.compile(r"^·\s+\S")
_BRAND = re.compile(
    r"^[^,。;!?]{1,16}是[^,。;!?]{0,16}(?:新闻|资讯|财经|视频|媒体|融媒|传媒|原创|内容)[^,。;!?]{0,4}"
    r"(?:品牌|栏目|平台|账号|公众号|矩阵)[。]?$"
)
"""An outlet's line about itself under a post (``某某是某某卫视全媒体新闻品牌``): the channel's, not the text's."""
_PRODUCED = re.compile(
    r"^(?:本(?:文|期|栏目|节目|视频|稿)\s*)?由[^,。;!?]{1,24}(?:团队|编辑部|工作室|栏目组|节目组|中心|频道)"
    r"(?:联合)?(?:出品|制作|策划|监制)[。]?$"
)
"""A post's credit to the team that made it (``由《某某》团队出品``, ``本期由某某工作室制作``)."""
_IMAGE_FILE = re.compile(r"^[^\s。!?;,]{1,60}\.(?:jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
"""An image's file name printed as a line where the picture stood (``某某现场_large.jpg``, ``img001.png``)."""
_TAGGED_ALT = re.compile(r"^[^。!?;]{4,80}[\u4e00-\u9fff”》)]\s?-[A-Z]{4,10}$")
"""An image's alt text that a scraping mirror ends with its own tag (``某某会议开幕,部长回应关切-ABCDEF``):
the page's headline under the picture, never a heading; the genre's own lines never end in a Latin tag."""
_MORE_LINK = re.compile(
    r"^[\[【(]?\s*(?:>>|»|>)?\s*(?:点击)?(?:查看)?更多(?:图片|高清图片|新闻|内容|精彩内容|精彩|报道|视频|详情)"
    r"\s*(?:>>|»|>)?\s*[\]】)]?$"
)
"""A link to more of the page's pictures or stories: ``[>>更多图片]``, ``更多精彩内容>>``."""
_CHEVRON_LINK = re.compile(r"^[^>›»。!?;,]{2,24}\s[>›»]$")
"""A badge or link that ends in its arrow after a space (``某某区块链 该文章已上链 >``, ``进入专题 ›``); a
breadcrumb has several steps, a headline no arrow."""


def _spaced(*labels: str) -> str:
    return "|".join(r"\s*".join(label) for label in labels)


_INFO_FIELD = re.compile(
    r"^[•·◦▪]?\s*(?:"
    rf"(?:{_spaced('索引号')})\s*:?\s*[\w\-/.]*"
    rf"|(?:{_spaced('文号', '发文字号')})\s*:?\s*(?:\S*[〔\[(]\d{{4}}[〕\])]\S*号)?"
    rf"|(?:{_spaced('有效性', '时效性')})\s*:?\s*(?:有效|失效|废止|现行有效)?"
    rf"|(?:{_spaced('成文日期', '发布日期', '生效日期', '废止日期')})\s*:?\s*(?:\d[\d年月日\-/.\s]*)?"
    rf"|(?:{_spaced('信息类别', '主题分类', '体裁分类', '组配分类', '公开方式', '公开范围', '服务对象')})"
    r"\s*:?\s*[\u4e00-\u9fff、/ ]{0,12}"
    rf"|(?:{_spaced('发布机构', '发文机关')})\s*:?\s*(?P<organ>[\u4e00-\u9fff]{{0,14}}(?:局|部|委|院|办|厅|署|行|会|中心|政府|办公室))"
    r")$"
)
"""A field of a government page's information box printed over its headline (``索 引 号…``, ``信息类别数据解读``,
``发布机构某某局``, ``有 效 性有效``); a sentence about a document's 文号 goes on after its field."""
_COMMENT_CALL = re.compile(
    r"^(?=[^,。;!?]*(?:请|欢迎))(?=[^,。;!?]*(?:评论|留言|讨论|互动|吐槽))"
    r"(?=[^,。;!?]*(?:@|微博|微信|公众号|评论区|留言区|后台|文末))[^,。;!?\d万亿]{4,30}[。!]?$"
)
"""A call to the reader to comment (``参与评论请在新浪微博@某某``, ``欢迎在评论区留言``): the channel's."""
"""An item of an e-paper's list of the page's titles: ``· 某某标题``."""


def widget_line(line: str) -> bool:
    """A line made of a page's control words (``1上一篇  下一篇2``, ``继续阅读(剩余:89.66%)``, ``收藏 打印
    推荐``), a switch (``北京切换``) or a channel's name alone (``要闻``); a line that says something with one
    of the words (``新旧动能切换``, ``分享经济``, ``新闻背景``) is none."""
    line = line.strip().rstrip("….")  # 加载中…: a wait notice trails off, it ends no sentence
    if len(line) > 40 or _SENTENCE.search(line):
        return False
    if _CHANNELS.match(line) or _SWITCH.match(line) or _LATIN_BUTTONS.match(line) or _RECOMMEND.match(line):
        return True  # 【要闻】 in brackets is a digest's heading, not a channel's name
    if link_label(line) or _DOWNLOADS.match(simplify(line.strip("【】[]〖〗 "))):
        return True
    line = line.strip("【】[]<>〈〉〖〗")  # 【我要纠错】, <图片>: a button or a placeholder in brackets
    words = [m.group(0) for m in _WIDGET.finditer(line)]
    if not words:
        return False
    left = len(_CJK.findall(_WIDGET.sub("", line)))
    return (
        left == 0
        or (len(words) >= 2 and left <= 3 and sum(map(len, words)) >= left)
        or (len(words) >= 3 and left <= 6 and sum(map(len, words)) >= 2 * left)  # …寄给朋友 某某新闻网
    )


def link_label(line: str) -> bool:
    """The label over a page's list of links to other articles, in brackets or before a colon too
    (``【相关新闻】``, ``延伸阅读：``); a heading that says more (``相关政策解读``) is none."""
    return _RECOMMEND.match(simplify(line.strip().strip("【】[]〖〗").rstrip(":").strip())) is not None


def counts_line(line: str) -> bool:
    """A page's counters: ``阅读 1.2万``, ``阅读 10万+  在看 326``, ``点赞 1024``, ``浏览量:3万+`` (nothing but
    counters' words and their numbers)."""
    return _COUNTS.match(line.strip()) is not None


def app_prompt(line: str) -> bool:
    """A call to open or download the outlet's app to read on (``打开某某APP，阅读全文``, ``下载某某客户端
    查看更多高清图片``)."""
    return len(line) <= 40 and _APP_PROMPT.match(line.strip()) is not None


def site_row(line: str) -> bool:
    """A row of a portal's sister sites or channels separated by spaces, Chinese names and names in Latin
    letters or digits among them (``某狐 某某Ren 17173 焦点房产 某狗``); a headline in a few phrases (``稳增长 调结构 惠民生
    防风险``) has no such names."""
    words = line.split()
    if len(words) < 4 or any(len(w) > 8 for w in words) or _SENTENCE.search(line):
        return False
    chinese = sum(1 for w in words if _CJK.search(w))
    return chinese >= 2 and any(not _CJK.search(w) and any(ch.isalnum() for ch in w) for w in words)


_OUTLET_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,8}(?:新闻网|日报|晚报|晨报|都市报|商报|时报|周刊|报|网|电视台|广播电台|客户端)$"
)


def outlet_row(line: str) -> bool:
    """An e-paper's header of its group's site and papers, spaced apart (``某某新闻网    某某日报   某某晚报``):
    every word an outlet's name, three or more of them, or two kept apart by a run of spaces; a headline that
    names outlets says something of them too (``某某日报 某某网 联合发布``)."""
    if len(line.split(maxsplit=1)) < 2:
        return False  # one word (simplify maps no character to a space or from one): no row
    words = simplify(line).split()
    if len(words) < 2 or not all(_OUTLET_NAME.match(w) and len(w) >= 3 for w in words):
        return False
    return len(words) >= 3 or re.search(r"\S\s{2,}\S", line.strip()) is not None


def page_label(line: str) -> re.Match[str] | None:
    """An e-paper's page label at the start of a line (``第A0002版:``), or None."""
    return _PAGE_LABEL.match(line)


def furniture(line: str) -> bool:
    """A line of a page's furniture: controls, a row of sites, a page label alone, the paper's sponsor, a
    channel's blurb under its post (what it is, who made it, where to comment), an item of the page's list of
    titles, an e-paper's row of its group's outlets, an image's file name or its alt text under a mirror's tag, a link to more pictures, a badge ending in its arrow, a field of an
    information box."""
    return (
        widget_line(line)
        or counts_line(line)
        or _READING_TIME.match(line) is not None
        or app_prompt(line)
        or site_row(line)
        or outlet_row(line)
        or _SPONSOR.match(line) is not None
        or (len(line) <= 40 and any(p.match(line) for p in (_BRAND, _PRODUCED, _COMMENT_CALL)))
        or (_PAGE_LABEL.match(line) is not None and len(line) <= 30)
        or (_LINK_ITEM.match(line) is not None and len(line) <= 40 and not _SENTENCE.search(line))
        or any(p.match(line) for p in (_AD_TAGGED, _PLACEHOLDER, _IMAGE_FILE, _INFO_FIELD))
        or _marked_link(line)
    )


def _marked_link(line: str) -> bool:
    """An image's alt text under a mirror's tag, a link to more pictures or a badge ending in its arrow; each
    pattern is asked only of a line with the mark it needs (``-``, ``更多``, an arrow): a cheap gate before
    the scans that backtrack over the whole line."""
    return (
        ("-" in line and _TAGGED_ALT.match(line) is not None)
        or ("更多" in line and _MORE_LINK.match(line) is not None)
        or (any(arrow in line for arrow in ">›»") and _CHEVRON_LINK.match(line) is not None)
    )


def title_list_item(line: str) -> bool:
    """An item of an e-paper's list of the titles on its page (``· 某某标题``): navigation, not the
    headline, which the page prints again over the article."""
    return _LIST_ITEM.match(line) is not None


def info_publisher(line: str) -> tuple[int, int] | None:
    """Where the organ stands in an information box's ``发布机构某某局`` field (the page's publisher), or None."""
    m = _INFO_FIELD.match(line)
    return m.span("organ") if m is not None and m["organ"] else None


_MASTHEAD_LINE = re.compile(
    r"ISSN\s*\d{4}-\d{3}[\dX]|国际刊号|国内统一刊号|官方网站\s*(?:https?://|www\.)|新手帮助"
    r"|^[\u4e00-\u9fff]{2,16}(?:图书馆|管理局|管理处|登记处)(?:登记)?注册$"
    r"|^[\u4e00-\u9fff·“”\s]{2,20}(?:协会|联合会|学会|联盟|商会)\s*(?:团体|理事|常务理事|会员)?\s*(?:会员|成员|单位)(?:单位)?$"
    r"|^[\u4e00-\u9fff]{2,14}(?:创立|创办|创建)于\s*(?:19|20)\d{2}\s*年$",
    re.IGNORECASE,
)
"""A line of a portal's masthead block over the headline: its serial number (``国际刊号 ISSN 1234-5678``), the
site named with its address and help link, its registration (``某国国家图书馆注册``), its memberships
(``某某媒体协会 团体会员``) and its founding (``某某网创立于2010年``); a headline that reports a founding
(``某某合作社成立60年``) or a registration (``新设企业注册量…``) is none."""


def portal_masthead(line: str) -> bool:
    """A line of a portal's masthead block (its ISSN, registration, memberships, founding) in folded text."""
    return len(line) <= 120 and _MASTHEAD_LINE.search(simplify(line)) is not None
