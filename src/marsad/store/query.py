"""Event filters (type, actor, country, place, dates) and the events query.

The same filter selects collapsed events (``marsad events``, exports) and, applied
to their mentions, the articles a search may return.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from marsad.countries import lookup
from marsad.document import PloverType

PLOVER_TYPES: tuple[str, ...] = typing.get_args(PloverType)


class FilterError(ValueError):
    """A filter value that names nothing Marsad knows; ``str`` says what is allowed."""


@dataclass
class EventFilter:
    type: str | None = None  # PLOVER type, any case
    actor: str | None = None  # actor code: RUS matches RUS and RUS GOV, as source or target
    country: str | None = None  # where it happened: ISO alpha-2 or alpha-3
    place: str | None = None  # gazetteer id (geonames:170794) or exact Arabic/English name
    since: date | None = None
    until: date | None = None
    include_negated: bool = False

    def __post_init__(self) -> None:
        if self.type is not None:
            self.type = self.type.upper()
            if self.type not in PLOVER_TYPES:
                raise FilterError(
                    f"unknown event type {self.type!r}; use one of {', '.join(PLOVER_TYPES)}"
                )
        if self.country is not None:
            country = lookup(self.country)
            if country is None:
                raise FilterError(
                    f"unknown country code {self.country!r}; use ISO 3166 alpha-2 or "
                    "alpha-3, e.g. SY or SYR"
                )
            self.country = country.alpha2
        if self.actor is not None:
            self.actor = " ".join(self.actor.upper().split())

    @property
    def active(self) -> bool:
        """Whether the filter selects anything narrower than every event."""
        fields = (self.type, self.actor, self.country, self.place, self.since, self.until)
        return any(value is not None for value in fields)

    def sql(self) -> tuple[str, list[object]]:
        """A condition over the columns shared by ``event_mentions`` and ``events``."""
        conditions: list[str] = []
        params: list[object] = []
        if self.type:
            conditions.append("type = ?")
            params.append(self.type)
        if self.actor:
            conditions.append(
                "(source_code = ? OR starts_with(source_code, ?) "
                "OR target_code = ? OR starts_with(target_code, ?))"
            )
            params += [self.actor, self.actor + " "] * 2
        if self.country:
            conditions.append("country = ?")
            params.append(self.country)
        if self.place:
            conditions.append("(place_id = ? OR place_name = ? OR lower(place_name_en) = lower(?))")
            params += [self.place] * 3
        if self.since:
            conditions.append("event_date >= ?")
            params.append(self.since)
        if self.until:
            conditions.append("event_date <= ?")
            params.append(self.until)
        if not self.include_negated:
            conditions.append("NOT negated")
        return " AND ".join(conditions) or "TRUE", params


def parse_filter(
    *,
    type_: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
) -> EventFilter:
    """An ``EventFilter`` from command-line strings; raises ``FilterError``."""
    return EventFilter(
        type=type_,
        actor=actor,
        country=country,
        place=place,
        since=_date(since),
        until=_date(until),
        include_negated=include_negated,
    )


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FilterError(f"{value!r} is not a date; write it like 2015-07-01") from None


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [column[0] for column in cursor.description or []]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find_events(
    con: duckdb.DuckDBPyConnection,
    event_filter: EventFilter,
    *,
    limit: int | None = None,
    with_mentions: bool = False,
) -> list[dict[str, Any]]:
    """Collapsed events matching the filter, by date, each with its evidence sentence.

    ``with_mentions`` adds ``mention_list``: every mention with its document's outlet,
    url, sentence and trigger.
    """
    where, params = event_filter.sql()
    mentions = ""
    if with_mentions:
        mentions = """,
        (SELECT list({
            'doc_id': m.doc_id, 'source': d.source, 'url': d.url, 'published': d.published,
            'sentence': ms.text, 'trigger': m.trigger_text,
            'trigger_start': m.trigger_start, 'trigger_end': m.trigger_end
         } ORDER BY m.doc_id, m.ordinal)
         FROM event_mentions AS m
         JOIN documents AS d USING (doc_id)
         LEFT JOIN sentences AS ms ON ms.doc_id = m.doc_id AND ms.ordinal = m.sentence
         WHERE m.event_id = e.event_id) AS mention_list"""
    sql = f"""
        SELECT e.*, s.text AS sentence_text{mentions}
        FROM (SELECT * FROM events WHERE {where}) AS e
        LEFT JOIN sentences AS s ON s.doc_id = e.first_doc_id AND s.ordinal = e.first_sentence
        ORDER BY e.event_date NULLS LAST, e.event_id
    """
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]
    return rows(con, sql, params)


def documents_with_events(con: duckdb.DuckDBPyConnection, event_filter: EventFilter) -> list[str]:
    """Ids of the documents that mention an event matching the filter."""
    where, params = event_filter.sql()
    sql = f"SELECT DISTINCT doc_id FROM event_mentions WHERE {where}"
    return [doc_id for (doc_id,) in con.execute(sql, params).fetchall()]
