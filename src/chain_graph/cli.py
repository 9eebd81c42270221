"""The ``chain-graph`` command line: the only place that reads the environment and wires parts."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from neo4j import Driver
from rich.console import Console
from rich.table import Table

from chain_graph import dataset as ds
from chain_graph.errors import ChainGraphError
from chain_graph.store import schema as schema_store
from chain_graph.store.connection import open_driver, resolve_settings, translate_errors
from chain_graph.store.server import DEFAULT_HEAP, DEFAULT_VERSION, ManagedServer

# Piped output is not cut at 80 columns: tables keep their natural width.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class _Group(click.Group):
    """Turns every expected failure into clear lines on stderr and an exit code, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ds.DatasetError as exc:
            for problem in exc.problems:
                err.print(str(problem), markup=False)
            err.print(f"{len(exc.problems)} problem(s) found; nothing was written.", markup=False)
            ctx.exit(2)
        except ChainGraphError as exc:
            err.print(f"error: {exc}", markup=False)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            err.print("interrupted", markup=False)
            ctx.exit(130)


@click.group(cls=_Group, context_settings=CONTEXT)
@click.version_option(package_name="chain-graph")
def app() -> None:
    """chain-graph: the C3/C4 industry-chain knowledge graph for investment-attraction planners (招商).

    \b
    First steps:
      chain-graph neo4j start        # a local Neo4j, downloaded once, no Docker
      chain-graph schema apply       # constraints and indexes
      chain-graph validate           # check seed/
    """


@app.group("neo4j", cls=_Group, context_settings=CONTEXT)
def neo4j_group() -> None:
    """Run the local Neo4j server that chain-graph manages (no Docker needed)."""


@app.group("schema", cls=_Group, context_settings=CONTEXT)
def schema_group() -> None:
    """Apply and inspect the Cypher schema (constraints and indexes)."""


# --- environment (read here and nowhere else) --------------------------------------------


def _server() -> ManagedServer:
    home = os.environ.get("CHAIN_GRAPH_HOME") or Path.home() / ".local" / "state" / "chain-graph"
    cache = os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph"
    version = os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION
    return ManagedServer(Path(home), Path(cache), version)


def connection_options(func: F) -> F:
    """--uri/--user/--password/--database; each overrides its NEO4J_* variable."""
    options = (
        click.option("--database", help="Database name  [env: NEO4J_DATABASE]"),
        click.option("--password", help="Password  [env: NEO4J_PASSWORD]"),
        click.option("--user", help="User name  [env: NEO4J_USERNAME; default neo4j]"),
        click.option("--uri", help="Bolt URI  [env: NEO4J_URI; default: the managed server]"),
    )
    for option in options:
        func = option(func)
    return func


def format_option(*choices: str) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


data_option = click.option(
    "--data",
    type=click.Path(path_type=Path),
    default=Path("seed"),
    show_default=True,
    help="A seed folder (every *.yaml at any depth) or an export JSON file.",
)


@contextmanager
def _connect(
    uri: str | None, user: str | None, password: str | None, database: str | None
) -> Iterator[tuple[Driver, str | None]]:
    """A checked driver: flags, else NEO4J_* variables, else the managed server."""
    settings = resolve_settings(
        uri=uri, username=user, password=password, database=database, env=os.environ, server=_server()
    )
    driver = open_driver(settings)
    try:
        with translate_errors(settings.uri):
            yield driver, settings.database
    finally:
        driver.close()


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


# --- neo4j -------------------------------------------------------------------------------


@neo4j_group.command("start", context_settings=CONTEXT)
@click.option(
    "--port", type=click.IntRange(1, 65535), help="Bolt port on 127.0.0.1  [default: 7687, or a free one]"
)
@click.option("--heap", default=DEFAULT_HEAP, show_default=True, help="Maximum JVM heap, e.g. 512m or 2g.")
@click.option("--timeout", type=float, default=180.0, show_default=True, help="Seconds to wait for Bolt.")
def neo4j_start(port: int | None, heap: str, timeout: float) -> None:
    """Download Neo4j Community once (from Maven Central) and start it; return when Bolt answers.

    \b
    State lives in CHAIN_GRAPH_HOME (default ~/.local/state/chain-graph), jars in
    CHAIN_GRAPH_CACHE (default ~/.cache/chain-graph); the version is CHAIN_GRAPH_NEO4J_VERSION
    (default 5.26.30). Needs Java 17+ (and Maven for the one download).

    \b
    Example:
      chain-graph neo4j start --port 7688
    """
    server = _server()
    with err.status("Starting Neo4j…") as status:
        info, already = server.start(
            port=port, heap=heap, timeout=timeout, progress=lambda message: status.update(message + "…")
        )
    state = "is already running" if already else "is running"
    out.print(f"Neo4j {info.version} {state} at {info.uri} (pid {info.pid}).", markup=False)


