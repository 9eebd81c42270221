"""The gap analysis on the shipped seed: answers that follow from the facts, from files and Neo4j."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph import dataset as ds
from chain_graph.analysis import study as report
from chain_graph.formats import gap_report
from chain_graph.model import Product
from chain_graph.sources import FileSource
from chain_graph.store import loader, reader

from .conftest import SEED, RunningServer, clean_env, invoke_cli, run_cli
from .viz_support import EVIL_NAME, evil_seed

PARK = "quangang-petrochemical-park"
TIANCHEN = "tianchen-quangang-new-materials-park"


@pytest.fixture(scope="module")
def quangang() -> report.GapStudy:
    return report.study(FileSource.of(ds.load(SEED)).chain_inputs(PARK), "committed")


def test_tianchen_makes_missing_products_local_when_committed(quangang: report.GapStudy) -> None:
    operating, committed = quangang.scenarios["operating"], quangang.scenarios["committed"]
    for product in ("propylene-oxide", "hydrogen-peroxide", "pa66"):
        assert operating.by_id[product].cls == "missing"
        assert committed.by_id[product].cls != "missing"
        assert [p.id for p in committed.by_id[product].producers] == [TIANCHEN]
    # 60万t/a of PO is above the 30万t/a economic scale; its H2O2 covers its own HPPO need.
    assert committed.by_id["propylene-oxide"].cls == "present"
    assert "at the economic scale of 30万t/a" in committed.by_id["propylene-oxide"].reasons[0]
    assert (
        committed.by_id["hydrogen-peroxide"]
        .reasons[0]
        .startswith("local supply 180万t/a covers local demand")
    )
    assert committed.by_id["pa66"].cls == "weak"  # one plant, no demand or scale known: by count
    projects = {p["project"]: p for p in gap_report.to_json(quangang)["projects"]}
    closed = {c["product"] for c in projects[TIANCHEN]["closes"]}
    assert {"propylene-oxide", "hydrogen-peroxide", "pa66", "pa12", "ptt"} <= closed


def test_propylene_is_classed_by_its_balance(quangang: report.GapStudy) -> None:
    operating, committed = quangang.scenarios["operating"], quangang.scenarios["committed"]
    # Today FREP's cracker (55万t/a, inferred) covers its PP but is below PDH's 75万t/a scale.
    assert operating.by_id["propylene"].cls == "weak"
    assert "below the economic scale of 75万t/a" in operating.by_id["propylene"].reasons[0]
    # Committed: 国亨's PDH adds 100万t/a, but its PP, FREP's PP and 天辰's PO need 173.5万t/a.
    propylene = committed.by_id["propylene"]
    assert propylene.cls == "weak" and "falls short of local demand 173.5万t/a" in propylene.reasons[0]
    balance = quangang.balance["propylene"]
    assert (balance.supply_t_per_year, balance.demand_t_per_year) == (1_550_000.0, 1_735_000.0)
    assert (
        operating.by_id["polypropylene"].cls == "weak" and committed.by_id["polypropylene"].cls == "present"
    )


def test_sinochem_in_another_park_is_a_candidate_not_a_local_producer(quangang: report.GapStudy) -> None:
    butadiene = quangang.report.by_id["butadiene"]
    assert "sinochem-quanzhou-petrochemical" not in {p.id for p in butadiene.producers}
    target = next(t for t in quangang.report.targets if t.product == "butadiene")
    candidates = {p.id: p for p in target.candidates}
    assert candidates["sinochem-quanzhou-petrochemical"].place == "泉惠石化工业园区"
    assert candidates["sinochem-quanzhou-petrochemical"].quote  # with evidence


def test_po_users_without_figures_are_named_in_the_balance(quangang: report.GapStudy) -> None:
    po = quangang.balance["propylene-oxide"]
    assert {line.split(":")[0] for line in po.unknown} == {"佳化化学", "天骄化学", "钟山化工"}
    assert "3 figure(s) missing in the balance" in quangang.report.by_id["propylene-oxide"].reasons[0]


def test_butadiene_comes_from_the_cracker_on_the_same_site(quangang: report.GapStudy) -> None:
    """FREP's cracker makes the C4 stream its own extraction uses: no import dependence."""
    assert ("cracker-c4", "butadiene") not in {(b.source, b.target) for b in quangang.report.broken_links}
    assert quangang.report.by_id["butadiene"].feedable is True


