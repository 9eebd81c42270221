"""Interchange formats for an exported graph: JSON, neo4j-admin CSV, and GraphML (Gephi).

Input is interchange records (:mod:`chain_graph.records`), whether they came from the files or
from Neo4j. Pure: no database access.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shlex
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TextIO

import networkx as nx

from chain_graph.errors import ChainGraphError
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = [
    "ANY_MULTILINE",
    "ARRAY_DELIMITER",
    "IMPORT_OPTIONS",
    "ColumnKinds",
    "CsvTable",
    "to_graphml",
    "to_json",
    "write_csv",
]

ARRAY_DELIMITER = "|"
# How neo4j-admin reads the files written here (quoted values may span lines).
IMPORT_OPTIONS = (
    "--overwrite-destination",
    f"--array-delimiter={ARRAY_DELIMITER}",
)
# Every file may hold a line break in a quoted field (a document's text): safe, and slow, as the
# importer then reads each file in one thread. The bulk load names only the files that do.
ANY_MULTILINE = "--multiline-fields=true"


def to_json(nodes: Iterable[NodeRecord], relationships: Iterable[RelationshipRecord]) -> str:
    """The interchange JSON, sorted so that equal graphs give identical bytes."""
    document = {
        "nodes": [n.to_json() for n in sorted(nodes, key=lambda n: n.id)],
        "relationships": [r.to_json() for r in sorted(relationships, key=lambda r: r.identity)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _csv_type(values: Iterable[Any]) -> str:
    """The neo4j-admin import type of a column, from the values it holds."""
    kinds = ColumnKinds()
    for value in values:
        kinds.add(value)
    return kinds.csv_type()


class ColumnKinds:
    """The Python types a column holds (and its lists' items): enough to choose its CSV type."""

    def __init__(self) -> None:
        self.kinds: set[type] = set()
        self.items: set[type] = set()
        # A value breaks a line: neo4j-admin must read the file as multiline. Set by the writer,
        # which sees each value's text once.
        self.multiline = False

    def add(self, value: Any) -> None:
        self.kinds.add(type(value))
        if isinstance(value, list):
            self.items.update(map(type, value))

    def merge(self, other: ColumnKinds) -> None:
        self.kinds |= other.kinds
        self.items |= other.items
        self.multiline = self.multiline or other.multiline

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
        text = ARRAY_DELIMITER.join(map(str, value))
        if value and text.count(ARRAY_DELIMITER) != len(value) - 1:
            raise ChainGraphError(f"{where}: a list item holds '{ARRAY_DELIMITER}', the CSV array delimiter")
        return text
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _csv_row(cells: Iterable[str | None]) -> str:
    """One line for neo4j-admin: each value quoted, so that an empty string ("", a relationship's
    default key) is stored as one; an absent value (None) an empty field, which stores nothing."""
    return ",".join("" if c is None else _quoted(c) for c in cells) + "\n"


def _write_header(handle: TextIO, columns: list[str]) -> None:
    csv.writer(handle, lineterminator="\n").writerow(columns)


Row = tuple[str, list[str], str, Mapping[str, Any]]  # file name, lead values, name for errors, properties


def write_csv(nodes: list[NodeRecord], relationships: list[RelationshipRecord], folder: Path) -> list[Path]:
    """One CSV per label and per relationship type, headed for ``neo4j-admin database import``.

    Also writes ``import-command.txt`` with the exact command line. Returns the files written.
    """
    node_rows: list[Row] = []
    for n in sorted(nodes, key=lambda n: n.id):
        label = ARRAY_DELIMITER.join(n.labels)
        file = f"nodes_{label.replace(ARRAY_DELIMITER, '_')}.csv"
        node_rows.append((file, [n.id, label], n.id, n.properties))
    relationship_rows: list[Row] = []
    for r in sorted(relationships, key=lambda r: r.identity):
        file, name = f"relationships_{r.type}.csv", f"{r.type}({r.start}->{r.end})"
        relationship_rows.append((file, [r.start, r.end, r.type], name, r.properties))
    folder.mkdir(parents=True, exist_ok=True)
    written = _write_tables(folder, ["id:ID", ":LABEL"], node_rows)
    written += _write_tables(folder, [":START_ID", ":END_ID", ":TYPE"], relationship_rows)
    files = [f"--{'nodes' if p.name.startswith('nodes_') else 'relationships'}={p.name}" for p in written]
    command = folder / "import-command.txt"
    command.write_text(
        "# Run in this folder, against a stopped, empty database:\n"
        + shlex.join(
            ["neo4j-admin", "database", "import", "full", "neo4j", *IMPORT_OPTIONS, ANY_MULTILINE, *files]
        )
        + "\n",
        encoding="utf-8",
    )
    return [*written, command]


def _write_tables(folder: Path, lead: list[str], rows: list[Row]) -> list[Path]:
    """One file per table: the column types from a first pass over the rows, then the rows."""
    columns: dict[str, dict[str, ColumnKinds]] = {}
    for file, _, _, props in rows:
        kinds = columns.setdefault(file, {})
        for key, value in props.items():
            kinds.setdefault(key, ColumnKinds()).add(value)
    keys = {file: sorted(kinds) for file, kinds in columns.items()}
    with contextlib.ExitStack() as stack:
        handles = {}
        for file in sorted(columns):
            handle = stack.enter_context((folder / file).open("w", encoding="utf-8", newline=""))
            handles[file] = handle
            _write_header(handle, [*lead, *(f"{k}:{columns[file][k].csv_type()}" for k in keys[file])])
        for file, values, name, props in rows:
            cells = (_csv_value(props[k], name) if k in props else None for k in keys[file])
            handles[file].write(_csv_row([*values, *cells]))
    return [folder / file for file in sorted(columns)]


class CsvTable:
    """One neo4j-admin CSV table written in a single pass, for data too large to read twice.

    The columns are fixed up front (every property the records may have, in name order, after
    the ``lead`` ones); each row goes to the body file as it comes, a property it lacks left
    empty (no property). The header, whose column types only the values tell, is written to its
    own file by :meth:`finish`: neo4j-admin takes ``--nodes=HEADER,BODY``. Bodies other processes
    wrote for the same table (``part``) are added with :meth:`adopt`: ``--nodes=HEADER,BODY,PART…``.
    """

    def __init__(self, folder: Path, name: str, lead: list[str], columns: list[str], part: str = "") -> None:
        self.header, self.body = folder / f"{name}.header.csv", folder / f"{name}{part}.csv"
        self._lead = lead
        self.kinds = {column: ColumnKinds() for column in sorted(columns)}
        self._columns = {column: (i, kinds) for i, (column, kinds) in enumerate(self.kinds.items())}
        self._handle = self.body.open("w", encoding="utf-8", newline="")
        self._more_bodies: list[Path] = []

    def adopt(self, body: Path, kinds: Mapping[str, ColumnKinds]) -> None:
        """Take in a body another process wrote for the same table, and the kinds of its values."""
        for column, seen in kinds.items():
            self.kinds[column].merge(seen)
        self._more_bodies.append(body)

    def write(self, values: list[str], properties: Mapping[str, Any], name: str) -> None:
        """One row: the lead ``values``, then each column's property; ``name`` says whose in errors."""
        cells = [""] * len(self._columns)  # an empty field stores no property
        for column, value in properties.items():  # a few of many columns: the others stay empty
            found = self._columns.get(column)
            if found is None:
                unknown = ", ".join(sorted(properties.keys() - self.kinds.keys()))
                raise ChainGraphError(f"{name}: properties {unknown} have no column in {self.body.name}")
            if value is not None:
                position, kinds = found
                kinds.add(value)
                text = value if type(value) is str else _csv_value(value, name)
                if not kinds.multiline and ("\n" in text or "\r" in text):
                    kinds.multiline = True
                cells[position] = _quoted(text)
        self._handle.write(",".join([*map(_quoted, values), *cells]) + "\n")

    @property
    def multiline(self) -> bool:
        """Some value of the table (a body of it) breaks a line."""
        return any(kinds.multiline for kinds in self.kinds.values())

    def finish(self) -> list[Path]:
        """Close the body, write the header: the files, header first."""
        self.close()
        with self.header.open("w", encoding="utf-8", newline="") as handle:
            _write_header(handle, [*self._lead, *(f"{c}:{k.csv_type()}" for c, k in self.kinds.items())])
        return [self.header, self.body, *self._more_bodies]

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> CsvTable:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


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
