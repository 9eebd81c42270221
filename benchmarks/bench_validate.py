"""Validation rate of the two dataset formats against their parse-only floor, in one run.

For each size a synthetic dataset is generated (``chain_graph.synth``, seed format: YAML files of
at most 10,000 records) and exported once as interchange JSON. Then, for each format:

- **parse only**: the bare parser over the same bytes (``json.loads``; libyaml's ``CSafeLoader``
  over every YAML file), with Python's cyclic garbage collector paused as validation pauses it:
  the floor no validation can beat (and, for comparison, the same parse with the collector on,
  as a plain program runs it);
- **validate**: ``chain_graph.dataset.validate`` (parse with duplicate-key and line/JSON-path
  bookkeeping, pydantic per record, ids, endpoints, provenance, quotes).

Records per second are printed as Markdown; ``--record`` appends them to docs/benchmarks.md with
the machine. Targets (issue 15): JSON ≥ 100k records/s, YAML ≥ 20k records/s.

    python benchmarks/bench_validate.py [--sizes 1e4,1e5,1e6] [--record]
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

from bench_load import SIZES, append_to_docs
from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.dataset.collector import collector_paused
from chain_graph.formats.export import to_json
from chain_graph.sources import FileSource

REPO = Path(__file__).resolve().parents[1]


def timed(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def parse_yaml(folder: Path) -> None:
    for path in sorted(folder.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1e4,1e5,1e6", help="comma-separated subset of 1e4,1e5,1e6")
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    args = parser.parse_args()
    chain = ds.load(REPO / "seed")
    rows = []
    with tempfile.TemporaryDirectory(prefix="chain-graph-bench-validate-") as work:
        for size in [s for s in args.sizes.split(",") if s]:
            parks, enterprises = SIZES[size]
            folder = Path(work) / f"synth-{size}"
            print(f"[{size}] generating {enterprises} enterprises in {parks} parks", file=sys.stderr)
            synth.generate(chain, parks, enterprises, seed=7, out=folder)
            exported = Path(work) / f"synth-{size}.json"
            exported.write_text(to_json(*FileSource(folder).export_records()), encoding="utf-8")
            text = exported.read_text(encoding="utf-8")
            floors = {"JSON": partial(json.loads, text), "YAML": partial(parse_yaml, folder)}
            for fmt, data in (("JSON", exported), ("YAML", folder)):
                print(f"[{size}] {fmt}: parse only, then validate", file=sys.stderr)
                usual_s = timed(floors[fmt])
                with collector_paused():
                    parse_s = timed(floors[fmt])
                gc.collect()
                start = time.perf_counter()
                records = ds.validate(data).total
                validate_s = time.perf_counter() - start
                rows.append((size, fmt, records, usual_s, parse_s, validate_s))
                print(json.dumps(rows[-1]), file=sys.stderr)
    lines = [
        "| size | format | records | parse, collector on (s) | parse only (s) | records/s (parse) "
        "| validate (s) | records/s (validate) | validate ÷ parse |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, fmt, records, usual_s, parse_s, validate_s in rows:
        lines.append(
            f"| {size} | {fmt} | {records:,} | {usual_s:.1f} | {parse_s:.1f} | {records / parse_s:,.0f} "
            f"| {validate_s:.1f} "
            f"| {records / validate_s:,.0f} | {validate_s / parse_s:.1f} |"
        )
    table = "\n".join(lines)
    print(table)
    if args.record:
        append_to_docs(
            f"Validation rate, {time.strftime('%Y-%m-%d')}",
            "`python benchmarks/bench_validate.py --record`",
            table + "\n\nTargets (issue 15): JSON ≥ 100,000 records/s, YAML ≥ 20,000 records/s.",
        )


if __name__ == "__main__":
    main()
