"""Chain gap analysis: 强/弱/缺/断 links of the data's chains for a park or region, and ranked targets.

Pure: takes :class:`~chain_graph.analysis.inputs.ChainInputs`, reasons over the small product
graph with networkx, and returns plain data. How each class and score is computed is written up
for planners in ``docs/gap-analysis.md``.

>>> from chain_graph.analysis.inputs import ChainInputs, Player, ProcessInfo, ProductInfo, Scope
>>> from chain_graph.vocabulary import PlayerKind, ProjectStatus, Tier
>>> products = {p: ProductInfo(p, p, None, ("C3",), t) for p, t in
...             [("propane", Tier.FEEDSTOCK), ("propylene", Tier.INTERMEDIATE), ("pp", Tier.MATERIAL)]}
>>> processes = {"pdh": ProcessInfo("pdh", "PDH", ("propane",), ("propylene",)),
...              "poly": ProcessInfo("poly", "polymerisation", ("propylene",), ("pp",))}
>>> plant = Player("a", "A", PlayerKind.ENTERPRISE, ProjectStatus.OPERATING)
>>> inputs = ChainInputs(Scope("park", "p", "P", ("p",)), products, processes, {}, {},
...                      local_producers={"propylene": (plant,)})
>>> report = analyze(inputs, "operating")
>>> {p.id: str(p.cls) for p in report.products}
{'propylene': 'weak', 'pp': 'missing'}

Propane is a feedstock, bought in by nature: no broken link. Nobody here turns propylene into PP:

>>> [(link.source, link.target, str(link.kind)) for link in report.broken_links]
[('propylene', 'pp', 'dead_end')]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

import networkx as nx

from chain_graph.analysis.balance import ProductBalance, balance
from chain_graph.analysis.check import DataWarning, check
from chain_graph.analysis.inputs import ChainInputs, Market, Player, ProductInfo
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import (
    FOCUS_INDUSTRIES,
    Action,
    GapClass,
    LinkKind,
    PlayerKind,
    Scenario,
    Tier,
    term,
)

__all__ = [
    "BrokenLink",
    "ClassChange",
    "Completeness",
    "Feedstock",
    "GapReport",
    "ProductGap",
    "Target",
    "Thresholds",
    "analyze",
    "scenario_diff",
]


@dataclass(frozen=True)
class Thresholds:
    """Every number the analysis uses, with its default; echoed in every output."""

    min_producers_present: int = 2  # local producers needed for `present` when demand is unknown
    demand_coverage: float = 1.0  # local capacity / known local demand needed for `present`
    weight_upstream: float = 0.35
    weight_downstream: float = 0.35
    weight_structural: float = 0.20
    weight_projects: float = 0.10
    focus_industries: tuple[str, ...] = FOCUS_INDUSTRIES  # when the data names none (FOCUSES_ON)
    local_consumers_full: int = 2  # this many local consumers give the full consumer half of downstream pull
    # Market demand not met by local supply that gives the full market half of downstream pull
    # (log scale: 10万t/a unmet counts 0.71, 100万t/a 0.86, 1000万t/a 1.0).
    market_full_t_per_year: float = 10_000_000.0
    top_targets: int = 15
    candidates_per_target: int = 5

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["focus_industries"] = list(self.focus_industries)
        return data


@dataclass(frozen=True)
class ProductGap:
    id: str
    name: str
    name_en: str | None
    chains: tuple[str, ...]  # chain codes
    tier: Tier | None
    cls: GapClass
    producers: tuple[Player, ...]
    capacity_t_per_year: float | None
    demand_t_per_year: float | None
    feedable: bool | None  # None: no known process makes it
    reasons: tuple[str, ...]
    confidence: str = "high"  # "low" when a data warning (``chain-graph check``) names the product
    warnings: tuple[str, ...] = ()  # the ids of those warnings

    @property
    def chain(self) -> str:
        return self.chains[0]


@dataclass(frozen=True)
class BrokenLink:
    source: str
    target: str
    kind: LinkKind
    reason: str


@dataclass(frozen=True)
class Target:
    product: str
    name: str
    action: Action
    score: float
    components: dict[str, float]
    path: tuple[str, ...]  # names, from a local product through the target to an industry
    candidates: tuple[Player, ...]
    closing_projects: tuple[Player, ...]
    reasons: tuple[str, ...]
    market: Market | None = None  # the stated demand near the scope, where known
    unmet_t_per_year: float | None = None  # that demand less local supply in the scenario


@dataclass(frozen=True)
class Feedstock:
    id: str
    name: str
    available: bool
    supply: tuple[Player, ...]


@dataclass(frozen=True)
class Completeness:
    products: float  # share of chain products present
    links: float  # share of chain links intact
    present: int
    weak: int
    missing: int
    links_intact: int
    links_total: int


@dataclass(frozen=True)
class GapReport:
    scope: dict[str, str]
    scenario: Scenario
    thresholds: Thresholds
    products: tuple[ProductGap, ...]
    broken_links: tuple[BrokenLink, ...]
    targets: tuple[Target, ...]
    completeness: dict[str, Completeness]  # by chain code
    feedstocks: tuple[Feedstock, ...]
    by_id: dict[str, ProductGap] = field(repr=False, compare=False)
    warnings: tuple[DataWarning, ...] = ()
    focus_industries: dict[str, float] = field(default_factory=dict)  # industry -> weight used
    balance: dict[str, ProductBalance] = field(default_factory=dict)  # mass balance, by product


class _Draft(NamedTuple):
    """A target before its reasons and path are written: enough to rank it."""

    score: float
    action: Action
    product: str
    components: dict[str, float]
    users: list[str]
    reached: list[str]
    market: Market | None
    unmet: float | None
    pipeline: tuple[Player, ...]


class _Analysis:
    """One scope and scenario: shared lookups for classification, links and targets."""

    def __init__(self, inputs: ChainInputs, scenario: Scenario, thresholds: Thresholds) -> None:
        self.inputs, self.scenario, self.t = inputs, scenario, thresholds
        self.active = scenario.statuses
        self.balances = {row.id: row for row in balance(inputs, scenario)}
        self.warnings = check(inputs, scenario)
        self.doubts: dict[str, list[str]] = {}  # product -> ids of the warnings that name it
        for warning in self.warnings:
            for product in warning.products:
                self.doubts.setdefault(product, []).append(warning.id)
        self.products = {pid: info for pid, info in inputs.products.items() if info.chains}
        self._producers: dict[str, tuple[Player, ...]] = {}
        self._available: dict[str, bool] = {}
        self.makes: dict[str, list[str]] = {}  # product -> processes yielding it
        self.uses: dict[str, list[str]] = {}  # product -> processes it feeds
        for proc in sorted(inputs.processes.values(), key=lambda p: p.id):
            for out in proc.outputs:
                self.makes.setdefault(out, []).append(proc.id)
            for inp in proc.inputs:
                self.uses.setdefault(inp, []).append(proc.id)

    def name(self, pid: str) -> str:
        info = self.inputs.products.get(pid)
        if info is not None:
            return info.name
        return self.inputs.industries.get(pid, pid)

    def _active(self, players: dict[str, tuple[Player, ...]], pid: str) -> tuple[Player, ...]:
        return tuple(p for p in players.get(pid, ()) if p.status in self.active)

    def producers(self, pid: str) -> tuple[Player, ...]:
        found = self._producers.get(pid)
        if found is None:  # asked for again and again by every product made from this one
            found = self._producers[pid] = self._active(self.inputs.local_producers, pid)
        return found

    def storage(self, pid: str) -> tuple[Player, ...]:
        return self._active(self.inputs.local_storage, pid)

    def consumers(self, pid: str) -> tuple[Player, ...]:
        return self._active(self.inputs.local_consumers, pid)

    def local(self, pid: str) -> bool:
        return bool(self.producers(pid))

    def available(self, pid: str) -> bool:
        """Made here, or stored / received here (terminals, caverns) in this scenario."""
        found = self._available.get(pid)
        if found is None:
            found = self._available[pid] = self.local(pid) or bool(self.storage(pid))
        return found

    def input_score(self, pid: str) -> float:
        """1 when available here; 0.5 for a feedstock bought in (imported by nature); else 0."""
        if self.available(pid):
            return 1.0
        info = self.inputs.products.get(pid)
        return 0.5 if info is not None and info.tier == Tier.FEEDSTOCK else 0.0

    def missing_inputs(self, process_id: str) -> list[str]:
        """Inputs that are neither available here nor a feedstock that can be bought in."""
        return [i for i in self.inputs.processes[process_id].inputs if self.input_score(i) == 0.0]

    def route_score(self, process_id: str) -> float:
        inputs = self.inputs.processes[process_id].inputs
        return sum(self.input_score(i) for i in inputs) / len(inputs) if inputs else 0.0

    def feedable(self, pid: str) -> bool | None:
        routes = self.makes.get(pid, [])
        if not routes:
            return None
        return any(not self.missing_inputs(r) for r in routes)

    def local_users(self, pid: str) -> list[str]:
        """Local products made from this one (outputs of the processes it feeds)."""
        return sorted(
            {
                out
                for proc in self.uses.get(pid, [])
                for out in self.inputs.processes[proc].outputs
                if self.local(out)
            }
            - {pid}
        )

    # -- classification ------------------------------------------------------------------

    def classify(self, pid: str) -> ProductGap:
        info = self.products[pid]
        producers = self.producers(pid)
        capacities = [p.capacity_t_per_year for p in producers if p.capacity_t_per_year]
        capacity = sum(capacities) if capacities else None
        flows = self.balances.get(pid)
        demand = flows.demand_t_per_year if flows is not None and flows.demand_t_per_year else None
        cls, reason = self._class_and_reason(info, producers, capacity, demand)
        if flows is not None and flows.unknown:  # say how far the numbers go
            reason += f"; {len(flows.unknown)} figure(s) missing in the balance"
        reasons = [reason]
        feedable = self.feedable(pid)
        if feedable is None:
            reasons.append("no known process in the data")
        elif feedable:
            route = next(r for r in self.makes[pid] if not self.missing_inputs(r))
            reasons.append(f"can be fed locally by {self.inputs.processes[route].name}")
        else:
            best = min(self.makes[pid], key=lambda r: (len(self.missing_inputs(r)), r))
            lacking = "、".join(self.name(i) for i in self.missing_inputs(best))
            reasons.append(
                f"no route can be fed locally; nearest, {self.inputs.processes[best].name}, lacks {lacking}"
            )
        pending = [p for p in self.inputs.local_producers.get(pid, ()) if p.status not in self.active]
        if pending:
            reasons.append("pipeline: " + "、".join(f"{p.name} ({p.status})" for p in pending))
        return ProductGap(
            id=pid,
            name=info.name,
            name_en=info.name_en,
            chains=info.chains,
            tier=info.tier,
            cls=cls,
            producers=producers,
            capacity_t_per_year=capacity,
            demand_t_per_year=demand,
            feedable=feedable,
            reasons=tuple(reasons),
            confidence="low" if self.doubts.get(pid) else "high",
            warnings=tuple(self.doubts.get(pid, ())),
        )

    def _class_and_reason(
        self, info: ProductInfo, producers: tuple[Player, ...], capacity: float | None, demand: float | None
    ) -> tuple[GapClass, str]:
        """强/弱/缺 from quantities where every local producer's capacity is known: supply against
        local demand, largest plant against economic scale; else from the number of producers."""
        names = "、".join(p.name for p in producers)
        if not producers:
            return GapClass.MISSING, "no local producer in this scenario"
        unknown = "、".join(p.name for p in producers if not p.capacity_t_per_year)
        if unknown or capacity is None:
            cls, counted = self._by_count(producers, names)
            return cls, f"{counted} (capacity not stated for {unknown}: classed by the number of producers)"
        largest = max(p.capacity_t_per_year or 0.0 for p in producers)
        scale = info.typical_plant_t_per_year
        sub_scale = scale is not None and largest < scale
        scale_note = ""
        if scale is not None:
            below = f"the largest plant, {format_tonnes(largest)}, is below"
            scale_note = f"; {below if sub_scale else 'at'} the economic scale of {format_tonnes(scale)}"
        supply = f"local supply {format_tonnes(capacity)}"
        if demand is not None:
            covered = capacity >= self.t.demand_coverage * demand
            verb = "covers" if covered else "falls short of"
            why = f"{supply} {verb} local demand {format_tonnes(demand)} ({names}){scale_note}"
            return (GapClass.PRESENT if covered and not sub_scale else GapClass.WEAK), why
        if scale is not None:
            why = f"{supply} ({names}), no local demand known{scale_note}"
            return (GapClass.WEAK if sub_scale else GapClass.PRESENT), why
        cls, counted = self._by_count(producers, names)
        return cls, f"{counted}, {supply}; no local demand or economic scale known: classed by count"

    def _by_count(self, producers: tuple[Player, ...], names: str) -> tuple[GapClass, str]:
        if len(producers) >= self.t.min_producers_present:
            return GapClass.PRESENT, f"{len(producers)} local producers: {names}"
        if len(producers) == 1:
            return GapClass.WEAK, f"a single local producer: {names}"
        needed = self.t.min_producers_present
        return GapClass.WEAK, f"{len(producers)} local producers, fewer than the {needed} needed: {names}"

    # -- broken links --------------------------------------------------------------------

    def broken_links(self, gaps: dict[str, ProductGap]) -> list[BrokenLink]:
        links: list[BrokenLink] = []
        for pid, gap in sorted(gaps.items()):
            if gap.cls == GapClass.MISSING:
                continue
            if gap.feedable is False:
                best = min(self.makes[pid], key=lambda r: (len(self.missing_inputs(r)), r))
                for lacking in self.missing_inputs(best):
                    reason = f"{gap.name} is made here but {self.name(lacking)} is not available locally"
                    links.append(BrokenLink(lacking, pid, LinkKind.IMPORT_DEPENDENCE, reason))
            downstream = sorted(
                {out for proc in self.uses.get(pid, []) for out in self.inputs.processes[proc].outputs}
                - {pid}
            )
            if downstream and not self.local_users(pid) and not self.consumers(pid):
                for out in downstream:
                    reason = f"{gap.name} is made here and feeds {self.name(out)}, which nobody makes here"
                    links.append(BrokenLink(pid, out, LinkKind.DEAD_END, reason))
        return links

    # -- targets -------------------------------------------------------------------------

    def product_graph(self) -> tuple[nx.DiGraph, dict[str, float]]:
        """Products and industries (an edge input → output per process, product → industry per
        use), and each node's betweenness centrality."""
        edges = {
            (inp, out)
            for proc in self.inputs.processes.values()
            for inp in proc.inputs
            for out in proc.outputs
            if inp != out
        }
        edges |= {
            (pid, industry) for pid, industries in self.inputs.serves.items() for industry in industries
        }
        graph, betweenness = _graph_metrics(tuple(sorted(self.inputs.products)), tuple(sorted(edges)))
        return graph, betweenness

    def targets(self, gaps: dict[str, ProductGap]) -> list[Target]:
        graph, betweenness = self.product_graph()
        top = max((betweenness.get(p, 0.0) for p in gaps), default=0.0) or 1.0
        weights = self.focus_weights()
        focus = [i for i in weights if i in graph]
        total = sum(weights[i] for i in focus)
        # Which products reach each focus industry: one search per industry, not one per product,
        # kept with the graph that every scenario and park of a catalogue shares.
        reaching = {i: _ancestors(graph, i) for i in focus}
        drafts: list[_Draft] = []
        for pid, gap in sorted(gaps.items()):
            if gap.cls == GapClass.PRESENT or self.products[pid].byproduct:
                continue  # a by-product (hydrogen) is made alongside, never attracted on its own
            upstream = max((self.route_score(r) for r in self.makes.get(pid, [])), default=0.0)
            reached = [i for i in focus if pid in reaching[i]]
            users = self.local_users(pid)
            consumers = len(users) + len(self.consumers(pid))
            market = self.inputs.markets.get(pid)
            unmet = max(0.0, market.t_per_year - self.supply(pid)) if market else None
            # Where the data states demand, the market not met here pulls; else focus industries reached.
            pull = (
                self.market_pull(unmet)
                if unmet is not None
                else (sum(weights[i] for i in reached) / total if total else 0.0)
            )
            downstream = 0.5 * pull + 0.5 * min(1.0, consumers / self.t.local_consumers_full)
            pipeline = tuple(
                p
                for p in self.inputs.local_producers.get(pid, ())
                if p.status not in self.active and p.kind == PlayerKind.PROJECT
            )
            components = {
                "upstream": round(upstream, 3),
                "downstream": round(downstream, 3),
                "structural": round(betweenness.get(pid, 0.0) / top, 3),
                "projects": 1.0 if pipeline else 0.0,
            }
            score = round(
                self.t.weight_upstream * components["upstream"]
                + self.t.weight_downstream * components["downstream"]
                + self.t.weight_structural * components["structural"]
                + self.t.weight_projects * components["projects"],
                3,
            )
            action = self.action(pid, gap, users)
            drafts.append(_Draft(score, action, pid, components, users, reached, market, unmet, pipeline))
        # Reasons and a path (two graph searches) only for the targets shown.
        drafts.sort(key=lambda d: (-d.score, d.action, d.product))
        targets: list[Target] = []
        for score, action, pid, components, users, reached, market, unmet, pipeline in drafts[
            : self.t.top_targets
        ]:
            gap = gaps[pid]
            reasons = [
                f"{term(action).zh} ({action}): " + gap.reasons[0],
                f"upstream: best route {components['upstream']:.0%} "
                "(inputs made or stored here count 100%, feedstocks bought in 50%)",
                "downstream: "
                + (
                    self.market_reason(market, self.supply(pid), unmet)
                    if market and unmet is not None
                    else f"{len(reached)} of the {len(focus)} focus industries reachable"
                    " (no market demand for it in the data)"
                )
                + (", made into " + "、".join(self.name(u) for u in users) + " here" if users else "")
                + (
                    ", taken by " + "、".join(p.name for p in self.consumers(pid))
                    if self.consumers(pid)
                    else ""
                ),
            ]
            if pipeline:
                reasons.append("closing projects: " + "、".join(f"{p.name} ({p.status})" for p in pipeline))
            targets.append(
                Target(
                    product=pid,
                    name=gap.name,
                    action=action,
                    score=score,
                    components=components,
                    path=self.explain(graph, pid, focus),
                    candidates=self.inputs.candidates.get(pid, ())[: self.t.candidates_per_target],
                    closing_projects=pipeline,
                    reasons=tuple(reasons),
                    market=market,
                    unmet_t_per_year=unmet,
                )
            )
        return targets

    def supply(self, pid: str) -> float:
        """Local supply of a product in the scenario, of the known capacities."""
        flows = self.balances.get(pid)
        return flows.supply_t_per_year if flows else 0.0

    def market_pull(self, unmet: float) -> float:
        """0 for no unmet demand, 1 at ``market_full_t_per_year`` or more, log scale between."""
        return min(1.0, math.log10(1.0 + unmet) / math.log10(1.0 + self.t.market_full_t_per_year))

    def market_reason(self, market: Market, supply: float, unmet: float) -> str:
        year = f" ({market.date})" if market.date else ""
        where = "、".join(market.holders) + (" demand" if market.kind == "region" else " industry demand")
        return (
            f"market: {where} {format_tonnes(market.t_per_year)}{year} − local supply "
            f"{format_tonnes(supply)} = {format_tonnes(unmet)} not met here"
        )

    def action(self, pid: str, gap: ProductGap, users: list[str]) -> Action:
        if gap.cls == GapClass.WEAK:
            return Action.STRENGTHEN
        needed_here = bool(users) or bool(self.consumers(pid))
        fed_by_local = any(
            self.local(i)
            and self.products.get(i, None) is not None
            and self.products[i].tier != Tier.FEEDSTOCK
            for r in self.makes.get(pid, [])
            for i in self.inputs.processes[r].inputs
        )
        return Action.EXTEND if fed_by_local and not needed_here else Action.FILL

    def focus_weights(self) -> dict[str, float]:
        """The scope's focus industries and weights from the data, else the default, each 1."""
        return self.inputs.focus_industries or {i: 1.0 for i in self.t.focus_industries}

    def explain(self, graph: nx.DiGraph, pid: str, focus: list[str]) -> tuple[str, ...]:
        """Nearest available product upstream → target → nearest focus industry (or any use)."""
        if pid not in graph:
            return (self.name(pid),)
        # Each search stops after the level of the nearest end it looks for: a national catalogue
        # is deep, and the paths within that depth are the ones a whole search finds.
        ancestors = _nearest_paths(graph.pred, pid, lambda a: a != pid and self.available(a), True)
        sources = [a for a in ancestors if a != pid and self.available(a)]
        # Nearest first; among equals, the product made here with most depth.
        sources.sort(key=lambda a: (len(ancestors[a]), -len(self.producers(a)), a))
        up = ancestors[sources[0]] if sources else [pid]
        wanted = set(focus)
        down_paths = _nearest_paths(graph.succ, pid, wanted.__contains__)
        ends = [i for i in focus if i in down_paths] or sorted(
            i for i in down_paths if i in self.inputs.industries
        )
        ends.sort(key=lambda i: (len(down_paths[i]), i))
        down = down_paths[ends[0]][1:] if ends else []
        return tuple(self.name(n) for n in [*up, *down])

    # -- completeness and feedstocks -----------------------------------------------------

    def completeness(self, gaps: dict[str, ProductGap]) -> dict[str, Completeness]:
        # One pass over products and processes for all chains: a catalogue may define dozens.
        chain_members: dict[str, list[ProductGap]] = {}
        chain_links: dict[str, set[tuple[str, str]]] = {}
        for gap in gaps.values():
            for chain in gap.chains:
                chain_members.setdefault(chain, []).append(gap)
        for proc in self.inputs.processes.values():
            for out in proc.outputs:
                if out in gaps:
                    for chain in gaps[out].chains:
                        chain_links.setdefault(chain, set()).update(
                            (inp, out) for inp in proc.inputs if inp != out
                        )
        result: dict[str, Completeness] = {}
        for chain in self.inputs.chains:
            members = chain_members.get(chain, [])
            counts = {c: sum(1 for g in members if g.cls == c) for c in GapClass}
            links = chain_links.get(chain, set())
            intact = sum(1 for inp, out in links if self.input_score(inp) > 0 and self.local(out))
            result[chain] = Completeness(
                products=round(counts[GapClass.PRESENT] / len(members), 3) if members else 0.0,
                links=round(intact / len(links), 3) if links else 0.0,
                present=counts[GapClass.PRESENT],
                weak=counts[GapClass.WEAK],
                missing=counts[GapClass.MISSING],
                links_intact=intact,
                links_total=len(links),
            )
        return result

    def feedstocks(self) -> list[Feedstock]:
        return [
            Feedstock(pid, info.name, self.available(pid), self.producers(pid) + self.storage(pid))
            for pid, info in sorted(self.products.items())
            if info.tier == Tier.FEEDSTOCK
        ]


