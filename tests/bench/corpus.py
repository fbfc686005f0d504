"""Deterministic benchmark corpus: synthetic Chinese policy interviews and a realistic query mix.

The articles imitate the genre described in ``GENRE.md``: portal chrome (breadcrumb, ``来源``/``阅读量``
line, app promotions, a disclaimer broken over lines), a title, lead paragraphs, headed sections with
``问:``/``答:`` turns, answers over several paragraphs, enumerations (一是…二是…) and an attribution.
The material comes from ``phrases.py``.

Everything is drawn from ``random.Random`` seeded with integers, iterating only over tuples and lists, so the
same arguments give byte-identical output on every run and every Python 3 version.

Usage::

    python tests/bench/corpus.py OUT_DIR [--n N] [--seed SEED] [--queries FILE]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import pathlib
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

try:
    from . import phrases
except ImportError:  # run as a script: tests/bench is on sys.path
    import phrases  # type: ignore[no-redef]

DEFAULT_SEED = 20231104
DEFAULT_QUERY_SEED = 7

_SLOT = re.compile(r"\{([a-z_]+)(\d*)\}")
_CN_DIGITS = "〇一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
_HALF_WIDTH_PUNCT = str.maketrans(
    {"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")"}
)
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FIRST_DAY = dt.date(2019, 1, 1)
_DAYS = (dt.date(2025, 12, 31) - _FIRST_DAY).days + 1
_MINISTRY = {short: (full, leader) for short, full, leader in phrases.MINISTRIES}
_DOMAIN = {domain.key: domain for domain in phrases.DOMAINS}
_TURNS: tuple[tuple[str, str, int], ...] = (
    ("问", "答", 70),
    ("记者", "{speaker}", 8),
    ("{agency}记者", "{speaker}", 6),
    ("主持人", "{speaker}", 5),
    ("提问", "答", 5),
    ("Q", "A", 6),
)
"""(question marker, answer marker, weight)."""
_HEADING_STYLES = ("topic",) * 6 + ("ordinal", "focus", "paren", "question")
"""How sections are headed: 主题:副题, 一、副题, 关注点一:副题, （一）副题, or the question alone."""


def _cn(number: int) -> str:
    """Chinese numeral for 1–99 (一, 十, 十二, 二十三)."""
    tens, units = divmod(number, 10)
    if tens == 0:
        return _CN_DIGITS[units]
    head = "" if tens == 1 else _CN_DIGITS[tens]
    return head + "十" + (_CN_DIGITS[units] if units else "")


def _weighted(rng: random.Random, items: Sequence[int]) -> int:
    """Index drawn with the given integer weights (integer arithmetic only)."""
    ticket = rng.randrange(sum(items))
    for index, weight in enumerate(items):
        ticket -= weight
        if ticket < 0:
            return index
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class _Style:
    """Typographic choices that a real portal makes once for a whole article."""

    colon: str
    separator: str
    indent: str
    half_width: bool
    heading: str
    question: str
    answer: str


class _Filler:
    """Fills ``{slot}`` templates from the phrase pools with one article's random generator."""

    def __init__(self, rng: random.Random, fixed: dict[str, str]) -> None:
        self.rng = rng
        self.fixed = fixed

    def number(self, name: str) -> str:
        """A figure from one of ``phrases.NUMBER_TEMPLATES``."""
        rng = self.rng
        out = []
        for char in rng.choice(phrases.NUMBER_TEMPLATES[name]):
            if char == "N":
                out.append(str(rng.randint(1, 9)))
            elif char == "#":
                out.append(str(rng.randint(0, 9)))
            elif char == "M":
                out.append(str(rng.randint(2, 9)))
            elif char == "C":
                out.append(_CN_DIGITS[rng.randint(2, 9)])
            elif char == "R":
                out.append("两三四五六七八九"[rng.randint(0, 7)])
            else:
                out.append(char)
        text = "".join(out)
        if rng.random() < 0.01:
            text = text.translate(_FULL_WIDTH)
        return text

    def pool(self, name: str, domain: phrases.Domain) -> Callable[[], str]:
        """A function drawing one value for the slot ``name``."""
        if name == "metric":
            return lambda: self.rng.choice(domain.metrics)
        if name == "subject":
            return lambda: self.rng.choice(domain.subjects)
        if name in phrases.SLOT_POOLS:
            values = phrases.SLOT_POOLS[name]
            return lambda: self.rng.choice(values)
        if name in phrases.NUMBER_TEMPLATES:
            return lambda: self.number(name)
        raise KeyError(f"unknown slot {{{name}}}")

    def fill(self, template: str, domain: phrases.Domain, extra: dict[str, str] | None = None) -> str:
        """Replace every slot; values of one pool differ within the template where possible."""
        chosen: dict[str, list[str]] = {}

        def replace(match: re.Match[str]) -> str:
            name, suffix = match.group(1), match.group(2)
            given = extra.get(name + suffix) if extra is not None else None
            if given is None:
                given = self.fixed.get(name + suffix)
            if given is not None:
                chosen.setdefault(name, []).append(given)
                return given
            draw = self.pool(name, domain)
            taken = chosen.setdefault(name, [])
            value = draw()
            for _ in range(6):
                if value not in taken:
                    break
                value = draw()
            taken.append(value)
            return value

        return _SLOT.sub(replace, template)


