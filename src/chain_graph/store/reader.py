"""Read what chain-graph wrote back out of Neo4j: interchange records for the export, and the
aggregates of the gap analysis (a product graph and player facts for :func:`assemble`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from neo4j import Driver, Session

from chain_graph.analysis.inputs import (
    ChainInfo,
    ChainInputs,
    DemandFact,
    Evidence,
    PlayerFact,
    ProcessInfo,
    ProductGraph,
    ProductInfo,
    Scope,
    assemble,
    upstream_process,
)
from chain_graph.errors import ChainGraphError, quoted
from chain_graph.names import Match
from chain_graph.records import (
    MARKER,
    Entity,
    Neighbour,
    NodeRecord,
    RecordSet,
    RelationshipRecord,
    sorted_neighbours,
)
from chain_graph.vocabulary import PlayerKind, ProjectStatus, Tier, status_rank

__all__ = ["chain_inputs", "entity", "every_park_inputs", "export_records", "find", "places"]


def export_records(driver: Driver, database: str | None = None) -> RecordSet:
    """Every node and relationship chain-graph wrote, as interchange records.

    They equal the records of the files the graph was loaded from (see :mod:`chain_graph.records`).
    """
    with driver.session(database=database, default_access_mode="READ") as session:
        nodes = [
            NodeRecord.from_neo4j(r["id"], r["labels"], r["props"])
            for r in session.run(
                f"MATCH (n:`{MARKER}`) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
            )
        ]
        relationships = [
            RelationshipRecord.from_neo4j(r["type"], r["start"], r["end"], r["props"])
            for r in session.run(
                f"MATCH (a:`{MARKER}`)-[r]->(b:`{MARKER}`) "
                "RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props"
            )
        ]
    return nodes, relationships


def entity(driver: Driver, node_id: str, limit: int, database: str | None = None) -> Entity | None:
    """A node and at most ``limit`` of its relationships (both directions), or None."""
    with driver.session(database=database, default_access_mode="READ") as session:
        found = session.run(
            f"MATCH (n:`{MARKER}` {{id: $id}}) "
            f"OPTIONAL MATCH (n)-[r]-(m:`{MARKER}`) "
            "WITH n, r, m ORDER BY type(r), startNode(r) <> n, m.name, m.id "
            "WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE {type: type(r), props: properties(r), "
            "out: startNode(r) = n, id: m.id, labels: labels(m), node: properties(m)} END) AS links "
            "RETURN labels(n) AS labels, properties(n) AS props, links[..$limit] AS links, "
            "size(links) AS total",
            id=node_id,
            limit=limit,
        ).single()
    if found is None:
        return None
    neighbours = []
    for link in found["links"]:
        other = NodeRecord.from_neo4j(link["id"], link["labels"], link["node"])
        start, end = (node_id, other.id) if link["out"] else (other.id, node_id)
        rel = RelationshipRecord.from_neo4j(link["type"], start, end, link["props"])
        neighbours.append(Neighbour(rel, other, bool(link["out"])))
    node = NodeRecord.from_neo4j(node_id, found["labels"], found["props"])
    return Entity(node, sorted_neighbours(neighbours), max(0, found["total"] - limit))


def places(driver: Driver, database: str | None = None) -> list[NodeRecord]:
    """Every park and region chain-graph wrote."""
    with driver.session(database=database, default_access_mode="READ") as session:
        rows = session.run(
            f"MATCH (n:`{MARKER}`) WHERE n:Park OR n:Region "
            "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props"
        )
        found = [NodeRecord.from_neo4j(r["id"], r["labels"], r["props"]) for r in rows]
    return sorted(found, key=lambda r: (r.label, r.name, r.id))


# --- aggregates for the gap analysis ---------------------------------------------------------

_PLACES = """
CALL () {
  UNWIND $places AS place MATCH (l:Park {id: place}) RETURN l
  UNION
  UNWIND $places AS place MATCH (l:Region {id: place}) RETURN l
}
"""
_PLAYER_FIELDS = """
x.id AS id, x.name AS name, x:Project AS is_project, x.status AS status,
r.capacity_t_per_year AS capacity, r.source AS source, r.quote AS quote,
r.confidence AS confidence, r.source_ref AS source_ref, r.process AS process, r.captive AS captive,
coalesce(x.status_date, x.signed_date) AS status_date
"""


def _fact(record: Any, relation: str, product: str) -> PlayerFact:
    is_project = bool(record["is_project"])
    return PlayerFact(
        relation=relation,
        product=product,
        id=record["id"],
        name=record["name"],
        kind=PlayerKind.PROJECT if is_project else PlayerKind.ENTERPRISE,
        project_status=ProjectStatus(record["status"]) if is_project else None,
        capacity_t_per_year=record["capacity"],
        places=tuple((place, name) for place, name in record["here"]),
        evidence=Evidence.of(record["source"], record["quote"], record["confidence"], record["source_ref"]),
        process=record["process"] if relation == "PRODUCES" else None,
        captive=bool(record["captive"]) and relation == "PRODUCES",
        status_date=record["status_date"] if is_project else None,
    )


def _product_graph(session: Session) -> ProductGraph:
    """The small part: products, processes with their inputs and outputs, industries served."""
    products = {
        r["id"]: ProductInfo(
            r["id"],
            r["name"],
            r["name_en"],
            tuple(r["chains"] or ()),
            Tier(r["tier"]) if r["tier"] else None,
            r["typical"],
            bool(r["byproduct"]),
        )
        for r in session.run(
            "MATCH (p:Product) RETURN p.id AS id, p.name AS name, p.name_en AS name_en, "
            "p.chains AS chains, p.tier AS tier, p.typical_plant_t_per_year AS typical, "
            "p.byproduct AS byproduct"
        )
    }
    processes = {
        r["id"]: ProcessInfo(
            r["id"],
            r["name"],
            tuple(sorted(i for i, _ in r["inputs"])),
            tuple(sorted(o for o, _ in r["outputs"])),
            dict(sorted((i, ratio) for i, ratio in r["inputs"] if ratio is not None)),
            dict(sorted((o, ratio) for o, ratio in r["outputs"] if ratio is not None)),
        )
        for r in session.run(
            "MATCH (pr:Process) RETURN pr.id AS id, pr.name AS name, "
            "COLLECT { MATCH (i:Product)-[f:FEEDS]->(pr) RETURN [i.id, f.ratio_t_per_t] } AS inputs, "
            "COLLECT { MATCH (pr)-[y:YIELDS]->(o:Product) RETURN [o.id, y.ratio_t_per_t] } AS outputs"
        )
    }
    industries = {
        r["id"]: r["name"] for r in session.run("MATCH (i:Industry) RETURN i.id AS id, i.name AS name")
    }
    serves: dict[str, list[str]] = {}
    for r in session.run("MATCH (p:Product)-[:SERVES]->(i:Industry) RETURN p.id AS p, i.id AS i"):
        serves.setdefault(r["p"], []).append(r["i"])
    names = {p.id: p.name for p in products.values()}
    for r in session.run(
        "MATCH (a:Product)-[:UPSTREAM_OF]->(b:Product) RETURN DISTINCT a.id AS a, b.id AS b ORDER BY a, b"
    ):
        link = upstream_process(r["a"], r["b"], names)
        processes[link.id] = link
    chains = {
        r["code"]: ChainInfo(r["code"], r["name"], r["name_en"], r["id"])
        for r in session.run(
            "MATCH (c:Chain) RETURN c.id AS id, c.code AS code, c.name AS name, c.name_en AS name_en "
            "ORDER BY code"
        )
    }
    return ProductGraph(
        products, processes, industries, {p: tuple(sorted(i)) for p, i in serves.items()}, chains
    )


def _focus_industries(session: Session, scope_id: str) -> dict[str, float]:
    """FOCUSES_ON of the scope, else of the nearest park or region it is PART_OF."""
    found: dict[int, dict[str, float]] = {}
    for r in session.run(
        "MATCH path = (s {id: $scope})-[:PART_OF*0..]->(a)-[f:FOCUSES_ON]->(i:Industry) "
        "WHERE s:Park OR s:Region "
        "RETURN length(path) - 1 AS hops, i.id AS industry, coalesce(f.weight, 1.0) AS weight",
        scope=scope_id,
    ):
        found.setdefault(r["hops"], {})[r["industry"]] = r["weight"]
    return found[min(found)] if found else {}


def _demands(session: Session, scope_id: str) -> list[DemandFact]:
    """DEMANDS of the scope and every place above it (fewest PART_OF steps), and of industries."""
    return [
        DemandFact(
            holder=r["holder"],
            holder_name=r["name"],
            product=r["product"],
            t_per_year=r["t"],
            hops=r["hops"],
            date=r["date"],
            evidence=Evidence.of(r["source"], r["quote"], r["confidence"], r["source_ref"]),
        )
        for r in session.run(
            "CALL () { "
            "  MATCH path = (s {id: $scope})-[:PART_OF*0..]->(a:Region) WHERE s:Park OR s:Region "
            "  RETURN a, min(length(path)) AS hops "
            "  UNION "
            "  MATCH (a:Industry) RETURN a, null AS hops "
            "} "
            "MATCH (a)-[d:DEMANDS]->(p:Product) "
            "RETURN a.id AS holder, a.name AS name, p.id AS product, d.demand_t_per_year AS t, hops, "
            "d.date AS date, d.source AS source, d.quote AS quote, d.confidence AS confidence, "
            "d.source_ref AS source_ref",
            scope=scope_id,
        )
    ]


def _shared_names(session: Session) -> dict[str, list[str]]:
    """Each name or alias that two or more of our nodes carry, with their ids (aggregated here)."""
    return {
        r["name"]: r["ids"]
        for r in session.run(
            f"MATCH (n:`{MARKER}`) WHERE n.name IS NOT NULL "
            "UNWIND [n.name] + coalesce(n.aliases, []) AS name "
            "WITH name, collect(DISTINCT n.id) AS ids WHERE size(ids) > 1 RETURN name, ids"
        )
    }


def _local_facts(session: Session, places: tuple[str, ...]) -> tuple[list[PlayerFact], set[str]]:
    """Producers, storage and supplied customers inside the places, and the ids of every local player."""
    facts: list[PlayerFact] = []
    ids: set[str] = set()
    for r in session.run(
        _PLACES + "MATCH (x)-[:LOCATED_IN|HOSTED_IN]->(l) WHERE x:Enterprise OR x:Project "
        "WITH x, collect([l.id, l.name]) AS here "
        "CALL (x) { MATCH (x)-[r:PRODUCES|STORES]->(p:Product) RETURN r, p.id AS product "
        "  UNION MATCH ()-[r:SUPPLIES]->(x) WHERE r.product IS NOT NULL RETURN r, r.product AS product } "
        "RETURN type(r) AS type, product, here, " + _PLAYER_FIELDS,
        places=list(places),
    ):
        ids.add(r["id"])
        facts.append(_fact(r, r["type"], r["product"]))
    return facts, ids


def _candidates(session: Session, exclude: set[str], per_product: int) -> list[PlayerFact]:
    """Per product, the first producers outside ``exclude``, each with its best-stated plant.

    The database pre-selects in :func:`~chain_graph.analysis.inputs.player_order` (operating
    first, then by lifecycle and capacity) so that ``LIMIT`` keeps what ``assemble`` would keep.
    """
    candidates: list[PlayerFact] = []
    for r in session.run(
        "MATCH (p:Product) "
        "CALL (p) { "
        "  MATCH (x)-[r:PRODUCES]->(p) WHERE (x:Enterprise OR x:Project) AND NOT x.id IN $exclude "
        "  WITH x, r ORDER BY coalesce(r.capacity_t_per_year, 0.0) DESC, r.quote[0], r.source[0] "
        "  WITH x, head(collect(r)) AS r "
        "  WITH x, r, CASE WHEN x:Project THEN x.status ELSE 'operating' END AS status "
        "  ORDER BY $rank[status] DESC, coalesce(r.capacity_t_per_year, 0.0) DESC, x.id "
        "  LIMIT $n "
        "  RETURN x, r, COLLECT { MATCH (x)-[:LOCATED_IN|HOSTED_IN]->(l) RETURN [l.id, l.name] } AS here "
        "} "
        "RETURN p.id AS product, here, " + _PLAYER_FIELDS,
        exclude=sorted(exclude),
        n=per_product,
        rank=status_rank(),
    ):
        candidates.append(_fact(r, "PRODUCES", r["product"]))
    return candidates


def chain_inputs(
    driver: Driver, scope_id: str, database: str | None = None, candidates_per_product: int = 5
) -> ChainInputs:
    """The gap analysis inputs for a park or region, aggregated by the database.

    Only players inside the scope come back in full; for the rest of the country the database
    returns at most ``candidates_per_product`` producers per product.
    """
    with driver.session(database=database, default_access_mode="READ") as session:
        found = session.run(
            "MATCH (s {id: $scope}) WHERE s:Park OR s:Region "
            "OPTIONAL MATCH (x)-[:PART_OF*1..]->(s) WHERE x:Park OR x:Region "
            "RETURN s.name AS name, s:Park AS is_park, collect(DISTINCT x.id) AS inside",
            scope=scope_id,
        ).single()
        if found is None:
            raise ChainGraphError(f"{quoted(scope_id)} is not a park or region id in the database")
        places = tuple(sorted({scope_id, *found["inside"]}))
        scope = Scope("park" if found["is_park"] else "region", scope_id, found["name"], places)
        graph = _product_graph(session)
        local, local_ids = _local_facts(session, places)
        candidates = _candidates(session, local_ids, candidates_per_product)
        names = _shared_names(session)
        focus = _focus_industries(session, scope_id)
        demands = _demands(session, scope_id)
    return assemble(scope, graph, [*local, *candidates], candidates_per_product, names, focus, demands)


def every_park_inputs(
    driver: Driver, database: str | None = None, candidates_per_product: int = 5
) -> Iterator[ChainInputs]:
    """The inputs of :func:`chain_inputs` for every park, in id order, read in linear time.

    The product graph and one national list of candidates per product are read once; then each
    park's own players. The candidate lists are long enough to hold, for any park, its first
    ``candidates_per_product`` producers from elsewhere, so every park gets what
    :func:`chain_inputs` would give it.
    """
    with driver.session(database=database, default_access_mode="READ") as session:
        graph = _product_graph(session)
        names = _shared_names(session)
        parks = [
            (r["id"], r["name"], tuple(sorted({r["id"], *r["inside"]})))
            for r in session.run(
                "MATCH (s:Park) RETURN s.id AS id, s.name AS name, "
                "COLLECT { MATCH (x)-[:PART_OF*1..]->(s) WHERE x:Park OR x:Region RETURN x.id } AS inside "
                "ORDER BY id"
            )
        ]
        # The most producers of one product inside one park scope: a national list that long,
        # plus candidates_per_product, always leaves enough once a park's own players are removed.
        per_park: dict[str, dict[str, int]] = {}
        for r in session.run(
            "MATCH (l:Park)<-[:LOCATED_IN|HOSTED_IN]-(x)-[:PRODUCES]->(p:Product) "
            "WHERE x:Enterprise OR x:Project RETURN l.id AS park, p.id AS product, count(DISTINCT x) AS n"
        ):
            per_park.setdefault(r["park"], {})[r["product"]] = r["n"]
        deepest = max(
            (
                sum(per_park.get(place, {}).get(p, 0) for place in places)
                for _, _, places in parks
                for p in graph.products
            ),
            default=0,
        )
        national = _candidates(session, set(), candidates_per_product + deepest)
        for park_id, name, places in parks:
            local, local_ids = _local_facts(session, places)
            elsewhere = [c for c in national if c.id not in local_ids]
            scope = Scope("park", park_id, name, places)
            focus = _focus_industries(session, park_id)
            demands = _demands(session, park_id)
            yield assemble(scope, graph, [*local, *elsewhere], candidates_per_product, names, focus, demands)


_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def find(driver: Driver, text: str, limit: int = 10, database: str | None = None) -> list[Match]:
    """Nodes by name through the ``entity_names`` full-text index (the text taken literally, not
    as Lucene syntax); a node whose id is the text comes first."""
    query = _LUCENE_SPECIAL.sub(r"\\\1", text.strip())
    if not query:
        return []
    found: dict[str, Match] = {}
    with driver.session(database=database, default_access_mode="READ") as session:
        rows = session.run(
            "CALL () { "
            "  MATCH (n:_ChainGraph {id: $text}) RETURN n, 1.0 AS score, 'id' AS how "
            "  UNION "
            "  MATCH (n:Enterprise) WHERE n.stock_code = $text OR n.credit_code = $text "
            "  RETURN n, 1.0 AS score, 'code' AS how "
            "  UNION "
            "  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) "
            "  YIELD node AS n, score RETURN n, score, 'full-text' AS how "
            "} "
            "RETURN n.id AS id, [l IN labels(n) WHERE l <> '_ChainGraph'][0] AS label, n.name AS name, "
            "coalesce(n.name_en, '') AS name_en, score, how "
            "ORDER BY how IN ['id', 'code'] DESC, score DESC, id",
            text=text.strip(),
            lucene=query,
            limit=limit,
        )
        for r in rows:
            if r["id"] not in found:
                matched = {"id": r["id"], "code": text.strip()}.get(r["how"], r["name"])
                score = round(float(r["score"]), 3)
                found[r["id"]] = Match(r["id"], r["label"], r["name"], r["name_en"], matched, r["how"], score)
    return list(found.values())[:limit]
