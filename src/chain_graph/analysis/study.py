"""A gap study: the chosen scenario's analysis and mass balance, every scenario, and what changes
between them."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from chain_graph.analysis.balance import ProductBalance
from chain_graph.analysis.gaps import ClassChange, GapReport, Thresholds, analyze, scenario_diff
from chain_graph.analysis.inputs import ChainInputs
from chain_graph.vocabulary import Scenario

__all__ = ["GapStudy", "study"]


@dataclass(frozen=True)
class GapStudy:
    """The chosen scenario's analysis, plus every scenario and the diffs between them."""

    inputs: ChainInputs
    report: GapReport
    scenarios: dict[Scenario, GapReport]
    diffs: list[tuple[Scenario, Scenario, list[ClassChange]]]

    @property
    def balance(self) -> dict[str, ProductBalance]:
        """The chosen scenario's mass balance, by product."""
        return self.report.balance


def study(inputs: ChainInputs, scenario: Scenario | str, thresholds: Thresholds | None = None) -> GapStudy:
    """Analyse every scenario (operating → committed → all) and diff each with the next."""
    scenarios = {s: analyze(inputs, s, thresholds) for s in Scenario}
    diffs = [
        (before, after, scenario_diff(inputs, scenarios[before], scenarios[after]))
        for before, after in pairwise(Scenario)
    ]
    return GapStudy(inputs, scenarios[Scenario(scenario)], scenarios, diffs)
