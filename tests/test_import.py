"""Importers: the ChainKnowledgeGraph format and a park's enterprise list, into data that joins the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph import dataset as ds
from chain_graph.importers.ckg import import_ckg
from chain_graph.importers.common import name_id
from chain_graph.store import loader
from chain_graph.store.schema import apply_schema
from tests.conftest import RunningServer, invoke_cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed"
CKG = REPO / "tests" / "fixtures" / "ckg"
LIST = "企业名称,统一社会信用代码,地址,行业,主营产品\n"


@pytest.fixture(scope="module")
def ckg_json(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ckg") / "ckg.json"
    result = invoke_cli("import", "ckg", str(CKG), "--version", "test", "--out", str(out))
    assert result.code == 0, result.stderr
    return out


def rels(path: Path) -> set[tuple[str, str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {(r["type"], r["start"], r["end"]) for r in data["relationships"]}


def test_every_relationship_kind_of_the_dataset_is_kept(ckg_json: Path) -> None:
    p = {
        name: name_id("p", name)
        for name in ("丙烯", "聚丙烯", "丙烷", "丙烯酸", "涂料", "化工原料", "聚丙烯纤维")
    }
    found = rels(ckg_json)
    assert ("SUBINDUSTRY_OF", "sw-220101", "sw-220100") in found
    assert ("IN_INDUSTRY", "cn-600001", "sw-220101") in found
    assert ("IN_INDUSTRY", "cn-002002", "sw-220201") in found  # by name: the row's code drifts
    assert ("IN_INDUSTRY", "cn-688999", "sw-220101") in found  # a company only the link row names
    assert ("PRODUCES", "cn-600001", p["丙烯"]) in found
    assert ("UPSTREAM_OF", p["丙烷"], p["丙烯"]) in found  # 丙烯's upstream material is 丙烷
    assert ("UPSTREAM_OF", p["丙烯"], p["聚丙烯"]) in found  # 聚丙烯 is a downstream product of 丙烯
    assert ("IS_A", p["丙烯"], p["化工原料"]) in found  # 丙烯 is a kind of 化工原料
    assert not any(start == end for _, start, end in found)  # the self-loop is left out
    kinds = {t for t, _, _ in found}
    assert kinds == {"SUBINDUSTRY_OF", "IN_INDUSTRY", "PRODUCES", "UPSTREAM_OF", "IS_A"}


def test_products_belong_to_the_top_industries_of_their_makers(ckg_json: Path) -> None:
    nodes = {n["id"]: n for n in json.loads(ckg_json.read_text(encoding="utf-8"))["nodes"]}
    assert nodes[name_id("p", "丙烯")]["properties"]["chains"] == ["基础化工"]
    assert nodes[name_id("p", "聚丙烯纤维")]["properties"]["chains"] == ["纺织服饰"]
    assert "chains" not in nodes[name_id("p", "丙烷")]["properties"]  # nobody makes it in the data
    assert nodes["chain-sw-220000"]["properties"]["code"] == "基础化工"
    assert nodes[name_id("p", "LED灯")]["properties"]["name"] == "LED灯"  # full-width, invisible char
    assert nodes["cn-600001"]["properties"]["name"] == "测试石化"  # the repeated code kept its first row
    doc = nodes["doc-chainknowledgegraph"]["properties"]
    assert doc["kind"] == "dataset" and doc["version"] == "test"


def test_the_import_validates_with_the_seed_and_cites_locators(ckg_json: Path) -> None:
    dataset = ds.load([SEED, ckg_json])
    ckg = [n for n in dataset.nodes if n.id.startswith("cn-")]
    assert ckg and all(n.quote[0].startswith("company") for n in ckg)  # type: ignore[attr-defined]


def test_import_reports_counts_against_the_readme(tmp_path: Path) -> None:
    result = invoke_cli("import", "ckg", str(CKG), "--out", str(tmp_path / "x.json"))
    assert "所属行业" in result.stderr and "3946" in result.stderr
    assert "left out: 1 × company: stock code already taken (first row kept)" in result.stderr


def test_a_broken_json_line_is_one_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for file in (CKG / "data").iterdir():
        (data / file.name).write_text(file.read_text(encoding="utf-8"), encoding="utf-8")
    (data / "industry.json").write_text('{"code": "220000", "name": "基础化工"}\n{oops\n', encoding="utf-8")
    result = invoke_cli("import", "ckg", str(tmp_path), "--out", str(tmp_path / "x.json"))
    assert result.code != 0
    assert f"{data / 'industry.json'}:2: not a JSON line" in result.stderr
    assert not (tmp_path / "x.json").exists()
    assert "Traceback" not in result.stderr


def test_import_ckg_as_seed_yaml_loads(tmp_path: Path) -> None:
    out = tmp_path / "ckg.yaml"
    assert invoke_cli("import", "ckg", str(CKG), "--format", "yaml", "--out", str(out)).code == 0
    assert len(ds.load(out).nodes) == len(import_ckg(CKG).nodes)


def enterprise_list(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(LIST + rows, encoding="utf-8")
    return path


def test_an_enterprise_list_joins_the_seed_without_duplicates(tmp_path: Path) -> None:
    path = enterprise_list(
        tmp_path,
        "泉州国亨化学,,泉港区,化学原料,聚丙烯\n"
        "福建新材料有限公司,91350500MA2XXXXX0A,泉港区南山片区,化学原料,丙烯、环氧丙烷;某新产品\n",
    )
    out = tmp_path / "list.json"
    result = invoke_cli(
        "import", "enterprises", str(path), "--park", "quangang-petrochemical-park", "--out", str(out)
    )
    assert result.code == 0, result.stderr
    found = rels(out)
    assert ("LOCATED_IN", "guoheng-chemical", "quangang-petrochemical-park") in found  # the seed's own
    assert ("PRODUCES", "guoheng-chemical", "polypropylene") in found
    new = "uscc-91350500ma2xxxxx0a"
    assert ("PRODUCES", new, "propylene") in found and ("PRODUCES", new, "propylene-oxide") in found
    assert ("PRODUCES", new, name_id("p", "某新产品")) in found
    labels = {n["id"]: n["labels"][0] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]}
    assert "guoheng-chemical" not in labels and labels[new] == "Enterprise"
    assert invoke_cli("validate", "--data", str(SEED), "--data", str(out)).code == 0


def test_a_bad_enterprise_list_names_its_line(tmp_path: Path) -> None:
    bad = enterprise_list(tmp_path, "某公司,NOT-A-CODE,,,\n")
    result = invoke_cli("import", "enterprises", str(bad), "--park", "quangang-petrochemical-park")
    assert result.code != 0 and f"{bad}:2: 某公司: credit_code" in result.stderr
    no_name = tmp_path / "no-name.csv"
    no_name.write_text("code,address\n1,2\n", encoding="utf-8")
    result = invoke_cli("import", "enterprises", str(no_name), "--region", "quangang")
    assert result.code != 0 and f"{no_name}:1: no name column" in result.stderr
    unknown = invoke_cli("import", "enterprises", str(bad), "--park", "nowhere")
    assert unknown.code != 0 and "'nowhere' is not a park or region id in the data" in unknown.stderr


@pytest.fixture(scope="module")
def general(
    session_driver: Driver, ckg_json: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Driver, Path]:
    """The seed, the dataset, and a list placing two of the dataset's companies in Quangang."""
    listed = tmp_path_factory.mktemp("list") / "list.csv"
    listed.write_text(LIST + "测试石化,,,,\n样本纤维,,,,\n", encoding="utf-8")
    located = listed.with_suffix(".json")
    assert (
        invoke_cli(
            "import",
            "enterprises",
            str(listed),
            "--region",
            "quangang",
            "--data",
            str(SEED),
            "--data",
            str(ckg_json),
            "--out",
            str(located),
        ).code
        == 0
    )
    session_driver.execute_query("MATCH (n) DETACH DELETE n")
    apply_schema(session_driver)
    with ds.spooled([SEED, ckg_json, located]) as spool:
        loader.load_spool(session_driver, spool)
    return session_driver, located


