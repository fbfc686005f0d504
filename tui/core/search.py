"""The search engine's entry point: :class:`SearchIndex` and the query language, from :mod:`tui.core.index`.

Search covers the blocks, headings and titles of every document. Words come from jieba in search mode;
alongside them every pair of adjacent word characters is indexed, so a query string that occurs in a block
is always found there, whatever jieba does with it. Blocks that contain the whole query literally rank
above those that only contain its words apart. Query language: words separated by spaces must all match;
``A OR B``; ``-word`` excludes; ``"…"`` is an exact phrase (see :mod:`tui.core.query`).
"""

from __future__ import annotations

from tui.core.index.searcher import SearchIndex
from tui.core.query import Interpretation, Query, Word, parse_query

__all__ = ["Interpretation", "Query", "SearchIndex", "Word", "parse_query"]
