"""The classes that a tenth round of real pages showed, each with its look-alikes.

A compilation of officials' remarks headed by their labels (``某某部部长王某：`` over his paragraphs); a
caption in brackets that names its picture's source after a comma; a desk's label in black brackets
(``【要闻】``) under the headline and a box's label (``【相关报道】``) in the text, also when the page ends on
it; a digest's numbered item with a question inside (``NO.5 …？称…``); a character the page could not
decode (``谈?wù``) asks nothing; a later page of a story under its date line (``三、…``); an e-paper's page
whose story's headline stands over its byline below the page's tools; a date that drops 日 before its
weekday; the outlet that conducts an interview as its source; a byline ``文/某某报记者 王某``; ``第二是…`` as a
point. The snippets are invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core import chrome
from tui.core.document import parse_text
from tui.core.meta import find_date
from tui.core.model import BlockKind

COMPILATION = (
    "冬季攻坚 听五位厅长谈民生\n\n"
    "　　岁末将至，各地民生工作进入冲刺阶段。如何稳住就业？如何保障供暖？\n\n"
    "　　围绕这些问题，本网近日采访了五位厅局负责人。\n\n"
    "　　东江省人力资源社会保障厅厅长林某某：\n\n"
    "　　今年全省城镇新增就业人数超过四十万人，高校毕业生去向落实率保持稳定。\n\n"
    "　　明年将继续扩大公益性岗位规模，兜住困难群体就业底线。\n\n"
    "　　东江省住房城乡建设厅厅长周某：\n\n"
    "　　全省供暖季已经全面启动，老旧管网改造完成三百余公里。\n\n"
    "　　东江省民政厅副厅长郑某某：\n\n"
    "　　低保标准连续五年提高，城乡低保对象应保尽保。\n\n"
    "　　东江省交通运输厅厅长韩某：\n\n"
    "　　农村公路新改建里程稳步增加，群众出行更加便利。\n"
)


def test_officials_labels_head_a_compilation_of_their_remarks() -> None:
    doc = parse_text(COMPILATION)
    assert [s.heading for s in doc.sections] == [
        None,
        "东江省人力资源社会保障厅厅长林某某：",
        "东江省住房城乡建设厅厅长周某：",
        "东江省民政厅副厅长郑某某：",
        "东江省交通运输厅厅长韩某：",
    ]
    assert [len(s.blocks) for s in doc.sections[1:]] == [2, 1, 1, 1]
    assert not any(b.kind == "speaker" for b in doc.boilerplate)


def test_a_transcript_whose_labels_come_back_keeps_them_as_labels() -> None:
    text = (
        "东江省供暖保障情况发布会实录\n\n"
        "东江省住房城乡建设厅厅长周某：\n\n"
        "全省供暖季已经全面启动，老旧管网改造完成三百余公里。\n\n"
        "东江省民政厅副厅长郑某某：\n\n"
        "困难群众的取暖补贴已经发放到位。\n\n"
        "东江省住房城乡建设厅厅长周某：\n\n"
        "我再补充一点，供热投诉热线全天有人值守。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None]
    assert sum(1 for b in doc.boilerplate if b.kind == "speaker") == 3


def test_a_press_conference_cut_before_its_questions_keeps_host_and_spokesman_labels() -> None:
    text = (
        "东江省一季度经济运行情况发布会\n\n"
        "东江省政府新闻办新闻发言人王某某：\n\n"
        "各位记者朋友，上午好。今天我们邀请到省统计局的负责同志介绍一季度经济运行情况。\n\n"
        "东江省统计局局长、新闻发言人李某：\n\n"
        "一季度全省地区生产总值同比增长百分之五点六，开局总体平稳。\n\n"
        "东江省统计局副局长赵某某：\n\n"
        "下面我补充介绍工业生产的情况。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None]


def test_a_bracketed_caption_naming_its_pictures_source_is_a_caption() -> None:
    assert chrome.is_caption("(东江日报记者现场提问图,图片来自东江网)")
    assert chrome.is_caption("(发布会现场照片,来源:东江省政府网)")
    text = (
        "东江省商务厅回应外贸热点问题\n\n"
        "　　3月2日，东江省政府新闻办举行新闻发布会。\n\n"
        "（东江日报记者现场提问图，图片来自东江网）\n\n"
        "　　省商务厅负责人表示，今年全省外贸有望保持平稳增长。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None]
    assert any(b.kind == "caption" for b in doc.boilerplate)


def test_a_bracketed_line_with_a_comma_that_is_no_caption_stays_text() -> None:
    assert not chrome.is_caption("(一季度全省进出口增长较快,民营企业贡献突出)")
    assert not chrome.is_caption("(图表显示,出口增速来自机电产品)")


DIGEST = (
    "东江早报精选_东江：一季度经济开局平稳\n\n"
    "　　【政务要闻】\n\n"
    "　　NO.1  东江省长：全力稳住外贸基本盘\n\n"
    "　　东江省长在全省外贸工作会议上表示，要加大对中小外贸企业的支持力度。\n\n"
    "　　【企业动态】\n\n"
    "　　NO.2  某连锁超市被指价签不符 商品少称五十克？门店称系失误\n\n"
    "　　近日有顾客反映，某连锁超市门店的散装商品分量不足。\n\n"
    "　　【相关报道】\n\n"
    "　　东江市场监管部门开展计量专项检查，三家门店被责令整改\n\n"
    "　　NO.3  东江港一季度集装箱吞吐量创新高\n\n"
    "　　东江港集团披露，一季度集装箱吞吐量同比增长一成。\n"
)


def test_a_digest_keeps_its_desk_labels_items_and_box_labels_as_headings() -> None:
    doc = parse_text(DIGEST)
    assert doc.title == "东江早报精选_东江：一季度经济开局平稳"
    assert [s.heading for s in doc.sections] == [
        "【政务要闻】",
        "NO.1  东江省长：全力稳住外贸基本盘",
        "【企业动态】",
        "NO.2  某连锁超市被指价签不符 商品少称五十克？门店称系失误",
        "【相关报道】",
        "NO.3  东江港一季度集装箱吞吐量创新高",
    ]


def test_a_box_label_that_ends_the_page_is_its_last_heading() -> None:
    text = (
        "[王某]關於大會的採訪安排,我們將在開幕前公佈詳細日程,歡迎各位記者報名採訪,今年報名的記者已超過兩千人。\n"
        "大會期間還將安排多場記者會,邀請有關部門負責人介紹情況,並回答記者提問。\n"
        "【今日熱點推薦】\n"
    )
    doc = parse_text(text)
    assert doc.title is not None and doc.title.startswith("[王某]")
    assert [s.heading for s in doc.sections] == [None, "【今日熱點推薦】"]


def test_buttons_in_black_brackets_stay_chrome() -> None:
    assert chrome.chrome_kind("【纠错】") == "chrome"
    assert chrome.chrome_kind("【打印本页】") == "chrome"
    assert chrome.chrome_kind("【相关报道】") is None
    assert chrome.chrome_kind("相关报道") == "chrome"  # a plain related-links label stays the page's


def test_a_numbered_line_that_is_a_question_is_still_no_heading_outside_a_digest() -> None:
    text = (
        "东江省就业工作答问\n\n"
        "1. 今年的就业目标能否完成？稳岗政策如何落实\n\n"
        "今年全省城镇新增就业目标能够完成。\n"
    )
    assert [s.heading for s in parse_text(text).sections] == [None]


def test_a_lost_character_asks_nothing_so_a_speakers_first_words_name_the_page() -> None:
    text = (
        "[王某]大會期間將邀請有關部門負責人介紹情況,並請部分代表談?wù)劼男新氊煹捏w會,"
        "相關信息將通過網絡和短信及時發布。\n"
        "今年報名採訪的記者超過兩千人。\n"
        "大會新聞中心設在東江賓館。\n"
    )
    doc = parse_text(text)
    assert doc.title is not None and doc.title.startswith("[王某]")


def test_a_speakers_real_question_as_first_line_is_the_title_of_a_page_without_one() -> None:
    text = "[王某]大會的採訪安排大家關心嗎?我們將及時發布。\n今年報名採訪的記者超過兩千人。\n大會新聞中心設在東江賓館。\n"
    assert parse_text(text).title == "[王某]大會的採訪安排大家關心嗎?我們將及時發布。"


LATER_PAGE = (
    "2019-03-11 来源:东江电视台\n"
    "二、王某某：宁可省里紧一点 也要保障基层运转\n"
    "省财政厅厅长王某某表示，今年省级财政进一步加大对县区的转移支付力度，安排县级财力补助资金一百二十亿元。\n"
    "省财政厅厅长 王某某:这些资金比去年都有明显增加。\n"
    "编辑:李某\n"
)


def test_a_later_page_under_its_date_line_has_no_headline() -> None:
    doc = parse_text(LATER_PAGE)
    assert doc.title == "2019-03-11 来源:东江电视台"
    assert doc.date == "2019-03-11"
    assert [s.heading for s in doc.sections] == ["二、王某某：宁可省里紧一点 也要保障基层运转"]


def test_a_headline_under_its_date_line_is_still_the_title() -> None:
    text = LATER_PAGE.replace("二、王某某：", "王某某：")
    doc = parse_text(text)
    assert doc.title == "王某某：宁可省里紧一点 也要保障基层运转"


EPAPER = (
    "东江晚报数字报纸\n\n"
    "2019年3月11星期一\n"
    "国内统一刊号:CN99-0001\n\n"
    "东江晚报两会特刊 委员通道里的民生话题 代表建议:加快老旧小区改造 厅长谈就业:稳岗扩岗并举 "
    "农业厅长:确保粮食稳产 两会现场速写 代表委员热议营商环境\n\n"
    "按日期检索\n\n"
    "上一期\n下一期\n\n"
    "东江晚报\n\n"
    "电子报刊阅读器\n"
    "我给版面打分\n\n"
    "1分   2分   3分   4分   5分  \n\n"
    "本版得分:0.0参与评分人数:0\n\n"
    "放大 缩小 默认\n\n"
    "委员通道里的民生话题\n\n"
    "□ 东江日报记者 王某 李某某\n\n"
    "3月10日,东江省政协会议举行第二次全体会议,委员通道再次向媒体开放,十多位委员接受了采访。\n\n"
    "委员们谈到的话题,大多与群众的日常生活相关。\n"
)


def test_an_e_papers_story_headline_is_the_line_over_its_byline() -> None:
    doc = parse_text(EPAPER)
    assert doc.title == "委员通道里的民生话题"
    assert doc.date == "2019-03-11"
    assert doc.source == "东江日报"
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text[:6] for _, b in doc.blocks()] == ["3月10日,", "委员们谈到的"]


def test_a_paper_whose_byline_stands_in_its_body_keeps_its_headline_on_top() -> None:
    text = (
        "东江晚报\n\n"
        "全省春耕生产有序推进\n\n"
        "眼下正值春耕时节,全省各地抢抓农时,确保粮食播种面积稳定在四千万亩以上。\n\n"
        "各地农技人员深入田间地头指导生产。\n\n"
        "省农业农村厅负责人介绍春耕物资供应情况\n\n"
        "□ 东江日报记者 王某\n\n"
        "化肥、种子等农资储备充足,价格总体平稳。\n"
    )
    assert parse_text(text).title == "全省春耕生产有序推进"


def test_a_date_that_drops_its_day_mark_before_the_weekday_is_read() -> None:
    found = find_date("2019年3月11星期一")
    assert found is not None and found[0] == "2019-03-11"
    assert find_date("2019年3月11") is None  # a number after the month with no weekday is no day


def test_the_outlet_that_asks_its_guest_writes_the_interview() -> None:
    text = (
        "下半年经济怎么走？王某：稳住内需是关键\n\n"
        "　　今日，东江大学经济学院院长王某接受了东江网的专访。\n\n"
        "　　东江网：王院长您好，您如何看待上半年的经济数据？\n\n"
        "　　王某：上半年经济承压前行，二季度增速有所放缓。\n\n"
        "　　东江网：下半年应该从哪些方面发力？\n\n"
        "　　王某：关键是稳住内需，尤其是居民消费。\n"
    )
    assert parse_text(text).source == "东江网"


def test_an_interview_that_the_lead_credits_to_an_outlets_reporter_is_that_outlets() -> None:
    text = (
        "一季度外贸增速超预期\n\n"
        "　　东江省外贸学会副会长赵某接受东江财经记者采访时表示，外贸韧性较强，全年有望平稳增长。\n\n"
        "　　赵某对东江财经记者称，东盟市场的拉动作用正在显现。\n"
    )
    assert parse_text(text).source == "东江财经"


def test_one_reporters_question_at_a_press_conference_names_no_writer() -> None:
    text = (
        "东江省商务厅回应外贸热点\n\n"
        "　　3月1日，东江省政府新闻办举行新闻发布会。\n\n"
        "　　东江日报记者现场提问：RCEP生效后，东江与东盟的经贸往来有何新变化？\n\n"
        "　　省商务厅副厅长孙某回应表示，双边贸易规模进一步扩大。\n"
    )
    assert parse_text(text).source is None


def test_a_byline_with_a_slash_after_wen_names_its_paper() -> None:
    found = chrome.credit("文/东江青年报记者 王某")
    assert found is not None and found.source == "东江青年报" and found.authors == ("王某",)
    text = (
        "东江省政府工作报告解读：增长目标定在百分之六左右\n\n"
        "　　1月15日下午，东江省政府新闻办举行吹风会，解读政府工作报告。\n\n"
        "　　省政府研究室副主任钱某介绍，目标的设定考虑了稳就业的需要。\n\n"
        "　　文/东江青年报记者 王某\n"
    )
    assert parse_text(text).source == "东江青年报"


def test_di_er_shi_opens_a_point() -> None:
    text = (
        "东江省增长目标解读\n\n"
        "　　省政府研究室副主任钱某介绍，目标的设定首先是考虑了稳就业的需要。\n\n"
        "　　第二是考虑了近两年全省的平均增速，与五年规划的目标相衔接。\n\n"
        "　　钱某表示，实现这一目标需要付出艰苦努力。\n"
    )
    doc = parse_text(text)
    assert [b.kind for _, b in doc.blocks()] == [BlockKind.paragraph, BlockKind.point, BlockKind.paragraph]


def test_a_papers_headline_deck_and_byline_at_the_top_keep_the_headline() -> None:
    text = (
        "东江晚报\n\n"
        "全省春耕生产有序推进\n\n"
        "——农资储备充足价格平稳\n\n"
        "□ 东江日报记者 王某\n\n"
        "眼下正值春耕时节,全省各地抢抓农时,确保粮食播种面积稳定在四千万亩以上。\n\n"
        "各地农技人员深入田间地头指导生产。\n"
    )
    assert parse_text(text).title == "全省春耕生产有序推进"


def test_a_government_portal_beside_another_name_in_the_source_field_carries_it() -> None:
    body = "\n東江省財政廳負責人就今年財政收支情況答記者問,介紹了全省財政收入增長的情況。\n全年財政收入完成預算。\n"
    for field in ("來源:東江網/東江省政府網", "來源:東江省政府網/東江網"):
        doc = parse_text("東江省財政收支情況答記者問\n" + field + " 編輯:王某" + body)
        assert (doc.source, doc.site) == ("東江網", "東江省政府網"), field


def test_two_names_in_the_source_field_without_a_government_portal_keep_the_last() -> None:
    doc = parse_text(
        "東江省財政收支情況答記者問\n來源:東江網/東江日報\n" + "全省財政收入完成預算,支出結構持續優化。\n"
    )
    assert doc.source == "東江日報"
