"""``chain-graph viz``: interactive views of the chains, the park and any entity, as offline pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from chain_graph.analysis.study import GapStudy, study
from chain_graph.cli_common import (
    CONTEXT,
    ScopeRequest,
    SourceRequest,
    err,
    out,
    scope_options,
    source_options,
)
from chain_graph.errors import ChainGraphError
from chain_graph.views.model import PHYSICS_LIMIT
from chain_graph.views.records import Records
from chain_graph.views.site import DEFAULT_DEPTH, build_views, default_focus, render_site


def _study_and_records(
    scope: ScopeRequest, graph: SourceRequest, focus: Sequence[str], depth: int
) -> tuple[GapStudy, Records, list[str]]:
    """The gap study, the focus entities, and everything the views select from, read from one
    source opened once."""
    with graph.open() as source:
        result = study(source.chain_inputs(scope.scope_id), scope.scenario)
        centres = list(focus) or default_focus(result)
        nodes, relationships = source.view_records(result.inputs.scope.places, centres, depth)
    return result, Records.build(nodes, relationships), centres


def write_pages(pages: dict[str, str], folder: Path) -> list[Path]:
    """Write each page as UTF-8 bytes, exactly as rendered (no newline translation)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ChainGraphError(f"cannot create the output folder {folder}: {exc.strerror}") from exc
    written = []
    for name, text in pages.items():
        path = folder / name
        try:
            path.write_bytes(text.encode("utf-8"))
        except OSError as exc:
            raise ChainGraphError(f"cannot write {path}: {exc.strerror}") from exc
        written.append(path)
    return written


@click.command("viz", context_settings=CONTEXT)
@click.option(
    "--out",
    "output",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("viz"),
    show_default=True,
    help="Folder to write the pages into (created if needed; our pages are overwritten).",
)
@click.option(
    "--focus",
    multiple=True,
    help="An entity id to centre a focus view on; repeat for more  "
    "[default: the top target and the project that changes the most classes]",
)
@click.option(
    "--depth",
    type=click.IntRange(1, 4),
    default=DEFAULT_DEPTH,
    show_default=True,
    help="Hops around each focus entity.",
)
@scope_options
@source_options
def viz_command(
    output: Path, focus: tuple[str, ...], depth: int, scope: ScopeRequest, graph: SourceRequest
) -> None:
    """Write interactive views a planner can open offline and forward: a chain map per chain
    (C3, C4) coloured by gap class, the park view, focus views, and index.html with the gap table.

    Every page is one self-contained HTML file (vis-network inline, no network request).

    \b
    Examples:
      chain-graph viz                                    # Quangang park, committed, from Neo4j
      chain-graph viz --from files --out viz             # the pages kept in viz/
      chain-graph viz --focus propylene-oxide --depth 1 --scenario operating
    """
    with err.status("Reading the graph…"):
        result, records, centres = _study_and_records(scope, graph, focus, depth)
    with err.status("Building the views…"):
        views = build_views(result, records, centres, depth)
        pages = render_site(result, views)
    write_pages(pages, output)
    title = Text(f"Views of {result.report.scope['name']}")
    table = Table("view", "nodes", "links", "layout", "file", title=title)
    for view in views:
        layout = "physics, then still" if view.physics else "fixed positions"
        if not view.fixed_layout and len(view.nodes) > PHYSICS_LIMIT:
            layout = "computed, physics off"
        table.add_row(
            Text(view.title), str(len(view.nodes)), str(len(view.edges)), layout, Text(f"{view.slug}.html")
        )
    out.print(table)
    index = (output / "index.html").resolve()
    out.print(f"Wrote {len(pages)} pages to {output}. Open {index}", markup=False)
