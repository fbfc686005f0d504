"""What the commands read: the articles named on the command line, and a file of queries.

Several paths or a folder are read as grep and ripgrep read them: every readable article is used, each one
that cannot be read is named on stderr (``interview-explorer: skipped PATH: why``) and the command ends
with exit status 2 so that a script can tell. When nothing at all can be read the lines say only what is
wrong, and the command stops there.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tui.core.errors import InputError

if TYPE_CHECKING:
    from tui.core.model import Document

PROG = "interview-explorer"


class NothingToRead(Exception):
    """No path named on the command line gave an article; the reasons have been printed."""


@dataclass
class Inputs:
    """The articles read, how each is named in output over several documents, and what was skipped."""

    documents: list[Document] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    """The path as the user reached it (``articles/a.txt``), one per document: names may repeat."""
    skipped: list[str] = field(default_factory=list)
    """One line per path that could not be read: ``PATH: why``."""

    @property
    def several(self) -> bool:
        """True when output must name the document on every row."""
        return len(self.documents) > 1


def load_inputs(raw: Sequence[str]) -> Inputs:
    """Read every article the paths name (the bundled interview when there are none).

    Prints ``skipped PATH: why`` for each path that cannot be read; raises :class:`NothingToRead` (after
    printing why) when none can.
    """
    from tui.core.document import load_document
    from tui.core.text import bundled_article, expand_paths

    inputs = Inputs()
    # An empty argument (an unset shell variable) names no file; Path("") would be the current folder.
    problems = [InputError("'': no such file or folder") for p in raw if not p]
    named = [Path(p) for p in raw if p]
    paths = expand_paths(named, problems.append) if raw else [bundled_article()]
    for path in paths:
        try:
            document = load_document(path)
        except InputError as exc:
            problems.append(exc)
            continue
        inputs.documents.append(document)
        inputs.labels.append(str(path) if raw else document.name)
    inputs.skipped = [str(p) for p in problems]
    if not inputs.documents:
        for problem in inputs.skipped or ["nothing to read"]:
            print(f"{PROG}: {problem}", file=sys.stderr)
        raise NothingToRead
    for problem in inputs.skipped:
        print(f"{PROG}: skipped {problem}", file=sys.stderr)
    return inputs


def read_queries(name: str) -> list[str]:
    """The lines of a file of queries (``-`` is stdin): UTF-8 or GB18030, a BOM and CRLF allowed.

    Blank lines are kept, so that answer *n* is the answer to line *n*; an empty file gives no queries.
    """
    from tui.core.text import decode_bytes

    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read the queries ({exc.strerror or exc})") from None
    if not data.strip():
        return []
    return decode_bytes(data, name).text.splitlines()
