"""The forms left on the twenty-first set (round thirty-one).

A news corpus's dump record (a CSV header of field names, then one record) is read as the article it holds:
the title field is the title, the source field the source, a date field the date, the content its text.
Every snippet is invented (names, places and numbers made up) in the shape of the genre, and each class comes
with look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.dumprecord import dump_record
from tui.core.lines import split_lines
from tui.core.model import Document


def _texts(doc: Document) -> list[str]:
    return [b.text for s in doc.sections for b in s.blocks]


_RECORD = (
    "item.id,item.ts,item.title,item.pub_date,item.source,item.content "
    '7,"2019-02-11 10:01:02",南湖市1月份居民消费价格同比上涨2.3%,2019-02-09,南湖市统计局,'
    '"南湖市统计局城调队   1月份,南湖市居民消费价格同比上涨2.3%,比上月回落0.1个百分点。   '
    '分类别看,食品价格上涨4.1%。"\n'
)


def test_a_dump_record_is_read_as_its_title_source_date_and_content() -> None:
    doc = parse_text(_RECORD)
    assert doc.title == "南湖市1月份居民消费价格同比上涨2.3%"
    assert doc.source == "南湖市统计局"
    assert doc.date == "2019-02-09"  # the record's pub_date, not the crawl's ts
    texts = _texts(doc)
    assert texts and texts[0].startswith("南湖市统计局城调队")
    assert texts[-1].endswith("食品价格上涨4.1%。")
    assert not any("item." in t for t in texts)


def test_a_dump_record_cut_off_inside_its_content_keeps_what_there_is() -> None:
    doc = parse_text(_RECORD[:-40])
    assert doc.title == "南湖市1月份居民消费价格同比上涨2.3%"
    assert _texts(doc)[0].endswith(_RECORD[:-40][-10:])


def test_field_names_without_a_title_and_a_content_field_or_a_record_are_no_dump() -> None:
    for text in (
        "a.id,a.name,a.value 3,南湖,2.3\n",  # no title, no content field
        "id,title,source 3,南湖市统计局发布1月份数据,南湖市统计局\n",  # no content field
        "id,title,content\n",  # no record under the header
    ):
        assert dump_record(text, split_lines(text)) is None
    text = "id,title,content 3,南湖市统计局发布1月份数据,1月份数据平稳。\n"
    record = dump_record(text, split_lines(text))
    assert record is not None and [line.text for line in record.lines] == [
        "南湖市统计局发布1月份数据",
        "1月份数据平稳。",
    ]


def _headings(doc: Document) -> list[str | None]:
    return [s.heading.text if s.heading is not None else None for s in doc.sections]


def test_an_alt_text_under_a_mirrors_tag_is_no_heading() -> None:
    text = (
        "东江两会首场代表通道开启\n\n"
        "本报讯(记者 钱某)东江两会首场代表通道今天上午开启,三位代表回答了记者提问。\n\n"
        "东江两会首场代表通道开启,三位代表回应民生关切-QWXYZP\n\n"
        "代表李某说,今年全市新建学校12所,新增学位1.5万个。\n"
    )
    doc = parse_text(text)
    assert _headings(doc) == [None]
    assert not any("QWXYZP" in t for t in _texts(doc))


def test_a_line_ending_in_an_acronym_of_its_own_stays_text() -> None:
    text = (
        "东江发布一季度经济数据\n\n"
        "本报讯(记者 钱某)东江市统计局今天发布一季度数据。\n\n"
        "东江电子信息企业一季度产值涨了三成,主要来自新型芯片-含GPU\n"
    )
    assert any(t.endswith("-含GPU") for t in _texts(parse_text(text)))
