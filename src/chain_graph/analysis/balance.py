"""Mass balance of a park or region in a scenario: for each product, how many tonnes a year the
local plants make (supply) and need (demand), and which figures the data does not have.

- **Supply**: the capacity of each local producer counted in the scenario (phases of one plant
  are one producer, at its largest stated capacity), plus the co-products of its process
  (PDH → hydrogen at its ``ratio_t_per_t``) unless the data states the co-product's own figure.
- **Demand**: each local producer's capacity × the input ratio of the process it runs (the
  ``process`` of its PRODUCES link, or the only route the data knows to its product), plus the
  stated quantity of each local SUPPLIES receiver whose need was not computed that way.
- **Unknown**: every producer or consumer whose figure is missing (no capacity, no ratio, more
  than one possible route), named, so that a planner sees how far the numbers go.

Pure: works on :class:`~chain_graph.analysis.inputs.ChainInputs`, like the gap analysis.

>>> from chain_graph.analysis.inputs import ChainInputs, Player, ProcessInfo, ProductInfo, Scope
>>> from chain_graph.vocabulary import PlayerKind, ProjectStatus, Tier
>>> products = {p: ProductInfo(p, p, None, ("C3",), t) for p, t in
...             [("propane", Tier.FEEDSTOCK), ("propylene", Tier.INTERMEDIATE), ("pp", Tier.MATERIAL)]}
>>> processes = {"pdh": ProcessInfo("pdh", "PDH", ("propane",), ("propylene",), {"propane": 1.2}),
...              "poly": ProcessInfo("poly", "PP", ("propylene",), ("pp",), {"propylene": 1.0})}
>>> def plant(i, t): return Player(i, i, PlayerKind.ENTERPRISE, ProjectStatus.OPERATING, t)
>>> inputs = ChainInputs(Scope("park", "p", "P", ("p",)), products, processes, {}, {},
...     local_producers={"propylene": (plant("pdh-co", 660_000.0),), "pp": (plant("pp-co", 450_000.0),)})
>>> rows = {b.id: b for b in balance(inputs, "operating")}
>>> propylene = rows["propylene"]
>>> propylene.supply_t_per_year, propylene.demand_t_per_year, propylene.balance_t_per_year
(660000.0, 450000.0, 210000.0)
>>> rows["propane"].demand_t_per_year
792000.0
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from chain_graph.analysis.inputs import ChainInputs, Player
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import Scenario

__all__ = ["Flow", "ProductBalance", "balance"]


@dataclass(frozen=True)
class Flow:
    """Tonnes a year of one product that one local player makes or needs, and why."""

    player: Player
    t_per_year: float
    how: str  # e.g. "capacity", "45万t/a 聚丙烯 × 1.0 t/t", "supplied"


@dataclass(frozen=True)
class ProductBalance:
    id: str
    name: str
    name_en: str | None
    byproduct: bool
    supply_t_per_year: float  # of the known figures
    demand_t_per_year: float  # of the known figures
    supply: tuple[Flow, ...]
    demand: tuple[Flow, ...]
    unknown: tuple[str, ...]  # figures the data lacks, each naming its player

    @property
    def balance_t_per_year(self) -> float:
        """Surplus (positive) or deficit (negative) of the known figures."""
        return self.supply_t_per_year - self.demand_t_per_year

    @property
    def self_sufficiency(self) -> float | None:
        """Local supply over local demand; None when no demand is known."""
        return self.supply_t_per_year / self.demand_t_per_year if self.demand_t_per_year else None

    @property
    def complete(self) -> bool:
        """Whether every local producer and consumer of the product has its figure."""
        return not self.unknown


def balance(inputs: ChainInputs, scenario: Scenario | str) -> tuple[ProductBalance, ...]:
    """The balance of every product that is made, needed or received in the scope."""
    active = Scenario(scenario).statuses
    processes = inputs.processes
    name = inputs.product_name

    supply: dict[str, list[Flow]] = defaultdict(list)
    demand: dict[str, list[Flow]] = defaultdict(list)
    unknown: dict[str, list[str]] = defaultdict(list)
    computed: set[tuple[str, str]] = set()  # (player, input) whose need came from its production
    # A co-product whose own capacity is stated is counted as stated, not again from its process.
    stated = {
        (p.id, product)
        for product, players in inputs.local_producers.items()
        for p in players
        if p.capacity_t_per_year is not None
    }
    no_capacity: list[tuple[str, Player]] = []  # said once the co-products are known
    for product, players in sorted(inputs.local_producers.items()):
        info = inputs.products.get(product)
        for player in players:
            if player.status not in active:
                continue
            capacity = player.capacity_t_per_year
            route = inputs.route(player, product)
            if capacity is None:
                no_capacity.append((product, player))
            else:
                supply[product].append(
                    Flow(player, capacity, "captive capacity" if player.captive else "capacity")
                )
            if info is not None and info.byproduct:
                continue  # made alongside a main product, whose inputs are counted there
            if route is None:
                if product in inputs.main_routes:
                    unknown[product].append(f"{player.name}: route unknown, so its inputs are not counted")
                continue
            made = f"{format_tonnes(capacity)} {name(product)}" if capacity else ""
            proc = processes[route]
            for co, ratio in proc.output_ratios.items():
                if (player.id, co) in stated:
                    continue  # its own figure for the co-product is counted above
                if capacity is None:
                    unknown[co].append(f"{player.name}: co-product of {proc.name}, capacity unknown")
                else:
                    supply[co].append(Flow(player, capacity * ratio, f"co-product: {made} × {ratio:g} t/t"))
            for needed in proc.inputs:
                need = proc.input_ratios.get(needed)
                if capacity is None or need is None:
                    missing = "capacity" if capacity is None else "ratio"
                    unknown[needed].append(f"{player.name}: uses it for {name(product)}, {missing} unknown")
                else:
                    demand[needed].append(Flow(player, capacity * need, f"{made} × {need:g} t/t"))
                computed.add((player.id, needed))
    for product, player in no_capacity:
        if not any(flow.player.id == player.id for flow in supply[product]):  # not a co-product either
            unknown[product].insert(0, f"{player.name}: capacity unknown")
    for product, consumers in sorted(inputs.local_consumers.items()):
        for consumer in consumers:
            if consumer.status not in active or (consumer.id, product) in computed:
                continue
            if consumer.capacity_t_per_year is None:
                unknown[product].append(f"{consumer.name}: receives it, quantity unknown")
            else:
                demand[product].append(Flow(consumer, consumer.capacity_t_per_year, "supplied"))
    rows = []
    for pid in sorted(set(supply) | set(demand) | set(unknown)):
        info = inputs.products.get(pid)
        rows.append(
            ProductBalance(
                id=pid,
                name=name(pid),
                name_en=info.name_en if info else None,
                byproduct=bool(info and info.byproduct),
                supply_t_per_year=sum(f.t_per_year for f in supply[pid]),
                demand_t_per_year=sum(f.t_per_year for f in demand[pid]),
                supply=tuple(supply[pid]),
                demand=tuple(demand[pid]),
                unknown=tuple(unknown[pid]),
            )
        )
    return tuple(rows)
