"""Structure met before a thirteenth set of real pages brings it (round eighteen).

A page without a headline that opens on list-item fields (``- 时间：…``, ``- 点击：…``, ``- 来源：…``) or over a
bare view counter (``0次``); a transcript's photo captions naming who presides and who speaks over their
labels; a subhead that asks and answers in short; a press transcript stored as one line with one space
between turns; a page cut off in its last subhead. Every snippet is invented (names, places and numbers
made up) in the shape of the genre, and each class comes with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core import chrome
from tui.core.document import parse_text
from tui.core.lines import split_lines
from tui.core.model import BlockKind, Document
from tui.core.text import fold

_PARA = "前十个月里，全市规上工业的增加值较去年同期多出4.6%，比前三季度快了0.3个百分点，回升势头更足。"
_MORE = "市统计局有关负责人表示，下一阶段将继续跟踪重点行业运行，做好数据质量核查，及时回应各方关切。"
_THIRD = "“总体来看，价格运行仍在合理区间。”某研究院首席分析师钱一凡说，后续走势要看需求恢复的力度。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def _count(doc: Document, kind: BlockKind) -> int:
    return sum(1 for s in doc.sections for b in s.blocks if b.kind == kind)


def test_a_bare_view_counter_is_the_pages_and_never_the_title() -> None:
    for line in ("0次", "1523次", "37 次"):
        assert chrome.chrome_kind(fold(line)) == "chrome", line
    for line in ("第3次", "3次会议", "共开展了12次"):
        assert chrome.chrome_kind(fold(line)) != "chrome", line
    text = f"日期:2024-05-08 09:12:40\n来源:\n编辑:某某科技公司\n0次\n{_PARA}\n{_MORE}\n"
    doc = parse_text(text)
    assert doc.title == "日期:2024-05-08 09:12:40"
    assert (doc.date or "").startswith("2024-05-08")


def test_list_item_fields_over_a_page_without_a_headline() -> None:
    for script in (
        "- 时间:2021-06-14\n- 点击:3071\n- 来源:某省日报网\n",
        "- 時間:2021-06-14\n- 點擊:3071\n- 來源:某省日報網\n",
    ):
        doc = parse_text(f"{script}发布会现场\n{_PARA}\n{_MORE}\n")
        assert doc.title == script.split("\n")[0]
        assert doc.source is not None and doc.source.startswith("某省日"), doc.source
        assert (doc.date or "").startswith("2021-06-14")


def test_a_list_items_words_are_no_source_field() -> None:
    doc = parse_text(f"某市前十月工业稳中有进\n- 来源广泛的数据显示:回升势头更足\n{_PARA}\n{_MORE}\n")
    assert doc.source is None


def _presser(caption_host: str, caption_speaker: str) -> str:
    return (
        "某省前十月经济运行新闻发布会实录\n"
        "11月16日上午，东江省里开了场发布会，省统计局副局长孙立行介绍前十月全省经济运行情况。\n"
        f"{caption_host}\n主持人:\n各位记者朋友，大家上午好！今天请省统计局副局长孙立行先生介绍有关情况。\n"
        f"{caption_speaker}\n{caption_speaker[-3:]}:\n{_PARA}\n{_MORE}\n"  # the label in the caption's script
    )


def test_captions_of_who_presides_and_who_speaks_over_their_labels_head_nothing() -> None:
    for host, speaker in (
        ("省委宣传部新闻发布处二级调研员田小禾主持新闻发布会", "省统计局副局长、新闻发言人孙立行"),
        ("省政府新闻办副主任田小禾主持", "省統計局副局長、新聞發言人孫立行"),
    ):
        doc = parse_text(_presser(host, speaker))
        assert _headings(doc) == [None], (host, speaker)


def test_an_office_and_name_over_narration_stays_a_heading() -> None:
    text = f"部长通道上的三位部长\n{_PARA}\n某某部部长林一帆\n{_MORE}\n某某局局长周二川\n{_THIRD}\n"
    assert _headings(parse_text(text)) == [None, "某某部部长林一帆", "某某局局长周二川"]


def test_a_subhead_that_asks_and_answers_in_short() -> None:
    text = f"某市前十月工业稳中有进\n{_PARA}\n下调增长目标?有两点考虑\n{_MORE}\n{_THIRD}\n"
    assert _headings(parse_text(text)) == [None, "下调增长目标?有两点考虑"]


def test_a_question_with_a_full_answer_or_a_quote_is_no_subhead() -> None:
    for line in (
        "目标会不会下调?不会，今年仍按原计划推进",
        "“会下调吗?”他反问道",
        "下调目标?有两点考虑。",
        "新线开通推迟了?资金还没到位",  # answered outright: a sentence, not the gist of a section
    ):
        text = f"某市前十月工业稳中有进\n{_PARA}\n{line}\n{_MORE}\n{_THIRD}\n"
        assert _headings(parse_text(text)) == [None], line


def test_a_press_transcript_on_one_line_with_single_spaces_splits_into_turns() -> None:
    line = (
        "11月16日，某省举行发布会。现将实录摘录如下: 某某日报记者:请问孙局长，前十个月工业增长的主要动力是什么?谢谢。 "
        f"孙立行:{_PARA}一是新动能加快成长。二是{_MORE}{_THIRD}"
    )
    doc = parse_text(f"某省统计局局长孙立行:工业回升势头更足\n{line}\n")
    assert _count(doc, BlockKind.question) == 1
    assert _count(doc, BlockKind.point) == 0
    assert [ln.folded.split(":")[0] for ln in split_lines(line)][1:] == ["某某日报记者", "孙立行"]


def test_a_line_of_quoted_speech_with_colons_is_not_split() -> None:
    line = (
        "11月16日，某省举行发布会，会上有记者提问。他表示:前十个月工业增长较快，新动能加快成长，"
        f"{_PARA}记者注意到:{_MORE}王某说:{_THIRD}" * 2
    )
    assert len(split_lines(line)) == 1


def test_a_page_cut_off_in_its_last_subhead() -> None:
    text = f"某市前十月工业稳中有进\n{_THIRD}\n谈工业情况:回升势头更足\n{_PARA}\n{_MORE}\n消费增长怎么……\n"
    assert _headings(parse_text(text)) == [None, "谈工业情况:回升势头更足", "消费增长怎么……"]


def test_a_paragraph_ending_in_an_ellipsis_is_no_cut_subhead() -> None:
    for last in (
        "他说，消费增长怎么……",
        "今年以来，消费增长较快，市场回暖……",
        "“消费增长怎么……",
        "下一步如何发力?……",
    ):
        text = f"某市前十月工业稳中有进\n{_THIRD}\n谈工业情况:回升势头更足\n{_PARA}\n{_MORE}\n{last}\n"
        assert _headings(parse_text(text)) == [None, "谈工业情况:回升势头更足"], last
    text = f"某市前十月工业稳中有进\n{_PARA}\n{_MORE}\n消费增长怎么……\n"
    assert _headings(parse_text(text)) == [None]  # no heading above: a fragment, not the last of them


def test_a_short_caption_of_a_scene_with_its_credit_names_a_page_with_no_headline() -> None:
    for caption in ("座谈会现场(章小禾 摄)", "发布会现场（林远山 摄影）"):
        doc = parse_text(f"{caption}\n11月16日，某市统计局新闻发言人孙立行在发布会上表示，{_PARA}\n{_MORE}\n")
        assert doc.title == caption
        assert doc.sections[0].blocks[0].text.startswith("11月16日")
    for bare in ("资料图(章小禾 摄)", "图片(章小禾 摄)", "现场(章小禾 摄)"):
        doc = parse_text(f"{bare}\n11月16日，某市统计局新闻发言人孙立行在发布会上表示，{_PARA}\n{_MORE}\n")
        assert doc.title != bare, bare


def test_a_speakers_sentence_telling_its_first_reason_is_no_point_but_a_short_lead_in_is() -> None:
    told = "孙立行表示，前十个月工业回升，有三方面原因:第一，新动能加快成长。" + _PARA
    doc = parse_text(f"某市前十月工业稳中有进\n{told}\n第二，{_MORE}\n")
    points = [b for s in doc.sections for b in s.blocks if b.kind == BlockKind.point]
    assert [b.ordinal for b in points] == [2]
    lead_in = "回升的原因主要有三方面:第一，新动能加快成长。" + _PARA
    doc = parse_text(f"某市前十月工业稳中有进\n{lead_in}\n第二，{_MORE}\n")
    points = [b for s in doc.sections for b in s.blocks if b.kind == BlockKind.point]
    assert [b.ordinal for b in points] == [1, 2]
