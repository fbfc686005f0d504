"""interview-explorer: a keyboard-first terminal explorer for Chinese policy interviews."""

__version__ = "0.1.0"
