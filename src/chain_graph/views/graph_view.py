"""The park view and the focus view: a subgraph of the whole graph, drawn as it is.

- **park view**: the park (or region), the parks inside it, the enterprises, projects and
  platforms standing in them, and what those make, store, supply, invest in or pull along;
- **focus view**: everything within K hops of one entity, whatever its type.

Players sit in a disc around their park; products, processes and industries in the middle.
"""

from __future__ import annotations

from chain_graph.analysis.study import GapStudy
from chain_graph.errors import ChainGraphError, quoted
from chain_graph.views import aggregate
from chain_graph.views.entities import broken_edges, entity_edge, entity_node
from chain_graph.views.layout import clustered
from chain_graph.views.model import AGGREGATE_LIMIT, PHYSICS_LIMIT, VEdge, View, VNode
from chain_graph.views.records import Records, documents, neighbourhood_ids, park_ids

# Order of the central disc: what a planner looks for first sits in the middle.
CENTRE_ORDER = {"Product": 0, "Process": 1, "Industry": 2, "Platform": 3, "Project": 4, "Enterprise": 5}


def _layout(nodes: list[VNode], sub: Records, first: str) -> None:
    """Players in a disc around their place, places on a ring, the rest in the centre."""
    places = aggregate.place_of(sub)
    ids = {n.id for n in nodes}
    order = sorted(nodes, key=lambda n: (n.id != first, CENTRE_ORDER.get(n.kind, 9), n.id))
    groups: dict[str, list[str]] = {}
    for node in order:
        place = node.place if node.kind == "Aggregate" else places.get(node.id)
        if place in ids and place != node.id:
            groups.setdefault(place, [place]).append(node.id)
    grouped = {m for members in groups.values() for m in members}
    centre = [n.id for n in order if n.id not in grouped]
    positions = clustered(centre, groups)
    for node in nodes:
        node.x, node.y = positions[node.id]


def graph_view(
    study: GapStudy,
    records: Records,
    sub: Records,
    centre: str,
    slug: str,
    kind: str,
    title: str,
    subtitle: str,
) -> View:
    docs = documents(records)
    notes: list[str] = []
    if len(sub.nodes) > AGGREGATE_LIMIT:
        member_of = aggregate.group_players(sub, {centre})
        groups = {g.id: g for g in member_of.values()}
        nodes = [entity_node(study, sub, docs, i) for i in sub.nodes if i not in member_of]
        nodes.extend(aggregate.group_node(sub, groups[g]) for g in sorted(groups))
        plain, edges = aggregate.group_edges(sub, member_of)
        edges = [*(entity_edge(sub, docs, r) for r in plain), *edges]
        notes.append(
            f"{len(sub.nodes):,} entities: enterprises and projects are grouped per place "
            f"({len(member_of):,} players in {len(groups):,} groups)."
        )
    else:
        nodes = [entity_node(study, sub, docs, i) for i in sub.nodes]
        edges = [entity_edge(sub, docs, r) for r in sub.relationships]
    edges.extend(broken_edges(study, {n.id for n in nodes}))
    for node in nodes:
        if node.id == centre:
            node.focus = True
    _layout(nodes, sub, centre)
    if len(nodes) > PHYSICS_LIMIT:
        notes.append(
            f"{len(nodes):,} nodes: positions are computed beforehand and physics is off "
            f"(above {PHYSICS_LIMIT:,}); links hide while you drag or zoom."
        )
    return View(slug, kind, title, subtitle, nodes, _dedupe(edges), notes=notes)


def _dedupe(edges: list[VEdge]) -> list[VEdge]:
    seen: set[tuple[str, str, str, str]] = set()
    unique: list[VEdge] = []
    for edge in edges:
        key = (edge.start, edge.end, edge.kind, edge.key)
        if key not in seen:
            seen.add(key)
            unique.append(edge)
    return unique


def _counts(sub: Records) -> str:
    labels = [n.label for n in sub.nodes.values()]
    parts = [
        f"{labels.count(label)} {word}"
        for label, word in (
            ("Enterprise", "enterprises 企业"),
            ("Project", "projects 项目"),
            ("Product", "products 产品"),
            ("Platform", "platforms 平台"),
        )
        if label in labels
    ]
    return " · ".join(parts)


def park_view(study: GapStudy, records: Records) -> View:
    scope = study.inputs.scope
    if scope.id not in records.nodes:
        raise ChainGraphError(f"'{scope.id}' is not a park or region id in the data")
    sub = records.induced(park_ids(records, scope.places))
    word = "园区视图 Park" if scope.kind == "park" else "区域视图 Region"
    return graph_view(
        study,
        records,
        sub,
        scope.id,
        f"{scope.kind}-{scope.id}",
        "park",
        f"{word} · {scope.name}",
        f"情景 scenario {study.report.scenario} · {_counts(sub)}",
    )


def focus_view(study: GapStudy, records: Records, centre: str, depth: int) -> View:
    if centre not in records.nodes or records.nodes[centre].label == "Document":
        raise ChainGraphError(
            f"{quoted(centre)} is not an entity id in the data: give the id of a node to focus on",
            options=("focus",),
        )
    sub = records.induced(neighbourhood_ids(records, centre, depth))
    name = records.name(centre)
    hops = "1 hop" if depth == 1 else f"{depth} hops"
    return graph_view(
        study,
        records,
        sub,
        centre,
        f"focus-{centre}",
        "focus",
        f"焦点 Focus · {name}",
        f"{centre} · {hops} · {study.report.scope['name']} · 情景 scenario {study.report.scenario} · "
        f"{len(sub.nodes)} entities",
    )
