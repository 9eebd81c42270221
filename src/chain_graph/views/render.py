"""Views to HTML pages that open offline: pyvis builds the network, our template writes the page.

pyvis (frozen at 0.3.2) builds the vis-network nodes, edges and options; its own page template
is not used, because it pulls Bootstrap and vis-network from CDNs. Our page embeds vis-network
from pyvis's package files, our script and our style inline, so one file opens anywhere with no
network; a Content-Security-Policy allows exactly those scripts (by hash) and nothing remote.

Every text reaches the page either through Jinja's HTML escaping or inside the JSON data block,
where ``<``, ``>``, ``&`` and U+2028/2029 are escaped so that it can never close its tag; the
page's script builds tooltips, search results and the info panel with ``textContent`` only.
The output is byte-deterministic: sorted nodes, edges and keys, rounded positions, no dates.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from pyvis.network import Network

from chain_graph.analysis.study import GapStudy
from chain_graph.units import format_tonnes
from chain_graph.views.model import PHYSICS_LIMIT, Tip, VEdge, View, VNode, clip
from chain_graph.views.style import (
    CLASS_ORDER,
    CLASS_STYLE,
    FONT_STACK,
    LINK_STYLE,
    STATUS_ORDER,
    STATUS_STYLE,
    TEXT_COLOUR,
    TYPE_STYLE,
    link_swatch,
    style_groups,
    swatch,
)
from chain_graph.vocabulary import display_name, term

VIS_NETWORK = "templates/lib/vis-9.1.2/vis-network.min.js"  # inside the pyvis package
LAYOUT_SEED = 20211018
_ALWAYS = ("present", "weak", "missing")  # gap classes every legend with products explains
CSP_STYLE = "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_ENV = Environment(
    loader=PackageLoader("chain_graph", "templates"),
    undefined=StrictUndefined,
    autoescape=True,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.filters["t"] = format_tonnes
_ENV.filters["clip"] = lambda text: clip(str(text))


@dataclass(frozen=True)
class PageLink:
    file: str
    title: str
    kind: str
    nodes: int
    edges: int
    physics: bool


@cache
def _asset(package: str, path: str) -> str:
    """A file shipped in a package, checked to be embeddable in a <script> or <style> element."""
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    lowered = text.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise RuntimeError(f"{package}/{path} cannot be embedded in a <script> element")
    return text


def vis_network_js() -> str:
    """The vis-network build pyvis ships (the console serves it as a file)."""
    return _asset("pyvis", VIS_NETWORK)


def script_json(value: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">``: it cannot close the tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e")):
        text = text.replace(raw, escaped)
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)  # noqa: S704 - escaped above for a script data block


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


class _NodeIds(list[Any]):
    """pyvis keeps node ids in a list and scans it on every add: this one answers in O(1)."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


class _Quotes:
    """Each distinct (source, quote, confidence) once per page; tooltips refer to it by index."""

    def __init__(self) -> None:
        self.table: list[tuple[str, str, str]] = []
        self.index: dict[tuple[str, str, str], int] = {}

    def tip(self, tip: Tip, default_title: str = "") -> dict[str, Any]:
        """The tooltip as the page reads it; a title equal to the default is left out."""
        refs = []
        for quote in tip.quotes:
            if quote not in self.index:
                self.index[quote] = len(self.table)
                self.table.append(quote)
            refs.append(self.index[quote])
        data: dict[str, Any] = {}
        if tip.title and tip.title != default_title:
            data["t"] = tip.title
        if tip.subtitle:
            data["s"] = tip.subtitle
        if tip.rows:
            data["r"] = [list(row) for row in tip.rows]
        if tip.lines:
            data["l"] = list(tip.lines)
        if refs:
            data["q"] = refs
        return data


_GROUPS = style_groups()


def _node_options(node: VNode, quotes: _Quotes) -> dict[str, Any]:
    """Per node only what differs from its group: position, size, emphasis, tooltip, names."""
    options: dict[str, Any] = {"group": _GROUPS[node.style], "shape": node.style.shape}
    size = node.size if node.size is not None else float(node.style.size)
    if node.focus:
        options["size"] = round(size * 1.6, 1)
        options["borderWidth"] = 4
        options["font"] = {"size": 18}
    elif size != node.style.size:
        options["size"] = size
    if node.x is not None and node.y is not None:
        options["x"], options["y"] = node.x, node.y
    options["tip"] = quotes.tip(node.tip, default_title=node.search[0])
    options["find"] = " | ".join(node.search)
    return options


def _edge_options(edge: VEdge, quotes: _Quotes, chain: bool) -> dict[str, Any]:
    """Per link its kind (the page applies that kind's style), tooltip, label and curve."""
    options: dict[str, Any] = {"kind": edge.kind, "tip": quotes.tip(edge.tip)}  # id: "e:<index>"
    if edge.label:
        options["label"] = edge.label
    if edge.curved:
        options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
    elif chain:
        options["smooth"] = {
            "enabled": True,
            "type": "cubicBezier",
            "forceDirection": "horizontal",
            "roundness": 0.4,
        }
    return options


def _groups(view: View) -> dict[str, Any]:
    used = {n.style for n in view.nodes}
    groups: dict[str, Any] = {}
    for style in sorted(used, key=_GROUPS.__getitem__):
        options = style.vis()
        options["borderWidth"] = 1.5
        groups[_GROUPS[style]] = options
    return groups


def _edge_styles(view: View) -> dict[str, Any]:
    kinds = sorted({e.kind for e in view.edges})
    return {
        kind: {**LINK_STYLE[kind].vis(), "zh": f"{LINK_STYLE[kind].label_zh} {LINK_STYLE[kind].label_en}"}
        for kind in kinds
    }


