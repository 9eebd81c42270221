"""A park's enterprise list (CSV) → chain-graph records, matched against the data it will join.

Columns, by header (Chinese or English; others are ignored): 企业名称/name (required),
统一社会信用代码/credit_code, 股票代码/stock_code, 地址/address, 行业/industry, 主营产品/products
(several separated by 、 , ; or /). Each row becomes, unless the data already has it by name or
alias, an Enterprise LOCATED_IN the given place; its industry an IN_INDUSTRY link; its products
PRODUCES links — to the data's own product where a name or alias matches exactly, else to a new
Product (no chain: the list does not say). The list is the ``kind: dataset`` Document; each
fact's locator is ``FILE:LINE``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from chain_graph.errors import ChainGraphError
from chain_graph.importers.common import ImportResult, clean_name, name_id
from chain_graph.model import Document, Enterprise, Industry, Park, Product, Region, Relationship
from chain_graph.names import NameIndex
from chain_graph.records import NodeRecord

__all__ = ["COLUMNS", "import_enterprise_csv"]

COLUMNS = {
    "name": ("企业名称", "名称", "name", "company"),
    "credit_code": ("统一社会信用代码", "信用代码", "credit_code", "uscc"),
    "stock_code": ("股票代码", "证券代码", "stock_code"),
    "address": ("地址", "注册地址", "address"),
    "industry": ("行业", "所属行业", "industry"),
    "products": ("主营产品", "产品", "products", "main_products"),
}
_SPLIT = re.compile(r"[、,，;；/]+")


def _columns(header: Iterable[str], path: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    for raw in header:
        key = raw.strip().lstrip("\ufeff")
        for field_name, names in COLUMNS.items():
            if key.lower() in names and field_name not in found:
                found[field_name] = raw
    if "name" not in found:
        raise ChainGraphError(f"{path}:1: no name column; expected one of {', '.join(COLUMNS['name'])}")
    return found


def import_enterprise_csv(
    path: Path, place: str, data: Iterable[NodeRecord], classification: str | None = None
) -> ImportResult:
    """Read ``path``; ``data`` is what the records will join (names to match, the place to link)."""
    known = list(data)
    places = {n.id: n for n in known if n.label in (Park.label, Region.label)}
    if place not in places:
        raise ChainGraphError(f"'{place}' is not a park or region id in the data (--park/--region)")
    index = NameIndex(known)
    result = ImportResult()
    doc_id = name_id("doc-list", path.name)
    result.add_node(
        Document.model_validate(
            {
                "id": doc_id,
                "name": f"企业名录 {path.name}",
                "name_en": f"Enterprise list {path.name}",
                "kind": "dataset",
            }
        )
    )

    def exact(name: str, label: str) -> str | None:
        """The data's node of that label with this name or alias (script and spacing aside)."""
        hit = next((m for m in index.exact(name) if m.label == label), None)
        return hit.id if hit else None

    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ChainGraphError(f"{path}: cannot be read ({exc.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        columns = _columns(reader.fieldnames or [], path)
        try:
            for row in reader:
                _row(row, reader.line_num, columns, path, place, doc_id, exact, classification, result)
        except UnicodeDecodeError:
            raise ChainGraphError(
                f"{path}:{reader.line_num}: not UTF-8 text (save the list as UTF-8 CSV)"
            ) from None
    return result


def _row(
    row: dict[str, Any],
    line: int,
    columns: dict[str, str],
    path: Path,
    place: str,
    doc_id: str,
    exact: Any,
    classification: str | None,
    result: ImportResult,
) -> None:
    def get(field_name: str) -> str:
        return clean_name(str(row.get(columns.get(field_name, ""), "") or ""))

    cite = {"source": doc_id, "quote": f"{path.name}:{line}", "confidence": "reported"}
    result.read["row"] += 1
    name = get("name")
    if not name:
        result.skipped["row: no name"] += 1
        return
    credit, stock = get("credit_code").upper(), get("stock_code")
    enterprise = exact(name, "Enterprise")
    if enterprise is None:
        enterprise = (
            f"uscc-{credit.lower()}" if credit else f"cn-{stock}" if stock.isdigit() else name_id("e", name)
        )
        fields: dict[str, Any] = {"id": enterprise, "name": name, **cite}
        if credit:
            fields["credit_code"] = credit
        if stock:
            fields["stock_code"] = stock
        if get("address"):
            fields["notes"] = f"地址 address: {get('address')}"
        try:
            result.add_node(Enterprise.model_validate(fields))
        except ValueError as exc:
            raise ChainGraphError(f"{path}:{line}: {name}: {_first_error(exc)}") from None
    else:
        result.noted["row: enterprise already in the data (linked, not added)"] += 1
    result.add_relationship(
        Relationship.model_validate({"type": "LOCATED_IN", "start": enterprise, "end": place, **cite})
    )
    industry_name = get("industry")
    if industry_name:
        industry = exact(industry_name, "Industry")
        if industry is None:
            industry = name_id("ind", industry_name)
            result.add_node(
                Industry.model_validate(
                    {"id": industry, "name": industry_name, "classification": classification, **cite}
                )
            )
        result.add_relationship(
            Relationship.model_validate({"type": "IN_INDUSTRY", "start": enterprise, "end": industry, **cite})
        )
    for product_name in filter(None, (clean_name(p) for p in _SPLIT.split(get("products")))):
        product = exact(product_name, "Product")
        if product is None:
            product = name_id("p", product_name)
            if product not in result.nodes:
                result.add_node(Product.model_validate({"id": product, "name": product_name, **cite}))
        result.add_relationship(
            Relationship.model_validate({"type": "PRODUCES", "start": enterprise, "end": product, **cite})
        )


def _first_error(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']} (got {first.get('input')!r})"
    return str(exc)
