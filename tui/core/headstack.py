"""What stands under a headline before the body: its stack, as pages print it.

A subtitle (``——访…``), a kicker ending in ``——``, a series tag, the organisation that signs the release,
the headline repeated (also wrapped over two lines) with its deck, a print page's own headline stack over the
web headline repeated, a deck and its English translation on a bilingual page, a plain deck that a print
render puts right under the title, and the page's furniture among them. :class:`StackReader` reads these
lines for :mod:`tui.core.header`, marking each line's role, and says where the body starts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tui.core import chrome
from tui.core.attribution import Attribution
from tui.core.headings import heading_form
from tui.core.headshape import DASHES, deck_shape, latin, prose, same_headline, title_like
from tui.core.lines import Line, mostly_indented
from tui.core.meta import ISSUER
from tui.core.turns import turn_marker

_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")

if TYPE_CHECKING:
    from tui.core.header import Header


class StackReader:
    """Reads the lines under the title into the header's fields and roles; one instance per parse."""

    def __init__(
        self,
        lines: list[Line],
        attribution: Attribution,
        header: Header,
        roles: dict[int, str],
        title_folded: str,
    ) -> None:
        self.lines = lines
        self.attribution = attribution
        self.header = header
        self.roles = roles
        self.title_folded = title_folded

    def read(self, title_at: int, last_meta: int) -> int:
        """Read the subtitle, kicker, deck and chrome lines under the title; return the first body line."""
        lines = self.lines
        indents = mostly_indented(lines)
        i = title_at + 1
        repeated = False
        while i < len(lines):
            if i in self.roles:
                i += 1
                continue
            folded = lines[i].folded
            kind = chrome.chrome_kind(folded)
            if kind == "caption" and chrome.series_tag(folded):
                kind = "series"  # (两会·面对面)(7)访部长 under the date: the series' tag, as over a headline
            if kind == "dateline" or chrome.dateline(folded) is not None:
                break
            if kind is not None:
                self.roles[i] = kind
                self.attribution.note_line(lines[i])
                used, repeated = 1, False
            elif (repeat := self._repeat_at(i)) is not None:
                used, repeated = repeat, True
            elif (stacked := self._stacked(i, repeated)) is not None:
                used, repeated = stacked, False
            elif i < last_meta:
                if self.header.subtitle is None and title_like(lines[i]) and not folded.endswith(":"):
                    self._subtitle(i)
                else:
                    self.roles[i] = "header"
                used, repeated = 1, False
            elif self._meta_name(i):
                self.roles[i] = "byline"  # 2022-05-12王某 / 王某: the name on the date line, alone again
                used, repeated = 1, False
            elif i == title_at + 1 and self._is_deck(i, indents):
                self._subtitle(i)
                used, repeated = 1, False
            else:
                break
            i += used
        return max(i, last_meta + 1)

    def _meta_name(self, i: int) -> bool:
        """A name alone under the meta line that gave it after the date (``2022-05-12王某`` / ``王某``)."""
        name = self.lines[i].folded.strip()
        above = self.lines[i - 1].folded
        return (
            self.roles.get(i - 1) == "meta"
            and _NAME.fullmatch(name) is not None
            and above.rstrip().endswith(name)
            and any(ch.isdigit() for ch in above)
        )

    def _repeat_at(self, i: int) -> int | None:
        """The headline repeated at line ``i`` (also wrapped over two lines): how many lines it takes."""
        if self._repeats_title(self.lines[i]):
            self.roles[i] = "repeat"
            return 1
        if i + 1 < len(self.lines) and same_headline(
            self.lines[i].folded + self.lines[i + 1].folded, self.title_folded
        ):
            self.roles[i] = self.roles[i + 1] = "repeat"  # the headline repeated, wrapped as above
            return 2
        return None

    def _stacked(self, i: int, after_repeat: bool) -> int | None:
        """A line of the headline's stack at line ``i`` (subtitle, kicker, series tag, the organisation
        that signs, a print page's kicker over the headline repeated, a deck and its English lines): how
        many lines it takes, or None when line ``i`` is none of these."""
        line, folded, header = self.lines[i], self.lines[i].folded, self.header
        if folded.startswith(DASHES) and title_like(line) and header.subtitle is None:
            self._subtitle(i)
        elif folded.endswith(DASHES) and len(folded) <= 80 and header.kicker is None:
            header.kicker = line.text
            self.roles[i] = "kicker"
        elif chrome.series_tag(folded):
            self.roles[i] = "series"
        elif ISSUER.match(folded):  # 中华人民共和国某某部 under the date: who signs the release
            self.roles[i] = "issuer"
            self.attribution.note_issuer(line.text)
        elif self._repeat_ahead(i) and title_like(line):
            if header.kicker is None:  # the print kicker above the headline repeated
                header.kicker = line.text
            self.roles[i] = "kicker" if header.kicker == line.text else "header"
        elif after_repeat and header.subtitle is None and deck_shape(line):
            self._subtitle(i)
        elif (english := self._translation_after(i)) and title_like(line) and not prose(line):
            if turn_marker(line) is not None:
                return None
            self._subtitle(i)  # a deck, and its translation under it
            self.roles.update((j, "translation") for j in range(i + 1, i + 1 + english))
            return 1 + english
        elif latin(line) and not prose(line):
            self.roles[i] = "translation"  # the headline or its deck in English
        else:
            return None
        return 1

    def _subtitle(self, i: int) -> None:
        """Line ``i`` is the subtitle (or, when one was read already, another line of the header)."""
        if self.header.subtitle is None:
            self.header.subtitle = self.lines[i].text
        self.roles[i] = "subtitle" if self.header.subtitle == self.lines[i].text else "header"

    def _translation_after(self, i: int) -> int:
        """How many lines in Latin letters stand right under line ``i`` (a bilingual page prints each
        line of its header again in English)."""
        n = 0
        while i + 1 + n < len(self.lines) and latin(self.lines[i + 1 + n]) and n < 3:
            n += 1
        return n

    def _repeats_title(self, line: Line) -> bool:
        return same_headline(line.folded, self.title_folded)

    def _repeat_ahead(self, i: int) -> bool:
        """The headline is repeated within the next three lines, under lines that can stand in a headline's
        stack (a print page's kicker, its own headline and its deck over the web headline repeated)."""
        for line in self.lines[i + 1 : i + 4]:
            if self._repeats_title(line):
                return True
            if not title_like(line) or prose(line):
                return False
        return False

    def _is_deck(self, i: int, indents: bool) -> bool:
        """A plain deck line: only when nothing else stands under the title, and not a first heading."""
        lines = self.lines
        if self.header.subtitle is not None or self.header.kicker is not None:
            return False
        line = lines[i]
        if not deck_shape(line) or i + 1 >= len(lines):
            return False
        if indents and line.indented:
            return False
        after = i + 1  # what the deck stands over, past a byline or the page's furniture under it
        while after + 1 < len(lines) and chrome.chrome_kind(lines[after].folded) is not None:
            after += 1
        nxt = lines[after]
        return heading_form(nxt) is None or len(nxt.folded) > 50
