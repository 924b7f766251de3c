"""The store's tables: one per annotation kind, keyed by document id + ordinal.

Each table is described once here; the DuckDB DDL and the Arrow schema that
workers build their records in both come from that description. The layout is
documented in docs/store.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from marsad.store.dedupe import EVENTS_VIEW

STORE_VERSION = "1"

_ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "VARCHAR[]": pa.list_(pa.string()),
    "MAP(VARCHAR, VARCHAR)": pa.map_(pa.string(), pa.string()),
}

_SPAN = (("span_start", "INTEGER"), ("span_end", "INTEGER"), ("text", "VARCHAR"))
_ANNOTATION_KEY = (("doc_id", "VARCHAR"), ("ordinal", "INTEGER"))


@dataclass(frozen=True)
class Table:
    name: str
    # (name, DuckDB type) of the columns a record fills, in order.
    columns: tuple[tuple[str, str], ...]
    primary_key: tuple[str, ...] = ()
    # Set by the store when the row is written, not by the worker that built it.
    stamp: str | None = None

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in self.columns])

    def ddl(self) -> str:
        parts = [f"{name} {kind}" for name, kind in self.columns]
        if self.stamp:
            parts.append(f"{self.stamp} TIMESTAMP DEFAULT current_timestamp")
        if self.primary_key:
            parts.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} ({', '.join(parts)})"


DOCUMENTS = Table(
    "documents",
    (
        ("doc_id", "VARCHAR"),  # sha256 of the text
        ("input_id", "VARCHAR"),  # Document.id where it was first read
        ("title", "VARCHAR"),
        ("source", "VARCHAR"),
        ("url", "VARCHAR"),
        ("published", "DATE"),
        ("text", "VARCHAR"),
        ("notes", "VARCHAR[]"),
        ("schema_version", "VARCHAR"),
        ("stages", "VARCHAR[]"),  # pipeline stages that ran
    ),
    primary_key=("doc_id",),
    stamp="ingested_at",
)
# Every accepted input record, including copies of a text already stored.
INPUTS = Table(
    "inputs",
    (
        ("file", "VARCHAR"),
        ("member", "VARCHAR"),
        ("doc_id", "VARCHAR"),
        ("input_id", "VARCHAR"),
        ("title", "VARCHAR"),
        ("source", "VARCHAR"),
        ("url", "VARCHAR"),
        ("published", "DATE"),
    ),
)
SENTENCES = Table("sentences", (*_ANNOTATION_KEY, *_SPAN))
ENTITIES = Table(
    "entities",
    (
        *_ANNOTATION_KEY,
        *_SPAN,
        ("label", "VARCHAR"),
        ("confidence", "DOUBLE"),
        ("attributes", "MAP(VARCHAR, VARCHAR)"),
    ),
)
TIMES = Table(
    "times",
    (*_ANNOTATION_KEY, *_SPAN, ("type", "VARCHAR"), ("value", "VARCHAR"), ("confidence", "DOUBLE")),
)
PLACES = Table(
    "places",
    (
        *_ANNOTATION_KEY,
        *_SPAN,
        ("place_id", "VARCHAR"),  # gazetteer id, e.g. geonames:170794
        ("name", "VARCHAR"),
        ("name_en", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("feature", "VARCHAR"),
        ("country", "VARCHAR"),  # ISO 3166-1 alpha-2
        ("confidence", "DOUBLE"),
        ("reason", "VARCHAR"),
    ),
)
ACTORS = Table(
    "actors",
    (
        *_ANNOTATION_KEY,
        *_SPAN,
        ("code", "VARCHAR"),
        ("country", "VARCHAR"),  # ISO 3166-1 alpha-3
        ("sector", "VARCHAR"),
        ("name", "VARCHAR"),
        ("role", "VARCHAR"),
        ("confidence", "DOUBLE"),
    ),
)
EVENT_MENTIONS = Table(
    "event_mentions",
    (
        *_ANNOTATION_KEY,
        ("event_id", "VARCHAR"),  # the collapsed event (see dedupe.py)
        ("type", "VARCHAR"),
        ("mode", "VARCHAR"),
        ("cameo", "VARCHAR"),
        ("sentence", "INTEGER"),
        ("trigger_start", "INTEGER"),
        ("trigger_end", "INTEGER"),
        ("trigger_text", "VARCHAR"),
        ("source_code", "VARCHAR"),
        ("source_name", "VARCHAR"),
        ("source_country", "VARCHAR"),
        ("source_start", "INTEGER"),
        ("source_end", "INTEGER"),
        ("target_code", "VARCHAR"),
        ("target_name", "VARCHAR"),
        ("target_country", "VARCHAR"),
        ("target_start", "INTEGER"),
        ("target_end", "INTEGER"),
        ("place_id", "VARCHAR"),
        ("place_name", "VARCHAR"),
        ("place_name_en", "VARCHAR"),
        ("lat", "DOUBLE"),
        ("lon", "DOUBLE"),
        ("country", "VARCHAR"),  # of the place, ISO 3166-1 alpha-2
        ("place_start", "INTEGER"),
        ("place_end", "INTEGER"),
        ("time_value", "VARCHAR"),
        ("time_start", "INTEGER"),
        ("time_end", "INTEGER"),
        ("event_date", "DATE"),
        ("negated", "BOOLEAN"),
        ("confidence", "DOUBLE"),
    ),
)
# The stems the search index holds for a document, space-separated (see terms.py), so
# that the index can be rebuilt from the store alone.
SEARCH_TERMS = Table("search_terms", (("doc_id", "VARCHAR"), ("terms", "VARCHAR")))
# Documents whose terms are in the search index (it is updated after the store).
SEARCH_INDEXED = Table("search_indexed", (("doc_id", "VARCHAR"),))
SKIPPED = Table(
    "skipped",
    (("file", "VARCHAR"), ("member", "VARCHAR"), ("item", "INTEGER"), ("reason", "VARCHAR")),
    stamp="ingested_at",
)
SHARDS = Table(
    "shards",
    (
        ("file", "VARCHAR"),
        ("member", "VARCHAR"),
        ("fingerprint", "VARCHAR"),
        ("documents", "INTEGER"),
        ("skipped", "INTEGER"),
    ),
    primary_key=("file", "member"),
    stamp="finished_at",
)

# Tables whose rows belong to one stored document, keyed by its doc_id.
DOCUMENT_TABLES = (
    DOCUMENTS, SENTENCES, ENTITIES, TIMES, PLACES, ACTORS, EVENT_MENTIONS, SEARCH_TERMS
)  # fmt: skip
# What a worker builds for a shard.
RECORD_TABLES = (*DOCUMENT_TABLES, INPUTS)
ALL_TABLES = (*RECORD_TABLES, SKIPPED, SHARDS, SEARCH_INDEXED)


class StoreVersionError(Exception):
    pass


def create(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and views that are missing; refuse a store of another version."""
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM meta WHERE key = 'store_version'").fetchone()
    if row and row[0] != STORE_VERSION:
        raise StoreVersionError(
            f"the store has layout version {row[0]}, this Marsad writes {STORE_VERSION}; "
            "ingest into a new database file"
        )
    for table in ALL_TABLES:
        con.execute(table.ddl())
    con.execute(EVENTS_VIEW)
    con.execute("INSERT OR IGNORE INTO meta VALUES ('store_version', ?)", [STORE_VERSION])
