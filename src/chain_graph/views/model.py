"""A view as plain data: what to draw, before any HTML. Builders fill it, ``render`` writes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from chain_graph.views.style import LinkStyle, NodeStyle

# Above this many nodes a page does not run physics: positions are computed here instead.
PHYSICS_LIMIT = 2_000
# Above this many nodes the players of a view are grouped per place and kind (see ``aggregate``).
AGGREGATE_LIMIT = 20_000


CLIP = 300  # characters of one tooltip line (a reason may list thousands of producers)


def clip(text: str, limit: int = CLIP) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Tip:
    """A tooltip: plain text only; the page builds its elements with ``textContent``.

    A link's tooltip may leave ``title`` and ``subtitle`` empty: the page writes "start → end"
    and the link kind itself, which keeps large pages small."""

    title: str
    subtitle: str = ""
    rows: tuple[tuple[str, str], ...] = ()
    lines: tuple[str, ...] = ()
    quotes: tuple[tuple[str, str, str], ...] = ()  # (source, verbatim quote, confidence)


@dataclass
class VNode:
    id: str
    label: str
    kind: str  # legend entry: an entity label, or "Aggregate"
    style: NodeStyle
    tip: Tip
    search: tuple[str, ...]  # names, English names, aliases and id: what the search box matches
    size: float | None = None  # overrides the style's size
    x: float | None = None
    y: float | None = None
    focus: bool = False  # the centre of a focus view, or a park's own node
    place: str | None = None  # a group of players: the place they stand in


@dataclass
class VEdge:
    start: str
    end: str
    kind: str  # a key of style.LINK_STYLE
    style: LinkStyle
    tip: Tip
    key: str = ""
    label: str = ""
    curved: bool = False


@dataclass(frozen=True)
class Band:
    """A shaded column of a chain map, drawn behind the nodes."""

    label: str
    x0: float
    x1: float
    y0: float
    y1: float
    fill: str


@dataclass
class View:
    slug: str  # the file name without .html
    kind: str  # chain | park | focus
    title: str
    subtitle: str
    nodes: list[VNode]
    edges: list[VEdge]
    bands: list[Band] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fixed_layout: bool = False  # positions are final (chain maps): no physics whatever the size

    @property
    def physics(self) -> bool:
        return not self.fixed_layout and len(self.nodes) <= PHYSICS_LIMIT
