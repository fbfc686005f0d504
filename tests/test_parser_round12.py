"""The classes that a twelfth round of real pages showed, each with its look-alikes.

A digest's ``NO.n`` item whose headline holds an exclamation, a closing ``……`` or a question; the plain
lines under a box of links' label (``【相关报道】``), which are linked titles, not headings; a channel's blurb
under its post (what brand it is, which team made it, where to comment); a wire photo's slug (``(两会)(2)…``)
over its caption; a page with no headline that opens with a photo's caption over the report's first
paragraph. The snippets are invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.chrome import chrome_kind, is_caption
from tui.core.document import parse_text
from tui.core.widgets import furniture

DIGEST = (
    "财经早报_某部再发声,事关消费、就业……\n\n"
    "　　【政经要闻】\n\n"
    "　　NO.1 重磅！刚才，某部又有新表态，事关消费、就业、物价……\n\n"
    "　　在内需恢复的背景下，消费能否继续回升？某部有关负责人在周二的吹风会上回答了记者提问。\n\n"
    "　　消费回升的势头还会延续\n\n"
    "　　某部负责人表示，下一步将继续扩大有效需求，稳住就业基本盘。\n\n"
    "　　【相关报道】\n\n"
    "　　某部门发声：稳就业政策加码\n\n"
    "　　NO.2  我国10月外贸额同比增长3.1% 官方解读\n\n"
    "　　海关方面表示，10月外贸运行总体平稳，进出口规模保持稳定。\n\n"
    "　　【延伸阅读】\n\n"
    "　　10月末我国外贸额达到3.5万亿元\n\n"
    "　　NO.3   花三千元买的延保服务为何白买了？\n\n"
    "　　近日，东江市的张先生向某投诉平台反映，手机损坏后维修却需要自费。\n\n"
    "　　NO.4 某地出台方案稳定菜价\n\n"
    "　　某地日前出台方案，明确稳定蔬菜价格的五项措施。\n"
)


def test_digest_items_are_headings_whatever_their_headline_marks() -> None:
    doc = parse_text(DIGEST)
    heads = [s.heading for s in doc.sections if s.heading]
    assert "NO.1 重磅！刚才，某部又有新表态，事关消费、就业、物价……" in heads
    assert "NO.3   花三千元买的延保服务为何白买了？" in heads
    assert "NO.2  我国10月外贸额同比增长3.1% 官方解读" in heads
    assert "NO.4 某地出台方案稳定菜价" in heads
    assert not any(b.kind.value == "question" and "延保" in b.text for s in doc.sections for b in s.blocks)


def test_the_titles_in_a_box_of_links_are_no_headings_but_its_label_is() -> None:
    doc = parse_text(DIGEST)
    heads = [s.heading for s in doc.sections if s.heading]
    assert "【相关报道】" in heads and "【延伸阅读】" in heads
    assert "10月末我国外贸额达到3.5万亿元" not in heads
    assert "消费回升的势头还会延续" in heads  # a plain subhead not under a box of links stays a heading


def test_a_plain_subhead_under_a_bracket_label_that_is_no_link_box_stays_a_heading() -> None:
    text = (
        "某市举行经济形势发布会\n\n"
        "某市统计局日前举行发布会，介绍前三季度经济运行情况。\n\n"
        "【热点解读】\n\n"
        "消费市场持续回暖\n\n"
        "前三季度，全市社会消费品零售总额同比增长6.2%。\n"
    )
    heads = [s.heading for s in parse_text(text).sections if s.heading]
    assert heads == ["【热点解读】", "消费市场持续回暖"]


BLURB = (
    "三季度东江经济交出怎样的答卷?\n"
    "东江快讯是东江卫视全媒体新闻品牌\n"
    "由《东江夜话》团队出品\n"
    "更多分析请下载东江快讯APP\n"
    "参与评论请在新浪微博@东江快讯\n"
    "东江省就前三季度经济运行情况举行发布会\n"
    "发布会上,省统计局有关负责人介绍,前三季度全省地区生产总值同比增长5.1%。\n"
    "东江快讯记者在现场提问。\n"
)


def test_a_channels_blurb_under_its_post_is_furniture_not_headings() -> None:
    doc = parse_text(BLURB)
    assert doc.title == "三季度东江经济交出怎样的答卷?"
    assert [s.heading for s in doc.sections if s.heading] == ["东江省就前三季度经济运行情况举行发布会"]
    kept = {b.text for b in doc.boilerplate}
    assert {
        "东江快讯是东江卫视全媒体新闻品牌",
        "由《东江夜话》团队出品",
        "参与评论请在新浪微博@东江快讯",
    } <= kept


def test_blurb_forms_and_their_look_alikes() -> None:
    for line in ("某某财经是某报旗下财经资讯平台", "本期由某某工作室制作", "欢迎在评论区留言讨论"):
        assert furniture(line), line
    for line in (
        "茅台是国内知名白酒品牌",  # a brand named in the text, no outlet's
        "由中国制造到中国创造",  # 由…到…, no team that made a post
        "由政府主导转向市场主导",
        "欢迎外资企业参与讨论",  # a call, but to no comment box
        "请在微博上评论政府工作报告的网民达到一万人",  # a figure: a sentence of the report
        "新能源汽车是产业升级的重要平台",
    ):
        assert not furniture(line), line


PHOTO_SLUG = (
    "通达民心——九位部门负责人亮相“部长通道”\n\n"
    "2024-03-08 08:10:02  来源:新华社\n\n"
    "新华社北京3月7日电 九位部门负责人7日在“部长通道”上回答了记者提问。\n\n"
    "“群众的事就是我们的事。”一位部长在通道上说。\n\n"
    "(两会)(3)部长通道\n\n"
    "3月7日,十四届全国人大二次会议举行第二次全体会议。这是某部部长接受采访。\n\n"
    "新华社记者 王某 摄\n\n"
    "“今年要让更多家庭用上清洁能源。”某局局长说。\n"
)


def test_a_wire_photos_slug_is_a_caption_not_a_heading() -> None:
    doc = parse_text(PHOTO_SLUG)
    assert [s.heading for s in doc.sections] == [None]
    assert "(两会)(3)部长通道" in {b.text for b in doc.boilerplate}


def test_photo_slug_forms_and_their_look_alikes() -> None:
    for line in ("(两会)(2)采访部长", "(经济)(3)某地春耕忙", "(新华全媒+)(1)走进冰雪小镇"):
        assert is_caption(line), line
    for line in ("(一)(1)稳增长", "(二)(3)就业总体稳定", "(2)采访部长", "(两会)采访部长"):
        assert not is_caption(line), line


CAPTION_FIRST = (
    "2024年7月16日,某某局局长王某某作客某某网,解读上半年经济数据。图为王某某在访谈现场。某某网 李某摄\n"
    "上半年经济“成绩单”于昨日公布。数据显示,上半年地区生产总值同比增长5.0%,其中二季度增长4.8%。"
    "业内认为,这一数据基本符合市场预期。\n"
    "某某局局长王某某7月16日接受某某网记者专访,解读上半年经济形势。\n"
    "以下为访谈实录:\n"
    "【王某某】上半年的成绩来之不易,外部环境复杂多变。\n"
)


def test_a_page_that_opens_with_a_caption_over_its_first_paragraph_is_named_by_the_caption() -> None:
    doc = parse_text(CAPTION_FIRST)
    assert doc.title == CAPTION_FIRST.splitlines()[0]
    assert chrome_kind(CAPTION_FIRST.splitlines()[0]) == "caption"
    first = doc.sections[0].blocks[0].text
    assert first.startswith("上半年经济“成绩单”于昨日公布")


def test_a_caption_over_a_headline_leaves_the_headline_the_title() -> None:
    text = (
        "2024年7月16日,某某局局长王某某在发布会上。图为发布会现场。某某网 李某摄\n"
        "上半年经济运行稳中有进\n"
        "上半年经济“成绩单”于昨日公布。数据显示,上半年地区生产总值同比增长5.0%。\n"
        "业内认为,这一数据基本符合市场预期。\n"
    )
    assert parse_text(text).title == "上半年经济运行稳中有进"


def test_a_bare_credit_first_does_not_name_the_page() -> None:
    text = (
        "资料图\n"
        "上半年经济“成绩单”于昨日公布。数据显示,上半年地区生产总值同比增长5.0%,其中二季度增长4.8%。"
        "业内认为,这一数据基本符合市场预期。\n"
        "某某局局长王某某接受专访,解读上半年经济形势。\n"
    )
    assert parse_text(text).title != "资料图"
