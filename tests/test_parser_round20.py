"""Structure and source met before a fifteenth set of real pages brings them (round twenty).

Source: a statistics bureau's ``发布机构:`` field; a magazine's issue line under the headline; a paper's signed
article announced over the headline; a radio digest relayed at the text's start (pinyin debris too), under a
dateline's outlet; an outlet naming itself at a later sentence's start; an info list's outlet item over its
date item; an e-paper's name; a wire's dateline fused with the restated headline, its website's 来源 under it.
Structure: ``作者 王某`` without a colon; a day alone on its line in a round-up; the font-size switch's
``标准``; a round-up's ``Q王某：`` turns. Every snippet is invented (names, places and numbers made up) in the
shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document

_PARA = "前三个季度，全省的货物进出口总值比上年同期少了6.2%，外部需求依旧偏弱，形势不容乐观。"
_MORE = "省商务厅有关负责人表示，下一步将稳住外贸基本盘，帮助企业拓展新兴市场，推动加工贸易梯度转移。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _count(doc: Document, kind: BlockKind) -> int:
    return sum(1 for s in doc.sections for b in s.blocks if b.kind == kind)


def test_a_publishers_field_in_the_info_bar_signs_the_page() -> None:
    doc = parse_text(
        "• 站内\n• 图片\n\n东川省统计局通报上半年经济形势\n\n"
        "发布机构:东川省统计局 发布日期:2021-07-22\n\n"
        f"{_PARA}\n{_MORE}\n"
    )
    assert (doc.source, doc.date) == ("东川省统计局", "2021-07-22")
    # look-alike: a publisher's field naming no organisation signs nothing
    doc = parse_text(
        f"东川省通报上半年经济运行情况\n\n发布机构:网站编辑部整理 发布日期:2021-07-22\n\n{_PARA}\n"
    )
    assert doc.source is None


def test_a_magazines_issue_line_names_the_magazine_and_is_no_heading() -> None:
    for issue, magazine in (
        ("西岭农业 2018年10期", "西岭农业"),
        ("《南湖经济研究》2020年第3期", "南湖经济研究"),
        ("北川月刊 2018(06)", "北川月刊"),
    ):
        doc = parse_text(
            f"省政府召开前三季度经济形势新闻发布会\n\n2019-11-07王某\n\n{issue}\n\n{_PARA}\n\n{_MORE}\n"
        )
        assert doc.source == magazine, issue
        assert _headings(doc) == [None], issue
    # look-alike: a training course's term is no magazine
    doc = parse_text(f"某某干部培训班2019年第3期\n\n{_PARA}\n\n{_MORE}\n")
    assert doc.source is None


def test_a_papers_signed_article_announced_over_the_headline_names_the_paper() -> None:
    doc = parse_text(
        f"政务公开 > 解读回应\n《东海日报》发表周某某署名文章:\n今年我省经济发展五大看点(形势谈)\n{_PARA}\n{_MORE}\n"
    )
    assert doc.title == "今年我省经济发展五大看点(形势谈)"
    assert doc.source == "东海日报"
    # look-alike: a sentence that reports such an article, under the headline, names no source
    doc = parse_text(
        "今年我省经济发展五大看点\n《东海日报》发表周某某署名文章指出，今年我省经济运行稳中向好，亮点纷呈。\n"
        f"{_PARA}\n"
    )
    assert doc.source is None


def test_a_radio_digest_relayed_at_the_start_names_the_channel() -> None:
    opening = "據(jù)南山之聲《早間新聞摘要》消(xiāo)息,截至目前已有十二個省份公佈經(jīng)濟成績。"
    doc = parse_text(f"{opening}\n上半年，全國經濟總體平穩，多數省份增速高於全國水準。\n")
    assert doc.source == "南山之聲"
    doc = parse_text(f"据南山之声《早间新闻摘要》报道，目前已有十二个省份公布上半年经济数据。\n{_PARA}\n")
    assert doc.source == "南山之声"
    # under a dateline the dateline's outlet files its channel's digest
    doc = parse_text(
        "早间新闻摘要全文\n\n  南山网北京3月9日消息(记者 钱某)据南山之声《早间新闻摘要》报道，"
        f"某部昨天举行吹风会，解读今年的工作安排。\n\n  {_PARA}\n"
    )
    assert doc.source == "南山网"
    # look-alike: a channel's reporter learning something relays no programme
    doc = parse_text(f"据南山之声记者了解，目前已有十二个省份公布上半年经济数据。\n{_PARA}\n")
    assert doc.source is None


def test_an_outlet_naming_itself_at_a_later_sentence_start_is_the_source() -> None:
    doc = parse_text(
        "各地上半年成绩单出炉\n"
        "随着统计部门公布上半年“成绩单”，各地陆续发布经济数据。东湖新闻从各地统计局官网了解到，多数省份已公布。\n"
        f"{_PARA}\n"
    )
    assert doc.source == "东湖新闻"
    # look-alike: inside a quotation someone else speaks
    doc = parse_text(
        "各地上半年成绩单出炉\n"
        "他说：“各地陆续发布经济数据。东湖新闻从各地统计局官网了解到的情况也是如此。”\n"
        f"{_PARA}\n"
    )
    assert doc.source is None


def test_an_info_lists_outlet_item_over_its_date_item_is_the_source() -> None:
    doc = parse_text(
        "帐号登录\n\n全国政协会议5日开幕 会期六天\n\n  • 西山卫视\n  • 2023/03/03 22:08\n分享到:\n\n"
        f"{_PARA}\n\n{_MORE}\n"
    )
    assert doc.source == "西山卫视"
    assert doc.date is not None and doc.date.startswith("2023-03-03")
    # look-alike: an item that is no outlet's name
    doc = parse_text(
        f"帐号登录\n\n全国政协会议5日开幕 会期六天\n\n  • 热点新闻推荐\n  • 2023/03/03 22:08\n\n{_PARA}\n"
    )
    assert doc.source is None


def test_an_e_papers_name_is_its_papers() -> None:
    doc = parse_text(
        f"北港网\n\n北港报电子版\n首页 > 要闻 > 正文\n\n记者提问集锦\n\n2024-03-09 04:03:39北港报\n字号\n放大\n标准\n分享\n\n"
        f"  {_PARA}\n\n  {_MORE}\n"
    )
    assert doc.source == "北港报"
    assert _headings(doc) == [None]  # 字号 / 放大 / 标准: the font-size switch


def test_a_wires_dateline_fused_with_the_restated_headline_names_the_agency() -> None:
    doc = parse_text(
        "我国前三季度多省GDP数据揭晓\n\n　　原标题：我国前三季度多省GDP数据揭晓\n\n"
        "　　中新社北京11月2日电 题：我国前三季度多省GDP数据揭晓\n\n　　作者 钱某某\n\n"
        f"　　{_PARA}\n\n　　{_MORE}\n\n来源：中国新闻网\n\n责任编辑：孙某\n"
    )
    assert doc.source == "中新社"
    assert _headings(doc) == [None]  # 作者 钱某某: the writer's credit, no heading
    assert "钱某某" in doc.authors
    # look-alike: 作者简介 is a box's label, no credit
    doc = parse_text(f"某某问题研究\n\n作者简介\n\n{_PARA}\n\n{_MORE}\n")
    assert "简介" not in "".join(doc.authors)


def test_a_day_alone_under_an_events_heading_is_no_heading_and_q_names_ask() -> None:
    doc = parse_text(
        "首页 > 新闻 > 正文\n\n本报记者两会精彩提问\n\n2024-03-09 04:03:39北港报\n字号\n放大\n标准\n\n  全国政协会议新闻发布会\n\n  3月3日\n\n"
        "  Q钱某:大湾区融合发展加速，请问政协做了哪些工作?\n\n"
        "  A大会新闻发言人孙某:一年来，委员们围绕融合发展建言献策。\n\n"
        "  第二场“部长通道”\n\n  3月8日上午\n\n"
        "  Q周某某:春运刚刚结束，请问今年人员流动量有多少?\n\n"
        "  A交通部门负责人吴某:春运期间人员跨区域出行的总量创了新高。\n"
    )
    assert _headings(doc) == ["全国政协会议新闻发布会", "第二场“部长通道”"]
    assert [sum(b.kind == BlockKind.question for b in s.blocks) for s in doc.sections] == [1, 1]
    assert doc.sections[1].blocks[0].text == "3月8日上午"  # the day: a label of the body
    # look-alikes: a day with its event is a heading; Q版 is no asker
    doc = parse_text(
        f"首页 > 新闻 > 正文\n\n本报记者两会精彩提问\n\n2024-03-09 04:03:39北港报\n字号\n放大\n标准\n\n  3月3日：政协会议开幕\n\n  {_PARA}\n\n  3月5日：人大会议开幕\n\n  {_MORE}\n"
    )
    assert [h for h in _headings(doc) if h] == ["3月3日：政协会议开幕", "3月5日：人大会议开幕"]
    doc = parse_text(f"吉祥物发布\n\nQ版形象:憨态可掬，很受欢迎?\n\n{_PARA}\n")
    assert _count(doc, BlockKind.question) == 0


def test_an_image_placeholder_and_an_attendance_caption_are_no_headings() -> None:
    doc = parse_text(
        "某局局长谈当前经济走势(副题)\n新华社北京3月14日电(记者钱某)如何看待去年的经济表现?局长进行了回应。\n"
        f"(资料图片,仅供参考)\n{_PARA}\n{_MORE}\n"
    )
    assert _headings(doc) == [None]
    doc = parse_text(
        "省政府召开前三季度经济形势新闻发布会\n\n2019-11-07王某\n\n省水利厅党组书记钱某某参加新闻发布会\n\n"
        f"{_PARA}\n\n省水利厅党组书记钱某某参加新闻发布会，并就全省农业生产情况回答记者提问。\n\n{_MORE}\n"
    )
    assert _headings(doc) == [None]
    # look-alikes: a subhead the text does not echo, and a sentence opening on an image's mention
    doc = parse_text(
        "省政府召开前三季度经济形势新闻发布会\n\n2019-11-07王某\n\n"
        f"{_PARA}\n\n省水利厅党组书记钱某某参加新闻发布会\n\n{_MORE}\n\n稳住外贸基本盘\n\n{_PARA}\n"
    )
    assert "省水利厅党组书记钱某某参加新闻发布会" in _headings(doc)
    doc = parse_text(f"某局局长谈当前经济走势\n资料图片显示，今年以来全省粮食产量稳步增长。\n{_PARA}\n")
    assert any(b.text.startswith("资料图片显示") for s in doc.sections for b in s.blocks)


def test_subheads_over_dash_decks_in_a_traditional_mirror_are_headings_to_the_cut_end() -> None:
    text = (
        "? 原標題:去年經濟實現兩個突破 官方回應熱點\n"
        "南山網北京1月21日電(記者錢某) 統計部門18日公佈了去年的經濟數據,多項指標好於預期。\n"
        "南山社記者孫某攝\n去年經濟成績如何?\n"
        "——看點不少也有兩個突破 在這份經濟成績單中,兩個突破尤為重要,經濟總量首次站上新台階。\n"
        "此外,去年經濟還有諸多亮點,進出口總額比上年增長了一成以上,結束了此前兩年的下滑。\n"
        "南山社記者周某攝\n回應少數地方數據不準確\n——不影響全國的統計數據"
    )
    doc = parse_text(text)
    assert _headings(doc) == [None, "去年經濟成績如何?", "回應少數地方數據不準確"]
    # look-alike: a question over its asker's dash (a name, too short for a deck) is no subhead
    doc = parse_text(
        f"读者来信摘编\n{_PARA}\n稳住外贸基本盘\n{_MORE}\n外贸企业的订单何时回暖?\n——钱某某\n{_MORE}\n"
        f"小微企业贷款还难不难?\n——孙某\n{_PARA}\n"
    )
    assert _headings(doc) == [None, "稳住外贸基本盘"]


def test_a_speakers_second_subhead_cut_off_by_the_page_end_is_a_heading() -> None:
    head = "帐号登录\n\n全国政协会议5日开幕 会期六天\n\n  • 西山卫视\n  • 2023/03/03 22:08\n\n"
    body = f"大会发言人孙某在回答提问时表示，今年会把稳增长摆在突出位置。\n\n{_PARA}\n\n"
    first = "孙某某表示:今年把稳增长摆在前面 促进经济运行持续向好\n\n"
    doc = parse_text(f"{head}{body}{first}{_MORE}\n\n{_PARA}\n\n孙某某表示:坚定不移扩大对外 开")
    assert [h for h in _headings(doc) if h] == [
        "孙某某表示:今年把稳增长摆在前面 促进经济运行持续向好",
        "孙某某表示:坚定不移扩大对外 开",
    ]
    # look-alike: another speaker's words cut off by the page end are no subhead of this one's
    doc = parse_text(f"{head}{body}{first}{_MORE}\n\n{_PARA}\n\n钱某某指出:坚定不移扩大对外 开")
    assert [h for h in _headings(doc) if h] == ["孙某某表示:今年把稳增长摆在前面 促进经济运行持续向好"]


def test_a_report_tag_in_brackets_is_no_headline_but_the_texts_first_heading() -> None:
    text = (
        "发布时间:2025-11-20 03:15:20 来源: ab20251120\n【来自东川省政府新闻发布会的报道】\n"
        f"{_PARA}\n{_MORE}\n外贸基本盘总体稳固\n{_PARA}\n"
    )
    doc = parse_text(text)
    assert doc.title == "发布时间:2025-11-20 03:15:20 来源: ab20251120"
    assert _headings(doc) == ["【来自东川省政府新闻发布会的报道】", "外贸基本盘总体稳固"]
    # look-alike: a headline in brackets that is no report's tag stays the headline
    doc = parse_text(
        f"发布时间:2025-11-20 03:15:20 来源: ab20251120\n【东川外贸基本盘总体稳固】\n{_PARA}\n{_MORE}\n"
    )
    assert doc.title == "【东川外贸基本盘总体稳固】"


def test_second_and_third_points_after_an_unmarked_first_count_as_points() -> None:
    text = (
        "某局局长谈去年经济\n\n某局局长钱某表示，去年经济增速回落0.3个百分点，要全面地看待这个变化。\n\n"
        "其次，他认为对增速的回落要一分为二地看。“总量扩大了，每一个百分点的含量也就更大了。”\n\n"
        "第三则要放在更长的时间里看。钱某说，经济结构正在发生深刻变化，服务业比重持续上升。\n"
    )
    assert _count(parse_text(text), BlockKind.point) == 2
    # look-alike: 第三则消息 (a third news item, 则 its measure word) counts nothing off
    text = (
        "某地新闻速览\n\n第一则新闻说的是港口的吞吐量，今年以来增长较快。\n\n"
        "第三则消息显示，全市新设企业数量比上年同期增加了一成。\n"
    )
    assert _count(parse_text(text), BlockKind.point) == 0
