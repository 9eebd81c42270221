"""A proposal as files: a seed-format YAML file with the article's text beside it (ready to be
moved into ``seed/`` once reviewed), and the updates to existing nodes in a sibling file that is
not a seed file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from chain_graph.ingest.propose import Proposal
from chain_graph.model import Node, Relationship

__all__ = ["text_file_name", "to_json", "to_yaml", "updates_path", "updates_yaml", "write_yaml"]

_FIRST = ("id", "type", "start", "end", "key", "name", "name_en", "aliases")
_LAST = ("notes", "source", "quote", "confidence")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Keys as a person writes them: identity first, provenance last; one source as a scalar."""
    first = {k: data[k] for k in _FIRST if k in data}
    last = {k: data[k] for k in _LAST if k in data}
    middle = {k: v for k, v in data.items() if k not in first and k not in last}
    result = {**first, **middle, **last}
    for name in ("source", "quote", "confidence"):
        if isinstance(result.get(name), list) and len(result[name]) == 1:
            result[name] = result[name][0]
    return result


def _node(node: Node) -> dict[str, Any]:
    return _ordered(node.model_dump(mode="json", exclude_none=True))


def _relationship(rel: Relationship) -> dict[str, Any]:
    data = rel.model_dump(mode="json", exclude_none=True)
    if data.get("key") == "":
        del data["key"]
    return _ordered(data)


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def text_file_name(proposal: Proposal) -> str:
    return f"{proposal.document.id}.txt"


def updates_path(output: Path) -> Path:
    return output.with_name(f"{output.stem}.updates.yaml")


def to_yaml(proposal: Proposal, updates_file: str | None = None) -> str:
    """The seed file: documents, then new enterprises, projects and parks, then relationships."""
    document = proposal.document.model_dump(mode="json", exclude_none=True)
    del document["text"]
    document["text_file"] = text_file_name(proposal)
    sections: dict[str, list[dict[str, Any]]] = {"documents": [_ordered(document)]}
    for node in proposal.nodes:
        sections.setdefault(node.section, []).append(_node(node))
    if proposal.relationships:
        sections["relationships"] = [_relationship(r) for r in proposal.relationships]
    header = [
        f"# Proposed by chain-graph ingest from “{proposal.document.name}”: no person has checked it yet.",
        "# Review every entry (names, ids, figures, quotes), validate it with the seed, then move this",
        f"# file and {text_file_name(proposal)} into seed/.",
    ]
    if updates_file:
        header.append(f"# Changes to existing nodes are listed in {updates_file}: apply them by hand.")
    unplaced = [f for f in proposal.facts if f["outcome"] == "unattached"]
    if unplaced:
        header.append(
            "# Figures found but said of no project or firm here: add them by hand where they belong."
        )
        header.extend(f"#   {_figure(f)}: {' '.join(f['quote'].split())}" for f in unplaced)
    return "\n".join(header) + "\n" + _dump(sections)


def _figure(fact: dict[str, Any]) -> str:
    """An unattached figure as a reviewer reads it: 455,000 t/a of propylene, investment 3,000,000,000
    yuan (capacities and money are the figures that can be said of no one)."""
    if fact["kind"] == "capacity":
        return f"{fact['value']:,.0f} t/a of {fact['product']}"
    return f"{fact['kind']} {fact['value']:,} yuan"


def updates_yaml(proposal: Proposal) -> str:
    header = (
        "# Changes the article suggests to nodes the data already has (chain-graph ingest).\n"
        "# Not a seed file: do not move it into seed/; edit the nodes named here by hand.\n"
    )
    return header + _dump({"updates": [u.to_json() for u in proposal.updates]})


def to_json(proposal: Proposal) -> str:
    return json.dumps(proposal.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_yaml(proposal: Proposal, output: Path) -> list[Path]:
    """Write the seed file, the article's text beside it and, when there are updates, the
    updates file; return the paths written. Text is written as bytes: quotes stay verbatim."""
    output.parent.mkdir(parents=True, exist_ok=True)
    written = []
    updates = updates_path(output) if proposal.updates else None
    output.write_bytes(to_yaml(proposal, updates.name if updates else None).encode("utf-8"))
    written.append(output)
    text_path = output.with_name(text_file_name(proposal))
    text_path.write_bytes((proposal.document.text or "").encode("utf-8"))
    written.append(text_path)
    if updates is not None:
        updates.write_bytes(updates_yaml(proposal).encode("utf-8"))
        written.append(updates)
    return written
