"""How well ``chain-graph ingest`` reads articles, against hand-made answer keys.

Each article ``benchmarks/ingest/articles/NN-slug.txt`` (with an optional ``NN-slug.meta.yaml``
giving ``url``, ``published``, ``title``) has a key ``benchmarks/ingest/keys/*.yaml``::

    article: NN-slug.txt
    split: tune            # or holdout
    mentions: [{id: frep, text: 福建联合石化}]
    capacities: [{product: 环氧丙烷, product_id: propylene-oxide, t_per_year: 200000, holder: 天辰}]
    money: [{cny: 6500000000, kind: investment, holder: …}]
    statuses: [{project: …, project_id: null, status: signed}]
    new_entities: [{name: 某某化工有限公司, label: Enterprise}]

Every article is ingested (as a library call) against ``--data``; per kind, a found item matches a
key item when: a mention's id agrees (only Enterprise, Project, Park and Region mentions count, as
the keys list only those); a capacity's product (id, or name when the key's id is null) and tonnes
agree; a money figure's yuan agree (every kind: investment, output, revenue, other); a status
agrees and its project is the key's (same id, same name, or the name resolves to the same node);
a new entity's label agrees and one name contains the other (only new enterprises, projects and
parks count, as the keys list only those). Facts the extractor marks
``restated`` or ``superseded`` are not predictions. Precision and recall per kind and per split,
the share of quotes that are verbatim, and the new nodes that duplicate an existing name or alias
are printed as a table or, with ``--format json``, as JSON; ``--split`` scores one split only.
Every precision and recall carries a 95 % interval (the articles drawn again with replacement).

    .venv/bin/python benchmarks/ingest_eval.py [--articles DIR] [--keys DIR] [--data seed]
        [--format json] [--split tune|holdout|all]

With ``--second-keys DIR`` it measures the keys instead: on the articles keyed twice, the second
key is scored against the first by the same rules (how far two keyers agree), and the extractor
against each key. With ``--status-reach`` it counts the keyed statuses stated in a sentence that
names their project (a stage verb of the keyed stage there): the most any reading of stage verbs
sentence by sentence can find; the rest the keyers inferred from elsewhere in the article.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from chain_graph import dataset as ds
from chain_graph.ingest import Article, Ingester, Proposal, figures, read_article
from chain_graph.ingest.normalize import key as name_key
from chain_graph.ingest.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
KINDS = ("mentions", "capacities", "money", "statuses", "new_entities")
# benchmarks/ingest/README.md: key mentions cover these labels only (not products, processes…).
MENTION_LABELS = frozenset({"Enterprise", "Project", "Park", "Region"})
# benchmarks/ingest/README.md: key new entities are enterprises, projects and parks (a new product
# the extractor proposes for a capacity is no extra entity).
NEW_ENTITY_LABELS = frozenset({"Enterprise", "Project", "Park"})
# Every money figure counts (investment, output, revenue, other), matched by its yuan.
MONEY_KINDS = frozenset({"investment", "output", "revenue", "other"})
SPLITS = ("tune", "holdout")


@dataclass
class Score:
    found: int = 0  # true positives
    extra: int = 0  # false positives
    missed: int = 0  # false negatives

    def add(self, other: Score) -> None:
        self.found += other.found
        self.extra += other.extra
        self.missed += other.missed

    @property
    def precision(self) -> float | None:
        total = self.found + self.extra
        return self.found / total if total else None

    @property
    def recall(self) -> float | None:
        total = self.found + self.missed
        return self.found / total if total else None

    def to_json(self) -> dict[str, Any]:
        return {
            "tp": self.found,
            "fp": self.extra,
            "fn": self.missed,
            "precision": self.precision,
            "recall": self.recall,
        }


# A 95 % interval per kind by a percentile bootstrap over articles: findings within one article are not
# independent (one misread name costs every fact said of it), so whole articles are drawn again with
# replacement. The seed is fixed: the same scores always give the same interval.
INTERVAL_DRAWS = 1000
INTERVAL_SEED = 22


def intervals(
    per_article: list[Score], draws: int = INTERVAL_DRAWS, seed: int = INTERVAL_SEED
) -> dict[str, list[float] | None]:
    """95 % intervals of precision and recall over ``per_article`` scores (None: nothing to
    measure, or a single article, whose interval would be the point itself)."""
    rng = random.Random(seed)
    n = len(per_article)
    samples: dict[str, list[float]] = {"precision": [], "recall": []}
    for _ in range(draws if n > 1 else 0):
        total = _summed(per_article[index] for index in rng.choices(range(n), k=n))
        for measure, value in (("precision", total.precision), ("recall", total.recall)):
            if value is not None:
                samples[measure].append(value)
    return {
        f"{measure}_interval": _percentiles(sorted(values)) if values else None
        for measure, values in samples.items()
    }


def _summed(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.add(score)
    return total


def _percentiles(values: list[float]) -> list[float]:
    last = len(values) - 1
    return [values[round(0.025 * last)], values[round(0.975 * last)]]


@dataclass
class Result:
    article: str
    split: str
    scores: dict[str, Score]
    quotes: int = 0
    verbatim: int = 0
    duplicates: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class KeyNode:
    """A node a second key names that the data lacks: a new entity it lists (``listed``), or the
    product or project one of its figures or stages is about."""

    id: str
    label: str
    name: str
    listed: bool
    aliases: tuple[str, ...] = ()


@dataclass
class KeyFindings:
    """A second key read as if an extractor had found what it lists, so that it is scored against
    the first key by the very rules the extractor is scored by."""

    nodes: list[KeyNode]
    mentions: list[dict[str, Any]]
    facts: list[dict[str, Any]]

    def quotes(self) -> list[str]:
        return []


def findings_from_key(ingester: Ingester, key: dict[str, Any]) -> KeyFindings:
    nodes: dict[str, KeyNode] = {}

    def node(seed_id: str | None, name: str, label: str) -> str:
        if seed_id:
            return seed_id
        held = KeyNode(f"?{label}:{name}", label, name, listed=False)
        return nodes.setdefault(held.id, held).id

    def fact(kind: str, holder: str, product: str | None, value: Any) -> dict[str, Any]:
        return {"kind": kind, "holder": holder, "product": product, "value": value, "outcome": "used"}

    facts = [
        fact(
            "capacity", str(c.get("holder")), node(c["product_id"], c["product"], "Product"), c["t_per_year"]
        )
        for c in key.get("capacities") or []
    ]
    facts += [fact(m["kind"], str(m.get("holder")), None, m["cny"]) for m in key.get("money") or []]
    facts += [
        fact("status", node(s["project_id"], s["project"], "Project"), None, s["status"])
        for s in key.get("statuses") or []
    ]
    listed = [
        KeyNode(f"?new:{e['name']}", e["label"], e["name"], listed=True)
        for e in key.get("new_entities") or []
    ]
    mentions = [
        {"id": m["id"], "label": ingester.lexicon.nodes[m["id"]].label} for m in key.get("mentions") or []
    ]
    return KeyFindings([*listed, *nodes.values()], mentions, facts)


def _match(predicted: list[Any], gold: list[Any], same: Any) -> Score:
    """One-to-one greedy matching of found items to key items."""
    left = list(predicted)
    score = Score()
    for item in gold:
        hit = next((p for p in left if same(p, item)), None)
        if hit is None:
            score.missed += 1
        else:
            left.remove(hit)
            score.found += 1
    score.extra = len(left)
    return score


_BRACKETED = re.compile(r"\s*\([^()]*\)")  # 甲醇制烯烃 (MTO/MTP) is named 甲醇制烯烃 too


def _names(ingester: Ingester, proposal: Proposal | KeyFindings, node_id: str) -> set[str]:
    """Every name (as keys) of a node of the data or of the proposal."""
    node = ingester.lexicon.nodes.get(node_id) or next((n for n in proposal.nodes if n.id == node_id), None)
    if node is None:
        return set()
    names = (node.name, *(node.aliases or ()))
    return {name_key(n) for n in names} | {name_key(_BRACKETED.sub("", n)) for n in names}


def _same_name(a: str, b: str) -> bool:
    return _same_key(name_key(a), name_key(b))


def _same_key(ka: str, kb: str) -> bool:
    """Two names as keys, one inside the other (a key is not keyed again: 聚酰亚胺(pi) would lose
    its abbreviation as a reading)."""
    return bool(ka) and bool(kb) and (ka in kb or kb in ka)


def _facts(proposal: Proposal | KeyFindings, kind: str, used_only: bool = True) -> list[dict[str, Any]]:
    """The facts of one kind, one per (holder, product, value): a figure repeated (headline and
    body) is one finding, unless the extractor proposed it again as a link of its own (a second
    plant of that figure: two grades, two phases). What the extractor marks as a restatement (a
    money figure said again) or as superseded (a stage a project has passed) is not a finding."""
    unique: dict[tuple[Any, ...], dict[str, Any]] = {}
    for fact in proposal.facts:
        if fact["outcome"] in ("restated", "superseded"):
            continue
        if fact["kind"] == kind and (fact["outcome"] != "unused" or not used_only):
            found: tuple[Any, ...] = (fact["holder"], fact["product"], fact["value"])
            if found in unique and fact["outcome"] == "relationship":
                found = (*found, len(unique))
            unique.setdefault(found, fact)
    return list(unique.values())


def score_article(ingester: Ingester, article: Article, answer: dict[str, Any]) -> Result:
    return score_findings(ingester, ingester.ingest(article), article, answer)


def score_findings(
    ingester: Ingester, proposal: Proposal | KeyFindings, article: Article, answer: dict[str, Any]
) -> Result:
    """Score what was found in one article (the extractor's proposal, or a second key read as
    one) against the article's key."""
    scores: dict[str, Score] = {}

    found_ids = sorted(
        {m["id"] for m in proposal.mentions if m["id"] is not None and m["label"] in MENTION_LABELS}
    )
    gold_ids = sorted({m["id"] for m in answer.get("mentions") or [] if m.get("id")})
    scores["mentions"] = _match(found_ids, gold_ids, lambda p, g: p == g)

    def same_capacity(fact: dict[str, Any], gold: dict[str, Any]) -> bool:
        tonnes = float(gold.get("t_per_year") or 0)
        if not tonnes or abs(float(fact["value"]) - tonnes) > 1e-6 * tonnes:
            return False
        if gold.get("product_id"):
            return bool(fact["product"] == gold["product_id"])
        return name_key(str(gold.get("product", ""))) in _names(ingester, proposal, fact["product"])

    capacities = [f for f in _facts(proposal, "capacity") if f["product"]]
    scores["capacities"] = _match(capacities, answer.get("capacities") or [], same_capacity)

    found_money = [f for kind in sorted(MONEY_KINDS) for f in _facts(proposal, kind)]
    scores["money"] = _match(
        found_money, answer.get("money") or [], lambda f, g: int(f["value"]) == int(g["cny"])
    )

    def same_status(fact: dict[str, Any], gold: dict[str, Any]) -> bool:
        if fact["value"] != gold.get("status"):
            return False
        if gold.get("project_id"):
            return bool(fact["holder"] == gold["project_id"])
        project = str(gold.get("project") or "")
        if any(_same_key(name_key(project), n) for n in _names(ingester, proposal, fact["holder"])):
            return True
        resolved = ingester.lexicon.resolve(project, "Project") if project else None
        return (
            resolved is not None
            and resolved.score >= ingester.matcher.threshold
            and resolved.id == fact["holder"]
        )

    # A project's latest stage: the stages it passed on the way (superseded) are not predictions.
    statuses = _facts(proposal, "status", used_only=False)
    scores["statuses"] = _match(statuses, answer.get("statuses") or [], same_status)

    def same_entity(node: Any, gold: dict[str, Any]) -> bool:
        names = (node.name, *(node.aliases or ()))
        return bool(node.label == gold.get("label")) and any(_same_name(n, str(gold["name"])) for n in names)

    new_nodes = [
        n
        for n in proposal.nodes
        if n.label in NEW_ENTITY_LABELS and getattr(n, "listed", True)  # not a second key's holders
    ]
    scores["new_entities"] = _match(new_nodes, answer.get("new_entities") or [], same_entity)
    quotes = proposal.quotes()
    known = set(ingester.lexicon.terms)
    duplicates = [
        n.id for n in proposal.nodes if any(name_key(x) in known for x in (n.name, *(n.aliases or ())))
    ]
    return Result(
        str(answer.get("article")),
        str(answer.get("split") or "tune"),
        scores,
        quotes=len(quotes),
        verbatim=sum(q in article.text for q in quotes),
        duplicates=duplicates,
    )


