"""The comparable key of a figure: what it measures, how, in what unit, of which place.

Two figures go on one line (and may disagree) only when their keys are equal. A key is read from four
strings of the figure, each distinct string once (a collection has far fewer distinct metrics than
figures):

- the **metric** (:func:`read_metric`): normalized (widths, case, traditional characters), its scope
  words split off the start (全国, 我省, 四川省: :mod:`tui.core.places`), an acronym in parentheses
  dropped (国内生产总值(GDP)), the genre's equivalents folded (规上工业 → 规模以上工业, 社零 → 社会消费品零售总额:
  ``content/equivalents.tsv``), the particle 的 dropped, and a rate's name read as the rate of what it
  names (工业增加值增速 → 工业增加值, a growth rate; 出口降幅 → 出口, a fall);
- the **comparison** (:func:`read_comparison`): its sign (同比下降 is a decrease), whether it gives a new
  level (降至5.2%), and the base it compares with (同比, 环比, 比上年, 比8月份, 比全国平均水平);
- the **measure** (:data:`tui.core.vocab.MEASURES`) and the **unit**: :func:`key_measure` folds what the
  genre writes in several ways (增长6.7% and 同比增长6.7% are both a year-on-year rate; 累计 is a level
  over a span, which the period says) and keeps apart what only looks alike (同比增长4.5% and
  增加值4.5万亿元; a gap to the national average and a change on last year, both in 个百分点).

The words read around names are data too, ``content/metric_forms.tsv``. :class:`MetricKey` is the key
itself, :func:`key_label` its one-line name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tui.core import tokens
from tui.core.equivalents import canonical_metric
from tui.core.places import Place, gazetteer
from tui.core.text import bundled_content_dir
from tui.core.vocab import PERCENT_UNITS

_ACRONYM = re.compile(r"[(（][a-z0-9.&\s]+[)）]")
_SPACES = re.compile(r"\s+")
_UNITS = {"百分点": "个百分点", "个点": "个百分点", "％": "%"}


@dataclass(frozen=True)
class Forms:
    """The lists of ``content/metric_forms.tsv`` by kind, each longest word first."""

    lists: dict[str, tuple[str, ...]]

    def of(self, kind: str) -> tuple[str, ...]:
        return self.lists.get(kind, ())

    @classmethod
    def parse(cls, text: str) -> Forms:
        lists: dict[str, list[str]] = {}
        for line in text.splitlines():
            fields = line.partition("#")[0].split()
            if len(fields) >= 2:
                lists.setdefault(fields[0], []).extend(tokens.norm(f) for f in fields[1:])
        return cls({k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in lists.items()})

    @classmethod
    def load(cls, path: Path) -> Forms:
        try:
            return cls.parse(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return cls({})


@lru_cache(maxsize=1)
def forms() -> Forms:
    """The bundled word lists (``content/metric_forms.tsv``)."""
    return Forms.load(bundled_content_dir() / "metric_forms.tsv")


@lru_cache(maxsize=1)
def _equivalent_forms() -> re.Pattern[str]:
    """Every form of the equivalents table: a metric that holds none is its own canonical name (the
    table's reading costs a tenth of a millisecond a phrase; most metrics hold no form)."""
    from tui.core.equivalents import table

    forms = sorted({f for g in table().groups for f in g.forms}, key=len, reverse=True)
    if not forms:
        return re.compile(r"(?!)")
    firsts = re.escape("".join(sorted({f[0] for f in forms})))
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(map(re.escape, forms))})")


@dataclass(frozen=True, slots=True)
class MetricReading:
    """A metric phrase read for comparing: its place (None when its words name none), the canonical
    name, and ``rate``: 1 when the phrase names a growth rate of the thing (增速), -1 a rate of decline
    (降幅), 0 neither."""

    place: Place | None
    name: str
    rate: int = 0


def read_metric(phrase: str) -> MetricReading:
    """Read a metric phrase (see the module's docstring)."""
    text = _SPACES.sub("", _ACRONYM.sub("", tokens.norm(phrase)))
    scope = gazetteer().scope(text)
    rest = scope.rest
    rate = 0
    for kind, sign in (("rate", 1), ("fall", -1)):
        word = next((w for w in forms().of(kind) if rest.endswith(w) and len(rest) > len(w) + 1), None)
        if word is not None:
            rest, rate = rest[: -len(word)], sign
            break
    name = canonical_metric(rest) if rest and _equivalent_forms().search(rest) else rest
    name = re.sub(r"(?<!目)的", "", name) or name
    return MetricReading(scope.place, name, rate)


@dataclass(frozen=True, slots=True)
class ComparisonReading:
    """A comparison read for comparing: ``sign`` -1 for a decrease, ``to_level`` when it gives the new
    level (降至, 提高到), ``base`` what it compares with, normalized (同比, 环比, 比上年, 比8月份, '')."""

    sign: int = 1
    to_level: bool = False
    base: str = ""


