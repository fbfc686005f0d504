"""Where a figure is about: the nation, a province, a city, or the place its article is about.

The gazetteer is data, ``content/places.tsv``: scope words (全国, 我国; 全省, 我市, 全区 …), the provinces
and the large cities, each with its other forms. Two readings of it:

- :meth:`Gazetteer.scope` splits the scope off the start of a metric phrase: 全国规模以上工业增加值 →
  (national, 规模以上工业增加值); 大连市居民消费价格 → (大连, 居民消费价格); 全省地区生产总值 → (the local
  province, 地区生产总值). A form that starts a longer name of the equivalents table stays (北京证券交易所,
  中国人民银行 are no place and a metric).
- :meth:`Gazetteer.places_in` finds the places a document's title, subtitle, kicker, source or dateline
  names, from which :func:`document_place` decides what the document is about.

Phrases are compared normalized (:func:`tui.core.tokens.norm`: widths, case, traditional characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tui.core import tokens
from tui.core.text import bundled_content_dir

NATIONAL = "全国"
"""The name of the nation's place (what a metric of a national article without scope words is about)."""

LOCAL_KINDS = ("local-province", "local-city", "local-area")
"""Kinds of the scope words that point at the article's own place (全省, 我市, 全区)."""

_DATELINE_SKIP = frozenset({"北京"})
"""Places a dateline names that say where a wire was filed rather than what it is about."""


@dataclass(frozen=True)
class Place:
    """A line of the gazetteer: ``name`` as shown, ``kind`` (national, province, city or a local kind)
    and, for a city, the province it is in."""

    name: str
    kind: str
    forms: tuple[str, ...]
    parent: str | None = None

    @property
    def local(self) -> bool:
        """A scope word that stands for the article's own place (全省, 本市)."""
        return self.kind in LOCAL_KINDS


@dataclass(frozen=True)
class Scope:
    """What the start of a metric says of its place: ``place`` (None when it says nothing) and the
    metric without the scope words (``rest``)."""

    place: Place | None
    rest: str


class Gazetteer:
    """The parsed gazetteer: places in file order and every form of each, longest first."""

    def __init__(self, places: Iterable[Place], guard: Sequence[str] = ()) -> None:
        self.places = list(places)
        self._by_form: dict[str, Place] = {}
        for place in self.places:
            for form in place.forms:
                self._by_form.setdefault(form, place)
        self._any = _alternation(self._by_form)
        self._raw: re.Pattern[str] | None = None
        self._local = _alternation(f for p in self.places if p.local for f in p.forms)
        self._guard = tuple(sorted({tokens.norm(g) for g in guard}, key=len, reverse=True))
        self._guards_of: dict[str, tuple[str, ...]] = {}

    @classmethod
    def parse(cls, text: str, guard: Sequence[str] = ()) -> Gazetteer:
        """Read the gazetteer's text: ``name kind [in:PARENT] forms…`` a line, ``#`` comments.

        ``guard`` are names that a place form may start without being a place (北京证券交易所)."""
        places: list[Place] = []
        for line in text.splitlines():
            fields = line.partition("#")[0].split()
            if len(fields) < 2:
                continue
            name, kind, *rest = fields
            parent = next((f[3:] for f in rest if f.startswith("in:")), None)
            forms = [tokens.norm(f) for f in (name, *rest) if not f.startswith("in:")]
            places.append(Place(tokens.norm(name), kind, tuple(dict.fromkeys(forms)), parent))
        return cls(places, guard)

    @classmethod
    def load(cls, path: Path, guard: Sequence[str] = ()) -> Gazetteer:
        """The gazetteer in a file; an empty one when the file cannot be read."""
        try:
            return cls.parse(path.read_text(encoding="utf-8-sig"), guard)
        except (OSError, UnicodeDecodeError):
            return cls([])

    def place(self, name: str) -> Place | None:
        """The place one of whose forms is ``name`` (normalized), or None."""
        return self._by_form.get(name)

    def _form_at(self, text: str, start: int) -> str | None:
        found = self._any.match(text, start)
        return found.group(0) if found else None

    def _guarding(self, form: str) -> tuple[str, ...]:
        """The guard's names that start with a place form and are longer (北京 → 北京证券交易所)."""
        found = self._guards_of.get(form)
        if found is None:
            found = self._guards_of[form] = tuple(g for g in self._guard if g.startswith(form) and g != form)
        return found

    def scope(self, metric: str) -> Scope:
        """Split the scope words off the start of a normalized metric (several in a row: 我国全省 is rare,
        四川省全省 is not); the most specific place named wins: a named place, then a local word, then
        the nation."""
        rest = metric
        found: Place | None = None
        while rest:
            form = self._form_at(rest, 0)
            if form is None or len(rest) - len(form) < 2:
                break
            if any(rest.startswith(g) for g in self._guarding(form)):
                break  # 北京证券交易所, 中国人民银行: a name that starts with a place
            place = self._by_form[form]
            if found is None or _rank(place) > _rank(found):
                found = place
            rest = rest[len(form) :].removeprefix("的")
        return Scope(found, rest)

    def says_local(self, text: str) -> bool:
        """Whether a normalized text holds a local scope word (去年我市…, 全省…)."""
        return bool(text) and self._local.search(text) is not None

    def _raw_pattern(self) -> re.Pattern[str]:
        """Every form with each character's traditional forms beside it (广东 → [广廣][东東]), to find
        places in text as written without normalizing all of it."""
        if self._raw is None:
            from tui.core.readings import traditional_forms

            variants = traditional_forms()

            def chars(ch: str) -> str:
                others = variants.get(ch, "")
                return f"[{re.escape(ch)}{re.escape(others)}]" if others else re.escape(ch)

            forms = sorted(self._by_form, key=len, reverse=True)
            firsts = "".join(sorted({c for f in forms for c in f[0] + variants.get(f[0], "")}))
            alternatives = "|".join("".join(map(chars, f)) for f in forms)
            # the class first, so that the alternation is tried only where a form can start
            self._raw = re.compile(f"(?=[{re.escape(firsts)}])(?:{alternatives})" if forms else r"(?!)")
        return self._raw

    def places_in(self, text: str) -> list[Place]:
        """The places (not scope words) named anywhere in a text, as written or normalized, in order,
        each once."""
        out: dict[str, Place] = {}
        for found in self._raw_pattern().finditer(text):
            place = self._by_form.get(tokens.norm(found.group(0)))
            if place is None:
                continue
            if place.kind in ("province", "city"):
                out.setdefault(place.name, place)
        return list(out.values())


