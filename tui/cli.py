"""The command line: ``interview-explorer [PATH…]`` opens the explorer; subcommands print for scripts.

Options and paths may come in any order (argparse's intermixed parsing). ``outline``, ``figures`` and
``search`` never import Textual (the commands are in ``tui/cli_commands.py``, what they read in
``tui/cli_inputs.py``); the app is imported only when it opens, and opening it imports none of the
commands' modules (each command's module is imported when that command runs: see :data:`_RUN`).
Exit status: 0 when every path was read,
2 when one was skipped, when nothing could be read, or when the command line is wrong, with one line each
on stderr; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from tui import __version__
from tui.cli_inputs import PROG, NothingToRead
from tui.core.errors import InputError

EXIT_BAD_INPUT = 2
_SUBCOMMANDS = ("outline", "figures", "search", "open", "cache", "metrics", "timeline", "disagreements")
_RUN = {
    "open": "tui.app.explorer:cmd_open",
    "outline": "tui.cli_commands:cmd_outline",
    "figures": "tui.cli_commands:cmd_figures",
    "search": "tui.cli_commands:cmd_search",
    "cache": "tui.cli_collection:cmd_cache",
    "metrics": "tui.cli_series:cmd_metrics",
    "timeline": "tui.cli_series:cmd_timeline",
    "disagreements": "tui.cli_series:cmd_disagreements",
}
"""Where each command's function is, imported when the command runs (so that opening the explorer does not
import the modules of the commands for scripts)."""


def _command(name: str) -> Callable[[argparse.Namespace], int]:
    module, _, function = _RUN[name].partition(":")
    found: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module), function)
    return found


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr (exit status 2), not the usage and a line."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{PROG}: {message} (see: {self.prog} --help)\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {text!r}")
    return value


_PATHS_HELP = "article files (.txt, .html) or folders of them (default: the bundled interview)"

_TOP_EPILOG = """\
Options and paths may come in any order. Several paths or a folder: every readable article is used, each
one that cannot be read is named on stderr ("interview-explorer: skipped PATH: why") and the exit status
is 2, as with grep. Exit status 0: all read; 2: something skipped, nothing readable, or a bad option.

example (opens the explorer on the bundled interview):
  interview-explorer
"""

_OUTLINE = """\
Print the structure of articles: title, date and source, the sections, and each block with its id, what it
is (¶ paragraph, 问 question, 答 answer, 1. a point) and who speaks, as in 答 (张某). Over several documents
every line starts with the document's path. --json prints the model, one document a line.

example:
  interview-explorer outline --width 80
  interview-explorer outline articles/ --json > outline.jsonl
"""

_FIGURES = """\
Print every statistic with its value in base units (47.8万家 → 478,000), unit, approximation (> over,
< under, ~ about), metric, period and comparison. Over several documents the first column names the
document. --where takes the filter of the explorer's figures view: >5, <1万, 10..50, %, 元, percent,
money, or any word of the metric, period or text (中小企业, 9月); terms combine with AND.

example:
  interview-explorer figures --where '>5 %'
  interview-explorer figures articles/ --where 中小企业 --csv > figures.csv
"""

_SEARCH = """\
Search articles. Words separated by spaces must all match (中小企业 订单), A OR B, -word excludes, "…" is an
exact phrase; pinyin (zhuanjingtexin, zjtx) and traditional characters work. The answer says how many
units matched and how many are shown (--limit). With --queries FILE (- for stdin) every positional is a
path and each line of FILE is answered by one JSON line: {query, read_as, total, shown, hits}.

example:
  interview-explorer search 专精特新 --limit 3
  interview-explorer search --queries queries.txt articles/ --json > answers.jsonl
"""


_CACHE = """\
Print where the cache is ($XDG_CACHE_HOME/interview-explorer) and what it holds: a collection for each
set of paths searched (parsed articles, figures and index, kept in step with the files; at most eight, the
least recently used removed first), jieba's dictionary and the traditional-to-simplified table. --clear
empties it; everything is rebuilt when next needed.

example:
  interview-explorer cache
  interview-explorer cache --clear