def vis_options(view: View) -> dict[str, Any]:
    large = len(view.nodes) > PHYSICS_LIMIT
    font = {"face": FONT_STACK, "size": 14, "color": TEXT_COLOUR, "strokeWidth": 3, "strokeColor": "#ffffff"}
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
        "nodes": {"font": font, "borderWidthSelected": 4, "scaling": {"label": {"drawThreshold": 5}}},
        "edges": {
            "smooth": False if large or view.physics else {"enabled": True, "type": "continuous"},
            "font": {"face": FONT_STACK, "size": 11, "color": "#ad1457", "strokeWidth": 3, "align": "middle"},
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": not large,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": {"enabled": False},
            "multiselect": False,
            "zoomSpeed": 0.7,
        },
        "physics": {"enabled": False},
        "groups": _groups(view),
    }
    if view.physics:
        count = len(view.nodes)
        options["physics"] = {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -9000,
                "centralGravity": 0.25,
                "springLength": 150,
                "springConstant": 0.025,
                "damping": 0.4,
                "avoidOverlap": 0.6,
            },
            "maxVelocity": 40,
            "minVelocity": 1.0,
            "timestep": 0.5,
            # The positions computed here are a good start: a bounded number of steps settles them.
            "stabilization": {
                "enabled": True,
                "iterations": max(60, min(300, 60_000 // max(count, 1))),
                "updateInterval": 50,
                "fit": True,
            },
        }
    return options


def build_network(view: View) -> tuple[Network, list[tuple[str, str, str]]]:
    """The view as a pyvis network (nodes, edges, vis-network options) and its quote table."""
    net = Network(directed=True, cdn_resources="in_line")
    net.node_ids = _NodeIds()
    quotes = _Quotes()
    for node in sorted(view.nodes, key=lambda n: n.id):
        options = _node_options(node, quotes)
        net.add_node(node.id, label=node.label, shape=options.pop("shape"), **options)
    edges = sorted(view.edges, key=lambda e: (e.start, e.end, e.kind, e.key))
    for edge in edges:
        net.add_edge(edge.start, edge.end, **_edge_options(edge, quotes, view.kind == "chain"))
    for options in net.edges:
        if options.get("arrows") == "to":  # pyvis marks every edge of a directed network
            del options["arrows"]  # the kind's style says how its arrow looks
    net.options = vis_options(view)
    return net, quotes.table


def _legend(view: View) -> dict[str, list[dict[str, Any]]]:
    kinds = {n.kind for n in view.nodes}
    classes = {n.style for n in view.nodes if n.kind == "Product"}
    statuses = {n.style for n in view.nodes if n.kind == "Project"}
    types = [swatch(TYPE_STYLE[k]) for k in TYPE_STYLE if k in kinds]
    if "Product" in kinds:
        types.insert(0, {**swatch(CLASS_STYLE["other"]), "zh": "产品", "en": "product (colour: class)"})
    if "Project" in kinds:
        types.append({**swatch(STATUS_STYLE["signed"]), "zh": "项目", "en": "project (colour: status)"})
    links = {e.kind for e in view.edges}
    return {
        "types": types,
        "classes": [
            swatch(CLASS_STYLE[c])
            for c in CLASS_ORDER
            if CLASS_STYLE[c] in classes or (classes and c in _ALWAYS)
        ],
        "statuses": [swatch(STATUS_STYLE[s]) for s in STATUS_ORDER if STATUS_STYLE[s] in statuses],
        "links": [link_swatch(LINK_STYLE[k]) for k in LINK_STYLE if k in links],
    }


def render_view(view: View, pages: Sequence[PageLink]) -> str:
    """One self-contained HTML page: vis-network, data, script and style inline."""
    net, quote_table = build_network(view)
    nodes, edges, _, _, _, _ = net.get_network_data()
    data = {
        "meta": {
            "slug": view.slug,
            "kind": view.kind,
            "physics": view.physics,
            "large": len(view.nodes) > PHYSICS_LIMIT,
            "nodes": len(nodes),
            "edges": len(edges),
        },
        "nodes": nodes,
        "edges": edges,
        "options": net.options,
        "quotes": [list(q) for q in quote_table],
        "edgeStyles": _edge_styles(view),
        "bands": [vars(b) for b in view.bands],
    }
    vis_js = _asset("pyvis", VIS_NETWORK)
    page_js = _asset("chain_graph", "templates/view.js")
    csp = f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}; {CSP_STYLE}"
    return _ENV.get_template("view.html.j2").render(
        view=view,
        csp=csp,
        font_stack=FONT_STACK,
        style=Markup(_asset("chain_graph", "templates/view.css")),  # noqa: S704 - our own file
        vis_js=Markup(vis_js),  # noqa: S704 - pyvis's vis-network build, checked by _asset
        page_js=Markup(page_js),  # noqa: S704 - our own file, checked by _asset
        data=script_json(data),
        legend=_legend(view),
        pages=pages,
        counts={"nodes": len(nodes), "edges": len(edges)},
    )


def render_index(study: GapStudy, pages: Sequence[PageLink]) -> str:
    """The page that links every view and shows the gap tables of the park."""
    report = study.report
    return _ENV.get_template("index.html.j2").render(
        csp=f"default-src 'none'; {CSP_STYLE}",
        font_stack=FONT_STACK,
        style=Markup(_asset("chain_graph", "templates/view.css")),  # noqa: S704 - our own file
        report=report,
        pages=pages,
        chains=list(study.inputs.chains),
        term=term,
        class_style=CLASS_STYLE,
        names={p.id: display_name(p.name, p.name_en) for p in study.inputs.products.values()},
        legend=[swatch(CLASS_STYLE[c]) for c in CLASS_ORDER],
    )
