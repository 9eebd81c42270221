"""Reading and validating seed data: exact FILE:LINE: ID errors, JSON Schema, export."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from chain_graph import dataset as ds
from chain_graph.dataset import keystore, parallel
from chain_graph.errors import ChainGraphError
from chain_graph.model import seed_json_schema
from chain_graph.store.loader import plan_batches

from .conftest import REPO, SEED, clean_env, dataset_json, invoke_cli, run_cli

FIXTURES = Path(__file__).parent / "fixtures"
INVALID = FIXTURES / "invalid"

# One broken fixture per kind of problem: (file, line, entry id, part of the message).
EXPECTED = [
    ("bad-date.yaml", 7, "rubber-project", "signed_date: '2021-10-32' is not an ISO 8601 date"),
    ("bad-id.yaml", 4, "Fuxiang Chemical", "is not a valid id: use a lowercase slug"),
    ("bad-unit.yaml", 11, "PRODUCES(fuxiang->br)", "capacity_t_per_year: Input should be a valid number"),
    ("dangling-reference.yaml", 6, "LOCATED_IN(fuxiang->no-such-park)", "end 'no-such-park' is not a known"),
    ("duplicate-id.yaml", 5, "fuxiang", "duplicate id (first defined at"),
    ("duplicate-key.yaml", 6, "fuxiang", "duplicate key 'name'"),
    ("duplicate-relationship.yaml", 8, "SUPPLIES(frep->fuxiang)", "duplicate relationship (first at"),
    ("empty.yaml", 1, "-", "empty file"),
    ("malformed.yaml", 5, "-", "malformed YAML"),
    ("missing-provenance.yaml", 4, "fuxiang", "missing required field 'source'"),
    ("missing-text-file.yaml", 2, "doc-gone", "text_file 'missing.txt': cannot be read"),
    ("provenance-not-parallel.yaml", 4, "fuxiang", "must be parallel lists of the same length"),
    ("source-ref-not-parallel.yaml", 4, "fuxiang", "source_ref must be parallel to source"),
    ("quote-not-verbatim.yaml", 7, "fuxiang", "quote is not a verbatim part of document 'doc-mini'"),
    ("unknown-enum.yaml", 6, "rubber-project", "status: Input should be 'intended', 'signed'"),
    ("unknown-field.yaml", 6, "fuxiang", "unknown field 'capacity_wan_t'"),
    ("unknown-section.yaml", 3, "-", "unknown section 'enterprise'"),
    ("unreadable.yaml", 1, "-", "cannot read file"),
    ("wrong-endpoint-type.yaml", 8, "LOCATED_IN(fuxiang->br)", "LOCATED_IN cannot end at a Product ('br')"),
    # Hostile or careless input: the same bounded, located refusal as a typo.
    ("anchors.yaml", 4, "-", "anchors and aliases (&name, *name, <<) are not allowed"),
    ("billion-laughs.yaml", 1, "-", "anchors and aliases (&name, *name, <<) are not allowed"),
    ("infinite-capacity.yaml", 11, "PRODUCES(fuxiang->br)", "capacity_t_per_year: Input should be a finite"),
    ("nan-indicator.yaml", 7, "projects-signed", "value: Input should be a finite number (got nan)"),
    ("huge-integer.yaml", 7, "rubber-project", "investment_cny: Input should be less than or equal to"),
    ("thousands-of-digits.yaml", 7, "-", "a number of thousands of digits"),
    ("self-loop.yaml", 6, "PART_OF(quangang-park->quangang-park)", "cannot start and end at the same node"),
    (
        "part-of-cycle.yaml",
        9,
        "PART_OF(quangang->quangang-park)",
        "PART_OF cycle quangang → quangang-park → quangang",
    ),
    ("impossible-date.yaml", 7, "rubber-project", "'2021-02-30' is not a day of the calendar"),
    ("text-file-outside.yaml", 2, "doc-mini", "text_file '/etc/passwd': is outside the dataset folder"),
    ("text-file-escape.yaml", 2, "doc-mini", "text_file '../../../pyproject.toml': is outside the dataset"),
    ("complex-key.yaml", 2, "-", "a key must be plain text"),
]


def test_a_text_file_that_is_not_a_regular_file_is_refused_unread(tmp_path: Path) -> None:
    """A pipe inside the dataset folder would block a reader forever; it is refused unopened."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "docs.yaml").write_text(
        "documents:\n  - {id: doc-pipe, name: 管道, text_file: pipe.txt}\n", encoding="utf-8"
    )
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(tmp_path)
    [problem] = caught.value.problems
    assert "text_file 'pipe.txt': is not a regular file" in problem.message


