"""Numbers as numbers: the ways a text may write a number that a query word holds.

A user types ``3.1%``, ``8.3个点``, ``1.2万亿``, ``五千亿`` or ``七分之一``; an article writes ``3.1％``,
``8.3个百分点``, ``12000亿元``, ``5000亿元`` or ``1/7``. :func:`numbers_in` reads the numbers of a
(normalized) query word into :class:`NumberForms`: the value, the unit, the precision the user wrote, and
the literal forms worth looking for:

- other magnitudes of the same value (1.2万亿 · 12000亿 · 12,000亿; 4700台 · 0.47万台);
- Chinese numerals (五千亿 · 5000亿; 十七次 · 17次; 一点二万亿; 两千 and 二千);
- the percent family: ``3.1%`` · ``百分之三点一``; ``40%`` · ``四成``; points: ``个百分点`` · ``百分点`` · ``个点``;
- a whole percentage, points or multiple with its tenths written out, as statistical releases do: ``6%`` ·
  ``6.0%``;
- fractions: ``七分之一`` · ``1/7``.

Full- and half-width forms need nothing here: the engine's normalization (:func:`tui.core.tokens.norm`)
folds them before. :func:`find` looks for the forms in normalized text and keeps only whole numbers
(``3.1%`` is not found in ``13.1%``, ``1.2万`` not in ``1.2万亿``). Numbers glued to Latin letters (5G, N95,
PM2.5, G60) are names, not numbers. A rounded figure (1.78万亿 for 17834亿) is no literal form: phase 2 can
match it by value with :meth:`NumberForms.matches` against the figures of a block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from tui.core.numerals import (
    ARABIC,
    CHINESE,
    CN_CHARS,
    CN_DIGIT,
    MAGNITUDE,
    MAGNITUDES,
    chinese_value,
    to_chinese,
)
from tui.core.quantities import SET_PHRASES, UNITS

POINTS = ("个百分点", "百分点", "个点")
"""Ways to write percentage points; the first is the unit reported."""

_CN_DIGITS = "".join(CN_DIGIT)
_UNIT_RE = "|".join(re.escape(u) for u in sorted((*UNITS, "个点"), key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?P<pct>百分之(?P<pnum>{CHINESE}|{ARABIC}))"
    rf"|(?P<frac>(?P<den>[{_CN_DIGITS}十百千万]+|\d+)分之(?P<fnum>[{_CN_DIGITS}十百千]+|\d+))"
    rf"|(?P<slash>(?<![\d/.a-z])(?P<snum>\d+)/(?P<sden>\d+)(?![\d/]))"
    rf"|(?<![a-z0-9.,])(?P<num>{ARABIC}|{CHINESE})(?P<more>多|余)?(?P<mag>{MAGNITUDE})?(?P<unit>{_UNIT_RE})?(?![a-z])"
)
_SCALES = (("", Decimal(1)), ("万", Decimal(10) ** 4), ("亿", Decimal(10) ** 8), ("万亿", Decimal(10) ** 12))
_CN_NUMERAL = set(CN_CHARS) | {"点"}


@dataclass(frozen=True)
class NumberForms:
    """A number in a query word: where it is, what it is worth, and how a text may write it.

    ``value`` is in ``unit`` with the magnitude applied (1.2万亿 → 1.2e12; 3.1% → 3.1; 七分之一 → 14.29 with
    unit %); ``precision`` is the worth of one step in the last digit written (1.78万亿 → 1e10, 3.1% → 0.1);
    ``forms`` are literal strings of normalized text, the query's own first."""

    text: str
    start: int
    end: int
    value: float
    unit: str
    precision: float
    forms: tuple[str, ...]

    def matches(self, value: float, unit: str) -> bool:
        """Whether a figure (value, unit) is this number as the user rounded it: same unit, and within half
        a step of the last digit written (17834亿 is 1.78万亿)."""
        return _same_unit(unit, self.unit) and abs(value - self.value) <= self.precision / 2 + 1e-9 * abs(
            value
        )


