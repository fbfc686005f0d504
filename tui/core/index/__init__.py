"""The search index of a collection: immutable segments of mapped arrays, a manifest, and a searcher.

Rooms of one job each, as in Whoosh and tantivy: :mod:`storage` (files of mapped arrays), :mod:`writer`
and :mod:`segment` (a segment written and read), :mod:`wordcut` and :mod:`batchcut` (jieba's words without
jieba), :mod:`matching`, :mod:`scoring`, :mod:`highlight`, :mod:`readings`, :mod:`searcher` (the entry
point, :class:`~tui.core.index.searcher.SearchIndex`) and :mod:`collection` (a folder of articles kept in
step with the files).
"""
