"""synth --products: a deep synthetic catalogue that validates and that the analysis reads."""

from __future__ import annotations

from pathlib import Path

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.analysis.study import study
from chain_graph.sources import FileSource

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
