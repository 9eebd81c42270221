"""Shared plumbing of the command line: consoles, error handling, and the option groups that
give each command one parameter object (a :class:`Connection`, a :class:`SourceRequest`, a
:class:`ScopeRequest`) instead of a row of loose arguments.

Together with ``cli`` (and the command modules it registers) this is the only code that reads
environment variables.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import click
from neo4j import Driver
from rich.console import Console

from chain_graph import dataset as ds
from chain_graph.dataset import DatasetError
from chain_graph.errors import ChainGraphError
from chain_graph.sources import FileSource, GraphSource
from chain_graph.store.connection import ConnectionSettings, open_driver, resolve_settings, translate_errors
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer
from chain_graph.store.source import Neo4jSource
from chain_graph.vocabulary import Scenario

# Piped output is not cut at 80 columns: tables keep their natural width.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])
# The driver logs server notifications (e.g. "label does not exist" on an empty database) as
# warnings; they are not the user's concern here.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEFAULT_PARK = "quangang-petrochemical-park"
DEFAULT_DATA = Path("seed")


def error_line(exc: ChainGraphError) -> str:
    """The message, plus the flags that change the settings it names."""
    flags = " / ".join(f"--{name}" for name in exc.options)
    return f"error: {exc}" + (f" [{flags}]" if flags else "")


def _reporting_failures(ctx: click.Context, call: Callable[[click.Context], Any]) -> Any:
    """Run a command, turning every expected failure into clear lines on stderr and an exit
    code, no traceback."""
    try:
        return call(ctx)
    except DatasetError as exc:
        for problem in exc.problems:
            err.print(str(problem), markup=False)
        err.print(f"{len(exc.problems)} problem(s) found; nothing was written.", markup=False)
        ctx.exit(exc.exit_code)
    except ChainGraphError as exc:
        err.print(error_line(exc), markup=False)
        ctx.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        ctx.exit(130)
    except OSError as exc:  # a file that cannot be written or read: the path and the reason
        where = f" {exc.filename}" if exc.filename else ""
        err.print(f"error: cannot use{where}: {exc.strerror or exc}", markup=False)
        ctx.exit(1)


class Group(click.Group):
    """The ``chain-graph`` group: failures of any command it holds become clear lines."""

    def invoke(self, ctx: click.Context) -> Any:
        return _reporting_failures(ctx, super().invoke)


class Command(click.Command):
    """A command that reports its failures the same way when it runs on its own (tests, scripts)."""

    def invoke(self, ctx: click.Context) -> Any:
        return _reporting_failures(ctx, super().invoke)


def option_group(
    options: tuple[Callable[[F], F], ...], names: tuple[str, ...], build: Callable[..., Any], into: str
) -> Callable[[F], F]:
    """Add ``options`` to a command and hand it ``build(**their values)`` as the argument ``into``."""

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            values = {name: kwargs.pop(name) for name in names}
            return func(*args, **{into: build(**values)}, **kwargs)

        for option in reversed(options):
            wrapper = option(wrapper)
        return wrapper  # type: ignore[return-value]

    return decorate


# --- environment (read here and nowhere else) --------------------------------------------


def managed_server() -> ManagedServer:
    home = os.environ.get("CHAIN_GRAPH_HOME") or Path.home() / ".local" / "state" / "chain-graph"
    cache = os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph"
    version = os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION
    return ManagedServer(Path(home), Path(cache), version)


@dataclass(frozen=True)
class Connection:
    """Where to connect: each flag overrides its NEO4J_* variable, else the managed server."""

    uri: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    database: str | None = None

    def settings(self) -> ConnectionSettings:
        """Where the flags, the NEO4J_* variables or the managed server point."""
        return resolve_settings(
            uri=self.uri,
            username=self.user,
            password=self.password,
            database=self.database,
            env=os.environ,
            server=managed_server(),
        )

    @contextmanager
    def open(self, settings: ConnectionSettings | None = None) -> Iterator[tuple[Driver, str | None]]:
        """A checked driver and the database name (``settings``, when already resolved); closed on exit."""
        settings = settings or self.settings()
        driver = open_driver(settings)
        try:
            with translate_errors(settings.uri):
                yield driver, settings.database
        finally:
            driver.close()


CONNECTION_OPTIONS = (
    click.option("--uri", help="Bolt URI  [env: NEO4J_URI; default: the managed server]"),
    click.option("--user", help="User name  [env: NEO4J_USERNAME; default neo4j]"),
    click.option("--password", help="Password  [env: NEO4J_PASSWORD]"),
    click.option("--database", help="Database name  [env: NEO4J_DATABASE]"),
)
CONNECTION_NAMES = ("uri", "user", "password", "database")
connection_options = option_group(
    CONNECTION_OPTIONS,
    CONNECTION_NAMES,
    Connection,
    "connection",
)
"""--uri/--user/--password/--database, handed to the command as ``connection``."""

data_option = click.option(
    "--data",
    type=click.Path(path_type=Path),
    multiple=True,
    default=[DEFAULT_DATA],
    show_default=True,
    help="A seed folder (every *.yaml at any depth) or an export JSON file; give it again to read "
    "several as one dataset (e.g. --data seed --data proposal.json: each record defined once, "
    "references across them allowed).",
)
"""--data: the one definition, for the commands that read files (and for --from files); the
command receives a tuple of paths."""


@dataclass(frozen=True)
class SourceRequest:
    """Which graph to read: what was loaded into Neo4j (the default), or the files of ``data``
    (``--from files``, or ``--data`` given without ``--from``)."""

    kind: str
    data: tuple[Path, ...]
    connection: Connection

    @property
    def description(self) -> str:
        """What the output says it was read from."""
        if self.kind == "files":
            return f"the files in `{ds.describe(self.data)}`"
        return "the graph loaded into Neo4j"

    @contextmanager
    def open(self) -> Iterator[GraphSource]:
        """The source; a Neo4j driver opens once here and closes on exit."""
        if self.kind == "files":
            yield FileSource(self.data)
            return
        try:
            settings = self.connection.settings()
        except ChainGraphError as exc:
            raise ChainGraphError(
                f"{exc}; or read the files with --from files", options=exc.options
            ) from None
        with self.connection.open(settings) as (driver, database):
            yield Neo4jSource(driver, database)


def _source_request(source: str | None, data: tuple[Path, ...], **connection: str | None) -> SourceRequest:
    # --data given without --from means the files: `gaps --data seed --data proposal.json` reads them.
    if source is None:
        given = click.get_current_context().get_parameter_source("data")
        source = "neo4j" if given in (None, click.core.ParameterSource.DEFAULT) else "files"
    return SourceRequest(source, data, Connection(**connection))


source_options = option_group(
    (
        click.option(
            "--from",
            "source",
            type=click.Choice(["neo4j", "files"]),
            help="Read the graph as loaded into Neo4j, or straight from the files of --data.  "
            "[default: neo4j; files when --data is given]",
        ),
        data_option,
        *CONNECTION_OPTIONS,
    ),
    ("source", "data", *CONNECTION_NAMES),
    _source_request,
    "graph",
)
"""--from, --data and the connection options, handed to the command as ``graph``."""


@dataclass(frozen=True)
class ScopeRequest:
    """The park or region to analyse (the Quangang park by default) and the scenario."""

    scope_id: str
    scenario: Scenario


def _scope_request(park: str | None, region: str | None, scenario: str) -> ScopeRequest:
    if park and region:
        raise ChainGraphError("give either --park or --region, not both")
    return ScopeRequest(region or park or DEFAULT_PARK, Scenario(scenario))


scope_options = option_group(
    (
        click.option("--park", help=f"A park id  [default: {DEFAULT_PARK}]"),
        click.option("--region", help="A region id: covers its parks (instead of --park)."),
        click.option(
            "--scenario",
            type=click.Choice([s.value for s in Scenario]),
            default=Scenario.COMMITTED.value,
            show_default=True,
            help="operating: what runs today; committed: plus signed, fulfilled, under construction; "
            "all: plus intended.",
        ),
    ),
    ("park", "region", "scenario"),
    _scope_request,
    "scope",
)
"""--park / --region and --scenario, handed to the command as ``scope``."""


def format_option(*choices: str, help: str = "Output format.") -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help=help,
    )


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` to the --out file (UTF-8), or to stdout when there is none."""
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}", markup=False)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
