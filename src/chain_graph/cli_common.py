"""Shared plumbing of the command line: consoles, error handling, options, connections.

Together with ``cli`` (and the command modules it registers) this is the only code that reads
environment variables.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from neo4j import Driver
from rich.console import Console

from chain_graph import dataset as ds
from chain_graph import report as report_formats
from chain_graph.analysis import inputs as analysis_inputs
from chain_graph.analysis.gaps import SCENARIOS
from chain_graph.errors import ChainGraphError
from chain_graph.store import reader
from chain_graph.store.connection import open_driver, resolve_settings, translate_errors
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer

# Piped output is not cut at 80 columns: tables keep their natural width.
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True, highlight=False, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])
# The driver logs server notifications (e.g. "label does not exist" on an empty database) as
# warnings; they are not the user's concern here.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class Group(click.Group):
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


# --- environment (read here and nowhere else) --------------------------------------------


def managed_server() -> ManagedServer:
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
def connect(
    uri: str | None, user: str | None, password: str | None, database: str | None
) -> Iterator[tuple[Driver, str | None]]:
    """A checked driver: flags, else NEO4J_* variables, else the managed server."""
    settings = resolve_settings(
        uri=uri, username=user, password=password, database=database, env=os.environ, server=managed_server()
    )
    driver = open_driver(settings)
    try:
        with translate_errors(settings.uri):
            yield driver, settings.database
    finally:
        driver.close()


def emit(text: str, output: Path | None) -> None:
    """Write ``text`` to the --out file (UTF-8), or to stdout when there is none."""
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}", markup=False)


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


DEFAULT_PARK = "quangang-petrochemical-park"


def scope_options(func: F) -> F:
    """--park / --region, --scenario, --from and --data shared by gaps and report."""
    options = (
        click.option(
            "--data",
            type=click.Path(path_type=Path),
            default=Path("seed"),
            show_default=True,
            help="With --from files: a seed folder or an export JSON file.",
        ),
        click.option(
            "--from",
            "source",
            type=click.Choice(["neo4j", "files"]),
            default="neo4j",
            show_default=True,
            help="Read the graph from Neo4j (as loaded) or straight from the files.",
        ),
        click.option(
            "--scenario",
            type=click.Choice(list(SCENARIOS)),
            default="committed",
            show_default=True,
            help="operating: what runs today; committed: plus signed, fulfilled, under construction; "
            "all: plus intended.",
        ),
        click.option("--region", help="A region id: covers its parks (instead of --park)."),
        click.option("--park", help=f"A park id  [default: {DEFAULT_PARK}]"),
    )
    for option in options:
        func = option(func)
    return connection_options(func)


def scope_id(park: str | None, region: str | None) -> str:
    """The park or region the user asked for (the Quangang park by default)."""
    if park and region:
        raise ChainGraphError("give either --park or --region, not both")
    return region or park or DEFAULT_PARK


def load_study(
    park: str | None,
    region: str | None,
    scenario: str,
    source: str,
    data: Path,
    uri: str | None,
    user: str | None,
    password: str | None,
    database: str | None,
) -> report_formats.GapStudy:
    """The gap study of the scope, read from the files or from Neo4j."""
    scope = scope_id(park, region)
    if source == "files":
        inputs = analysis_inputs.from_dataset(ds.load(data), scope)
    else:
        with connect(uri, user, password, database) as (driver, db):
            inputs = reader.chain_inputs(driver, scope, db)
    return report_formats.study(inputs, scenario)
