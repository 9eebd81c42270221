"""Nodes and links of any view, styled by what the analysis says about them.

Products take the colour of their gap class for the park and scenario, projects the colour of
their lifecycle status, everything else the colour of its type; links the style of their type.
"""

from __future__ import annotations

from chain_graph.analysis.inputs import Player
from chain_graph.analysis.study import GapStudy
from chain_graph.formats.balance import balance_line
from chain_graph.records import RelationshipRecord
from chain_graph.units import format_tonnes
from chain_graph.views.model import Tip, VEdge, VNode, clip
from chain_graph.views.records import Records
from chain_graph.views.style import CLASS_STYLE, LINK_STYLE, TYPE_STYLE, status_style
from chain_graph.views.tooltips import names as search_names
from chain_graph.views.tooltips import (
    node_tip,
    player_line,
    player_quotes,
    rel_tip,
)
from chain_graph.vocabulary import PlayerKind, term

LISTED = 12  # players named in a tooltip
QUOTED = 5  # players whose evidence is quoted in a tooltip
FEEDSTOCK_ZH = {"feedstock": "原料·本地可得 available here", "feedstock_import": "原料·外购 bought in"}


def listed(players: tuple[Player, ...]) -> str:
    """The first players by size and status, and how many more."""
    shown = "、".join(map(player_line, players[:LISTED])) or "—"
    more = len(players) - LISTED
    return shown + (f" … (+{more})" if more > 0 else "")


def product_class(study: GapStudy, product_id: str) -> str:
    """A key of ``CLASS_STYLE``: the gap class, or how a feedstock is supplied."""
    gap = study.report.by_id.get(product_id)
    if gap is not None:
        return str(gap.cls)
    for feedstock in study.report.feedstocks:
        if feedstock.id == product_id:
            return "feedstock" if feedstock.available else "feedstock_import"
    return "other"


def pending_projects(study: GapStudy, product_id: str) -> tuple[Player, ...]:
    """Local projects outside the scenario that would make the product: they would close its gap."""
    active = study.report.scenario.statuses
    return tuple(
        p
        for p in study.inputs.local_producers.get(product_id, ())
        if p.kind == PlayerKind.PROJECT and p.status not in active
    )


def product_size(study: GapStudy, product_id: str) -> float:
    """Bigger with more local producers in the scenario (or, for a feedstock, local supply)."""
    gap = study.report.by_id.get(product_id)
    if gap is not None:
        count = len(gap.producers)
    else:
        count = next((len(f.supply) for f in study.report.feedstocks if f.id == product_id), 0)
    return 10.0 + 5.0 * min(count, 5)


def product_tip(study: GapStudy, records: Records, docs: dict[str, str], product_id: str) -> Tip:
    cls = product_class(study, product_id)
    rows: list[tuple[str, str]] = []
    lines: list[str] = []
    evidence: list[tuple[str, str, str]] = []
    gap = study.report.by_id.get(product_id)
    scope = f"{study.report.scope['name']} · {study.report.scenario}"
    if gap is not None:
        rows.append(("链 class", f"{term(gap.cls)} ({scope})"))
        rows.append(("本地生产 local producers", listed(gap.producers)))
        if gap.capacity_t_per_year:
            rows.append(("本地产能 local capacity", format_tonnes(gap.capacity_t_per_year)))
        if gap.demand_t_per_year:
            rows.append(("本地需求 local demand", format_tonnes(gap.demand_t_per_year)))
        lines.extend(clip(reason) for reason in gap.reasons)
        producers: tuple[Player, ...] = gap.producers
    else:
        supply = next((f.supply for f in study.report.feedstocks if f.id == product_id), ())
        rows.append(("链 class", f"{FEEDSTOCK_ZH.get(cls, '不分类 not classified')} ({scope})"))
        if supply:
            rows.append(("本地供应 local supply", listed(supply)))
        producers = supply
    flows = study.balance.get(product_id)
    if flows is not None and (flows.supply or flows.demand):
        rows.append(("物料平衡 balance", balance_line(flows)))
    pending = pending_projects(study, product_id)
    if pending:
        rows.append(("补链项目 closing projects", listed(pending)))
    for player in (*producers[:QUOTED], *pending[:QUOTED]):
        evidence.extend(player_quotes(player, docs))
    info = study.inputs.products.get(product_id)
    if not records.nodes.get(product_id) and info is not None:
        return Tip(info.name, product_id, tuple(rows), tuple(lines), tuple(evidence))
    return node_tip(records, docs, product_id, rows, lines, evidence)


def entity_node(study: GapStudy, records: Records, docs: dict[str, str], node_id: str) -> VNode:
    label = records.label(node_id)
    props = records.props(node_id)
    name = str(props.get("name", node_id))
    search = search_names(props, node_id)
    if label == "Product":
        cls = product_class(study, node_id)
        return VNode(
            node_id,
            name,
            "Product",
            CLASS_STYLE[cls],
            product_tip(study, records, docs, node_id),
            search,
            size=product_size(study, node_id),
        )
    if label == "Project":
        status = str(props.get("status", ""))
        active = status in study.report.scenario.statuses
        counted = f"{'yes' if active else 'no'} ({study.report.scenario})"
        tip = node_tip(records, docs, node_id, rows=(("计入情景 counted in scenario", counted),))
        return VNode(node_id, name, "Project", status_style(status), tip, search)
    style = TYPE_STYLE.get(label, TYPE_STYLE["Document"])
    return VNode(node_id, name, label or "Document", style, node_tip(records, docs, node_id), search)


def entity_edge(records: Records, docs: dict[str, str], rel: RelationshipRecord) -> VEdge:
    style = LINK_STYLE.get(rel.type, LINK_STYLE["PART_OF"])
    key = rel.key
    return VEdge(
        rel.start,
        rel.end,
        rel.type,
        style,
        rel_tip(records, docs, rel),
        key=key,
        curved=bool(key),
    )


def broken_edges(study: GapStudy, shown: set[str]) -> list[VEdge]:
    """The analysis' broken links (断链) between two products of the view."""
    edges: list[VEdge] = []
    for link in study.report.broken_links:
        if link.source in shown and link.target in shown:
            tip = Tip(
                str(term(link.kind)),
                f"{study.inputs.products[link.source].name} → {study.inputs.products[link.target].name}",
                lines=(link.reason,),
            )
            edges.append(
                VEdge(
                    link.source,
                    link.target,
                    "broken",
                    LINK_STYLE["broken"],
                    tip,
                    key=link.kind,
                    label="断链",
                    curved=True,
                )
            )
    return edges
