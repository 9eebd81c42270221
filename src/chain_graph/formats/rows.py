"""Query rows (JSON-able values by column) as CSV, xlsx and short display text for tables.

CSV and xlsx hold the same rows as the JSON output: text and numbers as they are, an empty cell
for null, ``true``/``false`` for booleans (xlsx: real booleans), and lists, maps, nodes,
relationships and paths as their JSON text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

__all__ = ["DISPLAY_MAX", "XLSX_CELL_MAX", "cell_text", "display_text", "is_numeric", "to_csv", "write_xlsx"]

XLSX_CELL_MAX = 32_767  # Excel's limit on the characters of one cell
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # control characters xlsx cannot hold
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")

Row = dict[str, Any]


def cell_text(value: Any) -> str:
    """One CSV cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def to_csv(columns: Sequence[str], rows: Sequence[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_text(row.get(column)) for column in columns])
    return buffer.getvalue()


def _xlsx_value(value: Any) -> tuple[Any, bool]:
    """The value an xlsx cell holds, and whether it had to be cut."""
    if value is None or isinstance(value, bool | int | float):
        return value, False
    text = _ILLEGAL_XLSX.sub("", value if isinstance(value, str) else cell_text(value))
    if len(text) > XLSX_CELL_MAX:
        return text[: XLSX_CELL_MAX - 1] + "…", True
    return text, False


def write_xlsx(columns: Sequence[str], rows: Sequence[Row], path: Path, title: str = "rows") -> int:
    """Write one sheet: a bold header row, then the rows; returns how many cells were cut to
    Excel's 32,767 characters. Text starting with ``=`` stays text, never a formula."""
    book = Workbook()
    sheet = book.active
    sheet.title = _SHEET_NAME_BAD.sub("-", title)[:31] or "rows"
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    cut = 0
    widths = [len(column) for column in columns]
    for row in rows:
        values = []
        for i, column in enumerate(columns):
            value, was_cut = _xlsx_value(row.get(column))
            cut += was_cut
            values.append(value)
            widths[i] = max(widths[i], len(str(value)) if value is not None else 0)
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    for i, width in enumerate(widths):
        sheet.column_dimensions[sheet.cell(row=1, column=i + 1).column_letter].width = min(
            max(width, 6) + 2, 60
        )
    book.save(path)
    return cut


# --- display -----------------------------------------------------------------------------------


def _is_node(value: dict[str, Any]) -> bool:
    return set(value) == {"id", "labels", "properties"}


def _is_relationship(value: dict[str, Any]) -> bool:
    return set(value) == {"type", "start", "end", "properties"}


def _is_path(value: dict[str, Any]) -> bool:
    return set(value) == {"nodes", "relationships"}


def _node_text(node: dict[str, Any]) -> str:
    name = node["properties"].get("name")
    return f"{name} ({node['id']})" if name else str(node["id"])


DISPLAY_MAX = 2_000  # characters of one table cell: a huge value is cut, not drawn


def display_text(value: Any) -> str:
    """Short text for a table cell: a node by its Chinese name and id, a path as a → b → c;
    at most :data:`DISPLAY_MAX` characters."""
    text = _display_text(value)
    return text if len(text) <= DISPLAY_MAX else text[: DISPLAY_MAX - 1] + "…"


def _display_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, str | int):
        return str(value)
    if isinstance(value, list):
        return ", ".join(_display_text(v) for v in value[:DISPLAY_MAX])
    if isinstance(value, dict):
        if _is_node(value):
            return _node_text(value)
        if _is_relationship(value):
            return f"({value['start']})-[:{value['type']}]->({value['end']})"
        if _is_path(value):
            return " → ".join(str(n["properties"].get("name") or n["id"]) for n in value["nodes"])
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def is_numeric(rows: Sequence[Row], column: str) -> bool:
    """Whether every non-empty value of the column is a number (tables align it right)."""
    values = [row.get(column) for row in rows if row.get(column) is not None]
    return bool(values) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