def test_a_yaml_file_linked_from_outside_the_dataset_is_not_read(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "valid", tmp_path / "data")
    (tmp_path / "data" / "hosts.yaml").symlink_to("/etc/hosts")
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(tmp_path / "data")
    [problem] = caught.value.problems
    assert problem.file.endswith("hosts.yaml") and "outside the dataset folder" in problem.message


def test_a_huge_value_is_quoted_short_in_its_message(tmp_path: Path) -> None:
    huge = "x" * 1_000_000
    (tmp_path / "big.yaml").write_text(f"enterprises:\n  - {{id: {huge}, name: 大}}\n", encoding="utf-8")
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(tmp_path)
    assert caught.value.problems
    assert all(len(str(p)) < 1_000 for p in caught.value.problems)


def test_every_invalid_fixture_is_covered() -> None:
    assert {name for name, *_ in EXPECTED} == {p.name for p in INVALID.glob("*.yaml")}


@pytest.mark.parametrize(("name", "line", "entry", "message"), EXPECTED, ids=[e[0] for e in EXPECTED])
def test_invalid_fixture_reports_file_line_and_id(name: str, line: int, entry: str, message: str) -> None:
    path = INVALID / name
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(path)
    problems = caught.value.problems
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    assert (problem.file, problem.where, problem.entry) == (str(path), line, entry)
    assert message in problem.message
    assert str(problem).startswith(f"{path}:{line}: {entry}: ")


def test_all_problems_are_reported_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "data"  # the fixtures cite source.txt beside them
    folder.mkdir()
    for name in ("bad-date.yaml", "unknown-field.yaml", "malformed.yaml"):
        shutil.copy(INVALID / name, folder / name)
    shutil.copy(INVALID / "source.txt", folder / "source.txt")
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(folder)
    files = {Path(p.file).name for p in caught.value.problems}
    assert files == {"bad-date.yaml", "unknown-field.yaml", "malformed.yaml"}


def test_validate_cli_prints_problems_and_exits_2() -> None:
    result = run_cli("validate", "--data", str(INVALID / "bad-unit.yaml"), env=clean_env())
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[0].startswith(
        f"{INVALID / 'bad-unit.yaml'}:11: PRODUCES(fuxiang->br): "
    )
    assert "nothing was written" in result.stderr


def test_validate_cli_summarises_valid_data() -> None:
    result = invoke_cli("validate", "--data", str(FIXTURES / "valid"))
    assert result.code == 0, result.stderr
    assert "valid — 8 nodes, 5 relationships" in result.stdout
    assert "Enterprise 2" in result.stdout and "PRODUCES 2" in result.stdout


def test_missing_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = invoke_cli("validate", "--data", str(tmp_path / "nope"))
    assert result.code == 2
    assert "no such folder or file" in result.stderr


def test_the_shipped_seed_validates() -> None:
    counts = ds.validate(SEED).counts
    assert counts["Document"] >= 3
    assert counts["Park"] >= 5


def test_dates_stay_text_and_money_stays_exact(tmp_path: Path) -> None:
    (tmp_path / "p.yaml").write_text(
        "documents:\n  - {id: d, name: 文, text_file: t.txt}\n"
        "projects:\n  - {id: p, name: 项目, status: signed, signed_date: 2021-10-18,"
        " investment_cny: 96050000000, source: d, quote: 总投资960.5亿元, confidence: stated}\n",
        encoding="utf-8",
    )
    (tmp_path / "t.txt").write_text("总投资960.5亿元", encoding="utf-8")
    project = ds.load(tmp_path).by_id()["p"]
    assert project.properties()["signed_date"] == "2021-10-18"
    assert project.properties()["investment_cny"] == 96_050_000_000


def test_properties_are_flat_and_omit_absent_values() -> None:
    dataset = ds.load(FIXTURES / "valid")
    for node in dataset.nodes:
        for value in node.properties().values():
            assert value is not None
            assert isinstance(value, str | int | float | bool | list)
            if isinstance(value, list):
                assert all(isinstance(item, str | int | float | bool) for item in value)
    park = dataset.by_id()["quangang-park"].properties()
    assert "aliases" not in park and "notes" not in park
    assert park["source"] == ["doc-mini"] and park["confidence"] == ["stated"]


def test_json_schema_in_schema_folder_is_up_to_date() -> None:
    stored = json.loads((REPO / "schema" / "seed.schema.json").read_text(encoding="utf-8"))
    assert stored == seed_json_schema(), (
        "regenerate: chain-graph schema json-schema --out schema/seed.schema.json"
    )


