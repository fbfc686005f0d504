"""The Textual explorer: a thin App, one main screen, one widget per file, styles in explorer.tcss."""