"""


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="store_true", help="print the version and exit")


def _version(parser: argparse.ArgumentParser, rest: Sequence[str]) -> int:
    """Print the version if ``--version`` is alone on the command line (after the command); else the error
    (argparse's own version action prints it and exits at once, so that ``--version extra`` exited 0)."""
    stray = [a for a in rest if a != "--version"]
    if stray:
        parser.error(f"--version takes no other arguments: {' '.join(stray)}")
    print(f"{PROG} {__version__}")
    return 0


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The top parser (help, version, the list of commands) and the parser of each subcommand."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = OneLineParser(
        prog=PROG,
        description=(
            "Explore Chinese policy interviews in the terminal: structure, figures, search. With no "
            "command, open the explorer on PATH… (files or folders of .txt and .html; default: the bundled interview)."
        ),
        epilog=_TOP_EPILOG,
        formatter_class=raw,
    )
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands: dict[str, argparse.ArgumentParser] = {}

    def add(name: str, summary: str, text: str) -> OneLineParser:
        command = sub.add_parser(name, help=summary, description=text, formatter_class=raw)
        assert isinstance(command, OneLineParser)
        _common(command)
        commands[name] = command
        return command

    p_open = add("open", "open the explorer (the default command)", "Open the explorer.")
    p_open.add_argument("paths", nargs="*", metavar="PATH", help=_PATHS_HELP)

    p_outline = add("outline", "print the structure of articles", _OUTLINE)
    p_outline.add_argument("paths", nargs="*", metavar="PATH", help=_PATHS_HELP)
    p_outline.add_argument("--json", action="store_true", help="print the model as JSON, one line a document")
    p_outline.add_argument(
        "--width", type=positive_int, metavar="N", help="cut lines to N cells (text; default 100)"
    )

    p_fig = add("figures", "print every statistic with value, unit, metric and period", _FIGURES)
    p_fig.add_argument("paths", nargs="*", metavar="PATH", help=_PATHS_HELP)
    p_fig.add_argument("--where", metavar="FILTER", help="keep the figures this filter keeps (see above)")
    fmt = p_fig.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array")
    fmt.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM, for spreadsheets)")
    p_fig.add_argument(
        "--width", type=positive_int, metavar="N", help="cut the table to N cells (default 160)"
    )

    p_search = add("search", "search articles (words, phrases, OR, -exclude, pinyin)", _SEARCH)
    p_search.usage = (
        f"{PROG} search QUERY [PATH…] [options]\n       {PROG} search --queries FILE [PATH…] [options]"
    )
    p_search.add_argument(
        "positionals", nargs="*", metavar="QUERY PATH", help="the query, then " + _PATHS_HELP
    )
    p_search.add_argument("--json", action="store_true", help="print {query, read_as, total, shown, hits}")
    p_search.add_argument(
        "--limit", type=positive_int, default=20, metavar="N", help="show at most N hits (default 20)"
    )
    p_search.add_argument(
        "--queries", metavar="FILE", help="answer each line of FILE (- for stdin), one JSON line each"
    )
    p_search.add_argument("--no-cache", action="store_true", help="build the index afresh; do not save it")

    p_cache = add("cache", "print where the cache is and how big; --clear empties it", _CACHE)
    p_cache.add_argument("--clear", action="store_true", help="remove everything in the cache")

    from tui.cli_series import add_commands

    add_commands(lambda name, summary, text, _run: add(name, summary, text), _PATHS_HELP, positive_int)
    return parser, commands


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``interview-explorer`` and ``python -m tui``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in _SUBCOMMANDS and not argv[0].startswith("-")):
        if not any(a.startswith("-") for a in argv):  # only paths: the explorer, without building the parser
            from tui.app.explorer import open_paths

            paths = argv
            return _run(lambda: open_paths(paths))
        argv = ["open", *argv]
    parser, commands = build_parser()
    if argv[0] not in commands:
        if "--version" in argv:
            return _version(parser, argv)
        parser.parse_args(argv)  # --help or an error: each exits
        parser.print_help()
        return 0
    command = commands[argv[0]]
    if "--version" in argv[1:]:
        return _version(command, argv[1:])
    args = command.parse_intermixed_args(argv[1:])
    return _run(lambda: _command(argv[0])(args))


def _run(command: Callable[[], int]) -> int:
    """Run a command: its exit status, 2 with one line on stderr for bad input, 130 when interrupted."""
    try:
        status = int(command())
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except NothingToRead:
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    return status


def _silence_stdout() -> None:
    from tui.cli_commands import silence_stdout

    silence_stdout()
