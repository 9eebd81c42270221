"""Interactive graph views a planner can open offline and forward (``chain-graph viz``).

Pure: plain data in (a :class:`~chain_graph.analysis.study.GapStudy` and interchange
:class:`~chain_graph.views.records.Records`), HTML text out; ``site`` is the entry point.
``records`` selects subgraphs, ``chain_map`` and ``graph_view`` turn them into
:class:`~chain_graph.views.model.View` objects, ``layout`` places them, and ``render`` writes
self-contained pages with pyvis and our template. What each view shows is written up for
planners in ``docs/views.md``.
"""
