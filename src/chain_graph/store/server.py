"""A real Neo4j Community server managed by chain-graph, without Docker.

The server's jars come once from Maven Central (``org.neo4j:neo4j``) into a per-user
cache; all server state (config, data, logs, ``server.json``, the password file)
lives in one home folder. Neo4j is GPLv3: it is downloaded at run time and never
committed or packaged.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import time
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from chain_graph.errors import ChainGraphError

DEFAULT_VERSION = "5.26.30"
DEFAULT_PORT = 7687
DEFAULT_HEAP = "512m"
DEFAULT_PAGECACHE = "128m"
USERNAME = "neo4j"
_ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_ADMIN_TOOL = "org.neo4j.cli.AdminTool"
_JVM_OPTIONS = (
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-XX:+UseG1GC",
)
_POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.chain-graph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass(frozen=True)
class ServerInfo:
    """What ``server.json`` records about a running managed server."""

    uri: str
    port: int
    pid: int
    version: str
    data_dir: str
    home: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def render_conf(home: Path, port: int, pagecache: str = DEFAULT_PAGECACHE) -> str:
    """The ``neo4j.conf`` of a managed server: loopback Bolt only, HTTP off, small caches."""
    neo4j_home = home / "neo4j"
    lines = [
        "# Written by chain-graph on every start; edits here are overwritten.",
        f"server.bolt.listen_address=127.0.0.1:{port}",
        f"server.bolt.advertised_address=127.0.0.1:{port}",
        "server.http.enabled=false",
        "server.https.enabled=false",
        f"server.memory.pagecache.size={pagecache}",
        "dbms.usage_report.enabled=false",
        "dbms.security.auth_enabled=true",
        "dbms.security.allow_csv_import_from_file_urls=false",
        f"server.directories.data={neo4j_home / 'data'}",
        f"server.directories.logs={neo4j_home / 'logs'}",
        f"server.directories.run={neo4j_home / 'run'}",
        f"server.directories.plugins={neo4j_home / 'plugins'}",
        f"server.directories.import={neo4j_home / 'import'}",
        "db.tx_log.rotation.retention_policy=2 files",
    ]
    return "\n".join(lines) + "\n"


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def choose_port(requested: int | None) -> int:
    """The port the user asked for (which must be free), else 7687, else any free port."""
    if requested is not None:
        if not port_is_free(requested):
            raise ChainGraphError(
                f"port {requested} on 127.0.0.1 is already in use: choose another with --port, "
                "or omit --port to let chain-graph pick a free one"
            )
        return requested
    if port_is_free(DEFAULT_PORT):
        return DEFAULT_PORT
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def find_java() -> str:
    """The ``java`` on PATH, checked to be version 17 or newer."""
    java = shutil.which("java")
    if java is None:
        raise ChainGraphError(
            "Java 17 or newer is required to run Neo4j and was not found on PATH: "
            "install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless)"
        )
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ChainGraphError(f"could not run '{java} -version': {exc}") from None
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    major = int(match.group(1)) if match else 0
    if major == 1 and match and match.group(2):  # "1.8.0" style
        major = int(match.group(2))
    if major < 17:
        raise ChainGraphError(
            f"Java 17 or newer is required to run Neo4j, found version {major or 'unknown'} at {java}: "
            "install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless)"
        )
    return java


def _tail(path: Path, lines: int = 20) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no log written)"
    return "\n".join(text.splitlines()[-lines:]) or "(log is empty)"


class JarCache:
    """Neo4j's jars for one version, downloaded once with Maven and checked before use."""

    def __init__(self, cache_root: Path, version: str) -> None:
        self.version = version
        self.folder = cache_root / f"neo4j-{version}"
        self.lib = self.folder / "lib"
        self.manifest = self.folder / "manifest.json"

    def ensure(self, progress: Progress = _quiet) -> Path:
        """The folder of jars, downloading it first when absent; raises if it is corrupt."""
        if not self.folder.exists():
            self._download(progress)
        self.verify()
        return self.lib

    def verify(self) -> None:
        def corrupt(reason: str) -> ChainGraphError:
            return ChainGraphError(
                f"the Neo4j jar cache {self.folder} is corrupt ({reason}): delete that folder "
                "and run 'chain-graph neo4j start' again to download it afresh"
            )

        try:
            manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
            jars: dict[str, int] = manifest["jars"]
        except (OSError, ValueError, KeyError, TypeError):
            raise corrupt("manifest.json is missing or unreadable") from None
        if f"neo4j-{self.version}.jar" not in jars:
            raise corrupt(f"neo4j-{self.version}.jar is not listed")
        for name, size in sorted(jars.items()):
            jar = self.lib / name
            if not jar.is_file():
                raise corrupt(f"{name} is missing")
            if jar.stat().st_size != size or not zipfile.is_zipfile(jar):
                raise corrupt(f"{name} is damaged")

    def _download(self, progress: Progress) -> None:
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ChainGraphError(
                "Maven is required once to download Neo4j from Maven Central and was not found on PATH: "
                "install it (Debian/Ubuntu: apt-get install maven)"
            )
        progress(f"Downloading Neo4j {self.version} from Maven Central (once, about 120 MB)")
        partial = self.folder.with_name(f"{self.folder.name}.partial-{os.getpid()}")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        (partial / "pom.xml").write_text(_POM.format(version=self.version), encoding="utf-8")
        command = [
            mvn,
            "-q",
            "-B",
            "-f",
            str(partial / "pom.xml"),
            "dependency:copy-dependencies",
            f"-DoutputDirectory={partial / 'lib'}",
            "-DincludeScope=runtime",
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
        except subprocess.TimeoutExpired:
            shutil.rmtree(partial, ignore_errors=True)
            raise ChainGraphError("downloading Neo4j with Maven took over 30 minutes; try again") from None
        if result.returncode != 0:
            shutil.rmtree(partial, ignore_errors=True)
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-8:])
            raise ChainGraphError(
                f"Maven could not download org.neo4j:neo4j:{self.version} "
                f"(check the network and CHAIN_GRAPH_NEO4J_VERSION):\n{tail}"
            )
        jars = {p.name: p.stat().st_size for p in sorted((partial / "lib").glob("*.jar"))}
        (partial / "manifest.json").write_text(
            json.dumps({"version": self.version, "jars": jars}, indent=2), encoding="utf-8"
        )
        try:
            partial.rename(self.folder)
        except OSError:  # another process finished the same download first
            shutil.rmtree(partial, ignore_errors=True)


