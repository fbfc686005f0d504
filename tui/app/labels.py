"""How blocks are named on screen: their kind in the reader's words, and who speaks when the text says."""

from __future__ import annotations

from tui.core.model import Block

KIND_LABELS = {"question": "问", "answer": "答", "paragraph": "段", "point": "要点"}
"""A block's kind as the detail pane and the copy notice name it."""

_MARKERS = frozenset({"问", "答", "提问", "回答", "q", "a"})
"""Speakers that are only the turn's marker (``问:``, ``Q:``), not a person or an outlet."""


def speaker_of(block: Block) -> str | None:
    """Who asks or answers, as written (``某某社记者``, ``张某``), or None when the text only marks the turn."""
    speaker = (block.speaker or "").strip()
    return speaker if speaker and speaker.lower() not in _MARKERS else None


def block_label(block: Block) -> str:
    """``答``, or ``答 (张某)`` when the text names who speaks."""
    label = KIND_LABELS[block.kind.value]
    speaker = speaker_of(block)
    return f"{label} ({speaker})" if speaker else label
