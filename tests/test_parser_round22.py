"""Structure and source met before a seventeenth set of real pages brings them (round twenty-two).

Source: a paper's reporters tallying in its own name (``据某某报记者梳理，…``). Structure: a byline led by a
``◎`` and a paper's byline signed with its ``某某在线`` site are no headings, nor a chart's credit that opens
its line with the chart's name after it (``王某 制图  某某前五位``); a subhead broken over two lines keeps its
second line when that line is a series of short slogans (``扩内需、稳外贸、保就业``). Every snippet is invented
(names, places and numbers made up) in the shape of the genre, and each class comes with look-alikes that must
not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import Document

_PARA = "前三个季度，全省的货物进出口总值比上年同期少了6.2%，外部需求依旧偏弱，形势不容乐观。"
_MORE = "省商务厅有关负责人表示，下一步将稳住外贸基本盘，帮助企业拓展新兴市场，推动加工贸易梯度转移。"
_THIRD = "北川市提出，四季度要抓紧在建项目进度，年底前再开工一批交通和水利工程，稳住全年投资。"


def _headings(doc: Document) -> list[str | None]:
    return [s.heading for s in doc.sections]


def test_a_papers_reporters_tallying_name_the_paper() -> None:
    for tally in ("据南湖证券报记者梳理", "据西江日报记者不完全统计"):
        doc = parse_text(
            f"多省经济增速回升\n目前已有20个省份公布数据。{tally}，其中8个省份增速高于全国。\n{_MORE}\n"
        )
        assert doc.source == tally[1:].split("记者")[0], tally
    # look-alikes: a bureau's tally and a tally inside a quotation name no outlet
    for text in (
        "据北川省统计局梳理，其中8个省份增速高于全国。",
        "王某说：“据南湖证券报记者梳理，其中8个省份增速高于全国。”",
    ):
        assert parse_text(f"多省经济增速回升\n{text}\n{_MORE}\n").source is None, text


def test_bullet_led_and_site_signed_bylines_are_no_headings() -> None:
    for byline, source in (("◎记者 王小明", None), ("南湖青年报·南青在线记者李四海", "南湖青年报·南青在线")):
        doc = parse_text(f"多省经济增速回升\n{byline}\n{_PARA}\n\n重点工程\n{_MORE}\n{_THIRD}\n")
        assert _headings(doc) == [None, "重点工程"], byline
        assert doc.source == source, byline
    # look-alike: a bullet-led subhead is still a heading
    doc = parse_text(f"多省经济增速回升\n{_PARA}\n\n◎记者眼中的新变化\n{_MORE}\n{_THIRD}\n")
    assert _headings(doc) == [None, "◎记者眼中的新变化"]


def test_a_charts_credit_opening_its_line_is_no_heading() -> None:
    doc = parse_text(
        f"多省经济增速回升\n{_PARA}\n　　赵某某 制图  两年增速居前的省份\n{_THIRD}\n\n重点工程\n{_MORE}\n"
    )
    assert _headings(doc) == [None, "重点工程"]
    assert all("制图" not in b.text for _, b in doc.blocks())
    # look-alike: a subhead with no credit in it stays
    doc = parse_text(f"多省经济增速回升\n{_PARA}\n\n两年增速居前的省份\n{_MORE}\n{_THIRD}\n")
    assert _headings(doc) == [None, "两年增速居前的省份"]


def test_a_subhead_broken_over_two_lines_ends_with_its_slogans() -> None:
    body = f"{_PARA}\n各地四季度工作瞄准\n扩内需、稳外贸、保就业\n{_MORE}\n能源保供\n列入工作重点\n{_THIRD}\n"
    doc = parse_text(f"多省经济增速回升\n{body}")
    assert _headings(doc) == [
        None,
        "各地四季度工作瞄准",
        "扩内需、稳外贸、保就业",
        "能源保供",
        "列入工作重点",
    ]
    # look-alike: a deck listing what the heading covers in a clause stays body text
    doc = parse_text(f"多省经济增速回升\n{_PARA}\n物资调运\n粮油、蔬菜和肉蛋的供应都很充足\n{_MORE}\n")
    assert _headings(doc) == [None, "物资调运"]


def test_a_source_field_naming_one_of_a_joined_bylines_outlets_names_that_one() -> None:
    byline = "南湖青年报·南青在线记者李四海"
    doc = parse_text(f"多省经济增速回升\n来源:南青在线 李四海\n{byline}\n{_PARA}\n{_MORE}\n")
    assert doc.source == "南青在线"
    # look-alike: a field naming another outlet than the byline's pair leaves the byline's whole name
    doc = parse_text(f"多省经济增速回升\n来源:北川在线 李四海\n{byline}\n{_PARA}\n{_MORE}\n")
    assert doc.source == "南湖青年报·南青在线"


def test_a_transcripts_part_labels_are_headings_but_a_lead_in_is_not() -> None:
    body = f"{_PARA}\n\n致辞全文:\n\n{_MORE}\n\n答问实录:\n\n{_THIRD}\n"
    assert _headings(parse_text(f"北川市经济运行发布会\n\n{body}")) == [None, "致辞全文:", "答问实录:"]
    # look-alikes: one label alone labels the whole transcript; lines that announce the text or name whose
    # text it is are lead-ins, not labels
    doc = parse_text(f"北川市经济运行发布会\n\n{_PARA}\n\n答问实录:\n\n{_MORE}\n\n{_THIRD}\n")
    assert _headings(doc) == [None]
    for lead_in in ("以下为致辞全文:", "他的讲话全文:", "讲话全文如下:"):
        doc = parse_text(f"北川市经济运行发布会\n\n{_PARA}\n\n{lead_in}\n\n{_MORE}\n\n{_THIRD}\n")
        assert _headings(doc) == [None], lead_in
