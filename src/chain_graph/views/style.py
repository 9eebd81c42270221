"""How the views look: colours, shapes and line styles, and the legend that explains them.

Colours are never the only cue: a missing product also has a dashed border, a broken link is
dashed and thick, a project is a diamond whatever its status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chain_graph.vocabulary import ProjectStatus, term

# Chinese first, then the usual CJK system fonts of Linux, macOS and Windows, then a generic.
FONT_STACK = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)
TEXT_COLOUR = "#263238"


@dataclass(frozen=True)
class NodeStyle:
    label_zh: str
    label_en: str
    shape: str
    background: str
    border: str
    size: int = 14
    dashed: bool = False
    font_size: int | None = None
    max_width: int | None = None  # wrap the label (boxes)

    def vis(self) -> dict[str, Any]:
        """vis-network options for this style (a group of nodes)."""
        options: dict[str, Any] = {
            "shape": self.shape,
            "color": {
                "background": self.background,
                "border": self.border,
                "highlight": {"background": self.background, "border": "#000000"},
                "hover": {"background": self.background, "border": "#000000"},
            },
            "size": self.size,
        }
        if self.dashed:
            options["shapeProperties"] = {"borderDashes": [4, 3]}
        if self.font_size is not None:
            options["font"] = {"size": self.font_size}
        if self.max_width is not None:
            options["widthConstraint"] = {"maximum": self.max_width}
        return options


@dataclass(frozen=True)
class LinkStyle:
    label_zh: str
    label_en: str
    colour: str
    width: float = 1.0
    dashes: bool = False
    arrow: bool = True

    def vis(self) -> dict[str, Any]:
        options: dict[str, Any] = {
            "color": {"color": self.colour, "highlight": self.colour, "hover": self.colour},
            "width": self.width,
            "arrows": {"to": {"enabled": self.arrow, "scaleFactor": 0.6}},
        }
        if self.dashes:
            options["dashes"] = [8, 5]
        return options


# Products of the chains, by gap class for the park and scenario (feedstocks are not classified).
CLASS_STYLE: dict[str, NodeStyle] = {
    "present": NodeStyle(
        "强链", "present: 2+ local producers or demand covered", "dot", "#81c784", "#2e7d32"
    ),
    "weak": NodeStyle(
        "弱链", "weak: a single local producer or demand not covered", "dot", "#ffd54f", "#f57f17"
    ),
    "missing": NodeStyle("缺链", "missing: no local producer", "dot", "#ef9a9a", "#c62828", dashed=True),
    "feedstock": NodeStyle("原料·本地可得", "feedstock available here", "dot", "#90caf9", "#1565c0"),
    "feedstock_import": NodeStyle("原料·外购", "feedstock bought in", "dot", "#eceff1", "#78909c"),
    "other": NodeStyle("产品", "product outside the C3/C4 chains", "dot", "#e0e0e0", "#757575"),
}
CLASS_ORDER = ("present", "weak", "missing", "feedstock", "feedstock_import", "other")

# Projects by lifecycle status: a diamond, darker the further along; an intention is dashed.
_STATUS_COLOURS = {
    ProjectStatus.INTENDED: ("#f3e5f5", "#8e24aa"),
    ProjectStatus.SIGNED: ("#ce93d8", "#6a1b9a"),
    ProjectStatus.FULFILLED: ("#ba68c8", "#4a148c"),
    ProjectStatus.UNDER_CONSTRUCTION: ("#9c27b0", "#4a148c"),
    ProjectStatus.OPERATING: ("#6a1b9a", "#311b92"),
}
STATUS_STYLE: dict[str, NodeStyle] = {
    str(status): NodeStyle(
        term(status).zh,
        term(status).en,
        "diamond",
        background,
        border,
        12,
        dashed=status == ProjectStatus.INTENDED,
    )
    for status, (background, border) in _STATUS_COLOURS.items()
}
STATUS_ORDER = tuple(str(s) for s in ProjectStatus)

# Every other entity type, by label.
TYPE_STYLE: dict[str, NodeStyle] = {
    "Process": NodeStyle("工艺", "process", "box", "#f5f5f5", "#9e9e9e", 10, font_size=12, max_width=110),
    "Industry": NodeStyle("下游产业", "downstream industry", "hexagon", "#80cbc4", "#00695c", 16),
    "Enterprise": NodeStyle("企业", "enterprise", "square", "#64b5f6", "#0d47a1", 11),
    "Park": NodeStyle("园区", "park", "triangle", "#ffcc80", "#e65100", 18),
    "Region": NodeStyle("行政区", "region", "triangleDown", "#ffe0b2", "#bf360c", 18),
    "Platform": NodeStyle("平台", "platform", "star", "#b0bec5", "#37474f", 13),
    "Person": NodeStyle("人才", "person", "dot", "#d7ccc8", "#5d4037", 9),
    "Indicator": NodeStyle("指标", "indicator", "square", "#fff9c4", "#9e9d24", 8),
    "Event": NodeStyle("活动", "event (signing, ceremony)", "star", "#f8bbd0", "#ad1457", 12),
    "Milestone": NodeStyle("节点", "project milestone", "triangle", "#e1bee7", "#6a1b9a", 8),
    "Chain": NodeStyle("产业链", "chain", "box", "#eceff1", "#455a64", 12),
    "Document": NodeStyle("文献", "document", "square", "#ffffff", "#9e9e9e", 8),
    "Aggregate": NodeStyle("汇总", "players grouped per place", "ellipse", "#bbdefb", "#0d47a1", 16),
}

# Link kinds: relationship types, plus what the analysis adds.
LINK_STYLE: dict[str, LinkStyle] = {
    "FEEDS": LinkStyle("投入", "input of a process", "#9e9e9e"),
    "YIELDS": LinkStyle("产出", "output of a process", "#616161"),
    "SERVES": LinkStyle("下游应用", "downstream use", "#26a69a", dashes=True),
    "PRODUCES": LinkStyle("生产", "produces", "#1e88e5", 1.5),
    "STORES": LinkStyle("储存", "stores", "#64b5f6", dashes=True),
    "SUPPLIES": LinkStyle("供应", "supplies", "#fb8c00", 1.5),
    "LOCATED_IN": LinkStyle("位于", "located in", "#bdbdbd"),
    "HOSTED_IN": LinkStyle("落地", "project hosted in", "#bdbdbd"),
    "PART_OF": LinkStyle("隶属", "part of", "#d7ccc8"),
    "INVESTS_IN": LinkStyle("投资", "invests in", "#8d6e63", dashes=True),
    "DRIVES": LinkStyle("带动", "project drives", "#ab47bc", dashes=True),
    "SPAWNED": LinkStyle("衍生", "project spawned", "#ab47bc", dashes=True),
    "VISITED": LinkStyle("走访", "campaign visit", "#a1887f", dashes=True),
    "MEMBER_OF": LinkStyle("成员", "member of", "#90a4ae"),
    "WORKS_AT": LinkStyle("任职", "works at", "#90a4ae"),
    "DESCRIBES": LinkStyle("指标", "figure about", "#c0ca33", dashes=True),
    "FOCUSES_ON": LinkStyle("聚焦产业", "focus industry of the place", "#00897b", dashes=True),
    "DEMANDS": LinkStyle("市场需求", "market demand (t/a)", "#43a047", dashes=True),
    "SIGNED_AT": LinkStyle("签约于", "signed at", "#ad1457", dashes=True),
    "HELD_IN": LinkStyle("举办地", "held in", "#bdbdbd"),
    "OWNS": LinkStyle("持股", "owns (share)", "#6d4c41", 1.5),
    "MILESTONE_OF": LinkStyle("里程碑", "milestone of", "#8e24aa", dashes=True),
    "IN_INDUSTRY": LinkStyle("所属行业", "in industry", "#7cb342", dashes=True),
    "SUBINDUSTRY_OF": LinkStyle("上级行业", "sub-industry of", "#c5e1a5"),
    "IS_A": LinkStyle("产品类别", "is a (category)", "#b0bec5", dashes=True),
    "UPSTREAM_OF": LinkStyle("上游", "upstream of (no process known)", "#9e9e9e", dashes=True),
    "broken": LinkStyle("断链", "broken link (import dependence, dead end)", "#d81b60", 3.5, dashes=True),
    "closes": LinkStyle("补链项目", "project that would close the gap", "#8e24aa", 2.0, dashes=True),
}


def style_groups() -> dict[NodeStyle, str]:
    """Each node style's vis-network group name."""
    groups = {style: f"class-{key}" for key, style in CLASS_STYLE.items()}
    groups.update({style: f"status-{key}" for key, style in STATUS_STYLE.items()})
    groups.update({style: f"type-{key}" for key, style in TYPE_STYLE.items()})
    return groups


def status_style(status: str) -> NodeStyle:
    return STATUS_STYLE.get(status, STATUS_STYLE["intended"])


def swatch(style: NodeStyle) -> dict[str, Any]:
    """What the legend needs to draw a node entry."""
    return {
        "zh": style.label_zh,
        "en": style.label_en,
        "shape": style.shape,
        "background": style.background,
        "border": style.border,
        "dashed": style.dashed,
    }


def link_swatch(style: LinkStyle) -> dict[str, Any]:
    return {
        "zh": style.label_zh,
        "en": style.label_en,
        "colour": style.colour,
        "width": style.width,
        "dashed": style.dashes,
    }
