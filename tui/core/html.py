"""Pages as users save them: an ``.html`` file (a portal's article page) read into the text the parser reads.

The main text is found by trafilatura (navigation, ads, related links, footers dropped); the title, date,
portal and source come from the page's metadata (``og:title``, ``article:published_time``,
``og:site_name``, ``<meta name="source">``…) where the text lacks them, written as the header lines of the
genre (title; date and 来源; a closing ``（来源：…）``) so that the one parser reads both kinds of file.
trafilatura is imported here only, when an ``.html`` file is opened: never on the start-up path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tui.core.errors import InputError
from tui.core.text import Decoded, decode_bytes, read_path

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")

_META = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "publishdate",
    "pubdate",
    "publish_date",
    "datepublished",
    "og:release_date",
    "date",
)
_SOURCE_KEYS = ("source", "article:source", "og:source", "contentsource", "copyright-source")
_SITE_KEYS = ("og:site_name", "sitename", "site_name", "application-name")
_TITLE_KEYS = ("og:title", "twitter:title", "articletitle", "title")


@dataclass(frozen=True)
class PageMeta:
    """What a page's ``<meta>`` tags and ``<title>`` say about the article."""

    title: str | None
    date: str | None
    site: str | None
    source: str | None


def is_html(path: Path) -> bool:
    """True for the file names of saved web pages."""
    return path.suffix.lower() in HTML_SUFFIXES


def page_meta(html: str) -> PageMeta:
    """Read the metadata of a page: meta tags by ``property``/``name``/``itemprop``, then ``<title>``."""
    found: dict[str, str] = {}
    for tag in _META.findall(html):
        attrs = {m[0].lower(): next(v for v in m[1:] if v is not None) for m in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = (attrs.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content

    def first(keys: tuple[str, ...]) -> str | None:
        return next((found[k] for k in keys if found.get(k)), None)

    title = first(_TITLE_KEYS)
    if title is None and (m := _TITLE.search(html)):
        title = re.split(r"\s*[_|｜-]\s*", _unescape(m.group(1)).strip())[0] or None
    return PageMeta(title=title, date=first(_DATE_KEYS), site=first(_SITE_KEYS), source=first(_SOURCE_KEYS))


def _unescape(text: str) -> str:
    import html as html_lib

    return html_lib.unescape(text)


def page_text(html: str, meta: PageMeta) -> str:
    """The article as the genre's plain text: title, date/来源 line, body, closing attribution."""
    import trafilatura  # a page extractor, imported only when a page is opened

    try:
        extracted = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
        )
    except Exception as exc:  # the extractor's own failure on a broken page: one line, not a traceback
        raise InputError(f"the page could not be read ({type(exc).__name__})") from None
    body = (getattr(extracted, "text", None) or "").strip() if extracted is not None else ""
    if not body:
        raise InputError("no article text found in the page")
    title = meta.title or getattr(extracted, "title", None)
    date = meta.date or getattr(extracted, "date", None)
    site = meta.site or getattr(extracted, "sitename", None)
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if title and lines and lines[0] == title.strip():
        lines = lines[1:]
    header = [title.strip()] if title else []
    info = "　".join(x for x in (date, f"来源：{site}" if site else None) if x)
    if info:
        header.append(info)
    footer = [f"（来源：{meta.source}）"] if meta.source and meta.source != site else []
    return "\n\n".join([*header, *lines, *footer]) + "\n"


def read_html(path: Path) -> Decoded:
    """Read a saved web page into the text of its article (bytes decoded as any article file)."""
    raw = read_path(path)
    try:
        text = page_text(raw.text, page_meta(raw.text))
    except InputError as exc:
        raise InputError(f"{path}: {exc}") from None
    decoded = decode_bytes(text.encode("utf-8"), str(path))
    return Decoded(text=decoded.text, encoding=raw.encoding, sha256=raw.sha256)
