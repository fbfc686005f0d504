"""The numeral grammar: Arabic, full-width and Chinese numerals, magnitudes, shares and multiples.

Works on folded text (see :func:`tui.core.text.fold`), so full-width digits arrive as ASCII. Values are
exact for what the text can write: ``1.15万亿`` is 1 150 000 000 000, ``三点五`` is 3.5, ``两千`` 2000.
"""

from __future__ import annotations

import re

from tui.core.vocab import MAGNITUDES

CN_DIGIT = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_UNIT = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = "".join(CN_DIGIT) + "".join(CN_UNIT) + "".join(CN_BIG)

ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
"""An Arabic number with optional thousands separators and decimals (folded text)."""

CHINESE = rf"[{CN_CHARS}]+(?:点[{''.join(CN_DIGIT)}]+)?"
"""A Chinese numeral, optionally with a decimal part after 点."""

MAGNITUDE = "|".join(sorted(MAGNITUDES, key=len, reverse=True))
"""A regex alternation of the magnitude words, longest first (:data:`tui.core.vocab.MAGNITUDES`)."""

__all__ = ["ARABIC", "CHINESE", "CN_DIGIT", "MAGNITUDE", "MAGNITUDES", "chinese_value", "number_value"]

_ARABIC_RE = re.compile(rf"^(?:{ARABIC})$")


def arabic_value(text: str) -> float:
    """``1,234.5`` → 1234.5."""
    return float(text.replace(",", ""))


def chinese_value(text: str) -> float | None:
    """The value of a Chinese numeral (一百二十三, 两千, 十二, 三点五, 千亿, 一万二千), or None."""
    if not text:
        return None
    if "点" in text:
        whole, _, frac = text.partition("点")
        base = chinese_value(whole) if whole else 0.0
        if base is None or not frac or any(ch not in CN_DIGIT for ch in frac):
            return None
        return base + float("0." + "".join(str(CN_DIGIT[ch]) for ch in frac))
    if any(ch not in CN_CHARS for ch in text):
        return None
    if all(ch in CN_DIGIT for ch in text):
        if len(text) == 1:
            return float(CN_DIGIT[text])
        return float("".join(str(CN_DIGIT[ch]) for ch in text))  # 二〇二三 read digit by digit
    total = 0.0
    section = 0.0
    number = -1.0
    for ch in text:
        if ch in CN_DIGIT:
            if number > 0 and CN_DIGIT[ch] != 0:
                return None  # two digits in a row inside a positional numeral
            number = float(CN_DIGIT[ch])
        elif ch in CN_UNIT:
            section += (number if number > 0 else 1.0) * CN_UNIT[ch]
            number = -1.0
        else:
            section += max(number, 0.0)
            big = CN_BIG[ch]
            if big > 10_000:
                total = (total + section) * big
            else:
                total += (section if section else 1.0) * big
            section, number = 0.0, -1.0
    return total + section + max(number, 0.0)


def number_value(text: str) -> float | None:
    """The value of an Arabic or Chinese numeral, or None when it is neither."""
    if _ARABIC_RE.match(text):
        return arabic_value(text)
    return chinese_value(text)


def magnitude_value(text: str) -> float:
    """``万亿`` → 1e12; an empty magnitude is 1."""
    return MAGNITUDES.get(text, 1.0) if text else 1.0


def to_chinese(n: int) -> str:
    """Write a non-negative integer in Chinese numerals (for tests and round trips)."""
    if n == 0:
        return "零"
    digits = "零一二三四五六七八九"

    def below_10000(x: int) -> str:
        out = ""
        zero = False
        for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = x // unit_value % 10
            if d:
                if zero and out:
                    out += "零"
                out += digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    parts: list[str] = []
    for big_value, big in ((100_000_000, "亿"), (10_000, "万"), (1, "")):
        chunk = n // big_value % (10_000 if big_value < 100_000_000 else 10**12)
        if big_value == 100_000_000:
            chunk = n // big_value
        if chunk:
            text = below_10000(chunk) if chunk < 10_000 else to_chinese(chunk)
            if parts and chunk < 1000:
                text = "零" + text
            parts.append(text + big)
    return "".join(parts)
