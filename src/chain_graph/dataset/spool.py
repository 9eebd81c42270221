"""A validated dataset parked on disk as interchange records, so that loading needs no second parse."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO

from chain_graph.dataset.checks import Record, Validated
from chain_graph.model import Relationship
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["Spool", "spooled"]


@dataclass(frozen=True)
class Spool:
    """A validated dataset, its records parked on disk (nodes, then relationships)."""

    validated: Validated
    _nodes: IO[str]
    _relationships: IO[str]

    def nodes(self) -> Iterator[NodeRecord]:
        return map(NodeRecord.from_json, _read_lines(self._nodes))

    def relationships(self) -> Iterator[RelationshipRecord]:
        return map(RelationshipRecord.from_json, _read_lines(self._relationships))


def _read_lines(handle: IO[str]) -> Iterator[dict[str, object]]:
    handle.seek(0)
    for line in handle:
        yield json.loads(line)


@contextmanager
def spooled(validate: Callable[[Callable[[Record], None]], Validated]) -> Iterator[Spool]:
    """Run ``validate`` with a sink that parks each accepted record in a temporary file.

    Memory stays bounded by the ids the validation keeps; the files are read once.
    """
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as nodes,
        tempfile.TemporaryFile("w+", encoding="utf-8") as relationships,
    ):

        def park(record: Record) -> None:
            if isinstance(record, Relationship):
                line = RelationshipRecord.from_model(record).to_json()
                relationships.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                nodes.write(json.dumps(NodeRecord.from_model(record).to_json(), ensure_ascii=False) + "\n")

        yield Spool(validate(park), nodes, relationships)
