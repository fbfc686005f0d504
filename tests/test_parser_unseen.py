"""The classes that real articles never seen by the parser showed, each with its look-alikes.

A headline wrapped over two lines; a speaker's label under the title; the host of a television interview
named, not labelled 主持人; a meeting notice's numbered counts beside a real heading; a lead sentence cut
off by the page; a reporter's question reported in the lead; a statistics bureau's signature; a 来源 field
run into the editor's; an outlet in pinyin beside the date; dates in Chinese numerals or English month
names; today's date printed above the headline. The snippets are invented (names, places and numbers made
up) in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document

META = "2024-06-17 10:30　来源：东江新闻网\n"
BODY = (
    "　　东江市政府新闻办6月17日举行发布会，请市统计局负责人介绍前5个月全市经济运行情况。\n"
    "　　初步核算，1—5月份全市规上工业增加值增长6.2%，增速比1—4月份高出0.1个百分点。\n"
)


def _kinds(doc: Document) -> list[tuple[str, str | None]]:
    return [(b.kind.value, b.speaker) for _, b in doc.blocks()]


def _counts(doc: Document) -> list[tuple[str | None, int, int]]:
    return [
        (
            s.heading,
            sum(b.kind == BlockKind.question for b in s.blocks),
            sum(b.kind == BlockKind.point for b in s.blocks),
        )
        for s in doc.sections
    ]


# A headline wrapped over two lines -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("东江市政府新闻办就2024年1—5月", "全市经济形势举行发布会"),  # a date's piece; 就… / …举行
        ("市政府新闻办举行2024年上半年工业和信息化发展", "情况新闻发布会"),  # 举行… / …发布会
        ("政策例行吹风会：介绍《关于促进文旅消费的", "若干措施》有关情况"),  # an open title mark
        ("市商务局新闻发言人就东江与南江经贸合作", "有关问题答记者问"),  # 就… / …答记者问
        ("东江市前5个月规上工业增加值增长6", ".2%"),  # a number broken from its decimals
    ],
)
@pytest.mark.parametrize("above", ["EN\nhttps://www.example.gov.cn/\n", "", "东江新闻网\n"])
@pytest.mark.parametrize("meta", [META, ""])
def test_a_headline_wrapped_over_two_lines_is_one_title(
    first: str, second: str, above: str, meta: str
) -> None:
    doc = parse_text(above + first + "\n" + second + "\n" + meta + BODY)
    assert doc.title == first + second
    assert [s.heading for s in doc.sections] == [None]
    assert len(list(doc.blocks())) == 2


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("服务城市发展", "传递民生温度"),  # a slogan couplet over the headline
        ("推进东江都市圈一体化建设", "东江市上半年经济运行稳中向好"),  # a kicker without its dash
        ("【数据透析】", "【数据回放】"),  # a column's tags
        ("聚焦2024", "东江市政府工作报告解读"),  # a kicker that ends in a year
    ],
)
def test_two_whole_lines_over_the_date_are_not_joined(first: str, second: str) -> None:
    doc = parse_text(first + "\n" + second + "\n" + META + BODY)
    assert doc.title == second


def test_a_wrapped_headline_repeated_wrapped_under_the_date_line_is_a_repeat() -> None:
    head = "东江市政府新闻办就2024年1—5月\n全市经济形势举行发布会\n"
    doc = parse_text(
        "EN\n"
        + head
        + META
        + "字号：大 中 小 | 打印 |\n"
        + head
        + "工业生产较快增长 消费市场稳步恢复\n"
        + BODY
    )
    assert doc.title == "东江市政府新闻办就2024年1—5月全市经济形势举行发布会"
    assert doc.subtitle == "工业生产较快增长 消费市场稳步恢复"
    assert [s.heading for s in doc.sections] == [None]


def test_a_headline_wrapped_under_a_date_printed_above_it() -> None:
    doc = parse_text(
        " date 2025-03-06 06/03/2025 16:47\n【两会焦点】王某：外部环境没有“最”不确定、\n只有“更”不确定\n"
        + BODY
    )
    assert doc.title == "【两会焦点】王某：外部环境没有“最”不确定、只有“更”不确定"


def test_a_sites_name_and_slogans_over_a_page_without_headline_are_the_portals() -> None:
    lead = "东江市政府新闻办公室将于2024年6月17日上午10时举行新闻发布会，请市统计局负责人介绍情况，并答记者问。\n"
    doc = parse_text("某某在线\n服务城市发展\n传递民生温度\n" + lead + BODY)
    # no headline: the first line that is not the portal's names the page (as a reader and a file list do)
    assert doc.title == lead.strip()
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text[:4] for _, b in doc.blocks()] == ["东江市政", "初步核算"]
    assert [b.text for b in doc.boilerplate][:3] == ["某某在线", "服务城市发展", "传递民生温度"]


# A speaker's label under the title ------------------------------------------------------------------


@pytest.mark.parametrize("label", ["【钱思远】：", "【钱思远】:", "钱思远：", "主持人："])
def test_a_speakers_label_under_the_title_is_no_title(label: str) -> None:
    text = "钱思远：今年消费市场有望继续回暖\n手动刷新\n" + label + "\n2024-03-02 10:00\n" + BODY
    doc = parse_text(text)
    assert doc.title == "钱思远：今年消费市场有望继续回暖"
    assert doc.date == "2024-03-02T10:00"


def test_a_boxed_label_on_a_line_of_its_own_gives_the_next_paragraph_its_turn() -> None:
    doc = parse_text(
        "钱思远：今年消费市场有望继续回暖\n手动刷新\n【钱思远】：\n各位网友好，今年以来全市消费市场总体平稳。\n"
        "【网友“南湖听雨”】：请问今年还会发放消费券吗？\n【钱思远】：会的，今年计划分三批发放。\n"
    )
    assert _kinds(doc) == [("answer", "钱思远"), ("question", "网友“南湖听雨”"), ("answer", "钱思远")]
    assert [b.text[:4] for _, b in doc.blocks()] == ["各位网友", "请问今年", "会的，今"]


# Who asks in a conversation of named speakers --------------------------------------------------------

HOST_LINES = (
    "立松：赵主任好。今年全省重大项目清单上有一千二百多个项目，总投资规模不小，资金从哪里来？\n",
    "立松：项目一多，有人就担心一哄而上，出现重复建设，最后留下一批半拉子工程。这个问题怎么防？\n",
    "立松：说到底，老百姓最关心的是这些投资能不能落到身边，给生活带来实实在在的变化。\n",
)
GUEST_LINES = (
    "赵明远：今年省级预算内投资安排了六十多亿元，我们还要吸引更多社会资本进来。去年全省民间投资增长3.2%。\n",
    "赵明远：关键在前期论证。论证不充分的项目，一律不进清单，每季度还要通报一次进度。\n",
    "赵明远：城市更新、养老托育这些民生项目，我们都放在优先位置，今年民生类项目占到四成左右。\n",
)


def _dialogue(
    lead: str, host: tuple[str, ...] = HOST_LINES, guest: tuple[str, ...] = GUEST_LINES
) -> Document:
    turns = "".join(h + g for h, g in zip(host, guest, strict=True))
    return parse_text("专访省发展改革委主任赵明远：扩投资要在“准”字上下功夫\n" + META + lead + turns)


@pytest.mark.parametrize(
    "lead",
    [
        "　　本期节目，主持人周立松对话省发展改革委主任赵明远，谈今年扩大有效投资的思路。\n",
        "　　今年全省扩大有效投资的思路是什么？请看本期访谈。\n",  # no one introduced: the turns tell
        "",
    ],
)
def test_the_named_host_asks_and_the_guest_answers(lead: str) -> None:
    doc = _dialogue(lead)
    turns = [k for k in _kinds(doc) if k[1] is not None]
    assert turns == [("question", "立松"), ("answer", "赵明远")] * 3
    assert (doc.interviewer, doc.interviewee) == ("立松", "赵明远")


def test_the_host_labelled_on_lines_of_their_own_asks_too() -> None:
    host = tuple(h.replace("立松：", "立松：\n") for h in HOST_LINES)
    guest = tuple(g.replace("赵明远：", "赵明远：\n") for g in GUEST_LINES)
    doc = _dialogue("", host, guest)
    assert [k for k in _kinds(doc) if k[1] is not None] == [("question", "立松"), ("answer", "赵明远")] * 3


def test_a_name_with_its_role_in_brackets_labels_a_turn() -> None:
    host = tuple(h.replace("立松：", "周立松（主持人）：") for h in HOST_LINES)
    guest = tuple(g.replace("赵明远：", "赵明远（省发展改革委主任）：") for g in GUEST_LINES)
    doc = _dialogue("", host, guest)
    turns = [k for k in _kinds(doc) if k[1] is not None]
    assert turns == [("question", "周立松（主持人）"), ("answer", "赵明远（省发展改革委主任）")] * 3


def test_a_broadcasts_narration_neither_asks_nor_answers() -> None:
    narration = "解说：4月16日，市统计局发布数据，一季度全市地区生产总值同比增长5.3%。\n"
    doc = _dialogue(narration)
    assert _kinds(doc)[0] == ("paragraph", "解说")
    assert _counts(doc) == [(None, 3, 0)]


def test_a_hosts_thanks_at_the_end_puts_no_question() -> None:
    doc = _dialogue("", (*HOST_LINES, "立松：感谢赵主任做客我们的节目。\n"), (*GUEST_LINES, ""))
    assert _kinds(doc)[-1] == ("paragraph", "立松")
    assert _counts(doc) == [(None, 3, 0)]


PRESSER_HOST = (
    "胡晓岚：女士们、先生们，上午好。欢迎各位参加今天的发布会。\n",
    "胡晓岚：下面请黄局长介绍有关情况。\n",
)
PRESSER_GUEST = (
    "黄守明：各位记者朋友，大家上午好！今年以来，全市经济运行总体平稳。\n",
    "黄守明：一季度全市地区生产总值增长5.2%，比去年全年加快0.3个百分点。\n",
)
"""A press conference's host who only opens it and hands the floor over, and a speaker who reports."""


