"""chain-graph: an industry-chain knowledge graph for investment-attraction planners."""

__version__ = "0.1.0"
