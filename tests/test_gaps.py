"""Gap analysis on small hand-built chains with known answers, plus invariants (hypothesis)."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from chain_graph.analysis.gaps import Thresholds, analyze, scenario_diff
from chain_graph.analysis.inputs import ChainInputs, Player, ProcessInfo, ProductInfo, Scope
from chain_graph.vocabulary import GapClass, PlayerKind, ProjectStatus, Scenario, Tier

SCENARIOS = list(Scenario)
CLASS_RANK = {GapClass.MISSING: 0, GapClass.WEAK: 1, GapClass.PRESENT: 2}

SCOPE = Scope("park", "park", "测试园区", ("park",))


def product(pid: str, tier: str = "intermediate", chains: tuple[str, ...] = ("C3",)) -> ProductInfo:
    return ProductInfo(pid, pid, None, tuple(chains), Tier(tier))


def process(pid: str, inputs: tuple[str, ...], outputs: tuple[str, ...]) -> ProcessInfo:
    return ProcessInfo(pid, pid, inputs, outputs)


def plant(
    pid: str, status: str = "operating", capacity: float | None = None, kind: str = "enterprise"
) -> Player:
    is_enterprise = status == "operating" and kind == "enterprise"
    return Player(
        pid,
        pid,
        PlayerKind.ENTERPRISE if is_enterprise else PlayerKind.PROJECT,
        ProjectStatus(status),
        capacity,
    )


def chain(
    products: list[ProductInfo],
    processes: list[ProcessInfo],
    producers: dict[str, tuple[Player, ...]],
    **extra: object,
) -> ChainInputs:
    return ChainInputs(
        SCOPE,
        {p.id: p for p in products},
        {p.id: p for p in processes},
        extra.pop("industries", {}),  # type: ignore[arg-type]
        extra.pop("serves", {}),  # type: ignore[arg-type]
        local_producers=producers,
        **extra,  # type: ignore[arg-type]
    )


# propane --PDH--> propylene --poly--> pp ; propylene + h2o2 --HPPO--> po
BASE_PRODUCTS = [
    product("propane", "feedstock"),
    product("propylene"),
    product("h2o2"),
    product("pp", "material"),
    product("po"),
]
BASE_PROCESSES = [
    process("pdh", ("propane",), ("propylene",)),
    process("poly", ("propylene",), ("pp",)),
    process("hppo", ("propylene", "h2o2"), ("po",)),
]


def classes(
    inputs: ChainInputs, scenario: str = "operating", thresholds: Thresholds | None = None
) -> dict[str, str]:
    return {p.id: p.cls for p in analyze(inputs, scenario, thresholds).products}


def test_classes_by_number_of_producers() -> None:
    inputs = chain(
        BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"), plant("b")), "pp": (plant("c"),)}
    )
    assert classes(inputs) == {"propylene": "present", "h2o2": "missing", "po": "missing", "pp": "weak"}


def test_capacity_against_known_demand_decides_over_counts() -> None:
    demand = {
        "propylene": (Player("user", "user", PlayerKind.ENTERPRISE, ProjectStatus.OPERATING, 500_000.0),)
    }
    short = chain(
        BASE_PRODUCTS,
        BASE_PROCESSES,
        {"propylene": (plant("a", capacity=200_000.0), plant("b", capacity=100_000.0))},
        local_consumers=demand,
    )
    assert classes(short)["propylene"] == "weak"  # two producers, but 30万t < 50万t of demand
    covered = chain(
        BASE_PRODUCTS,
        BASE_PROCESSES,
        {"propylene": (plant("a", capacity=600_000.0),)},
        local_consumers=demand,
    )
    assert classes(covered)["propylene"] == "present"  # one producer that covers local demand
    strict = Thresholds(demand_coverage=1.5)
    assert classes(covered, thresholds=strict)["propylene"] == "weak"


def test_all_inputs_of_a_process_are_needed_but_any_route_will_do() -> None:
    # po needs propylene AND h2o2: propylene alone does not feed it.
    only_propylene = chain(BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"),), "po": (plant("p"),)})
    report = analyze(only_propylene, "operating")
    assert report.by_id["po"].feedable is False
    assert [(b.source, b.target, b.kind) for b in report.broken_links if b.target == "po"] == [
        ("h2o2", "po", "import_dependence")
    ]
    # An alternative route from propylene alone (chlorohydrin, here) makes po feedable.
    with_route = chain(
        BASE_PRODUCTS,
        [*BASE_PROCESSES, process("chlorohydrin", ("propylene",), ("po",))],
        {"propylene": (plant("a"),), "po": (plant("p"),)},
    )
    report = analyze(with_route, "operating")
    assert report.by_id["po"].feedable is True
    assert not [b for b in report.broken_links if b.kind == "import_dependence" and b.target == "po"]


def test_feedstocks_are_bought_in_not_broken_links() -> None:
    inputs = chain(BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"),), "pp": (plant("c"),)})
    report = analyze(inputs, "operating")
    assert report.by_id["propylene"].feedable is True  # propane is imported by nature
    assert all(b.source != "propane" for b in report.broken_links)
    [propane] = report.feedstocks
    assert (propane.id, propane.available) == ("propane", False)
    stored = replace(inputs, local_storage={"propane": (plant("cavern"),)})
    assert analyze(stored, "operating").feedstocks[0].available is True


def test_dead_end_is_a_local_product_whose_uses_are_not_made_here() -> None:
    inputs = chain(BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"),)})
    dead = [(b.source, b.target) for b in analyze(inputs, "operating").broken_links if b.kind == "dead_end"]
    assert dead == [("propylene", "po"), ("propylene", "pp")]
    used = chain(BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"),), "pp": (plant("c"),)})
    assert not [
        b for b in analyze(used, "operating").broken_links if b.kind == "dead_end" and b.source == "propylene"
    ]
    # A local customer supplied with the product is a local consumer too.
    customer = chain(
        BASE_PRODUCTS,
        BASE_PROCESSES,
        {"propylene": (plant("a"),)},
        local_consumers={"propylene": (plant("buyer"),)},
    )
    assert not [b for b in analyze(customer, "operating").broken_links if b.kind == "dead_end"]


def test_actions_and_ranking() -> None:
    products = [*BASE_PRODUCTS, product("sap", "material"), product("aa")]
    processes = [
        *BASE_PROCESSES,
        process("oxid", ("propylene",), ("aa",)),
        process("sap-poly", ("aa",), ("sap",)),
    ]
    inputs = chain(
        products,
        processes,
        {"propylene": (plant("a"), plant("b")), "pp": (plant("c"),), "sap": (plant("s"),)},
        industries={"nursing-medical": "护理医疗"},
        serves={"sap": ("nursing-medical",)},
    )
    report = analyze(inputs, "operating")
    actions = {t.product: t.action for t in report.targets}
    assert actions["pp"] == "strengthen"  # weak: one producer
    assert actions["aa"] == "fill"  # missing, and the local sap needs it
    assert actions["po"] == "extend"  # missing, downstream of local propylene, needed by nothing here
    assert actions["h2o2"] == "fill"  # missing, and no local product upstream of it
    # aa is fully fed (propylene) and pulls towards nursing & medical through local sap: it outranks po,
    # whose route lacks h2o2.
    order = [t.product for t in report.targets]
    assert order.index("aa") < order.index("po")
    aa = next(t for t in report.targets if t.product == "aa")
    assert aa.components["upstream"] == 1.0
    assert aa.path == ("propylene", "aa", "sap", "护理医疗")
    assert [t.score for t in report.targets] == sorted((t.score for t in report.targets), reverse=True)


def test_extend_is_downstream_of_local_products_with_no_local_need() -> None:
    inputs = chain(
        BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"), plant("b")), "h2o2": (plant("h"),)}
    )
    actions = {t.product: t.action for t in analyze(inputs, "operating").targets}
    assert actions["pp"] == "extend"
    assert actions["po"] == "extend"
    assert actions["h2o2"] == "strengthen"


def test_scenarios_count_projects_by_status() -> None:
    producers = {
        "propylene": (plant("refinery"),),
        "pp": (plant("pp-project", "signed", kind="project"),),
        "po": (plant("po-project", "intended", kind="project"),),
    }
    inputs = chain(BASE_PRODUCTS, BASE_PROCESSES, producers)
    by_scenario = {s: classes(inputs, s) for s in SCENARIOS}
    assert by_scenario["operating"]["pp"] == "missing"
    assert by_scenario["committed"]["pp"] == "weak"
    assert by_scenario["committed"]["po"] == "missing"
    assert by_scenario["all"]["po"] == "weak"
    operating, committed = analyze(inputs, "operating"), analyze(inputs, "committed")
    [change] = scenario_diff(inputs, operating, committed)
    assert (change.product, change.before, change.after) == ("pp", "missing", "weak")
    assert [p.id for p in change.projects] == ["pp-project"]
    target = next(t for t in operating.targets if t.product == "pp")
    assert [p.id for p in target.closing_projects] == ["pp-project"]
    assert target.components["projects"] == 1.0


def test_completeness_counts_products_and_links_per_chain() -> None:
    c4 = product("butadiene", chains=("C4",))
    inputs = chain(
        [*BASE_PRODUCTS, c4], BASE_PROCESSES, {"propylene": (plant("a"), plant("b")), "pp": (plant("c"),)}
    )
    report = analyze(inputs, "operating")
    c3 = report.completeness["C3"]
    assert (c3.present, c3.weak, c3.missing) == (1, 1, 2)
    assert c3.products == 0.25
    # links: propane→propylene, propylene→pp intact; propylene→po, h2o2→po not.
    assert (c3.links_intact, c3.links_total) == (2, 4)
    assert report.completeness["C4"].missing == 1


def test_thresholds_decide_the_class_and_are_echoed() -> None:
    inputs = chain(BASE_PRODUCTS, BASE_PROCESSES, {"propylene": (plant("a"), plant("b"))})
    assert classes(inputs, "operating")["propylene"] == "present"  # two producers, by default
    report = analyze(inputs, "operating", Thresholds(min_producers_present=3))
    assert report.by_id["propylene"].cls == "weak"
    assert "a single" not in report.by_id["propylene"].reasons[0]
    assert report.thresholds.to_json()["min_producers_present"] == 3


# --- invariants --------------------------------------------------------------------------


STATUSES = ["operating", "under_construction", "fulfilled", "signed", "intended"]


@st.composite
def random_chain(draw: st.DrawFn) -> ChainInputs:
    """A random layered chain: feedstocks, then products fed by processes from earlier layers."""
    count = draw(st.integers(min_value=3, max_value=9))
    ids = [f"p{i}" for i in range(count)]
    tiers = [
        "feedstock" if i < 2 else draw(st.sampled_from(["intermediate", "material"])) for i in range(count)
    ]
    products = [
        product(pid, tier, draw(st.sampled_from([("C3",), ("C4",), ("C3", "C4")])))
        for pid, tier in zip(ids, tiers, strict=True)
    ]
    processes = []
    for i in range(2, count):
        for route in range(draw(st.integers(min_value=0, max_value=2))):
            inputs = tuple(sorted(draw(st.sets(st.sampled_from(ids[:i]), min_size=1, max_size=3))))
            processes.append(process(f"r{i}-{route}", inputs, (ids[i],)))
    producers: dict[str, tuple[Player, ...]] = {}
    for pid in ids:
        players = draw(st.lists(st.sampled_from(STATUSES), max_size=3))
        producers[pid] = tuple(
            plant(f"{pid}-x{k}", status, kind="enterprise" if status == "operating" else "project")
            for k, status in enumerate(players)
        )
    return chain(products, processes, producers)


@settings(max_examples=150, deadline=None)
@given(random_chain(), st.integers(min_value=0, max_value=8), st.sampled_from(SCENARIOS))
def test_adding_a_local_producer_never_makes_a_product_worse(
    inputs: ChainInputs, pick: int, scenario: str
) -> None:
    before = classes(inputs, scenario)
    if not before:
        return
    pid = sorted(before)[pick % len(before)]
    more = dict(inputs.local_producers)
    more[pid] = (*more.get(pid, ()), plant("newcomer"))
    after = classes(replace(inputs, local_producers=more), scenario)
    assert CLASS_RANK[after[pid]] >= CLASS_RANK[before[pid]]


@settings(max_examples=150, deadline=None)
@given(random_chain())
def test_moving_from_operating_to_all_never_adds_a_missing_product(inputs: ChainInputs) -> None:
    operating, committed, everything = (classes(inputs, s) for s in ("operating", "committed", "all"))
    missing = {
        s: {p for p, c in r.items() if c == "missing"}
        for s, r in (("operating", operating), ("committed", committed), ("all", everything))
    }
    assert missing["all"] <= missing["committed"] <= missing["operating"]
    for pid in operating:
        assert CLASS_RANK[everything[pid]] >= CLASS_RANK[operating[pid]]


@settings(max_examples=100, deadline=None)
@given(random_chain(), st.sampled_from(SCENARIOS))
def test_targets_are_the_non_present_products_ranked_by_score(inputs: ChainInputs, scenario: str) -> None:
    report = analyze(inputs, scenario, Thresholds(top_targets=100))
    assert {t.product for t in report.targets} == {p.id for p in report.products if p.cls != "present"}
    scores = [t.score for t in report.targets]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= v <= 1.0 for t in report.targets for v in t.components.values())


def test_a_by_product_is_classified_but_never_a_target() -> None:
    hydrogen = replace(product("hydrogen"), byproduct=True)
    inputs = chain(
        [*BASE_PRODUCTS, hydrogen], [*BASE_PROCESSES, process("pdh2", ("propane",), ("hydrogen",))], {}
    )
    report = analyze(inputs, "operating", Thresholds(top_targets=100))
    assert report.by_id["hydrogen"].cls == "missing"
    assert "hydrogen" not in {t.product for t in report.targets}
    assert {t.product for t in report.targets} == {p.id for p in report.products if p.cls != "present"} - {
        "hydrogen"
    }


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.floats(min_value=1.0, max_value=2e6), min_size=1, max_size=4),
    st.one_of(st.none(), st.floats(min_value=1.0, max_value=3e6)),
    st.one_of(st.none(), st.floats(min_value=1.0, max_value=1e6)),
    st.floats(min_value=0.0, max_value=2e6),
    st.integers(min_value=0, max_value=3),
)
def test_adding_capacity_to_a_local_producer_never_worsens_its_class(
    capacities: list[float], demand: float | None, scale: float | None, extra: float, pick: int
) -> None:
    propylene = replace(product("propylene"), typical_plant_t_per_year=scale)
    products = [propylene if p.id == "propylene" else p for p in BASE_PRODUCTS]
    consumers = {"propylene": (plant("user", capacity=demand),)} if demand else {}

    def cls(caps: list[float]) -> str:
        producers = {"propylene": tuple(plant(f"p{i}", capacity=c) for i, c in enumerate(caps))}
        return classes(chain(products, BASE_PROCESSES, producers, local_consumers=consumers))["propylene"]

    more = list(capacities)
    more[pick % len(more)] += extra
    assert CLASS_RANK[GapClass(cls(more))] >= CLASS_RANK[GapClass(cls(capacities))]


def test_classes_follow_quantities_when_every_capacity_is_known() -> None:
    scale = replace(product("propylene"), typical_plant_t_per_year=500_000.0)
    products = [scale if p.id == "propylene" else p for p in BASE_PRODUCTS]
    one_big = {"propylene": (plant("big", capacity=600_000.0),)}
    one_small = {"propylene": (plant("small", capacity=100_000.0),)}
    big = analyze(chain(products, BASE_PROCESSES, one_big), "operating").by_id["propylene"]
    small = analyze(chain(products, BASE_PROCESSES, one_small), "operating").by_id["propylene"]
    assert big.cls == "present" and "at the economic scale of 50万t/a" in big.reasons[0]
    assert small.cls == "weak" and "below the economic scale of 50万t/a" in small.reasons[0]
    unknown = {"propylene": (plant("a"), plant("b", capacity=600_000.0))}
    counted = analyze(chain(products, BASE_PROCESSES, unknown), "operating").by_id["propylene"]
    assert counted.cls == "present" and "classed by the number of producers" in counted.reasons[0]


def test_a_national_catalogue_gets_a_linear_structural_score() -> None:
    """Above EXACT_BETWEENNESS_MAX products, betweenness is replaced by inputs × outputs."""
    from chain_graph.analysis.gaps import EXACT_BETWEENNESS_MAX, _graph_metrics

    n = EXACT_BETWEENNESS_MAX + 10
    nodes = tuple(f"p{i}" for i in range(n))
    hub_edges = (("p0", "hub"), ("p1", "hub"), ("hub", "p2"), ("hub", "p3"), ("hub", "p4"))
    chain_edges = tuple((f"p{i}", f"p{i + 1}") for i in range(10, n - 1))
    _, scores = _graph_metrics((*nodes, "hub"), hub_edges + chain_edges)
    assert scores["hub"] == 1.0  # 2 inputs × 3 outputs, the most
    assert scores["p20"] == 1 / 6  # one in, one out
    assert scores["p0"] == 0.0
