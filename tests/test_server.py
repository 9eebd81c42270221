"""The managed Neo4j: config, ports, lifecycle, and clear errors for bad set-ups."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from neo4j import GraphDatabase

from chain_graph.errors import ChainGraphError
from chain_graph.store.server import JarCache, ManagedServer, ServerInfo, choose_port, render_conf

from .conftest import REPO, CliResult, RunningServer, clean_env, jar_cache, neo4j_version, run_cli


def test_conf_binds_loopback_with_http_off_and_csv_files_refused(tmp_path: Path) -> None:
    conf = render_conf(tmp_path, 7699).splitlines()
    assert "server.bolt.listen_address=127.0.0.1:7699" in conf
    assert "server.http.enabled=false" in conf
    assert "dbms.usage_report.enabled=false" in conf
    assert "dbms.security.auth_enabled=true" in conf
    assert "dbms.security.allow_csv_import_from_file_urls=false" in conf
    assert "server.memory.pagecache.size=128m" in conf
    assert f"server.directories.data={tmp_path / 'neo4j' / 'data'}" in conf


def test_the_quick_bolt_shutdown_is_set_only_for_the_version_it_was_checked_against(tmp_path: Path) -> None:
    quiet = "internal.dbms.bolt.netty_server_shutdown_quiet_period=0"
    assert quiet in render_conf(tmp_path, 7699).splitlines()
    # an internal setting another version may not know would stop it from starting
    assert not any(
        line.startswith("internal.") for line in render_conf(tmp_path, 7699, version="5.20.0").splitlines()
    )


def test_a_requested_port_that_is_taken_is_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken = sock.getsockname()[1]
        with pytest.raises(ChainGraphError, match=f"port {taken} .* already in use"):
            choose_port(taken)
        assert choose_port(None) != taken


@pytest.mark.neo4j
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


@pytest.mark.neo4j
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


@pytest.mark.neo4j  # needs the downloaded Neo4j jars
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


@pytest.mark.neo4j
def test_wrong_password_against_the_real_server(neo4j_server: RunningServer) -> None:
    result = run_cli("schema", "show", "--password", "wrong-password", env=neo4j_server.env)
    assert result.code == 1
    _assert_one_clear_line(result.stderr, "refused the user name or password")
    assert "wrong-password" not in result.stderr


# --- the managed server's guarantees (docs/security.md) ---------------------------

_ENTRY_POINT = b"org.neo4j.server.CommunityEntryPoint"


def _servers_of(home: Path) -> list[int]:
    """Live Neo4j JVMs of ``home``, found in /proc independently of the code under test."""
    marker = f"--home-dir={home / 'neo4j'}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if _ENTRY_POINT in args and marker in args and _running(int(entry.name)):
            found.append(int(entry.name))
    return sorted(found)


def _a_thread_of(pid: int) -> int:
    """A thread id of ``pid`` other than its main one: kill(tid, 0) works, killpg(tid) does not."""
    return min(int(task.name) for task in Path(f"/proc/{pid}/task").iterdir() if int(task.name) != pid)


def _record(info: ServerInfo, **changes: Any) -> str:
    return json.dumps({**info.to_json(), **changes})


def _status(home: Path) -> dict[str, Any]:
    result = run_cli("neo4j", "status", "--format", "json", env=clean_env(CHAIN_GRAPH_HOME=str(home)))
    status: dict[str, Any] = json.loads(result.stdout)
    return status


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    """A fresh CHAIN_GRAPH_HOME; any JVM a failed test leaves in it is killed afterwards."""
    path = tmp_path / "home"
    yield path
    for pid in _servers_of(path):
        os.kill(pid, signal.SIGKILL)


def test_info_only_reads_and_stop_clears_a_stale_record(tmp_path: Path) -> None:
    server = ManagedServer(tmp_path, jar_cache(), neo4j_version())
    stale = _record(ServerInfo("bolt://127.0.0.1:1", 1, os.getpid(), "x", "d", str(tmp_path)))
    (tmp_path / "server.json").write_text(stale)
    assert server.info() is None  # our own pid is not a Neo4j server...
    assert (tmp_path / "server.json").read_text() == stale  # ...and a read leaves the record alone
    assert server.stop() is False  # stop clears it, and signals nothing (we are still here)
    assert not (tmp_path / "server.json").exists()


@dataclass
class FreshStart:
    """A first start in a home that existed with loose modes and a stale record."""

    server: ManagedServer
    info: ServerInfo
    password: str
    admin_argvs: list[list[str]]  # every neo4j-admin command line the code ran
    admin_seen: list[bytes]  # neo4j-admin command lines seen in /proc while it ran
    password_seen: list[bytes]  # any command line in /proc that held the password


class _ProcWatcher(threading.Thread):
    """Reads every process's command line in /proc, as 'ps' does, until stopped."""

    def __init__(self, home: Path) -> None:
        super().__init__(daemon=True)
        self.home = home
        self.stopped = threading.Event()
        self.admin: list[bytes] = []
        self.cmdlines: set[bytes] = set()

    def run(self) -> None:
        while not self.stopped.is_set():
            for entry in Path("/proc").iterdir():
                with contextlib.suppress(OSError):
                    if entry.name.isdigit():
                        cmdline = (entry / "cmdline").read_bytes()
                        self.cmdlines.add(cmdline)
                        if b"org.neo4j.cli.AdminTool" in cmdline and str(self.home).encode() in cmdline:
                            self.admin.append(cmdline)
            time.sleep(0.005)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FreshStart]:
    home = tmp_path_factory.mktemp("fresh") / "home"
    home.mkdir(mode=0o755)
    home.chmod(0o755)
    (home / "notes.txt").write_text("left here by the user\n")
    (home / "notes.txt").chmod(0o644)
    stale = ServerInfo("bolt://127.0.0.1:1", 1, os.getpid(), "x", "d", str(home))  # not a server's pid
    (home / "server.json").write_text(_record(stale))
    server = ManagedServer(home, jar_cache(), neo4j_version())
    argvs: list[list[str]] = []
    real_run = subprocess.run

    def recording_run(*args: Any, **kwargs: Any) -> Any:
        if "org.neo4j.cli.AdminTool" in args[0]:
            argvs.append(list(args[0]))
        return real_run(*args, **kwargs)

    watcher = _ProcWatcher(home)
    watcher.start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(subprocess, "run", recording_run)
            info, already = server.start(timeout=300)
    finally:
        watcher.stopped.set()
        watcher.join()
    assert not already
    password = server.password()
    seen = [cmdline for cmdline in watcher.cmdlines if password.encode() in cmdline]
    try:
        yield FreshStart(server, info, password, argvs, watcher.admin, seen)
    finally:
        server.stop()


