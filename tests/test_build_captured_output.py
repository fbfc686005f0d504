"""Building a collection's segments in worker processes from an application that captures its own output.

Textual replaces ``sys.stderr`` while its screen is up with a capture whose descriptor is -1, and
multiprocessing hands that descriptor to the resource tracker it starts on first need: opening a large
folder from the app failed with "bad value(s) in fds_to_keep" before a single file was read. Run in a
process of its own, so that no tracker started by another test hides the failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import io, sys, threading
    from pathlib import Path

    class Captured(io.TextIOBase):  # what Textual puts in sys.stderr while the app runs
        def fileno(self):
            return -1
        def write(self, text):
            return sys.__stderr__.write(text)

    sys.stderr = Captured()
    stop = threading.Event()
    threading.Thread(target=stop.wait, daemon=True).start()  # an app's threads: workers are spawned
    from tui.core.index import build
    from tui.core.index.collection import Collection
    from tui.core.text import expand_paths

    build.SERIAL_BYTES = 0  # a folder this small is built in workers too
    folder = Path(sys.argv[1])
    collection = Collection.open(expand_paths([folder]), inputs=[folder], workers=2)
    stop.set()
    print(len(collection.names), len(collection.index.search("数字化转型")))
    """
)


def test_a_build_in_workers_starts_under_an_app_that_captures_stderr(tmp_path: Path) -> None:
    bundled = next((Path(__file__).parents[1] / "content").glob("*.txt")).read_text(encoding="utf-8")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(8):
        (folder / f"{i:02d}.txt").write_text(bundled.replace("2023", str(2010 + i)), encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder)], capture_output=True, text=True, env=env, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    docs, hits = done.stdout.split()
    assert int(docs) == 8 and int(hits) > 0
