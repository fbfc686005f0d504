"""``search`` in a subprocess as scripts use it: options anywhere, totals, --limit, --queries over a folder,
a damaged file among good ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bench.cli_queries import draw_queries
from tests.bench.corpus import write_corpus
from tests.cli_articles import write_folder
from tests.conftest import run_cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"XDG_CACHE_HOME": str(tmp_path / "cache")}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "articles")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "good", damaged=False)


def _skipped(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("interview-explorer: skipped ")]


def test_text_says_total_and_shown(good: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "蓝莓", str(good), "--limit", "1", env=env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "蓝莓: 4 hits, 1 shown"
    assert len(lines) == 3 and "【蓝莓】" in lines[2]
    every = run_cli("search", "蓝莓", str(good), env=env).stdout.splitlines()
    assert every[0] == "蓝莓: 4 hits, 4 shown" and len(every) == 1 + 2 * 4
    none = run_cli("search", "龘靐", str(good), env=env)
    assert none.returncode == 0 and none.stdout.splitlines() == ["龘靐: 0 hits, 0 shown"]


def test_text_and_json_say_the_tiers(good: Path, env: dict[str, str]) -> None:
    text = run_cli("search", "蓝莓 贷款", str(good), "--limit", "2", env=env)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "蓝莓 贷款: 4 hits, 2 shown · 1 with every word · 3 with some"
    assert "【贷款】" in lines[2] and "【蓝莓】" in lines[2] and "【贷款】" not in lines[4]
    data = json.loads(run_cli("search", "蓝莓 贷款", str(good), "--json", env=env).stdout)
    assert (data["total"], data["every"], data["shown"]) == (4, 1, 4)
    assert [hit["tier"] for hit in data["hits"]] == [1, 2, 2, 2]
    required = run_cli("search", "蓝莓 +贷款", str(good), env=env).stdout.splitlines()
    assert required[0] == "蓝莓 +贷款: 1 hit, 1 shown"  # one tier: nothing more to say
    one = json.loads(run_cli("search", "蓝莓", str(good), "--json", env=env).stdout)
    assert one["every"] == one["total"] == 4 and {hit["tier"] for hit in one["hits"]} == {1}


def test_json_has_total_beside_hits(good: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "蓝莓", str(good), "--json", "--limit", "2", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["total"], data["shown"], len(data["hits"])) == (4, 2, 2)
    assert all(hit["path"].startswith(str(good)) and "蓝莓" in hit["text"] for hit in data["hits"])


def test_text_over_several_documents_names_each_hit(good: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "蓝莓", str(good / "a_trade.txt"), str(good / "b_firms.txt"), env=env)
    assert result.returncode == 0, result.stderr
    located = result.stdout.splitlines()[1::2]
    assert len(located) == 4
    assert {line.split()[0] for line in located} == {str(good / "a_trade.txt"), str(good / "b_firms.txt")}


def test_options_after_the_query_and_paths(good: Path, env: dict[str, str]) -> None:
    orders = [
        ("search", "--json", "--limit", "2", "中小企业", str(good)),
        ("search", "中小企业", "--json", str(good), "--limit", "2"),
        ("search", "中小企业", str(good), "--limit", "2", "--json"),
    ]
    outputs = [run_cli(*args, env=env) for args in orders]
    assert all(out.returncode == 0 for out in outputs), [out.stderr for out in outputs]
    assert outputs[0].stdout == outputs[1].stdout == outputs[2].stdout
    assert json.loads(outputs[0].stdout)["shown"] == 2


@pytest.mark.parametrize("limit", ["-5", "0", "abc", "1.5", ""])
def test_limit_must_be_a_positive_integer(limit: str, good: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "蓝莓", str(good), "--limit", limit, env=env)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("interview-explorer: ")
    assert "--limit" in result.stderr and "Traceback" not in result.stderr


def test_queries_file_with_paths_searches_every_path(good: Path, tmp_path: Path, env: dict[str, str]) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text("蓝莓\n\n专精特新\n外贸 OR 贷款\n", encoding="utf-8")
    trade, firms = str(good / "a_trade.txt"), str(good / "b_firms.txt")
    result = run_cli("search", "--queries", str(queries), trade, firms, "--json", env=env)
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["query"] for a in answers] == ["蓝莓", "", "专精特新", "外贸 OR 贷款"]
    assert answers[0]["total"] == 4 and {h["path"] for h in answers[0]["hits"]} == {trade, firms}
    assert answers[1]["total"] == 0 and answers[2]["hits"][0]["path"] == firms
    assert all({"query", "read_as", "total", "every", "shown", "hits"} <= a.keys() for a in answers)


def test_queries_from_stdin_and_from_a_folder(good: Path, env: dict[str, str]) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    result = subprocess.run(
        [sys.executable, "-m", "tui", "search", str(good), "--limit", "1", "--queries", "-"],
        input="蓝莓\n中小企业\n".encode(),
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["query"], a["total"] > 1, a["shown"]) for a in answers] == [
        ("蓝莓", True, 1),
        ("中小企业", True, 1),
    ]


def test_folder_with_a_damaged_file_answers_from_the_rest(folder: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "蓝莓", str(folder), env=env)
    assert result.returncode == 2
    assert result.stdout.splitlines()[0] == "蓝莓: 4 hits, 4 shown"
    assert _skipped(result.stderr) == [
        f"interview-explorer: skipped {folder / 'c_damaged.txt'}: looks like a binary file, not text"
    ]


def test_a_missing_path_is_skipped_but_nothing_readable_stops(good: Path, env: dict[str, str]) -> None:
    missing = str(good / "missing.txt")
    result = run_cli("search", "蓝莓", str(good / "a_trade.txt"), missing, "--json", env=env)
    assert result.returncode == 2 and json.loads(result.stdout)["total"] == 3
    assert _skipped(result.stderr) == [f"interview-explorer: skipped {missing}: no such file or folder"]
    alone = run_cli("search", "蓝莓", missing, env=env)
    assert alone.returncode == 2 and alone.stdout == ""
    assert alone.stderr == f"interview-explorer: {missing}: no such file or folder\n"


def test_unreadable_queries_file_and_no_query(good: Path, env: dict[str, str]) -> None:
    result = run_cli("search", "--queries", str(good / "nope.txt"), str(good), env=env)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "nope.txt" in result.stderr
    bare = run_cli("search", env=env)
    assert bare.returncode == 2 and bare.stderr.count("\n") == 1 and "QUERY" in bare.stderr


def test_queries_drawn_from_a_generated_folder_find_its_articles(tmp_path: Path, env: dict[str, str]) -> None:
    """The issue's "must show" at test scale (``tests/bench/cli_queries.py`` runs it on 300 articles)."""
    folder = tmp_path / "corpus"
    paths = write_corpus(folder, n=12)
    (folder / "zz_damaged.txt").write_bytes(b"")
    drawn = draw_queries([p.read_text(encoding="utf-8") for p in paths], n=80)
    queries = tmp_path / "queries.txt"
    queries.write_text("".join(q + "\n" for q, _ in drawn), encoding="utf-8")
    result = run_cli("search", "--queries", str(queries), str(folder), "--json", env=env, timeout=180)
    assert result.returncode == 2
    assert _skipped(result.stderr) == [
        f"interview-explorer: skipped {folder / 'zz_damaged.txt'}: the file is empty"
    ]
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["query"] for a in answers] == [q for q, _ in drawn]
    found = [(a, need) for a, (_, need) in zip(answers, drawn, strict=True) if a["every"]]
    assert len(found) >= 0.85 * len(drawn)
    assert all(all(s in a["hits"][0]["text"] for s in need) for a, need in found)


@pytest.mark.parametrize(
    "command", [["outline"], ["figures"], ["search", "蓝莓"], ["metrics"], ["disagreements"]]
)
def test_a_skipped_file_is_named_as_given(folder: Path, env: dict[str, str], command: list[str]) -> None:
    """Commands that open a collection name a file they skip by the path as typed, as the others do
    (the collection keeps full paths: a relative path came back absolute)."""
    import os

    from tests.conftest import ROOT

    given = os.path.relpath(folder / "c_damaged.txt", ROOT)
    result = run_cli(*command, str(folder / "a_trade.txt"), given, env=env)
    assert result.returncode == 2
    assert _skipped(result.stderr) == [
        f"interview-explorer: skipped {given}: looks like a binary file, not text"
    ]
