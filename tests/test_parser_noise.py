"""Noise set apart as boilerplate, never content; and the sentences that only look like noise.

The snippets are invented in the shape of the genre.
"""

from __future__ import annotations

import pytest

from tui.core.document import parse_text

HEAD = "某地推进城市更新\n\n今年以来，某地加快推进城市更新，完成改造老旧小区120个。\n\n"
TAIL = "\n\n下一步，将继续加大投入力度，让群众住得更舒心。\n"


def _kinds(line: str) -> tuple[list[str], list[str]]:
    doc = parse_text(HEAD + line + TAIL)
    return [b.text for _, b in doc.blocks()], [b.kind for b in doc.boilerplate if b.text == line]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("图为改造后的小区。新华社记者 王某 摄", "caption"),
        ("资料图。江城日报记者 梁晨 摄", "caption"),
        ("（王晓明 摄）", "caption"),
        ("图源：某市住房和城乡建设局", "caption"),
        ("（图片来源：视觉中国）", "caption"),
        ("（发布会现场图）", "caption"),
        ("（新华社发）", "caption"),
        ("（本报记者 李明 采写）", "byline"),
        ("（仲文华）", "byline"),
        ("城市更新福利来了！下载即领补贴券，点击查看>>", "promo"),
        ("扫码关注“江城发布”公众号", "promo"),
        ("海量资讯、精准解读，尽在某某财经APP", "promo"),
        ("原文链接：http://example-news.cn/a/2024/0101/123.html", "contact"),
        ("新闻热线：010-66668888", "contact"),
        ("京ICP备00000000号", "contact"),
        ("责任编辑：韩梦", "editor"),
        ("【编辑:张子怡】", "editor"),
        ("发稿 王磊；审校 陈静", "editor"),
        ("原标题：某地老旧小区焕新颜", "attribution"),
        ("（文章来源：江城日报）", "attribution"),
        ("本报记者 李明 王芳", "byline"),
        ("首页 | 新闻 | 财经 | 专题", "nav"),
        ("（完）", "chrome"),
        ("分享到：微信 微博", "chrome"),
    ],
)
def test_noise_is_boilerplate(line: str, kind: str) -> None:
    blocks, kinds = _kinds(line)
    assert line not in blocks
    assert kinds == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "无人机拍摄的画面显示，改造后的小区绿化率明显提高。",
        "居民可通过“江城发布”网站www.example.cn查询改造进度，也可以到社区服务中心现场咨询，工作人员将提供一对一服务，帮助解决实际困难。",
        "新规定对学生在校使用电话手表和网络作出了明确要求。",
        "今年以来，相关应用下载量累计超过1200万次，用户活跃度持续提升，带动数字消费增长。",
        "此外，中小投资者保护安排还包括设立先行赔付制度。",
    ],
)
def test_sentences_that_look_like_noise_stay(line: str) -> None:
    blocks, kinds = _kinds(line)
    assert line in blocks
    assert kinds == []


def test_a_disclaimer_broken_over_lines_is_one_piece_of_boilerplate() -> None:
    doc = parse_text(
        HEAD
        + TAIL
        + "\n本网转载上述内容出于传递更多信息之目的，并不意味着\n\n赞同其观点或证实其内容的真实性\n\n如有问题请联系处理"
    )
    texts = [b.text for _, b in doc.blocks()]
    assert not any("本网" in t for t in texts)
    assert [b.kind for b in doc.boilerplate] == ["disclaimer", "disclaimer", "disclaimer"]
    assert texts[-1].startswith("下一步")


