"""The interactive views: what each shows, escaping, determinism, scale, the command, Neo4j parity.

The pages themselves are opened in a real browser by ``test_viz_browser.py``.
"""

from __future__ import annotations

import json
import math
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chain_graph import dataset as ds
from chain_graph.analysis import study as report
from chain_graph.cli_common import Group
from chain_graph.cli_viz import viz_command
from chain_graph.records import NodeRecord, RelationshipRecord
from chain_graph.sources import FileSource
from chain_graph.views import graph_view
from chain_graph.views.chain_map import chain_map
from chain_graph.views.graph_view import focus_view, park_view
from chain_graph.views.model import PHYSICS_LIMIT, View
from chain_graph.views.records import Records
from chain_graph.views.render import script_json
from chain_graph.views.site import build_views, default_focus, render_site

from .conftest import SEED, RunningServer, clean_env, run_cli
from .viz_support import (
    EVIL_EN,
    EVIL_ID,
    EVIL_LINK_QUOTE,
    EVIL_NAME,
    EVIL_QUOTE,
    PARK,
    TIANCHEN,
    VIZ,
    evil_seed,
    site,
    synthetic,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="cg-data">(.*?)</script>', re.S)


@pytest.fixture(scope="module")
def dataset() -> ds.Dataset:
    return ds.load(SEED)


@pytest.fixture(scope="module")
def records(dataset: ds.Dataset) -> Records:
    return Records.build(*FileSource.of(dataset).export_records())


@pytest.fixture(scope="module")
def study(dataset: ds.Dataset) -> report.GapStudy:
    return report.study(FileSource.of(dataset).chain_inputs(PARK), "committed")


def page_data(html: str) -> dict[str, Any]:
    found = DATA_BLOCK.search(html)
    assert found is not None
    data: dict[str, Any] = json.loads(found.group(1))
    return data


def viz(*args: str, env: dict[str, str] | None = None) -> Any:
    """Run ``chain-graph viz`` in process, under the same error handling as the real group."""
    group = Group()
    group.add_command(viz_command)
    return CliRunner().invoke(group, ["viz", *args], env=env)


# --- what the views show --------------------------------------------------------------------


def test_chain_map_runs_left_to_right_by_tier(study: report.GapStudy, records: Records) -> None:
    view = chain_map(study, records, "C3")
    nodes = {n.id: n for n in view.nodes}
    x = {i: n.x for i, n in nodes.items()}
    tier = {p: info.tier for p, info in study.inputs.products.items()}
    columns: dict[str, list[float]] = {}
    for node in view.nodes:
        if node.kind == "Product":
            columns.setdefault(tier[node.id], []).append(x[node.id] or 0.0)
        elif node.kind == "Industry":
            columns.setdefault("industry", []).append(x[node.id] or 0.0)
    assert max(columns["feedstock"]) < min(columns["intermediate"])
    assert max(columns["intermediate"]) < min(columns["material"])
    assert max(columns["material"]) < min(columns["industry"])
    assert [b.label.split()[0] for b in view.bands] == ["原料", "中间体", "材料", "下游产业"]
    assert view.fixed_layout and not view.physics
    # Coloured by gap class for the park and scenario; processes drawn and named.
    assert nodes["propylene-oxide"].style.label_zh == "强链"  # 60万t/a, above economic scale
    assert nodes["propylene"].style.label_zh == "弱链"  # local supply short of local demand
    assert nodes["acrolein"].style.label_zh == "缺链" and nodes["acrolein"].style.dashed
    assert nodes["hppo"].kind == "Process" and "HPPO" in nodes["hppo"].label
    assert nodes["hppo"].x is not None and nodes["propylene-oxide"].x is not None
    assert nodes["hppo"].x < nodes["propylene-oxide"].x
    # Bigger with more local producers.
    sizes = [nodes[p].size or 0.0 for p in ("propylene", "propylene-oxide", "acrolein")]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) == 3


