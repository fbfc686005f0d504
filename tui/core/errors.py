"""Errors the core reports to users: each carries one clear line of text."""


class InputError(Exception):
    """A file or folder that cannot be read as an article; the message is shown as one line."""
