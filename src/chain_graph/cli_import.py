"""``chain-graph import``: public datasets and enterprise lists into the interchange format."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table

from chain_graph import dataset as ds
from chain_graph.cli_common import CONTEXT, data_option, emit, err, format_option
from chain_graph.errors import ChainGraphError
from chain_graph.importers.ckg import README_COUNTS, import_ckg
from chain_graph.importers.common import ImportResult
from chain_graph.importers.enterprise_csv import import_enterprise_csv
from chain_graph.importers.output import to_json_text, to_seed_yaml
from chain_graph.records import NodeRecord

__all__ = ["import_group"]

_OUT = click.option(
    "--out", "output", type=click.Path(path_type=Path), help="File to write (default: stdout)."
)
_FORMAT = format_option("json", "yaml", help="Interchange JSON (any --data takes it), or one seed YAML file.")


@click.group("import", context_settings=CONTEXT)
def import_group() -> None:
    """Turn a public dataset or an enterprise list into chain-graph data (nothing is loaded).

    \b
    Then check it with the seed and load it:
      chain-graph validate --data seed --data ckg.json
      chain-graph load --data seed --data ckg.json
    """


@import_group.command("ckg", context_settings=CONTEXT)
@click.argument("folder", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--version", "version", help="The dataset's version or commit, recorded on its Document.")
@_FORMAT
@_OUT
def ckg_command(folder: Path, version: str | None, fmt: str, output: Path | None) -> None:
    """Import liuhuanyong/ChainKnowledgeGraph: listed companies, 申万 industries, products.

    FOLDER is the dataset's repository or its data/ folder (JSON-lines files). Every relationship
    kind is kept: 所属行业 → IN_INDUSTRY, 上级行业 → SUBINDUSTRY_OF, 主营产品 → PRODUCES,
    上游材料/下游产品 → UPSTREAM_OF, 产品小类 → IS_A. The counts read are compared with the
    dataset's README on stderr.

    \b
    Example:
      chain-graph import ckg ChainKnowledgeGraph/ --version 4ea9154 --out ckg.json
    """
    result = import_ckg(folder, version, progress=lambda step: err.log(f"reading {step}…"))
    _report(result, README_COUNTS)
    emit(to_json_text(result) if fmt == "json" else to_seed_yaml(result), output)


@import_group.command("enterprises", context_settings=CONTEXT)
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--park", help="The park the listed enterprises are in (an id of --data).")
@click.option("--region", help="Or the region they are in.")
@click.option(
    "--classification", help="The industry classification of the list's 行业 column, e.g. 'GB/T 4754-2017'."
)
@data_option
@_FORMAT
@_OUT
def enterprises_command(
    csv_file: Path,
    park: str | None,
    region: str | None,
    classification: str | None,
    data: tuple[Path, ...],
    fmt: str,
    output: Path | None,
) -> None:
    """Import a park's enterprise list (UTF-8 CSV).

    Columns by header: 企业名称 (required), 统一社会信用代码, 股票代码, 地址, 行业, 主营产品 (or name,
    credit_code, stock_code, address, industry, products).

    Names, industries and products are matched with --data (exact names and aliases): an
    enterprise the data has is linked, not added twice; a product the data has is linked by its id.

    \b
    Example:
      chain-graph import enterprises quangang-list.csv --park quangang-petrochemical-park --out list.json
    """
    place = park or region
    if place is None or (park and region):
        raise ChainGraphError(
            "give the enterprises' place: --park ID or --region ID", options=("--park", "--region")
        )
    known = [NodeRecord.from_model(n) for n in ds.load(data).nodes]
    result = import_enterprise_csv(csv_file, place, known, classification)
    _report(result, {})
    emit(to_json_text(result) if fmt == "json" else to_seed_yaml(result), output)


def _report(result: ImportResult, expected: dict[str, int]) -> None:
    table = Table("kind", "read", "written", "source says", title="Imported", title_justify="left")
    kinds = sorted({*result.read, *expected})
    for kind in kinds:
        written = result.written.get(kind, "")
        said = expected.get(kind, "")
        table.add_row(kind, str(result.read.get(kind, 0)), str(written), str(said))
    for label in sorted(k for k in result.written if k not in result.read and k not in expected):
        table.add_row(label, "", str(result.written[label]), "")
    err.print(table)
    for reason, count in sorted(result.skipped.items()):
        err.print(f"  left out: {count} × {reason}", markup=False)
    for reason, count in sorted(result.noted.items()):
        err.print(f"  note: {count} × {reason}", markup=False)