def _ancestors(graph: nx.DiGraph, node: str) -> frozenset[str]:
    """``nx.ancestors``, computed once per shared (never mutated) graph and node."""
    cache: dict[str, frozenset[str]] = graph.graph.setdefault("ancestors", {})
    if node not in cache:
        cache[node] = frozenset(nx.ancestors(graph, node))
    return cache[node]


def _nearest_paths(
    adjacency: Mapping[str, Iterable[str]],
    start: str,
    wanted: Callable[[str], bool],
    backwards: bool = False,
) -> dict[str, list[str]]:
    """Shortest paths from ``start`` (to it, ``backwards``) along ``adjacency``, level by level as
    ``nx.single_source_shortest_path`` finds them (the same paths), stopping after the level of the
    nearest node ``wanted`` accepts; all of them when it accepts none."""
    paths = {start: [start]}
    level = [start]
    while level:
        if any(wanted(n) for n in level):
            return paths
        following = []
        for node in level:
            for neighbour in adjacency[node]:
                if neighbour not in paths:
                    path = paths[node]
                    paths[neighbour] = [neighbour, *path] if backwards else [*path, neighbour]
                    following.append(neighbour)
        level = following
    return paths


EXACT_BETWEENNESS_MAX = 5_000


@lru_cache(maxsize=8)
def _graph_metrics(
    nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...]
) -> tuple[nx.DiGraph, dict[str, float]]:
    """Built once per product graph: every park of a country shares it. Never mutated."""
    graph = nx.DiGraph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    # Exact betweenness costs nodes × edges: fine for a chain of hundreds of products, hours for a
    # national catalogue. Above EXACT_BETWEENNESS_MAX nodes, a local stand-in that is linear: how
    # many routes pass through a node in one step (inputs × outputs), scaled like betweenness.
    betweenness: dict[str, float]
    if graph.number_of_nodes() <= EXACT_BETWEENNESS_MAX:
        betweenness = nx.betweenness_centrality(graph, normalized=True)
    else:
        through = {n: graph.in_degree(n) * graph.out_degree(n) for n in graph}
        most = max(through.values(), default=0) or 1
        betweenness = {n: v / most for n, v in through.items()}
    return graph, betweenness


