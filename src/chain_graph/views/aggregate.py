"""Very large views: enterprises and projects grouped per place (and per status for projects).

Above ``AGGREGATE_LIMIT`` nodes a page would be too heavy to open, so each group of players
standing in one place becomes one node ("合成化工园区000001 · 企业 ×250"), and their links become
one link per (group, other end, type) with a count and the total capacity.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from chain_graph.model import PLACEMENT_TYPES
from chain_graph.records import RelationshipRecord
from chain_graph.units import format_tonnes
from chain_graph.views.model import Tip, VEdge, VNode
from chain_graph.views.records import Records
from chain_graph.views.style import LINK_STYLE, TYPE_STYLE
from chain_graph.vocabulary import ProjectStatus, term

GROUPED_LABELS = ("Enterprise", "Project")
NAMES_LISTED = 20
NAMES_SEARCHED = 200
ELSEWHERE = "elsewhere"


@dataclass
class Group:
    id: str
    place: str
    label: str
    status: str
    members: list[str] = field(default_factory=list)


def place_of(sub: Records) -> dict[str, str]:
    """Each player's place in the view (the smallest id when it stands in several)."""
    places: dict[str, str] = {}
    for rel in sub.relationships:
        if rel.type in PLACEMENT_TYPES and sub.label(rel.end) in ("Park", "Region"):
            start = rel.start
            places[start] = min(places.get(start, rel.end), rel.end)
    return places


def group_players(sub: Records, keep: set[str]) -> dict[str, Group]:
    """member id -> its group; players in ``keep`` (the focus) stay themselves."""
    places = place_of(sub)
    groups: dict[tuple[str, str, str], Group] = {}
    member_of: dict[str, Group] = {}
    for node_id, node in sub.nodes.items():
        label = node.label
        if label not in GROUPED_LABELS or node_id in keep:
            continue
        place = places.get(node_id, ELSEWHERE)
        status = str(node.properties.get("status", "")) if label == "Project" else ""
        key = (place, label, status)
        if key not in groups:
            groups[key] = Group(f"group:{place}:{label.lower()}:{status}".rstrip(":"), place, label, status)
        groups[key].members.append(node_id)
        member_of[node_id] = groups[key]
    return member_of


def group_node(sub: Records, group: Group) -> VNode:
    place = sub.name(group.place) if group.place != ELSEWHERE else "其他地点 elsewhere"
    kind = (
        "企业 enterprises"
        if group.label == "Enterprise"
        else f"项目 projects · {term(group.status, ProjectStatus) if group.status else ''}"
    )
    names = [sub.name(m) for m in group.members]
    more = len(names) - NAMES_LISTED
    listed = "、".join(names[:NAMES_LISTED]) + (f" … (+{more})" if more > 0 else "")
    tip = Tip(
        f"{place} · {kind} ×{len(group.members)}",
        "grouped: too many players to draw one by one",
        rows=(("数量 count", str(len(group.members))),),
        lines=(listed,),
    )
    return VNode(
        group.id,
        f"{place}\n{kind.split(' ')[0]} ×{len(group.members)}",
        "Aggregate",
        TYPE_STYLE["Aggregate"],
        tip,
        (place, kind, *names[:NAMES_SEARCHED]),
        size=14.0 + min(len(group.members), 10_000) ** 0.5,
        place=group.place,
    )


def group_edges(sub: Records, member_of: dict[str, Group]) -> tuple[list[RelationshipRecord], list[VEdge]]:
    """Relationships between kept nodes as they are; the others summed per (start, end, type)."""
    plain: list[RelationshipRecord] = []
    summed: dict[tuple[str, str, str], list[float]] = defaultdict(lambda: [0, 0.0])
    for rel in sub.relationships:
        start_group, end_group = member_of.get(rel.start), member_of.get(rel.end)
        if start_group is None and end_group is None:
            plain.append(rel)
            continue
        start = start_group.id if start_group else rel.start
        end = end_group.id if end_group else rel.end
        if start == end:
            continue
        entry = summed[(start, end, rel.type)]
        entry[0] += 1
        entry[1] += float(rel.properties.get("capacity_t_per_year") or 0.0)
    edges: list[VEdge] = []
    for (start, end, rel_type), (count, capacity) in sorted(summed.items()):
        style = LINK_STYLE.get(rel_type, LINK_STYLE["PART_OF"])
        rows = [("数量 count", f"{count:g}")]
        if capacity:
            rows.append(("产能合计 total capacity", format_tonnes(capacity)))
        tip = Tip(f"{rel_type} ×{count:g}", f"{style.label_zh} {style.label_en}", tuple(rows))
        edges.append(VEdge(start, end, rel_type, style, tip, label=f"×{count:g}" if count > 1 else ""))
    return plain, edges
