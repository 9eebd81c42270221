"""Every source of a fact reaches the outputs, each with its own reference, most trusted first."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from chain_graph.model import Enterprise
from chain_graph.views.tooltips import quotes
from tests.conftest import invoke_cli

VALID = Path(__file__).parent / "fixtures" / "valid"

# The candidate's PRODUCES fact: an inferred reading first in the data, a stated one second.
TWO_SOURCES = (
    "  - {type: PRODUCES, start: frep, end: butadiene, source: [doc-mini, doc-mini],"
    " quote: [丁二烯来自福建联合石化, 福建联合石化], confidence: [inferred, stated],"
    ' source_ref: ["", "[S9]"]}'
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    shutil.copy(VALID / "source.txt", tmp_path / "source.txt")
    text = (VALID / "mini.yaml").read_text(encoding="utf-8")
    one = next(line for line in text.splitlines() if "PRODUCES, start: frep" in line)
    (tmp_path / "mini.yaml").write_text(text.replace(one, TWO_SOURCES), encoding="utf-8")
    return tmp_path


def test_gaps_json_lists_every_source_of_a_candidate_most_trusted_first(data: Path) -> None:
    result = invoke_cli(
        "gaps", "--from", "files", "--data", str(data), "--park", "quangang-park", "--format", "json"
    )
    assert result.code == 0, result.stderr
    targets = {t["product"]: t for t in json.loads(result.stdout)["targets"]}
    frep = next(c for c in targets["butadiene"]["candidates"] if c["id"] == "frep")
    assert frep["evidence"] == [
        {"source": "doc-mini", "quote": "福建联合石化", "confidence": "stated", "source_ref": "[S9]"},
        {"source": "doc-mini", "quote": "丁二烯来自福建联合石化", "confidence": "inferred"},
    ]


def test_report_quotes_every_source_with_its_own_reference(data: Path) -> None:
    result = invoke_cli("report", "--from", "files", "--data", str(data), "--park", "quangang-park")
    assert result.code == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "福建联合石化 (" in line and "“" in line)
    assert line.index("“福建联合石化” [doc-mini [S9], stated]") < line.index(
        "“丁二烯来自福建联合石化” [doc-mini, inferred]"
    )


def test_tooltip_quotes_pair_each_source_with_its_own_reference() -> None:
    props = {
        "source": ["doc-a", "doc-b", "doc-a"],
        "quote": ["guess", "said", "reposted"],
        "confidence": ["inferred", "stated", "reported"],
        "source_ref": ["", "[S30]", "[S2]"],
    }
    shown = quotes(props, {"doc-a": "事实表", "doc-b": "招商文章"})
    assert shown == (
        ("招商文章 [S30]", "said", "stated"),
        ("事实表 [S2]", "reposted", "reported"),
        ("事实表", "guess", "inferred"),
    )


def test_source_ref_is_parallel_to_source() -> None:
    base = {
        "id": "a",
        "name": "甲",
        "source": ["d1", "d2"],
        "quote": ["x", "y"],
        "confidence": ["stated"] * 2,
    }
    assert Enterprise(**base, source_ref=["[S1]", ""]).source_ref == ["[S1]", ""]
    with pytest.raises(ValidationError, match="source_ref must be parallel to source"):
        Enterprise(**base, source_ref="[S1]")
