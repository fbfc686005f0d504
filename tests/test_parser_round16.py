"""Sources named by bylines, relays and portals, met before a set of real pages brings them (round sixteen).

A 来源 field that names a portal and, after its dash, the paper it carries; a byline that joins a paper and
its news site with ``·``; an app's dateline; an editor's note that names the interviewing outlet; a closing
credit in brackets with the broadcaster's house name; a dateline that relays another agency's report. Then
two pieces of page furniture (a download box's label, an English translation of a turn) and a caption that
names the one pictured. Every snippet is invented (names, places and numbers made up) in the shape of the
genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.credits import credit
from tui.core.document import parse_text
from tui.core.model import BlockKind
from tui.core.text import fold
from tui.core.widgets import furniture

_PARA = "前三季度里，全省规上工业的增加值较去年同期多出5.2%，比上半年快了0.4个百分点，回升势头更足。"
_MORE = "省统计局有关负责人表示，下一阶段将继续跟踪重点行业运行，做好数据质量核查，及时回应各方关切。"


def _source(text: str) -> tuple[str | None, str | None]:
    doc = parse_text(text)
    return doc.source, doc.site


def test_a_portal_and_its_paper_in_one_field_the_paper_is_the_source_over_the_portals_dateline() -> None:
    for field, paper, portal in (
        ("来源：某某网-某某日报海外版", "某某日报海外版", "某某网"),
        ("來源:某某網-某某日報", "某某日報", "某某網"),
        ("来源：某某网－经济某某报", "经济某某报", "某某网"),
        ("来源：某视网-某视新闻", "某视新闻", "某视网"),
    ):
        text = f"某市召开新闻发布会介绍前三季度经济\n\n2024年10月20日08:30    {field}\n\n某某网北京10月19日电 {_PARA}\n\n{_MORE}\n"
        assert _source(text) == (paper, portal), field


def test_a_channel_or_a_sub_site_after_the_portals_dash_leaves_the_portals_dateline_the_source() -> None:
    for field in ("来源：某某网-国际频道", "来源：某某网-某某健康网"):
        text = f"某市召开新闻发布会介绍前三季度经济\n\n2024年10月20日08:30    {field}\n\n某某网北京10月19日电 {_PARA}\n\n{_MORE}\n"
        assert _source(text)[0] == "某某网", field


def test_a_byline_of_a_paper_and_its_site_names_both_whatever_roles_follow_the_names() -> None:
    for byline, names in (
        ("某城商报·某豹新闻网记者 林一帆 实习生 程小禾", ("林一帆", "程小禾")),
        ("某某晚报·某某新闻记者 高远 通讯员 季青", ("高远", "季青")),
        ("某城商报·某豹新闻网记者 林一帆 北京报道", ("林一帆",)),
    ):
        found = credit(fold(byline))
        assert found is not None and found.kind == "byline", byline
        assert (found.source, found.authors) == (byline.split("记者")[0], names)
    doc = parse_text(f"某城商报·某豹新闻网记者 林一帆 实习生 程小禾\n{_PARA}\n{_MORE}\n")
    assert doc.source == "某城商报·某豹新闻网"
    assert "实习生" not in doc.authors


def test_a_sentence_with_a_middle_dot_is_no_byline() -> None:
    for line in ("某城商报·某豹新闻网记者从会上了解到，全省经济稳中向好", "中国·某某论坛记者会今天举行"):
        found = credit(fold(line))
        assert found is None or found.kind != "byline", line


def test_an_apps_dateline_names_its_outlet_without_the_app() -> None:
    for opening, outlet in (
        ("某新经纬客户端5月15日电 ", "某新经纬"),
        ("某某新闻客户端北京5月15日讯（记者 王小川）", "某某新闻"),
    ):
        doc = parse_text(f"某局发布4月经济数据\n\n{opening}{_PARA}\n\n{_MORE}\n")
        assert doc.source == outlet, opening
        assert doc.sections[0].blocks[0].text.startswith("前三季度里"), opening


def test_an_app_named_in_a_sentence_with_a_date_is_no_dateline() -> None:
    doc = parse_text(f"某局发布4月经济数据\n\n下载某某客户端5月15日起可查询全部数据。{_PARA}\n\n{_MORE}\n")
    assert doc.source is None


def test_an_editors_note_names_the_interviewing_outlet_as_the_last_resort() -> None:
    note = (
        "编者按：10月9日，某某局召开统计督察工作会议，部署下一阶段工作。近日，《某某信息报》记者就统计督察"
        "有关问题采访了某某局有关负责人。"
    )
    text = f"某某局有关负责人就统计督察有关问题答记者问\n\n{note}\n\n记者：统计督察的重点是什么？\n\n有关负责人：{_MORE}\n"
    assert parse_text(text).source == "某某信息报"
    # a dateline, where there is one, outranks the note
    dated = text.replace("编者按：", "某某社北京10月12日电 编者按：")
    assert parse_text(dated).source == "某某社"


def test_a_reporter_who_learned_by_interviews_or_our_own_reporter_names_no_interviewer() -> None:
    for note in (
        "近日，某某日报记者采访了解到，多地统计部门已完成自查。",
        "近日，本报记者就统计督察有关问题采访了某某局有关负责人。",
        "近日，记者就统计督察有关问题采访了某某局有关负责人。",
    ):
        text = f"某某局有关负责人就统计督察有关问题答记者问\n\n{note}\n\n记者：统计督察的重点是什么？\n\n有关负责人：{_MORE}\n"
        assert parse_text(text).source is None, note


def test_a_closing_credit_in_brackets_names_the_broadcaster_by_its_house_name() -> None:
    for credit_line, outlet in (
        ("（总台央视记者 章一鸣 关小禾）", "央视"),
        ("（央视记者 章一鸣）", "央视"),
        ("（某某台记者 章一鸣 关小禾）", "某某台"),
    ):
        text = f"商务部介绍前11个月外贸情况\n\n{_PARA}\n\n{_MORE}\n\n{credit_line}\n"
        doc = parse_text(text)
        assert doc.source == outlet, credit_line
        assert "章一鸣" in doc.authors


def test_a_quote_in_brackets_naming_a_broadcaster_is_no_credit() -> None:
    found = credit(fold("（总台央视记者会上，章一鸣说）"))
    assert found is None or found.source is None


def test_a_dateline_that_relays_one_agency_names_that_agency() -> None:
    for opening, outlet in (
        ("某评社北京3月14日电/据某华社报道，", "某华社"),
        ("某评社北京3月14日電/據某華社報導，", "某華社"),
        ("某评社香港3月14日电/据《某某日报》消息，", "某某日报"),
    ):
        doc = parse_text(f"部长通道集体采访收官\n\n{opening}{_PARA}\n\n{_MORE}\n")
        assert doc.source == outlet, opening


def test_a_relay_of_several_outlets_names_none_of_them() -> None:
    """``据某华社等媒体报道`` names no one outlet that wrote the report: the dateline's own outlet stays."""
    doc = parse_text(f"部长通道集体采访收官\n\n某评社北京3月14日电/据某华社等媒体报道，{_PARA}\n\n{_MORE}\n")
    assert doc.source == "某评社"


