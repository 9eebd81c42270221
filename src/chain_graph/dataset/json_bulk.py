"""The interchange JSON checked in bulk: the fast path for an export with nothing wrong in it.

:mod:`json_reader` and :mod:`checks` read an export entry by entry, keeping ids on disk, and name
every problem at its JSON path. A large export most often has no problem at all; for it this
module runs the same checks over whole columns instead, several times faster: the file is parsed
once (pydantic's parser, no hook per object; a large file's keys are counted by another process
meanwhile, to see a key given twice); each record is validated by one pydantic call. When the
file is large, this process first checks what spans records (ids and identities given twice,
PART_OF cycles, names two nodes share) from the values as written, which equal the validated
ones once every record is valid (names are compared), while forked workers that share the parsed
file validate its records chunk by chunk; then it takes chunks too, until none is left.

It only ever answers "valid, and here is what the precise path would give" or "not sure": on
anything doubtful (a problem, a shape it does not handle, a chain warning) it returns ``None``,
hands nothing on, and the caller reads the file the precise way, which finds and words each
problem. So the messages are those of the precise path by construction; the tests check that
every invalid file makes this path step aside and that a valid one gives the same records,
counts and warnings.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event as EventType
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import networkx as nx
from pydantic import ValidationError
from pydantic_core import from_json

from chain_graph.dataset.checks import Record, Validated, shared_name_warning
from chain_graph.dataset.keystore import Key, PositionStore
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
_MAX_PROCESSES = 4
_MIN_CHUNK = 500  # records

_NODE_KEYS = {"id", "labels", "properties"}
_RELATIONSHIP_KEYS = {"type", "start", "end", "properties"}
# A key with blanks before its colon: legal JSON, but it would hide from the count below.
_SPACED_COLON = re.compile(rb'"[ \t\r\n]+:')
# From this size on the keys are counted by another process while the file is parsed (a few
# passes over the bytes: 0.15 s at 35 MB; measured, docs/benchmarks.md).
_COUNT_APART_BYTES = 8 * 2**20


@runtime_checkable
class Parts(Protocol):
    """A sink that worker processes can fill at once, each its own part (its own files): a part
    is taken in only once the whole file is known valid, and thrown away otherwise."""

    def add(self, record: Record) -> None: ...

    def begin_part(self, index: int) -> None:
        """Before a process's first record: write to part ``index`` from now on."""

    def end_part(self) -> Any:
        """After its last record: what it wrote (sent back, pickled, from a worker); the sink is
        as it was before ``begin_part``."""

    def adopt(self, part: Any) -> None:
        """Take in a part a process wrote."""

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
    top_keys: int


@dataclass(frozen=True)
class _Part:
    """What the records one process checked told, each valid on its own and its quotes found."""

    chain_codes: list[str]
    chains_used: set[str]
    property_keys: int  # keys of their property maps, for the count of keys in the text


@dataclass
class _Found:
    """What :func:`_records_valid` gathers over the ranges it is given."""

    chain_codes: list[str] = field(default_factory=list)
    chains_used: set[str] = field(default_factory=set)
    quotes: dict[str, set[str]] = field(default_factory=dict)  # source -> quotes citing it
    property_keys: int = 0


def _keys_in_text(data: bytes) -> int | None:
    """How many keys the text gives, duplicates included (the parser keeps the last of them);
    ``None`` when a blank before a colon may hide one (legal JSON, left to the precise path).

    Every key in the text ends with ``":``; so does an escaped quote inside a string before a
    colon (``\\":``), which is counted and taken off. A key ending in a backslash would be
    taken off too, but every key kept here is a known field name.
    """
    if _SPACED_COLON.search(data):
        return None
    return data.count(b'":') - data.count(b'\\":')


def _no_key_twice(keys_in_text: int | None, parsed: _Parsed, parts: list[_Part]) -> bool:
    """True when no object of the file gives a key twice: the text holds exactly as many keys as
    the parsed objects unless one was given twice, or sits in an object deeper down (not counted
    here: such a file is left to the precise path, which refuses it). Every record has its
    shape's keys (checked), so only the property maps are counted, by the processes."""
    parsed_keys = (
        parsed.top_keys
        + len(_NODE_KEYS) * len(parsed.nodes)
        + len(_RELATIONSHIP_KEYS) * len(parsed.relationships)
        + sum(part.property_keys for part in parts)
    )
    return keys_in_text == parsed_keys


