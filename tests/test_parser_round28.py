"""Structure and source met in a twentieth set's pages (round twenty-eight).

A video's caption script (one short caption a line, no sentence marks, its credits under it) is body: no
headline stack swallows it, none of its captions is a heading, and a page with nothing but a mirror's stamp
over it is named by that stamp. The script's credit line names the outlet that made it, and a mirror's code
in its 来源 field names none. Every snippet is invented (names, places and numbers made up) in the shape of
the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document

_STAMP = "发布时间:2031-04-02 08:15:40 来源: qx20310402"
_CAPTIONS = (
    "3月18日\n"
    "某省商务厅召开2030年四季度新闻发布会\n"
    "某省商务厅新闻发言人周某某介绍\n"
    "全年全省外贸进出口总额2816亿元\n"
    "12月份实际使用外资47亿元\n"
    "截至12月末,跨境电商主体达到1.9万家\n"
    "全年外贸运行稳中向好\n"
    "今年以来,全省持续推进稳外贸稳外资政策\n"
    "出口信用保险、外贸专项资金等政策\n"
    "全年为企业减负36亿元\n"
    "周某某表示,下一步将继续扩大高水平开放\n"
    "推动外贸保稳提质\n"
)
_CREDITS = "记者:王某\n编辑:李某某\n设计:赵某\n华川社地方部出品\n(责编:钱某、孙某某)\n"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _texts(doc: Document) -> list[str]:
    return [block.text for _, block in doc.blocks()]


def test_a_caption_script_stays_body_and_has_no_headings() -> None:
    doc = parse_text(f"{_STAMP}\n{_CAPTIONS}{_CREDITS}")
    assert _headings(doc) == [None]
    texts = _texts(doc)
    for caption in _CAPTIONS.splitlines()[2:]:
        assert caption in texts, caption
    assert not any(entry.kind == "header" for entry in doc.boilerplate)
    assert "记者:王某" not in texts and "设计:赵某" not in texts


def test_a_script_under_a_mirrors_stamp_is_named_by_the_stamp() -> None:
    doc = parse_text(f"{_STAMP}\n{_CAPTIONS}{_CREDITS}")
    assert doc.title == _STAMP
    assert _texts(doc)[:2] == ["3月18日", "某省商务厅召开2030年四季度新闻发布会"]


def test_the_scripts_credit_names_the_outlet_and_a_mirrors_code_none() -> None:
    assert parse_text(f"{_STAMP}\n{_CAPTIONS}{_CREDITS}").source == "华川社"
    assert parse_text(f"{_STAMP}\n{_CAPTIONS}").source is None
    named = _STAMP.replace("qx20310402", "华川日报")
    assert parse_text(f"{named}\n{_CAPTIONS}").source == "华川日报"


def test_a_headline_over_paragraphs_keeps_its_header_and_headings() -> None:
    body = (
        "某省外贸进出口总额创新高\n2031-01-20 10:00 来源: 华川日报\n"
        "记者从某省商务厅获悉,全年全省外贸进出口总额2816亿元,同比增长6.1%。\n"
        "稳外贸政策持续发力\n"
        "今年以来,全省持续推进稳外贸稳外资政策,为企业减负36亿元。\n"
        "编辑:李某某\n"
    )
    doc = parse_text(body)
    assert doc.title == "某省外贸进出口总额创新高"
    assert _headings(doc) == [None, "稳外贸政策持续发力"]


def test_a_few_short_lines_are_still_headings() -> None:
    body = (
        "某省外贸进出口总额创新高\n"
        "记者从某省商务厅获悉,全年全省外贸进出口总额2816亿元,同比增长6.1%。\n"
        "外贸规模扩大\n全年外贸运行稳中向好,出口增长较快。\n"
        "结构持续优化\n跨境电商主体达到1.9万家,比上年增加三成。\n"
        "政策红利释放\n全年为企业减负36亿元,惠及企业近万家。\n"
    )
    assert _headings(parse_text(body)) == [None, "外贸规模扩大", "结构持续优化", "政策红利释放"]


def test_a_reporters_turn_with_a_name_in_an_interview_stays_a_question() -> None:
    body = (
        "对话某省商务厅厅长\n\n记者:周某\n\n"
        "林某:不客气,欢迎再来。\n\n记者:今年外贸形势如何?\n\n林某:总体平稳,全年增长6.1%。\n"
    )
    kinds = [block.kind.name for _, block in parse_text(body).blocks()]
    assert kinds.count("question") == 2


_PRESSER = (
    "您的位置:首页>时政>正文\n\n"
    "解读《2031年政府工作报告》首场新闻发布会召开\n\n"
    "{host}\n\n"
    "2月3日上午,某自治区人民政府新闻办公室召开新闻发布会,就报告起草过程和今年工作思路作了介绍。\n\n"
    "{speaker}\n\n"
    "过去五年,全区生产总值年均增长6.8%,城乡居民收入稳步提高。\n"
)


def test_who_speaks_at_a_press_conference_is_no_heading() -> None:
    for host, speaker in (
        ("主持人:自治区新闻办主任 某某某", "发言人:自治区政府新闻发言人、副秘书长 某某"),
        ("主持人:某某某", "發言人:自治區政府新聞發言人 某某"),
        ("主持人:某某某", "发布人:someone"),
    ):
        doc = parse_text(_PRESSER.format(host=host, speaker=speaker))
        assert _headings(doc) == [None], speaker


def test_a_heading_that_starts_like_a_label_stays_a_heading() -> None:
    doc = parse_text(_PRESSER.format(host="主持人:某某某", speaker="发布会主要内容"))
    assert _headings(doc) == [None, "发布会主要内容"]


_APP_PAGE = (
    "menu-icon\nlogo icon\n热门话题某某号某某币\nsearch icon\n\n美股\n\n"
    "某部回应外方指责:从不搞所谓经济胁迫\n\n"
    "{byline}\n\n\n"
    "外方近日再次提出多项指控,某部发言人今 (12) 日回应称,相关说法毫无根据,并强调合作共赢的立场不会改变。\n\n"
    "发言人在例行记者会上表示,2030年双边贸易额增长7.2%,合作成果有目共睹。\n"
)


def test_an_apps_menu_gives_way_to_the_headline_over_its_desks_byline() -> None:
    doc = parse_text(_APP_PAGE.format(byline="华川网编译王某某 综合外电报导 2030-11-12 17:20"))
    assert doc.title == "某部回应外方指责:从不搞所谓经济胁迫"
    assert doc.date is not None and doc.date.startswith("2030-11-12")
    assert doc.source == "华川网"
    assert _headings(doc) == [None]
    trad = parse_text(_APP_PAGE.format(byline="華川網編譯王某某 綜合外電報導 2030-11-12 17:20"))
    assert trad.source == "華川網"


def test_a_sentence_with_a_date_is_no_byline() -> None:
    line = "华川网编译的报道称外方指控毫无根据 2030-11-12"
    doc = parse_text(_APP_PAGE.format(byline=line))
    assert doc.source is None


def test_the_name_on_the_date_line_alone_again_is_the_byline() -> None:
    page = (
        "从两会看今年经济走势\n2031-05-12王某某\n王某某\n"
        "今年是实施规划的关键之年,做好经济工作至关重要。\n"
        "《某某文摘》: 去年经济运行有哪些特点?\n"
    )
    doc = parse_text(page)
    assert _headings(doc) == [None]
    assert "王某某" not in [block.text for _, block in doc.blocks()]
    other = page.replace("\n王某某\n", "\n李某\n")
    assert not any(entry.text == "李某" for entry in parse_text(other).boilerplate)


def test_a_numbered_agenda_and_the_heading_under_it_are_no_script() -> None:
    page = (
        "某市政协会议首场新闻发布会举行\n2031-03-03 10:49 来源:华川网\n"
        "会议议程\n3月13日上午,大会闭幕。\n"
        "主要安排\n大会将安排:\n1、3次大会发言\n2、10次小组讨论\n3、1次界别联组讨论\n4、3场记者会\n"
        "5、2场委员集中采访活动\n在记者提问环节,发言人一共回答了12位记者的提问。\n"
        "关于区域协同发展\n区域协同发展取得新进展,两地合作项目已有36个落地,发言人介绍了相关情况。\n"
    )
    assert _headings(parse_text(page)) == ["会议议程", "主要安排", "关于区域协同发展"]


_PASSAGE = (
    "答问有分量。今年的“部长通道”上,多位部长回应社会关切,用数据说话,引来记者围观。\n"
    "3月5日,全国人大会议在北京开幕,会后多位部长在通道上接受了记者的集中采访,回答了十多个问题。\n"
    "{dash}\n"
    "全国两会历来是观察政策走向的窗口,今年的“部长通道”上,某部部长表示,全年新增就业目标能够完成,预计超过1200万人。\n"
    "另一位部长称,财政支出将继续向民生倾斜,今年安排的资金比上年增长8.5%。\n"
)


def test_a_short_dash_led_line_between_paragraphs_is_a_subhead() -> None:
    doc = parse_text(_PASSAGE.format(dash="——有“看头”"))
    assert _headings(doc) == [None, "——有“看头”"]


def test_dash_led_lines_one_under_another_or_with_clauses_are_no_subheads() -> None:
    for dash in ("——有“看头”\n——有“分量”", "——一位部长说,目标能够完成", "——广而告之——"):
        doc = parse_text(_PASSAGE.format(dash=dash))
        assert not any(h and h.startswith("——") for h in _headings(doc)), dash
