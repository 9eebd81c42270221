"""Export JSON (``{"nodes": [...], "relationships": [...]}``) → raw entries located by JSON path.

Every value is type-checked before use, so a malformed file gives problems, never a traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from chain_graph.dataset.problems import RELATIONSHIPS_SECTION, JsonOrigin, Problem, RawEntry
from chain_graph.errors import quoted
from chain_graph.model import NODE_TYPE_BY_LABEL

__all__ = ["SURROGATE_ESCAPE", "read_json_file"]

_NODE_TOP = ("id",)
_RELATIONSHIP_TOP = ("type", "start", "end")


class _DuplicateKey(ValueError):
    pass


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object; a key given twice is an error, not a silent overwrite (as in YAML)."""
    obj = dict(pairs)  # in C: the hook runs once per object of the file
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"duplicate key {quoted(key)} in one object")
            seen.add(key)
    return obj


# What an ingest proposal lists beside its records for review (changes to existing nodes, the
# names, figures and counts it found): read past, so that `validate --data seed --data
# proposal.json` checks the records.
PROPOSAL_REVIEW_KEYS = frozenset({"updates", "mentions", "facts", "summary"})
# A lone surrogate can only come from a \uD800–\uDFFF escape: UTF-8 text cannot hold one.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _section(document: dict[str, Any], name: str, shown: str, problems: list[Problem]) -> list[Any]:
    items = document.get(name)
    if items is None:
        if name in document:
            problems.append(Problem(shown, f"$.{name}", "-", f"'{name}' must be a list, not null"))
        return []
    if not isinstance(items, list):
        problems.append(
            Problem(shown, f"$.{name}", "-", f"'{name}' must be a list, not {type(items).__name__}")
        )
        return []
    return items


def read_json_file(path: Path, shown: str, problems: list[Problem]) -> list[RawEntry]:
    try:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, "$", "-", f"cannot read file: {exc}"))
        return []
    except json.JSONDecodeError as exc:
        problems.append(Problem(shown, f"line {exc.lineno}", "-", f"malformed JSON: {exc.msg}"))
        return []
    except _DuplicateKey as exc:
        problems.append(Problem(shown, "$", "-", f"malformed JSON: {exc}"))
        return []
    except ValueError:  # Python refuses to read an integer of more than 4300 digits
        problems.append(Problem(shown, "$", "-", "malformed JSON: a number of thousands of digits"))
        return []
    except RecursionError:
        problems.append(Problem(shown, "$", "-", "malformed JSON: nested too deeply"))
        return []
    try:  # JSON may escape lone surrogates ("\ud800"): text that no file or database can hold
        if SURROGATE_ESCAPE.search(text):
            json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        problems.append(Problem(shown, "$", "-", "malformed JSON: text that is not valid Unicode"))
        return []
    if not isinstance(document, dict) or set(document) - {"nodes", "relationships", *PROPOSAL_REVIEW_KEYS}:
        problems.append(Problem(shown, "$", "-", "expected an object with 'nodes' and 'relationships'"))
        return []
    entries: list[RawEntry] = []
    for i, item in enumerate(_section(document, "nodes", shown, problems)):
        where = f"$.nodes[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("properties"), dict):
            problems.append(Problem(shown, where, "-", "a node needs 'id', 'labels' and 'properties'"))
            continue
        labels = item.get("labels")
        node_id = item.get("id")
        entry = node_id if isinstance(node_id, str) and node_id else "-"
        first = labels[0] if isinstance(labels, list) and len(labels) == 1 else None
        node_type = NODE_TYPE_BY_LABEL.get(first) if isinstance(first, str) else None
        if node_type is None:
            problems.append(
                Problem(
                    shown,
                    f"{where}.labels",
                    entry,
                    f"unknown labels {quoted(labels)} (known: {', '.join(NODE_TYPE_BY_LABEL)})",
                )
            )
            continue
        data = {"id": node_id, **item["properties"]}
        origin = JsonOrigin(shown, where, top=_NODE_TOP, properties=item["properties"])
        entries.append(RawEntry(node_type.section, data, origin))
    for i, item in enumerate(_section(document, "relationships", shown, problems)):
        where = f"$.relationships[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("properties"), dict):
            problems.append(
                Problem(shown, where, "-", "a relationship needs 'type', 'start', 'end' and 'properties'")
            )
            continue
        data = {k: item.get(k) for k in _RELATIONSHIP_TOP} | item["properties"]
        origin = JsonOrigin(shown, where, top=_RELATIONSHIP_TOP, properties=item["properties"])
        entries.append(RawEntry(RELATIONSHIPS_SECTION, data, origin))
    return entries
