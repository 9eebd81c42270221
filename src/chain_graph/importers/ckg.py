"""liuhuanyong/ChainKnowledgeGraph (JSON Lines) → chain-graph records.

The dataset's files and what each becomes (the dataset is one ``kind: dataset`` Document; each
fact's ``quote`` is its locator, ``FILE:LINE``):

- ``company.json`` (name, fullname, code, location, time) → Enterprise ``cn-<code>`` with
  ``stock_code`` and ``exchange``; the short name is the name, the registered name an alias.
  Rows that repeat a stock code are left out (the first is kept) and counted.
- ``industry.json`` (code, name) → Industry ``sw-<code>``, classification 申万2021, level from the
  code (``XX0000`` 1, ``XXYY00`` 2, else 3); ``industry_industry.json`` → SUBINDUSTRY_OF.
- ``company_industry.json`` → IN_INDUSTRY (the industry found by name, else by code).
- ``product.json`` (name) → Product ``p-<hash of name>``; its chains are the level-1 industries
  (申万一级) of the companies that make it, each defined as a Chain.
- ``company_product.json`` (主营产品) → PRODUCES; ``product_product.json``: 上游材料 (from's
  upstream material is ``to``) and 下游产品 → UPSTREAM_OF, 产品小类 (a category and its
  sub-product) → IS_A from the sub-product.

``industry_up.json`` (counts of upstream industries, not described by the dataset's README) is not
imported. Names are cleaned (:func:`~chain_graph.importers.common.clean_name`); self-loops and
repeated links are counted and left out.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from chain_graph.errors import ChainGraphError
from chain_graph.importers.common import ImportResult, clean_name, name_id
from chain_graph.model import ChainDef, Document, Enterprise, Industry, Node, Product, Relationship

__all__ = ["README_COUNTS", "import_ckg"]

DOCUMENT_ID = "doc-chainknowledgegraph"
URL = "https://github.com/liuhuanyong/ChainKnowledgeGraph"
# What the dataset's README says it holds (readme.md, line 16 at commit 4ea9154 of 2021-10-26).
README_COUNTS = {
    "company": 4654,
    "industry": 511,
    "product": 95559,
    "上游材料": 56824,
    "上级行业": 480,
    "下游产品": 390,
    "产品小类": 52937,
    "所属行业": 3946,
}
_EXCHANGES = {
    "上海证券交易所": "SSE",
    "深圳证券交易所": "SZSE",
    "北京证券交易所": "BSE",
    "SH": "SSE",
    "SZ": "SZSE",
}


def _rows(
    folder: Path, name: str, result: ImportResult, required: bool = True
) -> Iterator[tuple[int, dict[str, Any]]]:
    path = folder / name
    if not path.is_file():
        if required:
            raise ChainGraphError(f"{path}: not found; the dataset's data/ folder holds {name}")
        result.skipped[f"{name}: file not present"] += 1
        return
    with path.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ChainGraphError(f"{path}:{line_no}: not a JSON line ({exc.msg})") from None
            if not isinstance(row, dict):
                raise ChainGraphError(f"{path}:{line_no}: expected a JSON object per line")
            yield line_no, row


def _code(raw: Any) -> tuple[str, str | None]:
    """'600028.SH' → ('600028', 'SSE'); a bare code has no exchange of its own."""
    text = str(raw or "").strip().upper()
    code, _, suffix = text.partition(".")
    return code, _EXCHANGES.get(suffix)


def _level(code: str) -> int:
    return 1 if code.endswith("0000") else 2 if code.endswith("00") else 3


def import_ckg(
    folder: Path, version: str | None = None, progress: Callable[[str], None] | None = None
) -> ImportResult:
    """Read the dataset's ``data/`` folder (``folder`` may be the repository or ``data/`` itself)."""
    if (folder / "data").is_dir():
        folder = folder / "data"
    result = ImportResult()
    note = progress or (lambda _: None)
    doc = _node(
        Document,
        id=DOCUMENT_ID,
        name="ChainKnowledgeGraph 产业链知识图谱",
        name_en="ChainKnowledgeGraph: listed companies, Shenwan industries and products",
        kind="dataset",
        version=version,
        url=URL,
        publisher="liuhuanyong",
        language="zh",
    )
    result.add_node(doc)

    def cite(file: str, line: int) -> dict[str, Any]:
        return {"source": DOCUMENT_ID, "quote": f"{file}:{line}", "confidence": "reported"}

    note("industries")
    industries_by_name: dict[str, str] = {}
    industry_codes: set[str] = set()
    for line, row in _rows(folder, "industry.json", result):
        result.read["industry"] += 1
        code, name = str(row.get("code", "")).strip(), clean_name(str(row.get("name", "")))
        if not code.isdigit() or not name:
            result.skipped["industry: no code or name"] += 1
            continue
        sector_node = _node(
            Industry,
            id=f"sw-{code}",
            name=name,
            classification="申万2021",
            code=code,
            level=_level(code),
            **cite("industry.json", line),
        )
        if result.add_node(sector_node):
            industries_by_name.setdefault(name, sector_node.id)
            industry_codes.add(code)
    parent: dict[str, str] = {}
    for line, row in _rows(folder, "industry_industry.json", result):
        result.read["上级行业"] += 1
        child, up = (
            _industry(row, "from", industries_by_name, industry_codes),
            _industry(row, "to", industries_by_name, industry_codes),
        )
        if child is None or up is None:
            result.skipped["上级行业: unknown industry"] += 1
            continue
        parent[child] = up
        result.add_relationship(
            _rel(type="SUBINDUSTRY_OF", start=child, end=up, **cite("industry_industry.json", line)),
            "上级行业",
        )

    note("companies")
    companies: dict[str, str] = {}  # stock code -> enterprise id
    by_name: dict[str, str] = {}
    for line, row in _rows(folder, "company.json", result):
        result.read["company"] += 1
        code, exchange = _code(row.get("code"))
        name = clean_name(str(row.get("name", "")))
        if not code.isdigit() or not name:
            result.skipped["company: no code or name"] += 1
            continue
        if code in companies:
            result.skipped["company: stock code already taken (first row kept)"] += 1
            continue
        fullname = clean_name(str(row.get("fullname", "")))
        node = _node(
            Enterprise,
            id=f"cn-{code}",
            name=name,
            aliases=[fullname] if fullname and fullname != name else None,
            stock_code=code,
            exchange=_EXCHANGES.get(str(row.get("location", "")).strip(), exchange),
            **cite("company.json", line),
        )
        result.add_node(node)
        companies[code] = node.id
        by_name.setdefault(name, node.id)

    def company(row: dict[str, Any], file: str, line: int) -> str | None:
        """The enterprise of a link row: by code, else by name, else a new one from the row."""
        code, exchange = _code(row.get("company_code"))
        name = clean_name(str(row.get("company_name", "")))
        if code in companies:
            return companies[code]
        if name in by_name:
            return by_name[name]
        if not code.isdigit() or not name:
            return None
        node = _node(
            Enterprise, id=f"cn-{code}", name=name, stock_code=code, exchange=exchange, **cite(file, line)
        )
        result.add_node(node)
        companies[code] = node.id
        return node.id

    sector: dict[str, str] = {}  # enterprise -> its industry
    for line, row in _rows(folder, "company_industry.json", result):
        result.read["所属行业"] += 1
        who = company(row, "company_industry.json", line)
        where = _industry(row, "industry", industries_by_name, industry_codes)
        if who is None or where is None:
            result.skipped["所属行业: unknown company or industry"] += 1
            continue
        sector[who] = where
        result.add_relationship(
            _rel(
                type="IN_INDUSTRY",
                start=who,
                end=where,
                role="申万2021",
                **cite("company_industry.json", line),
            ),
            "所属行业",
        )

    note("products")
    products: dict[str, tuple[str, str]] = {}  # clean name -> (id, locator of the row naming it first)
    for line, row in _rows(folder, "product.json", result):
        result.read["product"] += 1
        name = clean_name(str(row.get("name", "")))
        if not name:
            result.skipped["product: empty name"] += 1
            continue
        if name in products:
            result.skipped["product: same name after cleaning"] += 1
            continue
        products[name] = (name_id("p", name), f"product.json:{line}")

    def product(raw: Any, file: str, line: int) -> str | None:
        name = clean_name(str(raw or ""))
        if not name:
            return None
        if name not in products:  # a name only a link row holds: kept, as the dataset has it
            products[name] = (name_id("p", name), f"{file}:{line}")
            result.noted["product: named only in a link row, added"] += 1
        return products[name][0]

    note("company products")
    makers: dict[str, set[str]] = defaultdict(set)  # product -> enterprises
    for line, row in _rows(folder, "company_product.json", result, required=False):
        result.read["主营产品"] += 1
        who = company(row, "company_product.json", line)
        what = product(row.get("product_name"), "company_product.json", line)
        if who is None or what is None:
            result.skipped["主营产品: unknown company or product"] += 1
            continue
        makers[what].add(who)
        result.add_relationship(
            _rel(type="PRODUCES", start=who, end=what, role="主营产品", **cite("company_product.json", line)),
            "主营产品",
        )

    note("product links")
    kinds = {"上游材料": "UPSTREAM_OF", "下游产品": "UPSTREAM_OF", "产品小类": "IS_A"}
    for line, row in _rows(folder, "product_product.json", result, required=False):
        rel = str(row.get("rel", ""))
        result.read[rel or "?"] += 1
        a = product(row.get("from_entity"), "product_product.json", line)
        b = product(row.get("to_entity"), "product_product.json", line)
        if rel not in kinds or a is None or b is None:
            result.skipped[f"{rel or '?'}: unknown kind or product"] += 1
            continue
        if a == b:
            result.skipped[f"{rel}: a product linked to itself"] += 1
            continue
        # 上游材料: b is a's upstream material; 下游产品: b is made from a; 产品小类: b is a kind of a.
        start, end = {"上游材料": (b, a), "下游产品": (a, b), "产品小类": (b, a)}[rel]
        result.add_relationship(
            _rel(type=kinds[rel], start=start, end=end, **cite("product_product.json", line)), rel
        )

    note("chains")
    top = {i: _top(i, parent) for i in set(sector.values())}
    chains: dict[str, str] = {}  # level-1 industry id -> chain code
    for name, (pid, locator) in products.items():
        codes = sorted({_chain(top[sector[m]], result, chains) for m in makers[pid] if m in sector})
        result.add_node(
            _node(
                Product,
                id=pid,
                name=name,
                chains=codes or None,
                source=DOCUMENT_ID,
                quote=locator,
                confidence="reported",
            )
        )
    return result


