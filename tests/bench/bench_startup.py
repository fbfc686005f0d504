"""First frame of the explorer in a real (pseudo-)terminal against a minimal Textual app, in the same run.

    python tests/bench/bench_startup.py [--runs 15] [--size 120x40]

What a user waits for: from starting the installed ``interview-explorer`` command (the console script next
to this Python, with its own imports and argument parsing) in a pseudo-terminal of the given size, until
the article's title has been written to that terminal. The baseline is a minimal Textual app (header, tree,
footer) started the same way, until its title is written. Runs alternate between the three programs and
the medians are compared, so machine noise hits all alike; the first run of each warms the file cache and
is dropped. Two ways of opening the bundled interview are measured:

- **warm** (the issue's target): the interview opened before, so its parse and figures are in the cache
  (:mod:`tui.core.parsed`) and the start parses nothing;
- **cold**: an empty cache each run, so the interview is parsed on the way to the first frame.

Both wall-clock and processor time are given; on a loaded machine the processor time is the steadier.
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
from tui.app.explorer import ExplorerApp, open_library
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
ExplorerApp(open_library([bundled_article()])).run(headless=True)
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


KEEP_PARSE = """
from tui.app.library import open_file
from tui.core.text import bundled_article
opened = open_file(bundled_article())
opened.find_figures(0)  # keeps the parse and the figures, as the explorer does after its first frame
"""


def keep_parse(env: dict[str, str]) -> None:
    """Open the bundled interview once as the explorer does, so that its parse is in the cache."""
    subprocess.run([sys.executable, "-c", KEEP_PARSE], env=env, cwd=ROOT, check=True, timeout=120)


def run(runs: int = 15, size: tuple[int, int] = (120, 40), memory: bool = True) -> dict[str, float]:
    """Alternate the programs ``runs`` times; print and return the medians and their ratios (``ours_ms``
    and ``ratio`` are the warm reopen, the issue's target)."""
    title = bundled_title()
    with tempfile.TemporaryDirectory() as scratch:
        minimal_script = Path(scratch) / "minimal_app.py"
        minimal_script.write_text(MINIMAL, encoding="utf-8")
        base = {**os.environ, "TERM": "xterm-256color"}
        base.pop("TEXTUAL", None)  # no devtools
        warm_env = {**base, "XDG_CACHE_HOME": str(Path(scratch) / "warm")}
        keep_parse(warm_env)
        minimal = ([sys.executable, str(minimal_script)], MINIMAL_TITLE.encode())
        ours = (explorer_command(), title[:8].encode())
        first_frame(*minimal, warm_env, size)  # warm the file cache and the bytecode of all
        first_frame(*ours, warm_env, size)
        walls: dict[str, list[float]] = {"minimal": [], "warm": [], "cold": []}
        cpus: dict[str, list[float]] = {"minimal": [], "warm": [], "cold": []}
        load = os.getloadavg()[0]
        for n in range(runs):
            cold_env = {**base, "XDG_CACHE_HOME": str(Path(scratch) / f"cold-{n}")}  # empty: nothing kept
            for name, program, env in (
                ("minimal", minimal, warm_env),
                ("warm", ours, warm_env),
                ("cold", ours, cold_env),
            ):
                wall, cpu = first_frame(*program, env, size)
                walls[name].append(wall)
                cpus[name].append(cpu)
        load = (load + os.getloadavg()[0]) / 2
        peak = peak_memory(warm_env) if memory else float("nan")
    wall = {k: statistics.median(v) * 1000 for k, v in walls.items()}
    cpu = {k: statistics.median(v) * 1000 for k, v in cpus.items()}
    name = " ".join(Path(a).name for a in ours[0])
    print(
        f"pseudo-terminal {size[0]}x{size[1]}, {runs} alternating runs, load {load:.2f} on {os.cpu_count()} cores"
    )
    print("until the title is on screen                  wall clock (median)      processor time (median)")
    print(
        f"minimal Textual app                           {wall['minimal']:8.0f} ms               {cpu['minimal']:8.0f} ms"
    )
    for key, label in (("warm", "reopened (parse kept)"), ("cold", "first open (empty cache)")):
        print(
            f"{name + ', ' + label:<45} {wall[key]:8.0f} ms = {wall[key] / wall['minimal']:4.2f}x"
            f"      {cpu[key]:8.0f} ms = {cpu[key] / cpu['minimal']:4.2f}x"
        )
    if memory:
        print(f"peak memory of the explorer (index built, jieba loaded): {peak:.0f} MB")
    return {
        "minimal_ms": wall["minimal"],
        "ours_ms": wall["warm"],
        "ratio": wall["warm"] / wall["minimal"],
        "cold_ms": wall["cold"],
        "cold_ratio": wall["cold"] / wall["minimal"],
        "minimal_cpu_ms": cpu["minimal"],
        "ours_cpu_ms": cpu["warm"],
        "cpu_ratio": cpu["warm"] / cpu["minimal"],
        "cold_cpu_ms": cpu["cold"],
        "cold_cpu_ratio": cpu["cold"] / cpu["minimal"],
        "app_peak_rss_mb": peak,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--size", default="120x40", help="terminal size, COLUMNSxROWS (default 120x40)")
    ap.add_argument("--no-memory", action="store_true", help="skip the peak memory run")
    args = ap.parse_args()
    columns, _, rows = args.size.partition("x")
    run(args.runs, (int(columns), int(rows)), memory=not args.no_memory)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
