"""The interchange JSON checked in bulk: the same answer as the precise path on valid files, and
out of the way (``None``, nothing handed on) whenever the precise path would find a problem."""

from __future__ import annotations

import gc
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from chain_graph import dataset as ds
from chain_graph import synth
from chain_graph.dataset import checks, json_bulk, keystore
from chain_graph.dataset.collector import collector_paused
from chain_graph.dataset.json_reader import read_json_file
from chain_graph.errors import ChainGraphError
from chain_graph.store.bulk import ImportFiles

from .conftest import SEED, dataset_json
from .test_bulk_files import Row, import_rows

FIXTURES = Path(__file__).parent / "fixtures"
VALID = FIXTURES / "valid"


def _precise(path: Path) -> tuple[list[checks.Record], checks.Validated]:
    """What the entry-by-entry path gives (raises :class:`ds.DatasetError` as it does)."""
    problems: list[ds.Problem] = []
    records: list[checks.Record] = []
    validated = checks.check(read_json_file(path, str(path), problems), problems, records.append)
    return records, validated


def _bulk(path: Path) -> tuple[list[checks.Record], checks.Validated] | None:
    records: list[checks.Record] = []
    validated = json_bulk.checked(path, str(path), records.append)
    if validated is None:
        assert records == [], "nothing may be handed on when the bulk path steps aside"
        return None
    return records, validated


def _stores(validated: checks.Validated) -> tuple[dict[Any, Any], dict[Any, Any]]:
    return (
        {key: validated.nodes[key] for key in validated.nodes},
        {key: validated.relationships[key] for key in validated.relationships},
    )


def _assert_same(path: Path) -> None:
    fast = _bulk(path)
    assert fast is not None, "a valid export takes the bulk path"
    records, validated = _precise(path)
    assert fast[0] == records
    assert fast[1].counts == validated.counts
    assert fast[1].warnings == validated.warnings
    assert _stores(fast[1]) == _stores(validated)


@pytest.fixture
def workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every export, however small, validated by worker processes in small chunks, its keys
    counted by another."""
    monkeypatch.setattr(json_bulk, "WORKERS_MIN_RECORDS", 0)
    monkeypatch.setattr(json_bulk, "_MIN_CHUNK", 10)
    monkeypatch.setattr(json_bulk, "_COUNT_APART_BYTES", 0)


def _in_workers(path: Path, folder: Path) -> tuple[Counter[Row], checks.Validated] | None:
    """The bulk path with worker processes writing import files (use with the ``workers`` fixture)."""
    folder.mkdir()
    with ImportFiles(folder) as files:
        validated = json_bulk.checked(path, str(path), files)
        if validated is None:
            assert list(folder.iterdir()) == [], "the parts the workers wrote are thrown away"
            return None
        assert any(".part" in a for a in files.arguments()), "the records were checked in parts"
        return import_rows(files), validated


def _rows_of(records: list[checks.Record], folder: Path) -> Counter[Row]:
    folder.mkdir()
    with ImportFiles(folder) as files:
        for record in records:
            files.add(record)
        return import_rows(files)


def _assert_same_in_workers(path: Path, tmp_path: Path) -> None:
    fast = _in_workers(path, tmp_path / "workers")
    assert fast is not None, "a valid export takes the bulk path"
    records, validated = _precise(path)
    assert fast[0] == _rows_of(records, tmp_path / "one-process")
    assert fast[1].counts == validated.counts
    assert fast[1].warnings == validated.warnings
    assert _stores(fast[1]) == _stores(validated)
    only_checked = json_bulk.checked(path, str(path), None)  # validate: nothing kept
    assert only_checked is not None and _stores(only_checked) == _stores(validated)


def _seed_with_a_shared_name() -> str:
    """The seed's export with one alias on two products (丁辛醇, the word for both): a warning."""
    document = json.loads(dataset_json(ds.load(SEED)))
    for node in document["nodes"]:
        if node["id"] in ("n-butanol", "2-ethylhexanol"):
            node["properties"]["aliases"] = [*node["properties"].get("aliases", []), "丁辛醇"]
    return json.dumps(document, ensure_ascii=False)


def test_the_seed_export_gives_the_same_records_counts_ids_and_warnings(tmp_path: Path) -> None:
    exported = tmp_path / "seed.json"
    exported.write_text(_seed_with_a_shared_name(), encoding="utf-8")
    _assert_same(exported)
    assert _precise(exported)[1].warnings, "a name two nodes share: warnings compared"


@pytest.mark.usefixtures("workers")
def test_worker_processes_give_the_same_import_rows_counts_ids_and_warnings(tmp_path: Path) -> None:
    exported = tmp_path / "seed.json"
    exported.write_text(_seed_with_a_shared_name(), encoding="utf-8")
    _assert_same_in_workers(exported, tmp_path)


