"""Saved web pages open like .txt articles: main text found, header read from the page's metadata.

``tests/data/html/portal_article.html`` is a page written for this test in the shape of a portal's saved
article page (navigation, an ad, a breadcrumb, related links, a footer, og:/article: meta tags).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA, ROOT, run_cli
from tui.core.document import load_document
from tui.core.errors import InputError
from tui.core.text import expand_paths

PAGE = DATA / "html" / "portal_article.html"


def test_a_saved_page_opens_like_an_article() -> None:
    doc = load_document(PAGE)
    assert doc.title == "稳外贸出实招 外贸企业订单回暖"
    assert doc.date == "2024-04-12T08:30"
    assert (doc.source, doc.site) == ("江城日报", "江城新闻网")
    assert doc.authors == ["宋子航"] and doc.editors == ["韩梦"]
    assert [s.heading for s in doc.sections] == [
        None,
        "拓市场：新兴市场成为新增长点",
        "优服务：出口退税平均办理时间压缩至3个工作日",
    ]
    assert [(b.kind.value, b.ordinal) for b in doc.sections[2].blocks][1:] == [
        ("point", 1),
        ("point", 2),
        ("point", 3),
    ]
    body = "\n".join(b.text for _, b in doc.blocks())
    assert body.startswith("今年以来，江城市商务部门多措并举稳外贸")
    for noise in (
        "登录",
        "点击查看",
        "相关新闻",
        "跨境电商综试区建设提速",
        "ICP",
        "举报电话",
        "梁晨 摄",
        "责任编辑",
    ):
        assert noise not in body
    for _, block in doc.blocks():
        assert doc.text[block.start : block.end] == block.text


def test_a_page_in_gbk_without_meta_tags(tmp_path: Path) -> None:
    page = tmp_path / "old.htm"
    paragraphs = "".join(
        f"<p>　　第{n}段：今年以来，某地加快推进重大项目建设，一季度完成投资同比增长8.2%，项目开工率保持较高水平。</p>"
        for n in range(1, 5)
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        "<title>重大项目建设提速_地方频道</title></head><body>"
        '<div class="nav"><a href="/">首页</a></div>'
        f"<div id='content'><h1>重大项目建设提速</h1>{paragraphs}</div></body></html>"
    )
    page.write_bytes(html.encode("gbk"))
    doc = load_document(page)
    assert doc.title == "重大项目建设提速"
    assert doc.encoding == "gb18030"
    assert len(doc.sections[0].blocks) == 4
    assert page.read_bytes() == html.encode("gbk"), "input files are never modified"


def test_a_page_without_article_text_is_a_one_line_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><div></div></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_document(page)
    assert "\n" not in str(err.value) and "no article text" in str(err.value)


def test_a_folder_lists_saved_pages(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html></html>", encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt", "b.html"]


def test_the_extractor_is_not_imported_for_text_files() -> None:
    code = (
        "import sys; from pathlib import Path; from tui.core.document import load_document;"
        f"load_document(Path({str(DATA / 'articles' / '01_shangwu_xiaofei.txt')!r}));"
        "print('trafilatura' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_outline_of_a_page_from_the_command_line() -> None:
    result = run_cli("outline", str(PAGE))
    assert result.returncode == 0, result.stderr
    assert "稳外贸出实招 外贸企业订单回暖" in result.stdout
    assert "拓市场：新兴市场成为新增长点" in result.stdout
