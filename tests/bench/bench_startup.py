"""First-frame time of the explorer against a minimal Textual app (header, tree, footer), same run.

    python tests/bench/bench_startup.py [--runs 15]

Each app runs headless in a fresh interpreter; the time is from spawning the process to the end of the
first refresh of its first screen (the child prints when it gets there). Runs alternate between the two
apps and the medians are compared, so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Header, Tree
class Minimal(App):
    def compose(self):
        yield Header()
        tree = Tree("root")
        for i in range(5):
            node = tree.root.add(f"section {i}", expand=True)
            for j in range(8):
                node.add_leaf(f"block {j}")
        yield tree
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.done)
    def done(self):
        print("FIRST-FRAME", flush=True)
        self.exit()
Minimal().run(headless=True)
"""

OURS = """
from tui.app import main_screen
from tui.app.explorer import ExplorerApp, load_all
from tui.core.text import bundled_article
original = main_screen.MainScreen.on_mount
def on_mount(self):
    self.call_after_refresh(done, self)  # first in line: it runs right after the first refresh
    original(self)
def done(screen):
    import sys
    print("FIRST-FRAME", "jieba" in sys.modules, flush=True)
    screen.app.exit()
main_screen.MainScreen.on_mount = on_mount
documents, errors = load_all([bundled_article()])
ExplorerApp(documents, errors).run(headless=True)
"""

MEMORY = """
import resource
from tui.app import main_screen
from tui.app.explorer import ExplorerApp, load_all
from tui.core.text import bundled_article
original = main_screen.MainScreen.on_mount
def on_mount(self):
    original(self)
    self.set_interval(0.05, lambda: check(self))
def check(screen):
    if screen.index is not None:
        screen.index.search("专精特新")
        print("PEAK-RSS-MB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, flush=True)
        screen.app.exit()
main_screen.MainScreen.on_mount = on_mount
documents, errors = load_all([bundled_article()])
ExplorerApp(documents, errors).run(headless=True)
"""


def peak_memory(env: dict[str, str]) -> float:
    """Peak resident memory of the explorer once its index is built and a query has run (MB)."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    ).stdout
    for line in out.splitlines():
        if line.startswith("PEAK-RSS-MB"):
            return float(line.split()[1])
    return float("nan")


def first_frame(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("FIRST-FRAME"):
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed, line.strip()
    proc.wait(timeout=30)
    raise RuntimeError("the app never reached its first frame")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    run(args.runs)
    return 0


def run(runs: int = 15) -> dict[str, float]:
    """Alternate the two apps ``runs`` times; print and return the medians and their ratio."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT)}
        first_frame(MINIMAL, env)  # warm the file cache and bytecode
        first_frame(OURS, env)
        minimal: list[float] = []
        ours: list[float] = []
        line = ""
        for _ in range(runs):
            minimal.append(first_frame(MINIMAL, env)[0])
            elapsed, line = first_frame(OURS, env)
            ours.append(elapsed)
        peak = peak_memory(env)
    m, o = statistics.median(minimal), statistics.median(ours)
    print(f"minimal Textual app (header, tree, footer): median {m * 1000:.0f} ms over {runs} runs")
    print(f"interview-explorer on the bundled interview: median {o * 1000:.0f} ms")
    print(
        f"ratio: {o / m:.2f}x the minimal app; jieba imported before the first frame: {line.endswith('True')}"
    )
    print(f"peak memory of the explorer (index built, jieba loaded): {peak:.0f} MB")
    return {"minimal_ms": m * 1000, "ours_ms": o * 1000, "ratio": o / m, "app_peak_rss_mb": peak}


if __name__ == "__main__":
    raise SystemExit(main())
