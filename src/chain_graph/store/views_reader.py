"""What the interactive views need from Neo4j, as interchange records.

The views select their subgraphs in pure code (``chain_graph.views.records``); this module
fetches a superset of them, so that the same pages come out of the files and of the database:

- the chain graph: every Product, Process and Industry (and each Document's name, never its text);
- a park's view: its places, the players located or hosted in them, and their neighbours over
  the player relationships;
- each focus entity's neighbourhood, hop by hop up to the depth asked;

then every relationship between two of the nodes fetched. Every value is a query parameter;
only the labels and types of the model appear in the query text. Look-ups by id go through the
per-label uniqueness constraints.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from neo4j import Driver, Session

from chain_graph.errors import ChainGraphError, quoted
from chain_graph.model import CHAIN_LABELS, LABELS, PLACEMENT_TYPES, PLAYER_TYPES
from chain_graph.records import MARKER, NodeRecord, RecordSet, RelationshipRecord

__all__ = ["view_records"]


def _by_id(variable: str, labels: Iterable[str] = LABELS) -> str:
    """``CALL`` subquery binding ``n`` to our node whose id is ``variable``, through the indexes."""
    branches = " UNION ".join(f"MATCH (n:{label}:`{MARKER}` {{id: {variable}}}) RETURN n" for label in labels)
    return f"CALL ({variable}) {{ {branches} }} "


# A document's name only: the views never carry its full text.
_NODE_FIELDS = (
    "n.id AS id, labels(n) AS labels, "
    "CASE WHEN n:Document THEN {name: n.name} ELSE properties(n) END AS props"
)


def _ids(session: Session, query: str, **params: Any) -> set[str]:
    return {record["id"] for record in session.run(query, **params)}


def _chain_ids(session: Session) -> set[str]:
    wanted = " OR ".join(f"n:{label}" for label in (*CHAIN_LABELS, "Document"))
    return _ids(session, f"MATCH (n:`{MARKER}`) WHERE {wanted} RETURN n.id AS id")


def _park_ids(session: Session, places: Sequence[str]) -> set[str]:
    found = _ids(
        session,
        "UNWIND $places AS place " + _by_id("place", ("Park", "Region")) + "RETURN n.id AS id",
        places=list(places),
    )
    placement = "|".join(PLACEMENT_TYPES)
    players = _ids(
        session,
        "UNWIND $places AS place "
        + _by_id("place", ("Park", "Region"))
        + f"MATCH (x:`{MARKER}`)-[:{placement}]->(n) RETURN DISTINCT x.id AS id",
        places=sorted(found),
    )
    neighbours = _ids(
        session,
        "UNWIND $players AS player "
        + _by_id("player")
        + f"MATCH (n)-[:{'|'.join(PLAYER_TYPES)}]-(m:`{MARKER}`) RETURN DISTINCT m.id AS id",
        players=sorted(players),
    )
    return found | players | neighbours


def _neighbourhood_ids(session: Session, centre: str, depth: int) -> set[str]:
    if not _ids(session, "WITH $centre AS centre " + _by_id("centre") + "RETURN n.id AS id", centre=centre):
        raise ChainGraphError(
            f"{quoted(centre)} is not an entity id in the database: give the id of a node to focus on",
            options=("focus",),
        )
    seen, frontier = {centre}, {centre}
    for _ in range(depth):
        reached = _ids(
            session,
            "UNWIND $frontier AS node "
            + _by_id("node")
            + f"MATCH (n)--(m:`{MARKER}`) RETURN DISTINCT m.id AS id",
            frontier=sorted(frontier),
        )
        frontier = reached - seen
        seen |= frontier
        if not frontier:
            break
    return seen


def _records(session: Session, ids: set[str]) -> RecordSet:
    nodes = [
        NodeRecord.from_neo4j(r["id"], r["labels"], r["props"])
        for r in session.run(
            "UNWIND $ids AS node " + _by_id("node") + "RETURN " + _NODE_FIELDS, ids=sorted(ids)
        )
    ]
    relationships = [
        RelationshipRecord.from_neo4j(r["type"], r["start"], r["end"], r["props"])
        for r in session.run(
            "UNWIND $ids AS node " + _by_id("node") + f"MATCH (n)-[r]->(m:`{MARKER}`) "
            "RETURN type(r) AS type, n.id AS start, m.id AS end, properties(r) AS props",
            ids=sorted(ids),
        )
        if r["end"] in ids
    ]
    return nodes, relationships


def view_records(
    driver: Driver,
    places: Sequence[str],
    focus: Sequence[str],
    depth: int,
    database: str | None = None,
) -> RecordSet:
    """Nodes and relationships for the chain maps, the view of ``places`` and each focus view."""
    with driver.session(database=database, default_access_mode="READ") as session:
        ids = _chain_ids(session) | _park_ids(session, places)
        for centre in focus:
            ids |= _neighbourhood_ids(session, centre, depth)
        return _records(session, ids)