def read_answer_article(articles: Path, answer: dict[str, Any]) -> Article:
    path = articles / str(answer["article"])
    article = read_article(path)
    meta_path = path.with_name(path.name.removesuffix(path.suffix) + ".meta.yaml")
    if meta_path.is_file():
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        article = replace(
            article,
            url=meta.get("url") or article.url,
            published=_iso_date(meta.get("published")) or article.published,
            title=meta.get("title") or article.title,
        )
    return article


def _iso_date(value: object) -> str | None:
    """The ISO date a meta file gives (YYYY, YYYY-MM or YYYY-MM-DD, perhaps before a remark), as a
    planner passes it to --published; None for a phrase (发布时间不详)."""
    found = re.match(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?!\d)", str(value or ""))
    return found.group(0) if found else None


def read_keys(folder: Path) -> list[dict[str, Any]]:
    """The answer keys in ``folder``, in file order (a file naming no article is skipped)."""
    keys = (yaml.safe_load(f.read_text(encoding="utf-8")) or {} for f in sorted(folder.glob("*.yaml")))
    return [key for key in keys if "article" in key]


def evaluate(articles: Path, keys: Path, data: Path, split: str = "all") -> list[Result]:
    """Score every article whose key is of ``split`` (``tune``, ``holdout`` or ``all``); the
    articles of other splits are not read."""
    ingester = Ingester(ds.load(data))
    return [
        score_article(ingester, read_answer_article(articles, answer), answer)
        for answer in read_keys(keys)
        if split == "all" or str(answer.get("split") or "tune") == split
    ]