def _count_keys_into(data: bytes, send: Connection) -> None:
    send.send(_keys_in_text(data))


def _parse(data: bytes) -> tuple[Any, int | None]:
    """The parsed file, and its keys as counted in the text. In a large file a forked process
    counts the keys while this one parses, on the core that would otherwise wait."""
    if len(data) < _COUNT_APART_BYTES:
        return from_json(data), _keys_in_text(data)
    # A plain process, not a pool: it forks here and now, while a pool's thread would hand the
    # task over only after the parse, which holds the interpreter lock throughout.
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    counter = context.Process(target=_count_keys_into, args=(data, send), daemon=True)
    counter.start()
    send.close()  # only the child holds it now: if the child dies, ``recv`` finds the pipe closed
    try:
        document = from_json(data)
        try:
            return document, receive.recv()
        except EOFError:  # the counting process died (out of memory?): count here
            return document, _keys_in_text(data)
    finally:
        counter.kill()  # it has finished unless the parse failed
        counter.join()
        receive.close()


def _parsed(document: Any) -> _Parsed | None:
    """The file's two lists if they have the export's shape, with each node's single known label."""
    if not isinstance(document, dict) or set(document) - {"nodes", "relationships"}:
        return None
    nodes, relationships = document.get("nodes", []), document.get("relationships", [])
    if not isinstance(nodes, list) or not isinstance(relationships, list):
        return None
    # Each relationship's shape is checked with the rest of the record, by the process checking it.
    for item in nodes:
        if not _has_shape(item, _NODE_KEYS):
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
    return _Parsed(nodes, relationships, labels, label_of, documents, len(document))


def _has_shape(item: Any, keys: set[str]) -> bool:
    return type(item) is dict and item.keys() == keys and type(item["properties"]) is dict


# Each model's validator called directly: ``model_validate`` only adds a Python call per record.
_NODE_VALIDATORS = {label: model.__pydantic_validator__ for label, model in NODE_TYPE_BY_LABEL.items()}
_RELATIONSHIP_VALIDATOR = Relationship.__pydantic_validator__


def _records_valid(parsed: _Parsed, nodes: range, relationships: range, sink: Sink, found: _Found) -> bool:
    """Each record of the ranges validated by its model and handed to ``sink``, its endpoints
    checked and what it tells gathered in ``found``; ``False`` at the first doubt."""
    label_of, quotes, property_keys = parsed.label_of, found.quotes, 0
    try:
        for i in nodes:
            item = parsed.nodes[i]
            properties = item["properties"]
            node = _NODE_VALIDATORS[parsed.labels[i]].validate_python({"id": item["id"], **properties})
            # Ids and names as written: the checks across records are made on them (an id given
            # again in the properties wins, as on the precise path, so it must be the same id).
            if node.id != item["id"] or node.name != properties["name"]:
                return False
            if node.aliases != properties.get("aliases"):
                return False
            property_keys += len(properties)
            if isinstance(node, ChainDef):
                found.chain_codes.append(node.code)
            elif isinstance(node, Product) and node.chains:
                found.chains_used.update(node.chains)
            if isinstance(node, Sourced):
                for source, quote in zip(node.source, node.quote, strict=True):
                    quotes.setdefault(source, set()).add(quote)
            sink(node)
        for i in relationships:
            item = parsed.relationships[i]
            if not _has_shape(item, _RELATIONSHIP_KEYS):
                return False
            properties, start, end = item["properties"], item["start"], item["end"]
            rel = _RELATIONSHIP_VALIDATOR.validate_python(
                {"type": item["type"], "start": start, "end": end, **properties}
            )
            if rel.type != item["type"] or rel.start != start or rel.end != end:
                return False  # given again in the properties, which win: not as written
            allowed_start, allowed_end = ENDPOINTS[rel.type]
            if label_of.get(start) not in allowed_start or label_of.get(end) not in allowed_end:
                return False
            if rel.product is not None and label_of.get(rel.product) != Product.label:
                return False
            if rel.process is not None and label_of.get(rel.process) != "Process":
                return False
            property_keys += len(properties)
            for source, quote in zip(rel.source, rel.quote, strict=True):
                quotes.setdefault(source, set()).add(quote)
            sink(rel)
    except (ValidationError, TypeError):  # TypeError: an unhashable value where an id belongs
        return False
    found.property_keys += property_keys
    return True


