"""The console's pages through Flask's test client: what they show, what they refuse.

Files mode needs nothing else; saved queries and the Cypher box run against the real test
Neo4j. The browser tests (test_serve_browser.py) drive the same app in Chromium.
"""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from markupsafe import escape
from neo4j import Driver, GraphDatabase

from chain_graph import dataset as ds
from chain_graph.analysis.study import study
from chain_graph.formats import gap_report
from chain_graph.serve.app import create_app
from chain_graph.serve.console import Console
from chain_graph.serve.security import Access
from chain_graph.sources import FileSource
from chain_graph.store.queries import ReadOnlyRunner
from chain_graph.store.source import Neo4jSource

from .conftest import SEED, clean_env, invoke_cli, run_cli
from .viz_support import EVIL_ID, EVIL_NAME, PARK, evil_seed

HOST = "127.0.0.1:8765"


def files_app(data: Path = SEED, token: str | None = None, host: str = "127.0.0.1") -> Flask:
    console = Console(FileSource(data), f"the files in `{data.name}`", PARK)
    return create_app(console, Access.of(host, 8765, token))


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return files_app().test_client()


def get(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url, headers={"Host": HOST})
    assert response.status_code == status, (url, response.status_code, response.get_data(as_text=True)[:500])
    return response.get_data(as_text=True)


def classes(page: str) -> dict[str, str]:
    """Product id -> gap class, as the dashboard's gap tables show them."""
    return dict(re.findall(r'<tr data-product="([^"]+)" data-class="([^"]+)">', page))


def expected_classes(scenario: str) -> dict[str, str]:
    report = gap_report.to_json(study(FileSource(SEED).chain_inputs(PARK), scenario))
    return {p["id"]: p["class"] for p in report["products"]}


# --- the dashboard ---------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["operating", "committed", "all"])
def test_dashboard_shows_the_classes_gaps_computes(client: FlaskClient, scenario: str) -> None:
    page = get(client, f"/?scope={PARK}&scenario={scenario}")
    assert classes(page) == expected_classes(scenario)
    fragment = get(client, f"/?scope={PARK}&scenario={scenario}&part=1")
    assert classes(fragment) == expected_classes(scenario)
    assert "<html" not in fragment  # the fragment the page swaps in, not a whole page


def test_dashboard_lists_targets_warnings_balance_and_projects(client: FlaskClient) -> None:
    page = get(client, "/")
    report = gap_report.to_json(study(FileSource(SEED).chain_inputs(PARK), "committed"))
    targets = re.search(r'<section id="cg-targets">(.*?)</section>', page, re.S)
    assert targets is not None
    ranked = re.findall(r'<tr data-product="([^"]+)">', targets.group(1))
    assert ranked == [t["product"] for t in report["targets"]]
    for warning in report["warnings"]:
        assert escape(warning["message"]) in page
    for section in ("cg-balance", "cg-projects", "cg-warnings"):
        assert f'id="{section}"' in page
    for project in report["projects"]:
        assert escape(project["name"]) in page


def test_scope_and_scenario_errors_are_clear(client: FlaskClient) -> None:
    page = get(client, "/?scope=no-such-park", 400)
    assert "no-such-park" in page and "is not a park or region id" in page
    page = get(client, "/?scenario=someday", 400)
    assert "unknown scenario" in page and "operating" in page


def test_report_downloads_are_the_commands_outputs(client: FlaskClient) -> None:
    body = get(client, f"/gaps.json?scope={PARK}&scenario=all")
    assert json.loads(body) == gap_report.to_json(study(FileSource(SEED).chain_inputs(PARK), "all"))
    response = client.get("/report.md", headers={"Host": HOST})
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.get_data(as_text=True).startswith("# ")


def test_the_views_are_the_viz_pages_and_frameable_only_here(client: FlaskClient) -> None:
    response = client.get(f"/views/{PARK}/committed/chain-c3.html", headers={"Host": HOST})
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "default-src 'none'" in policy
    committed = (SEED.parent / "viz" / "chain-c3.html").read_text(encoding="utf-8")
    assert response.get_data(as_text=True) == committed  # the same page chain-graph viz wrote
    focus = get(client, f"/views/{PARK}/committed/focus-propylene-oxide.html")
    assert "焦点 Focus · 环氧丙烷" in focus
    get(client, f"/views/{PARK}/committed/nothing.html", 404)


# --- entities, documents, search ---------------------------------------------------------------


