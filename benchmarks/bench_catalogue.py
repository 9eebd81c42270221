"""The gap analysis against the size of the product catalogue (issue: national scale, item 4).

For each size, ``chain-graph synth --products N`` writes a deep synthetic catalogue around the real
C3/C4 graph (a few parks and enterprises only). In one process the files are read and validated
once; then, timed separately: assembling one park's inputs, and the full study (three scenarios:
classes, broken links, ranked targets). The baseline in the same run is the exact betweenness
centrality the study used for every catalogue before (timed once, on the sizes where it ends
within --exact-limit seconds). --record appends the table to docs/benchmarks.md.

    python benchmarks/bench_catalogue.py --record
"""

from __future__ import annotations

import argparse
import multiprocessing
import tempfile
import time
from pathlib import Path

import networkx as nx

from bench_load import append_to_docs
from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis.study import study
from chain_graph.sources import FileSource

REPO = Path(__file__).resolve().parents[1]
SIZES = (1_000, 10_000, 100_000)
PARK = "syn-park-000001"


def exact_betweenness(edges: list[tuple[str, str]], out: multiprocessing.Queue[float]) -> None:
    graph = nx.DiGraph(edges)
    started = time.perf_counter()
    nx.betweenness_centrality(graph, normalized=True)
    out.put(time.perf_counter() - started)


def timed_exact(edges: list[tuple[str, str]], limit: float) -> str:
    queue: multiprocessing.Queue[float] = multiprocessing.Queue()
    worker = multiprocessing.Process(target=exact_betweenness, args=(edges, queue))
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        worker.terminate()
        return f"more than {limit:.0f} s"
    return f"{queue.get():.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--exact-limit", type=float, default=300.0, help="seconds allowed to exact betweenness"
    )
    parser.add_argument("--record", action="store_true")
    options = parser.parse_args()
    chain = ds.load(REPO / "seed")
    rows = []
    for size in SIZES:
        folder = Path(tempfile.mkdtemp(prefix=f"chain-graph-catalogue-{size}-")) / "data"
        synth.generate(chain, parks=5, enterprises=2_000, seed=1, out=folder, extra_products=size)
        source = FileSource(folder)
        started = time.perf_counter()
        _ = source.dataset
        read = time.perf_counter() - started
        started = time.perf_counter()
        inputs = source.chain_inputs(PARK)
        assemble = time.perf_counter() - started
        started = time.perf_counter()
        result = study(inputs, "committed")
        analysis = time.perf_counter() - started
        edges = sorted(
            {(i, o) for p in inputs.processes.values() for i in p.inputs for o in p.outputs if i != o}
        )
        rows.append(
            (
                f"{len(inputs.products):,}",
                f"{len(inputs.processes):,}",
                f"{read:.1f} s",
                f"{assemble:.2f} s",
                f"{analysis:.1f} s",
                f"{analysis / len(inputs.products) * 1e6:.0f} µs",
                f"{len(result.report.targets)}",
                timed_exact(edges, options.exact_limit),
            )
        )
        print(rows[-1], flush=True)
    header = (
        "| products | processes | read + validate files | assemble park inputs | study (3 scenarios) "
        "| study per product | targets | baseline: exact betweenness alone |"
    )
    table = "\n".join(
        [
            header,
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
            *("| " + " | ".join(r) + " |" for r in rows),
        ]
    )
    print(table)
    if options.record:
        append_to_docs(
            "Analysis against the size of the catalogue",
            "`python benchmarks/bench_catalogue.py --record`",
            table,
        )


if __name__ == "__main__":
    main()
