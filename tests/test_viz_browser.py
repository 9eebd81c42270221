"""The views in a real headless Chromium with every network request blocked.

Each page must load with no request leaving the file, draw the expected number of nodes (read
through the vis-network object), show its legend, find 环氧丙烷 by search, and never run a
malicious name. A screenshot of every view is saved under the test's temporary directory.

Needs Debian's ``chromium`` and ``fonts-noto-cjk`` (``make test`` installs both through
scripts/system-deps.sh) and pip's ``playwright`` (no browser download). Under CI a missing
browser is a failure, never a skip.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from .conftest import SEED, GuardedPage, guarded_page
from .viz_support import EVIL_ID, EVIL_NAME, EVIL_QUOTE, PARK, TIANCHEN, evil_seed, site, synthetic

pytestmark = pytest.mark.browser  # drives Debian's headless Chromium

DATA_BLOCK = re.compile(r'<script type="application/json" id="cg-data">(.*?)</script>', re.S)


@contextmanager
def open_page(browser: Browser, path: Path) -> Iterator[GuardedPage]:
    """The file opened with every request that leaves it blocked."""
    with guarded_page(browser, path.as_uri(), "file:") as opened:
        opened.page.goto(opened.url)
        yield opened


def expected_nodes(path: Path) -> int:
    found = DATA_BLOCK.search(path.read_text(encoding="utf-8"))
    assert found is not None
    return len(json.loads(found.group(1))["nodes"])


def write(pages: dict[str, str], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_bytes(text.encode("utf-8"))
    return folder


def check_view(
    browser: Browser, path: Path, shots: Path, search: str | None, timeout: float = 60.0
) -> dict[str, Any]:
    """Open a view and check it; returns the page's ``cgView.meta``."""
    with open_page(browser, path) as opened:
        opened.wait("Boolean(window.cgView && window.cgView.ready)", timeout)
        assert opened.requests == [opened.url], f"{path.name}: requests left the file"
        assert not opened.blocked and not opened.errors, (path.name, opened.errors)
        assert opened.js("window.cgViolations") == [], path.name
        drawn = opened.js("cgNetwork.body.nodeIndices.length")
        assert drawn == expected_nodes(path) == len(opened.js("Object.keys(cgNetwork.getPositions())"))
        inked = opened.js(
            """() => { const c = document.querySelector('#cg-network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
            for (let i = 0; i < d.length; i += 16) if (d[i] < 200 || d[i + 1] < 200) n++; return n; }"""
        )
        assert inked > 100, f"{path.name}: the canvas is blank"
        assert opened.page.is_visible("#cg-legend") and "强链" in opened.page.inner_text("#cg-legend")
        face = opened.js("cgNetwork.body.nodes[cgNetwork.body.nodeIndices[0]].options.font.face")
        assert face.startswith('"Noto Sans CJK SC"')
        assert "Noto Sans CJK SC" in opened.js("getComputedStyle(document.body).fontFamily")
        if search:
            opened.page.fill("#cg-search", search)
            first = opened.page.locator("#cg-results button").first
            assert first.inner_text().startswith(search)
            opened.page.press("#cg-search", "Enter")
            selected = opened.js("cgNetwork.getSelectedNodes()")
            assert len(selected) == 1 and opened.js("cgView.selected") == selected[0]
            assert opened.page.is_visible("#cg-info") and search in opened.page.inner_text("#cg-info")
        opened.page.screenshot(path=str(shots / f"{path.stem}.png"))
        meta: dict[str, Any] = opened.js("cgView.meta")
        return meta


@pytest.fixture(scope="module")
def seed_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write(site(SEED), tmp_path_factory.mktemp("views"))


@pytest.mark.parametrize(
    ("name", "search"),
    [
        ("chain-c3.html", "环氧丙烷"),
        ("chain-c4.html", "丁二烯"),
        (f"park-{PARK}.html", "环氧丙烷"),
        ("focus-propylene.html", "环氧丙烷"),
        (f"focus-{TIANCHEN}.html", "环氧丙烷"),
    ],
)
def test_view_opens_offline_draws_and_searches(
    browser: Browser, seed_pages: Path, tmp_path: Path, name: str, search: str
) -> None:
    check_view(browser, seed_pages / name, tmp_path, search)
    assert (tmp_path / name.replace(".html", ".png")).stat().st_size > 10_000


