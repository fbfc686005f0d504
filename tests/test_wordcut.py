"""jieba without jieba: the mapped dictionary and both replays of jieba's algorithm give jieba's words.

Compared with jieba itself on every line and sentence of the test articles, on generated interviews, on
strings drawn from a mixed alphabet (Latin, digits, punctuation, traditional and rare characters, emoji)
and on Hypothesis text: ``Cutter.cut`` / ``cut_for_search`` word for word, ``batch_terms`` term for term.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, run_cli
from tui.core import tokens
from tui.core.index.batchcut import LONG_RUN, batch_terms
from tui.core.index.dictionary import Dictionary
from tui.core.index.wordcut import Cutter
from tui.core.text import bundled_article

_MIXED = (
    "中国经济增长专精特新中小企业规模以上工业增加值同比环比百分点万亿元发展改革委员会"
    "的了和是在也都就新型工业化数字化转型智改数转小巨人一带一路长三角粤港澳大湾区"
    "專業與發展經濟們這樣㐀㐁䶵龥鿕鿖鿿"
    "abcxyzABCXYZ0123456789.%-_+#&"
    "，。、；：？！“”（）《》【】—…·,.;:?!()/ \t\n\r\u3000"
    "ａＢ５％\U0001f600\U00020000\ufffd"
)


@pytest.fixture(scope="module")
def jieba() -> Any:
    return tokens.jieba()


@pytest.fixture(scope="module")
def cutter(jieba: Any, tmp_path_factory: pytest.TempPathFactory) -> Cutter:
    """A cutter over a dictionary snapshotted from jieba, saved and mapped back (the path queries take)."""
    path = tmp_path_factory.mktemp("dictionary") / "dictionary.bin"
    Dictionary.from_jieba(jieba.dt, "test").save(path)
    return Cutter(Dictionary.load(path, "test"))


def _texts() -> list[str]:
    from tests.bench import corpus

    sources = [p.read_text(encoding="utf-8") for p in sorted((DATA / "articles").glob("*.txt"))]
    sources.append(bundled_article().read_text(encoding="utf-8"))
    sources.extend(text for _, text in corpus.generate_articles(30))
    out: list[str] = []
    for text in sources:
        lines = [line for line in text.splitlines() if line.strip()]
        out.extend(lines)
        out.extend(part for line in lines for part in re.split(r"[。；！？]", line) if part)
    rng = random.Random(14)
    for _ in range(2500):
        out.append("".join(rng.choice(_MIXED) for _ in range(rng.randint(1, 40))))
    return out


TEXTS = _texts()


def test_there_are_thousands_of_texts() -> None:
    assert len(TEXTS) > 5000


def test_cut_is_jiebas(jieba: Any, cutter: Cutter) -> None:
    for text in TEXTS:
        assert cutter.cut(text) == jieba.lcut(text), text


def test_cut_for_search_is_jiebas(jieba: Any, cutter: Cutter) -> None:
    for text in TEXTS:
        assert cutter.cut_for_search(text) == jieba.lcut_for_search(text), text


def _jieba_terms(jieba: Any, text: str) -> Counter[str]:
    return Counter(w for w in jieba.cut_for_search(text) if w[0].isalnum() and w not in tokens.STOP_WORDS)


def _batch(cutter: Cutter, texts: list[str]) -> list[Counter[str]]:
    found = batch_terms(texts, cutter.d, cutter, tokens.STOP_WORDS)
    out: list[Counter[str]] = [Counter() for _ in texts]
    for unit, key in zip(found.units.tolist(), found.keys.tolist(), strict=True):
        out[unit][found.strings[key]] += 1
    return out


def test_batch_terms_are_jiebas(jieba: Any, cutter: Cutter) -> None:
    texts = [tokens.norm(t) for t in TEXTS]
    for start in range(0, len(texts), 2000):  # several batches, as the index makes them
        chunk = texts[start : start + 2000]
        assert _batch(cutter, chunk) == [_jieba_terms(jieba, t) for t in chunk]


def test_runs_too_long_for_the_vectorized_route(jieba: Any, cutter: Cutter) -> None:
    rng = random.Random(3)
    long_run = "".join(
        rng.choice("中国经济增长专精特新中小企业规模以上工业增加值") for _ in range(LONG_RUN * 3)
    )
    texts = [long_run, "短句。" + long_run + "。", "a" * (LONG_RUN + 1), ""]
    assert _batch(cutter, texts) == [_jieba_terms(jieba, t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(_MIXED), max_size=60) | st.text(max_size=30), min_size=1, max_size=5))
def test_any_text_is_cut_as_jieba_cuts_it(texts: list[str]) -> None:
    jieba = tokens.jieba()
    cutter = tokens.cutter()
    for text in texts:
        assert cutter.cut_for_search(text) == jieba.lcut_for_search(text)
    normalized = [tokens.norm(t) for t in texts]
    assert _batch(cutter, normalized) == [_jieba_terms(jieba, t) for t in normalized]


def test_damaged_or_other_dictionaries_are_refused(jieba: Any, tmp_path: Path) -> None:
    path = tmp_path / "dictionary.bin"
    Dictionary.from_jieba(jieba.dt, "v1").save(path)
    with pytest.raises(ValueError):
        Dictionary.load(path, "v2")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x55
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError):
        Dictionary.load(path, "v1")


def test_a_query_never_starts_jieba(tmp_path: Path) -> None:
    """A second process answers from the cache with jieba neither imported nor initialized."""
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    assert run_cli("search", "专精特新", env=env).returncode == 0  # builds the cache (jieba once)
    probe = (
        "import sys; from tui.cli import main; code = main(['search', '中小企业 订单', '--json']); "
        "print('jieba' in sys.modules, code, file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **env},
        timeout=60,
        check=False,
    )
    assert result.stderr.strip().splitlines()[-1] == "False 0", result.stderr
    assert json.loads(result.stdout)["hits"][0]["text"]
