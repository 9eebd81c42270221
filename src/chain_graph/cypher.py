"""Cypher as text, with no database: the read-only guard, typed parameters, saved-query files.

A saved query is one statement after a header of ``// key: value`` lines::

    // name: who-makes-product                  (the file stem)
    // description.zh: 园区内谁生产某产品
    // description.en: Who makes a product in a park
    // param: product: string = propylene       (name: type = example; one line per parameter)

Other comment lines in the header are free text. Types are ``string``, ``int``, ``float``, ``bool``,
``list<string>``, ``list<int>`` and ``list<float>``; every ``$parameter`` of the statement must be
declared, and every declared parameter used.

The guard (:func:`check_read_only`) refuses what the server allows in READ mode but a console for
planners must not do: ``LOAD CSV`` (reads files and URLs), ``TERMINATE TRANSACTIONS`` and
``dbms.killConnection(s)`` (stop other people's work), and on servers with APOC its
``apoc.load/import/export`` procedures. It reads the statement with its comments, string literals
and backticked names blanked out, so case, comments and line breaks do not hide a clause and a
string that merely contains the words is not refused. ``chain_graph.store.queries`` runs the
statement in a READ transaction, so the server refuses every write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from chain_graph.errors import ChainGraphError

__all__ = [
    "PARAM_TYPES",
    "Param",
    "SavedQuery",
    "blank_cypher",
    "check_read_only",
    "convert",
    "parse_params",
    "parse_query",
    "saved_queries",
    "saved_query",
    "schema_dir",
    "split_statements",
    "used_parameters",
]

SCALAR_TYPES = ("string", "int", "float", "bool")
PARAM_TYPES = (*SCALAR_TYPES, "list<string>", "list<int>", "list<float>")
_HEADER_KEYS = ("name", "description.zh", "description.en", "param", "ids")
_KEY_LINE = re.compile(r"^//\s*([a-z][a-z0-9_.]*):\s*(.*)$")
_PARAM_LINE = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(\S+)\s*=\s*(.*)$")
_PARAM_PAIR = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::([a-z<>]+))?=(.*)$", re.DOTALL)
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_TYPE_LIST = ", ".join(PARAM_TYPES)
_TRUE = {"true", "yes", "1"}
_FALSE = {"false", "no", "0"}

# Refused before the statement is sent: (pattern on the blanked statement, why).
_REFUSED_CLAUSES = (
    (re.compile(r"\bLOAD\s+CSV\b", re.IGNORECASE), "LOAD CSV reads files and URLs"),
    (
        re.compile(r"\bTERMINATE\s+TRANSACTIONS?\b", re.IGNORECASE),
        "TERMINATE TRANSACTIONS stops other people's work",
    ),
)
_REFUSED_PROCEDURES = (
    (
        re.compile(r"\bdbms\.killConnections?\b", re.IGNORECASE),
        "dbms.killConnection(s) closes other people's connections",
    ),
    (  # on a server with the APOC plugin: READ-mode procedures that reach files and URLs
        re.compile(r"\bapoc\.(load|import|export)\.", re.IGNORECASE),
        "APOC load, import and export procedures read or write files and URLs",
    ),
)


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    example: Any  # typed

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "example": self.example}


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description_zh: str
    description_en: str
    params: tuple[Param, ...]
    cypher: str  # the statement, without the header and the final semicolon
    path: Path
    # Parameters that name a node, with the labels it may have: checked before the query runs.
    ids: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "description": {"zh": self.description_zh, "en": self.description_en},
            "parameters": [p.to_json() for p in self.params],
        }

    def examples(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.params}


# --- Cypher text -------------------------------------------------------------------------------


def blank_cypher(text: str, *, keep_names: bool = False) -> str:
    """The statement with comments and string literals replaced by a space.

    Backticked names are blanked too, or kept without their backticks with ``keep_names``
    (to read procedure names such as ``dbms.`killConnections```).
    """
    kept: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            kept.append(" ")
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            kept.append(" ")
        elif char in "'\"":
            i += 1
            while i < n and text[i] != char:
                i += 2 if text[i] == "\\" else 1
            i += 1
            kept.append(" ")
        elif char == "`":
            name: list[str] = []
            i += 1
            while i < n:
                if text.startswith("``", i):
                    name.append("`")
                    i += 2
                elif text[i] == "`":
                    break
                else:
                    name.append(text[i])
                    i += 1
            i += 1
            kept.append("".join(name) if keep_names else " ")
        else:
            kept.append(char)
            i += 1
    return "".join(kept)


def check_read_only(cypher: str) -> str:
    """The statement to run, stripped; raises when it holds a clause this console refuses."""
    statement = cypher.strip()
    while statement.endswith(";"):
        statement = statement[:-1].rstrip()
    if not blank_cypher(statement).strip():
        raise ChainGraphError("the query is empty")
    code = blank_cypher(statement)
    for pattern, why in _REFUSED_CLAUSES:
        if pattern.search(code):
            raise ChainGraphError(f"refused: this console is read-only ({why})")
    names = re.sub(r"\s*\.\s*", ".", blank_cypher(statement, keep_names=True))
    for pattern, why in _REFUSED_PROCEDURES:
        if pattern.search(names):
            raise ChainGraphError(f"refused: this console is read-only ({why})")
    return statement


def used_parameters(cypher: str) -> set[str]:
    return set(_PARAM_USE.findall(blank_cypher(cypher)))


# --- parameters --------------------------------------------------------------------------------


def _split_list(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return [item.strip() for item in text.split(",")] if text else []


def _scalar(text: str, type_: str) -> Any:
    if type_ == "string":
        return text  # as given: a Lucene phrase keeps its quotes
    raw = text.strip()
    if type_ == "int":
        return int(raw)
    if type_ == "float":
        return float(raw)
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise ValueError(raw)


def convert(text: str, type_: str) -> Any:
    """A parameter value from its text: ``42``, ``1.5``, ``true``, ``[a, b]`` or ``a,b`` for lists.

    A string is taken as given; a list may also be a JSON array.
    """
    if type_ not in PARAM_TYPES:
        raise ValueError(f"unknown type {type_!r} (one of {_TYPE_LIST})")
    if not type_.startswith("list<"):
        return _scalar(text, type_)
    item_type = type_[5:-1]
    stripped = text.strip()
    if stripped.startswith("["):
        try:
            decoded = json.loads(stripped)
        except ValueError:
            decoded = None
        if isinstance(decoded, list):
            return [_scalar(v if isinstance(v, str) else json.dumps(v), item_type) for v in decoded]
    return [_scalar(item, item_type) for item in _split_list(stripped)]


def _a(type_: str) -> str:
    return f"an {type_}" if type_ == "int" else f"a {type_}"


def _typed(name: str, text: str, type_: str) -> Any:
    try:
        return convert(text, type_)
    except ValueError:
        raise ChainGraphError(f"parameter {name}: {text!r} is not {_a(type_)}", options=("param",)) from None


def _untyped(text: str) -> Any:
    """A JSON value when the text is one (42, 1.5, true, null, [..], {..}, "..."), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def parse_params(pairs: Iterable[str], declared: Sequence[Param] | None = None) -> dict[str, Any]:
    """``KEY=VALUE`` pairs as typed values.

    For a saved query (``declared`` given) the types come from its header and parameters not given
    take their example value. For ad-hoc Cypher a value is JSON when it reads as JSON, else text;
    ``KEY:TYPE=VALUE`` sets the type.
    """
    by_name = {p.name: p for p in declared or ()}
    values: dict[str, Any] = {}
    for pair in pairs:
        match = _PARAM_PAIR.match(pair)
        if match is None:
            raise ChainGraphError(f"parameter {pair!r}: write it as NAME=VALUE", options=("param",))
        name, type_, text = match.groups()
        if name in values:
            raise ChainGraphError(
                f"parameter {name} is given twice (a list is written a,b,c)", options=("param",)
            )
        if declared is None:
            if type_ is not None and type_ not in PARAM_TYPES:
                raise ChainGraphError(
                    f"parameter {name}: unknown type {type_!r} (one of {_TYPE_LIST})", options=("param",)
                )
            values[name] = _untyped(text) if type_ is None else _typed(name, text, type_)
            continue
        if name not in by_name:
            known = ", ".join(by_name) or "none"
            raise ChainGraphError(
                f"parameter {name}: this query has no such parameter (it takes: {known})", options=("param",)
            )
        if type_ is not None:
            raise ChainGraphError(
                f"parameter {name}: the query header sets its type ({by_name[name].type}): "
                f"write {name}=VALUE",
                options=("param",),
            )
        values[name] = _typed(name, text, by_name[name].type)
    if declared is None:
        return values
    return {p.name: values.get(p.name, p.example) for p in declared}


