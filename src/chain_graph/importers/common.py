"""What the importers share: stable ids for names, a clean name, the record sink and its report."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from chain_graph.model import Node, Relationship
from chain_graph.records import NodeRecord, RelationshipRecord

__all__ = ["ImportResult", "clean_name", "name_id"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\ufeff]")


def clean_name(text: str) -> str:
    """A name as a person would type it: NFKC (full-width → half-width), no control or invisible
    characters, single spaces.

    >>> clean_name("ＬＥＤ\\u200d 显示屏\\x7f ")
    'LED 显示屏'
    """
    return " ".join(_CONTROL.sub("", unicodedata.normalize("NFKC", text)).split())


def name_id(prefix: str, name: str) -> str:
    """A stable ASCII id for a name that has none (product names in Chinese).

    >>> name_id("p", "环氧丙烷")
    'p-516a039bb5b7'
    """
    return f"{prefix}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:12]}"  # noqa: S324 - an id, not security


@dataclass
class ImportResult:
    """The validated records, plus counts of what was read, written and left out (and why)."""

    nodes: dict[str, NodeRecord] = field(default_factory=dict)
    relationships: dict[tuple[str, str, str, str], RelationshipRecord] = field(default_factory=dict)
    read: Counter[str] = field(default_factory=Counter)  # source records per kind
    written: Counter[str] = field(default_factory=Counter)  # records written per label or type
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> count
    noted: Counter[str] = field(default_factory=Counter)  # kept, but worth knowing -> count

    def add_node(self, node: Node) -> bool:
        if node.id in self.nodes:
            return False
        self.nodes[node.id] = NodeRecord.from_model(node)
        self.written[node.label] += 1
        return True

    def add_relationship(self, rel: Relationship, kind: str | None = None) -> bool:
        if rel.identity in self.relationships:
            self.skipped[f"{kind or rel.type}: duplicate"] += 1
            return False
        self.relationships[rel.identity] = RelationshipRecord.from_model(rel)
        self.written[kind or str(rel.type)] += 1
        return True
