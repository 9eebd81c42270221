"""The query library and the read-only console, against the real Neo4j with seed/ loaded."""

from __future__ import annotations

import csv
import json
from collections import deque
from pathlib import Path
from typing import Any

import click
import openpyxl
import pytest
from click.testing import CliRunner, Result
from neo4j import Driver

from chain_graph import cypher as cypher_text
from chain_graph import dataset as ds
from chain_graph.analysis import study as report
from chain_graph.cli_common import CONTEXT, Group
from chain_graph.cli_queries import queries_group, query_command
from chain_graph.errors import ChainGraphError
from chain_graph.formats import export as export_formats
from chain_graph.formats import rows as row_formats
from chain_graph.sources import FileSource
from chain_graph.store import queries as q
from chain_graph.store import reader
from chain_graph.store.schema import show_schema

from .conftest import SEED, RunningServer, run_cli

PARK = "quangang-petrochemical-park"
TIANCHEN = "tianchen-quangang-new-materials-park"
EXPECTED_QUERIES = {
    "who-makes-product",
    "upstream-downstream",
    "feedstock-to-industry",
    "projects-by-status",
    "project-drives",
    "visited-without-project",
    "single-local-producer",
    "missing-in-chain",
    "candidates-elsewhere",
    "search-names",
    "provenance",
}


@click.group(cls=Group, context_settings=CONTEXT)
def cli() -> None:
    """The two commands, registered as cli.py registers them."""


cli.add_command(queries_group)
cli.add_command(query_command)


@pytest.fixture(scope="module")
def dataset() -> ds.Dataset:
    return ds.load(SEED)


@pytest.fixture(scope="module")
def committed() -> report.GapReport:
    return report.study(FileSource.of(ds.load(SEED)).chain_inputs(PARK), "committed").scenarios["committed"]


def invoke(server: RunningServer, *args: str, stdin: str | None = None) -> Result:
    env: dict[str, str | None] = {"CHAIN_GRAPH_HOME": str(server.server.home)}
    env.update({name: None for name in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE")})
    return CliRunner(env=env).invoke(cli, list(args), input=stdin)


def run_json(server: RunningServer, *args: str) -> list[dict[str, Any]]:
    result = invoke(server, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def saved(server: RunningServer, name: str, *params: str) -> list[dict[str, Any]]:
    args = [arg for param in params for arg in ("--param", param)]
    return run_json(server, "queries", "run", name, *args)


def snapshot(driver: Driver) -> tuple[Any, ...]:
    """Everything a write could change: our records, every node and relationship, the schema."""
    exported = export_formats.to_json(*reader.export_records(driver))
    counts, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels"
    )
    return (
        exported,
        counts[0]["nodes"],
        counts[0]["rels"],
        show_schema(driver),
    )


# --- the library of saved queries ------------------------------------------------------------


def test_every_saved_query_parses_and_is_named_after_its_file() -> None:
    saved_queries = cypher_text.saved_queries()
    assert set(saved_queries) >= EXPECTED_QUERIES
    for name, query in saved_queries.items():
        assert query.path.stem == name
        assert query.description_zh and query.description_en
        assert any("\u4e00" <= c <= "\u9fff" for c in query.description_zh)
        assert query.params, f"{name} has no parameters"
        assert cypher_text.used_parameters(query.cypher) == {p.name for p in query.params}
        cypher_text.check_read_only(query.cypher)  # saved queries pass the console's own check


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.cypher"
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "// name: demo\n// description.zh: 演示\n// description.en: Demo\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "// name: other\n// description.zh: 演示\n// description.en: Demo\nRETURN 1",
            "is not the file name",
        ),
        ("// name: demo\n// description.en: Demo\nRETURN 1", "no '// description.zh"),
        (HEADER + "// param: x: int = 1\nRETURN $y", "$y used but not declared"),
        (HEADER + "// param: x: int = 1\nRETURN 1", "declared but not used"),
        (HEADER + "// param: x: integer = 1\nRETURN $x", "unknown type 'integer'"),
        (HEADER + "// param: x: int = one\nRETURN $x", "the example 'one' is not an int"),
        (HEADER + "// param: x int 1\nRETURN $x", "param: NAME: TYPE = EXAMPLE"),
        (HEADER + "// parm: x: int = 1\nRETURN $x", "unknown header key 'parm'"),
        (HEADER, "no Cypher statement"),
        (HEADER + "RETURN 1; RETURN 2", "one statement"),
    ],
)
def test_malformed_headers_are_refused_with_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "demo", text)
    with pytest.raises(ChainGraphError, match=r"demo\.cypher") as caught:
        cypher_text.parse_query(path)
    assert message in str(caught.value)


