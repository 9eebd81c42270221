"""The graph the views draw from, as interchange records, and the subgraphs they show.

A :class:`Records` holds what a :class:`~chain_graph.sources.GraphSource` returned for the views:
from files the whole dataset; from Neo4j a superset of every subgraph a view selects, so that the
selections below give the same answer either way. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from chain_graph.model import PLACEMENT_TYPES, PLAYER_TYPES
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["Records", "documents", "neighbourhood_ids", "park_ids"]


@dataclass(frozen=True)
class Records:
    """Nodes by id and relationships, sorted; Documents keep their name only (never their text)."""

    nodes: dict[str, NodeRecord]
    relationships: tuple[RelationshipRecord, ...]
    _adjacent: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, nodes: Iterable[NodeRecord], relationships: Iterable[RelationshipRecord]) -> Records:
        by_id: dict[str, NodeRecord] = {}
        for node in nodes:
            if node.label == "Document":
                node = NodeRecord(node.id, ("Document",), {"name": node.properties.get("name", "")})
            by_id[node.id] = node
        unique = {r.identity: r for r in relationships}
        rels = tuple(unique[k] for k in sorted(unique))
        adjacent: dict[str, set[str]] = {}
        for rel in rels:
            adjacent.setdefault(rel.start, set()).add(rel.end)
            adjacent.setdefault(rel.end, set()).add(rel.start)
        return cls(
            dict(sorted(by_id.items())),
            rels,
            {k: tuple(sorted(v)) for k, v in adjacent.items()},
        )

    def label(self, node_id: str) -> str:
        node = self.nodes.get(node_id)
        return node.label if node else ""

    def props(self, node_id: str) -> Mapping[str, Any]:
        node = self.nodes.get(node_id)
        return node.properties if node else {}

    def name(self, node_id: str) -> str:
        return str(self.props(node_id).get("name", node_id))

    def neighbours(self, node_id: str) -> tuple[str, ...]:
        return self._adjacent.get(node_id, ())

    def induced(self, ids: Iterable[str]) -> Records:
        """The nodes with these ids (those present) and every relationship between two of them."""
        keep = {i for i in ids if i in self.nodes}
        return Records.build(
            (self.nodes[i] for i in sorted(keep)),
            (r for r in self.relationships if r.start in keep and r.end in keep),
        )


def documents(records: Records) -> dict[str, str]:
    """Document id -> name, to show a source by its title."""
    return {i: n.name for i, n in records.nodes.items() if n.label == "Document"}


def neighbourhood_ids(records: Records, centre: str, depth: int) -> set[str]:
    """Every node within ``depth`` hops of ``centre``, following relationships either way."""
    seen, frontier = {centre}, [centre]
    for _ in range(depth):
        step: list[str] = []
        for node in frontier:
            for other in records.neighbours(node):
                if other not in seen and other in records.nodes:
                    seen.add(other)
                    step.append(other)
        frontier = step
    return seen


def park_ids(records: Records, places: Iterable[str]) -> set[str]:
    """A park's (or region's) view: its places, the players standing in them, and what those
    players make, store, supply, invest in or pull along (one hop over :data:`PLAYER_TYPES`)."""
    place_set = {p for p in places if p in records.nodes}
    players = {r.start for r in records.relationships if r.type in PLACEMENT_TYPES and r.end in place_set}
    reached = set(place_set) | players
    for rel in records.relationships:
        if rel.type not in PLAYER_TYPES:
            continue
        if rel.start in players:
            reached.add(rel.end)
        if rel.end in players:
            reached.add(rel.start)
    return {i for i in reached if i in records.nodes}