def test_a_dateline_is_cut_from_its_paragraph_with_its_reporters() -> None:
    doc = parse_text(
        "某地推进城市更新\n\n新华社南京3月5日电（记者 王某、李某某）今年以来，某地加快推进城市更新。\n"
    )
    assert doc.sections[0].blocks[0].text == "今年以来，某地加快推进城市更新。"
    assert doc.source == "新华社"
    assert doc.authors == ["王某", "李某某"]
    dateline = next(b for b in doc.boilerplate if b.kind == "dateline")
    assert doc.text[dateline.start : dateline.end] == dateline.text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("↑某市副市长在发布会上答问", "caption"),
        ("东方社陈某某攝", "caption"),  # a credit in traditional characters
        ("图为项目签约现场", "caption"),
        ("发布会现场", "caption"),
        ("3月5日，某市举办城市更新成果展，市民排队参观。 东方社记者 王某 摄", "caption"),
        ("1711234567890", "chrome"),  # an image's number in place of the image
        ("浏览次数：5", "chrome"),
        ("阅读 (1234)", "chrome"),
        ("字號：默認 超大", "chrome"),
        ("手动刷新", "chrome"),
        ("网友评论", "chrome"),
        ("共有 0 条评论", "chrome"),
        ("发布时间：2024-03-05 10:15", "meta"),
        ("【字体：大 中 小】", "chrome"),
        ("[打印] [关闭]", "chrome"),
        ("打印本页 关闭窗口", "chrome"),
        ("分享更多", "chrome"),
        ("图文直播", "chrome"),
        ("【大 中 小】", "chrome"),
        ("关键词：城市更新 老旧小区", "chrome"),
        ("返回首页", "chrome"),
        ("猜你喜欢", "chrome"),
        ("邮编：100000", "contact"),
        ("网友留言仅代表其本人看法，不代表本站观点", "disclaimer"),
    ],
)
def test_page_metadata_and_captions_are_boilerplate(line: str, kind: str) -> None:
    blocks, kinds = _kinds(line)
    assert line not in blocks
    assert kinds == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "活动现场气氛热烈，不少市民专程赶来咨询。",  # a sentence about a scene
        "市民王某摄影爱好多年，他用镜头记录了小区的变化。",
        "关闭退出小煤矿12处，化解过剩产能。",  # sentences that open with a button's word
        "分享经济规模持续扩大，带动就业明显。",
        "大中小企业融通发展，协作配套更加紧密。",
        "相关报道显示，改造后的小区更宜居。",
        "收藏品市场持续升温，交易额增长较快。",
        "严厉打击侵权假冒行为，知识产权保护持续加强。",  # one word of a disclaimer is no disclaimer
        "引入第三方机构开展评估，评估结果向社会公开。",
    ],
)
def test_look_alikes_of_captions_stay(line: str) -> None:
    blocks, kinds = _kinds(line)
    assert line in blocks
    assert kinds == []


def test_short_lines_after_the_last_sentence_are_the_pages_footer() -> None:
    doc = parse_text(
        HEAD + "下一步，将继续加大投入力度。\n\n某省某市某区某路88号某大厦14楼\n电话：010-66668888\n"
        "邮编：100000\n某某云提供技术支持\n大视窗\n"
    )
    assert [b.text[:4] for _, b in doc.blocks()] == ["今年以来", "下一步，"]
    assert [b.kind for b in doc.boilerplate][-5:] == ["footer", "contact", "contact", "footer", "footer"]
    assert [s.heading for s in doc.sections] == [None]


def test_a_last_point_or_turn_is_no_footer() -> None:
    doc = parse_text(HEAD + "具体措施有：\n\n一是加大投入\n\n二是优化服务\n")
    assert [b.kind.value for _, b in doc.blocks()][-2:] == ["point", "point"]


def test_the_headline_restated_after_a_wire_dateline_and_repeated_in_the_body() -> None:
    text = (
        "某市城市更新提速\n\n2024-03-05 15:48 来源：东方社\n\n"
        "东方社南京3月5日电 题：某市城市更新提速\n\n东方社记者 王某\n\n"
        "今年以来，某市加快推进城市更新，完成改造老旧小区120个。\n\n某市城市更新提速\n\n图为改造后的小区\n\n"
        "下一步，将继续加大投入力度。\n"
    )
    doc = parse_text(text)
    assert [b.text[:4] for _, b in doc.blocks()] == ["今年以来", "下一步，"]
    assert [b.kind for b in doc.boilerplate if "城市更新提速" in b.text] == ["repeat", "repeat"]
    assert doc.source == "东方社"


@pytest.mark.parametrize("heading", ["直击发布会现场", "政务服务APP下载量突破一千万"])
def test_headings_that_look_like_noise_stay_headings(heading: str) -> None:
    doc = parse_text(HEAD + heading + TAIL)
    assert [sec.heading for sec in doc.sections] == [None, heading]
    assert not doc.boilerplate