def test_header_parameters_are_typed_and_free_comments_allowed(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "demo",
        HEADER + "// Free text: a note for readers.\n"
        '// param: s: string = 环氧丙烷\n// param: e: string = ""\n// param: i: int = 42\n'
        "// param: f: float = 1.5\n// param: b: bool = false\n// param: ls: list<string> = [a, b c]\n"
        "// param: li: list<int> = [1, 2]\n// param: lf: list<float> = []\n"
        "// $notaparam in a comment\nRETURN $s, $e, $i, $f, $b, $ls, $li, $lf, '$nor in a string';\n",
    )
    query = cypher_text.parse_query(path)
    assert query.examples() == {
        "s": "环氧丙烷",
        "e": "",
        "i": 42,
        "f": 1.5,
        "b": False,
        "ls": ["a", "b c"],
        "li": [1, 2],
        "lf": [],
    }
    assert not query.cypher.endswith(";")


def test_parameter_values_are_typed() -> None:
    declared = cypher_text.parse_query(cypher_text.queries_dir() / "projects-by-status.cypher").params
    assert cypher_text.parse_params(["min_investment_cny=5000000000"], declared) == {
        "statuses": ["signed", "under_construction"],  # not given: the example
        "min_investment_cny": 5_000_000_000,
    }
    given = cypher_text.parse_params(["statuses=operating,signed"], declared)
    assert given["statuses"] == ["operating", "signed"]
    assert cypher_text.parse_params(['statuses=["operating"]'], declared)["statuses"] == ["operating"]
    assert cypher_text.parse_params(
        ["a=42", "b=1.5", "c=true", 'd="42"', "e=text", "f=[1,2]", "g:int=7", "h="]
    ) == {
        "a": 42,
        "b": 1.5,
        "c": True,
        "d": "42",
        "e": "text",
        "f": [1, 2],
        "g": 7,
        "h": "",
    }
    assert cypher_text.parse_params(["x:list<float>=1,2.5"]) == {"x": [1.0, 2.5]}
    search = cypher_text.parse_query(cypher_text.queries_dir() / "search-names.cypher").params
    phrase = cypher_text.parse_params(['text="propylene oxide"'], search)
    assert phrase == {"text": '"propylene oxide"', "max_results": 10}  # strings as given
    assert cypher_text.parse_params(["x:string=42"]) == {"x": "42"}
    for bad, message in (
        (["min_investment_cny=lots"], "'lots' is not an int"),
        (["nope=1"], "no such parameter (it takes: statuses, min_investment_cny)"),
        (["min_investment_cny:int=1"], "the query header sets its type"),
        (["statuses=a", "statuses=b"], "given twice"),
        (["=1"], "NAME=VALUE"),
    ):
        with pytest.raises(ChainGraphError, match=None) as caught:
            cypher_text.parse_params(bad, declared)
        assert message in str(caught.value)
        # The library names the setting; the command line adds its flag (see the CLI tests).
        assert "--" not in str(caught.value) and caught.value.options == ("param",)
    with pytest.raises(ChainGraphError, match="unknown type 'integer'"):
        cypher_text.parse_params(["x:integer=1"])


# --- the static check ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cypher",
    [
        "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
        "load csv with headers from 'https://example.com/x.csv' as row return row",
        "LOAD\n\tCSV FROM $url AS row RETURN row",
        "LOAD /* hidden */ CSV FROM $url AS row RETURN row",
        "LOAD // hidden\nCSV FROM $url AS row RETURN row",
        "CALL { LOAD CSV FROM $url AS row RETURN row } RETURN row",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "CALL dbms.killConnections(['bolt-1'])",
        "CALL `dbms`.`killConnection`('bolt-1')",
        "CALL apoc.load.json('https://example.com/x.json') YIELD value RETURN value",
        "CALL apoc . export . csv . all('/tmp/x.csv', {})",
    ],
)
def test_static_refusals(cypher: str) -> None:
    with pytest.raises(ChainGraphError, match=r"^refused: this console is read-only \("):
        cypher_text.check_read_only(cypher)


@pytest.mark.parametrize(
    "cypher",
    [
        "RETURN 'LOAD CSV FROM file' AS text",
        'RETURN "load csv" AS text',
        "RETURN 'it\\'s LOAD CSV' AS text",
        "// LOAD CSV FROM 'x'\nRETURN 1",
        "/* LOAD CSV */ RETURN 1",
        "WITH 1 AS `LOAD CSV` RETURN `LOAD CSV`",
        "RETURN 'dbms.killConnections' AS text",
    ],
)
def test_the_words_in_strings_comments_or_names_are_not_refused(cypher: str) -> None:
    assert cypher_text.check_read_only(cypher)


