"""What the gap analysis needs, aggregated: the small product graph plus per-product players.

The product and process graph is small (hundreds of products). The players are many, so only
aggregates reach the analysis: for each product, the producers inside the scope (all statuses,
filtered later by scenario), a few candidates elsewhere, local storage and local consumers.
:func:`from_dataset` builds this from files; ``chain_graph.store.reader`` builds the same from
Neo4j, where the database does the aggregation.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from chain_graph.dataset import Dataset
from chain_graph.errors import ChainGraphError
from chain_graph.model import (
    Enterprise,
    Industry,
    Node,
    Park,
    Process,
    Product,
    Project,
    Region,
    Relationship,
)

ENTERPRISE_STATUS = "operating"  # an enterprise's PRODUCES means it makes the product today
STATUS_RANK = {"operating": 5, "under_construction": 4, "fulfilled": 3, "signed": 2, "intended": 1}


@dataclass(frozen=True)
class ProductInfo:
    id: str
    name: str
    name_en: str | None
    chains: tuple[str, ...]
    tier: str


@dataclass(frozen=True)
class ProcessInfo:
    id: str
    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]


@dataclass(frozen=True)
class Player:
    """An enterprise or project that makes, stores or receives a product."""

    id: str
    name: str
    kind: str  # "enterprise" or "project"
    status: str  # "operating" for enterprises; the lifecycle status for projects
    capacity_t_per_year: float | None = None
    place: str = ""  # park or region name
    source: str = ""
    quote: str = ""
    confidence: str = ""


@dataclass(frozen=True)
class Scope:
    kind: str  # "park" or "region"
    id: str
    name: str
    places: tuple[str, ...]  # the scope and every park or region inside it


@dataclass(frozen=True)
class ChainInputs:
    scope: Scope
    products: dict[str, ProductInfo]
    processes: dict[str, ProcessInfo]
    industries: dict[str, str]  # id -> name
    serves: dict[str, tuple[str, ...]]  # product -> industries
    local_producers: dict[str, tuple[Player, ...]] = field(default_factory=dict)
    local_storage: dict[str, tuple[Player, ...]] = field(default_factory=dict)
    local_consumers: dict[str, tuple[Player, ...]] = field(default_factory=dict)  # SUPPLIES receivers
    candidates: dict[str, tuple[Player, ...]] = field(default_factory=dict)  # producers elsewhere


def player_order(player: Player) -> tuple[int, float, str]:
    """Enterprises (operating) first, then projects by how far along they are; big capacity first."""
    return (-STATUS_RANK.get(player.status, 0), -(player.capacity_t_per_year or 0.0), player.id)


def _player(node: Node, rel: Relationship | None, place: str) -> Player:
    is_project = isinstance(node, Project)
    return Player(
        id=node.id,
        name=node.name,
        kind="project" if is_project else "enterprise",
        status=str(node.status) if isinstance(node, Project) else ENTERPRISE_STATUS,
        capacity_t_per_year=rel.capacity_t_per_year if rel else None,
        place=place,
        source=rel.source[0] if rel else "",
        quote=rel.quote[0] if rel else "",
        confidence=str(rel.confidence[0]) if rel else "",
    )


def merge_players(players: list[Player]) -> tuple[Player, ...]:
    """One entry per player, in :func:`player_order`: phases and disagreeing sources of one
    plant are one producer, with the largest capacity stated for it (e.g. the full plan over
    phase 1); equal capacities are settled by the quote, so any reading order gives one answer.
    """
    best: dict[str, Player] = {}
    for player in players:
        seen = best.get(player.id)
        if seen is None or _evidence_order(player) < _evidence_order(seen):
            best[player.id] = player
    return tuple(sorted(best.values(), key=player_order))


def _evidence_order(player: Player) -> tuple[float, str, str]:
    return (-(player.capacity_t_per_year or 0.0), player.quote, player.source)


def scope_places(dataset: Dataset, scope_id: str) -> Scope:
    """The scope node and every park or region that is PART_OF it, at any depth."""
    nodes = dataset.by_id()
    scope = nodes.get(scope_id)
    if not isinstance(scope, Park | Region):
        raise ChainGraphError(f"'{scope_id}' is not a park or region id in the data")
    inside: dict[str, list[str]] = defaultdict(list)
    for rel in dataset.relationships:
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


def from_dataset(dataset: Dataset, scope_id: str, candidates_per_product: int = 5) -> ChainInputs:
    """Aggregate a dataset read from files for one park or region."""
    scope = scope_places(dataset, scope_id)
    nodes = dataset.by_id()
    products = {
        n.id: ProductInfo(n.id, n.name, n.name_en, tuple(n.chains), str(n.tier))
        for n in dataset.nodes
        if isinstance(n, Product)
    }
    inputs: dict[str, list[str]] = defaultdict(list)
    outputs: dict[str, list[str]] = defaultdict(list)
    serves: dict[str, list[str]] = defaultdict(list)
    located: dict[str, list[str]] = defaultdict(list)
    for rel in dataset.relationships:
        if rel.type == "FEEDS":
            inputs[rel.end].append(rel.start)
        elif rel.type == "YIELDS":
            outputs[rel.start].append(rel.end)
        elif rel.type == "SERVES":
            serves[rel.start].append(rel.end)
        elif rel.type in ("LOCATED_IN", "HOSTED_IN"):
            located[rel.start].append(rel.end)
    processes = {
        n.id: ProcessInfo(n.id, n.name, tuple(sorted(inputs[n.id])), tuple(sorted(outputs[n.id])))
        for n in dataset.nodes
        if isinstance(n, Process)
    }
    industries = {n.id: n.name for n in dataset.nodes if isinstance(n, Industry)}

    def place_of(player_id: str) -> tuple[bool, str]:
        places = located.get(player_id, [])
        local = [p for p in places if p in scope.places]
        chosen = sorted(local or places)
        return bool(local), (nodes[chosen[0]].name if chosen else "")

    local_producers: dict[str, list[Player]] = defaultdict(list)
    elsewhere: dict[str, list[Player]] = defaultdict(list)
    storage: dict[str, list[Player]] = defaultdict(list)
    consumers: dict[str, list[Player]] = defaultdict(list)
    for rel in dataset.relationships:
        if rel.type not in ("PRODUCES", "STORES", "SUPPLIES"):
            continue
        if rel.type == "SUPPLIES":
            target = nodes[rel.end]
            is_local, place = place_of(rel.end)
            if rel.product and is_local and isinstance(target, Enterprise | Project):
                consumers[rel.product].append(_player(target, rel, place))
            continue
        player = nodes[rel.start]
        is_local, place = place_of(rel.start)
        entry = _player(player, rel, place)
        if rel.type == "STORES":
            if is_local:
                storage[rel.end].append(entry)
        elif is_local:
            local_producers[rel.end].append(entry)
        else:
            elsewhere[rel.end].append(entry)
    return ChainInputs(
        scope=scope,
        products=products,
        processes=processes,
        industries=industries,
        serves={p: tuple(sorted(i)) for p, i in serves.items()},
        local_producers={p: merge_players(v) for p, v in sorted(local_producers.items())},
        local_storage={p: merge_players(v) for p, v in sorted(storage.items())},
        local_consumers={p: merge_players(v) for p, v in sorted(consumers.items())},
        candidates={p: merge_players(v)[:candidates_per_product] for p, v in sorted(elsewhere.items())},
    )
