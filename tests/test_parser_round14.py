"""The classes that a fourteenth round of real pages showed, each with its look-alikes.

An image's file name printed where the picture stood and a link to more pictures; a badge that ends in its
arrow; a government page's information box over its headline, and the publisher its 发布机构 field names; a
byline of an outlet whose name ends in 新闻; a view count printed bare after a date line's date; a chart's
name with its data's source; a table row printed as a line; a line that ends in a dash (a sentence's first
half); one question standing alone as a subhead in two parallel asks. The snippets are invented (names,
places and numbers made up) in the shape of the genre.
"""

from __future__ import annotations

from tui.core.chrome import chrome_kind, is_caption
from tui.core.document import parse_text
from tui.core.meta import meta_line
from tui.core.widgets import furniture, info_publisher


def _heads(text: str) -> list[str]:
    return [s.heading for s in parse_text(text).sections if s.heading]


def test_an_image_file_name_and_a_more_pictures_link_are_furniture() -> None:
    assert furniture("某某新闻发布会现场提问_large.jpg")
    assert furniture("img_20230412_0031.PNG")
    assert furniture("[>>更多图片]")
    assert furniture("更多精彩内容>>")
    assert not furniture("更多开放举措将陆续推出")  # a heading that opens with 更多
    assert not furniture("报告附图见附件chart.png,请查阅。")  # a sentence that names a file


def test_a_badge_ending_in_its_arrow_is_chrome_but_a_breadcrumb_and_a_headline_are_not() -> None:
    assert chrome_kind("某某区块链 本文已存证 >") == "chrome"
    assert chrome_kind("进入专题 ›") == "chrome"
    assert chrome_kind("某市一季度经济开局良好") is None
    assert not furniture("首页 > 新闻 > 财经 >")  # several steps: a breadcrumb, not a badge


def test_an_information_box_is_chrome_and_names_the_publisher() -> None:
    assert furniture("• 索 引 号 123B05-0101-202311-0042")
    assert furniture("信息类别政策解读")
    assert furniture("有 效 性有效")
    assert furniture("• 文  号")
    assert furniture("发布机构某某省统计局")
    assert info_publisher("发布机构某某省统计局") == (4, 10)
    assert not furniture("发布机构改革稳步推进")  # a heading about reform, no organ after the label
    assert not furniture("有效性评估")
    assert not furniture("信息类别繁多,需要归并。")
    text = (
        "• 索 引 号 123B05-0101-202311-0042\n"
        "    信息类别政策解读\n"
        "  • 发布机构某某省统计局\n"
        "    成文日期2023年11月20日\n"
        "  • 文  号\n"
        "    有 效 性有效\n\n"
        "某某省统计局新闻发言人就10月份全省经济运行情况答记者问\n\n"
        "(2023年11月20日)\n\n"
        "某某日报记者:\n\n"
        "请介绍一下10月份全省经济运行的主要特点。\n\n"
        "王某某:\n\n"
        "谢谢。10月份,全省规上工业产值比去年同月多出4.6%,服务业生产指数增长5.1%,主要指标稳中有升。\n"
    )
    doc = parse_text(text)
    assert doc.title == "某某省统计局新闻发言人就10月份全省经济运行情况答记者问"
    assert doc.source == "某某省统计局"


def test_an_outlets_own_reporter_and_a_bare_view_count_name_the_outlet() -> None:
    assert chrome_kind("某某新闻记者 王某某") == "byline"
    assert chrome_kind("新闻记者节当天举行座谈会") is None
    meta = meta_line("某某新闻 2023-04-12 09:15 31207")
    assert meta is not None and meta.site == "某某新闻" and meta.date == "2023-04-12T09:15"
    meta = meta_line("某某办 2023-04-12 688次")
    assert meta is not None and meta.issuer == "某某办"
    assert meta_line("2018年 增长 6.6") is None  # numbers in a sentence's words, no date line
    text = (
        "某某局:一季度全市经济开局良好 稳中有进\n\n"
        "某某区块链 本文已存证 >\n\n"
        "某某新闻 2023-04-12 09:15 31207\n\n"
        "某某新闻记者 王某某\n\n"
        "4月12日,某市举行一季度经济运行情况发布会。初步核算,一季度全市地区生产总值1234亿元,同比增长5.2%。\n\n"
        "某某局新闻发言人表示,下阶段将继续抓好各项政策落地见效。\n"
    )
    doc = parse_text(text)
    assert doc.title == "某某局:一季度全市经济开局良好 稳中有进"
    assert doc.source == "某某新闻"
    assert _heads(text) == []


