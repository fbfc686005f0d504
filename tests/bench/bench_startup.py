"""First frame of the explorer in a real (pseudo-)terminal against a minimal Textual app, in the same run.

    python tests/bench/bench_startup.py [--runs 15] [--size 120x40]

What a user waits for: from starting the installed ``interview-explorer`` command (the console script next
to this Python, with its own imports and argument parsing) in a pseudo-terminal of the given size, until
the article's title has been written to that terminal. The baseline is a minimal Textual app (header, tree,
footer) started the same way, until its title is written. Runs alternate between the two and the medians
are compared, so machine noise hits both alike; the first run of each warms the file cache and is dropped.
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINIMAL_TITLE = "minimal first frame"
MINIMAL = f"""
from textual.app import App
from textual.widgets import Footer, Header, Tree
class Minimal(App):
    TITLE = {MINIMAL_TITLE!r}
    def compose(self):
        yield Header()
        tree = Tree("root")
        for i in range(5):
            node = tree.root.add(f"section {{i}}", expand=True)
            for j in range(8):
                node.add_leaf(f"block {{j}}")
        yield tree
        yield Footer()
Minimal().run()
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


def explorer_command() -> list[str]:
    """The installed console script of this environment (what a user types), else ``python -m tui``."""
    script = Path(sys.executable).with_name("interview-explorer")
    if script.exists():
        return [str(script)]
    found = shutil.which("interview-explorer")
    return [found] if found else [sys.executable, "-m", "tui"]


def bundled_title() -> str:
    """The bundled article's title, as the explorer's header shows it."""
    code = "from tui.core.document import load_document; from tui.core.text import bundled_article; "
    code += "print(load_document(bundled_article()).title)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout.strip()


def first_frame(
    argv: list[str], needle: bytes, env: dict[str, str], size: tuple[int, int]
) -> tuple[float, float]:
    """Seconds from starting ``argv`` in a pseudo-terminal of ``size`` until ``needle`` is written to it,
    and the processor time the program used meanwhile (user and system: what the machine's load does not
    inflate, unlike the wall-clock time)."""
    columns, rows = size
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of the given size, then the program
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        os.chdir(ROOT)
        os.execve(argv[0], argv, env)
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < 60:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            seen = seen[-4096:] + chunk
            if needle in seen:
                elapsed = time.perf_counter() - start
                os.kill(pid, signal.SIGSTOP)  # the processor time is read as of now
                break
    finally:
        os.kill(pid, signal.SIGKILL)
        _, _, usage = os.wait4(pid, 0)
        os.close(fd)
    if elapsed is None:
        raise RuntimeError(f"{argv[0]} never wrote {needle.decode(errors='replace')!r}")
    return elapsed, usage.ru_utime + usage.ru_stime


def peak_memory(env: dict[str, str]) -> float:
    """Peak resident memory of the explorer once its index is built and a query has run (MB)."""
    out = subprocess.run(
        [sys.executable, "-c", MEMORY], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    ).stdout
    for line in out.splitlines():
        if line.startswith("PEAK-RSS-MB"):
            return float(line.split()[1])
    return float("nan")


def run(runs: int = 15, size: tuple[int, int] = (120, 40)) -> dict[str, float]:
    """Alternate the two programs ``runs`` times; print and return the medians and their ratio."""
    title = bundled_title()
    with tempfile.TemporaryDirectory() as scratch:
        minimal_script = Path(scratch) / "minimal_app.py"
        minimal_script.write_text(MINIMAL, encoding="utf-8")
        env = {**os.environ, "XDG_CACHE_HOME": str(Path(scratch) / "cache"), "TERM": "xterm-256color"}
        env.pop("TEXTUAL", None)  # no devtools
        minimal = ([sys.executable, str(minimal_script)], MINIMAL_TITLE.encode())
        ours = (explorer_command(), title[:8].encode())
        first_frame(*minimal, env, size)  # warm the file cache and the bytecode of both
        first_frame(*ours, env, size)
        walls: dict[str, list[float]] = {"minimal": [], "ours": []}
        cpus: dict[str, list[float]] = {"minimal": [], "ours": []}
        load = os.getloadavg()[0]
        for _ in range(runs):
            for name, program in (("minimal", minimal), ("ours", ours)):
                wall, cpu = first_frame(*program, env, size)
                walls[name].append(wall)
                cpus[name].append(cpu)
        load = (load + os.getloadavg()[0]) / 2
        peak = peak_memory({**env, "PYTHONPATH": str(ROOT)})
    m, o = statistics.median(walls["minimal"]), statistics.median(walls["ours"])
    mc, oc = statistics.median(cpus["minimal"]), statistics.median(cpus["ours"])
    name = " ".join(Path(a).name for a in ours[0])
    print(
        f"pseudo-terminal {size[0]}x{size[1]}, {runs} alternating runs, load {load:.2f} on {os.cpu_count()} cores"
    )
    print("until the title is on screen      wall clock (median)   processor time (median)")
    print(f"minimal Textual app               {m * 1000:8.0f} ms           {mc * 1000:8.0f} ms")
    print(f"{name:<33} {o * 1000:8.0f} ms           {oc * 1000:8.0f} ms")
    print(f"ratio                             {o / m:8.2f}x            {oc / mc:8.2f}x")
    print(f"peak memory of the explorer (index built, jieba loaded): {peak:.0f} MB")
    return {
        "minimal_ms": m * 1000,
        "ours_ms": o * 1000,
        "ratio": o / m,
        "minimal_cpu_ms": mc * 1000,
        "ours_cpu_ms": oc * 1000,
        "cpu_ratio": oc / mc,
        "app_peak_rss_mb": peak,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--size", default="120x40", help="terminal size, COLUMNSxROWS (default 120x40)")
    args = ap.parse_args()
    columns, _, rows = args.size.partition("x")
    run(args.runs, (int(columns), int(rows)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
