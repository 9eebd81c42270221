"""Where a record stands in its file, and what is wrong with it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from chain_graph.errors import ChainGraphError

__all__ = ["RELATIONSHIPS_SECTION", "DatasetError", "Origin", "Problem", "RawEntry"]

RELATIONSHIPS_SECTION = "relationships"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, located in its file."""

    file: str
    where: int | str  # a line number in YAML, a JSON path in JSON
    entry: str  # the id of the entry, or '-' when there is none
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.where}: {self.entry}: {self.message}"


class DatasetError(ChainGraphError):
    """The data is invalid; ``problems`` lists every problem found (exit code 2)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems), exit_code=2)


@dataclass(frozen=True)
class Origin:
    file: str
    where: int | str
    field_where: dict[str, int | str] = field(default_factory=dict)

    def at(self, field_name: str | None) -> int | str:
        if field_name is None:
            return self.where
        return self.field_where.get(field_name, self.where)


@dataclass(frozen=True)
class JsonOrigin(Origin):
    """Where an entry of the interchange JSON stands; a field's JSON path is made only when a
    problem needs it (``$.nodes[3].properties.name``, or ``$.nodes[3].id`` for the ``top`` keys)."""

    top: tuple[str, ...] = ()
    properties: Mapping[str, Any] = field(default_factory=dict)

    def at(self, field_name: str | None) -> int | str:
        if field_name in self.top:
            return f"{self.where}.{field_name}"
        if field_name is not None and field_name in self.properties:
            return f"{self.where}.properties.{field_name}"
        return self.where


@dataclass
class RawEntry:
    """One entry before validation: its section, its fields, and where it stands."""

    section: str
    data: dict[str, Any]
    origin: Origin

    @property
    def entry_id(self) -> str:
        """What a problem names the entry by: its id, or TYPE(start->end); never very long."""
        if self.section == RELATIONSHIPS_SECTION:
            type_, start, end = (_plain(self.data.get(k, "?")) for k in ("type", "start", "end"))
            return f"{type_}({start}->{end})"
        value = self.data.get("id")
        return _plain(value) if isinstance(value, str) and value else "-"


def _plain(value: Any, limit: int = 80) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