def test_a_transcript_of_a_host_and_a_speaker_who_ask_nothing_has_no_question() -> None:
    doc = _dialogue("", PRESSER_HOST, PRESSER_GUEST)
    assert _counts(doc) == [(None, 0, 0)]


def test_a_host_named_in_the_lead_who_only_hands_the_floor_over_asks_nothing() -> None:
    doc = _dialogue("　　发布会由主持人胡晓岚主持。\n", PRESSER_HOST, PRESSER_GUEST)
    assert _counts(doc) == [(None, 0, 0)]


def test_two_guests_answering_each_other_have_no_asker() -> None:
    host = ("李教授：我认为，今年消费回暖的基础是收入预期改善，这一点很关键。\n",) * 2
    guest = ("王研究员：我同意，但也要看到服务消费的潜力还没有完全释放出来。\n",) * 2
    doc = _dialogue("", host, guest)
    assert _counts(doc) == [(None, 0, 0)]


# A meeting notice's numbered counts ------------------------------------------------------------------


def test_numbered_counts_are_points_and_the_topic_lines_are_headings() -> None:
    doc = parse_text(
        "市人代会新闻发言人介绍会议安排\n" + META + "　　记者从大会新闻中心获悉，大会期间将举行：\n"
        "1、3次全体会议\n2、4次主席团会议\n4、1场集体采访\n　　此外，大会新闻中心还将安排两场记者会。\n"
        "关于东江与南江的合作\n　　发言人表示，两市将共建产业园区。\n"
    )
    assert _counts(doc) == [(None, 0, 3), ("关于东江与南江的合作", 0, 0)]


