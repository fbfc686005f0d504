"""The filter language of the figures view: value conditions, units, kinds and words.

``>5``, ``<1万``, ``>=2.5``, ``10..50`` compare values (Chinese magnitudes allowed); ``10..`` and ``..50``
are open ranges; ``%`` or ``元`` keep a unit; ``count``, ``money``, ``percent``, ``multiple``, ``other`` keep
a kind; any other word must occur in the figure's metric, period, comparison or text. Terms combine with
AND; nothing typed raises.

Spaces mean what the reader means: an operator, a range mark or a magnitude standing apart belongs to the
number next to it, so ``> 5`` is ``>5``, ``10 .. 50`` is ``10..50`` and ``> 1 万`` is ``>1万``; an
operator with nothing after it yet (the reader is still typing) filters nothing out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tui.core.model import Figure
from tui.core.numerals import MAGNITUDE, number_value
from tui.core.readings import to_simplified
from tui.core.text import fold
from tui.core.vocab import CN_DIGITS, FIGURE_KINDS, MAGNITUDE_CHARS, MAGNITUDES, UNITS

KINDS = FIGURE_KINDS
_NUMBER = re.compile(rf"^(?P<num>[0-9.,]+|[{CN_DIGITS}{MAGNITUDE_CHARS}点]+)(?P<mag>{MAGNITUDE})?$")
_COMPARE = re.compile(r"^(?P<op>>=|<=|>|<|=)(?P<value>.+)$")
_RANGE = re.compile(r"^(?P<low>[^.]*(?:\.\d+)?)\.\.(?P<high>.*)$")
_OPERATORS = frozenset({">", "<", ">=", "<=", "="})
_MAGNITUDE_WORDS = frozenset(MAGNITUDES)
_UNITS = frozenset(UNITS)


def parse_value(text: str) -> float | None:
    """``1万`` → 10000, ``2.5`` → 2.5, ``三千`` → 3000; None when it is not a number."""
    m = _NUMBER.match(fold(text).replace(",", ""))
    if not m:
        return None
    value = number_value(m["num"])
    if value is None:
        return None
    return value * MAGNITUDES.get(m["mag"] or "", 1.0)


@dataclass
class FigureFilter:
    """A parsed filter: predicates that must all hold.

    The same conditions are kept as data too, for a view that applies them to columns of many figures at
    once: ``values`` (each takes a value, or a numpy array of them), ``units`` and ``words``.
    """

    tests: list[Callable[[Figure], bool]] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    values: list[Callable[[Any], Any]] = field(default_factory=list)
    """Conditions on the value; written with operators only, so that they apply to an array as well."""
    units: list[str] = field(default_factory=list)
    """Units the figure must have (``%``, ``元``)."""
    words: list[str] = field(default_factory=list)
    """Words (folded, lower case) that must occur in the metric, period, comparison or figure."""

    def _value(self, check: Callable[[Any], Any]) -> None:
        self.values.append(check)
        self.tests.append(lambda f: bool(check(f.value)))

    def __call__(self, figure: Figure) -> bool:
        if self.kinds and figure.kind not in self.kinds:
            return False
        return all(test(figure) for test in self.tests)


def _value_test(op: str, bound: float) -> Callable[[Any], Any]:
    ops: dict[str, Callable[[Any], Any]] = {
        ">": lambda v: v > bound,
        "<": lambda v: v < bound,
        ">=": lambda v: v >= bound,
        "<=": lambda v: v <= bound,
        "=": lambda v: abs(v - bound) <= 1e-9 * max(1.0, abs(bound)),
    }
    return ops[op]


def _is_number(token: str) -> bool:
    return parse_value(token.lstrip("<>=")) is not None


def terms(text: str) -> list[str]:
    """The terms of a filter, with the spaces a reader puts around operators and magnitudes taken out.

    ``> 5`` → ``[">5"]``; ``10 .. 50`` → ``["10..50"]``; ``>1 万`` → ``[">1万"]``; ``% 中小企业`` stays two.
    """
    out: list[str] = []
    for token in fold(text).split():
        if out and (
            out[-1] in _OPERATORS
            or out[-1].endswith("..")
            or token.startswith("..")
            or (token in _MAGNITUDE_WORDS and _is_number(out[-1]))
        ):
            out[-1] += token
        else:
            out.append(token)
    return out


def parse_filter(text: str) -> FigureFilter:
    """Read a filter string leniently (see the module docstring)."""
    result = FigureFilter()
    for token in terms(text):
        if set(token) <= set("<>=.~-"):
            continue  # an operator still waiting for its number
        if token.lower() in KINDS:
            result.kinds.add(token.lower())
            continue
        m = _COMPARE.match(token)
        if m:
            bound = parse_value(m["value"])
            if bound is not None:
                result._value(_value_test(m["op"], bound))
            continue
        m = _RANGE.match(token)
        if m:
            low, high = parse_value(m["low"]), parse_value(m["high"])
            if low is not None and high is not None:
                result._value(_between(min(low, high), max(low, high)))
            elif low is not None and not m["high"]:
                result._value(_value_test(">=", low))
            elif high is not None and not m["low"]:
                result._value(_value_test("<=", high))
            continue
        if token in _UNITS:
            result.units.append(token)
            result.tests.append(_unit_is(token))
            continue
        result.words.append(token.lower())
        result.tests.append(_mentions(token.lower()))
    return result


def _between(low: float, high: float) -> Callable[[Any], Any]:
    return lambda v: (v >= low) & (v <= high)  # & rather than a chain, so that an array works too


def _unit_is(unit: str) -> Callable[[Figure], bool]:
    return lambda f: f.unit == unit or to_simplified(f.unit) == unit  # 個 as a traditional text writes 个


def _mentions(needle: str) -> Callable[[Figure], bool]:
    def test(f: Figure) -> bool:
        return any(
            needle in fold(x).lower() for x in (f.metric or "", f.period or "", f.comparison or "", f.text)
        )

    return test
