"""``chain-graph queries list | show | run`` and ``chain-graph query``: Cypher for planners and analysts.

Saved queries live in ``schema/queries/*.cypher``; everything runs read-only through
``chain_graph.store.queries`` (READ access mode, a row limit, a transaction timeout).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from chain_graph import cypher as cypher_text
from chain_graph.cli_common import (
    CONNECTION_NAMES,
    CONNECTION_OPTIONS,
    CONTEXT,
    Connection,
    Group,
    err,
    format_option,
    option_group,
    out,
    print_json,
)
from chain_graph.errors import ChainGraphError
from chain_graph.formats import rows as row_formats
from chain_graph.store import queries as query_store

OUTPUT_FORMATS = ("table", "json", "csv", "xlsx")


@dataclass(frozen=True)
class RunRequest:
    """How to run a statement and where its rows go: --param, --format, --out, --limit,
    --timeout and the connection options."""

    params: tuple[str, ...]
    fmt: str
    output: Path | None
    limit: int
    timeout: float
    max_mib: float
    connection: Connection


def _run_request(
    params: tuple[str, ...],
    fmt: str,
    output: Path | None,
    limit: int,
    timeout: float,
    max_mib: float,
    **connection: str | None,
) -> RunRequest:
    return RunRequest(params, fmt, output, limit, timeout, max_mib, Connection(**connection))


run_options = option_group(
    (
        click.option(
            "--param",
            "params",
            multiple=True,
            metavar="NAME=VALUE",
            help="A query parameter (repeat for more); a list is written a,b,c.",
        ),
        format_option(*OUTPUT_FORMATS),
        click.option(
            "--out",
            "output",
            type=click.Path(path_type=Path, dir_okay=False),
            help="Write to this file instead of stdout (required for xlsx).",
        ),
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=query_store.DEFAULT_LIMIT,
            show_default=True,
            help="At most this many rows; when there are more, the rest are cut and a note says so.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=query_store.DEFAULT_TIMEOUT,
            show_default=True,
            help="Seconds before the server stops the query.",
        ),
        click.option(
            "--max-mib",
            type=click.FloatRange(min=0, min_open=True),
            default=query_store.DEFAULT_MAX_BYTES / 2**20,
            show_default=True,
            help="At most about this many MiB of rows are shown or written; the rest are cut.",
        ),
        *CONNECTION_OPTIONS,
    ),
    ("params", "fmt", "output", "limit", "timeout", "max_mib", *CONNECTION_NAMES),
    _run_request,
    "run",
)


def _value_text(value: Any) -> str:
    """A parameter value as a header writes it: text as is, lists as [a, b]."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "[" + ", ".join(_value_text(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _param_text(params: dict[str, Any]) -> str:
    return " · ".join(f"{k}={_value_text(v)}" for k, v in params.items())


def _table(result: query_store.QueryResult, title: str | None, caption: str) -> Table:
    table = Table(
        title=Text(title) if title else None,
        caption=Text(caption),
        title_justify="left",
        caption_justify="left",
    )
    for column in result.columns:
        table.add_column(
            Text(column), justify="right" if row_formats.is_numeric(result.rows, column) else "left"
        )
    for row in result.rows:
        table.add_row(*(Text(row_formats.display_text(row[column])) for column in result.columns))
    return table


def _run_and_write(
    cypher: str,
    params: dict[str, Any],
    title: str | None,
    run: RunRequest,
    saved: cypher_text.SavedQuery | None = None,
) -> None:
    fmt, output, limit = run.fmt, run.output, run.limit
    if fmt == "xlsx" and output is None:
        raise ChainGraphError("--format xlsx writes a binary file: give --out FILE.xlsx")
    if output is not None and not output.parent.is_dir():
        raise ChainGraphError(f"cannot write {output}: the folder {output.parent} does not exist")
    max_bytes = int(run.max_mib * 2**20)
    with run.connection.open() as (driver, db):
        if saved is not None:
            result = query_store.run_saved(
                driver, saved, params, database=db, limit=limit, timeout=run.timeout, max_bytes=max_bytes
            )
        else:
            result = query_store.run_read_only(
                driver, cypher, params, database=db, limit=limit, timeout=run.timeout, max_bytes=max_bytes
            )
    try:
        _write(result, params, title=title, fmt=fmt, output=output)
    except OSError as exc:
        raise ChainGraphError(f"cannot write {output}: {exc.strerror or exc}") from None
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    if result.over_size:
        err.print(
            f"note: only the first {len(result.rows)} rows are shown: they hold about {run.max_mib:g} MiB, "
            "the most this console returns (narrow the query, or raise --max-mib)",
            markup=False,
        )
    elif result.truncated:
        err.print(
            f"note: only the first {limit} rows are shown: the query returned more (raise --limit)",
            markup=False,
        )
    if output is not None:
        err.print(f"wrote {_count(result)} to {output}", markup=False)


def _count(result: query_store.QueryResult) -> str:
    return f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"


def _write(
    result: query_store.QueryResult,
    params: dict[str, Any],
    *,
    title: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    if fmt == "xlsx":
        assert output is not None
        cut = row_formats.write_xlsx(result.columns, result.rows, output, title or "query")
        if cut:
            err.print(
                f"note: {cut} cell(s) were cut to Excel's 32,767 characters; --format json keeps them whole",
                markup=False,
            )
    elif fmt == "table":
        caption = _count(result) + (f" · {_param_text(params)}" if params else "")
        table = _table(result, title, caption)
        if output is None:
            out.print(table)
        else:
            with output.open("w", encoding="utf-8") as handle:
                Console(file=handle, width=200, highlight=False).print(table)
    else:
        text = (
            json.dumps(result.rows, ensure_ascii=False, indent=2) + "\n"
            if fmt == "json"
            else row_formats.to_csv(result.columns, result.rows)
        )
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")


# --- chain-graph queries ---------------------------------------------------------------------


@click.group("queries", cls=Group, context_settings=CONTEXT)
def queries_group() -> None:
    """Saved Cypher queries for planners: who makes what, chains, projects, gaps, sources.

    \b
    Examples:
      chain-graph queries list
      chain-graph queries run who-makes-product --param product=propylene-oxide
      chain-graph queries run project-drives --format xlsx --out drives.xlsx
    """


@queries_group.command("list", context_settings=CONTEXT)
@format_option("table", "json")
def queries_list(fmt: str) -> None:
    """List the saved queries with their descriptions and parameters (schema/queries/).

    \b
    Example:
      chain-graph queries list --format json
    """
    saved = cypher_text.saved_queries()
    if fmt == "json":
        print_json([q.to_json() for q in saved.values()])
        return
    table = Table("name", "description", "parameters (name: type = example)")
    for q in saved.values():
        table.add_row(
            Text(q.name),
            Text(f"{q.description_zh}\n{q.description_en}"),
            Text("\n".join(f"{p.name}: {p.type} = {_value_text(p.example)}" for p in q.params)),
        )
    out.print(table)


@queries_group.command("show", context_settings=CONTEXT)
@click.argument("name")
@format_option("text", "json")
def queries_show(name: str, fmt: str) -> None:
    """Print a saved query: its header (description, parameters with examples) and its Cypher.

    \b
    Example:
      chain-graph queries show who-makes-product
    """
    saved = cypher_text.saved_query(name)
    if fmt == "json":
        print_json({**saved.to_json(), "cypher": saved.cypher})
    else:
        sys.stdout.write(saved.path.read_text(encoding="utf-8"))


@queries_group.command("run", context_settings=CONTEXT)
@click.argument("name")
@run_options
def queries_run(name: str, run: RunRequest) -> None:
    """Run a saved query read-only; parameters not given take the example of its header.

    Parameter types come from the header: ints, floats, booleans (true/false), lists (a,b,c)
    and strings.

    \b
    Examples:
      chain-graph queries run who-makes-product                     # the example values
      chain-graph queries run who-makes-product --param product=propylene-oxide
      chain-graph queries run projects-by-status --param statuses=signed,operating \\
          --param min_investment_cny=5000000000 --format csv --out projects.csv
    """
    saved = cypher_text.saved_query(name)
    values = cypher_text.parse_params(run.params, saved.params)
    title = f"{saved.name} — {saved.description_zh}" if run.fmt == "table" else saved.name
    _run_and_write(saved.cypher, values, title, run, saved)


# --- chain-graph query -----------------------------------------------------------------------


@click.command("query", context_settings=CONTEXT)
@click.argument("cypher")
@run_options
def query_command(cypher: str, run: RunRequest) -> None:
    """Run one Cypher statement read-only (CYPHER, or - to read it from stdin).

    The session is in READ access mode, so Neo4j refuses any write, schema change or write
    procedure; LOAD CSV, TERMINATE TRANSACTIONS and dbms.killConnection(s) are refused before
    anything is sent. A value is JSON when it reads as JSON (42, 1.5, true, [1,2], "text"), else
    text; NAME:TYPE=VALUE sets the type (string, int, float, bool, list<string>, list<int>,
    list<float>). Values always travel as parameters, never inside the Cypher text.

    \b
    Examples:
      chain-graph query 'MATCH (p:Product {id: $id}) RETURN p.name, p.chains' --param id=propylene
      chain-graph query "MATCH (e:Enterprise) RETURN e.id, e.name" --format csv --out enterprises.csv
      chain-graph query - --format json < my-query.cypher
    """
    text = sys.stdin.read() if cypher == "-" else cypher
    _run_and_write(text, cypher_text.parse_params(run.params), None, run)