class _ArticleWriter:
    """Builds one interview article from one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.domain = phrases.DOMAINS[_weighted(rng, phrases.DOMAIN_WEIGHTS)]
        self.date = _FIRST_DAY + dt.timedelta(days=rng.randrange(_DAYS))
        self.time = (rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59))
        self.portal = rng.choice(phrases.PORTALS)
        self.agency = rng.choice(phrases.AGENCIES)
        self.speaker = rng.choice(phrases.SURNAMES) + ("某某" if rng.random() < 0.7 else "某")
        fixed = {
            "agency": self.agency,
            "year": str(self.date.year),
            "prev_year": str(self.date.year - 1),
        }
        if self.domain.ministries:
            self.home = rng.choice(phrases.PROVINCES)[0]
            short = rng.choice(self.domain.ministries)
            full, leader = _MINISTRY[short]
            title = rng.choice(phrases.OFFICIAL_TITLES).format(leader=leader)
            fixed.update(ministry=full, ministry_short=short, official=f"{full}{title}{self.speaker}")
        else:
            short, full = rng.choice(phrases.PROVINCES)
            self.home = short
            title = rng.choice(phrases.LOCAL_TITLES[full[-1]])
            fixed.update(
                province=short,
                ministry=f"{full}人民政府",
                ministry_short=short,
                official=f"{full}{title}{self.speaker}",
            )
        self.filler = _Filler(rng, fixed)
        self.used: set[str] = set()
        self.style = self._style()

    # -- helpers ------------------------------------------------------------------------------------------

    def _style(self) -> _Style:
        rng = self.rng
        question, answer, _ = _TURNS[_weighted(rng, [weight for _, _, weight in _TURNS])]
        extra = {"speaker": self.speaker, "agency": self.agency}
        return _Style(
            colon=rng.choice((":", "：", "：")),
            separator="\n\n" if rng.random() < 0.8 else "\n",
            indent="　　" if rng.random() < 0.2 else "",
            half_width=rng.random() < 0.3,
            heading=_HEADING_STYLES[rng.randrange(len(_HEADING_STYLES))],
            question=question.format(**extra),
            answer=answer.format(**extra),
        )

    def fill(self, template: str, domain: phrases.Domain | None = None, **extra: str) -> str:
        """Fill ``template``; regional material is about the article's home province."""
        domain = domain or self.domain
        if domain.key == "regional":
            extra.setdefault("province", self.home)
        return self.filler.fill(template, domain, extra or None)

    def pick(self, pool: Sequence[str]) -> str:
        """A template from ``pool``, avoiding ones this article already used while fresh ones remain."""
        choice = self.rng.choice(pool)
        for _ in range(8):
            if choice not in self.used:
                break
            choice = self.rng.choice(pool)
        self.used.add(choice)
        return choice

    def sentence(self, domain: phrases.Domain) -> str:
        pool = phrases.GENERIC_SENTENCES if self.rng.random() < 0.12 else domain.sentences
        return self.fill(self.pick(pool), domain)

    def paragraph(self, domain: phrases.Domain, count: int) -> str:
        return "".join(self.sentence(domain) for _ in range(count))

    # -- parts --------------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.fill(self.rng.choice(self.domain.titles))

    def date_text(self) -> str:
        d, (hour, minute, second) = self.date, self.time
        kind = self.rng.randrange(5)
        if kind == 0:
            return f"{d.isoformat()} {hour:02d}:{minute:02d}"
        if kind == 1:
            return f"{d.year}年{d.month:02d}月{d.day:02d}日 {hour:02d}:{minute:02d}"
        if kind == 2:
            weekday, month = _WEEKDAYS[d.weekday()], _MONTHS_EN[d.month - 1]
            return f"{weekday}, {d.day:02d} {month} {d.year} {hour:02d}:{minute:02d}:{second:02d} GMT"
        if kind == 3:
            return f"{d.year}年{d.month}月{d.day}日"
        return f"{d.isoformat()} {hour:02d}:{minute:02d}:{second:02d}"

    def header(self, title: str) -> list[str]:
        rng = self.rng
        crumb = self.fill(
            rng.choice(phrases.BREADCRUMBS),
            channel=rng.choice(phrases.CHANNELS),
            sub=rng.choice(self.domain.channels),
            title=title,
            portal=self.portal,
        )
        date = self.date_text()
        reads = str(rng.randint(100, 99999)) if rng.random() < 0.4 else ""
        kind = rng.randrange(4)
        if kind == 0:
            lines = [f"{date}    来源:{self.portal}       阅读量:{reads}"]
        elif kind == 1:
            lines = [f"{date}　　来源：{self.agency}　　阅读量：{reads}"]
        elif kind == 2:
            lines = [f"来源：{self.portal}", date]
        else:
            lines = [f"发布时间：{date}  来源：{self.agency}  作者：{rng.choice(phrases.EDITORS)}"]
        return [crumb, title, *lines]

    def leads(self) -> list[str]:
        rng = self.rng
        count = (1, 2, 2, 2, 3)[rng.randrange(5)]
        paragraphs = [self.fill(self.pick(self.domain.leads)) for _ in range(count)]
        if rng.random() < 0.75:
            paragraphs[-1] += self.fill(rng.choice(phrases.LEAD_INTERVIEWS))
        if self.agency == "新华社" and rng.random() < 0.6:
            paragraphs[0] = f"新华社北京{self.date.month}月{self.date.day}日电 " + paragraphs[0]
        return paragraphs

    def heading(self, domain: phrases.Domain, index: int, question: str) -> str | None:
        """The section heading in the article's style, or ``None`` when the question serves as heading."""
        text = self.pick(domain.headings)
        topic, _, sub = text.rpartition("：")
        kind = self.style.heading
        if kind == "question":
            return None
        if not topic:
            return text
        if kind == "ordinal":
            return f"{_cn(index + 1)}、{sub}"
        if kind == "focus":
            return f"关注点{_cn(index + 1)}{self.style.colon}{sub}"
        if kind == "paren":
            return f"（{_cn(index + 1)}）{sub}"
        return f"{topic}{self.style.colon}{sub}"

    def points(self, domain: phrases.Domain) -> list[str]:
        rng = self.rng
        count = (3, 3, 4, 4, 5)[rng.randrange(5)]
        heads = rng.sample(domain.points, count)
        intro = self.fill(rng.choice(phrases.POINT_INTROS), domain, k=_cn(count))
        kind = rng.randrange(10)
        if kind < 2:  # one paragraph: 一是…；二是…；三是…。
            inline = "；".join(f"{_cn(i + 1)}是{head}" for i, head in enumerate(heads))
            return [f"{intro}{inline}。"]
        if kind < 3 and count == 3:
            markers: tuple[str, ...] = ("首先，", "其次，", "最后，")
        elif kind < 3 and count == 4:
            markers = ("首先，", "其次，", "再次，", "最后，")
        elif kind < 5:
            markers = tuple(f"第{_cn(i + 1)}，" for i in range(count))
        elif kind < 6:
            markers = tuple(f"（{_cn(i + 1)}）" for i in range(count))
        elif kind < 7:
            markers = tuple(f"{i + 1}." for i in range(count))
        else:
            markers = tuple(f"{_cn(i + 1)}是" for i in range(count))
        paragraphs = [intro]
        for marker, head in zip(markers, heads, strict=True):
            body = self.paragraph(domain, (0, 1, 1, 1, 2)[rng.randrange(5)])
            paragraphs.append(f"{marker}{head}。{body}")
        return paragraphs

    def section(self, domain: phrases.Domain, index: int) -> list[str]:
        rng, style = self.rng, self.style
        question = self.fill(self.pick(domain.questions), domain)
        heading = self.heading(domain, index, question)
        if heading is None:
            blocks = [question]
            answer_marker = ""
        else:
            blocks = [heading, f"{style.indent}{style.question}{style.colon}{question}"]
            answer_marker = f"{style.answer}{style.colon}"
        answers = (2, 3, 3, 3, 4, 5)[rng.randrange(6)]
        points_after = rng.randrange(answers) if rng.random() < 0.4 else -1
        for j in range(answers):
            text = ""
            if j == 0 and rng.random() < 0.3:
                text = self.fill(self.pick(phrases.ANSWER_OPENERS), domain)
            text += self.paragraph(domain, (1, 2, 2, 3, 3)[rng.randrange(5)])
            if j == answers - 1 and rng.random() < 0.4:
                text += self.fill(self.pick(phrases.ANSWER_CLOSERS), domain)
            blocks.append(style.indent + (answer_marker if j == 0 else "") + text)
            if j == points_after:
                blocks.extend(style.indent + p for p in self.points(domain))
        return blocks

    def footer(self, title: str) -> list[str]:
        rng = self.rng
        d = self.date
        lines: list[str] = []
        kind = rng.randrange(6)
        if kind == 0:
            lines.append(f"(文章来源:{self.agency})")
        elif kind == 1:
            lines.append(f"（文章来源：{self.agency}）")
        elif kind == 2:
            lines.append(f"来源：{self.agency}")
        elif kind == 3:
            lines.append(
                f"《{self.agency}》（{d.year}年{d.month:02d}月{d.day:02d}日 {rng.randint(1, 16):02d} 版）"
            )
        elif kind == 4:
            lines.append(f"原标题：{title.split('——')[0].split(' ')[0]}")
            lines.append(f"来源：{self.agency}")
        if rng.random() < 0.5:
            lines.append(f"责任编辑：{rng.choice(phrases.EDITORS)}")
        if rng.random() < 0.3:
            lines.append(self.fill(rng.choice(phrases.APP_PROMOS), portal=self.portal))
        if rng.random() < 0.5:
            lines.extend(self.disclaimer())
        return lines

    def disclaimer(self) -> list[str]:
        """A disclaimer cut into lines in mid-sentence, as copied from a fixed-width page."""
        rng = self.rng
        text = self.fill(rng.choice(phrases.DISCLAIMERS), portal=self.portal)
        width = rng.randint(28, 60)
        return [text[i : i + width] for i in range(0, len(text), width)]

    def build(self) -> str:
        rng, style = self.rng, self.style
        title = self.title()
        head = self.header(title)
        body = self.leads()
        if self.agency == "新华社" and rng.random() < 0.3:
            body.insert(0, f"新华社记者 {rng.choice(phrases.SURNAMES)}某")
        body = [style.indent + p for p in body]
        sections = (2, 2, 3, 3, 3, 4, 5)[rng.randrange(7)]
        for index in range(sections):
            if index == 0 or rng.random() < 0.5:
                domain = self.domain
            else:
                domain = _DOMAIN[rng.choice(self.domain.related)]
            body.extend(self.section(domain, index))
        footer = self.footer(title)
        text = "\n\n".join(head) + "\n\n" + style.separator.join(body) + "\n\n" + "\n\n".join(footer) + "\n"
        if style.half_width:
            text = text.translate(_HALF_WIDTH_PUNCT)
        return text


