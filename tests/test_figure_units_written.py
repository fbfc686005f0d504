"""A figure's unit is written in the text's own script, as a reader quotes it: ``個``, ``項``, ``個百分點`` in a
traditional text, ``个`` in a simplified one; widths are folded (``％`` is ``%``). The reading underneath is the
same (the kind of figure, the value), so filters and series fold the script back."""

from __future__ import annotations

import pytest

from tui.core.figures import extract_text


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("今年東江市共有13個部門的負責人回應社會關切。", "個", "count"),
        ("今年东江市共有13个部门的负责人回应社会关切。", "个", "count"),
        ("東江市專項轉移支付今年壓減到150項。", "項", "count"),
        ("東江市工業增加值增速高出全省2.5個百分點。", "個百分點", "percent"),
        ("东江市工业增加值同比增长３.１％。", "%", "percent"),
        ("東江市全年財政收入達到2.3萬億元。", "元", "money"),
    ],
)
def test_the_unit_as_written(text: str, unit: str, kind: str) -> None:
    (figure,) = extract_text(text)
    assert figure.unit == unit
    assert figure.kind == kind