def test_chain_map_shows_broken_links_and_closing_projects(study: report.GapStudy, records: Records) -> None:
    c4 = chain_map(study, records, "C4")
    broken = {(e.start, e.end) for e in c4.edges if e.kind == "broken"}
    assert ("bdo", "pbs") in broken and ("succinic-acid", "pbs") in broken
    assert ("cracker-c4", "butadiene") not in broken  # FREP's own cracker feeds its extraction
    assert all(e.style.dashes and e.style.width > 2 for e in c4.edges if e.kind == "broken")
    # 百宏 (intended) would make BDO: it stands next to it, linked to what it would make.
    closes = {(e.start, e.end) for e in c4.edges if e.kind == "closes"}
    assert ("baihong-new-materials-project", "bdo") in closes
    nodes = {n.id: n for n in c4.nodes}
    project = nodes["baihong-new-materials-project"]
    closed = [nodes[e.end] for e in c4.edges if e.start == project.id]
    beside = [p for p in closed if p.x == project.x and 0 < (project.y or 0) - (p.y or 0) < 100]
    assert len(beside) == 1  # just below the first product it would make
    # In the operating scenario, 天辰 (signed) is what would close the PO gap.
    operating = report.study(study.inputs, "operating")
    c3 = chain_map(operating, records, "C3")
    assert ("tianchen-quangang-new-materials-park", "propylene-oxide") in {
        (e.start, e.end) for e in c3.edges if e.kind == "closes"
    }


def test_park_view_has_players_products_and_project_statuses(
    study: report.GapStudy, records: Records
) -> None:
    view = park_view(study, records)
    nodes = {n.id: n for n in view.nodes}
    assert view.slug == f"park-{PARK}" and view.physics
    assert nodes[PARK].focus
    assert nodes[TIANCHEN].kind == "Project" and nodes[TIANCHEN].style.label_zh == "签约"
    assert nodes["guoheng-chemical-project"].style.label_zh == "在建"
    assert nodes["baihong-new-materials-project"].style.dashed  # intended: outside the scenario
    assert nodes["propylene-oxide"].kind == "Product" and nodes["frep"].kind == "Enterprise"
    assert "quangang-nanshan-area" in nodes  # a park inside the park, with its own players
    kinds = {(e.start, e.end): e.kind for e in view.edges}
    assert kinds[(TIANCHEN, "propylene-oxide")] == "PRODUCES"
    assert kinds[(TIANCHEN, PARK)] == "HOSTED_IN"
    assert "sinochem-quanzhou-petrochemical" not in nodes  # another park's enterprise


def test_focus_view_grows_with_depth(study: report.GapStudy, records: Records) -> None:
    one = focus_view(study, records, "propylene-oxide", 1)
    two = focus_view(study, records, "propylene-oxide", 2)
    ids_one, ids_two = {n.id for n in one.nodes}, {n.id for n in two.nodes}
    assert {"propylene-oxide", "hppo", TIANCHEN} <= ids_one < ids_two
    assert PARK not in ids_one and PARK in ids_two
    assert [n.id for n in one.nodes if n.focus] == ["propylene-oxide"]
    with pytest.raises(Exception, match="'atlantis' is not an entity id"):
        focus_view(study, records, "atlantis", 1)


def test_tooltips_carry_the_figures_and_the_quotes(study: report.GapStudy, records: Records) -> None:
    view = park_view(study, records)
    tianchen = next(n for n in view.nodes if n.id == TIANCHEN)
    rows = dict(tianchen.tip.rows)
    assert rows["投资 investment"] == "150亿元" and rows["状态 status"] == "签约 signed"
    assert any("天辰" in quote for _, quote, _ in tianchen.tip.quotes)
    po = next(n for n in view.nodes if n.id == "propylene-oxide")
    assert "强链" in dict(po.tip.rows)["链 class"]
    assert "天辰泉港新材料产业园" in dict(po.tip.rows)["本地生产 local producers"]
    propylene = next(n for n in view.nodes if n.id == "propylene")
    assert dict(propylene.tip.rows)["物料平衡 balance"] == "155万t/a − 173.5万t/a = -18.5万t/a"
    produces = next(e for e in view.edges if (e.start, e.end) == (TIANCHEN, "propylene-oxide"))
    assert produces.tip.quotes and dict(produces.tip.rows)["产能 capacity"] == "60万t/a"


def test_default_focus_is_the_top_target_and_the_project_that_changes_most(study: report.GapStudy) -> None:
    assert default_focus(study) == ["propylene", TIANCHEN]


# --- the pages -------------------------------------------------------------------------------


def test_viz_folder_is_up_to_date_with_seed(tmp_path: Path) -> None:
    result = viz("--from", "files", "--data", str(SEED), "--out", str(tmp_path))
    assert result.exit_code == 0, result.output
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    kept = {p.name: p.read_bytes() for p in VIZ.glob("*.html")}
    stale = sorted(name for name in fresh.keys() | kept.keys() if fresh.get(name) != kept.get(name))
    assert not stale, (
        f"viz/ is out of date with seed/ ({', '.join(stale)}): regenerate it with "
        "`chain-graph viz --from files --out viz`"
    )
    assert set(fresh) == {
        "index.html",
        "chain-c3.html",
        "chain-c4.html",
        f"park-{PARK}.html",
        "focus-propylene.html",
        f"focus-{TIANCHEN}.html",
    }


