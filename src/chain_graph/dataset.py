"""Seed files ⇄ a validated :class:`Dataset`.

A dataset is read from either a folder of YAML files (every ``*.yaml`` at any depth)
or an export JSON file. Every problem is collected and reported at once as
``FILE:LINE: ID: what is wrong`` (for JSON, the JSON path stands in for the line).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from chain_graph.model import (
    ENDPOINTS,
    NODE_TYPE_BY_LABEL,
    NODE_TYPE_BY_SECTION,
    Document,
    Node,
    Product,
    Relationship,
    RelType,
    Sourced,
)

RELATIONSHIPS_SECTION = "relationships"
SECTIONS = (*NODE_TYPE_BY_SECTION, RELATIONSHIPS_SECTION)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located in its file."""

    file: str
    where: int | str  # a line number in YAML, a JSON path in JSON
    entry: str  # the id of the entry, or '-' when there is none
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.entry}: {self.message}"


class DatasetError(Exception):
    """The data is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Origin:
    file: str
    where: int | str
    field_where: dict[str, int | str] = field(default_factory=dict)

    def at(self, field_name: str | None) -> int | str:
        if field_name is None:
            return self.where
        return self.field_where.get(field_name, self.where)


@dataclass(frozen=True)
class Dataset:
    """Validated nodes and relationships, in file order."""

    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]

    def counts(self) -> dict[str, int]:
        """Count of records per node label and relationship type, sorted by name."""
        counts: dict[str, int] = {}
        for node in self.nodes:
            counts[node.label] = counts.get(node.label, 0) + 1
        for rel in self.relationships:
            counts[rel.type] = counts.get(rel.type, 0) + 1
        return dict(sorted(counts.items()))

    def summary(self) -> str:
        per = ", ".join(f"{name} {n}" for name, n in self.counts().items())
        return f"{len(self.nodes)} nodes, {len(self.relationships)} relationships ({per})"

    def by_id(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}


# --- YAML with line numbers -------------------------------------------------------------


class _Located(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers, reports duplicate keys, and leaves dates as text."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Located:
    loader.flatten_mapping(node)
    mapping = _Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            loader.duplicate_keys.append((line, str(key)))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[str(key)] = line
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay ISO strings, exactly as written: drop the implicit timestamp resolver.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class _RawEntry:
    """One entry before validation: its section, its fields, and where it stands."""

    section: str
    data: dict[str, Any]
    origin: Origin

    @property
    def entry_id(self) -> str:
        if self.section == RELATIONSHIPS_SECTION:
            d = self.data
            return f"{d.get('type', '?')}({d.get('start', '?')}->{d.get('end', '?')})"
        value = self.data.get("id")
        return value if isinstance(value, str) and value else "-"


def _read_yaml_file(path: Path, shown: str, problems: list[Problem]) -> list[_RawEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, 1, "-", f"cannot read file: {exc}"))
        return []
    loader = _LineLoader(text)
    try:
        document = loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(shown, line, "-", f"malformed YAML: {reason}"))
        return []
    finally:
        loader.dispose()
    for line, key in loader.duplicate_keys:
        problems.append(Problem(shown, line, "-", f"duplicate key '{key}'"))
    if document is None:
        problems.append(Problem(shown, 1, "-", "empty file: expected sections such as 'products:'"))
        return []
    if not isinstance(document, _Located):
        problems.append(Problem(shown, 1, "-", "expected a mapping of sections at the top level"))
        return []
    entries: list[_RawEntry] = []
    for section, items in document.items():
        line = document.key_lines[str(section)]
        if section not in SECTIONS:
            problems.append(
                Problem(shown, line, "-", f"unknown section '{section}' (known: {', '.join(SECTIONS)})")
            )
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(shown, line, "-", f"section '{section}' must be a list of entries"))
            continue
        for item in items:
            if not isinstance(item, _Located):
                problems.append(Problem(shown, line, "-", f"an entry of '{section}' is not a mapping"))
                continue
            data = dict(item)
            origin = Origin(shown, item.line, dict(item.key_lines))
            if section == "documents" and "text_file" in data:
                data = _resolve_text_file(data, path.parent, origin, problems)
            entries.append(_RawEntry(section, data, origin))
    return entries


def _resolve_text_file(
    data: dict[str, Any], folder: Path, origin: Origin, problems: list[Problem]
) -> dict[str, Any]:
    """A document's ``text_file`` is read into its ``text`` (paths relative to the YAML file)."""
    data = dict(data)
    text_file = data.pop("text_file")
    target = folder / str(text_file)
    try:
        data["text"] = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        ident = data.get("id", "-")
        problems.append(
            Problem(
                origin.file,
                origin.at("text_file"),
                str(ident),
                f"cannot read text_file '{text_file}': {exc.__class__.__name__}",
            )
        )
    return data


