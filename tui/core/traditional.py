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
    "並乾佈併來侷係俬個們備傢傳僅僑儀億儘儲內兩冊別刪則創劃劉劍勁動務勢匯區協卽參員問單嗎噹嚮國圍圖團埰報"
    "場塊墰墻壇壜夠夾奮娛學寀實審寫將專對導屆層屬巖幫幷幹幾廢廣廳張強彆彔彙後從復徵態慮應戰戶拋捲掃採換擊"
    "擔據擴攝敎數於昇時曏書會朮査條業榘榦構樂標樣機檔檯欄權歡歸沒況淩準溫滙滾濟瀏為熱營爲牆獨獲現環產産畫"
    "畵當發盡監眞眾睏碼礦祕禮種稱穩穫箇節範簡簽籤糰糾紀約紙細紹組結絡給統經綜綫維網綵線編緻縣縮總績織繞繫"
    "繼續罈罎義習聞聯聲聽臨臺與舉舊舘華萬蒐蓆蔘薦處號衆術衕衛袷裏裝裡製複襲覈見規視覺覽觀訂計訊討記訪設許"
    "訴註証評詞詢話該詳誌認語誠誤說説調談請論講謝證識譯議護讀變讓讚負財責貿資賓賬贊趨踴躍車軍軟載輛輪輯轉"
    "辦農迴這連週進遊運過遞遲遶選還郵釋針鈡銀錄錢錯録錶鍵鍼鍾鏈鏡鐘長門閉開間閤閱閲關陞陣陰陸隊際隨險隱雜"
    "難電韆韓響頁頂項預頗頭頻題類顧顯風颱飛餘館駐體髮鬆鬥麪麫麵麼麽點齣更車滑金樂欄朗浪來老路露錄論凌讀樂"
    "率北復不數索參省說若亮兩量女旅力年聯連列說零例禮了料樂劉流留類六陸輪律率利李理裏裡里林臨立識什切度拓"
    "行降見益礼精都館免器層海社突節繁署者視賓難響頻舘並况全彩搜朗流画益直着節类者華視調請變遲難響頻"
)
_SIMPLIFIED = (
    "并干布并来局系私个们备家传仅侨仪亿尽储内两册别删则创划刘剑劲动务势汇区协即参员问单吗当向国围图团采报"
    "场块坛墙坛坛够夹奋娱学采实审写将专对导届层属岩帮并干几废广厅张强别录汇后从复征态虑应战户抛卷扫采换击"
    "担据扩摄教数于升时向书会术查条业矩干构乐标样机档台栏权欢归没况凌准温汇滚济浏为热营为墙独获现环产产画"
    "画当发尽监真众困码矿秘礼种称稳获个节范简签签团纠纪约纸细绍组结络给统经综线维网彩线编致县缩总绩织绕系"
    "继续坛坛义习闻联声听临台与举旧馆华万搜席参荐处号众术同卫夹里装里制复袭核见规视觉览观订计讯讨记访设许"
    "诉注证评词询话该详志认语诚误说说调谈请论讲谢证识译议护读变让赞负财责贸资宾账赞趋踊跃车军软载辆轮辑转"
    "办农回这连周进游运过递迟绕选还邮释针钟银录钱错录表键针钟链镜钟长门闭开间合阅阅关升阵阴陆队际随险隐杂"
    "难电千韩响页顶项预颇头频题类顾显风台飞余馆驻体发松斗面面面么么点出更车滑金乐栏朗浪来老路露录论凌读乐"
    "率北复不数索参省说若亮两量女旅力年联连列说零例礼了料乐刘流留类六陆轮律率利李理里里里林临立识什切度拓"
    "行降见益礼精都馆免器层海社突节繁署者视宾难响频馆并况全彩搜朗流画益直着节类者华视调请变迟难响频"
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
