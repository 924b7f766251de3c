"""Read-only queries the API answers from a store: events, articles, summaries, search.

The store is attached read-only to an in-memory DuckDB database that holds a
snapshot of the collapsed events with their evidence sentences (the ``events``
view groups every mention each time it is read; the store cannot change while it
is open here). Each query runs
on its own cursor, so requests served on several threads do not share one.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import duckdb

from marsad.store.database import Store
from marsad.store.query import EventFilter, rows
from marsad.store.search import SearchIndex, open_for_search, parse_query
from marsad.text.clitics import CliticSplitter
from marsad.web import models

COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
)


def category(event_type: str) -> models.Category:
    """PLOVER's split: cooperation, conflict, and REQUEST, which can be either."""
    if event_type in COOPERATION:
        return "cooperation"
    if event_type in CONFLICT:
        return "conflict"
    return "neutral"


class StoreReader:
    def __init__(self, db: Path) -> None:
        self.db = db
        self.store = Store(db, read_only=True)  # says what is wrong if it cannot be opened
        self.con = duckdb.connect()
        quoted = str(db).replace("'", "''")
        self.con.execute(f"ATTACH '{quoted}' AS store (READ_ONLY)")
        self.con.execute(
            """
            CREATE TABLE events AS
            SELECT e.*, s.text AS sentence_text
            FROM store.events AS e
            LEFT JOIN store.sentences AS s
                ON s.doc_id = e.first_doc_id AND s.ordinal = e.first_sentence
            """
        )
        self.index: SearchIndex = open_for_search(db)
        self.splitter = CliticSplitter.load()
        # The search index reads documents through the store's own connection.
        self._search_lock = threading.Lock()

    def _rows(self, sql: str, params: list[object]) -> list[dict[str, Any]]:
        cursor = self.con.cursor()
        try:
            return rows(cursor, sql, params)
        finally:
            cursor.close()

    def events(
        self,
        event_filter: EventFilter,
        mode: str | None,
        *,
        limit: int,
        offset: int,
        newest_first: bool = False,
    ) -> models.EventPage:
        where, params = _where(event_filter, mode)
        found = self._rows(
            f"""
            SELECT *, count(*) OVER () AS total
            FROM events WHERE {where}
            ORDER BY event_date {"DESC" if newest_first else "ASC"} NULLS LAST, event_id
            LIMIT ? OFFSET ?
            """,
            [*params, limit, offset],
        )
        total = found[0]["total"] if found else self._count(where, params)
        return models.EventPage(
            total=total,
            limit=limit,
            offset=offset,
            events=[models.EventSummary(**row) for row in found],
        )

    def _count(self, where: str, params: list[object]) -> int:
        return self._rows(f"SELECT count(*) AS n FROM events WHERE {where}", params)[0]["n"]

    def event(self, event_id: str) -> models.EventDetail | None:
        found = self._rows("SELECT * FROM events WHERE event_id = ?", [event_id])
        if not found:
            return None
        evidence = self._rows(
            """
            SELECT m.doc_id, m.ordinal, d.title, d.source, d.url, d.published,
                   s.text AS sentence_text, s.span_start AS sentence_start,
                   m.trigger_start, m.trigger_end, m.trigger_text
            FROM store.event_mentions AS m
            JOIN store.documents AS d USING (doc_id)
            LEFT JOIN store.sentences AS s ON s.doc_id = m.doc_id AND s.ordinal = m.sentence
            WHERE m.event_id = ?
            ORDER BY m.doc_id, m.ordinal
            """,
            [event_id],
        )
        return models.EventDetail(
            event=models.EventSummary(**found[0]),
            evidence=[models.Mention(**row) for row in evidence],
        )

    def article(self, doc_id: str) -> models.Article | None:
        found = self._rows(
            "SELECT doc_id, title, source, url, published, text, notes "
            "FROM store.documents WHERE doc_id = ?",
            [doc_id],
        )
        if not found:
            return None

        def spans(table: str, columns: str) -> list[dict[str, Any]]:
            return self._rows(
                f"SELECT span_start AS start, span_end AS end, text, {columns} "
                f"FROM store.{table} WHERE doc_id = ? ORDER BY ordinal",
                [doc_id],
            )

        events = self._rows(
            """
            SELECT event_id, type, mode, cameo, sentence,
                   {'start': trigger_start, 'end': trigger_end, 'text': trigger_text} AS trigger,
                   source_code, target_code, place_id, place_name, time_value, negated,
                   confidence
            FROM store.event_mentions WHERE doc_id = ? ORDER BY ordinal
            """,
            [doc_id],
        )
        return models.Article(
            **found[0],
            entities=spans("entities", "label, confidence, attributes"),
            times=spans("times", "type, value, confidence"),
            places=spans(
                "places",
                "place_id, name, name_en, lat, lon, feature, country, confidence, reason",
            ),
            actors=spans("actors", "code, country, sector, name, role, confidence"),
            events=events,
        )

    def actors(
        self, event_filter: EventFilter, mode: str | None, limit: int
    ) -> list[models.ActorCount]:
        where, params = _where(event_filter, mode)
        found = self._rows(
            f"""
            WITH e AS (SELECT * FROM events WHERE {where}),
            roles AS (
                SELECT source_code AS code, source_name AS name, source_country AS country,
                       'source' AS role
                FROM e WHERE source_code IS NOT NULL
                UNION ALL
                SELECT target_code, target_name, target_country, 'target'
                FROM e WHERE target_code IS NOT NULL
            )
            SELECT code, mode(name) AS name, mode(country) AS country, count(*) AS events,
                   count(*) FILTER (role = 'source') AS as_source,
                   count(*) FILTER (role = 'target') AS as_target
            FROM roles GROUP BY code ORDER BY events DESC, code LIMIT ?
            """,
            [*params, limit],
        )
        return [models.ActorCount(**row) for row in found]

    def places(
        self, event_filter: EventFilter, mode: str | None, limit: int
    ) -> list[models.PlaceCount]:
        where, params = _where(event_filter, mode)
        found = self._rows(
            f"""
            SELECT place_id, mode(place_name) AS name, mode(place_name_en) AS name_en,
                   mode(country) AS country, mode(lat) AS lat, mode(lon) AS lon,
                   count(*) AS events, histogram(type) AS types
            FROM events
            WHERE {where} AND place_id IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL
            GROUP BY place_id ORDER BY events DESC, place_id LIMIT ?
            """,
            [*params, limit],
        )
        return [models.PlaceCount(**row) for row in found]

    def graph(self, event_filter: EventFilter, mode: str | None, limit: int) -> models.ActorGraph:
        """The most frequent (source, target, type) links between two different actors."""
        where, params = _where(event_filter, mode)
        found = self._rows(
            f"""
            SELECT source_code AS source, target_code AS target, type, count(*) AS events
            FROM events
            WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
                AND source_code <> target_code
            GROUP BY ALL ORDER BY events DESC, source, target, type LIMIT ?
            """,
            [*params, limit],
        )
        edges = [models.GraphEdge(**row, category=category(row["type"])) for row in found]
        codes = {code for edge in edges for code in (edge.source, edge.target)}
        actors = [
            a for a in self.actors(event_filter, mode, limit=len(codes) * 4 + 50) if a.code in codes
        ]
        return models.ActorGraph(actors=actors, edges=edges)

    def search(self, query: str, event_filter: EventFilter, limit: int) -> models.SearchResults:
        terms = parse_query(query, self.splitter)
        with self._search_lock:
            hits = self.index.search(self.store, terms, event_filter, limit=limit)
        return models.SearchResults(hits=[models.SearchHit(**vars(hit)) for hit in hits])


def _where(event_filter: EventFilter, mode: str | None) -> tuple[str, list[object]]:
    where, params = event_filter.sql()
    if mode:
        where += " AND mode = ?"
        params = [*params, mode]
    return where, params
