"""The interchange JSON checked in bulk: the fast path for an export with nothing wrong in it.

:mod:`json_reader` and :mod:`checks` read an export entry by entry, keeping ids on disk, and name
every problem at its JSON path. A large export most often has no problem at all; for it this
module runs the same checks over whole columns instead (one parse without a hook per object, one
pydantic call per record, sets and dicts for ids, names, endpoints and quotes), several times
faster. It only ever answers "valid, and here is what the precise path would give" or "not
sure": on anything doubtful (a problem, a shape it does not handle, a chain warning) it returns
``None`` and the caller reads the file the precise way, which finds and words each problem. So
the messages are those of the precise path by construction; the tests check that every invalid
file makes this path step aside and that a valid one gives the same records, counts and warnings.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import ValidationError

from chain_graph.dataset.checks import Record, Validated, shared_name_warning
from chain_graph.dataset.json_reader import SURROGATE_ESCAPE
from chain_graph.dataset.keystore import KeyStore
from chain_graph.dataset.problems import Problem
from chain_graph.dataset.quotes import QuoteIndex
from chain_graph.model import (
    ENDPOINTS,
    NODE_TYPE_BY_LABEL,
    ChainDef,
    Document,
    Node,
    Product,
    Relationship,
    RelType,
    Sourced,
)

__all__ = ["checked"]

_NODE_KEYS = {"id", "labels", "properties"}
_RELATIONSHIP_KEYS = {"type", "start", "end", "properties"}
# A key with blanks before its colon: legal JSON, but it would hide from the count below.
_SPACED_COLON = re.compile(r'"[ \t\r\n]+:')


def _no_key_twice(text: str, document: dict[str, Any], items: list[dict[str, Any]]) -> bool:
    """True when no object of the file gives a key twice (the standard parser keeps the last).

    Every key in the text ends with ``":``; so does an escaped quote inside a string before a
    colon (``\\":``), which is counted and taken off. A key ending in a backslash would be
    taken off too, but every key kept here is a known field name. With no blank before any
    colon, the text then holds exactly as many keys as the parsed objects unless one was given
    twice, or sits in an object deeper down (not counted here: such a file is left to the
    precise path, which refuses it).
    """
    if _SPACED_COLON.search(text):
        return False
    in_text = text.count('":') - text.count('\\":')
    parsed = len(document) + sum(len(item) + len(item["properties"]) for item in items)
    return in_text == parsed


def _shape(document: Any) -> tuple[list[Any], list[Any]] | None:
    if not isinstance(document, dict) or set(document) - {"nodes", "relationships"}:
        return None
    nodes, relationships = document.get("nodes", []), document.get("relationships", [])
    if not isinstance(nodes, list) or not isinstance(relationships, list):
        return None
    for items, keys in ((nodes, _NODE_KEYS), (relationships, _RELATIONSHIP_KEYS)):
        for item in items:
            if type(item) is not dict or item.keys() != keys or type(item["properties"]) is not dict:
                return None
    return nodes, relationships


def _models(
    nodes: list[dict[str, Any]], relationships: list[dict[str, Any]]
) -> tuple[list[Node], list[Relationship]] | None:
    """Each entry as its model, built from the same values as :func:`json_reader.read_json_file`."""
    node_models: list[Node] = []
    try:
        for item in nodes:
            labels = item["labels"]
            model = NODE_TYPE_BY_LABEL.get(labels[0]) if type(labels) is list and len(labels) == 1 else None
            if model is None:
                return None
            node_models.append(model.model_validate({"id": item["id"], **item["properties"]}))
        relationship_models = [
            Relationship.model_validate(
                {"type": item["type"], "start": item["start"], "end": item["end"]} | item["properties"]
            )
            for item in relationships
        ]
    except (ValidationError, TypeError):  # TypeError: an unhashable label
        return None
    return node_models, relationship_models


def _quotes_verbatim(records: list[Record], nodes: list[Node]) -> bool:
    """Every source is a known document, and every quote of a text document is part of it."""
    documents = {n.id: n.text for n in nodes if isinstance(n, Document)}
    quotes: dict[str, set[str]] = {}
    for record in records:
        if isinstance(record, Sourced):
            for source, quote in zip(record.source, record.quote, strict=True):
                if source not in documents:
                    return False
                quotes.setdefault(source, set()).add(quote)
    missing: list[str] = []
    for source, wanted in quotes.items():
        text = documents[source]
        if text is not None:  # None: a dataset, whose quotes are locators
            index = QuoteIndex(text)
            for quote in wanted:
                index.check(quote, partial(missing.append, source))
            index.finish()
    return not missing


def _endpoints_allowed(relationships: list[Relationship], label_of: dict[str, str]) -> bool:
    for rel in relationships:
        allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
        if label_of.get(rel.start) not in allowed_start or label_of.get(rel.end) not in allowed_end:
            return False
        if rel.product is not None and label_of.get(rel.product) != Product.label:
            return False
        if rel.process is not None and label_of.get(rel.process) != "Process":
            return False
    return True


def _chains_defined(nodes: list[Node]) -> bool:
    """Each chain code defined once, and every product's chain defined (else the precise path warns)."""
    codes = [n.code for n in nodes if isinstance(n, ChainDef)]
    used = {code for n in nodes if isinstance(n, Product) for code in n.chains or ()}
    return len(set(codes)) == len(codes) and used <= set(codes)


def _part_of_acyclic(relationships: list[Relationship]) -> bool:
    graph = nx.DiGraph((r.start, r.end) for r in relationships if r.type == RelType.PART_OF)
    return bool(nx.is_directed_acyclic_graph(graph))


def _name_warnings(nodes: list[Node], shown: str) -> list[Problem]:
    """The precise path's warnings for a name or alias two nodes share, in the same order."""
    names = [[*dict.fromkeys([n.name, *(n.aliases or [])])] for n in nodes]
    counted = Counter(name for per_node in names for name in per_node)
    first: dict[str, int] = {}
    warnings: list[Problem] = []
    for i, (node, per_node) in enumerate(zip(nodes, names, strict=True)):
        for name in per_node:
            if counted[name] > 1 and first.setdefault(name, i) != i:
                j = first[name]
                where = f"$.nodes[{i}].properties.{'name' if name == node.name else 'aliases'}"
                first_at = (nodes[j].id, nodes[j].label, shown, f"$.nodes[{j}]")
                warnings.append(shared_name_warning(shown, where, node.id, name, first_at))
    return warnings


def checked(path: Path, shown: str, sink: Callable[[Record], None]) -> Validated | None:
    """What :func:`checks.check_records` returns, each record handed to ``sink`` in file order
    (nodes, then relationships), when the export at ``path`` is valid; ``None``, with nothing
    handed over, when it may not be. Run with the collector paused (as :func:`dataset.validate`
    does), or it walks the whole parsed file again and again."""
    found = _checked(path, shown)
    if found is None:
        return None
    records, validated = found
    for record in records:
        sink(record)
    return validated


def _checked(path: Path, shown: str) -> tuple[list[Record], Validated] | None:
    try:
        text = path.read_text(encoding="utf-8")
        if SURROGATE_ESCAPE.search(text):
            return None
        document = json.loads(text)
    except (OSError, ValueError, RecursionError):  # ValueError: malformed JSON, bad UTF-8, huge ints
        return None
    shape = _shape(document)
    if shape is None or not _no_key_twice(text, document, [*shape[0], *shape[1]]):
        return None
    del text
    models = _models(*shape)
    if models is None:
        return None
    del document, shape
    nodes, relationships = models
    records: list[Record] = [*nodes, *relationships]
    label_of = {n.id: n.label for n in nodes}
    identities = {r.identity for r in relationships}
    if (
        len(label_of) != len(nodes)
        or len(identities) != len(relationships)
        or not _chains_defined(nodes)
        or not _endpoints_allowed(relationships, label_of)
        or not _part_of_acyclic(relationships)
        or not _quotes_verbatim(records, nodes)
    ):
        return None
    # In memory: the parsed file held far more than these, so they add nothing to the peak.
    node_store, relationship_store = KeyStore(len(nodes)), KeyStore(len(relationships))
    node_store.update((n.id, (n.label, shown, f"$.nodes[{i}]")) for i, n in enumerate(nodes))
    relationship_store.update(
        (r.identity, (shown, f"$.relationships[{i}]")) for i, r in enumerate(relationships)
    )
    counts = Counter([*(n.label for n in nodes), *(str(r.type) for r in relationships)])
    validated = Validated(
        dict(sorted(counts.items())), node_store, relationship_store, tuple(_name_warnings(nodes, shown))
    )
    return records, validated