def test_the_top_target_is_propylene_and_hydrogen_never_is(quangang: report.GapStudy) -> None:
    top = quangang.report.targets[0]
    assert top.product == "propylene" and top.action == "strengthen"
    assert any("天辰泉港新材料产业园" in reason for reason in top.reasons)
    assert top.path[-1] in {"纺织服装", "高端鞋材", "管道线缆", "护理医疗"}
    assert "hydrogen" not in {t.product for t in quangang.report.targets}


def test_json_shape(quangang: report.GapStudy) -> None:
    data = gap_report.to_json(quangang)
    assert {"scope", "scenario", "thresholds", "products", "broken_links", "targets", "completeness"} <= set(
        data
    )
    assert data["scope"]["id"] == PARK and data["scenario"] == "committed"
    product = data["products"][0]
    assert {"id", "name", "chain", "class", "local_producers", "reasons"} <= set(product)
    assert {"from", "to", "kind"} <= set(data["broken_links"][0])
    target = data["targets"][0]
    assert {"product", "action", "score", "components", "path", "candidates", "closing_projects"} <= set(
        target
    )
    assert set(target["components"]) == {"upstream", "downstream", "structural", "projects"}
    assert set(data["completeness"]) == {"C3", "C4"}
    assert {"products", "links"} <= set(data["completeness"]["C3"])


def test_gaps_cli_formats_from_files(tmp_path: Path) -> None:
    env = clean_env()
    as_csv = run_cli("gaps", "--from", "files", "--format", "csv", env=env)
    assert as_csv.code == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["id"]: r["class"] for r in rows}["propylene"] == "weak"
    as_md = run_cli("gaps", "--from", "files", "--format", "md", "--scenario", "operating", env=env)
    assert "## Top targets" in as_md.stdout and "scenario **operating**" in as_md.stdout
    table = run_cli("gaps", "--from", "files", env=env)
    assert "Top targets" in table.stdout and "环氧丙烷" in table.stdout
    region = run_cli("gaps", "--from", "files", "--region", "quangang", "--format", "json", env=env)
    assert json.loads(region.stdout)["scope"] == {"kind": "region", "id": "quangang", "name": "泉港区"}
    out = tmp_path / "report.md"
    written = run_cli("report", "--from", "files", "--out", str(out), env=env)
    assert written.code == 0, written.stderr
    text = out.read_text(encoding="utf-8")
    for heading in (
        "## Summary",
        "## Top targets",
        "## C3 chain",
        "## C4 chain",
        "## Broken links",
        "## Scenarios: what the projects change",
    ):
        assert heading in text
    assert "天辰泉港新材料产业园" in text


def test_gaps_cli_errors_are_clear() -> None:
    env = clean_env()
    unknown = run_cli("gaps", "--from", "files", "--park", "atlantis", env=env)
    assert unknown.code == 1 and "'atlantis' is not a park or region id" in unknown.stderr
    both = run_cli("gaps", "--from", "files", "--park", PARK, "--region", "quangang", env=env)
    assert both.code == 1 and "either --park or --region" in both.stderr
    assert "Traceback" not in unknown.stderr + both.stderr


def test_same_answers_from_files_and_from_neo4j(neo4j_server: RunningServer, driver: object) -> None:
    assert run_cli("load", "--data", str(SEED), env=neo4j_server.env).code == 0
    for scope in (["--park", PARK], ["--region", "quangang"]):
        for scenario in ("operating", "committed", "all"):
            args = ["gaps", *scope, "--scenario", scenario, "--format", "json"]
            from_neo4j = run_cli(*args, env=neo4j_server.env)
            from_files = run_cli(*args, "--from", "files", env=neo4j_server.env)
            assert from_neo4j.code == 0, from_neo4j.stderr
            assert from_neo4j.stdout == from_files.stdout
    missing_park = run_cli("gaps", "--park", "atlantis", env=neo4j_server.env)
    assert missing_park.code == 1 and "not a park or region id in the database" in missing_park.stderr


def test_every_park_at_once_equals_one_park_at_a_time(neo4j_server: RunningServer, driver: Driver) -> None:
    with ds.spooled(SEED) as spool:
        loader.load_spool(driver, spool)
    parks = list(reader.every_park_inputs(driver))
    assert {p.scope.id for p in parks} == {n.id for n in ds.load(SEED).nodes if n.label == "Park"}
    for inputs in parks:
        assert inputs == reader.chain_inputs(driver, inputs.scope.id), inputs.scope.id


