"""Importers: public datasets and enterprise lists → the interchange JSON (or seed YAML).

Each importer reads its source format, keeps every relationship kind it can express in the model,
cites the source as a ``kind: dataset`` Document with a locator per fact (file and line), and
reports what it read against what the source says it holds.
"""
