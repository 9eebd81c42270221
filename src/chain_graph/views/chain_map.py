"""The chain map of one chain (C3, C4…): tiers left to right, products coloured by their gap class.

Columns: feedstock → (process) → intermediate → (process) → material → downstream industry.
Within a tier, a product made from another of the same tier stands to its right. Broken links
(断链) are drawn thick, dashed and curved; a local project outside the scenario that would make
a product stands just below it, with a dashed link to every product of the chain it would make.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from chain_graph.analysis.inputs import Player, ProcessInfo
from chain_graph.analysis.study import GapStudy
from chain_graph.model import CHAIN_TYPES
from chain_graph.units import format_tonnes
from chain_graph.views.entities import (
    broken_edges,
    entity_edge,
    entity_node,
    pending_projects,
)
from chain_graph.views.layout import layered
from chain_graph.views.model import Band, Tip, VEdge, View, VNode
from chain_graph.views.records import Records, documents
from chain_graph.views.style import LINK_STYLE, TYPE_STYLE, status_style
from chain_graph.views.tooltips import names as search_names
from chain_graph.views.tooltips import node_tip, player_line
from chain_graph.vocabulary import GapClass, Tier, term

TIERS = ("feedstock", "intermediate", "material")
BANDS = {
    "feedstock": ("原料 Feedstock", "#eef4fb"),
    "intermediate": ("中间体 Intermediate", "#f1f8ee"),
    "material": ("材料 Material", "#fdf6ec"),
    "industry": ("下游产业 Downstream industry", "#ecf7f6"),
}
COLUMN_WIDTH = 135.0


def chain_processes(study: GapStudy, chain: str) -> list[ProcessInfo]:
    """Every process with an output in the chain."""
    products = study.inputs.products
    return sorted(
        (
            p
            for p in study.inputs.processes.values()
            if any(chain in products[o].chains for o in p.outputs if o in products)
        ),
        key=lambda p: p.id,
    )


def _acyclic(nodes: list[str], successors: dict[str, list[str]]) -> dict[str, list[str]]:
    """Drop the edges that close a cycle (depth-first, in id order), keeping the rest."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    kept: dict[str, list[str]] = defaultdict(list)
    for root in nodes:
        if root in state:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        state[root] = 1
        while stack:
            node, i = stack.pop()
            nexts = successors.get(node, [])
            if i < len(nexts):
                stack.append((node, i + 1))
                child = nexts[i]
                if state.get(child) == 1:
                    continue  # a back edge: it would close a cycle
                kept[node].append(child)
                if child not in state:
                    state[child] = 1
                    stack.append((child, 0))
            else:
                state[node] = 2
    return kept


def _ranks(tiers: Mapping[str, str], processes: list[ProcessInfo]) -> dict[str, int]:
    """Even columns for products, odd ones for processes; tiers in bands, left to right."""
    successors: dict[str, list[str]] = defaultdict(list)
    for proc in processes:
        for product in proc.inputs:
            successors[product].append(proc.id)
        for product in proc.outputs:
            if tiers[product] != "feedstock":  # feedstocks stay in the first column
                successors[proc.id].append(product)
    nodes = sorted({*tiers, *(p.id for p in processes)})
    kept = _acyclic(nodes, {k: sorted(v) for k, v in successors.items()})
    predecessors: dict[str, list[str]] = defaultdict(list)
    for node, children in kept.items():
        for child in children:
            predecessors[child].append(node)
    order = _topological(nodes, kept)

    def solve(minimum: dict[str, int]) -> dict[str, int]:
        rank: dict[str, int] = {}
        for node in order:
            floor = minimum.get(tiers.get(node, "process"), 1)
            rank[node] = max([floor, *(rank[p] + 1 for p in predecessors[node])])
        return rank

    minimum = {"feedstock": 0, "intermediate": 2, "material": 2, "process": 1}
    first = solve(minimum)
    intermediates = [first[p] for p, t in tiers.items() if t == "intermediate"]
    minimum["material"] = max(intermediates, default=0) + 2
    return solve(minimum)


def _topological(nodes: list[str], kept: dict[str, list[str]]) -> list[str]:
    indegree = {n: 0 for n in nodes}
    for children in kept.values():
        for child in children:
            indegree[child] += 1
    ready = sorted(n for n in nodes if indegree[n] == 0)
    order: list[str] = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for child in sorted(kept.get(node, [])):
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
        ready.sort()
    return order


def _project_node(
    study: GapStudy, records: Records, docs: dict[str, str], player: Player, closes: list[str]
) -> VNode:
    names = "、".join(study.inputs.products[p].name for p in closes)
    rows = (("补链 would close", f"{names} (outside scenario {study.report.scenario})"),)
    if player.id in records.nodes:
        node = entity_node(study, records, docs, player.id)
        node.tip = node_tip(records, docs, player.id, rows=rows)
        return node
    tip = Tip(player.name, f"{term(player.status)} · {player.id}", rows)
    return VNode(
        player.id, player.name, "Project", status_style(player.status), tip, (player.name, player.id)
    )