# --- saved queries -----------------------------------------------------------------------------


def queries_dir() -> Path:
    return schema_dir() / "queries"


def _example(text: str, type_: str) -> Any:
    """A header's example; a string example may be written as JSON (``""`` is the empty string)."""
    if type_ == "string" and len(text) >= 2 and text[0] == text[-1] == '"':
        decoded = json.loads(text)
        if not isinstance(decoded, str):
            raise ValueError(text)
        return decoded
    return convert(text, type_)


def parse_query(path: Path, text: str | None = None) -> SavedQuery:
    """A saved query file; a malformed one raises ``FILE:LINE: what``."""
    text = path.read_text(encoding="utf-8") if text is None else text
    lines = text.splitlines()
    fields: dict[str, str] = {}
    field_lines: dict[str, int] = {}
    params: list[Param] = []
    ids: dict[str, tuple[str, ...]] = {}
    body_start = len(lines)
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("//"):
            body_start = number - 1
            break
        match = _KEY_LINE.match(stripped)
        if match is None:
            continue  # a blank line or free text
        key, value = match.group(1), match.group(2).strip()
        where = f"{path}:{number}"
        if key not in _HEADER_KEYS:
            raise ChainGraphError(f"{where}: unknown header key {key!r} (one of {', '.join(_HEADER_KEYS)})")
        if key == "ids":
            ids.update(_ids(value, where))
            continue
        if key != "param":
            if key in fields:
                raise ChainGraphError(f"{where}: {key} is given twice")
            fields[key], field_lines[key] = value, number
            continue
        found = _PARAM_LINE.match(value)
        if found is None:
            raise ChainGraphError(f"{where}: write the parameter as 'param: NAME: TYPE = EXAMPLE'")
        name, type_, example = found.groups()
        if type_ not in PARAM_TYPES:
            raise ChainGraphError(f"{where}: unknown type {type_!r} (one of {_TYPE_LIST})")
        if any(p.name == name for p in params):
            raise ChainGraphError(f"{where}: parameter {name} is declared twice")
        try:
            params.append(Param(name, type_, _example(example.strip(), type_)))
        except ValueError:
            raise ChainGraphError(f"{where}: the example {example!r} is not {_a(type_)}") from None
    for key in ("name", "description.zh", "description.en"):
        if not fields.get(key):
            raise ChainGraphError(f"{path}:1: the header has no '// {key}: …' line")
    if fields["name"] != path.stem:
        raise ChainGraphError(
            f"{path}:{field_lines['name']}: the name {fields['name']!r} is not the file name {path.stem!r}"
        )
    cypher = "\n".join(lines[body_start:]).strip()
    while cypher.endswith(";"):
        cypher = cypher[:-1].rstrip()
    if not cypher:
        raise ChainGraphError(f"{path}:{len(lines)}: no Cypher statement after the header")
    if re.search(r";", blank_cypher(cypher)):
        raise ChainGraphError(f"{path}: a saved query holds one statement")
    used, names = used_parameters(cypher), {p.name for p in params}
    if used - names:
        raise ChainGraphError(f"{path}: ${', $'.join(sorted(used - names))} used but not declared")
    if names - used:
        raise ChainGraphError(f"{path}: parameter(s) {', '.join(sorted(names - used))} declared but not used")
    if set(ids) - names:
        raise ChainGraphError(f"{path}: ids names {', '.join(sorted(set(ids) - names))}, not parameters")
    return SavedQuery(
        fields["name"], fields["description.zh"], fields["description.en"], tuple(params), cypher, path, ids
    )


