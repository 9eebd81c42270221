"""``chain-graph load --bulk``: neo4j-admin import into an empty database of the managed server.

The bulk path stops and starts its server, so these tests run their own managed Neo4j in a
temporary home (not the session's shared one), driven through the command as a user would.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.dataset import json_bulk

from .conftest import SEED, RunningServer, clean_env, dataset_json, neo4j_version, run_cli

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def own_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A managed server of this module's own, started by the command; stopped at the end."""
    env = clean_env(CHAIN_GRAPH_HOME=str(tmp_path_factory.mktemp("bulk-home")))
    env["CHAIN_GRAPH_NEO4J_VERSION"] = neo4j_version()
    started = run_cli("neo4j", "start", env=env)
    assert started.code == 0, started.stderr
    try:
        yield env
    finally:
        run_cli("neo4j", "stop", env=env)


def server_pid(env: dict[str, str]) -> int:
    done = run_cli("neo4j", "status", "--format", "json", env=env)
    assert done.code == 0, done.stderr
    return int(json.loads(done.stdout)["pid"])


def test_bulk_gives_the_graph_of_the_online_load_and_refuses_a_second_time(
    own_home: dict[str, str], tmp_path: Path
) -> None:
    # An export large enough for worker processes to validate it and write the import files.
    synth.generate(ds.load(SEED), parks=20, enterprises=1500, seed=3, out=tmp_path / "synth")
    data = ds.load(tmp_path / "synth")
    assert len(data.nodes) + len(data.relationships) >= json_bulk.WORKERS_MIN_RECORDS
    exported_data = tmp_path / "synth.json"
    exported_data.write_text(dataset_json(data), encoding="utf-8")
    done = run_cli("load", "--bulk", "--data", str(exported_data), env=own_home)
    assert done.code == 0, done.stderr
    assert "with neo4j-admin import" in done.stdout
    exported = run_cli("export", "--format", "json", env=own_home)
    assert exported.code == 0, exported.stderr
    # Byte for byte what the files give (the online load's export is the same: test_loader.py).
    assert exported.stdout == exported_data.read_text(encoding="utf-8")
    # Every relationship kept its key ("" by default), so an online load of the same data merges
    # into what the import wrote instead of adding each relationship a second time.
    merged = run_cli("load", "--data", str(tmp_path / "synth"), env=own_home)
    assert merged.code == 0, merged.stderr
    assert run_cli("export", "--format", "json", env=own_home).stdout == exported.stdout
    firm = next(n for n in data.nodes if n.label == "Enterprise")
    found = run_cli("find", firm.name, "--format", "json", env=own_home)  # the full-text index is there
    assert found.code == 0 and firm.id in [hit["id"] for hit in json.loads(found.stdout)], found.stderr
    pid = server_pid(own_home)
    again = run_cli("load", "--bulk", "--data", str(SEED), env=own_home)
    assert again.code == 1
    assert "--bulk writes only into an empty database" in again.stderr and "Traceback" not in again.stderr
    assert server_pid(own_home) == pid  # refused before anything stopped


def test_bulk_with_bad_data_touches_nothing(own_home: dict[str, str], tmp_path: Path) -> None:
    pid = server_pid(own_home)
    before = run_cli("export", "--format", "json", env=own_home).stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("enterprises:\n  - id: x\n    name: X\n", encoding="utf-8")
    done = run_cli("load", "--bulk", "--data", str(broken), env=own_home)
    assert done.code != 0 and "broken.yaml:2" in done.stderr and "nothing was written" in done.stderr
    assert server_pid(own_home) == pid
    assert run_cli("export", "--format", "json", env=own_home).stdout == before


def test_bulk_against_another_server_says_so_and_loads_online(
    neo4j_server: RunningServer, driver: Driver, tmp_path: Path
) -> None:
    env = clean_env(
        CHAIN_GRAPH_HOME=str(tmp_path / "no-server-here"),
        NEO4J_URI=neo4j_server.info.uri,
        NEO4J_PASSWORD=neo4j_server.password,
    )
    done = run_cli("load", "--bulk", "--data", str(SEED), env=env)
    assert done.code == 0, done.stderr
    assert "--bulk needs the managed local server" in done.stderr and "the online load runs" in done.stderr
    assert "in one transaction" in done.stdout
    assert driver.execute_query("MATCH (n:_ChainGraph) RETURN count(n) AS n").records[0]["n"] == 333


def test_the_import_command_the_export_writes_names_the_database_first(tmp_path: Path) -> None:
    done = run_cli(
        "export", "--from", "files", "--format", "csv", "--out", str(tmp_path / "csv"), env=clean_env()
    )
    assert done.code == 0, done.stderr
    command = (tmp_path / "csv" / "import-command.txt").read_text(encoding="utf-8").splitlines()[1]
    assert command.startswith("neo4j-admin database import full neo4j --overwrite-destination")
