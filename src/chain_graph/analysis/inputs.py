"""What the gap analysis needs, aggregated: the small product graph plus per-product players.

The product and process graph is small (hundreds of products). The players are many, so only
aggregates reach the analysis: for each product, the producers inside the scope (all statuses,
filtered later by scenario), a few candidates elsewhere, local storage and local consumers.

Every source (the files in ``chain_graph.sources``, Neo4j in ``chain_graph.store.reader``) reads
a :class:`ProductGraph` and :class:`PlayerFact` rows its own way — Neo4j aggregates in the
database and returns only the scope's players and the first candidates elsewhere — and hands
them to :func:`assemble`, the one place that decides what the facts mean.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from chain_graph.vocabulary import Confidence, PlayerKind, ProjectStatus, Term, Tier

__all__ = [
    "ChainInfo",
    "ChainInputs",
    "DemandFact",
    "Evidence",
    "Market",
    "Player",
    "PlayerFact",
    "ProcessInfo",
    "ProductGraph",
    "ProductInfo",
    "Scope",
    "assemble",
    "market_of",
    "merge_players",
    "most_trusted_first",
    "player_order",
    "upstream_process",
]


@dataclass(frozen=True)
class ChainInfo:
    """A chain as the data defines it: the code products name, and its names."""

    code: str
    name: str
    name_en: str | None = None
    id: str = ""  # the Chain node's id, where the data defines it

    @property
    def slug(self) -> str:
        """For file names: the node id, else the code in lower case."""
        return self.id or self.code.lower()

    @property
    def term(self) -> Term:
        """丙烯链 C3: the Chinese name, then the English name (else the code)."""
        return Term(self.name, self.name_en or self.code)


@dataclass(frozen=True)
class ProductInfo:
    id: str
    name: str
    name_en: str | None
    chains: tuple[str, ...]  # chain codes
    tier: Tier | None
    typical_plant_t_per_year: float | None = None  # economic scale, where a source gives it
    byproduct: bool = False  # a by-product or utility: balanced, never a target


@dataclass(frozen=True)
class ProcessInfo:
    """A process: all ``inputs`` together make its ``outputs``.

    ``input_ratios``: tonnes of an input per tonne of the main output, where known;
    ``output_ratios``: tonnes of a co-product per tonne of the main output. The main outputs
    are the outputs without a ratio.
    """

    id: str
    name: str
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    input_ratios: Mapping[str, float] = field(default_factory=dict)
    output_ratios: Mapping[str, float] = field(default_factory=dict)

    @property
    def main_outputs(self) -> tuple[str, ...]:
        return tuple(o for o in self.outputs if o not in self.output_ratios)


@dataclass(frozen=True)
class Evidence:
    """One source of a fact: the document, where in it, the verbatim quote, how sure we are."""

    source: str
    quote: str
    confidence: str
    source_ref: str = ""

    @staticmethod
    def of(
        sources: Iterable[str],
        quotes: Iterable[str],
        confidences: Iterable[str],
        refs: Iterable[str] | None = None,
    ) -> tuple[Evidence, ...]:
        """The parallel provenance lists of a record, in the data's order."""
        sources, quotes, confidences = list(sources), list(quotes), list(confidences)
        ref_list = list(refs) if refs is not None else [""] * len(sources)
        return tuple(
            Evidence(str(s), str(q), str(c), str(r or ""))
            for s, q, c, r in zip(sources, quotes, confidences, ref_list, strict=False)
        )


# stated, reported, inferred
_TRUST: dict[str, int] = {level.value: rank for rank, level in enumerate(Confidence)}