def test_pages_are_byte_identical_whatever_the_input_order(dataset: ds.Dataset) -> None:
    def pages(data: ds.Dataset) -> dict[str, str]:
        study = report.study(FileSource.of(data).chain_inputs(PARK), "committed")
        views = build_views(
            study, Records.build(*FileSource.of(data).export_records()), default_focus(study), 2
        )
        return render_site(study, views)

    shuffled = ds.Dataset(tuple(reversed(dataset.nodes)), tuple(reversed(dataset.relationships)))
    assert pages(shuffled) == pages(dataset)


def test_pages_are_offline_and_self_contained() -> None:
    for name, html in site(SEED).items():
        assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html), name
        assert "<link" not in html and "@import" not in html and "url(http" not in html, name
        csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)
        assert csp is not None and unescape(csp.group(1)).startswith("default-src 'none';"), name
        assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html
        if name != "index.html":
            # data, vis-network, ours: nothing else (vis-network holds "<script>" inside a string)
            assert html.count("</script") == 3 and html.count("\n<script") == 3, name
            data = page_data(html)
            assert data["meta"]["nodes"] == len(data["nodes"]) > 0
            assert "Noto Sans CJK SC" in data["options"]["nodes"]["font"]["face"]


def test_every_text_is_escaped(tmp_path: Path) -> None:
    pages = site(evil_seed(tmp_path), focus=[EVIL_ID])
    for name, html in pages.items():
        for raw in (EVIL_NAME, EVIL_EN, EVIL_QUOTE, EVIL_LINK_QUOTE, "<iframe", "<b>bold", "<!-- comment"):
            assert raw not in html, (name, raw)
        assert "\u2028" not in html and "\u2029" not in html, name
        if name != "index.html":
            assert html.count("</script") == 3 and html.count("\n<script") == 3, name
    focus = page_data(pages[f"focus-{EVIL_ID}.html"])
    evil = next(n for n in focus["nodes"] if n["id"] == EVIL_ID)
    assert evil["label"] == EVIL_NAME  # the data keeps the text; the page shows it as text
    assert EVIL_QUOTE in [q[1] for q in focus["quotes"]]
    assert "&lt;img src=x onerror=window.__pwned=1&gt;" in pages["index.html"]


