"""The classes that an eleventh round of real pages showed, each with its look-alikes.

A mirror page that prints pinyin glosses after characters (``經(jīng)濟``): its headline, its 部长通道 name
lines and its ``某某网消息`` opener read as without them; a breadcrumb that ends with the page's date; a word
alone between double blank lines where an image stood (its alt text); a credit with a spaced two-character name
and the picture agency in brackets; ``记者：王某`` at the top as a byline; ``二看…三看…`` points; an outlet's
column that does the interviewing, and an outlet its experts speak to by name, as the source; a broadcaster's
letters as an asker (``CGTN：…？``); a reported question opened by its scene; a forum's post stamp under the
article's own date line; an app-channel ``讯`` opener; a press-release wire's ``SOURCE 某某``. The snippets are
invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from pathlib import Path

from tui.core.chrome import is_caption
from tui.core.document import parse_text
from tui.core.lines import split_lines, unglossed
from tui.core.model import BlockKind, Document
from tui.core.turns import turn_marker

ARTICLES = Path(__file__).parent / "data" / "articles"


def _kinds(text: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text)
    return [(b.kind.value, b.speaker) for s in doc.sections for b in s.blocks]


GLOSSED = (
    "繁體 | 簡(jiǎn)體\n\n"
    "東江觀(guān)察:“廳長(zhǎng)通道”話(huà)民生,五位廳長(zhǎng)答十八問\n\n"
    "東江在線(xiàn) > 新聞 > 要聞 2023-01-12 09:15:40\n\n"
    "五位廳長答了十八個問題,回答樸實具體。\n\n\n"
    "“今年的就業(yè)目標能夠完成。”12日上午,東江省人社廳廳長在通道上說。\n\n"
    "東江省水(shuǐ)利廳廳長(zhǎng)林某某:\n\n"
    "今年汛期堤防全部達(dá)標\n\n\n"
    "水(shuǐ)利\n\n\n"
    "“全省水庫都已完成汛前檢查,今年還要加固一批堤段。”林某某在通道上說。\n\n\n"
    "東江省科技廳廳長(zhǎng)周某:\n\n"
    "正加快建設省實驗室\n\n\n"
    "科技\n\n\n"
    "“省實驗室今年將新增三個研究方向。”周某表示。\n"
)


def test_a_glossed_mirror_reads_its_headline_date_and_name_heading_pairs() -> None:
    doc = parse_text(GLOSSED)
    assert doc.title == "東江觀(guān)察:“廳長(zhǎng)通道”話(huà)民生,五位廳長(zhǎng)答十八問"
    assert doc.date is not None and doc.date.startswith("2023-01-12")
    assert doc.breadcrumb[-1] == "要聞"
    assert [s.heading for s in doc.sections] == [
        None,
        "東江省水(shuǐ)利廳廳長(zhǎng)林某某:",
        "今年汛期堤防全部達(dá)標",
        "東江省科技廳廳長(zhǎng)周某:",
        "正加快建設省實驗室",
    ]
    captions = [b.text for b in doc.boilerplate if b.kind == "caption"]
    assert captions == ["水(shuǐ)利", "科技"]


def test_a_word_alone_between_double_blank_lines_is_an_images_label() -> None:
    text = (
        "省长记者会上的几个瞬间\n\n"
        "本网讯 昨天上午,省长在记者会上回答了中外记者的提问,现场气氛热烈。\n"
        "记者会持续了两个小时,省长回答了十余个问题。\n\n\n"
        "省长记者会\n\n\n"
        "省长记者会是每年省两会的重要活动,也是外界了解全省政策的一个窗口。\n"
        "今年的提问涉及就业、教育、住房等多个领域。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None]
    assert [b.text for b in doc.boilerplate if b.kind == "caption"] == ["省长记者会"]


def test_a_text_spaced_with_double_blank_lines_throughout_keeps_its_headings() -> None:
    text = (
        "东江省一季度经济运行情况发布\n\n\n"
        "本网讯 东江省统计局今天发布一季度经济数据,全省经济运行开局平稳。\n\n\n"
        "工业生产\n\n\n"
        "全省工厂开工充足,装备制造订单排到了年中。\n\n\n"
        "消费市场\n\n\n"
        "社会消费品零售总额同比增长百分之六点二,线上消费较为活跃。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "工业生产", "消费市场"]


def test_a_spaced_name_credit_with_the_agency_in_brackets_is_a_caption() -> None:
    assert is_caption("林 某摄(东方视觉)")
    assert is_caption("东江日报记者 周某某摄(视觉东江)")  # folded, as the parser asks
    assert not is_caption("专家认为下半年经济将会回暖(东江社)")
    text = (
        "东江经济韧性强 专家预计下半年回升\n\n"
        "近日,东江省某县的农民在田间管理秧苗。图为6月3日,合作社社员在田里劳作。\n"
        "　　林 某摄（东方视觉）\n\n"
        "　　6月5日,东江省政府举行吹风会,几位专家围绕经济形势答问。\n\n"
        "　　稳就业，促消费\n\n"
        "　　专家表示,岗位保住了,钱包才鼓,买东西才有底气。\n"
    )
    doc = parse_text(text)
    assert [s.heading for s in doc.sections] == [None, "稳就业，促消费"]


def test_a_colon_byline_at_the_top_is_no_question() -> None:
    text = (
        "经济成绩单怎么看？\n\n"
        "　　“稳住就业就稳住了基本盘。”\n\n"
        "　　记者：王某某\n\n"
        "　　东江省统计局今天发布年度数据,本网记者请几位学者谈了看法。\n\n"
        "　　专家指出,全年经济运行总体平稳。\n"
    )
    doc = parse_text(text)
    assert not any(b.kind == BlockKind.question for s in doc.sections for b in s.blocks)
    assert "王某某" in doc.authors
    assert [b.text for b in doc.boilerplate if b.kind == "byline"] == ["记者：王某某"]


def test_a_reporters_turn_answered_by_a_label_stays_a_question() -> None:
    text = (
        "对话东江省农业农村厅厅长\n\n"
        "记者：谢谢\n\n"
        "林某：不客气,欢迎再来。\n\n"
        "记者：今年粮食生产形势如何？\n\n"
        "林某：总体平稳,夏粮丰收已成定局。\n"
    )
    kinds = _kinds(text)
    assert [k for k, _ in kinds].count("question") == 2


def test_er_kan_san_kan_open_points_and_yi_kan_when_er_kan_follows() -> None:
    text = (
        "年度经济怎么看\n\n"
        "判断经济形势\n\n"
        "　　一看增长,全年经济增速保持在合理区间。\n\n"
        "　　二看就业,城镇新增就业超过预期目标。\n\n"
        "　　三看物价,居民消费价格温和上涨。\n\n"
        "其他方面\n\n"
        "　　一看到这些数据,市场信心明显增强。\n\n"
        "　　专家表示,下一步要继续扩大内需。\n"
    )
    doc = parse_text(text)
    assert [sum(b.kind == BlockKind.point for b in s.blocks) for s in doc.sections] == [3, 0]
    assert [b.ordinal for b in doc.sections[0].blocks] == [1, 2, 3]


def test_an_outlets_column_that_interviews_names_the_source() -> None:
    text = (
        "人口问题怎么看\n\n"
        "　　东江省统计局17日发布年度人口数据。围绕上述问题,东江网“东江观察”栏目采访了三位学者。\n\n"
        "　　专家认为,要加快完善生育支持政策。\n"
    )
    assert parse_text(text).source == "东江网"
    look_alike = text.replace("栏目采访了三位学者", "栏目也曾报道过")
    assert parse_text(look_alike).source is None


def test_an_outlet_the_experts_speak_to_by_name_twice_wrote_the_piece() -> None:
    text = (
        "上半年经济顶住压力\n\n"
        "　　“二季度的增长来之不易”,某银行首席经济学家林某向东江周刊表示,稳增长政策正在见效。\n\n"
        "　　某大学教授周某告诉东江周刊,下半年消费有望回暖。\n\n"
        "　　数据显示,上半年社会消费品零售总额有所下降。\n"
    )
    assert parse_text(text).source == "东江周刊"
    once = text.replace("某大学教授周某告诉东江周刊,", "某大学教授周某认为,")
    assert parse_text(once).source is None


def test_a_broadcasters_letters_ask_but_not_a_measures_nor_a_translation() -> None:
    for line, role in (
        ("CGTN：央行今年打算怎样引导资金投向低碳领域？", "question"),
        ("CNN记者：请问今年的增长目标能否实现？", "question"),
    ):
        turn = turn_marker(split_lines(line)[0])
        assert turn is not None and turn.role == role
    assert turn_marker(split_lines("GDP：同比增长百分之五。")[0]) is None
    assert (
        turn_marker(
            split_lines("CGTN: How will the bank steer lending toward low-carbon firms this year?")[0]
        )
        is None
    )


def test_a_reported_question_opened_by_its_scene_is_the_question() -> None:
    text = (
        "今年闭幕后不举行省长记者会\n\n"
        "本次省人大会议新闻发言人林某在记者会上说,今年闭幕后不举行省长记者会。\n\n"
        "在今天(1月14日)上午的省里两会首场发布会上,东江日报记者提问,今年闭幕后是否邀请省长出席记者会?\n\n"
        "林某答问时说,去年的做法是会后请省长与媒体见面。\n"
    )
    kinds = _kinds(text)
    assert ("question", "东江日报记者") in kinds
    assert [k for k, _ in kinds].count("question") == 1


def test_a_forum_post_stamp_ranks_under_the_articles_own_date_line() -> None:
    text = (
        "发表于 2023-01-15 07:20 IP属地:东江\n"
        "查看 2.1W | 回复 3\n"
        "今年闭幕后不举行省长记者会\n"
        "今年闭幕后不举行省长记者会\n"
        "发布 /2023年1月14日 11:30 AM\n"
        "本次省人大会议新闻发言人林某在记者会上说,今年闭幕后不举行省长记者会。\n"
        "林某说,明天省人大会议就要开幕了,省长将作政府工作报告。\n"
    )
    doc = parse_text(text)
    assert doc.title == "今年闭幕后不举行省长记者会"
    assert doc.date is not None and doc.date.startswith("2023-01-14")
    alone = parse_text("\n".join(line for line in text.split("\n") if not line.startswith("发布 /")))
    assert alone.date is not None and alone.date.startswith("2023-01-15")


def test_xun_openers_read_through_glosses_and_an_app_channel() -> None:
    glossed = (
        "東江網(wǎng)消息: 入夏以來,,東江多地(dì)接連遭受洪澇,,省裏的財(cái)力一下子吃緊了不少,。"
        "面對這樣的局面,,基層的工資和運轉(zhuǎn)怎樣兜住,成了大家最關心的事。\n\n"
        "東江省財(cái)政廳廳長表示,將繼續壓減一般性支出。\n"
    )
    assert parse_text(glossed).source == "東江網"
    channel = (
        "东江新闻网·大美东江客户端讯 扛着摄像机、抢占拍摄位置……1月14日下午,省人大会议新闻发布会举行。\n\n"
        "发布会上,省统计局负责人介绍了全年经济运行情况。\n"
    )
    assert parse_text(channel).source == "东江新闻网"


def test_a_press_release_wires_sign_off_names_who_issued_it() -> None:
    text = (
        "东江省长:东江将继续发挥外贸大省作用\n\n"
        "东州2023年4月1日 /某通社/ -- 东江国际传播中心(EastRiver)报道:东江省长在发布会上介绍全省发展情况。\n\n"
        "省长表示,东江外贸规模连续多年位居前列。\n\n"
        "SOURCE EastRiver\n"
    )
    doc = parse_text(text)
    assert doc.source == "EastRiver"
    assert "SOURCE EastRiver" in [b.text for b in doc.boilerplate]


def _glossed(text: str) -> str:
    """The text as a mirror prints it: the reading of every third character after it (``經(jīng)``)."""
    from pypinyin import Style, pinyin

    out: list[str] = []
    n = 0
    for ch in text:
        out.append(ch)
        if "\u4e00" <= ch <= "\u9fff":
            n += 1
            reading = pinyin(ch, style=Style.TONE)[0][0]
            if n % 3 == 0 and any(mark in reading for mark in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"):
                out.append(f"({reading})")
    return "".join(out)


def _outline(doc: Document) -> list[tuple[str | None, list[tuple[str, int | None]]]]:
    return [
        (unglossed(s.heading or "") or None, [(b.kind.value, b.ordinal) for b in s.blocks])
        for s in doc.sections
    ]


def test_every_genre_article_reads_the_same_through_a_mirrors_glosses() -> None:
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        plain, glossed = parse_text(text), parse_text(_glossed(text))
        assert unglossed(glossed.title or "") == (plain.title or ""), path.name
        assert glossed.date == plain.date, path.name
        assert unglossed(glossed.source or "") == (plain.source or ""), path.name  # a 来源 field as stored
        assert _outline(glossed) == _outline(plain), path.name
        for section in glossed.sections:  # offsets point into the text as written, glosses and all
            for block in section.blocks:
                assert block.text == glossed.text[block.start : block.end]


def test_a_glossed_blocks_text_keeps_its_glosses() -> None:
    doc = parse_text(GLOSSED)
    lead = doc.sections[0].blocks
    assert lead[0].text == "五位廳長答了十八個問題,回答樸實具體。"
    assert "通道上說" in unglossed(lead[1].text) and "(yè)" in lead[1].text