def chain_map(study: GapStudy, records: Records, chain: str) -> View:
    inputs = study.inputs
    docs = documents(records)
    processes = chain_processes(study, chain)
    shown = {p for p, info in inputs.products.items() if chain in info.chains}
    for proc in processes:
        shown.update(p for p in (*proc.inputs, *proc.outputs) if p in inputs.products)
    tiers = {p: str(inputs.products[p].tier or Tier.INTERMEDIATE) for p in shown}
    rank = _ranks(tiers, processes)
    last = max((rank[p] for p in shown), default=0)
    industries = sorted({i for p in shown for i in inputs.serves.get(p, ()) if i in inputs.industries})
    for industry in industries:
        rank[industry] = last + 2

    nodes: list[VNode] = [entity_node(study, records, docs, p) for p in sorted(shown)]
    for proc in processes:
        rows = (
            ("投入 inputs (all needed)", "、".join(inputs.products[i].name for i in proc.inputs) or "—"),
            ("产出 outputs", "、".join(inputs.products[o].name for o in proc.outputs) or "—"),
        )
        nodes.append(
            VNode(
                proc.id,
                proc.name,
                "Process",
                TYPE_STYLE["Process"],
                node_tip(records, docs, proc.id, rows=rows),
                search_names(records.props(proc.id) or {"name": proc.name}, proc.id),
            )
        )
    nodes.extend(entity_node(study, records, docs, i) for i in industries)

    # Projects outside the scenario that would make a product of this chain.
    closing: dict[str, tuple[Player, list[str]]] = {}
    for product in sorted(shown):
        if study.report.by_id.get(product) is None or study.report.by_id[product].cls == GapClass.PRESENT:
            continue
        for player in pending_projects(study, product):
            closing.setdefault(player.id, (player, []))[1].append(product)
    attached: dict[str, str] = {}
    edges: list[VEdge] = []
    for project_id, (player, closes) in sorted(closing.items()):
        nodes.append(_project_node(study, records, docs, player, closes))
        attached[project_id] = min(closes, key=lambda p: (rank[p], p))
        for product in closes:
            capacity = next(
                (p.capacity_t_per_year for p in inputs.local_producers[product] if p.id == project_id),
                None,
            )
            figures = (("产能 capacity", format_tonnes(capacity)),) if capacity else ()
            cls = term(study.report.by_id[product].cls)
            tip = Tip(
                f"{player.name} → {inputs.products[product].name}",
                f"{LINK_STYLE['closes'].label_zh}: {player_line(player)}",
                figures,
                (f"{cls} in scenario {study.report.scenario}; this project would make it here",),
            )
            edges.append(VEdge(project_id, product, "closes", LINK_STYLE["closes"], tip))

    ids = {n.id for n in nodes}
    for rel in records.induced(ids).relationships:
        if rel.type in CHAIN_TYPES:
            edges.append(entity_edge(records, docs, rel))
    edges.extend(broken_edges(study, shown))

    positions = layered(
        rank, [(e.start, e.end) for e in edges if e.kind in CHAIN_TYPES], attached, COLUMN_WIDTH
    )
    for node in nodes:
        node.x, node.y = positions[node.id]
    c = study.report.completeness[chain]
    scope = study.report.scope
    return View(
        slug=f"chain-{inputs.chains[chain].slug}",
        kind="chain",
        title=f"{chain} 链图 · {scope['name']}",
        subtitle=(
            f"情景 scenario {study.report.scenario} · 强链 {c.present} · 弱链 {c.weak} · 缺链 {c.missing} · "
            f"links intact {c.links_intact}/{c.links_total} · {len(processes)} processes"
        ),
        nodes=nodes,
        edges=edges,
        bands=_bands(nodes, rank, tiers, industries),
        fixed_layout=True,
    )


def _bands(
    nodes: list[VNode], rank: dict[str, int], tiers: Mapping[str, str], industries: list[str]
) -> list[Band]:
    ys = [n.y for n in nodes if n.y is not None]
    top, bottom = min(ys, default=0.0) - 90.0, max(ys, default=0.0) + 50.0
    members: dict[str, list[int]] = defaultdict(list)
    for product, tier in tiers.items():
        members[tier].append(rank[product])
    members["industry"] = [rank[i] for i in industries]
    bands: list[Band] = []
    for tier in (*TIERS, "industry"):
        if not members[tier]:
            continue
        label, fill = BANDS[tier]
        x0 = min(members[tier]) * COLUMN_WIDTH - 70.0
        x1 = max(members[tier]) * COLUMN_WIDTH + 70.0
        bands.append(Band(label, x0, x1, top, bottom, fill))
    return bands
