"""The interchange JSON checked in bulk: the fast path for an export with nothing wrong in it.

:mod:`json_reader` and :mod:`checks` read an export entry by entry, keeping ids on disk, and name
every problem at its JSON path. A large export most often has no problem at all; for it this
module runs the same checks over whole columns instead, several times faster: the file is parsed
once (no hook per object); each record is validated by one pydantic call, in worker processes
that share the parsed file (fork) when it is large; meanwhile this process checks what spans
records (ids and identities given twice, PART_OF cycles, names two nodes share) from the values
as written, which equal the validated ones once every record is valid (names are compared).

It only ever answers "valid, and here is what the precise path would give" or "not sure": on
anything doubtful (a problem, a shape it does not handle, a chain warning) it returns ``None``,
hands nothing on, and the caller reads the file the precise way, which finds and words each
problem. So the messages are those of the precise path by construction; the tests check that
every invalid file makes this path step aside and that a valid one gives the same records,
counts and warnings.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from functools import partial
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import networkx as nx
from pydantic import ValidationError

from chain_graph.dataset.checks import Record, Validated, shared_name_warning
from chain_graph.dataset.json_reader import SURROGATE_ESCAPE
from chain_graph.dataset.keystore import KeyStore
from chain_graph.dataset.problems import Problem
from chain_graph.dataset.quotes import QuoteIndex
from chain_graph.errors import ChainGraphError
from chain_graph.model import (
    ENDPOINTS,
    NODE_TYPE_BY_LABEL,
    ChainDef,
    Product,
    Relationship,
    RelType,
    Sourced,
)

__all__ = ["WORKERS_MIN_RECORDS", "Parts", "Sink", "checked", "record_adder"]

Sink = Callable[[Record], None]

# Below this many records one process is faster than starting workers (measured: docs/benchmarks.md).
WORKERS_MIN_RECORDS = 5_000
_MAX_WORKERS = 4

_NODE_KEYS = {"id", "labels", "properties"}
_RELATIONSHIP_KEYS = {"type", "start", "end", "properties"}
# A key with blanks before its colon: legal JSON, but it would hide from the count below.
_SPACED_COLON = re.compile(r'"[ \t\r\n]+:')


@runtime_checkable
class Parts(Protocol):
    """A sink that worker processes can fill at once, each its own part (its own files): a part
    is taken in only once the whole file is known valid, and thrown away otherwise."""

    def add(self, record: Record) -> None: ...

    def begin_part(self, index: int) -> None:
        """In a worker process, before its first record: write to part ``index`` from now on."""

    def end_part(self) -> Any:
        """In a worker process, after its last record: what it wrote (sent back, pickled)."""

    def adopt(self, part: Any) -> None:
        """Take in a part a worker wrote."""

    def discard(self, part: Any) -> None:
        """Throw a part away: the data was not valid after all."""


@dataclass(frozen=True)
class _Parsed:
    """The parsed file, and the columns the workers look records up in (ids are as written)."""

    nodes: list[dict[str, Any]]
    relationships: list[dict[str, Any]]
    labels: list[str]
    label_of: dict[str, str]
    documents: dict[str, str | None]  # Document id -> its text, None for a dataset


@dataclass(frozen=True)
class _Part:
    """What a range of records told, each record valid on its own and its quotes found."""

    chain_codes: list[str]
    chains_used: set[str]


def _no_key_twice(text: str, document: dict[str, Any], parsed: _Parsed) -> bool:
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
    items = (*parsed.nodes, *parsed.relationships)
    return in_text == len(document) + sum(len(item) + len(item["properties"]) for item in items)


def _parsed(document: Any) -> _Parsed | None:
    """The file's two lists if they have the export's shape, with each node's single known label."""
    if not isinstance(document, dict) or set(document) - {"nodes", "relationships"}:
        return None
    nodes, relationships = document.get("nodes", []), document.get("relationships", [])
    if not isinstance(nodes, list) or not isinstance(relationships, list):
        return None
    for items, keys in ((nodes, _NODE_KEYS), (relationships, _RELATIONSHIP_KEYS)):
        for item in items:
            if type(item) is not dict or item.keys() != keys or type(item["properties"]) is not dict:
                return None
    labels: list[str] = []
    documents: dict[str, str | None] = {}
    for item in nodes:
        given = item["labels"]
        if type(given) is not list or len(given) != 1 or given[0] not in NODE_TYPE_BY_LABEL:
            return None
        labels.append(given[0])
        if given[0] == "Document":
            documents[item["id"]] = item["properties"].get("text")
    label_of = dict(zip((item["id"] for item in nodes), labels, strict=True))
    return _Parsed(nodes, relationships, labels, label_of, documents)


