"""Bulk import into an empty database of the managed server: ``chain-graph load --bulk``.

The validated dataset is written as neo4j-admin CSV (the exporter's format) with exactly what
the online loader stores — every node under its label and the marker label, with its ``id``;
every relationship with its ``key`` (``""`` by default) — and imported with ``neo4j-admin
database import full``, which needs the server stopped. The server is started again on its port
and the schema applied, so the database holds the same graph as after ``chain-graph load``.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

from neo4j import Driver

from chain_graph.dataset import Spool
from chain_graph.errors import ChainGraphError
from chain_graph.formats.export import ARRAY_DELIMITER, stream_csv
from chain_graph.records import MARKER, NodeRecord, RelationshipRecord
from chain_graph.store.server import ManagedServer, Progress

__all__ = ["bulk_import", "check_empty", "import_arguments"]


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


def write_import_files(spool: Spool, folder: Path) -> list[Path]:
    """The CSV files of the dataset, as the online loader would store it, streamed from the spool."""

    def nodes() -> Iterator[NodeRecord]:
        return (NodeRecord(n.id, (n.label, MARKER), n.properties) for n in spool.nodes())

    def relationships() -> Iterator[RelationshipRecord]:
        return (
            RelationshipRecord(r.type, r.start, r.end, {**r.properties, "key": r.key})
            for r in spool.relationships()
        )

    return stream_csv(nodes, relationships, folder)


def import_arguments(files: list[Path]) -> list[str]:
    kinds = ["--nodes" if f.name.startswith("nodes_") else "--relationships" for f in files]
    return [
        "--overwrite-destination",
        f"--array-delimiter={ARRAY_DELIMITER}",
        "--multiline-fields=true",
        *(f"{kind}={f.name}" for kind, f in zip(kinds, files, strict=True)),
    ]


def bulk_import(server: ManagedServer, spool: Spool, database: str | None, progress: Progress) -> None:
    """Write the CSV files and import them (the server is stopped and started again)."""
    with tempfile.TemporaryDirectory(prefix="chain-graph-bulk-") as work:
        folder = Path(work)
        progress("Writing the import files")
        files = write_import_files(spool, folder)
        server.import_full(import_arguments(files), folder, database or "neo4j", progress)