# A sentence ends here (as a stage verb's reach does): 。!? and their full-width forms, ; and a line.
_SENTENCE_END = re.compile(r"[。!?！？;；\n]")


def stated_in_sentence(article: Article, statuses: list[dict[str, Any]]) -> list[bool]:
    """Per keyed status, whether it is said where it can be read: the key's project is named
    (verbatim, once normalised) in a sentence that holds a stage verb (the extractor's stage
    words) of the keyed stage. A status keyed otherwise was inferred by the keyer from elsewhere
    (an earlier phase, a list named by its count in another sentence, 该项目…)."""
    text = normalize(article.text).text
    verbs = figures.statuses(text)

    def stated(status: dict[str, Any]) -> bool:
        project = normalize(str(status.get("project") or "")).text.strip()
        for named in re.finditer(re.escape(project), text) if project else ():
            start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, named.start())), default=0)
            stop = m.start() if (m := _SENTENCE_END.search(text, named.end())) else len(text)
            if any(start <= v.start < stop and v.status.value == status.get("status") for v in verbs):
                return True
        return False

    return [stated(status) for status in statuses]


def status_reach(articles: Path, keys: Path, split: str = "all") -> dict[str, int]:
    """How many keyed statuses (of ``split``) are stated in a sentence naming their project: the
    most a reading of the extractor's stage words sentence by sentence can find, whatever its rules."""
    keyed = stated = 0
    for answer in read_keys(keys):
        statuses = answer.get("statuses") or []
        if statuses and (split == "all" or str(answer.get("split") or "tune") == split):
            keyed += len(statuses)
            stated += sum(stated_in_sentence(read_answer_article(articles, answer), statuses))
    return {"keyed": keyed, "stated_in_sentence": stated}