def generate_articles(n: int = 2000, seed: int = DEFAULT_SEED) -> list[tuple[str, str]]:
    """``n`` interview articles as (file name, text) pairs, the same for the same arguments.

    Each article has its own generator seeded from ``seed`` and its index, so article ``i`` does not depend
    on ``n``. File names are ``NNNN_<16 hex digits of the text's SHA-256>.txt``.
    """
    articles = []
    for index in range(n):
        text = _ArticleWriter(random.Random(seed * 1_000_003 + index)).build()
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        articles.append((f"{index:04d}_{digest}.txt", text))
    return articles


# ---------------------------------------------------------------------------------------------------------
# Queries
# ---------------------------------------------------------------------------------------------------------

_QUERY_MIX: tuple[tuple[str, int], ...] = (
    ("term", 40),
    ("pair", 20),
    ("substring", 10),
    ("phrase", 10),
    ("or", 5),
    ("not", 5),
    ("latin", 5),
    ("nowhere", 5),
)
"""Kinds of query and their share in percent."""

_PUNCT = set('，。、；：？！“”‘’（）《》【】—…·,.;:?!()[]<>/"-|丨')
_CLAUSE = re.compile(r"[，。、；：？！“”‘’（）《》【】…,;:?!()\s\"<>/|丨]+")
_FIGURE = re.compile(r"\d+(?:\.\d+)?(?:%|万亿元|亿元|万家|万人|亿千瓦时|个百分点|倍)")
_VOCABULARY = phrases.GENRE_TERMS + phrases.COMMON_WORDS


