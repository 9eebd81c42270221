"""Check before acting: each planted data problem is found, naming its records; a clean chain
gives nothing; products a warning names are answered with low confidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chain_graph import dataset as ds
from chain_graph.analysis.check import check
from chain_graph.analysis.study import study
from chain_graph.sources import FileSource

from .conftest import SEED, invoke_cli

CHECK = Path(__file__).parent / "fixtures" / "check"


def warnings_of(folder: Path) -> dict[str, list[str]]:
    inputs = FileSource.of(ds.load(folder)).chain_inputs("p")
    return {w.id: list(w.records) for w in check(inputs, "committed")}


def test_a_clean_chain_has_no_warning() -> None:
    assert warnings_of(CHECK / "clean") == {}


def test_every_planted_problem_is_found_with_its_records() -> None:
    assert warnings_of(CHECK / "planted") == {
        "receives_makes_nothing:receiver:mid": ["receiver"],
        "no_capacity:nocap:out": ["nocap"],
        "input_not_here:lonely:y": ["lonely"],
        "stale_status:old-project": ["old-project"],
        "shared_name:同名厂": ["lonely", "maker"],
        "figures_differ:maker:mid": ["maker"],
    }


def test_products_named_by_a_warning_have_low_confidence() -> None:
    report = study(FileSource(CHECK / "planted").chain_inputs("p"), "committed").report
    assert report.by_id["out"].confidence == "low"
    assert "no_capacity:nocap:out" in report.by_id["out"].warnings
    clean = study(FileSource(CHECK / "clean").chain_inputs("p"), "committed").report
    assert {g.confidence for g in clean.products} == {"high"}


def test_polyether_polyol_is_not_a_plain_missing_in_the_seed() -> None:
    """佳化, 天骄 and 钟山 take PO here but the data knows nothing they make."""
    report = study(FileSource(SEED).chain_inputs("quangang-petrochemical-park"), "committed").report
    polyol = report.by_id["polyether-polyol"]
    assert polyol.cls == "missing" and polyol.confidence == "low"
    assert {w.split(":")[1] for w in polyol.warnings} >= {"jiahua-chemical", "tianjiao-chemical"}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_check_cli(fmt: str) -> None:
    args = ("check", "--from", "files", "--data", str(CHECK / "planted"), "--park", "p", "--format", fmt)
    result = invoke_cli(*args)
    assert result.code == 0, result.stderr
    if fmt == "json":
        data = json.loads(result.stdout)
        assert data["scope"]["id"] == "p" and len(data["warnings"]) == 6
        assert {"id", "kind", "message", "records", "products"} == set(data["warnings"][0])
    else:
        assert "Check before acting" in result.stdout and "6 warning(s)" in result.stdout
