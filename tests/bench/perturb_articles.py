"""Does the parser read the same structure when an article is printed another way?

    python tests/bench/perturb_articles.py                       # the real sets next to the checkout
    python tests/bench/perturb_articles.py DIR [DIR…]            # folders of .txt (or with articles/)
    python tests/bench/perturb_articles.py --only 016 --show     # one article, every variant that breaks
    python tests/bench/perturb_articles.py --pairs               # also every two dresses together
    python tests/bench/perturb_articles.py --furniture --all-sets  # page furniture, holds per family

A rule that fits one file's layout and not the genre breaks when the same article comes in another dress.
Each article is parsed as it is and in variants that a reader would call the same article: traditional
script; full-width or half-width marks; a blank line between paragraphs or none; paragraphs indented with
``　　``; CRLF line ends; a portal's clutter above it (a site name, ``EN`` and a URL, a slogan couplet,
today's date with its weekday, a ``手动刷新`` button); a page footer under it; its date line written in
another of the genre's forms; its headline broken over two lines as a narrow column prints it. A variant breaks when its title, date, source, headings or the question and
point counts of its sections differ from those of the article as it is (names compared in simplified
script, NFKC, without spaces). Printed: the breaks, variant by variant, and the count of variants that hold.
With ``--furniture`` the dresses are page furniture instead (:mod:`furniture`: breadcrumbs, info bars,
captions, players, related lists, sign-offs…), one family per variant, injected at every place pages print
it, in one of its forms chosen by the article's rank (``--every-form``: each form in turn); the holds are
printed per family.
Nothing here is written anywhere: the articles are read where they lie.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.core.document import parse_text  # noqa: E402
from tui.core.model import BlockKind, Document  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from furniture import FAMILIES, Family  # noqa: E402

DEFAULT_DIRS = [
    ROOT.parent / "shared" / "realworld",
    *(Path("/work") / name for name in ("extra-dev", "fr-dev", "holdout-real", "final-dev")),
]

ALL_SETS = [
    ROOT.parent / "shared" / "realworld",
    *(
        Path("/work") / name
        for name in (
            *("extra-dev", "holdout-real", "fr-dev", "fr-hold", "final-dev", "final-hold"),
            *("wave5-dev", "wave5-hold", "wave6-dev", "wave6-hold", "wave7-real", "wave8-real"),
            *("wave9-dev", "wave9-hold", "wave10a", "wave10b"),
        )
    ),
]

_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"})
_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_CN_DATE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


def _s2t() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _no_blank(text: str) -> str:
    return "\n".join(line for line in _lines(text) if line.strip())


def _blank_between(text: str) -> str:
    return "\n\n".join(line for line in _lines(text) if line.strip())


def _indent(text: str) -> str:
    out = []
    for line in _lines(text):
        stripped = line.strip()
        long = len(stripped) > 40 or stripped.endswith(("。", "”", "？", "！"))
        out.append("\u3000\u3000" + stripped if long else line)
    return "\n".join(out)


def _outside_cjk(table: dict[int, str]) -> Callable[[str], str]:
    def apply(text: str) -> str:
        return text.translate(table)

    return apply


def _date_forms(text: str) -> str:
    """The first date of the text's first lines in another form: 2019-03-13 ↔ 2019年03月13日 (a time run
    into the date keeps a space before it; a date inside the headline is the headline's, left as it is)."""
    lines = _lines(text)
    title = parse_text(text).title
    for i, line in enumerate(lines[:8]):
        if title and line.strip() and (line.strip() in title or title in line):  # - 某某记者招待会
            continue
        if _ISO.search(line):
            lines[i] = _ISO.sub(lambda m: f"{m[1]}年{int(m[2]):02d}月{int(m[3]):02d}日", line, count=1)
            return "\n".join(lines)
        if _CN_DATE.search(line):
            lines[i] = _CN_DATE.sub(lambda m: f"{m[1]}/{int(m[2]):02d}/{int(m[3]):02d} ", line, count=1)
            return "\n".join(lines)
    return text


_BREAK = re.compile(r"(?:[的就和与及、“《]|\d月|\d年)(?=.{4,})")


