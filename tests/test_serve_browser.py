"""``chain-graph serve`` as a planner uses it: the real command in a subprocess, the real test
Neo4j behind it, Debian's headless Chromium in front, every request that is not to the console's
own origin blocked and recorded."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from neo4j import Driver
from playwright.sync_api import Browser, Page

from chain_graph.formats.rows import display_text

from .conftest import REPO, GuardedPage, RunningServer, clean_env, guarded_page, run_cli, wait_until
from .viz_support import EVIL_ID, EVIL_NAME, PARK, evil_seed

pytestmark = pytest.mark.browser


@dataclass
class Console:
    url: str  # http://127.0.0.1:PORT/
    lines: list[str]  # what the command printed


@contextmanager
def serving(*args: str, env: dict[str, str]) -> Iterator[Console]:
    """Run ``chain-graph serve --port 0 …`` until the block ends; the URL is read from its output."""
    process = subprocess.Popen(
        [sys.executable, "-m", "chain_graph", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=REPO,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stream = process.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            try:
                line = lines.get(timeout=120)
            except queue.Empty:
                pytest.fail(f"chain-graph serve printed no address: {seen}", pytrace=False)
            seen.append(line)
            if line.startswith("chain-graph console: "):
                break
        if any(a == "0.0.0.0" for a in args):  # noqa: S104 - the token line follows the address
            seen.append(lines.get(timeout=30))
        yield Console(line.split()[2], seen)
    finally:
        process.terminate()
        process.wait(timeout=30)
        stream.close()


@contextmanager
def visiting(browser: Browser, console: Console) -> Iterator[GuardedPage]:
    """A page where any request outside the console's origin is blocked and fails the test."""
    origin = console.url.rstrip("/")
    # Console errors are not checked: a refused page (401) logs one by design.
    with guarded_page(browser, console.url, origin + "/", height=1000, console_errors=False) as visit:
        yield visit
        assert visit.blocked == [], f"requests left the console's origin: {visit.blocked}"
        assert visit.dialogs == [] and visit.errors == [], (visit.dialogs, visit.errors)


def row_class(page: Page, product: str) -> str:
    return str(page.get_attribute(f'tr[data-product="{product}"][data-class]', "data-class"))


@pytest.fixture(scope="module")
def neo4j_console(seeded: Driver, neo4j_server: RunningServer) -> Iterator[Console]:
    with serving(env=neo4j_server.env) as console:
        yield console


def test_dashboard_shows_the_classes_and_switches_scenario_in_place(
    browser: Browser, neo4j_console: Console, neo4j_server: RunningServer
) -> None:
    gaps = {}
    for scenario in ("committed", "operating"):
        done = run_cli("gaps", "--scenario", scenario, "--format", "json", env=neo4j_server.env)
        assert done.code == 0, done.stderr
        gaps[scenario] = {p["id"]: p["class"] for p in json.loads(done.stdout)["products"]}
    assert gaps["committed"]["propylene-oxide"] != gaps["operating"]["propylene-oxide"]
    with visiting(browser, neo4j_console) as visit:
        page = visit.page
        page.goto(neo4j_console.url)
        shown = page.eval_on_selector_all(
            "tr[data-class]", "rows => rows.map(r => [r.dataset.product, r.dataset.class])"
        )
        assert dict(shown) == gaps["committed"]
        assert row_class(page, "propylene-oxide") == gaps["committed"]["propylene-oxide"]
        page.evaluate("window.__samePage = 1")
        page.check('input[name="scenario"][value="operating"]')
        wait_until(page, "document.querySelector('.cg-summary').dataset.scenario === 'operating'")
        assert row_class(page, "propylene-oxide") == gaps["operating"]["propylene-oxide"]
        assert page.evaluate("window.__samePage") == 1  # the dashboard was swapped, not reloaded
        assert "scenario=operating" in page.url


