"""Score the parser and the figure extractor on the held-out articles (not part of the test run).

    python tests/bench/score_heldout.py [-v]

The articles in ``tests/bench/heldout/`` were written independently of the code and are never read by the
tests, so this measures how the extractor does on text it was not tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.figscore import Score, score
from tui.core.document import load_document
from tui.core.figures import extract
from tui.core.model import Document, Figure, changed

HELDOUT = Path(__file__).resolve().parent / "heldout"


def text_offset(doc: Document, block_id: str) -> int:
    """Where the text a figure was found in starts in the article: a block, a heading, the kicker, the subtitle."""
    block = doc.block(block_id)
    if block is not None:
        return block.start
    section_id, _, index = block_id.partition(".")
    if section_id == "head":
        head = doc.kicker if index == "1" else doc.subtitle
        return doc.text.find(head or "")
    section = next(s for s in doc.sections if s.id == section_id)
    assert index == "0" and section.heading_start is not None, block_id
    return section.heading_start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, extras and wrong fields")
    args = parser.parse_args()
    total = Score()
    for expected_path in sorted(HELDOUT.glob("h*.expected.json")):
        article = expected_path.with_name(expected_path.name.replace(".expected.json", ".txt"))
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        doc = load_document(article)
        found: list[Figure] = []
        for f in extract(doc):
            at = text_offset(doc, f.block_id)
            found.append(changed(f, start=at + f.start, end=at + f.end))
        s = score(found, expected["figures"], doc.text, article.stem)
        sections_ok = len(doc.sections) == expected.get("sections", len(doc.sections))
        print(
            f"{article.name}: {s.summary()} sections={len(doc.sections)}/{expected.get('sections')}"
            f"{'' if sections_ok else ' (!)'} date={doc.date} title_ok={doc.title == expected.get('title')}"
        )
        total.add(s)
    print(f"TOTAL: {total.summary()}")
    if args.verbose:
        for line in total.misses + total.extras + total.wrong:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