def test_a_count_after_an_enumerator_is_no_heading_even_alone() -> None:
    doc = parse_text(
        "市人代会新闻发言人介绍会议安排\n" + META + "　　大会期间将举行：\n1、3次全体会议\n"
        "　　全体会议将听取和审议政府工作报告等。\n3、1场集体采访\n　　集体采访安排在代表通道。\n"
    )
    assert _counts(doc) == [(None, 0, 2)]


def test_numbered_headings_over_text_and_a_month_list_stay_what_they_are() -> None:
    doc = parse_text(
        "市统计局解读前两个月经济数据\n" + META + "1、2月份工业生产开局良好\n"
        "　　1、2月份，全市规上工业产值增长7.4%。\n2、消费市场稳步恢复\n　　社会消费品零售总额增长4.8%。\n"
    )
    assert [s.heading for s in doc.sections] == ["1、2月份工业生产开局良好", "2、消费市场稳步恢复"]


# A lead sentence cut off by the page -----------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "3月2日上午，在赴京的飞机上，省委书记李某某",  # clauses strung with commas
        "3月2日上午，省委书记李某某在赴京的飞机上",  # a date that opens it as a report opens
        "近日，记者来到东江市高新区的一家企业",
        "全省经济运行总体平稳、",  # a mark that opens what the line does not hold
    ],
)
def test_a_lead_sentence_cut_off_is_no_heading(lead: str) -> None:
    doc = parse_text("书记在飞机上谈发展\n" + META + lead + "\n" + BODY)
    assert [s.heading for s in doc.sections] == [None]


