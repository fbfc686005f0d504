"""The bad-input matrix: every command on every odd file gives a sensible result or one line and exit 2.

Each case runs the real CLI in a subprocess (``outline``, ``figures``, ``search``), with a time limit, and
checks that the input file is unchanged. The same files opened in the app give a notice, not a crash.
"""

from __future__ import annotations

import json
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tui.core.text import bundled_article

SEED = bundled_article().read_text(encoding="utf-8")


def _random_bytes() -> bytes:
    rng = random.Random(20231104)
    return bytes(rng.randrange(256) for _ in range(8192))


def _long_line() -> bytes:
    unit = "规模以上工业增加值同比增长百分之五企业数量达四十七万家营业收入增加三点五倍"
    return (
        (unit * (1_000_000 // len(unit.encode()) + 1))
        .encode("utf-8")[:1_000_000]
        .decode("utf-8", "ignore")
        .encode()
    )


def _big_file() -> bytes:
    paragraphs = SEED.split("\n\n")
    body = "\n\n".join(paragraphs[5:-4])
    return ("\n\n".join(paragraphs[:5]) + "\n\n" + "\n\n".join([body] * 400)).encode("utf-8")[:3_000_000]


# name -> (bytes, what a good outcome is: "ok" (exit 0) or "bad" (exit 2))
CASES: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty.txt": (lambda: b"", "bad"),
    "whitespace.txt": (lambda: " \n\t\r\n\u3000\xa0\n".encode("utf-8"), "bad"),
    "random.bin": (_random_bytes, "bad"),
    "image.png": (lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "bad"),
    "truncated_utf8.txt": (lambda: SEED.encode("utf-8")[:-2], "ok"),
    "utf16.txt": (lambda: SEED.encode("utf-16"), "ok"),
    "gb18030.txt": (lambda: SEED.encode("gb18030"), "ok"),
    "bom.txt": (lambda: b"\xef\xbb\xbf" + SEED.encode("utf-8"), "ok"),
    "crlf.txt": (lambda: SEED.replace("\n", "\r\n").encode("utf-8"), "ok"),
    "long_line.txt": (_long_line, "ok"),
    "three_mb.txt": (_big_file, "ok"),
    "english.txt": (
        lambda: b"Industrial output rose 4.5% in September.\n\nThe ministry said 478,000 firms report.\n",
        "ok",
    ),
}


def _commands(path: Path) -> list[tuple[str, ...]]:
    return [("outline", str(path)), ("figures", str(path)), ("search", "工业", str(path), "--limit", "3")]


@pytest.mark.parametrize("name", sorted(CASES))
def test_matrix(name: str, tmp_path: Path) -> None:
    make, expected = CASES[name]
    data = make()
    path = tmp_path / name
    path.write_bytes(data)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    for command in _commands(path):
        result = run_cli(*command, timeout=120, env=env)
        if expected == "bad":
            assert result.returncode == 2, (command, result.stdout[:200])
            assert result.stderr.count("\n") == 1 and result.stderr.startswith("interview-explorer: ")
        else:
            assert result.returncode == 0, (command, result.stderr)
            assert "Traceback" not in result.stderr
            assert result.stdout
        assert path.read_bytes() == data, "the input file was changed"


def test_truncated_utf8_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(SEED.encode("utf-8")[:-2])
    result = run_cli("outline", str(path))
    assert result.returncode == 0 and "锻造新优势" in result.stdout


@pytest.mark.parametrize("kind", ["missing", "empty_dir"])
def test_paths(kind: str, tmp_path: Path) -> None:
    target = tmp_path / "nothing.txt" if kind == "missing" else tmp_path
    for command in (("outline", str(target)), ("figures", str(target)), ("search", "工业", str(target))):
        result = run_cli(*command)
        assert result.returncode == 2 and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(SEED, encoding="utf-8")
    path.chmod(0)
    for command in _commands(path):
        result = run_cli(*command)
        assert result.returncode == 2 and "permission" in result.stderr


@pytest.mark.parametrize("command", ["outline", "figures", "search"])
def test_folder_with_some_bad_files(command: str, tmp_path: Path) -> None:
    """Every readable file is processed; each bad one is one ``skipped`` line; the exit status is 2."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    (folder / "c.txt").write_bytes(_random_bytes())
    (folder / "d.txt").write_bytes(SEED.encode("gb18030"))
    args = {
        "outline": ("outline",),
        "figures": ("figures", "--json"),
        "search": ("search", "专精特新", "--json"),
    }
    result = run_cli(*args[command], str(folder), env={"XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert result.returncode == 2
    skipped = result.stderr.splitlines()
    assert (
        len(skipped) == 2
        and skipped[0] == f"interview-explorer: skipped {folder / 'b.txt'}: the file is empty"
    )
    assert skipped[1].startswith(f"interview-explorer: skipped {folder / 'c.txt'}: ") and "text" in skipped[1]
    if command == "outline":
        assert result.stdout.count("锻造新优势") == 2
    elif command == "figures":
        records = json.loads(result.stdout)
        assert {r["doc"] for r in records} == {"a.txt", "d.txt"} and len(records) % 2 == 0
    else:
        answer = json.loads(result.stdout)
        assert answer["total"] == 4 and {h["doc"] for h in answer["hits"]} == {"a.txt", "d.txt"}
    assert (folder / "b.txt").read_bytes() == b"", "the input file was changed"


@pytest.mark.parametrize("command", ["outline", "figures", "search"])
def test_a_missing_path_among_good_ones_is_skipped(command: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SEED, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    query = ("工业",) if command == "search" else ()
    result = run_cli(
        command,
        *query,
        str(tmp_path / "gone.txt"),
        str(good),
        str(empty),
        env={"XDG_CACHE_HOME": str(tmp_path)},
    )
    assert result.returncode == 2 and result.stdout
    assert result.stderr.splitlines() == [
        f"interview-explorer: skipped {tmp_path / 'gone.txt'}: no such file or folder",
        f"interview-explorer: skipped {empty}: the folder holds no .txt or .html files",
    ]


async def test_app_shows_a_notice_for_bad_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app.waiting import wait_for
    from tui.app.explorer import ExplorerApp, open_library
    from tui.app.main_screen import MainScreen

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    good = tmp_path / "good.txt"
    good.write_text(SEED, encoding="utf-8")
    paths = [good]
    for name in ("empty.txt", "random.bin", "image.png"):
        path = tmp_path / name
        path.write_bytes(CASES[name][0]())
        paths.append(path)
    app = ExplorerApp(open_library(paths))
    async with app.run_test(size=(100, 30)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_for(pilot, lambda: screen.ready, "the files to be read")
        assert len(screen.library) == 1
        await wait_for(pilot, lambda: len(app._notifications) == 3, "a notice for each bad file")
        messages = [n.message for n in app._notifications]
        assert any("empty" in m for m in messages)
        await pilot.press("escape", "j", "j", "f")
        await pilot.pause()


async def test_app_opens_odd_but_valid_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.app.waiting import wait_for
    from tui.app.explorer import ExplorerApp, open_library
    from tui.app.main_screen import MainScreen

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    paths = []
    for name in ("english.txt", "truncated_utf8.txt", "utf16.txt", "long_line.txt"):
        path = tmp_path / name
        path.write_bytes(CASES[name][0]())
        paths.append(path)
    app = ExplorerApp(open_library(paths))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await wait_for(pilot, lambda: screen.ready, "the files to be read")
        assert len(screen.library) == 4 and not screen.library.errors  # type: ignore[attr-defined]
        await pilot.press("down", "escape", "j", "j", "j", "G", "g", "f")
        await pilot.pause(0.3)
        await pilot.press("escape", "slash")
        await pilot.pause()