N = TypeVar("N", bound=Node)


def _node(cls: type[N], **fields: Any) -> N:
    """A validated node (``model_validate`` coerces the plain values, as the seed reader does)."""
    return cls.model_validate(fields)


def _rel(**fields: Any) -> Relationship:
    return Relationship.model_validate(fields)


def _industry(row: dict[str, Any], prefix: str, by_name: dict[str, str], codes: set[str]) -> str | None:
    """The Industry of a link row: by name (the dataset's codes drift), else by code."""
    name = clean_name(str(row.get(f"{prefix}_name") or row.get(f"{prefix}_industry") or ""))
    code = str(row.get(f"{prefix}_code") or "").strip()
    if name in by_name:
        return by_name[name]
    return f"sw-{code}" if code in codes else None


def _top(industry: str, parent: dict[str, str]) -> str:
    seen = {industry}
    while industry in parent and parent[industry] not in seen:
        industry = parent[industry]
        seen.add(industry)
    return industry


def _chain(top_industry: str, result: ImportResult, chains: dict[str, str]) -> str:
    """A Chain per level-1 industry (申万一级), defined the first time a product needs it."""
    if top_industry not in chains:
        industry = result.nodes[top_industry]
        code = industry.name
        chains[top_industry] = code
        result.add_node(
            _node(
                ChainDef,
                id=f"chain-{top_industry}",
                code=code,
                name=f"{code}产业链",
                source=DOCUMENT_ID,
                quote=f"industry.json:{industry.properties.get('code', '')}",
                confidence="inferred",
                notes="One chain per Shenwan level-1 industry: the products its companies make.",
            )
        )
    return chains[top_industry]
