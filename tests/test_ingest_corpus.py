"""The ingest evaluation corpus stays sound: every answer key (and every second key of the
agreement study) has the agreed shape, quotes its article exactly, and names ids the seed still
has (benchmarks/ingest/README.md). The checks are benchmarks/ingest_check_keys.py's, the command a
blind round is checked with before it is measured (benchmarks/ingest/COLLECTING.md)."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from chain_graph import dataset as ds
from chain_graph.model import Node
from tests.conftest import load_benchmark

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "benchmarks" / "ingest"
KEYS = sorted((CORPUS / "keys").glob("*.yaml"))
SECOND_KEYS = sorted((CORPUS / "second-keys").glob("*.yaml"))


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    return load_benchmark("ingest_check_keys")


@pytest.fixture(scope="module")
def seed_nodes() -> dict[str, Node]:
    return ds.load(REPO / "seed").by_id()


def test_the_corpus_has_tune_and_holdout_articles() -> None:
    splits = [yaml.safe_load(k.read_text(encoding="utf-8"))["split"] for k in KEYS]
    assert len(KEYS) >= 5
    assert set(splits) == {"tune", "holdout"}


def test_every_second_key_has_a_first_key() -> None:
    first = {yaml.safe_load(k.read_text(encoding="utf-8"))["article"] for k in KEYS}
    second = [yaml.safe_load(k.read_text(encoding="utf-8"))["article"] for k in SECOND_KEYS]
    assert sorted(set(second) - first) == []
    assert len(second) == len(set(second))


@pytest.mark.parametrize("key_path", KEYS, ids=lambda p: p.stem)
def test_answer_key_quotes_its_article_and_names_seed_ids(
    key_path: Path, checker: ModuleType, seed_nodes: dict[str, Node]
) -> None:
    assert checker.check_key(key_path, CORPUS / "articles", seed_nodes) == []


@pytest.mark.parametrize("key_path", SECOND_KEYS, ids=lambda p: p.stem)
def test_second_key_quotes_its_article_and_names_seed_ids(
    key_path: Path, checker: ModuleType, seed_nodes: dict[str, Node]
) -> None:
    assert checker.check_key(key_path, CORPUS / "articles", seed_nodes, first_key=False) == []


def test_the_checker_names_each_fault_of_a_round(
    checker: ModuleType, seed_nodes: dict[str, Node], tmp_path: Path
) -> None:
    # A round folder in the corpus's shape, made from article 99 and its key with four faults put in.
    (tmp_path / "articles").mkdir()
    (tmp_path / "keys").mkdir()
    key_path = CORPUS / "keys" / "99-ineos-sinopec-abs-ningbo-opening-shjqd.yaml"
    key = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    article = CORPUS / "articles" / key["article"]
    shutil.copy(article, tmp_path / "articles")
    shutil.copy(article.with_suffix(".meta.yaml"), tmp_path / "articles")
    key["split"] = "holdout"
    key["mentions"].append({"id": "no-such-id", "text": key["mentions"][0]["text"]})
    key["money"].append({"cny": 1, "kind": "profit", "holder": "-", "snippet": "not in the article"})
    key["statuses"][0]["status"] = "finished"
    (tmp_path / "keys" / key_path.name).write_text(yaml.safe_dump(key, allow_unicode=True), encoding="utf-8")

    problems = checker.check_round(tmp_path, seed_nodes, checker.used_urls())

    assert len(problems) == 5, problems
    assert sum("no seed entity" in p for p in problems) == 1
    assert sum("snippet is not in the article" in p for p in problems) == 1
    assert sum("kind must be one of" in p for p in problems) == 1
    assert sum("status must be one of" in p for p in problems) == 1
    assert sum("already in the corpus" in p for p in problems) == 1  # article 99's URL was measured before
