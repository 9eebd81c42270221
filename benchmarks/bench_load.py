"""Load throughput of ``chain-graph load`` against two baselines, on one server in one run.

``chain-graph load --bulk`` (neo4j-admin import into the emptied database; the server stops and
starts again) is timed as a whole command too, validation included: from the YAML folder, and
from the same data exported as interchange JSON.

Baselines, with the same uniqueness constraints in place:
  (a) one auto-commit transaction per record with a string-built CREATE, as public chain
      knowledge-graph projects load today (timed on the smallest dataset only);
  (b) ``UNWIND … CREATE`` without MERGE, the upper bound of the Bolt path.

For each size it times the whole command (a subprocess, with its peak memory) and, in-process,
the validation pass and the write phase. Results are printed as Markdown and, with --record,
appended to docs/benchmarks.md with the machine. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.formats.export import to_json
from chain_graph.sources import FileSource
from chain_graph.store import loader
from chain_graph.store.schema import apply_schema
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer

REPO = Path(__file__).resolve().parents[1]
logging.getLogger("neo4j").addHandler(logging.NullHandler())  # server notifications are not results
HEAP = "1g"
PAGECACHE = "512m"
# Enterprises per size; each enterprise brings about 4.6 records (node, location, products, projects).
SIZES = {"1e4": (20, 2_150), "1e5": (200, 21_500), "1e6": (2_000, 215_000)}


def wipe(driver: Driver) -> None:
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def count_records(driver: Driver) -> int:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS n } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n + r AS total",
        bookmark_manager_=None,  # the bulk import restarts the database: older bookmarks are void
    )
    return int(records[0]["total"])


def baseline_create(driver: Driver, spool: ds.Spool) -> None:
    """(b): the same UNWIND batches and transactions as chain-graph, with CREATE instead of MERGE."""
    batches = [
        loader.Batch(
            b.query.replace("MERGE (n:", "CREATE (n:").replace("MERGE (a)-[r:", "CREATE (a)-[r:"), b.rows
        )
        for b in loader.plan_batches(spool, loader.DEFAULT_BATCH_SIZE)
    ]

    def write(tx: ManagedTransaction, chosen: list[loader.Batch]) -> None:
        for batch in chosen:
            tx.run(batch.query, rows=batch.rows).consume()

    with driver.session() as session:
        if spool.validated.total <= loader.DEFAULT_TX_LIMIT:
            session.execute_write(write, batches)
        else:
            for batch in batches:
                session.execute_write(write, [batch])


def _literal(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_literal(v) for v in value) + "]"
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"
    return json.dumps(value)


def _props(props: Mapping[str, Any]) -> str:
    return "{" + ", ".join(f"`{k}`: {_literal(v)}" for k, v in props.items()) + "}"


def baseline_string_create(driver: Driver, spool: ds.Spool) -> None:
    """(a): one auto-commit transaction per record, values pasted into the query text."""
    label = spool.validated.label
    with driver.session() as session:
        for node in spool.nodes():
            props = {"id": node.id, **node.properties}
            session.run(f"CREATE (n:{node.label} {_props(props)})").consume()
        for rel in spool.relationships():
            session.run(
                f"MATCH (a:{label(rel.start)} {{id: {_literal(rel.start)}}}), "
                f"(b:{label(rel.end)} {{id: {_literal(rel.end)}}}) "
                f"CREATE (a)-[:{rel.type} {_props(dict(rel.properties))}]->(b)"
            ).consume()


def warm_up(driver: Driver, chain: ds.Dataset, folder: Path) -> None:
    """Load and wipe a small dataset once, so that no measurement pays for a cold JVM."""
    synth.generate(chain, 20, 2_000, seed=1, out=folder)
    with ds.spooled(folder) as spool:
        for _ in range(2):
            loader.load_spool(driver, spool)
            wipe(driver)
            baseline_create(driver, spool)
            wipe(driver)


# Runs the chain-graph command and, at exit, reports the process's peak resident memory since its
# exec (VmHWM); ru_maxrss would also count the pages it shared with this process before exec.
_MEASURED_CLI = """
import atexit, sys
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("VmHWM_KB " + line.split()[1] + "\\n")
atexit.register(_peak)
sys.argv = ["chain-graph", *sys.argv[1:]]
from chain_graph.cli import main
main()
"""


def run_command(data: Path, env: dict[str, str], *flags: str) -> tuple[float, int]:
    """Wall time and peak RSS (KiB) of ``chain-graph load [FLAGS]`` as a user runs it."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED_CLI, "load", "--data", str(data), *flags],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    peak = [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("VmHWM_KB ")]
    return elapsed, peak[-1]


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        mem_kb = int(meminfo.read_text().split()[1])
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_kb / 1024 / 1024:.0f} GiB RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; Neo4j Community {DEFAULT_VERSION} "
        f"(heap {HEAP}, page cache {PAGECACHE}); Java from PATH"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1e4,1e5,1e6", help="comma-separated subset of 1e4,1e5,1e6")
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    args = parser.parse_args()
    sizes = [s for s in args.sizes.split(",") if s]

    work = Path(tempfile.mkdtemp(prefix="chain-graph-bench-"))
    cache = Path(os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph")
    server = ManagedServer(
        work / "home", cache, os.environ.get("CHAIN_GRAPH_NEO4J_VERSION") or DEFAULT_VERSION
    )
    info, _ = server.start(heap=HEAP, pagecache=PAGECACHE, progress=lambda m: print(m, file=sys.stderr))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {
        "CHAIN_GRAPH_HOME": str(work / "home"),
        "CHAIN_GRAPH_CACHE": str(cache),
    }
    rows: list[dict[str, Any]] = []
    chain = ds.load(REPO / "seed")
    try:
        driver = GraphDatabase.driver(info.uri, auth=("neo4j", server.password()))
        try:
            apply_schema(driver)
            warm_up(driver, chain, work / "warm-up")
            for size in sizes:
                parks, enterprises = SIZES[size]
                data = work / f"synth-{size}"
                print(f"[{size}] generating {enterprises} enterprises in {parks} parks", file=sys.stderr)
                synth.generate(chain, parks, enterprises, seed=7, out=data)
                wipe(driver)
                print(f"[{size}] chain-graph load (whole command)", file=sys.stderr)
                command_s, peak_kb = run_command(data, env)
                start = time.perf_counter()
                with ds.spooled(data) as spool:
                    validate_s = time.perf_counter() - start
                    total = spool.validated.total
                    assert count_records(driver) == total
                    wipe(driver)
                    print(f"[{size}] write phase: MERGE (chain-graph)", file=sys.stderr)
                    start = time.perf_counter()
                    result = loader.load_spool(driver, spool)
                    write_s = time.perf_counter() - start
                    assert count_records(driver) == total
                    wipe(driver)
                    print(f"[{size}] write phase: baseline (b) UNWIND CREATE", file=sys.stderr)
                    start = time.perf_counter()
                    baseline_create(driver, spool)
                    create_s = time.perf_counter() - start
                    assert count_records(driver) == total
                    string_rate = None
                    if size == "1e4":
                        wipe(driver)
                        print(f"[{size}] baseline (a): one string-built CREATE per record", file=sys.stderr)
                        start = time.perf_counter()
                        baseline_string_create(driver, spool)
                        string_rate = total / (time.perf_counter() - start)
                        assert count_records(driver) == total
                exported = work / f"synth-{size}.json"
                exported.write_text(to_json(*FileSource(data).export_records()), encoding="utf-8")
                bulk = {}
                for kind, source in (("YAML", data), ("export JSON", exported)):
                    wipe(driver)
                    print(f"[{size}] chain-graph load --bulk of the {kind} (whole command)", file=sys.stderr)
                    bulk[kind] = run_command(source, env, "--bulk")
                    # The import replaced the database under the driver: its bookmarks are void.
                    driver.close()
                    driver = GraphDatabase.driver(info.uri, auth=("neo4j", server.password()))
                    assert count_records(driver) == total
                exported.unlink()
                (bulk_s, bulk_peak_kb), (bulk_json_s, bulk_json_peak_kb) = bulk["YAML"], bulk["export JSON"]
                rows.append(
                    {
                        "size": size,
                        "records": total,
                        "command_s": command_s,
                        "peak_mb": peak_kb / 1024,
                        "validate_s": validate_s,
                        "write_s": write_s,
                        "create_s": create_s,
                        "transactions": result.transactions,
                        "string_rate": string_rate,
                        "bulk_s": bulk_s,
                        "bulk_peak_mb": bulk_peak_kb / 1024,
                        "bulk_json_s": bulk_json_s,
                        "bulk_json_peak_mb": bulk_json_peak_kb / 1024,
                    }
                )
                print(json.dumps(rows[-1]), file=sys.stderr)
        finally:
            driver.close()
    finally:
        server.stop()
    report(rows, record=args.record)


def report(rows: list[dict[str, Any]], record: bool) -> None:
    string_rate = next((r["string_rate"] for r in rows if r["string_rate"]), None)
    lines = [
        "| records | whole command (s) | records/s (command) | validation pass (s) | write phase (s) "
        "| records/s (write) | transactions | (b) UNWIND CREATE write (s) | write ÷ (b) "
        "| × baseline (a) | peak RSS (MiB) | `load --bulk` (s) | bulk ÷ online command "
        "| bulk peak RSS (MiB) | `load --bulk`, JSON (s) | JSON bulk peak RSS (MiB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        write_rate = r["records"] / r["write_s"]
        versus_a = f"{write_rate / string_rate:.0f}×" if string_rate else "—"
        lines.append(
            f"| {r['records']:,} | {r['command_s']:.1f} | {r['records'] / r['command_s']:,.0f} "
            f"| {r['validate_s']:.1f} | {r['write_s']:.1f} | {write_rate:,.0f} | {r['transactions']} "
            f"| {r['create_s']:.1f} | {r['write_s'] / r['create_s']:.2f} | {versus_a} | {r['peak_mb']:.0f} "
            f"| {r['bulk_s']:.1f} | {r['bulk_s'] / r['command_s']:.2f} | {r['bulk_peak_mb']:.0f} "
            f"| {r['bulk_json_s']:.1f} | {r['bulk_json_peak_mb']:.0f} |"
        )
    if string_rate:
        lines.append("")
        lines.append(
            "Baseline (a), one string-built CREATE per auto-commit transaction: "
            f"{string_rate:,.0f} records/s."
        )
    table = "\n".join(lines)
    print(table)
    if record:
        append_to_docs(
            f"Load, {time.strftime('%Y-%m-%d')}",
            "`make bench` (`python benchmarks/bench_load.py --record`)",
            table,
        )


def append_to_docs(title: str, command: str, body: str) -> None:
    """One section of docs/benchmarks.md: the title, the machine, the command, the results."""
    docs = REPO / "docs" / "benchmarks.md"
    with docs.open("a", encoding="utf-8") as handle:
        handle.write(f"\n### {title}\n\nMachine: {machine()}.\n\nCommand: {command}.\n\n{body}\n")
    print(f"appended to {docs}", file=sys.stderr)


if __name__ == "__main__":
    main()
