"""The core of interview-explorer: decoding, the document model, parsing, figures and search.

Nothing in this package imports Textual; the command line and the app both stand on it.
"""
