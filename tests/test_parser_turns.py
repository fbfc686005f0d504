"""Turn markers, speakers and reported speech: every marker of the genre, and the look-alikes that are not.

The snippets are invented (names, outlets and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text
from tui.core.model import Block, Document

LEAD = "标题：某地经济运行情况\n\n近日，记者就有关问题采访了有关负责人，现将内容整理如下。\n\n"


def _blocks(body: str) -> list[Block]:
    return [b for _, b in parse_text(LEAD + body).blocks()][1:]


def _shape(doc: Document) -> list[tuple[str, str | None, str]]:
    return [(b.kind.value, b.speaker, b.text[:6]) for _, b in doc.blocks()]


@pytest.mark.parametrize(
    ("line", "kind", "speaker", "text"),
    [
        ("问：今年的目标能完成吗？", "question", None, "今年的目标"),
        ("问:今年的目标能完成吗?", "question", None, "今年的目标"),
        ("1问：文件出台的背景是什么？", "question", None, "文件出台的"),
        ("2.问：文件有哪些亮点？", "question", None, "文件有哪些"),
        ("Q3：如何确保落地？", "question", None, "如何确保落"),
        ("【问】如何确保落地？", "question", None, "如何确保落"),
        ("记者：如何看待当前形势？", "question", "记者", "如何看待当"),
        ("东方社记者：如何看待当前形势？", "question", "东方社记者", "如何看待当"),
        ("南江日报记者现场提问：工业有哪些亮点？", "question", "南江日报记者", "工业有哪些"),
        ("南江网：消费能否继续回暖？", "question", "南江网", "消费能否继"),
        ("主持人 周安然：请介绍一下有关情况。", "question", "主持人 周安然", "请介绍一下"),
        ("提问：企业如何申请？", "question", None, "企业如何申"),
    ],
)
def test_question_markers(line: str, kind: str, speaker: str | None, text: str) -> None:
    first = _blocks(line + "\n\n答：我们将按有关规定办理，力争年内完成。\n")[0]
    assert (first.kind.value, first.speaker, first.text[:5]) == (kind, speaker, text)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("答：我们将加快推进。", None),
        ("A3：我们将加快推进。", None),
        ("【答】我们将加快推进。", None),
        ("罗文清：我们将加快推进，确保各项举措早日落到实处，让企业办事少跑腿。", "罗文清"),
        (
            "国家统计局新闻发言人 罗文清：我们将加快推进，确保各项举措早日落到实处。",
            "国家统计局新闻发言人 罗文清",
        ),
        ("罗文清回应：我们将加快推进。", "罗文清"),
    ],
)
def test_answer_markers(line: str, speaker: str | None) -> None:
    blocks = _blocks("记者：下一步有何打算？\n\n" + line + "\n\n后续工作将分步实施。\n")
    assert [b.kind.value for b in blocks] == ["question", "answer", "answer"]
    assert blocks[1].speaker == speaker
    assert blocks[1].text.startswith("我们将加快推进")


def test_answer_that_opens_with_an_enumerator_is_a_point() -> None:
    blocks = _blocks("问：如何抓好落实？\n\n答：一是摸清企业底数。\n\n二是压实部门责任。\n")
    assert [(b.kind.value, b.ordinal) for b in blocks] == [("question", None), ("point", 1), ("point", 2)]
    assert blocks[1].text == "一是摸清企业底数。"


def test_several_interviewees_keep_their_names() -> None:
    doc = parse_text(
        LEAD + "记者：两地如何协同？\n\n林海：我们将共建产业园区，推动要素自由流动，实现优势互补。\n\n"
        "记者：生态方面呢？\n\n苏岩：我们将共同治理跨界河湖，建立联防联控机制，守护好一江清水。\n"
    )
    speakers = [(b.kind.value, b.speaker) for _, b in doc.blocks()][1:]
    assert speakers == [("question", "记者"), ("answer", "林海"), ("question", "记者"), ("answer", "苏岩")]


def test_a_press_qa_reported_answer_follows_the_question() -> None:
    blocks = _blocks(
        "南江晚报记者现场提问：下半年有何安排？\n\n郑海回应表示，将推动出台专项举措。\n\n具体方案近期公布。\n"
    )
    assert [(b.kind.value, b.speaker) for b in blocks] == [
        ("question", "南江晚报记者"),
        ("answer", "郑海"),
        ("answer", None),
    ]


def test_reported_question_is_a_question_only_when_the_paragraph_is_the_question() -> None:
    blocks = _blocks("有记者问：今年能否完成目标？\n\n对此，郑海表示，完成目标有基础。\n")
    assert [(b.kind.value, b.speaker) for b in blocks] == [("question", "记者"), ("answer", "郑海")]
    blocks = _blocks("有记者问到全年目标时，郑海表示，完成目标有基础。\n")
    assert [b.kind.value for b in blocks] == ["paragraph"]


# look-alikes ---------------------------------------------------------------------------------------------


def test_narration_in_a_press_report_is_no_answer() -> None:
    doc = parse_text(
        "某市召开新闻发布会\n\n5月8日，某市召开新闻发布会。\n\n"
        "市发展改革委主任郑海表示，上半年全市经济稳中有进。\n\n"
        "郑海表示：“下半年将着力扩大有效投资。”\n\n"
        "“我们有信心完成全年目标。”郑海说。\n\n"
        "郑海回应：将继续做好企业服务。\n\n"
        "郑海又表示，将加快重大项目建设。\n"
    )
    assert _shape(doc) == [
        ("paragraph", None, "5月8日，某"),
        ("paragraph", "市发展改革委主任郑海", "市发展改革委"),
        ("paragraph", "郑海", "郑海表示：“"),
        ("paragraph", "郑海", "“我们有信心"),
        ("paragraph", "郑海", "郑海回应：将"),
        ("paragraph", "郑海", "郑海又表示，"),  # 又 is no part of the name
    ]


@pytest.mark.parametrize(
    "line",
    [
        "稳预期：政策协同发力",  # a 主题：副题 heading, not a speaker
        "简单来说，就是要把政策落到实处。",  # 来说 is no speaker
        "总的来看，全年走势稳中有进。",
    ],
)
def test_no_speaker_where_none_speaks(line: str) -> None:
    doc = parse_text("某地经济观察\n\n导语一段，介绍背景。\n\n" + line + "\n\n正文一段，内容从略。\n")
    assert all(b.speaker is None for _, b in doc.blocks())
    assert all(b.kind.value != "answer" for _, b in doc.blocks())


def test_numbered_point_with_a_colon_is_no_turn() -> None:
    blocks = _blocks(
        "问：主要任务有哪些？\n\n答：主要有三项。\n\n1.主要任务：加快项目建设。\n\n2.保障措施：强化资金支持。\n"
    )
    assert [(b.kind.value, b.ordinal) for b in blocks] == [
        ("question", None),
        ("answer", None),
        ("point", 1),
        ("point", 2),
    ]


def test_outlet_named_first_is_a_question_not_a_point() -> None:
    blocks = _blocks("第一财经记者：消费券效果如何？\n\n答：效果明显。\n")
    assert [(b.kind.value, b.speaker) for b in blocks] == [("question", "第一财经记者"), ("answer", None)]


# round 2: the turns of unseen articles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("主持人周安然：请介绍一下有关情况。", "主持人周安然"),  # the host named without a space
        ("南江日報記者：工業有哪些亮點？", "南江日報記者"),  # traditional characters
        ("［东方通讯社记者］企业如何申请？", "东方通讯社记者"),
        ("【南江社记者】总理您好。企业如何申请？", "南江社记者"),
    ],
)
def test_more_question_markers(line: str, speaker: str) -> None:
    first = _blocks(line + "\n\n答：我们将按有关规定办理，力争年内完成。\n")[0]
    assert (first.kind.value, first.speaker) == ("question", speaker)


def test_a_speakers_label_on_a_line_of_its_own_gives_the_paragraph_under_it_its_turn() -> None:
    doc = parse_text(
        "某市新闻发布会实录\n\n全文如下：\n\n"
        "某市统计局局长兼发言人 郑海\n\n女士们、先生们，大家上午好。下面请郑海介绍有关情况。\n\n"
        "南江社记者：上半年经济增速如何？\n\n"
        "某市统计局新闻发言人 郑海：\n\n上半年全市经济稳中有进，主要指标好于预期。\n\n下半年我们有信心。\n\n"
        "郑海：\n\n还要补充一点，就业总体稳定。\n"
    )
    assert _shape(doc) == [
        ("paragraph", None, "全文如下："),
        ("answer", "某市统计局局长兼发言人 郑海", "女士们、先生"),
        ("question", "南江社记者", "上半年经济增"),
        ("answer", "某市统计局新闻发言人 郑海", "上半年全市经"),
        ("answer", None, "下半年我们有"),
        ("answer", "郑海", "还要补充一点"),
    ]
    assert [b.kind for b in doc.boilerplate] == ["speaker", "speaker", "speaker"]


def test_labels_outside_a_conversation_name_the_speaker_of_a_paragraph() -> None:
    doc = parse_text(
        "某市吹风会\n\n某市政府新闻办公室副主任 周安然\n\n女士们、先生们，大家上午好。\n\n"
        "某市发展改革委主任 郑海：\n\n各位记者朋友，大家好！\n"
    )
    assert _shape(doc) == [
        ("paragraph", "某市政府新闻办公室副主任 周安然", "女士们、先生"),
        ("paragraph", "某市发展改革委主任 郑海", "各位记者朋友"),
    ]


@pytest.mark.parametrize(
    "line",
    ["全文如下：", "具体实施办法为：", "他说：", "以下为直播实录：", "主要内容："],
)
def test_lead_ins_ending_in_a_colon_are_no_labels(line: str) -> None:
    doc = parse_text("某市吹风会\n\n导语一段，介绍背景。\n\n" + line + "\n\n正文一段，内容从略。\n")
    assert [b.text for _, b in doc.blocks()][1:] == [line, "正文一段，内容从略。"]
    assert [b.kind.value for _, b in doc.blocks()] == ["paragraph"] * 3
    assert not doc.boilerplate


def test_a_name_line_over_a_claim_heading_stays_a_heading() -> None:
    doc = parse_text(
        "部长通道速递（连线·部长通道）\n\n5月8日，几位部长先后来到通道前答问。\n\n"
        "某某部部长郑海\n\n就业形势总体稳定\n\n“今年以来，城镇新增就业稳步增加。”郑海说。\n"
    )
    assert [s.heading for s in doc.sections] == [None, "某某部部长郑海", "就业形势总体稳定"]


def test_a_lone_first_is_no_list_but_first_then_next_is() -> None:
    blocks = _blocks("周安然：首先，感谢各位记者朋友。时间有限，请提问吧。\n\n记者：全年目标能否完成？\n")
    assert [(b.kind.value, b.speaker) for b in blocks] == [("answer", "周安然"), ("question", "记者")]
    blocks = _blocks(
        "问：如何抓好落实？\n\n答：首先，摸清企业底数。\n\n其次，压实部门责任。\n\n最后，强化督查。\n"
    )
    assert [(b.kind.value, b.ordinal) for b in blocks] == [
        ("question", None),
        ("point", 1),
        ("point", 2),
        ("point", 3),
    ]


def test_a_numbered_question_before_an_answer_is_a_question_not_a_point() -> None:
    blocks = _blocks("1. 上半年经济运行如何？如何评价？\n\n答：总体平稳。\n\n一是工业增长加快。\n")
    assert [b.kind.value for b in blocks] == ["question", "answer", "point"]
    assert blocks[0].text.startswith("1. 上半年")


def test_a_report_that_ends_with_the_question_put() -> None:
    doc = parse_text(
        "某市记者会侧记\n\n散场音乐响起，这时有记者大声喊出了自己的问题：“您对消费者有什么话说？”\n\n"
        "“我们都是消费者。”市长简短地回答。\n\n记者们纷纷离场。\n"
    )
    assert [b.kind.value for _, b in doc.blocks()] == ["question", "paragraph", "paragraph"]


def test_a_hosts_remarks_put_no_question_but_a_hosts_question_does() -> None:
    doc = parse_text(
        "某市新闻发布会\n\n主持人 周安然：各位记者，上午好。下面请郑海局长介绍情况。\n\n"
        "郑海：上半年全市经济稳中有进。\n\n主持人 周安然：下面开始提问，请通报所在的新闻机构。\n\n"
        "南江社记者：下半年有何打算？\n\n郑海：继续扩大有效投资。\n\n主持人周安然：请您再谈谈就业。\n\n郑海：就业总体稳定。\n"
    )
    assert [(b.kind.value, b.speaker) for _, b in doc.blocks()] == [
        ("paragraph", "主持人 周安然"),
        ("answer", "郑海"),
        ("paragraph", "主持人 周安然"),
        ("question", "南江社记者"),
        ("answer", "郑海"),
        ("question", "主持人周安然"),
        ("answer", "郑海"),
    ]


def test_generic_markers_on_lines_of_their_own() -> None:
    blocks = _blocks("问：\n\n今年的目标能完成吗？\n\n答：\n\n有信心完成。\n")
    assert [(b.kind.value, b.text) for b in blocks] == [
        ("question", "今年的目标能完成吗？"),
        ("answer", "有信心完成。"),
    ]


def test_numbered_questions_of_a_qa_without_answer_markers() -> None:
    blocks = _blocks(
        "1. 上半年经济运行如何？\n\n总体平稳，好于预期。\n\n2. 下半年有何安排？\n\n继续扩大有效投资。\n"
    )
    assert [b.kind.value for b in blocks] == ["question", "answer", "question", "answer"]
    blocks = _blocks("主要措施如下。\n\n1. 加快项目建设。\n\n2. 优化营商环境。\n")
    assert [b.kind.value for b in blocks] == ["paragraph", "point", "point"]


def test_a_quoted_question_inside_an_answer_stays_the_answer() -> None:
    blocks = _blocks(
        "记者：群众最关心什么？\n\n答：我们做过调查。\n\n不少市民都提出了同一个问题：“房租会不会涨？”\n"
    )
    assert [b.kind.value for b in blocks] == ["question", "answer", "answer"]
