"""Ingest: inputs → pipeline → store, resumable and repeatable.

Shards already written (same file, member and fingerprint) are not read again;
shard records are written in transactions of whole shards, so an ingest killed
at any moment leaves every shard stored completely or not at all, and running it
again finishes the rest. Documents are keyed by the hash of their text, so the
same text is stored once whatever file it came from.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from marsad.store.database import DEFAULT_DB, Store, WriteCounts
from marsad.store.progress import IngestProgress
from marsad.store.records import ShardRecords
from marsad.store.search import SearchIndex
from marsad.store.sources import Shard, Skip, discover

# Records are written once this many articles have come back (or at the end):
# a transaction per small file would make ingesting many small files slow.
WRITE_BATCH_ARTICLES = 2000


@dataclass
class IngestReport:
    stages: list[str] = field(default_factory=list)
    shards: int = 0  # found in the inputs
    already_done: int = 0  # written completely by an earlier ingest, not read again
    missing: list[str] = field(default_factory=list)  # paths that do not exist
    ignored_files: int = 0  # files in folders that are not .txt/.html/.jsonl/.zip
    articles: int = 0  # records read, good or bad
    written: WriteCounts = field(default_factory=WriteCounts)
    seconds: float = 0.0

    def summary(self) -> str:
        written = self.written
        rate = self.articles / self.seconds if self.seconds else 0.0
        parts = [
            f"read {self.articles:,} articles in {self.seconds:.1f} s ({rate:,.0f}/s)",
            f"{written.new_documents:,} new documents",
            f"{written.copies:,} already stored (same text)",
            f"{written.skipped:,} skipped",
        ]
        if self.already_done:
            parts.append(f"{self.already_done:,} of {self.shards:,} inputs were already ingested")
        if self.ignored_files:
            parts.append(f"{self.ignored_files:,} files ignored (not .txt/.html/.jsonl/.zip)")
        if self.missing:
            parts.append(f"{len(self.missing):,} paths not found")
        if self.stages:
            parts.append(f"stages: {', '.join(self.stages)}")
        return "; ".join(parts)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str] = DEFAULT_DB,
    *,
    workers: int = 0,
    scheduler: str | None = None,
    published: str | None = None,
    on_skip: Callable[[Skip], None] | None = None,
    write_batch: int = WRITE_BATCH_ARTICLES,
) -> IngestReport:
    """Process every shard under ``paths`` into the store at ``db``.

    ``workers`` > 0 runs a local Dask cluster of that many processes; ``scheduler``
    uses an existing one (``tcp://host:8786``); otherwise everything runs here.
    ``published`` dates the articles and JSON lines that carry no date of their own.
    A progress bar shows on a terminal (stderr); ``on_skip`` hears of every record
    that was skipped. Shards are written in transactions of at least ``write_batch``
    articles (whole shards).
    """
    started = time.perf_counter()
    found = discover(paths, published)
    report = IngestReport(
        shards=len(found.shards), missing=found.missing, ignored_files=found.ignored
    )
    with Store(db) as store:
        finished = store.finished_shards()
        todo = [s for s in found.shards if finished.get((s.file, s.member)) != s.fingerprint]
        report.already_done = len(found.shards) - len(todo)
        progress = IngestProgress(sum(s.size for s in todo))
        index = SearchIndex.for_store(Path(db))
        with progress, _shard_records(todo, workers, scheduler, progress) as results:
            batch: list[ShardRecords] = []
            for records in results:
                report.stages = report.stages or _stages(records)
                report.articles += records.articles
                for skip in records.skipped:
                    if on_skip:
                        on_skip(skip)
                batch.append(records)
                if sum(r.articles for r in batch) >= write_batch:
                    _write(store, index, batch, report)
                    batch = []
            _write(store, index, batch, report)
        index.sync(store)
    report.seconds = time.perf_counter() - started
    return report


def _write(
    store: Store, index: SearchIndex, batch: list[ShardRecords], report: IngestReport
) -> None:
    if not batch:
        return
    counts = store.write(batch)
    report.written.new_documents += counts.new_documents
    report.written.copies += counts.copies
    report.written.skipped += counts.skipped
    index.sync(store)


def _stages(records: ShardRecords) -> list[str]:
    stages = records.tables["documents"]["stages"]
    return stages[0].as_py() if len(stages) else []


@contextlib.contextmanager
def _shard_records(
    shards: list[Shard], workers: int, scheduler: str | None, progress: IngestProgress
) -> Iterator[Iterator[ShardRecords]]:
    if not workers and not scheduler:
        yield _local(shards, progress)
        return
    from marsad.scale.cluster import dask_client, map_shards

    with dask_client(workers=workers, scheduler=scheduler) as client:
        yield _counted(map_shards(client, shards), progress)


def _local(shards: list[Shard], progress: IngestProgress) -> Iterator[ShardRecords]:
    from marsad.scale.shard import process_shard

    for shard in shards:
        records = process_shard(shard, progress.article)
        progress.shard_done(shard.size)
        yield records


def _counted(results: Iterator[ShardRecords], progress: IngestProgress) -> Iterator[ShardRecords]:
    for records in results:
        progress.shard_done(records.shard.size, records.articles)
        yield records
