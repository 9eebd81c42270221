"""synth --products: a deep synthetic catalogue that validates and that the analysis reads."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis.gaps import Thresholds, _Analysis
from chain_graph.analysis.study import study
from chain_graph.sources import FileSource
from chain_graph.vocabulary import Scenario

SEED = Path(__file__).resolve().parents[1] / "seed"


def test_a_synthetic_catalogue_is_deep_valid_and_analysed(tmp_path: Path) -> None:
    out = tmp_path / "data"
    result = synth.generate(ds.load(SEED), parks=2, enterprises=200, seed=3, out=out, extra_products=300)
    dataset = ds.load(out)
    assert result.nodes == len(dataset.nodes)
    products = [n for n in dataset.nodes if n.id.startswith("syn-prod-")]
    assert len(products) == 300
    inputs = FileSource.of(dataset).chain_inputs("syn-park-000001")
    assert "SYN" in inputs.chains and inputs.chains["SYN"].name == "合成产业链"
    # Deep: some synthetic product is made only from synthetic products, several steps away.
    made_from_synthetic = [
        p
        for p in inputs.processes.values()
        if p.id.startswith("syn-proc-") and all(i.startswith("syn-prod-") for i in p.inputs)
    ]
    assert made_from_synthetic
    report = study(inputs, "committed").report
    assert (
        report.completeness["SYN"].missing
        + report.completeness["SYN"].weak
        + report.completeness["SYN"].present
        == 300
    )
    again = synth.generate(
        ds.load(SEED), parks=2, enterprises=200, seed=3, out=tmp_path / "again", extra_products=300
    )
    assert again == result  # the same seed writes the same data


def _whole_search_path(analysis: _Analysis, graph: nx.DiGraph, pid: str, focus: list[str]) -> tuple[str, ...]:
    """The path as the analysis found it before its searches stopped early: two whole searches."""
    ancestors = nx.single_target_shortest_path(graph, pid)
    sources = [a for a in ancestors if a != pid and analysis.available(a)]
    sources.sort(key=lambda a: (len(ancestors[a]), -len(analysis.producers(a)), a))
    up = ancestors[sources[0]] if sources else [pid]
    down_paths = nx.single_source_shortest_path(graph, pid)
    ends = [i for i in focus if i in down_paths] or sorted(
        i for i in down_paths if i in analysis.inputs.industries
    )
    ends.sort(key=lambda i: (len(down_paths[i]), i))
    down = down_paths[ends[0]][1:] if ends else []
    return tuple(analysis.name(n) for n in [*up, *down])


def test_paths_stopping_at_the_nearest_end_are_the_whole_searchs_paths(tmp_path: Path) -> None:
    out = tmp_path / "data"
    synth.generate(ds.load(SEED), parks=2, enterprises=200, seed=5, out=out, extra_products=400)
    inputs = FileSource(out).chain_inputs("syn-park-000001")
    for scenario in Scenario:
        analysis = _Analysis(inputs, scenario, Thresholds())
        graph, _ = analysis.product_graph()
        focus = [i for i in analysis.focus_weights() if i in graph]
        checked = 0
        for pid in sorted(analysis.products):
            if pid in graph:
                assert analysis.explain(graph, pid, focus) == _whole_search_path(analysis, graph, pid, focus)
                checked += 1
        assert checked > 400
        # the same for a focus no product reaches: the nearest industry of any kind
        assert analysis.explain(graph, "propylene", ["no-such-industry"]) == _whole_search_path(
            analysis, graph, "propylene", ["no-such-industry"]
        )
