"""Line breaking: the bundled interview at several widths, hand-made sentences, and arbitrary text."""

from __future__ import annotations

import time
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.core.linebreak import CLOSING, OPENING, wrap
from tui.core.text import bundled_article

WIDTHS = (20, 40, 58, 80, 117)
FIGURES = ("23.5万亿元", "15.3%", "47.8万家", "1.15万亿元", "10.3万家")


@lru_cache(maxsize=1)
def paragraphs() -> tuple[str, ...]:
    text = bundled_article().read_text(encoding="utf-8")
    return tuple(p for p in text.split("\n\n") if p.strip())


def show(text: str, lines: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in lines]


def check_cover(text: str, lines: list[tuple[int, int]]) -> None:
    """Lines are in order, valid, and together with the dropped spaces and newlines give back the text."""
    assert lines
    assert lines[0][0] == 0
    pos = 0
    newlines = 0
    for s, e in lines:
        assert pos <= s <= e <= len(text)
        gap = text[pos:s]
        assert set(gap) <= {" ", "\n"}, (gap, lines)
        assert gap.count("\n") <= 1
        newlines += gap.count("\n")
        assert "\n" not in text[s:e]
        pos = e
    assert set(text[pos:]) <= {" "}
    assert newlines == text.count("\n")


def check_fits(text: str, lines: list[tuple[int, int]], width: int) -> None:
    for s, e in lines:
        assert cell_len(text[s:e]) <= max(width, 2), (text[s:e], width)


def check_kinsoku(text: str, lines: list[tuple[int, int]]) -> None:
    """No line starts with a closing mark or ends with an opening mark where the wrapping put a break."""
    for s, e in lines:
        if s > 0 and text[s - 1] != "\n" and s < e:
            assert text[s] not in CLOSING, show(text, lines)
        if e > s and text[e:].lstrip(" ")[:1] not in ("", "\n"):
            assert text[e - 1] not in OPENING, show(text, lines)


def unsplit(text: str, lines: list[tuple[int, int]], piece: str) -> None:
    """Every occurrence of ``piece`` in ``text`` lies within one line."""
    at = text.find(piece)
    assert at >= 0 or piece not in text
    while at >= 0:
        assert any(s <= at and at + len(piece) <= e for s, e in lines), (piece, show(text, lines))
        at = text.find(piece, at + 1)


# --- the bundled interview ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_bundled_interview(width: int) -> None:
    seen = set()
    for para in paragraphs():
        lines = wrap(para, width)
        check_cover(para, lines)
        check_fits(para, lines, width)
        check_kinsoku(para, lines)
        for figure in FIGURES:
            if figure in para:
                seen.add(figure)
                unsplit(para, lines, figure)
        # greedy: a line is never broken when the whole paragraph line would have fit
        if cell_len(para) <= width and "\n" not in para:
            assert len(lines) == 1
    assert seen == set(FIGURES)


def test_bundled_paragraph_at_40() -> None:
    para = next(p for p in paragraphs() if "23.5万亿元" in p)
    assert show(para, wrap(para, 40)) == [
        "从质来看,产业结构持续优化。前三季度,高技",
        "术制造业、装备制造业占规模以上工业增加值",
        "比重分别达到15.3%、32.9%。上半年,45个国",
        "家先进制造业集群主导产业产值合计超过",
        "10万亿元。1至9月,178家国家高新技术产业开",
        "发区实现工业总产值23.5万亿元。",
    ]


def test_bundled_is_fast() -> None:
    para = max(paragraphs(), key=len)
    assert len(para) > 200
    best = float("inf")
    for _ in range(20):
        t0 = time.perf_counter()
        wrap(para, 60)
        best = min(best, time.perf_counter() - t0)
    assert best < 1e-3


def test_pathological_input_stays_linear() -> None:
    texts = ("x" * 20000, "a" * 20000 + "\u200d", "中" + "。" * 20000, "y" * 10000 + " " * 10000 + "z")
    t0 = time.perf_counter()
    for text in texts:
        lines = wrap(text, 40)
        check_cover(text, lines)
        check_fits(text, lines, 40)
    assert time.perf_counter() - t0 < 0.5


# --- basics ------------------------------------------------------------------------------------------


def test_empty_and_newlines() -> None:
    assert wrap("", 10) == [(0, 0)]
    assert wrap("\n", 10) == [(0, 0), (1, 1)]
    assert wrap("ab\n\ncd", 10) == [(0, 2), (3, 3), (4, 6)]
    assert wrap("ab\n", 10) == [(0, 2), (3, 3)]


def test_width_below_two_is_two() -> None:
    text = "中文字"
    assert wrap(text, 0) == wrap(text, 1) == wrap(text, 2) == [(0, 1), (1, 2), (2, 3)]
    assert wrap("ab", -5) == [(0, 2)]


def test_cells_not_characters() -> None:
    text = "一二三四五六七八九十"
    assert show(text, wrap(text, 10)) == ["一二三四五", "六七八九十"]
    assert show(text, wrap(text, 11)) == ["一二三四五", "六七八九十"]


def test_spaces_dropped_at_soft_break() -> None:
    text = "digital transformation of industry"
    lines = wrap(text, 22)
    assert show(text, lines) == ["digital transformation", "of industry"]
    check_cover(text, lines)
    text = "hello     world"
    assert show(text, wrap(text, 8)) == ["hello", "world"]


