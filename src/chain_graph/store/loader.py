"""Write a validated dataset into Neo4j: idempotent, all-or-nothing up to a limit, batched.

Nodes are merged on ``id`` under their label, relationships on (type, start, end, key), with
``UNWIND $rows`` batches; values travel only as parameters (labels and types in the query text
come from the model's fixed lists). ``SET x = row.props`` makes the stored properties exactly
those of the files, so a removed property is removed. Every node chain-graph writes carries the
marker label below; it is never exported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import ClientError

from chain_graph.dataset import Spool, Validated
from chain_graph.errors import ChainGraphError
from chain_graph.model import LABELS, RelType
from chain_graph.records import MARKER

__all__ = ["DEFAULT_BATCH_SIZE", "DEFAULT_TX_LIMIT", "LoadResult", "database_counts", "load_spool"]
DEFAULT_TX_LIMIT = 50_000
DEFAULT_BATCH_SIZE = 5_000

Advance = Callable[[int], None]


@dataclass(frozen=True)
class Batch:
    """One UNWIND statement and its rows."""

    query: str
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class LoadResult:
    written: dict[str, int]  # records written per label / type
    deleted_nodes: int
    deleted_relationships: int
    transactions: int


def _node_query(label: str) -> str:
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n = row.props SET n:`{MARKER}`"


def _relationship_query(rel_type: str, start_label: str, end_label: str) -> str:
    if rel_type not in RelType.__members__ or start_label not in LABELS or end_label not in LABELS:
        raise ValueError(f"unknown relationship {rel_type!r} {start_label!r} {end_label!r}")
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{start_label} {{id: row.start}}) MATCH (b:{end_label} {{id: row.end}}) "
        f"MERGE (a)-[r:{rel_type} {{key: row.key}}]->(b) SET r = row.props"
    )


def plan_batches(spool: Spool, batch_size: int) -> Iterator[Batch]:
    """All node batches first, then all relationship batches, grouped by label / type."""
    node_rows: dict[str, list[dict[str, Any]]] = {}
    for node in spool.nodes():
        rows = node_rows.setdefault(node.label, [])
        rows.append({"id": node.id, "props": {**node.properties, "id": node.id}})
        if len(rows) >= batch_size:
            yield Batch(_node_query(node.label), rows)
            node_rows[node.label] = []
    for label, rows in sorted(node_rows.items()):
        if rows:
            yield Batch(_node_query(label), rows)
    rel_rows: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    label_of = spool.validated.label
    for rel in spool.relationships():
        group = (rel.type, label_of(rel.start), label_of(rel.end))
        rows = rel_rows.setdefault(group, [])
        # The key is always stored ("" by default) so that MERGE can match on it.
        rows.append(
            {"start": rel.start, "end": rel.end, "key": rel.key, "props": {**rel.properties, "key": rel.key}}
        )
        if len(rows) >= batch_size:
            yield Batch(_relationship_query(*group), rows)
            rel_rows[group] = []
    for group, rows in sorted(rel_rows.items()):
        if rows:
            yield Batch(_relationship_query(*group), rows)


def foreign_node_count(driver: Driver, database: str | None) -> int:
    """Nodes in the database that chain-graph did not write (from the count store: O(1))."""
    records, _, _ = driver.execute_query(
        f"CALL () {{ MATCH (n) RETURN count(n) AS total }} "
        f"CALL () {{ MATCH (m:`{MARKER}`) RETURN count(m) AS ours }} RETURN total - ours AS foreign",
        database_=database,
    )
    return int(records[0]["foreign"])


def _run(tx: ManagedTransaction, batch: Batch) -> None:
    tx.run(batch.query, rows=batch.rows).consume()


def _stale(tx: ManagedTransaction, validated: Validated) -> tuple[list[str], list[str]]:
    """Ids of our nodes, and element ids of our relationships, that the files no longer hold."""
    nodes = [
        record["id"]
        for record in tx.run(f"MATCH (n:`{MARKER}`) RETURN n.id AS id")
        if record["id"] not in validated.nodes
    ]
    relationships = []
    for record in tx.run(
        f"MATCH (a:`{MARKER}`)-[r]->(b:`{MARKER}`) RETURN elementId(r) AS rid, type(r) AS type, "
        "a.id AS start, b.id AS end, coalesce(r.key, '') AS key"
    ):
        identity = (record["type"], record["start"], record["end"], record["key"])
        if identity not in validated.relationships:
            relationships.append(record["rid"])
    return nodes, relationships


def _delete(tx: ManagedTransaction, nodes: list[str], relationships: list[str]) -> None:
    for start in range(0, len(relationships), DEFAULT_BATCH_SIZE):
        tx.run(
            "UNWIND $ids AS rid MATCH ()-[r]->() WHERE elementId(r) = rid DELETE r",
            ids=relationships[start : start + DEFAULT_BATCH_SIZE],
        ).consume()
    for start in range(0, len(nodes), DEFAULT_BATCH_SIZE):
        tx.run(
            f"UNWIND $ids AS nid MATCH (n:`{MARKER}` {{id: nid}}) DETACH DELETE n",
            ids=nodes[start : start + DEFAULT_BATCH_SIZE],
        ).consume()


def load_spool(
    driver: Driver,
    spool: Spool,
    *,
    database: str | None = None,
    replace: bool = False,
    force: bool = False,
    tx_limit: int = DEFAULT_TX_LIMIT,
    batch_size: int = DEFAULT_BATCH_SIZE,
    advance: Advance | None = None,
) -> LoadResult:
    """Merge a validated, spooled dataset into Neo4j.

    A dataset of at most ``tx_limit`` records is written in one transaction (all or nothing);
    a larger one commits batch by batch, and a re-run after a crash completes it. With
    ``replace``, our nodes and relationships that the files no longer hold are deleted.
    """
    if not force:
        foreign = foreign_node_count(driver, database)
        if foreign:
            raise ChainGraphError(
                f"the database holds {foreign} node(s) that chain-graph did not write; "
                "load into an empty database, or force the load to write beside them",
                options=("force",),
            )
    tick = advance or (lambda _: None)
    validated = spool.validated
    batches = plan_batches(spool, batch_size)
    transactions = 0
    deleted: tuple[list[str], list[str]] = ([], [])
    with driver.session(database=database) as session:
        if validated.total <= tx_limit:
            planned = list(batches)  # at most tx_limit rows: replayable if the driver retries

            def write_all(tx: ManagedTransaction) -> tuple[list[str], list[str]]:
                for batch in planned:
                    _run(tx, batch)
                stale = _stale(tx, validated) if replace else ([], [])
                _delete(tx, *stale)
                return stale

            deleted = session.execute_write(write_all)
            transactions = 1
            tick(validated.total)
        else:
            for batch in batches:
                session.execute_write(_run, batch)
                transactions += 1
                tick(len(batch.rows))
            if replace:
                deleted = session.execute_read(_stale, validated)
                session.execute_write(_delete, *deleted)
                transactions += 1
    return LoadResult(dict(validated.counts), len(deleted[0]), len(deleted[1]), transactions)


def _count_store(driver: Driver, database: str | None) -> dict[str, int] | None:
    """Nodes per label and relationships per type from the database's count store, when every
    node is chain-graph's; else ``None``, as for a user not allowed to read the store.

    One procedure call: on a server just started (after a bulk import) it answers in a fraction
    of a second, where planning the forty count queries below takes seconds.
    """
    try:
        records, _, _ = driver.execute_query(
            "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data", database_=database
        )
    except ClientError:  # not an administrator
        return None
    data = records[0]["data"]
    nodes = {entry.get("label"): entry["count"] for entry in data["nodes"]}  # no label: all nodes
    if nodes.get(None, 0) != nodes.get(MARKER, 0):
        return None
    types = {  # per type; the entries naming a start or end label are finer counts
        entry["relationshipType"]: entry["count"]
        for entry in data["relationships"]
        if entry.keys() == {"relationshipType", "count"}
    }
    counts = {**{x: nodes.get(x, 0) for x in LABELS}, **{str(x): types.get(x, 0) for x in RelType}}
    return {name: count for name, count in sorted(counts.items()) if count}


def database_counts(driver: Driver, database: str | None = None) -> dict[str, int]:
    """Nodes per label and relationships per type among what chain-graph wrote."""
    counts = _count_store(driver, database)
    if counts is not None:
        return counts
    # When every node is chain-graph's, the database's own counts answer at once; otherwise each
    # label and type is counted among the marked nodes (a scan).
    if foreign_node_count(driver, database) == 0:
        node_pattern, rel_pattern = "(n:{})", "()-[r:{}]->()"
    else:
        node_pattern, rel_pattern = f"(n:{{}}:`{MARKER}`)", f"(:`{MARKER}`)-[r:{{}}]->(:`{MARKER}`)"
    # One round trip: each count a subquery of one UNION (the names are the model's, never input).
    query = " UNION ALL ".join(
        [
            *(f"MATCH {node_pattern.format(x)} WITH count(n) AS c RETURN '{x}' AS name, c" for x in LABELS),
            *(f"MATCH {rel_pattern.format(x)} WITH count(r) AS c RETURN '{x}' AS name, c" for x in RelType),
        ]
    )
    records, _, _ = driver.execute_query(query, database_=database)
    return {record["name"]: record["c"] for record in sorted(records, key=lambda r: r["name"]) if record["c"]}
