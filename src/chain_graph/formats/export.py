"""Interchange formats for an exported graph: JSON, neo4j-admin CSV, and GraphML (Gephi).

Input is interchange records (:mod:`chain_graph.records`), whether they came from the files or
from Neo4j. Pure: no database access.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from chain_graph.errors import ChainGraphError
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["ARRAY_DELIMITER", "to_graphml", "to_json", "write_csv"]

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
    kinds = {type(v) for v in values}
    if kinds <= {bool}:
        return "boolean"
    if kinds <= {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    if kinds <= {list}:
        items = {type(item) for value in values for item in value}
        if items <= {int}:
            return "long[]"
        if items <= {int, float}:
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


def _write_table(
    path: Path, lead: list[str], records: list[tuple[list[str], str, Mapping[str, Any]]]
) -> None:
    """A CSV with the ``lead`` columns, then one typed column per property found in ``records``.

    Each record is (lead values, name for error messages, properties).
    """
    keys = sorted({k for _, _, props in records for k in props})
    types = {k: _csv_type([props[k] for _, _, props in records if k in props]) for k in keys}
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([*lead, *(f"{k}:{types[k]}" for k in keys)])
        for values, name, props in records:
            writer.writerow([*values, *(_csv_value(props.get(k, ""), name) for k in keys)])


def write_csv(nodes: list[NodeRecord], relationships: list[RelationshipRecord], folder: Path) -> list[Path]:
    """One CSV per label and per relationship type, headed for ``neo4j-admin database import``.

    Also writes ``import-command.txt`` with the exact command line. Returns the files written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    by_label: dict[str, list[NodeRecord]] = {}
    for node in nodes:
        by_label.setdefault(ARRAY_DELIMITER.join(node.labels), []).append(node)
    for label, group in sorted(by_label.items()):
        path = folder / f"nodes_{label.replace(ARRAY_DELIMITER, '_')}.csv"
        rows = [([n.id, label], n.id, n.properties) for n in sorted(group, key=lambda n: n.id)]
        _write_table(path, ["id:ID", ":LABEL"], rows)
        written.append(path)
    by_type: dict[str, list[RelationshipRecord]] = {}
    for rel in relationships:
        by_type.setdefault(rel.type, []).append(rel)
    for rel_type, rels in sorted(by_type.items()):
        path = folder / f"relationships_{rel_type}.csv"
        rels.sort(key=lambda r: r.identity)
        rows = [([r.start, r.end, rel_type], f"{rel_type}({r.start}->{r.end})", r.properties) for r in rels]
        _write_table(path, [":START_ID", ":END_ID", ":TYPE"], rows)
        written.append(path)
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
