"""Search latency over a store, on a fixed list of Arabic queries.

Times ``SearchIndex.search`` end to end (query analysis, Tantivy, the DuckDB
lookup of titles and first sentences; top 20), each query several times, with
and without an event filter. Prints p50/p95/max and how many articles each query
finds. Build the store first, e.g.
``python bench/bench_ingest.py --keep out/bench`` (then ``--db out/bench/single.duckdb``)
or ``marsad ingest ../shared/data/saudinewsnet``.

Usage: python bench/bench_search.py [--db marsad.duckdb] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path

from corpus import percentile
from marsad.store.database import Store
from marsad.store.query import EventFilter
from marsad.store.search import SearchIndex, open_for_search, parse_query
from marsad.text.clitics import CliticSplitter

QUERIES = (
    "غارات جوية", "الرقة", "داعش", "التحالف الدولي", "وزير الخارجية", "الحوثيين", "اليمن",
    "عاصفة الحزم", "الأمم المتحدة", "مجلس الأمن", "الاتفاق النووي", "إيران", "سوريا",
    "بشار الأسد", "تفجير انتحاري", "المملكة العربية السعودية", "أسعار النفط", "كرة القدم",
    "الهلال", "وزارة الصحة", "فيروس كورونا", "الحج", "عدن", "تعز", "اللاجئين", "الإرهاب",
    "صنعاء", "روسيا", "الولايات المتحدة", '"سوق الأسهم"',
)  # fmt: skip
FILTERS = (
    ("no filter", None),
    ("--type ASSAULT", EventFilter(type="ASSAULT")),
    ("--country YE --from 2015-07-25", EventFilter(country="YE", since=date(2015, 7, 25))),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("marsad.duckdb"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    store = Store(args.db, read_only=True)
    index: SearchIndex = open_for_search(args.db)
    splitter = CliticSplitter.load()
    opened = time.perf_counter() - started
    (documents,) = store.con.execute("SELECT count(*) FROM documents").fetchone() or (0,)
    print(f"store {args.db}: {documents:,} documents; opening store, index and clitic "
          f"lexicon took {opened * 1000:.0f} ms")  # fmt: skip

    for label, event_filter in FILTERS:
        seconds: list[float] = []
        found: dict[str, int] = {}
        for _ in range(args.repeat):
            for query in QUERIES:
                begin = time.perf_counter()
                hits = index.search(store, parse_query(query, splitter), event_filter, limit=20)
                seconds.append(time.perf_counter() - begin)
                found[query] = len(hits)
        ms = [s * 1000 for s in seconds]
        print(f"{label}: {len(QUERIES)} queries x {args.repeat}: p50 "
              f"{statistics.median(ms):.1f} ms, p95 {percentile(ms, 0.95):.1f} ms, "
              f"max {max(ms):.1f} ms; queries with hits: "
              f"{sum(1 for n in found.values() if n)}/{len(QUERIES)}")  # fmt: skip
    found_all = [
        f"{query} {len(index.search(store, parse_query(query, splitter), limit=documents)):,}"
        for query in QUERIES
    ]
    print("articles found per query: " + ", ".join(found_all))
    store.close()


if __name__ == "__main__":
    main()
