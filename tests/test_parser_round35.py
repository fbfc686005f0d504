"""The forms left on the twenty-second set (round thirty-five).

Some sites print 采访人员 for every 记者 and pad their punctuation with spaces (``会上 , 有采访人员问:…?``):
the reported question is a question all the same, and the broadcaster's credit that closes the text
(``(总台某某采访人员王某李某)``, its names run together) names the channel as ``记者`` would. Every snippet
is invented (names, places and numbers made up) in the shape of the genre, and each class comes with
look-alikes that must not match.
"""

from __future__ import annotations

from tui.core.document import parse_text
from tui.core.model import BlockKind, Document


def _questions(doc: Document) -> int:
    return sum(1 for s in doc.sections for b in s.blocks if b.kind is BlockKind.question)


def _briefing(ask: str, credit: str) -> str:
    return (
        "商务部:外贸回稳向好 将继续扩大高水平开放\n\n"
        f"{ask}\n\n"
        "王某某表示 , 前三季度我国货物贸易进出口总值31.6万亿元 , 同比增长2.8% 。 "
        f"我们将继续推进高水平对外开放 , 为世界经济注入更多确定性 。{credit}\n"
    )


def test_a_site_that_writes_caifang_renyuan_for_reporter_still_asks_a_question() -> None:
    doc = parse_text(
        _briefing(
            "在今天(9日)的商务部例行采访人员会上 , 有采访人员问:前三季度外贸数据已经发布 , 你如何评价?",
            "",
        )
    )
    assert _questions(doc) == 1


def test_the_same_question_with_unpadded_punctuation_and_jizhe_is_asked_too() -> None:
    doc = parse_text(_briefing("在今天(9日)的例行记者会上,有记者问:前三季度外贸数据已经发布,你如何评价?", ""))
    assert _questions(doc) == 1


def test_a_paragraph_that_tells_of_interviewers_without_asking_is_no_question() -> None:
    doc = parse_text(
        _briefing("会议结束后 , “委员通道”开启 , 东江省发改委主任张某某接受了采访人员采访 。", "")
    )
    assert _questions(doc) == 0


def test_a_broadcasters_credit_in_caifang_renyuan_with_names_run_together_names_the_channel() -> None:
    doc = parse_text(_briefing("有采访人员问:外贸形势怎么看?", " (总台央视采访人员刘某某陈某周某某)"))
    assert doc.source == "央视"
    assert all("刘某某" not in b.text for s in doc.sections for b in s.blocks)


def test_a_bracketed_aside_of_what_the_interviewer_saw_is_no_credit() -> None:
    doc = parse_text(_briefing("有采访人员问:外贸形势怎么看?", " (总台央视采访人员在现场看到)"))
    assert doc.source != "央视"
