"""The one exception type that commands turn into a clear message and an exit code."""

from __future__ import annotations

__all__ = ["ChainGraphError", "quoted"]

QUOTE_LIMIT = 200  # characters of a value quoted in a message: it never repeats a huge value


class ChainGraphError(Exception):
    """A failure the user can act on: the message says what went wrong and what to do.

    ``options`` names the settings that fix it (``"uri"``, ``"focus"``…); the library words its
    advice without naming command-line flags, and the command line adds them.
    """

    def __init__(self, message: str, exit_code: int = 1, *, options: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.exit_code = exit_code
        self.options = options


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``repr(value)`` for a message, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
