"""Terminal tables (rich) of a gap study: what ``chain-graph gaps`` prints. Every text from the
data goes in as plain text, never as console markup."""

from __future__ import annotations

from collections.abc import Iterator

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from chain_graph.analysis.study import GapStudy
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import GapClass, display_name, term

__all__ = ["gap_tables"]

_CLASS_STYLE = {GapClass.PRESENT: "green", GapClass.WEAK: "yellow", GapClass.MISSING: "red"}


def gap_tables(study: GapStudy) -> Iterator[RenderableType]:
    """A heading, one table per chain, the broken links, and the top targets."""
    report = study.report
    scope = report.scope
    heading = Text()
    heading.append(scope["name"], style="bold")
    heading.append(f" ({scope['kind']} {scope['id']}) · scenario ")
    heading.append(str(report.scenario), style="bold")
    yield heading
    for chain in study.inputs.chains:
        c = report.completeness[chain]
        table = Table(
            "product",
            "class",
            "local producers",
            "capacity",
            "why",
            title=f"{chain}: {c.present} present (强链), {c.weak} weak (弱链), {c.missing} missing (缺链); "
            f"links intact {c.links_intact}/{c.links_total}",
            title_justify="left",
        )
        for gap in report.products:
            if chain not in gap.chains:
                continue
            table.add_row(
                Text(display_name(gap.name, gap.name_en)),
                Text(str(term(gap.cls)), style=_CLASS_STYLE[gap.cls]),
                Text("、".join(p.name for p in gap.producers)),
                format_tonnes(gap.capacity_t_per_year),
                Text("; ".join(gap.reasons[1:] if gap.cls == GapClass.MISSING else gap.reasons)),
            )
        yield table
    if report.broken_links:
        table = Table("from", "to", "kind", "why", title="Broken links (断链)", title_justify="left")
        for link in report.broken_links:
            table.add_row(Text(link.source), Text(link.target), str(term(link.kind)), Text(link.reason))
        yield table
    table = Table(
        "#",
        "product",
        "action",
        "score",
        "up",
        "down",
        "struct",
        "proj",
        "path",
        "candidates elsewhere",
        title="Top targets",
        title_justify="left",
    )
    for i, target in enumerate(report.targets, 1):
        parts = target.components
        table.add_row(
            str(i),
            Text(target.name),
            f"{term(target.action).zh} {target.action}",
            f"{target.score:.3f}",
            f"{parts['upstream']:.2f}",
            f"{parts['downstream']:.2f}",
            f"{parts['structural']:.2f}",
            f"{parts['projects']:.0f}",
            Text(" → ".join(target.path)),
            Text("、".join(p.name for p in target.candidates[:3])),
        )
    yield table