# --- every saved query on the seed ----------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXPECTED_QUERIES))
def test_every_saved_query_runs_with_its_examples(
    seeded: Driver, neo4j_server: RunningServer, name: str
) -> None:
    rows = saved(neo4j_server, name)
    assert rows, f"{name} returned no rows on the seed"
    columns = list(rows[0])
    assert all(list(row) == columns for row in rows)


def test_who_makes_propylene_in_the_park_covers_the_nanshan_area(
    seeded: Driver, neo4j_server: RunningServer
) -> None:
    rows = {r["id"]: r for r in saved(neo4j_server, "who-makes-product")}
    assert set(rows) == {"frep", "guoheng-chemical-project"}
    guoheng = rows["guoheng-chemical-project"]
    assert guoheng["places"] == ["南山片区"]  # PART_OF the park
    assert guoheng["status"] == "under_construction"
    assert guoheng["capacity_t_per_year"] == 1_000_000  # the larger of its two phases
    assert guoheng["phases"] == ["full-plan", "phase-1"]
    assert rows["frep"]["kind"] == "enterprise" and rows["frep"]["status"] == "operating"
    po = saved(neo4j_server, "who-makes-product", "product=propylene-oxide")
    assert [(r["id"], r["capacity_t_per_year"]) for r in po] == [(TIANCHEN, 600_000)]
    assert saved(neo4j_server, "who-makes-product", "product=propylene-oxide", "statuses=operating") == []
    elsewhere = saved(
        neo4j_server, "who-makes-product", "product=polypropylene", "park=quanhui-petrochemical-park"
    )
    assert {r["id"] for r in elsewhere} == {"sinochem-quanzhou-petrochemical"}


def _steps(dataset: ds.Dataset, start: str, downstream: bool) -> dict[str, int]:
    """Fewest process steps from ``start`` to every product, computed from the files."""
    feeds: dict[str, set[str]] = {}
    yields: dict[str, set[str]] = {}
    for rel in dataset.relationships:
        if rel.type == "FEEDS":
            (feeds if downstream else yields).setdefault(rel.start if downstream else rel.end, set()).add(
                rel.end if downstream else rel.start
            )
        elif rel.type == "YIELDS":
            (yields if downstream else feeds).setdefault(rel.start if downstream else rel.end, set()).add(
                rel.end if downstream else rel.start
            )
    seen, todo = {start: 0}, deque([start])
    while todo:
        product = todo.popleft()
        for process in feeds.get(product, ()):
            for other in yields.get(process, ()):
                if other not in seen:
                    seen[other] = seen[product] + 1
                    todo.append(other)
    del seen[start]
    return seen


def test_upstream_and_downstream_follow_the_process_graph(
    seeded: Driver, neo4j_server: RunningServer, dataset: ds.Dataset
) -> None:
    rows = saved(neo4j_server, "upstream-downstream")  # propylene-oxide, depth 2
    for direction, downstream in (("upstream", True), ("downstream", False)):
        found = {r["id"]: r["steps"] for r in rows if r["direction"] == direction}
        expected = {p: s for p, s in _steps(dataset, "propylene-oxide", not downstream).items() if s <= 2}
        assert found == expected, direction
    found = {(r["direction"], r["id"]): r for r in rows}
    assert found[("upstream", "propylene")]["steps"] == 1
    assert found[("upstream", "propane")]["steps"] == 2
    assert found[("downstream", "polyether-polyol")]["steps"] == 1
    polyurethane = found[("downstream", "polyurethane")]
    assert polyurethane["steps"] == 2
    assert polyurethane["route"].startswith("环氧丙烷 → ") and polyurethane["route"].endswith(" → 聚氨酯")
    deeper = saved(neo4j_server, "upstream-downstream", "depth=5")
    assert len(deeper) > len(rows)


def test_routes_from_propane_to_nursing_medical(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "feedstock-to-industry")
    assert {tuple(r["product_ids"]) for r in rows} == {
        ("propane", "propylene", "polypropylene"),
        ("propane", "hydrogen", "sebs"),
        ("propane", "propylene", "polypropylene", "pp-nonwovens"),
        ("propane", "propylene", "acrolein", "acrylic-acid", "sap"),
        ("propane", "propylene", "styrene", "sbs", "sebs"),
    }
    assert [r["steps"] for r in rows] == sorted(r["steps"] for r in rows)
    sap = next(r for r in rows if "sap" in r["product_ids"])
    assert sap["route"] == "丙烷 → 丙烯 → 丙烯醛 → 丙烯酸 → 高吸水性树脂 → 护理医疗"
    assert sap["processes"][0] == "丙烷脱氢 (PDH) 制丙烯"


