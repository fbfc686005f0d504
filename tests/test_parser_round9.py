"""The classes that a ninth round of real pages showed, each with its look-alikes.

A page with no headline named by its first line of its own: a date and 来源 line, a byline of writer and
photographer, or a caption under a site's menu printed as a list (``- 某某频道``); a wire's dateline of a
special kind (``某某社东江3月7日新媒体专电``) that outranks the site a portal names beside its date; a
dateline whose outlet's name a mirror glossed with pinyin inside it (``東江(dōng)網(wǎng)4月15日訊``); a day
and time without the year before ``来源:``; an outlet over its own website when both name it; an outlet's
reporters alone on a line with their column in quotes. The snippets are invented (names, places and
numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core import chrome
from tui.core.document import parse_text
from tui.core.model import BlockKind

DATE_LINE_FIRST = (
    "2021年05月12日09:30 來源:東江網\n"
    "發布會現場。 東江日報記者 王某某 攝\n"
    "東江網5月12日訊(本網記者 李某)今日上午,東江市政府新聞辦舉行新聞發布會,介紹全市一季度經濟運行情況。\n"
    "發言人介紹,一季度全市地區生產總值同比增長百分之七點二,就業形勢保持穩定。\n"
)


def test_a_page_without_headline_is_named_by_its_date_and_source_line() -> None:
    doc = parse_text(DATE_LINE_FIRST)
    assert doc.title == "2021年05月12日09:30 來源:東江網"
    assert doc.date is not None and doc.date.startswith("2021-05-12")
    assert doc.source == "東江網"
    kinds = {b.kind for b in doc.boilerplate}
    assert "caption" in kinds  # the photo credit under it stays furniture


def test_a_date_line_with_only_an_agency_names_the_page_and_the_source() -> None:
    text = (
        "2022年03月08日 10:15 新華社\n"
        "東江市衛生健康委負責人7日在例行吹風會上說,去年全市著力解決看病難問題,其中,新增床位三千張,"
        "基層醫療機構診療量同比增長一成以上。持續減輕群眾負擔,全年減免費用兩億元。(記者王某)\n"
    )
    doc = parse_text(text)
    assert doc.title == "2022年03月08日 10:15 新華社"
    assert doc.source == "新華社"


def test_a_headline_over_the_date_line_is_still_the_title() -> None:
    text = "東江市一季度經濟開局良好\n" + DATE_LINE_FIRST
    assert parse_text(text).title == "東江市一季度經濟開局良好"


CREDIT_FIRST = (
    "撰文丨王某摄影|李某赵某\n"
    "3月8日,东江市两会最后一场记者会结束,今年的“委员通道”采访活动也告一段落。\n"
    "今年共有九位委员在通道上回答了记者提问。\n"
)


def test_a_page_that_opens_with_its_credits_is_named_by_them() -> None:
    doc = parse_text(CREDIT_FIRST)
    assert doc.title == "撰文丨王某摄影|李某赵某"
    assert doc.sections[0].blocks[0].text.startswith("3月8日")


def test_credit_lines_are_bylines_not_menus() -> None:
    assert chrome.chrome_kind("撰文丨王某摄影|李某赵某") == "byline"
    assert chrome.chrome_kind("文|王某某") == "byline"
    assert chrome.chrome_kind("首页 | 新闻 | 财经") == "nav"  # a menu stays a menu


MENU_FIRST = (
    "- 政策解讀\n"
    "- 經(jīng)濟(jì)發(fā)展\n"
    "- 社會(huì)發(fā)展\n"
    "- 天下人物\n"
    "東江市統(tǒng)計(jì)局局長(zhǎng)王某某先生(東江網(wǎng)李某)\n"
    "東江(dōng)網(wǎng)4月15日訊東江市政府新聞辦今日上午舉行新聞發布會,請市統計局局長王某某介紹一季度經濟運行情況。\n"
    "王某某說,一季度全市城鎮新增就業比去年同期增加一萬二千人。\n"
)


def test_a_menu_printed_as_a_list_is_navigation_and_the_caption_under_it_names_the_page() -> None:
    doc = parse_text(MENU_FIRST)
    assert doc.title == "東江市統(tǒng)計(jì)局局長(zhǎng)王某某先生(東江網(wǎng)李某)"
    assert [s.heading for s in doc.sections] == [None]
    assert sum(1 for b in doc.boilerplate if b.kind == "nav") == 4


def test_a_dateline_whose_outlet_is_glossed_inside_names_the_outlet_without_the_gloss() -> None:
    assert parse_text(MENU_FIRST).source == "東江網"


def test_two_list_items_are_no_menu() -> None:
    text = "- 政策解讀\n- 經濟發展\n東江市一季度經濟開局良好\n發言人介紹,一季度全市經濟運行平穩。\n"
    doc = parse_text(text)
    assert not any(b.kind == "nav" for b in doc.boilerplate)


SPECIAL_WIRE = (
    "您的位置:东江网 > 国内 > 正文\n"
    "\n"
    "东江两会上的“减法”与百姓的“加法”(1)\n"
    "\n"
    "2019-03-06 08:15:02    东江网  评论(0)\n"
    "\n"
    "新华社东江3月7日新媒体专电 题:两会上的“减法”\n"
    "\n"
    "新华社“两会热点”记者\n"
    "\n"
    "减税费、减审批、减收费……东江市政府工作报告里的一系列“减法”赢得了代表们的掌声。\n"
    "\n"
    "这些“减法”背后,是百姓获得感的“加法”。\n"
    "\n"
    "以前出差一趟,话费要多花一百多元\n"
    "\n"
    "“以前每次出差,话费都比平时多不少。”代表王某说。\n"
)


def test_a_special_wire_dateline_outranks_the_site_beside_the_date() -> None:
    doc = parse_text(SPECIAL_WIRE)
    assert doc.title == "东江两会上的“减法”与百姓的“加法”(1)"
    assert doc.source == "新华社"


def test_an_outlets_reporters_with_a_quoted_column_are_a_byline_not_a_heading() -> None:
    doc = parse_text(SPECIAL_WIRE)
    assert [s.heading for s in doc.sections] == [None, "以前出差一趟,话费要多花一百多元"]
    assert any(b.text == "新华社“两会热点”记者" for b in doc.boilerplate)
    assert chrome.chrome_kind("新华社“两会热点”记者") == "byline"
    assert chrome.chrome_kind("新华社“两会热点”记者说,今年的报告很实在") is None


YEARLESS = (
    "东江新闻 > 要闻 > 正文\n"
    "东江市两会前瞻:民生议题最受关注\n"
    "03-02 08:12:40 来源:东江新闻\n"
    "\n"
    "东江新闻网消息,东江市两会即将开幕,民生议题再次成为代表委员关注的焦点。\n"
    "\n"
    "东江新闻梳理了近三年的议案发现,涉及教育、医疗的议案占了一半以上。\n"
)


def test_a_day_and_time_without_year_before_the_source_field_is_a_meta_line() -> None:
    doc = parse_text(YEARLESS)
    assert doc.title == "东江市两会前瞻:民生议题最受关注"
    assert doc.date is None  # no year: no date
    assert doc.subtitle is None
    assert any(b.kind == "meta" and b.text.startswith("03-02") for b in doc.boilerplate)


def test_an_outlet_over_its_own_website_when_both_name_it() -> None:
    assert parse_text(YEARLESS).source == "东江新闻"
    other = YEARLESS.replace("来源:东江新闻", "来源:西江日报")
    assert parse_text(other).source == "东江新闻网"  # another outlet in the field: the dateline stands


def test_the_paragraphs_stay_paragraphs() -> None:
    doc = parse_text(YEARLESS)
    assert all(b.kind == BlockKind.paragraph for s in doc.sections for b in s.blocks)


QUOTED_SUBHEAD = (
    "“时间不多,我们直奔主题。”东江市长王某在记者会上落座时说。这是他任市长以来的第三次记者会,"
    "两个小时里回答了十五个问题。\n"
    "“你很有耐心,一直用中文提问”\n"
    "提问的外国记者共六人,话题涉及贸易、就业等。\n"
    "“我的中文不够好,抱歉。”\n"
    "一位外国记者用中文提问后,王某称赞他:“你很有耐心,一直用中文提问。”\n"
    "用“长跑”比喻东江经济\n"
    "“东江的经济像长跑,不在一时快慢。”王某说。\n"
)


def test_a_quoted_phrase_that_its_section_quotes_again_is_a_subhead() -> None:
    doc = parse_text(QUOTED_SUBHEAD)
    assert [s.heading for s in doc.sections] == ["“你很有耐心,一直用中文提问”", "用“长跑”比喻东江经济"]


def test_a_quoted_phrase_that_nothing_under_it_takes_up_is_no_heading() -> None:
    text = QUOTED_SUBHEAD.replace("王某称赞他:“你很有耐心,一直用中文提问。”", "王某称赞了他。")
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "用“长跑”比喻东江经济"]


def test_a_quoted_sentence_is_no_heading_even_when_repeated() -> None:
    text = QUOTED_SUBHEAD.replace("我的中文不够好,抱歉。", "你很有耐心,一直用中文提问。")
    headings = [s.heading for s in parse_text(text).sections]
    assert "“你很有耐心,一直用中文提问。”" not in headings


GLOSSED_HEADS = (
    "10月20日,東江市政府新聞辦舉行新聞發布會,市統計局局長王某介紹前三季度全市經濟運行情況,並答記者問。"
    "王某表示,前三季度全市經濟持續恢復,發展質量穩步提升。\n"
    "前三季度東江市地區生產總值同比增長6.1%\n"
    "王某介紹,初步核算,前三季度全市地區生產總值3120億元,同比增長6.1%。\n"
    "前三季度東江製(zhì)造業(yè)轉(zhuǎn)型扎實推(tuī)進 服務(wù)業(yè)質(zhì)量提升\n"
    "王某表示,從前三季度的數據來看,全市製造業轉型扎實推進,服務業質量穩步提升。\n"
)


def test_a_heading_glossed_with_pinyin_is_measured_by_its_words_not_its_glosses() -> None:
    doc = parse_text(GLOSSED_HEADS)
    assert [s.heading for s in doc.sections] == [
        "前三季度東江市地區生產總值同比增長6.1%",
        "前三季度東江製(zhì)造業(yè)轉(zhuǎn)型扎實推(tuī)進 服務(wù)業(yè)質(zhì)量提升",
    ]


def test_a_long_line_without_glosses_is_still_too_long_for_a_heading() -> None:
    long_line = (
        "前三季度东江制造业转型扎实推进服务业质量稳步提升消费市场持续回暖外贸进出口平稳增长就业形势总体稳定"
    )
    doc = parse_text(GLOSSED_HEADS.replace(GLOSSED_HEADS.splitlines()[3], long_line))
    assert long_line not in [s.heading for s in doc.sections]


ROSTER = (
    "3月9日,随着市文旅局局长回答完记者提问,今年东江市两会的三场“局长通道”采访活动结束。\n"
    "今年共有十一位部门负责人在“局长通道”回答了记者提问。\n"
    "变化一\n"
    "“局长通道”回到会场大厅\n"
    "前两年,“局长通道”改在新闻发布厅举行,今年回到了会场大厅。\n"
    "从3月3日至3月9日,大会期间共举行了三场“局长通道”,比去年多了两位局长,共回答了二十个问题。\n"
    "3月3日第一场“局长通道”\n"
    "东江市科技局局长王某某\n"
    "东江市水务局局长李某\n"
    "东江市农业农村局局长赵某某\n"
    "3月6日第二场“局长通道”\n"
    "东江市工信局局长钱某\n"
    "东江市民政局局长孙某某\n"
    "东江市海关关长周某\n"
)


def test_a_roster_after_the_text_is_the_articles_list_under_its_titles() -> None:
    doc = parse_text(ROSTER)
    headings = [s.heading for s in doc.sections]
    assert headings == [
        None,
        "变化一",
        "“局长通道”回到会场大厅",
        "3月3日第一场“局长通道”",
        "3月6日第二场“局长通道”",
    ]
    assert not any(b.kind == "footer" for b in doc.boilerplate)
    assert [b.text for b in doc.sections[3].blocks] == [
        "东江市科技局局长王某某",
        "东江市水务局局长李某",
        "东江市农业农村局局长赵某某",
    ]


def test_short_lines_after_the_text_that_name_nobody_are_still_a_footer() -> None:
    text = ROSTER.split("3月3日第一场")[0] + "我们的准则\n关于我们\n联系我们\n"
    doc = parse_text(text)
    assert sum(1 for b in doc.boilerplate if b.kind == "footer") == 3


def test_one_speaker_over_his_claim_is_still_a_heading() -> None:
    text = (
        "3月5日,东江市两会首场“局长通道”开启,多位局长接受了采访。\n"
        "东江市科技局局长王某某\n"
        "今年要让更多科研成果走出实验室\n"
        "王某某说,今年全市将新建科研平台二十个,推动更多成果转化落地。\n"
        "东江市水务局局长李某\n"
        "确保全市群众喝上放心水\n"
        "李某说,今年将完成农村供水工程改造一百处。\n"
    )
    headings = [s.heading for s in parse_text(text).sections]
    assert "东江市科技局局长王某某" in headings and "东江市水务局局长李某" in headings


GLOSSED_HEADLINE = (
    "東江(dōng)市(shì)前三季(jì)度(dù)經(jīng)濟(jì)運(yùn)行(xíng)"
    "穩(wěn)中(zhōng)向(xiàng)好(hǎo) 發(fā)展(zhǎn)質(zhì)量(liàng)持續(xù)提升\n"
    "——訪東江市統計局局長王某\n"
    "2023年10月20日 10:30 來源:東江網\n"
    "東江網10月20日訊 東江市政府新聞辦今日舉行新聞發布會,介紹前三季度全市經濟運行情況。\n"
    "前三季度,全市地區生產總值同比增長百分之六,就業形勢總體穩定。\n"
)


def test_a_headline_glossed_with_pinyin_is_still_the_headline() -> None:
    doc = parse_text(GLOSSED_HEADLINE)
    assert doc.title is not None and doc.title.startswith("東江(dōng)市(shì)前三季")
    assert doc.date is not None and doc.date.startswith("2023-10-20")
    assert doc.source == "東江網"
    assert doc.subtitle == "——訪東江市統計局局長王某"


def test_a_short_paragraph_signed_by_its_reporters_is_no_headline_under_the_date_line() -> None:
    text = "2022年03月08日 10:15 新華社\n東江市衛生健康委負責人7日說,全市去年新增床位三千張。(記者王某)\n"
    doc = parse_text(text)
    assert doc.title == "2022年03月08日 10:15 新華社"
    assert doc.sections[0].blocks[0].text.startswith("東江市衛生健康委")


def test_a_headline_with_a_bracket_under_the_date_line_is_still_the_headline() -> None:
    text = "2022年03月08日 10:15 新華社\n東江市去年新增床位三千張(圖)\n東江市衛生健康委負責人7日說,全市去年新增床位三千張。\n"
    assert parse_text(text).title == "東江市去年新增床位三千張(圖)"
