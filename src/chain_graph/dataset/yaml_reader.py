"""YAML seed files → raw entries with line numbers (every ``*.yaml`` of a folder, at any depth).

The loader keeps the line of every mapping and key, reports duplicate keys instead of keeping
the last, and leaves dates as the text written. A document's ``text_file`` is read into its
``text``, relative to the YAML file that names it.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import yaml

from chain_graph.dataset.problems import RELATIONSHIPS_SECTION, Origin, Problem, RawEntry
from chain_graph.errors import quoted
from chain_graph.model import NODE_TYPE_BY_SECTION

__all__ = ["MAX_TEXT_BYTES", "SECTIONS", "read_yaml_file", "yaml_files"]

SECTIONS = (*NODE_TYPE_BY_SECTION, RELATIONSHIPS_SECTION)
MAX_TEXT_BYTES = 16 * 2**20  # the largest source text a document may ship
_LONG_NUMBER = re.compile(r"\d{4300,}")


class _Located(dict[Any, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int
    key_lines: dict[str, int]
    duplicate_keys: list[tuple[int, str]]


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader (libyaml's parser when present) that leaves dates as text; :class:`_Builder`
    turns its nodes into values with line numbers, duplicate keys noted and aliases refused."""


_STR_TAG = "tag:yaml.org,2002:str"
_ALIASES = "anchors and aliases (&name, *name, <<) are not allowed: write the value out"


class _Builder:
    """Composed YAML nodes → Python values, in one walk: mappings as :class:`_Located`, text as
    is, every other scalar (numbers, booleans, null) by the loader's own constructors. Seed files
    are mostly text, so this skips PyYAML's per-node constructor machinery where it can."""

    def __init__(self, loader: _LineLoader) -> None:
        self.loader = loader
        # A node met twice is an alias: one node standing in many places, so that a 500-byte
        # "billion laughs" file would expand to gigabytes once validated. Seed data never needs one.
        self.seen: set[int] = set()

    def build(self, node: yaml.Node) -> Any:
        if id(node) in self.seen:
            raise yaml.constructor.ConstructorError(None, None, _ALIASES, node.start_mark)
        self.seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            return node.value if node.tag == _STR_TAG else self.loader.construct_object(node)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item) for item in node.value]
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node)
        return self.loader.construct_object(node)

    def mapping(self, node: yaml.MappingNode) -> _Located:
        self.loader.flatten_mapping(node)
        mapping = _Located()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        mapping.duplicate_keys = []
        for key_node, value_node in node.value:
            key = self.build(key_node)
            if not isinstance(key, str | int | float | bool):
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be plain text", key_node.start_mark
                )
            line = key_node.start_mark.line + 1
            if key in mapping:
                mapping.duplicate_keys.append((line, str(key)))
            mapping[key] = self.build(value_node)
            mapping.key_lines[str(key)] = line
        return mapping


# Dates stay ISO strings, exactly as written: drop the implicit timestamp resolver.
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml_file(path: Path, shown: str, problems: list[Problem], root: Path) -> list[RawEntry]:
    """The entries of one YAML file; a ``text_file`` may only name a file inside ``root``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(shown, 1, "-", f"cannot read file: {exc}"))
        return []
    loader = _LineLoader(text)
    try:
        root_node = loader.get_single_node()
        document = None if root_node is None else _Builder(loader).build(root_node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(shown, line, "-", f"malformed YAML: {quoted(reason)[1:-1]}"))
        return []
    except ValueError:  # Python refuses to read an integer of more than 4300 digits
        found = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        problems.append(Problem(shown, line, "-", "malformed YAML: a number of thousands of digits"))
        return []
    except RecursionError:
        problems.append(Problem(shown, 1, "-", "malformed YAML: nested too deeply"))
        return []
    finally:
        loader.dispose()
    if document is None:
        problems.append(Problem(shown, 1, "-", "empty file: expected sections such as 'products:'"))
        return []
    if not isinstance(document, _Located):
        problems.append(Problem(shown, 1, "-", "expected a mapping of sections at the top level"))
        return []
    for line, key in document.duplicate_keys:
        problems.append(Problem(shown, line, "-", f"duplicate section {quoted(key)}"))
    entries: list[RawEntry] = []
    for section, items in document.items():
        line = document.key_lines[str(section)]
        if section not in SECTIONS:
            problems.append(
                Problem(shown, line, "-", f"unknown section {quoted(section)} (known: {', '.join(SECTIONS)})")
            )
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(shown, line, "-", f"section '{section}' must be a list of entries"))
            continue
        for item in items:
            if not isinstance(item, _Located):
                problems.append(Problem(shown, line, "-", f"an entry of '{section}' is not a mapping"))
                continue
            entry = RawEntry(section, dict(item), Origin(shown, item.line, dict(item.key_lines)))
            for key_line, key in item.duplicate_keys:
                problems.append(Problem(shown, key_line, entry.entry_id, f"duplicate key {quoted(key)}"))
            has_text_file = section == "documents" and "text_file" in entry.data
            if has_text_file and not _resolve_text_file(entry, path.parent, root, problems):
                continue
            entries.append(entry)
    return entries


def _resolve_text_file(entry: RawEntry, folder: Path, root: Path, problems: list[Problem]) -> bool:
    """Read a document's ``text_file`` (relative to its YAML file) into its ``text``.

    Only a regular file of at most :data:`MAX_TEXT_BYTES` inside the dataset's folder is read:
    a dataset received from elsewhere never reads ``/etc/passwd``, ``/dev/zero`` or a pipe.
    """
    text_file = entry.data.pop("text_file")
    where = entry.origin.at("text_file")
    shown = quoted(str(text_file))

    def refuse(reason: str) -> bool:
        problems.append(Problem(entry.origin.file, where, entry.entry_id, f"text_file {shown}: {reason}"))
        return False

    if not isinstance(text_file, str) or not text_file:
        return refuse("give the path of a file, relative to this YAML file")
    try:
        target = (folder / text_file).resolve()
        if not target.is_relative_to(root.resolve()):
            return refuse(f"is outside the dataset folder {root}: a dataset only reads its own files")
        info = target.stat()
        if not stat.S_ISREG(info.st_mode):
            return refuse("is not a regular file")
        if info.st_size > MAX_TEXT_BYTES:
            return refuse(f"is larger than {MAX_TEXT_BYTES // 2**20} MiB")
        with target.open("rb") as handle:
            entry.data["text"] = handle.read(MAX_TEXT_BYTES + 1).decode("utf-8")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
        return refuse(f"cannot be read: {reason}")
    return True


def yaml_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml") if p.is_file())
