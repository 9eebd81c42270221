"""``chain-graph serve``: the planner's console in the browser (docs/console.md)."""

from __future__ import annotations

import os
import socket

import click
from waitress.server import create_server

from chain_graph.cli_common import (
    CONTEXT,
    ScopeRequest,
    SourceRequest,
    err,
    out,
    scope_options,
    source_options,
)
from chain_graph.errors import ChainGraphError
from chain_graph.serve.app import create_app
from chain_graph.serve.console import NEO4J_TTL, Console
from chain_graph.serve.security import Access, is_loopback, new_token
from chain_graph.store.queries import ReadOnlyRunner
from chain_graph.store.source import Neo4jSource

TOKEN_ENV = "CHAIN_GRAPH_SERVE_TOKEN"  # noqa: S105 - the variable's name, not a secret
THREADS = 8  # requests answered at once; the rest wait in waitress's queue


@click.command("serve", context_settings=CONTEXT)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help=f"Address to listen on. Anything but loopback needs an access token: ${TOKEN_ENV}, or one "
    "generated and printed once.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port to listen on (0: any free port; the address is printed).",
)
@scope_options
@source_options
def serve_command(host: str, port: int, scope: ScopeRequest, graph: SourceRequest) -> None:
    """Start the console: a local web page with the dashboard (gaps, targets, balance, warnings,
    scenario diff), chain maps, entity pages with every source, search, saved queries as forms,
    a read-only Cypher box and report downloads. Nothing is loaded from the internet and nothing
    is written; Ctrl-C stops it.

    Saved queries and the Cypher box need --from neo4j (the default).

    \b
    Examples:
      chain-graph serve                                   # http://127.0.0.1:8765, the graph in Neo4j
      chain-graph serve --from files --data seed --port 8800
      CHAIN_GRAPH_SERVE_TOKEN=… chain-graph serve --host 0.0.0.0   # for colleagues on the LAN
    """
    token = None
    if not is_loopback(host):
        token = os.environ.get(TOKEN_ENV) or new_token()
    with graph.open() as source:
        runner = ReadOnlyRunner(source.driver, source.database) if isinstance(source, Neo4jSource) else None
        console = Console(
            source,
            graph.description,
            scope.scope_id,
            runner,
            ttl=NEO4J_TTL if runner is not None else None,
            default_scenario=scope.scenario.value,
        )
        with err.status("Reading the graph and analysing the scope…"):
            console.study(scope.scope_id, scope.scenario.value)  # bad data fails here, not in a page
        try:
            listener = socket.create_server((host, port), family=_family(host))
        except OSError as exc:
            reason = exc.strerror or exc
            raise ChainGraphError(f"cannot listen on {host}:{port}: {reason}", options=("port",)) from None
        bound = listener.getsockname()[1]
        app = create_app(console, Access.of(host, bound, token))
        server = create_server(app, sockets=[listener], threads=THREADS, ident="chain-graph")
        shown = f"[{host}]" if ":" in host else host
        url = f"http://{shown}:{bound}/"
        out.print(f"chain-graph console: {url}  (reading {graph.description}; Ctrl-C stops it)", markup=False)
        if token is not None and not os.environ.get(TOKEN_ENV):
            out.print(f"access token (shown once): open {url}?token={token}", markup=False)
        elif token is not None:
            out.print(f"access token: from ${TOKEN_ENV}; open {url}?token=…", markup=False)
        out.file.flush()  # the address reaches a pipe (a script, a test) before the first request
        try:
            server.run()
        except KeyboardInterrupt:
            err.print("stopped", markup=False)
        finally:
            server.close()


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET
