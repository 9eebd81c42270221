"""Saved Cypher queries (``schema/queries/*.cypher``) and a read-only runner for them and ad-hoc Cypher.

A saved query is one statement after a header of ``// key: value`` lines::

    // name: who-makes-product                  (the file stem)
    // description.zh: 园区内谁生产某产品
    // description.en: Who makes a product in a park
    // param: product: string = propylene       (name: type = example; one line per parameter)

Other comment lines in the header are free text. Types are ``string``, ``int``, ``float``, ``bool``,
``list<string>``, ``list<int>`` and ``list<float>``; every ``$parameter`` of the statement must be
declared, and every declared parameter used.

Read-only by construction: every statement runs in a transaction opened in READ access mode, so
the server itself refuses writes, schema changes and write procedures. What the server allows in
READ mode but a console for planners must not do is refused here before anything is sent:
``LOAD CSV`` (reads files and URLs), ``TERMINATE TRANSACTIONS`` and ``dbms.killConnection(s)``
(stop other people's work), and on servers with APOC its ``apoc.load/import/export`` procedures.
The check looks at the statement with its comments, string literals and backticked names blanked
out, so case, comments and line breaks do not hide a clause and a string that merely contains the
words is not refused. The transaction is never committed. A transaction timeout and a row limit
protect the server from runaway queries.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import READ_ACCESS, Driver, NotificationSeverity, ResultSummary
from neo4j.exceptions import ClientError
from neo4j.graph import Node, Relationship
from neo4j.graph import Path as GraphPath
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time

from chain_graph.errors import ChainGraphError
from chain_graph.store.loader import MARKER
from chain_graph.store.schema import schema_dir

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 30.0
SCALAR_TYPES = ("string", "int", "float", "bool")
PARAM_TYPES = (*SCALAR_TYPES, "list<string>", "list<int>", "list<float>")
_HEADER_KEYS = ("name", "description.zh", "description.en", "param")
_KEY_LINE = re.compile(r"^//\s*([a-z][a-z0-9_.]*):\s*(.*)$")
_PARAM_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\S+)\s*=\s*(.*)$")
_PARAM_PAIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::([a-z<>]+))?=(.*)$", re.DOTALL)
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_TYPE_LIST = ", ".join(PARAM_TYPES)
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}

# Refused before the statement is sent: (pattern on the blanked statement, why).
_REFUSED_CLAUSES = (
    (re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE), "LOAD CSV reads files and URLs"),
    (
        re.compile(r"\bTERMINATE\s+TRANSACTIONS?\b", re.IGNORECASE),
        "TERMINATE TRANSACTIONS stops other people's work",
    ),
)
_REFUSED_PROCEDURES = (
    (
        re.compile(r"\bdbms\.killConnections?\b", re.IGNORECASE),
        "dbms.killConnection(s) closes other people's connections",
    ),
    (  # on a server with the APOC plugin: READ-mode procedures that reach files and URLs
        re.compile(r"\bapoc\.(load|import|export)\.", re.IGNORECASE),
        "APOC load, import and export procedures read or write files and URLs",
    ),
)
_REFUSED_CODES = ("Neo.ClientError.Statement.AccessMode", "Neo.ClientError.Security.Forbidden")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: Any  # typed

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "example": self.example}


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description_zh: str
    description_en: str
    params: tuple[Param, ...]
    cypher: str  # the statement, without the header and the final semicolon
    path: Path

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": {"zh": self.description_zh, "en": self.description_en},
            "parameters": [p.to_json() for p in self.params],
        }

    def examples(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[dict[str, Any]]  # JSON-able values, keys in column order
    truncated: bool  # more rows than the limit: the rest were not fetched
    notes: list[str]  # the server's warnings (e.g. a label that does not exist)


# --- Cypher text -------------------------------------------------------------------------------


def blank_cypher(text: str, *, keep_names: bool = False) -> str:
    """The statement with comments and string literals replaced by a space.

    Backticked names are blanked too, or kept without their backticks with ``keep_names``
    (to read procedure names such as ``dbms.`killConnections```).
    """
    kept: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            kept.append(" ")
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            kept.append(" ")
        elif char in "'\"":
            i += 1
            while i < n and text[i] != char:
                i += 2 if text[i] == "\\" else 1
            i += 1
            kept.append(" ")
        elif char == "`":
            name: list[str] = []
            i += 1
            while i < n:
                if text.startswith("``", i):
                    name.append("`")
                    i += 2
                elif text[i] == "`":
                    break
                else:
                    name.append(text[i])
                    i += 1
            i += 1
            kept.append("".join(name) if keep_names else " ")
        else:
            kept.append(char)
            i += 1
    return "".join(kept)


def check_read_only(cypher: str) -> str:
    """The statement to run, stripped; raises when it holds a clause this console refuses."""
    statement = cypher.strip()
    while statement.endswith(";"):
        statement = statement[:-1].rstrip()
    if not blank_cypher(statement).strip():
        raise ChainGraphError("the query is empty")
    code = blank_cypher(statement)
    for pattern, why in _REFUSED_CLAUSES:
        if pattern.search(code):
            raise ChainGraphError(f"refused: this console is read-only ({why})")
    names = re.sub(r"\s*\.\s*", ".", blank_cypher(statement, keep_names=True))
    for pattern, why in _REFUSED_PROCEDURES:
        if pattern.search(names):
            raise ChainGraphError(f"refused: this console is read-only ({why})")
    return statement


def used_parameters(cypher: str) -> set[str]:
    return set(_PARAM_USE.findall(blank_cypher(cypher)))


# --- parameters --------------------------------------------------------------------------------


def _split_list(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return [item.strip() for item in text.split(",")] if text else []


def _scalar(text: str, type_: str) -> Any:
    if type_ == "string":
        return text  # as given: a Lucene phrase keeps its quotes
    raw = text.strip()
    if type_ == "int":
        return int(raw)
    if type_ == "float":
        return float(raw)
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ValueError(raw)


def convert(text: str, type_: str) -> Any:
    """A parameter value from its text: ``42``, ``1.5``, ``true``, ``[a, b]`` or ``a,b`` for lists.

    A string is taken as given; a list may also be a JSON array.
    """
    if type_ not in PARAM_TYPES:
        raise ValueError(f"unknown type {type_!r} (one of {_TYPE_LIST})")
    if not type_.startswith("list<"):
        return _scalar(text, type_)
    item_type = type_[5:-1]
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            decoded = json.loads(stripped)
        except ValueError:
            decoded = None
        if isinstance(decoded, list):
            return [_scalar(v if isinstance(v, str) else json.dumps(v), item_type) for v in decoded]
    return [_scalar(item, item_type) for item in _split_list(stripped)]


def _a(type_: str) -> str:
    return f"an {type_}" if type_ == "int" else f"a {type_}"


def _typed(name: str, text: str, type_: str) -> Any:
    try:
        return convert(text, type_)
    except ValueError:
        raise ChainGraphError(f"--param {name}: {text!r} is not {_a(type_)}") from None


def _untyped(text: str) -> Any:
    """A JSON value when the text is one (42, 1.5, true, null, [..], {..}, "..."), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_params(pairs: Iterable[str], declared: Sequence[Param] | None = None) -> dict[str, Any]:
    """``KEY=VALUE`` pairs as typed values.

    For a saved query (``declared`` given) the types come from its header and parameters not given
    take their example value. For ad-hoc Cypher a value is JSON when it reads as JSON, else text;
    ``KEY:TYPE=VALUE`` sets the type.
    """
    by_name = {p.name: p for p in declared or ()}
    values: dict[str, Any] = {}
    for pair in pairs:
        match = _PARAM_PAIR.match(pair)
        if match is None:
            raise ChainGraphError(f"--param {pair!r}: write it as NAME=VALUE")
        name, type_, text = match.groups()
        if name in values:
            raise ChainGraphError(f"--param {name} is given twice (a list is written a,b,c)")
        if declared is None:
            if type_ is not None and type_ not in PARAM_TYPES:
                raise ChainGraphError(f"--param {name}: unknown type {type_!r} (one of {_TYPE_LIST})")
            values[name] = _untyped(text) if type_ is None else _typed(name, text, type_)
            continue
        if name not in by_name:
            known = ", ".join(by_name) or "none"
            raise ChainGraphError(f"--param {name}: this query has no such parameter (it takes: {known})")
        if type_ is not None:
            raise ChainGraphError(
                f"--param {name}: the query header sets its type ({by_name[name].type}): write {name}=VALUE"
            )
        values[name] = _typed(name, text, by_name[name].type)
    if declared is None:
        return values
    return {p.name: values.get(p.name, p.example) for p in declared}


