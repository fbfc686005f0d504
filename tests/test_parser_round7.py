"""The classes that a seventh round of real pages showed, each with its look-alikes.

A live page whose outlet posts the events in its own name (``[某某网]：…``) and names itself the source; a
broadcast's host whose remarks ask nothing; a title line marked as a list item (``- …``) and a date inside
it; a page with no headline that opens with a speaker's or an outlet's line. The snippets are invented
(names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document


def _kinds(doc: Document) -> list[tuple[str, str | None]]:
    return [(b.kind.value, b.speaker) for _, b in doc.blocks()]


def _questions(doc: Document) -> int:
    return sum(b.kind == BlockKind.question for _, b in doc.blocks())


# A live page's outlet tells what happens ---------------------------------------------------------------

LIVE = (
    "南江在线\n"
    "南江市两会第二场新闻发布会\n"
    "[刷新]\n"
    "\n"
    "[南江在线网]:5月8日10时,南江市两会第二场新闻发布会将在市会议中心举行,由发言人周立新介绍大会议程。\n"
    "\n"
    "[南江在线网]:周立新简历:周立新1962年生,长期在市发展改革部门工作。\n"
    "\n"
    "[南江在线网]:现在记者正在入场,发布会马上开始。  [09:55]\n"
    "\n"
    "[郑和平]:各位记者,上午好。发布会现在开始,先请周立新发言人介绍大会的安排。\n"
    "\n"
    "[周立新]:各位记者朋友,上午好。受大会秘书处委托,我向大家介绍本次会议的有关情况。\n"
)


def test_a_live_pages_outlet_posts_are_narration_and_name_the_source() -> None:
    doc = parse_text(LIVE)
    assert doc.title == "南江市两会第二场新闻发布会"
    assert _questions(doc) == 0
    assert _kinds(doc)[:3] == [("paragraph", "南江在线网")] * 3
    assert doc.source == "南江在线网"


def test_an_outlet_that_asks_at_a_press_conference_still_asks() -> None:
    text = LIVE.replace(
        "[南江在线网]:现在记者正在入场,发布会马上开始。  [09:55]",
        "[东江日报]:您好,我想问一下今年全市保障性住房的建设安排。",
    ).replace("[南江在线网]:周立新简历", "[南江晚报]:请问发言人,今年的民生实事有几件?周立新简历")
    doc = parse_text(text)
    assert _questions(doc) == 2
    assert [k for k in _kinds(doc) if k[0] == "question"] == [
        ("question", "南江晚报"),
        ("question", "东江日报"),
    ]


def test_one_outlet_post_names_no_source() -> None:
    text = LIVE.replace("[南江在线网]:周立新简历", "周立新简历").replace("[南江在线网]:现在", "现在")
    doc = parse_text(text)
    assert _questions(doc) == 0
    assert doc.source is None


# A page printed as fields: the title a list item under its label, a date inside it ----------------------

FIELDS = (
    "活动标题\n"
    "- 市政府新闻办公室2011年9月14日新闻发布会\n"
    "活动描述\n"
    "- 2011年9月14日下午3时,市科技局局长黄志远介绍全市科技创新工作情况,并答记者问。\n"
    "文字内容:\n"
    "- 陈晓光:\n"
    "各位记者,下午好!今天我们请来了市科技局黄志远局长,请他介绍全市科技创新的进展。\n"
    "黄志远:\n"
    "各位记者朋友,下午好。很高兴和大家见面,先简要介绍一下今年以来的情况。\n"
)


def test_a_title_printed_as_a_fields_value_loses_its_list_mark_and_dates_the_page() -> None:
    doc = parse_text(FIELDS)
    assert doc.title == "市政府新闻办公室2011年9月14日新闻发布会"
    assert doc.date == "2011-09-14"
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text for b in doc.boilerplate if b.kind == "chrome"][-2:] == ["活动描述", "文字内容:"]
    assert _kinds(doc)[1:] == [("paragraph", "陈晓光"), ("paragraph", "黄志远")]


def test_a_date_line_beats_the_date_in_the_title() -> None:
    doc = parse_text(FIELDS.replace("活动标题\n", "活动标题\n2011-09-15 09:20 来源:南江日报\n"))
    assert doc.date == "2011-09-15T09:20"


def test_a_heading_over_a_list_is_still_a_heading() -> None:
    text = (
        "南江市出台支持科技企业十条措施\n"
        "2011-09-15 09:20\n"
        "　　记者从市科技局获悉,南江市日前出台支持科技企业发展的十条措施,涵盖资金、人才和场地。\n"
        "主要内容\n"
        "- 设立科技企业发展专项资金,每年安排两亿元。\n"
        "- 对新认定的高新技术企业给予一次性奖励。\n"
        "　　市科技局有关负责人表示,措施将于下月起施行,细则另行发布。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "主要内容"]
    assert doc.date == "2011-09-15T09:20"


def test_a_title_without_a_full_date_dates_nothing() -> None:
    doc = parse_text(FIELDS.replace("2011年9月14日新闻发布会", "9月14日新闻发布会"))
    assert doc.title == "市政府新闻办公室9月14日新闻发布会"
    assert doc.date is None


# A page without a headline that opens with a host's greeting or an outlet's post ------------------------

RADIO = (
    "主持人:各位听众朋友大家好,欢迎收听两会特别节目《做客南江台》,我是主持人林晓。\n"
    "主持人:今天做客我们节目的是全国人大代表、东江省副省长宋建国,宋副省长您好。\n"
    "宋建国:主持人好,各位听众好。\n"
    "主持人:宋副省长,听说您每天早上都要听一会儿广播,现在还有这个习惯吗?\n"
    "宋建国:有的,早上上班路上一般都听新闻节目。\n"
)


def test_a_broadcast_that_opens_with_the_hosts_greeting_is_named_by_it() -> None:
    doc = parse_text(RADIO)
    assert doc.title == RADIO.splitlines()[0]
    assert _questions(doc) == 1
    assert _kinds(doc)[0] == ("paragraph", "主持人")


def test_a_live_page_that_opens_with_its_outlets_post_is_named_and_dated_by_it() -> None:
    text = (
        "南江电视台: 市人大会议新闻发布会将于3月6日上午10时在市会堂举行,南江电视台现场直播。 [2012-03-06 08:30]\n"
        "南江电视台: 记者们已经陆续入场。[2012-03-06 09:40]\n"
        "南江电视台: 发布会即将开始,请关注。[2012-03-06 09:55]\n"
        "主持人 赵文: 各位记者,上午好!发布会现在开始。\n"
    )
    doc = parse_text(text)
    assert doc.title == text.splitlines()[0]
    assert doc.date == "2012-03-06"
    assert doc.source == "南江电视台"
    assert _questions(doc) == 0


def test_a_text_that_opens_with_a_question_is_named_by_it() -> None:
    for first in (
        "问:今年出口形势如何?",
        "主持人:宋副省长,您每天都听广播吗?",
        "南江日报:请问今年有哪些民生实事?",
    ):
        doc = parse_text(first + "\n宋建国:总体稳中有升。\n")
        assert doc.title == first, first  # a document always has a title: line 1 when nothing else


# Who asks in a broadcast: a reporter answering the host, a co-host's question, a host's cue -------------

LINK = (
    "南江台东江12月3日消息 据《南江新闻》报道,全省工业工作会议今天召开,下面连线会场的记者孙悦。\n"
    "主持人:会议现在开到哪一步了,给我们说说现场的情况?\n"
    "记者:会议上午开幕,省经信厅负责人作了工作报告,回顾了今年全省工业运行的情况。\n"
    "报告提出,明年要把稳增长放在更加突出的位置,同时加快传统产业改造。\n"
)


def test_a_reporter_who_answers_the_hosts_question_puts_none() -> None:
    doc = parse_text(LINK)
    assert _questions(doc) == 1
    assert [k for k, _ in _kinds(doc)] == ["question", "answer", "answer"]


def test_a_reporter_who_asks_after_the_hosts_question_still_asks() -> None:
    for asking in ("您如何看待明年的形势?", "明年全省工业能否保持增长", "请问明年的目标是多少。"):
        doc = parse_text(
            LINK.replace("会议上午开幕,省经信厅负责人作了工作报告,回顾了今年全省工业运行的情况。", asking)
        )
        assert _questions(doc) == 2, asking


def test_a_reporter_who_answers_the_officials_question_back_puts_none() -> None:
    text = (
        "东江特区财政司司长记者会答问\n"
        "　　以下是财政司司长今日在记者会上答问的内容。\n"
        "记者:司长,你好。今年推出这么多一次性的措施,会不会加重财政的负担?\n"
        "财政司司长:你是说一次性的措施会拖累以后的财政?\n"
        "记者:有议员这样担心。\n"
        "财政司司长:我看不会,这些措施的规模都在可承受的范围之内。\n"
    )
    doc = parse_text(text)
    assert _questions(doc) == 1


TALK = (
    "主持人:各位听众朋友大家好,欢迎收听两会特别节目《做客南江台》,今天还有评论员高远和我一起主持。\n"
    "主持人:今天做客我们节目的是全国人大代表、东江省副省长宋建国,宋副省长您好。\n"
    "宋建国:主持人好,高老师好。\n"
    "主持人:宋副省长,您当年在基层的时候经常下乡吧?\n"
    "宋建国:那时候一年有一大半时间在乡里,跑遍了全县的村子。\n"
    "高远:一大半时间?\n"
    "宋建国:对,那几年基本都在路上。\n"
    "高远:我们也常听说那几年县里的路很难走,您印象最深的一次是什么时候的事情,能给我们讲一讲吗,具体一点?\n"
    "宋建国:有一年冬天下大雪,车开不进去,我们就走了半天山路。\n"
    "高远:我们也是在那一年去过那个县。\n"
    "宋建国:那您应该记得那场雪。\n"
)


def test_a_co_hosts_short_question_that_the_guest_answers_is_a_question() -> None:
    doc = parse_text(TALK)
    assert _questions(doc) == 2  # the host's and the co-host's short one; a long one is no echo
    assert [s for k, s in _kinds(doc) if k == "question"] == ["主持人", "高远"]


HOSTED = (
    "两会访谈:对话东江省副省长宋建国\n"
    "林晓:各位观众朋友好,欢迎收看两会特别节目《南江会客厅》,今天的客人是东江省副省长宋建国。宋省长,先问您,平时看电视吗?\n"
    "宋建国:新闻每天都看,别的节目看得少。\n"
    "林晓:没有那么多空闲。\n"
    "宋建国:是的,晚上常常还要开会,有时候还要下去调研,电视就顾不上了。\n"
    "林晓:今天为了让您轻松一下,我们先请您看一段短片。\n"
    "宋建国:好。\n"
    "林晓:短片里讲的这个项目,后来落地了没有?\n"
    "宋建国:落地了,去年已经投产。\n"
    "林晓:说到这个项目,当地的老百姓最关心的还是能不能带来更多的就业岗位。\n"
    "宋建国:这个项目投产以后,直接带动了三千多人就业。\n"
)


def test_an_inferred_hosts_echo_and_cue_put_no_question() -> None:
    doc = parse_text(HOSTED)
    assert _questions(doc) == 3  # the greeting that asks, the question, the prompt without a mark
    assert [k for k, s in _kinds(doc) if s == "林晓"] == [
        "question",
        "paragraph",
        "paragraph",
        "question",
        "question",
    ]


# A reporter's turn behind a bullet ----------------------------------------------------------------------


def test_a_bulleted_reporters_turn_is_a_question_even_when_the_page_cuts_it_off() -> None:
    text = (
        "据《南江侨声网》综合报道,东江市政协会议新闻发布会今天下午举行,侨声网为您整理问答。\n"
        "东江市政协会议新闻发布会发言人答记者问\n"
        "▲东江日报记者:今年政协在调研方面有哪些安排?\n"
        "刘振华:今年将开展四十次专题调研,围绕民生重点议题。\n"
        "▲南江电视台记者:委员履职如何评价?\n"
        "刘振华:我们正在完善委员履职档案,年底向社会公开。\n"
        "▲东江晚报记者:我想\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == ["东江市政协会议新闻发布会发言人答记者问"]
    assert [s for k, s in _kinds(doc) if k == "question"] == [
        "东江日报记者",
        "南江电视台记者",
        "东江晚报记者",
    ]


def test_a_bulleted_heading_with_a_colon_is_no_turn() -> None:
    text = (
        "东江市一季度经济运行情况发布会\n"
        "2024-04-18 10:00\n"
        "　　东江市政府新闻办今天举行发布会,市统计局负责人介绍一季度全市经济运行情况。\n"
        "●稳工业:增加值增长6.1%\n"
        "　　一季度全市规上工业增加值比去年同期增长6.1%,比上年全年加快0.4个百分点。\n"
        "●促消费:零售总额增长5.2%\n"
        "　　一季度全市社会消费品零售总额同比增长5.2%,其中网上零售额增长9.8%。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "●稳工业:增加值增长6.1%", "●促消费:零售总额增长5.2%"]
    assert _questions(doc) == 0


# A last heading that the page cut off its text ----------------------------------------------------------

CUT = (
    "东江三位厅长走上“代表通道”\n"
    "2025-01-12 09:30\n"
    "　　东江新闻网1月12日电 东江省人代会举行首场“代表通道”采访活动,三位厅长先后回答了记者提问。\n"
    "　　讲民生实事,有速度\n"
    "　　省住建厅厅长吴海平表示,去年全省改造老旧小区一千二百个,惠及居民三十多万户。\n"
    "　　他说,今年将继续推进加装电梯,让更多老人出门不再难。\n"
    "　　谈产业升级,有底气\n"
)


def test_a_last_heading_built_as_the_ones_before_it_is_a_heading() -> None:
    for tail in ("", "　　“今年\n"):
        doc = parse_text(CUT + tail)
        assert [s.heading for s in doc.sections] == [None, "讲民生实事,有速度", "谈产业升级,有底气"], tail


def test_a_short_last_line_built_otherwise_is_the_pages_footer() -> None:
    for tail in ("　　阅读东江日报数字版\n", "　　在回答记者\n", "　　谈产业升级\n"):
        doc = parse_text(CUT.replace("　　谈产业升级,有底气\n", tail))
        assert [s.heading for s in doc.sections] == [None, "讲民生实事,有速度"], tail
        assert doc.boilerplate[-1].kind == "footer"


# A heading with a character the page could not decode ----------------------------------------------------

MIRROR = (
    "東江省長答記者問 發布會延長半小時\n"
    "昨日上午,東江省政府新聞辦召開新聞發布會,省長介紹了全省經濟社會發展情況,並回答記者提問。\n"
    "省長說,近年來全省經濟增速保持在全國前列,發展的質量也在不斷提高,群眾的獲得感明顯增強。\n"
    "{head}\n"
    "南江日報記者先後提問有關東江引水工程的進展,省長作了詳細的回答,並表示工程今年將全面開工。\n"
    "省長表示,引水工程建成以後,可以解決沿線兩百萬人的用水問題,也能改善流域的生態環境。\n"
)


def test_a_question_mark_run_into_letters_is_a_lost_character_not_a_question() -> None:
    doc = parse_text(MIRROR.format(head="引水工程 推遲是因?wèi)資金問題"))
    assert [s.heading for s in doc.sections] == [None, "引水工程 推遲是因?wèi)資金問題"]


def test_a_question_mark_between_clauses_is_still_one() -> None:
    doc = parse_text(MIRROR.format(head="引水工程推遲了?資金不到位"))
    assert [s.heading for s in doc.sections] == [None]


# A live transcript dated only by its stamps ---------------------------------------------------------------

STAMPED = (
    "主持人 何文静:\n"
    "大家上午好,东江省人代会第二场“厅长通道”采访活动现在开始。今天共有四位厅长接受采访。\n"
    "下面有请第一位厅长,省交通运输厅周建华厅长。请大家提问。\n"
    "2025-01-13 09:41:07\n"
    "东江广播电视台记者:\n"
    "今年全省交通投资的重点放在哪里,群众出行会有哪些新变化?\n"
    "2025-01-13 09:42:30\n"
    "省交通运输厅厅长 周建华:\n"
    "谢谢你的提问。今年我们将重点建设三条城际铁路,同时改造一批农村公路。\n"
)


def test_a_live_transcript_without_a_date_line_is_dated_by_its_first_stamp() -> None:
    doc = parse_text(STAMPED)
    assert doc.title == "主持人 何文静:"
    assert doc.date == "2025-01-13"
    assert _questions(doc) == 1
    assert [b.text for b in doc.boilerplate if b.kind == "meta"] == [
        "2025-01-13 09:41:07",
        "2025-01-13 09:42:30",
    ]


def test_a_date_line_in_the_header_beats_the_stamps() -> None:
    doc = parse_text("东江省人代会第二场厅长通道实录\n2025-01-14 08:00\n" + STAMPED)
    assert doc.date == "2025-01-14T08:00"


# The outlet of a dateline, named whole ------------------------------------------------------------------


def _dated(dateline: str) -> Document:
    return parse_text(
        "东江市统计局谈前三季度经济:稳中有进\n\n"
        f"　　{dateline}东江市政府新闻办今天上午举行发布会,市统计局负责人介绍前三季度经济运行情况。\n\n"
        "　　前三季度全市地区生产总值同比增长5.6%,比上半年加快0.2个百分点。\n"
    )


def test_a_portals_channel_or_a_papers_website_in_a_dateline_is_the_source() -> None:
    assert _dated("南江网财经10月18日讯 ").source == "南江网财经"
    assert _dated("东江日报网10月18日电(记者 方敏)").source == "东江日报网"


def test_a_place_after_the_outlet_is_no_part_of_its_name() -> None:
    assert _dated("东江社南江10月18日电(记者 方敏)").source == "东江社"
    assert _dated("南江网北京10月18日讯 ").source == "南江网"
    assert _dated("东江日报南江10月18日电 ").source == "东江日报"


def test_a_transcript_that_opens_with_a_speakers_words_is_named_by_them() -> None:
    talk = HOSTED.split("\n", 1)[1]  # no headline: 林晓's greeting first
    doc = parse_text(talk.replace("宋省长,先问您,平时看电视吗?", "欢迎您。"))
    assert doc.title is not None and doc.title.startswith("林晓:各位观众朋友好")
    doc = parse_text(talk)
    assert doc.title == talk.split("\n", 1)[0]  # a greeting that asks still names the page
    assert _kinds(doc)[0] == ("answer", "宋建国")


def test_a_labelled_question_after_a_question_is_still_one() -> None:
    text = LINK.replace("主持人:", "问:").replace("记者:会议上午开幕", "问:另外,会议上午开幕")
    doc = parse_text(text)
    assert _questions(doc) == 2


def test_a_reporters_turn_after_the_host_asks_for_questions_is_one() -> None:
    text = LINK.replace("会议现在开到哪一步了,给我们说说现场的情况?", "下面哪位记者提问?").replace(
        "会议上午开幕,省经信厅负责人作了工作报告,回顾了今年全省工业运行的情况。",
        "我是东江日报记者。我关心的是明年全省工业的增长目标。",
    )
    doc = parse_text(text)
    assert [k for k, _ in _kinds(doc)][:2] == ["paragraph", "question"]


def test_a_text_of_the_pages_lines_alone_has_no_title_and_no_error() -> None:
    for text in ("00000000", "首页\n", "00000000\n00000000\n"):
        assert parse_text(text).title is None
