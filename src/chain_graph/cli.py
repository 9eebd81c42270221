"""The ``chain-graph`` command line: the only place that reads the environment and wires parts."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis.gaps import Thresholds
from chain_graph.analysis.study import GapStudy, study
from chain_graph.cli_common import (
    CONTEXT,
    Connection,
    Group,
    ScopeRequest,
    SourceRequest,
    connection_options,
    data_option,
    emit,
    err,
    format_option,
    managed_server,
    out,
    print_json,
    scope_options,
    source_options,
)
from chain_graph.cli_import import import_group
from chain_graph.cli_ingest import ingest_command
from chain_graph.cli_queries import queries_group, query_command
from chain_graph.cli_serve import serve_command
from chain_graph.cli_viz import viz_command
from chain_graph.errors import ChainGraphError
from chain_graph.formats import balance as balance_formats
from chain_graph.formats import export as export_formats
from chain_graph.formats import gap_report
from chain_graph.formats.tables import gap_tables
from chain_graph.model import seed_json_schema
from chain_graph.store import bulk, loader
from chain_graph.store import schema as schema_store
from chain_graph.store.server import DEFAULT_HEAP
from chain_graph.vocabulary import term

F = TypeVar("F", bound=Callable[..., Any])


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(package_name="chain-graph")
def app() -> None:
    """chain-graph: the C3/C4 industry-chain knowledge graph for investment-attraction planners (招商).

    \b
    First steps:
      chain-graph neo4j start        # a local Neo4j, downloaded once, no Docker
      chain-graph schema apply       # constraints and indexes
      chain-graph validate           # check seed/
    """


@app.group("neo4j", cls=Group, context_settings=CONTEXT)
def neo4j_group() -> None:
    """Run the local Neo4j server that chain-graph manages (no Docker needed)."""


@app.group("schema", cls=Group, context_settings=CONTEXT)
def schema_group() -> None:
    """Apply and inspect the Cypher schema (constraints and indexes)."""


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
    server = managed_server()
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
    out.print("Neo4j stopped." if managed_server().stop() else "Neo4j is not running.")


@neo4j_group.command("status", context_settings=CONTEXT)
@format_option("table", "json")
def neo4j_status(fmt: str) -> None:
    """Show version, URI, pid and data folder of the managed Neo4j (exit 1 when not running).

    \b
    Example:
      chain-graph neo4j status --format json
    """
    server = managed_server()
    info = server.info()
    if fmt == "json":
        print_json({"running": info is not None, **(info.to_json() if info else {"home": str(server.home)})})
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
            table.add_row(key, Text(value))
        out.print(table)
    if info is None:
        sys.exit(1)


# --- schema ------------------------------------------------------------------------------


@schema_group.command("apply", context_settings=CONTEXT)
@connection_options
def schema_apply(connection: Connection) -> None:
    """Create the constraints and indexes of schema/*.cypher (idempotent: IF NOT EXISTS).

    \b
    Example:
      chain-graph schema apply
    """
    with connection.open() as (driver, db):
        count = schema_store.apply_schema(driver, db)
    out.print(f"Schema applied: {count} statements, all indexes online.")


@schema_group.command("show", context_settings=CONTEXT)
@format_option("table", "json")
@connection_options
def schema_show(fmt: str, connection: Connection) -> None:
    """List the constraints and indexes the database holds.

    \b
    Example:
      chain-graph schema show --format json
    """
    with connection.open() as (driver, db):
        items = schema_store.show_schema(driver, db)
    if fmt == "json":
        print_json([item.to_json() for item in items])
        return
    table = Table("kind", "name", "type", "labels / types", "properties", "details")
    for item in items:
        table.add_row(
            *(Text(v) for v in (item.kind, item.name, item.type, item.entity, item.properties, item.details))
        )
    out.print(table)


@schema_group.command("json-schema", context_settings=CONTEXT)
@click.option(
    "--out", "output", type=click.Path(path_type=Path), help="Write to this file instead of stdout."
)
def schema_json(output: Path | None) -> None:
    """Print the JSON Schema of the seed YAML format (kept in schema/seed.schema.json).

    \b
    Example:
      chain-graph schema json-schema --out schema/seed.schema.json
    """
    emit(json.dumps(seed_json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n", output)


# --- data ----------------------------------------------------------------------------------


@app.command("validate", context_settings=CONTEXT)
@data_option
def validate(data: tuple[Path, ...]) -> None:
    """Check a dataset: print a one-line summary, or every problem as FILE:LINE: ID: what (exit 2).

    \b
    Examples:
      chain-graph validate --data seed/
      chain-graph validate --data seed --data proposals/tianchen.yaml   # a proposal with the seed
    """
    validated = ds.validate(data)
    out.print(f"{ds.describe(data)}: valid — {validated.summary()}", markup=False)
    warn_about(validated)


def warn_about(validated: ds.Validated) -> None:
    """Valid but doubtful records, one line each on stderr; the exit status stays 0."""
    for warning in validated.warnings:
        err.print(f"warning: {warning}", markup=False, style="yellow")


@app.command("load", context_settings=CONTEXT)
@data_option
@click.option(
    "--replace", is_flag=True, help="Also delete what chain-graph wrote before and the files no longer hold."
)
@click.option(
    "--force", is_flag=True, help="Write even if the database holds nodes chain-graph did not write."
)
@click.option(
    "--tx-limit",
    type=click.IntRange(min=1),
    default=loader.DEFAULT_TX_LIMIT,
    show_default=True,
    help="Datasets up to this many records are written in one transaction (all or nothing).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=loader.DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Rows per UNWIND batch.",
)
@click.option(
    "--bulk",
    is_flag=True,
    help="Into an empty database of the managed server: write neo4j-admin CSV and import it "
    "(the server stops and starts again); much faster for large datasets. Never automatic. "
    "Against another server, a note says so and the online load runs.",
)
@connection_options
def load(
    data: tuple[Path, ...],
    replace: bool,
    force: bool,
    tx_limit: int,
    batch_size: int,
    bulk: bool,
    connection: Connection,
) -> None:
    """Validate a dataset, apply the schema and merge everything into Neo4j (idempotent).

    Nothing is written if validation fails. Up to --tx-limit records go in one transaction;
    larger datasets commit batch by batch and a re-run completes an interrupted load.

    \b
    Examples:
      chain-graph load --data seed
      chain-graph load --data quangang.json --replace
      chain-graph load --data national.json --bulk     # empty managed database, neo4j-admin import
    """
    if bulk and _bulk_possible(connection):
        _bulk_load(data, connection)
        return
    with ExitStack() as stack:
        with err.status(f"Validating {ds.describe(data)}…"):
            spool = stack.enter_context(ds.spooled(data))
        validated = spool.validated
        _print_valid(data, validated)
        driver, db = stack.enter_context(connection.open())
        schema_store.apply_schema(driver, db)
        with Progress(
            TextColumn("Loading"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("records"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress:
            task = progress.add_task("load", total=validated.total)
            result = loader.load_spool(
                driver,
                spool,
                database=db,
                replace=replace,
                force=force,
                tx_limit=tx_limit,
                batch_size=batch_size,
                advance=lambda n: progress.advance(task, n),
            )
        in_database = loader.database_counts(driver, db)
    _print_loaded(result.written, in_database)
    mode = "one transaction" if result.transactions == 1 else f"{result.transactions} transactions"
    deleted = (
        f"; deleted {result.deleted_nodes} nodes, {result.deleted_relationships} relationships"
        if replace
        else ""
    )
    out.print(f"Loaded {validated.total} records in {mode}{deleted}.", markup=False)


def _print_loaded(in_files: dict[str, int], in_database: dict[str, int]) -> None:
    table = Table("label / type", "in files", "in database", title="Loaded")
    for name in sorted(set(in_files) | set(in_database)):
        table.add_row(name, str(in_files.get(name, 0)), str(in_database.get(name, 0)))
    out.print(table)


def _print_valid(data: tuple[Path, ...], validated: ds.Validated) -> None:
    err.print(f"{ds.describe(data)}: valid — {validated.summary()}", markup=False)
    warn_about(validated)


def _bulk_possible(connection: Connection) -> bool:
    """Only into the managed server's default database; else a note, and the online load runs."""
    settings = connection.settings()
    if settings.origin != "managed server" or settings.database not in (None, "neo4j"):
        err.print(
            "note: --bulk needs the managed local server (chain-graph neo4j start) and its default "
            f"database; {settings.uri} is not it, so the online load runs",
            markup=False,
        )
        return False
    return True


def _bulk_load(data: tuple[Path, ...], connection: Connection) -> None:
    """Validate while writing the import files, then import them into the empty database."""
    with (
        tempfile.TemporaryDirectory(prefix="chain-graph-bulk-") as work,
        bulk.ImportFiles(Path(work)) as files,
    ):
        with err.status(f"Validating {ds.describe(data)} and writing the import files…"):
            validated = ds.validate(data, files)
        _print_valid(data, validated)
        with connection.open() as (driver, db):
            bulk.check_empty(driver, db)
        with err.status("Bulk import…") as status:
            bulk.bulk_import(managed_server(), files, db, status.update)
    with connection.open() as (driver, db):
        schema_store.apply_schema(driver, db)
        _print_loaded(dict(validated.counts), loader.database_counts(driver, db))
    out.print(f"Loaded {validated.total} records with neo4j-admin import.", markup=False)


@app.command("export", context_settings=CONTEXT)
@format_option("json", "csv", "graphml")
@click.option(
    "--out",
    "output",
    type=click.Path(path_type=Path),
    help="Output file (json, graphml; default stdout) or folder (csv, required).",
)
@source_options
def export(fmt: str, output: Path | None, graph: SourceRequest) -> None:
    """Export the graph as interchange JSON, neo4j-admin import CSV, or GraphML (Gephi).

    JSON is {"nodes": [{"id", "labels", "properties"}], "relationships": [{"type", "start",
    "end", "properties"}]}, sorted: the same bytes from files and from Neo4j for the same data,
    and accepted by every --data option.

    \b
    Examples:
      chain-graph export --format json --out quangang.json      # what Neo4j holds
      chain-graph export --from files --data seed --format csv --out import/
      chain-graph export --format graphml --out quangang.graphml
    """
    if fmt == "csv" and output is None:
        raise ChainGraphError("--format csv writes one file per label and type: give a folder with --out")
    with graph.open() as source:
        nodes, relationships = source.export_records()
    if fmt == "csv":
        assert output is not None
        files = export_formats.write_csv(nodes, relationships, output)
        err.print(f"wrote {len(files)} files into {output}", markup=False)
    elif fmt == "json":
        emit(export_formats.to_json(nodes, relationships), output)
    else:
        emit(export_formats.to_graphml(nodes, relationships), output)


@app.command("find", context_settings=CONTEXT)
@click.argument("text")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True, help="At most this many.")
@format_option("table", "json")
@source_options
def find(text: str, limit: int, fmt: str, graph: SourceRequest) -> None:
    """Find nodes by name, English name, alias or id: what id to use for an entity in seed/.

    From the files: exact names, then aliases, English names and ids, then near names (traditional
    script, spaces and brackets ignored). From Neo4j: the full-text index over names and aliases.

    \b
    Examples:
      chain-graph find 国亨化学 --from files
      chain-graph find "Guoheng" --format json
    """
    with graph.open() as source:
        matches = source.find(text, limit)
    if fmt == "json":
        print_json([vars(m) for m in matches])
        return
    if not matches:
        err.print(f"nothing in {graph.description} is named like {text!r}", markup=False)
        return
    table = Table("id", "label", "name", "name_en", "matched", "how", "score", title=f"find {text}")
    for m in matches:
        table.add_row(
            Text(m.id),
            f"{term(m.label).zh} {m.label}",
            Text(m.name),
            Text(m.name_en),
            Text(m.matched),
            m.how,
            f"{m.score:g}",
        )
    out.print(table)


@app.command("synth", context_settings=CONTEXT)
@click.option("--parks", type=click.IntRange(min=1), required=True, help="Number of parks.")
@click.option("--enterprises", type=click.IntRange(min=1), required=True, help="Number of enterprises.")
@click.option(
    "--seed", "rng_seed", type=int, default=1, show_default=True, help="Random seed (same seed, same files)."
)
@click.option(
    "--out", "output", type=click.Path(path_type=Path), required=True, help="Empty folder to write into."
)
@click.option(
    "--chain-data",
    type=click.Path(path_type=Path),
    default=Path("seed"),
    show_default=True,
    help="Dataset whose C3/C4 product graph is copied.",
)
@click.option(
    "--products",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Also generate a deep synthetic catalogue of this many products (chain SYN), each made by a "
    "process from earlier ones: to measure the analysis on a national catalogue.",
)
def synth_command(
    parks: int, enterprises: int, rng_seed: int, output: Path, chain_data: Path, products: int
) -> None:
    """Write a large synthetic dataset in the seed format, for benchmarks and scale tests.

    The real C3/C4 product graph is copied from --chain-data; regions, parks, enterprises with
    capacities and projects in every status are generated, in files of at most 10,000 records.

    \b
    Examples:
      chain-graph synth --parks 1000 --enterprises 250000 --seed 7 --out /tmp/national
      chain-graph synth --parks 20 --enterprises 5000 --products 100000 --out /tmp/catalogue
    """
    if output.exists() and any(output.iterdir()):
        raise ChainGraphError(f"{output} is not empty: choose a new folder for --out")
    with err.status("Generating…"):
        result = synth.generate(ds.load(chain_data), parks, enterprises, rng_seed, output, products)
    out.print(
        f"Wrote {result.nodes} nodes and {result.relationships} relationships "
        f"({result.nodes + result.relationships} records) in {result.files} files under {output}.",
        markup=False,
    )


# --- analysis --------------------------------------------------------------------------------


def load_study(scope: ScopeRequest, graph: SourceRequest, top: int | None = None) -> GapStudy:
    """The gap study of the scope, read from the chosen source; ``top`` targets (None: all)."""
    with graph.open() as source:
        inputs = source.chain_inputs(scope.scope_id)
    thresholds = Thresholds(top_targets=top if top is not None else len(inputs.products))
    return study(inputs, scope.scenario, thresholds)


def targets_option(func: F) -> F:
    """--top N / --all: how many ranked targets to show."""
    func = click.option(
        "--all", "all_targets", is_flag=True, help="Show every target, not only the top ones."
    )(func)
    return click.option(
        "--top",
        type=click.IntRange(min=1),
        default=Thresholds().top_targets,
        show_default=True,
        help="How many ranked targets to show.",
    )(func)


@app.command("gaps", context_settings=CONTEXT)
@format_option("table", "json", "csv", "md")
@targets_option
@scope_options
@source_options
def gaps(fmt: str, top: int, all_targets: bool, scope: ScopeRequest, graph: SourceRequest) -> None:
    """Classify every C3/C4 product of a park or region (强/弱/缺 links), find broken links (断链),
    and rank fill / strengthen / extend targets (补链/强链/延链) with their reasons.

    \b
    Examples:
      chain-graph gaps                                   # Quangang park, committed, from Neo4j
      chain-graph gaps --scenario operating --format json
      chain-graph gaps --region quangang --from files --format md
      chain-graph gaps --all --format csv                # every target, not only the top 15
    """
    result = load_study(scope, graph, None if all_targets else top)
    if fmt == "json":
        print_json(gap_report.to_json(result))
    elif fmt == "csv":
        sys.stdout.write(gap_report.to_csv(result))
    elif fmt == "md":
        sys.stdout.write(gap_report.to_markdown(result, graph.description))
    else:
        for renderable in gap_tables(result):
            out.print(renderable)


@app.command("balance", context_settings=CONTEXT)
@format_option("table", "json", "csv")
@scope_options
@source_options
def balance_command(fmt: str, scope: ScopeRequest, graph: SourceRequest) -> None:
    """Mass balance of a park or region: per product, the tonnes a year local plants make
    (supply, co-products included) and need (capacity × input ratio of the process they run, plus
    stated deliveries), the balance, the self-sufficiency, and every figure the data lacks.

    \b
    Examples:
      chain-graph balance                                # Quangang park, committed, from Neo4j
      chain-graph balance --scenario operating --format json
      chain-graph balance --region quangang --from files --format csv
    """
    result = load_study(scope, graph)
    rows = list(result.balance.values())
    if fmt == "json":
        print_json(
            {
                "scope": result.report.scope,
                "scenario": result.report.scenario,
                "products": balance_formats.to_json(rows),
            }
        )
    elif fmt == "csv":
        sys.stdout.write(balance_formats.to_csv(rows))
    else:
        scope_name = result.report.scope["name"]
        title = f"物料平衡 Mass balance · {scope_name} · scenario {result.report.scenario} (t/a)"
        for renderable in balance_formats.balance_tables(title, rows):
            out.print(renderable)


@app.command("check", context_settings=CONTEXT)
@format_option("table", "json")
@scope_options
@source_options
def check_command(fmt: str, scope: ScopeRequest, graph: SourceRequest) -> None:
    """Check before acting: the facts that make the gap answers of a park or region doubtful
    (firms that receive a product but make nothing known, producers without capacity, inputs
    nobody is known to make here, stale project statuses, shared names, differing figures),
    each naming its records. Products they name are answered with "confidence": "low".

    \b
    Examples:
      chain-graph check                                  # Quangang park, committed, from Neo4j
      chain-graph check --region quangang --from files --format json
    """
    result = load_study(scope, graph)
    warnings = result.report.warnings
    if fmt == "json":
        print_json(
            {
                "scope": result.report.scope,
                "scenario": result.report.scenario,
                "warnings": [gap_report.warning_json(w) for w in warnings],
            }
        )
        return
    table = Table(
        "kind",
        "records",
        "what to check",
        title=Text(f"Check before acting · {result.report.scope['name']} · {len(warnings)} warning(s)"),
        title_justify="left",
    )
    for warning in warnings:
        table.add_row(str(term(warning.kind)), Text(", ".join(warning.records)), Text(warning.message))
    out.print(table)


@app.command("report", context_settings=CONTEXT)
@click.option(
    "--out", "output", type=click.Path(path_type=Path), help="Markdown file to write (default stdout)."
)
@targets_option
@scope_options
@source_options
def report_command(
    output: Path | None, top: int, all_targets: bool, scope: ScopeRequest, graph: SourceRequest
) -> None:
    """Write the gap report a planner can read and forward: summary, per-chain tables, top
    targets with reasons and candidates, broken links, feedstock supply, scenario diff.

    \b
    Example:
      chain-graph report --park quangang-petrochemical-park --out quangang-gaps.md
    """
    result = load_study(scope, graph, None if all_targets else top)
    emit(gap_report.to_markdown(result, graph.description), output)


app.add_command(queries_group)
app.add_command(query_command)
app.add_command(viz_command)
app.add_command(ingest_command)
app.add_command(import_group)
app.add_command(serve_command)


def main() -> None:
    app(prog_name="chain-graph")
