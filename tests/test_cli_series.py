"""``metrics``, ``timeline`` and ``disagreements`` in a subprocess, over a year of monthly releases written
for the tests (``tests/series_data.py``): what a script and an analyst read, options anywhere, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests import series_data as data
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return {"XDG_CACHE_HOME": str(tmp_path_factory.mktemp("cache"))}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("releases")
    data.write_series(folder)
    return folder


@pytest.fixture(scope="module")
def with_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The releases and a copy of May's with its monthly value changed from 3.5 to 3.9."""
    folder = tmp_path_factory.mktemp("with-copy")
    data.write_series(folder)
    (folder / "copy-2023-05.txt").write_text(data.monthly_release(5, monthly=3.9), encoding="utf-8")
    return folder


def test_metrics_lists_comparable_metrics_most_documents_first(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("metrics", str(folder), env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].split() == [
        "12",
        "24",
        "2023-02-28",
        "…",
        "2023-12-31",
        "规模以上工业增加值",
        "·",
        "同比",
        "%",
        "·",
        "全国",
    ]
    assert any(line.endswith("规模以上工业增加值 · 同比 % · 四川") for line in lines)
    assert any(line.endswith("工业增加值 · 元 · 全国") for line in lines)
    assert lines[-1] == f"{len(lines) - 2} metrics"


def test_metrics_json_options_anywhere(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("metrics", "--json", str(folder), env=env)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert records[0] == {
        "metric": "规模以上工业增加值",
        "measure": "yoy",
        "base": "同比",
        "unit": "%",
        "place": "全国",
        "documents": 12,
        "points": 24,
        "first": "2023-02-28",
        "last": "2023-12-31",
    }


def test_timeline_lists_every_point_in_period_order(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("timeline", "规上工业增加值", str(folder), "--json", env=env)
    assert result.returncode == 0, result.stderr
    series = json.loads(result.stdout)
    assert [s["label"] for s in series][:2] == [
        "规模以上工业增加值 · 同比 % · 全国",
        "规模以上工业增加值 · 环比 % · 全国",
    ]
    points = series[0]["points"]
    months = [
        (p["period_label"], p["value"], p["doc"])
        for p in points
        if p["kind"] == "月" and p["doc"].startswith("release")
    ]
    assert months == [(f"2023-{m:02d}", v, f"release-2023-{m:02d}.txt") for m, v in data.MONTHLY.items()]
    running = [
        (p["period_label"], p["value"])
        for p in points
        if p["kind"] == "累计" and p["doc"].startswith("release")
    ]
    assert running == [(f"2023-01…{m:02d}", v) for m, v in data.RUNNING.items()]
    assert [p["kind"] for p in points] == sorted((p["kind"] for p in points), key=["月", "累计"].index)
    may = next(p for p in points if p["period_label"] == "2023-05" and p["doc"] == "release-2023-05.txt")
    assert "同比增长3.5%" in may["sentence"] and may["path"].endswith("release-2023-05.txt")


def test_timeline_text_and_csv(folder: Path, env: dict[str, str]) -> None:
    text = run_cli("timeline", "--width", "150", "规模以上工业增加值增速", str(folder), env=env)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "规模以上工业增加值 · 同比 % · 全国: 24 points in 12 documents"
    assert (
        lines[1] == "月"
        and "2023-03" in lines[2]
        and "3.9%" in lines[2]
        and "release-2023-03.txt" in lines[2]
    )
    table = run_cli("timeline", "规上工业增加值", str(folder), "--csv", env=env)
    assert table.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(table.stdout.lstrip("\ufeff"))))
    mom = [r for r in rows if r["measure"] == "mom"]
    assert [float(r["value"]) for r in mom] == list(data.MONTH_ON_MONTH.values())


def test_a_place_keeps_its_own_series(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("timeline", "四川规上工业增加值", str(folder), "--json", env=env)
    series = json.loads(result.stdout)
    assert {s["key"]["place"] for s in series} == {"四川"}
    values = [p["value"] for s in series if s["key"]["measure"] == "yoy" for p in s["points"]]
    assert values == [data.SICHUAN_MAY, 4.8]


def test_no_match_and_bad_input(folder: Path, env: dict[str, str]) -> None:
    none = run_cli("timeline", "火星基地产量", str(folder), env=env)
    assert none.returncode == 1 and none.stdout == ""
    assert (
        none.stderr.strip()
        == "interview-explorer: no metric matches '火星基地产量' (see: interview-explorer metrics)"
    )
    missing = run_cli("timeline", env=env)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    absent = run_cli("metrics", str(folder / "nowhere"), env=env)
    assert absent.returncode == 2 and "Traceback" not in absent.stderr
    assert absent.stderr.strip().splitlines() == [
        f"interview-explorer: {folder / 'nowhere'}: no such file or folder"
    ]
    both = run_cli("timeline", "规上", str(folder), "--json", "--csv", env=env)
    assert both.returncode == 2 and len(both.stderr.strip().splitlines()) == 1


def test_releases_that_agree_show_no_disagreement(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("disagreements", str(folder), env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0 disagreements"


def test_a_changed_copy_is_the_only_disagreement_with_both_sentences(
    with_copy: Path, env: dict[str, str]
) -> None:
    text = run_cli("disagreements", str(with_copy), env=env)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "规模以上工业增加值 · 同比 % · 全国 · 2023-05 (月)"
    assert "3.5%" in lines[1] and "release-2023-05.txt" in lines[1] and "同比增长3.5%" in lines[1]
    assert "3.9%" in lines[-3] and "copy-2023-05.txt" in lines[-3] and "同比增长3.9%" in lines[-3]
    assert lines[-1] == "1 disagreement"
    records = json.loads(run_cli("disagreements", "--json", str(with_copy), env=env).stdout)
    assert len(records) == 1
    (found,) = records
    assert (found["period_start"], found["period_end"]) == ("2023-05-01", "2023-05-31")
    readings = [(r["value"], [s["path"].rsplit("/", 1)[-1] for s in r["sources"]]) for r in found["readings"]]
    assert readings == [(3.5, ["release-2023-05.txt", "wire-07.txt"]), (3.9, ["copy-2023-05.txt"])]
    assert "同比增长3.9%" in found["readings"][1]["sources"][0]["sentence"]
    assert [s["text"] for s in found["readings"][0]["sources"]] == ["3.5%", "约3.5%"]


def test_files_are_never_written(folder: Path, env: dict[str, str]) -> None:
    before = {p: p.read_bytes() for p in folder.iterdir()}
    run_cli("disagreements", str(folder), env=env)
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
