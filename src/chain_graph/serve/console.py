"""What the browser console reads, with no web framework in it: the gap study of a scope, its
views, entities, search, and saved or ad-hoc Cypher, over one open :class:`GraphSource`.

A study, its views, the rendered dashboard and each entity are read once and kept: for the files
for as long as the console runs (they cannot change), for Neo4j for ``ttl`` seconds, so a load
made while the console runs shows within that time. Saved queries and Cypher always run (the
ids a saved query names are checked once per kept period).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from chain_graph import cypher as cypher_text
from chain_graph.analysis.study import GapStudy, study
from chain_graph.errors import ChainGraphError, quoted
from chain_graph.names import Match
from chain_graph.records import Entity, NodeRecord
from chain_graph.sources import GraphSource
from chain_graph.store import queries as query_store
from chain_graph.views.graph_view import focus_view
from chain_graph.views.records import Records
from chain_graph.views.render import render_view
from chain_graph.views.site import DEFAULT_DEPTH, build_views, default_focus, page_links, render_site
from chain_graph.vocabulary import Scenario

__all__ = ["Console"]

T = TypeVar("T")
NEO4J_TTL = 30.0  # seconds a study read from Neo4j is reused


class _Cache:
    """Values by key, computed once (one computation per key at a time), kept ``ttl`` seconds."""

    def __init__(self, ttl: float | None) -> None:
        self.ttl = ttl
        self._values: dict[Any, tuple[float, Any]] = {}
        self._locks: dict[Any, threading.Lock] = {}
        self._guard = threading.Lock()

    def get(self, key: Any, compute: Callable[[], T]) -> T:
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            found = self._values.get(key)
            if found is not None and (self.ttl is None or time.monotonic() - found[0] < self.ttl):
                return found[1]  # type: ignore[no-any-return]
            value = compute()
            self._values[key] = (time.monotonic(), value)
            return value


class Console:
    """The reads behind every page; safe to share between request threads."""

    def __init__(
        self,
        source: GraphSource,
        description: str,
        default_scope: str,
        queries: query_store.ReadOnlyRunner | None = None,
        ttl: float | None = None,
        default_scenario: str = Scenario.COMMITTED.value,
    ) -> None:
        self.source = source
        self.description = description
        self.default_scope = default_scope
        self.default_scenario = default_scenario
        self.queries = queries  # None: the graph is read from files, there is no database to ask
        self.saved_queries = cypher_text.saved_queries()  # read once: the files do not change
        self._cache = _Cache(ttl)

    # --- the analysis ---------------------------------------------------------------------

    def places(self) -> list[NodeRecord]:
        return self._cache.get("places", self.source.places)

    def cached(self, key: Any, compute: Callable[[], T]) -> T:
        """A value derived from the graph (a rendered page), kept as long as the studies are."""
        return self._cache.get(("page", key), compute)

    def study(self, scope: str, scenario: str) -> GapStudy:
        """The study of ``scope`` seen in ``scenario`` (every scenario is computed once)."""
        try:
            chosen = Scenario(scenario)
        except ValueError:
            raise ChainGraphError(
                f"unknown scenario {quoted(scenario)}: use one of {', '.join(s.value for s in Scenario)}"
            ) from None
        base = self._cache.get(("study", scope), lambda: study(self.source.chain_inputs(scope), chosen))
        return GapStudy(base.inputs, base.scenarios[chosen], base.scenarios, base.diffs)

    def records(self, scope: str, scenario: str, focus: tuple[str, ...]) -> Records:
        places = self.study(scope, scenario).inputs.scope.places
        return self._cache.get(
            ("records", scope, focus),
            lambda: Records.build(*self.source.view_records(places, focus, DEFAULT_DEPTH)),
        )

    def pages(self, scope: str, scenario: str) -> dict[str, str]:
        """The pages ``chain-graph viz`` writes for this scope and scenario, by file name."""

        def render() -> dict[str, str]:
            result = self.study(scope, scenario)
            centres = default_focus(result)
            records = self.records(scope, scenario, tuple(centres))
            return render_site(result, build_views(result, records, centres, DEFAULT_DEPTH))

        return self._cache.get(("pages", scope, scenario), render)

    def focus_page(self, scope: str, scenario: str, node_id: str) -> str:
        """The focus view of one entity, as ``chain-graph viz --focus`` draws it."""

        def render() -> str:
            result = self.study(scope, scenario)
            records = self.records(scope, scenario, (node_id,))
            view = focus_view(result, records, node_id, DEFAULT_DEPTH)
            return render_view(view, page_links([view]))

        return self._cache.get(("focus", scope, scenario, node_id), render)

    # --- entities -------------------------------------------------------------------------

    def entity(self, node_id: str) -> Entity | None:
        return self._cache.get(("entity", node_id), lambda: self.source.entity(node_id))

    def find(self, text: str, limit: int = 20) -> list[Match]:
        return self.source.find(text, limit) if text.strip() else []

    # --- Cypher -----------------------------------------------------------------------------

    def _runner(self) -> query_store.ReadOnlyRunner:
        if self.queries is None:
            raise ChainGraphError(
                "saved queries and Cypher need the graph in Neo4j: start the console with "
                "`chain-graph serve --from neo4j` after `chain-graph load`"
            )
        return self.queries

    def saved_query(self, name: str) -> cypher_text.SavedQuery:
        """A saved query by name; an unknown name is the command line's error, with "did you mean"."""
        return self.saved_queries.get(name) or cypher_text.saved_query(name)

    def run_saved(
        self, name: str, values: Mapping[str, str]
    ) -> tuple[dict[str, Any], query_store.QueryResult]:
        """A saved query with the form's values (blank: the header's example), read-only."""
        saved = self.saved_query(name)
        given = [f"{key}={value}" for key, value in values.items() if value.strip()]
        params = cypher_text.parse_params(given, saved.params)
        runner = self._runner()
        # An id found once is not looked up again while the reads are kept (ids rarely vanish).
        ids = repr([(param, params[param]) for param in saved.ids])

        def check() -> bool:
            runner.check_ids(saved, params)  # raises for an unknown id: nothing is kept
            return True

        self._cache.get(("ids", name, ids), check)
        return params, runner.saved(saved, params)

    def run_cypher(self, text: str, limit: int) -> query_store.QueryResult:
        """One ad-hoc statement with the console's guarantees (READ mode, refusals, limit, timeout)."""
        return self._runner().statement(text, limit)
