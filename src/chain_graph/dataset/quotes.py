"""Is a quote a verbatim part of its document? Checked in time linear in the text.

A short document is searched directly. A long one (a dataset dumped as text, a report) would be
scanned once per quote, so its quotes wait and are all found in one Aho-Corasick pass at the end.

>>> index = QuoteIndex("泉港石化工业园区是福建的石化基地。" * 5000)
>>> missing = []
>>> index.check("福建的石化基地", lambda: missing.append("a"))
>>> index.check("福建的化工基地", lambda: missing.append("b"))
>>> index.finish()
>>> missing
['b']
"""

from __future__ import annotations

from collections.abc import Callable

import ahocorasick

__all__ = ["QuoteIndex"]

# Up to this many characters, one direct search per quote costs less than building an automaton.
DIRECT_SEARCH_MAX = 1 << 16


class QuoteIndex:
    def __init__(self, text: str) -> None:
        self.text = text
        self._pending: list[tuple[str, Callable[[], None]]] = []

    def check(self, quote: str, on_missing: Callable[[], None]) -> None:
        """Call ``on_missing`` if ``quote`` is not in the text: now, or at :meth:`finish`."""
        if len(self.text) <= DIRECT_SEARCH_MAX:
            if quote not in self.text:
                on_missing()
        else:
            self._pending.append((quote, on_missing))

    def finish(self) -> None:
        if not self._pending:
            return
        automaton = ahocorasick.Automaton()
        for quote, _ in self._pending:
            automaton.add_word(quote, quote)
        automaton.make_automaton()
        found = {quote for _, quote in automaton.iter(self.text)}
        for quote, on_missing in self._pending:
            if quote not in found:
                on_missing()
        self._pending.clear()