def numbers_in(word: str) -> list[NumberForms]:
    """The numbers a normalized query word holds (``增长0.3%`` holds 0.3%), in order; a set phrase such as
    两个毫不动摇 holds none."""
    phrases = [(i, i + len(p)) for p in SET_PHRASES for i in _occurrences(word, p)]
    out: list[NumberForms] = []
    for m in _NUMBER.finditer(word):
        if any(s <= m.start() < e for s, e in phrases):
            continue
        found = _read(m)
        if found is not None:
            out.append(found)
    return out


def read_number(word: str) -> NumberForms | None:
    """The number a normalized query word is, when the whole word is one number (with its unit)."""
    found = numbers_in(word)
    return found[0] if len(found) == 1 and found[0].start == 0 and found[0].end == len(word) else None


def find(text: str, number: NumberForms) -> list[tuple[int, int]]:
    """(start, end) of every form of ``number`` in normalized ``text`` that stands as a whole number there."""
    spans = {
        (i, i + len(form))
        for form in number.forms
        for i in _occurrences(text, form)
        if _whole(text, i, i + len(form))
    }
    return sorted(spans)


def _occurrences(text: str, part: str) -> list[int]:
    out: list[int] = []
    i = text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


# reading ------------------------------------------------------------------------------------------------


def _read(m: re.Match[str]) -> NumberForms | None:
    text, start, end = m.group(0), m.start(), m.end()
    if m["pct"]:
        number = _decimal(m["pnum"])
        return None if number is None else _number(text, start, end, number, "%", _step(m["pnum"]))
    if m["frac"] or m["slash"]:
        return _fraction(m, text, start, end)
    raw, mag, unit, more = m["num"], m["mag"] or "", m["unit"] or "", m["more"] or ""
    scaled = bool(mag) or raw[-1] in "万亿"  # 五千亿 carries its magnitude inside the numeral
    if raw[0] in _CN_NUMERAL and not (scaled or unit):
        return None  # 十四五, 一体化: a Chinese numeral is a number only with a magnitude or a unit
    number = _decimal(raw)
    if number is None:
        return None
    scale = Decimal(str(MAGNITUDES[mag])) if mag else Decimal(1)
    step = _step(raw) * scale
    if unit == "成":
        number, step, unit = number * 10, step * 10, "%"
    unit = POINTS[0] if unit in POINTS else unit
    if more:
        forms = (text, text.replace(more, "余" if more == "多" else "多"))
        return NumberForms(text, start, end, float(number * scale), unit, float(step), forms)
    return _number(text, start, end, number * scale, unit, step, bare=not (scaled or unit))


def _fraction(m: re.Match[str], text: str, start: int, end: int) -> NumberForms | None:
    top, bottom = (m["fnum"], m["den"]) if m["frac"] else (m["snum"], m["sden"])
    numerator, denominator = _decimal(top), _decimal(bottom)
    if numerator is None or not denominator:
        return None
    forms = (
        text,
        f"{_plain(numerator)}/{_plain(denominator)}",
        f"{_chinese(denominator)}分之{_chinese(numerator)}",
    )
    value = round(float(numerator / denominator * 100), 6)
    return NumberForms(text, start, end, value, "%", 1e-6, tuple(dict.fromkeys(forms)))


def _number(
    text: str, start: int, end: int, value: Decimal, unit: str, step: Decimal, bare: bool = False
) -> NumberForms:
    forms = [text, *_written(value, unit, bare)]
    return NumberForms(text, start, end, float(value), unit, float(step), tuple(dict.fromkeys(forms)))


def _written(value: Decimal, unit: str, bare: bool) -> list[str]:
    """The literal forms of a value in a unit: magnitudes, separators, Chinese numerals, unit variants."""
    if bare:
        return [_plain(value)]
    tenths = [_plain(value) + ".0"] if value == value.to_integral_value() else []  # 6% is 6.0%
    if unit == "%":
        out = [_plain(value) + "%", *(t + "%" for t in tenths), *(f"百分之{c}" for c in _chinese_all(value))]
        if value == value.to_integral_value() and 10 <= value < 100 and value % 10 == 0:
            out.append(_chinese(value / 10) + "成")
        return out
    if unit in POINTS or unit in ("‰", "倍"):
        numerals = [_plain(value), *tenths, *_chinese_all(value)]
    else:
        numerals = [n for name, scale in _SCALES for n in _scaled(value, name, scale)]
    units = POINTS if unit in POINTS else (unit,)
    return [_two(n + u) for n in numerals for u in units for _two in (str, _liang) if _two(n + u)]