@pytest.mark.parametrize(
    "heading",
    [
        "服务网点从40个增加到260个，首次覆盖全部乡镇",  # one comma: a claim
        "去年对外出口增长6.1%，进口增长1.2%",
        "全球意义：绿色合作是共赢而非零和",
        "稳增长，调结构，惠民生",  # a motto of short phrases
        "复工复产后，企业用工保障有力",
    ],
)
def test_claims_with_a_comma_stay_headings(heading: str) -> None:
    doc = parse_text("书记谈发展\n" + META + BODY + heading + "\n" + BODY)
    assert [s.heading for s in doc.sections] == [None, heading]


# A reporter's question reported in the lead ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "asker"),
    [
        ("有记者问：“面对外部环境的不确定性，全省外贸如何稳住基本盘？”", "记者"),
        ("会上，有记者问，全省外贸如何稳住基本盘？", "记者"),
        ("有境外记者问及，今年的增长目标能否实现？", "境外记者"),
        ("记者在飞机上问李某某：全省外贸如何稳住基本盘？", "记者"),
        ("一位记者问：“全省外贸如何稳住基本盘？”", "一位记者"),
        ("3月2日，李某某接受了采访。有记者问，全省外贸如何稳住基本盘？", "记者"),
    ],
)
def test_a_reported_question_that_is_the_paragraph_is_a_question(line: str, asker: str) -> None:
    doc = parse_text("书记谈发展\n" + line + "\n李某某表示，要一手抓市场多元化，一手抓外贸新业态。\n")
    assert _kinds(doc)[0] == ("question", asker)


@pytest.mark.parametrize(
    "line",
    [
        "有记者问，今年的增长目标是否偏高？李某某笑着说，目标是经过反复论证的。",  # the answer is in it
        "李某某说，常有记者问他：为什么要这么做？",  # what he says
        "在日本某某社记者提问后，李某某笑着问他：“在哪里学的中文”？",  # the reporter is asked
        "记者注意到这个问题：外贸如何稳住？",  # 问题 is no asking
        "面对记者的提问，李某某反问：为什么不呢？",
    ],
)
def test_look_alikes_of_a_reported_question_are_no_question(line: str) -> None:
    doc = parse_text("书记谈发展\n" + line + "\n李某某表示，要一手抓市场多元化，一手抓外贸新业态。\n")
    assert _kinds(doc)[0][0] != "question"


# A list run into its lead-in -------------------------------------------------------------------------


def test_a_lists_first_item_run_into_its_lead_in_is_a_point_when_the_list_goes_on() -> None:
    doc = parse_text(
        "税务部门新闻发布会\n主要包括三部分：一是留抵退税2000亿元。\n二是新增减税降费500亿元。\n三是缓税缓费553亿元。\n"
    )
    assert _counts(doc) == [(None, 0, 3)]


