"""The Neo4j side of the :class:`~chain_graph.sources.GraphSource` seam."""

from __future__ import annotations

from collections.abc import Sequence

from neo4j import Driver

from chain_graph.analysis.inputs import ChainInputs
from chain_graph.names import Match
from chain_graph.records import Entity, NodeRecord, RecordSet
from chain_graph.sources import CANDIDATES_PER_PRODUCT, ENTITY_LINKS
from chain_graph.store import reader, views_reader

__all__ = ["Neo4jSource"]


class Neo4jSource:
    """What chain-graph loaded into a database; the database aggregates, the rules stay shared.

    The caller owns ``driver`` (opens and closes it).
    """

    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def chain_inputs(
        self, scope_id: str, candidates_per_product: int = CANDIDATES_PER_PRODUCT
    ) -> ChainInputs:
        return reader.chain_inputs(self.driver, scope_id, self.database, candidates_per_product)

    def view_records(self, places: Sequence[str], focus: Sequence[str], depth: int) -> RecordSet:
        return views_reader.view_records(self.driver, places, focus, depth, self.database)

    def export_records(self) -> RecordSet:
        return reader.export_records(self.driver, self.database)

    def find(self, text: str, limit: int = 10) -> list[Match]:
        return reader.find(self.driver, text, limit, self.database)

    def entity(self, node_id: str, limit: int = ENTITY_LINKS) -> Entity | None:
        return reader.entity(self.driver, node_id, limit, self.database)

    def places(self) -> list[NodeRecord]:
        return reader.places(self.driver, self.database)
