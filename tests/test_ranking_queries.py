"""The ranking benchmark's queries file: well formed, big enough, a quarter abbreviations, targets real."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent / "bench" / "bench_ranking.py"


def bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_ranking", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_ranking", module)
    spec.loader.exec_module(module)
    return module


def rows(name: str = "development") -> list[list[str]]:
    text = bench().SETS[name][1].read_text(encoding="utf-8")
    return [line.split("\t") for line in text.split("\n") if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("name", "least"), [("development", 80), ("second", 60)])
def test_the_queries_are_many_of_every_kind_and_a_quarter_abbreviations(name: str, least: int) -> None:
    found = rows(name)
    assert all(len(row) == 4 for row in found)
    kinds = [row[1] for row in found]
    assert len(found) >= least
    assert set(kinds) == {"plain", "abbrev", "number"}
    assert kinds.count("abbrev") >= len(found) / 4
    assert len({row[0] for row in found}) == len(found), "a query is listed twice"


@pytest.mark.parametrize("name", ["development", "second"])
def test_the_targets_are_paragraphs_of_the_real_articles_and_no_query_copies_them(name: str) -> None:
    module = bench()
    folders, queries = module.SETS[name]
    articles = [folder / "articles" for folder in folders]
    if not all(a.is_dir() for a in articles):
        pytest.skip(f"no real articles at {', '.join(map(str, articles))}")
    paragraphs = module.read_paragraphs(articles)
    items = module.load_queries(queries, paragraphs)
    assert len(items) == len(rows(name))


def test_two_articles_of_one_name_are_refused(tmp_path: Path) -> None:
    module = bench()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text("题目\n段落\n", encoding="utf-8")
    with pytest.raises(module.QueryFileError, match=r"two articles are named x\.txt"):
        module.read_paragraphs([tmp_path / "a", tmp_path / "b"])


def test_a_target_that_is_no_paragraph_is_refused(tmp_path: Path) -> None:
    module = bench()
    broken = tmp_path / "q.tsv"
    broken.write_text("社零 增速\tabbrev\ta.txt\t3\n", encoding="utf-8")
    with pytest.raises(module.QueryFileError, match="no paragraph at line 3"):
        module.load_queries(broken, {("a.txt", 2): "社会消费品零售总额增长"})
    broken.write_text("社会消费品零售总额增长\tplain\ta.txt\t2\n", encoding="utf-8")
    with pytest.raises(module.QueryFileError, match="copies"):
        module.load_queries(broken, {("a.txt", 2): "社会消费品零售总额增长"})


def test_the_scores_are_mrr_and_success_at_1_and_10() -> None:
    module = bench()
    assert module.summarize([1, 2, None, 10]) == {"n": 4, "mrr": (1 + 0.5 + 0.1) / 4, "s1": 0.25, "s10": 0.75}
    item = module.KnownItem("q", "plain", "a.txt", (5, 7))
    assert module.rank([("a.txt", 3), ("b.txt", 7), ("a.txt", 7)], item) == 3
    assert module.rank([("a.txt", 3)] * 10 + [("a.txt", 5)], item) is None