def test_projects_by_status_and_investment(
    seeded: Driver, neo4j_server: RunningServer, dataset: ds.Dataset
) -> None:
    rows = saved(neo4j_server, "projects-by-status")  # signed or under construction, >= 10 亿元
    expected = sorted(
        (
            n
            for n in dataset.nodes
            if getattr(n, "status", None) in {"signed", "under_construction"}
            and (getattr(n, "investment_cny", None) or 0) >= 1_000_000_000
        ),
        key=lambda n: (-n.investment_cny, n.id),  # type: ignore[attr-defined]
    )
    assert [r["id"] for r in rows] == [n.id for n in expected]
    assert [r["id"] for r in rows[:3]] == ["underground-cavern-storage", TIANCHEN, "guoheng-chemical-project"]
    tianchen = rows[1]
    assert tianchen["investment_cny"] == 15_000_000_000 and tianchen["investment_yi"] == 150.0
    assert tianchen["places"] == ["泉港石化工业园区"] and tianchen["investors"] == ["中国化学天辰(泉州)"]
    big = saved(neo4j_server, "projects-by-status", "statuses=operating", "min_investment_cny=30000000000")
    assert [r["id"] for r in big] == ["sinochem-quanzhou-ethylene-project"]


def test_what_tianchen_drives(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "project-drives", f"project={TIANCHEN}")
    assert {r["id"] for r in rows if r["kind"] == "enterprise"} == {
        "zhongshan-chemical",
        "tianjiao-chemical",
        "jiahua-chemical",
    }
    assert {r["id"] for r in rows if r["kind"] == "industry"} == {
        "textiles-apparel",
        "shoe-materials",
        "pipes-cables",
        "nursing-medical",
    }
    assert len(rows) == 7
    assert {r["name"] for r in rows} >= {"钟山化工", "护理医疗"}


def test_visited_enterprises_without_a_signed_project(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "visited-without-project")
    assert [r["id"] for r in rows] == ["arlanxeo", "baling-petrochemical", "weiguang-huitong", "zhouji-group"]
    assert rows[0]["name"] == "阿朗新科" and rows[0]["purpose"] == "衔接洽谈项目"
    assert "阿朗新科" in rows[0]["quote"]


def test_single_local_producer_agrees_with_the_gap_analysis(
    seeded: Driver, neo4j_server: RunningServer, committed: report.GapReport
) -> None:
    rows = saved(neo4j_server, "single-local-producer")
    expected = {g.id: g.producers[0].id for g in committed.products if len(g.producers) == 1}
    assert {r["id"]: r["producer_id"] for r in rows} == expected
    assert expected["propylene-oxide"] == TIANCHEN and expected["br"] == "fuxiang-chemical"


def test_missing_in_chain_agrees_with_the_gap_analysis(
    seeded: Driver, neo4j_server: RunningServer, committed: report.GapReport
) -> None:
    for chain in ("C3", "C4"):
        rows = saved(neo4j_server, "missing-in-chain", f"chain={chain}")
        expected = {g.id for g in committed.products if g.cls == "missing" and chain in g.chains}
        assert {r["id"] for r in rows} == expected, chain
    rows = {r["id"]: r for r in saved(neo4j_server, "missing-in-chain")}
    assert {"polyether-polyol", "sap", "bdo"} <= set(rows)
    assert rows["bdo"]["local_pipeline"] == ["百宏化学新材料项目 (intended)"]
    assert rows["polyether-polyol"]["made_elsewhere_by"] == 3
    assert "propylene-oxide" not in rows  # 天辰 is committed


def test_candidates_elsewhere_for_polyether_polyol(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "candidates-elsewhere")
    assert [(r["id"], r["status"]) for r in rows] == [
        ("cspc", "operating"),
        ("sinochem-dongda-quanzhou", "under_construction"),
        ("fujian-haiquan-chemical", "intended"),
    ]
    assert rows[0]["places"] == ["惠州市"] and rows[0]["capacity_t_per_year"] == 600_000
    assert rows[0]["quote"] == "CSPC Huizhou SM/PO 630/300 kt + 600 kt polyols"
    assert rows[1]["via_project"] == "中化蓝星东大(泉州)24万吨/年聚醚多元醇项目"
    po = {r["id"] for r in saved(neo4j_server, "candidates-elsewhere", "product=propylene-oxide")}
    assert "sinochem-quanzhou-petrochemical" in po and "tianchen-chemical" not in po


