"""Everything that talks to Neo4j: settings, the managed server, schema, load, read, query.

This package is the only code that imports ``neo4j``; library functions take a
``neo4j.Driver`` and only the CLI builds one.
"""