def test_script_json_cannot_close_its_tag() -> None:
    text = str(script_json({"a": "</script><!--\u2028\u2029&"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--\u2028\u2029&"}


# --- scale -------------------------------------------------------------------------------------


def test_grouped_players_sit_by_their_place_whatever_its_id(
    study: report.GapStudy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A group knows its place: nothing is parsed back out of the group's node id."""
    monkeypatch.setattr(graph_view, "AGGREGATE_LIMIT", 2)
    places = ("zone:a", "zone:b")  # ids from a database need not be slugs
    nodes = [NodeRecord(p, ("Park",), {"name": p}) for p in places]
    rels = []
    for place in places:
        for k in range(3):
            firm = f"{place}-firm-{k}"
            nodes.append(NodeRecord(firm, ("Enterprise",), {"name": firm}))
            rels.append(RelationshipRecord("LOCATED_IN", firm, place, {}))
    sub = Records.build(nodes, rels)
    view = graph_view.graph_view(study, sub, sub, "zone:a", "test", "park", "t", "s")
    at = {n.id: (n.x or 0.0, n.y or 0.0) for n in view.nodes}
    groups = [n for n in view.nodes if n.kind == "Aggregate"]
    assert {g.place for g in groups} == set(places)
    for group in groups:
        nearest = min(places, key=lambda p: math.dist(at[group.id], at[p]))
        assert nearest == group.place


def test_large_views_get_computed_positions_and_no_physics(tmp_path: Path) -> None:
    """Above PHYSICS_LIMIT (the browser test opens a 10^4-node page)."""
    data = ds.load(synthetic(tmp_path, 2_500))
    study = report.study(FileSource.of(data).chain_inputs("syn-city-0001"), "committed")
    view = park_view(study, Records.build(*FileSource.of(data).export_records()))
    assert len(view.nodes) > PHYSICS_LIMIT and not view.physics and not view.fixed_layout
    assert all(n.x is not None and n.y is not None for n in view.nodes)
    positions = {(n.x, n.y) for n in view.nodes}
    assert len(positions) == len(view.nodes)  # nobody on top of anybody
    assert any("physics is off" in note for note in view.notes)


def test_above_the_aggregate_limit_players_are_grouped_per_place(
    study: report.GapStudy, records: Records, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(graph_view, "AGGREGATE_LIMIT", 20)
    view = park_view(study, records)
    groups = [n for n in view.nodes if n.kind == "Aggregate"]
    assert groups and not [n for n in view.nodes if n.kind in ("Enterprise", "Project")]
    park_firms = next(n for n in groups if n.id == f"group:{PARK}:enterprise")
    assert "企业" in park_firms.label and "×" in park_firms.label
    summed = [e for e in view.edges if e.start == park_firms.id and e.kind == "PRODUCES"]
    assert summed and all(e.tip.rows[0][0] == "数量 count" for e in summed)
    assert any("grouped per place" in note for note in view.notes)
    assert isinstance(view, View) and view.physics == (len(view.nodes) <= PHYSICS_LIMIT)


# --- the command ---------------------------------------------------------------------------------


def test_viz_command_writes_pages_and_prints_index(tmp_path: Path) -> None:
    out = tmp_path / "views"
    result = viz(
        "--from", "files", "--out", str(out), "--focus", "frep", "--depth", "1", "--scenario", "operating"
    )
    assert result.exit_code == 0, result.output
    assert f"Open {(out / 'index.html').resolve()}" in result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "chain-c3.html",
        "chain-c4.html",
        "focus-frep.html",
        "index.html",
        f"park-{PARK}.html",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="focus-frep.html"' in index and "scenario <b>operating</b>" in index
    region = viz("--from", "files", "--region", "quangang", "--out", str(tmp_path / "r"), "--focus", "frep")
    assert region.exit_code == 0, region.output
    assert (tmp_path / "r" / "region-quangang.html").exists()


def test_viz_command_errors_are_clear(tmp_path: Path) -> None:
    unknown = viz("--from", "files", "--focus", "atlantis", "--out", str(tmp_path))
    assert unknown.exit_code == 1 and "'atlantis' is not an entity id in the data" in unknown.output
    park = viz("--from", "files", "--park", "atlantis", "--out", str(tmp_path))
    assert park.exit_code == 1 and "'atlantis' is not a park or region id" in park.output
    both = viz("--from", "files", "--park", PARK, "--region", "quangang", "--out", str(tmp_path))
    assert both.exit_code == 1 and "either --park or --region" in both.output
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    taken = viz("--from", "files", "--out", str(blocked / "sub"))
    assert taken.exit_code == 1 and "cannot create the output folder" in taken.output
    for result in (unknown, park, both, taken):
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_viz_as_a_subprocess(tmp_path: Path) -> None:
    """``chain-graph viz`` as a user runs it (needs ``app.add_command(viz_command)`` in cli.py)."""
    done = run_cli("viz", "--from", "files", "--out", str(tmp_path), env=clean_env())
    assert done.code == 0, done.stderr
    assert "index.html" in done.stdout and (tmp_path / "index.html").exists()
    assert (tmp_path / "chain-c3.html").read_bytes() == (VIZ / "chain-c3.html").read_bytes()


@pytest.mark.neo4j
def test_same_pages_from_neo4j_as_from_files(
    neo4j_server: RunningServer, driver: object, tmp_path: Path
) -> None:
    assert run_cli("load", "--data", str(SEED), env=neo4j_server.env).code == 0
    for scope in (["--park", PARK], ["--region", "quangang"]):
        args = [*scope, "--focus", TIANCHEN, "--focus", "propylene-oxide", "--focus", "frep"]
        from_files = viz(*args, "--from", "files", "--out", str(tmp_path / "files"), env=neo4j_server.env)
        from_neo4j = viz(*args, "--out", str(tmp_path / "neo4j"), env=neo4j_server.env)
        assert from_files.exit_code == 0, from_files.output
        assert from_neo4j.exit_code == 0, from_neo4j.output
        for page in sorted((tmp_path / "files").iterdir()):
            assert page.read_bytes() == (tmp_path / "neo4j" / page.name).read_bytes(), page.name
    missing = viz("--focus", "atlantis", "--out", str(tmp_path / "x"), env=neo4j_server.env)
    assert missing.exit_code == 1 and "'atlantis' is not an entity id in the database" in missing.output


def test_every_relationship_type_has_a_link_style() -> None:
    from chain_graph.model import RelType
    from chain_graph.views.style import LINK_STYLE

    assert {str(t) for t in RelType} <= set(LINK_STYLE)
