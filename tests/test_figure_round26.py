"""Round 26 of the figures issue: the reference year of a reposted script, streaks (连续三年) and years ago
(5年前) as periods, in invented sentences in the image of the twentieth set, each class with its look-alikes."""

from __future__ import annotations

import datetime as dt

from tui.core.document import parse_text
from tui.core.figures import extract, extract_text
from tui.core.model import Figure
from tui.core.repoststamp import event_year


def read(text: str, day: str = "2023-05-01") -> list[Figure]:
    """Every figure of ``text`` read against ``day``."""
    return extract_text(text, dt.date.fromisoformat(day))


def ranges(figures: list[Figure]) -> list[tuple[str, str | None, str | None]]:
    """(text, start, end) of every figure."""
    return [(f.text, f.period_start, f.period_end) for f in figures]


# --- a mirror's stamp long after the event its script names is not the publication ---

_SCRIPT = (
    "发布时间:2025-10-14 08:12:40 来源: mirror20251014\n"
    "7月18日\n"
    "水利部召开2024年二季度新闻发布会\n"
    "上半年全国完成水利投资4321亿元\n"
    "6月份新开工项目218个\n"
)


def test_a_repost_stamp_long_after_the_event_resolves_against_the_event_year() -> None:
    got = ranges(extract(parse_text(_SCRIPT)))
    assert ("4321亿元", "2024-01-01", "2024-06-30") in got
    assert ("218个", "2024-06-01", "2024-06-30") in got


def test_a_page_dated_soon_after_the_period_keeps_its_date() -> None:
    # a report of the year before, published in its first weeks: the page's date is its own
    assert event_year(dt.date(2025, 1, 20), ["召开2024年全年经济运行情况新闻发布会"]) is None
    assert event_year(dt.date(2024, 12, 2), ["召开2024年三季度新闻发布会"]) is None


def test_a_repost_needs_an_event_named_for_an_earlier_period() -> None:
    assert event_year(dt.date(2025, 10, 14), ["召开2024年二季度新闻发布会"]) == 2024
    assert event_year(dt.date(2025, 10, 14), ["2024年二季度投资增长较快"]) is None  # no event named
    assert event_year(dt.date(2025, 10, 14), ["2024年7月18日举行新闻发布会"]) == 2024