def _yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())


# --- JSON interchange -------------------------------------------------------------------


def _read_json_file(path: Path, shown: str, problems: list[Problem]) -> list[_RawEntry]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, "$", "-", f"cannot read file: {exc}"))
        return []
    except json.JSONDecodeError as exc:
        problems.append(Problem(shown, f"line {exc.lineno}", "-", f"malformed JSON: {exc.msg}"))
        return []
    if not isinstance(document, dict) or set(document) - {"nodes", "relationships"}:
        problems.append(Problem(shown, "$", "-", "expected an object with 'nodes' and 'relationships'"))
        return []
    entries: list[_RawEntry] = []
    for i, item in enumerate(document.get("nodes", [])):
        where = f"$.nodes[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("properties"), dict):
            problems.append(Problem(shown, where, "-", "a node needs 'id', 'labels' and 'properties'"))
            continue
        labels = item.get("labels")
        node_type = (
            NODE_TYPE_BY_LABEL.get(labels[0]) if isinstance(labels, list) and len(labels) == 1 else None
        )
        if node_type is None:
            problems.append(
                Problem(
                    shown,
                    where,
                    str(item.get("id", "-")),
                    f"unknown labels {labels!r} (known: {', '.join(NODE_TYPE_BY_LABEL)})",
                )
            )
            continue
        data = {"id": item.get("id"), **item["properties"]}
        fields: dict[str, int | str] = {k: f"{where}.properties.{k}" for k in item["properties"]}
        entries.append(_RawEntry(node_type.section, data, Origin(shown, where, fields)))
    for i, item in enumerate(document.get("relationships", [])):
        where = f"$.relationships[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("properties"), dict):
            problems.append(
                Problem(shown, where, "-", "a relationship needs 'type', 'start', 'end' and 'properties'")
            )
            continue
        data = {k: item.get(k) for k in ("type", "start", "end")} | item["properties"]
        fields = {k: f"{where}.properties.{k}" for k in item["properties"]}
        entries.append(_RawEntry(RELATIONSHIPS_SECTION, data, Origin(shown, where, fields)))
    return entries


# --- validation -------------------------------------------------------------------------


def _describe(error: Any) -> tuple[str | None, str]:
    """Turn one pydantic error into (field, plain message)."""
    loc = [str(part) for part in error["loc"]]
    field_name = loc[0] if loc else None
    path = ".".join(loc)
    if error["type"] == "extra_forbidden":
        return field_name, f"unknown field '{path}'"
    if error["type"] == "missing":
        return field_name, f"missing required field '{path}'"
    message = error["msg"].removeprefix("Value error, ")
    if field_name is None:
        return None, message
    return field_name, f"{path}: {message} (got {error['input']!r})"


def _validate_entries(
    raw: Iterable[_RawEntry], problems: list[Problem]
) -> tuple[list[tuple[Node, Origin]], list[tuple[Relationship, Origin]]]:
    nodes: list[tuple[Node, Origin]] = []
    rels: list[tuple[Relationship, Origin]] = []
    for entry in raw:
        model: type[Node] | type[Relationship] = (
            Relationship if entry.section == RELATIONSHIPS_SECTION else NODE_TYPE_BY_SECTION[entry.section]
        )
        try:
            record = model.model_validate(entry.data)
        except ValidationError as exc:
            for error in exc.errors():
                field_name, message = _describe(error)
                problems.append(
                    Problem(entry.origin.file, entry.origin.at(field_name), entry.entry_id, message)
                )
            continue
        if isinstance(record, Relationship):
            rels.append((record, entry.origin))
        else:
            nodes.append((record, entry.origin))
    return nodes, rels


