"""API latency for event queries, over HTTP on loopback, under a bounded local load.

Starts ``marsad serve``'s app with uvicorn on 127.0.0.1 (a free port) in this process,
then ``--clients`` threads, each with its own keep-alive connection, send
``--requests`` requests in all, cycling through a fixed list of event queries
(filters, pages, the map's places, the graph, one event with its evidence). Prints
p50/p95/max per query kind and overall; the target is p95 < 100 ms. Build a store
first, e.g. ``marsad ingest ../shared/data/saudinewsnet/2015-08-0*.zip --db /tmp/x.duckdb``.

Usage: python bench/bench_api.py --db /tmp/x.duckdb [--requests 2000] [--clients 4]
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import threading
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode

import uvicorn

from corpus import percentile
from marsad.web.app import create_app

TARGET_P95_MS = 100.0
QUERIES = (
    ("events, first page", {}),
    ("events, newest first", {"order": "-date", "limit": 500}),
    ("events, page 20", {"offset": 2000}),
    ("events, ASSAULT", {"type": "ASSAULT"}),
    ("events, actor RUS", {"actor": "RUS"}),
    ("events, YE from 2015-08-03", {"country": "YE", "from": "2015-08-03"}),
    ("events, place الرياض", {"place": "الرياض"}),
    ("events, aerial in SY", {"mode": "aerial", "country": "SY"}),
)
SUMMARIES = (
    ("places (map)", "/api/places", {}),
    ("places, ASSAULT", "/api/places", {"type": "ASSAULT"}),
    ("graph", "/api/graph", {}),
    ("actors", "/api/actors", {}),
)


def start_server(db: Path) -> tuple[uvicorn.Server, threading.Thread, int]:
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("the server did not start in 30 s")
        time.sleep(0.05)
    return server, thread, server.servers[0].sockets[0].getsockname()[1]


def fetch(connection: http.client.HTTPConnection, target: str) -> bytes:
    connection.request("GET", target)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise SystemExit(f"{target}: HTTP {response.status} {body[:200]!r}")
    return body


def targets(port: int) -> list[tuple[str, str]]:
    """(kind, path?query) of every request kind, one event's detail included."""
    found = [(kind, "/api/events?" + urlencode(params)) for kind, params in QUERIES]
    found += [(kind, f"{path}?{urlencode(params)}") for kind, path, params in SUMMARIES]
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    page = json.loads(fetch(connection, "/api/events?type=ASSAULT&limit=1"))
    connection.close()
    if page["events"]:
        found.append(("event + evidence", f"/api/events/{quote(page['events'][0]['event_id'])}"))
    return found


def load(port: int, work: list[tuple[str, str]], clients: int) -> dict[str, list[float]]:
    """Send every request of ``work`` from ``clients`` threads; milliseconds by kind."""
    timings: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()

    def client(share: list[tuple[str, str]]) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[tuple[str, float]] = []
        for kind, target in share:
            started = time.perf_counter()
            fetch(connection, target)
            mine.append((kind, (time.perf_counter() - started) * 1000))
        connection.close()
        with lock:
            for kind, ms in mine:
                timings[kind].append(ms)

    threads = [threading.Thread(target=client, args=(work[i::clients],)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("marsad.duckdb"))
    parser.add_argument("--requests", type=int, default=2000, help="in all (bounded)")
    parser.add_argument("--clients", type=int, default=4, help="concurrent connections")
    args = parser.parse_args()

    started = time.perf_counter()
    server, thread, port = start_server(args.db)
    print(f"store {args.db}; app ready in {time.perf_counter() - started:.2f} s")
    kinds = targets(port)
    work = [kinds[i % len(kinds)] for i in range(args.requests)]
    load(port, kinds, 1)  # warm-up: one of each
    started = time.perf_counter()
    timings = load(port, work, args.clients)
    seconds = time.perf_counter() - started
    server.should_exit = True
    thread.join(timeout=10)

    print(f"{len(work)} requests, {args.clients} clients, {seconds:.1f} s "
          f"({len(work) / seconds:.0f} requests/s)")  # fmt: skip
    print(f"{'query':32} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    every = [ms for values in timings.values() for ms in values]
    for kind, values in [*timings.items(), ("all", every)]:
        print(
            f"{kind:32} {len(values):5d} {statistics.median(values):8.1f} "
            f"{percentile(values, 0.95):8.1f} {max(values):8.1f}"
        )
    p95 = percentile(every, 0.95)
    verdict = "meets" if p95 < TARGET_P95_MS else "MISSES"
    print(f"overall p95 {p95:.1f} ms: {verdict} the target of {TARGET_P95_MS:.0f} ms")


if __name__ == "__main__":
    main()