class ManagedServer:
    """The local Neo4j whose state lives in ``home`` (``CHAIN_GRAPH_HOME``)."""

    def __init__(self, home: Path, cache_root: Path, version: str = DEFAULT_VERSION) -> None:
        self.home = home
        self.version = version
        self.jars = JarCache(cache_root, version)
        self.neo4j_home = home / "neo4j"
        self.conf_dir = self.neo4j_home / "conf"
        self.data_dir = self.neo4j_home / "data"
        self.logs_dir = self.neo4j_home / "logs"
        self.console_log = self.logs_dir / "console.log"
        self.server_json = home / "server.json"
        self.password_file = home / "password"

    # -- state ---------------------------------------------------------------------------

    def info(self) -> ServerInfo | None:
        """The running server, or None when it is not running (a stale record is removed)."""
        try:
            info = ServerInfo(**json.loads(self.server_json.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        if not self._is_our_process(info.pid):
            self.server_json.unlink(missing_ok=True)
            return None
        return info

    def password(self) -> str:
        try:
            return self.password_file.read_text(encoding="utf-8").strip()
        except OSError:
            raise ChainGraphError(
                f"the managed server's password file {self.password_file} is missing: "
                "run 'chain-graph neo4j start' first"
            ) from None

    def _is_our_process(self, pid: int) -> bool:
        if not _alive(pid):
            return False
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.exists():  # Linux: make sure the pid was not reused by another program
            try:
                args = cmdline.read_bytes().split(b"\0")
            except OSError:
                return False
            return _ENTRY_POINT.encode() in args and f"--home-dir={self.neo4j_home}".encode() in args
        return True

    # -- start / stop --------------------------------------------------------------------

    def start(
        self,
        port: int | None = None,
        heap: str = DEFAULT_HEAP,
        pagecache: str = DEFAULT_PAGECACHE,
        timeout: float = 180.0,
        progress: Progress = _quiet,
    ) -> tuple[ServerInfo, bool]:
        """Start the server and wait until Bolt answers. Returns (info, already_running)."""
        running = self.info()
        if running is not None:
            return running, True
        java = find_java()
        lib = self.jars.ensure(progress)
        chosen = choose_port(port)
        for folder in ("conf", "data", "logs", "run", "plugins", "import"):
            (self.neo4j_home / folder).mkdir(parents=True, exist_ok=True)
        (self.conf_dir / "neo4j.conf").write_text(render_conf(self.home, chosen, pagecache), encoding="utf-8")
        password = self._ensure_password(java, lib)
        progress(f"Starting Neo4j {self.version} on 127.0.0.1:{chosen}")
        pid = self._spawn(java, lib, heap)
        info = ServerInfo(
            uri=f"bolt://127.0.0.1:{chosen}",
            port=chosen,
            pid=pid,
            version=self.version,
            data_dir=str(self.data_dir),
            home=str(self.home),
        )
        self.server_json.write_text(json.dumps(info.to_json(), indent=2) + "\n", encoding="utf-8")
        self._wait_ready(info, password, timeout)
        return info, False

    def stop(self, timeout: float = 60.0) -> bool:
        """Shut the server down cleanly (SIGTERM, then SIGKILL after ``timeout``)."""
        info = self.info()
        if info is None:
            return False
        _signal_group(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while _alive(info.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if _alive(info.pid):
            _signal_group(info.pid, signal.SIGKILL)
            while _alive(info.pid):
                time.sleep(0.1)
        self.server_json.unlink(missing_ok=True)
        return True

    def _ensure_password(self, java: str, lib: Path) -> str:
        """A generated password, set before the first start (0600 file beside server.json)."""
        fresh = not (self.data_dir / "databases" / "system").exists()
        if self.password_file.exists() and not fresh:
            return self.password()
        if not fresh:
            raise ChainGraphError(
                f"{self.data_dir} holds a database but the password file {self.password_file} is gone: "
                f"restore it, or delete {self.home} to start afresh"
            )
        # Letters and digits only: the admin tool would read a leading '-' as an option.
        password = self.password() if self.password_file.exists() else _new_password()
        self.home.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        self.password_file.chmod(0o600)
        env = {**os.environ, "NEO4J_HOME": str(self.neo4j_home), "NEO4J_CONF": str(self.conf_dir)}
        result = subprocess.run(
            [java, "-cp", f"{lib}/*", _ADMIN_TOOL, "dbms", "set-initial-password", password],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        if result.returncode != 0:
            raise ChainGraphError(
                "neo4j-admin could not set the initial password: "
                + (result.stderr or result.stdout).strip().replace(password, "***")[-500:]
            )
        return password

    def _spawn(self, java: str, lib: Path, heap: str) -> int:
        """Launch the JVM detached in its own session, output appended to console.log."""
        argv = [
            java,
            f"-Xmx{heap}",
            *_JVM_OPTIONS,
            "-cp",
            f"{lib}/*",
            _ENTRY_POINT,
            f"--home-dir={self.neo4j_home}",
            f"--config-dir={self.conf_dir}",
            "--console-mode",
        ]
        log_fd = os.open(self.console_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            actions = [
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_DUP2, log_fd, 1),
                (os.POSIX_SPAWN_DUP2, log_fd, 2),
            ]
            # posix_spawn rather than Popen: the server outlives this process by design.
            return os.posix_spawn(java, argv, dict(os.environ), file_actions=actions, setsid=True)
        finally:
            os.close(log_fd)

    def _wait_ready(self, info: ServerInfo, password: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if not _alive(info.pid):
                self.server_json.unlink(missing_ok=True)
                raise ChainGraphError(
                    f"Neo4j exited during start-up; last lines of {self.console_log}:\n"
                    + _tail(self.console_log)
                )
            try:
                with GraphDatabase.driver(
                    info.uri, auth=(USERNAME, password), connection_timeout=2.0
                ) as driver:
                    driver.verify_connectivity()
                return
            except ServiceUnavailable:
                pass
            except AuthError:
                self.stop()
                raise ChainGraphError(
                    f"Neo4j started but refused the password in {self.password_file}: "
                    f"delete {self.home} to start afresh"
                ) from None
            if time.monotonic() > deadline:
                self.stop()
                raise ChainGraphError(
                    f"Neo4j did not answer on {info.uri} within {timeout:.0f} s; "
                    f"last lines of {self.console_log}:\n" + _tail(self.console_log)
                )
            time.sleep(0.5)


def _new_password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


def _alive(pid: int) -> bool:
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)  # reap our own child if it has exited
        if done == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, sig)