def test_a_list_told_whole_inside_a_paragraph_is_no_point() -> None:
    doc = parse_text("税务部门新闻发布会\n主要包括两部分：一是留抵退税，二是减税降费。\n此外还有缓税缓费。\n")
    assert _counts(doc) == [(None, 0, 0)]


# The header: signature, 来源 fields, outlets in pinyin, dates ---------------------------------------------


@pytest.mark.parametrize("issuer", ["中华人民共和国商务部", "中華人民共和國商務部"])
def test_the_bureau_that_signs_a_release_is_its_source_not_a_heading(issuer: str) -> None:
    doc = parse_text("前三季度经济运行稳中向好\n（2024年10月22日）\n" + issuer + "\n" + BODY)
    assert doc.source in ("商务部", "商務部")
    assert [s.heading for s in doc.sections] == [None]
    assert doc.date == "2024-10-22"


def test_a_signature_over_its_date_at_the_end_is_no_heading() -> None:
    doc = parse_text(
        "前三季度经济运行稳中向好\n"
        + BODY
        + "一、工业生产平稳增长\n"
        + BODY
        + "东江市统计局\n2024年10月22日\n附注\n"
        "（1）本公报中增速按不变价格计算。\n（2）部分数据因四舍五入，存在总计与分项合计不等的情况。\n"
    )
    assert [s.heading for s in doc.sections] == [None, "一、工业生产平稳增长", "附注"]
    assert doc.source == "东江市统计局"


def test_a_deck_that_ends_in_a_bureaus_name_signs_nothing() -> None:
    doc = parse_text("春耕备耕有序推进\n记者走访省农业农村厅\n" + BODY)
    assert doc.source is None
    assert doc.subtitle == "记者走访省农业农村厅"


def test_a_heading_that_names_a_bureau_and_goes_on_stays_a_heading() -> None:
    doc = parse_text("前三季度经济运行稳中向好\n" + BODY + "东江市统计局局长 王某\n" + BODY)
    assert doc.source is None


@pytest.mark.parametrize(
    ("meta", "source", "editors"),
    [
        ("2024-10-24 06:30:12来源:南江日报编辑:孙晓", "南江日报", ["孙晓"]),
        ("2024-10-24 06:30 来源：南江日报编辑 孙晓", "南江日报", []),
        ("2024-10-24 06:30 来源：南江日报 作者：吴敏", "南江日报", []),
        ("2024-10-24 06:30 来源:南江日报责任编辑:孙晓", "南江日报", ["孙晓"]),
    ],
)
def test_a_source_field_ends_where_the_next_field_begins(meta: str, source: str, editors: list[str]) -> None:
    doc = parse_text("南江省前三季度GDP同比增长5.6%\n" + meta + "\n" + BODY)
    assert (doc.source, doc.editors, doc.date[:10] if doc.date else None) == (source, editors, "2024-10-24")


@pytest.mark.parametrize(
    ("line", "source", "editors"),
    [
        ("来源：南江日报编辑：孙晓", "南江日报", ["孙晓"]),
        ("（来源：南江日报 编辑：孙晓）", "南江日报", ["孙晓"]),
        ("来源：南江记者网", "南江记者网", []),  # 记者 inside a name is no field
    ],
)
def test_a_source_line_ends_where_the_next_field_begins(line: str, source: str, editors: list[str]) -> None:
    doc = parse_text("南江省前三季度GDP同比增长5.6%\n" + BODY + line + "\n")
    assert (doc.source, doc.editors) == (source, editors)


@pytest.mark.parametrize(
    ("dateline", "source"),
    [
        ("东江网 北京3月5日电（记者 王某）", "东江网"),  # a space after the outlet
        ("据南江社北京3月5日电 ", "南江社"),  # relayed
        ("南江日报北京3月5日电 ", "南江日报"),
    ],
)
def test_the_outlet_named_before_its_dateline(dateline: str, source: str) -> None:
    doc = parse_text("东江经济运行平稳\n" + dateline + "今年以来，全市经济运行总体平稳，一季度增长5.2%。\n")
    assert doc.source == source
    assert [b.text[:4] for _, b in doc.blocks()] == ["今年以来"]


