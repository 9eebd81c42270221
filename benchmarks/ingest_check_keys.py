"""Check hand-made answer keys before they are used: the checks ``tests/test_ingest_corpus.py`` makes of
the corpus, as a command for a blind round kept outside the repository (benchmarks/ingest/COLLECTING.md).

A round folder holds ``articles/`` and ``keys/`` in the corpus's shape. Every key must have the agreed
sections and fields; every ``snippet``, mention ``text``, status ``project`` and new entity ``name`` must be
an exact substring of its article; every id must be in ``--data`` with the right label; the article's
meta must give an ``http`` URL and a date ``--published`` accepts. With ``--used-urls`` a round's URLs are
also checked against those the corpus already names (its README.md, RESULTS.md and meta files), so the
same page is not measured twice.

    .venv/bin/python benchmarks/ingest_check_keys.py ROUND [ROUND …] [--data seed] [--used-urls]

Prints one line per problem (file, entry, what is wrong) and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

import yaml

from chain_graph import dataset as ds
from chain_graph.errors import ChainGraphError
from chain_graph.ingest.article import check_published
from chain_graph.model import Node, Product, Project

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "benchmarks" / "ingest"
SECTIONS = {
    "mentions": {"id", "text"},
    "capacities": {"product", "product_id", "t_per_year", "holder", "snippet"},
    "money": {"cny", "kind", "holder", "snippet"},
    "statuses": {"project", "project_id", "status", "snippet"},
    "new_entities": {"name", "label"},
}
QUOTED = ("snippet", "text", "name", "project")
STATUSES = {"signed", "under_construction", "operating", "intended"}
MONEY_KINDS = {"investment", "output", "revenue", "other"}
NEW_LABELS = {"Enterprise", "Project", "Park"}
MENTION_LABELS = {"Enterprise", "Project", "Park", "Region"}
_URL = re.compile(r"https?://[^\s)>\"'`|]+")


def check_key(key_path: Path, articles: Path, nodes: dict[str, Node], *, first_key: bool = True) -> list[str]:
    """The problems of one key (an empty list when it is sound). A second key has no ``split``."""
    key: dict[str, Any] = yaml.safe_load(key_path.read_text(encoding="utf-8"))
    expected = {"article", *SECTIONS} | ({"split"} if first_key else set())
    if not isinstance(key, dict) or set(key) != expected:
        return [f"{key_path}: top-level keys must be {sorted(expected)}"]
    problems: list[str] = []
    if first_key and key["split"] not in {"tune", "holdout"}:
        problems.append(f"{key_path}: split {key['split']!r} is not tune or holdout")
    article = articles / key["article"]
    if not article.is_file():
        return [*problems, f"{key_path}: article {key['article']} is not in {articles}"]
    text = article.read_text(encoding="utf-8")
    problems += _check_meta(article.with_suffix(".meta.yaml"))
    for section, fields in SECTIONS.items():
        for entry in key[section] or []:
            where = f"{key_path}: {section} {entry!r}"
            if not isinstance(entry, dict) or set(entry) != fields:
                problems.append(f"{where}: fields must be {sorted(fields)}")
                continue
            problems += [
                f"{where}: {q} is not in the article" for q in QUOTED if q in entry and entry[q] not in text
            ]
            problems += [f"{where}: {why}" for why in _check_entry(section, entry, nodes)]
    return problems


def _check_meta(meta_path: Path) -> list[str]:
    if not meta_path.is_file():
        return [f"{meta_path}: missing"]
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    problems = (
        [] if str(meta.get("url", "")).startswith("http") else [f"{meta_path}: url must start with http"]
    )
    if meta.get("published") is not None:  # a date the evaluation gives ingest, as --published would
        try:
            check_published(str(meta["published"]))
        except ChainGraphError as error:
            problems.append(f"{meta_path}: published: {error}")
    return problems


def _check_entry(section: str, entry: dict[str, Any], nodes: dict[str, Node]) -> list[str]:
    """What is wrong with one entry's values: each check is a failure and what to say of it."""
    checks: list[tuple[bool, str]]
    if section == "mentions":
        node = nodes.get(entry["id"])
        checks = [
            (node is None or node.label not in MENTION_LABELS, "id is no seed entity of a mention's kind")
        ]
    elif section == "capacities":
        product = entry["product_id"]
        checks = [
            (
                product is not None and not isinstance(nodes.get(product), Product),
                "product_id is no seed product",
            ),
            (not _positive_int(entry["t_per_year"]), "t_per_year must be a positive integer"),
        ]
    elif section == "money":
        checks = [
            (not _positive_int(entry["cny"]), "cny must be a positive integer"),
            (entry["kind"] not in MONEY_KINDS, f"kind must be one of {sorted(MONEY_KINDS)}"),
        ]
    elif section == "statuses":
        project = entry["project_id"]
        checks = [
            (
                project is not None and not isinstance(nodes.get(project), Project),
                "project_id is no seed project",
            ),
            (entry["status"] not in STATUSES, f"status must be one of {sorted(STATUSES)}"),
        ]
    else:  # new_entities
        checks = [
            (entry["label"] not in NEW_LABELS, f"label must be one of {sorted(NEW_LABELS)}"),
            (entry["name"] in nodes, "the seed already has this name as an id"),
        ]
    return [message for failed, message in checks if failed]


def _positive_int(value: object) -> bool:
    return isinstance(value, int) and value > 0


def used_urls() -> set[str]:
    """Every URL the corpus already names: its README.md, RESULTS.md and meta files."""
    files = [CORPUS / "README.md", CORPUS / "RESULTS.md", *sorted((CORPUS / "articles").glob("*.meta.yaml"))]
    return {url.rstrip(".,;:") for path in files for url in _URL.findall(path.read_text(encoding="utf-8"))}


def check_round(folder: Path, nodes: dict[str, Node], known_urls: set[str]) -> list[str]:
    """The problems of a round folder's keys, and its URLs among ``known_urls`` (measured before)."""
    keys = sorted((folder / "keys").glob("*.yaml"))
    problems = [] if keys else [f"{folder}: no keys in {folder / 'keys'}"]
    for key_path in keys:
        problems += check_key(key_path, folder / "articles", nodes)
    for meta_path in sorted((folder / "articles").glob("*.meta.yaml")):
        url = str(yaml.safe_load(meta_path.read_text(encoding="utf-8")).get("url", "")).rstrip(".,;:")
        if url in known_urls:
            problems.append(
                f"{meta_path}: {url} is already in the corpus's README.md, RESULTS.md or meta files"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("rounds", nargs="+", type=Path, help="round folders, each with articles/ and keys/")
    parser.add_argument("--data", type=Path, default=REPO / "seed", help="the data whose ids keys name")
    parser.add_argument("--used-urls", action="store_true", help="also flag URLs the corpus already names")
    args = parser.parse_args(argv)
    nodes = ds.load(args.data).by_id()
    known = used_urls() if args.used_urls else set()
    problems = [problem for folder in args.rounds for problem in check_round(folder, nodes, known)]
    print("\n".join(problems) if problems else f"{len(args.rounds)} round(s): every key is sound")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
