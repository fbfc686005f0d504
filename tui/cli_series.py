"""The command line for series across articles: ``metrics``, ``timeline METRIC`` and ``disagreements``.

The articles are read as ``search`` reads them, through the cached collection (parsed, indexed and their
figures found once, then kept in step with the files), so that a folder of thousands of articles answers
in about a second once its figures are known. Exit status: 0, or 2 when a path was skipped (one line
each on stderr); ``timeline`` exits 1 when no metric matches, as grep does when nothing matches.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tui.cli_commands import emit
from tui.cli_inputs import PROG, Inputs

if TYPE_CHECKING:
    from tui.core.index.collection import Collection
    from tui.core.series import SeriesIndex, Timeline

EXIT_OK = 0
EXIT_NO_MATCH = 1
EXIT_BAD_INPUT = 2

METRICS_HELP = """\
List every comparable metric of the articles: the metric in its canonical name (规上 and 规模以上, 社零 and
社会消费品零售总额 are one), what kind of number it is (a level, 同比, 环比, 百分点 against a base, a share),
its unit and the place it is about (全国, a province, a city: from the metric's own words, else from the
article's title, subtitle or source), with how many documents and figures report it and the span of
their periods. Most documents first.

example:
  interview-explorer metrics articles/
  interview-explorer metrics articles/ --json > metrics.json
"""

TIMELINE_HELP = """\
Print one metric over time: every figure of the articles that reports it, in period order, months,
quarters, running totals (1—N月), years and points in time apart, each with its document and sentence;
figures whose period is not resolved come last (未定). METRIC is read as the figures' metrics are: 社零,
规上工业增加值 or 四川规上工业增加值 (a place keeps the place's series only), 增速 for the growth rate. Every
series of the metric is printed (同比 and 环比, each place). Exit status 1 when no metric matches.

example:
  interview-explorer timeline 规上工业增加值 articles/
  interview-explorer timeline 社零 articles/ --csv > retail.csv
"""

DISAGREEMENTS_HELP = """\
List where the articles disagree: the same metric, kind of number, unit, place and resolved period
given with values that do not agree by different documents, each value with its documents and
sentence. Values agree at the precision of the less precise (6.0% and 6% agree, 6.0% and 6.4% do not),
approximations as such (超过5000亿元 agrees with 5200亿元); a repeat of a value is agreement and is not
listed. Periods that are not resolved, or open at the end (以来), are not compared.

example:
  interview-explorer disagreements articles/
  interview-explorer disagreements articles/ --json > disagreements.json
"""


def _open(paths: Sequence[str]) -> tuple[Inputs, Collection, SeriesIndex]:
    """The collection of the paths with its figures found, and the series over them."""
    from tui.cli_collection import load_collection
    from tui.core.corpus import stderr_progress
    from tui.core.places import DocHeader
    from tui.core.series import SeriesIndex

    progress = stderr_progress() if sys.stderr.isatty() else None
    inputs, collection = load_collection(paths, progress=progress)
    collection.find_figures(progress)
    fields = [collection.headers(name) for name in ("title", "subtitle", "kicker", "source")]
    headers = [DocHeader(*values) for values in zip(*fields, strict=True)]
    index = SeriesIndex(collection.figure_table(), headers, inputs.labels)
    return inputs, collection, index


def _status(inputs: Inputs) -> int:
    return EXIT_BAD_INPUT if inputs.skipped else EXIT_OK


def cmd_metrics(args: argparse.Namespace) -> int:
    """Print every comparable metric with its documents, points and periods, as text or JSON."""
    inputs, _, index = _open(args.paths)
    summaries = index.metrics()
    if args.json:
        import orjson

        records = [
            {
                **s.key.to_json(),
                "documents": s.documents,
                "points": s.points,
                "first": s.first,
                "last": s.last,
            }
            for s in summaries
        ]
        emit(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        from tui.core.seriestext import metrics_text

        emit(metrics_text(summaries, width=args.width or 120))
    return _status(inputs)


def _point_records(index: SeriesIndex, timeline: Timeline, labels: list[str]) -> list[dict[str, object]]:
    from tui.core.periodkind import period_label

    out: list[dict[str, object]] = []
    for p in timeline.points:
        figure = index.figure(p.row)
        out.append(
            {
                "kind": p.kind,
                "period_label": period_label(p.kind, p.start, p.end),
                "period": p.period,
                "period_start": p.start,
                "period_end": p.end,
                "value": p.value,
                "upper": p.upper,
                "approx": p.approx,
                "unit": timeline.key.unit,
                "text": p.text,
                "doc": index.names[p.doc].rsplit("/", 1)[-1],
                "path": labels[p.doc],
                "block_id": figure.block_id,
                "sentence": figure.sentence,
            }
        )
    return out


def cmd_timeline(args: argparse.Namespace) -> int:
    """Print every series of a metric, its points in period order, as text, JSON or CSV."""
    from tui.core.errors import InputError

    if not args.positionals or not args.positionals[0].strip():
        raise InputError("timeline needs a METRIC; see interview-explorer timeline --help")
    metric, paths = args.positionals[0], args.positionals[1:]
    inputs, _, index = _open(paths)
    found = index.find(metric)
    if not found:
        print(f"{PROG}: no metric matches {metric!r} (see: {PROG} metrics)", file=sys.stderr)
        return EXIT_NO_MATCH if not inputs.skipped else EXIT_BAD_INPUT
    timelines = [index.timeline(k) for k in found]
    labels = inputs.labels
    if args.json:
        import orjson

        from tui.core.series import key_label

        records = [
            {"key": t.key.to_json(), "label": key_label(t.key), "points": _point_records(index, t, labels)}
            for t in timelines
        ]
        emit(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
    elif args.csv:
        _write_csv(index, timelines, labels)
    else:
        from tui.core.seriestext import timeline_text

        width = args.width or 160
        emit(
            "\n\n".join(
                timeline_text(t, labels, lambda r: index.figure(r).sentence, width) for t in timelines
            )
        )
    return _status(inputs)


CSV_COLUMNS = (
    "metric",
    "measure",
    "base",
    "unit",
    "place",
    "kind",
    "period_label",
    "period",
    "period_start",
    "period_end",
    "value",
    "upper",
    "approx",
    "text",
    "doc",
    "block_id",
    "sentence",
    "path",
)
"""The columns of ``timeline --csv``: the key, then one point a row."""


def _write_csv(index: SeriesIndex, timelines: list[Timeline], labels: list[str]) -> None:
    """CSV in UTF-8 with a BOM, so that spreadsheets read the Chinese right."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for t in timelines:
        key = t.key.to_json()
        for record in _point_records(index, t, labels):
            writer.writerow({**key, **record})
    emit(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def cmd_disagreements(args: argparse.Namespace) -> int:
    """Print every disagreement between the documents, as text or JSON."""
    from tui.core.disagree import disagreements

    inputs, _, index = _open(args.paths)
    found = disagreements(index)
    labels = inputs.labels
    if args.json:
        import orjson

        from tui.core.periodkind import period_label
        from tui.core.series import key_label

        records = []
        for d in found:
            readings = []
            for r in d.readings:
                sources = [
                    {
                        "path": labels[doc],
                        "block_id": index.figure(row).block_id,
                        "text": index.figure(row).text,
                        "sentence": index.figure(row).sentence,
                    }
                    for row, doc in zip(r.rows, r.docs, strict=True)
                ]
                rep = r.reported
                readings.append(
                    {
                        "value": rep.value,
                        "upper": rep.upper,
                        "approx": rep.approx,
                        "step": rep.step,
                        "sources": sources,
                    }
                )
            records.append(
                {
                    "key": d.key.to_json(),
                    "label": key_label(d.key),
                    "kind": d.kind,
                    "period_label": period_label(d.kind, d.start, d.end),
                    "period_start": d.start,
                    "period_end": d.end,
                    "readings": readings,
                }
            )
        emit(orjson.dumps(records, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        from tui.core.seriestext import disagreements_text

        emit(disagreements_text(found, labels, index.figure, width=args.width or 160))
    return _status(inputs)


Command = Callable[[argparse.Namespace], int]


def add_commands(
    make: Callable[[str, str, str, Command], argparse.ArgumentParser],
    paths_help: str,
    positive_int: Callable[[str], int],
) -> None:
    """Register ``metrics``, ``timeline`` and ``disagreements`` with the parser of ``tui/cli.py``
    (``make(name, summary, text, func)`` makes a subcommand's parser)."""
    p_metrics = make("metrics", "list every comparable metric across the articles", METRICS_HELP, cmd_metrics)
    p_metrics.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    p_metrics.add_argument("--json", action="store_true", help="print a JSON array")
    p_metrics.add_argument(
        "--width", type=positive_int, metavar="N", help="cut lines to N cells (default 120)"
    )

    p_timeline = make("timeline", "print one metric over time, point by point", TIMELINE_HELP, cmd_timeline)
    p_timeline.usage = f"{PROG} timeline METRIC [PATH…] [options]"
    p_timeline.add_argument(
        "positionals", nargs="*", metavar="METRIC PATH", help="the metric, then " + paths_help
    )
    fmt = p_timeline.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print a JSON array, one object per series")
    fmt.add_argument("--csv", action="store_true", help="print CSV (UTF-8 with BOM), one point a row")
    p_timeline.add_argument(
        "--width", type=positive_int, metavar="N", help="cut lines to N cells (default 160)"
    )

    p_dis = make(
        "disagreements",
        "list where the articles give different values",
        DISAGREEMENTS_HELP,
        cmd_disagreements,
    )
    p_dis.add_argument("paths", nargs="*", metavar="PATH", help=paths_help)
    p_dis.add_argument("--json", action="store_true", help="print a JSON array")
    p_dis.add_argument("--width", type=positive_int, metavar="N", help="cut lines to N cells (default 160)")