def test_search_by_english_name_and_tooltip_and_highlight(browser: Browser, seed_pages: Path) -> None:
    with open_page(browser, seed_pages / f"park-{PARK}.html") as opened:
        opened.wait("Boolean(window.cgView && window.cgView.ready)")
        opened.page.fill("#cg-search", "propylene oxide")
        assert opened.page.locator("#cg-results button").first.inner_text().startswith("环氧丙烷")
        # Hover: the tooltip has the figures and the source quote.
        x, y = opened.js(
            """() => { const p = cgNetwork.getPositions(['propylene-oxide'])['propylene-oxide'];
            const d = cgNetwork.canvasToDOM(p);
            const r = document.getElementById('cg-network').getBoundingClientRect();
            return [r.left + d.x, r.top + d.y]; }"""
        )
        opened.page.mouse.move(x, y)
        tooltip = opened.page.locator("div.vis-tooltip")
        tooltip.wait_for(state="visible", timeout=5_000)
        text = tooltip.inner_text()
        assert "强链" in text and "天辰泉港新材料产业园" in text and "「" in text and "物料平衡" in text
        # Click: the neighbours stay, the rest fades.
        opened.page.mouse.click(x, y)
        assert opened.js("cgNetwork.getSelectedNodes()") == ["propylene-oxide"]
        assert opened.js(f"cgNetwork.body.data.nodes.get('{TIANCHEN}').opacity") == 1
        assert opened.js("cgNetwork.body.data.nodes.get('frep').opacity") < 0.5


def test_index_links_every_view_and_shows_the_gap_table(browser: Browser, seed_pages: Path) -> None:
    with open_page(browser, seed_pages / "index.html") as opened:
        assert opened.requests == [opened.url] and not opened.errors
        links = opened.js("[...document.querySelectorAll('a')].map(a => a.getAttribute('href'))")
        views = sorted(p.name for p in seed_pages.glob("*.html") if p.name != "index.html")
        assert sorted(set(links)) == views
        row = opened.page.inner_text("#c3-propylene-oxide")
        assert "环氧丙烷" in row and "强链" in row and "天辰泉港新材料产业园" in row


def test_malicious_names_show_as_text_and_run_nothing(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    folder = tmp_path_factory.mktemp("evil")
    pages = write(site(evil_seed(folder), focus=[EVIL_ID]), folder / "views")
    for name in (f"focus-{EVIL_ID}.html", f"park-{PARK}.html", "index.html"):
        with open_page(browser, pages / name) as opened:
            if name != "index.html":
                opened.wait("Boolean(window.cgView && window.cgView.ready)")
                opened.page.fill("#cg-search", "<img")
                hit = opened.page.locator("#cg-results button").first
                assert hit.inner_text().startswith(EVIL_NAME)
                hit.click()
                info = opened.page.inner_text("#cg-info")
                assert EVIL_NAME in info and EVIL_QUOTE in info
                assert opened.js("cgView.selected") == EVIL_ID
            assert EVIL_NAME in opened.page.inner_text("body")
            assert opened.js("typeof window.__pwned") == "undefined"
            assert opened.js("document.querySelectorAll('img, svg, iframe').length") == 0
            assert not opened.dialogs and not opened.errors and opened.requests == [opened.url]
            opened.page.screenshot(path=str(tmp_path / f"evil-{name}.png"))


def test_ten_thousand_nodes_open_and_stay_usable(
    browser: Browser, tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    folder = tmp_path_factory.mktemp("large")
    data = synthetic(folder, 9_000)
    pages = site(data, focus=[], scope="syn-city-0001")
    page = write({"region.html": pages["region-syn-city-0001.html"]}, folder / "views") / "region.html"
    nodes = expected_nodes(page)
    assert nodes > 9_000
    meta = check_view(browser, page, tmp_path, "合成化工企业0000042", timeout=90.0)
    assert meta["physics"] is False and meta["large"] is True
