"""``interview-explorer cache`` says where the cache is and what it holds; ``cache --clear`` empties it;
``search`` answers from the collection of its paths."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from tests.conftest import DATA, run_cli


def _disk(root: Path) -> int:
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(root) for f in files)


def test_cache_reports_and_clears(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "c")}
    root = tmp_path / "c" / "interview-explorer"
    empty = run_cli("cache", env=env)
    assert empty.returncode == 0 and empty.stdout.startswith(f"{root}: 0.0 kB in 0 files")
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "articles", folder)
    found = run_cli("search", "就业", str(folder), "--json", env=env)
    assert found.returncode == 0 and json.loads(found.stdout)["hits"]
    report = run_cli("cache", env=env).stdout.splitlines()
    size = _disk(root)
    assert report[0] == f"{root}: {size / 1e6:,.1f} MB in {sum(len(f) for _, _, f in os.walk(root)):,} files"
    (collection,) = [line for line in report if line.split()[0] == "collection"]
    assert collection.endswith(f"{len(list(folder.glob('*.txt')))} files: {folder}")
    assert any(line.split()[0] == "dictionary" for line in report)
    cleared = run_cli("cache", "--clear", env=env)
    assert cleared.returncode == 0 and cleared.stdout.startswith(f"cleared {size / 1e6:,.1f} MB")
    assert root.is_dir() and list(root.iterdir()) == []
    again = run_cli("search", "就业", str(folder), "--json", env=env)
    assert json.loads(again.stdout) == json.loads(found.stdout)


def test_search_follows_the_files(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "c")}
    folder = tmp_path / "articles"
    shutil.copytree(DATA / "articles", folder)
    before = json.loads(run_cli("search", "蓝鲸计划", str(folder), "--json", env=env).stdout)
    assert before["every"] == 0  # some articles hold 计划, none the whole word
    target = sorted(folder.glob("*.txt"))[2]
    target.write_text(target.read_text(encoding="utf-8") + "\n\n答：蓝鲸计划进展顺利。\n", encoding="utf-8")
    hits = json.loads(run_cli("search", "蓝鲸计划", str(folder), "--json", env=env).stdout)["hits"]
    assert [h["doc"] for h in hits if h["tier"] == 1] == [target.name] == [hits[0]["doc"]]
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    bad = run_cli("search", "就业", str(folder), env=env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "bad.txt" in bad.stderr
    assert "Traceback" not in bad.stderr