@pytest.mark.neo4j
def test_password_is_never_on_a_command_line(fresh: FreshStart) -> None:
    assert len(fresh.admin_argvs) == 1  # the initial password was set, once
    argv = fresh.admin_argvs[0]
    assert "set-initial-password" in argv
    assert not any(fresh.password in arg for arg in argv)
    assert argv[-1].startswith("@")  # a picocli @argfile...
    assert not Path(argv[-1][1:]).exists()  # ...deleted once used
    assert fresh.admin_seen, "the /proc watcher never saw neo4j-admin run"
    assert not any(fresh.password.encode() in cmdline for cmdline in fresh.admin_seen)
    assert fresh.password_seen == []  # no process at all showed it while the server started
    # The password that never went through argv is the one the server accepts.
    with GraphDatabase.driver(fresh.info.uri, auth=("neo4j", fresh.password)) as driver:
        driver.verify_connectivity()


@pytest.mark.neo4j
def test_home_and_everything_in_it_is_private(fresh: FreshStart) -> None:
    home = fresh.server.home
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for name in ("password", "server.json", "server.lock", "notes.txt"):
        assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name
    neo4j = home / "neo4j"
    for path in (
        neo4j / "data" / "dbms" / "auth.ini",
        neo4j / "conf" / "neo4j.conf",
        neo4j / "logs" / "console.log",
    ):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    store_files = 0
    for root, dirs, files in os.walk(home):
        for name in dirs:
            assert stat.S_IMODE(Path(root, name).lstat().st_mode) == 0o700, Path(root, name)
        for name in files:
            mode = Path(root, name).lstat().st_mode
            assert stat.S_IMODE(mode) & 0o077 == 0, f"{Path(root, name)} is {stat.filemode(mode)}"
            store_files += root.startswith(str(neo4j / "data" / "databases"))
    assert store_files > 10  # the walk really covered the databases the JVM wrote
    # The stale record that was in the home was replaced by the server's own.
    assert json.loads((home / "server.json").read_text())["pid"] == fresh.info.pid


