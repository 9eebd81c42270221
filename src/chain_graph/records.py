"""The interchange record: one node or relationship as it flows between the files, Neo4j, the
export, the views and the console.

A :class:`NodeRecord` is ``{"id", "labels", "properties"}`` and a :class:`RelationshipRecord`
``{"type", "start", "end", "properties"}`` in JSON. This module owns the rules that make a
record read back from Neo4j equal to the record the files gave:

- the node ``id`` is a field, never a property;
- the bookkeeping label :data:`MARKER` (on every node chain-graph wrote) is never shown;
- a relationship's ``key`` defaults to ``""`` and the default is left out of the properties.

Pure: no I/O, no ``neo4j`` import; the store hands in plain ids, labels and property maps.

>>> rel = RelationshipRecord.from_neo4j("PRODUCES", "a", "pp", {"key": "", "capacity_t_per_year": 1.0})
>>> rel.to_json()
{'type': 'PRODUCES', 'start': 'a', 'end': 'pp', 'properties': {'capacity_t_per_year': 1.0}}
>>> NodeRecord.from_neo4j("a", ["Enterprise", MARKER], {"id": "a", "name": "A"}).to_json()
{'id': 'a', 'labels': ['Enterprise'], 'properties': {'name': 'A'}}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from chain_graph.model import Node, Relationship

__all__ = ["MARKER", "Entity", "Neighbour", "NodeRecord", "RecordSet", "RelationshipRecord"]

# Label on every node chain-graph writes, so that it never deletes or exports what it did not write.
MARKER = "_ChainGraph"


@dataclass(frozen=True, eq=True)
class NodeRecord:
    id: str
    labels: tuple[str, ...]
    properties: Mapping[str, Any]

    @property
    def label(self) -> str:
        """The model label (every node of the model has exactly one)."""
        return self.labels[0] if self.labels else ""

    @property
    def name(self) -> str:
        return str(self.properties.get("name", self.id))

    @classmethod
    def from_model(cls, node: Node) -> NodeRecord:
        return cls(node.id, (node.label,), node.properties())

    @classmethod
    def from_neo4j(cls, node_id: str, labels: Iterable[str], properties: Mapping[str, Any]) -> NodeRecord:
        """From what Cypher returns: ``n.id``, ``labels(n)``, ``properties(n)``."""
        props = {k: v for k, v in sorted(properties.items()) if k != "id"}
        return cls(node_id, tuple(sorted(label for label in labels if label != MARKER)), props)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> NodeRecord:
        return cls(data["id"], tuple(data["labels"]), data["properties"])

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "labels": list(self.labels), "properties": dict(self.properties)}


@dataclass(frozen=True, eq=True)
class RelationshipRecord:
    type: str
    start: str
    end: str
    properties: Mapping[str, Any]

    @property
    def key(self) -> str:
        """Tells apart two links of one type between the same nodes; ``""`` by default."""
        return str(self.properties.get("key", ""))

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.type, self.start, self.end, self.key)

    @classmethod
    def from_model(cls, rel: Relationship) -> RelationshipRecord:
        return cls(str(rel.type), rel.start, rel.end, _without_default_key(rel.properties()))

    @classmethod
    def from_neo4j(
        cls, rel_type: str, start: str, end: str, properties: Mapping[str, Any]
    ) -> RelationshipRecord:
        """From what Cypher returns: ``type(r)``, the end nodes' ids, ``properties(r)``."""
        return cls(rel_type, start, end, _without_default_key(dict(sorted(properties.items()))))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RelationshipRecord:
        return cls(data["type"], data["start"], data["end"], data["properties"])

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "properties": dict(self.properties)}


# Nodes and relationships, as a source hands them over.
RecordSet = tuple[list[NodeRecord], list[RelationshipRecord]]


@dataclass(frozen=True)
class Neighbour:
    """One relationship of an entity and the node at its other end."""

    relationship: RelationshipRecord
    node: NodeRecord
    outgoing: bool  # the entity is the relationship's start


@dataclass(frozen=True)
class Entity:
    """A node and its relationships, for an entity page: neighbours sorted by type, then name."""

    node: NodeRecord
    neighbours: list[Neighbour]
    more: int = 0  # relationships beyond the limit, not listed


def sorted_neighbours(neighbours: Iterable[Neighbour]) -> list[Neighbour]:
    return sorted(neighbours, key=lambda n: (n.relationship.type, not n.outgoing, n.node.name, n.node.id))


def _without_default_key(properties: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in properties.items() if not (k == "key" and v == "")}
