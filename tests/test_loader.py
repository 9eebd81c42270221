"""Loading into the real Neo4j: idempotent, updates, --replace, atomic, concurrent, round trip."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver, GraphDatabase

from chain_graph import dataset as ds
from chain_graph.errors import ChainGraphError
from chain_graph.formats import export as export_formats
from chain_graph.records import MARKER
from chain_graph.store import loader, reader
from chain_graph.store.connection import translate_errors
from chain_graph.store.server import ManagedServer

from .conftest import REPO, SEED, RunningServer, clean_env, dataset_json, jar_cache, neo4j_version, run_cli

FIXTURES = Path(__file__).parent / "fixtures"


def _neo4j_json(driver: Driver) -> str:
    return export_formats.to_json(*reader.export_records(driver))


def _load(path: Path, driver: Driver, **options: object) -> loader.LoadResult:
    with ds.spooled(path) as spool:
        return loader.load_spool(driver, spool, **options)  # type: ignore[arg-type]


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """An editable copy of the small valid dataset."""
    shutil.copytree(FIXTURES / "valid", tmp_path / "valid")
    return tmp_path / "valid" / "mini.yaml"


def test_load_twice_is_idempotent_and_round_trips(driver: Driver, mini: Path) -> None:
    first = _load(mini, driver)
    assert first.transactions == 1
    once = _neo4j_json(driver)
    _load(mini, driver)
    assert _neo4j_json(driver) == once == dataset_json(ds.load(mini))
    assert loader.database_counts(driver) == ds.validate(mini).counts


def test_edited_and_removed_properties_follow_the_files(driver: Driver, mini: Path) -> None:
    _load(mini, driver)
    text = mini.read_text(encoding="utf-8")
    text = text.replace("capacity_t_per_year: 50000", "capacity_t_per_year: 100000")
    text = text.replace("    name_en: Quangang Petrochemical Park\n", "")
    mini.write_text(text, encoding="utf-8")
    _load(mini, driver)
    records, _, _ = driver.execute_query(
        "MATCH (:Enterprise {id: 'fuxiang'})-[r:PRODUCES]->(:Product {id: 'br'}) "
        "RETURN r.capacity_t_per_year AS c"
    )
    assert [r["c"] for r in records] == [100000.0]
    records, _, _ = driver.execute_query(
        "MATCH (p:Park {id: 'quangang-park'}) RETURN p.name_en AS e, p.name AS n"
    )
    assert records[0]["e"] is None and records[0]["n"] == "泉港石化工业园区"


def test_replace_deletes_what_the_files_no_longer_hold(driver: Driver, mini: Path) -> None:
    _load(mini, driver)
    text = mini.read_text(encoding="utf-8")
    kept = "\n".join(line for line in text.splitlines() if "fuxiang" not in line) + "\n"
    mini.write_text(kept, encoding="utf-8")

    plain = _load(mini, driver)  # without --replace nothing is deleted
    assert (plain.deleted_nodes, plain.deleted_relationships) == (0, 0)
    records, _, _ = driver.execute_query("MATCH (n {id: 'fuxiang'}) RETURN count(n) AS n")
    assert records[0]["n"] == 1

    replaced = _load(mini, driver, replace=True)
    assert replaced.deleted_nodes == 1
    assert replaced.deleted_relationships == 3  # LOCATED_IN, PRODUCES, SUPPLIES of fuxiang
    assert _neo4j_json(driver) == dataset_json(ds.load(mini))


def test_bad_data_writes_nothing(neo4j_server: RunningServer, driver: Driver) -> None:
    result = run_cli("load", "--data", str(FIXTURES / "invalid" / "bad-unit.yaml"), env=neo4j_server.env)
    assert result.code == 2
    assert "nothing was written" in result.stderr
    records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 0


def test_a_failing_transaction_leaves_nothing_half_written(driver: Driver, mini: Path) -> None:
    # A foreign product holds an English name that a (temporary) constraint makes unique: writing
    # our product of that name fails midway through the one transaction, after other nodes were written.
    driver.execute_query("CREATE CONSTRAINT clash IF NOT EXISTS FOR (n:Product) REQUIRE n.name_en IS UNIQUE")
    driver.execute_query("CREATE (:Product {id: 'other', name: '别的', name_en: 'butadiene'})")
    try:
        with pytest.raises(ChainGraphError), translate_errors():
            _load(mini, driver, force=True)
        records, _, _ = driver.execute_query("MATCH (n) RETURN count(n) AS n")
        assert records[0]["n"] == 1  # only the node that was there before
    finally:
        driver.execute_query("DROP CONSTRAINT clash IF EXISTS")


def test_refuses_a_database_with_foreign_nodes_unless_forced(
    neo4j_server: RunningServer, driver: Driver
) -> None:
    driver.execute_query("CREATE (:Customer {name: 'not ours'})")
    refused = run_cli("load", "--data", str(FIXTURES / "valid"), env=neo4j_server.env)
    assert refused.code == 1
    assert "1 node(s) that chain-graph did not write" in refused.stderr
    forced = run_cli("load", "--data", str(FIXTURES / "valid"), "--force", env=neo4j_server.env)
    assert forced.code == 0, forced.stderr
    exported = json.loads(_neo4j_json(driver))
    assert {n["id"] for n in exported["nodes"]} == {n.id for n in ds.load(FIXTURES / "valid").nodes}
    assert all(MARKER not in n["labels"] for n in exported["nodes"])


def test_counts_after_a_forced_load_are_only_what_chain_graph_wrote(driver: Driver) -> None:
    """Foreign nodes and relationships of our labels and types are not counted as ours."""
    driver.execute_query(
        "CREATE (:Enterprise {id: 'foreign-e'})-[:PRODUCES]->(:Product {id: 'foreign-p'}), "
        "(:Enterprise {id: 'foreign-f'})-[:LOCATED_IN]->(:Park {id: 'foreign-park'})"
    )
    _load(FIXTURES / "valid", driver, force=True)
    assert loader.database_counts(driver) == ds.validate(FIXTURES / "valid").counts


def test_batched_load_commits_batch_by_batch(driver: Driver, mini: Path) -> None:
    result = _load(mini, driver, tx_limit=3, batch_size=2)
    assert result.transactions > 1
    assert _neo4j_json(driver) == dataset_json(ds.load(mini))


def test_two_loads_at_once_equal_one_load(neo4j_server: RunningServer, driver: Driver) -> None:
    command = [sys.executable, "-m", "chain_graph", "load", "--data", str(SEED)]
    runs = [
        subprocess.Popen(
            command, env=neo4j_server.env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(2)
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=600)
        assert run.returncode == 0, stderr.decode()
    assert _neo4j_json(driver) == dataset_json(ds.load(SEED))


def test_export_from_neo4j_equals_export_from_files(
    neo4j_server: RunningServer, driver: Driver, tmp_path: Path
) -> None:
    loaded = run_cli("load", "--data", str(SEED), env=neo4j_server.env)
    assert loaded.code == 0, loaded.stderr
    from_files = run_cli("export", "--from", "files", "--data", str(SEED), env=neo4j_server.env)
    from_neo4j = run_cli("export", "--from", "neo4j", env=neo4j_server.env)
    assert from_neo4j.code == 0, from_neo4j.stderr
    assert from_neo4j.stdout == from_files.stdout

    # The exported file is itself a dataset: it loads into another database unchanged.
    exported = tmp_path / "export.json"
    exported.write_text(from_neo4j.stdout, encoding="utf-8")
    assert dataset_json(ds.load(exported)) == from_files.stdout


@pytest.mark.neo4j
def test_server_killed_mid_load_then_a_rerun_completes(tmp_path: Path) -> None:
    """A batched load interrupted by a crashed server completes on re-run, with no duplicates."""
    data = tmp_path / "synthetic"
    made = run_cli(
        "synth", "--parks", "10", "--enterprises", "6000", "--seed", "3", "--out", str(data), env=clean_env()
    )
    assert made.code == 0, made.stderr
    env = clean_env(CHAIN_GRAPH_HOME=str(tmp_path / "home"))
    assert run_cli("neo4j", "start", env=env).code == 0
    server = ManagedServer(tmp_path / "home", jar_cache(), neo4j_version())
    try:
        info = server.info()
        assert info is not None
        command = [
            sys.executable,
            "-m",
            "chain_graph",
            "load",
            "--data",
            str(data),
            "--tx-limit",
            "1000",
            "--batch-size",
            "200",
        ]
        with GraphDatabase.driver(info.uri, auth=("neo4j", server.password())) as probe:
            run = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                records, _, _ = probe.execute_query("MATCH (n) RETURN count(n) AS n")
                if records[0]["n"] > 0:
                    break
                time.sleep(0.05)
            os.kill(info.pid, signal.SIGKILL)  # the server dies mid-load
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 1, "the load should have been interrupted"
        assert "Traceback" not in stderr.decode()

        assert run_cli("neo4j", "start", env=env).code == 0
        rerun = run_cli("load", "--data", str(data), "--tx-limit", "1000", "--batch-size", "200", env=env)
        assert rerun.code == 0, rerun.stderr
        exported = run_cli("export", "--from", "neo4j", env=env)
        assert exported.stdout == dataset_json(ds.load(data))
    finally:
        server.stop()


def test_a_deadlock_is_one_short_line(driver: Driver) -> None:
    """Two transactions that lock the same nodes in opposite order: Neo4j picks one to fail, with
    a message that dumps lock internals; the user sees one line that says what happened."""
    driver.execute_query("CREATE (:Lock {id: 'a'}), (:Lock {id: 'b'})")
    errors: list[BaseException] = []
    with driver.session() as first_session, driver.session() as second_session:
        first, second = first_session.begin_transaction(), second_session.begin_transaction()
        first.run("MATCH (n:Lock {id: 'a'}) SET n.x = 1").consume()
        second.run("MATCH (n:Lock {id: 'b'}) SET n.x = 2").consume()

        def cross(tx: Any, node: str) -> None:
            try:
                with translate_errors():
                    tx.run("MATCH (n:Lock {id: $id}) SET n.x = 3", id=node).consume()
            except ChainGraphError as exc:
                errors.append(exc)

        thread = threading.Thread(target=cross, args=(first, "b"))
        thread.start()
        time.sleep(0.5)
        cross(second, "a")
        thread.join(timeout=60)
        for tx in (first, second):
            tx.close()
    assert len(errors) == 1
    message = str(errors[0])
    assert "deadlock with another transaction" in message and "\n" not in message and len(message) < 200
