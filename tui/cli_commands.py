"""The subcommands for scripts: ``outline``, ``figures`` and ``search`` (the parser is in ``tui/cli.py``).

Each returns its exit status: 0, or 2 when a path was skipped. Output is written as UTF-8 whatever the
locale, text or JSON; over several documents the text names the document on every row.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from tui.cli_inputs import Inputs, load_inputs, read_queries
from tui.core.errors import InputError
from tui.core.model import to_dict

if TYPE_CHECKING:
    from tui.core.model import Figure, SearchAnswer
    from tui.core.search import SearchIndex

EXIT_OK = 0
EXIT_BAD_INPUT = 2

#: The columns of ``figures --csv`` after ``doc`` and ``block_id``; ``path`` comes last.
FIGURE_COLUMNS = (
    "text",
    "value",
    "unit",
    "approx",
    "metric",
    "period",
    "period_start",
    "period_end",
    "comparison",
)


def emit(data: bytes | str) -> bool:
    """Write to stdout (text as UTF-8, whatever the locale, ending with a newline); False once the reader
    has closed the pipe (``| head``), after which what is still buffered goes nowhere."""
    if isinstance(data, str):
        data = (data if data.endswith("\n") else data + "\n").encode("utf-8")
    try:
        sys.stdout.buffer.write(data)
        return True
    except BrokenPipeError:
        silence_stdout()
        return False


def silence_stdout() -> None:
    """Point stdout at the null device, so that flushing at exit does not fail on a closed pipe."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _status(inputs: Inputs) -> int:
    return EXIT_BAD_INPUT if inputs.skipped else EXIT_OK


def cmd_outline(args: argparse.Namespace) -> int:
    """Print the tree of each document, or its model as JSON (one document per line)."""
    import orjson

    from tui.core.render import label_column, outline_text

    inputs = load_inputs(args.paths)
    if args.json:
        for doc, label in zip(inputs.documents, inputs.labels, strict=True):
            if not emit(orjson.dumps({**doc.outline_dict(), "path": label}) + b"\n"):
                break
    else:
        names = label_column(inputs.labels) if inputs.several else [None] * len(inputs.documents)
        emit(
            "\n\n".join(
                outline_text(doc, width=args.width, label=name)
                for doc, name in zip(inputs.documents, names, strict=True)
            )
        )
    return _status(inputs)


def cmd_figures(args: argparse.Namespace) -> int:
    """Print every figure (or those ``--where`` keeps) as an aligned table, JSON or CSV."""
    from tui.core.figfilter import parse_filter
    from tui.core.figures import extract
    from tui.core.render import figure_table

    inputs = load_inputs(args.paths)
    keep = parse_filter(args.where or "")
    rows: list[tuple[Figure, str]] = [
        (f, label)
        for doc, label in zip(inputs.documents, inputs.labels, strict=True)
        for f in extract(doc)
        if keep(f)
    ]
    if args.json:
        import orjson

        records = [{**to_dict(f), "path": label} for f, label in rows]
        emit(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.csv:
        _write_csv(rows)
    else:
        figures = [f for f, _ in rows]
        labels = [label for _, label in rows] if inputs.several else None
        emit(figure_table(figures, width=args.width, labels=labels))
    return _status(inputs)


def _write_csv(rows: list[tuple[Figure, str]]) -> None:
    """CSV in UTF-8 with a BOM, so that spreadsheets read the Chinese right."""
    import csv
    import io

    buffer = io.StringIO()
    fields = ["doc", "block_id", *FIGURE_COLUMNS, "upper", "kind", "start", "end", "path"]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for figure, label in rows:
        writer.writerow({**to_dict(figure), "path": label})
    emit(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def cmd_search(args: argparse.Namespace) -> int:
    """Answer one query, or one per line of ``--queries FILE`` (one JSON line each), as text or JSON."""
    from tui.cli_collection import load_collection
    from tui.core.corpus import stderr_progress

    if args.queries is not None:
        queries = read_queries(args.queries)
        paths = args.positionals  # with --queries every positional is a path
    else:
        if not args.positionals:
            raise InputError("search needs a QUERY (or --queries FILE); see interview-explorer search --help")
        queries, paths = args.positionals[:1], args.positionals[1:]
    # progress is for a person watching a terminal; a script reading stderr gets only the skipped lines
    progress = stderr_progress() if sys.stderr.isatty() else None
    inputs, collection = load_collection(paths, use_cache=not args.no_cache, progress=progress)
    index = collection.index
    if args.queries is not None:
        for query in queries:
            if not emit(_answer_json(index, query, args.limit, inputs.labels) + b"\n"):
                break
    elif args.json:
        emit(_answer_json(index, queries[0], args.limit, inputs.labels) + b"\n")
    else:
        from tui.core.render import hits_text

        label, answer = _answer(index, queries[0], args.limit)
        emit(hits_text(answer, label or queries[0], labels=inputs.labels))
    collection.merge()  # folds small segments together when there are too many (after the answer)
    return _status(inputs)


def _answer(index: SearchIndex, query: str, limit: int) -> tuple[str | None, SearchAnswer]:
    """How the query was read (None: as typed) and its answer."""
    reading = index.interpret(query)[0]
    return reading.label, index.answer(reading.query, limit=limit)


def _answer_json(index: SearchIndex, query: str, limit: int, labels: list[str]) -> bytes:
    """``{query, read_as, total, every, shown, hits: [{doc, path, section, block_id, score, tier, …}]}``:
    ``every`` of the ``total`` units hold every word of the query (tier 1), the others some (tier 2)."""
    import orjson

    read_as, answer = _answer(index, query, limit)
    hits = [{**hit.to_json(), "path": labels[hit.doc_index]} for hit in answer.hits]
    every = answer.total if answer.every is None else answer.every
    payload = {
        "query": query,
        "read_as": read_as,
        "total": answer.total,
        "every": every,
        "shown": answer.shown,
        "hits": hits,
    }
    return orjson.dumps(payload)
