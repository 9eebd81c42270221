"""The import files ``load --bulk`` writes while it validates: the same rows as the export's CSV
(whose import the Neo4j tests check), each table read from its header file and its body."""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from pathlib import Path

import pytest

from chain_graph import dataset as ds
from chain_graph.errors import ChainGraphError
from chain_graph.formats.export import CsvTable, write_csv
from chain_graph.records import MARKER, NodeRecord, RelationshipRecord
from chain_graph.store.bulk import ImportFiles

from .conftest import SEED

Row = frozenset[tuple[str, str]]


def _rows(header: Path, body: Path) -> list[Row]:
    """Each row as its set of (typed column, value), empty fields (no property) left out."""
    with header.open(encoding="utf-8", newline="") as handle:
        columns = next(csv.reader(handle))
    with body.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle))
    if header == body:
        lines = lines[1:]
    return [frozenset((c, v) for c, v in zip(columns, line, strict=True) if v != "") for line in lines]


def import_rows(files: ImportFiles) -> Counter[Row]:
    """Every row of the tables the import arguments name (a header, then one or more bodies)."""
    tables = [
        a.split("=", 1)[1].split(",")
        for a in files.arguments()
        if a.startswith(("--nodes=", "--relationships="))
    ]
    return Counter(
        row
        for header, *bodies in tables
        for body in bodies
        for row in _rows(files.folder / header, files.folder / body)
    )


def test_the_import_files_hold_the_rows_of_the_export_csv(tmp_path: Path) -> None:
    files = ImportFiles(tmp_path / "bulk")
    files.folder.mkdir()
    validated = ds.validate(SEED, files)
    bulk_rows = import_rows(files)

    dataset = ds.load(SEED)
    exported = write_csv(
        [NodeRecord(n.id, (n.label, MARKER), n.properties()) for n in dataset.nodes],
        [
            RelationshipRecord(str(r.type), r.start, r.end, {**r.properties(), "key": r.key})
            for r in dataset.relationships
        ],
        tmp_path / "export",
    )
    tables = [path for path in exported if path.suffix == ".csv"]
    export_rows = Counter(row for path in tables for row in _rows(path, path))
    assert bulk_rows == export_rows
    assert sum(bulk_rows.values()) == validated.total


def test_a_property_without_a_column_is_an_error_not_a_lost_value(tmp_path: Path) -> None:
    with (
        CsvTable(tmp_path, "nodes_Park", ["id:ID"], ["name"]) as table,
        pytest.raises(ChainGraphError, match=r"properties area_mu have no column in nodes_Park\.csv"),
    ):
        table.write(["p"], {"name": "P", "area_mu": 5}, "p")


def test_list_values_are_joined_and_an_item_holding_the_delimiter_is_an_error(tmp_path: Path) -> None:
    with CsvTable(tmp_path, "nodes_Product", ["id:ID"], ["aliases", "chains", "ratios"]) as table:
        table.write(["p"], {"aliases": ["a", 'b "c"'], "chains": [], "ratios": [1, 2.5]}, "p")
        assert not table.multiline
        table.write(["q"], {"aliases": ["two\nlines"]}, "q")
        assert table.multiline
        with pytest.raises(ChainGraphError, match=r"^r: a list item holds '\|'"):
            table.write(["r"], {"aliases": ["x", "y|z"]}, "r")
    rows = (tmp_path / "nodes_Product.csv").read_text(encoding="utf-8")
    assert rows == '"p","a|b ""c""","","1|2.5"\n"q","two\nlines",,\n'
    assert (table.kinds["aliases"].csv_type(), table.kinds["ratios"].csv_type()) == ("string[]", "double[]")


def test_only_the_files_with_a_line_break_in_a_value_are_read_as_multiline(tmp_path: Path) -> None:
    files = ImportFiles(tmp_path / "bulk")
    files.folder.mkdir()
    ds.validate(SEED, files)
    arguments = files.arguments()
    assert "--multiline-fields=true" not in arguments
    assert "--multiline-fields-format=v2" in arguments
    (listed,) = [a.split("=", 1)[1].split(",") for a in arguments if a.startswith("--multiline-fields=")]
    # the documents hold article texts (line breaks); no product, firm or relationship does
    documents = next(a for a in arguments if a.startswith("--nodes=nodes_Document."))
    assert listed == documents.split("=", 1)[1].split(",")
    for name in listed:
        assert "\n" in (files.folder / name).read_text(encoding="utf-8").strip() or name.endswith(
            ".header.csv"
        )

    # the same graph with its documents' texts on one line each: no file is read as multiline
    data = tmp_path / "one-line"
    shutil.copytree(SEED, data)
    for text in (data / "documents").glob("*.*"):
        if text.suffix != ".yaml":
            text.write_text(
                text.read_text(encoding="utf-8").replace("\r", " ").replace("\n", " "), encoding="utf-8"
            )
    plain = ImportFiles(tmp_path / "plain")
    plain.folder.mkdir()
    ds.validate(data, plain)
    assert not any(a.startswith("--multiline-fields") for a in plain.arguments())
