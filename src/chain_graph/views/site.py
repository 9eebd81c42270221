"""All the pages of one run: the chain maps, the park view, focus views and the index. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from chain_graph.analysis.study import GapStudy
from chain_graph.views.chain_map import chain_map
from chain_graph.views.graph_view import focus_view, park_view
from chain_graph.views.model import View
from chain_graph.views.records import Records
from chain_graph.views.render import PageLink, render_index, render_view

__all__ = ["DEFAULT_DEPTH", "build_views", "default_focus", "page_links", "render_site"]

DEFAULT_DEPTH = 2


def default_focus(study: GapStudy) -> list[str]:
    """The top-ranked target, and the project that changes the most classes on the way into the
    scenario (for ``operating``: on the way out of it)."""
    chosen: list[str] = []
    if study.report.targets:
        chosen.append(study.report.targets[0].product)
    scenario = study.report.scenario
    steps = [c for _, after, c in study.diffs if after == scenario] or [
        c for before, _, c in study.diffs if before == scenario
    ]
    closes: dict[str, int] = {}
    for changes in steps:
        for change in changes:
            for project in change.projects:
                closes[project.id] = closes.get(project.id, 0) + 1
    if closes:
        chosen.append(min(closes, key=lambda p: (-closes[p], p)))
    return list(dict.fromkeys(chosen))


def build_views(study: GapStudy, records: Records, focus: Sequence[str], depth: int) -> list[View]:
    views = [chain_map(study, records, chain) for chain in study.inputs.chains]
    views.append(park_view(study, records))
    views.extend(focus_view(study, records, centre, depth) for centre in dict.fromkeys(focus))
    return views


def page_links(views: Sequence[View]) -> list[PageLink]:
    return [PageLink(f"{v.slug}.html", v.title, v.kind, len(v.nodes), len(v.edges), v.physics) for v in views]


def render_site(study: GapStudy, views: Sequence[View]) -> dict[str, str]:
    """File name -> HTML text, for every view and the index."""
    links = page_links(views)
    pages = {"index.html": render_index(study, links)}
    for view in views:
        pages[f"{view.slug}.html"] = render_view(view, links)
    return dict(sorted(pages.items()))
