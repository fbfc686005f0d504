"""Check sentences.jsonl (structure, spans, allowed values) and print a coverage summary.

Usage: python3 tests/data/figures/validate.py [path/to/sentences.jsonl]
Exit status 1 when any check fails.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

SENTENCE_KEYS = ["id", "date", "text", "figures", "note"]
FIGURE_KEYS = [
    "text",
    "value",
    "upper",
    "unit",
    "approx",
    "metric",
    "period",
    "period_start",
    "period_end",
    "comparison",
    "kind",
]
APPROX = {None, "over", "under", "about"}
KINDS = {"count", "money", "percent", "multiple", "other"}
APPROX_WORDS = {  # longest first inside each group
    "over": ["超过", "突破", "以上", "不少于", "不低于", "至少", "超", "逾", "多", "余"],
    "under": ["将近", "接近", "不到", "不足", "以下", "近"],
    "about": ["大约", "左右", "上下", "约"],
}
MONEY_UNITS = {"元", "美元", "欧元", "日元", "英镑", "港元"}
PERCENT_UNITS = {"%", "个百分点"}
OTHER_UNITS = {"", "吨", "千瓦", "千瓦时", "平方米", "公里", "斤", "点", "微克/立方米", "g", "kg", "小时", "天", "毫米"}
NUM_CHARS = "0123456789０１２３４５６７８９.．,，"
PERIOD_FORMS = [  # (label, regex) first match wins
    ("截至目前", r"^截至目前$"),
    ("目前", r"^目前$"),
    ("截至M月末/底", r"^截至[\d０-９]+月[末底]$"),
    ("截至YYYY年底", r"^截至\d{4}年[底末]$"),
    ("今年以来", r"^今年以来$"),
    ("前三季度", r"^前三季度$"),
    ("N季度", r"^(第)?[一二三四]季度$"),
    ("1—M月", r"^1[—–-]\d+月$"),
    ("1至M月", r"^1至\d+月$"),
    ("1月至M月", r"^1月至\d+月$"),
    ("上半年", r"^上半年$"),
    ("前N个月", r"^前[\d一二两三四五六七八九十]+个月$"),
    ("M月份", r"^\d+月份$"),
    ("M月", r"^\d+月$"),
    ("全年", r"^全年$"),
    ("今年", r"^今年$"),
    ("YYYY年底/末", r"^\d{4}年[底末]$"),
    ("YYYY年", r"^(\d{4}|[０-９]{4})年$"),
    ("YYYY年至YYYY年", r"^\d{4}年至\d{4}年$"),
    ("去年", r"^去年$"),
    ("假期", r"假期$"),
]


def period_form(p: str) -> str:
    for label, rx in PERIOD_FORMS:
        if re.search(rx, p):
            return label
    return "other:" + p


def locate(text: str, span: str, start: int) -> int:
    """First occurrence of span at or after start not glued to a preceding number."""
    i = text.find(span, start)
    while i >= 0:
        if i == 0 or text[i - 1] not in NUM_CHARS:
            return i
        i = text.find(span, i + 1)
    return -1


def check(path: Path) -> int:
    errors: list[str] = []
    sentences = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: blank line")
            continue
        try:
            sentences.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: {e}")
    ids = Counter(s.get("id") for s in sentences)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    for s in sentences:
        sid = s.get("id")
        if list(s) != SENTENCE_KEYS:
            errors.append(f"{sid}: keys {list(s)}")
            continue
        if not re.fullmatch(r"s\d{3}", sid):
            errors.append(f"{sid}: bad id")
        try:
            dt.date.fromisoformat(s["date"])
        except ValueError:
            errors.append(f"{sid}: bad date {s['date']}")
        if not isinstance(s["note"], str) or not s["note"]:
            errors.append(f"{sid}: empty note")
        pos = 0
        for k, f in enumerate(s["figures"]):
            where = f"{sid} fig{k} {f.get('text')!r}"
            if list(f) != FIGURE_KEYS:
                errors.append(f"{where}: keys {list(f)}")
                continue
            i = locate(s["text"], f["text"], pos)
            if i < 0:
                i = locate(s["text"], f["text"], 0)
                errors.append(f"{where}: " + ("not a substring" if i < 0 else "out of order"))
            else:
                pos = i + 1
            negative = f["text"][:1] in "-−－"  # only a written minus makes a value negative
            if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool) or (f["value"] < 0) != negative:
                errors.append(f"{where}: value {f['value']!r}")
            if f["upper"] is not None and (
                not isinstance(f["upper"], (int, float)) or f["upper"] <= f["value"]
            ):
                errors.append(f"{where}: upper {f['upper']!r}")
            if f["approx"] not in APPROX:
                errors.append(f"{where}: approx {f['approx']!r}")
            if f["kind"] not in KINDS:
                errors.append(f"{where}: kind {f['kind']!r}")
            expected = None
            for label, words in APPROX_WORDS.items():
                if any(w in f["text"] for w in words):
                    expected = label
                    break
            if f["approx"] != expected:
                errors.append(f"{where}: approx {f['approx']} but text suggests {expected}")
            unit, kind = f["unit"], f["kind"]
            want = (
                "percent"
                if unit in PERCENT_UNITS
                else "multiple"
                if unit == "倍"
                else "money"
                if unit in MONEY_UNITS
                else "other"
                if unit in OTHER_UNITS
                else "count"
            )
            if kind != want:
                errors.append(f"{where}: kind {kind} but unit {unit!r} suggests {want}")
            for key in ("metric", "period", "comparison"):
                if f[key] is not None and (not isinstance(f[key], str) or not f[key]):
                    errors.append(f"{where}: {key} {f[key]!r}")
            for key in ("period_start", "period_end"):
                if f[key] is not None:
                    try:
                        dt.date.fromisoformat(f[key])
                    except (TypeError, ValueError):
                        errors.append(f"{where}: {key} {f[key]!r}")
            if f["period"] is None and (f["period_start"] or f["period_end"]):
                errors.append(f"{where}: dates without a period")
            if f["period_start"] and f["period_end"] and f["period_start"] > f["period_end"]:
                errors.append(f"{where}: period_start after period_end")
    for e in errors:
        print("ERROR", e)
    summarize(sentences)
    return 1 if errors else 0


def summarize(sentences: list[dict]) -> None:
    figs = [f for s in sentences for f in s["figures"]]
    neg = [s for s in sentences if s["note"].startswith("negative")]
    print(
        f"sentences: {len(sentences)}   figures: {len(figs)}   "
        f"negative sentences: {len(neg)} (of which no figure at all: {sum(not s['figures'] for s in neg)})"
    )
    print(
        "dates:",
        len({s["date"] for s in sentences}),
        "distinct;",
        "years",
        dict(sorted(Counter(s["date"][:4] for s in sentences).items())),
    )
    print("kind:", dict(Counter(f["kind"] for f in figs).most_common()))
    print("unit:", dict(Counter(f["unit"] for f in figs).most_common()))
    print("approx:", dict(Counter(str(f["approx"]) for f in figs).most_common()))
    words = Counter()
    for f in figs:
        for label, ws in APPROX_WORDS.items():
            for w in ws:
                if w in f["text"]:
                    words[w] += 1
                    break
    print("approx words:", dict(words.most_common()))
    forms: dict[str, set] = {}
    for s in sentences:
        for f in s["figures"]:
            if f["period"]:
                forms.setdefault(period_form(f["period"]), set()).add(s["id"])
    print(
        "period forms (sentences):", {k: len(v) for k, v in sorted(forms.items(), key=lambda kv: -len(kv[1]))}
    )
    print("figures without period:", sum(f["period"] is None for f in figs))

    def count(pred) -> int:
        return sum(1 for s in sentences if any(pred(s, f) for f in s["figures"]))

    constructs = {
        "thousands separator": lambda s, f: re.search(r"\d,\d{3}", f["text"]),
        "space in figure": lambda s, f: " " in f["text"],
        "full-width digits": lambda s, f: re.search(r"[０-９]", f["text"]),
        "Chinese numerals": lambda s, f: re.search(r"[一二两三四五六七八九十零]", f["text"]),
        "mixed digits+magnitude": lambda s, f: re.search(r"[\d０-９][百千万亿]", f["text"]),
        "magnitude only (逾千亿, 近百)": lambda s, f: (
            not re.search(r"[\d０-９一二两三四五六七八九十]", f["text"])
        ),
        "share (成/分之/百分之/ a/b)": lambda s, f: re.search(r"成|分之|\d/\d", f["text"]),
        "multiple (倍)": lambda s, f: f["unit"] == "倍",
        "range (upper)": lambda s, f: f["upper"] is not None,
        "分别": lambda s, f: "分别" in s["text"],
        "comparison": lambda s, f: f["comparison"] is not None,
        "占…比重": lambda s, f: (f["comparison"] or "").startswith("占"),
        "bare number (unit '')": lambda s, f: f["unit"] == "",
    }
    for name, pred in constructs.items():
        print(f"  {name}: {count(pred)} sentences")
    carried_metric = sum(
        1
        for s in sentences
        if any(
            a["metric"] == b["metric"] and a["metric"] and b["text"] not in s["text"].split(a["metric"])[0]
            for a, b in zip(s["figures"], s["figures"][1:])
        )
    )
    carried_period = sum(
        1
        for s in sentences
        if any(a["period"] == b["period"] and a["period"] for a, b in zip(s["figures"], s["figures"][1:]))
    )
    print(f"  carried metric: {carried_metric} sentences; carried period: {carried_period} sentences")


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("sentences.jsonl")
    sys.exit(check(target))