# --- saved queries -----------------------------------------------------------------------------


def queries_dir() -> Path:
    return schema_dir() / "queries"


def _example(text: str, type_: str) -> Any:
    """A header's example; a string example may be written as JSON (``""`` is the empty string)."""
    if type_ == "string" and len(text) >= 2 and text[0] == text[-1] == '"':
        decoded = json.loads(text)
        if not isinstance(decoded, str):
            raise ValueError(text)
        return decoded
    return convert(text, type_)


def parse_query(path: Path, text: str | None = None) -> SavedQuery:
    """A saved query file; a malformed one raises ``FILE:LINE: what``."""
    text = path.read_text(encoding="utf-8") if text is None else text
    lines = text.splitlines()
    fields: dict[str, str] = {}
    field_lines: dict[str, int] = {}
    params: list[Param] = []
    body_start = len(lines)
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("//"):
            body_start = number - 1
            break
        match = _KEY_LINE.match(stripped)
        if match is None:
            continue  # a blank line or free text
        key, value = match.group(1), match.group(2).strip()
        where = f"{path}:{number}"
        if key not in _HEADER_KEYS:
            raise ChainGraphError(f"{where}: unknown header key {key!r} (one of {', '.join(_HEADER_KEYS)})")
        if key != "param":
            if key in fields:
                raise ChainGraphError(f"{where}: {key} is given twice")
            fields[key], field_lines[key] = value, number
            continue
        found = _PARAM_LINE.match(value)
        if found is None:
            raise ChainGraphError(f"{where}: write the parameter as 'param: NAME: TYPE = EXAMPLE'")
        name, type_, example = found.groups()
        if type_ not in PARAM_TYPES:
            raise ChainGraphError(f"{where}: unknown type {type_!r} (one of {_TYPE_LIST})")
        if any(p.name == name for p in params):
            raise ChainGraphError(f"{where}: parameter {name} is declared twice")
        try:
            params.append(Param(name, type_, _example(example.strip(), type_)))
        except ValueError:
            raise ChainGraphError(f"{where}: the example {example!r} is not {_a(type_)}") from None
    for key in ("name", "description.zh", "description.en"):
        if not fields.get(key):
            raise ChainGraphError(f"{path}:1: the header has no '// {key}: …' line")
    if fields["name"] != path.stem:
        raise ChainGraphError(
            f"{path}:{field_lines['name']}: the name {fields['name']!r} is not the file name {path.stem!r}"
        )
    cypher = "\n".join(lines[body_start:]).strip()
    while cypher.endswith(";"):
        cypher = cypher[:-1].rstrip()
    if not cypher:
        raise ChainGraphError(f"{path}:{len(lines)}: no Cypher statement after the header")
    if re.search(r";", blank_cypher(cypher)):
        raise ChainGraphError(f"{path}: a saved query holds one statement")
    used, names = used_parameters(cypher), {p.name for p in params}
    if used - names:
        raise ChainGraphError(f"{path}: ${', $'.join(sorted(used - names))} used but not declared")
    if names - used:
        raise ChainGraphError(f"{path}: parameter(s) {', '.join(sorted(names - used))} declared but not used")
    return SavedQuery(
        fields["name"], fields["description.zh"], fields["description.en"], tuple(params), cypher, path
    )


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query of ``schema/queries/``, by name."""
    folder = folder or queries_dir()
    return {q.name: q for q in (parse_query(path) for path in sorted(folder.glob("*.cypher")))}


def saved_query(name: str, folder: Path | None = None) -> SavedQuery:
    queries = saved_queries(folder)
    if name not in queries:
        raise ChainGraphError(
            f"no saved query {name!r}; there are: {', '.join(queries)} (see 'chain-graph queries list')"
        )
    return queries[name]


# --- values ------------------------------------------------------------------------------------


def _node_json(node: Node) -> dict[str, Any]:
    props = {key: to_json_value(value) for key, value in sorted(node.items())}
    return {
        "id": props.pop("id", node.element_id),
        "labels": sorted(label for label in node.labels if label != MARKER),
        "properties": props,
    }


def _end_id(node: Node | None) -> Any:
    if node is None:
        return None
    value = node.get("id")
    return node.element_id if value is None else to_json_value(value)


def _relationship_json(rel: Relationship) -> dict[str, Any]:
    props = {key: to_json_value(value) for key, value in sorted(rel.items())}
    if props.get("key") == "":
        del props["key"]  # the loader's default, as in the export
    return {
        "type": rel.type,
        "start": _end_id(rel.start_node),
        "end": _end_id(rel.end_node),
        "properties": props,
    }


def to_json_value(value: Any) -> Any:
    """A Neo4j value as JSON: nodes ``{"id", "labels", "properties"}`` and relationships
    ``{"type", "start", "end", "properties"}`` (as in the export), paths ``{"nodes",
    "relationships"}``, temporal values as ISO 8601 text, points ``{"srid", "coordinates"}``."""
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
        return {str(k): to_json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json_value(v) for v in value]
    if isinstance(value, bytes | bytearray):
        return value.hex()
    return str(value)


# --- running -----------------------------------------------------------------------------------


def _notes(summary: ResultSummary) -> list[str]:
    notes = []
    for status in summary.gql_status_objects:
        if status.is_notification and status.severity == NotificationSeverity.WARNING:
            notes.append(re.sub(r"^warn:\s*", "", status.status_description))
    return notes


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
) -> QueryResult:
    """Run one statement read-only: READ access mode, at most ``limit`` rows, ``timeout`` seconds.

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
                f"the query ran longer than the {timeout:g} s timeout and was stopped (raise --timeout)"
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
    rows = [{key: to_json_value(record[key]) for key in columns} for record in records[:limit]]
    return QueryResult(columns, rows, truncated, notes)