def test_a_synthetic_export_past_the_disk_threshold_gives_the_same_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synth.generate(ds.load(SEED), parks=20, enterprises=1500, seed=3, out=tmp_path / "data")
    exported = tmp_path / "synth.json"
    exported.write_text(dataset_json(ds.load(tmp_path / "data")), encoding="utf-8")
    monkeypatch.setattr(keystore, "SPILL_THRESHOLD", 1000)
    _assert_same(exported)
    assert _precise(exported)[1].relationships.on_disk  # compared with the ids it keeps on disk
    assert len(_precise(exported)[0]) >= json_bulk.WORKERS_MIN_RECORDS  # large enough for workers:
    _assert_same_in_workers(exported, tmp_path)


def _valid_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(dataset_json(ds.load(VALID)))
    return document


def _node(document: dict[str, Any], node_id: str) -> dict[str, Any]:
    found: dict[str, Any] = next(n for n in document["nodes"] if n["id"] == node_id)
    return found


def _rel(document: dict[str, Any], type_: str) -> dict[str, Any]:
    found: dict[str, Any] = next(r for r in document["relationships"] if r["type"] == type_)
    return found


def _duplicate_node(d: dict[str, Any]) -> None:
    d["nodes"].append(json.loads(json.dumps(_node(d, "fuxiang"))))


def _duplicate_relationship(d: dict[str, Any]) -> None:
    d["relationships"].append(json.loads(json.dumps(_rel(d, "SUPPLIES"))))


def _relationship_twice_behind_its_properties(d: dict[str, Any]) -> None:
    copy = json.loads(json.dumps(_rel(d, "SUPPLIES")))
    copy["properties"]["start"], copy["start"] = copy["start"], "someone-else"  # the properties win
    d["relationships"].append(copy)


def _dangling_end(d: dict[str, Any]) -> None:
    _rel(d, "LOCATED_IN")["end"] = "no-such-park"


def _wrong_end_label(d: dict[str, Any]) -> None:
    _rel(d, "LOCATED_IN")["end"] = "br"


def _product_not_a_product(d: dict[str, Any]) -> None:
    _rel(d, "SUPPLIES")["properties"]["product"] = "fujian"


def _unknown_source(d: dict[str, Any]) -> None:
    _node(d, "fuxiang")["properties"]["source"] = ["doc-gone"]


def _quote_not_verbatim(d: dict[str, Any]) -> None:
    _rel(d, "PART_OF")["properties"]["quote"] = ["福建的化工基地"]


def _chain_code_twice(d: dict[str, Any]) -> None:
    chain = json.loads(json.dumps(_node(d, "c4")))
    chain["id"] = "c4-again"
    d["nodes"].append(chain)


def _undefined_chain(d: dict[str, Any]) -> None:  # a warning, not an error
    _node(d, "br")["properties"]["chains"] = ["C9"]


def _part_of_cycle(d: dict[str, Any]) -> None:
    d["nodes"].append(
        {
            "id": "fujian-north",
            "labels": ["Region"],
            "properties": {**_node(d, "fujian")["properties"], "name": "闽北"},
        }
    )
    back = json.loads(json.dumps(_rel(d, "PART_OF")))
    d["relationships"] += [
        {**back, "start": "fujian", "end": "fujian-north"},
        {**back, "start": "fujian-north", "end": "quangang-park"},
    ]


def _shared_name(d: dict[str, Any]) -> None:  # a warning
    _node(d, "frep")["properties"]["aliases"] = ["福橡化工"]


def _extra_top_key(d: dict[str, Any]) -> None:  # the precise path ignores it; the bulk path steps aside
    _node(d, "frep")["comment"] = "x"


def _nested_object(d: dict[str, Any]) -> None:
    _node(d, "frep")["properties"]["notes"] = {"text": "x"}


def _id_in_properties(d: dict[str, Any]) -> None:  # the properties' id wins on both paths
    _node(d, "frep")["properties"]["id"] = "frep"


def _other_id_in_properties(d: dict[str, Any]) -> None:  # the node is "frep-2", its links dangle
    _node(d, "frep")["properties"]["id"] = "frep-2"


def _unknown_label(d: dict[str, Any]) -> None:
    _node(d, "frep")["labels"] = ["Firm"]


def _unknown_field(d: dict[str, Any]) -> None:
    _node(d, "frep")["properties"]["capacity_wan_t"] = 5


MUTATIONS: list[Callable[[dict[str, Any]], None]] = [
    _duplicate_node,
    _duplicate_relationship,
    _relationship_twice_behind_its_properties,
    _dangling_end,
    _wrong_end_label,
    _product_not_a_product,
    _unknown_source,
    _quote_not_verbatim,
    _chain_code_twice,
    _undefined_chain,
    _part_of_cycle,
    _shared_name,
    _extra_top_key,
    _nested_object,
    _id_in_properties,
    _other_id_in_properties,
    _unknown_label,
    _unknown_field,
]