def _strip_end(text: str, words: tuple[str, ...]) -> tuple[str, list[str]]:
    """Cut words of the list off the end of text while one ends it; (what is left, the words cut)."""
    cut: list[str] = []
    while text:
        word = next((w for w in words if text.endswith(w)), None)
        if word is None:
            break
        text, cut = text[: -len(word)], [word, *cut]
    return text, cut


def read_comparison(comparison: str | None) -> ComparisonReading:
    """Read a comparison as written (see :class:`ComparisonReading`)."""
    if not comparison:
        return ComparisonReading()
    f = forms()
    text = _SPACES.sub("", tokens.norm(comparison))
    for word in f.of("filler"):
        if len(word) > 1 or word == "了":
            text = text.replace(word, "")
    text = text.replace("较", "比")
    to_level = bool(text) and text.endswith(f.of("to")) and len(text) > 1
    if to_level:
        text = text[:-1]
    down = f.of("down")
    sign = 1
    than = next((w for w in f.of("than") if text.startswith(w)), None)
    if than is not None:
        sign = -1 if any(d in than for d in down) else 1
        text = "比" + text[len(than) :]
    text, cut = _strip_end(text, (*down, *f.of("move"), *(w for w in f.of("filler") if len(w) == 1)))
    if any(w in down for w in cut):
        sign = -1
    base = text
    if base.startswith(f.of("yoy")):
        base = "同比"
    elif base.startswith("环比") or base.startswith("按月") or base in ("比上月", "比上个月"):
        base = "环比"
    elif base in f.of("year"):
        base = "比上年"
    elif base:
        base = canonical_metric(base)
    return ComparisonReading(sign, to_level, base)


def unit_key(unit: str | None) -> str:
    """A unit as keys compare it (百分点 and 个点 are 个百分点)."""
    unit = unit or ""
    return _UNITS.get(unit, unit)


def key_measure(
    measure: str | None, unit: str, metric: MetricReading, cmp: ComparisonReading
) -> tuple[str, str, int]:
    """(measure, base, sign) of a key: what kind of number, against what, and the sign of its value.

    A rate named by the metric (增速, 降幅) is a year-on-year rate; 增长6.7% with no other base, or 比上年,
    is one too; 降至5.2% is a level; 累计 is a level (the period says over what span)."""
    measure = measure or "level"
    percent = unit in PERCENT_UNITS[2:]
    if cmp.to_level or measure == "cumulative":
        measure = "level"
    if metric.rate and percent and measure in ("level", "change", "yoy"):
        sign = metric.rate * (1 if measure == "level" else cmp.sign)
        return "yoy", "同比", sign
    if measure == "yoy":
        return "yoy", "同比", cmp.sign
    if measure == "mom":
        return "mom", "环比", cmp.sign
    if measure == "change" and percent and cmp.base in ("", "同比", "比上年"):
        return "yoy", "同比", cmp.sign
    if measure == "level":
        return "level", "" if cmp.to_level else cmp.base, 1
    return measure, cmp.base, cmp.sign


@dataclass(frozen=True, slots=True)
class MetricKey:
    """What makes figures comparable: the canonical ``metric``, the ``measure`` (level, yoy, mom,
    points, share, new, multiple, change) and its ``base`` (同比, 比上年, 比全国平均水平, '' for a level),
    the ``unit``, and the ``place`` (全国, a province, a city). ``place_doc`` is the document a place
    belongs to when the metric says 全省 or 我市 and the document names no place (-1 otherwise): such a
    figure is compared with no other document."""

    metric: str
    measure: str
    base: str
    unit: str
    place: str
    place_doc: int = -1

    def to_json(self) -> dict[str, object]:
        """The key's fields (``place_doc`` only when it is set)."""
        out: dict[str, object] = {
            "metric": self.metric,
            "measure": self.measure,
            "base": self.base,
            "unit": self.unit,
            "place": self.place,
        }
        if self.place_doc >= 0:
            out["place_doc"] = self.place_doc
        return out


MEASURE_LABELS = {
    "level": "",
    "yoy": "同比",
    "mom": "环比",
    "points": "",
    "share": "占比",
    "new": "新增",
    "multiple": "倍数",
    "change": "增减",
}
"""How a key's measure is named in a label."""


def key_label(key: MetricKey) -> str:
    """A one-line name of a key for lists and headings: 规模以上工业增加值 · 同比 % · 全国."""
    measure = MEASURE_LABELS.get(key.measure, key.measure)
    if key.base and key.measure not in ("yoy", "mom"):  # 同比 and 环比 say their base themselves
        measure = f"{measure} {key.base}".strip()
    how = " ".join(x for x in (measure, key.unit) if x)
    return " · ".join(x for x in (key.metric, how, key.place) if x)