class _QueryMaker:
    """Draws queries of each kind from the articles with one seeded generator."""

    def __init__(self, rng: random.Random, texts: list[str]) -> None:
        self.rng = rng
        self.texts = texts
        joined = "\n".join(texts)
        self.absent = [term for term in phrases.NOWHERE_TERMS if term not in joined]

    def _two(self, pool: Sequence[str]) -> tuple[str, str]:
        """Two different words of ``pool`` where neither contains the other."""
        for _ in range(20):
            a, b = self.rng.sample(pool, 2)
            if a not in b and b not in a:
                return a, b
        return a, b

    def _text(self) -> str:
        return self.rng.choice(self.texts) if self.texts else "".join(phrases.GENRE_TERMS)

    def term(self) -> str:
        return self.rng.choice(phrases.GENRE_TERMS)

    def pair(self) -> str:
        text = self._text()
        present = [word for word in _VOCABULARY if word in text]
        a, b = self._two(present if len(present) >= 4 else _VOCABULARY)
        return f"{a} {b}"

    def substring(self) -> str:
        rng = self.rng
        for _ in range(200):
            text = self._text()
            length = rng.randint(2, 6)
            start = rng.randrange(max(1, len(text) - length))
            cut = text[start : start + length]
            inner = cut[1:-1].replace(".", "")
            if len(cut) == length and not any(
                ch.isspace() or ch in _PUNCT for ch in cut[0] + inner + cut[-1]
            ):
                return cut
        return self.term()

    def phrase(self) -> str:
        rng = self.rng
        for _ in range(50):
            clauses = [
                c for c in _CLAUSE.split(self._text()) if len(c) >= 4 and "-" not in c and "." not in c
            ]
            if clauses:
                clause = rng.choice(clauses)
                if len(clause) > 12:
                    length = rng.randint(4, 10)
                    start = rng.randrange(len(clause) - length + 1)
                    clause = clause[start : start + length]
                return f'"{clause}"'
        return f'"{self.term()}"'

    def or_(self) -> str:
        a, b = self._two(phrases.GENRE_TERMS)
        return f"{a} OR {b}"

    def not_(self) -> str:
        a = self.term()
        b = a
        for _ in range(20):
            b = self.rng.choice(_VOCABULARY)
            if a not in b and b not in a:
                break
        return f"{a} -{b}"

    def latin(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            figures = _FIGURE.findall(self._text())
            if figures:
                return str(rng.choice(figures))
        return rng.choice(phrases.LATIN_TERMS)

    def nowhere(self) -> str:
        return self.rng.choice(self.absent or list(phrases.NOWHERE_TERMS))


def generate_queries(
    articles: list[tuple[str, str]], n: int = 500, seed: int = DEFAULT_QUERY_SEED
) -> list[str]:
    """``n`` search queries in a realistic mix, the same for the same arguments.

    About 40 % single genre terms, 20 % two words (``中小企业 订单``), 10 % substrings of 2–6 characters cut
    at random places, 10 % quoted exact phrases, 5 % ``A OR B``, 5 % ``A -B``, 5 % Latin letters or figures
    (``5G``, ``4.5%``) and 5 % terms that occur in no article.
    """
    maker = _QueryMaker(random.Random(seed), [text for _, text in articles])
    draw: dict[str, Callable[[], str]] = {
        "term": maker.term,
        "pair": maker.pair,
        "substring": maker.substring,
        "phrase": maker.phrase,
        "or": maker.or_,
        "not": maker.not_,
        "latin": maker.latin,
        "nowhere": maker.nowhere,
    }
    counts = [n * share // 100 for _, share in _QUERY_MIX]
    counts[0] += n - sum(counts)
    queries = [
        draw[kind]() for (kind, _), count in zip(_QUERY_MIX, counts, strict=True) for _ in range(count)
    ]
    maker.rng.shuffle(queries)
    return queries


# ---------------------------------------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------------------------------------


def _write_articles(directory: pathlib.Path, articles: list[tuple[str, str]]) -> list[pathlib.Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in articles:
        path = directory / name
        path.write_bytes(text.encode("utf-8"))
        paths.append(path)
    return paths


def write_corpus(directory: pathlib.Path, n: int = 2000, seed: int = DEFAULT_SEED) -> list[pathlib.Path]:
    """Write ``generate_articles(n, seed)`` into ``directory`` as UTF-8 ``.txt`` files; return their paths."""
    return _write_articles(directory, generate_articles(n, seed))


def main(argv: list[str] | None = None) -> int:
    """Command line: write the corpus (and optionally the queries) and print what was written."""
    parser = argparse.ArgumentParser(description="Write the deterministic interview benchmark corpus.")
    parser.add_argument("out_dir", type=pathlib.Path, help="directory for the .txt articles")
    parser.add_argument("--n", type=int, default=2000, help="number of articles (default 2000)")
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"article seed (default {DEFAULT_SEED})"
    )
    parser.add_argument("--queries", type=pathlib.Path, help="also write 500 queries, one per line, to FILE")
    parser.add_argument("--query-count", type=int, default=500, help="number of queries (default 500)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    articles = generate_articles(args.n, args.seed)
    _write_articles(args.out_dir, articles)
    total = sum(len(text) for _, text in articles)
    print(f"articles: {len(articles)}")
    print(f"characters: {total}")
    if args.queries is not None:
        queries = generate_queries(articles, args.query_count)
        args.queries.parent.mkdir(parents=True, exist_ok=True)
        args.queries.write_bytes(("\n".join(queries) + "\n").encode("utf-8"))
        print(f"queries: {len(queries)}")
    print(f"seconds: {time.perf_counter() - start:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
