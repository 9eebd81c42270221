"""Read what chain-graph wrote back out of Neo4j, in the interchange shape of ``dataset``."""

from __future__ import annotations

from typing import Any

from neo4j import Driver

from chain_graph.store.loader import MARKER


def export_records(
    driver: Driver, database: str | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes ``{"id", "labels", "properties"}`` and relationships ``{"type", "start", "end", "properties"}``.

    The marker label and the default empty ``key`` are bookkeeping: they are left out, so the
    result equals the export of the files the graph was loaded from.
    """
    nodes: list[dict[str, Any]] = []
    relationships: list[dict[str, Any]] = []
    with driver.session(database=database) as session:
        for record in session.run(
            f"MATCH (n:`{MARKER}`) "
            "RETURN n.id AS id, [l IN labels(n) WHERE l <> $marker] AS labels, properties(n) AS props",
            marker=MARKER,
        ):
            props = dict(record["props"])
            props.pop("id", None)
            nodes.append({"id": record["id"], "labels": sorted(record["labels"]), "properties": props})
        for record in session.run(
            f"MATCH (a:`{MARKER}`)-[r]->(b:`{MARKER}`) "
            "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"
        ):
            props = dict(record["props"])
            if not props.get("key"):
                props.pop("key", None)
            relationships.append(
                {"type": record["type"], "start": record["start"], "end": record["end"], "properties": props}
            )
    return nodes, relationships
