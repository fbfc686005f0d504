"""The Textual explorer: a thin App, screens that compose widgets, one widget per file with its own styles."""