def test_latin_words_are_not_split() -> None:
    text = "推进5G和AI应用,加快digital transformation进程"
    for width in range(16, 40):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        check_kinsoku(text, lines)
        for word in ("5G", "AI", "digital", "transformation"):
            unsplit(text, lines, word)


def test_overlong_word_is_cut_by_cells() -> None:
    text = "网址是supercalifragilisticexpialidocious。"
    lines = wrap(text, 10)
    check_cover(text, lines)
    check_fits(text, lines, 10)
    assert show(text, lines)[0] == "网址是"
    assert "".join(show(text, lines)) == text
    assert all(cell_len(line) == 10 for line in show(text, lines)[1:-1])


# --- kinsoku -----------------------------------------------------------------------------------------


def test_no_line_starts_with_full_stop() -> None:
    text = "工业经济稳步恢复。产业结构持续优化。"
    # natural break after 8 characters would put 。 first on the next line: carry 复 down instead
    assert show(text, wrap(text, 16)) == ["工业经济稳步恢", "复。产业结构持续", "优化。"]


def test_closing_runs_stay_together() -> None:
    text = "他说“两个毫不动摇。”我们坚持……"
    for width in range(6, 34):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        check_kinsoku(text, lines)
        unsplit(text, lines, "摇。”")
        unsplit(text, lines, "持……")


def test_opening_marks_stay_with_what_follows() -> None:
    text = "推动（中小企业）加快复苏,坚持“两个毫不动摇”和《中小企业促进法》"
    for width in range(6, 70):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        check_kinsoku(text, lines)
        for piece in ("（中", "业）", "“两", "摇”", "《中", "法》"):
            unsplit(text, lines, piece)


def test_ascii_punctuation() -> None:
    text = "同比增长4%,9月同比增长4.5%;(见附表)"
    for width in range(8, 40):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        check_kinsoku(text, lines)
        for piece in ("4%,", "4.5%;", "(见", "表)"):
            unsplit(text, lines, piece)


def test_time_and_email_kept() -> None:
    text = "发布时间2023-11-04 13:00,来信请寄123456@qq.com,谢谢"
    for width in range(14, 60):
        lines = wrap(text, width)
        check_cover(text, lines)
        for piece in ("2023-11-04", "13:00", "123456@qq.com,"):
            unsplit(text, lines, piece)


# --- numbers and protected spans ---------------------------------------------------------------------


def test_numbers_with_units_are_units() -> None:
    text = (
        "全年实现营业收入1,234.5亿元,增长０．８个百分点,用电量达2.5万千瓦时,"
        "出口１２３４５万美元,新增企业47.8万家,增速为15.3%和-2.1%,约３倍。"
    )
    figures = (
        "1,234.5亿元",
        "０．８个百分点",
        "2.5万千瓦时",
        "１２３４５万美元",
        "47.8万家",
        "15.3%",
        "-2.1%",
        "３倍",
    )
    for width in range(18, 90):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        check_kinsoku(text, lines)
        for figure in figures:
            unsplit(text, lines, figure)


def test_prices_per_unit_are_units() -> None:
    """A price keeps what it is quoted per (元/吨, 美元／桶, 元/千瓦时): no line ends on the slash."""
    text = "某港口煤炭现货价格一度报收812.4元/吨,随后回落,国际油价升至68美元／桶上下,电价为0.6元/千瓦时。"
    figures = ("812.4元/吨", "68美元／桶", "0.6元/千瓦时")
    for width in range(16, 70):
        lines = wrap(text, width)
        check_cover(text, lines)
        check_fits(text, lines, width)
        for figure in figures:
            unsplit(text, lines, figure)
        assert not any(line.endswith(("/", "／")) for line in show(text, lines))


def test_long_number_wider_than_line_is_cut() -> None:
    text = "总额为１２３４５６７８９０１２３４５６万亿元"
    lines = wrap(text, 12)
    check_cover(text, lines)
    check_fits(text, lines, 12)
    assert show(text, lines)[0] == "总额为"


def test_protect_span() -> None:
    text = "中小企业是主要受益群体专精特新中小企业"
    at = text.index("专精特新")
    plain = show(text, wrap(text, 24))
    assert plain == ["中小企业是主要受益群体专", "精特新中小企业"]
    protected = show(text, wrap(text, 24, protect=[(at, at + 4)]))
    assert protected == ["中小企业是主要受益群体", "专精特新中小企业"]
    # spans outside the text are clipped, empty ones ignored
    assert wrap(text, 24, protect=[(-5, 1), (30, 40), (3, 3)]) == wrap(text, 24)


# --- arbitrary text ----------------------------------------------------------------------------------

PUNCTUATION = "。．，、；：？！）」』》〉】〕”’…‥·%％‰,.;:?!)]}〜～（「『《〈【〔“‘([{"
ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFF65),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(" \n  0123456789.,%万亿元个百分点ab5GAI-\u00a0\u200d\ufe0f\u0301\t😀👍"),
    st.characters(),
)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=ALPHABET, max_size=120),
    width=st.integers(min_value=2, max_value=120),
    spans=st.lists(st.tuples(st.integers(-5, 130), st.integers(-5, 130)), max_size=3),
)
def test_arbitrary_text(text: str, width: int, spans: list[tuple[int, int]]) -> None:
    for protect in ((), spans):
        lines = wrap(text, width, protect)
        check_cover(text, lines)
        check_fits(text, lines, width)
        assert len(lines) >= text.count("\n") + 1