COMPARISONS = ("second key vs first key", "extractor vs first key", "extractor vs second key")


def agreement(articles: Path, keys: Path, second_keys: Path, data: Path) -> dict[str, Any]:
    """On the articles that have a second key: the second key scored against the first (how far
    two keyers keying by the same rules agree), and the extractor against each key."""
    ingester = Ingester(ds.load(data))
    first = {answer["article"]: answer for answer in read_keys(keys)}
    scores: dict[str, dict[str, list[Score]]] = {name: {kind: [] for kind in KINDS} for name in COMPARISONS}
    per_article = []
    for second in read_keys(second_keys):
        answer = first[second["article"]]
        article = read_answer_article(articles, answer)
        proposal = ingester.ingest(article)
        results = (
            score_findings(ingester, findings_from_key(ingester, second), article, answer),
            score_findings(ingester, proposal, article, answer),
            score_findings(ingester, proposal, article, second),
        )
        for name, result in zip(COMPARISONS, results, strict=True):
            for kind, score in result.scores.items():
                scores[name][kind].append(score)
        per_article.append(
            {"article": second["article"], **{k: s.to_json() for k, s in results[0].scores.items()}}
        )
    return {
        "articles": len(per_article),
        "comparisons": {
            name: {kind: _total_with_intervals(each) for kind, each in kinds.items()}
            for name, kinds in scores.items()
        },
        "per_article": per_article,
    }


def agreement_table(report: dict[str, Any]) -> str:
    lines = [
        f"{report['articles']} article(s) keyed twice; precision and recall of the left against the right"
    ]
    lines.append(f"{'comparison':24} {_SCORE_HEADER}")
    for name, kinds in report["comparisons"].items():
        lines.extend(f"{name:24} {_score_cells(kind, s)}" for kind, s in kinds.items())
    return "\n".join(lines) + "\n"


