"""Pure chain analysis over networkx: never imports neo4j."""
