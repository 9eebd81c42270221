"""Seed files ⇄ a validated :class:`Dataset`.

A dataset is read from either a folder of YAML files (every ``*.yaml`` at any depth)
or an export JSON file. Every problem is collected and reported at once as
``FILE:LINE: ID: what is wrong`` (for JSON, the JSON path stands in for the line).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml
from pydantic import ValidationError

from chain_graph.model import (
    ENDPOINTS,
    NODE_TYPE_BY_LABEL,
    NODE_TYPE_BY_SECTION,
    SLUG_PATTERN,
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

    def by_id(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}


# --- YAML with line numbers -------------------------------------------------------------


class _Located(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[int, str]]


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that keeps line numbers, notes duplicate keys, and leaves dates as text."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _Located:
    loader.flatten_mapping(node)
    mapping = _Located()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    mapping.duplicate_keys = []
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in mapping:
            mapping.duplicate_keys.append((line, str(key)))
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
    if document is None:
        problems.append(Problem(shown, 1, "-", "empty file: expected sections such as 'products:'"))
        return []
    if not isinstance(document, _Located):
        problems.append(Problem(shown, 1, "-", "expected a mapping of sections at the top level"))
        return []
    for line, key in document.duplicate_keys:
        problems.append(Problem(shown, line, "-", f"duplicate section '{key}'"))
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
            entry = _RawEntry(section, dict(item), Origin(shown, item.line, dict(item.key_lines)))
            for key_line, key in item.duplicate_keys:
                problems.append(Problem(shown, key_line, entry.entry_id, f"duplicate key '{key}'"))
            has_text_file = section == "documents" and "text_file" in entry.data
            if has_text_file and not _resolve_text_file(entry, path.parent, problems):
                continue
            entries.append(entry)
    return entries


def _resolve_text_file(entry: _RawEntry, folder: Path, problems: list[Problem]) -> bool:
    """Read a document's ``text_file`` (relative to its YAML file) into its ``text``."""
    text_file = entry.data.pop("text_file")
    try:
        entry.data["text"] = (folder / str(text_file)).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
        where = entry.origin.at("text_file")
        problems.append(
            Problem(
                entry.origin.file, where, entry.entry_id, f"cannot read text_file '{text_file}': {reason}"
            )
        )
        return False
    return True


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


_UNIT_HINTS = {
    "_cny": "yuan as a whole number, e.g. 15000000000 for 150亿元",
    "_t_per_year": "tonnes per year as a number, e.g. 600000 for 60万吨/年",
    "_m3": "cubic metres as a number, e.g. 174000 for 17.4万立方米",
}


