"""The managed Neo4j: config, ports, lifecycle, and clear errors for bad set-ups."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
from pathlib import Path

import pytest

from chain_graph.errors import ChainGraphError
from chain_graph.store.server import JarCache, ManagedServer, choose_port, render_conf

from .conftest import RunningServer, clean_env, jar_cache, neo4j_version, run_cli


def test_conf_binds_loopback_with_http_off_and_csv_files_refused(tmp_path: Path) -> None:
    conf = render_conf(tmp_path, 7699).splitlines()
    assert "server.bolt.listen_address=127.0.0.1:7699" in conf
    assert "server.http.enabled=false" in conf
    assert "dbms.usage_report.enabled=false" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
    assert "server.memory.pagecache.size=128m" in conf
    assert f"server.directories.data={tmp_path / 'neo4j' / 'data'}" in conf


def test_a_requested_port_that_is_taken_is_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        with pytest.raises(ChainGraphError, match=f"port {taken} .* already in use"):
            choose_port(taken)
        assert choose_port(None) != taken


def test_managed_server_state_and_status(neo4j_server: RunningServer) -> None:
    home = neo4j_server.server.home
    record = json.loads((home / "server.json").read_text())
    assert record["uri"] == neo4j_server.info.uri
    assert record["port"] == neo4j_server.info.port
    assert record["version"] == neo4j_version()
    assert stat.S_IMODE((home / "password").stat().st_mode) == 0o600
    assert (home / "neo4j" / "conf" / "neo4j.conf").is_file()

    result = run_cli("neo4j", "status", "--format", "json", env=neo4j_server.env)
    assert result.code == 0, result.stderr
    status = json.loads(result.stdout)
    assert status["running"] is True
    assert status["pid"] == neo4j_server.info.pid
    assert status["data_dir"] == str(home / "neo4j" / "data")
    assert neo4j_server.password not in result.stdout + result.stderr

    again = run_cli("neo4j", "start", env=neo4j_server.env)
    assert again.code == 0
    assert "already running" in again.stdout


def test_start_status_stop_leaves_no_process(tmp_path: Path) -> None:
    env = clean_env(CHAIN_GRAPH_HOME=str(tmp_path / "home"))
    started = run_cli("neo4j", "start", env=env)
    assert started.code == 0, started.stderr
    status = json.loads(run_cli("neo4j", "status", "--format", "json", env=env).stdout)
    pid = status["pid"]
    assert _running(pid)

    stopped = run_cli("neo4j", "stop", env=env)
    assert stopped.code == 0 and "stopped" in stopped.stdout
    assert not _running(pid)
    assert not (tmp_path / "home" / "server.json").exists()
    after = run_cli("neo4j", "status", env=env)
    assert after.code == 1 and "not running" in after.stdout


def _running(pid: int) -> bool:
    """True while the process exists and is not a zombie waiting for init to reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _assert_one_clear_line(result_stderr: str, expected: str) -> None:
    assert "Traceback" not in result_stderr
    lines = [line for line in result_stderr.splitlines() if line.strip()]
    assert lines[0].startswith("error: ")
    assert expected in lines[0]


def test_port_already_taken_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        result = run_cli(
            "neo4j", "start", "--port", str(taken), env=clean_env(CHAIN_GRAPH_HOME=str(tmp_path))
        )
    assert result.code == 1
    _assert_one_clear_line(result.stderr, f"port {taken} on 127.0.0.1 is already in use")


def test_missing_java_is_one_clear_line(tmp_path: Path) -> None:
    env = clean_env(CHAIN_GRAPH_HOME=str(tmp_path), PATH=str(tmp_path / "empty-bin"))
    result = run_cli("neo4j", "start", env=env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "Java 17 or newer is required")


def test_missing_maven_is_one_clear_line(tmp_path: Path) -> None:
    java = shutil.which("java")
    assert java is not None
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "java").symlink_to(java)
    env = clean_env(
        CHAIN_GRAPH_HOME=str(tmp_path / "home"), CHAIN_GRAPH_CACHE=str(tmp_path / "cache"), PATH=str(bin_dir)
    )
    result = run_cli("neo4j", "start", env=env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "Maven is required")
    assert not (tmp_path / "home" / "server.json").exists()


def test_corrupt_jar_cache_is_one_clear_line(tmp_path: Path) -> None:
    version = neo4j_version()
    real = JarCache(jar_cache(), version)
    broken = JarCache(tmp_path / "cache", version)
    shutil.copytree(real.folder, broken.folder)
    (broken.lib / f"neo4j-{version}.jar").write_bytes(b"not a jar")
    env = clean_env(CHAIN_GRAPH_HOME=str(tmp_path / "home"), CHAIN_GRAPH_CACHE=str(tmp_path / "cache"))
    result = run_cli("neo4j", "start", env=env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "is corrupt")
    assert f"neo4j-{version}.jar is damaged" in result.stderr


def test_server_not_started_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("schema", "show", env=clean_env(CHAIN_GRAPH_HOME=str(tmp_path)))
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "the managed server is not running")


def test_unreachable_uri_is_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = clean_env(
        CHAIN_GRAPH_HOME=str(tmp_path), NEO4J_URI=f"bolt://127.0.0.1:{port}", NEO4J_PASSWORD="x" * 10
    )
    result = run_cli("schema", "show", env=env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, f"cannot reach Neo4j at bolt://127.0.0.1:{port}")


def test_wrong_password_against_the_real_server(neo4j_server: RunningServer) -> None:
    result = run_cli("schema", "show", "--password", "wrong-password", env=neo4j_server.env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "refused the user name or password")
    assert "wrong-password" not in result.stderr


def test_managed_server_info_ignores_a_stale_record(tmp_path: Path) -> None:
    server = ManagedServer(tmp_path, jar_cache(), neo4j_version())
    (tmp_path / "server.json").write_text(
        json.dumps(
            {
                "uri": "bolt://127.0.0.1:1",
                "port": 1,
                "pid": os.getpid(),
                "version": "x",
                "data_dir": "d",
                "home": str(tmp_path),
            }
        )
    )
    assert server.info() is None  # our own pid is not a Neo4j server
    assert not (tmp_path / "server.json").exists()
