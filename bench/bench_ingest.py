"""Ingest speed, scaling on Dask, peak memory and store size on SaudiNewsNet.

Runs ``marsad ingest`` into a fresh store once in a single process and once with
``--workers N`` (a local Dask cluster), each in its own process, sampling the
resident memory of the whole process tree (workers included). Prints articles/s,
the speed-up, peak memory, the store's size and the pipeline stages that ran.

Usage: python bench/bench_ingest.py [--data ../shared/data/saudinewsnet] [--workers 2]
           [--days N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.2


@dataclass
class Run:
    seconds: float
    articles: int
    peak_mb: float
    summary: str

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker may just have exited
            total += member.memory_info().rss
    return total


def run_ingest(sources: list[Path], db: Path, workers: int) -> Run:
    command = [sys.executable, "-m", "marsad", "ingest", *map(str, sources), "--db", str(db)]
    if workers:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    peak = 0
    stderr: list[str] = []
    reader = threading.Thread(target=lambda: stderr.extend(child.stderr or []))
    reader.start()
    process = psutil.Process(child.pid)
    while child.poll() is None:
        try:
            peak = max(peak, tree_rss(process))
        except psutil.NoSuchProcess:
            break
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - started
    reader.join()
    summary = stderr[-1].strip() if stderr else ""
    if child.returncode not in (0, 1):  # 1: some records were skipped
        raise SystemExit(f"ingest failed ({child.returncode}):\n{''.join(stderr[-20:])}")
    match = re.search(r"read ([\d,]+) articles", summary)
    articles = int(match.group(1).replace(",", "")) if match else 0
    return Run(seconds, articles, peak / 1024**2, summary)


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(f.stat().st_size for f in files) / 1024**2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, default=REPO.parent / "shared" / "data" / "saudinewsnet"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--days", type=int, help="only the first N daily zips")
    parser.add_argument("--keep", type=Path, help="keep the single-process store in DIR")
    args = parser.parse_args()

    sources = sorted(args.data.glob("*.zip"))[: args.days] if args.days else [args.data]
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        single_db, dask_db = folder / "single.duckdb", Path(scratch) / "dask.duckdb"
        single = run_ingest(sources, single_db, workers=0)
        dask = run_ingest(sources, dask_db, workers=args.workers)
        store_mb, index_mb = size_mb(single_db), size_mb(Path(f"{single_db}.search"))

    print(f"inputs: {', '.join(map(str, sources))}")
    print(f"single process: {single.summary}")
    print(f"{args.workers} Dask workers: {dask.summary}")
    print(f"one core:         {single.articles:,} articles in {single.seconds:.1f} s = "
          f"{single.rate:.1f} articles/s, peak memory {single.peak_mb:,.0f} MB")  # fmt: skip
    print(f"{args.workers} Dask workers:   {dask.articles:,} articles in {dask.seconds:.1f} s = "
          f"{dask.rate:.1f} articles/s, peak memory {dask.peak_mb:,.0f} MB "
          f"(client + workers)")  # fmt: skip
    print(f"speed-up: {dask.rate / single.rate:.2f}x with {args.workers} workers")
    print(f"store: {store_mb:,.0f} MB DuckDB + {index_mb:,.0f} MB search index")


if __name__ == "__main__":
    main()
