"""A headline broken over two lines by the page's width, told from two lines that are each whole.

Portals print a long headline in a narrow column, and the saved text keeps the break: ``某某办就2024年1—5月``
over ``全市经济形势举行发布会``. A reader joins the two because the first stops where no headline stops
(on 的 or 和, an opening mark, a coverb, a number, a piece of a date), or opens a frame that the second
closes (``就…`` / ``…举行发布会``), or because the second goes on from the first (a particle, a closing mark).
A kicker over its headline, a slogan couplet or a column's tag are whole lines and stay apart. Both lines
arrive folded (see :mod:`tui.core.lines`).
"""

from __future__ import annotations

import re

from tui.core import chrome

_WRAPPED_END = "的之和与及、“《("
_WRAPPED_START = '“‘《「(【"'
_DASHES = ("——", "--", "—")
_OPEN_END = re.compile(
    r"(?:[的之和与及、“‘《(【就对在从向把被将为以于同跟给让由至到]|\d\s*(?:年|月|月份|日|号|季度))$"
)
"""How a line broken by the page's width may stop: on a word that needs what follows, a date's piece
(``2024年1—5月``)."""
_NUMBER_SPLIT = re.compile(r"\d$")
_NUMBER_GOES_ON = re.compile(r"^(?:\d|[.%年月日号个万亿倍家项元—\-~至到])")
"""A number broken from its unit or its digits (``增长6`` / ``.2%``); a kicker may end in a year (``聚焦2024``)."""
_GOES_ON = "的之了着等和与及、,”’》」)]"
"""How the rest of a broken line may start: a particle, a conjunction, a closing mark."""
_FRAMES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"^.{1,12}?(?:就|关于|围绕|针对)(?!.*(?:举行|召开|答记者问|答问|回应|发布|介绍|解读))"),
        re.compile(r"(?:举行|召开|答记者问|答问|回应|发布|介绍|解读|表态)[^,;:。]{0,12}$"),
    ),
    (re.compile(r"(?:举行|召开|出席)(?!.*会)"), re.compile(r"(?:会|会议|仪式|论坛)$")),
    (re.compile(r"介绍(?!.*情况)"), re.compile(r"情况$")),
)
"""A press headline's frames, opened on the first line and closed on the second: ``某某就…`` / ``…举行
发布会``, ``…答记者问``; ``国新办举行…`` / ``…新闻发布会``; ``介绍…`` / ``…有关情况``."""


def _unclosed(folded: str) -> bool:
    """A line that opens a quote or a title mark it does not close."""
    return any(folded.count(o) > folded.count(c) for o, c in ("“”", "《》", "()", "‘’", "「」"))


def wrapped(first: str, second: str) -> bool:
    """Two lines that are one headline broken by the page's width: the first stops where no headline
    stops (on 的, 和, an opening mark, a coverb, a number or a date's piece: ``某某办就2024年1—5月``), or
    opens a frame the second closes (``就…`` / ``…举行发布会``), or the second goes on from the first
    (``“发动机”``, ``等…``). A line printed twice (the page's headline, then the article's own copy of
    it) is one headline, not two halves of one."""
    if "".join(first.split()) == "".join(second.split()):
        return False
    if len(first) < 6 or first.endswith(_DASHES) or len(first) + len(second) > 80:
        return False
    if first[-1] in chrome.SENTENCE_END or first[-1] in ",:":
        return False
    if chrome.BRACKETED_TAG.match(first) or chrome.BRACKETED_TAG.match(second):
        return (
            False  # 【数据透析】: a column's tag or a desk's label (【要闻】 under the headline) stands alone
        )
    if len(second) <= 8 and len(first) >= 8 and (first[-1] in _WRAPPED_END or second[0] in _WRAPPED_START):
        return True
    if len(second) > 30:
        return False
    return (
        _OPEN_END.search(first) is not None
        or (_NUMBER_SPLIT.search(first) is not None and _NUMBER_GOES_ON.match(second) is not None)
        or second[0] in _GOES_ON
        or _unclosed(first)
        or any(
            opens.search(first) is not None and closes.search(second) is not None for opens, closes in _FRAMES
        )
    )


_DECK_FRAME = re.compile(r"^(?:就|围绕|针对)(?!.*(?:举行|召开|答记者问|答问|回应|发布|介绍|解读|表态|谈|答))")
"""A deck that opens a coverb's frame and never closes it: ``就当前形势和明年工作`` under ``某某接受专访``."""


def deck_of(first: str, second: str) -> bool:
    """The second line is the deck of the first, not a headline of its own: it only says what the first
    is about (``某某接受某某社专访`` / ``就当前形势和明年工作``), and the first is whole."""
    return len(first) >= 6 and first[-1] not in ",:、" and _DECK_FRAME.match(second) is not None


_ROLL_CALL = re.compile(
    r"^(?:[^。!?;]{2,30}等\s*)?(?:\d{1,3}|[二三四五六七八九十两]{1,3})\s*(?:位|名)[\u4e00-\u9fff]{0,8}"
    r"(?:代表|委员|部长|发布人|负责人|嘉宾|专家|企业家|人士|官员|主任|院士|记者)"
)
"""A deck that counts who took part (``王某、李某等10位代表亮相…``, ``5位发布人就…作主题发布``)."""


def roll_call_deck(first: str, second: str) -> bool:
    """The second line is the deck of the first: it counts the people the story is about (``王某、李某等10位
    代表亮相首场通道``, ``5位发布人就某某作主题发布``) under a headline that is whole (no kicker's ``——``)."""
    return (
        len(first) >= 8
        and first[-1] not in ",:、"
        and not first.endswith(_DASHES)
        and _ROLL_CALL.match(second) is not None
    )
