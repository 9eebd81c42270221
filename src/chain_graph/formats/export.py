"""Interchange formats for an exported graph: JSON, neo4j-admin CSV, and GraphML (Gephi).

Input is interchange records (:mod:`chain_graph.records`), whether they came from the files or
from Neo4j. Pure: no database access.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from chain_graph.errors import ChainGraphError
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["ARRAY_DELIMITER", "stream_csv", "to_graphml", "to_json", "write_csv"]

ARRAY_DELIMITER = "|"


def to_json(nodes: Iterable[NodeRecord], relationships: Iterable[RelationshipRecord]) -> str:
    """The interchange JSON, sorted so that equal graphs give identical bytes."""
    document = {
        "nodes": [n.to_json() for n in sorted(nodes, key=lambda n: n.id)],
        "relationships": [r.to_json() for r in sorted(relationships, key=lambda r: r.identity)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _csv_type(values: Iterable[Any]) -> str:
    """The neo4j-admin import type of a column, from the values it holds."""
    kinds = _Kinds()
    for value in values:
        kinds.add(value)
    return kinds.csv_type()


class _Kinds:
    """The Python types a column holds (and its lists' items): enough to choose its CSV type."""

    def __init__(self) -> None:
        self.kinds: set[type] = set()
        self.items: set[type] = set()

    def add(self, value: Any) -> None:
        self.kinds.add(type(value))
        if isinstance(value, list):
            self.items.update(type(item) for item in value)

    def csv_type(self) -> str:
        if self.kinds <= {bool}:
            return "boolean"
        if self.kinds <= {int}:
            return "long"
        if self.kinds <= {int, float}:
            return "double"
        if self.kinds <= {list}:
            if self.items <= {int}:
                return "long[]"
            if self.items <= {int, float}:
                return "double[]"
            return "string[]"
        return "string"


def _csv_value(value: Any, where: str) -> str:
    if isinstance(value, list):
        for item in value:
            if ARRAY_DELIMITER in str(item):
                raise ChainGraphError(
                    f"{where}: a list item holds '{ARRAY_DELIMITER}', the CSV array delimiter"
                )
        return ARRAY_DELIMITER.join(str(item) for item in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(nodes: list[NodeRecord], relationships: list[RelationshipRecord], folder: Path) -> list[Path]:
    """One CSV per label and per relationship type, headed for ``neo4j-admin database import``.

    Also writes ``import-command.txt`` with the exact command line. Returns the files written.
    """
    ordered_nodes = sorted(nodes, key=lambda n: n.id)
    ordered_relationships = sorted(relationships, key=lambda r: r.identity)
    written = stream_csv(lambda: ordered_nodes, lambda: ordered_relationships, folder)
    files = " ".join(
        f"--{'nodes' if p.name.startswith('nodes_') else 'relationships'}={p.name}" for p in written
    )
    command = folder / "import-command.txt"
    command.write_text(
        "# Run in this folder, against a stopped, empty database:\n"
        f"neo4j-admin database import full neo4j --overwrite-destination "
        f"--array-delimiter='{ARRAY_DELIMITER}' --multiline-fields=true {files}\n",
        encoding="utf-8",
    )
    return [*written, command]


Row = tuple[str, list[str], str, Mapping[str, Any]]  # file name, lead values, name for errors, properties


def stream_csv(
    nodes: Callable[[], Iterable[NodeRecord]],
    relationships: Callable[[], Iterable[RelationshipRecord]],
    folder: Path,
) -> list[Path]:
    """The files of :func:`write_csv`, written in two passes over records that can be read
    again (a spool): the column types first, then the rows in the order read. Memory holds the
    columns, never the records."""

    def node_rows() -> Iterator[Row]:
        for n in nodes():
            label = ARRAY_DELIMITER.join(n.labels)
            yield f"nodes_{label.replace(ARRAY_DELIMITER, '_')}.csv", [n.id, label], n.id, n.properties

    def relationship_rows() -> Iterator[Row]:
        for r in relationships():
            lead = [r.start, r.end, r.type]
            yield f"relationships_{r.type}.csv", lead, f"{r.type}({r.start}->{r.end})", r.properties

    folder.mkdir(parents=True, exist_ok=True)
    written = _stream_tables(folder, ["id:ID", ":LABEL"], node_rows)
    return written + _stream_tables(folder, [":START_ID", ":END_ID", ":TYPE"], relationship_rows)


def _stream_tables(folder: Path, lead: list[str], rows: Callable[[], Iterator[Row]]) -> list[Path]:
    columns: dict[str, dict[str, _Kinds]] = {}
    for file, _, _, props in rows():
        kinds = columns.setdefault(file, {})
        for key, value in props.items():
            kinds.setdefault(key, _Kinds()).add(value)
    keys = {file: sorted(kinds) for file, kinds in columns.items()}
    with contextlib.ExitStack() as stack:
        writers = {}
        for file in sorted(columns):
            handle = stack.enter_context((folder / file).open("w", encoding="utf-8", newline=""))
            writers[file] = csv.writer(handle, lineterminator="\n")
            writers[file].writerow([*lead, *(f"{k}:{columns[file][k].csv_type()}" for k in keys[file])])
        for file, values, name, props in rows():
            writers[file].writerow([*values, *(_csv_value(props.get(k, ""), name) for k in keys[file])])
    return [folder / file for file in sorted(columns)]


def _graphml_value(value: Any) -> Any:
    # GraphML has no list type: lists travel as JSON text.
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value


def to_graphml(nodes: list[NodeRecord], relationships: list[RelationshipRecord]) -> str:
    """GraphML that Gephi opens: node attribute ``labels``, edge attribute ``type``."""
    graph = nx.MultiDiGraph()
    for node in sorted(nodes, key=lambda n: n.id):
        attrs = {k: _graphml_value(v) for k, v in sorted(node.properties.items())}
        graph.add_node(node.id, labels=":".join(node.labels), **attrs)
    for rel in sorted(relationships, key=lambda r: r.identity):
        attrs = {k: _graphml_value(v) for k, v in sorted(rel.properties.items())}
        graph.add_edge(rel.start, rel.end, type=rel.type, **attrs)
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", infer_numeric_types=True)
    return buffer.getvalue().decode("utf-8")
