"""The command line as a script uses it: ``search --queries FILE FOLDER --json`` over a folder of articles.

Writes a folder of generated interview-shaped articles (``corpus.py``) and one damaged file, draws queries
from the folder's own sentences (substrings, quoted phrases, two-word queries), runs the real CLI in a
subprocess twice (options after the folder with a cold cache, options before it with a warm one) and
prints how many queries find hits that hold every word (the first tier; the second holds some of them),
whether the best hit holds the string drawn, where the misses come from, the exit status and stderr.

    python tests/bench/cli_queries.py [--n 300] [--queries 500] [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.bench.corpus import write_corpus  # noqa: E402

_SENTENCE = re.compile(r"[^。！？；!?;\n]+")
_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")
KINDS = ("substring", "substring", "phrase", "two words")


def _runs(text: str) -> list[str]:
    """Runs of four or more ideographs inside the sentences of a text (no punctuation inside a run)."""
    return [run for sentence in _SENTENCE.findall(text) for run in _RUN.findall(sentence)]


def _cut(rng: random.Random, run: str, low: int, high: int) -> str:
    size = rng.randint(low, min(high, len(run)))
    start = rng.randrange(len(run) - size + 1)
    return run[start : start + size]


def draw_queries(texts: list[str], n: int = 500, seed: int = 13) -> list[tuple[str, list[str]]]:
    """``n`` queries drawn from the texts' own sentences, each with the strings a hit must hold.

    In turn: a substring of 2–8 ideographs, another, a quoted phrase of 4–12, and two words of 2–4 from
    the same run (``产业 升级``). The same arguments give the same queries.
    """
    rng = random.Random(seed)
    pools = [runs for runs in (_runs(t) for t in texts) if runs]
    out: list[tuple[str, list[str]]] = []
    for i in range(n):
        run = rng.choice(rng.choice(pools))
        kind = KINDS[i % len(KINDS)]
        if kind == "phrase":
            piece = _cut(rng, run, 4, 12)
            out.append((f'"{piece}"', [piece]))
        elif kind == "two words" and len(run) >= 6:
            half = len(run) // 2
            first, second = _cut(rng, run[:half], 2, 4), _cut(rng, run[half:], 2, 4)
            out.append((f"{first} {second}", [first, second]))
        else:
            piece = _cut(rng, run, 2, 8)
            out.append((piece, [piece]))
    return out


def run_cli(args: list[str], cache: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    """``python -m tui ARGS`` in a subprocess with its own cache folder; the result and the seconds taken."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONIOENCODING": "utf-8"}
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "tui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=1800,
    )
    return result, time.perf_counter() - start


def _body_strings(folder: Path) -> dict[str, str]:
    """Per file, the text the index covers (title, headings, blocks), to tell chrome misses from real ones."""
    from tui.core.document import load_document

    out = {}
    for path in sorted(folder.glob("*.txt")):
        try:
            doc = load_document(path)
        except Exception:
            continue
        parts = [doc.title or "", *(s.heading or "" for s in doc.sections)]
        parts += [b.text for _, b in doc.blocks()]
        out[path.name] = "\n".join(parts)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="articles in the folder (default 300)")
    ap.add_argument("--queries", type=int, default=500, help="queries drawn (default 500)")
    ap.add_argument("--misses", action="store_true", help="list every query that found nothing")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cli-queries-") as tmp:
        folder, cache = Path(tmp) / "articles", Path(tmp) / "cache"
        paths = write_corpus(folder, n=args.n)
        (folder / "zz_damaged.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        drawn = draw_queries(texts, args.queries)
        qfile = Path(tmp) / "queries.txt"
        qfile.write_text("".join(q + "\n" for q, _ in drawn), encoding="utf-8")

        after, cold = run_cli(
            ["search", str(folder), "--queries", str(qfile), "--json", "--limit", "5"], cache
        )
        before, warm = run_cli(
            ["search", "--json", "--limit", "5", "--queries", str(qfile), str(folder)], cache
        )
        answers = [json.loads(line) for line in after.stdout.splitlines()]
        body = "\n".join(_body_strings(folder).values())

    print(
        f"folder: {args.n} generated articles + 1 damaged file; {len(drawn)} queries from its own sentences"
    )
    print(f"exit status: {after.returncode} (options after the folder), {before.returncode} (before it)")
    print(f"stderr: {[line for line in after.stderr.splitlines() if 'skipped' in line]}")
    print(f"same output both ways: {after.stdout == before.stdout}")
    print(
        f"answers: {len(answers)}; queries in order: {[a['query'] for a in answers] == [q for q, _ in drawn]}"
    )
    found = [a for a in answers if a["every"] > 0]
    holds = [
        a
        for a, (_, need) in zip(answers, drawn, strict=True)
        if a["hits"] and all(s in a["hits"][0]["text"] for s in need)
    ]
    print(
        f"queries with hits holding every word: {len(found)}/{len(answers)} "
        f"({len(found) / max(1, len(answers)):.1%})"
    )
    print(f"best hit holds the string drawn: {len(holds)}/{len(found)}")
    missed = [(a, need) for a, (_, need) in zip(answers, drawn, strict=True) if a["every"] == 0]
    chrome = [m for m in missed if not all(s in body for s in m[1])]
    print(
        f"misses: {len(missed)}, of which {len(chrome)} drawn from page chrome the index leaves out by design"
    )
    shown = sum(a["shown"] for a in answers)
    total = sum(a["total"] for a in answers)
    print(f"hits shown {shown:,} of {total:,} (--limit 5)")
    print(f"wall time: {cold:.1f} s with a cold cache (index built), {warm:.1f} s warm (one process each)")
    if args.misses:
        for answer, need in missed:
            where = "chrome" if (answer, need) in chrome else "body"
            print(f"  miss ({where}): {answer['query']} ({answer['total']} with some of its words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
