"""The Cypher schema in ``schema/*.cypher``: apply it (idempotent) and show what the database has."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from neo4j import Driver, Session
from neo4j.exceptions import TransientError

from chain_graph.cypher import schema_dir, split_statements

__all__ = ["SchemaItem", "apply_schema", "schema_statements", "show_schema"]


def schema_statements(folder: Path | None = None) -> list[str]:
    """All statements of the schema files directly in ``schema/``, in file-name order."""
    folder = folder or schema_dir()
    statements: list[str] = []
    for path in sorted(folder.glob("*.cypher")):
        statements.extend(split_statements(path.read_text(encoding="utf-8")))
    return statements


def _run(session: Session, statement: str) -> None:
    session.run(statement).consume()


def _with_retries(work: Callable[[], object], attempts: int = 5, pause: float = 0.2) -> None:
    """Run ``work``; on a transient failure (a deadlock) wait a little longer and try again."""
    for attempt in range(attempts):
        try:
            work()
            return
        except TransientError:
            if attempt == attempts - 1:
                raise
            time.sleep(pause * 2**attempt)


def apply_schema(driver: Driver, database: str | None = None) -> int:
    """Run every schema statement (all ``IF NOT EXISTS``); returns how many ran."""
    statements = schema_statements()
    with driver.session(database=database) as session:
        for statement in statements:
            # Schema commands cannot share a transaction with writes: one auto-commit each,
            # retried a few times when a concurrent load holds the schema lock.
            _with_retries(functools.partial(_run, session, statement))
        session.run("CALL db.awaitIndexes(300)").consume()
    return len(statements)


@dataclass(frozen=True)
class SchemaItem:
    kind: str  # "constraint" or "index"
    name: str
    type: str
    entity: str  # labels or relationship types
    properties: str
    details: str

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("kind", "name", "type", "entity", "properties", "details")}


def show_schema(driver: Driver, database: str | None = None) -> list[SchemaItem]:
    """Constraints and indexes that the database holds now."""
    items: list[SchemaItem] = []
    with driver.session(database=database) as session:
        for record in session.run(
            "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name"
        ):
            items.append(
                SchemaItem(
                    "constraint",
                    record["name"],
                    record["type"],
                    "|".join(record["labelsOrTypes"] or []),
                    ", ".join(record["properties"] or []),
                    "",
                )
            )
        for record in session.run(
            "SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, state, owningConstraint "
            "RETURN * ORDER BY name"
        ):
            analyzer = (record["options"] or {}).get("indexConfig", {}).get("fulltext.analyzer")
            details = [record["state"]]
            if analyzer:
                details.append(f"analyzer={analyzer}")
            if record["owningConstraint"]:
                details.append(f"backs {record['owningConstraint']}")
            items.append(
                SchemaItem(
                    "index",
                    record["name"],
                    record["type"],
                    "|".join(record["labelsOrTypes"] or []),
                    ", ".join(record["properties"] or []),
                    ", ".join(details),
                )
            )
    return items
