"""Bulk import into an empty database of the managed server: ``chain-graph load --bulk``.

The dataset is written as neo4j-admin CSV while it is validated, with exactly what the online
loader stores, and imported with ``neo4j-admin database import full`` once all of it is known
valid, which needs the server stopped. The server is started again on its port
and the schema applied, so the database holds the same graph as after ``chain-graph load``.
"""

from __future__ import annotations

from pathlib import Path

from neo4j import Driver

from chain_graph.dataset.checks import Record
from chain_graph.errors import ChainGraphError
from chain_graph.formats.export import ARRAY_DELIMITER, IMPORT_OPTIONS, CsvTable
from chain_graph.model import Relationship
from chain_graph.records import MARKER
from chain_graph.store.server import ManagedServer, Progress

__all__ = ["ImportFiles", "bulk_import", "check_empty"]


def check_empty(driver: Driver, database: str | None) -> None:
    """Refuse a database that holds anything: the import would overwrite it."""
    records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n", database_=database)
    held = int(records[0]["n"])
    if held:
        raise ChainGraphError(
            f"--bulk writes only into an empty database, and this one holds {held} node(s): "
            "load without --bulk (it merges), or start from an empty database",
            options=("bulk",),
        )


class ImportFiles:
    """The neo4j-admin CSV of a dataset, written as a validation hands over each record (its
    sink), with what the online loader stores: every node under its label and the marker label,
    with its ``id``; every relationship with its ``key`` (``""`` by default). One table per label
    and per relationship type, its columns every property the model allows; nothing is read twice.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tables: dict[str, CsvTable] = {}

    def __enter__(self) -> ImportFiles:
        return self

    def __exit__(self, *_: object) -> None:
        for table in self._tables.values():  # open still when the validation failed
            table.close()

    def add(self, record: Record) -> None:
        if isinstance(record, Relationship):
            name = f"{record.type}({record.start}->{record.end})"
            table = self._table(f"relationships_{record.type}", _RELATIONSHIP_LEAD, Relationship)
            # properties() holds the key, "" by default: stored so that a later load can merge on it.
            table.write([record.start, record.end, str(record.type)], record.properties(), name)
        else:
            table = self._table(f"nodes_{record.label}", _NODE_LEAD, type(record))
            labels = ARRAY_DELIMITER.join((record.label, MARKER))
            table.write([record.id, labels], record.properties(), record.id)

    def _table(self, name: str, lead: list[str], model: type[Record]) -> CsvTable:
        table = self._tables.get(name)
        if table is None:
            table = self._tables[name] = CsvTable(self.folder, name, lead, model.property_names())
        return table

    def arguments(self) -> list[str]:
        """Close every table; the arguments of ``neo4j-admin database import full`` that read them."""
        tables = [(name, table.finish()) for name, table in sorted(self._tables.items())]
        return [
            *IMPORT_OPTIONS,
            *(f"--{name.split('_', 1)[0]}={header.name},{body.name}" for name, (header, body) in tables),
        ]


_NODE_LEAD = ["id:ID", ":LABEL"]
_RELATIONSHIP_LEAD = [":START_ID", ":END_ID", ":TYPE"]


def bulk_import(server: ManagedServer, files: ImportFiles, database: str | None, progress: Progress) -> None:
    """Import the files written (the server is stopped and started again)."""
    server.import_full(files.arguments(), files.folder, database or "neo4j", progress)
