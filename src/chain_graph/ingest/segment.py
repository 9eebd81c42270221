"""Sentences and clauses of a normalised text, as spans: the scope of a fact and of its quote.

A sentence ends at 。!? or a line break; a clause also at , ; : (a comma between two digits, as
in 1,324.85, ends nothing).

>>> s = Segments.of("甲项目开工,总投资1,200亿元。乙项目签约")
>>> s.sentence(3), s.clause(3), s.clause(8)
((0, 17), (0, 6), (6, 17))
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

__all__ = ["CLAUSE_ENDS", "SENTENCE_ENDS", "Segments"]

SENTENCE_ENDS = frozenset("。!?\n")
CLAUSE_ENDS = frozenset(",;:")


def _spans(text: str, ends: frozenset[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i, char in enumerate(text):
        if char not in ends:
            continue
        if char == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
            continue
        spans.append((start, i + 1))
        start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True)
class Segments:
    sentences: tuple[tuple[int, int], ...]
    clauses: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, text: str) -> Segments:
        return cls(tuple(_spans(text, SENTENCE_ENDS)), tuple(_spans(text, SENTENCE_ENDS | CLAUSE_ENDS)))

    @staticmethod
    def _find(spans: tuple[tuple[int, int], ...], position: int) -> tuple[int, int]:
        index = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
        return spans[max(index, 0)] if spans else (0, 0)

    def sentence(self, position: int) -> tuple[int, int]:
        return self._find(self.sentences, position)

    def clause(self, position: int) -> tuple[int, int]:
        return self._find(self.clauses, position)

    def clauses_between(self, start: int, end: int) -> tuple[int, int]:
        """The clauses that cover ``[start, end)``, as one span."""
        return self.clause(start)[0], self.clause(max(end - 1, start))[1]
