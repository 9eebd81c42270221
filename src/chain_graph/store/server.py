"""A real Neo4j Community server managed by chain-graph, without Docker.

The server's jars come once from Maven Central (``org.neo4j:neo4j``) into a per-user
cache; all server state (config, data, logs, ``server.json``, the password file)
lives in one home folder. Neo4j is GPLv3: it is downloaded at run time and never
committed or packaged.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import string
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from chain_graph.errors import ChainGraphError

__all__ = [
    "DEFAULT_HEAP",
    "DEFAULT_PAGECACHE",
    "DEFAULT_PORT",
    "DEFAULT_VERSION",
    "USERNAME",
    "JarCache",
    "ManagedServer",
    "ServerInfo",
    "choose_port",
    "find_java",
    "port_is_free",
    "render_conf",
]

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
# A first start may download Neo4j (up to 30 minutes) while it holds the home's lock.
_START_LOCK_WAIT = 2400.0
_STOP_LOCK_WAIT = 600.0
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


# Bolt's network threads wait this many seconds for more work before they stop (Netty's quiet
# period, 5 s each for two groups by default): a stop took 10.3 s, 0.3 s with 0. The setting is
# internal, so it is written only for the version it was checked against (an unknown setting
# stops Neo4j from starting).
_QUIET_SHUTDOWN = {"5.26.30": "internal.dbms.bolt.netty_server_shutdown_quiet_period=0"}


def render_conf(
    home: Path, port: int, pagecache: str = DEFAULT_PAGECACHE, version: str = DEFAULT_VERSION
) -> str:
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
        *([_QUIET_SHUTDOWN[version]] if version in _QUIET_SHUTDOWN else []),
    ]
    return "\n".join(lines) + "\n"


def port_is_free(port: int) -> bool:
    """No server listens on ``port``. Connections of a server that just stopped (TIME_WAIT) do
    not count: Neo4j binds with SO_REUSEADDR too, so it can listen there again at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
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
                f"port {requested} on 127.0.0.1 is already in use: choose another port, "
                "or none to let chain-graph pick a free one",
                options=("port",),
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
    """The local Neo4j whose state lives in ``home`` (``CHAIN_GRAPH_HOME``).

    Guarantees (docs/security.md): the password never appears on a command line;
    the home and everything in it is private to the user; start and stop hold an exclusive
    lock on the home; a process is signalled only after it is verified, through /proc, as
    this home's Neo4j; every wait is bounded; a missing, stale or corrupt ``server.json``
    never hides a running server.
    """

    def __init__(self, home: Path, cache_root: Path, version: str = DEFAULT_VERSION) -> None:
        # Absolute: the JVM's --home-dir is how its process is recognised in /proc, from any cwd.
        self.home = home.absolute()
        self.version = version
        self.jars = JarCache(cache_root, version)
        self.neo4j_home = self.home / "neo4j"
        self.conf_dir = self.neo4j_home / "conf"
        self.data_dir = self.neo4j_home / "data"
        self.logs_dir = self.neo4j_home / "logs"
        self.console_log = self.logs_dir / "console.log"
        self.server_json = self.home / "server.json"
        self.password_file = self.home / "password"
        self.lock_file = self.home / "server.lock"

    # -- state (read-only) ---------------------------------------------------------------

    def info(self) -> ServerInfo | None:
        """The running server, or None when it is not running.

        Only reads: a stale or corrupt ``server.json`` is left for start/stop to clear. When
        the record is missing, stale or corrupt, the server is looked for by its process.
        """
        _require_proc()
        self._check_home()
        record = self._read_record()
        if record is not None and self._is_our_process(record.pid):
            return record
        pids = self._find_servers()
        if not pids:
            return None
        return self._recovered_info(pids[0], record)

    def password(self) -> str:
        self._check_home()
        try:
            return self.password_file.read_text(encoding="utf-8").strip()
        except PermissionError:
            raise self._unreadable() from None
        except (OSError, ValueError):
            raise ChainGraphError(
                f"the managed server's password file {self.password_file} is missing: "
                "run 'chain-graph neo4j start' first"
            ) from None

    def _check_home(self) -> bool:
        """Whether the home exists; one clear error when it is a file or cannot be read."""
        try:
            mode = self.home.stat().st_mode
        except FileNotFoundError:
            return False
        except NotADirectoryError:  # a folder above it is a file
            raise self._not_a_folder() from None
        except PermissionError:
            raise self._unreadable() from None
        except OSError as exc:
            raise ChainGraphError(
                f"cannot use the chain-graph home {self.home} (CHAIN_GRAPH_HOME): {exc.strerror}"
            ) from None
        if not stat.S_ISDIR(mode):
            raise self._not_a_folder()
        try:
            next(self.home.iterdir(), None)  # needs read (r) permission on the home
            self.server_json.stat()  # needs search (x) permission on the home
        except FileNotFoundError:
            pass
        except PermissionError:
            raise self._unreadable() from None
        return True

    def _not_a_folder(self) -> ChainGraphError:
        return ChainGraphError(
            f"the chain-graph home {self.home} (CHAIN_GRAPH_HOME) is not a folder: a file is in the way; "
            "move that file, or point CHAIN_GRAPH_HOME at a folder"
        )

    def _unreadable(self) -> ChainGraphError:
        return ChainGraphError(
            f"cannot read the chain-graph home {self.home} (CHAIN_GRAPH_HOME): permission denied; "
            "run as the user who owns it (or 'chmod 700' it), or point CHAIN_GRAPH_HOME elsewhere"
        )

    def _read_record(self) -> ServerInfo | None:
        """``server.json`` when it is present and well-formed, else None (never raises for junk)."""
        try:
            text = self.server_json.read_text(encoding="utf-8")
        except PermissionError:
            raise self._unreadable() from None
        except (OSError, ValueError):  # missing, a folder, or not UTF-8
            return None
        return _parse_record(text)

    def _is_our_process(self, pid: int) -> bool:
        """True only for a live process (not a thread, not a zombie) of this user running
        this home's Neo4j: a recorded pid may be junk, reused, or a thread id."""
        if pid <= 1 or pid == os.getpid():
            return False
        args = _proc_cmdline(pid)
        if args is None or _ENTRY_POINT.encode() not in args or self._home_arg() not in args:
            return False
        status = _proc_status(pid)
        uid = status.get("Uid", "").split()
        return (
            status.get("Tgid") == str(pid)
            and not status.get("State", "Z").startswith(("Z", "X"))
            and bool(uid)
            and uid[0] == str(os.getuid())
        )

    def _home_arg(self) -> bytes:
        return os.fsencode(f"--home-dir={self.neo4j_home}")

    def _find_servers(self) -> list[int]:
        """Every live Neo4j process of this home, found through /proc (lowest pid first)."""
        found: list[int] = []
        home_arg = self._home_arg()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            pid = int(entry.name)
            args = _proc_cmdline(pid)  # cheap filter before the full check
            if args is not None and home_arg in args and self._is_our_process(pid):
                found.append(pid)
        return sorted(found)

    def _recovered_info(self, pid: int, record: ServerInfo | None) -> ServerInfo:
        """What server.json should say about the running ``pid``: port from the config it read."""
        port = self._conf_port() or (record.port if record else None)
        if port is None:
            raise ChainGraphError(
                f"Neo4j is running (pid {pid}) but {self.conf_dir / 'neo4j.conf'} and {self.server_json} "
                "do not say its port: run 'chain-graph neo4j stop', then start it again"
            )
        return ServerInfo(
            uri=f"bolt://127.0.0.1:{port}",
            port=port,
            pid=pid,
            version=_jvm_version(pid) or self.version,
            data_dir=str(self.data_dir),
            home=str(self.home),
        )

    def _conf_port(self) -> int | None:
        try:
            text = (self.conf_dir / "neo4j.conf").read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
        match = re.search(r"^server\.bolt\.listen_address=.*:(\d{1,5})\s*$", text, re.MULTILINE)
        port = int(match.group(1)) if match else 0
        return port if 0 < port < 65536 else None

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
        _require_proc()
        self._make_home()
        with self._locked(_START_LOCK_WAIT):
            running = self.info()
            if running is not None:
                if self._read_record() != running:  # repair a corrupt or stale record
                    _write_private(self.server_json, _record_text(running))
                return running, True
            self.server_json.unlink(missing_ok=True)  # stale: its server is gone
            java = find_java()
            lib = self.jars.ensure(progress)
            chosen = choose_port(port)
            for folder in ("conf", "data", "logs", "run", "plugins", "import"):
                (self.neo4j_home / folder).mkdir(parents=True, exist_ok=True, mode=0o700)
            self._make_private()  # homes made by older versions were world-readable
            _write_private(
                self.conf_dir / "neo4j.conf", render_conf(self.home, chosen, pagecache, self.version)
            )
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
            _write_private(self.server_json, _record_text(info))
            self._wait_ready(info, password, timeout)
            return info, False

    def import_full(
        self, arguments: Sequence[str], cwd: Path, database: str = "neo4j", progress: Progress = _quiet
    ) -> None:
        """Stop the server, run ``neo4j-admin database import full ARGUMENTS DATABASE`` in ``cwd``
        (it overwrites ``database``), and start the server again on the same port, failed or not.

        Only for an empty database: the caller checks that first.
        """
        running = self.info()
        port = running.port if running is not None else None
        heap, pagecache = self._memory(running.pid if running is not None else None)
        progress("Stopping Neo4j for the bulk import")
        self.stop()
        java = find_java()
        lib = self.jars.ensure(progress)
        env = {**os.environ, "NEO4J_HOME": str(self.neo4j_home), "NEO4J_CONF": str(self.conf_dir)}
        command = [java, *_JVM_OPTIONS, "-cp", f"{lib}/*", _ADMIN_TOOL, "database", "import", "full"]
        progress("Importing with neo4j-admin")
        try:
            result = subprocess.run(
                # The database first: --nodes/--relationships take several files each.
                [*command, database, *arguments],
                cwd=cwd,
                capture_output=True,
                text=True,
                env=env,
                timeout=3600,
                check=False,
                umask=0o077,
            )
        finally:
            self.start(port=port, heap=heap, pagecache=pagecache, progress=progress)
        if result.returncode != 0:
            lines = (result.stderr + "\n" + result.stdout).strip().splitlines()
            said = [line.strip() for line in lines if line.strip() and not line.startswith("\tat ")]
            raise ChainGraphError("neo4j-admin import failed: " + " / ".join(said[:3])[:800])

    def _memory(self, pid: int | None) -> tuple[str, str]:
        """The heap and page cache the server runs with, so a restart keeps them."""
        heap, pagecache = DEFAULT_HEAP, DEFAULT_PAGECACHE
        arguments = (_proc_cmdline(pid) if pid is not None else None) or []
        for arg in arguments:
            if arg.startswith(b"-Xmx"):
                heap = arg[4:].decode()
        conf = self.conf_dir / "neo4j.conf"
        if conf.exists():
            for line in conf.read_text(encoding="utf-8").splitlines():
                if line.startswith("server.memory.pagecache.size="):
                    pagecache = line.split("=", 1)[1].strip()
        return heap, pagecache

    def stop(self, timeout: float = 60.0, kill_timeout: float = 10.0) -> bool:
        """Shut the server down: SIGTERM, SIGKILL after ``timeout``, give up after ``kill_timeout``.

        Returns whether a server was running. Stops every Neo4j process of this home, so a
        corrupt ``server.json`` cannot orphan one.
        """
        _require_proc()
        if not self._check_home():  # no home, no lock file: still stop a server whose home was deleted
            return self._stop_unlocked(timeout, kill_timeout)
        with self._locked(_STOP_LOCK_WAIT):
            return self._stop_unlocked(timeout, kill_timeout)

    def _stop_unlocked(self, timeout: float, kill_timeout: float) -> bool:
        pids = self._find_servers()
        for pid in pids:
            self._signal(pid, signal.SIGTERM)
        left = self._wait_gone(pids, timeout)
        for pid in left:
            self._signal(pid, signal.SIGKILL)
        left = self._wait_gone(left, kill_timeout)
        if left:  # e.g. stuck in the kernel (state D): the record stays, it is still running
            raise ChainGraphError(
                f"Neo4j (pid {', '.join(map(str, left))}) is still running "
                f"{kill_timeout:.0f} s after SIGKILL, "
                f"probably stuck in the kernel: check it with 'ps -o pid,stat,cmd -p {left[0]}' "
                "and run 'chain-graph neo4j stop' again once it can exit"
            )
        with contextlib.suppress(FileNotFoundError):
            self.server_json.unlink()
        return bool(pids)

    def _signal(self, pid: int, sig: signal.Signals) -> None:
        """Send ``sig`` to ``pid`` only if it is, at that moment, this home's Neo4j.

        Only that process is signalled, never a process group (the JVM has no children), and
        through a pidfd when the kernel has one so a pid reused after the check is never hit.
        """
        try:
            pidfd = os.pidfd_open(pid)
        except ProcessLookupError:
            return
        except OSError:  # kernels before 5.3
            pidfd = -1
        try:
            if not self._is_our_process(pid):
                return
            if pidfd >= 0:
                signal.pidfd_send_signal(pidfd, sig)
            else:
                os.kill(pid, sig)
        except ProcessLookupError:
            pass
        finally:
            if pidfd >= 0:
                os.close(pidfd)

    def _wait_gone(self, pids: list[int], timeout: float) -> list[int]:
        """The pids still running after at most ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while True:
            left = [pid for pid in pids if self._still_running(pid)]
            if not left or time.monotonic() >= deadline:
                return left
            time.sleep(0.1)

    def _still_running(self, pid: int) -> bool:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reap it when this process started it (pid > 1 here)
        return self._is_our_process(pid)

    @contextlib.contextmanager
    def _locked(self, wait: float) -> Iterator[None]:
        """Hold the home's exclusive lock, so two starts (or a start and a stop) never interleave."""
        try:
            fd = os.open(self.lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise ChainGraphError(
                f"cannot open the lock file {self.lock_file}: {exc.strerror}; the chain-graph home "
                "must be a folder you can write (run as its owner, or point CHAIN_GRAPH_HOME elsewhere)"
            ) from None
        try:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise ChainGraphError(
                            f"another chain-graph command has held {self.lock_file} for over {wait:.0f} s "
                            "(starting or stopping Neo4j): wait for it to finish, or end it, and try again"
                        ) from None
                    time.sleep(0.2)
            yield
        finally:
            os.close(fd)  # releases the lock

    def _make_home(self) -> None:
        """Create the home (0700) or make an existing one private."""
        if self._check_home():
            _chmod_private(self.home, 0o700)
            return
        try:
            self.home.mkdir(parents=True, exist_ok=True, mode=0o700)
        except (FileExistsError, NotADirectoryError):
            raise self._not_a_folder() from None
        except OSError as exc:  # permission denied, read-only file system, ...
            raise ChainGraphError(
                f"cannot create the chain-graph home {self.home} (CHAIN_GRAPH_HOME): {exc.strerror}; "
                "point CHAIN_GRAPH_HOME at a folder you can write"
            ) from None
        _chmod_private(self.home, 0o700)  # mkdir's mode is filtered by the umask

    def _make_private(self) -> None:
        """Owner-only modes for everything already in the home (the server is not running)."""
        for root, dirs, files in os.walk(self.home):
            for name in (*dirs, *files):
                path = Path(root, name)
                with contextlib.suppress(FileNotFoundError):
                    mode = path.lstat().st_mode
                    if not stat.S_ISLNK(mode) and stat.S_IMODE(mode) & 0o077:
                        _chmod_private(path, stat.S_IMODE(mode) & 0o700)

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
        password = self.password() if self.password_file.exists() else _new_password()
        if len(password) < 8 or "\n" in password:  # Neo4j's own minimum
            raise ChainGraphError(
                f"the password in {self.password_file} is unusable (under 8 characters or several lines): "
                "delete that file to have a new one generated"
            )
        _write_private(self.password_file, password + "\n")
        # The password goes to neo4j-admin in a picocli @argfile (0600, deleted right after),
        # never on its command line, where 'ps' and /proc/<pid>/cmdline show it to every user.
        argfile = self.home / f".initial-password-{secrets.token_hex(8)}"
        _write_private(argfile, _argfile_quote(password) + "\n")
        env = {**os.environ, "NEO4J_HOME": str(self.neo4j_home), "NEO4J_CONF": str(self.conf_dir)}
        try:
            result = subprocess.run(
                [java, "-cp", f"{lib}/*", _ADMIN_TOOL, "dbms", "set-initial-password", f"@{argfile}"],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
                check=False,
                umask=0o077,  # auth.ini and the folders it makes are private
            )
        except subprocess.TimeoutExpired:
            raise ChainGraphError("neo4j-admin took over 5 minutes to set the initial password") from None
        finally:
            argfile.unlink(missing_ok=True)
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
        log_fd = os.open(self.console_log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            actions = [
                (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                (os.POSIX_SPAWN_DUP2, log_fd, 1),
                (os.POSIX_SPAWN_DUP2, log_fd, 2),
            ]
            # posix_spawn rather than Popen: the server outlives this process by design. It has
            # no umask option, so the JVM inherits ours, set owner-only for the call: every
            # store, log and lock file it makes is private.
            with _umask(0o077):
                return os.posix_spawn(java, argv, dict(os.environ), file_actions=actions, setsid=True)
        finally:
            os.close(log_fd)

    def _wait_ready(self, info: ServerInfo, password: str, timeout: float) -> None:
        """Wait (at most ``timeout``) for Bolt to accept the password; called with the lock held."""
        deadline = time.monotonic() + timeout
        while True:
            if _child_exited(info.pid):
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
                self._stop_unlocked(60.0, 10.0)
                raise ChainGraphError(
                    f"Neo4j started but refused the password in {self.password_file}: "
                    f"delete {self.home} to start afresh"
                ) from None
            if time.monotonic() > deadline:
                self._stop_unlocked(60.0, 10.0)
                raise ChainGraphError(
                    f"Neo4j did not answer on {info.uri} within {timeout:.0f} s; "
                    f"last lines of {self.console_log}:\n" + _tail(self.console_log)
                )
            time.sleep(0.5)


def _child_exited(pid: int) -> bool:
    """Whether the JVM this process just spawned has exited. Not judged by /proc/<pid>/cmdline:
    posix_spawn returns before the kernel has filled it in, so it can read empty at first."""
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:  # already reaped elsewhere
        return True
    return done == pid


def _new_password() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(32))


def _argfile_quote(value: str) -> str:
    """One picocli @argfile argument: double-quoted, backslash and quote escaped."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _parse_record(text: str) -> ServerInfo | None:
    """A well-formed ``server.json``, or None: truncated JSON, wrong types, or a pid that
    cannot be a server's (0, negative, 1) are all treated as no record."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or set(data) != set(_RECORD_FIELDS):
        return None
    for name, kind in _RECORD_FIELDS.items():
        if type(data[name]) is not kind:  # type(), not isinstance: True is not a pid
            return None
    if data["pid"] <= 1 or not 0 < data["port"] < 65536:
        return None
    return ServerInfo(**data)


_RECORD_FIELDS: dict[str, type] = {
    "uri": str,
    "port": int,
    "pid": int,
    "version": str,
    "data_dir": str,
    "home": str,
}


def _record_text(info: ServerInfo) -> str:
    return json.dumps(info.to_json(), indent=2) + "\n"


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` with mode 0600, atomically: a reader never sees half a file."""
    partial = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _chmod_private(path: Path, mode: int) -> None:
    try:
        path.chmod(mode)
    except PermissionError:  # e.g. a file another user left in the home
        raise ChainGraphError(
            f"cannot make {path} private (chmod {mode:o}): permission denied; "
            "run as the owner of the chain-graph home, or fix its owner"
        ) from None


@contextlib.contextmanager
def _umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def _require_proc() -> None:
    if not Path("/proc/self/cmdline").exists():
        raise ChainGraphError(
            "chain-graph manages Neo4j only on Linux: it verifies the server's process through /proc, "
            "which is missing here; run Neo4j yourself and set NEO4J_URI and NEO4J_PASSWORD"
        )


def _proc_cmdline(pid: int) -> list[bytes] | None:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    return raw.split(b"\0")


def _proc_status(pid: int) -> dict[str, str]:
    try:
        text = Path(f"/proc/{pid}/status").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    fields: dict[str, str] = {}
    for line in text.splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def _jvm_version(pid: int) -> str | None:
    """The Neo4j version of a running JVM, read from its class path (``.../neo4j-<v>/lib/*``)."""
    args = _proc_cmdline(pid) or []
    for flag, value in itertools.pairwise(args):
        if flag == b"-cp":
            folder = Path(os.fsdecode(value)).parent.parent.name
            if folder.startswith("neo4j-"):
                return folder.removeprefix("neo4j-")
    return None
