"""Curation tools: several --data read as one, find, and validation that says what was meant."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from neo4j import Driver

from chain_graph.store.source import Neo4jSource
from tests.conftest import RunningServer, clean_env, invoke_cli

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seed"
VALID = REPO / "tests" / "fixtures" / "valid"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    data = tmp_path / "mini"
    shutil.copytree(VALID, data)
    return data


def test_a_proposal_may_reference_ids_of_the_seed(mini: Path, tmp_path: Path) -> None:
    proposal = write(
        tmp_path / "proposal",
        "p.yaml",
        "relationships:\n"
        "  - {type: SUPPLIES, start: frep, end: fuxiang, key: pipeline, product: butadiene,"
        " source: doc-mini, quote: 丁二烯来自福建联合石化, confidence: reported}\n",
    )
    result = invoke_cli("validate", "--data", str(mini), "--data", str(proposal))
    assert result.code == 0, result.stderr
    assert f"{mini} + {proposal}: valid" in result.stdout
    alone = invoke_cli("validate", "--data", str(proposal))
    assert alone.code == 2 and "start 'frep' is not a known node id" in alone.stderr


def test_a_record_defined_in_two_sources_is_an_error_naming_both(mini: Path, tmp_path: Path) -> None:
    again = write(
        tmp_path / "again",
        "again.yaml",
        "enterprises:\n"
        "  - {id: frep, name: 福建联合石化, source: doc-mini, quote: 福建联合石化, confidence: stated}\n",
    )
    result = invoke_cli("validate", "--data", str(mini), "--data", str(again))
    assert result.code == 2
    assert f"{again}:2: frep: duplicate id (first defined at {mini / 'mini.yaml'}:15)" in result.stderr


def test_gaps_read_several_sources_as_one(mini: Path, tmp_path: Path) -> None:
    proposal = write(
        tmp_path / "proposal",
        "p.yaml",
        "relationships:\n  - {type: LOCATED_IN, start: frep, end: quangang-park, source: doc-mini,"
        " quote: 丁二烯来自福建联合石化, confidence: inferred}\n",
    )
    args = ("gaps", "--from", "files", "--park", "quangang-park", "--format", "json")
    before = json.loads(invoke_cli(*args, "--data", str(mini)).stdout)
    after = json.loads(invoke_cli(*args, "--data", str(mini), "--data", str(proposal)).stdout)
    classes = {p["id"]: p["class"] for p in after["products"]}
    assert {p["id"]: p["class"] for p in before["products"]}["butadiene"] == "missing"
    assert classes["butadiene"] != "missing"  # FREP now stands in the park


def test_a_second_node_with_a_known_name_or_alias_is_a_warning(mini: Path, tmp_path: Path) -> None:
    twice = write(
        tmp_path / "twice",
        "twice.yaml",
        "enterprises:\n"
        "  - {id: frep-2, name: 福建联合石化, source: doc-mini, quote: 福建联合石化, confidence: stated}\n"
        "  - {id: other, name: 某公司, aliases: [福橡化工], source: doc-mini, quote: 福橡化工,"
        " confidence: stated}\n",
    )
    result = invoke_cli("validate", "--data", str(mini), "--data", str(twice))
    assert result.code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2
    assert f"{twice}:2: frep-2: name '福建联合石化' is also on Enterprise 'frep'" in warnings[0]
    assert f"{twice}:3: other: name '福橡化工' is also on Enterprise 'fuxiang'" in warnings[1]


def test_problems_say_what_was_meant(mini: Path) -> None:
    (mini / "source.txt").write_text(
        "泉港石化工业园区是福建的石化基地。福橡化工生产顺丁橡胶,丁二烯来自福建联合石化。", encoding="utf-8"
    )
    write(
        mini,
        "typos.yaml",
        "relationships:\n"
        "  - {type: PRODUCES, start: fuxiang, end: butadiene, capacity_t_per_yr: 5,"
        " source: doc-mini, quote: x, confidence: stated}\n"
        "  - {type: LOCATED_IN, start: frep, end: quangang-prk, source: doc-mni, quote: 福建联合石化,"
        " confidence: stated}\n"
        "  - {type: STORES, start: frep, end: butadiene, source: doc-mini, quote: 福橡化工生產顺丁橡胶,"
        " confidence: stated}\n"
        "  - {type: STORES, start: fuxiang, end: butadiene, source: doc-mini, quote: 丁二烯来自福建石化,"
        " confidence: stated}\n",
    )
    result = invoke_cli("validate", "--data", str(mini))
    assert result.code == 2
    assert "unknown field 'capacity_t_per_yr' (did you mean 'capacity_t_per_year'?)" in result.stderr
    assert "end 'quangang-prk' is not a known node id (did you mean 'quangang-park'?)" in result.stderr
    assert "source 'doc-mni' is not a known document (did you mean 'doc-mini'?)" in result.stderr
    assert "the document writes it in simplified script: '福橡化工生产顺丁橡胶'" in result.stderr
    assert "'丁二烯来自福建石化'; nearest passage (78% alike): '" in result.stderr
    assert "丁二烯来自福建联合石化。'" in result.stderr


def test_find_in_files_ranks_names_then_aliases_then_near_names(mini: Path) -> None:
    result = invoke_cli("find", "福橡", "--from", "files", "--data", str(mini), "--format", "json")
    assert result.code == 0, result.stderr
    found = json.loads(result.stdout)
    assert found[0]["id"] == "fuxiang" and found[0]["how"] == "near"
    exact = json.loads(
        invoke_cli("find", "福建聯合石化", "--from", "files", "--data", str(mini), "--format", "json").stdout
    )
    assert exact[0] == {
        "id": "frep",
        "label": "Enterprise",
        "name": "福建联合石化",
        "name_en": "",
        "matched": "福建联合石化",
        "how": "name",
        "score": 1.0,
    }
    nothing = invoke_cli("find", "完全无关的名字", "--from", "files", "--data", str(mini))
    assert nothing.code == 0 and "is named like" in nothing.stderr


def test_find_in_neo4j_uses_the_full_text_index_and_takes_text_literally(
    seeded: Driver, neo4j_server: RunningServer
) -> None:
    source = Neo4jSource(seeded)
    assert source.find("guoheng-chemical")[0].how == "id"
    hits = [m.id for m in source.find("国亨化学")]
    assert "guoheng-chemical" in hits[:3]
    assert source.find("PO/SM (") is not None  # Lucene operators are escaped, not a syntax error
    result = invoke_cli("find", "环氧丙烷", "--format", "json", env=neo4j_server.env)
    assert result.code == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == "propylene-oxide"


def test_data_without_from_reads_the_files_even_when_neo4j_is_up(
    seeded: Driver, neo4j_server: RunningServer, mini: Path, tmp_path: Path
) -> None:
    write(
        mini,
        "extra.yaml",
        "enterprises:\n"
        "  - {id: only-in-files, name: 福橡化工新材料, source: doc-mini, quote: 福橡化工生产顺丁橡胶,"
        " confidence: stated}\n",
    )
    env = neo4j_server.env  # Neo4j is up and holds seed/, where no such enterprise is

    def first(*args: str) -> str | None:
        result = invoke_cli("find", "福橡化工新材料", "--format", "json", *args, env=env)
        assert result.code == 0, result.stderr
        hits = json.loads(result.stdout)
        return str(hits[0]["id"]) if hits else None

    assert first("--data", str(mini)) == "only-in-files"
    assert first() != "only-in-files"
    assert first("--from", "neo4j", "--data", str(mini)) != "only-in-files"
    down = invoke_cli("find", "福橡", env=clean_env(CHAIN_GRAPH_HOME=str(tmp_path / "no-server")))
    assert down.code == 1
    assert "the managed server is not running" in down.stderr and "--from files" in down.stderr


def test_a_dataset_source_takes_locators_and_long_texts_are_checked_in_one_pass(tmp_path: Path) -> None:
    long_text = "泉港石化工业园区是福建的石化基地。" * 5000 + "福橡化工生产顺丁橡胶。"
    write(tmp_path, "long.txt", long_text)
    data = write(
        tmp_path,
        "data.yaml",
        "documents:\n"
        "  - {id: doc-long, name: 长文, text_file: long.txt}\n"
        "  - {id: doc-list, name: 企业名录, kind: dataset, version: '2024'}\n"
        "enterprises:\n"
        "  - {id: a, name: 甲, source: doc-list, quote: 'list.csv:12', confidence: reported}\n"
        "  - {id: b, name: 乙, source: doc-long, quote: 福橡化工生产顺丁橡胶, confidence: stated}\n"
        "  - {id: c, name: 丙, source: doc-long, quote: 福橡化工生产丁苯橡胶, confidence: stated}\n",
    )
    result = invoke_cli("validate", "--data", str(data))
    assert result.code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith(str(data))]
    assert len(problems) == 1, result.stderr  # the locator is not a quote; b's quote is found
    assert problems[0].startswith(f"{data}:7: c: quote is not a verbatim part of document 'doc-long'")
    textless = write(tmp_path / "t", "t.yaml", "documents:\n  - {id: doc-x, name: 无文}\n")
    result = invoke_cli("validate", "--data", str(textless))
    assert result.code == 2 and "a text document needs its text" in result.stderr


def test_an_ingest_json_proposal_validates_with_the_seed(tmp_path: Path) -> None:
    # The JSON that `ingest --format json` writes lists updates, mentions and facts beside its
    # records: `validate` reads past those lists and checks the records against the seed.
    article = write(tmp_path, "a.txt", "甲乙智能包装产业园在泉港开工建设,总投资10亿元。\n")
    proposal = tmp_path / "p.json"
    made = invoke_cli("ingest", str(article), "--data", str(SEED), "--format", "json", "--out", str(proposal))
    assert made.code == 0, made.stderr
    assert {"updates", "mentions"} <= set(json.loads(proposal.read_text(encoding="utf-8")))
    result = invoke_cli("validate", "--data", str(SEED), "--data", str(proposal))
    assert result.code == 0, result.stderr
    assert f"{SEED} + {proposal}: valid" in result.stdout
    # …but a key that is neither a section nor one of ingest's lists is still refused
    shape = json.loads(proposal.read_text(encoding="utf-8"))
    shape["relationship"] = shape.pop("relationships")
    misspelt = write(tmp_path, "misspelt.json", json.dumps(shape, ensure_ascii=False))
    refused = invoke_cli("validate", "--data", str(SEED), "--data", str(misspelt))
    assert refused.code == 2 and "expected an object with 'nodes' and 'relationships'" in refused.stderr
