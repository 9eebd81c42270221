"""Seed files ⇄ a validated :class:`Dataset`.

A dataset is read from either a folder of YAML files (every ``*.yaml`` at any depth) or an
export JSON file. Every problem is collected and reported at once as ``FILE:LINE: ID: what is
wrong`` (for JSON, the JSON path stands in for the line)::

    yaml_reader ─┐
    json_reader ─┴─ raw entries ─ checks (pydantic, ids, endpoints, quotes) ─▶ Dataset | Validated | Spool

``load`` keeps every record in memory; ``validate`` and ``spooled`` stream, keeping only ids (on
disk above a threshold: :mod:`chain_graph.dataset.keystore`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from chain_graph.dataset.checks import Record, Validated, check
from chain_graph.dataset.json_reader import read_json_file
from chain_graph.dataset.problems import DatasetError, Problem, RawEntry
from chain_graph.dataset.spool import Spool
from chain_graph.dataset.spool import spooled as _spooled
from chain_graph.dataset.yaml_reader import read_yaml_file, yaml_files
from chain_graph.model import Node, Relationship

__all__ = [
    "DataPaths",
    "Dataset",
    "DatasetError",
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


def _raw_entries(path: Path, problems: list[Problem]) -> Iterator[RawEntry]:
    if path.is_dir():
        files = yaml_files(path)
        if not files:
            problems.append(Problem(str(path), 1, "-", "no *.yaml files in this folder"))
        inside = path.resolve()
        for file in files:
            if not file.resolve().is_relative_to(inside):  # a link out of the dataset folder
                problems.append(Problem(str(file), 1, "-", "links to a file outside the dataset folder"))
                continue
            yield from read_yaml_file(file, str(file), problems, root=path)
    elif path.suffix == ".json":
        yield from read_json_file(path, str(path), problems)
    elif path.is_file():
        yield from read_yaml_file(path, str(path), problems, root=path.parent)
    else:
        problems.append(Problem(str(path), 1, "-", "no such folder or file"))


def _checked(paths: DataPaths, sink: Callable[[Record], None]) -> Validated:
    problems: list[Problem] = []
    entries = (entry for path in _paths(paths) for entry in _raw_entries(path, problems))
    return check(entries, problems, sink)


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


def validate(path: DataPaths) -> Validated:
    """Validate a dataset as a stream: memory is bounded by its ids, not by its records."""
    return _checked(path, lambda _: None)


def spooled(path: DataPaths) -> AbstractContextManager[Spool]:
    """Validate ``path`` in one streaming pass and keep its records in temporary files."""
    return _spooled(lambda sink: _checked(path, sink))
