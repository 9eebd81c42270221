"""The gap analysis on the shipped seed: answers that follow from the facts, from files and Neo4j."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph import dataset as ds
from chain_graph.analysis import study as report
from chain_graph.formats import gap_report
from chain_graph.sources import FileSource
from chain_graph.store import loader, reader

from .conftest import SEED, RunningServer, clean_env, invoke_cli, run_cli
from .viz_support import EVIL_NAME, evil_seed

PARK = "quangang-petrochemical-park"
TIANCHEN = "tianchen-quangang-new-materials-park"


@pytest.fixture(scope="module")
def quangang() -> report.GapStudy:
    return report.study(FileSource.of(ds.load(SEED)).chain_inputs(PARK), "committed")


def test_tianchen_turns_missing_products_weak_when_committed(quangang: report.GapStudy) -> None:
    operating, committed = quangang.scenarios["operating"], quangang.scenarios["committed"]
    for product in ("propylene-oxide", "hydrogen-peroxide", "pa66"):
        assert operating.by_id[product].cls == "missing"
        assert committed.by_id[product].cls == "weak"
        assert [p.id for p in committed.by_id[product].producers] == [TIANCHEN]
    projects = {p["project"]: p for p in gap_report.to_json(quangang)["projects"]}
    closed = {c["product"] for c in projects[TIANCHEN]["closes"]}
    assert {"propylene-oxide", "hydrogen-peroxide", "pa66", "pa12", "ptt"} <= closed


def test_guoheng_adds_depth_to_propylene_and_pp(quangang: report.GapStudy) -> None:
    operating, committed = quangang.scenarios["operating"], quangang.scenarios["committed"]
    for product in ("propylene", "polypropylene"):
        assert operating.by_id[product].cls == "weak"  # FREP alone today
        assert committed.by_id[product].cls == "present"  # plus the 国亨 PDH/PP project under construction


def test_sinochem_in_another_park_is_a_candidate_not_a_local_producer(quangang: report.GapStudy) -> None:
    po = quangang.report.by_id["propylene-oxide"]
    assert "sinochem-quanzhou-petrochemical" not in {p.id for p in po.producers}
    target = next(t for t in quangang.report.targets if t.product == "propylene-oxide")
    candidates = {p.id: p for p in target.candidates}
    assert candidates["sinochem-quanzhou-petrochemical"].place == "泉惠石化工业园区"
    assert candidates["sinochem-quanzhou-petrochemical"].quote  # with evidence


def test_po_is_taken_by_the_downstream_firms(quangang: report.GapStudy) -> None:
    target = next(t for t in quangang.report.targets if t.product == "propylene-oxide")
    assert target.action == "strengthen"
    assert any("天骄化学" in reason for reason in target.reasons)
    assert target.path[0] == "丙烯" and target.path[1] == "环氧丙烷"
    assert target.path[-1] in {"纺织服装", "高端鞋材", "管道线缆", "护理医疗"}


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
    assert {r["id"]: r["class"] for r in rows}["propylene-oxide"] == "weak"
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
