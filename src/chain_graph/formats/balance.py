"""The mass balance as JSON, CSV and a terminal table (``chain-graph balance``). Pure."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from chain_graph.analysis.balance import Flow, ProductBalance
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import display_name

__all__ = ["balance_line", "balance_tables", "signed_tonnes", "to_csv", "to_json"]


def _flow(flow: Flow) -> dict[str, Any]:
    return {
        "player": flow.player.id,
        "name": flow.player.name,
        "status": flow.player.status,
        "t_per_year": flow.t_per_year,
        "how": flow.how,
    }


def to_json(rows: Iterable[ProductBalance]) -> list[dict[str, Any]]:
    return [
        {
            "product": row.id,
            "name": row.name,
            "name_en": row.name_en,
            "byproduct": row.byproduct,
            "supply_t_per_year": row.supply_t_per_year,
            "demand_t_per_year": row.demand_t_per_year,
            "balance_t_per_year": row.balance_t_per_year,
            "self_sufficiency": row.self_sufficiency,
            "complete": row.complete,
            "supply": [_flow(f) for f in row.supply],
            "demand": [_flow(f) for f in row.demand],
            "unknown": list(row.unknown),
        }
        for row in rows
    ]


def to_csv(rows: Iterable[ProductBalance]) -> str:
    """One row per product: what a spreadsheet user filters and sorts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "product",
            "name",
            "name_en",
            "supply_t_per_year",
            "demand_t_per_year",
            "balance_t_per_year",
            "self_sufficiency",
            "complete",
            "unknown",
        ]
    )
    for row in rows:
        share = row.self_sufficiency
        writer.writerow(
            [
                row.id,
                row.name,
                row.name_en or "",
                row.supply_t_per_year,
                row.demand_t_per_year,
                row.balance_t_per_year,
                "" if share is None else round(share, 3),
                str(row.complete).lower(),
                " | ".join(row.unknown),
            ]
        )
    return buffer.getvalue()


def signed_tonnes(value: float) -> str:
    """A balance: "+21万t/a" surplus, "-15万t/a" deficit, "0" even."""
    if not value:
        return "0"
    return ("+" if value > 0 else "-") + format_tonnes(abs(value))


def balance_line(row: ProductBalance) -> str:
    """``supply − demand = balance``, saying when figures are missing."""
    supply = format_tonnes(row.supply_t_per_year) or "0"
    demand = format_tonnes(row.demand_t_per_year) or "0"
    missing = "" if row.complete else " (figures missing)"
    return f"{supply} − {demand} = {signed_tonnes(row.balance_t_per_year)}{missing}"


def balance_tables(title: str, rows: Iterable[ProductBalance]) -> Iterator[RenderableType]:
    table = Table(
        "product",
        "local supply",
        "local demand",
        "balance",
        "self-sufficiency",
        "who (t/a)",
        "not known",
        title=Text(title),
        title_justify="left",
    )
    for row in rows:
        share = row.self_sufficiency
        who = "; ".join(
            [f"+ {f.player.name} {format_tonnes(f.t_per_year)}" for f in row.supply]
            + [f"- {f.player.name} {format_tonnes(f.t_per_year)}" for f in row.demand]
        )
        table.add_row(
            Text(display_name(row.name, row.name_en) + (" (by-product)" if row.byproduct else "")),
            format_tonnes(row.supply_t_per_year) or "0",
            format_tonnes(row.demand_t_per_year) or "0",
            signed_tonnes(row.balance_t_per_year),
            "" if share is None else f"{share:.0%}",
            Text(who),
            Text("; ".join(row.unknown)),
        )
    yield table