@neo4j_group.command("stop", context_settings=CONTEXT)
def neo4j_stop() -> None:
    """Stop the managed Neo4j cleanly; no process is left behind.

    \b
    Example:
      chain-graph neo4j stop
    """
    out.print("Neo4j stopped." if _server().stop() else "Neo4j is not running.")


@neo4j_group.command("status", context_settings=CONTEXT)
@format_option("table", "json")
def neo4j_status(fmt: str) -> None:
    """Show version, URI, pid and data folder of the managed Neo4j (exit 1 when not running).

    \b
    Example:
      chain-graph neo4j status --format json
    """
    server = _server()
    info = server.info()
    if fmt == "json":
        _print_json({"running": info is not None, **(info.to_json() if info else {"home": str(server.home)})})
    elif info is None:
        out.print(
            f"Neo4j is not running (home {server.home}). Start it with: chain-graph neo4j start", markup=False
        )
    else:
        table = Table(show_header=False, box=None)
        for key, value in (
            ("status", "running"),
            ("version", info.version),
            ("uri", info.uri),
            ("pid", str(info.pid)),
            ("data dir", info.data_dir),
            ("home", info.home),
        ):
            table.add_row(key, value)
        out.print(table)
    if info is None:
        sys.exit(1)


# --- schema ------------------------------------------------------------------------------


@schema_group.command("apply", context_settings=CONTEXT)
@connection_options
def schema_apply(uri: str | None, user: str | None, password: str | None, database: str | None) -> None:
    """Create the constraints and indexes of schema/*.cypher (idempotent: IF NOT EXISTS).

    \b
    Example:
      chain-graph schema apply
    """
    with _connect(uri, user, password, database) as (driver, db):
        count = schema_store.apply_schema(driver, db)
    out.print(f"Schema applied: {count} statements, all indexes online.")


@schema_group.command("show", context_settings=CONTEXT)
@format_option("table", "json")
@connection_options
def schema_show(
    fmt: str, uri: str | None, user: str | None, password: str | None, database: str | None
) -> None:
    """List the constraints and indexes the database holds.

    \b
    Example:
      chain-graph schema show --format json
    """
    with _connect(uri, user, password, database) as (driver, db):
        items = schema_store.show_schema(driver, db)
    if fmt == "json":
        _print_json([item.to_json() for item in items])
        return
    table = Table("kind", "name", "type", "labels / types", "properties", "details")
    for item in items:
        table.add_row(item.kind, item.name, item.type, item.entity, item.properties, item.details)
    out.print(table)


# --- data ----------------------------------------------------------------------------------


@app.command("validate", context_settings=CONTEXT)
@data_option
def validate(data: Path) -> None:
    """Check a dataset: print a one-line summary, or every problem as FILE:LINE: ID: what (exit 2).

    \b
    Example:
      chain-graph validate --data seed/
    """
    dataset = ds.load(data)
    out.print(f"{data}: valid — {dataset.summary()}", markup=False)


@app.command("export", context_settings=CONTEXT)
@click.option(
    "--from",
    "source",
    type=click.Choice(["files"]),
    default="files",
    show_default=True,
    help="Where to read the graph.",
)
@data_option
@format_option("json")
@click.option(
    "--out", "output", type=click.Path(path_type=Path), help="Write to this file instead of stdout."
)
def export(source: str, data: Path, fmt: str, output: Path | None) -> None:
    """Print the dataset as interchange JSON {"nodes": [...], "relationships": [...]}, sorted.

    \b
    Example:
      chain-graph export --from files --data seed/ --format json --out quangang.json
    """
    text = ds.to_json(ds.load(data))
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}", markup=False)


def main() -> None:
    app(prog_name="chain-graph")
