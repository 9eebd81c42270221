"""Market pull: stated demand (DEMANDS) near the scope, less local supply, scales the downstream score."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from chain_graph.analysis.gaps import Target, analyze
from chain_graph.analysis.inputs import DemandFact, Market, market_of
from chain_graph.model import Relationship
from tests.test_gaps import BASE_PROCESSES, BASE_PRODUCTS, chain, plant

SOURCED = {"source": "doc", "quote": "q", "confidence": "stated"}


def demand(holder: str, product: str, t: float, hops: int | None, date: str | None = None) -> DemandFact:
    return DemandFact(holder, holder.upper(), product, t, hops, date)


def test_the_nearest_region_and_its_latest_figure_win() -> None:
    markets = market_of(
        [
            demand("china", "po", 5e6, 3, "2024"),
            demand("fujian", "po", 4e5, 2, "2019"),
            demand("fujian", "po", 6e5, 2, "2023"),
            demand("fujian", "pp", 1e6, 2),
        ],
        focus=[],
    )
    assert markets["po"] == Market("po", ("FUJIAN",), "region", 6e5, "2023", ())
    assert markets["pp"].t_per_year == 1e6


def test_focus_industries_count_only_where_no_region_states_demand() -> None:
    facts = [
        demand("shoes", "sbs", 2e5, None),
        demand("textiles", "sbs", 1e5, None),
        demand("cars", "sbs", 9e5, None),  # not a focus industry of the scope
        demand("shoes", "pp", 7e4, None),
        demand("china", "pp", 3e7, 4),
    ]
    markets = market_of(facts, focus=["shoes", "textiles"])
    assert markets["sbs"] == Market("sbs", ("SHOES", "TEXTILES"), "industry", 3e5, None, ())
    assert markets["pp"].kind == "region" and markets["pp"].t_per_year == 3e7


def targets_with(markets: dict[str, Market], local_pp: float | None = None) -> dict[str, Target]:
    producers = {"propylene": (plant("pdh-co", capacity=6e5),)}
    if local_pp is not None:
        producers["pp"] = (plant("pp-co", capacity=local_pp),)
    report = analyze(chain(BASE_PRODUCTS, BASE_PROCESSES, producers, markets=markets), "operating")
    return {t.product: t for t in report.targets}


def test_unmet_demand_is_demand_less_local_supply_and_named_in_the_reasons() -> None:
    pp_market = Market("pp", ("中国",), "region", 3e6, "2024", ())
    targets = targets_with({"pp": pp_market}, local_pp=1e5)
    pp = targets["pp"]
    assert pp.unmet_t_per_year == 2.9e6
    assert "中国 demand 300万t/a (2024) − local supply 10万t/a = 290万t/a not met here" in pp.reasons[2]
    assert "no market demand" in targets["po"].reasons[2]


@given(st.floats(min_value=1e3, max_value=1e8), st.floats(min_value=1.01, max_value=100.0))
def test_more_unmet_demand_never_lowers_the_downstream_pull(t: float, factor: float) -> None:
    def pull(tonnes: float) -> float:
        target = targets_with({"po": Market("po", ("中国",), "region", tonnes, None, ())})["po"]
        return target.components["downstream"]

    assert pull(t * factor) >= pull(t)


def test_demand_covered_by_local_supply_gives_no_market_pull() -> None:
    covered = targets_with({"pp": Market("pp", ("中国",), "region", 1e5, None, ())}, local_pp=1e5)
    assert covered["pp"].unmet_t_per_year == 0.0
    assert covered["pp"].components["downstream"] == 0.0


def test_demands_needs_tonnes_and_a_region_or_industry() -> None:
    assert Relationship(type="DEMANDS", start="china", end="pp", demand_t_per_year=1e6, **SOURCED)
    with pytest.raises(ValidationError, match="DEMANDS needs demand_t_per_year"):
        Relationship(type="DEMANDS", start="china", end="pp", **SOURCED)
