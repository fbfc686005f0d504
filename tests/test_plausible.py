"""The decoder's plausibility check: the verdicts of judging every character, at a fraction of the cost."""

from __future__ import annotations

import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA
from tui.core.text import _plausible


def reference(text: str) -> bool:
    """The check as it was: every character's Unicode category."""
    if not text:
        return True
    bad = 0
    for ch in text:
        if ch in "\n\r\t\f\v":
            continue
        if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
            bad += 1
    return bad <= max(2, len(text) // 200)


_NASTY = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x1b",
        "\x7f",
        "\x85",
        "\ue000",
        "\uf8ff",
        "\ufffd",
        "\U000f0000",
        "\U0010fffd",
        "\U000e0001",
        "\u0378",
        "\U0001fffe",
        "\ud800",
        "\n",
        "\r",
        "\t",
        "\f",
        "\v",
        "中",
        "a",
        " ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.text(st.characters(codec=None), max_size=400) | st.text(_NASTY, max_size=600))
def test_same_verdicts_as_every_character_judged(text: str) -> None:
    assert _plausible(text) == reference(text)


def test_the_threshold_at_both_sides() -> None:
    for size in (10, 400, 4000):
        allowed = max(2, size // 200)
        for bad in (allowed, allowed + 1):
            text = "\ue000" * bad + "中" * (size - bad)
            assert _plausible(text) == reference(text) == (bad <= allowed)


def test_it_is_cheap() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))] * 20
    _plausible(texts[0])
    start = time.perf_counter()
    assert all(_plausible(t) for t in texts)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    assert all(reference(t) for t in texts)
    theirs = time.perf_counter() - start
    assert ours < theirs / 4, (ours, theirs)
