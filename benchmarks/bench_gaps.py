"""Gap analysis of every park of a synthetic national dataset, against merely reading the data.

For each size, a synthetic dataset (``chain_graph.synth``: the real C3/C4 product graph, parks,
enterprises, projects in every status) is loaded into a fresh managed Neo4j. Then two separate
processes run over every park: one only reads the aggregated inputs from Neo4j
(``every_park_inputs``), the other reads them and runs the full analysis (three scenarios, broken
links, ranked targets) for each park. Wall time and peak memory of each process are recorded
against the number of producers and relationships, to show how the cost grows.
Run with ``make bench``; ``--record`` appends the table to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis import study as report
from chain_graph.store import loader, reader
from chain_graph.store.schema import apply_schema
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer

REPO = Path(__file__).resolve().parents[1]
logging.getLogger("neo4j").addHandler(logging.NullHandler())  # server notifications are not results
HEAP = "1g"
PAGECACHE = "512m"
ENTERPRISES_PER_PARK = 500


def worker(mode: str) -> None:
    """Read (and with mode 'analyze', analyse) every park; print one JSON line."""
    uri, password = os.environ["BENCH_URI"], os.environ["BENCH_PASSWORD"]
    start = time.perf_counter()
    parks = targets = 0
    analysis = 0.0
    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        for inputs in reader.every_park_inputs(driver):
            parks += 1
            if mode == "analyze":
                begin = time.perf_counter()
                targets += len(report.study(inputs, "committed").report.targets)
                analysis += time.perf_counter() - begin
    seconds = time.perf_counter() - start
    result = {"seconds": seconds, "analysis_s": analysis, "parks": parks, "targets": targets}
    print(json.dumps(result | {"peak_mb": peak_rss_mb()}))


def peak_rss_mb() -> float:
    """This process's peak resident memory since its exec (VmHWM). Not ru_maxrss, which also
    counts the parent's pages the child shared between fork and exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_worker(mode: str, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", mode], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="enterprises per run, comma-separated"
    )
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    parser.add_argument("--worker", choices=["read", "analyze"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return

    work = Path(tempfile.mkdtemp(prefix="chain-graph-bench-gaps-"))
    cache = Path(os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph")
    server = ManagedServer(
        work / "home", cache, os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION
    )
    info, _ = server.start(heap=HEAP, pagecache=PAGECACHE, progress=lambda m: print(m, file=sys.stderr))
    env = {**os.environ, "BENCH_URI": info.uri, "BENCH_PASSWORD": server.password()}
    chain = ds.load(REPO / "seed")
    rows: list[dict[str, Any]] = []
    try:
        with GraphDatabase.driver(info.uri, auth=("neo4j", server.password())) as driver:
            apply_schema(driver)
            for size in [int(s) for s in args.sizes.split(",") if s]:
                parks = max(10, size // ENTERPRISES_PER_PARK)
                data = work / f"synth-{size}"
                print(f"[{size}] generating and loading {size} enterprises in {parks} parks", file=sys.stderr)
                synth.generate(chain, parks, size, seed=11, out=data)
                with driver.session() as session:
                    session.run(
                        "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
                    ).consume()
                with ds.spooled(data) as spool:
                    loader.load_spool(driver, spool)
                records, _, _ = driver.execute_query(
                    "CALL () { MATCH ()-[r:PRODUCES]->() RETURN count(r) AS producers } "
                    "CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN producers, edges"
                )
                run_worker("analyze", env)  # warm-up: query plans and JIT, not measured
                print(f"[{size}] reading every park", file=sys.stderr)
                read = run_worker("read", env)
                print(f"[{size}] reading and analysing every park", file=sys.stderr)
                analysed = run_worker("analyze", env)
                rows.append(
                    {
                        "enterprises": size,
                        "parks": analysed["parks"],
                        "producers": records[0]["producers"],
                        "edges": records[0]["edges"],
                        "read_s": read["seconds"],
                        "read_mb": read["peak_mb"],
                        "analyze_s": analysed["seconds"],
                        "analysis_s": analysed["analysis_s"],
                        "analyze_mb": analysed["peak_mb"],
                    }
                )
                print(json.dumps(rows[-1]), file=sys.stderr)
    finally:
        server.stop()
    table = render(rows)
    print(table)
    if args.record:
        section = (
            f"\n### Gap analysis of every park, {time.strftime('%Y-%m-%d')}\n\n"
            f"Command: `make bench` (`python benchmarks/bench_gaps.py --record`); Neo4j heap {HEAP}, "
            f"page cache {PAGECACHE}; {ENTERPRISES_PER_PARK} enterprises per park.\n\n{table}\n"
        )
        with (REPO / "docs" / "benchmarks.md").open("a", encoding="utf-8") as handle:
            handle.write(section)


def render(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| enterprises | parks | producers (PRODUCES) | relationships | read only (s) | read + analysis (s) "
        "| of which analysis (s) | analysis per park (ms) | µs per producer (read + analysis) "
        "| peak RSS read (MiB) | peak RSS analysis (MiB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        per_park = r["analysis_s"] / r["parks"] * 1000
        per_producer = r["analyze_s"] / r["producers"] * 1e6
        lines.append(
            f"| {r['enterprises']:,} | {r['parks']:,} | {r['producers']:,} | {r['edges']:,} "
            f"| {r['read_s']:.1f} | {r['analyze_s']:.1f} | {r['analysis_s']:.1f} | {per_park:.0f} "
            f"| {per_producer:.0f} "
            f"| {r['read_mb']:.0f} | {r['analyze_mb']:.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
