"""The shipped seed data: the article's facts are all present, and the chains stand on real ground."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from chain_graph import dataset as ds
from chain_graph.model import Document, Enterprise, Node, Project, Relationship, Sourced
from chain_graph.records import NodeRecord, RelationshipRecord

from .conftest import REPO, SEED

ARTICLE = "doc-quangang-2021-campaign"
ROW = re.compile(r"^\| (\d+) \| (.+?) \| (.+?) \|$")


@pytest.fixture(scope="module")
def seed() -> ds.Dataset:
    return ds.load(SEED)


def _rows() -> list[tuple[int, str, list[str]]]:
    text = (REPO / "docs" / "article-facts.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        match = ROW.match(line)
        if match:
            quote = match.group(2).replace("\\|", "|")
            rows.append((int(match.group(1)), quote, [i.strip() for i in match.group(3).split(",")]))
    return rows


def _resolve(seed: ds.Dataset, ref: str) -> Sourced | None:
    if ":" not in ref:
        node: Node | None = seed.by_id().get(ref)
        return node if isinstance(node, Sourced) else None
    rel_type, _, rest = ref.partition(":")
    ends, _, key = rest.partition("#")
    start, _, end = ends.partition("->")
    matches: list[Relationship] = [r for r in seed.relationships if r.identity == (rel_type, start, end, key)]
    return matches[0] if matches else None


def test_article_facts_table_is_numbered_and_substantial() -> None:
    rows = _rows()
    assert [n for n, _, _ in rows] == list(range(1, len(rows) + 1))
    assert len(rows) >= 60


@pytest.mark.parametrize(("number", "quote", "refs"), _rows(), ids=lambda v: str(v)[:20])
def test_every_article_fact_is_held(seed: ds.Dataset, number: int, quote: str, refs: list[str]) -> None:
    article = seed.by_id()[ARTICLE]
    assert isinstance(article, Document)
    assert quote in article.text, f"row {number}: the quote is not in the article"
    records = [_resolve(seed, ref) for ref in refs]
    assert all(r is not None for r in records), f"row {number}: unknown ids {refs}"
    for ref, record in zip(refs, records, strict=True):
        assert record is not None and ARTICLE in record.source, (
            f"row {number}: {ref} does not cite the article"
        )
    assert any(
        quote in q
        for r in records
        if r is not None
        for s, q in zip(r.source, r.quote, strict=True)
        if s == ARTICLE
    ), f"row {number}: no record quotes it"


def test_every_node_and_relationship_carries_its_provenance_into_the_graph(seed: ds.Dataset) -> None:
    """The provenance of each record survives into what is loaded and exported, list for list."""
    records = [NodeRecord.from_model(n) for n in seed.nodes if not isinstance(n, Document)]
    records += [RelationshipRecord.from_model(r) for r in seed.relationships]
    models = [n for n in seed.nodes if not isinstance(n, Document)] + list(seed.relationships)
    for model, record in zip(models, records, strict=True):
        assert isinstance(model, Sourced)
        props = record.properties
        assert props["source"] == model.source and props["quote"] == model.quote
        assert props["confidence"] == [str(c) for c in model.confidence]
        assert len(props["source"]) == len(props["quote"]) == len(props["confidence"]) >= 1


def test_provenance_lists_that_are_not_parallel_are_refused() -> None:
    with pytest.raises(ValidationError, match="parallel lists"):
        Enterprise(id="x", name="X", source=["a", "b"], quote=["only one"], confidence=["stated", "stated"])


def test_article_figures_are_exact(seed: ds.Dataset) -> None:
    by_id = seed.by_id()
    tianchen = by_id["tianchen-quangang-new-materials-park"]
    assert isinstance(tianchen, Project)
    assert tianchen.investment_cny == 15_000_000_000
    assert tianchen.signed_date == "2021-10-18"
    cny = {n.id: n.properties().get("value_cny") for n in seed.nodes if n.label == "Indicator"}
    assert 96_050_000_000 in cny.values()  # 960.5亿元 signed in the campaign
    assert 132_485_000_000 in cny.values()  # 1324.85亿元 in the project pool


def test_tianchen_drives_the_downstream_firms_and_industries(seed: ds.Dataset) -> None:
    driven = {
        r.end
        for r in seed.relationships
        if r.type == "DRIVES" and r.start == "tianchen-quangang-new-materials-park"
    }
    assert {"zhongshan-chemical", "tianjiao-chemical", "jiahua-chemical"} <= driven
    assert {"textiles-apparel", "shoe-materials", "pipes-cables", "nursing-medical"} <= driven


def test_sinochem_quanzhou_is_not_in_quangang(seed: ds.Dataset) -> None:
    located = {(r.start, r.end) for r in seed.relationships if r.type == "LOCATED_IN"}
    sinochem = [start for start, end in located if end == "quanhui-petrochemical-park"]
    assert sinochem, "the Quanhui park should hold Sinochem Quanzhou"
    assert not any(start in sinochem for start, end in located if end == "quangang-petrochemical-park")


def test_hppo_needs_both_propylene_and_hydrogen_peroxide(seed: ds.Dataset) -> None:
    feeds: dict[str, set[str]] = {}
    yields: dict[str, set[str]] = {}
    for r in seed.relationships:
        if r.type == "FEEDS":
            feeds.setdefault(r.end, set()).add(r.start)
        elif r.type == "YIELDS":
            yields.setdefault(r.end, set()).add(r.start)
    po_routes = yields["propylene-oxide"]
    assert any(feeds.get(p) == {"propylene", "hydrogen-peroxide"} for p in po_routes)
    assert len(yields["propylene"]) >= 3  # PDH, steam cracking, FCC, MTO: alternatives


def test_seed_text_files_are_the_shared_sources() -> None:
    shipped = SEED / "documents" / "quangang-2021-investment-campaign.txt"
    assert shipped.read_text(encoding="utf-8").startswith("泉港区:“四力”齐发抓招商")
    assert Path(shipped).stat().st_size > 5000
