"""An import as the interchange JSON or as one seed YAML file."""

from __future__ import annotations

from typing import Any

import yaml

from chain_graph.formats.export import to_json
from chain_graph.importers.common import ImportResult
from chain_graph.model import NODE_TYPE_BY_LABEL

__all__ = ["to_json_text", "to_seed_yaml"]


def to_json_text(result: ImportResult) -> str:
    return to_json(result.nodes.values(), result.relationships.values())


def to_seed_yaml(result: ImportResult) -> str:
    """One seed file: a section per node type, then the relationships (sorted, as in the JSON)."""
    sections: dict[str, list[dict[str, Any]]] = {}
    for node in sorted(result.nodes.values(), key=lambda n: n.id):
        section = NODE_TYPE_BY_LABEL[node.label].section
        sections.setdefault(section, []).append({"id": node.id, **node.properties})
    sections["relationships"] = [
        {"type": r.type, "start": r.start, "end": r.end, **r.properties}
        for r in sorted(result.relationships.values(), key=lambda r: r.identity)
    ]
    header = "# Imported by chain-graph import; every fact cites the dataset with a locator.\n"
    return header + yaml.safe_dump(sections, allow_unicode=True, sort_keys=False, width=110)
