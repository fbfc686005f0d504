"""Shared fixtures: the bundled interview, its text, and a runner for the CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from tui.core.document import load_document
from tui.core.model import Document
from tui.core.text import bundled_article

if TYPE_CHECKING:
    from tui.app.explorer import ExplorerApp

# Hypothesis profiles: "ci" (the default) keeps the suite quick; run the fuzzers longer with
#     python -m pytest tests/test_fuzz.py --hypothesis-profile=long
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return bundled_article()


@pytest.fixture(scope="session")
def seed_doc(seed_path: Path) -> Document:
    return load_document(seed_path)


def run_cli(
    *args: str, timeout: float = 60, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m tui ARGS`` in a subprocess and capture its output as text."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=ROOT,
        env=full_env,
    )


@pytest.fixture
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of the test's own, so that no test reads another's index."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def make_app(*paths: Path) -> ExplorerApp:
    """The explorer on the bundled interview, or on these paths (imported here lazily: most tests never
    need Textual)."""
    from tui.app.explorer import ExplorerApp, open_library

    return ExplorerApp(open_library(list(paths) or [bundled_article()]))
