"""What the search bar's status line says, built from the answer's and the readings' fields (never by
taking a display string apart): how the query was read, the other readings, how many hits in which tier."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.core.model import SearchAnswer
    from tui.core.query import Interpretation


def count_text(answer: SearchAnswer) -> str:
    """``1 hit``, ``4 hits``, ``200 of 1,316 hits``; with tiers ``12 with every word · 40 with some``
    (and ``· 200 shown`` when the limit cut the list). ``every`` None means one tier: nothing more."""
    if answer.every is not None:
        some = answer.total - answer.every
        text = f"{answer.every:,} with every word"
        if some > 0:
            text += f" · {some:,} with some"
        if answer.total > answer.shown:
            text += f" · {answer.shown:,} shown"
        return text
    if answer.total > answer.shown:
        return f"{answer.shown:,} of {answer.total:,} hits"
    from tui.core.vocab import counted  # the explorer's start-up imports no vocabulary

    return counted(answer.total, "hit")


def read_as(reading: Interpretation) -> str:
    """What the query was read as, for a list of the other readings: the term, else the query as typed."""
    return reading.term or reading.typed


def reading_text(readings: list[Interpretation], chosen: int) -> str | None:
    """How the chosen reading read the query (``zjtx → 专精特新``, ``xyz: no term reads so``), with the
    others when there are several, and the genre's equivalent of each word typed (``社零 → 社会消费品零售
    总额``; not those of a word's parts, nor numbers written otherwise); None when it was searched as typed
    with no equivalent."""
    reading = readings[chosen]
    if reading.how == "none":
        return f"{reading.typed}: no term reads so"
    said: list[str] = []
    if reading.how != "typed" and reading.term and reading.term != reading.typed:
        text = f"{reading.typed} → {reading.term}"
        if len(readings) > 1:
            others = ", ".join(read_as(r) for r in readings if r is not reading)
            text += f"  ({chosen + 1}/{len(readings)}; ctrl+←/→: {others})"
        said.append(text)
    equivalents: dict[str, str] = {}
    for variant in reading.variants:
        if variant.how == "equivalent" and not variant.part:
            equivalents.setdefault(variant.typed, variant.term)
    said += [f"{typed} → {term}" for typed, term in equivalents.items()]
    return " · ".join(said) or None
