"""The command line: ``interview-explorer [PATH…]`` opens the explorer; subcommands print for scripts.

``outline``, ``figures`` and ``search`` never import Textual; the app is imported only when it opens.
Bad input ends with one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.core.errors import InputError

if TYPE_CHECKING:
    from tui.core.model import Document

EXIT_BAD_INPUT = 2
_SUBCOMMANDS = ("outline", "figures", "search", "open")


def _paths(raw: Sequence[str]) -> list[Path]:
    from tui.core.text import bundled_article, expand_paths

    if not raw:
        return [bundled_article()]
    return expand_paths([Path(p) for p in raw])


def _load(raw: Sequence[str]) -> list[Document]:
    from tui.core.document import load_document

    return [load_document(p) for p in _paths(raw)]


def _write(text: str) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")


def cmd_outline(args: argparse.Namespace) -> int:
    """Print the tree of each document, or its model as JSON (one document per line)."""
    import orjson

    from tui.core.render import outline_text

    docs = _load(args.paths)
    if args.json:
        for doc in docs:
            sys.stdout.buffer.write(orjson.dumps(doc.outline_dict()) + b"\n")
    else:
        _write("\n\n".join(outline_text(doc, width=args.width) for doc in docs))
    return 0


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


def cmd_figures(args: argparse.Namespace) -> int:
    """Print every figure as an aligned table, JSON (one array) or CSV (UTF-8 with BOM)."""
    import orjson

    from tui.core.figures import extract
    from tui.core.render import figure_table

    figures = [f for doc in _load(args.paths) for f in extract(doc)]
    if args.json:
        sys.stdout.buffer.write(
            orjson.dumps([f.model_dump() for f in figures], option=orjson.OPT_INDENT_2) + b"\n"
        )
    elif args.csv:
        import csv
        import io

        buffer = io.StringIO()
        fields = ["doc", "block_id", *FIGURE_COLUMNS, "upper", "kind", "start", "end"]
        writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for f in figures:
            writer.writerow(f.model_dump())
        sys.stdout.buffer.write(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    else:
        _write(figure_table(figures, width=args.width))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Run one query (or one per line of --queries FILE) and print hits as text or JSON."""
    import orjson

    from tui.core.corpus import load_or_build, stderr_progress
    from tui.core.render import hits_text

    docs = _load(args.paths)
    index = load_or_build(docs, progress=stderr_progress(), use_cache=not args.no_cache)
    if args.queries:
        try:
            lines = Path(args.queries).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.queries}: cannot read queries ({exc})") from None
        out = sys.stdout.buffer
        for line in lines:
            reading = index.interpret(line)[0]
            hits = index.search(reading.query, limit=args.limit)
            payload = {"query": line, "read_as": reading.label, "hits": [h.to_json() for h in hits]}
            out.write(orjson.dumps(payload) + b"\n")
        return 0
    if args.query is None:
        raise InputError("search needs a QUERY (or --queries FILE)")
    reading = index.interpret(args.query)[0]
    hits = index.search(reading.query, limit=args.limit)
    if args.json:
        payload = {"query": args.query, "read_as": reading.label, "hits": [h.to_json() for h in hits]}
        sys.stdout.buffer.write(orjson.dumps(payload) + b"\n")
    else:
        _write(hits_text(hits, reading.label or args.query))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="interview-explorer",
        description=(
            "Explore Chinese policy interviews in the terminal: structure, figures, search. "
            "With no subcommand, open the explorer on PATH… (files or folders of .txt; "
            "default: the bundled interview)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_open = sub.add_parser("open", help="open the explorer (the default command)")
    p_open.add_argument("paths", nargs="*", metavar="PATH")
    p_open.set_defaults(func=cmd_open)

    p_outline = sub.add_parser("outline", help="print the structure of articles")
    p_outline.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: bundled)")
    p_outline.add_argument("--json", action="store_true", help="print the model as JSON, one line a document")
    p_outline.add_argument("--width", type=int, default=100, help="cut lines to this many cells (text mode)")
    p_outline.set_defaults(func=cmd_outline)

    p_fig = sub.add_parser("figures", help="print every statistic with value, unit, metric and period")
    p_fig.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: bundled)")
    fmt = p_fig.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array")
    fmt.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for spreadsheets)")
    p_fig.add_argument("--width", type=int, default=160, help="cut the table to this many cells")
    p_fig.set_defaults(func=cmd_figures)

    p_search = sub.add_parser("search", help="search articles (jieba words, exact phrases, OR, -exclude)")
    p_search.add_argument(
        "query", nargs="?", metavar="QUERY", help='e.g. 专精特新, "中小企业 订单", 5G OR 6G'
    )
    p_search.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: bundled)")
    p_search.add_argument("--json", action="store_true", help="print {query, hits: [...]} as JSON")
    p_search.add_argument("--limit", type=int, default=20, help="at most N hits (default 20)")
    p_search.add_argument(
        "--queries", metavar="FILE", help="run one query per line; print one JSON line each"
    )
    p_search.add_argument("--no-cache", action="store_true", help="build the index afresh; do not save it")
    p_search.set_defaults(func=cmd_search)
    return parser


def cmd_open(args: argparse.Namespace) -> int:
    """Open the Textual explorer."""
    paths = _paths(args.paths)
    from tui.app.explorer import run_app

    return run_app(paths)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``interview-explorer`` and ``python -m tui``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in _SUBCOMMANDS and not argv[0].startswith("-")):
        argv = ["open", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.func(args))
    except InputError as exc:
        print(f"interview-explorer: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