CORRUPTIONS: dict[str, Callable[[ServerInfo], str]] = {
    "truncated": lambda info: _record(info)[:25],
    "empty": lambda info: "",
    "not-an-object": lambda info: "[1, 2]",
    "pid-not-a-number": lambda info: _record(info, pid="abc"),
    "pid-true": lambda info: _record(info, pid=True),
    "pid-zero": lambda info: _record(info, pid=0),
    "pid-negative": lambda info: _record(info, pid=-1),
    "pid-of-a-thread": lambda info: _record(info, pid=_a_thread_of(info.pid)),
    "pid-of-another-program": lambda info: _record(info, pid=os.getpid()),
}


@pytest.mark.neo4j
@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_status_finds_the_running_server_despite_a_corrupt_record(fresh: FreshStart, corruption: str) -> None:
    record = fresh.server.server_json
    good = record.read_text()
    bad = CORRUPTIONS[corruption](fresh.info)
    record.write_text(bad)
    try:
        info = fresh.server.info()
        assert info is not None
        assert (info.pid, info.uri, info.version) == (fresh.info.pid, fresh.info.uri, fresh.info.version)
        status = _status(fresh.server.home)
        assert status["running"] is True
        assert status["pid"] == fresh.info.pid
        assert status["uri"] == fresh.info.uri
        assert record.read_text() == bad  # status only reads
    finally:
        record.write_text(good)


@pytest.mark.neo4j
def test_start_with_a_corrupt_record_reports_the_running_server_and_repairs_the_record(
    fresh: FreshStart,
) -> None:
    record = fresh.server.server_json
    record.write_text(CORRUPTIONS["truncated"](fresh.info))
    info, already = fresh.server.start(timeout=300)
    assert already  # no second JVM on the same store
    assert (info.pid, info.uri) == (fresh.info.pid, fresh.info.uri)
    assert _servers_of(fresh.server.home) == [fresh.info.pid]
    assert json.loads(record.read_text()) == fresh.info.to_json()
    assert stat.S_IMODE(record.stat().st_mode) == 0o600