def most_trusted_first(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Stated before reported before inferred; the data's order among equals."""
    return tuple(sorted(evidence, key=lambda e: _TRUST.get(e.confidence, len(_TRUST))))


@dataclass(frozen=True)
class Player:
    """An enterprise or project that makes, stores or receives a product."""

    id: str
    name: str
    kind: PlayerKind
    status: ProjectStatus  # operating for enterprises; the lifecycle status for projects
    capacity_t_per_year: float | None = None
    place: str = ""  # park or region name
    evidence: tuple[Evidence, ...] = ()  # every source of the fact, in the data's order
    process: str | None = None  # the process the plant runs, where the data says
    captive: bool = False  # made and used on the same site
    status_date: str | None = None  # a project's last status (or signing) date, ISO 8601

    @property
    def quote(self) -> str:
        """The first quote as the data lists it (what settles ties, in every source alike)."""
        return self.evidence[0].quote if self.evidence else ""

    @property
    def source(self) -> str:
        return self.evidence[0].source if self.evidence else ""


@dataclass(frozen=True)
class DemandFact:
    """A DEMANDS link as a source reads it: a region (``hops`` PART_OF steps above the scope; 0
    is the scope itself) or an industry (``hops`` None) consumes ``t_per_year`` of a product."""

    holder: str
    holder_name: str
    product: str
    t_per_year: float
    hops: int | None
    date: str | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Market:
    """The demand a product meets near the scope: the nearest region that states it, else the
    scope's focus industries that do (summed)."""

    product: str
    holders: tuple[str, ...]  # names of the region or industries
    kind: str  # "region" or "industry"
    t_per_year: float
    date: str | None
    evidence: tuple[Evidence, ...]


def market_of(demands: Iterable[DemandFact], focus: Iterable[str]) -> dict[str, Market]:
    """Per product: the nearest region's stated demand (its latest figure), else the sum over
    the focus industries that state one."""
    focus_ids = set(focus)
    regions: dict[str, list[DemandFact]] = defaultdict(list)
    industries: dict[str, list[DemandFact]] = defaultdict(list)
    for fact in demands:
        if fact.hops is not None:
            regions[fact.product].append(fact)
        elif fact.holder in focus_ids:
            industries[fact.product].append(fact)
    markets: dict[str, Market] = {}
    for product in sorted(set(regions) | set(industries)):
        if regions[product]:
            # The nearest region (smallest id among equals); of its figures, the latest.
            nearest = min((f.hops or 0, f.holder) for f in regions[product])
            latest = max(
                (f for f in regions[product] if (f.hops or 0, f.holder) == nearest),
                key=lambda f: (f.date or "", f.t_per_year),
            )
            chosen, kind = [latest], "region"
        else:
            chosen, kind = sorted(industries[product], key=lambda f: (f.holder, f.date or "")), "industry"
        markets[product] = Market(
            product,
            tuple(f.holder_name for f in chosen),
            kind,
            sum(f.t_per_year for f in chosen),
            max((f.date for f in chosen if f.date), default=None),
            tuple(e for f in chosen for e in f.evidence),
        )
    return markets


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
    # Local producers stated with more than one capacity for one product: (player, product) -> figures.
    capacity_figures: dict[tuple[str, str], tuple[float, ...]] = field(default_factory=dict)
    # Names (or aliases) that two or more nodes share, where one is a product or a local player.
    shared_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # The downstream industries the scope (or the nearest place above it that says) focuses on.
    focus_industries: dict[str, float] = field(default_factory=dict)  # industry -> weight
    # Market demand near the scope, where the data states it (DEMANDS), by product.
    markets: dict[str, Market] = field(default_factory=dict)
    # The chains the data defines, by code (with none defined: named by the products' codes).
    chain_defs: dict[str, ChainInfo] = field(default_factory=dict)

    @cached_property
    def chains(self) -> dict[str, ChainInfo]:
        """Every chain a product names, in code order: as defined, else named by its code."""
        codes = {c for info in self.products.values() for c in info.chains}
        return {c: self.chain_defs.get(c) or ChainInfo(c, c) for c in sorted(codes)}

    def product_name(self, pid: str) -> str:
        info = self.products.get(pid)
        return info.name if info else pid

    @cached_property
    def main_routes(self) -> dict[str, tuple[str, ...]]:
        """Product -> the processes that make it as a main output, in id order."""
        routes: dict[str, list[str]] = defaultdict(list)
        for proc in sorted(self.processes.values(), key=lambda p: p.id):
            for out in proc.main_outputs:
                routes[out].append(proc.id)
        return {product: tuple(ids) for product, ids in routes.items()}

    def route(self, player: Player, product: str) -> str | None:
        """The process a local plant runs: the one its PRODUCES link names, else the only route
        the data knows to the product, else None."""
        if player.process in self.processes:
            return player.process
        routes = self.main_routes.get(product, ())
        return routes[0] if len(routes) == 1 else None


def player_order(player: Player) -> tuple[int, float, str]:
    """Enterprises (operating) first, then projects by how far along they are; big capacity first."""
    return (-player.status.rank, -(player.capacity_t_per_year or 0.0), player.id)


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


def upstream_process(start: str, end: str, names: Mapping[str, str]) -> ProcessInfo:
    """A direct product → product link (UPSTREAM_OF) read as a process with that one input, so
    that several such links into one product are alternatives, like routes."""
    return ProcessInfo(
        f"upstream:{start}:{end}", f"{names.get(start, start)} → {names.get(end, end)}", (start,), (end,)
    )


@dataclass(frozen=True)
class ProductGraph:
    """The small part: products, processes with their inputs and outputs, industries served."""

    products: dict[str, ProductInfo]
    processes: dict[str, ProcessInfo]
    industries: dict[str, str]  # id -> name
    serves: dict[str, tuple[str, ...]]  # product -> industries
    chains: dict[str, ChainInfo] = field(default_factory=dict)  # code -> definition


# Relationship types a player fact comes from; SUPPLIES facts are about the receiving player.
FACT_TYPES = ("PRODUCES", "STORES", "SUPPLIES")


@dataclass(frozen=True)
class PlayerFact:
    """One enterprise or project tied to one product, as a source reads it.

    ``relation`` is ``PRODUCES``, ``STORES``, or ``SUPPLIES`` (the player *receives* the product,
    and the capacity is what it is supplied); ``places`` are the (id, name) of every park or
    region it stands in that the source returned.
    """

    relation: str
    product: str
    id: str
    name: str
    kind: PlayerKind
    project_status: ProjectStatus | None
    capacity_t_per_year: float | None
    places: tuple[tuple[str, str], ...]
    evidence: tuple[Evidence, ...] = ()
    process: str | None = None
    captive: bool = False
    status_date: str | None = None


def _player(fact: PlayerFact, place: str) -> Player:
    # An enterprise's own PRODUCES means it makes the product today.
    status = fact.project_status if fact.kind == PlayerKind.PROJECT else None
    return Player(
        id=fact.id,
        name=fact.name,
        kind=fact.kind,
        status=status or ProjectStatus.OPERATING,
        capacity_t_per_year=fact.capacity_t_per_year,
        place=place,
        evidence=fact.evidence,
        process=fact.process,
        captive=fact.captive,
        status_date=fact.status_date,
    )


def assemble(
    scope: Scope,
    graph: ProductGraph,
    facts: Iterable[PlayerFact],
    candidates_per_product: int = 5,
    shared_names: Mapping[str, Iterable[str]] | None = None,
    focus_industries: Mapping[str, float] | None = None,
    demands: Iterable[DemandFact] = (),
) -> ChainInputs:
    """The analysis inputs of ``scope``: the one place that says what player facts mean.

    - a player is local when it stands in any place of the scope; the place shown is the local
      place with the smallest id, or (for a player elsewhere) its place with the smallest id;
    - local producers, local storage and local receivers of supplies are kept per product;
      producers elsewhere become candidates, the first ``candidates_per_product`` by
      :func:`player_order`;
    - phases and disagreeing sources of one plant merge into one player (:func:`merge_players`),
      and the figures they state are kept when they differ;
    - of the names several nodes share, those touching a product or a local player are kept;
    - each product's market is the nearest stated demand (:func:`market_of`).
    """
    inside = set(scope.places)
    groups: dict[str, dict[str, list[Player]]] = {
        "producers": defaultdict(list),
        "storage": defaultdict(list),
        "consumers": defaultdict(list),
        "candidates": defaultdict(list),
    }
    for fact in facts:
        local = sorted(p for p in fact.places if p[0] in inside)
        shown = local or sorted(fact.places)
        player = _player(fact, shown[0][1] if shown else "")
        if fact.relation == "PRODUCES":
            groups["producers" if local else "candidates"][fact.product].append(player)
        elif local:
            groups["storage" if fact.relation == "STORES" else "consumers"][fact.product].append(player)

    def merged(name: str) -> dict[str, tuple[Player, ...]]:
        return {p: merge_players(v) for p, v in sorted(groups[name].items())}

    figures: dict[tuple[str, str], set[float]] = defaultdict(set)
    for product, players in groups["producers"].items():
        for player in players:
            if player.capacity_t_per_year is not None:
                figures[(player.id, product)].add(player.capacity_t_per_year)
    relevant = set(graph.products) | {
        p.id for g in ("producers", "storage", "consumers") for v in groups[g].values() for p in v
    }
    names = {
        name: tuple(sorted(ids)) for name, ids in sorted((shared_names or {}).items()) if relevant & set(ids)
    }

    return ChainInputs(
        scope=scope,
        products=graph.products,
        processes=graph.processes,
        industries=graph.industries,
        serves=graph.serves,
        chain_defs=graph.chains,
        local_producers=merged("producers"),
        local_storage=merged("storage"),
        local_consumers=merged("consumers"),
        candidates={p: v[:candidates_per_product] for p, v in merged("candidates").items()},
        capacity_figures={k: tuple(sorted(v)) for k, v in sorted(figures.items()) if len(v) > 1},
        shared_names=names,
        focus_industries=dict(sorted((focus_industries or {}).items())),
        markets=market_of(demands, focus_industries or {}),
    )