# --- hostile names ---------------------------------------------------------------------------

MARKUP_NAME = "[/]福橡[bold]化工[/bold] [link=file:///etc/passwd]x[/link]"


def _hostile_seed(folder: Path) -> Path:
    """The seed plus a local producer whose name is terminal markup and HTML."""
    target = evil_seed(folder)
    (target / "markup.yaml").write_text(
        "enterprises:\n"
        f"  - {{id: markup-corp, name: {json.dumps(MARKUP_NAME, ensure_ascii=False)},"
        " source: doc-evil, quote: Test source., confidence: stated}\n"
        "relationships:\n"
        f"  - {{type: LOCATED_IN, start: markup-corp, end: {PARK}, source: doc-evil, quote: Test source.,"
        " confidence: stated}\n"
        "  - {type: PRODUCES, start: markup-corp, end: propylene-oxide, source: doc-evil,"
        " quote: Test source., confidence: stated}\n",
        encoding="utf-8",
    )
    return target


def test_names_that_look_like_markup_are_printed_as_written(tmp_path: Path) -> None:
    data = _hostile_seed(tmp_path)
    result = invoke_cli("gaps", "--from", "files", "--data", str(data), "--scenario", "operating")
    assert result.code == 0, result.stderr
    for word in MARKUP_NAME.split():  # table cells wrap long names between words
        assert word in result.stdout


def test_the_markdown_report_carries_no_html_from_the_data(tmp_path: Path) -> None:
    result = invoke_cli("report", "--from", "files", "--data", str(_hostile_seed(tmp_path)))
    assert result.code == 0, result.stderr
    assert EVIL_NAME.replace("<", "&lt;").replace(">", "&gt;") in result.stdout
    assert "<img" not in result.stdout and "<svg" not in result.stdout and "<script" not in result.stdout


def test_top_and_all_choose_how_many_targets_are_shown() -> None:
    def targets(*args: str) -> int:
        result = invoke_cli("gaps", "--from", "files", "--format", "json", *args)
        assert result.code == 0, result.stderr
        return len(json.loads(result.stdout)["targets"])

    every = targets("--all")
    assert targets("--top", "3") == 3 and targets() == 15
    data = json.loads(invoke_cli("gaps", "--from", "files", "--format", "json", "--all").stdout)
    unmet = {g["id"] for g in data["products"] if g["class"] != "present"}
    # every target; a by-product (hydrogen, the mixed C4 streams) is never one
    byproducts = {n.id for n in ds.load(SEED).nodes if isinstance(n, Product) and n.byproduct}
    assert {"hydrogen", "cracker-c4", "refinery-c4"} <= byproducts
    assert every == len(unmet - byproducts)
    assert not {t["product"] for t in data["targets"]} & byproducts


def test_the_report_names_the_data_it_read(tmp_path: Path) -> None:
    exported = tmp_path / "quangang.json"
    assert invoke_cli("export", "--from", "files", "--format", "json", "--out", str(exported)).code == 0
    report = invoke_cli("report", "--from", "files", "--data", str(exported))
    assert (
        report.code == 0
        and f"from the files in `{exported}`" in report.stdout
        and "`seed/`" not in report.stdout
    )


def test_focus_industries_come_from_the_data(tmp_path: Path) -> None:
    """Quangang inherits 泉州's four from FOCUSES_ON; a district that names its own gets those."""
    inputs = FileSource(SEED).chain_inputs(PARK)
    assert inputs.focus_industries == dict.fromkeys(
        ["nursing-medical", "pipes-cables", "shoe-materials", "textiles-apparel"], 1.0
    )
    data = tmp_path / "seed"
    shutil.copytree(SEED, data)
    (data / "focus.yaml").write_text(
        "relationships:\n"
        "  - {type: FOCUSES_ON, start: quangang, end: packaging, weight: 2, source: doc-c3c4-quantities,"
        " quote: 产品将带动泉州纺织服装、高端鞋材、管道线缆、护理医疗等行业发展, confidence: inferred}\n",
        encoding="utf-8",
    )
    ours = report.study(FileSource(data).chain_inputs(PARK), "committed").report
    assert ours.focus_industries == {"packaging": 2.0}
    # Where the data states no market demand, focus industries reached make the downstream pull.
    without_market = [t for t in ours.targets if t.market is None]
    assert without_market
    assert all("of the 1 focus industries" in t.reasons[2] for t in without_market)
