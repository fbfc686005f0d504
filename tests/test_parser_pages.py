"""Portal and e-paper pages as readers save them, each class with its look-alikes.

A page's furniture (buttons, switches, a channel's name alone, a row of sister sites, an e-paper's page
label, the group that runs the paper, the page's list of titles) is never the title nor a heading; a
headline that carries its date is a headline, not a date line; the headline over its deck (``就…``); the
lines over a breadcrumb are the site's; a caption run into its photographers; a byline with a bar or an
outlet's reporters unnamed; a sentence cut off by the page is no footer; a disclaimer broken before its
first cue. The snippets are invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text
from tui.core.model import Document
from tui.core.widgets import site_row, widget_line

TITLE = "东江市一季度外贸进出口稳中有升"
BODY = (
    "　　4月12日，东江市政府新闻办举行发布会，市商务局负责人介绍一季度全市外贸运行情况。\n\n"
    "　　一季度，全市货物贸易进出口总值同比增长4.6%，其中出口增长6.1%，好于全省平均水平。\n\n"
)


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


# A page's furniture ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "打印 收藏 朗读  更多功能",
        "1上一篇  下一篇2",
        "上一期  下一期",
        "继续阅读(剩余:72.15%)",
        "小字号",
        "南江切换",
        "要闻",
        "推广",
        "新闻",
    ],
)
def test_widget_lines(line: str) -> None:
    assert widget_line(line)


@pytest.mark.parametrize(
    "line", ["新旧动能切换", "分享经济", "新闻背景", "热点问题", "新闻发布会", "评论员文章", "关闭落后产能"]
)
def test_lines_that_say_something_with_a_widgets_word_are_no_widgets(line: str) -> None:
    assert not widget_line(line)


def test_a_row_of_sister_sites_and_a_headline_in_phrases() -> None:
    assert site_row("某浪 WeiBo 9527 某某房产 某狗")
    assert not site_row("稳增长 调结构 惠民生 防风险")


@pytest.mark.parametrize(
    "clutter",
    [
        "南江切换\n要闻\n",
        "推广\n小字号\n",
        "某浪网站\n某浪 WeiBo 9527 某某房产 某狗\n某浪新闻-某浪网站\n",
    ],
)
@pytest.mark.parametrize("meta", ["2024-04-12 16:05 来源：东江日报\n", ""])
def test_furniture_over_the_headline_is_no_title(clutter: str, meta: str) -> None:
    doc = parse_text(clutter + TITLE + "\n" + meta + BODY)
    assert doc.title == TITLE
    assert _headings(doc) == [None]


def test_an_e_paper_page() -> None:
    page = (
        "图片\n图片 图片\n第B0003版:东江·经济\n5  6\nPDF 版\n· " + TITLE + "\n打印 收藏  更多功能\n"
        "版面导航 | 返回首页 | 标题导航\n上一期  下一期\n东江日报报业集团主办\n1上一篇  下一篇2\n"
        "2024年4月13日     打印 朗读 收藏 评论 推荐\n" + TITLE + "\n市商务局负责人答记者问\n"
    )
    doc = parse_text(page + BODY)
    assert doc.title == TITLE
    assert doc.subtitle == "市商务局负责人答记者问"
    assert doc.date == "2024-04-13"
    assert _headings(doc) == [None]
    assert [b.text[:4] for _, b in doc.blocks()] == ["4月12", "一季度，"]


def test_an_e_paper_page_label_dates_the_issue() -> None:
    doc = parse_text("2025年11月26日 星期三\n" + TITLE + "\n第12版:经济观察 2024-04-13\n\n" + BODY)
    assert doc.title == TITLE
    assert doc.date == "2024-04-13"


def test_widgets_on_the_date_line_leave_the_outlet() -> None:
    doc = parse_text(TITLE + "\n2024-04-12 16:05 东江新闻网阅读 (2371) 扫描到手机\n" + BODY)
    assert doc.date == "2024-04-12T16:05"
    assert doc.source == "东江新闻网"


def test_a_paywalls_widget_in_the_body_is_no_heading() -> None:
    doc = parse_text(
        TITLE + "\n" + BODY + "继续阅读(剩余:72.15%)\n\n版面编辑:钱某\n\n外贸主体活力增强\n\n" + BODY
    )
    assert _headings(doc) == [None, "外贸主体活力增强"]


# A headline that carries its date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    ["东江市商务局举行例行发布会（2024年4月12日）", "2024年4月12日东江市长答记者问实录"],
)
@pytest.mark.parametrize("above", ["", "当前位置：首页 > 时政\n"])
def test_a_headline_with_its_date_is_the_title_not_a_date_line(headline: str, above: str) -> None:
    doc = parse_text(above + headline + "\n" + BODY)
    assert doc.title == headline
    assert doc.date == "2024-04-12"  # no line dates the page: the day its title names


@pytest.mark.parametrize(
    "line",
    [
        "2024-04-12 东江日报",
        "政务   2024-04-12 11:05   东江",
        "2024年4月12日市商务局发言人钱某",
        "2024-04-12 10:00 东江市人民政府门户网站",
        "2024-04-12 10:00 东江市融媒体中心",
        "2024-04-12 10:00 东江新闻客户端",
        "2024-04-12 10:00 东江市商务局新闻发言人",
        "2024-04-12 10:00 东江日报全媒体记者",
    ],
)
def test_a_date_line_that_names_an_outlet_a_place_or_a_person_stays_one(line: str) -> None:
    doc = parse_text(TITLE + "\n" + line + "\n" + BODY)
    assert doc.title == TITLE
    assert doc.date is not None and doc.date.startswith("2024-04-12")


# The headline over its deck ---------------------------------------------------------------------------


def test_the_headline_over_a_deck_that_only_says_what_it_is_about() -> None:
    doc = parse_text(
        "东江市长接受东江日报专访\n就今年经济形势和下一步工作\n2024-04-12 来源：东江日报\n" + BODY
    )
    assert doc.title == "东江市长接受东江日报专访"
    assert doc.subtitle == "就今年经济形势和下一步工作"


@pytest.mark.parametrize(
    "second", ["就一季度外贸形势答记者问", "东江市一季度外贸进出口稳中有升"]
)  # a frame closed, a headline of its own
def test_a_second_line_that_is_a_headline_is_the_title(second: str) -> None:
    doc = parse_text("东江新闻网首页\n" + second + "\n2024-04-12 来源：东江日报\n" + BODY)
    assert doc.title == second


# Captions, bylines, footers, disclaimers ---------------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "市商务局局长钱某答记者问 摄影 李某 赵某某",
        "会场一角。本报特派记者 周某某 摄",
    ],
)
def test_a_caption_run_into_its_credit_is_no_heading(caption: str) -> None:
    doc = parse_text(TITLE + "\n" + caption + "\n" + caption + "\n" + BODY)
    assert _headings(doc) == [None]
    assert [b.kind for b in doc.boilerplate] == ["caption", "caption"]


def test_a_sentence_about_photography_is_content() -> None:
    line = "全市共举办摄影展览12场，吸引观众3万人次。"
    doc = parse_text(TITLE + "\n" + BODY + line + "\n")
    assert [b.text for _, b in doc.blocks()][-1] == line


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("东江城市报 | 记者 钱某", "东江城市报"),
        ("东方社记者", "东方社"),
        ("东江城市报丨记者 钱某 李某", "东江城市报"),
    ],
)
def test_a_byline_with_a_bar_or_unnamed_is_attribution(byline: str, source: str) -> None:
    doc = parse_text(TITLE + "\n" + byline + "\n" + BODY + "市场主体活力增强\n\n" + BODY)
    assert doc.source == source
    assert _headings(doc) == [None, "市场主体活力增强"]


def test_an_outlets_reporter_asking_is_still_a_turn() -> None:
    doc = parse_text(
        TITLE + "\n" + BODY + "东方社记者：外贸下一步怎么走？\n钱某：我们将继续稳住外贸基本盘。\n"
    )
    assert [b.kind.value for _, b in doc.blocks()][-2:] == ["question", "answer"]


def test_a_sentence_cut_off_by_the_page_is_no_footer() -> None:
    doc = parse_text(TITLE + "\n" + BODY + "外贸主体活力增强\n\n“数字最能说明问题，从2020年到2023年，全市\n")
    assert _headings(doc) == [None, "外贸主体活力增强"]


def test_a_disclaimer_broken_before_its_first_cue() -> None:
    doc = parse_text(
        TITLE + "\n" + BODY + "“东江在线”刊载的文章、图片等内容，部分来源于自媒\n"
        "体作者或其他网站转载，如有侵权请与本网联系。\n"
    )
    assert [b.text[:4] for _, b in doc.blocks()] == ["4月12", "一季度，"]
    assert [b.kind for b in doc.boilerplate][-2:] == ["disclaimer", "disclaimer"]


# A date over three lines, a print headline's stack over the web headline repeated ------------------------


def test_a_date_a_widget_prints_over_lines() -> None:
    doc = parse_text("南江切换\n新闻\n市商务会议|" + TITLE + "\n2024\n04/12\n16:05\n\n" + BODY)
    assert doc.title == "市商务会议|" + TITLE
    assert doc.date == "2024-04-12"
    assert _headings(doc) == [None]


def test_a_year_alone_over_a_paragraph_is_no_date() -> None:
    doc = parse_text(TITLE + "\n2024\n" + BODY)
    assert doc.date is None


def test_a_print_headlines_stack_over_the_web_headline_repeated() -> None:
    doc = parse_text(
        "南江开放日，欢迎来南江\n南江新闻网  发布时间:2024-03-08 09:08\n"
        "南江团开放日，代表团向中外媒体发出邀请：\n欢迎大家春天来南江\n媒体追问热点代表真诚作答\n"
        "南江开放日，欢迎来南江\n" + BODY + "媒体追问热点代表真诚作答\n\n" + BODY
    )
    assert doc.kicker == "南江团开放日，代表团向中外媒体发出邀请："
    assert _headings(doc) == [None, "媒体追问热点代表真诚作答"]


# Questions put in a report ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "asker"),
    [
        ("“今年南江会以怎样的面貌迎接客商？”东江日报记者第一个提问，把问题抛给了钱某代表。", "东江日报记者"),
        ("“这份报纸您看过吗？”第一次见面，记者提出了编辑部都关心的问题。", "记者"),
    ],
)
def test_a_quoted_question_that_a_reporter_put(line: str, asker: str) -> None:
    doc = parse_text(TITLE + "\n" + BODY + line + "\n“看过，每天都看。”钱某笑着说。\n")
    questions = [b for _, b in doc.blocks() if b.kind.value == "question"]
    assert [(b.text, b.speaker) for b in questions] == [(line, asker)]


@pytest.mark.parametrize(
    "line",
    [
        "“销量是不是特别大？”钱某问。",  # the interviewee asks
        "“您觉得办得怎么样？”记者问。“办得好！”钱某说。",  # the answer follows in the paragraph
    ],
)
def test_a_quoted_question_the_reporter_does_not_put_alone(line: str) -> None:
    doc = parse_text(TITLE + "\n" + BODY + line + "\n下一步，将继续加大投入力度。\n")
    assert all(b.kind.value != "question" for _, b in doc.blocks())


def test_a_reporters_question_stated_last_before_its_reported_answer() -> None:
    asked = "发布会进入答问环节，境外媒体先提问。某国记者问及外贸遇到的突出困难等。"
    answer = "钱某表示，一是外需恢复偏慢，二是成本上升。"
    doc = parse_text(TITLE + "\n" + BODY + asked + "\n" + answer + "\n")
    assert [(b.kind.value, b.speaker) for _, b in doc.blocks()][-2:] == [
        ("question", "某国记者"),
        ("paragraph", "钱某"),
    ]
    doc = parse_text(TITLE + "\n" + BODY + asked + "\n下一步，将继续加大投入力度。\n")
    assert all(b.kind.value != "question" for _, b in doc.blocks())  # no answer reported: narration


def test_a_paragraph_of_its_own_that_begins_with_first_is_a_point() -> None:
    doc = parse_text(
        TITLE
        + "\n"
        + BODY
        + "市政府新闻办 钱某：\n\n女士们、先生们，上午好。\n\n首先，请李某先生介绍情况。\n"
    )
    assert [b.kind.value for _, b in doc.blocks()][-1] == "point"
    doc = parse_text(TITLE + "\n" + BODY + "钱某：首先，感谢各位记者朋友。\n\n记者：全年目标能否完成？\n")
    assert [b.kind.value for _, b in doc.blocks()][-2:] == ["answer", "question"]


def test_a_caption_with_a_star_cut_over_two_lines_is_no_heading() -> None:
    doc = parse_text(
        TITLE + "\n★4月11日上午，在赴南江参加洽谈会的高铁上，市商务局局长、市贸促会会长钱\n"
        "某和企业代表交谈，本报记者拍下了这个场面。\n" + BODY
    )
    assert _headings(doc) == [None]


# The headline worded another way, an outlet that reports in its own name, a bilingual header --------------


def test_the_headline_worded_another_way_under_the_original_title() -> None:
    doc = parse_text(
        "您的位置：首页 » 要闻 » 正文\n南江观察:首场招商推介会 新老企业齐亮相 首现直播签约\n"
        "发布日期:2024-03-03  来源:某易\n(原标题:南江首场“招商推介会”:新老企业齐亮相,首现直播签约)\n"
        "首场招商推介会:新老企业齐亮相 首现直播签约\n"
        + BODY
        + "东江新闻注意到，今年的推介会上新企业占了多数。\n"
        "新老企业齐亮相\n\n" + BODY
    )
    assert _headings(doc) == [None, "新老企业齐亮相"]
    assert doc.source == "东江新闻"


def test_a_section_heading_that_shares_a_phrase_with_the_headline_stays() -> None:
    doc = parse_text(
        "防范化解金融风险 市金融局：守住不发生系统性风险底线\n" + BODY + "风险防范：守住风险底线\n\n" + BODY
    )
    assert _headings(doc) == [None, "风险防范：守住风险底线"]


def test_a_sentence_naming_an_organisation_is_no_outlet() -> None:
    doc = parse_text(TITLE + "\n" + BODY + "市农业合作社了解到，今年订单增加了两成。\n")
    assert doc.source is None


def test_a_bilingual_header() -> None:
    doc = parse_text(
        "【双语】南江市政府例行记者会 / Nanjiang Regular Press Conference\n政务   2024-10-22 11:05   南江\n"
        "2024年10月21日市政府发言人钱某\n主持例行记者会\nSpokesperson Qian Mou's\n"
        "Regular Press Conference on October 21, 2024\n"
        "东江电视台记者：外贸下一步怎么走？\nEDTV: What comes next for foreign trade?\n"
        "钱某：我们将继续稳住外贸基本盘。\nQian Mou: We will keep foreign trade stable.\n"
    )
    assert doc.date == "2024-10-22T11:05"
    assert doc.subtitle == "主持例行记者会"
    assert _headings(doc) == [None]
    assert [b.kind.value for _, b in doc.blocks()] == ["question", "answer", "answer", "answer"]


# The paper a portal carries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "source", "site"),
    [
        ("来源：东江经济网――《东江日报》", "东江日报", "东江经济网"),
        ("2024-04-12 10:00 来源：东江经济网――《东江日报》", "东江日报", "东江经济网"),
        ("http://www.example.com 2024年04月12日 03:16 東江網-東江金融報", "東江金融報", "東江網"),
        ("2024年04月12日 03:16 南江网-南江晚报", "南江晚报", "南江网"),
    ],
)
@pytest.mark.parametrize("where", ["over", "under"])
def test_a_portal_and_the_paper_it_carries(line: str, source: str, site: str, where: str) -> None:
    text = TITLE + "\n" + line + "\n" + BODY if where == "over" else TITLE + "\n" + BODY + line + "\n"
    doc = parse_text(text)
    assert (doc.source, doc.site) == (source, site)


@pytest.mark.parametrize("masthead", ["香港東江報", "南江報", "大公報"])
def test_a_short_papers_masthead_names_it(masthead: str) -> None:
    doc = parse_text(masthead + "\n" + TITLE + "\n本報記者 錢某\n" + BODY)
    assert doc.title == TITLE
    assert doc.source == masthead


@pytest.mark.parametrize("line", ["一季度外贸情况通报", "联合公报", "工作汇报"])
def test_a_kind_of_document_is_no_paper(line: str) -> None:
    doc = parse_text(line + "\n" + BODY)
    assert doc.title == line
    assert doc.source is None


# Dates and outlets run together with a page's words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "source"),
    [
        ("东江日报　2024年4月12日　第3版", "2024-04-12", "东江日报"),
        ("东江日报 | 2024-04-12 | 要闻", "2024-04-12", "东江日报"),
        ("来源：东江周刊2024-04-12", "2024-04-12", "东江周刊"),
        ("来源：东江日报（2024年4月12日）", "2024-04-12", "东江日报"),
        ("政务   2024-04-12 11:05   东江", "2024-04-12", None),
    ],
)
def test_a_date_lines_outlet_among_its_other_words(line: str, date: str, source: str | None) -> None:
    doc = parse_text(TITLE + "\n" + line + "\n" + BODY)
    assert (doc.date or "")[:10] == date
    assert doc.source == source


@pytest.mark.parametrize("line", ["来源：东江周刊2024-04-12", "（来源：东江日报2024年4月12日）"])
def test_a_source_line_under_the_text_without_its_date(line: str) -> None:
    assert parse_text(TITLE + "\n" + BODY + line + "\n").source == line.strip("（）")[3:7]


def test_the_headline_after_a_columns_bar_repeated_in_the_body() -> None:
    doc = parse_text("南江切换\n新闻\n两会记者会|" + TITLE + "\n2024\n04/12\n" + TITLE + "\n" + BODY)
    assert doc.title == "两会记者会|" + TITLE
    assert _headings(doc) == [None]


# A speaker's name over his claim ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["市发展改革委主任钱某某", "市发展改革委主任 钱某某", "钱某某"])
def test_a_speakers_name_over_his_claim_with_commas(name: str) -> None:
    said = "　　“一季度全市规上工业增加值增长4.1%。”钱某某说，下一步将继续加大投入。\n\n"
    doc = parse_text(
        "全市经济稳中向好（连线·部长通道）\n\n　　3月5日，有关部门负责人走上“部长通道”，回答记者提问。\n\n"
        "　　" + name + "\n\n　　就业形势总体稳定，全年目标能够实现\n\n" + said
    )
    assert _headings(doc) == [None, name, "就业形势总体稳定，全年目标能够实现"]


def test_a_deck_with_commas_under_a_heading_is_no_heading() -> None:
    doc = parse_text(TITLE + "\n" + BODY + "外贸主体活力增强\n\n民营企业进出口增长，占比继续提高\n\n" + BODY)
    assert _headings(doc) == [None, "外贸主体活力增强"]


# An editor's summary box, a deck over its byline, labels and datelines in traditional script ----------------


@pytest.mark.parametrize("label", ["核心提示", "内容提要", "编者按", "导读"])
def test_an_editors_summary_box_has_no_speaker(label: str) -> None:
    doc = parse_text(
        TITLE + "\n" + label + "：一季度全市外贸开局良好，出口好于预期。\n"
        "记者：外贸下一步怎么走？\n钱某：我们将继续稳住外贸基本盘。\n"
    )
    assert [(b.kind.value, b.speaker) for _, b in doc.blocks()] == [
        ("paragraph", None),
        ("question", "记者"),
        ("answer", "钱某"),
    ]


def test_a_deck_over_its_byline() -> None:
    doc = parse_text(TITLE + "\n市商务局局长谈外贸形势\n  本报记者 林某\n\n" + BODY)
    assert doc.subtitle == "市商务局局长谈外贸形势"
    assert doc.authors == ["林某"]
    assert _headings(doc) == [None]


def test_an_asker_and_reporters_in_traditional_script() -> None:
    doc = parse_text(
        TITLE + "\n  東視網消息(記者林某 周某)3月7日上午，市商務局舉行記者會。\n"
        "  南江廣播電臺記者提問:外貿怎樣穩住？\n  錢某回答，今年將重點做好三件事。\n"
    )
    assert doc.authors == ["林某", "周某"]
    assert [(b.kind.value, b.speaker) for _, b in doc.blocks()] == [
        ("paragraph", None),
        ("question", "南江廣播電臺記者"),
        ("answer", "錢某"),
    ]


# Furniture wherever it stands, and headings that use its words ------------------------------------------------

FURNITURE = (
    "A- A+", "字号：T|T", "【打印】【关闭】", "分享到：", "扫一扫在手机打开当前页", "【我要纠错】", "点击排行",
    "语音播报", "听新闻", "第B03版：要闻", "版次：B03", "上一版 下一版", "本版导航", "往期回顾", "PDF下载",
    "放大 缩小 默认", "字号 A+ A A-", "□本报记者 钱某", "记者|钱某", "南江日报客户端 | 记者 钱某",
    "分享到微信朋友圈", "微信扫一扫", "关注", "我要评论", "初审：李某 复审：钱某 终审：孙某", "视频加载中...",
    "东方社发", "【东江网讯】", "AD", "赞助", "专题：2024全国两会", "标签：外贸 进出口", "[2024-04-12]",
    "时间：2024-04-12 来源：东江网 作者：钱某", "打印本页 | 关闭窗口", "（东江图片社供图）", "上一篇：东江市召开会议",
    "本版责编：钱某", "本版编辑：钱某 美编：李某", "版式设计：李某", "东江日报全媒体记者 钱某", "文/图 本报记者 钱某",
    "（视频：钱某）", "扫码看视频", "滑动查看更多", "打开东江新闻，查看更多精彩内容", "本文为东江日报原创，转载请注明出处",
    "声明：本文仅代表作者观点", "本文已获授权转载", "违法和不良信息举报电话：12377", "Copyright © 2024 东江日报社 版权所有",
    "（东江日报记者 钱某）", "记者 钱某 通讯员 李某", "图/东方社", "打开APP阅读全文", "网站地图 | 联系我们 | 关于我们",
    "主办：东江日报社，承办：东江网", "主办单位：东江市人民政府办公室 承办单位：东江市大数据中心", "技术支持：东江云",
    "本网站由东江日报社主办，未经许可不得转载", "网站标识码：4403000001", "推荐使用IE9及以上浏览器，分辨率1366×768",
    "您是第123456位访客", "地址：东江市人民路1号，邮编：518000",
)  # fmt: skip


@pytest.mark.parametrize("line", FURNITURE)
@pytest.mark.parametrize("where", ["over the headline", "under the headline", "in the body"])
def test_furniture_is_neither_title_nor_heading_nor_content(line: str, where: str) -> None:
    if where == "over the headline":
        text = line + "\n" + TITLE + "\n2024-04-12 10:00\n" + BODY
    elif where == "under the headline":
        text = TITLE + "\n" + line + "\n" + BODY
    else:
        text = TITLE + "\n" + BODY + line + "\n\n" + BODY
    doc = parse_text(text)
    assert doc.title == TITLE
    assert _headings(doc) == [None]
    assert len(list(doc.blocks())) == (4 if where == "in the body" else 2)


HEADINGS_WITH_FURNITURE_WORDS = (
    "关注民生：稳就业保民生", "微信支付用户突破十亿", "放大政策组合效应", "播放量创下新高", "缩小城乡收入差距",
    "排行榜前十名企业", "登录注册流程再简化", "搜索引擎市场稳步增长", "专题一：工业经济", "新闻发布会现场答问",
    "热点问题逐一回应", "评论员观察：稳中求进", "订阅经济成为新亮点", "收听收看人数创新高", "纠错机制不断完善",
    "直播带货持续火热", "视频会议连线各地", "朋友圈里的经济账", "【要闻】",
)  # fmt: skip


@pytest.mark.parametrize("line", HEADINGS_WITH_FURNITURE_WORDS)
def test_a_heading_or_a_headline_with_a_furniture_word_stays(line: str) -> None:
    assert _headings(parse_text(TITLE + "\n" + BODY + line + "\n\n" + BODY)) == [None, line]
    if not line.startswith("【"):
        assert parse_text(line + "\n2024-04-12 10:00\n" + BODY).title == line


# Date lines in the forms portals print them ------------------------------------------------------------------

DATE_LINES = (
    ("2024-04-12 11:16:35", None),
    ("2024.04.12", None),
    ("2024年04月12日 11:16 来源：东江日报", "东江日报"),
    ("发布时间：2024年04月12日", None),
    ("12/04/2024", None),
    ("2024-04-12 字号：大 中 小 打印", None),
    ("【字体：大 中 小】 2024-04-12", None),
    ("时间：2024-04-12 来源：东江网 作者：钱某", "东江网"),
    ("2024年04月12日 星期五 来源：东江日报", "东江日报"),
    ("来源：东江日报 | 2024-04-12 11:16 | 编辑：钱某", "东江日报"),
    ("东江日报 2024-04-12 11:16 浏览量：2,371", "东江日报"),
    ("2024-04-12 11:16:35 来源：东江新闻客户端", "东江新闻客户端"),
    ("发布日期：2024-04-12 信息来源：东江市商务局", "东江市商务局"),
    ("东江网 2024-04-12 11:16:35 [打印] [关闭]", "东江网"),
    ("2024-04-12 09:30 | 来源：东江日报 | 阅读 2371", "东江日报"),
)


@pytest.mark.parametrize(("line", "source"), DATE_LINES)
@pytest.mark.parametrize("where", ["under", "over"])
def test_a_date_line_as_portals_print_it(line: str, source: str | None, where: str) -> None:
    doc = parse_text(
        TITLE + "\n" + line + "\n" + BODY if where == "under" else line + "\n" + TITLE + "\n" + BODY
    )
    assert doc.title == TITLE
    assert (doc.date or "")[:10] == "2024-04-12"
    assert _headings(doc) == [None]
    if source is not None:
        assert doc.source == source


def test_a_portal_naming_itself_before_the_fields_is_the_site_not_the_papers_source() -> None:
    doc = parse_text(TITLE + "\n东江网  发布时间:2024-04-12 09:08\n" + BODY)
    assert doc.date == "2024-04-12T09:08"
    assert doc.source is None


@pytest.mark.parametrize(
    "broken",
    [
        "　　十四届全国人大二次会议南江代表团12日上午在驻地举行全体会议审议政府工作报告\n的有关内容，代表们踊跃发言。\n",
        "　　4月11日上午在赴南江参加洽谈会的高铁上市商务局局长钱某和企业代表交\n谈，本报记者拍下了这个场面。\n",
    ],
)
def test_a_paragraph_broken_in_mid_sentence_is_no_heading(broken: str) -> None:
    doc = parse_text(TITLE + "\n" + BODY.replace("\n\n", "\n") + broken + BODY.replace("\n\n", "\n"))
    assert _headings(doc) == [None]


def test_an_indented_heading_over_a_paragraph_at_the_margin_that_is_not_its_rest() -> None:
    doc = parse_text(TITLE + "\n" + BODY + "　　外贸主体活力增强\n" + BODY)
    assert _headings(doc) == [None, "外贸主体活力增强"]


def test_a_mirrors_pinyin_glosses_do_not_hide_its_words() -> None:
    doc = parse_text(TITLE + "\nhttp://www.example.com 2024年04月12日 03:16 東江網(wǎng)-東江金融報\n" + BODY)
    assert doc.date == "2024-04-12T03:16"
    assert doc.source == "東江金融報"
    assert doc.site == "東江網(wǎng)"


def test_a_parenthesis_after_a_word_is_no_gloss() -> None:
    doc = parse_text(TITLE + "\n东江市(nanjiang)外贸运行平稳\n\n" + BODY)
    assert doc.subtitle == "东江市(nanjiang)外贸运行平稳"


def test_a_source_field_glossed_names_the_paper_whole() -> None:
    doc = parse_text(TITLE + "\n2024-04-12    來源:東(dōng)江參考報\n" + BODY)
    assert doc.source == "東(dōng)江參考報"


# The file's end ----------------------------------------------------------------------------------------------


def test_a_heading_shaped_footer_with_the_pages_lines_under_it_is_the_footer() -> None:
    doc = parse_text(
        TITLE + "\n" + BODY + "外贸主体活力增强\n\n" + BODY + "我们的准则：东方社“诚信原则”\n"
        "原文链接：https://example.com/article/123\n"
    )
    assert _headings(doc) == [None, "外贸主体活力增强"]
    assert [b.kind for b in doc.boilerplate][-2:] == ["footer", "contact"]


def test_a_list_of_links_to_other_articles_after_the_text_is_furniture() -> None:
    body = (
        "某省统计局发布会通报，一季度全省城镇新增就业12.6万人，同比多增0.8万人。\n\n"
        "就业形势总体稳定，重点群体就业得到较好保障，各项稳岗政策持续见效。\n\n"
    )
    links = "新闻推荐\n\n频道推荐\n  • 新能源汽车下乡活动在多地启动\n  • 春耕备耕物资供应充足价格平稳\n  • 24小时新闻排行榜\n"
    doc = parse_text("某省一季度就业形势稳中向好\n\n2024-04-18 10:20  来源：某省日报\n\n" + body + links)
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text[:6] for _, b in doc.blocks()] == ["某省统计局发", "就业形势总体"]


@pytest.mark.parametrize("line", ["相关阅读", "为您推荐", "热门排行", "24小时新闻排行榜"])
def test_labels_over_lists_of_links(line: str) -> None:
    assert widget_line(line)


def test_a_bulleted_sentence_is_content() -> None:
    doc = parse_text(
        "某市出台措施支持小微企业\n\n2024-05-06  来源：某市日报\n\n"
        "措施包括以下内容。\n\n• 对符合条件的小微企业，按规定减免房租三个月。\n\n• 加大首贷支持力度。\n"
    )
    assert [b.text[:3] for _, b in doc.blocks()] == ["措施包", "• 对", "• 加"]


def test_a_source_field_on_a_glossed_page_names_the_outlet_without_its_glosses() -> None:
    """A source is a name the documents view sorts and filters by: one outlet, one name, on a mirror's glossed
    page (``來源:東江新聞網(wǎng)``) as on the outlet's own."""
    glossed = (
        "東江外貿(mào)回穩(wěn)向好\n發(fā)布日期:2024-04-12 來源:東江新聞網(wǎng)\n"
        "東江海關(guān)今天發(fā)布,一季度全市進(jìn)出口總值同比增長5.1%,出口增長6.2%。\n"
    )
    doc = parse_text(glossed)
    assert doc.source == "東江新聞網"
    assert doc.title == "東江外貿(mào)回穩(wěn)向好"  # the text's own words keep the page's glosses
