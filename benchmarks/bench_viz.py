"""Interactive views in headless Chromium: time until the network is still, and file size.

For about 10^2, 10^3 and 10^4 nodes (the region view of a synthetic dataset made by
``chain_graph.synth``), it writes our page and a default pyvis page of the same graph (same
nodes, labels, colours and plain-text titles; ``Network(directed=True)`` because pyvis's default
undirected network checks every edge against all others and takes minutes to build 3·10^4
edges), then opens each in Debian's chromium through Playwright:

- **ours**, with every request blocked: time from navigation start until the page reports the
  network still (physics ran its bounded stabilization and stopped, or positions were computed
  in Python and the first frame is drawn);
- **pyvis default** (``cdn_resources="local"``, what ``Network().write_html`` gives): offline it
  never draws (vis-network and Bootstrap come from CDNs); with ``--online`` it is also timed
  with the network allowed, until vis-network's ``stabilized`` event is followed by 1 s of no
  movement;
- **pyvis in_line**: offline, vis-network inline, Bootstrap requests blocked; timed the same way.

"Still" is checked from outside: the node positions must not move by 0.5 px over 1 s. Results
are printed as Markdown and, with --record, written as the ``### Views`` section at the end of
docs/benchmarks.md with the machine. Run with ``make bench``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Browser, Route, sync_playwright
from pyvis.network import Network

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis import study as report
from chain_graph.sources import FileSource
from chain_graph.views.graph_view import park_view
from chain_graph.views.model import View
from chain_graph.views.records import Records
from chain_graph.views.render import render_view
from chain_graph.views.site import page_links

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs" / "benchmarks.md"
HEADING = "### Views"
SIZES = {"1e2": (2, 42), "1e3": (5, 834), "1e4": (10, 9_012)}  # parks, enterprises
SCOPE = "syn-city-0001"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
# Runs in the page before any of its scripts. vis-network's UMD build fills an existing
# `window.vis` object, so a prepared one catches the Network class and wraps its constructor:
# the "stabilized" listener is attached before the first physics step, on our page and on
# pyvis's alike. Reports on the console (so that a page busy for minutes cannot stall the
# harness): "bench-still <ms>" once the network said it was stable (ours: cgView.stableMs;
# pyvis: the last "stabilized" event) and no node then moved 0.5 px for a second;
# "bench-novis" when vis-network never arrived.
HOOK = """
(() => {
  let Real = null, net = null, said = null, previous = null, quiet = null;
  const shell = {};
  function Network(container, data, options) {
    net = new Real(container, data, options);
    net.on("stabilized", () => { said = performance.now(); quiet = null; });
    return net;
  }
  Object.defineProperty(shell, "Network", {
    configurable: true, enumerable: true, get: () => Network, set: (value) => { Real = value; },
  });
  window.vis = shell;
  setTimeout(() => { if (Real === null) console.log("bench-novis"); }, 5000);
  const timer = setInterval(() => {
    if (net === null) return;
    const stable = window.cgView ? (window.cgView.ready ? window.cgView.stableMs : null) : said;
    if (stable === null) return;
    const now = net.getPositions();
    let moved = previous ? 0 : Infinity;
    for (const id in now) {
      const before = previous && previous[id];
      const step = before ? Math.abs(now[id].x - before.x) + Math.abs(now[id].y - before.y) : Infinity;
      moved = Math.max(moved, step);
    }
    previous = now;
    if (moved >= 0.5) { quiet = null; return; }
    if (quiet === null) quiet = performance.now();
    if (performance.now() - quiet >= 1000) {
      clearInterval(timer);
      console.log("bench-still " + stable);
    }
  }, 250);
})();
"""


@dataclass(frozen=True)
class Timing:
    stable_s: float | None  # None: not still within the timeout
    drew: bool  # False: vis-network never arrived
    blocked: int  # requests that tried to leave the file


@dataclass(frozen=True)
class Row:
    size: str
    nodes: int
    edges: int
    ours_bytes: int
    ours: Timing
    local_bytes: int
    local_offline: Timing
    local_online: Timing | None
    inline_bytes: int
    inline_offline: Timing


def region_view(folder: Path, parks: int, enterprises: int) -> View:
    synth.generate(ds.load(REPO / "seed"), parks, enterprises, seed=1, out=folder / "data")
    dataset = ds.load(folder / "data")
    study = report.study(FileSource.of(dataset).chain_inputs(SCOPE), "committed")
    return park_view(study, Records.build(*FileSource.of(dataset).export_records()))


def pyvis_page(view: View, folder: Path, cdn_resources: str) -> Path:
    """A default pyvis page of the same graph, written the way pyvis writes it."""
    net = Network(directed=True, cdn_resources=cdn_resources)
    for node in view.nodes:
        title = "\n".join([node.tip.title, *(f"{k}: {v}" for k, v in node.tip.rows)])
        net.add_node(node.id, label=node.label, title=title, color=node.style.background)
    for edge in view.edges:
        net.add_edge(edge.start, edge.end, title=edge.kind)
    folder.mkdir(parents=True)
    with contextlib.chdir(folder):  # "local" copies its lib/ folder into the working directory
        net.write_html("graph.html")
    return folder / "graph.html"


def measure(browser: Browser, path: Path, online: bool, timeout: float) -> Timing:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []
    said: list[str] = []

    def route(request_route: Route) -> None:
        url = request_route.request.url
        if online or url.startswith("file:"):
            request_route.continue_()
        else:
            blocked.append(url)
            request_route.abort()

    context.route("**/*", route)
    context.add_init_script(HOOK)
    page = context.new_page()
    page.on("console", lambda message: said.append(message.text))
    try:
        page.goto(path.as_uri(), wait_until="commit")
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            for text in said:
                if text.startswith("bench-still "):
                    return Timing(float(text.split()[1]) / 1000, True, len(blocked))
                if text == "bench-novis":
                    return Timing(None, False, len(blocked))
            page.wait_for_timeout(100)
        return Timing(None, True, len(blocked))
    finally:
        context.close()


def run(online: bool, timeout: float) -> list[Row]:
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for size, (parks, enterprises) in SIZES.items():
                folder = Path(tmp) / size
                view = region_view(folder, parks, enterprises)
                ours = folder / "ours.html"
                ours.write_bytes(render_view(view, page_links([view])).encode("utf-8"))
                local = pyvis_page(view, folder / "pyvis-local", "local")
                inline = pyvis_page(view, folder / "pyvis-inline", "in_line")
                print(f"{size}: {len(view.nodes)} nodes, {len(view.edges)} links", file=sys.stderr)
                if not rows:
                    measure(browser, ours, False, timeout)  # warm-up: no page pays for a cold browser
                rows.append(
                    Row(
                        size,
                        len(view.nodes),
                        len(view.edges),
                        ours.stat().st_size,
                        measure(browser, ours, False, timeout),
                        local.stat().st_size,
                        measure(browser, local, False, min(timeout, 15.0)),
                        measure(browser, local, True, timeout) if online else None,
                        inline.stat().st_size,
                        measure(browser, inline, False, timeout),
                    )
                )
        finally:
            browser.close()
    return rows


def _time(timing: Timing | None, timeout: float) -> str:
    if timing is None:
        return "not run (no --online)"
    if not timing.drew:
        return f"never draws ({timing.blocked} requests blocked)"
    if timing.stable_s is None:
        return f"not still after {timeout:.0f} s"
    blocked = f" ({timing.blocked} requests blocked)" if timing.blocked else ""
    return f"{timing.stable_s:.2f} s{blocked}"


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.2f} MB"


def table(rows: list[Row], timeout: float) -> str:
    online = any(r.local_online is not None for r in rows)
    head = "| size | nodes | links | ours: still after | ours: file | pyvis default, offline | "
    head += "pyvis default, online | " if online else ""
    head += "pyvis default: file | pyvis in_line, offline | pyvis in_line: file |"
    rule = "| --- | ---: | ---: | ---: | ---: | --- | " + ("--- | " if online else "") + "---: | --- | ---: |"
    lines = [head, rule]
    for r in rows:
        lines.append(
            f"| {r.size} | {r.nodes:,} | {r.edges:,} | {_time(r.ours, timeout)} | {_mb(r.ours_bytes)} | "
            f"{_time(r.local_offline, timeout)} | "
            + (f"{_time(r.local_online, timeout)} | " if online else "")
            + f"{_mb(r.local_bytes)} + lib/ | {_time(r.inline_offline, timeout)} | {_mb(r.inline_bytes)} |"
        )
    return "\n".join(lines)


def machine() -> str:
    cpu = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        mem_kb = int(meminfo.read_text().split()[1])
    return (
        f"{cpu}, {os.cpu_count()} cores, {mem_kb / 1024 / 1024:.0f} GiB RAM; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; headless Chromium from "
        f"{shutil.which('chromium') or '/usr/bin/chromium'}, software rendering (--disable-gpu)"
    )


def section(rows: list[Row], timeout: float, command: str) -> str:
    online = any(r.local_online is not None for r in rows)
    return (
        f"{HEADING}\n\n"
        "`benchmarks/bench_viz.py`: the region view of synthetic datasets (`chain_graph.synth`, "
        f"`{SCOPE}`) opened in headless Chromium. *Still after*: seconds from navigation start "
        "until the page is drawn and no node moves (our pages: bounded stabilization, then physics "
        "off; above 2,000 nodes positions computed in Python, no physics). Ours run with every "
        "request blocked. *pyvis default* is `Network(directed=True).write_html()` "
        '(`cdn_resources="local"`): its page loads vis-network and Bootstrap from CDNs, so '
        "offline it never draws (`--online` also times it with the network allowed). *pyvis "
        "in_line* is the same page with vis-network inline: it draws offline (its Bootstrap "
        "requests are blocked) and runs pyvis's default physics. Timeout "
        f"{timeout:.0f} s. Our pages stop moving by construction; their size at 10^4 nodes is "
        "the tooltips (figures, quotes) and search names every node and link carries."
        + ("" if online else " The default pyvis page was not timed online in this run (no `--online`).")
        + "\n\n"
        f"Machine: {machine()}.\n\n"
        f"Command: `{command}`\n\n"
        f"{table(rows, timeout)}\n"
    )


def record(text: str) -> None:
    """Replace our section if present (wherever it is), else append it at the end."""
    current = DOCS.read_text(encoding="utf-8")
    start = current.find(f"\n{HEADING}\n")
    if start >= 0:
        rest = current[start + 1 :]
        after = [i for i in (rest.find("\n## ", 1), rest.find("\n### ", 1)) if i > 0]
        end = start + 1 + min(after) + 1 if after else len(current)
        current = current[: start + 1] + current[end:]
    DOCS.write_text(current.rstrip("\n") + "\n\n" + text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="write the results into docs/benchmarks.md")
    parser.add_argument(
        "--online", action="store_true", help="also time the default pyvis page with the network allowed"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a still network")
    args = parser.parse_args()
    rows = run(args.online, args.timeout)
    command = "python benchmarks/bench_viz.py" + (" --online" if args.online else "") + " --record"
    text = section(rows, args.timeout, command)
    print(text)
    if args.record:
        record(text)
        print(f"recorded in {DOCS}", file=sys.stderr)


if __name__ == "__main__":
    main()
