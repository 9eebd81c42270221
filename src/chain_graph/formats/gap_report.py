"""Gap analysis results as JSON, CSV and Markdown (the report a planner forwards). Pure."""

from __future__ import annotations

import csv
import io
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from chain_graph.analysis.check import DataWarning
from chain_graph.analysis.gaps import ProductGap, Target
from chain_graph.analysis.inputs import Evidence, Player, most_trusted_first
from chain_graph.analysis.study import GapStudy
from chain_graph.formats.balance import signed_tonnes
from chain_graph.units import format_tonnes
from chain_graph.vocabulary import display_name, term

__all__ = ["display_name", "to_csv", "to_json", "to_markdown", "warning_json"]


def _player(player: Player) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": player.id,
        "name": player.name,
        "kind": player.kind,
        "status": player.status,
    }
    if player.capacity_t_per_year is not None:
        data["capacity_t_per_year"] = player.capacity_t_per_year
    if player.place:
        data["place"] = player.place
    if player.evidence:
        data["evidence"] = [evidence_json(e) for e in most_trusted_first(player.evidence)]
    return data


def _market(target: Target) -> dict[str, Any]:
    market = target.market
    assert market is not None
    return {
        "holders": list(market.holders),
        "kind": market.kind,
        "demand_t_per_year": market.t_per_year,
        "date": market.date,
        "unmet_t_per_year": target.unmet_t_per_year,
        "evidence": [evidence_json(e) for e in most_trusted_first(market.evidence)],
    }


def evidence_json(evidence: Evidence) -> dict[str, str]:
    data = {"source": evidence.source, "quote": evidence.quote, "confidence": evidence.confidence}
    if evidence.source_ref:
        data["source_ref"] = evidence.source_ref
    return data


def _product(gap: ProductGap) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": gap.id,
        "name": gap.name,
        "name_en": gap.name_en,
        "chain": gap.chain,
        "chains": list(gap.chains),
        "tier": gap.tier,
        "class": gap.cls,
        "local_producers": [_player(p) for p in gap.producers],
        "feedable_locally": gap.feedable,
        "reasons": list(gap.reasons),
        "confidence": gap.confidence,
        "warnings": list(gap.warnings),
    }
    if gap.capacity_t_per_year is not None:
        data["local_capacity_t_per_year"] = gap.capacity_t_per_year
    if gap.demand_t_per_year is not None:
        data["local_demand_t_per_year"] = gap.demand_t_per_year
    return data


def _projects_closing(study: GapStudy) -> list[dict[str, Any]]:
    """Per project: the gaps it closes when it enters (signed → committed, intended → all)."""
    closes: dict[str, dict[str, Any]] = {}
    for before, after, changes in study.diffs:
        for change in changes:
            for project in change.projects:
                entry = closes.setdefault(
                    project.id,
                    {"project": project.id, "name": project.name, "status": project.status, "closes": []},
                )
                entry["closes"].append(
                    {
                        "product": change.product,
                        "name": change.name,
                        "from": change.before,
                        "to": change.after,
                        "scenarios": [before, after],
                    }
                )
    return [closes[k] for k in sorted(closes)]


def to_json(study: GapStudy) -> dict[str, Any]:
    report = study.report
    return {
        "scope": report.scope,
        "scenario": report.scenario,
        "thresholds": report.thresholds.to_json(),
        "focus_industries": study.inputs.focus_industries
        or dict.fromkeys(report.thresholds.focus_industries, 1.0),
        "products": [_product(g) for g in report.products],
        "broken_links": [
            {"from": link.source, "to": link.target, "kind": link.kind, "reason": link.reason}
            for link in report.broken_links
        ],
        "targets": [
            {
                "product": t.product,
                "name": t.name,
                "action": t.action,
                "action_zh": term(t.action).zh,
                "score": t.score,
                "components": t.components,
                "path": list(t.path),
                "candidates": [_player(p) for p in t.candidates],
                "closing_projects": [_player(p) for p in t.closing_projects],
                "reasons": list(t.reasons),
                **({"market": _market(t)} if t.market else {}),
            }
            for t in report.targets
        ],
        "completeness": {chain: vars(c) for chain, c in report.completeness.items()},
        "feedstocks": [
            {
                "id": f.id,
                "name": f.name,
                "available_locally": f.available,
                "supply": [_player(p) for p in f.supply],
            }
            for f in report.feedstocks
        ],
        "scenarios": {s: {c: vars(v) for c, v in r.completeness.items()} for s, r in study.scenarios.items()},
        "scenario_diff": [
            {
                "from": before,
                "to": after,
                "changes": [
                    {
                        "product": c.product,
                        "name": c.name,
                        "from": c.before,
                        "to": c.after,
                        "projects": [p.id for p in c.projects],
                    }
                    for c in changes
                ],
            }
            for before, after, changes in study.diffs
        ],
        "projects": _projects_closing(study),
        "warnings": [warning_json(w) for w in report.warnings],
    }


def warning_json(warning: DataWarning) -> dict[str, Any]:
    return {
        "id": warning.id,
        "kind": warning.kind,
        "message": warning.message,
        "records": list(warning.records),
        "products": list(warning.products),
    }


def to_csv(study: GapStudy) -> str:
    """One row per product: what a spreadsheet user filters and sorts."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "chain",
            "id",
            "name",
            "name_en",
            "tier",
            "class",
            "local_producers",
            "local_capacity_t_per_year",
            "local_demand_t_per_year",
            "feedable_locally",
            "reasons",
        ]
    )
    for gap in study.report.products:
        writer.writerow(
            [
                "+".join(gap.chains),
                gap.id,
                gap.name,
                gap.name_en or "",
                gap.tier,
                gap.cls,
                "; ".join(p.name for p in gap.producers),
                gap.capacity_t_per_year or "",
                gap.demand_t_per_year or "",
                "" if gap.feedable is None else str(gap.feedable).lower(),
                " | ".join(gap.reasons),
            ]
        )
    return buffer.getvalue()


def _md_cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _no_html(value: object) -> object:
    """Every value the report prints: text from the data can hold HTML (``<img onerror=…>``),
    which a Markdown viewer would render, so ``<`` and ``>`` become entities: no tag survives."""
    if isinstance(value, str):
        return value.replace("<", "&lt;").replace(">", "&gt;")
    return value


_ENV = Environment(
    loader=PackageLoader("chain_graph", "templates"),
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
    # Markdown, not HTML: no autoescaping, but every printed value loses its HTML (`_no_html`);
    # table cells also go through the `cell` filter.
    autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False, default=False),
    finalize=_no_html,
)
_ENV.filters["cell"] = _md_cell
_ENV.filters["t"] = format_tonnes
_ENV.filters["pct"] = lambda v: f"{v:.0%}"
_ENV.filters["signed_t"] = signed_tonnes
_ENV.filters["trusted"] = most_trusted_first


def to_markdown(study: GapStudy, data_read: str = "the data") -> str:
    """The report a planner can read and forward; ``data_read`` names where the data came from."""
    template = _ENV.get_template("gap-report.md.j2")
    return template.render(
        study=study,
        data_read=data_read,
        report=study.report,
        data=to_json(study),
        term=term,
        display_name=display_name,
        chains=list(study.inputs.chains),
    )
