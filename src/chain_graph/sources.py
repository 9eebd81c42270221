"""Where the graph is read from: the seed files or Neo4j, behind one :class:`GraphSource` seam.

Both sources offer the same reads, and both hand the gap analysis's facts to the one pure
:func:`~chain_graph.analysis.inputs.assemble`, so the same data gives the same answers:

- ``chain_inputs(scope_id)``: what the gap analysis of a park or region needs;
- ``view_records(places, focus, depth)``: what the interactive views draw from (a superset);
- ``export_records()``: every node and relationship, as interchange records;
- ``find(text)``: nodes by name, alias, code or id (``chain-graph find``);
- ``entity(id)``: a node and its relationships, ``places()``: every park and region (the
  console, ``chain-graph serve``).

:class:`FileSource` is here; ``chain_graph.store.source.Neo4jSource`` reads a database.

>>> from pathlib import Path
>>> from chain_graph.analysis.study import study
>>> inputs = FileSource(Path("seed")).chain_inputs("quangang-petrochemical-park")
>>> study(inputs, "committed").report.targets[0].action in ("fill", "strengthen", "extend")
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import Protocol

from chain_graph import dataset as ds
from chain_graph.analysis.inputs import (
    FACT_TYPES,
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
from chain_graph.model import (
    PLACEMENT_TYPES,
    ChainDef,
    Industry,
    Node,
    Park,
    Process,
    Product,
    Project,
    Region,
    Relationship,
)
from chain_graph.names import Match, NameIndex
from chain_graph.records import (
    Entity,
    Neighbour,
    NodeRecord,
    RecordSet,
    RelationshipRecord,
    sorted_neighbours,
)
from chain_graph.vocabulary import PlayerKind

__all__ = ["CANDIDATES_PER_PRODUCT", "ENTITY_LINKS", "FileSource", "GraphSource"]

CANDIDATES_PER_PRODUCT = 5
ENTITY_LINKS = 500  # relationships an entity page lists; a hub (a region, propylene) has more


class GraphSource(Protocol):
    """A readable chain graph: the files, or a Neo4j database."""

    def chain_inputs(
        self, scope_id: str, candidates_per_product: int = CANDIDATES_PER_PRODUCT
    ) -> ChainInputs:
        """The gap analysis inputs of a park or region (``ChainGraphError`` if there is no such id)."""
        ...

    def view_records(self, places: Sequence[str], focus: Sequence[str], depth: int) -> RecordSet:
        """At least every node and relationship the views of ``places`` and ``focus`` select."""
        ...

    def export_records(self) -> RecordSet:
        """Every node and relationship."""
        ...

    def find(self, text: str, limit: int = 10) -> list[Match]:
        """Nodes whose name, English name, alias or id matches ``text``, best first."""
        ...

    def entity(self, node_id: str, limit: int = ENTITY_LINKS) -> Entity | None:
        """The node ``node_id`` and at most ``limit`` of its relationships (None: no such node)."""
        ...

    def places(self) -> list[NodeRecord]:
        """Every park and region, by name: the scopes an analysis can take."""
        ...


class FileSource:
    """A seed folder, a YAML file or an export JSON file (or several, read as one dataset),
    validated once on first use."""

    def __init__(self, path: ds.DataPaths) -> None:
        self.path = path

    @classmethod
    def of(cls, dataset: ds.Dataset) -> FileSource:
        """A source over a dataset already read and validated."""
        source = cls(Path("<dataset>"))
        source.__dict__["dataset"] = dataset  # fills the cached property
        return source

    @cached_property
    def dataset(self) -> ds.Dataset:
        return ds.load(self.path)

    def export_records(self) -> RecordSet:
        return (
            [NodeRecord.from_model(n) for n in self.dataset.nodes],
            [RelationshipRecord.from_model(r) for r in self.dataset.relationships],
        )

    def view_records(self, places: Sequence[str], focus: Sequence[str], depth: int) -> RecordSet:
        return self.export_records()  # the whole dataset: the views select from it

    def find(self, text: str, limit: int = 10) -> list[Match]:
        return self._names.find(text, limit)

    def entity(self, node_id: str, limit: int = ENTITY_LINKS) -> Entity | None:
        node = self._nodes.get(node_id)
        if node is None:
            return None
        links = self._links.get(node_id, [])
        neighbours = [
            Neighbour(
                RelationshipRecord.from_model(rel),
                NodeRecord.from_model(self._nodes[rel.end if rel.start == node_id else rel.start]),
                rel.start == node_id,
            )
            for rel in links
        ]
        ordered = sorted_neighbours(neighbours)
        return Entity(NodeRecord.from_model(node), ordered[:limit], max(0, len(ordered) - limit))

    def places(self) -> list[NodeRecord]:
        found = [NodeRecord.from_model(n) for n in self.dataset.nodes if isinstance(n, Park | Region)]
        return sorted(found, key=lambda r: (r.label, r.name, r.id))

    @cached_property
    def _links(self) -> dict[str, list[Relationship]]:
        """Each node's relationships, both directions (a self-loop once)."""
        links: dict[str, list[Relationship]] = defaultdict(list)
        for rel in self.dataset.relationships:
            links[rel.start].append(rel)
            if rel.end != rel.start:
                links[rel.end].append(rel)
        return links

    @cached_property
    def _names(self) -> NameIndex:
        return NameIndex(NodeRecord.from_model(n) for n in self.dataset.nodes)

    def chain_inputs(
        self, scope_id: str, candidates_per_product: int = CANDIDATES_PER_PRODUCT
    ) -> ChainInputs:
        scope, graph, names = self._scope(scope_id), self._product_graph(), self._shared_names()
        levels = self._levels_above(scope_id)
        focus = self._focus_industries(levels)
        demands = self._demands(levels)
        return assemble(scope, graph, self._facts(), candidates_per_product, names, focus, demands)

    def _levels_above(self, scope_id: str) -> list[list[str]]:
        """The scope, then the places it is PART_OF, then theirs: the nearest first."""
        above: dict[str, list[str]] = defaultdict(list)
        for rel in self.dataset.relationships:
            if rel.type == "PART_OF":
                above[rel.start].append(rel.end)
        levels, level, seen = [], [scope_id], {scope_id}
        while level:
            levels.append(level)
            level = sorted({up for place in level for up in above[place]} - seen)
            seen.update(level)
        return levels

    def _focus_industries(self, levels: list[list[str]]) -> dict[str, float]:
        """FOCUSES_ON of the scope, else of the nearest park or region it is PART_OF."""
        focus: dict[str, dict[str, float]] = defaultdict(dict)
        for rel in self.dataset.relationships:
            if rel.type == "FOCUSES_ON":
                focus[rel.start][rel.end] = rel.weight or 1.0
        for level in levels:
            found = {i: w for place in level for i, w in focus[place].items()}
            if found:
                return found
        return {}

    def _demands(self, levels: list[list[str]]) -> Iterator[DemandFact]:
        """DEMANDS of the scope and every place above it (with its distance), and of industries."""
        hops = {place: n for n, level in enumerate(levels) for place in level}
        nodes = self._nodes
        for rel in self.dataset.relationships:
            if rel.type != "DEMANDS" or rel.demand_t_per_year is None:
                continue
            is_industry = isinstance(nodes[rel.start], Industry)
            if not is_industry and rel.start not in hops:
                continue
            yield DemandFact(
                holder=rel.start,
                holder_name=nodes[rel.start].name,
                product=rel.end,
                t_per_year=rel.demand_t_per_year,
                hops=None if is_industry else hops[rel.start],
                date=rel.date,
                evidence=Evidence.of(rel.source, rel.quote, rel.confidence, rel.source_ref),
            )

    def _shared_names(self) -> dict[str, list[str]]:
        """Each name or alias that two or more nodes carry, with their ids."""
        holders: dict[str, list[str]] = defaultdict(list)
        for node in self.dataset.nodes:
            for name in dict.fromkeys([node.name, *(node.aliases or [])]):
                holders[name].append(node.id)
        return {name: ids for name, ids in holders.items() if len(set(ids)) > 1}

    def _scope(self, scope_id: str) -> Scope:
        """The scope node and every park or region that is PART_OF it, at any depth."""
        scope = self._nodes.get(scope_id)
        if not isinstance(scope, Park | Region):
            raise ChainGraphError(f"{quoted(scope_id)} is not a park or region id in the data")
        inside: dict[str, list[str]] = defaultdict(list)
        for rel in self.dataset.relationships:
            if rel.type == "PART_OF":
                inside[rel.end].append(rel.start)
        places, frontier = {scope_id}, [scope_id]
        while frontier:
            for child in inside[frontier.pop()]:
                if child not in places:
                    places.add(child)
                    frontier.append(child)
        kind = "park" if isinstance(scope, Park) else "region"
        return Scope(kind, scope_id, scope.name, tuple(sorted(places)))

    @cached_property
    def _nodes(self) -> dict[str, Node]:
        return self.dataset.by_id()

    def _product_graph(self) -> ProductGraph:
        nodes = self.dataset.nodes
        links: dict[str, dict[str, list[str]]] = {t: defaultdict(list) for t in ("FEEDS", "YIELDS", "SERVES")}
        ratios: dict[str, dict[str, dict[str, float]]] = {t: defaultdict(dict) for t in ("FEEDS", "YIELDS")}
        upstream: list[tuple[str, str]] = []
        for rel in self.dataset.relationships:
            if rel.type == "FEEDS":
                links["FEEDS"][rel.end].append(rel.start)  # process -> its inputs
                if rel.ratio_t_per_t is not None:
                    ratios["FEEDS"][rel.end][rel.start] = rel.ratio_t_per_t
            elif rel.type in ("YIELDS", "SERVES"):
                links[rel.type][rel.start].append(rel.end)
                if rel.type == "YIELDS" and rel.ratio_t_per_t is not None:
                    ratios["YIELDS"][rel.start][rel.end] = rel.ratio_t_per_t
            elif rel.type == "UPSTREAM_OF":
                upstream.append((rel.start, rel.end))
        products = {
            n.id: ProductInfo(
                n.id,
                n.name,
                n.name_en,
                tuple(n.chains or ()),
                n.tier,
                n.typical_plant_t_per_year,
                bool(n.byproduct),
            )
            for n in nodes
            if isinstance(n, Product)
        }
        processes = {
            n.id: ProcessInfo(
                n.id,
                n.name,
                tuple(sorted(links["FEEDS"][n.id])),
                tuple(sorted(links["YIELDS"][n.id])),
                dict(sorted(ratios["FEEDS"][n.id].items())),
                dict(sorted(ratios["YIELDS"][n.id].items())),
            )
            for n in nodes
            if isinstance(n, Process)
        }
        names = {p.id: p.name for p in products.values()}
        for start, end in sorted(set(upstream)):
            link = upstream_process(start, end, names)
            processes[link.id] = link
        return ProductGraph(
            products=products,
            processes=processes,
            industries={n.id: n.name for n in nodes if isinstance(n, Industry)},
            serves={p: tuple(sorted(i)) for p, i in links["SERVES"].items()},
            chains={
                n.code: ChainInfo(n.code, n.name, n.name_en, n.id)
                for n in sorted((n for n in nodes if isinstance(n, ChainDef)), key=lambda n: n.code)
            },
        )

    def _facts(self) -> Iterator[PlayerFact]:
        """Every player tied to a product, with every place it stands in."""
        nodes = self._nodes
        placed: dict[str, list[str]] = defaultdict(list)
        for rel in self.dataset.relationships:
            if rel.type in PLACEMENT_TYPES:
                placed[rel.start].append(rel.end)
        for rel in self.dataset.relationships:
            if rel.type not in FACT_TYPES:
                continue
            # A SUPPLIES fact is about the customer: it receives the product.
            player_id, product = (rel.end, rel.product) if rel.type == "SUPPLIES" else (rel.start, rel.end)
            player = nodes[player_id]
            if product is None or player.label not in ("Enterprise", "Project"):
                continue
            is_project = isinstance(player, Project)
            yield PlayerFact(
                relation=str(rel.type),
                product=product,
                id=player.id,
                name=player.name,
                kind=PlayerKind.PROJECT if is_project else PlayerKind.ENTERPRISE,
                project_status=player.status if isinstance(player, Project) else None,
                capacity_t_per_year=rel.capacity_t_per_year,
                places=tuple((p, nodes[p].name) for p in placed[player_id]),
                evidence=Evidence.of(rel.source, rel.quote, rel.confidence, rel.source_ref),
                process=rel.process if rel.type == "PRODUCES" else None,
                captive=bool(rel.captive) and rel.type == "PRODUCES",
                status_date=(player.status_date or player.signed_date)
                if isinstance(player, Project)
                else None,
            )


def _status_date(node: Node) -> str | None:
    """A project's last known status date (or its signing date); nothing for an enterprise."""
    return (node.status_date or node.signed_date) if isinstance(node, Project) else None
