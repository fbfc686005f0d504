"""A site's notices among a page's lines: disclaimers (``不代表本网观点``, ``转载请注明``, two weak cues at once)
and contact lines (a URL, an e-mail, a phone, an ICP number, a copyright). Every pattern opens on a literal, or
is asked only of a line that holds the character it needs, so that a search skips ahead instead of trying every
cue at every position of every line (:func:`~tui.core.chrome.chrome_kind` asks them of each line)."""

from __future__ import annotations

import re

_DISCLAIMER = re.compile(
    r"(不代表本网|不代表本站|不代表本平台|本网站赞同|免责声明|联系删除|转载请注明|版权所有|"
    r"不构成投资建议|据此操作|风险自担|如有侵权|与本网联系|请与我们联系|不代表[^,。]{0,12}观点|特别声明|"
    r"仅代表作者|代表作者本人|已获授权|不得转载|禁止转载|"
    r"版权归原作者|不承担[^,。]{0,4}法律责任|信息存储空间|立刻删除|立即删除|转载自其他媒体|转载稿|转载目的|"
    r"凡注明来源|一经查实|涉嫌抄袭|隐私声明|隐私政策|使用者隐私|用户隐私|同意上述|Cookie|cookie)"
)
"""A cue that alone makes a disclaimer (with :data:`_DISCLAIMER_OPENING`). Every cue opens on a literal, so that
the search skips to the characters that can start one (an anchored or a bracketed first item would make it
try every cue at every position)."""
_DISCLAIMER_OPENING = re.compile(r"^声明\s*:")
"""A line that opens as a statement: the disclaimer's cue that only stands at the start."""
_DISCLAIMER_WEAK = re.compile(
    r"(代表本网|自媒体|第三方机构|发布或转载|版权归|侵权|删除或处理|仅供参考|证实其内容|传递更多信息|未经授权|"
    r"本网转载|本站转载|转载|及时处理|及时核实|真实性负责)"
)
"""Cues that make a disclaimer two at a time: one alone is a policy text's own word (打击侵权假冒,
引入第三方机构评估, 规范自媒体)."""
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]+", re.IGNORECASE)
_CONTACT = re.compile(
    r"备案号|公网安备|网安备|©|(?:电话|热线|传真|联系方式)\s*:?\s*[\d\-()+ ]{7,}|举报(?:电话|邮箱|中心)\s*:?\s*[\d\-]{5,}"
    r"|(?:邮编|邮政编码)\s*:?\s*\d{6}|网站(?:标识|识别)码|浏览器[^。]{0,20}分辨率"
)
"""A site's registration, copyright sign, phone, postcode or screen advice anywhere in a line. The cues of
:func:`is_contact` come in four patterns: an ignore-case pattern or an anchored item in one alternation makes
the search try every cue at every position of every line."""
_CONTACT_OPENING = re.compile(
    r"^(?:\d{3,4}-\d{7,8}$|地\s*址\s*:|(?:主办|承办|协办|主管|技术支持|运营维护|运维)(?:单位)?\s*:"
    r"|您是(?:本站)?第\s*[\d,]+\s*位访)"
)
"""A contact line's label at its start: a bare phone number, ``地址：``, ``主办单位：``, a visitor counter."""
_CONTACT_LATIN = re.compile(r"ICP|Copyright|\(c\)\s*\d{4}", re.IGNORECASE)
"""An ICP number or a copyright in Latin letters, any case: each has a ``c`` (no other character folds to it)."""
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z.]{2,}", re.IGNORECASE)


def is_contact(line: str) -> bool:
    """A URL, e-mail, phone, ICP or copyright line (a sentence that mentions a website is content)."""
    # _URL needs ``://`` or ``www.`` (w folds to nothing else under IGNORECASE): a line with neither is no URL
    url = _URL.search(line) if "://" in line or ("." in line and ("w" in line or "W" in line)) else None
    if url is not None and len(line) - len(url.group(0)) <= 40:
        return True
    if len(line) > 100:
        return False
    return (
        _CONTACT.search(line) is not None
        or _CONTACT_OPENING.match(line) is not None
        or (("c" in line or "C" in line) and _CONTACT_LATIN.search(line) is not None)
        or ("@" in line and _EMAIL.search(line) is not None)
    )


def disclaimer_cue(line: str) -> bool:
    """A word of a disclaimer in the line, strong or weak."""
    return disclaims(line) or _DISCLAIMER_WEAK.search(line) is not None


def disclaims(line: str) -> bool:
    """A cue that alone makes the line a disclaimer."""
    return _DISCLAIMER.search(line) is not None or _DISCLAIMER_OPENING.match(line) is not None


def weak_disclaimer_cues(line: str) -> int:
    """How many different weak cues of a disclaimer the line holds (two make one)."""
    return len({m.group(0) for m in _DISCLAIMER_WEAK.finditer(line)})