def _part(parsed: _Parsed, nodes: range, relationships: range, sink: Sink) -> _Part | None:
    """Each record of the ranges validated by its model and handed to ``sink``, its endpoints and
    quotes checked; ``None`` at the first doubt."""
    codes: list[str] = []
    used: set[str] = set()
    quotes: dict[str, set[str]] = {}
    label_of = parsed.label_of
    try:
        for i in nodes:
            item = parsed.nodes[i]
            properties = item["properties"]
            node = NODE_TYPE_BY_LABEL[parsed.labels[i]].model_validate({"id": item["id"], **properties})
            # Ids and names as written: the checks across records are made on them (an id given
            # again in the properties wins, as on the precise path, so it must be the same id).
            if node.id != item["id"] or node.name != properties["name"]:
                return None
            if node.aliases != properties.get("aliases"):
                return None
            if isinstance(node, ChainDef):
                codes.append(node.code)
            elif isinstance(node, Product) and node.chains:
                used.update(node.chains)
            if isinstance(node, Sourced):
                for source, quote in zip(node.source, node.quote, strict=True):
                    quotes.setdefault(source, set()).add(quote)
            sink(node)
        for i in relationships:
            item = parsed.relationships[i]
            rel = Relationship.model_validate(
                {"type": item["type"], "start": item["start"], "end": item["end"]} | item["properties"]
            )
            if rel.type != item["type"] or rel.start != item["start"] or rel.end != item["end"]:
                return None  # given again in the properties, which win: not as written
            allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
            if label_of.get(rel.start) not in allowed_start or label_of.get(rel.end) not in allowed_end:
                return None
            if rel.product is not None and label_of.get(rel.product) != Product.label:
                return None
            if rel.process is not None and label_of.get(rel.process) != "Process":
                return None
            for source, quote in zip(rel.source, rel.quote, strict=True):
                quotes.setdefault(source, set()).add(quote)
            sink(rel)
    except (ValidationError, TypeError):  # TypeError: an unhashable value where an id belongs
        return None
    return _Part(codes, used) if _quotes_verbatim(quotes, parsed.documents) else None


def _quotes_verbatim(quotes: dict[str, set[str]], documents: dict[str, str | None]) -> bool:
    """Every source is a known document, and every quote of a text document is part of it."""
    if not quotes.keys() <= documents.keys():
        return False
    missing: list[str] = []
    for source, wanted in quotes.items():
        text = documents[source]
        if text is not None:  # None: a dataset, whose quotes are locators
            index = QuoteIndex(text)
            for quote in wanted:
                index.check(quote, partial(missing.append, source))
            index.finish()
    return not missing


def _name_warnings(parsed: _Parsed, shown: str) -> list[Problem]:
    """The precise path's warnings for a name or alias two nodes share, in the same order."""
    nodes = parsed.nodes
    names = [item["properties"]["name"] for item in nodes]
    aliases = {  # few nodes have aliases: the names of each node once, its name first
        i: [alias for alias in dict.fromkeys(given) if alias != names[i]]
        for i, item in enumerate(nodes)
        if (given := item["properties"].get("aliases"))
    }
    counted = Counter(names)
    for extra in aliases.values():
        counted.update(extra)
    shared = {name for name, times in counted.items() if times > 1}
    first: dict[str, int] = {}
    warnings: list[Problem] = []
    for i, own in enumerate(names if shared else ()):
        if own not in shared and i not in aliases:
            continue
        for name in [own, *aliases.get(i, ())]:
            if name in shared and first.setdefault(name, i) != i:
                j = first[name]
                where = f"$.nodes[{i}].properties.{'name' if name == own else 'aliases'}"
                first_at = (nodes[j]["id"], parsed.labels[j], shown, f"$.nodes[{j}]")
                warnings.append(shared_name_warning(shown, where, nodes[i]["id"], name, first_at))
    return warnings


def _across(text: str, document: dict[str, Any], parsed: _Parsed, shown: str) -> Validated | None:
    """What spans records, from the values as written: trusted only once every record is valid."""
    try:
        if not _no_key_twice(text, document, parsed) or len(parsed.label_of) != len(parsed.nodes):
            return None
        identities = [
            (item["type"], item["start"], item["end"], item["properties"].get("key", ""))
            for item in parsed.relationships
        ]
        if len(set(identities)) != len(identities):
            return None
        part_of = nx.DiGraph((start, end) for kind, start, end, _ in identities if kind == RelType.PART_OF)
        if not nx.is_directed_acyclic_graph(part_of):
            return None
        warnings = _name_warnings(parsed, shown)
    except (KeyError, TypeError, AttributeError):  # a record the workers will find invalid
        return None
    # In memory: the parsed file held far more than these, so they add nothing to the peak.
    node_store, relationship_store = KeyStore(len(parsed.nodes)), KeyStore(len(identities))
    node_store.update(
        (item["id"], (label, shown, f"$.nodes[{i}]"))
        for i, (item, label) in enumerate(zip(parsed.nodes, parsed.labels, strict=True))
    )
    relationship_store.update(
        (identity, (shown, f"$.relationships[{i}]")) for i, identity in enumerate(identities)
    )
    counts = Counter([*parsed.labels, *(item["type"] for item in parsed.relationships)])
    return Validated(dict(sorted(counts.items())), node_store, relationship_store, tuple(warnings))


