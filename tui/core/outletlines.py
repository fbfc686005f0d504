"""Lines that name the outlet in the genre's rarer forms, beyond a 来源 field, a dateline or a byline.

A magazine's issue line under the headline (``某某农业 2018年10期``, ``《某某研究》2020年第3期``), a paper's
signed article reprinted by a government page (``《某某日报》发表王某署名文章：`` over the headline), a radio
or TV digest relayed at the start of the text (``据某某之声《某某摘要》报道，…``), a publisher's field in a
statistics bureau's info bar (``发布机构:某某省统计局 发布时间:…``) and an e-paper's name (``某某报电子版``:
the paper). Every recognizer takes one line of *folded* text (see :mod:`tui.core.lines`); a mirror's pinyin
glosses are dots there, so the radio relay lets them stand between characters.
"""

from __future__ import annotations

import re

_CJK = r"\u4e00-\u9fff"

ISSUE = re.compile(
    rf"^《?(?P<src>[{_CJK}]{{2,12}}?)》?\s*"
    r"(?:19|20)\d{2}\s*(?:年\s*(?:第\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*期|\s*[(\[]\s*\d{1,2}\s*[)\]])$"
)
"""A magazine's issue line: ``某某农业 2018年10期``, ``《某某研究》2020年第3期``, ``某某月刊 2018(06)``; a
training course's term (``某某培训班2019年第3期``) is no magazine."""

MASTHEAD = re.compile(
    rf"(?P<src>(?:(?!报)[{_CJK}]){{2,8}}?(?:日报|晚报|晨报|时报|商报|报))\s*社\s*(?:出版|主办|编印)"
)
"""A paper's masthead in an e-paper's top lines: ``国内统一刊号 … 中共某某市委机关报某某日报社出版`` (the paper
whose ``本报`` the page's dateline speaks of); the name starts after any other ``报`` (``机关报``)."""

SIGNED = re.compile(
    rf"^[(\[]?\s*《(?P<src>[{_CJK}]{{2,10}})》\s*(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?(?:发表|刊发|刊登|刊载)"
    rf"\s*[{_CJK}·、]{{0,24}}?署名(?:文章|评论|理论文章)\s*[)\]]?\s*:?$"
)
"""A paper's signed article that a page reprints, announced over the headline: ``《某某日报》发表王某署名文章：``
(the paper wrote it); a sentence that reports such an article goes on past the colon."""

OWN_TALLY = re.compile(
    rf"(?:^|(?<=[。!?]))\s*据\s*(?P<src>[{_CJK}]{{2,8}}?(?:新闻|日报|晚报|晨报|时报|商报|通讯社|报|网|台))\s*"
    r"(?:特约|首席|特派)?记者\s*(?:不完全)?(?:梳理|统计|盘点|调查|测算)"
)
"""An outlet's reporters tallying at a sentence's start, outside any quotation: ``据某某报记者梳理，…``,
``据某某日报记者不完全统计，…`` (the outlet's own work: it wrote the piece); ``据某某社报道`` relays another's."""

_GLOSSED = "·*"
RADIO_RELAY = re.compile(
    rf"^据{_GLOSSED}\s*(?P<src>(?:[{_CJK}]{_GLOSSED}){{1,10}}?(?:之{_GLOSSED}声|电{_GLOSSED}台|广{_GLOSSED}播"
    rf"|卫{_GLOSSED}视|央{_GLOSSED}视|央{_GLOSSED}广))"
    rf"{_GLOSSED}\s*《[^》]{{2,24}}》\s*(?:节{_GLOSSED}目{_GLOSSED})?\s*(?:报{_GLOSSED}道|消{_GLOSSED}息)"
)
"""A radio or TV digest relayed at the start of the text: ``据某某之声《某某摘要》报道，…`` (the channel, then
its programme in title marks); ``据某某之声记者了解`` names no programme and relays no report."""

ISSUING = re.compile(
    rf"(?:^|\s)(?:发布机构|发文机关|发布单位)\s*:\s*(?P<organ>[{_CJK}]{{2,20}}?)(?=\s|$|(?:发布|发文|成文)(?:时间|日期))"
)
"""The publisher's field of a government page's info bar: ``发布机构:某某省统计局 发布时间:…``."""

_NOT_A_MAGAZINE = re.compile(r"(?:班|会|课|讲|届|批|轮)$")


def issue_source(folded: str) -> str | None:
    """The magazine an issue line names (``某某农业 2018年10期`` → ``某某农业``), or None."""
    m = ISSUE.match(folded.strip())
    return m["src"] if m is not None and not _NOT_A_MAGAZINE.search(m["src"]) else None


def names_paper(folded: str) -> bool:
    """A line whose whole is a magazine's issue or a paper's signed article announced: attribution."""
    return issue_source(folded) is not None or SIGNED.match(folded) is not None


_ITEM = re.compile(r"^[•·◦▪]\s*")
_OUTLET_ITEM = re.compile(
    rf"^[•·◦▪]\s*(?P<src>[{_CJK}]{{1,8}}(?:卫视|电视台|电台|之声|日报|晚报|晨报|时报|商报|周刊|新闻网|报|网|社|台))$"
)


def outlet_item(above: str, meta: str) -> str | None:
    """The outlet an info list names as the item over its date item (``• 某某卫视`` over ``• 2023/03/03
    22:08``), or None; an outlet alone over a date that is no list's item may be the site's banner."""
    m = _OUTLET_ITEM.match(above.strip())
    return m["src"] if m is not None and _ITEM.match(meta.strip()) else None