def _total_with_intervals(per_article: list[Score]) -> dict[str, Any]:
    return {**_summed(per_article).to_json(), **intervals(per_article)}


def summarise(results: Iterable[Result]) -> dict[str, Any]:
    results = list(results)
    summary: dict[str, Any] = {}
    for split in (*SPLITS, "all"):
        chosen = [r for r in results if split == "all" or r.split == split]
        if not chosen:
            continue
        per_kind = {kind: _total_with_intervals([r.scores[kind] for r in chosen]) for kind in KINDS}
        quotes = sum(r.quotes for r in chosen)
        summary[split] = {
            "articles": len(chosen),
            "kinds": per_kind,
            "quotes": quotes,
            "verbatim_share": sum(r.verbatim for r in chosen) / quotes if quotes else None,
            "duplicates": sorted(d for r in chosen for d in r.duplicates),
        }
    return summary


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


_SCORE_HEADER = f"{'kind':13} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>14} {'recall':>14}"


def _score_cells(kind: str, s: dict[str, Any]) -> str:
    """One kind's row after its first column, under ``_SCORE_HEADER``."""
    return (
        f"{kind:13} {s['tp']:>4} {s['fp']:>4} {s['fn']:>4} "
        f"{_pct_and_interval(s, 'precision'):>14} {_pct_and_interval(s, 'recall'):>14}"
    )


def _pct_and_interval(score: dict[str, Any], measure: str) -> str:
    """A measure and its 95 % interval: 78% (74-82)."""
    bounds = score.get(f"{measure}_interval")
    around = f" ({bounds[0] * 100:.0f}-{bounds[1] * 100:.0f})" if bounds else ""
    return _pct(score[measure]) + around


def table(summary: dict[str, Any]) -> str:
    lines = [f"{'split':8} {_SCORE_HEADER}"]
    for split, part in summary.items():
        lines.extend(f"{split:8} {_score_cells(kind, s)}" for kind, s in part["kinds"].items())
        lines.append(
            f"{split:8} {part['articles']} article(s); quotes verbatim {_pct(part['verbatim_share'])} "
            f"of {part['quotes']}; duplicates of existing entities: {len(part['duplicates'])}"
            + (f" ({', '.join(part['duplicates'])})" if part["duplicates"] else "")
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=Path, default=REPO / "benchmarks" / "ingest" / "articles")
    parser.add_argument("--keys", type=Path, default=REPO / "benchmarks" / "ingest" / "keys")
    parser.add_argument("--data", type=Path, default=REPO / "seed")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="all",
        help="score only the articles of this split (the others are not even read)",
    )
    parser.add_argument(
        "--second-keys",
        type=Path,
        help="instead: on the articles keyed twice (second keys in this folder), how far the two keys "
        "agree, and the extractor's score against each",
    )
    parser.add_argument(
        "--status-reach",
        action="store_true",
        help="instead: how many keyed statuses are stated in a sentence that names their project "
        "(a stage verb of the keyed stage there), the most a sentence-by-sentence reading can find",
    )
    args = parser.parse_args(argv)
    if not args.keys.is_dir():
        print(f"no answer keys in {args.keys}", file=sys.stderr)
        return 1
    if args.status_reach:
        reach = status_reach(args.articles, args.keys, args.split)
        share = reach["stated_in_sentence"] / reach["keyed"] if reach["keyed"] else None
        line = f"{reach['stated_in_sentence']} of {reach['keyed']} keyed statuses ({_pct(share)})"
        print(
            json.dumps(reach) if args.format == "json" else f"stated in a sentence naming the project: {line}"
        )
        return 0
    if args.second_keys is not None:
        report = agreement(args.articles, args.keys, args.second_keys, args.data)
        out = json.dumps(report, ensure_ascii=False, indent=2) + "\n" if args.format == "json" else None
        sys.stdout.write(out or agreement_table(report))
        return 0
    results = evaluate(args.articles, args.keys, args.data, args.split)
    summary = summarise(results)
    if args.format == "json":
        per_article = [
            {"article": r.article, "split": r.split, **{k: s.to_json() for k, s in r.scores.items()}}
            for r in results
        ]
        sys.stdout.write(
            json.dumps({"summary": summary, "articles": per_article}, ensure_ascii=False, indent=2)
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(table(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