def test_full_text_search_finds_chinese_names(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "search-names")
    assert (rows[0]["label"], rows[0]["id"], rows[0]["name"]) == ("Product", "propylene-oxide", "环氧丙烷")
    assert len(rows) == 10
    park = saved(neo4j_server, "search-names", "text=石化工业园区", "max_results=3")
    assert PARK in {r["id"] for r in park} and len(park) <= 3


def test_provenance_of_a_fact_quotes_its_source(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = saved(neo4j_server, "provenance")  # 天辰 and 钟山化工
    drives = [r for r in rows if "-[DRIVES]->" in r["fact"]]
    assert drives == [
        {
            "fact": "天辰泉港新材料产业园 -[DRIVES]-> 钟山化工",
            "source": "doc-quangang-2021-campaign",
            "document": "泉港区:“四力”齐发抓招商 聚势赋能促发展",
            "quote": "同步拉动园区内下游钟山化工、天骄化学、佳化化学等企业增加投资50亿元",
            "confidence": "stated",
        }
    ]
    everything = saved(neo4j_server, "provenance", "other=")
    own = [r for r in everything if r["fact"] == "Project 天辰泉港新材料产业园"]
    assert len(own) == 8 and own[0]["quote"] == "促成天辰泉港新材料产业园(总投资150亿元)"
    assert {r["fact"] for r in everything} >= {r["fact"] for r in rows}
    texts = {
        r["id"]: r["text"]
        for r in run_json(neo4j_server, "query", "MATCH (d:Document) RETURN d.id AS id, d.text AS text")
    }
    assert all(r["quote"] in texts[r["source"]] for r in everything)  # verbatim quotes


# --- read-only ------------------------------------------------------------------------------------

REFUSED = [
    "CREATE (n:Intruder {id: 'x'}) RETURN n",
    "MERGE (n:Product {id: 'intruder'})",
    "MATCH (p:Product {id: 'propylene'}) SET p.name = 'hacked'",
    "MATCH (:Product {id: 'propylene'})-[r:FEEDS]->() DELETE r",
    "MATCH (p:Product {id: 'propylene'}) DETACH DELETE p",
    "MATCH (p:Product {id: 'propylene'}) REMOVE p.name",
    "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:Intruder {line: row[0]})",
    "load /* quiet */ csv from 'https://example.com/x.csv' as row return row",
    "CREATE INDEX intruder IF NOT EXISTS FOR (n:Product) ON (n.formula)",
    "DROP CONSTRAINT product_id",
    "CALL () { CREATE (:Intruder) } RETURN 1",
    "MATCH (p:Product) CALL (p) { SET p.touched = true } RETURN count(*)",
    "CALL { MATCH (p:Product {id: 'propylene'}) DETACH DELETE p } RETURN 1",
    "CALL db.createLabel('Intruder')",
    "CALL db.createProperty('intruder')",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL dbms.killConnections(['bolt-1'])",
]


@pytest.mark.parametrize("cypher", REFUSED)
def test_writes_are_refused_and_change_nothing(
    seeded: Driver, neo4j_server: RunningServer, cypher: str
) -> None:
    before = snapshot(seeded)
    result = invoke(neo4j_server, "query", cypher)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: refused: this console is read-only ("), lines
    assert "Traceback" not in result.output
    assert snapshot(seeded) == before
    with pytest.raises(ChainGraphError, match=r"^refused: this console is read-only \("):
        q.run_read_only(seeded, cypher)
    assert snapshot(seeded) == before


@pytest.mark.parametrize(
    ("name", "param", "expected"),
    [
        # an id parameter is looked up first: no such node, a clear refusal, nothing run
        ("who-makes-product", "product=propylene'}) DETACH DELETE product //", "refused"),
        ("project-drives", "project=x' OR 1=1 WITH project MATCH (n) DETACH DELETE n //", "refused"),
        ("search-names", "text=MATCH (n) DETACH DELETE n", None),  # Lucene words: some names match
        ("provenance", "id=') MATCH (n) SET n.name = 'hacked' //", []),
        # the first item matches no status; the second, a real one, finds the one intended project
        (
            "projects-by-status",
            "statuses=signed'] OR true DETACH DELETE project //,intended",
            ["zhongjing-c4-new-materials-project"],
        ),
    ],
)
def test_parameter_values_that_look_like_cypher_are_inert(
    seeded: Driver, neo4j_server: RunningServer, name: str, param: str, expected: list[str] | str | None
) -> None:
    before = snapshot(seeded)
    if expected == "refused":
        result = invoke(neo4j_server, "queries", "run", name, "--param", param)
        assert result.exit_code != 0 and "id in the database" in result.stderr
    else:
        rows = saved(neo4j_server, name, param)
        if expected is not None:
            assert [r["id"] for r in rows] == expected
    assert snapshot(seeded) == before


def test_ad_hoc_parameters_are_inert(seeded: Driver, neo4j_server: RunningServer) -> None:
    before = snapshot(seeded)
    rows = run_json(
        neo4j_server,
        "query",
        "MATCH (p:Product) WHERE p.id = $id RETURN p.name AS name",
        "--param",
        "id=x' OR 1=1 WITH p MATCH (n) DETACH DELETE n //",
    )
    assert rows == []
    assert run_json(neo4j_server, "query", "RETURN $text AS text", "--param", "text=LOAD CSV") == [
        {"text": "LOAD CSV"}
    ]
    assert snapshot(seeded) == before


def test_reads_that_mention_the_words_run(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = run_json(
        neo4j_server,
        "query",
        "// LOAD CSV is refused, but not in a comment\n"
        "MATCH (p:Product) WHERE p.name <> 'CREATE (n)' RETURN 'LOAD CSV' AS text, count(p) AS products;",
    )
    assert rows == [{"text": "LOAD CSV", "products": 99}]


def test_row_limit_cuts_and_says_so(seeded: Driver, neo4j_server: RunningServer) -> None:
    many = "UNWIND range(1, 5000) AS i RETURN i"
    result = invoke(neo4j_server, "query", many, "--limit", "10", "--format", "json")
    assert result.exit_code == 0
    assert [r["i"] for r in json.loads(result.stdout)] == list(range(1, 11))
    assert "only the first 10 rows" in result.stderr
    default = invoke(neo4j_server, "query", many, "--format", "csv")
    assert default.stdout.splitlines()[1:] == [str(i) for i in range(1, q.DEFAULT_LIMIT + 1)]
    assert f"only the first {q.DEFAULT_LIMIT} rows" in default.stderr
    exact = invoke(neo4j_server, "query", "UNWIND range(1, 10) AS i RETURN i", "--limit", "10")
    assert exact.exit_code == 0 and "only the first" not in exact.stderr


def test_one_huge_row_is_refused_not_rendered(seeded: Driver, neo4j_server: RunningServer) -> None:
    """The row limit counts rows; the byte limit stops a single 5-million-element value."""
    for fmt in ("table", "json"):
        args = ("query", "RETURN range(1, 5000000) AS r", "--format", fmt, "--max-mib", "8")
        result = invoke(neo4j_server, *args)
        assert result.exit_code == 1, result.output
        assert result.stderr.startswith("error: the first row alone holds more than 8 MiB")
        assert result.stderr.strip().endswith("[--max-mib]") and result.stdout == ""
    # Under the byte limit, a table shows the start of the value, not 5 million numbers.
    shown = invoke(neo4j_server, "query", "RETURN range(1, 5000000) AS r")
    assert shown.exit_code == 0 and len(shown.stdout) < 20 * row_formats.DISPLAY_MAX


def test_rows_are_cut_at_the_byte_limit_with_a_note(seeded: Driver, neo4j_server: RunningServer) -> None:
    args = ("query", "UNWIND range(1, 20000) AS i RETURN i, $pad AS pad", "--param", "pad=" + "x" * 100)
    result = invoke(neo4j_server, *args, "--limit", "20000", "--max-mib", "0.5", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert 1_000 < len(rows) < 20_000 and len(result.stdout) < 0.6 * 2**20
    assert f"only the first {len(rows)} rows are shown" in result.stderr and "--max-mib" in result.stderr


def test_a_huge_value_is_cut_in_a_table_cell() -> None:
    assert len(row_formats.display_text(list(range(1_000_000)))) == row_formats.DISPLAY_MAX


def test_timeout_stops_a_runaway_query(seeded: Driver, neo4j_server: RunningServer) -> None:
    result = invoke(
        neo4j_server,
        "query",
        "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i)",
        "--timeout",
        "0.5",
    )
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: the query ran longer than the 0.5 s timeout and was stopped (raise the timeout) [--timeout]"
    )


def test_user_errors_are_one_line_without_traceback(seeded: Driver, neo4j_server: RunningServer) -> None:
    for args, message in (
        (("query", "RETURN 1 +"), "error: Cypher syntax error: Invalid input"),
        (("query", "  // nothing\n"), "error: the query is empty"),
        (("queries", "run", "nope"), "error: no saved query 'nope'"),
        (("queries", "run", "upstream-downstream", "--param", "depth=deep"), "is not an int [--param]"),
        (("queries", "run", "project-drives", "--format", "xlsx"), "give --out FILE.xlsx"),
        (("queries", "run", "project-drives", "--out", "/nonexistent/x.csv"), "does not exist"),
        (("queries", "run", "search-names", "--param", "text=a)("), "the search text is Lucene syntax"),
    ):
        result = invoke(neo4j_server, *args)
        assert result.exit_code == 1, args
        assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.output


def test_server_warnings_become_notes(seeded: Driver, neo4j_server: RunningServer) -> None:
    result = invoke(neo4j_server, "query", "MATCH (n:Prodcut) RETURN n", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "note: " in result.stderr and "Prodcut" in result.stderr


# --- values and formats -----------------------------------------------------------------------------


def test_graph_values_become_json(seeded: Driver, neo4j_server: RunningServer) -> None:
    rows = run_json(
        neo4j_server,
        "query",
        "MATCH path = (a:Product {id: 'propane'})-[r:FEEDS]->(:Process {id: 'pdh'})-[:YIELDS]->"
        "(:Product {id: 'propylene'}) "
        "RETURN path, a, r, date('2021-10-18') AS day, duration('P1D') AS span, {k: [1, null]} AS map",
    )
    (row,) = rows
    assert [n["id"] for n in row["path"]["nodes"]] == ["propane", "pdh", "propylene"]
    assert [(r["type"], r["start"], r["end"]) for r in row["path"]["relationships"]] == [
        ("FEEDS", "propane", "pdh"),
        ("YIELDS", "pdh", "propylene"),
    ]
    assert row["a"]["labels"] == ["Product"]  # no internal marker label
    assert row["a"]["properties"]["name"] == "丙烷" and "id" not in row["a"]["properties"]
    assert (row["r"]["start"], row["r"]["end"]) == ("propane", "pdh") and "key" not in row["r"]["properties"]
    assert row["day"] == "2021-10-18" and row["span"] == "P1D"
    assert row["map"] == {"k": [1, None]}


def test_table_shows_chinese_names(seeded: Driver, neo4j_server: RunningServer) -> None:
    result = invoke(neo4j_server, "queries", "run", "project-drives")
    assert result.exit_code == 0
    assert "钟山化工" in result.stdout and "护理医疗" in result.stdout and "7 rows" in result.stdout
    nodes = invoke(neo4j_server, "query", "MATCH (p:Product {id: 'propylene'}) RETURN p")
    assert "丙烯 (propylene)" in nodes.stdout


def _same(cell: Any, value: Any) -> bool:
    """Whether a CSV/xlsx cell holds the JSON value."""
    if value is None:
        return cell in ("", None)
    if isinstance(value, bool):
        return cell in (value, "true" if value else "false")
    if isinstance(value, int | float):
        return float(cell) == value
    if isinstance(value, str):
        return bool(cell == value)
    return bool(json.loads(cell) == value)


@pytest.mark.parametrize(
    ("args"),
    [
        ("queries", "run", "who-makes-product"),  # nulls, lists
        ("queries", "run", "projects-by-status"),  # ints, floats
        ("queries", "run", "provenance", "--param", "other="),  # long Chinese text, commas, quotes
        ("query", "RETURN '=1+1' AS formula, true AS flag, [1, 2] AS list, {a: 'x'} AS map, null AS nothing"),
    ],
)
def test_csv_and_xlsx_hold_the_json_rows(
    seeded: Driver, neo4j_server: RunningServer, tmp_path: Path, args: tuple[str, ...]
) -> None:
    rows = run_json(neo4j_server, *args)
    assert rows
    columns = list(rows[0])
    stdout_csv = invoke(neo4j_server, *args, "--format", "csv").stdout
    written = invoke(neo4j_server, *args, "--format", "csv", "--out", str(tmp_path / "rows.csv"))
    assert written.exit_code == 0 and f"wrote {len(rows)} row" in written.stderr
    assert (tmp_path / "rows.csv").read_text(encoding="utf-8") == stdout_csv
    with (tmp_path / "rows.csv").open(encoding="utf-8", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == columns and len(read) == len(rows) + 1
    for row, cells in zip(rows, read[1:], strict=True):
        assert all(_same(cell, row[c]) for c, cell in zip(columns, cells, strict=True)), (row, cells)

    result = invoke(neo4j_server, *args, "--format", "xlsx", "--out", str(tmp_path / "rows.xlsx"))
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "rows.xlsx")
    values = list(book.active.iter_rows(values_only=True))
    book.close()
    assert list(values[0]) == columns and len(values) == len(rows) + 1
    for row, cells in zip(rows, values[1:], strict=True):
        assert all(_same(cell, row[c]) for c, cell in zip(columns, cells, strict=True)), (row, cells)


def test_xlsx_keeps_formulas_as_text_and_cuts_to_excel_limits(tmp_path: Path) -> None:
    long_text = "长" * 40_000
    rows = [{"f": '=HYPERLINK("http://x")', "long": long_text, "ctl": "a\x01b", "n": None, "ok": True}]
    cut = row_formats.write_xlsx(list(rows[0]), rows, tmp_path / "x.xlsx", title="a/b:c")
    assert cut == 1
    book = openpyxl.load_workbook(tmp_path / "x.xlsx")
    sheet = book.active
    assert sheet.title == "a-b-c"
    formula, long_cell, ctl, empty, flag = sheet[2]
    book.close()
    assert formula.data_type == "s" and formula.value == rows[0]["f"]
    assert len(long_cell.value) == row_formats.XLSX_CELL_MAX and long_cell.value.endswith("…")
    assert (ctl.value, empty.value, flag.value) == ("ab", None, True)


def test_outputs_go_to_files(seeded: Driver, neo4j_server: RunningServer, tmp_path: Path) -> None:
    out = tmp_path / "drives.json"
    result = invoke(neo4j_server, "queries", "run", "project-drives", "--format", "json", "--out", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == saved(neo4j_server, "project-drives")
    table = tmp_path / "drives.txt"
    assert invoke(neo4j_server, "queries", "run", "project-drives", "--out", str(table)).exit_code == 0
    assert "钟山化工" in table.read_text(encoding="utf-8")


# --- list and show ---------------------------------------------------------------------------------


def test_queries_list_json_shape(neo4j_server: RunningServer) -> None:
    result = invoke(neo4j_server, "queries", "list", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert {item["name"] for item in listed} == set(cypher_text.saved_queries())
    for item in listed:
        assert set(item) == {"name", "description", "parameters"}
        assert set(item["description"]) == {"zh", "en"}
        for param in item["parameters"]:
            assert set(param) == {"name", "type", "example"}
            assert param["type"] in cypher_text.PARAM_TYPES
    by_name = {item["name"]: item for item in listed}
    assert by_name["upstream-downstream"]["parameters"] == [
        {"name": "product", "type": "string", "example": "propylene-oxide"},
        {"name": "depth", "type": "int", "example": 2},
    ]
    assert by_name["projects-by-status"]["parameters"][0]["example"] == ["signed", "under_construction"]
    table = invoke(neo4j_server, "queries", "list")
    assert "who-makes-product" in table.stdout and "园区" in table.stdout


def test_queries_show_prints_the_file(neo4j_server: RunningServer) -> None:
    result = invoke(neo4j_server, "queries", "show", "project-drives")
    assert result.exit_code == 0
    assert result.stdout == (cypher_text.queries_dir() / "project-drives.cypher").read_text(encoding="utf-8")
    shown = json.loads(invoke(neo4j_server, "queries", "show", "project-drives", "--format", "json").stdout)
    assert shown["cypher"].startswith("MATCH (project:Project {id: $project})")


def test_stdin_query(seeded: Driver, neo4j_server: RunningServer) -> None:
    result = invoke(
        neo4j_server,
        "query",
        "-",
        "--format",
        "json",
        "--param",
        "id=propylene",
        stdin="MATCH (p:Product {id: $id}) RETURN p.name AS name, p.chains AS chains\n",
    )
    assert json.loads(result.stdout) == [{"name": "丙烯", "chains": ["C3"]}]


def test_the_installed_command(seeded: Driver, neo4j_server: RunningServer) -> None:
    """Through ``python -m chain_graph``: passes once cli.py registers the two commands."""
    listed = run_cli("queries", "list", "--format", "json", env=neo4j_server.env)
    assert listed.code == 0, listed.stderr
    assert {item["name"] for item in json.loads(listed.stdout)} >= EXPECTED_QUERIES
    drives = run_cli("queries", "run", "project-drives", "--format", "json", env=neo4j_server.env)
    assert drives.code == 0, drives.stderr
    assert {r["id"] for r in json.loads(drives.stdout)} >= {"zhongshan-chemical", "nursing-medical"}
    refused = run_cli("query", "MATCH (n) DETACH DELETE n", env=neo4j_server.env)
    assert refused.code != 0 and refused.stderr.startswith("error: refused: this console is read-only (")
