"""A large folder of YAML files read by several processes.

Parsing is most of a validation's time (libyaml builds every node), and each file parses on its
own; so above :data:`PARALLEL_MIN_BYTES` the files are parsed and validated one model at a time
(pydantic) in worker processes, a few files ahead. The checks across records stay in this
process and take the files in order, so the problems, their order and the records handed on are
those of a serial read.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from chain_graph.dataset.checks import Record, validated
from chain_graph.dataset.collector import collector_paused
from chain_graph.dataset.problems import Origin, Problem
from chain_graph.dataset.yaml_reader import read_yaml_file
from chain_graph.errors import ChainGraphError

__all__ = ["PARALLEL_MIN_BYTES", "parallel_workers", "validated_in_parallel"]

# Below this many bytes of YAML (about 40,000 records; synth writes 10,000 a file) workers cost
# more than they save: measured slower at 10^4 records.
PARALLEL_MIN_BYTES = 8 * 1024 * 1024
_MAX_WORKERS = 4

# What a worker returns for one file, in file order: a problem, or a valid record and its origin.
Item = Problem | tuple[Record, Origin]


def parallel_workers(files: list[Path]) -> int:
    """How many processes to read ``files`` with: 0 for a serial read."""
    workers = min(os.cpu_count() or 1, len(files), _MAX_WORKERS)
    if workers < 2 or sum(f.stat().st_size for f in files) < PARALLEL_MIN_BYTES:
        return 0
    return workers


def _file_items(path: Path, shown: str, root: Path) -> list[Item]:
    """One file read and validated record by record, as the serial read would (run in a worker)."""
    problems: list[Problem] = []
    items: list[Item] = []
    with collector_paused():
        for pair in validated(read_yaml_file(path, shown, problems, root=root), problems):
            items.extend(problems)  # the problems of the entries before this one, in their order
            problems.clear()
            items.append(pair)
    items.extend(problems)
    return items


def validated_in_parallel(
    files: list[Path | Problem], root: Path, problems: list[Problem], workers: int
) -> Iterator[tuple[Record, Origin]]:
    """The valid records of ``files`` in file order; their problems (and the ones already found
    for a file, given in its place) go to ``problems`` in the order a serial read gives them."""
    # fork: a spawned worker would run the caller's script again (one without a __main__ guard
    # starts workers of its own). The workers only parse and validate: they take no lock that a
    # thread of the caller (a spinner) may hold, and send back plain records.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: deque[Future[list[Item]] | Problem] = deque()
        queue = iter(files)

        def submit_next() -> None:
            for file in queue:  # a problem found before reading takes its place in the order
                if isinstance(file, Problem):
                    pending.append(file)
                    continue
                pending.append(pool.submit(_file_items, file, str(file), root))
                return

        for _ in range(workers):  # one file ahead per worker: memory holds a few files, not all
            submit_next()
        while pending:
            head = pending.popleft()
            if isinstance(head, Problem):
                problems.append(head)
                continue
            try:
                items = head.result()
            except BrokenProcessPool:
                raise ChainGraphError(
                    "a process reading the data stopped (out of memory?): free some memory, or split"
                    " the largest YAML files into files of at most 10,000 records"
                ) from None
            submit_next()
            items.reverse()
            while items:  # each record let go once handed on: a file's models are not all kept
                item = items.pop()
                if isinstance(item, Problem):
                    problems.append(item)
                else:
                    yield item
