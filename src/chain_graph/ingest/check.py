"""A proposal checked together with the data it was made against, by the dataset's own checks.

``chain_graph.dataset.checks.check`` validates raw entries (pydantic, unique ids, relationship
endpoints and labels, every quote verbatim in its document). The data's records and the
proposal's are handed to it as one stream, as if the proposal's file had been moved into
``seed/``; a problem names ``<proposal>`` or ``<data>`` as its file.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from chain_graph.dataset import Dataset, Validated
from chain_graph.dataset.checks import check
from chain_graph.dataset.problems import RELATIONSHIPS_SECTION, Origin, Problem, RawEntry
from chain_graph.model import Node, Relationship

__all__ = ["check_merged"]


def _entries(nodes: Iterable[Node], relationships: Iterable[Relationship], file: str) -> Iterator[RawEntry]:
    for i, node in enumerate(nodes):
        data = node.model_dump(mode="json", exclude_none=True)
        yield RawEntry(node.section, data, Origin(file, f"node {i + 1}"))
    for i, rel in enumerate(relationships):
        data = rel.model_dump(mode="json", exclude_none=True)
        yield RawEntry(RELATIONSHIPS_SECTION, data, Origin(file, f"relationship {i + 1}"))


def check_merged(dataset: Dataset, nodes: Iterable[Node], relationships: Iterable[Relationship]) -> Validated:
    """Validate ``dataset`` plus the proposed records; raise ``DatasetError`` listing every problem."""
    problems: list[Problem] = []
    raw = [
        *_entries(dataset.nodes, dataset.relationships, "<data>"),
        *_entries(nodes, relationships, "<proposal>"),
    ]
    return check(raw, problems, lambda _: None)
