"""A pattern guarded by the characters it can start with matches exactly what it matched unguarded."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tui.core.firstchars import guarded
from tui.core.periods import TABLE
from tui.core.quantities import FIGURE_PATTERN

_PERIODS = "|".join(f"(?P<{name}>{re.sub(r'[(][?]P<[a-z0-9]+>', '(?:', p)})" for name, p, _ in TABLE)
_ALPHABET = '今去上本年前第首三四一二两季度123456789０月份日底末初半全截至到从自以来起“”"十五时期期间春节目当现近过未超约%万亿元个,。 的增长'


def test_the_guard_is_the_class_of_first_characters() -> None:
    assert guarded(r"ab|c\d").pattern.startswith("(?=[ac])")
    assert guarded(r"a?b").pattern.startswith("(?=[ab])")
    assert guarded(r"(?<=x)y|[0-3]").pattern.startswith("(?=[0-3y])")
    assert guarded(r"x*").pattern == "x*"  # it can match nothing: no guard
    assert guarded(r"\bx").pattern == r"\bx"  # an anchor it does not follow: no guard


@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_guarded_period_and_number_patterns_find_the_same_spans(text: str) -> None:
    for pattern in (_PERIODS, FIGURE_PATTERN):
        plain, fast = re.compile(pattern), guarded(pattern)
        assert [(m.span(), m.lastgroup) for m in plain.finditer(text)] == [
            (m.span(), m.lastgroup) for m in fast.finditer(text)
        ]