def _check_references(
    nodes: list[tuple[Node, Origin]], rels: list[tuple[Relationship, Origin]], problems: list[Problem]
) -> None:
    first_seen: dict[str, Origin] = {}
    labels: dict[str, str] = {}
    documents: dict[str, Document] = {}
    for node, origin in nodes:
        if node.id in first_seen:
            seen = first_seen[node.id]
            problems.append(
                Problem(
                    origin.file,
                    origin.at("id"),
                    node.id,
                    f"duplicate id (first defined at {seen.file}:{seen.where})",
                )
            )
            continue
        first_seen[node.id] = origin
        labels[node.id] = node.label
        if isinstance(node, Document):
            documents[node.id] = node

    def check_provenance(record: Sourced, ident: str, origin: Origin) -> None:
        for source, quote in zip(record.source, record.quote, strict=True):
            document = documents.get(source)
            if document is None:
                problems.append(
                    Problem(
                        origin.file, origin.at("source"), ident, f"source '{source}' is not a known document"
                    )
                )
            elif quote not in document.text:
                problems.append(
                    Problem(
                        origin.file,
                        origin.at("quote"),
                        ident,
                        f"quote is not a verbatim part of document '{source}': {quote[:60]!r}",
                    )
                )

    for node, origin in nodes:
        if isinstance(node, Sourced):
            check_provenance(node, node.id, origin)

    seen_rels: dict[tuple[str, str, str, str], Origin] = {}
    for rel, origin in rels:
        ident = f"{rel.type}({rel.start}->{rel.end}{', key=' + rel.key if rel.key else ''})"
        if rel.identity in seen_rels:
            seen = seen_rels[rel.identity]
            problems.append(
                Problem(
                    origin.file,
                    origin.where,
                    ident,
                    f"duplicate relationship (first at {seen.file}:{seen.where}); give one a different 'key'",
                )
            )
            continue
        seen_rels[rel.identity] = origin
        allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
        for end_field, node_id, allowed in (
            ("start", rel.start, allowed_start),
            ("end", rel.end, allowed_end),
        ):
            label = labels.get(node_id)
            if label is None:
                problems.append(
                    Problem(
                        origin.file,
                        origin.at(end_field),
                        ident,
                        f"{end_field} '{node_id}' is not a known node id",
                    )
                )
            elif label not in allowed:
                problems.append(
                    Problem(
                        origin.file,
                        origin.at(end_field),
                        ident,
                        f"{rel.type} cannot {'start at' if end_field == 'start' else 'end at'} a {label}"
                        f" ('{node_id}'); allowed: {', '.join(sorted(allowed))}",
                    )
                )
        if rel.product is not None and labels.get(rel.product) != Product.label:
            problems.append(
                Problem(
                    origin.file,
                    origin.at("product"),
                    ident,
                    f"product '{rel.product}' is not a known product id",
                )
            )
        check_provenance(rel, ident, origin)


def _raw_entries(path: Path, problems: list[Problem]) -> Iterator[_RawEntry]:
    if path.is_dir():
        files = _yaml_files(path)
        if not files:
            problems.append(Problem(str(path), 1, "-", "no *.yaml files in this folder"))
        for file in files:
            yield from _read_yaml_file(file, str(file), problems)
    elif path.suffix == ".json":
        yield from _read_json_file(path, str(path), problems)
    elif path.is_file():
        yield from _read_yaml_file(path, str(path), problems)
    else:
        problems.append(Problem(str(path), 1, "-", "no such folder or file"))


def load(path: Path) -> Dataset:
    """Read and validate a seed folder, a YAML file or an export JSON file.

    Raises :class:`DatasetError` listing every problem found.
    """
    problems: list[Problem] = []
    nodes, rels = _validate_entries(_raw_entries(path, problems), problems)
    _check_references(nodes, rels, problems)
    if problems:
        raise DatasetError(problems)
    return Dataset(tuple(n for n, _ in nodes), tuple(r for r, _ in rels))


# --- export -----------------------------------------------------------------------------


def node_record(node: Node) -> dict[str, Any]:
    return {"id": node.id, "labels": [node.label], "properties": node.properties()}


def relationship_record(rel: Relationship) -> dict[str, Any]:
    return {"type": str(rel.type), "start": rel.start, "end": rel.end, "properties": rel.properties()}


def export_document(nodes: Iterable[dict[str, Any]], relationships: Iterable[dict[str, Any]]) -> str:
    """The interchange JSON, sorted so that equal graphs give identical bytes."""
    document = {
        "nodes": sorted(nodes, key=lambda n: n["id"]),
        "relationships": sorted(
            relationships, key=lambda r: (r["type"], r["start"], r["end"], r["properties"].get("key", ""))
        ),
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def to_json(dataset: Dataset) -> str:
    return export_document(map(node_record, dataset.nodes), map(relationship_record, dataset.relationships))
