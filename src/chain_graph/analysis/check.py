"""Check before acting: the facts that make an answer doubtful, each naming its records.

- **receives, makes nothing known**: a local firm takes a product but the data knows nothing it
  makes, so what it makes from it may be wrongly ``missing``;
- **capacity not stated**: a local producer without a capacity, so its product is classed by count;
- **input not known here**: a local plant runs a process whose input nobody is known to make or
  store here, so a unit on its site may be missing from the data;
- **status not updated**: a project whose status is ``stale_years`` older than the newest dated
  project of the data (no clock: the same data always gives the same answer);
- **shared name**: two nodes carry one name or alias, so a search or a news match may hit the
  wrong one;
- **figures differ**: one plant stated with several capacities (phases, or sources that disagree).

Pure, like the gap analysis. A product named by a warning is answered with low confidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from chain_graph.analysis.inputs import ChainInputs, Player
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import PlayerKind, Scenario, Tier, WarningKind

__all__ = ["DataWarning", "check"]


@dataclass(frozen=True)
class DataWarning:
    id: str  # stable: kind:subject[:product]
    kind: WarningKind
    message: str
    records: tuple[str, ...]  # node ids to look at
    products: tuple[str, ...]  # products whose answers it makes doubtful


def _year(text: str | None) -> float | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    day = date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def check(inputs: ChainInputs, scenario: Scenario | str, stale_years: float = 3.0) -> tuple[DataWarning, ...]:
    """Every warning for the scope and scenario, in a stable order."""
    active = Scenario(scenario).statuses
    processes = inputs.processes

    name = inputs.product_name

    def live(players: tuple[Player, ...]) -> list[Player]:
        return [p for p in players if p.status in active]

    producers = {pid: live(players) for pid, players in inputs.local_producers.items()}
    makers = {p.id for players in producers.values() for p in players}
    stored = {pid for pid, players in inputs.local_storage.items() if live(players)}
    uses: dict[str, set[str]] = {}  # product -> what its processes make
    for proc in processes.values():
        for needed in proc.inputs:
            uses.setdefault(needed, set()).update(o for o in proc.outputs if o != needed)
    found: list[DataWarning] = []

    for product, consumers in sorted(inputs.local_consumers.items()):
        for consumer in live(consumers):
            if consumer.id in makers:
                continue
            made = sorted(o for o in uses.get(product, ()) if not producers.get(o))
            could = (
                f": what it makes from it ({'、'.join(name(o) for o in made)}) may be wrongly missing"
                if made
                else ""
            )
            found.append(
                DataWarning(
                    f"{WarningKind.RECEIVES_MAKES_NOTHING}:{consumer.id}:{product}",
                    WarningKind.RECEIVES_MAKES_NOTHING,
                    f"{consumer.name} receives {name(product)} but makes nothing the data knows{could}",
                    (consumer.id,),
                    (product, *made),
                )
            )
    for product, players in sorted(producers.items()):
        for player in players:
            if player.capacity_t_per_year is None:
                found.append(
                    DataWarning(
                        f"{WarningKind.NO_CAPACITY}:{player.id}:{product}",
                        WarningKind.NO_CAPACITY,
                        f"{player.name} makes {name(product)} but no capacity is stated",
                        (player.id,),
                        (product,),
                    )
                )
            route = inputs.route(player, product)
            if route is None:
                continue
            for needed in processes[route].inputs:
                info = inputs.products.get(needed)
                if (
                    producers.get(needed)
                    or needed in stored
                    or (info is not None and info.tier == Tier.FEEDSTOCK)
                ):
                    continue
                found.append(
                    DataWarning(
                        f"{WarningKind.INPUT_NOT_HERE}:{player.id}:{needed}",
                        WarningKind.INPUT_NOT_HERE,
                        f"{player.name} makes {name(product)} by {processes[route].name}, which needs "
                        f"{name(needed)}; nobody is known to make or store it here "
                        "(a unit on its site may be missing from the data)",
                        (player.id,),
                        (needed, product),
                    )
                )
    projects = {
        p.id: (p, pid)
        for pid, players in [*inputs.local_producers.items(), *inputs.local_consumers.items()]
        for p in players
        if p.kind == PlayerKind.PROJECT
    }
    dated = [y for p, _ in projects.values() if (y := _year(p.status_date)) is not None]
    newest = max(dated, default=None)
    for project, product in sorted(projects.values(), key=lambda x: x[0].id):
        when = _year(project.status_date)
        if newest is None or when is None or newest - when < stale_years:
            continue
        found.append(
            DataWarning(
                f"{WarningKind.STALE_STATUS}:{project.id}",
                WarningKind.STALE_STATUS,
                f"{project.name} is '{project.status}' as of {project.status_date}, more than "
                f"{stale_years:g} years before the newest dated project: check whether it moved on",
                (project.id,),
                (product,),
            )
        )
    for shared, ids in sorted(inputs.shared_names.items()):
        found.append(
            DataWarning(
                f"{WarningKind.SHARED_NAME}:{shared}",
                WarningKind.SHARED_NAME,
                f"'{shared}' names {len(ids)} nodes ({', '.join(ids)}): a search or a news match may "
                "hit the wrong one",
                ids,
                tuple(i for i in ids if i in inputs.products),
            )
        )
    for (player_id, product), figures in sorted(inputs.capacity_figures.items()):
        who = next((p.name for p in producers.get(product, ()) if p.id == player_id), player_id)
        stated = "、".join(format_tonnes(f) for f in figures)
        found.append(
            DataWarning(
                f"{WarningKind.FIGURES_DIFFER}:{player_id}:{product}",
                WarningKind.FIGURES_DIFFER,
                f"{who} is stated with {len(figures)} capacities for {name(product)}: {stated} "
                "(phases, or sources that disagree; the largest is used)",
                (player_id,),
                (product,),
            )
        )
    return tuple(found)