@pytest.mark.parametrize(
    ("meta", "source"),
    [
        ("Dong Jiang Ri Bao Wang·2025-01-16 07:42", "Dong Jiang Ri Bao Wang"),
        ("Nan Jiang Xin Wen·2025-01-16", "Nan Jiang Xin Wen"),
    ],
)
def test_an_outlet_in_pinyin_beside_the_date(meta: str, source: str) -> None:
    doc = parse_text("去年东江市外贸进出口总值创新高\n" + meta + "\n" + BODY)
    assert (doc.date or "")[:10] == "2025-01-16"
    assert doc.source == source
    assert [s.heading for s in doc.sections] == [None]


def test_latin_words_beside_a_date_that_name_no_outlet_make_no_meta_line() -> None:
    doc = parse_text(
        "去年东江市外贸进出口总值创新高\n" + BODY + "Please read the full report here·2025-01-16\n"
    )
    assert doc.source is None


@pytest.mark.parametrize(
    ("meta", "date"),
    [
        ("二〇二〇年一月十五日", "2020-01-15"),
        ("二○一九年十二月三十一日", "2019-12-31"),
        ("发布时间：Jan 15, 2026", "2026-01-15"),
        ("Posted: March 3rd, 2019", "2019-03-03"),
        ("15 January 2026 10:00", "2026-01-15"),
    ],
)
def test_dates_in_chinese_numerals_and_english_month_names(meta: str, date: str) -> None:
    doc = parse_text("东江市一季度经济运行情况\n" + meta + "\n" + BODY)
    assert (doc.date or "")[:10] == date


@pytest.mark.parametrize("line", ["二〇二四年工作要点", "二十年来", "May 2019 figures"])
def test_look_alikes_of_dates_are_no_dates(line: str) -> None:
    doc = parse_text("东江市一季度经济运行情况\n" + line + "\n" + BODY)
    assert doc.date is None


def test_todays_date_above_the_headline_is_no_date_of_the_article() -> None:
    doc = parse_text("2026年2月3日 星期二\n东江市一季度经济运行情况\n" + BODY)
    assert doc.date is None
    doc = parse_text("东江市一季度经济运行情况\n2024年4月16日 星期二\n" + BODY)
    assert doc.date == "2024-04-16"  # under the headline it is the article's


def test_a_papers_masthead_over_its_page_is_no_title_and_dates_the_issue() -> None:
    doc = parse_text(
        "2024年03月05日 星期二\n东江日报海外版\n部长通道上的“民生账单”\n本报记者 王某某\n" + BODY
    )
    assert (doc.title, doc.date, doc.source) == ("部长通道上的“民生账单”", "2024-03-05", "东江日报海外版")


def test_a_papers_issue_date_outranks_todays_date() -> None:
    doc = parse_text(
        "2026年2月3日 星期二\n东江市一季度经济运行情况\n" + BODY + "《东江日报》（2025年04月13日 02 版）\n"
    )
    assert doc.date == "2025-04-13"


def test_our_paper_in_traditional_script_is_resolved_or_unknown() -> None:
    doc = parse_text(
        "東江市經濟運行情況\n　　本報訊（記者 王某）今年以來，東江市經濟運行總體平穩，一季度增長5.2%。\n"
    )
    assert doc.source is None


def test_a_short_last_paragraph_with_the_reports_end_mark_is_content_not_footer() -> None:
    doc = parse_text(
        "东江5月工业产出增速6.1%\n路透北京6月17日 - 东江市统计局周一公布，5月工业产出增速为6.1%，好于预期。\n"
        "分析师指出，消费仍然偏弱。(完)\n(编译 王某；审校 李某)\n"
    )
    assert [b.text[:5] for _, b in doc.blocks()] == ["东江市统计", "分析师指出"]
