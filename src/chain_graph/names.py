"""Find nodes by name: exact names, aliases and English names first, then near names.

The matcher behind ``chain-graph find --from files`` (and the console's search in files mode).
Names are compared in simplified script, case-folded, ignoring spaces and brackets, so
“國亨化學” finds 国亨化学 and “Guoheng chemical” finds the English name.

>>> from chain_graph.records import NodeRecord
>>> index = NameIndex([
...     NodeRecord("guoheng-chemical", ("Enterprise",),
...                {"name": "泉州国亨化学", "name_en": "Quanzhou Guoheng Chemical", "aliases": ["国亨化学"]}),
...     NodeRecord("gppc", ("Enterprise",), {"name": "国乔石化", "aliases": ["GPPC"]}),
... ])
>>> [(m.id, m.how, m.score) for m in index.find("國亨化學")]
[('guoheng-chemical', 'alias', 0.95)]
>>> [(m.id, m.how) for m in index.find("国亨化学项目")]
[('guoheng-chemical', 'near')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from chain_graph.records import NodeRecord
from chain_graph.scripts import simplified

__all__ = ["Match", "NameIndex", "normalise"]

# A near name below this (0–100, rapidfuzz WRatio) is noise rather than a lead.
NEAR_CUTOFF = 70.0
_IGNORED = re.compile(r"[\s()（）\[\]【】「」“”\"'·,，、.。_-]+")


def normalise(text: str) -> str:
    """Simplified script, case-folded, without spaces, brackets and punctuation."""
    return _IGNORED.sub("", simplified(text)).casefold()


@dataclass(frozen=True)
class Match:
    id: str
    label: str
    name: str
    name_en: str
    matched: str  # the name, alias or id that matched
    how: str  # "name", "alias" (also English name or id) or "near"
    score: float  # 1.0 exact name, 0.95 alias, else the near score (0–1)


class NameIndex:
    """Every node's name, English name, aliases and id, normalised once."""

    def __init__(self, nodes: Iterable[NodeRecord]) -> None:
        self.keys: list[str] = []  # normalised name
        self.entries: list[tuple[NodeRecord, str, str]] = []  # (node, the name as written, how)
        for node in nodes:
            props = node.properties
            names = [(str(props.get("name", node.id)), "name")]
            others = [
                props.get("name_en"),
                *(props.get("aliases") or []),
                *(props.get("former_names") or []),
                props.get("stock_code"),
                props.get("credit_code"),
            ]
            names += [(str(n), "alias") for n in others if n]
            names.append((node.id, "alias"))
            for written, how in names:
                self.keys.append(normalise(written))
                self.entries.append((node, written, how))
        self.by_key: dict[str, list[int]] = {}
        for i, key in enumerate(self.keys):
            self.by_key.setdefault(key, []).append(i)

    def exact(self, text: str) -> list[Match]:
        """Nodes whose name, alias, English name, code or id is ``text`` (normalised): no near names."""
        best: dict[str, Match] = {}
        for i in self.by_key.get(normalise(text), []):
            self._keep(best, i, 1.0 if self.entries[i][2] == "name" else 0.95)
        return sorted(best.values(), key=lambda m: (-m.score, m.id))

    def find(self, text: str, limit: int = 10) -> list[Match]:
        """Exact names and aliases first (score 1 and 0.95), then near names by similarity."""
        wanted = normalise(text)
        if not wanted:
            return []
        best = {m.id: m for m in self.exact(text)}
        near = process.extract(
            wanted, self.keys, scorer=fuzz.WRatio, score_cutoff=NEAR_CUTOFF, limit=limit * 4
        )
        for _, score, i in near:
            self._keep(best, i, round(min(score / 100, 0.94), 2), near=True)
        ranked = sorted(best.values(), key=lambda m: (-m.score, m.id))
        return ranked[:limit]

    def _keep(self, best: dict[str, Match], i: int, score: float, near: bool = False) -> None:
        node, written, how = self.entries[i]
        seen = best.get(node.id)
        if seen is None or score > seen.score:
            best[node.id] = Match(
                node.id,
                node.label,
                node.name,
                str(node.properties.get("name_en", "")),
                written,
                "near" if near else how,
                score,
            )
