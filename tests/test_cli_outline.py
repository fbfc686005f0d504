"""The command line in a subprocess: outline text and JSON, who speaks, several documents, options after
paths, --help with an example that runs, --version, bad input."""

from __future__ import annotations

import json
import os
import shlex
import sys
from pathlib import Path

import pytest

from tests.cli_articles import write_folder
from tests.conftest import run_cli
from tui import __version__


@pytest.mark.parametrize("command", ["outline", "figures", "search"])
def test_help_has_an_example_that_runs(command: str, tmp_path: Path) -> None:
    """The first example of each command's --help runs as pasted (on the bundled interview)."""
    result = run_cli(command, "--help")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    example = lines[lines.index("example:") + 1].strip()
    assert example.startswith(f"interview-explorer {command} ")
    ran = run_cli(*shlex.split(example)[1:], env={"XDG_CACHE_HOME": str(tmp_path)})
    assert ran.returncode == 0, ran.stderr
    assert len(ran.stdout.splitlines()) > 2


def test_help_and_version() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert all(command in result.stdout for command in ("outline", "figures", "search", "skipped PATH"))
    for args in (("--version",), ("outline", "--version"), ("search", "--version"), ("figures", "--version")):
        result = run_cli(*args)
        assert result.returncode == 0 and result.stdout == f"interview-explorer {__version__}\n"


COMMANDS = ["outline", "figures", "search", "open", "cache", "metrics", "timeline", "disagreements"]


@pytest.mark.parametrize("before", [(), *[(c,) for c in COMMANDS]], ids=lambda b: " ".join(b) or "top")
def test_version_with_a_stray_argument_is_a_one_line_error(before: tuple[str, ...]) -> None:
    """--version takes nothing else: ``--version extra`` (or ``outline --version extra``) says so and exits
    2, it does not print the version as if the extra were not there."""
    for args in ((*before, "--version", "extra"), (*before, "extra", "--version")):
        result = run_cli(*args)
        assert result.returncode == 2 and result.stdout == "", (args, result.stdout)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("interview-explorer: "), args
        assert "extra" in result.stderr, args
    result = run_cli(*before, "--version")
    assert result.returncode == 0 and result.stdout == f"interview-explorer {__version__}\n"


