"""`chain-graph ingest` on long texts, against the same text read as its separate articles.

The articles of benchmarks/ingest/articles (tune and holdout) are joined, in order, into texts of about 10^4,
5·10^4, 10^5 and 2·10^5 characters (a long bulletin, a report pasted whole, a hostile input). Each
text is ingested once whole and once as the articles it is made of, one by one, in the same run:
the ratio of the two times shows how the cost grows with a text's length (1 is linear). The
median time of one article of the corpus is given too. Run with ``make bench``; ``--record``
appends the table to docs/benchmarks.md with the machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

from chain_graph import dataset as ds
from chain_graph.ingest import Article, Ingester
from chain_graph.ingest.normalize import key

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "benchmarks" / "ingest" / "articles"
SIZES = (10_000, 50_000, 100_000, 200_000)


def timed(ingester: Ingester, text: str) -> float:
    start = time.perf_counter()
    ingester.ingest(Article(text, published="2024"))
    return time.perf_counter() - start


def fresh(data: ds.Dataset) -> Ingester:
    """An ingester that has read nothing yet (nothing kept from an earlier text)."""
    cache_clear = getattr(key, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
    return Ingester(data)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default=",".join(map(str, SIZES)), help="characters per text, comma-separated"
    )
    parser.add_argument("--record", action="store_true", help="append the results to docs/benchmarks.md")
    args = parser.parse_args()
    data = ds.load(REPO / "seed")
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    ingester = fresh(data)
    one = [timed(ingester, text) for text in texts]
    rows = []
    for size in (int(s) for s in args.sizes.split(",") if s):
        pieces: list[str] = []
        while sum(len(p) for p in pieces) < size and len(pieces) < len(texts):
            pieces.append(texts[len(pieces)])
        whole = timed(fresh(data), "\n".join(pieces))
        ingester = fresh(data)
        separate = sum(timed(ingester, piece) for piece in pieces)
        rows.append((sum(len(p) for p in pieces), len(pieces), whole, separate))
    median_chars = statistics.median(len(t) for t in texts)
    lines = [
        f"Median article ({len(texts)} articles of the corpus, median {median_chars:.0f} characters): "
        f"{statistics.median(one) * 1000:.0f} ms.",
        "",
        "| characters | articles | whole text (s) | its articles one by one (s) | ratio |",
        "|---:|---:|---:|---:|---:|",
        *(f"| {c:,} | {n} | {w:.2f} | {s:.2f} | {w / s:.1f} |" for c, n, w, s in rows),
    ]
    table = "\n".join(lines)
    print(table)
    if args.record:
        machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
        section = (
            f"\n### Ingest of long texts, {time.strftime('%Y-%m-%d')}\n\n"
            f"Command: `make bench` (`python benchmarks/bench_ingest.py --record`); {machine}.\n\n{table}\n"
        )
        with (REPO / "docs" / "benchmarks.md").open("a", encoding="utf-8") as handle:
            handle.write(section)


if __name__ == "__main__":
    main()
