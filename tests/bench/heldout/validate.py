"""Self-check of the held-out set: run `python3 validate.py` in this folder.

Checks each hNN.txt / hNN.expected.json pair: encoding and line ends, size, schema,
every figure text found in order in the decoded article, the value/upper/approx
re-derived from the text by an independent small parser, kind derived from unit,
and the period phrase present earlier in the same paragraph. Not a test of the tool.
"""

import json
import re
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
FW = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
CN = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL = {"十": 10, "百": 100, "千": 1000}
PCT = {"%", "个百分点"}
MONEY = {"元", "美元"}
COUNT = {"家", "个", "人", "户", "项", "辆", "台", "件", "次", "个月", "套", "场", "人次", "名", "例", "座", "条", "列", "个工作日"}
PRE = [
    ("不超过", "under"),
    ("超过", "over"),
    ("突破", "over"),
    ("逾", "over"),
    ("超", "over"),
    ("将近", "under"),
    ("接近", "under"),
    ("近", "under"),
    ("不足", "under"),
    ("不到", "under"),
    ("大约", "about"),
    ("约", "about"),
]
SUF = [("以上", "over"), ("以下", "under"), ("左右", "about"), ("上下", "about")]
KEYS = ["text", "value", "upper", "unit", "approx", "metric", "period", "period_start", "period_end", "kind"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def kind_of(unit):
    if unit in PCT:
        return "percent"
    if unit in MONEY:
        return "money"
    if unit == "倍":
        return "multiple"
    if unit in COUNT:
        return "count"
    return "other"


def parse_number(s):
    """Arabic and/or Chinese numerals with 十百千万亿 magnitudes -> Decimal."""
    toks = re.findall(r"\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万亿]", s)
    if "".join(toks) != s or not toks:
        raise ValueError("cannot parse number %r" % s)
    total = sec = small = Decimal(0)
    cur = None
    for t in toks:
        if t[0].isdigit():
            cur = Decimal(t)
        elif t in CN:
            cur = Decimal(CN[t])
        elif t in SMALL:
            small += (cur if cur is not None else 1) * SMALL[t]
            cur = None
        elif t == "万":
            v = small + (cur or 0)
            sec += (v if v else 1) * 10000
            small, cur = Decimal(0), None
        elif t == "亿":
            v = sec + small + (cur or 0)
            total += (v if v else 1) * 10**8
            sec = small = Decimal(0)
            cur = None
    return total + sec + small + (cur or 0)


def parse_figure(text, unit):
    """Return (value, upper, approx) read from a figure's text."""
    t = text.translate(FW).replace(",", "").replace(" ", "")
    approx = None
    for w, a in PRE:
        if t.startswith(w):
            approx, t = a, t[len(w) :]
            break
    for w, a in SUF:
        if t.endswith(w):
            approx, t = a, t[: -len(w)]
            break
    if "多" in t or "余" in t:
        approx, t = "over", t.replace("多", "").replace("余", "")
    if t.startswith("百分之"):
        return parse_number(t[3:]), None, approx
    if "分之" in t:
        d, n = t.split("分之")
        return (parse_number(n) / parse_number(d) * 100).quantize(Decimal("0.000001")), None, approx
    sign = -1 if t.startswith("-") else 1
    t = t.lstrip("-")
    if t.endswith("成") and unit == "%":
        parts = re.split(r"至|—|~|到", t[:-1])
        if len(parts) == 2:
            return parse_number(parts[0]) * 10, parse_number(parts[1]) * 10, approx
        return parse_number(t[:-1]) * 10, None, approx
    # strip the unit (or, for a shared unit, the written prefix of it)
    for k in range(len(unit), -1, -1):
        if k == 0 or t.endswith(unit[:k]):
            t = t[: len(t) - k] if k else t
            break
    parts = re.split(r"至|—|~|到", t)
    if len(parts) == 2:
        lo, hi = parts
        hi_v = parse_number(hi.rstrip("%"))
        # a shared magnitude: 3万至5万 both written; 4%—6% percent written twice
        return parse_number(lo.rstrip("%")), hi_v, approx
    return sign * parse_number(t), None, approx


def decode(name, raw, errors):
    if name == "h07":
        try:
            raw.decode("utf-8")
            errors.append("h07 should be GB18030, not valid UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("gb18030")
    text = raw.decode("utf-8-sig")
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if name == "h08" and crlf != lf:
        errors.append("h08 should use CRLF throughout")
    if name != "h08" and crlf:
        errors.append("%s has CR LF line ends" % name)
    return text


def check(name):
    errors = []
    raw = (HERE / (name + ".txt")).read_bytes()
    art = decode(name, raw, errors).replace("\r\n", "\n")
    exp = json.loads((HERE / (name + ".expected.json")).read_text(encoding="utf-8"))
    lines = art.rstrip("\n").split("\n")
    if not 10 <= len(lines) <= 60:
        errors.append("line count %d" % len(lines))
    if exp["date"] is not None:  # h09 and h10 have no date line, like many newspaper texts
        if not DATE.match(exp["date"]):
            errors.append("bad date")
        y, m, d = exp["date"].split("-")
        head = "\n".join(lines[:6])
        if not (y in head and (m in head or str(int(m)) in head or "Jun" in head) and d in head):
            errors.append("article date not visible in the header")
    if exp["title"] not in lines:
        errors.append("title is not a line of the article")
    if not isinstance(exp["sections"], int) or exp["sections"] < 1:
        errors.append("sections")
    figs = exp["figures"]
    if not 12 <= len(figs) <= 50:
        errors.append("figure count %d" % len(figs))
    pos = 0
    for i, f in enumerate(figs):
        tag = "%s#%d %r" % (name, i, f.get("text"))
        if list(f) != KEYS:
            errors.append(tag + " keys " + str(list(f)))
            continue
        at = art.find(f["text"], pos)
        if at < 0:
            errors.append(tag + " not found (in order)")
            continue
        pos = at + len(f["text"])
        try:
            v, u, a = parse_figure(f["text"], f["unit"])
        except ValueError as e:
            errors.append(tag + " " + str(e))
            continue
        if abs(Decimal(str(f["value"])) - v) > Decimal("0.000001") * max(1, abs(v)):
            errors.append(tag + " value %s, text says %s" % (f["value"], v))
        if (u is None) != (f["upper"] is None) or (u is not None and Decimal(str(f["upper"])) != u):
            errors.append(tag + " upper %s, text says %s" % (f["upper"], u))
        if a != f["approx"]:
            errors.append(tag + " approx %s, text says %s" % (f["approx"], a))
        if f["kind"] != kind_of(f["unit"]):
            errors.append(tag + " kind")
        if not f["metric"]:
            errors.append(tag + " metric missing")
        line_start = art.rfind("\n", 0, at) + 1
        if f["period"] is not None:
            if f["period"] not in art[line_start:at]:
                errors.append(tag + " period not earlier in the paragraph")
            for k in ("period_start", "period_end"):
                if f[k] is not None and not DATE.match(f[k]):
                    errors.append(tag + " " + k)
            if f["period_start"] and f["period_end"] and f["period_start"] > f["period_end"]:
                errors.append(tag + " period order")
        elif f["period_start"] or f["period_end"]:
            errors.append(tag + " dates without period")
    return len(figs), errors


def main():
    bad = 0
    for path in sorted(HERE.glob("h*.expected.json")):
        name = path.name.split(".")[0]
        count, errors = check(name)
        print("%s: %d figures%s" % (name, count, "" if not errors else ", %d problems" % len(errors)))
        for e in errors:
            print("   ", e)
        bad += len(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