def _part(parsed: _Parsed, chunks: Iterable[tuple[range, range]], sink: Sink) -> _Part | None:
    """The records of ``chunks`` (node and relationship ranges) checked, then their quotes; ``None``
    at the first doubt."""
    found = _Found()
    for nodes, relationships in chunks:
        if not _records_valid(parsed, nodes, relationships, sink, found):
            return None
    if not _quotes_verbatim(found.quotes, parsed.documents):
        return None
    return _Part(found.chain_codes, found.chains_used, found.property_keys)


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


def _across(parsed: _Parsed, shown: str) -> Validated | None:
    """What spans records, from the values as written: trusted only once every record is valid."""
    try:
        if len(parsed.label_of) != len(parsed.nodes):
            return None
        identities = [
            (item["type"], item["start"], item["end"], item["properties"].get("key", ""))
            for item in parsed.relationships
        ]
        identity_positions: dict[Key, int] = {identity: i for i, identity in enumerate(identities)}
        if len(identity_positions) != len(identities):
            return None
        part_of = nx.DiGraph((start, end) for kind, start, end, _ in identities if kind == RelType.PART_OF)
        if not nx.is_directed_acyclic_graph(part_of):
            return None
        warnings = _name_warnings(parsed, shown)
    except (KeyError, TypeError, AttributeError):  # a record the workers will find invalid
        return None
    # Each origin made when asked (from the record's position), not kept for every record.
    labels = parsed.labels
    node_positions: dict[Key, int] = {item["id"]: i for i, item in enumerate(parsed.nodes)}
    nodes = PositionStore(node_positions, lambda i: (labels[i], shown, f"$.nodes[{i}]"))
    relationships = PositionStore(identity_positions, lambda i: (shown, f"$.relationships[{i}]"))
    counts = Counter([*labels, *(kind for kind, *_ in identities)])
    return Validated(dict(sorted(counts.items())), nodes, relationships, tuple(warnings))


def _chains_defined(parts: list[_Part]) -> bool:
    """Each chain code defined once, and every product's chain defined (else the precise path warns)."""
    codes = [code for part in parts for code in part.chain_codes]
    used = {code for part in parts for code in part.chains_used}
    return len(set(codes)) == len(codes) and used <= set(codes)


