"""chain-graph: an industry-chain knowledge graph for investment-attraction planners.

Data flows one way::

    seed/*.yaml, export JSON ─ dataset ─▶ records ─ store.loader ─▶ Neo4j
                                   │                                 │
                                   └─ sources.FileSource    store.source.Neo4jSource
                                              └──── GraphSource ─────┘
                         chain_inputs ─▶ analysis (assemble → gaps → study) ─▶ formats · views
                         view_records ─▶ views          export_records ─▶ formats.export

``vocabulary``, ``units``, ``model`` and ``records`` are the shared words, quantities, types
and interchange record; ``cli`` wires the parts and is the only reader of the environment.
See ``docs/architecture.md`` for where each rule lives.
"""

__version__ = "0.1.0"
