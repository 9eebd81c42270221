"""Shared fixtures: one real Neo4j for the whole session, in a temporary CHAIN_GRAPH_HOME.

The server is the project's own managed Neo4j (same code as ``chain-graph neo4j start``),
sharing the user's jar cache so the download happens once. Tests never read NEO4J_* from
the environment and never touch a user's database. If the server cannot start, the run
fails with the server's log tail: integration tests are never skipped.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner
from neo4j import Driver, GraphDatabase
from playwright.sync_api import Browser, Frame, Page, Route, sync_playwright

from chain_graph import dataset as ds
from chain_graph.cli import app
from chain_graph.errors import ChainGraphError
from chain_graph.formats import export as export_formats
from chain_graph.sources import FileSource
from chain_graph.store import loader
from chain_graph.store.schema import apply_schema
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer, ServerInfo

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed"


def load_benchmark(name: str) -> ModuleType:
    """A script of benchmarks/ (``ingest_eval``) as a module, registered by its name, as the
    dataclasses it defines look their module up by name."""
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that needs the server, directly or through another fixture, is marked ``neo4j``:
    ``pytest -m "not neo4j"`` then runs the pure tests without starting one."""
    for item in items:
        if "neo4j_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.neo4j)


def jar_cache() -> Path:
    return Path(os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph")


def neo4j_version() -> str:
    return os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a CLI subprocess: no NEO4J_* from the caller, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["CHAIN_GRAPH_CACHE"] = str(jar_cache())
    env["COLUMNS"] = "200"
    env.update(extra)
    return env


def dataset_json(dataset: ds.Dataset) -> str:
    """The interchange JSON of a dataset read from files."""
    return export_formats.to_json(*FileSource.of(dataset).export_records())


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: dict[str, str], timeout: float = 600) -> CliResult:
    """Run ``chain-graph`` as a user would, in a subprocess."""
    done = subprocess.run(
        [sys.executable, "-m", "chain_graph", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
        cwd=REPO,
    )
    return CliResult(done.returncode, done.stdout, done.stderr)


def invoke_cli(*args: str, env: dict[str, str] | None = None) -> CliResult:
    """Run ``chain-graph`` in this process (click's runner): for tests that need no subprocess."""
    result = CliRunner().invoke(app, list(args), env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return CliResult(result.exit_code, result.stdout, result.stderr)


@dataclass(frozen=True)
class RunningServer:
    server: ManagedServer
    info: ServerInfo
    password: str

    @property
    def env(self) -> dict[str, str]:
        """CLI environment pointing at this test server through its CHAIN_GRAPH_HOME."""
        return clean_env(CHAIN_GRAPH_HOME=str(self.server.home))


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    server = ManagedServer(tmp_path_factory.mktemp("chain-graph-home"), jar_cache(), neo4j_version())
    try:
        info, _ = server.start(timeout=300)
    except ChainGraphError as exc:
        pytest.fail(f"the managed Neo4j could not start for the tests:\n{exc}", pytrace=False)
    try:
        yield RunningServer(server, info, server.password())
    finally:
        server.stop()


@pytest.fixture(scope="session")
def session_driver(neo4j_server: RunningServer) -> Iterator[Driver]:
    with GraphDatabase.driver(neo4j_server.info.uri, auth=("neo4j", neo4j_server.password)) as driver:
        yield driver


@pytest.fixture(scope="module")
def seeded(session_driver: Driver) -> Driver:
    """The test server holding exactly seed/, schema applied and its indexes (full-text too) online."""
    session_driver.execute_query("MATCH (n) DETACH DELETE n")
    apply_schema(session_driver)
    with ds.spooled(SEED) as spool:
        loader.load_spool(session_driver, spool)
    session_driver.execute_query("CALL db.awaitIndexes(300)")
    return session_driver


@pytest.fixture
def driver(session_driver: Driver) -> Driver:
    """The test server's driver, with the database emptied of data first (schema stays)."""
    session_driver.execute_query("MATCH (n) DETACH DELETE n")
    return session_driver


# --- the headless Chromium of the browser tests ----------------------------------------------
# Debian's ``chromium`` package, driven by pip's ``playwright`` (no browser download). Under CI
# a missing browser or CJK font is a failure, never a skip.

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _missing_browser(what: str) -> None:
    message = (
        f"{what}: the browser tests need Debian's chromium and fonts-noto-cjk "
        "(`make test` installs them through scripts/system-deps.sh, or: apt-get install chromium "
        "fonts-noto-cjk)"
    )
    if os.environ.get("CI"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(executable).exists():
        _missing_browser("chromium is not installed")
    fonts = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, check=False).stdout
    if "Noto Sans CJK" not in fonts:
        _missing_browser("no Noto Sans CJK font is installed")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def wait_until(where: Page | Frame, expression: str, timeout: float = 60.0) -> None:
    """Poll from outside: the pages' CSP forbids the eval that wait_for_function uses."""
    deadline = time.monotonic() + timeout
    while not where.evaluate(expression):
        if time.monotonic() > deadline:
            pytest.fail(f"{where.url}: not true after {timeout:.0f} s: {expression}", pytrace=False)
        where.wait_for_timeout(100)


@dataclass
class GuardedPage:
    """A page whose requests outside its allowed prefix were blocked; what it did is recorded."""

    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def wait(self, expression: str, timeout: float = 60.0) -> None:
        wait_until(self.page, expression, timeout)


@contextmanager
def guarded_page(
    browser: Browser, url: str, allowed: str, height: int = 900, console_errors: bool = True
) -> Iterator[GuardedPage]:
    """A fresh page (not yet opened) where every request not starting with ``allowed`` is
    blocked and recorded, with dialogs, page errors and, optionally, console errors."""
    context = browser.new_context(viewport={"width": 1400, "height": height})
    page = context.new_page()
    guarded = GuardedPage(page, url)

    def block(route: Route) -> None:
        if route.request.url.startswith(allowed):
            route.continue_()
        else:
            guarded.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", block)
    page.on("request", lambda request: guarded.requests.append(request.url))
    page.on("dialog", lambda dialog: (guarded.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: guarded.errors.append(str(error)))
    if console_errors:
        page.on("console", lambda message: message.type == "error" and guarded.errors.append(message.text))
    try:
        yield guarded
    finally:
        context.close()
