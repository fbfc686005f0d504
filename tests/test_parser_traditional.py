"""Traditional characters: the genre's words in traditional forms work like the simplified ones.

The parser matches its patterns on a folded copy of each line where :mod:`tui.core.traditional` has mapped
traditional characters to simplified ones; these tests check the table against OpenCC (which the parser
itself never loads) and read invented snippets written in traditional characters.
"""

from __future__ import annotations

import re
from pathlib import Path

from tui.core import traditional
from tui.core.document import parse_text

CORE = Path(__file__).resolve().parents[1] / "tui" / "core"
PARSER_MODULES = (
    "lines", "header", "headline", "meta", "boilerplate", "chrome", "turns", "dialogue", "headings", "blocks",
    "attribution", "document", "traditional", "widgets", "headshape", "headstack", "captions", "headforms", "enumerators",
    "bodyturns", "footer", "inlinecredits", "headmeta", "notices",
)  # fmt: skip


def pattern_characters() -> set[str]:
    """Every CJK character written in the parser's modules (patterns, word lists, docstrings)."""
    chars: set[str] = set()
    for name in PARSER_MODULES:
        text = (CORE / f"{name}.py").read_text(encoding="utf-8")
        if name == "traditional":
            text = text.split("_TRADITIONAL = (")[0]  # the table itself is not a pattern
        chars |= set(re.findall(r"[\u4e00-\u9fff]", text))
    return chars


def expected_table() -> dict[str, str]:
    """OpenCC's t2s, one character to one, for every traditional form of a character of the patterns."""
    import opencc

    convert = opencc.OpenCC("t2s").convert
    wanted = pattern_characters()
    table: dict[str, str] = {}
    for start, end in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for code in range(start, end):
            simple = convert(chr(code))
            if len(simple) == 1 and simple != chr(code) and simple in wanted:
                table[chr(code)] = simple
    return table


def test_the_table_covers_every_pattern_character_as_opencc_reads_it() -> None:
    got = traditional.table()
    want = expected_table()
    missing = {t: s for t, s in want.items() if got.get(t) != s}
    assert not missing, (
        f"run python tests/test_parser_traditional.py to write the table anew; missing {missing}"
    )
    assert set(got) == set(want), f"entries OpenCC does not give: {set(got) - set(want)}"


def test_simplify_keeps_length_and_leaves_simplified_text_alone() -> None:
    text = "據《某某日報》報道，記者來源：某某網"
    folded = traditional.simplify(text)
    assert len(folded) == len(text)
    assert folded == "据《某某日报》报道，记者来源：某某网"
    plain = "据某某日报报道，记者来源：某某网"
    assert traditional.simplify(plain) is plain


def test_a_traditional_article_reads_like_a_simplified_one() -> None:
    text = (
        "某市擴大有效投資見實效\n\n2022-05-09 18:02 來源：某某網\n\n"
        "某某社北京3月12日電（記者 陳某）某市今年以來擴大有效投資，成效明顯。\n\n"
        "記者：今年的重點項目有哪些？\n\n"
        "陳某：一是加快在建項目。二是儲備一批新項目。\n\n"
        "（責任編輯：王某）\n"
    )
    doc = parse_text(text)
    assert doc.title == "某市擴大有效投資見實效"
    assert doc.date == "2022-05-09T18:02"
    assert doc.source == "某某社"  # as written
    assert doc.editors == ["王某"]
    kinds = [(b.kind.value, b.speaker) for _, b in doc.blocks()]
    assert kinds == [("paragraph", None), ("question", "記者"), ("point", "陳某")]


def table_source() -> str:
    """The table's two strings as Python source, fifty characters a line."""
    pairs = expected_table()
    trad = "".join(sorted(pairs))
    simp = "".join(pairs[t] for t in trad)
    out = []
    for name, chars in (("_TRADITIONAL", trad), ("_SIMPLIFIED", simp)):
        out.append(f"{name} = (")
        out.extend(f'    "{chars[i : i + 50]}"' for i in range(0, len(chars), 50))
        out.append(")")
    return "\n".join(out) + "\n"


if __name__ == "__main__":  # write the table of tui/core/traditional.py anew
    path = CORE / "traditional.py"
    text = path.read_text(encoding="utf-8")
    text = re.sub(
        r"_TRADITIONAL = \(\n.*?\n\)\n_SIMPLIFIED = \(\n.*?\n\)\n", table_source(), text, flags=re.S
    )
    path.write_text(text, encoding="utf-8")
