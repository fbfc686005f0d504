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
    "並乾佈併來侷係俬個們備傢傳僅僑儀億儘儲內兩冊別刪則創劃劉劍勁動務勢匯區協卽參叢吳呂員問喬單嗎噹嚮嚴囌"
    "國圍圖團埰報場塊墰墻壇壜夠夾奮娛孫學宮寀實寧審寫將專對導屆層屬巖師幫幷幹幾廢廣廳張強彆彔彙後從復徵態"
    "慮應戰戶拋捲掃採換擊擔據擴攝敎數於昇時曏書會朮査條楊業榘榦構樂樑標樣機檔檯欄權歐歡歸沒況淩湯準溫滙滾"
    "漲濟瀋瀏為熱營爲牆獨獲現環產産畫畵當發盡監盧眞眾睏硃碼礦祕禮種稱穩穫箇節範簡簽籤糰糾紀約紙細紹組結絡"
    "給統經綜綫維網綵線編緻縣縮總績織繞繫繼續罈罎羅義習聞聯聲聽臨臺與舉舊舘華萬葉蒐蓆蔘蔣薑薦蘇處號衆術衕"
    "衚衛袷裏裝裡製複襲覈見規視覺覽觀訂計訊討記訪設許訴註証評詞詢話該詳誌認語誠誤說説調談請論講謝證識譚譯"
    "議護讀變讓讚負財責費貿賀資賈賓賬贊趙趨踴躍車軍軟載輛輪輯轉辦辭農迴這連週進遊運過遞遲遶選還郵鄒鄧鄭釋"
    "針鈡銀錄錢錯録錶鍵鍼鍾鏈鏡鐘長門閆閉開間閤閱閲關陞陣陰陳陸隊際隨險隱雜難電韆韋韌韓響頁頂項預頗頭頻題"
    "類顧顯風颱飛餘館馬馮駐體髮鬆鬍鬥麪麫麵麼麽黃點齊齣龍龐龔更車賈滑金羅樂欄朗浪來盧老路露錄論雷凌讀樂寧"
    "率北復不數索參省葉說沈若亮兩梁量呂女旅黎力年聯連列說寧零例禮了料樂龍劉流留類六陸輪律率利易李理裏裡里"
    "林臨立識什切度拓行降見益礼精都館免器層海社突節繁署者視賓難響頻舘並况全彩戴搜朗流画益盛直着節类者華視"
    "調請變遲難響頻"
)
_SIMPLIFIED = (
    "并干布并来局系私个们备家传仅侨仪亿尽储内两册别删则创划刘剑劲动务势汇区协即参丛吴吕员问乔单吗当向严苏"
    "国围图团采报场块坛墙坛坛够夹奋娱孙学宫采实宁审写将专对导届层属岩师帮并干几废广厅张强别录汇后从复征态"
    "虑应战户抛卷扫采换击担据扩摄教数于升时向书会术查条杨业矩干构乐梁标样机档台栏权欧欢归没况凌汤准温汇滚"
    "涨济沈浏为热营为墙独获现环产产画画当发尽监卢真众困朱码矿秘礼种称稳获个节范简签签团纠纪约纸细绍组结络"
    "给统经综线维网彩线编致县缩总绩织绕系继续坛坛罗义习闻联声听临台与举旧馆华万叶搜席参蒋姜荐苏处号众术同"
    "胡卫夹里装里制复袭核见规视觉览观订计讯讨记访设许诉注证评词询话该详志认语诚误说说调谈请论讲谢证识谭译"
    "议护读变让赞负财责费贸贺资贾宾账赞赵趋踊跃车军软载辆轮辑转办辞农回这连周进游运过递迟绕选还邮邹邓郑释"
    "针钟银录钱错录表键针钟链镜钟长门闫闭开间合阅阅关升阵阴陈陆队际随险隐杂难电千韦韧韩响页顶项预颇头频题"
    "类顾显风台飞余馆马冯驻体发松胡斗面面面么么黄点齐出龙庞龚更车贾滑金罗乐栏朗浪来卢老路露录论雷凌读乐宁"
    "率北复不数索参省叶说沈若亮两梁量吕女旅黎力年联连列说宁零例礼了料乐龙刘流留类六陆轮律率利易李理里里里"
    "林临立识什切度拓行降见益礼精都馆免器层海社突节繁署者视宾难响频馆并况全彩戴搜朗流画益盛直着节类者华视"
    "调请变迟难响频"
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