def _liang(form: str) -> str:
    """两 for a leading 二 before a unit or 百, 千, 万, 亿 (两个百分点, 两千); empty when it does not apply."""
    return "两" + form[1:] if form[:1] == "二" and form[1:2] not in (*_CN_DIGITS, "十", "点", "") else ""


def _scaled(value: Decimal, name: str, scale: Decimal) -> list[str]:
    """``value`` written with magnitude ``name`` (万, 亿, 万亿, or none), when that reads naturally: a
    mantissa from 0.1 to 99999 with at most four decimals (Chinese numerals from 1)."""
    mantissa = value / scale
    if not Decimal("0.1") <= mantissa < 100_000 or _decimals(mantissa) > 4:
        return []
    plain = _plain(mantissa)
    out = [plain + name]
    whole = int(mantissa)
    if whole >= 1000:
        out.append(f"{whole:,}" + plain[len(str(whole)) :] + name)
    return out + [c + name for c in _chinese_all(mantissa)] if mantissa >= 1 else out


# numerals -----------------------------------------------------------------------------------------------


def _decimal(text: str) -> Decimal | None:
    """The value of an Arabic or Chinese numeral, exactly."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        pass
    value = chinese_value(text)
    if value is None:
        return None
    return Decimal(repr(value)).normalize() if "点" in text else Decimal(int(value))


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _step(raw: str) -> Decimal:
    """One step in the last digit written: 1.78 → 0.01, 5000 → 1, 十三点九 → 0.1, 五千亿 → 1e8."""
    for mark in (".", "点"):
        if mark in raw:
            return Decimal(10) ** -len(raw.rpartition(mark)[2])
    tail = raw[len(raw.rstrip("万亿")) :]
    step = Decimal(1)
    for ch in tail:
        step *= Decimal(10) ** (4 if ch == "万" else 8)
    return step


def _plain(value: Decimal) -> str:
    """``12000``, ``1.2``, ``0.47``: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _chinese(value: Decimal) -> str:
    """A value in Chinese numerals: 17 → 十七, 4700 → 四千七百, 3.1 → 三点一, 0.5 → 零点五."""
    whole, _, fraction = _plain(value).partition(".")
    text = to_chinese(int(whole))
    if text.startswith("一十"):
        text = text[1:]
    return text + ("点" + "".join("零一二三四五六七八九"[int(d)] for d in fraction) if fraction else "")


def _chinese_all(value: Decimal) -> list[str]:
    """The Chinese numerals of a value (none past a trillion), with 两 for a leading 二 before 百, 千, 万, 亿."""
    if value >= 10**12:
        return []
    text = _chinese(value)
    return [text, _liang(text)] if _liang(text) else [text]


# finding ------------------------------------------------------------------------------------------------


def _whole(text: str, start: int, end: int) -> bool:
    """A form at ``text[start:end]`` is a whole number: no digit runs on before it or after it, nor a larger
    magnitude after it (1.2万 is no 1.2万亿), nor a Latin letter (5G)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    first, last = text[start], text[end - 1]
    if first.isdigit() and (before.isdigit() or before in (".", ",") or _latin(before)):
        return False
    if first in _CN_NUMERAL and before in _CN_NUMERAL:
        return False
    if last.isdigit() and (after.isdigit() or (after in (".", ",") and text[end + 1 : end + 2].isdigit())):
        return False
    return not ((last.isdigit() or last in _CN_NUMERAL) and (after in _CN_NUMERAL or _latin(after)))


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _same_unit(a: str, b: str) -> bool:
    return a == b or (a in POINTS and b in POINTS)