def test_a_download_boxs_label_is_furniture_and_a_heading_that_says_more_is_not() -> None:
    for label in ("资料下载", "附件下载：", "【下载全文】", "資料下載"):
        assert furniture(fold(label)), label
    for heading in ("资料下载量大增", "数据下载服务上线", "一、资料下载与共享"):
        assert not furniture(fold(heading)), heading
    text = f"某局发言人主持例行记者会\n\n2024-01-05 15:05:05\n\n资料下载\n\nimg20240105(1).png\n\n{_PARA}\n\n{_MORE}\n"
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None]


def test_an_english_translation_of_a_turn_is_no_second_question() -> None:
    text = (
        "某局发言人主持例行记者会\n\n问：某某部长本周出访三国，此行的主要目的是什么？\n\n答："
        + _MORE
        + "\n\n"
        "Q: Minister Wang is visiting three countries this week. What is the purpose of the trip?\n\n"
        "A: The department will keep following key industries and checking the quality of data.\n"
    )
    doc = parse_text(text)
    questions = [b for s in doc.sections for b in s.blocks if b.kind == BlockKind.question]
    assert len(questions) == 1
    # a question with Chinese in it under Q: is a question
    mixed = text.replace("Q: Minister", "Q：王部长本周出访三国，目的何在？Minister")
    assert sum(b.kind == BlockKind.question for s in parse_text(mixed).sections for b in s.blocks) == 2


def test_a_caption_that_names_the_one_pictured_names_a_page_with_no_headline() -> None:
    caption = "某某局新闻发言人、综合统计司司长林远山 摄影章小禾"
    text = f"{caption}\n某某网讯 记者章小禾 15日上午，{_PARA}\n{_MORE}\n"
    doc = parse_text(text)
    assert doc.title == caption
    assert (
        doc.sections[0].blocks[0].text.startswith("15日上午")
        or "前三季度里" in doc.sections[0].blocks[0].text
    )
    # a bare credit names nothing: the report's first line names the page
    bare = parse_text(f"资料图 某某社记者 章小禾 摄\n某某网讯 记者章小禾 15日上午，{_PARA}\n{_MORE}\n")
    assert bare.title != "资料图 某某社记者 章小禾 摄"
