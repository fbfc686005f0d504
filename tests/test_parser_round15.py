"""Page furniture read by its form, met before a set of real pages brings it (round fifteen).

A box of links to other articles under the text (its label, then short titles, numbered or not); a page's
counters; a call to open the outlet's app; a placeholder where a picture or a player stood; controls in
Taiwan's words or with a wait notice; a breadcrumb with dashes between its steps, and a channel at its end
that names no article. The forms here differ from the perturbation check's library
(``tests/bench/furniture.py``), and each comes with look-alikes that must stay content. Every snippet is
invented (names, places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.chrome import split_breadcrumb
from tui.core.document import parse_text
from tui.core.model import BlockKind
from tui.core.widgets import app_prompt, counts_line, furniture, link_label

_HEAD = "某某省出台稳外贸十二条措施\n\n2025-04-09 来源：某某日报\n\n"
_BODY = (
    "某某省商务厅8日发布稳外贸十二条措施，从融资、物流、展会三个方面为外贸企业纾困，全年安排专项资金3亿元。\n\n"
    "一、加大融资支持\n\n"
    "对出口订单充足的中小企业，省内银行给予信用贷款支持，贷款利率比上年平均水平低0.3个百分点。\n\n"
    "二、畅通物流通道\n\n"
    "新开通至东盟的海运航线两条，港口作业时间压缩到24小时以内，企业物流成本预计下降一成。\n"
)


def _outline(text: str) -> tuple[str | None, list[str | None], int]:
    doc = parse_text(text)
    paragraphs = sum(b.kind in (BlockKind.paragraph, BlockKind.point) for s in doc.sections for b in s.blocks)
    return doc.title, [s.heading for s in doc.sections], paragraphs


_PLAIN = _outline(_HEAD + _BODY)


def test_the_plain_article_reads_as_expected() -> None:
    assert _PLAIN[0] == "某某省出台稳外贸十二条措施"
    assert _PLAIN[1][-2:] == ["一、加大融资支持", "二、畅通物流通道"]


def test_a_links_box_under_the_text_is_no_section_numbered_or_bracketed() -> None:
    for box in (
        "延伸閱讀\n1、某某市外贸进出口首季开门红\n2、多地举办跨境电商对接会\n3、某某港新开两条航线",
        "为您推荐:\n(1)某某县农产品出口创新高\n(2)一季度全省实际使用外资增长",
        "相关链接\n某某自贸片区新增企业逾千家\n边境贸易便利化措施落地",
    ):
        assert _outline(_HEAD + _BODY + "\n" + box + "\n") == _PLAIN, box


def test_a_links_label_in_black_brackets_is_the_texts_heading_and_its_titles_go() -> None:
    text = _HEAD + _BODY + "\n【相关报道】\n某某市外贸进出口首季开门红\n多地举办跨境电商对接会\n"
    assert _outline(text) == (_PLAIN[0], [*_PLAIN[1], "【相关报道】"], _PLAIN[2])


def test_links_under_a_label_with_a_colon_between_paragraphs_go() -> None:
    paras = _BODY.split("\n\n")
    for box in ("相关报道：\n某某市外贸进出口首季开门红", "► 相关阅读：多地举办跨境电商对接会"):
        assert _outline(_HEAD + "\n\n".join([*paras[:2], box, *paras[2:]])) == _PLAIN, box
    # a sidebar under a label without a colon keeps its heading
    text = _HEAD + "\n\n".join([*paras[:2], "延伸阅读\n\n什么是出口信用保险", *paras[2:]])
    assert "什么是出口信用保险" in _outline(text)[1]


def test_a_heading_that_reads_like_a_links_label_stays_a_heading() -> None:
    text = (
        _HEAD
        + _BODY
        + "\n相关政策解读\n\n这些措施与去年出台的稳就业政策相互衔接，企业可以同时申请两项补贴。\n"
    )
    assert _outline(text)[1][-1] == "相关政策解读"
    assert not link_label("相关政策解读")
    assert link_label("〖相关报道〗")
    # a label followed by sentences is the text's own part, not a box of links
    text = (
        _HEAD + _BODY + "\n相关阅读\n\n今年以来，全省外贸企业新签订单同比增长一成，其中对东盟出口增长最快。\n"
    )
    assert _outline(text)[2] == _PLAIN[2] + 1


def test_counters_are_furniture_but_a_sentence_with_a_count_is_not() -> None:
    assert counts_line("浏览 8.6万")
    assert counts_line("❤ 赞 37")
    assert counts_line("评论(15) | 转发 9")
    assert furniture("阅读数:12,406")  # folded: the colon half-width
    assert not counts_line("阅读 3本好书")
    assert not furniture("点赞数超过5万的视频有12条。")


def test_an_app_prompt_is_furniture_but_a_sentence_about_an_app_is_not() -> None:
    assert app_prompt("下载某某财经App，观看完整视频")
    assert app_prompt("打开某某客户端查看原文")
    assert furniture("请前往某某平台阅读全文")
    assert not app_prompt("打开国门搞建设，查看各地开放成效需要时间")
    assert not furniture("下一步，我们将加快推进政务服务平台建设。")


def test_placeholders_and_wait_notices_are_furniture_but_a_chart_heading_is_not() -> None:
    for line in ("〈图〉", "【组图】", "[视频]", "音频加载中，请稍后", "▷ 播放视频", "[ 列印 ]"):
        assert furniture(line), line
    for line in ("图表：一季度各月出口增速", "视频会议上，他谈了三点看法。", "分享经济的发展空间很大"):
        assert not furniture(line), line


def test_between_paragraphs_furniture_leaves_the_outline() -> None:
    paras = _BODY.split("\n\n")
    for junk in ("<视频>", "加载中…", "浏览量 2.1万", "立即下载某某新闻App 阅读更多精彩"):
        text = _HEAD + "\n\n".join([*paras[:2], junk, *paras[2:]])
        assert _outline(text) == _PLAIN, junk


def test_a_breadcrumb_with_dashes_and_a_channel_at_its_end() -> None:
    assert split_breadcrumb("您的位置：首页 - 信息公开 - 部门文件") == [
        "您的位置：首页",
        "信息公开",
        "部门文件",
    ]
    assert split_breadcrumb("某某市召开会议 - 部署春耕工作") is None  # a headline with a dash
    opening = "某某县统计局日前发布数据显示，今年头三个月全县工厂产出多了6.1%，比去年同期快一些。\n\n"
    doc = parse_text("首页 » 数据发布 » 统计快讯\n\n" + opening + "其中，制造业增加值增长7.0%。\n")
    assert doc.title is not None and doc.title.startswith("某某县统计局日前发布数据显示")
    doc = parse_text("首页 > 要闻 > 某某县一季度工业增长百分之六\n\n" + opening)
    assert doc.title == "某某县一季度工业增长百分之六"  # a crumb that ends in a title names the page


def test_an_info_bar_under_a_headline_and_its_deck_leaves_the_headline() -> None:
    top = "某市前十月财政收入稳中有升\n税收收入占比提高到八成以上\n"
    body = "某市财政局昨天发布数据，前十个月全市一般公共预算收入完成412亿元，同比增长5.3%。\n"
    for bar in ("〔字体：大 中 小〕", "作者：某某　浏览：2104", "【打印】 【关闭本页】"):
        doc = parse_text(top + bar + "\n" + body)
        assert doc.title == "某市前十月财政收入稳中有升", bar
    # a site's line of Latin letters over the headline is no headline
    doc = parse_text("简体 English Français\n" + top + "2024-11-12 来源：某某日报\n" + body)
    assert doc.title != "简体 English Français"


def test_a_rights_line_under_a_text_cut_off_mid_sentence_keeps_its_last_section() -> None:
    text = _HEAD + _BODY + "\n三、扩大展会规模\n\n全年组织企业参加境外展会60场，对参展费用给予一半补贴，\n"
    plain = _outline(text)
    for rights in ("未经授权，禁止转载", "本网原创稿件，转载请注明出处", "© 某某传媒 版权所有"):
        assert _outline(text + "\n" + rights + "\n") == plain, rights
    assert plain[1][-1] == "三、扩大展会规模"


def test_image_credits_in_other_words_are_captions_and_adverts_under_a_tag_are_furniture() -> None:
    paras = _BODY.split("\n\n")
    for junk in ("圖像來源：某某社", "照片提供：某某区融媒体中心", "【推广】某某理财 稳健收益", "推广内容"):
        assert _outline(_HEAD + "\n\n".join([*paras[:2], junk, *paras[2:]])) == _PLAIN, junk
    text = _HEAD + "\n\n".join([*paras[:2], "图像来源于卫星遥感监测，分辨率达到0.5米。", *paras[2:]])
    assert _outline(text)[2] == _PLAIN[2] + 1  # a sentence about an image's source is content


def test_questions_and_paragraphs_with_furniture_words_stay_content() -> None:
    text = (
        "某市数字生活发布会答记者问\n\n2025-06-02 来源：某某日报\n\n"
        "问：扫码支付在乡村集市普及了吗？\n\n答：目前全市乡村集市的扫码支付覆盖率已达九成。\n\n"
        "问：分享到朋友圈的消费券还能用吗？\n\n答：可以用，相关部门已经明确了使用规则，责任单位会跟进。\n\n"
        "下一步，我们将扩大消费券的发放范围，阅读推广活动也将延续到年底。\n"
    )
    doc = parse_text(text)
    blocks = [b for s in doc.sections for b in s.blocks]
    assert [b.kind for b in blocks].count(BlockKind.question) == 2
    assert blocks[0].text.startswith("扫码支付")
    assert blocks[-1].text.startswith("下一步")
