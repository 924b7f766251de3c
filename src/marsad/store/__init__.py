"""The corpus store: ingest into an embedded DuckDB database, search it, export it.

The layout of the database is documented in docs/store.md.
"""