def _describe(error: Any) -> tuple[str | None, str]:
    """Turn one pydantic error into (field, plain message)."""
    loc = [str(part) for part in error["loc"]]
    field_name = loc[0] if loc else None
    path = ".".join(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        return field_name, f"unknown field '{path}'"
    if kind == "missing":
        return field_name, f"missing required field '{path}'"
    if kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") == SLUG_PATTERN:
        return field_name, (
            f"{path}: '{error['input']}' is not a valid id: use a lowercase slug of a-z, 0-9, '-' and '_' "
            "such as 'quangang-petrochemical-park'"
        )
    if field_name is None:
        return None, error["msg"].removeprefix("Value error, ")
    if kind == "value_error":
        return field_name, f"{path}: {error['msg'].removeprefix('Value error, ')}"
    hint = next((h for suffix, h in _UNIT_HINTS.items() if field_name.endswith(suffix)), None)
    message = f"{path}: {error['msg']} (got {error['input']!r})"
    return field_name, f"{message}; expected {hint}" if hint else message


Record = Node | Relationship


def _validated(raw: Iterable[_RawEntry], problems: list[Problem]) -> Iterator[tuple[Record, Origin]]:
    """Each entry as a model object; entries that fail validation are reported and skipped."""
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
        yield record, entry.origin


def _rel_ident(rel: Relationship) -> str:
    return f"{rel.type}({rel.start}->{rel.end}{', key=' + rel.key if rel.key else ''})"


class _Checker:
    """Checks across records in one streaming pass, keeping ids rather than records.

    A check whose target is not known yet (a relationship listed before its nodes, a quote
    before its document) waits until :meth:`finish`; in the usual order nothing waits.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.nodes: dict[str, tuple[str, str, int | str]] = {}  # id -> (label, file, where)
        self.documents: dict[str, str] = {}  # id -> full text
        self.relationships: dict[tuple[str, str, str, str], tuple[str, int | str]] = {}
        self.counts: dict[str, int] = {}
        self._waiting_rels: list[tuple[Relationship, Origin]] = []
        self._waiting_quotes: list[tuple[str, str, str, Origin]] = []

    def add(self, record: Record, origin: Origin) -> bool:
        """Check one record; False when it is a duplicate and must be left out."""
        if isinstance(record, Relationship):
            ident = _rel_ident(record)
            seen_rel = self.relationships.get(record.identity)
            if seen_rel is not None:
                first = f"{seen_rel[0]}:{seen_rel[1]}"
                self._problem(
                    origin, None, ident, f"duplicate relationship (first at {first}); use another 'key'"
                )
                return False
            self.relationships[record.identity] = (origin.file, origin.where)
            self._check_endpoints(record, origin, final=False)
            self._check_provenance(record, ident, origin)
            name = str(record.type)
        else:
            seen = self.nodes.get(record.id)
            if seen is not None:
                self._problem(origin, "id", record.id, f"duplicate id (first defined at {seen[1]}:{seen[2]})")
                return False
            self.nodes[record.id] = (record.label, origin.file, origin.where)
            if isinstance(record, Document):
                self.documents[record.id] = record.text
            if isinstance(record, Sourced):
                self._check_provenance(record, record.id, origin)
            name = record.label
        self.counts[name] = self.counts.get(name, 0) + 1
        return True

    def finish(self) -> None:
        for rel, origin in self._waiting_rels:
            self._check_endpoints(rel, origin, final=True)
        for source, quote, ident, origin in self._waiting_quotes:
            self._check_quote(source, quote, ident, origin, final=True)

    def _problem(self, origin: Origin, field_name: str | None, ident: str, message: str) -> None:
        self.problems.append(Problem(origin.file, origin.at(field_name), ident, message))

    def _check_provenance(self, record: Sourced, ident: str, origin: Origin) -> None:
        for source, quote in zip(record.source, record.quote, strict=True):
            self._check_quote(source, quote, ident, origin, final=False)

    def _check_quote(self, source: str, quote: str, ident: str, origin: Origin, *, final: bool) -> None:
        text = self.documents.get(source)
        if text is None:
            if final:
                self._problem(origin, "source", ident, f"source '{source}' is not a known document")
            else:
                self._waiting_quotes.append((source, quote, ident, origin))
        elif quote not in text:
            self._problem(
                origin, "quote", ident, f"quote is not a verbatim part of document '{source}': {quote[:60]!r}"
            )

    def _check_endpoints(self, rel: Relationship, origin: Origin, *, final: bool) -> None:
        targets = [("start", rel.start), ("end", rel.end)]
        if rel.product is not None:
            targets.append(("product", rel.product))
        if not final and any(node_id not in self.nodes for _, node_id in targets):
            self._waiting_rels.append((rel, origin))
            return
        allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
        allowed = {"start": allowed_start, "end": allowed_end, "product": frozenset({Product.label})}
        for field_name, node_id in targets:
            known = self.nodes.get(node_id)
            if known is None:
                self._problem(
                    origin, field_name, _rel_ident(rel), f"{field_name} '{node_id}' is not a known node id"
                )
            elif known[0] not in allowed[field_name]:
                verb = {"start": "start at", "end": "end at", "product": "name as its product"}[field_name]
                permitted = ", ".join(sorted(allowed[field_name]))
                message = f"{rel.type} cannot {verb} a {known[0]} ('{node_id}'); allowed: {permitted}"
                self._problem(origin, field_name, _rel_ident(rel), message)


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


@dataclass(frozen=True)
class Validated:
    """What a streaming validation keeps: counts, and the identity of every record."""

    counts: dict[str, int]
    nodes: dict[str, tuple[str, str, int | str]]  # id -> (label, file, where)
    relationships: dict[tuple[str, str, str, str], tuple[str, int | str]]  # identity -> (file, where)

    @property
    def total(self) -> int:
        return len(self.nodes) + len(self.relationships)

    def label(self, node_id: str) -> str:
        return self.nodes[node_id][0]

    def summary(self) -> str:
        per = ", ".join(f"{name} {n}" for name, n in self.counts.items())
        return f"{len(self.nodes)} nodes, {len(self.relationships)} relationships ({per})"


def _checked(path: Path, sink: Callable[[Record], None]) -> Validated:
    """Validate every record, handing each accepted one to ``sink``; raise if anything is wrong."""
    problems: list[Problem] = []
    checker = _Checker(problems)
    for record, origin in _validated(_raw_entries(path, problems), problems):
        if checker.add(record, origin):
            sink(record)
    checker.finish()
    if problems:
        raise DatasetError(problems)
    return Validated(dict(sorted(checker.counts.items())), checker.nodes, checker.relationships)


def load(path: Path) -> Dataset:
    """Read and validate a seed folder, a YAML file or an export JSON file, all in memory.

    Raises :class:`DatasetError` listing every problem found.
    """
    records: list[Record] = []
    _checked(path, records.append)
    return Dataset(
        tuple(r for r in records if isinstance(r, Node)),
        tuple(r for r in records if isinstance(r, Relationship)),
    )


def validate(path: Path) -> Validated:
    """Validate a dataset as a stream: memory is bounded by its ids, not by its records."""
    return _checked(path, lambda _: None)


@dataclass(frozen=True)
class Spool:
    """A validated dataset, its records parked on disk in export shape (nodes, then relationships)."""

    validated: Validated
    _nodes: IO[str]
    _relationships: IO[str]

    def nodes(self) -> Iterator[dict[str, Any]]:
        return _read_lines(self._nodes)

    def relationships(self) -> Iterator[dict[str, Any]]:
        return _read_lines(self._relationships)


def _read_lines(handle: IO[str]) -> Iterator[dict[str, Any]]:
    handle.seek(0)
    for line in handle:
        yield json.loads(line)


@contextmanager
def spooled(path: Path) -> Iterator[Spool]:
    """Validate ``path`` in one streaming pass and keep its records in temporary files.

    Memory stays bounded by the ids; the files are read once, so writing needs no second parse.
    """
    with (
        tempfile.TemporaryFile("w+", encoding="utf-8") as nodes,
        tempfile.TemporaryFile("w+", encoding="utf-8") as relationships,
    ):

        def park(record: Record) -> None:
            if isinstance(record, Relationship):
                relationships.write(json.dumps(relationship_record(record), ensure_ascii=False) + "\n")
            else:
                nodes.write(json.dumps(node_record(record), ensure_ascii=False) + "\n")

        validated = _checked(path, park)
        yield Spool(validated, nodes, relationships)


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