def _run_in_own_session(*args: str, home: Path) -> CliResult:
    """The CLI in a session of its own, so a stray killpg cannot reach the test runner."""
    done = subprocess.run(
        [sys.executable, "-m", "chain_graph", *args],
        capture_output=True,
        text=True,
        env=clean_env(CHAIN_GRAPH_HOME=str(home)),
        timeout=300,
        check=False,
        cwd=REPO,
        start_new_session=True,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


@pytest.mark.neo4j
@pytest.mark.parametrize("corruption", ["truncated", "pid-zero", "pid-negative", "pid-of-a-thread"])
def test_stop_with_a_corrupt_record_stops_the_server_and_nothing_else(home: Path, corruption: str) -> None:
    started = run_cli("neo4j", "start", env=clean_env(CHAIN_GRAPH_HOME=str(home)))
    assert started.code == 0, started.stderr
    [pid] = _servers_of(home)
    info = ManagedServer(home, jar_cache(), neo4j_version()).info()
    assert info is not None and info.pid == pid
    (home / "server.json").write_text(CORRUPTIONS[corruption](info))

    stopped = _run_in_own_session("neo4j", "stop", home=home)
    assert stopped.code == 0, stopped.stderr  # it was not killed by its own signal
    assert stopped.stdout.strip() == "Neo4j stopped."
    assert _servers_of(home) == []
    assert not (home / "server.json").exists()
    after = run_cli("neo4j", "status", env=clean_env(CHAIN_GRAPH_HOME=str(home)))
    assert after.code == 1 and "not running" in after.stdout


@pytest.mark.neo4j
def test_two_concurrent_starts_leave_one_server_that_stop_stops(home: Path) -> None:
    env = clean_env(CHAIN_GRAPH_HOME=str(home))
    results: list[CliResult] = []
    gate = threading.Barrier(2)

    def start() -> None:
        gate.wait()
        results.append(run_cli("neo4j", "start", env=env))

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert [r.code for r in results] == [0, 0], [r.stderr for r in results]
    outputs = sorted(r.stdout for r in results)
    assert "is already running" in outputs[0] and "is running at" in outputs[1]
    servers = _servers_of(home)
    assert len(servers) == 1  # not one the CLI knows plus an orphan
    assert _status(home)["pid"] == servers[0]
    password = (home / "password").read_text().strip()
    assert not any(password in r.stdout + r.stderr for r in results)

    stopped = run_cli("neo4j", "stop", env=env)
    assert stopped.code == 0 and "stopped" in stopped.stdout
    assert _servers_of(home) == []


_FREEZER = Path("/sys/fs/cgroup/freezer")


@pytest.mark.neo4j
def test_stop_gives_up_after_a_bounded_wait_when_sigkill_cannot_end_the_server(home: Path) -> None:
    """A JVM in a frozen cgroup (v1 freezer) outlives SIGKILL, as one stuck in the kernel does."""
    if not os.access(_FREEZER, os.W_OK):
        pytest.skip("needs root and the cgroup v1 freezer to make a process that outlives SIGKILL")
    server = ManagedServer(home, jar_cache(), neo4j_version())
    # Started here, so the JVM is this process's child and can be reaped: a zombie would keep
    # the cgroup busy.
    pid = server.start(timeout=300)[0].pid
    assert _servers_of(home) == [pid]
    cgroup = _FREEZER / f"chain-graph-test-{uuid.uuid4().hex}"
    cgroup.mkdir()
    try:
        (cgroup / "cgroup.procs").write_text(f"{pid}\n")
        (cgroup / "freezer.state").write_text("FROZEN\n")
        for _ in range(600):  # freezing is asynchronous: wait until it is done
            if (cgroup / "freezer.state").read_text().strip() == "FROZEN":
                break
            time.sleep(0.05)
        with pytest.raises(ChainGraphError, match=rf"pid {pid}\) is still running 1 s after SIGKILL"):
            server.stop(timeout=1, kill_timeout=1)
        assert _servers_of(home) == [pid]  # stop did not pretend...
        assert (home / "server.json").exists()  # ...nor forget it
    finally:
        (cgroup / "freezer.state").write_text("THAWED\n")
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)  # the test's own child: end it whatever stop did
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)  # reap it: a zombie would keep the cgroup busy
        cgroup.rmdir()
    assert server.stop() is False  # gone: stop now clears the record
    assert not (home / "server.json").exists()


_HOME_COMMANDS = [("neo4j", "status"), ("neo4j", "start"), ("neo4j", "stop"), ("schema", "show")]


@pytest.mark.parametrize("where", ["file", "beneath-a-file"])
def test_a_home_that_is_a_file_is_one_clear_line(tmp_path: Path, where: str) -> None:
    (tmp_path / "file").write_text("not a folder")
    home = tmp_path / "file" if where == "file" else tmp_path / "file" / "home"
    for command in _HOME_COMMANDS:
        result = run_cli(*command, env=clean_env(CHAIN_GRAPH_HOME=str(home)))
        assert result.code == 1, command
        _assert_one_clear_line(
            result.stderr, f"the chain-graph home {home} (CHAIN_GRAPH_HOME) is not a folder"
        )
    assert (tmp_path / "file").read_text() == "not a folder"


def test_an_unreadable_home_is_one_clear_line(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "server.json").write_text("{}")
    home.chmod(0)
    # root reads anything: drop the capabilities that let it, so the mode bits apply.
    prefix = (
        ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"]
        if os.geteuid() == 0
        else []
    )
    try:
        for command in _HOME_COMMANDS:
            done = subprocess.run(
                [*prefix, sys.executable, "-m", "chain_graph", *command],
                capture_output=True,
                text=True,
                env=clean_env(CHAIN_GRAPH_HOME=str(home)),
                timeout=120,
                check=False,
                cwd=REPO,
            )
            assert done.returncode == 1, command
            _assert_one_clear_line(done.stderr, f"cannot read the chain-graph home {home}")
    finally:
        home.chmod(0o700)
