"""Raw entries → model records, checked one by one (pydantic) and across records (ids, endpoints,
provenance), in one streaming pass that keeps ids rather than records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx
from pydantic import ValidationError

from chain_graph.dataset.hints import did_you_mean, quote_hint
from chain_graph.dataset.keystore import Key, KeyStore
from chain_graph.dataset.problems import (
    RELATIONSHIPS_SECTION,
    DatasetError,
    Origin,
    Problem,
    RawEntry,
)
from chain_graph.dataset.quotes import QuoteIndex
from chain_graph.errors import quoted
from chain_graph.model import (
    ENDPOINTS,
    NODE_TYPE_BY_SECTION,
    SLUG_PATTERN,
    ChainDef,
    Document,
    Node,
    Product,
    Relationship,
    RelType,
    Sourced,
)

__all__ = ["Record", "Validated", "check", "check_records", "shared_name_warning", "validated"]


_UNIT_HINTS = {
    "_cny": "yuan as a whole number, e.g. 15000000000 for 150亿元",
    "_t_per_year": "tonnes per year as a number, e.g. 600000 for 60万吨/年",
    "_m3": "cubic metres as a number, e.g. 174000 for 17.4万立方米",
}


def _describe(error: Any, fields: Iterable[str] = ()) -> tuple[str | None, str]:
    """Turn one pydantic error into (field, plain message); ``fields`` are the model's own."""
    loc = [str(part) for part in error["loc"]]
    field_name = loc[0] if loc else None
    path = ".".join(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        return field_name, f"unknown field '{path}'{did_you_mean(path, fields)}"
    if kind == "missing":
        return field_name, f"missing required field '{path}'"
    if kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") == SLUG_PATTERN:
        return field_name, (
            f"{path}: {quoted(error['input'])} is not a valid id: "
            "use a lowercase slug of a-z, 0-9, '-' and '_' such as 'quangang-petrochemical-park'"
        )
    if field_name is None:
        return None, error["msg"].removeprefix("Value error, ")
    if kind == "value_error":
        return field_name, f"{path}: {error['msg'].removeprefix('Value error, ')}"
    hint = next((h for suffix, h in _UNIT_HINTS.items() if field_name.endswith(suffix)), None)
    message = f"{path}: {error['msg']} (got {quoted(error['input'])})"
    return field_name, f"{message}; expected {hint}" if hint else message


Record = Node | Relationship


def _one_per_field_and_reason(errors: list[Any]) -> list[Any]:
    """A value refused by every member of a union (``int | float``) is one problem, not one per
    member: the same reason for the same field is said once, of the field itself."""
    seen: dict[tuple[str, str], Any] = {}
    for error in errors:
        key = (str(error["loc"][0]) if error["loc"] else "", error["msg"])
        if key in seen:
            seen[key] = {**seen[key], "loc": error["loc"][:1]}
        else:
            seen[key] = error
    return list(seen.values())


def validated(raw: Iterable[RawEntry], problems: list[Problem]) -> Iterator[tuple[Record, Origin]]:
    """Each entry as a model object; entries that fail validation are reported and skipped."""
    for entry in raw:
        model: type[Node] | type[Relationship] = (
            Relationship if entry.section == RELATIONSHIPS_SECTION else NODE_TYPE_BY_SECTION[entry.section]
        )
        try:
            record = model.model_validate(entry.data)
        except ValidationError as exc:
            fields = [*model.model_fields, *(["text_file"] if model is Document else [])]
            for error in _one_per_field_and_reason(exc.errors()):
                field_name, message = _describe(error, fields)
                problems.append(
                    Problem(entry.origin.file, entry.origin.at(field_name), entry.entry_id, message)
                )
            continue
        yield record, entry.origin


def shared_name_warning(
    file: str, where: int | str, node_id: str, name: str, first: tuple[str, str, str, int | str]
) -> Problem:
    """The warning for a name or alias that ``first`` (id, label, file, where) already has."""
    first_id, label, first_file, first_where = first
    return Problem(
        file,
        where,
        node_id,
        f"name '{name}' is also on {label} '{first_id}' ({first_file}:{first_where}): the same entity"
        " twice? Keep one id (the other name as an alias), or tell the names apart",
    )


def _rel_ident(rel: Relationship) -> str:
    return f"{rel.type}({rel.start}->{rel.end}{', key=' + rel.key if rel.key else ''})"


class _Checker:
    """Checks across records in one streaming pass, keeping ids rather than records.

    A check whose target is not known yet (a relationship listed before its nodes, a quote
    before its document) waits until :meth:`finish`; in the usual order nothing waits.
    """

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        # Kept for every record, so on disk above a threshold: peak memory does not grow with N.
        self.nodes = KeyStore()  # id -> (label, file, where)
        self.documents: dict[str, QuoteIndex | None] = {}  # id -> its text's index (None: a dataset)
        self.chains: dict[str, str] = {}  # chain code -> the id of the Chain that defines it
        self._waiting_chains: list[tuple[Product, Origin]] = []
        self.relationships = KeyStore()  # identity -> (file, where)
        self.counts: dict[str, int] = {}
        self._waiting_rels: list[tuple[Relationship, Origin]] = []
        self._waiting_quotes: list[tuple[str, str, str, Origin]] = []
        self._part_of: list[tuple[Relationship, Origin]] = []  # few: parks and regions
        self.warnings: list[Problem] = []  # valid, but worth a look (names two nodes share)
        self._names = KeyStore()  # name or alias -> (the first node id that has it,)
        self._hints_left = 50  # suggestions search every id: bounded when the data is very wrong

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
            if record.type == RelType.PART_OF:
                self._part_of.append((record, origin))
            self._check_endpoints(record, origin, final=False)
            self._check_provenance(record, ident, origin)
            name = str(record.type)
        else:
            seen = self.nodes.get(record.id)
            if seen is not None:
                self._problem(origin, "id", record.id, f"duplicate id (first defined at {seen[1]}:{seen[2]})")
                return False
            self.nodes[record.id] = (record.label, origin.file, origin.where)
            self._check_names(record, origin)
            if isinstance(record, Document):
                self.documents[record.id] = QuoteIndex(record.text) if record.text is not None else None
            elif isinstance(record, ChainDef):
                first = self.chains.setdefault(record.code, record.id)
                if first != record.id:
                    self._problem(
                        origin, "code", record.id, f"chain code '{record.code}' is also defined by '{first}'"
                    )
            elif isinstance(record, Product) and record.chains:
                self._waiting_chains.append((record, origin))
            if isinstance(record, Sourced):
                self._check_provenance(record, record.id, origin)
            name = record.label
        self.counts[name] = self.counts.get(name, 0) + 1
        return True

    def finish(self) -> None:
        undefined: set[str] = set()
        for product, origin in self._waiting_chains:  # chains may be defined after their products
            for code in product.chains or []:
                if code not in self.chains and code not in undefined:
                    undefined.add(code)  # one warning per code, at its first product
                    hint = self._hint(did_you_mean, code, self.chains)
                    self.warnings.append(
                        Problem(
                            origin.file,
                            origin.at("chains"),
                            product.id,
                            f"chain '{code}' has no `chains` entry{hint}: it is shown by its code alone",
                        )
                    )
        for rel, origin in self._waiting_rels:
            self._check_endpoints(rel, origin, final=True)
        for source, quote, ident, origin in self._waiting_quotes:
            self._check_quote(source, quote, ident, origin, final=True)
        for index in self.documents.values():
            if index is not None:
                index.finish()
        self._check_part_of_acyclic()

    def _check_part_of_acyclic(self) -> None:
        """A park or region inside itself would silently change every scope: each cycle is one
        problem, at the last of its PART_OF links in file order."""
        graph = nx.DiGraph()
        for order, (rel, _) in enumerate(self._part_of):
            graph.add_edge(rel.start, rel.end, order=order)
        # Each cycle starts at its smallest id: the same words whatever order networkx finds it in.
        cycles = sorted(
            found[found.index(min(found)) :] + found[: found.index(min(found))]
            for found in nx.simple_cycles(graph)
        )
        for cycle in cycles:
            edges = [(a, b) for a, b in zip(cycle, [*cycle[1:], cycle[0]], strict=True)]
            last = max(graph.edges[a, b]["order"] for a, b in edges)
            rel, origin = self._part_of[last]
            path = " → ".join([*cycle, cycle[0]])
            self._problem(
                origin, None, _rel_ident(rel), f"PART_OF cycle {path}: a place cannot be inside itself"
            )

    def _check_names(self, node: Node, origin: Origin) -> None:
        """A name or alias another node already has: most often the same entity entered twice."""
        for name in dict.fromkeys([node.name, *(node.aliases or [])]):
            (first,) = self._names.setdefault(name, (node.id,))
            if first != node.id:
                where = origin.at("name" if name == node.name else "aliases")
                label, file, first_where = self.nodes[first]
                self.warnings.append(
                    shared_name_warning(origin.file, where, node.id, name, (first, label, file, first_where))
                )

    def _hint(self, suggest: Callable[[str, Any], str], word: str, among: Any) -> str:
        """``suggest(word, among)`` while the budget lasts: each searches every id or a whole text."""
        if self._hints_left <= 0:
            return ""
        self._hints_left -= 1
        return suggest(word, among)

    def _problem(self, origin: Origin, field_name: str | None, ident: str, message: str) -> None:
        self.problems.append(Problem(origin.file, origin.at(field_name), ident, message))

    def _check_provenance(self, record: Sourced, ident: str, origin: Origin) -> None:
        for source, quote in zip(record.source, record.quote, strict=True):
            self._check_quote(source, quote, ident, origin, final=False)

    def _check_quote(self, source: str, quote: str, ident: str, origin: Origin, *, final: bool) -> None:
        if source not in self.documents:
            if final:
                hint = self._hint(did_you_mean, source, self.documents)
                self._problem(origin, "source", ident, f"source '{source}' is not a known document{hint}")
            else:
                self._waiting_quotes.append((source, quote, ident, origin))
            return
        index = self.documents[source]
        if index is None:
            return  # a dataset: the quote is a locator (file and line, record key), not its words

        def missing() -> None:
            hint = self._hint(quote_hint, quote, index.text)
            self._problem(
                origin,
                "quote",
                ident,
                f"quote is not a verbatim part of document '{source}': {quote[:60]!r}{hint}",
            )

        index.check(quote, missing)

    def _check_endpoints(self, rel: Relationship, origin: Origin, *, final: bool) -> None:
        targets = [("start", rel.start), ("end", rel.end)]
        if rel.product is not None:
            targets.append(("product", rel.product))
        if rel.process is not None:
            targets.append(("process", rel.process))
        found = {node_id: self.nodes.get(node_id) for _, node_id in targets}  # one lookup each
        if not final and any(known is None for known in found.values()):
            self._waiting_rels.append((rel, origin))
            return
        allowed_start, allowed_end = ENDPOINTS[RelType(rel.type)]
        allowed = {
            "start": allowed_start,
            "end": allowed_end,
            "product": frozenset({Product.label}),
            "process": frozenset({"Process"}),
        }
        for field_name, node_id in targets:
            known = found[node_id]
            if known is None:
                hint = self._hint(did_you_mean, node_id, self.nodes)
                self._problem(
                    origin,
                    field_name,
                    _rel_ident(rel),
                    f"{field_name} '{node_id}' is not a known node id{hint}",
                )
            elif known[0] not in allowed[field_name]:
                verb = {
                    "start": "start at",
                    "end": "end at",
                    "product": "name as its product",
                    "process": "name as its process",
                }[field_name]
                permitted = ", ".join(sorted(allowed[field_name]))
                message = f"{rel.type} cannot {verb} a {known[0]} ('{node_id}'); allowed: {permitted}"
                self._problem(origin, field_name, _rel_ident(rel), message)


@dataclass(frozen=True)
class Validated:
    """What a streaming validation keeps: counts, and the identity of every record."""

    counts: dict[str, int]
    nodes: Mapping[Key, tuple[Any, ...]]  # id -> (label, file, where): a KeyStore or PositionStore
    relationships: Mapping[Key, tuple[Any, ...]]  # identity -> (file, where)
    warnings: tuple[Problem, ...] = ()  # valid but doubtful: names two nodes share

    @property
    def total(self) -> int:
        return len(self.nodes) + len(self.relationships)

    def label(self, node_id: str) -> str:
        return str(self.nodes[node_id][0])

    def summary(self) -> str:
        per = ", ".join(f"{name} {n}" for name, n in self.counts.items())
        return f"{len(self.nodes)} nodes, {len(self.relationships)} relationships ({per})"


def check(raw: Iterable[RawEntry], problems: list[Problem], sink: Callable[[Record], None]) -> Validated:
    """Validate every entry, handing each accepted record to ``sink``; raise if anything is wrong."""
    return check_records(validated(raw, problems), problems, sink)


def check_records(
    records: Iterable[tuple[Record, Origin]], problems: list[Problem], sink: Callable[[Record], None]
) -> Validated:
    """:func:`check` of records each already valid on its own (:func:`validated`)."""
    checker = _Checker(problems)
    for record, origin in records:
        if checker.add(record, origin):
            sink(record)
    checker.finish()
    if problems:
        raise DatasetError(problems)
    return Validated(
        dict(sorted(checker.counts.items())), checker.nodes, checker.relationships, tuple(checker.warnings)
    )