def _alternation(forms: Iterable[str]) -> re.Pattern[str]:
    """One pattern of every form, the longest first (so that 四川省 wins over 四川); none matches nothing."""
    ordered = sorted(set(forms), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!)")
    firsts = re.escape("".join(sorted({f[0] for f in ordered})))
    return re.compile(f"(?=[{firsts}])(?:{'|'.join(map(re.escape, ordered))})")


def _rank(place: Place) -> int:
    return 2 if place.kind in ("province", "city") else 1 if place.local else 0


def one_place(places: Sequence[Place]) -> Place | None:
    """The place a list names when it names one, or a city and the province it is in (the city); None
    when it names none or several that are not nested."""
    if not places:
        return None
    cities = [p for p in places if p.kind == "city"]
    provinces = [p for p in places if p.kind == "province"]
    if len(cities) > 1 or len(provinces) > 1:
        return None
    if cities and provinces:
        return cities[0] if cities[0].parent == provinces[0].name else None
    return places[0]


@dataclass(frozen=True)
class DocHeader:
    """What a document's header says of where it is about: the fields a place is read from."""

    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    source: str | None = None
    dateline: str | None = None


def document_place(gazetteer: Gazetteer, header: DocHeader) -> Place | None:
    """The place a document is about, when its header names one: the title, then the subtitle, the
    kicker, the source (四川日报, 大连市统计局) and the dateline (新华社成都…电; not 北京), the first that
    names one place (or a city in its province). None: the document names no place (a national one)."""
    return document_places(gazetteer, [header])[0]


_FIELDS = ("title", "subtitle", "kicker", "source", "dateline")


def document_places(gazetteer: Gazetteer, headers: Sequence[DocHeader]) -> list[Place | None]:
    """:func:`document_place` of many documents."""
    out: list[Place | None] = []
    seen: dict[str, list[Place]] = {}  # sources and datelines repeat across a collection
    for header in headers:
        found: Place | None = None
        for name in _FIELDS:
            text = getattr(header, name)
            if not text:
                continue
            named = seen.get(text)
            if named is None:
                named = seen[text] = gazetteer.places_in(text)
            if not named:
                continue
            if name == "dateline":
                named = [p for p in named if p.name not in _DATELINE_SKIP]
            found = one_place(named)
            if found is not None:
                break
        out.append(found)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The bundled gazetteer (``content/places.tsv``), with the equivalents table's names as its guard."""
    from tui.core.equivalents import table

    guard = [form for group in table().groups for form in group.forms]
    return Gazetteer.load(bundled_content_dir() / "places.tsv", guard)