def test_a_click_in_the_chain_map_opens_the_entity_page(browser: Browser, neo4j_console: Console) -> None:
    with visiting(browser, neo4j_console) as visit:
        page = visit.page
        page.goto(neo4j_console.url)
        frame_element = page.locator("iframe.cg-view").first
        frame_element.scroll_into_view_if_needed()
        frame = frame_element.content_frame
        assert frame is not None
        frame.locator("body").wait_for()
        handle = frame_element.element_handle()
        inner = handle.content_frame() if handle else None
        assert inner is not None
        wait_until(inner, "Boolean(window.cgView && window.cgView.ready)")
        point = inner.evaluate(
            "(() => { const p = cgNetwork.getPositions(['propylene-oxide'])['propylene-oxide'];"
            " const d = cgNetwork.canvasToDOM(p);"
            " const r = cgNetwork.body.container.getBoundingClientRect();"
            " return {x: r.left + d.x, y: r.top + d.y}; })()"
        )
        box = frame_element.bounding_box()
        assert box is not None
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_url("**/entity/propylene-oxide*", timeout=30_000)
        assert page.locator("#cg-entity-id").inner_text() == "propylene-oxide"


def test_a_saved_query_form_gives_the_rows_of_queries_run(
    browser: Browser, neo4j_console: Console, neo4j_server: RunningServer
) -> None:
    done = run_cli(
        "queries",
        "run",
        "who-makes-product",
        "--param",
        "product=propylene-oxide",
        "--format",
        "json",
        env=neo4j_server.env,
    )
    assert done.code == 0, done.stderr
    expected = [[display_text(v) for v in row.values()] for row in json.loads(done.stdout)]
    assert expected
    with visiting(browser, neo4j_console) as visit:
        page = visit.page
        page.goto(neo4j_console.url + "queries/who-makes-product")
        page.fill('input[name="product"]', "propylene-oxide")
        page.click("#cg-query-form button[type=submit]")
        page.wait_for_selector("#cg-rows")
        shown = page.eval_on_selector_all(
            "#cg-rows tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
        )
        assert shown == expected
        with page.expect_download() as download:
            page.click("text=XLSX")
        assert download.value.suggested_filename == "who-makes-product.xlsx"


def test_a_cypher_write_is_refused_and_changes_nothing(
    browser: Browser, neo4j_console: Console, seeded: Driver
) -> None:
    before = seeded.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"]
    with visiting(browser, neo4j_console) as visit:
        page = visit.page
        page.goto(neo4j_console.url + "cypher")
        page.fill("textarea[name=cypher]", "MATCH (n) DETACH DELETE n")
        page.click("#cg-cypher-form button[type=submit]")
        assert "read-only" in page.locator("#cg-cypher-error").inner_text()
        page.fill("textarea[name=cypher]", "MATCH p = (:Enterprise {id: 'frep'})-[:PRODUCES]->() RETURN p")
        page.click("#cg-cypher-form button[type=submit]")
        wait_until(page, "Number(document.getElementById('cg-graph').dataset.nodes) > 1")
    assert seeded.execute_query("MATCH (n) RETURN count(n) AS n").records[0]["n"] == before


def test_a_script_in_an_entity_name_stays_inert(browser: Browser, tmp_path: Path) -> None:
    data = evil_seed(tmp_path)
    with (
        serving("--from", "files", "--data", str(data), env=clean_env()) as console,
        visiting(browser, console) as visit,
    ):
        page = visit.page
        for path in (f"entity/{EVIL_ID}", "search?q=evil", f"entity/{PARK}", "document/doc-evil", ""):
            page.goto(console.url + path)
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None, path
        page.goto(console.url + f"entity/{EVIL_ID}")
        assert page.locator("h1").inner_text().startswith(EVIL_NAME)  # shown as text


def test_a_non_loopback_console_refuses_a_visitor_without_the_token(browser: Browser) -> None:
    env = clean_env()
    env.pop("CHAIN_GRAPH_SERVE_TOKEN", None)
    with serving("--from", "files", "--host", "0.0.0.0", env=env) as console:  # noqa: S104
        port = console.url.rsplit(":", 1)[1].strip("/")
        local = f"http://127.0.0.1:{port}/"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(local, timeout=30)
        # The error holds the response and its socket: closed here, not whenever a later test's
        # garbage collection finds it (a ResourceWarning there, an error under filterwarnings).
        refused.value.close()
        assert refused.value.code == 401
        token_line = console.lines[-1]
        assert token_line.startswith("access token (shown once): open ")
        link = token_line.split("open ", 1)[1].strip().replace(console.url, local)
        with visiting(browser, Console(local, [])) as visit:
            response = visit.page.goto(local)
            assert response is not None and response.status == 401
            visit.page.goto(link)
            assert "token" not in visit.page.url
            assert visit.page.locator("tr[data-class]").count() > 0
