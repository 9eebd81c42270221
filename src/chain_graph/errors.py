"""The one exception type that commands turn into a clear message and an exit code."""

from __future__ import annotations


class ChainGraphError(Exception):
    """A failure the user can act on: the message says what went wrong and what to do."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