@pytest.mark.parametrize("in_workers", [False, True], ids=["one process", "workers"])
@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__.strip("_"))
def test_a_file_the_precise_path_refuses_or_warns_about_is_left_to_it(
    mutate: Callable[[dict[str, Any]], None],
    in_workers: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    document = _valid_document()
    mutate(document)
    path = tmp_path / "mutated.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    if in_workers:
        monkeypatch.setattr(json_bulk, "WORKERS_MIN_RECORDS", 0)
    fast = _in_workers(path, tmp_path / "workers") if in_workers else _bulk(path)
    try:
        records, validated = _precise(path)
    except ds.DatasetError:
        assert fast is None
        return
    if mutate in (_undefined_chain, _extra_top_key):
        assert fast is None  # a chain warning, a key it does not know: not its business
    elif mutate is _shared_name:
        assert fast is not None and fast[1].warnings == validated.warnings != ()
    else:
        expected = _rows_of(records, tmp_path / "one-process") if in_workers else records
        assert fast is not None and fast[0] == expected, mutate.__name__


# Text-level shapes: keys given twice, hidden or not, and the quote characters that could hide them.
_VALID_TEXT_CASES = {
    "compact": lambda text: json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")),
    "escaped quote before a colon in a value": lambda text: text.replace(
        '"福橡化工"', '"福橡化工 \\"A\\": B"', 1
    ),
}
_DUPLICATE_TEXT_CASES = {
    "key twice": lambda text: text.replace('"name": "福橡化工"', '"name": "X", "name": "福橡化工"', 1),
    "key twice, one with a blank before its colon": lambda text: text.replace(
        '"name": "福橡化工"', '"name" : "X", "name": "福橡化工"', 1
    ),
    "key twice, an escaped quote before a colon elsewhere": lambda text: text.replace(
        '"name": "福橡化工"', '"name": "X\\": Y", "name": "福橡化工"', 1
    ),
    "key twice, written with an escape": lambda text: text.replace(
        '"name": "福橡化工"', '"n\\u0061me": "X", "name": "福橡化工"', 1
    ),
}


@pytest.mark.parametrize("case", sorted(_VALID_TEXT_CASES))
def test_quotes_and_colons_in_values_do_not_stop_the_bulk_path(case: str, tmp_path: Path) -> None:
    path = tmp_path / "valid.json"
    path.write_text(_VALID_TEXT_CASES[case](dataset_json(ds.load(VALID))), encoding="utf-8")
    _assert_same(path)


@pytest.mark.parametrize("case", sorted(_DUPLICATE_TEXT_CASES))
def test_a_key_given_twice_is_left_to_the_precise_path(case: str, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    text = dataset_json(ds.load(VALID))
    path.write_text(_DUPLICATE_TEXT_CASES[case](text), encoding="utf-8")
    assert path.read_text(encoding="utf-8") != text
    with pytest.raises(ds.DatasetError, match="duplicate key 'name'"):
        _precise(path)
    assert _bulk(path) is None
    with pytest.raises(ds.DatasetError, match="duplicate key 'name'"):
        ds.validate(path)  # and the public entry point says so, as before


@pytest.mark.usefixtures("workers")
@pytest.mark.parametrize("case", sorted(_DUPLICATE_TEXT_CASES))
def test_a_key_given_twice_stops_the_workers_too(case: str, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text(_DUPLICATE_TEXT_CASES[case](dataset_json(ds.load(VALID))), encoding="utf-8")
    assert _in_workers(path, tmp_path / "workers") is None


def test_every_invalid_json_fixture_is_left_to_the_precise_path() -> None:
    fixtures = sorted((FIXTURES / "invalid-json").glob("*.json"))
    assert len(fixtures) >= 10
    for path in fixtures:
        assert _bulk(path) is None, path.name


def test_keystore_update_in_memory_and_on_disk() -> None:
    store = keystore.KeyStore(threshold=3)
    store.update([("a", ("Park", "f", 1)), ("b", ("Park", "f", 2))])
    assert not store.on_disk and len(store) == 2
    store.update((f"n{i}", ("Product", "f", i)) for i in range(5))
    assert store.on_disk and len(store) == 7 and store["n4"] == ("Product", "f", 4)
    store.update([("a", ("Region", "g", 9)), ("z", ("Park", "f", 3))])  # one update, one new
    assert len(store) == 8 and store["a"] == ("Region", "g", 9) and "z" in store


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError
    assert gc.isenabled()


def _die(*_: object) -> None:
    os._exit(9)  # as if killed (out of memory)


@pytest.mark.usefixtures("workers")
def test_a_worker_that_dies_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "seed.json"
    path.write_text(dataset_json(ds.load(SEED)), encoding="utf-8")
    monkeypatch.setattr(json_bulk, "_part_in_worker", _die)
    with pytest.raises(ChainGraphError, match=r"a process checking the data stopped \(out of memory\?\)"):
        json_bulk.checked(path, str(path), None)


@pytest.mark.usefixtures("workers")
def test_the_keys_are_counted_here_when_the_process_counting_them_dies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "twice.json"
    path.write_text(_DUPLICATE_TEXT_CASES["key twice"](dataset_json(ds.load(VALID))), encoding="utf-8")
    monkeypatch.setattr(json_bulk, "_count_keys_into", _die)
    assert json_bulk.checked(path, str(path), None) is None  # the key given twice is still seen
    path.write_text(dataset_json(ds.load(VALID)), encoding="utf-8")
    assert json_bulk.checked(path, str(path), None) is not None
