"""Image captions and photo credits: lines that name or credit a picture, not the article's text.

``图为…``, ``资料图``, ``（某某 摄）``, ``图源：某某局``, ``发布会现场``, a wire photo's slug, a chart's name with its
data's source. :func:`is_caption` takes one line of *folded* text (see :func:`tui.core.text.fold`), as the
other recognizers of :mod:`tui.core.chrome` do.
"""

from __future__ import annotations

import re

from tui.core.credits import CJK as _CJK
from tui.core.credits import NAMES as _NAMES
from tui.core.credits import OUTLET as _OUTLET
from tui.core.lines import undotted

_CAPTION_START = re.compile(
    r"^(?:[↑↓]|[(\[]?\s*(?:图\s*[为:]|(?:图片?|图像|照片|圖像|圖片)(?:来源|來源|提供)(?!于|於)|图源|图片由|图/|图片/|摄影\s*[/:]|视频来源|资料图片?(?:\s*(?:仅供参考|来源于?网络|源自网络)?\s*(?:[。.:,)\]]|$))"
    r"|(?:视频|摄像|剪辑|制作)\s*[:/]\s*[\u4e00-\u9fff·]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff·]{2,4})*\s*[)\]]?$))"
)
_CAPTION_AFTER_SENTENCE = re.compile(
    rf"[。.!]\s*(?:{_OUTLET})?\s*(?:特派|特约|首席|驻[{_CJK}]{{1,4}})?(?:记者|通讯员)\s*{_NAMES}\s*摄\s*[)\]]?$"
)
"""A caption that ends with its photographer's credit: ``…在会上发言。 某某社记者 王某 摄``."""
_PHOTOGRAPHERS = re.compile(rf"(?:^|[\s。.,:])摄影\s*[:/|]?\s*{_NAMES}\s*[)\]]?$")
"""A caption run into its credit: ``某某部长答记者问 摄影 王某 李某``."""
_SCENE = re.compile(rf"^(?!直击|走进|探访|来到|回到)[{_CJK}]{{1,8}}现场$")
"""A caption naming the scene of a photo: ``发布会现场``."""
_CAPTION_END = re.compile(
    rf"(?:(?:{_OUTLET})?\s*(?:记者|通讯员)?\s*[{_CJK}·](?:\s?[{_CJK}·]){{1,7}}\s*(?:摄|供图|制图)"
    r"|资料图片?|视频截图|网络截图|现场图|示意图|效果图|截图)\s*[)\]]?"
    rf"(?:\s*[(\[][{_CJK}]{{2,8}}[)\]])?$"
)
"""A credit at a caption's end: ``某某社记者 王某摄``, ``王 某摄`` (a two-character name spaced out, as papers
print it), with the picture agency after it in brackets (``王某摄（某某视觉）``)."""
_CREDIT_FIRST = re.compile(
    rf"^(?:{_OUTLET})?\s*(?:记者|通讯员)?\s*[{_CJK}·](?:\s?[{_CJK}·]){{1,5}}\s*(?:摄|制图|供图)\s+[^。!?;,:]{{2,30}}$"
)
"""A picture's or a chart's credit that opens its line, the chart's name after it: ``王某 制图  某某增速前五位``."""
_CAPTION_SOURCED = re.compile(
    r"^[(\[][^()\[\]]{2,40}?(?:图|照片|截图)\s*[,;]\s*(?:图片|照片|图)?\s*(?:来自|来源|源自|由|取自)\s*:?"
    r"[^()\[\]]{1,20}[)\]]$"
)
"""A caption in brackets that names the picture's source after a comma: ``（某某报记者提问图，图片来自某某网）``."""
_PICTURE_CREDITED = re.compile(
    r"[(\[]\s*(?:图源|图片来源|图片来自|图片提供|供图)\s*:?\s*[^()\[\]:]{1,16}[)\]]$"
)
"""A caption whose picture's source closes it in brackets: ``某某部长回答记者提问（图源：某某社）``."""
_CHART_SOURCED = re.compile(r"^[^。!?;,:]{2,40}?\s*(?:资料|数据)来源\s*:\s*[^。!?;]{1,60}$")
"""A chart's or a table's name with its data's source after it: ``某某利率走势图 资料来源:某行《某某报告》``."""
_PHOTO_SLUG = re.compile(
    rf"^[(\[]\s*(?![一二三四五六七八九十]+\s*[)\]])[{_CJK}·+]{{2,10}}\s*[)\]]\s*[(\[]\s*\d{{1,2}}\s*[)\]]\s*\S"
)
"""A wire photo's slug: its topic tag, its number in the series, its words (``(两会)(2)采访部长``,
``(经济)(3)某地春耕忙``); a numbered heading (``(一)(1)…``) is no slug."""
_PICTURE_FROM = re.compile(
    rf"^[^。!?;,:]{{2,40}}?(?:\s图\s*(?:[丨|/]|自|来自|源自|片来自|源\s*:)|图\s*[丨|/])\s*(?:{_OUTLET})$"
)
"""A photo's subject with the outlet it was taken from after ``图``: ``某某部发言人王某 图丨某某网``,
``某司副司长李某 图自某某网`` (a portal's credit under a speaker's picture, not a heading)."""

_AGENCY_PHOTO = re.compile(rf"[(\[]\s*[{_CJK}]{{2,8}}发\s*[)\]]|{_OUTLET}\s*发")
"""A photo's credit to an agency alone: ``（新华社发）``, ``新华社发``."""


def is_caption(line: str) -> bool:
    """An image caption or photo credit: ``图为…``, ``资料图``, ``（某某 摄）``, ``图源：某某局``, ``（…现场图）``,
    ``↑某某在发布会上``, ``发布会现场``, ``（…提问图，图片来自某某网）``, ``…回答记者提问（图源：某某社）``, a sentence that ends with ``新华社记者 王某 摄``."""
    if len(line) > 160:
        return False
    if len(line) <= 120 and _CAPTION_START.match(line):
        return True
    if _AGENCY_PHOTO.fullmatch(line):
        return True  # （新华社发）, 新华社发: a photo's credit
    if len(line) <= 40 and _PHOTO_SLUG.match(line):
        return True  # (两会)(2)采访部长: a wire photo's slug over its caption
    if _SCENE.match(line) or _CAPTION_SOURCED.match(line):
        return True
    # The patterns below each need a literal the line may lack (a cheap gate, asked before their scans):
    # a photographer's credit names 摄; a source, a chart or a credit of a picture names 图 (or 摄).
    shot = "摄" in line
    if shot and (_CAPTION_AFTER_SENTENCE.search(line) or _PHOTOGRAPHERS.search(line)):
        return True
    if "来源" in line and _CHART_SOURCED.match(line):
        return True
    if not (shot or "图" in line):
        return False
    if _CREDIT_FIRST.match(line):
        return True
    if len(line) <= 80 and _PICTURE_FROM.match(undotted(line)):
        return True
    if len(line) <= 80 and _PICTURE_CREDITED.search(line):
        return True
    return len(line) <= 60 and _CAPTION_END.search(line) is not None


__all__ = ["is_caption"]