def _chains_defined(parts: list[_Part]) -> bool:
    """Each chain code defined once, and every product's chain defined (else the precise path warns)."""
    codes = [code for part in parts for code in part.chain_codes]
    used = {code for part in parts for code in part.chains_used}
    return len(set(codes)) == len(codes) and used <= set(codes)


def _ranges(size: int, count: int) -> list[range]:
    bounds = [size * k // count for k in range(count + 1)]
    return [range(a, b) for a, b in itertools.pairwise(bounds)]


# What the workers read, inherited from this process when they fork: never pickled. Each worker
# sets its event once it has its task.
_SHARED: tuple[_Parsed, Parts | None, list[EventType]] | None = None


def _part_in_worker(index: int, nodes: range, relationships: range) -> tuple[_Part | None, Any]:
    assert _SHARED is not None
    parsed, parts, started = _SHARED
    started[index].set()
    if parts is None:
        return _part(parsed, nodes, relationships, lambda _: None), None
    parts.begin_part(index)
    return _part(parsed, nodes, relationships, parts.add), parts.end_part()


def _in_workers(
    text: str, document: dict[str, Any], parsed: _Parsed, shown: str, parts: Parts | None, workers: int
) -> tuple[Validated | None, list[tuple[_Part | None, Any]]]:
    """The records validated by ``workers`` forked processes, what spans them checked here meanwhile."""
    global _SHARED
    node_ranges = _ranges(len(parsed.nodes), workers)
    relationship_ranges = _ranges(len(parsed.relationships), workers)
    context = multiprocessing.get_context("fork")
    started = [context.Event() for _ in range(workers)]
    _SHARED = (parsed, parts, started)
    try:
        # fork: the workers read the parsed file where it lies; see parallel.py on why not spawn.
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [
                pool.submit(_part_in_worker, k, node_ranges[k], relationship_ranges[k])
                for k in range(workers)
            ]
            # Until every worker has its task, let the pool's threads run: the checks below hold
            # the interpreter lock for seconds, and they would hand the tasks over about a second
            # late at 10^6 records (measured: docs/benchmarks.md).
            for event, future in zip(started, futures, strict=True):
                while not event.wait(0.01) and not future.done():
                    pass
            validated = _across(text, document, parsed, shown)
            return validated, [future.result() for future in futures]
    except BrokenProcessPool:
        raise ChainGraphError(
            "a process checking the data stopped (out of memory?): free some memory, or split the file"
        ) from None
    finally:
        _SHARED = None


def checked(path: Path, shown: str, sink: Sink | Parts | None) -> Validated | None:
    """What :func:`checks.check_records` returns, each record handed to ``sink`` (nodes, then
    relationships; a :class:`Parts` sink in parts, in no particular order), when the export at
    ``path`` is valid; ``None``, with nothing handed over, when it may not be. Run with the
    collector paused (as :func:`dataset.validate` does), or it walks the whole parsed file again
    and again."""
    try:
        text = path.read_bytes().decode("utf-8")  # read_text is 3x slower, its newlines mean nothing here
        if SURROGATE_ESCAPE.search(text):
            return None
        document = json.loads(text)
    except (OSError, ValueError, RecursionError):  # ValueError: malformed JSON, bad UTF-8, huge ints
        return None
    try:
        parsed = _parsed(document)
    except TypeError:  # an unhashable id
        return None
    if parsed is None:
        return None
    workers = min(os.cpu_count() or 1, _MAX_WORKERS)
    split = len(parsed.nodes) + len(parsed.relationships) >= WORKERS_MIN_RECORDS and workers > 1
    if split and (sink is None or isinstance(sink, Parts)):
        validated, results = _in_workers(text, document, parsed, shown, sink, workers)
        parts = [part for part, _ in results]
        if validated is None or None in parts or not _chains_defined([p for p in parts if p]):
            if sink is not None:
                for _, written in results:
                    sink.discard(written)
            return None
        if sink is not None:
            for _, written in results:
                sink.adopt(written)
        return validated
    add = record_adder(sink)
    records: list[Record] = []  # handed on once all is known valid; kept only for a sink
    everything = range(len(parsed.nodes)), range(len(parsed.relationships))
    part = _part(parsed, *everything, records.append if add is not None else lambda _: None)
    if part is None or not _chains_defined([part]):
        return None
    validated = _across(text, document, parsed, shown)
    if validated is None:
        return None
    if add is not None:
        for record in records:
            add(record)
    return validated


def record_adder(sink: Sink | Parts | None) -> Sink | None:
    """What takes one record at a time from ``sink``, the callable or a :class:`Parts`' ``add``."""
    return sink.add if isinstance(sink, Parts) else sink
