"""The console under load: latency of `chain-graph serve` with 20 concurrent clients.

A temporary managed Neo4j is started and the seed loaded into it. Then `chain-graph serve`
runs twice, once over that database (``--from neo4j``) and once over the seed files
(``--from files``, the comparison). For each, after one warm-up request per page, a fixed
number of requests (``--requests`` per page) goes to the dashboard, an entity page and a saved
query from 20 client threads at once, all against 127.0.0.1. p50/p95/max latency and
the count of non-200 answers are printed as Markdown. ``--record`` appends them to
docs/benchmarks.md with the machine. In files mode the saved-query page answers that saved
queries need Neo4j: the row shows the cost of that page, not of a query.

Target (issue 16): p95 under 300 ms for the seed, no errors.

    python benchmarks/bench_serve.py [--requests 200] [--clients 20] [--record]
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench_load import HEAP, PAGECACHE, append_to_docs
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer

REPO = Path(__file__).resolve().parents[1]
PAGES = {
    "dashboard": "/",
    "entity page": "/entity/propylene-oxide",
    "saved query": "/queries/who-makes-product?run=1&product=propylene-oxide",
}


def cli(*args: str, env: dict[str, str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "chain_graph", *args], env=env, cwd=REPO, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise RuntimeError(f"chain-graph {' '.join(args)}: {done.stderr}")


class Serving:
    """``chain-graph serve --port 0`` in a subprocess; ``url`` once it listens."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chain_graph", "serve", "--port", "0", *args],
            env=env,
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        lines: queue.Queue[str] = queue.Queue()
        stream = self.process.stdout
        assert stream is not None
        threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
        line = lines.get(timeout=300)
        if not line.startswith("chain-graph console: "):
            raise RuntimeError(f"chain-graph serve: {line}")
        self.url = line.split()[2].rstrip("/")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def fetch(url: str) -> tuple[float, int]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our own console
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = 0
    return time.perf_counter() - start, status


def load(base: str, path: str, requests: int, clients: int) -> dict[str, float]:
    fetch(base + path)  # warm-up: the first request computes what later ones reuse
    with ThreadPoolExecutor(max_workers=clients) as pool:
        start = time.perf_counter()
        results = list(pool.map(lambda _: fetch(base + path), range(requests)))
        wall = time.perf_counter() - start
    times = sorted(t for t, _ in results)
    return {
        "p50": statistics.median(times) * 1000,
        "p95": times[int(0.95 * (len(times) - 1))] * 1000,
        "max": times[-1] * 1000,
        "errors": sum(1 for _, status in results if status != 200),
        "rate": requests / wall,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200, help="requests per page and mode")
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="chain-graph-bench-serve-"))
    cache = Path(os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph")
    server = ManagedServer(
        work / "home", cache, os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION
    )
    server.start(heap=HEAP, pagecache=PAGECACHE, progress=lambda m: print(m, file=sys.stderr))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {
        "CHAIN_GRAPH_HOME": str(work / "home"),
        "CHAIN_GRAPH_CACHE": str(cache),
    }
    rows = []
    try:
        cli("schema", "apply", env=env)
        cli("load", "--data", "seed", env=env)
        for mode in ("neo4j", "files"):
            serving = Serving(["--from", mode, "--data", "seed"], env)
            try:
                for page, path in PAGES.items():
                    print(
                        f"[{mode}] {page}: {args.requests} requests, {args.clients} clients", file=sys.stderr
                    )
                    rows.append((mode, page, load(serving.url, path, args.requests, args.clients)))
            finally:
                serving.stop()
    finally:
        server.stop()

    lines = [
        "| mode | page | requests | errors | p50 | p95 | max | requests/s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for mode, page, r in rows:
        lines.append(
            f"| {mode} | {page} | {args.requests} | {r['errors']:.0f} | {r['p50']:.0f} ms "
            f"| {r['p95']:.0f} ms | {r['max']:.0f} ms | {r['rate']:.0f} |"
        )
    table = "\n".join(lines)
    print(table)
    if args.record:
        append_to_docs(
            f"Console: `chain-graph serve` with {args.clients} concurrent clients",
            f"`python benchmarks/bench_serve.py --requests {args.requests} --clients {args.clients}`",
            table
            + "\n\nTarget: p95 under 300 ms for the seed, no errors (issue 16). Pages: "
            + ", ".join(f"{name} `{path}`" for name, path in PAGES.items())
            + ". Files mode is the comparison; there the saved-query page only says Neo4j is needed.",
        )


if __name__ == "__main__":
    main()
