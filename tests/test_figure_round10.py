"""Figures on every set of real pages (issue 11, round 10): metrics that are noun phrases, periods that are
the figure's.

Every text here is written for this file (names, numbers and wording invented), each class with look-alikes
that must not change.
"""

from __future__ import annotations

import datetime as dt

from tui.core.figures import extract_text
from tui.core.model import Figure


def figures(text: str, day: str = "2024-03-06") -> list[Figure]:
    return extract_text(text, dt.date.fromisoformat(day))


def metrics(text: str, day: str = "2024-03-06") -> list[tuple[str, str | None]]:
    return [(f.text, f.metric) for f in figures(text, day)]


def dates(text: str, day: str = "2024-03-06") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(f.text, f.period, f.period_start, f.period_end) for f in figures(text, day)]


# --- a mirror's pinyin glosses ----------------------------------------------------------------------------


def test_a_glossed_metric_is_named_without_its_glosses_and_the_figure_as_written() -> None:
    text = "全縣糧食總產(chǎn)量達(dá)到41萬(wàn)噸，財(cái)政收入增長(zhǎng)6.3%。"
    got = figures(text)
    assert [(f.text, f.metric) for f in got] == [("41萬(wàn)噸", "全縣糧食總產量"), ("6.3%", "財政收入")]
    assert [text[f.start : f.end] for f in got] == ["41萬(wàn)噸", "6.3%"]


def test_look_alike_a_bracket_without_a_tone_mark_stays_in_the_metric() -> None:
    assert metrics("地區生產總值(GDP)增長6.1%。") == [("6.1%", "地區生產總值(GDP)")]
