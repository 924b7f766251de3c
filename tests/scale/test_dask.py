"""The Dask path stores exactly what the single-process path stores.

Runs on loopback only: a local cluster of two worker processes, and a separate
`dask scheduler` with a `dask worker --nworkers 2`, both stopped at the end.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client

from marsad.store.database import Store
from marsad.store.ingest import ingest
from marsad.store.schema import DOCUMENT_TABLES

DASK = Path(sys.executable).with_name("dask")


@pytest.fixture(scope="module")
def corpus(
    tmp_path_factory: pytest.TempPathFactory, saudinewsnet_articles: list[dict[str, str]]
) -> Path:
    """Four daily members of eight real articles each, and a bad record in one of them."""
    path = tmp_path_factory.mktemp("corpus") / "days.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for day in range(4):
            batch: list[object] = list(saudinewsnet_articles[8 * day : 8 * day + 8])
            if day == 2:
                batch.append({"title": "no content"})
            archive.writestr(f"day-{day}.json", json.dumps(batch))
    return path


def stored(db: Path) -> dict[str, set[str]]:
    """Every row of every document table (as text: rows hold lists and maps), as sets:
    shards may arrive in any order."""
    with Store(db, read_only=True) as store:
        return {
            table.name: {
                repr(row)
                for row in store.con.execute(
                    f"SELECT {', '.join(table.column_names)} FROM {table.name}"
                ).fetchall()
            }
            for table in DOCUMENT_TABLES
        }


@pytest.fixture(scope="module")
def single_process(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("single") / "marsad.duckdb"
    ingest([corpus], db)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def scheduler() -> Iterator[str]:
    """A `dask scheduler` and two worker processes on loopback, stopped afterwards."""
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rsplit(":", 1)[1]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    loopback = ["--host", "127.0.0.1", "--no-dashboard"]
    processes = [subprocess.Popen([DASK, "scheduler", "--port", port, *loopback], **quiet)]
    try:
        worker = [DASK, "worker", address, "--nworkers", "2", "--nthreads", "1", *loopback]
        processes.append(subprocess.Popen(worker, **quiet))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_local_cluster_stores_the_same_as_one_process(
    corpus: Path, single_process: Path, tmp_path: Path
) -> None:
    db = tmp_path / "marsad.duckdb"
    report = ingest([corpus], db, workers=2)
    assert (report.written.new_documents, report.written.skipped) == (32, 1)
    assert stored(db) == stored(single_process)


def test_scheduler_and_workers_store_the_same_as_one_process(
    corpus: Path, single_process: Path, tmp_path: Path, scheduler: str
) -> None:
    db = tmp_path / "marsad.duckdb"
    report = ingest([corpus], db, scheduler=scheduler)
    assert (report.written.new_documents, report.written.skipped) == (32, 1)
    assert stored(db) == stored(single_process)
    with Store(db, read_only=True) as store:
        skipped = store.con.execute("SELECT member, item FROM skipped").fetchall()
    assert skipped == [("day-2.json", 8)]
