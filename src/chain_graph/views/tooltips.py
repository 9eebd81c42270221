"""Tooltips: the figures of an entity or a link, and the verbatim quotes behind them. Plain text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from chain_graph.analysis.inputs import Evidence, Player, most_trusted_first
from chain_graph.records import RelationshipRecord
from chain_graph.units import format_tonnes, format_yuan
from chain_graph.views.model import Tip, clip
from chain_graph.views.records import Records
from chain_graph.vocabulary import ProjectStatus, Tier, term

FIELD_ZH = {
    "status": "状态 status",
    "status_date": "状态日期 status date",
    "signed_date": "签约 signed",
    "start_date": "开工 started",
    "investment_cny": "投资 investment",
    "output_cny": "产值 output",
    "tax_cny": "税收 tax",
    "value_cny": "金额 amount",
    "area_mu": "面积 area",
    "planned_area_km2": "规划面积 planned area",
    "output_year": "产值年份 output year",
    "capacity_t_per_year": "产能 capacity",
    "throughput_t_per_year": "吞吐量 throughput",
    "demand_t_per_year": "需求 demand",
    "storage_m3": "库容 storage",
    "ratio_t_per_t": "单耗 t per t",
    "sub_projects": "子项目 sub-projects",
    "kind": "类型 kind",
    "ownership": "所有制 ownership",
    "headquarters": "总部 headquarters",
    "tier": "层级 tier",
    "chains": "产业链 chains",
    "formula": "分子式 formula",
    "level": "级别 level",
    "members_min": "成员 members",
    "title": "职称 title",
    "metric": "指标 metric",
    "value": "数值 value",
    "unit": "单位 unit",
    "period": "时期 period",
    "product": "产品 product",
    "role": "角色 role",
    "phase": "期次 phase",
    "date": "日期 date",
    "former_names": "曾用名 former names",
    "renamed_date": "更名日期 renamed",
    "share_pct": "持股比例 share %",
    "planned_date": "计划日期 planned",
    "actual_date": "实际日期 actual",
    "projects_count": "项目数 projects",
    "key": "区分 key",
    "url": "链接 url",
    "publisher": "发布 publisher",
    "published": "发布日期 published",
}
# Shown elsewhere in the tooltip (title, quotes) or too long for it.
_HIDDEN = {"name", "name_en", "aliases", "source", "quote", "confidence", "source_ref", "notes", "text"}


def format_value(key: str, value: Any, records: Records) -> str:
    if isinstance(value, list):
        return "、".join(format_value(key, v, records) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key.endswith("_t_per_year") and isinstance(value, int | float):
        return format_tonnes(float(value))
    if key.endswith("_cny") and isinstance(value, int | float):
        return format_yuan(float(value))
    if key == "area_mu":
        return f"{value:g}亩"
    if key == "planned_area_km2":
        return f"{value:g} km²"
    if key == "storage_m3":
        return f"{value:,.0f} m³"
    if key == "status":
        return str(term(str(value), ProjectStatus))
    if key == "tier":
        return str(term(str(value), Tier))
    if key == "product":
        return records.name(str(value))
    return str(value)


def property_rows(props: Mapping[str, Any], records: Records) -> tuple[tuple[str, str], ...]:
    return tuple(
        (FIELD_ZH.get(key, key), clip(format_value(key, props[key], records)))
        for key in sorted(props)
        if key not in _HIDDEN and props[key] not in ("", None, [])
    )


def quotes(props: Mapping[str, Any], docs: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Every source of a record with its own reference, quote and confidence, most trusted first."""
    evidence = Evidence.of(
        _as_list(props.get("source")),
        _as_list(props.get("quote")),
        _as_list(props.get("confidence")),
        _as_list(props.get("source_ref")) or None,
    )
    return tuple(_quote(e, docs) for e in most_trusted_first(evidence))


def _quote(evidence: Evidence, docs: dict[str, str], who: str = "") -> tuple[str, str, str]:
    name = docs.get(evidence.source, evidence.source)
    cite = f"{name} {evidence.source_ref}" if evidence.source_ref else name
    return (f"{who} · {cite}" if who else cite, evidence.quote, evidence.confidence)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def names(props: Mapping[str, Any], node_id: str) -> tuple[str, ...]:
    """What the search box matches: Chinese name, English name, aliases, id."""
    found = [str(props.get("name", node_id))]
    if props.get("name_en"):
        found.append(str(props["name_en"]))
    found.extend(str(a) for a in props.get("aliases") or [])
    found.append(node_id)
    return tuple(dict.fromkeys(found))


def node_tip(
    records: Records,
    docs: dict[str, str],
    node_id: str,
    rows: Iterable[tuple[str, str]] = (),
    lines: Iterable[str] = (),
    extra_quotes: Iterable[tuple[str, str, str]] = (),
) -> Tip:
    """Name, type, the given analysis rows first, then every figure the record holds."""
    props = records.props(node_id)
    label = records.label(node_id)
    subtitle = " · ".join(x for x in (props.get("name_en", ""), str(term(label)), node_id) if x)
    notes = (clip(f"注 notes: {props['notes']}", 600),) if props.get("notes") else ()
    return Tip(
        title=str(props.get("name", node_id)),
        subtitle=subtitle,
        rows=(*rows, *property_rows(props, records)),
        lines=(*lines, *notes),
        quotes=(*quotes(props, docs), *extra_quotes),
    )


def rel_tip(records: Records, docs: dict[str, str], rel: RelationshipRecord) -> Tip:
    props = rel.properties
    notes = (f"注 notes: {props['notes']}",) if props.get("notes") else ()
    return Tip(
        title="",  # the page writes "start → end" and the kind
        rows=property_rows(props, records),
        lines=notes,
        quotes=quotes(props, docs),
    )


def player_line(player: Player) -> str:
    """``name (status, capacity, place)`` for a producer list."""
    parts = [str(term(player.status))]
    if player.capacity_t_per_year:
        parts.append(format_tonnes(player.capacity_t_per_year))
    if player.place:
        parts.append(player.place)
    return f"{player.name} ({', '.join(parts)})"


def player_quotes(player: Player, docs: dict[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Every source of what the player makes, each with its own reference, most trusted first."""
    return tuple(_quote(e, docs, player.name) for e in most_trusted_first(player.evidence))
