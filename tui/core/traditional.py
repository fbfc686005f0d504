"""Traditional characters folded to simplified ones for matching, one character for one.

Real articles of the genre come from Hong Kong, Taiwan and overseas portals in traditional characters:
their 來源, 記者, 電, 問, 答, 編輯 must work like 来源, 记者, 电, 问, 答, 编辑. The parser matches its
patterns on a folded copy of each line (:mod:`tui.core.lines`), so this table maps the traditional forms
of every character that its patterns use to the simplified form, one character to one, and offsets into
the text stay valid while the text keeps its own script (a source is named as written: 新華社).

The table is OpenCC's ``t2s`` restricted to those characters; ``tests/test_parser_traditional.py``
checks it against OpenCC and, run as a script, writes it anew when a pattern gains a character. OpenCC itself is not loaded
here: building its table for all characters costs some 50 ms that neither the explorer's first frame nor
``outline`` should pay.
"""

from __future__ import annotations

import re
from functools import lru_cache

_TRADITIONAL = (
    "並乾佈併來侷係個們備傢傳僅儘儲內兩冊別刪創劃勁動務區卽參員問單國圖埰報場墻娛寀實審寫專對導幷幹廣廳張"
    "強彆彔後從復應戶掃採換擊擔據擴攝敎數昇時書會査條業榦構樂標機檯權歡歸況準濟瀏為熱爲牆獨現發盡監眞眾碼"
    "礦祕禮稱穩箇節範簡簽籌籤糾約紹組絡統經綜綫維網綵線編縣總織繫習聞聯聲臨臺與舉華萬蓆蔘薦處號衆衕衛裏裝"
    "裡製複襲覈規視覺覽觀訂計訊記訪設許訴註証評詞詢話該詳誌認說説調談請論講謝證識譯議讀讚負財責資賓贊軟載"
    "輯轉辦迴這週進遞還郵釋錄錯録錶鍵鏈長門閉開間閤閱閲關陞陸際隨險雜電韆韓頁頂頻題顧風颱駐體髮麪麫麵麼麽"
    "點齣更樂來路露錄論讀樂率北復不數參省說若兩量年聯說例禮了料樂六陸律率李理裏裡里臨立識行礼精都免海社突"
    "節繁署者視賓頻並况全彩直節者華視調請頻"
)
_SIMPLIFIED = (
    "并干布并来局系个们备家传仅尽储内两册别删创划劲动务区即参员问单国图采报场墙娱采实审写专对导并干广厅张"
    "强别录后从复应户扫采换击担据扩摄教数升时书会查条业干构乐标机台权欢归况准济浏为热为墙独现发尽监真众码"
    "矿秘礼称稳个节范简签筹签纠约绍组络统经综线维网彩线编县总织系习闻联声临台与举华万席参荐处号众同卫里装"
    "里制复袭核规视觉览观订计讯记访设许诉注证评词询话该详志认说说调谈请论讲谢证识译议读赞负财责资宾赞软载"
    "辑转办回这周进递还邮释录错录表键链长门闭开间合阅阅关升陆际随险杂电千韩页顶频题顾风台驻体发面面面么么"
    "点出更乐来路露录论读乐率北复不数参省说若两量年联说例礼了料乐六陆律率李理里里里临立识行礼精都免海社突"
    "节繁署者视宾频并况全彩直节者华视调请频"
)


@lru_cache(maxsize=1)
def _compiled() -> tuple[dict[int, int], re.Pattern[str]]:
    mapping = str.maketrans("".join(_TRADITIONAL), "".join(_SIMPLIFIED))
    return mapping, re.compile("[" + "".join(_TRADITIONAL) + "]")


def table() -> dict[str, str]:
    """The table as characters: traditional → simplified."""
    return dict(zip("".join(_TRADITIONAL), "".join(_SIMPLIFIED), strict=True))


def simplify(text: str) -> str:
    """``text`` with the traditional characters of the table replaced, one for one (the same object when
    there are none)."""
    mapping, pattern = _compiled()
    return text.translate(mapping) if pattern.search(text) else text
