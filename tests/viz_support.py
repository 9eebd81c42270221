"""Shared by the view tests: the seed pages, a seed with malicious names, a synthetic large graph."""

from __future__ import annotations

import shutil
from pathlib import Path

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis import study as report
from chain_graph.sources import FileSource
from chain_graph.views.records import Records
from chain_graph.views.site import build_views, default_focus, render_site

from .conftest import SEED

REPO = SEED.parent
VIZ = REPO / "viz"
PARK = "quangang-petrochemical-park"
TIANCHEN = "tianchen-quangang-new-materials-park"
EVIL_ID = "evil-corp"
EVIL_NAME = "<img src=x onerror=window.__pwned=1>"
EVIL_EN = "</script><script>window.__pwned=2</script>"
EVIL_QUOTE = "<svg onload=window.__pwned=3>"
EVIL_LINK_QUOTE = "</script><img src=y onerror=window.__pwned=4>"
EVIL_NOTES = "line\u2028separator & <b>bold</b> \"quoted\" 'single' <!-- comment"
EVIL_TEXT = f"Test source.\n{EVIL_NAME}\n{EVIL_QUOTE}\n{EVIL_LINK_QUOTE}\n"
EVIL_YAML = f"""
documents:
  - id: doc-evil
    name: "<script>window.__pwned=5</script>"
    text_file: evil.txt
enterprises:
  - id: {EVIL_ID}
    name: "{EVIL_NAME}"
    name_en: "{EVIL_EN}"
    aliases: ["<iframe src=javascript:alert(1)>"]
    notes: "line\\u2028separator & <b>bold</b> \\"quoted\\" 'single' <!-- comment"
    source: doc-evil
    quote: "{EVIL_QUOTE}"
    confidence: stated
relationships:
  - {{type: LOCATED_IN, start: {EVIL_ID}, end: {PARK},
      source: doc-evil, quote: "{EVIL_NAME}", confidence: stated}}
  - {{type: PRODUCES, start: {EVIL_ID}, end: propylene-oxide, capacity_t_per_year: 1000,
      source: doc-evil, quote: "{EVIL_LINK_QUOTE}", confidence: stated}}
"""


def site(data: Path, focus: list[str] | None = None, scope: str = PARK, depth: int = 2) -> dict[str, str]:
    """The pages ``chain-graph viz --from files`` writes, rendered in process."""
    dataset = ds.load(data)
    study = report.study(FileSource.of(dataset).chain_inputs(scope), "committed")
    centres = focus if focus is not None else default_focus(study)
    return render_site(
        study, build_views(study, Records.build(*FileSource.of(dataset).export_records()), centres, depth)
    )


def evil_seed(folder: Path) -> Path:
    """The shipped seed plus an enterprise whose name, quotes and notes are HTML and script."""
    target = folder / "evil-seed"
    shutil.copytree(SEED, target)
    (target / "evil.txt").write_text(EVIL_TEXT, encoding="utf-8")
    (target / "evil.yaml").write_text(EVIL_YAML, encoding="utf-8")
    return target


def synthetic(folder: Path, enterprises: int, parks: int = 10) -> Path:
    """A synthetic dataset whose region view (``syn-city-0001``) has about 1.1 × enterprises nodes."""
    target = folder / f"synth-{enterprises}"
    synth.generate(ds.load(SEED), parks, enterprises, seed=1, out=target)
    return target
