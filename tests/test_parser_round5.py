"""Round 5 of the parser's classes, seen on real pages it had not met, each with its look-alikes.

A server's error page saved above the article (``404 Not Found``, its banner); a long menu bar that is no
paragraph; a relayed report ``据《某某网》综合讯报道``; a portal's tag before an agency's dateline
(``【某某网】某某社11月9日消息，``); a Hong Kong paper's byline closing the last paragraph
(``■某某报记者 王某 北京报道``); an editor's line under the text with the page's advert after it. The
snippets are invented (names, outlets, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core import chrome
from tui.core.document import parse_text
from tui.core.headshape import prose
from tui.core.lines import split_lines

QA = (
    "[东江日报记者]今年的会议上有不少新提法，请问您怎么看这些变化？\n\n"
    "[李某]这些提法来自基层的实践，我们会继续听取各方面的意见，把工作做细做实。\n"
)


@pytest.mark.parametrize(
    "line",
    ["404 Not Found", "502 Bad Gateway", "HTTP/1.1 403 Forbidden", "nginx/1.18.0", "Apache/2.4.41 (Ubuntu)"],
)
def test_a_servers_words_are_chrome(line: str) -> None:
    assert chrome.chrome_kind(line) == "chrome"


@pytest.mark.parametrize("line", ["5G基站数量达到404万个", "Python 3.11", "2023/10/18", "iPhone 15 Pro"])
def test_lines_with_numbers_and_letters_are_no_server_words(line: str) -> None:
    assert chrome.chrome_kind(line) != "chrome"


def test_an_error_page_and_a_long_menu_above_the_headline() -> None:
    text = (
        "404 Not Found\n\nSRV/2.1.7\n\n"
        "首页 | 时政 | 财经 | 改革开放 | 综合 | 长三角 | 港澳台 | 评论 | 人事 | 深度 | 图片 | 订阅本频道的头条新闻\n\n"
        "李某:以更开放的姿态讲好发展故事\n\n" + QA
    )
    doc = parse_text(text)
    assert doc.title == "李某:以更开放的姿态讲好发展故事"
    assert [b.kind for s in doc.sections for b in s.blocks] == ["question", "answer"]


def test_a_menu_is_no_paragraph_but_a_sentence_with_bars_is() -> None:
    menu, sentence = split_lines(
        "首页 | 时政 | 财经 | 国内 | 国际 | 评论 | 图片 | 视频 | 专题 | 人事 | 订阅本频道的头条新闻和更多精彩内容推送\n"
        "会议指出 | 要坚持稳中求进 | 要扩大内需 | 要深化改革 | 要防范风险，这是今年经济工作的总要求。\n"
    )
    assert not prose(menu)
    assert prose(sentence)


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("据《南江侨报网》综合讯报道，东江两会召开在即。", "南江侨报网"),
        ("据东江日报报道，东江市昨天发布一季度经济数据。", "东江日报"),
        ("据南江晚报消息，南江市今年将新建学校12所。", "南江晚报"),
    ],
)
def test_a_relayed_report_names_its_source(lead: str, source: str) -> None:
    doc = parse_text(f"东江两会发布会答问实录\n\n{lead}发布会上中外记者提问踊跃。\n\n" + QA)
    assert doc.source == source


def test_a_relay_deep_in_the_text_names_no_source() -> None:
    doc = parse_text(
        "东江两会发布会答问实录\n\n东江两会召开在即，发布会上中外记者提问踊跃。\n\n"
        "会议议程已经确定，各项准备工作就绪。\n\n大会安排了多场记者会。\n\n"
        "据东江日报报道，会议期间还将举行开放日活动。\n\n" + QA
    )
    assert doc.source is None


def test_a_portals_tag_before_an_agencys_dateline() -> None:
    doc = parse_text(
        "东江市负责人就基层选举工作答记者问\n\n"
        "【南江财经网】东江社11月9日消息,东江市近日印发通知，对基层选举工作作出部署。\n\n"
        "问:选举工作即将展开，请您谈谈有哪些要求？\n\n答:要坚持依法依规，确保选举风清气正。\n"
    )
    assert doc.source == "东江社"
    assert doc.sections[0].blocks[0].text.startswith("东江市近日印发通知")


def test_a_byline_that_closes_the_last_paragraph() -> None:
    doc = parse_text(
        "【特写】最长的通道\n\n2019-03-13\n\n"
        "今年的通道上，先后有十几位负责人回答了记者的提问。\n\n"
        "这条通道见证了政务公开的进步。 ■南江文汇报记者 陈某某 北京报道\n"
    )
    assert doc.source == "南江文汇报"
    assert "陈某某" in doc.authors
    last = doc.sections[-1].blocks[-1].text
    assert last.endswith("进步。")


def test_a_square_inside_a_sentence_is_no_byline() -> None:
    doc = parse_text(
        "东江市一季度经济运行情况\n\n2019-03-13\n\n"
        "东江市一季度经济运行总体平稳。\n\n"
        "图中■表示东江日报记者 王某 统计的数据，□表示其他来源的数据。\n"
    )
    assert doc.source is None
    assert doc.sections[-1].blocks[-1].text.endswith("其他来源的数据。")


def test_the_page_after_the_editors_line_is_no_content() -> None:
    doc = parse_text(
        "东江市负责人就基层选举工作答记者问\n\n2021-11-19 18:21\n\n"
        "问:选举工作即将展开，请您谈谈有哪些要求？\n\n答:要坚持依法依规，确保选举风清气正。\n\n"
        "问:如何保证代表的先进性？\n\n答:要把品行和实绩放在前面，层层审核。\n\n"
        "版面编辑:赵某某\n\n推广\n\n南江财经网精选版电邮 样例\n\n"
        "南江财经网新闻版电邮全新升级!编辑精心编写,每个工作日定时投递。\n\n订阅\n"
    )
    assert [s.heading for s in doc.sections] == [None]
    assert [b.kind for b in doc.sections[0].blocks] == ["question", "answer", "question", "answer"]


def test_an_editors_line_at_the_top_does_not_cut_the_text() -> None:
    doc = parse_text(
        "东江市负责人就基层选举工作答记者问\n\n2021-11-19 18:21\n\n责任编辑:赵某某\n\n"
        "问:选举工作即将展开，请您谈谈有哪些要求？\n\n答:要坚持依法依规，确保选举风清气正。\n\n"
        "问:如何保证代表的先进性？\n\n答:要把品行和实绩放在前面，层层审核。\n"
    )
    assert [b.kind for b in doc.sections[0].blocks] == ["question", "answer", "question", "answer"]


def test_questions_after_the_editors_line_are_kept() -> None:
    doc = parse_text(
        "东江市负责人就基层选举工作答记者问\n\n2021-11-19 18:21\n\n"
        "东江市近日印发通知，对基层选举工作作出部署。\n\n东江市有关负责人接受了记者采访。\n\n"
        "问:选举工作即将展开，请您谈谈有哪些要求？\n\n答:要坚持依法依规，确保选举风清气正。\n\n"
        "责任编辑:赵某某\n\n问:如何保证代表的先进性？\n\n答:要把品行和实绩放在前面，层层审核。\n"
    )
    assert [b.kind for b in doc.sections[0].blocks][-2:] == ["question", "answer"]


def test_a_page_without_headline_is_named_by_its_first_line() -> None:
    doc = parse_text(
        "东江在线\n\n"
        "东江网东江3月4日电(记者 周某)3月4日上午，东江市政府召开一季度经济运行新闻发布会。\n\n"
        "发布会上，市统计局负责人介绍，一季度全市地区生产总值同比增长5.2%。\n\n"
        "记者:今年的增长目标能否实现？\n\n市统计局负责人:我们有信心完成全年目标。\n"
    )
    assert doc.title is not None and doc.title.startswith("东江网东江3月4日电")
    assert doc.source == "东江网"  # the dateline in the line that names the page still counts
    assert [b.text[:3] for b in doc.sections[0].blocks] == ["发布会", "今年的", "我们有"]


def test_a_relay_in_the_line_that_names_the_page_names_the_source() -> None:
    doc = parse_text(
        "据《南江侨报网》综合讯报道，东江两会召开在即，发布会上中外记者提问踊跃。\n\n"
        "会议议程已经确定，各项准备工作就绪。\n\n" + QA
    )
    assert doc.source == "南江侨报网"


@pytest.mark.parametrize(
    "line", ["简体版 英文版 寄给朋友 政府新闻网", "簡體版 英文版 寄給朋友 政府新聞網", "打印本页 关闭窗口"]
)
def test_a_row_of_a_pages_switches_is_no_title(line: str) -> None:
    doc = parse_text(f"{line}\n\n东江市长就年度预算答记者问全文\n\n{QA}")
    assert doc.title == "东江市长就年度预算答记者问全文"


@pytest.mark.parametrize("title", ["繁体字与简体字的故事", "英文版合同的翻译要点"])
def test_a_headline_with_a_switchs_word_is_a_headline(title: str) -> None:
    assert parse_text(f"{title}\n\n{QA}").title == title


def test_a_video_scripts_labels_are_no_headings() -> None:
    doc = parse_text(
        "东江两会首场发布会探营\n\n"
        "3月4日，东江市人大会议首场新闻发布会举行，跟随记者的镜头去现场看看。\n\n"
        "【同期】南江社记者 周某\n\n我现在所处的位置是会场的入口，记者们已经排起了长队。\n\n"
        "【进入会场内部】\n\n【同期】南江社记者 周某\n\n我现在已经来到了新闻发布厅，大家已经就座。\n"
    )
    assert [s.heading for s in doc.sections] == [None, "【进入会场内部】"]


def test_a_pages_offers_notices_and_app_icons_above_the_headline() -> None:
    doc = parse_text(
        "南江网\n\n设为书签Ctrl+D将本页面保存为书签,全面了解最新资讯,方便快捷。\n军事APP\n"
        "当前位置:新闻 > 国内新闻 >\n\n东江市一季度经济运行情况发布会答问\n\n"
        "东江市一季度经济运行情况发布会答问\n2018-03-06 11:21:08 南江广播网\n\n"
        "3月5日，东江市政府新闻办举行发布会，市统计局负责人介绍一季度经济运行情况。\n\n" + QA
    )
    assert doc.title == "东江市一季度经济运行情况发布会答问"
    assert doc.date is not None and doc.date.startswith("2018-03-06")
    assert [s.heading for s in doc.sections] == [None]


def test_a_notice_in_another_language_and_a_privacy_notice_are_the_pages() -> None:
    doc = parse_text(
        "本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，當您關閉此視窗，代表您同意上述規範。\n"
        "Your browser does not appear to support Traditional Chinese. Would you like to go to our English site?\n"
        "こちらのページは繁体字版です。日本語版をご覧になりますか。\n"
        "南江社新聞APP Icon南江社新聞APP\n\n東江記者會頻率增加 陸委會:訊息重複沒意義\n\n2025/10/16 19:18\n\n"
        "（南江社記者王某台北16日電）東江記者會今天舉行，發言人回答了記者的提問。\n\n"
        "會上有記者問到記者會頻率增加的問題，發言人表示會繼續按時舉行。\n"
    )
    assert doc.title == "東江記者會頻率增加 陸委會:訊息重複沒意義"
    assert doc.source == "南江社"
    assert doc.sections[0].blocks[0].text.startswith("東江記者會今天舉行")


@pytest.mark.parametrize(
    "line", ["某某APP下载量突破千万", "政务服务APP用户超过5000万", "打造一站式政务服务App"]
)
def test_a_headline_about_an_app_is_no_icon(line: str) -> None:
    assert chrome.chrome_kind(line) is None


def test_an_office_and_name_with_a_colon_over_a_claim_heads_the_speakers_part() -> None:
    doc = parse_text(
        "“通道”再次开启——多位负责人答记者问\n\n2018-03-06 11:21:08 南江网\n\n"
        "3月5日，东江市人代会开幕会结束后，“通道”再度开启。\n\n东江市工信局局长王某某:\n\n宽带单价下降九成\n\n"
        "东江市工信局局长王某某在回答记者提问时表示，全市宽带单价下降九成。\n\n"
        "东江市交通局局长李某:\n\n具备条件的村明年通硬化路\n\n李某表示，明年将实现具备条件的村通硬化路。\n"
    )
    assert [s.heading for s in doc.sections] == [
        None,
        "东江市工信局局长王某某:",
        "宽带单价下降九成",
        "东江市交通局局长李某:",
        "具备条件的村明年通硬化路",
    ]


def test_a_speakers_label_over_his_words_stays_a_label() -> None:
    doc = parse_text(
        "东江市政府新闻发布会实录\n\n主持人王某:\n\n下面请记者提问。\n\n"
        "东江日报记者:\n\n今年的重点项目进展如何？\n\n东江市发改委主任李某:\n\n今年的重点项目进展顺利，已开工八成。\n"
    )
    assert all(s.heading is None for s in doc.sections)


def test_a_page_line_above_a_first_question_is_set_apart_once() -> None:
    doc = parse_text(
        "南江网\n\n设为书签Ctrl+D将本页面保存为书签,方便快捷。\n\n问：今年出口形势如何？\n\n答：稳中有升。\n"
    )
    assert doc.title == "问：今年出口形势如何？"  # under the page's own lines, the first line of the text
    starts = [b.start for b in doc.boilerplate]
    assert len(starts) == len(set(starts))
