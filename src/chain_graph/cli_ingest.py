"""``chain-graph ingest``: propose records from a news article, for review; never writes the data."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from chain_graph import dataset as ds
from chain_graph.cli_common import CONTEXT, Command, data_option, emit, err, format_option
from chain_graph.dataset import DatasetError
from chain_graph.errors import ChainGraphError
from chain_graph.ingest import Ingester, check_published, read_article
from chain_graph.ingest import output as ingest_output

__all__ = ["ingest_command"]


@click.command("ingest", cls=Command, context_settings=CONTEXT)
@click.argument("file", type=click.Path(path_type=Path))
@data_option
@click.option("--url", help="Where the article was published (the document's url).")
@click.option(
    "--published",
    help="Publication date, YYYY-MM-DD (or YYYY-MM, YYYY); 10月18日 in the text takes its year  "
    "[default: the page's own date, for HTML]",
)
@click.option("--title", help="The headline  [default: the page title, else the first line of the text]")
@format_option("yaml", "json")
@click.option(
    "--out",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (required for yaml, which writes the article's text beside it); "
    "json goes to stdout without it.",
)
def ingest_command(
    file: Path,
    data: Path,
    url: str | None,
    published: str | None,
    title: str | None,
    fmt: str,
    output: Path | None,
) -> None:
    """Propose records from a news article (text or HTML) for review: mentions of known nodes,
    new enterprises, projects and parks, capacities, investments, areas and project statuses,
    each citing the article with a verbatim quote. Nothing is written to the data or Neo4j.

    Changes to existing nodes are listed apart as updates (with yaml, in OUT-STEM.updates.yaml,
    which is not a seed file). Review the proposal, check it with `chain-graph validate`, then
    move the YAML and its .txt into seed/ (docs/ingest.md).

    \b
    Examples:
      chain-graph ingest news/tianchen-po.html --url https://example.com/news/1.html \\
          --published 2024-03-01 --out proposals/tianchen.yaml
      chain-graph ingest news/article.txt --format json > proposal.json
    """
    if fmt == "yaml" and output is None:
        raise ChainGraphError(
            "yaml output writes the article's text into a file beside it: give a file with --out "
            "(e.g. --out proposals/article.yaml), or use --format json to print to stdout"
        )
    if published is not None:
        check_published(published)
    article = read_article(file)
    article = replace(
        article,
        title=title or article.title,
        url=url or article.url,
        published=published or article.published,
    )
    with err.status(f"Reading {data}…"):
        dataset = ds.load(data)
    try:
        proposal = Ingester(dataset).ingest(article)
    except (ChainGraphError, DatasetError):
        raise
    except Exception as exc:  # the extractor's own bug on this text: say so plainly, no traceback
        raise ChainGraphError(
            f"the extractor failed on {file} ({type(exc).__name__}: {exc}); this is a bug in chain-graph, "
            "not in your file, and nothing was written. Please report it with the article attached, "
            "and add its facts by hand meanwhile (docs/adding-data.md)"
        ) from exc
    summary = proposal.summary
    err.print(
        f"{summary['mentions']} mentions ({summary['known_ids']} known ids), "
        f"{summary['new_entities']} new entities, {summary['figures']} figures, "
        f"{summary['relationships']} relationships, {summary['updates']} updates",
        markup=False,
    )
    if fmt == "json":
        if output is not None:
            output.parent.mkdir(parents=True, exist_ok=True)
        emit(ingest_output.to_json(proposal), output)
        return
    assert output is not None
    written = ingest_output.write_yaml(proposal, output)
    err.print(f"wrote {', '.join(str(p) for p in written)}", markup=False)
    if proposal.updates:
        err.print(
            f"{len(proposal.updates)} update(s) to existing nodes are in {written[-1]}: "
            "apply them by hand; it is not a seed file.",
            markup=False,
        )
