"""Seed files ⇄ a validated :class:`Dataset`.

A dataset is read from either a folder of YAML files (every ``*.yaml`` at any depth) or an
export JSON file. Every problem is collected and reported at once as ``FILE:LINE: ID: what is
wrong`` (for JSON, the JSON path stands in for the line)::

    yaml_reader ─┐
    json_reader ─┴─ raw entries ─ checks (pydantic, ids, endpoints, quotes) ─▶ Dataset | Validated | Spool

A large folder of YAML is parsed and checked one record at a time (pydantic) by worker processes
(:mod:`chain_graph.dataset.parallel`); the checks across records stay in order here. An export
JSON is checked in bulk first (:mod:`chain_graph.dataset.json_bulk`, its records by worker
processes when it is large), and read entry by entry only when that finds anything doubtful.

``load`` keeps every record in memory; ``validate`` and ``spooled`` stream, keeping only ids (on
disk above a threshold: :mod:`chain_graph.dataset.keystore`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from chain_graph.dataset import json_bulk
from chain_graph.dataset.checks import Record, Validated, check_records, validated
from chain_graph.dataset.collector import collector_paused
from chain_graph.dataset.json_bulk import Parts, Sink
from chain_graph.dataset.json_reader import read_json_file
from chain_graph.dataset.parallel import parallel_workers, validated_in_parallel
from chain_graph.dataset.problems import DatasetError, Origin, Problem, RawEntry
from chain_graph.dataset.spool import Spool
from chain_graph.dataset.spool import spooled as _spooled
from chain_graph.dataset.yaml_reader import read_yaml_file, yaml_files
from chain_graph.model import Node, Relationship

__all__ = [
    "DataPaths",
    "Dataset",
    "DatasetError",
    "Parts",
    "Problem",
    "Spool",
    "Validated",
    "describe",
    "load",
    "spooled",
    "validate",
]

# One dataset, or several read as one: each record defined once, references across them allowed.
DataPaths = Path | Sequence[Path]


def _paths(paths: DataPaths) -> tuple[Path, ...]:
    return (paths,) if isinstance(paths, Path) else tuple(paths)


def describe(paths: DataPaths) -> str:
    """How outputs name the data: ``seed`` or ``seed + proposals.json``."""
    return " + ".join(str(p) for p in _paths(paths))


@dataclass(frozen=True)
class Dataset:
    """Validated nodes and relationships, in file order."""

    nodes: tuple[Node, ...]
    relationships: tuple[Relationship, ...]

    def by_id(self) -> dict[str, Node]:
        return {n.id: n for n in self.nodes}


def _folder_files(path: Path, problems: list[Problem]) -> list[Path | Problem]:
    """The YAML files of a folder in order, a file linking out of it as the problem in its place."""
    files = yaml_files(path)
    if not files:
        problems.append(Problem(str(path), 1, "-", "no *.yaml files in this folder"))
    inside = path.resolve()
    return [
        file
        if file.resolve().is_relative_to(inside)
        else Problem(str(file), 1, "-", "links to a file outside the dataset folder")
        for file in files
    ]


def _folder_entries(files: list[Path | Problem], root: Path, problems: list[Problem]) -> Iterator[RawEntry]:
    for file in files:
        if isinstance(file, Problem):
            problems.append(file)
        else:
            yield from read_yaml_file(file, str(file), problems, root=root)


def _file_entries(path: Path, problems: list[Problem]) -> list[RawEntry]:
    if path.suffix == ".json":
        return read_json_file(path, str(path), problems)
    if path.is_file():
        return read_yaml_file(path, str(path), problems, root=path.parent)
    problems.append(Problem(str(path), 1, "-", "no such folder or file"))
    return []


def _records(path: Path, problems: list[Problem]) -> Iterator[tuple[Record, Origin]]:
    """The valid records of one dataset; a large folder is parsed by several processes."""
    if not path.is_dir():
        yield from validated(_file_entries(path, problems), problems)
        return
    files = _folder_files(path, problems)
    workers = parallel_workers([f for f in files if isinstance(f, Path)])
    if workers:
        yield from validated_in_parallel(files, path, problems, workers)
    else:
        yield from validated(_folder_entries(files, path, problems), problems)


def _checked(paths: DataPaths, sink: Sink | Parts | None) -> Validated:
    with collector_paused():  # several times faster: the read keeps nearly all it makes
        every = _paths(paths)
        if len(every) == 1 and every[0].suffix == ".json" and every[0].is_file():
            fast = json_bulk.checked(every[0], str(every[0]), sink)
            if fast is not None:  # else read the precise way, which names each problem
                return fast
        problems: list[Problem] = []
        records = (record for path in every for record in _records(path, problems))
        return check_records(records, problems, json_bulk.record_adder(sink) or (lambda _: None))


def load(path: DataPaths) -> Dataset:
    """Read and validate a seed folder, a YAML file or an export JSON file (or several of them,
    as one dataset), all in memory.

    Raises :class:`DatasetError` listing every problem found.
    """
    records: list[Record] = []
    _checked(path, records.append)
    return Dataset(
        tuple(r for r in records if isinstance(r, Node)),
        tuple(r for r in records if isinstance(r, Relationship)),
    )


def validate(path: DataPaths, sink: Sink | Parts | None = None) -> Validated:
    """Validate a dataset as a stream: memory is bounded by its ids, not by its records.

    ``sink`` is handed each record found valid on its own, in file order, before the whole
    dataset is known valid: it must keep them where they can be dropped if this raises. A
    :class:`Parts` sink may instead be filled by worker processes at once, in no order.
    """
    return _checked(path, sink)


def spooled(path: DataPaths) -> AbstractContextManager[Spool]:
    """Validate ``path`` in one streaming pass and keep its records in temporary files."""
    return _spooled(lambda sink: _checked(path, sink))