def analyze(
    inputs: ChainInputs, scenario: Scenario | str = Scenario.COMMITTED, thresholds: Thresholds | None = None
) -> GapReport:
    """Classify every product of a chain for the scope and scenario, find broken links, rank targets.

    Raises ``ValueError`` for an unknown scenario.
    """
    analysis = _Analysis(inputs, Scenario(scenario), thresholds or Thresholds())
    # Chain order: intermediates before materials (no tier: with intermediates), then by id.
    order = sorted(
        (pid for pid, info in analysis.products.items() if info.tier != Tier.FEEDSTOCK),
        key=lambda pid: ((analysis.products[pid].tier or Tier.INTERMEDIATE).order, pid),
    )
    gaps = {pid: analysis.classify(pid) for pid in order}
    scope = inputs.scope
    return GapReport(
        scope={"kind": scope.kind, "id": scope.id, "name": scope.name},
        scenario=analysis.scenario,
        thresholds=analysis.t,
        products=tuple(gaps.values()),
        broken_links=tuple(analysis.broken_links(gaps)),
        targets=tuple(analysis.targets(gaps)),
        completeness=analysis.completeness(gaps),
        feedstocks=tuple(analysis.feedstocks()),
        by_id=gaps,
        warnings=analysis.warnings,
        focus_industries=analysis.focus_weights(),
        balance=analysis.balances,
    )


@dataclass(frozen=True)
class ClassChange:
    product: str
    name: str
    before: GapClass
    after: GapClass
    projects: tuple[Player, ...]  # the projects that enter in the later scenario and make it


def scenario_diff(inputs: ChainInputs, before: GapReport, after: GapReport) -> list[ClassChange]:
    """Products whose class changes between two scenarios, with the projects that change them."""
    entering = after.scenario.statuses - before.scenario.statuses
    changes: list[ClassChange] = []
    for pid, old in sorted(before.by_id.items()):
        new = after.by_id[pid]
        if new.cls == old.cls:
            continue
        projects = tuple(p for p in inputs.local_producers.get(pid, ()) if p.status in entering)
        changes.append(ClassChange(pid, old.name, old.cls, new.cls, projects))
    return changes