_REPORT_TAG = re.compile(r"^[【\[](?:来自[^】\]]{2,24}?的?|[^】\]]{2,24}?的)(?:报道|消息|现场报道)[】\]]$")


def report_tag(folded: str) -> bool:
    """A tag in brackets saying where the report comes from (``【来自某某发布会的报道】``): a label over the
    text, which the key reads as its first heading, no headline."""
    return _REPORT_TAG.match(folded.strip()) is not None


_EPAPER = re.compile(r"(?<=报)\s*(?:电子版|数字报|电子报|数字版|数字报刊?)$")


def paper_of_epaper(name: str, folded: str) -> str:
    """An e-paper's name as its paper's (``某某报电子版`` → ``某某报``); ``folded`` is the name folded."""
    m = _EPAPER.search(folded)
    return name[: m.start()].rstrip() if m is not None and m.start() >= 2 else name


_STAFF_OUTLET = (
    rf"[{_CJK}]{{1,8}}?(?:通讯社|电视台|客户端|社|报|网|台)(?:·[{_CJK}]{{2,8}}?(?:新闻|网|客户端|报))?"
)
STAFF_BYLINE = re.compile(
    rf"^[(\[]?\s*(?P<src>{_STAFF_OUTLET})\s*(?:见习|实习|首席|特约)?采访人员\s*"
    rf"(?P<names>[{_CJK}·](?:[{_CJK}·、,\s]){{1,60}}?)\s*[)\]]?$"
)
"""A byline whose outlet calls its reporters ``采访人员`` (not ``记者``), their names often run together by a
mirror: ``某某日报·某某新闻采访人员王某李某张某某``; a sentence that goes on after the word (``采访人员了解到，…``,
``采访人员从某某局获悉``) is none."""
_NOT_NAMES = re.compile(r"了解|获悉|表示|注意到|发现|看到|采访|走访|来到|从|在|向|对|据|时|中|的")


def staff_byline(folded: str) -> re.Match[str] | None:
    """The outlet and names of a ``…采访人员 王某`` byline (see :data:`STAFF_BYLINE`), or None."""
    m = STAFF_BYLINE.match(folded.strip())
    return m if m is not None and not _NOT_NAMES.search(m["names"]) else None


TRANSCRIPT = re.compile(
    rf"^(?:以下|下面)\s*(?:为|是)\s*(?P<src>[{_CJK}]{{1,8}}?(?:通讯社|电视台|客户端|新闻|社|报|网|台))\s*的?\s*"
    r"(?:现场|全程)?\s*(?:文字|图文|视频)?\s*(?:直播|实录|直播实录|文字实录|全文)\s*[:,]?$"
)
"""An outlet announcing the transcript it kept of a speech or a press conference: ``以下为某某网直播实录：``
(the outlet wrote the text); a transcript with no outlet named (``以下为发布会实录``) names none."""


WIRE_UNDATED = re.compile(
    rf"^(?:据\s*)?(?P<src>[{_CJK}]{{1,6}}?(?:通讯社|社))\s*电(?:\s*[(\[](?P<who>[^)\]]{{0,30}})[)\]])?"
    r"(?=\s|[:,])\s*[:,]?\s*"
)
"""An agency's dateline with neither place nor day, as a paper prints the wire it reprints: ``据某某社电
某某局18日宣布，…``, ``某某社电（记者 王某）``; a company's name (``某某电网``, ``某某社电器``) is none."""


WIRE_BARE = re.compile(
    rf"^(?P<src>(?:(?![社网报台通])[{_CJK}]){{4,8}}?)\s?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*电"
    r"(?:\s*[(\[](?P<who>[^)\]]{0,30})[)\]])?(?=\s|[:,]|$)\s*[:,]?\s*"
)
"""A wire's dateline whose outlet's name says no 社, 网 or 报 (``某某财讯10月22日电 22日，…``), the day right after
the name: four characters or more, so a place's dateline continued from the line above (``北京3月5日电``) is none."""


WIRE_BOXED_WITHIN = re.compile(
    rf"《(?P<src>[{_CJK}]{{1,10}}?(?:通讯社|社))(?:驻[{_CJK}]{{1,3}})?(?:特派|首席)?(?:记者)?[{_CJK}·]{{0,4}}?\s*"
    rf"(?:\d{{1,2}}\s*月)?\s*\d{{1,2}}\s*日[{_CJK}]{{0,8}}?(?:专电|电)》"
)
"""A wire's boxed dateline inside the page's first line (``date 2025-01-02 《某某通讯社驻京记者王某2日北京专电》…``,
a stamp before it and the lead run on after it): the agency wrote the text."""


ORGAN_TAG = re.compile(rf"^[【\[](?P<organ>[{_CJK}]{{2,14}}?(?:统计局|局|部|委|署|厅|办))[】\]]\s*(?=\S)")
"""An organisation's name in brackets opening the headline (``[某某省统计局]2019年某月份…``): the organ that
issued the release, as a signature would name it; a topic's tag (``【数据透析】``) names no organ."""


DATELINE_AFTER_CAPTION = re.compile(
    rf"[)\]]\s*(?P<src>[{_CJK}]{{1,6}}?(?:通讯社|社))\s?[{_CJK}]{{2,4}}?\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日电"
    r"\s*[(\[]\s*(?:特约|首席|特派)?记者\s"
)
"""A wire's dateline with its reporter inside the page's first line, after a photo's caption in brackets
(``date 2025-03-01 某某会议举行（某某社 王某摄） 某某社北京3月7日电（记者 王某）6日下午，…``: a stamp, the
caption and the lead run together on one line): the agency wrote the text. A dateline relayed inside a
sentence (``，据某某社北京3月7日电，``) follows no bracket and is not this."""
