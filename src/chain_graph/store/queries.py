"""Run saved queries and ad-hoc Cypher read-only, and turn Neo4j values into JSON.

Read-only by construction: every statement passes :func:`chain_graph.cypher.check_read_only`,
then runs in a transaction opened in READ access mode, so the server itself refuses writes,
schema changes and write procedures. The transaction is never committed. A transaction
timeout and a row limit protect the server from runaway queries.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from neo4j import READ_ACCESS, Driver, NotificationSeverity, ResultSummary
from neo4j.exceptions import ClientError
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from chain_graph import model
from chain_graph.cypher import SavedQuery, check_read_only
from chain_graph.dataset.hints import did_you_mean
from chain_graph.errors import ChainGraphError
from chain_graph.records import MARKER, NodeRecord, RelationshipRecord

__all__ = [
    "DEFAULT_LIMIT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "QueryResult",
    "ReadOnlyRunner",
    "run_read_only",
    "run_saved",
    "to_json_value",
]

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_BYTES = 64 * 2**20  # what the console will convert, print or write, whatever the row count
_REFUSED_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden")


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]  # JSON-able values, keys in column order
    truncated: bool  # more rows than the limit: the rest were not fetched
    notes: list[str]  # the server's warnings (e.g. a label that does not exist)
    over_size: bool = False  # the rows reached the byte limit: the rest were left out


# --- values ------------------------------------------------------------------------------------


def _node_json(node: Node) -> dict[str, Any]:
    props = {key: to_json_value(value) for key, value in node.items()}
    return NodeRecord.from_neo4j(props.get("id", node.element_id), node.labels, props).to_json()


def _end_id(node: Node | None) -> Any:
    if node is None:
        return None
    value = node.get("id")
    return node.element_id if value is None else to_json_value(value)


def _relationship_json(rel: Relationship) -> dict[str, Any]:
    props = {key: to_json_value(value) for key, value in rel.items()}
    start, end = _end_id(rel.start_node), _end_id(rel.end_node)
    return RelationshipRecord.from_neo4j(rel.type, start, end, props).to_json()


class _TooLarge(Exception):
    pass


class _Budget:
    """Roughly how many more bytes of JSON the rows may take; conversion stops when spent."""

    def __init__(self, limit: int) -> None:
        self.left = limit

    def spend(self, value: Any) -> None:
        # The text of the value, its quotes, separator and indentation in the JSON output.
        self.left -= (len(value.encode("utf-8")) if isinstance(value, str) else len(str(value))) + 4
        if self.left < 0:
            raise _TooLarge


def to_json_value(value: Any, budget: _Budget | None = None) -> Any:
    """A Neo4j value as JSON: nodes ``{"id", "labels", "properties"}`` and relationships
    ``{"type", "start", "end", "properties"}`` (as in the export), paths ``{"nodes",
    "relationships"}``, temporal values as ISO 8601 text, points ``{"srid", "coordinates"}``.

    With a ``budget``, every scalar spends its size and a spent budget stops the conversion.
    """
    if budget is not None and not isinstance(value, Mapping | list | tuple):
        budget.spend(value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, Node):
        return _node_json(value)
    if isinstance(value, Relationship):
        return _relationship_json(value)
    if isinstance(value, GraphPath):
        return {
            "nodes": [_node_json(n) for n in value.nodes],
            "relationships": [_relationship_json(r) for r in value.relationships],
        }
    if isinstance(value, Date | DateTime | Time | Duration):
        return value.iso_format()
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": [float(c) for c in value]}
    if isinstance(value, Mapping):
        return {str(k): to_json_value(v, budget) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v, budget) for v in value]
    if isinstance(value, bytes | bytearray):
        return value.hex()
    return str(value)


# --- running -----------------------------------------------------------------------------------


# "The label `Chain` does not exist": true of a dataset that has no chains, and no typo when the
# name is the model's own. Such notes are dropped; a name the model lacks is still reported.
_MISSING_NAME = re.compile(
    r"(?:label|relationship type|property)\s+`([^`]+)`\s+does not exist", re.IGNORECASE
)


@cache
def _model_names() -> frozenset[str]:
    types: list[type[model.Record]] = [*model.NODE_TYPES, model.Relationship]
    fields = {name for t in types for name in t.model_fields}
    return frozenset({*model.LABELS, *(str(t) for t in model.RelType), *fields, "id", MARKER})


def _notes(summary: ResultSummary) -> list[str]:
    notes: list[str] = []
    known = _model_names()
    for status in summary.gql_status_objects:
        if status.is_notification and status.severity == NotificationSeverity.WARNING:
            text = re.sub(r"^warn:\s*", "", status.status_description)
            missing = _MISSING_NAME.search(text)
            if missing and missing.group(1) in known:
                continue
            if text not in notes:
                notes.append(text)
    return notes


def check_id(
    driver: Driver, parameter: str, value: Any, labels: tuple[str, ...], database: str | None = None
) -> None:
    """Refuse an id (or exact name) that names no node of ``labels``: the query would answer 0 rows."""
    with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
        found = session.run(
            "CALL () { MATCH (n {id: $id}) RETURN n UNION MATCH (n {name: $id}) RETURN n } "
            "WITH n WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS n",
            id=value,
            labels=list(labels),
        ).single()
        if found is not None and found["n"] > 0:
            return
        ids = [
            r["id"]
            for r in session.run(
                "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id LIMIT 200000",
                labels=list(labels),
            )
        ]
    kinds, hint = " or ".join(labels), did_you_mean(str(value), ids)
    raise ChainGraphError(
        f"parameter {parameter}: {value!r} is not a {kinds} id in the database{hint}", options=("param",)
    )


def _first_line(message: str | None) -> str:
    return (message or "").strip().splitlines()[0] if (message or "").strip() else ""


def run_read_only(
    driver: Driver,
    cypher: str,
    parameters: Mapping[str, Any] | None = None,
    *,
    database: str | None = None,
    limit: int = DEFAULT_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> QueryResult:
    """Run one statement read-only: READ access mode, at most ``limit`` rows and about
    ``max_bytes`` of JSON, ``timeout`` seconds.

    Values travel only as parameters. Refusals (here or by the server) and timeouts raise a
    ``ChainGraphError`` of one line; nothing is ever committed.
    """
    if limit < 1:
        raise ChainGraphError("the row limit must be at least 1")
    statement = check_read_only(cypher)
    try:
        with driver.session(
            database=database, default_access_mode=READ_ACCESS, fetch_size=min(limit + 1, 1000)
        ) as session:
            tx = session.begin_transaction(timeout=timeout, metadata={"app": "chain-graph query console"})
            try:
                result = tx.run(statement, dict(parameters or {}))
                records = result.fetch(limit + 1)
                columns = list(result.keys())
                truncated = len(records) > limit
                notes = [] if truncated else _notes(result.consume())
            finally:
                tx.close()  # rolls back: a read-only console never commits
    except ClientError as exc:
        code = exc.code or ""
        if code in _REFUSED_CODES:
            raise ChainGraphError(
                f"refused: this console is read-only (Neo4j: {_first_line(exc.message)})"
            ) from None
        if "TransactionTimedOut" in code:
            raise ChainGraphError(
                f"the query ran longer than the {timeout:g} s timeout and was stopped (raise the timeout)",
                options=("timeout",),
            ) from None
        if code == "Neo.ClientError.Statement.SyntaxError":
            raise ChainGraphError(f"Cypher syntax error: {_first_line(exc.message)}") from None
        if code == "Neo.ClientError.Procedure.ProcedureCallFailed":
            hint = (
                " (the search text is Lucene syntax: quote a phrase, or escape ( ) : ~ * with \\)"
                if "lucene.queryparser" in (exc.message or "")
                else ""
            )
            raise ChainGraphError(f"Neo4j refused the statement: {_first_line(exc.message)}{hint}") from None
        raise
    budget = _Budget(max_bytes)
    rows: list[dict[str, Any]] = []
    try:
        for record in records[:limit]:
            for key in columns:
                budget.spend(key)
            rows.append({key: to_json_value(record[key], budget) for key in columns})
    except _TooLarge:
        if not rows:
            raise ChainGraphError(
                f"the first row alone holds more than {max_bytes / 2**20:g} MiB: "
                "return less (fewer or shorter values, a LIMIT inside lists)",
                options=("max-mib",),
            ) from None
        return QueryResult(columns, rows, True, notes, over_size=True)
    return QueryResult(columns, rows, truncated, notes)


def run_saved(
    driver: Driver,
    saved: SavedQuery,
    params: Mapping[str, Any],
    *,
    database: str | None = None,
    limit: int = DEFAULT_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> QueryResult:
    """A saved query: the ids its header names are checked first (an unknown id is a clear error
    with "did you mean", not 0 rows), then it runs like :func:`run_read_only`."""
    ReadOnlyRunner(driver, database).check_ids(saved, params)
    return run_read_only(
        driver, saved.cypher, params, database=database, limit=limit, timeout=timeout, max_bytes=max_bytes
    )


@dataclass(frozen=True)
class ReadOnlyRunner:
    """One database's read-only runner, for code that holds no driver of its own (the console)."""

    driver: Driver
    database: str | None = None

    def check_ids(self, saved: SavedQuery, params: Mapping[str, Any]) -> None:
        """The ids a saved query's header names exist (else a clear error, with "did you mean")."""
        for name, labels in saved.ids.items():
            check_id(self.driver, name, params[name], labels, database=self.database)

    def saved(self, saved: SavedQuery, params: Mapping[str, Any], limit: int = DEFAULT_LIMIT) -> QueryResult:
        """A saved query whose ids were checked (:meth:`check_ids`), run read-only."""
        return run_read_only(self.driver, saved.cypher, params, database=self.database, limit=limit)

    def statement(self, cypher: str, limit: int = DEFAULT_LIMIT) -> QueryResult:
        return run_read_only(self.driver, cypher, {}, database=self.database, limit=limit)
