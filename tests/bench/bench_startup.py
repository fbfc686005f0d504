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
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache, "PYTHONPATH": str(ROOT)}
        first_frame(MINIMAL, env)  # warm the file cache and bytecode
        first_frame(OURS, env)
        minimal: list[float] = []
        ours: list[float] = []
        line = ""
        for _ in range(args.runs):
            minimal.append(first_frame(MINIMAL, env)[0])
            elapsed, line = first_frame(OURS, env)
            ours.append(elapsed)
    m, o = statistics.median(minimal), statistics.median(ours)
    print(f"minimal Textual app (header, tree, footer): median {m * 1000:.0f} ms over {args.runs} runs")
    print(f"interview-explorer on the bundled interview: median {o * 1000:.0f} ms")
    print(
        f"ratio: {o / m:.2f}x the minimal app; jieba imported before the first frame: {line.endswith('True')}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
