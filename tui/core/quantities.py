"""Where the numbers are: numeral spans with their value, unit, approximation, range and fraction.

:func:`find_quantities` scans folded text with the numeral grammar of :mod:`tui.core.numerals` and the units
of :mod:`tui.core.vocab`, keeps the spans that carry a unit or a magnitude (or stand after 为/达 as a bare
value), reads approximation words around them (超过, 近, 约, 以上, 多…), a written minus sign, fractions
(三分之一, 1/3), splits ranges into their two ends (3%至5% is 3 % and 5 %, linked), lends a trailing unit to
the bare numbers of a list (0.42和0.18个百分点, 1.2、0.8、0.5个百分点), and drops what the genre writes
with numerals but does not count: 5G, 十四五, 一是, 第一, 两个毫不动摇, years, e-mails, 三个方面, 每万人.
The hedges are read by :mod:`tui.core.hedges`; values said the way speakers say them (两三个, 近一半, a bare
number reached from a value with a unit) by :mod:`tui.core.saidvalues`; a quantity is the data of
:mod:`tui.core.quantity`. What a quantity measures is for :mod:`tui.core.figures` to say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from tui.core.asides import asides, bands, is_enumerator, not_a_statistic
from tui.core.barevalues import breakdown_count, ratio_said
from tui.core.chinesecounts import chinese_ok, counted_again, counted_part
from tui.core.firstchars import guarded
from tui.core.hedges import approx_after, approx_before
from tui.core.numerals import ARABIC, CHINESE, CN_DIGIT, MAGNITUDE, chinese_value
from tui.core.quantity import Quantity, as_float
from tui.core.saidvalues import half_share, moved_to, reached_from, vague_pair, written_minus
from tui.core.vocab import (
    CHANGE_VERBS,
    CLASSIFIERS,
    COUNTED_NOUNS,
    LATIN_UNITS,
    LIST_MARKS,
    MAGNITUDES,
    MASS_UNITS,
    MONEY_ALIASES,
    MONEY_UNITS,
    PER_UNITS,
    RANGE_MARKS,
    SCORE_UNIT,
    SHARE_WORDS,
    alternation,
    is_cjk,
)
from tui.core.vocab import UNITS as VOCAB_UNITS

__all__ = ["CLASSIFIERS", "FIGURE_PATTERN", "LIST_SEP", "SET_PHRASES", "UNITS", "find_quantities"]

UNITS = tuple(sorted({*VOCAB_UNITS, *SHARE_WORDS, *MONEY_ALIASES} - LATIN_UNITS, key=len, reverse=True))
"""The units written in Chinese a quantity may carry (the vocabulary's, with 成 and 人民币), longest first, for
readers of numbers outside the extractor (a query's numbers). Latin units (g, kg, kW) are left out: only the
extractor's own guards tell 250g from 5G."""
_TRILLION_BEFORE = "新?台币|新台幣|元|美元|日元|港元|韩元"
"""兆 is 10^12 before a currency, as Taiwan writes it (4.72兆元); elsewhere it is mega (兆瓦) or a word."""
_UNIT_RE = "|".join(re.escape(u) for u in sorted({*UNITS, *LATIN_UNITS}, key=len, reverse=True))
FIGURE_PATTERN = (
    rf"(?P<pctcn>百分之(?P<pnum>{CHINESE}|{ARABIC}))"
    rf"|(?P<frac>(?P<den>[{''.join(CN_DIGIT)}十百千万]+|\d+)分之(?P<fnum>{CHINESE}|\d+(?:\.\d+)?))"
    rf"|(?P<slash>(?<![\d/])(?P<snum>\d{{1,2}})/(?P<sden>\d{{1,2}})(?![\d/]))"
    rf"|(?P<half>一半)"
    rf"|(?P<sign>[-−](?=\d))?(?P<num>{ARABIC}|{CHINESE})\s?(?P<more1>多|余)?"
    rf"(?P<mag>(?:{MAGNITUDE})(?!瓦|克|米|伏|兆|(?<=千)公顷)|兆(?={_TRILLION_BEFORE}))?(?:(?P<more>多|余)(?P<mag2>亿)?)?\s?"
    rf"(?P<unit>(?:{_UNIT_RE}|成)(?<!个(?=季度|星期|年头)))?"
)
"""A number with its magnitude, unit and approximation marks (and shares, fractions, a minus sign)."""
_FIGURE = guarded(FIGURE_PATTERN)
LIST_SEP = re.compile(r"^\s?(?:" + "|".join(LIST_MARKS) + r")\s?$")
"""The gap between two figures of one list (a flattened page may space it: ``1.3% 和1.2%``)."""


_VALUE_VERB = re.compile(
    r"(为|达|达到|录得|是|报|回升至|回落至|升至|降至|提高至|提升至|下降至|增至|减至|上升至|分别为|均为|"
    r"提高|回落|回升|上升|下降|上涨|下跌|缩小|扩大|比值|系数|比率)\s*$"
)
_RATIO_KEPT = re.compile(r"(?:倍率|系数|比率|比值|指数)[^，,。；;]{0,6}(?:保持|稳定|维持|处)[在于]\s*$")
"""A ratio said to stay at a level (求人倍率保持在1.25): its value is written without a unit."""
_INDEX_POINTS = re.compile(rf"(?:{alternation(tuple(set(CHANGE_VERBS) - {'增长', '提升', '降低'}))})$")
"""An index moves in points (回落0.3点): after these, 点 is a unit, not a clock time."""
_PERSON_NOUN = frozenset("口员民们才群工士类均生物事心")
"""人 followed by these is a noun (人口, 人员, 人民…), not the measure word of a count of people."""
_SCORE_STOP = frozenset("之钟别子配享成担批期布散摊局")
_CHENG_WORDS = (
    "成不变",
    "成为",
    "成功",
    "成员",
    "成本",
    "成果",
    "成立",
    "成交",
    "成熟",
    "成效",
    "成绩",
    "成品",
)
_PLUS_DURATION = re.compile(r"(?P<plus>多|半)(?P<unit>小时|月|工作日)")
SET_PHRASES = ("两个毫不动摇", "一带一路", "一张网", "两个市场", "两种资源", "四个全面", "两个确立", "两个维护", "四个意识", "四个自信")  # fmt: skip

_UNIT_LAST_CHARS = frozenset(u[-1] for u in UNITS if not u.isascii()) | frozenset("万亿千百")
_SET_PHRASE = re.compile("|".join(SET_PHRASES))


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _number(text: str) -> Decimal | None:
    if text[:1].isdigit():
        return _decimal(text)
    if len(text) == 2 and text[0] == text[1]:
        return None  # 唯一一位, 一一列举, 两两对应: a word, not eleven or twenty-two
    value = chinese_value(text)
    return None if value is None else Decimal(str(value))


_ROUND_THRESHOLD = re.compile(r"[十百千]万?亿")
_PASSED = re.compile(r"(?:突?破|超过|迈上|跨越|站上|达到)$")


_ORDINALS_BEFORE = re.compile(r"第(?:[\d一二三四五六七八九十]{1,3}、)+$")
"""第1、2、: the ordinals listed before a number, which is one of them (第1、2、3批)."""


def _glued(folded: str, start: int) -> bool:
    """True when the number is part of a word: 第一, G60, 123@qq.com, COVID-19."""
    before = folded[start - 1] if start else ""
    if before == "第" or (before == "、" and _ORDINALS_BEFORE.search(folded, max(0, start - 16), start)):
        return True  # 第一, 第1、2、3批: ordinals
    if before and before.isascii() and (before.isalnum() or before in "@./:_#"):
        return True
    if before in "拨撥" and folded.startswith("千斤", start):
        return True  # 四两拨千斤: an idiom
    return before == "-" and start >= 2 and folded[start - 2].isascii() and folded[start - 2].isalpha()


_CN_LEAD = "一二两兩三四五六七八九十"
"""The first character of a number in Chinese numerals (not 万亿 alone: a magnitude named, no sum)."""
_NAME_WORD = "义義单單称稱录錄"
"""Second characters of words that start with 名 (名义, 名单, 名称, 名录): no 名 of people counted."""


def _unit_of(folded: str, m: re.Match[str], end: int) -> tuple[str, int]:
    """The unit the match read, with the guards the regex cannot express; returns (unit, end)."""
    unit = m["unit"] or ""
    after = folded[end : end + 1]
    if unit == "人" and after in _PERSON_NOUN:
        return "", end - 1
    if unit == "部" and after == "门":
        return "", end - 1
    if unit == "名" and after in _NAME_WORD:
        return "", end - 1  # 九万亿名义GDP: the word 名义, not a count of people
    if unit in LATIN_UNITS and after.isascii() and after.isalnum():
        return "", end - len(unit)
    if unit in MONEY_ALIASES:
        unit = MONEY_ALIASES[unit]
    if unit in MONEY_UNITS:
        return _priced_per(folded, unit, end)
    per_area = _PER_AREA.match(folded, end) if unit in MASS_UNITS else None
    if per_area is not None:
        return f"{unit}/{per_area['per']}", per_area.end()  # 436.63公斤/亩: a yield per unit of area
    if unit == "个" and after == "点":
        if folded.startswith(("钟", "半"), end + 1) or not m["num"][:1].isdigit():
            return "", end - 1  # 3个点钟: a clock time; 两个点: points of a talk
        return "个百分点", end + 1  # 提高了0.8个点: percentage points, as speakers say them
    digits = bool(m["num"]) and m["num"][0].isdigit()
    if (
        not unit
        and digits
        and after == "点"
        and _INDEX_POINTS.search(folded, max(0, m.start() - 2), m.start())
    ):
        return "点", end + 1
    if not unit and m["num"] and m["num"][0].isdigit() and after == SCORE_UNIT:
        nxt = folded[end + 1 : end + 2]
        prev = folded[m.start() - 1 : m.start()]
        if (
            nxt not in _SCORE_STOP
            and prev not in ("时", "点", ":")
            and not (is_cjk(nxt) and nxt not in "以左")
        ):
            return SCORE_UNIT, end + 1
    return unit, end


_PER = re.compile(rf"[/／每](?P<per>{alternation(PER_UNITS)})")


_CLASS_BOUND = re.compile(r"(?:以上|以下)的(?:有|占|达|共)")
_PER_AREA = re.compile(r"[/／](?P<per>亩|公顷|平方米|平方公里)")


def _priced_per(folded: str, unit: str, end: int) -> tuple[str, int]:
    """A price per measure (809.6元/吨, 70美元/桶, 3元每斤) is one unit, 元/吨; 元/月 stays 元."""
    per = _PER.match(folded, end)
    return (unit, end) if per is None else (f"{unit}/{per['per']}", per.end())


def _plus_duration(plus: re.Match[str], more: str, value: Decimal) -> tuple[str, int, str, Decimal]:
    """两个多小时, 一个半月: the measure word, then 多 or 半, then the unit of time; (unit, end, more, value)."""
    half = plus["plus"] == "半"
    return (
        "个" + plus["unit"],
        plus.end(),
        more or ("" if half else "多"),
        value + Decimal("0.5" if half else "0"),
    )


def _range_dash(folded: str, start: int) -> bool:
    """True when the - before a number joins it to the number before (5%-7%, 3万-5万)."""
    prev = folded[start - 1 : start]
    return bool(prev) and (prev.isdigit() or prev in "%‰" or prev in _UNIT_LAST_CHARS)


def _read(folded: str, m: re.Match[str]) -> Quantity | None:
    start, end = m.start(), m.end()
    negative = m["sign"] is not None or written_minus(folded, start)
    if negative and _range_dash(folded, start):
        start, negative = start + 1, False  # 5%-7%: the dash of a range, not a minus sign
    if _glued(folded, start):
        return None
    fraction = None
    scale = 1.0
    threshold = False
    if m["pctcn"]:
        value = _number(m["pnum"])
        unit, mag, more, num = "%", "", "", m["pnum"]
    elif m["half"]:
        half = half_share(folded, start, end)
        return None if half is None else Quantity(half[0], half[1], 50.0, "%", half[2], fraction="1/2")
    elif m["frac"] or m["slash"]:
        den, numer = (
            (_number(m["den"]), _number(m["fnum"]))
            if m["frac"]
            else (_decimal(m["sden"]), _decimal(m["snum"]))
        )
        if den is None or numer is None or den == 0 or (m["slash"] and not 0 < numer < den):
            return None
        if numer == int(numer) and den == int(den):
            share = Fraction(int(numer), int(den))
            fraction = f"{share.numerator}/{share.denominator}"
            value_float: float = float(share * 100)
        else:
            value_float = float(numer / den * 100)
        s, pre = approx_before(folded, start)
        e, post = approx_after(folded, end, "%")
        return Quantity(s, e, value_float, "%", pre or post, fraction=fraction)
    else:
        num, mag = m["num"], m["mag"] or ""
        more = m["more"] or m["more1"] or ""
        unit, end = _unit_of(folded, m, end)
        value = _number(num)
        if value is None or (folded[start - 1 : start] == "在" and _CLASS_BOUND.match(folded, end)):
            return None  # 项目在一亿元以上的有400多个: the bound of the class counted, not a figure
        if not unit and folded[end : end + 1] == "." and folded[end + 1 : end + 2] in ("", "\n"):
            return None  # 比上月下降0.|: a number cut off where the stored page ends
        plus = _PLUS_DURATION.match(folded, end) if unit == "个" else None
        if plus:
            unit, end, more, value = _plus_duration(plus, more, value)
        if vague_pair(num):
            return None  # 两三个问题, 七八家: a guess at a few, not 23 or 78
        threshold = (
            _ROUND_THRESHOLD.fullmatch(num) is not None and _PASSED.search(folded, 0, start) is not None
        )
        threshold = threshold or (num[0] in _CN_LEAD and num.endswith("万亿"))  # 九万亿: no unit written
        if threshold:
            pass  # GDP突破百万亿: a round threshold passed, written without digits (not 千亿级, 百万雄师)
        elif not num[0].isdigit():
            pre = approx_before(folded, start)[1]
            said = chinese_ok(num, unit, mag, pre, more or ("半" if plus else ""), value)
            if not (
                said
                or moved_to(folded, start, unit)
                or counted_part(folded, start, num, unit)
                or counted_again(folded, start, end, num, unit)
            ):
                return None
        if unit == "成":
            if folded.startswith(_CHENG_WORDS, end - 1):
                return None
            value, unit, scale = value * 10, "%", 10.0
        if mag or m["mag2"]:
            factor = MAGNITUDES.get(mag, 1e12 if mag == "兆" else 1.0) * (
                MAGNITUDES["亿"] if m["mag2"] else 1.0
            )
            value, scale = value * Decimal(str(factor)), scale * factor
        if negative:
            value = -value
    if value is None or not_a_statistic(folded, start, end, unit, mag):
        return None
    s, pre = approx_before(folded, start)
    e, post = approx_after(folded, end, unit)
    approx = pre or post or ("over" if more else None)
    number = as_float(value)
    if number is None:
        return None
    bare = not unit and not mag and not threshold and not _counted_noun(folded, end)
    return Quantity(s, e, number, unit, approx, bare=bare, scale=scale)


def _valued(q: Quantity) -> tuple[int, int, str] | None:
    """A quantity as :func:`tui.core.saidvalues.reached_from` reads the value before: with a unit, not bare."""
    return None if q.bare else (q.start, q.end, q.unit)


def _counted_noun(folded: str, end: int) -> bool:
    return folded.startswith(COUNTED_NOUNS, end)


def _scan(folded: str) -> list[Quantity]:
    """Numeral spans with their value and unit; bare numbers are kept for the passes that follow."""
    out: list[Quantity] = []
    pos = 0
    while True:
        m = _FIGURE.search(folded, pos)
        if m is None:
            break
        pos = max(m.end(), m.start() + 1)
        raw = _read(folded, m)
        if raw is not None:
            out.append(raw)
            pos = max(pos, raw.end)
    return out


def _ranges(folded: str, raws: list[Quantity]) -> list[Quantity]:
    """3%至5%, 5%—7%, 3至5万, 2至5成, 1800-1900亿: two quantities, the low end lending its unit and scale as written."""
    out: list[Quantity] = []
    i = 0
    while i < len(raws):
        cur = raws[i]
        nxt = raws[i + 1] if i + 1 < len(raws) else None
        gap = folded[cur.end : nxt.start] if nxt else ""
        if (
            nxt is not None
            and len(gap) == 1
            and gap in RANGE_MARKS
            and (nxt.unit or (nxt.scale != 1.0 and cur.bare))  # 1800-1900亿: the magnitude alone
            and cur.unit in ("", nxt.unit)
        ):
            low = cur.value
            if cur.bare and nxt.scale != 1.0 and low * nxt.scale <= nxt.value:
                low = as_float(Decimal(str(low)) * Decimal(str(nxt.scale))) or low
            if low < nxt.value:
                approx = cur.approx or nxt.approx
                low_end = replace(cur, value=low, unit=nxt.unit, bare=False, approx=approx)
                out.append(replace(low_end, bound="low", other=nxt.value))
                out.append(replace(nxt, approx=approx, bound="high", other=low))
                i += 2
                continue
        out.append(cur)
        i += 1
    return out


def _share_units(folded: str, raws: list[Quantity]) -> list[Quantity]:
    """Lend a list's trailing unit to its bare numbers: 2.1个和3.6个百分点, 2.1和3.4个百分点, 1.2、0.8个百分点.

    Not to a magnitude written without a unit (8.1亿、2.0亿人): the keys give a unit only where it is written."""
    out = list(raws)
    for i in range(len(out) - 2, -1, -1):
        cur, nxt = out[i], out[i + 1]
        if not LIST_SEP.match(folded[cur.end : nxt.start]) or not nxt.unit or cur.bound:
            continue
        if cur.unit == "" and cur.bare and not _counted_noun(folded, cur.end):
            out[i] = replace(cur, unit=nxt.unit, bare=False)
        elif cur.unit == "个" and nxt.unit == "个百分点" and folded[cur.end : nxt.start] != ",":
            out[i] = replace(cur, unit=nxt.unit)  # 2.1个和3.6个百分点 (not 165个，两个多小时)
    return out


def find_quantities(folded: str) -> list[Quantity]:
    """Every quantity of a paragraph of folded text, in order."""
    raws = [r for r in _scan(folded) if not is_enumerator(folded, r)]
    found = _share_units(folded, _ranges(folded, raws))
    if "(" in folded or "部分" in folded:
        out_of_scope = asides(folded) if "(" in folded else []
        band = bands(folded, found)
        found = [
            q
            for i, q in enumerate(found)
            if i not in band and not any(s <= q.start < e for s, e in out_of_scope)
        ]
    kept = [
        r
        for i, r in enumerate(found)
        if not r.bare
        or _VALUE_VERB.search(folded[max(0, r.start - 4) : r.start])
        or _RATIO_KEPT.search(folded[max(0, r.start - 14) : r.start])
        or ratio_said(folded, found, i)
        or breakdown_count(folded, found, i)
        or reached_from(folded, _valued(found[i - 1]) if i else None, r.start)
    ]
    return [q for q in kept if not _SET_PHRASE.search(folded, max(0, q.start - 1), q.end + 5)]