def _ids(value: str, where: str) -> dict[str, tuple[str, ...]]:
    """``park = Park|Region, product = Product``: which parameters are ids of which labels."""
    found: dict[str, tuple[str, ...]] = {}
    for part in filter(None, (p.strip() for p in value.split(","))):
        name, _, labels = part.partition("=")
        if not name.strip() or not labels.strip():
            raise ChainGraphError(f"{where}: write ids as 'NAME = Label|Label, NAME = Label'")
        found[name.strip()] = tuple(label.strip() for label in labels.split("|"))
    return found


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query of ``schema/queries/``, by name."""
    folder = folder or queries_dir()
    return {q.name: q for q in (parse_query(path) for path in sorted(folder.glob("*.cypher")))}


def saved_query(name: str, folder: Path | None = None) -> SavedQuery:
    queries = saved_queries(folder)
    if name not in queries:
        raise ChainGraphError(
            f"no saved query {name!r}; there are: {', '.join(queries)} (see 'chain-graph queries list')"
        )
    return queries[name]


# --- files ------------------------------------------------------------------------------------


def schema_dir() -> Path:
    """``schema/`` of the source tree, or its copy packaged into the wheel."""
    packaged = Path(str(resources.files("chain_graph"))) / "_schema"
    if packaged.is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2] / "schema"  # src/chain_graph → repo
    if source_tree.is_dir():
        return source_tree
    raise ChainGraphError("the schema/ folder of chain-graph was not found: reinstall the package")


def split_statements(text: str) -> list[str]:
    """Statements of a ``.cypher`` file: ``//`` comment lines dropped, split on ``;`` at line ends."""
    kept = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    parts = re.split(r";\s*$", "\n".join(kept), flags=re.MULTILINE)
    return [" ".join(part.split()) for part in parts if part.strip()]