def test_a_chart_with_its_source_and_a_table_row_are_no_headings() -> None:
    assert is_caption("存款利率走势图 资料来源:某行《某某季度报告》")
    assert is_caption("主要经济体通胀指标 数据来源:某某统计机构")
    assert not is_caption("数据来源:某某统计局")  # an attribution's form, read elsewhere
    assert not is_caption("资料来源丰富,数据翔实")
    text = (
        "某行发布季度货币政策报告\n\n"
        "某行日前发布季度货币政策执行报告,称将保持流动性合理充裕,市场利率平稳运行。\n\n"
        "存款利率走势图 资料来源:某行《某某季度报告》\n\n"
        "报告指出,下阶段将加大稳健货币政策实施力度,增强信贷总量增长的稳定性。\n\n"
        "稳住信贷总量\n\n"
        "报告称,要引导金融机构加大对实体经济的支持力度。\n\n"
        "2021年合计             12.34\n\n"
        "2020年合计             10.56   2019年合计           9.8\n\n"
        "报告还提到,将继续保持人民币汇率在合理均衡水平上的基本稳定。\n"
    )
    assert _heads(text) == ["稳住信贷总量"]


def test_a_line_ending_in_a_dash_is_the_first_half_of_a_sentence() -> None:
    text = (
        "某某通道扫描:新面孔 新声音\n\n"
        "某某社北京3月9日电 某某通道今天再度开启,多位部长走上通道回应关切。\n\n"
        "新机构、新部长的首次亮相,让今年的通道格外引人注目——\n\n"
        "某部部长王某某说,今年将重点推进三项改革,让企业和群众办事更方便。\n\n"
        "某局局长李某某表示,要把服务做到群众心坎上。\n"
    )
    assert "新机构、新部长的首次亮相,让今年的通道格外引人注目——" not in _heads(text)


def test_one_question_in_two_parallel_asks_is_a_subhead_a_rhetorical_one_is_not() -> None:
    para = "某市今年前三季度经济运行总体平稳,主要指标好于预期,就业物价保持稳定,市场主体活力持续增强。"
    text = (
        "市长答问侧记:稳中求进 干字当头\n\n"
        f"{para}\n\n"
        "发布会历时90分钟,市长回答了十余个问题,话题涵盖就业、教育、医疗和城市更新。\n\n"
        "形势怎么看,工作怎么抓?\n\n"
        "市长表示,今年以来全市经济顶住压力实现平稳增长,下一步要抓好重大项目建设。\n\n"
        "谈到民生,市长说,要把有限的财力更多用在群众急难愁盼的事情上。\n"
    )
    assert _heads(text) == ["形势怎么看,工作怎么抓?"]
    rhetorical = text.replace("形势怎么看,工作怎么抓?", "这说明了什么?")
    assert _heads(rhetorical) == []


def test_an_author_field_naming_the_outlets_reporter_names_the_outlet_and_the_reporter() -> None:
    meta = meta_line("2023-06-02 18:40 某某网  作者:某某网记者 赵某某")
    assert meta is not None and meta.byline == "某某网" and meta.authors == ("赵某某",)
    plain = meta_line("2023-06-02 18:40 某某网  作者:赵某某")
    assert plain is not None and plain.byline is None and plain.authors == ("赵某某",)
    text = (
        "手机某某网 时政>要闻>最新\n\n"
        "部长通道侧记:回应关切 直面问题\n\n"
        "2023-06-02 18:40 某某网  作者:某某网记者 赵某某\n\n"
        "6月2日上午,多位部长走上通道,就就业、教育和住房等话题回答记者提问。\n\n"
        "某部部长说,今年将新增城镇就业一千万人以上,确保就业形势总体稳定。\n"
    )
    doc = parse_text(text)
    assert doc.title == "部长通道侧记:回应关切 直面问题"
    assert doc.source == "某某网" and doc.authors == ["赵某某"]


_ANSWER = (
    "谢谢你的提问。一季度全省经济运行总体平稳,工业生产稳中有升,消费市场持续回暖,"
    "服务业保持较快增长,就业和物价形势总体稳定,这些都说明经济的基本面没有变。"
)


def test_a_transcript_printed_as_one_line_is_read_turn_by_turn() -> None:
    body = (
        "(2023年4月18日) 某某电视台记者: 一季度的数据比市场预期要好一些,请问您怎么看当前的经济形势?"
        "下一步还有哪些有利条件?谢谢。   张某某:   " + _ANSWER * 2
    )
    doc = parse_text("某某省统计局新闻发言人就一季度经济运行情况答记者问\n\n" + body + "\n")
    kinds = [b.kind.value for s in doc.sections for b in s.blocks]
    assert kinds == ["question", "answer"]
    assert doc.date == "2023-04-18"


def test_a_long_line_with_runs_of_spaces_but_no_second_label_stays_whole() -> None:
    body = "某某局局长说:   " + _ANSWER + "   " + _ANSWER + "   他说:   " + _ANSWER
    doc = parse_text("某某局召开一季度经济形势分析会\n\n" + body + "\n")
    assert [len(s.blocks) for s in doc.sections] == [1]
    spaced = _ANSWER + "     " + _ANSWER + "     " + _ANSWER
    doc = parse_text("某某局召开一季度经济形势分析会\n\n" + spaced + "\n")
    assert [len(s.blocks) for s in doc.sections] == [1]