def _chunks(parsed: _Parsed, processes: int) -> list[tuple[range, range]]:
    """The records in ranges of nodes or of relationships, several per process: each takes the
    next one left until none is, so that the processes end together however fast each runs."""
    size = max(_MIN_CHUNK, (len(parsed.nodes) + len(parsed.relationships)) // (processes * 16))
    nodes = [(piece, range(0)) for piece in _pieces(len(parsed.nodes), size)]
    return nodes + [(range(0), piece) for piece in _pieces(len(parsed.relationships), size)]


def _pieces(count: int, size: int) -> list[range]:
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


@dataclass(frozen=True)
class _Shared:
    """What the processes checking records read, inherited by the workers when they fork (never
    pickled): the chunks, the index of the next chunk to take, and an event per worker, set when
    it has its task."""

    parsed: _Parsed
    parts: Parts | None
    chunks: list[tuple[range, range]]
    next_chunk: Synchronized[int]
    started: list[EventType]

    def claimed(self) -> Iterator[tuple[range, range]]:
        while True:
            with self.next_chunk.get_lock():
                taken = self.next_chunk.value
                self.next_chunk.value = taken + 1
            if taken >= len(self.chunks):
                return
            yield self.chunks[taken]

    def stop(self) -> None:
        """No chunk is taken after this: the data is not valid, or may not be."""
        with self.next_chunk.get_lock():
            self.next_chunk.value = len(self.chunks)

    def part(self, index: int) -> tuple[_Part | None, Any]:
        """The chunks this process takes checked, written to part ``index`` of the sink."""
        if self.parts is None:
            part, written = _part(self.parsed, self.claimed(), lambda _: None), None
        else:
            self.parts.begin_part(index)
            part, written = _part(self.parsed, self.claimed(), self.parts.add), self.parts.end_part()
        if part is None:
            self.stop()
        return part, written


_SHARED: _Shared | None = None


def _part_in_worker(index: int) -> tuple[_Part | None, Any]:
    assert _SHARED is not None
    _SHARED.started[index].set()
    return _SHARED.part(index)


def _in_workers(
    parsed: _Parsed, shown: str, parts: Parts | None, processes: int
) -> tuple[Validated | None, list[tuple[_Part | None, Any]]]:
    """The records checked by ``processes`` processes, this one and forked workers, this one
    checking what spans records first."""
    global _SHARED
    context = multiprocessing.get_context("fork")
    workers = processes - 1
    shared = _Shared(
        parsed,
        parts,
        _chunks(parsed, processes),
        context.Value("q", 0),
        [context.Event() for _ in range(workers)],
    )
    _SHARED = shared
    try:
        # fork: the workers read the parsed file where it lies; see parallel.py on why not spawn.
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            futures = [pool.submit(_part_in_worker, k) for k in range(workers)]
            # Until every worker has its task, let the pool's threads run: the checks below hold
            # the interpreter lock for seconds, and they would hand the tasks over about a second
            # late at 10^6 records (measured: docs/benchmarks.md).
            for event, future in zip(shared.started, futures, strict=True):
                while not event.wait(0.01) and not future.done():
                    pass
            validated = _across(parsed, shown)
            if validated is None:
                shared.stop()
            # Then this process takes chunks too, as many as are left.
            mine = shared.part(workers) if validated is not None else (None, None)
            return validated, [*(future.result() for future in futures), mine]
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
        # pydantic's parser (jiter) reads the bytes as they are, 1.4x faster than ``json.loads``
        # of the decoded text, with the same values; it refuses what that would let through
        # and the precise path words (bad UTF-8, an escaped lone surrogate, nesting past 200).
        document, keys_in_text = _parse(path.read_bytes())
    except (OSError, ValueError):
        return None
    try:
        parsed = _parsed(document)
    except TypeError:  # an unhashable id
        return None
    if parsed is None:
        return None
    processes = min(os.cpu_count() or 1, _MAX_PROCESSES)
    split = len(parsed.nodes) + len(parsed.relationships) >= WORKERS_MIN_RECORDS and processes > 1
    if split and (sink is None or isinstance(sink, Parts)):
        validated, results = _in_workers(parsed, shown, sink, processes)
        parts = [part for part, _ in results if part is not None]
        if validated is None or len(parts) < len(results) or not _whole(keys_in_text, parsed, parts):
            if sink is not None:
                for _, written in results:
                    if written is not None:
                        sink.discard(written)
            return None
        if sink is not None:
            for _, written in results:
                sink.adopt(written)
        return validated
    add = record_adder(sink)
    records: list[Record] = []  # handed on once all is known valid; kept only for a sink
    everything = [(range(len(parsed.nodes)), range(len(parsed.relationships)))]
    part = _part(parsed, everything, records.append if add is not None else lambda _: None)
    if part is None or not _whole(keys_in_text, parsed, [part]):
        return None
    validated = _across(parsed, shown)
    if validated is None:
        return None
    if add is not None:
        for record in records:
            add(record)
    return validated


def _whole(keys_in_text: int | None, parsed: _Parsed, parts: list[_Part]) -> bool:
    """What the parts tell together: no key given twice, the chains as products use them."""
    return _no_key_twice(keys_in_text, parsed, parts) and _chains_defined(parts)


def record_adder(sink: Sink | Parts | None) -> Sink | None:
    """What takes one record at a time from ``sink``, the callable or a :class:`Parts`' ``add``."""
    return sink.add if isinstance(sink, Parts) else sink
