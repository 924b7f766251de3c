"""The one error type for unusable input, printed as a single line."""

from __future__ import annotations


class InputError(Exception):
    """An input that cannot become a ``Document``: what is wrong and what to do.

    ``str(err)`` is one line, ``source: message`` or ``source:line: message``,
    e.g. ``feed.jsonl:17: malformed JSON (...); fix or remove the line``.
    """

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        # Positional args go to Exception so the error pickles (batches may run in workers).
        super().__init__(source, message, line)
        self.source = source
        self.message = " ".join(message.split())
        self.line = line

    @property
    def location(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"