def test_entity_page_shows_properties_sources_and_neighbours(client: FlaskClient) -> None:
    page = get(client, "/entity/tianchen-quangang-new-materials-park")
    dataset = ds.load(SEED)
    node = dataset.by_id()["tianchen-quangang-new-materials-park"]
    assert escape(node.name) in page
    for quote in node.quote:  # type: ignore[attr-defined]
        assert escape(quote) in page
    links = [r for r in dataset.relationships if "tianchen-quangang-new-materials-park" in (r.start, r.end)]
    types = set(re.findall(r'<details class="cg-group" open data-type="([A-Z_]+)">', page))
    assert types == {r.type for r in links}
    assert "focus-tianchen-quangang-new-materials-park.html" in page  # the embedded focus view


def test_entity_page_gives_units(client: FlaskClient) -> None:
    page = get(client, "/entity/propylene-oxide")
    assert "30万t/a (300,000 t/a)" in page  # typical_plant_t_per_year with its unit


def test_unknown_entity_is_404_with_did_you_mean(client: FlaskClient) -> None:
    page = get(client, "/entity/环氧丙烷", 404)
    assert "No entity has the id" in page and "/entity/propylene-oxide" in page


def test_document_page_marks_the_quote(client: FlaskClient) -> None:
    dataset = ds.load(SEED)
    enterprise = dataset.by_id()["frep"]
    source, quote = enterprise.source[0], enterprise.quote[0]  # type: ignore[attr-defined]
    page = get(client, f"/document/{source}?quote={quote}")
    assert f'<mark class="cg-quote">{escape(quote)}</mark>' in page
    assert "The quote is marked below." in page
    page = get(client, f"/document/{source}?quote=not in the text at all")
    assert "The quote is not in the stored text" in page and "<mark" not in page
    get(client, "/document/frep", 404)  # an enterprise is not a document


def test_search_uses_the_find_matcher(client: FlaskClient) -> None:
    page = get(client, "/search?q=PO")
    hits = re.findall(r'<a href="/entity/([^"?]+)">', page.split('id="cg-search-results"')[1])
    expected = [m.id for m in FileSource(SEED).find("PO", 20)]
    assert hits == expected and hits[0] == "propylene-oxide"
    assert "No match" in get(client, "/search?q=zzzz-nothing-like-it")


# --- safety ----------------------------------------------------------------------------------


def test_a_script_in_the_data_stays_text(tmp_path: Path) -> None:
    evil = files_app(evil_seed(tmp_path)).test_client()
    for url in (f"/entity/{EVIL_ID}", "/search?q=evil", f"/entity/{PARK}", "/document/doc-evil"):
        page = get(evil, url)
        assert "<img src=x" not in page and "<script>window" not in page and "<svg onload" not in page
    assert escape(EVIL_NAME) in get(evil, f"/entity/{EVIL_ID}")


def test_every_page_carries_the_security_headers(client: FlaskClient) -> None:
    response = client.get("/", headers={"Host": HOST})
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_a_foreign_host_header_is_refused(client: FlaskClient) -> None:
    response = client.get("/", headers={"Host": "evil.example:8765"})
    assert response.status_code == 403 and "Host header refused" in response.get_data(as_text=True)


def test_there_is_no_write_path(client: FlaskClient) -> None:
    for url in ("/", "/entity/frep", "/queries/who-makes-product", "/search"):
        assert client.post(url, headers={"Host": HOST}).status_code == 405
        assert client.delete(url, headers={"Host": HOST}).status_code == 405


def test_a_non_loopback_console_needs_its_token() -> None:
    app = files_app(token="s3cret-token", host="0.0.0.0")  # noqa: S104 - the case under test
    lan = app.test_client()
    refused = lan.get("/", headers={"Host": "192.0.2.7:8765"})
    assert refused.status_code == 401 and "s3cret" not in refused.get_data(as_text=True)
    assert lan.get("/?token=wrong", headers={"Host": "192.0.2.7:8765"}).status_code == 401
    opened = lan.get("/?token=s3cret-token&scenario=all", headers={"Host": "192.0.2.7:8765"})
    assert opened.status_code == 302 and "token" not in opened.headers["Location"]
    cookie = opened.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert lan.get("/?scenario=all", headers={"Host": "192.0.2.7:8765"}).status_code == 200  # the cookie
    other = app.test_client()
    bearer = {"Host": "192.0.2.7:8765", "Authorization": "Bearer s3cret-token"}
    assert other.get("/entity/frep", headers=bearer).status_code == 200


def test_queries_in_files_mode_say_what_to_do(client: FlaskClient) -> None:
    page = get(client, "/queries/who-makes-product?run=1")
    assert "need the graph in Neo4j" in page
    assert "Saved queries need the graph in Neo4j" in get(client, "/queries")


