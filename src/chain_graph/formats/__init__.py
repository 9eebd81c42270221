"""Output formats, all pure: the gap report (JSON, CSV, Markdown), terminal tables, query rows
(CSV, xlsx, display text) and the graph export (interchange JSON, neo4j-admin CSV, GraphML)."""
