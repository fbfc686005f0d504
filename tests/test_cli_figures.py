"""``figures`` in a subprocess: a document column over several files, --where in the figures view's
language, JSON and CSV with the path, options after paths, a damaged file among good ones."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli_articles import write_folder
from tests.conftest import run_cli
from tui.core.document import load_document
from tui.core.figfilter import parse_filter
from tui.core.figures import extract


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "good", damaged=False)


def _figures_json(*args: str) -> list[dict[str, object]]:
    result = run_cli("figures", "--json", *args)
    assert result.returncode == 0, result.stderr
    records: list[dict[str, object]] = json.loads(result.stdout)
    return records


def test_text_over_several_documents_names_the_document_on_every_row(good: Path) -> None:
    result = run_cli("figures", str(good))
    assert result.returncode == 0, result.stderr
    header, *rows, count = result.stdout.splitlines()
    assert header.split()[:2] == ["doc", "block"]
    assert count == f"{len(rows)} figures" and len(rows) == 12
    trade, firms = str(good / "a_trade.txt"), str(good / "b_firms.txt")
    assert all(row.split()[0] in (trade, firms) for row in rows)
    # the same block id in both documents, told apart by the first column
    assert {row.split()[0] for row in rows if row.split()[1] == "s1.2"} == {trade, firms}
    single = run_cli("figures", trade).stdout.splitlines()
    assert single[0].split()[0] == "block" and not any(trade in line for line in single)


@pytest.mark.parametrize("where", [">5", "中小企业", ">5 %", "10..500", "count"])
def test_where_keeps_what_the_figures_view_keeps(good: Path, where: str) -> None:
    keep = parse_filter(where)
    expected = [
        (f.doc, f.block_id, f.text)
        for name in ("a_trade.txt", "b_firms.txt")
        for f in extract(load_document(good / name))
        if keep(f)
    ]
    got = [(r["doc"], r["block_id"], r["text"]) for r in _figures_json(str(good), "--where", where)]
    assert got == expected and 0 < len(got) < 12


def test_where_values_and_words(good: Path) -> None:
    over = _figures_json(str(good), "--where", ">5")
    assert over and all(float(str(r["value"])) > 5 for r in over)
    assert "4.8%" not in {r["text"] for r in over} and "12.5%" in {r["text"] for r in over}
    firms = _figures_json(str(good), "--where", "中小企业")
    assert {r["text"] for r in firms} == {"2.3万家", "4.8%", "86家", "约150亿元"}
    table = run_cli("figures", str(good), "--where", "中小企业").stdout.splitlines()
    assert table[-1] == "4 figures"


def test_options_after_paths_in_any_order(good: Path) -> None:
    orders = [
        ("figures", "--json", "--where", "%", str(good)),
        ("figures", str(good), "--where", "%", "--json"),
        ("figures", "--where", "%", str(good), "--json"),
    ]
    outputs = [run_cli(*args) for args in orders]
    assert all(out.returncode == 0 for out in outputs)
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    assert {r["unit"] for r in json.loads(outputs[0].stdout)} == {"%"}


def test_json_and_csv_carry_the_path(good: Path) -> None:
    records = _figures_json(str(good))
    assert {r["path"] for r in records} == {str(good / "a_trade.txt"), str(good / "b_firms.txt")}
    result = run_cli("figures", "--csv", str(good))
    assert result.returncode == 0 and result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert [(r["doc"], r["block_id"], r["text"], r["path"]) for r in rows] == [
        (r["doc"], r["block_id"], r["text"], r["path"]) for r in records
    ]


def test_folder_with_a_damaged_file_prints_the_rest(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "articles")
    result = run_cli("figures", str(folder))
    assert result.returncode == 2
    assert result.stdout.splitlines()[-1] == "12 figures"
    assert result.stderr == (
        f"interview-explorer: skipped {folder / 'c_damaged.txt'}: looks like a binary file, not text\n"
    )


def test_width_must_be_positive(good: Path) -> None:
    result = run_cli("figures", str(good), "--width", "0")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--width" in result.stderr
    narrow = run_cli("figures", str(good), "--width", "60").stdout.splitlines()
    from rich.cells import cell_len

    assert max(cell_len(line) for line in narrow) <= 60
