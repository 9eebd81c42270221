"""Mass balance: exact numbers on a hand-built chain, the same numbers from files and Neo4j."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from neo4j import Driver

from chain_graph.analysis.balance import ProductBalance, balance
from chain_graph.analysis.inputs import ChainInputs, Player, ProcessInfo, ProductInfo, Scope
from chain_graph.vocabulary import PlayerKind, ProjectStatus, Tier

from .conftest import SEED, RunningServer, invoke_cli

SCOPE = Scope("park", "park", "测试园区", ("park",))


def plant(pid: str, capacity: float | None, status: str = "operating", process: str | None = None) -> Player:
    kind = PlayerKind.ENTERPRISE if status == "operating" else PlayerKind.PROJECT
    return Player(pid, pid, kind, ProjectStatus(status), capacity, process=process)


def product(pid: str, tier: Tier = Tier.INTERMEDIATE, byproduct: bool = False) -> ProductInfo:
    return ProductInfo(pid, pid, None, ("C3",), tier, byproduct=byproduct)


PRODUCTS = {
    p.id: p
    for p in (
        product("propane", Tier.FEEDSTOCK),
        product("propylene"),
        product("hydrogen", byproduct=True),
        product("h2o2"),
        product("po"),
        product("pp", Tier.MATERIAL),
        product("polyol", Tier.MATERIAL),
    )
}
PROCESSES = {
    p.id: p
    for p in (
        ProcessInfo(
            "pdh", "PDH", ("propane",), ("hydrogen", "propylene"), {"propane": 1.2}, {"hydrogen": 0.067}
        ),
        ProcessInfo("poly", "PP", ("propylene",), ("pp",), {"propylene": 1.0}),
        ProcessInfo("hppo", "HPPO", ("h2o2", "propylene"), ("po",), {"propylene": 0.8, "h2o2": 0.6}),
        ProcessInfo("chpo", "chlorohydrin", ("propylene",), ("po",), {"propylene": 0.85}),
        ProcessInfo("pol", "polyol", ("po",), ("polyol",)),  # no ratio known
    )
}


def inputs(**producers: tuple[Player, ...]) -> ChainInputs:
    consumers = producers.pop("consumers", {})
    return ChainInputs(
        SCOPE, PRODUCTS, PROCESSES, {}, {}, local_producers=producers, local_consumers=consumers
    )  # type: ignore[arg-type]


def rows(chain: ChainInputs, scenario: str = "committed") -> dict[str, ProductBalance]:
    return {row.id: row for row in balance(chain, scenario)}


def test_supply_demand_and_balance_on_a_known_chain() -> None:
    chain = inputs(
        propylene=(plant("pdh-co", 660_000.0),),
        pp=(plant("pp-co", 450_000.0),),
        po=(plant("po-co", 200_000.0, process="hppo"),),
    )
    result = rows(chain)
    propylene = result["propylene"]
    assert propylene.supply_t_per_year == 660_000.0
    assert propylene.demand_t_per_year == pytest.approx(450_000.0 + 0.8 * 200_000.0)
    assert propylene.balance_t_per_year == pytest.approx(50_000.0)
    assert propylene.self_sufficiency == pytest.approx(660_000 / 610_000)
    assert propylene.complete
    assert result["propane"].demand_t_per_year == pytest.approx(792_000.0)  # 1.2 t/t
    assert result["hydrogen"].supply_t_per_year == pytest.approx(0.067 * 660_000.0)  # co-product
    assert result["h2o2"].demand_t_per_year == pytest.approx(120_000.0)
    assert {f.player.id for f in propylene.demand} == {"pp-co", "po-co"}


def test_missing_figures_are_named_and_not_guessed() -> None:
    chain = inputs(
        po=(plant("po-unknown-route", 100_000.0),),  # two PO routes, none stated
        polyol=(plant("polyol-co", 50_000.0),),  # the polyol process has no ratio
        pp=(plant("pp-no-capacity", None),),
    )
    result = rows(chain)
    assert result["po"].supply_t_per_year == 100_000.0 and result["po"].demand_t_per_year == 0.0
    assert "po-unknown-route: route unknown, so its inputs are not counted" in result["po"].unknown
    assert "polyol-co: uses it for polyol, ratio unknown" in result["po"].unknown
    assert "pp-no-capacity: capacity unknown" in result["pp"].unknown
    assert "pp-no-capacity: uses it for pp, capacity unknown" in result["propylene"].unknown
    assert (
        not result["po"].complete and "propylene" in result and result["propylene"].demand_t_per_year == 0.0
    )


def test_scenario_decides_who_counts() -> None:
    chain = inputs(propylene=(plant("pdh-co", 600_000.0),), pp=(plant("pp-project", 300_000.0, "signed"),))
    assert rows(chain, "operating")["propylene"].demand_t_per_year == 0.0
    assert rows(chain, "committed")["propylene"].demand_t_per_year == 300_000.0


def test_deliveries_count_once() -> None:
    """A customer whose need follows from its own plant is not counted again for its delivery."""
    customer = plant("pp-co", 100_000.0)
    other = plant("trader", 30_000.0)
    chain = inputs(pp=(customer,), consumers={"propylene": (customer, other)})
    demand = rows(chain)["propylene"]
    assert demand.demand_t_per_year == pytest.approx(130_000.0)
    assert [f.how for f in demand.demand if f.player.id == "trader"] == ["supplied"]


def test_a_by_product_stated_on_its_own_is_not_counted_twice_nor_fed() -> None:
    pdh = plant("pdh-co", 600_000.0)
    chain = inputs(propylene=(pdh,), hydrogen=(plant("pdh-co", 45_000.0),))
    result = rows(chain)
    assert result["hydrogen"].supply_t_per_year == 45_000.0  # the stated figure, not 0.067 × 600,000 too
    assert result["propane"].demand_t_per_year == pytest.approx(720_000.0)  # fed once, for propylene


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=1.0, max_value=1e7), st.floats(min_value=0.0, max_value=1e7))
def test_more_capacity_never_lowers_supply_or_raises_it_unevenly(base: float, extra: float) -> None:
    before = rows(inputs(propylene=(plant("a", base),), pp=(plant("b", base),)))
    after = rows(inputs(propylene=(plant("a", base + extra),), pp=(plant("b", base),)))
    assert after["propylene"].supply_t_per_year == pytest.approx(
        before["propylene"].supply_t_per_year + extra
    )
    assert after["propylene"].balance_t_per_year >= before["propylene"].balance_t_per_year


def test_balance_cli_formats_from_files() -> None:
    as_json = invoke_cli("balance", "--from", "files", "--data", str(SEED), "--format", "json")
    assert as_json.code == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["scope"]["id"] == "quangang-petrochemical-park" and data["scenario"] == "committed"
    by_id = {p["product"]: p for p in data["products"]}
    assert by_id["propylene"]["supply_t_per_year"] > 0
    as_csv = invoke_cli("balance", "--from", "files", "--data", str(SEED), "--format", "csv")
    assert as_csv.code == 0 and as_csv.stdout.splitlines()[0].startswith(
        "product,name,name_en,supply_t_per_year"
    )
    table = invoke_cli("balance", "--from", "files", "--data", str(SEED))
    assert table.code == 0 and "Mass balance" in table.stdout


@pytest.mark.neo4j
def test_same_balance_from_files_and_from_neo4j(neo4j_server: RunningServer, driver: Driver) -> None:
    assert invoke_cli("load", "--data", str(SEED), env=neo4j_server.env).code == 0
    for scope in (["--park", "quangang-petrochemical-park"], ["--region", "quangang"]):
        for scenario in ("operating", "committed", "all"):
            args = ["balance", *scope, "--scenario", scenario, "--format", "json"]
            files = invoke_cli(*args, "--from", "files", "--data", str(SEED))
            neo4j = invoke_cli(*args, env=neo4j_server.env)
            assert files.code == neo4j.code == 0, files.stderr + neo4j.stderr
            assert files.stdout == neo4j.stdout, (scope, scenario)