def _wrap_headline(text: str) -> str:
    """The headline broken over two lines as a narrow column prints it: after a word that needs what
    follows (的, 就, 和, an opening mark, a month) in its second half. A page without a headline, named by
    its opening sentence, has no headline to break."""
    title = parse_text(text).title
    if not title or len(title) < 14 or title not in text or len(title) > 60 or "。" in title:
        return text
    cuts = [m.end() for m in _BREAK.finditer(title) if m.end() >= len(title) // 2]
    if not cuts:
        return text
    return text.replace(title, title[: cuts[-1]] + "\n" + title[cuts[-1] :], 1)


def variants(s2t: Callable[[str], str]) -> dict[str, Callable[[str], str]]:
    """The dresses an article is tried in, by name."""
    return {
        "traditional": s2t,
        "half-width marks": _outside_cjk(_HALF),
        "full-width marks": _outside_cjk(_FULL),
        "no blank lines": _no_blank,
        "blank lines": _blank_between,
        "indented": _indent,
        "CRLF": lambda t: t.replace("\n", "\r\n"),
        "site and couplet above": lambda t: "某某在线\n\n服务城市发展\n传递民生温度\n\n" + t,
        "EN and URL above": lambda t: "EN\nhttps://www.example.gov.cn/\n" + t,
        "today's date above": lambda t: "2026年2月3日 星期二\n\n" + t,
        "refresh button above": lambda t: "手动刷新\n" + t,
        "footer below": lambda t: t.rstrip() + "\n\n关于我们 | 联系我们 | 网站地图\n版权所有 © 2024 某某网\n",
        "date form": _date_forms,
        "headline wrapped": _wrap_headline,
    }


_SENTENCE_END = ("。", "”", "？", "！", "」", "?", "!")


def _is_paragraph(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 30 and stripped.endswith(_SENTENCE_END)


def _first_content(text: str, doc: Document) -> int | None:
    """The line where the article's content starts as the parser reads it (its first heading or block)."""
    starts = [s.heading_start for s in doc.sections if s.heading_start is not None]
    starts += [b.start for s in doc.sections for b in s.blocks]
    return text[: min(starts)].count("\n") if starts else None


def _places(lines: list[str], title: str | None, first: int | None = None) -> dict[str, int]:
    """Where each place is, as the index of the line the furniture goes before (``meta`` and ``between``
    missing when the article has no headline line or no two running paragraphs in its body)."""
    places = {"above": 0, "below": len(lines)}
    head = None
    if title and len(title) <= 60 and not title.endswith((":", "：")):
        whole = [i for i, line in enumerate(lines[:12]) if line.strip() == title]
        wrapped = [
            i + 1 for i in range(min(11, len(lines) - 1)) if lines[i].strip() + lines[i + 1].strip() == title
        ]
        head = (whole or wrapped or [None])[0]
    if head is not None and first is not None and first > head:
        at = first
        while at > head + 1 and (not lines[at - 1].strip() or lines[at - 1].strip().endswith((":", "："))):
            at -= 1  # a speaker's label on its own line goes with the words under it
        places["meta"] = at  # under the header as read (headline, deck, date line), over the content
    start = places.get("meta", 0)
    filled = [i for i in range(start, len(lines)) if lines[i].strip()]
    pairs = [b for a, b in itertools.pairwise(filled) if _is_paragraph(lines[a]) and _is_paragraph(lines[b])]
    if pairs:
        middle = (filled[0] + filled[-1]) / 2
        places["between"] = min(pairs, key=lambda i: abs(i - middle))
    return places


def _fill(form: str, doc: Document) -> str | None:
    """The form with the article's own date and source put in; None when it needs a field the article lacks."""
    if "{date}" in form and not doc.date:
        return None
    if "{source}" in form and not doc.source:
        return None
    return form.replace("{date}", (doc.date or "")[:10]).replace("{source}", doc.source or "")


def dress_in(text: str, doc: Document, family: Family, rank: int) -> str:
    """The article with one of ``family``'s forms (the ``rank``-th that fits, in turn) at every place pages
    print it; the text as it is when it has none of those places."""
    lines = text.replace("\r\n", "\n").split("\n")
    blank = text.count("\n\n") * 3 > text.count("\n")
    fitting = [f for f in (_fill(form, doc) for form in family.forms) if f is not None]
    if not fitting:
        return text
    form = fitting[rank % len(fitting)].split("\n")
    places = _places(lines, doc.title, _first_content(text, doc))
    for place in sorted((p for p in family.where if p in places), key=lambda p: -places[p]):
        at = places[place]
        piece = ["", *form, ""] if blank else list(form)
        if place == "below":
            while at > 0 and not lines[at - 1].strip():
                at -= 1
            piece = ["", *form, ""]
        lines[at:at] = piece
    return "\n".join(lines)


def furniture(
    dirs: list[Path], t2s: Callable[[str], str], only: str | None, every_form: bool, show: bool
) -> int:
    """Every article dressed in each family of furniture; the holds printed per family."""
    counts = {family.name: [0, 0] for family in FAMILIES}
    broken: dict[str, list[str]] = {}
    rank = 0
    for folder in dirs:
        for path in _articles(folder):
            if only and only not in path.name:
                continue
            text = path.read_text(encoding="utf-8-sig")
            doc = parse_text(text, path.name)
            base = signature(doc, t2s)
            rank += 1
            for family in FAMILIES:
                for turn in range(len(family.forms)) if every_form else (rank,):
                    changed = dress_in(text, doc, family, turn)
                    if changed == text:
                        continue
                    counts[family.name][1] += 1
                    got = signature(parse_text(changed, path.name), t2s)
                    if got == base:
                        counts[family.name][0] += 1
                        continue

                    item = f"{folder.name}/{path.stem}: {_diff(base, got)}"
                    broken.setdefault(family.name, []).append(item + f"  [form {turn % len(family.forms)}]")

    for name, items in broken.items():
        print(f"{name}: {len(items)} broken")
        for item in items if show else items[:3]:
            print(f"    {item[:300]}")
    held = sum(h for h, _ in counts.values())
    tried = sum(t for _, t in counts.values())
    for name, (h, t) in counts.items():
        print(f"  {name:<16} {h:>4}/{t:<4}")
    print(f"furniture that holds: {held}/{tried} ({held / tried:.1%})" if tried else "no variants tried")
    return 0


_WIRE_HEADLINE = re.compile(r"^[^:]{2,30}?[电讯]题:")
"""A wire line that gives the story's headline (``某某社北京3月5日电题:…``): a file that opens with it is named
by it whole, a portal's page under its own lines by the headline (what a reader names the story), so the
titles are compared as the headline."""


def signature(doc: Document, t2s: Callable[[str], str]) -> dict[str, object]:
    """What must not change: title, date, source, headings and each section's questions and points."""

    def norm(text: str | None) -> str | None:
        if text is None:
            return None
        return "".join(t2s(unicodedata.normalize("NFKC", text)).split())

    title = norm(doc.title)
    return {
        "title": _WIRE_HEADLINE.sub("", title) if title else title,
        "date": (doc.date or "")[:10] or None,
        "source": norm(doc.source),
        "sections": [
            (
                norm(s.heading),
                sum(b.kind == BlockKind.question for b in s.blocks),
                sum(b.kind == BlockKind.point for b in s.blocks),
            )
            for s in doc.sections
        ],
    }


def _articles(folder: Path) -> list[Path]:
    inner = folder / "articles"
    return sorted((inner if inner.is_dir() else folder).glob("*.txt"))


def _diff(a: dict[str, object], b: dict[str, object]) -> str:
    parts = []
    for key in a:
        if a[key] != b[key]:
            parts.append(f"{key}: {a[key]!r} -> {b[key]!r}")
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--only", help="articles whose name contains this")
    parser.add_argument("--show", action="store_true", help="print what changed in each broken variant")
    parser.add_argument("--pairs", action="store_true", help="also every two dresses worn together")
    parser.add_argument("--furniture", action="store_true", help="page furniture instead, per family")
    parser.add_argument("--every-form", action="store_true", help="with --furniture: every form in turn")
    parser.add_argument("--all-sets", action="store_true", help="every real set, not the default five")
    args = parser.parse_args(argv)
    dirs = [d for d in (args.dirs or (ALL_SETS if args.all_sets else DEFAULT_DIRS)) if d.is_dir()]
    if not dirs:
        print("perturb_articles: no folder of articles found", file=sys.stderr)
        return 2
    t2s, s2t = _t2s(), _s2t()
    if args.furniture:
        return furniture(dirs, t2s, args.only, args.every_form, args.show)
    dresses = variants(s2t)
    if args.pairs:
        single = list(dresses.items())
        for (a, fa), (b, fb) in itertools.combinations(single, 2):
            dresses[f"{a} + {b}"] = lambda t, fa=fa, fb=fb: fb(fa(t))
    held = tried = 0
    broken: dict[str, list[str]] = {}
    for folder in dirs:
        for path in _articles(folder):
            if args.only and args.only not in path.name:
                continue
            text = path.read_text(encoding="utf-8-sig")
            base = signature(parse_text(text, path.name), t2s)
            for name, dress in dresses.items():
                changed = dress(text)
                if changed == text:
                    continue
                tried += 1
                got = signature(parse_text(changed, path.name), t2s)
                if got == base:
                    held += 1
                    continue
                broken.setdefault(name, []).append(f"{folder.name}/{path.stem}: {_diff(base, got)}")
    for name, items in sorted(broken.items()):
        print(f"{name}: {len(items)} broken")
        for item in items if args.show else items[:3]:
            print(f"    {item[:300]}")
    print(f"variants that hold: {held}/{tried} ({held / tried:.1%})" if tried else "no variants tried")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