@pytest.mark.parametrize("args", [("cache", "extra"), ("cache", "--clear", "extra"), ("--help-me",)])
def test_an_argument_a_command_does_not_take_is_a_one_line_error(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2 and result.stdout == "", args
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("interview-explorer: "), args


def test_bad_option_is_one_line() -> None:
    for args in (
        ("outline", "--bogus"),
        ("--bogus",),
        ("outline", "--width", "-3"),
        ("figures", "--json", "--csv"),
    ):
        result = run_cli(*args)
        assert result.returncode == 2 and result.stdout == "", args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("interview-explorer: "), args


def test_outline_text_default_bundled() -> None:
    result = run_cli("outline")
    assert result.returncode == 0, result.stderr
    for heading in ("稳工业增长", "抓重点产业", "助中小企业", "锻造新优势"):
        assert heading in result.stdout
    assert "一是营造公平竞争环境" in result.stdout


def test_outline_json_shape(seed_path: Path) -> None:
    result = run_cli("outline", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"title", "date", "site", "source", "sections"} <= doc.keys()
    assert doc["date"].startswith("2023-11-04")
    assert len(doc["sections"]) == 5
    kinds = {b["kind"] for s in doc["sections"] for b in s["blocks"]}
    assert kinds == {"paragraph", "question", "answer", "point"}
    points = [b for s in doc["sections"] for b in s["blocks"] if b["kind"] == "point"]
    assert all("ordinal" in b for b in points)
    assert all({"id", "kind", "text"} <= b.keys() for s in doc["sections"] for b in s["blocks"])


def test_outline_json_several_paths(seed_path: Path, tmp_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    gb = tmp_path / "gb.txt"
    gb.write_bytes(text.encode("gb18030"))
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    result = run_cli("outline", "--json", str(seed_path), str(gb), str(crlf))
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(docs) == 3
    shapes = [[[(b["kind"], b["text"]) for b in s["blocks"]] for s in d["sections"]] for d in docs]
    assert shapes[0] == shapes[1] == shapes[2]
    assert [d["encoding"] for d in docs] == ["utf-8", "gb18030", "utf-8"]


def test_outline_folder(tmp_path: Path, seed_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    (tmp_path / "b.txt").write_text(
        "今年以来,全省经济运行稳中向好。\n\n工业增加值同比增长5%。\n", encoding="utf-8"
    )
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    result = run_cli("outline", "--json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["name"] for line in result.stdout.splitlines()] == ["a.txt", "b.txt"]


def test_outline_shows_who_speaks(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, damaged=False)
    result = run_cli("outline", str(folder / "a_trade.txt"))
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("      s")}
    assert rows["s1.1"].split()[1:3] == ["问", "(某某日报记者)"]
    assert rows["s1.2"].split()[1:3] == ["答", "(周某某)"]
    assert rows["s1.3"].split()[1:3] == [
        "答",
        "我们还将继续支持企业开拓新兴市场，蓝莓种植户也纳入了出口帮扶名单。",
    ]
    # a turn marked only 问: or 答: names nobody
    firms = run_cli("outline", str(folder / "b_firms.txt")).stdout
    assert "      s1.1   问 上半年" in firms and "(问)" not in firms and "(答)" not in firms


def test_outline_over_several_documents_names_the_document_on_every_row(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, damaged=False)
    result = run_cli("outline", str(folder))
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line.strip()]
    trade, firms = str(folder / "a_trade.txt"), str(folder / "b_firms.txt")
    assert {row.split()[0] for row in rows} == {trade, firms}
    assert sum(row.split()[1:2] == ["s1.2"] for row in rows) == 2
    assert [row.split()[0] for row in rows if "[s0]" in row] == [trade, firms]


def test_outline_options_after_paths(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, damaged=False)
    before = run_cli("outline", "--json", str(folder))
    after = run_cli("outline", str(folder), "--json")
    assert before.returncode == after.returncode == 0
    assert before.stdout == after.stdout
    docs = [json.loads(line) for line in after.stdout.splitlines()]
    assert [(d["name"], d["path"]) for d in docs] == [
        ("a_trade.txt", str(folder / "a_trade.txt")),
        ("b_firms.txt", str(folder / "b_firms.txt")),
    ]
    speakers = [b.get("speaker") for s in docs[0]["sections"] for b in s["blocks"]]
    assert "周某某" in speakers and "某某日报记者" in speakers


def test_outline_folder_with_a_damaged_file_prints_the_rest(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    result = run_cli("outline", str(folder), "--width", "200")
    assert result.returncode == 2
    assert "稳外贸提质量" in result.stdout and "中小企业发展情况答记者问" in result.stdout
    assert result.stderr == (
        f"interview-explorer: skipped {folder / 'c_damaged.txt'}: looks like a binary file, not text\n"
    )


BAD_INPUTS = {
    "empty.txt": b"",
    "spaces.txt": b"  \n\t\n\r\n",
    "random.bin": bytes((i * 97 + 13) % 256 for i in range(4096)),
    "image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(200),
    "truncated_utf16.txt": b"\xff\xfe" + "问:今年".encode("utf-16-le")[:-1],
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exit_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    result = run_cli("outline", str(path))
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("interview-explorer: ")
    assert path.read_bytes() == BAD_INPUTS[name]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    for target in (tmp_path / "nope.txt", tmp_path):
        result = run_cli("outline", str(target))
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("问:你好?\n答:好。\n", encoding="utf-8")
    path.chmod(0)
    result = run_cli("outline", str(path))
    assert result.returncode == 2 and "permission" in result.stderr


def test_core_and_outline_never_import_textual() -> None:
    code = (
        "import sys\n"
        "import tui.core, tui.core.document, tui.core.text, tui.core.model\n"
        "from tui.cli import main\n"
        "main(['outline']); main(['outline', '--json'])\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('TEXTUAL:' + ','.join(bad))\n"
    )
    import subprocess

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "TEXTUAL:"


def test_an_empty_argument_is_no_path(tmp_path: Path) -> None:
    """An unset shell variable ("$DIR") must not read the current folder."""
    folder = write_folder(tmp_path, damaged=False)
    result = run_cli("outline", "", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "interview-explorer: '': no such file or folder\n"
    mixed = run_cli("outline", "", str(folder / "a_trade.txt"), "--json")
    assert mixed.returncode == 2 and len(mixed.stdout.splitlines()) == 1
    assert mixed.stderr == "interview-explorer: skipped '': no such file or folder\n"


def test_points_are_numbered_once_by_their_own_enumerator() -> None:
    result = run_cli("outline", "--width", "200")
    points = [line for line in result.stdout.splitlines() if line.strip().startswith("s3.") and " · " in line]
    assert [p.split(" · ", 1)[1][:2] for p in points] == ["一是", "二是", "三是", "四是"]
    assert not any("1. 一是" in line or "1. 1." in line for line in result.stdout.splitlines())
