"""Public output is a contract: the JSON of `gaps`, `export` and `queries` for the seed is kept
byte for byte in tests/golden/ and must not change by accident, from the files or from Neo4j.

When an output changes on purpose, regenerate the golden files and say why in the commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph.cypher import saved_queries

from .conftest import REPO, SEED, RunningServer, invoke_cli

GOLDEN = REPO / "tests" / "golden"
SCOPES = (("--park", "quangang-petrochemical-park"), ("--region", "quangang"))
SCENARIOS = ("operating", "committed", "all")
GRAPH_VALUES = (
    "MATCH p = (e:Enterprise)-[r:PRODUCES]->(x:Product) RETURN e, r, p ORDER BY e.id, x.id, r.key LIMIT 5"
)


def invoke(*args: str, env: dict[str, str] | None = None) -> str:
    result = invoke_cli(*args, env=env)
    assert result.code == 0, result.stderr
    return result.stdout


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("flag, scope", SCOPES)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_gaps_json_from_files_is_unchanged(flag: str, scope: str, scenario: str) -> None:
    output = invoke(
        "gaps",
        "--from",
        "files",
        "--data",
        str(SEED),
        flag,
        scope,
        "--scenario",
        scenario,
        "--format",
        "json",
    )
    assert output == golden(f"gaps-{scope}-{scenario}.json")


def test_export_json_from_files_is_unchanged() -> None:
    assert invoke("export", "--from", "files", "--data", str(SEED), "--format", "json") == golden(
        "export.json"
    )


@pytest.fixture(scope="module")
def loaded(neo4j_server: RunningServer, session_driver: Driver) -> dict[str, str]:
    """The seed loaded into the test server; the environment that points the CLI at it."""
    session_driver.execute_query("MATCH (n) DETACH DELETE n")
    invoke("load", "--data", str(SEED), env=neo4j_server.env)
    return neo4j_server.env


@pytest.mark.neo4j
def test_export_json_from_neo4j_is_unchanged(loaded: dict[str, str]) -> None:
    assert invoke("export", "--format", "json", env=loaded) == golden("export.json")


@pytest.mark.neo4j
@pytest.mark.parametrize("flag, scope", SCOPES)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_gaps_json_from_neo4j_is_unchanged(
    loaded: dict[str, str], flag: str, scope: str, scenario: str
) -> None:
    output = invoke("gaps", flag, scope, "--scenario", scenario, "--format", "json", env=loaded)
    assert output == golden(f"gaps-{scope}-{scenario}.json")


@pytest.mark.neo4j
@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_saved_query_json_is_unchanged(loaded: dict[str, str], name: str) -> None:
    assert invoke("queries", "run", name, "--format", "json", env=loaded) == golden(f"queries/{name}.json")


@pytest.mark.neo4j
def test_nodes_relationships_and_paths_as_json_are_unchanged(loaded: dict[str, str]) -> None:
    output = invoke("query", GRAPH_VALUES, "--format", "json", env=loaded)
    assert output == golden("queries/adhoc-graph-values.json")


def test_every_saved_query_has_a_golden_answer() -> None:
    stored = {p.stem for p in Path(GOLDEN / "queries").glob("*.json")} - {"adhoc-graph-values"}
    assert stored == set(saved_queries())
