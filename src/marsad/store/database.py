"""The embedded DuckDB store: opening it, and writing shards' records atomically.

Only one process writes (DuckDB allows one writer per file); with Dask the
workers send records back and the ingesting process writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from marsad.store import schema
from marsad.store.records import ShardRecords

DEFAULT_DB = "marsad.duckdb"


class StoreError(Exception):
    """A store that cannot be opened; ``str`` says what to do."""


@dataclass
class WriteCounts:
    new_documents: int = 0
    copies: int = 0  # accepted records whose text was already stored
    skipped: int = 0


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.is_file():
            raise StoreError(f"{path}: no store here; create it with marsad ingest")
        try:
            self.con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as err:
            raise StoreError(
                f"{path}: cannot open the store ({str(err).splitlines()[0]}); "
                "is another marsad ingest writing to it?"
            ) from None
        if not read_only:
            try:
                schema.create(self.con)
            except schema.StoreVersionError as err:
                self.con.close()
                raise StoreError(f"{path}: {err}") from None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def finished_shards(self) -> dict[tuple[str, str], str]:
        """``(file, member) -> fingerprint`` of every shard written completely."""
        rows = self.con.execute("SELECT file, member, fingerprint FROM shards").fetchall()
        return {(file, member): fingerprint for file, member, fingerprint in rows}

    def write(self, batch: Sequence[ShardRecords]) -> WriteCounts:
        """Write shards' records in one transaction: all of it is stored, or nothing.

        Documents already stored (same text) are not written again; each shard's
        input and skipped records replace those of an earlier, changed version of it.
        """
        counts = WriteCounts()
        self.con.begin()
        try:
            for records in batch:
                self._write_shard(records, counts)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return counts

    def _write_shard(self, records: ShardRecords, counts: WriteCounts) -> None:
        con, shard = self.con, records.shard
        where = [shard.file, shard.member]
        for table in (schema.INPUTS, schema.SKIPPED):
            con.execute(f"DELETE FROM {table.name} WHERE file = ? AND member = ?", where)
        doc_ids = records.tables["documents"]["doc_id"]
        stored = con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?))",
            [doc_ids.to_pylist()],
        ).fetchall()
        known = pa.array([doc_id for (doc_id,) in stored], type=pa.string())
        for table in schema.RECORD_TABLES:
            rows = records.tables[table.name]
            if table in schema.DOCUMENT_TABLES and len(known):
                rows = rows.filter(pc.invert(pc.is_in(rows["doc_id"], value_set=known)))
            self._insert(table, rows)
        skipped = pa.Table.from_pylist(
            [
                {"file": s.file, "member": s.member, "item": s.item, "reason": s.reason}
                for s in records.skipped
            ],
            schema=schema.SKIPPED.arrow_schema,
        )
        self._insert(schema.SKIPPED, skipped)
        con.execute(
            "INSERT OR REPLACE INTO shards BY NAME "
            "SELECT ? AS file, ? AS member, ? AS fingerprint, ? AS documents, ? AS skipped",
            [*where, shard.fingerprint, records.documents, len(records.skipped)],
        )
        new = len(doc_ids) - len(known)
        counts.new_documents += new
        counts.copies += records.documents - new
        counts.skipped += len(records.skipped)

    def _insert(self, table: schema.Table, rows: pa.Table) -> None:
        if not rows.num_rows:
            return
        self.con.register("incoming", rows)
        try:
            self.con.execute(f"INSERT INTO {table.name} BY NAME SELECT * FROM incoming")
        finally:
            self.con.unregister("incoming")
