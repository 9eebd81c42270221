"""The ingest evaluation corpus stays sound: every answer key (and every second key of the
agreement study) has the agreed shape, quotes its article exactly, and names ids the seed still
has (benchmarks/ingest/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from chain_graph import dataset as ds
from chain_graph.ingest.article import check_published
from chain_graph.model import Product, Project

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "benchmarks" / "ingest"
KEYS = sorted((CORPUS / "keys").glob("*.yaml"))
SECOND_KEYS = sorted((CORPUS / "second-keys").glob("*.yaml"))
FIELDS = {
    "mentions": {"id", "text"},
    "capacities": {"product", "product_id", "t_per_year", "holder", "snippet"},
    "money": {"cny", "kind", "holder", "snippet"},
    "statuses": {"project", "project_id", "status", "snippet"},
    "new_entities": {"name", "label"},
}


@pytest.fixture(scope="module")
def seed() -> ds.Dataset:
    return ds.load(REPO / "seed")


def test_the_corpus_has_tune_and_holdout_articles() -> None:
    splits = [yaml.safe_load(k.read_text(encoding="utf-8"))["split"] for k in KEYS]
    assert len(KEYS) >= 5
    assert set(splits) == {"tune", "holdout"}


def test_every_second_key_has_a_first_key() -> None:
    first = {yaml.safe_load(k.read_text(encoding="utf-8"))["article"] for k in KEYS}
    second = [yaml.safe_load(k.read_text(encoding="utf-8"))["article"] for k in SECOND_KEYS]
    assert sorted(set(second) - first) == []
    assert len(second) == len(set(second))


@pytest.mark.parametrize("key_path", KEYS + SECOND_KEYS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_answer_key_quotes_its_article_and_names_seed_ids(key_path: Path, seed: ds.Dataset) -> None:
    key: dict[str, Any] = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    article = CORPUS / "articles" / key["article"]
    text = article.read_text(encoding="utf-8")
    meta = yaml.safe_load(article.with_suffix(".meta.yaml").read_text(encoding="utf-8"))
    assert meta["url"].startswith("http")
    if meta["published"] is not None:  # a date the evaluation gives ingest, as --published would
        check_published(str(meta["published"]))
    nodes = seed.by_id()
    for section, fields in FIELDS.items():
        for entry in key[section]:
            assert set(entry) == fields, (section, entry)
            for quoted in ("snippet", "text", "name", "project"):
                if quoted in entry:
                    assert entry[quoted] in text, (section, entry[quoted])
    assert all(m["id"] in nodes for m in key["mentions"])
    assert all(isinstance(nodes.get(c["product_id"]), Product) for c in key["capacities"] if c["product_id"])
    assert all(isinstance(nodes.get(s["project_id"]), Project) for s in key["statuses"] if s["project_id"])
    assert all(
        s["status"] in {"signed", "under_construction", "operating", "intended"} for s in key["statuses"]
    )
    assert all(e["name"] not in nodes for e in key["new_entities"])
