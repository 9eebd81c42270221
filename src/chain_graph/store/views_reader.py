"""What the interactive views need from Neo4j, in the interchange shape of ``dataset``.

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

from chain_graph.errors import ChainGraphError
from chain_graph.model import LABELS
from chain_graph.store.loader import MARKER
from chain_graph.views.records import CHAIN_LABELS, PLACEMENT_TYPES, PLAYER_TYPES


def _by_id(variable: str, labels: Iterable[str] = LABELS) -> str:
    """``CALL`` subquery binding ``n`` to our node whose id is ``variable``, through the indexes."""
    branches = " UNION ".join(f"MATCH (n:{label}:`{MARKER}` {{id: {variable}}}) RETURN n" for label in labels)
    return f"CALL ({variable}) {{ {branches} }} "


_NODE_FIELDS = (
    "n.id AS id, [l IN labels(n) WHERE l <> $marker] AS labels, "
    "CASE WHEN n:Document THEN {name: n.name} ELSE properties(n) END AS props"
)


def _ids(session: Session, query: str, **params: Any) -> set[str]:
    return {record["id"] for record in session.run(query, marker=MARKER, **params)}


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
            f"'{centre}' is not an entity id in the database: give the id of a node to --focus"
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


def _records(session: Session, ids: set[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    nodes = [
        {"id": r["id"], "labels": sorted(r["labels"]), "properties": dict(r["props"])}
        for r in session.run(
            "UNWIND $ids AS node " + _by_id("node") + "RETURN " + _NODE_FIELDS, ids=sorted(ids), marker=MARKER
        )
    ]
    for node in nodes:
        node["properties"].pop("id", None)
    relationships = []
    for record in session.run(
        "UNWIND $ids AS node " + _by_id("node") + f"MATCH (n)-[r]->(m:`{MARKER}`) "
        "RETURN type(r) AS type, n.id AS start, m.id AS end, properties(r) AS props",
        ids=sorted(ids),
    ):
        if record["end"] not in ids:
            continue
        props = dict(record["props"])
        if not props.get("key"):
            props.pop("key", None)
        relationships.append(
            {"type": record["type"], "start": record["start"], "end": record["end"], "properties": props}
        )
    return nodes, relationships


def view_records(
    driver: Driver,
    places: Sequence[str],
    focus: Sequence[str],
    depth: int,
    database: str | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and relationships for the chain maps, the view of ``places`` and each focus view."""
    with driver.session(database=database, default_access_mode="READ") as session:
        ids = _chain_ids(session) | _park_ids(session, places)
        for centre in focus:
            ids |= _neighbourhood_ids(session, centre, depth)
        return _records(session, ids)