def test_a_region_built_from_its_companies_gets_a_gap_analysis(
    general: tuple[Driver, Path], ckg_json: Path, neo4j_server: RunningServer
) -> None:
    _, located = general
    args = ("gaps", "--region", "quangang", "--scenario", "operating", "--format", "json")
    from_files = invoke_cli(
        *args, "--from", "files", "--data", str(SEED), "--data", str(ckg_json), "--data", str(located)
    )
    from_neo4j = invoke_cli(*args, env=neo4j_server.env)
    assert from_files.code == 0 and from_neo4j.code == 0, from_files.stderr + from_neo4j.stderr
    assert from_files.stdout == from_neo4j.stdout
    report = json.loads(from_neo4j.stdout)
    classes = {p["id"]: p["class"] for p in report["products"]}
    assert classes[name_id("p", "丙烯")] != "missing"  # 测试石化 makes it, and now stands in Quangang
    assert classes[name_id("p", "涂料")] == "missing"
    assert {"C3", "C4", "基础化工", "纺织服饰"} <= set(report["completeness"])


def test_queries_answer_for_any_chain(general: tuple[Driver, Path], neo4j_server: RunningServer) -> None:
    env = neo4j_server.env
    companies = invoke_cli(
        "queries", "run", "industry-companies", "--param", "industry=基础化工", "--format", "json", env=env
    )
    assert companies.code == 0, companies.stderr
    assert {r["id"] for r in json.loads(companies.stdout)} == {"cn-600001", "cn-002002", "cn-688999"}
    links = invoke_cli(
        "queries", "run", "direct-links", "--param", "product=丙烯", "--format", "json", env=env
    )
    rows = {(r["direction"], r["name"], r["steps"]) for r in json.loads(links.stdout)}
    assert {
        ("upstream", "丙烷", 1),
        ("downstream", "聚丙烯", 1),
        ("downstream", "涂料", 2),
        ("category", "化工原料", 1),
    } <= rows
    unknown = invoke_cli("queries", "run", "who-makes-product", "--param", "park=quangang-park", env=env)
    assert unknown.code != 0
    assert (
        "'quangang-park' is not a Park or Region id in the database (did you mean 'quangang" in unknown.stderr
    )
    region = invoke_cli(
        "queries", "run", "who-makes-product", "--param", "park=quangang", "--format", "json", env=env
    )
    assert region.code == 0 and json.loads(region.stdout)  # a region is a scope too
    assert "does not exist" not in invoke_cli("queries", "run", "owners", env=env).stderr


def test_find_looks_up_stock_codes(ckg_json: Path) -> None:
    result = invoke_cli("find", "600001", "--from", "files", "--data", str(ckg_json), "--format", "json")
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "cn-600001"