def test_export_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    first = dataset_json(ds.load(SEED))
    assert dataset_json(ds.load(SEED)) == first
    exported = tmp_path / "seed.json"
    exported.write_text(first, encoding="utf-8")
    assert dataset_json(ds.load(exported)) == first
    document = json.loads(first)
    assert set(document) == {"nodes", "relationships"}
    ids = [n["id"] for n in document["nodes"]]
    assert ids == sorted(ids)
    for node in document["nodes"]:
        assert set(node) == {"id", "labels", "properties"}
        assert "id" not in node["properties"]
    for rel in document["relationships"]:
        assert set(rel) == {"type", "start", "end", "properties"}


def test_export_cli_writes_the_same_json(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    result = invoke_cli(
        "export", "--from", "files", "--data", str(SEED), "--format", "json", "--out", str(out)
    )
    assert result.code == 0, result.stderr
    assert out.read_text(encoding="utf-8") == dataset_json(ds.load(SEED))


def test_json_input_errors_name_the_json_path(tmp_path: Path) -> None:
    document = json.loads(dataset_json(ds.load(FIXTURES / "valid")))
    document["relationships"][0]["properties"]["capacity_t_per_year"] = "5万吨"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(bad)
    [problem] = caught.value.problems
    assert problem.where == "$.relationships[0].properties.capacity_t_per_year"
    rel = document["relationships"][0]
    assert problem.entry == f"{rel['type']}({rel['start']}->{rel['end']})"


INVALID_JSON = FIXTURES / "invalid-json"


_JSON_CASES = [
    ("nodes-null.json", "$.nodes", "'nodes' must be a list, not null"),
    ("nodes-object.json", "$.nodes", "'nodes' must be a list, not dict"),
    ("relationships-null.json", "$.relationships", "'relationships' must be a list, not null"),
    ("node-not-object.json", "$.nodes[0]", "a node needs 'id', 'labels' and 'properties'"),
    ("label-list.json", "$.nodes[0].labels", "unknown labels [['Enterprise']]"),
    ("duplicate-key.json", "$", "duplicate key 'nodes'"),
    ("deep-nesting.json", "$", "nested too deeply"),
    ("thousands-of-digits.json", "$", "a number of thousands of digits"),
    ("lone-surrogate.json", "$", "text that is not valid Unicode"),
    ("infinite-capacity.json", "$.relationships[0].properties.capacity_t_per_year", "a finite number"),
    (
        "huge-integer.json",
        "$.nodes[1].properties.investment_cny",
        "less than or equal to 9223372036854775807",
    ),
    ("self-loop.json", "$.relationships[0]", "SUPPLIES cannot start and end at the same node"),
    (
        "impossible-date.json",
        "$.nodes[1].properties.signed_date",
        "'2021-02-30' is not a day of the calendar",
    ),
]


@pytest.mark.parametrize("name, where, message", _JSON_CASES)
def test_malformed_json_is_a_problem_at_its_json_path_not_a_crash(
    name: str, where: str, message: str
) -> None:
    with pytest.raises(ds.DatasetError) as caught:
        ds.load(INVALID_JSON / name)
    [problem] = caught.value.problems
    assert (problem.file, problem.where) == (str(INVALID_JSON / name), where)
    assert message in problem.message


def test_every_invalid_json_fixture_is_covered() -> None:
    covered = {name for name, *_ in _JSON_CASES}
    assert covered == {p.name for p in INVALID_JSON.glob("*.json")}


def test_dataset_error_is_a_chain_graph_error_with_exit_code_2() -> None:
    with pytest.raises(ChainGraphError) as caught:
        ds.load(INVALID_JSON / "nodes-null.json")
    assert isinstance(caught.value, ds.DatasetError) and caught.value.exit_code == 2


def test_data_model_doc_lists_every_label_and_relationship_type() -> None:
    from chain_graph.model import LABELS, RelType

    doc = (REPO / "docs" / "data-model.md").read_text(encoding="utf-8")
    for name in [*LABELS, *(t.value for t in RelType)]:
        assert f"| {name} |" in doc, name


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--from", "files", "--format", "json", "--out", "{missing}/x.json"),
        ("export", "--from", "files", "--format", "csv", "--out", "{file}"),
        ("report", "--from", "files", "--out", "{folder}"),
        ("schema", "json-schema", "--out", "{missing}/s.json"),
        ("synth", "--parks", "1", "--enterprises", "1", "--out", "{file}"),
    ],
)
def test_an_output_path_that_cannot_be_written_is_one_line(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    paths = {"missing": str(tmp_path / "missing"), "file": str(tmp_path / "file"), "folder": str(tmp_path)}
    result = invoke_cli(*(arg.format(**paths) for arg in args))
    assert result.code == 1
    assert result.stderr.startswith("error: cannot use ") and len(result.stderr.strip().splitlines()) == 1


def test_a_scope_id_is_quoted_short_in_its_error() -> None:
    result = invoke_cli("gaps", "--from", "files", "--park", "x" * 100_000)
    assert result.code == 1 and "is not a park or region id" in result.stderr and len(result.stderr) < 400


@pytest.mark.parametrize("name", [e[0] for e in EXPECTED])
def test_problems_are_the_same_when_the_kept_ids_are_on_disk(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def problems() -> list[str]:
        with pytest.raises(ds.DatasetError) as caught:
            ds.load(INVALID / name)
        return [str(p) for p in caught.value.problems]

    in_memory = problems()
    monkeypatch.setattr(keystore, "SPILL_THRESHOLD", 1)
    assert problems() == in_memory


def test_the_seed_validates_and_loads_the_same_with_its_ids_on_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> tuple[ds.Validated, list[tuple[str, int]]]:
        with ds.spooled(SEED) as spool:
            batches = [(b.query, len(b.rows)) for b in plan_batches(spool, 50)]
            return spool.validated, batches

    memory, memory_batches = read()
    assert not memory.nodes.on_disk
    monkeypatch.setattr(keystore, "SPILL_THRESHOLD", 10)
    disk, disk_batches = read()
    assert disk.nodes.on_disk and disk.relationships.on_disk
    assert disk.summary() == memory.summary()
    assert [str(w) for w in disk.warnings] == [str(w) for w in memory.warnings]
    assert disk_batches == memory_batches  # relationship batches group by the labels read back
    some = next(iter(memory.relationships))
    assert some in disk.relationships and disk.relationships[some] == memory.relationships[some]
    assert ("PRODUCES", "nobody", "nothing", "") not in disk.relationships


def _read_in_parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every folder read by worker processes from here on, whatever its size or the machine's cores."""
    monkeypatch.setattr(parallel, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)


def test_a_folder_read_in_parallel_gives_the_same_problems_in_the_same_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(INVALID, folder)
    (folder / "hosts.yaml").symlink_to("/etc/hosts")  # a problem found before reading, in its place

    def problems() -> list[str]:
        with pytest.raises(ds.DatasetError) as caught:
            ds.validate(folder)
        return [str(p) for p in caught.value.problems]

    serial = problems()
    assert parallel.parallel_workers(sorted(folder.glob("*.yaml"))) == 0
    _read_in_parallel(monkeypatch)
    assert parallel.parallel_workers(sorted(folder.glob("*.yaml"))) == 2
    assert problems() == serial
    assert len(serial) > len(EXPECTED)  # every fixture's problem, plus the link and cross-file ones


def test_the_seed_read_in_parallel_validates_and_loads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    def read() -> tuple[str, list[str], list[tuple[str, int]], ds.Dataset]:
        with ds.spooled(SEED) as spool:
            batches = [(b.query, len(b.rows)) for b in plan_batches(spool, 50)]
            warnings = [str(w) for w in spool.validated.warnings]
            return spool.validated.summary(), warnings, batches, ds.load(SEED)

    serial = read()
    _read_in_parallel(monkeypatch)
    assert read() == serial


def _worker_dies(*_: object) -> None:
    os._exit(1)  # as when the system kills a worker that ran out of memory


def test_a_worker_that_dies_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _read_in_parallel(monkeypatch)
    monkeypatch.setattr(parallel, "_file_items", _worker_dies)  # forked workers see it too
    with pytest.raises(ChainGraphError, match="a process reading the data stopped") as caught:
        ds.validate(SEED)
    assert not isinstance(caught.value, ds.DatasetError)


def test_a_store_on_disk_reads_its_own_writes_across_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keystore, "_WRITE_BATCH", 3)  # writes go to sqlite every 3 entries
    monkeypatch.setattr(keystore, "_RECENT_READS", 2)  # and remembered reads are soon forgotten
    store = keystore.KeyStore(threshold=1)
    expected: dict[keystore.Key, tuple[str, int]] = {}
    for i in range(20):
        key: keystore.Key = f"id-{i}" if i % 2 else ("PRODUCES", "a", f"p{i}", "")
        assert store.get(key) is None and key not in store  # an absent key, remembered as absent
        store[key] = expected[key] = ("Product", i)
        assert store[key] == ("Product", i)
    store["id-1"] = expected["id-1"] = ("Park", 99)  # an update, not a new entry
    assert store.setdefault("id-3", ("Region", 0)) == ("Product", 3)
    assert store.on_disk and len(store) == len(expected) == 20
    assert {k: store[k] for k in expected} == expected
    assert sorted(store, key=str) == sorted(expected, key=str)
