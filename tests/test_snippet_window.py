"""The snippet a hit list shows: the match near its start, whatever the length of the text, and never a
clause mark first (a list shows only the first forty characters or so of a snippet)."""

from __future__ import annotations

from tui.core.index.highlight import snippet, spans_of

LONG = (
    "东江市今年以来坚持稳中求进工作总基调，各项工作扎实推进，全市经济运行总体平稳。"
    "前三季度全市新增减税降费超过十亿元，小微企业是主要受益群体。"
    "目前，已累计培育专精特新企业三百二十家。"
)


def test_a_match_near_the_end_of_a_long_text_stays_near_the_snippets_start() -> None:
    spans = spans_of(LONG, [("专精特新", False, ("专精特新",))])
    text, offset = snippet(LONG, spans)
    first = spans[0][0] - offset
    assert text[first : first + 4] == "专精特新"
    assert first <= 20, text  # in sight in a list row


def test_a_snippet_does_not_start_with_the_mark_after_a_closing_bracket() -> None:
    text = (
        "一是营造公平竞争环境。深入贯彻落实《关于进一步支持东江市民营经济高质量发展的意见》，"
        "全面落实中小企业促进法，严格执行保障中小企业款项支付的规定，推动各类惠企政策落地生效。"
    )
    spans = spans_of(text, [("中小企业", False, ("中小企业",))])
    shown, offset = snippet(text, spans)
    assert shown[0] not in "，,。》", shown
    assert shown.startswith("全面落实中小企业"), shown
    assert shown[spans[0][0] - offset :].startswith("中小企业")


def test_a_short_text_is_its_own_snippet() -> None:
    text = "东江市出口增长3.2%。"
    assert snippet(text, spans_of(text, [("出口", False, ("出口",))])) == (text, 0)
