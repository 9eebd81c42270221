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
from chain_graph.formats.export import ARRAY_DELIMITER, IMPORT_OPTIONS, ColumnKinds, CsvTable
from chain_graph.model import NODE_TYPE_BY_LABEL, Relationship
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

    It is a :class:`chain_graph.dataset.Parts` sink: worker processes validating a large export
    each write their own body files, taken in once the whole file is known valid.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._tables: dict[str, CsvTable] = {}
        self._part = ""

    def __enter__(self) -> ImportFiles:
        return self

    def __exit__(self, *_: object) -> None:
        for table in self._tables.values():  # open still when the validation failed
            table.close()

    def add(self, record: Record) -> None:
        if isinstance(record, Relationship):
            name = f"{record.type}({record.start}->{record.end})"
            table = self._table(f"relationships_{record.type}")
            # properties() holds the key, "" by default: stored so that a later load can merge on it.
            table.write([record.start, record.end, str(record.type)], record.properties(), name)
        else:
            table = self._table(f"nodes_{record.label}")
            labels = ARRAY_DELIMITER.join((record.label, MARKER))
            table.write([record.id, labels], record.properties(), record.id)

    def _table(self, name: str) -> CsvTable:
        table = self._tables.get(name)
        if table is None:
            kind, label = name.split("_", 1)
            lead, model = (
                (_RELATIONSHIP_LEAD, Relationship)
                if kind == "relationships"
                else (_NODE_LEAD, NODE_TYPE_BY_LABEL[label])
            )
            table = self._tables[name] = CsvTable(self.folder, name, lead, model.property_names(), self._part)
        return table

    def begin_part(self, index: int) -> None:
        self._tables, self._part = {}, f".part{index}"

    def end_part(self) -> list[tuple[str, Path, dict[str, ColumnKinds]]]:
        for table in self._tables.values():
            table.close()
        written = [(name, table.body, table.kinds) for name, table in self._tables.items()]
        # As before the part: the process that checked records too then adopts every part.
        self._tables, self._part = {}, ""
        return written

    def adopt(self, part: list[tuple[str, Path, dict[str, ColumnKinds]]]) -> None:
        for name, body, kinds in part:
            self._table(name).adopt(body, kinds)

    def discard(self, part: list[tuple[str, Path, dict[str, ColumnKinds]]]) -> None:
        for _, body, _ in part:
            body.unlink(missing_ok=True)

    def arguments(self) -> list[str]:
        """Close every table; the arguments of ``neo4j-admin database import full`` that read them."""
        tables = [
            (name.split("_", 1)[0], table.finish(), table.multiline)
            for name, table in sorted(self._tables.items())
        ]
        arguments = [
            *IMPORT_OPTIONS,
            *(f"--{kind}={','.join(f.name for f in files)}" for kind, files, _ in tables),
        ]
        # Only the files with a line break in a value are read as multiline (one thread each);
        # the others are split across the importer's threads.
        multiline = [f.name for _, files, broken in tables if broken for f in files]
        if multiline:
            arguments += ["--multiline-fields-format=v2", f"--multiline-fields={','.join(multiline)}"]
        return arguments


_NODE_LEAD = ["id:ID", ":LABEL"]
_RELATIONSHIP_LEAD = [":START_ID", ":END_ID", ":TYPE"]


def bulk_import(server: ManagedServer, files: ImportFiles, database: str | None, progress: Progress) -> None:
    """Import the files written (the server is stopped and started again)."""
    server.import_full(files.arguments(), files.folder, database or "neo4j", progress)