def test_a_database_that_is_down_is_a_clear_503() -> None:
    with GraphDatabase.driver("bolt://127.0.0.1:9", auth=("neo4j", "unused")) as dead:
        console = Console(FileSource(SEED), "the files", PARK, ReadOnlyRunner(dead))
        app = create_app(console, Access.of("127.0.0.1", 8765, None))
        response = app.test_client().post("/cypher", data={"cypher": "RETURN 1"}, headers={"Host": HOST})
    assert response.status_code == 503
    page = response.get_data(as_text=True)
    assert "cannot reach Neo4j" in page and "chain-graph neo4j start" in page and "Traceback" not in page


# --- saved queries and Cypher against the real Neo4j ---------------------------------------------


@pytest.fixture(scope="module")
def neo4j_client(seeded: Driver) -> FlaskClient:
    console = Console(Neo4jSource(seeded), "the graph loaded into Neo4j", PARK, ReadOnlyRunner(seeded))
    return create_app(console, Access.of("127.0.0.1", 8765, None)).test_client()


def test_neo4j_dashboard_matches_the_files(neo4j_client: FlaskClient) -> None:
    assert classes(get(neo4j_client, "/?scenario=operating")) == expected_classes("operating")


def test_neo4j_entity_page_lists_the_same_neighbours(neo4j_client: FlaskClient, client: FlaskClient) -> None:
    def links(page: str) -> list[str]:
        return re.findall(r'<li><a href="/entity/([^"?]+)\?', page)

    for node_id in ("frep", "propylene-oxide", "doc-c3c4-fact-sheet"):
        assert links(get(neo4j_client, f"/entity/{node_id}")) == links(get(client, f"/entity/{node_id}"))


def test_saved_query_form_downloads_and_id_check(neo4j_client: FlaskClient) -> None:
    page = get(neo4j_client, "/queries/who-makes-product?run=1&product=propylene-oxide")
    assert re.search(r'id="cg-row-count">(\d+) ', page)
    csv_text = get(neo4j_client, "/queries/who-makes-product.csv?product=propylene-oxide")
    rows = csv_text.strip().splitlines()
    count = re.search(r'id="cg-row-count">(\d+) ', page)
    assert count is not None and len(rows) == int(count.group(1)) + 1
    xlsx = neo4j_client.get("/queries/who-makes-product.xlsx?product=propylene-oxide", headers={"Host": HOST})
    assert xlsx.status_code == 200 and xlsx.data[:2] == b"PK"
    wrong = get(neo4j_client, "/queries/who-makes-product?run=1&product=propylene-oxid")
    assert "is not a Product id" in wrong and "propylene-oxide" in wrong
    get(neo4j_client, "/queries/no-such-query", 400)


def test_cypher_box_reads_and_refuses_writes(neo4j_client: FlaskClient, seeded: Driver) -> None:
    def post(text: str) -> str:
        response = neo4j_client.post("/cypher", data={"cypher": text}, headers={"Host": HOST})
        assert response.status_code == 200
        return response.get_data(as_text=True)

    before = seeded.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    refused = post("CREATE (:Enterprise {id: 'intruder', name: 'x'}) RETURN 1")
    assert "read-only" in refused and 'id="cg-cypher-error"' in refused
    refused = post("MATCH (n {id: 'frep'}) SET n.name = 'changed' RETURN n")
    assert "read-only" in refused
    after = seeded.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    assert after == before
    name = seeded.execute_query("MATCH (n {id: 'frep'}) RETURN n.name AS name").records[0]["name"]
    assert name == "福建联合石化"
    page = post("MATCH p = (e:Enterprise {id: 'frep'})-[:PRODUCES]->(:Product) RETURN p LIMIT 3")
    assert 'id="cg-graph-data"' in page and 'id="cg-rows"' in page
    assert "Cypher syntax error" in post("MATCH (n RETURN n")


# --- the command ------------------------------------------------------------------------------


def test_serve_refuses_a_port_in_use_and_bad_data_clearly(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = run_cli("serve", "--from", "files", "--port", port, env=clean_env(), timeout=120)
    assert done.code == 1 and f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "Traceback" not in done.stderr
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "a.yaml").write_text("enterprises:\n  - id: x\n    name: X\n", encoding="utf-8")
    done = run_cli(
        "serve", "--from", "files", "--data", str(broken), "--port", "0", env=clean_env(), timeout=120
    )
    assert done.code != 0 and "a.yaml:2" in done.stderr and "Traceback" not in done.stderr
    assert "chain-graph console:" not in done.stdout  # it never started


def test_serve_help_has_an_example() -> None:
    done = invoke_cli("serve", "--help")
    assert done.code == 0 and "chain-graph serve --from files --data seed" in done.stdout
