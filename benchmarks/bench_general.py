"""A public industry-chain dataset, end to end: import, validate with the seed, load, and the
questions a new user asks of it — each timed, next to the same steps on the seed alone.

Needs a copy of liuhuanyong/ChainKnowledgeGraph (its data/ folder; the dataset states no licence,
so it is not shipped). The region is built from the dataset's companies: those whose registered
name starts with 福建 are listed (an enterprise list, `chain-graph import enterprises`) in the
province ``fujian``. Results print as Markdown; --record appends them to docs/benchmarks.md.

    python benchmarks/bench_general.py --ckg path/to/ChainKnowledgeGraph --record
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_load import append_to_docs
from chain_graph.store.server import DEFAULT_VERSION, ManagedServer

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed"


def run(label: str, args: list[str], env: dict[str, str], timeout: float) -> tuple[str, str, str]:
    """(label, seconds or 'more than N s', what it printed in short)."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "chain_graph", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
            check=False,
            cwd=REPO,
        )
    except subprocess.TimeoutExpired:
        return label, f"more than {timeout:.0f} s", "stopped"
    seconds = f"{time.perf_counter() - started:.1f} s"
    if done.returncode != 0:
        return label, seconds, f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1][:100]}"
    # No path of this machine in the results: they are recorded in docs/.
    text = summarise(args, done.stdout, done.stderr).replace(str(REPO) + "/", "")
    return label, seconds, re.sub(r"/\S*/", "", text)


def summarise(args: list[str], stdout: str, stderr: str) -> str:
    if "--format" in args and "json" in args:
        data = json.loads(stdout)
        if isinstance(data, list):
            return f"{len(data)} rows"
        if "products" in data:
            classes = [p["class"] for p in data["products"]]
            return ", ".join(f"{c} {classes.count(c)}" for c in ("present", "weak", "missing"))
    last = (stdout.strip() or stderr.strip()).splitlines()
    return last[-1][:100] if last else ""


def fujian_list(ckg_json: Path, out: Path) -> int:
    """The dataset's companies registered in Fujian, as an enterprise list."""
    nodes = json.loads(ckg_json.read_text(encoding="utf-8"))["nodes"]
    rows = [
        (n["properties"]["name"], n["properties"].get("stock_code", ""))
        for n in nodes
        if n["labels"] == ["Enterprise"]
        and any(a.startswith("福建") for a in n["properties"].get("aliases", []))
    ]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["企业名称", "股票代码"])
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ckg", type=Path, required=True, help="the dataset's repository or data/ folder")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds allowed per step")
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="chain-graph-general-"))
    cache = Path(os.environ.get("CHAIN_GRAPH_CACHE") or Path.home() / ".cache" / "chain-graph")
    server = ManagedServer(work / "home", cache, DEFAULT_VERSION)
    server.start(heap="1g", pagecache="512m", progress=lambda m: print(m, file=sys.stderr))
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")} | {
        "CHAIN_GRAPH_HOME": str(work / "home"),
        "CHAIN_GRAPH_CACHE": str(cache),
    }
    ckg, listed = work / "ckg.json", work / "fujian.json"
    data = ["--data", str(SEED), "--data", str(ckg), "--data", str(listed)]
    rows = []
    try:
        rows.append(
            run("import ckg", ["import", "ckg", str(options.ckg), "--out", str(ckg)], env, options.timeout)
        )
        companies = fujian_list(ckg, work / "fujian.csv")
        rows.append(
            run(
                f"import enterprises ({companies} Fujian companies)",
                [
                    "import",
                    "enterprises",
                    str(work / "fujian.csv"),
                    "--region",
                    "fujian",
                    "--data",
                    str(SEED),
                    "--data",
                    str(ckg),
                    "--out",
                    str(listed),
                ],
                env,
                options.timeout,
            )
        )
        rows.append(run("validate seed alone", ["validate", "--data", str(SEED)], env, options.timeout))
        rows.append(run("validate seed + dataset + list", ["validate", *data], env, options.timeout))
        rows.append(run("load seed + dataset + list", ["load", *data], env, options.timeout))
        asks = [
            ("find 聚丙烯", ["find", "聚丙烯", "--format", "json"]),
            (
                "direct-links of 聚丙烯 (by name)",
                ["queries", "run", "direct-links", "--param", "product=聚丙烯", "--format", "json"],
            ),
            (
                "industry-companies of 基础化工",
                ["queries", "run", "industry-companies", "--param", "industry=基础化工", "--format", "json"],
            ),
            (
                "gaps, Quangang park (seed scope)",
                ["gaps", "--park", "quangang-petrochemical-park", "--format", "json"],
            ),
            (
                "gaps, Fujian (built from its companies)",
                ["gaps", "--region", "fujian", "--scenario", "operating", "--format", "json"],
            ),
        ]
        rows.extend(run(label, args, env, options.timeout) for label, args in asks)
    finally:
        server.stop()

    table = [
        "| step | time | result |",
        "| --- | ---: | --- |",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
    ]
    text = "\n".join(table)
    print(text)
    if options.record:
        append_to_docs(
            "A public chain dataset end to end (issue: any chain, any district)",
            "`python benchmarks/bench_general.py --ckg …`",
            text,
        )


if __name__ == "__main__":
    main()
