"""The Cypher schema: in step with the model, idempotent, with a CJK full-text index."""

from __future__ import annotations

import json
import re

from neo4j import Driver

from chain_graph.model import LABELS
from chain_graph.store.schema import apply_schema, schema_statements, show_schema

from .conftest import RunningServer, run_cli


def test_schema_has_one_id_constraint_per_model_label() -> None:
    constrained = {
        m.group(1)
        for s in schema_statements()
        if (m := re.match(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE", s))
    }
    assert constrained == set(LABELS)


def test_every_schema_statement_is_idempotent_by_construction() -> None:
    assert all("IF NOT EXISTS" in s for s in schema_statements())


def test_apply_twice_is_idempotent_and_complete(driver: Driver) -> None:
    apply_schema(driver)
    first = show_schema(driver)
    apply_schema(driver)
    second = show_schema(driver)
    assert first == second
    constraints = {
        (i.entity, i.properties) for i in second if i.kind == "constraint" and i.type == "UNIQUENESS"
    }
    assert constraints >= {(label, "id") for label in LABELS}
    fulltext = [i for i in second if i.name == "entity_names"]
    assert len(fulltext) == 1
    assert fulltext[0].type == "FULLTEXT"
    assert "analyzer=cjk" in fulltext[0].details
    assert set(fulltext[0].entity.split("|")) == set(LABELS)


def test_fulltext_finds_chinese_substring(driver: Driver) -> None:
    apply_schema(driver)
    driver.execute_query(
        "CREATE (:Park {id: 'quangang-petrochemical-park', name: $name}), "
        "(:Park {id: 'agriculture', name: $other})",
        name="泉港石化工业园区",
        other="现代特色农业园区",
    )
    driver.execute_query("CALL db.awaitIndexes(60)")
    records, _, _ = driver.execute_query(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.name AS name", q="石化"
    )
    assert [r["name"] for r in records] == ["泉港石化工业园区"]


def test_cli_apply_and_show(neo4j_server: RunningServer, driver: Driver) -> None:
    applied = run_cli("schema", "apply", env=neo4j_server.env)
    assert applied.code == 0, applied.stderr
    assert "Schema applied" in applied.stdout
    shown = run_cli("schema", "show", "--format", "json", env=neo4j_server.env)
    assert shown.code == 0, shown.stderr
    names = {item["name"] for item in json.loads(shown.stdout)}
    assert {"entity_names", "product_id", "park_name"} <= names
    table = run_cli("schema", "show", env=neo4j_server.env)
    assert "entity_names" in table.stdout and "cjk" in table.stdout
